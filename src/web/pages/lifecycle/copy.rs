//! A step as the command that makes the same call: AWS CLI or boto3 for AWS, curl for NCP
//! (`crate::snippet`, the generators the Validate page's "copy as" uses).

use serde_json::Value;
use yew::prelude::*;

use super::scenario::at;
use crate::snippet::{self, Kind};
use crate::web::i18n::use_site;

/// The call to copy.
#[derive(Properties, PartialEq)]
pub struct CopyStepProps {
    /// `aws` or `ncp`.
    pub provider: AttrValue,
    /// The call as the scenario holds it (`action`, `params`).
    pub call: Value,
}

/// The command for `call` in `kind`, or `None` when the step has no public API.
pub fn command(provider: &str, kind: Kind, call: &Value) -> Option<String> {
    let action = at(call, "action").as_str().unwrap_or_default();
    let params = at(call, "params");
    if provider == "ncp" {
        snippet::ncp_call(action, params)
    } else {
        Some(snippet::render(kind, &snippet::aws_api(action), params))
    }
}

/// A collapsed box: the formats, Copy, and the command.
#[component]
pub fn CopyStep(props: &CopyStepProps) -> Html {
    let t = &use_site().lifecycle.step;
    let kinds: &[Kind] =
        if props.provider == "ncp" { &[Kind::Curl] } else { &[Kind::AwsCli, Kind::Boto3] };
    let kind = use_state(|| kinds.first().copied().unwrap_or(Kind::AwsCli));
    let chosen =
        if kinds.contains(&kind) { *kind } else { kinds.first().copied().unwrap_or(Kind::AwsCli) };
    let text = command(&props.provider, chosen, &props.call);
    let copy = {
        let s = text.clone().unwrap_or_default();
        Callback::from(move |_: MouseEvent| {
            if let Some(w) = web_sys::window() {
                let _ = w.navigator().clipboard().write_text(&s);
            }
        })
    };
    let choose = |k: Kind| {
        let kind = kind.clone();
        Callback::from(move |_: MouseEvent| kind.set(k))
    };
    html! {
        <details class="copy-step" data-testid="copy-step">
            <summary>{ t.copy_as }</summary>
            // A step without a public API (NCP's DeployCanary) has nothing to copy: it says so,
            // without format buttons or a Copy that could only be disabled.
            if let Some(text) = text {
                <div class="toolbar" role="group" aria-label={t.format}>
                    { for kinds.iter().map(|k| html! {
                        <button type="button" aria-pressed={(*k == chosen).to_string()} onclick={choose(*k)}>{ name(*k) }</button>
                    }) }
                    <button type="button" onclick={copy}>{ t.copy }</button>
                </div>
                <pre class="snippet" data-testid="step-snippet">{ text }</pre>
            } else {
                <p class="muted" data-testid="step-snippet">{ t.no_api }</p>
            }
        </details>
    }
}

/// A format's name: the tool's own, in every language.
fn name(k: Kind) -> &'static str {
    match k {
        Kind::AwsCli => "AWS CLI",
        Kind::Boto3 => "boto3",
        Kind::Curl => "curl",
    }
}
