//! The Lifecycle page's buttons: which gateway, the common steps, the share a shift moves the
//! canary to, and undo.

use serde_json::Value;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::scenario::{self, StepName};
use crate::i18n::site::lifecycle::Controls as Texts;
use crate::web::i18n::{fill, use_site};

/// The gateway in use and what the buttons do.
#[derive(Properties, PartialEq)]
pub struct ControlsProps {
    /// `aws` or `ncp`: which toggle is pressed and which steps show.
    pub provider: AttrValue,
    /// The share "shift" moves the canary to, in percent.
    pub share: f64,
    /// The slider moved.
    pub on_share: Callback<f64>,
    /// Starts a new timeline for a provider.
    pub on_reset: Callback<&'static str>,
    /// Appends a call.
    pub on_add: Callback<Value>,
    /// Drops the last call.
    pub on_undo: Callback<()>,
}

/// A step button's label.
pub fn label(t: &Texts, name: StepName, share: f64) -> String {
    match name {
        StepName::CreateCanary => t.create_canary.to_owned(),
        StepName::Shift => fill(t.shift, &[("share", &scenario::share_value(share))]),
        StepName::Promote => t.promote.to_owned(),
        StepName::RemoveCanary => t.remove_canary.to_owned(),
        StepName::GetStage => t.get_stage.to_owned(),
        StepName::Enable => t.enable.to_owned(),
        StepName::Deploy => t.deploy.to_owned(),
        StepName::EditRate => t.edit_rate.to_owned(),
        StepName::EditHeader => t.edit_header.to_owned(),
        StepName::Disable => t.disable.to_owned(),
    }
}

/// Two toolbars (the gateway toggle, then a button per common step) and, for AWS, the slider.
#[component]
pub fn Controls(props: &ControlsProps) -> Html {
    let t = &use_site().lifecycle.controls;
    let reset = |p: &'static str| props.on_reset.reform(move |_: MouseEvent| p);
    let add = |call: Value| props.on_add.reform(move |_: MouseEvent| call.clone());
    let provider = props.provider.as_str();
    let share = scenario::clamp_share(props.share);
    let on_input = props.on_share.reform(|e: InputEvent| {
        let i: HtmlInputElement = e.target_unchecked_into();
        i.value().parse::<f64>().map_or(50.0, scenario::clamp_share)
    });
    html! {
        <>
            <div class="toolbar" role="group" aria-label={t.gateway}>
                <button type="button" aria-pressed={(provider == "aws").to_string()} onclick={reset("aws")}>{ t.aws }</button>
                <button type="button" aria-pressed={(provider == "ncp").to_string()} onclick={reset("ncp")}>{ t.ncp }</button>
            </div>
            if provider == "aws" {
                <div class="share-slider">
                    <label for="share">{ fill(t.share, &[("share", &scenario::share_value(share))]) }</label>
                    <input id="share" type="range" min="0" max="100" step="0.5" value={share.to_string()} oninput={on_input} />
                    <p class="muted">{ t.share_note }</p>
                </div>
            }
            <div class="toolbar steps" role="group" aria-label={t.steps}>
                { for scenario::steps(provider, share).into_iter().map(|(name, call)| html! {
                    <button type="button" onclick={add(call)}>{ label(t, name, share) }</button>
                }) }
                <button type="button" onclick={props.on_undo.reform(|_: MouseEvent| ())}>{ t.undo }</button>
            </div>
        </>
    }
}
