//! Validate: an editor per API, prefilled with the docs' examples; diagnostics update as you
//! type, the offending lines are marked in place, and the payload can be copied as the command
//! that sends it.

use web_sys::{HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::report::Severity;
use crate::snippet::{self, Kind};
use crate::web::examples;
use crate::web::state;

/// The localStorage key of what was typed for `api`.
fn text_key(api: &str) -> String {
    format!("validate.text.{api}")
}

fn initial() -> (String, String) {
    let q = state::query();
    let api = q
        .get("api")
        .cloned()
        .or_else(|| state::load("validate.api"))
        .filter(|a| examples::APIS.iter().any(|(n, _)| n == a))
        .unwrap_or_else(|| "aws.update-stage".to_owned());
    let text = q
        .get("payload")
        .cloned()
        .or_else(|| state::load(&text_key(&api)))
        .unwrap_or_else(|| examples::payload(&api).1.to_owned());
    (api, text)
}

fn remember(api: &str, text: &str) {
    state::save("validate.api", api);
    state::save(&text_key(api), text);
    state::set_query("#/validate", &[("api", api.to_owned()), ("payload", text.to_owned())]);
}

/// The validate page.
#[component]
pub fn Validate() -> Html {
    let init = use_memo((), |_| initial());
    let api = use_state(|| init.0.clone());
    let text = use_state(|| init.1.clone());
    let kind = use_state(|| None::<Kind>);
    let area = use_node_ref();
    let backdrop = use_node_ref();

    let report = use_memo(((*api).clone(), (*text).clone()), |(api, text)| {
        crate::api::validate_text(api, text).unwrap_or_default()
    });
    let pointers: Vec<&str> = report.diagnostics().iter().map(|d| d.path.as_str()).collect();
    let lines = crate::locate::lines(&text, &pointers);
    let marked = |n: usize, sev: Severity| {
        report.diagnostics().iter().zip(&lines).any(|(d, l)| *l == n && d.severity == sev)
    };

    let on_input = {
        let (text, api) = (text.clone(), api.clone());
        Callback::from(move |e: InputEvent| {
            let t: HtmlTextAreaElement = e.target_unchecked_into();
            let v = t.value();
            remember(&api, &v);
            text.set(v);
        })
    };
    let on_api = {
        let (text, api, kind) = (text.clone(), api.clone(), kind.clone());
        Callback::from(move |e: Event| {
            let s: HtmlSelectElement = e.target_unchecked_into();
            let a = s.value();
            let t =
                state::load(&text_key(&a)).unwrap_or_else(|| examples::payload(&a).1.to_owned());
            remember(&a, &t);
            api.set(a);
            text.set(t);
            kind.set(None);
        })
    };
    let on_example = {
        let (text, api) = (text.clone(), api.clone());
        Callback::from(move |_| {
            let t = examples::payload(&api).1.to_owned();
            remember(&api, &t);
            text.set(t);
        })
    };
    let on_scroll = {
        let (area, backdrop) = (area.clone(), backdrop.clone());
        Callback::from(move |_: Event| {
            if let (Some(a), Some(b)) =
                (area.cast::<web_sys::Element>(), backdrop.cast::<web_sys::Element>())
            {
                b.set_scroll_top(a.scroll_top());
                b.set_scroll_left(a.scroll_left());
            }
        })
    };
    let goto = |line: usize| {
        let area = area.clone();
        let text = text.clone();
        Callback::from(move |_| {
            if let Some(t) = area.cast::<HtmlTextAreaElement>() {
                let start: usize = text
                    .split('\n')
                    .take(line.saturating_sub(1))
                    .map(|l| l.chars().count() + 1)
                    .sum();
                let len =
                    text.split('\n').nth(line.saturating_sub(1)).map_or(0, |l| l.chars().count());
                let _ = t.focus();
                let _ = t.set_selection_range(start as u32, (start + len) as u32);
            }
        })
    };

    let errors = report.count(Severity::Error);
    let warnings = report.count(Severity::Warning);
    let verdict = if report.is_valid() {
        format!("Valid ({warnings} warning{})", if warnings == 1 { "" } else { "s" })
    } else {
        format!(
            "Invalid: {errors} error{}, {warnings} warning{}",
            if errors == 1 { "" } else { "s" },
            if warnings == 1 { "" } else { "s" }
        )
    };
    let (source, _) = examples::payload(&api);
    let parsed = crate::doc::parse(&text).ok();
    let kinds = snippet::kinds(&api);
    let chosen = (*kind)
        .filter(|k| kinds.contains(k))
        .unwrap_or(kinds.first().copied().unwrap_or(Kind::AwsCli));
    let snippet_text = parsed.as_ref().map(|v| snippet::render(chosen, &api, v));
    let copy = {
        let s = snippet_text.clone().unwrap_or_default();
        Callback::from(move |_| {
            if let Some(w) = web_sys::window() {
                let _ = w.navigator().clipboard().write_text(&s);
            }
        })
    };

    html! {
        <article class="validate">
            <h1>{"Validate a payload"}</h1>
            <p class="lede">{"Every documented constraint, every problem at once. Diagnostics update as you type; nothing leaves this page."}</p>
            <div class="toolbar">
                <label>{"API "}
                    <select id="api" onchange={on_api} aria-label="API">
                        { for examples::APIS.iter().map(|(name, label)| html! {
                            <option value={*name} selected={*name == api.as_str()}>{ *label }</option>
                        }) }
                    </select>
                </label>
                <button type="button" onclick={on_example}>{"Load the docs' example"}</button>
                <span class="source">{ format!("Example: {source}") }</span>
            </div>
            <div class="split">
                <div class="editor" data-testid="editor">
                    <pre class="backdrop" ref={backdrop} aria-hidden="true">
                        { for text.split('\n').enumerate().map(|(i, l)| {
                            let n = i + 1;
                            let class = if marked(n, Severity::Error) { "ln err" } else if marked(n, Severity::Warning) { "ln warn" } else { "ln" };
                            html! { <span class={class}>{ l }{"\n"}</span> }
                        }) }
                    </pre>
                    <textarea id="payload" ref={area.clone()} spellcheck="false" aria-label="Payload (JSON)" aria-describedby="verdict"
                        value={(*text).clone()} oninput={on_input} onscroll={on_scroll} />
                </div>
                <section class="diagnostics" aria-live="polite" aria-labelledby="verdict">
                    <h2 id="verdict" class={if report.is_valid() { "ok" } else { "bad" }}>{ verdict }</h2>
                    <ol class="diags">
                        { for report.diagnostics().iter().zip(&lines).map(|(d, line)| {
                            let field = d.path.tokens().last().and_then(|t| examples::field(&t));
                            html! {
                                <li class={if d.severity == Severity::Error { "diag error" } else { "diag warning" }}>
                                    <div class="diag-head">
                                        <span class="sev">{ d.severity.as_str() }</span>
                                        <code class="path">{ if d.path.is_root() { "(document)".to_owned() } else { d.path.as_str().to_owned() } }</code>
                                        <code class="code">{ d.code.name() }</code>
                                        <button type="button" class="link" onclick={goto(*line)}>{ format!("line {line}") }</button>
                                    </div>
                                    <p class="msg">{ &d.message }</p>
                                    <p class="hint">{ format!("Hint: {}", d.hint) }</p>
                                    { for field.map(|f| html! { <p class="field">{ f }</p> }) }
                                </li>
                            }
                        }) }
                    </ol>
                </section>
            </div>
            <section class="copy-as" aria-labelledby="copy-h">
                <h2 id="copy-h">{"Copy as"}</h2>
                <div class="toolbar" role="group" aria-label="Format">
                    { for kinds.iter().map(|k| {
                        let label = match k { Kind::AwsCli => "AWS CLI", Kind::Boto3 => "boto3", Kind::Curl => "curl (NCP)" };
                        let kind = kind.clone();
                        let k = *k;
                        html! { <button type="button" aria-pressed={(k == chosen).to_string()} onclick={Callback::from(move |_| kind.set(Some(k)))}>{ label }</button> }
                    }) }
                    <button type="button" onclick={copy} disabled={snippet_text.is_none()}>{"Copy"}</button>
                </div>
                <pre class="snippet" data-testid="snippet">{ snippet_text.unwrap_or_else(|| "Fix the JSON first: the snippet is built from the parsed payload.".to_owned()) }</pre>
            </section>
        </article>
    }
}
