//! "Copy as": the payload as the command that sends it (AWS CLI, boto3, or curl for NCP).

use yew::prelude::*;

use crate::i18n::site::validate::CopyAs as Texts;
use crate::snippet::{self, Kind};

/// The payload and its API.
#[derive(Properties, PartialEq)]
pub struct CopyAsProps {
    /// The API (which commands make sense).
    pub api: AttrValue,
    /// The payload as typed.
    pub text: AttrValue,
}

/// The format buttons, Copy, and the snippet. The chosen format is this component's own: the
/// page gives it a `key` per API, so another API starts from its first format.
#[component]
pub fn CopyAs(props: &CopyAsProps) -> Html {
    let t = &crate::web::i18n::use_site().validate.copy_as;
    let kind = use_state(|| None::<Kind>);
    let kinds = snippet::kinds(&props.api);
    let chosen = (*kind)
        .filter(|k| kinds.contains(k))
        .unwrap_or(kinds.first().copied().unwrap_or(Kind::AwsCli));
    let parsed = crate::doc::parse(&props.text).ok();
    let text = parsed.as_ref().map(|v| snippet::render(chosen, &props.api, v));
    let copy = {
        let s = text.clone().unwrap_or_default();
        Callback::from(move |_| {
            if let Some(w) = web_sys::window() {
                let _ = w.navigator().clipboard().write_text(&s);
            }
        })
    };
    let choose = |k: Kind| {
        let kind = kind.clone();
        Callback::from(move |_| kind.set(Some(k)))
    };
    html! {
        <section class="copy-as" aria-labelledby="copy-h">
            <h2 id="copy-h">{ t.heading }</h2>
            <div class="toolbar" role="group" aria-label={t.format}>
                { for kinds.iter().map(|k| html! {
                    <button type="button" aria-pressed={(*k == chosen).to_string()} onclick={choose(*k)}>{ label(*k, t) }</button>
                }) }
                <button type="button" onclick={copy} disabled={text.is_none()}>{ t.copy }</button>
            </div>
            <pre class="snippet" data-testid="snippet" tabindex="0" aria-labelledby="copy-h">{ text.unwrap_or_else(|| t.fix_json_first.to_owned()) }</pre>
        </section>
    }
}

/// A format's button label.
fn label(k: Kind, t: &Texts) -> &'static str {
    match k {
        Kind::AwsCli => t.aws_cli,
        Kind::Boto3 => t.boto3,
        Kind::Curl => t.curl,
    }
}
