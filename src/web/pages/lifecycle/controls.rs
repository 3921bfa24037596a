//! The Lifecycle page's buttons: which gateway, the common steps, and undo.

use serde_json::Value;
use yew::prelude::*;

use super::scenario;

/// The gateway in use and what the buttons do.
#[derive(Properties, PartialEq)]
pub struct ControlsProps {
    /// `aws` or `ncp`: which toggle is pressed and which steps show.
    pub provider: AttrValue,
    /// Starts a new timeline for a provider.
    pub on_reset: Callback<&'static str>,
    /// Appends a call.
    pub on_add: Callback<Value>,
    /// Drops the last call.
    pub on_undo: Callback<()>,
}

/// Two toolbars: the gateway toggle, then a button per common step.
#[component]
pub fn Controls(props: &ControlsProps) -> Html {
    let reset = |p: &'static str| props.on_reset.reform(move |_: MouseEvent| p);
    let add = |call: Value| props.on_add.reform(move |_: MouseEvent| call.clone());
    let provider = props.provider.as_str();
    html! {
        <>
            <div class="toolbar" role="group" aria-label="Gateway">
                <button type="button" aria-pressed={(provider == "aws").to_string()} onclick={reset("aws")}>{"AWS REST API"}</button>
                <button type="button" aria-pressed={(provider == "ncp").to_string()} onclick={reset("ncp")}>{"NCP stage"}</button>
            </div>
            <div class="toolbar steps" role="group" aria-label="Steps">
                { for scenario::steps(provider).into_iter().map(|(label, call)| html! {
                    <button type="button" onclick={add(call)}>{ label }</button>
                }) }
                <button type="button" onclick={props.on_undo.reform(|_: MouseEvent| ())}>{"Undo last step"}</button>
            </div>
        </>
    }
}
