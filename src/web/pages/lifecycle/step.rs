//! One call of the timeline: what the service answered (a refusal with its type, status and
//! message), the request and the response or error body as the service returns them, what
//! Validate says about refused parameters, the warnings, the NCP assumptions the result depends
//! on, the stage's value diff beside the call's `changes`, and the call as a command.

use std::rc::Rc;

use serde_json::Value;
use yew::prelude::*;

use super::changes::Changes;
use super::copy::CopyStep;
use super::scenario::{self, Refusal, Step, at, pretty};
use super::warnings::Warnings;
use crate::report::Report;
use crate::web::components::DiffView;
use crate::web::i18n::{fill, use_lang, use_site};

/// The step, its place in the timeline, and the scenario it belongs to.
#[derive(Properties, PartialEq)]
pub struct StepViewProps {
    /// Its position, from 0.
    pub index: usize,
    /// The call and what it did.
    pub step: Rc<Step>,
    /// The scenario (its provider, account and assumptions).
    pub doc: Rc<Value>,
}

/// The status after the action in the step's heading: the HTTP status, and for a refusal the
/// service's error type; a call the SDK refused has no status, only its type.
pub fn status_line(result: &Value, refusal: Option<&Refusal>) -> String {
    match refusal {
        Some(Refusal { status: Some(s), kind, .. }) => format!("{s} {kind}"),
        Some(Refusal { status: None, kind, .. }) => kind.clone(),
        None => at(result, "status").as_u64().map(|s| s.to_string()).unwrap_or_default(),
    }
}

/// A step as a list item. Its JSON blocks scroll when long, so each takes the keyboard focus
/// (`tabindex="0"`) to be scrolled without a mouse.
#[component]
pub fn StepView(props: &StepViewProps) -> Html {
    let t = &use_site().lifecycle.step;
    let lang = use_lang();
    let s = &props.step;
    let provider = scenario::provider(Some(&props.doc));
    let action = at(&s.call, "action").as_str().unwrap_or("?").to_owned();
    let refusal = scenario::refusal(&s.result);
    let warnings = scenario::warnings(&props.doc, s, lang);
    let class = match (&refusal, warnings.is_empty()) {
        (Some(_), _) => "step failed",
        (None, false) => "step warned",
        (None, true) => "step",
    };
    let body = if refusal.is_some() { at(&s.result, "error") } else { at(&s.result, "body") };
    let changed = s.before != s.after;
    let assumed: Vec<String> = if provider == "ncp" {
        (scenario::assumptions_for(&action, s.after_promote).iter())
            .map(|n| format!("{n}={}", scenario::assumption(&props.doc, n)))
            .collect()
    } else {
        Vec::new()
    };
    let hints = refusal.as_ref().and_then(|_| scenario::hints(&props.doc, &s.call));
    html! {
        <li {class} data-testid="step">
            <h2>
                { format!("{}. {action}", props.index + 1) }
                <span class="status">{ format!(" → {}", status_line(&s.result, refusal.as_ref())) }</span>
                if !warnings.is_empty() {
                    <span class="warned">{" "}{ fill(t.warned, &[("count", &warnings.len())]) }</span>
                }
            </h2>
            { for refusal.as_ref().map(|r| refusal_view(t, r)) }
            if !assumed.is_empty() {
                <p class="assumed" data-testid="assumed">{ t.assumed }{": "}
                    { for assumed.iter().map(|a| html! { <><code>{ a.clone() }</code>{" "}</> }) }
                </p>
            }
            <div class="step-grid">
                <div><h3>{ t.request }</h3><pre class="json" tabindex="0">{ pretty(at(&s.call, "params")) }</pre></div>
                <div>
                    <h3>{ match &refusal {
                        Some(Refusal { status: None, .. }) => t.sdk_error,
                        Some(_) => t.error,
                        None => t.response,
                    } }</h3>
                    <pre class="json" tabindex="0" data-testid="body">{ pretty(body) }</pre>
                </div>
            </div>
            { for hints.map(|r| hints_view(t, &r.localized(lang))) }
            <Warnings {warnings} />
            <div class="step-grid">
                <div>
                    <h3>{ if changed { t.stage_changed } else { t.stage_unchanged } }</h3>
                    if changed {
                        <DiffView old={s.before.clone()} new={s.after.clone()} context={Some(2)} />
                    }
                </div>
                <div>
                    <h3>{ t.changes }</h3>
                    <Changes changes={at(&s.result, "changes").clone()} />
                </div>
            </div>
            <CopyStep provider={provider} call={s.call.clone()} />
        </li>
    }
}

/// The refusal's fields, the service's words verbatim.
fn refusal_view(t: &crate::i18n::site::lifecycle::Step, r: &Refusal) -> Html {
    let status = r.status.map_or_else(|| t.not_sent.to_owned(), |s| s.to_string());
    html! {
        <dl class="refusal" data-testid="refusal">
            <dt>{ t.status }</dt><dd data-testid="refusal-status">{ status }</dd>
            <dt>{ t.kind }</dt><dd><code data-testid="refusal-type">{ r.kind.clone() }</code></dd>
            if let Some(code) = &r.code {
                <dt><code>{"errorCode"}</code></dt><dd><code>{ code.clone() }</code></dd>
            }
            <dt>{ t.message }</dt><dd data-testid="refusal-message">{ r.message.clone() }</dd>
        </dl>
    }
}

/// What Validate says about a refused call's parameters, in the reader's language.
fn hints_view(t: &crate::i18n::site::lifecycle::Step, report: &Report) -> Html {
    if report.diagnostics().is_empty() {
        return html! { <p class="muted hints" data-testid="hints">{ t.hints_clean }</p> };
    }
    html! {
        <div class="hints" data-testid="hints">
            <h3>{ t.hints }</h3>
            <ul>{ for report.diagnostics().iter().map(|d| html! {
                <li>
                    <code class="code">{ d.code.name() }</code>{" "}<code class="path">{ d.path.as_str().to_owned() }</code>
                    {": "}{ d.message.clone() }
                    <span class="muted">{" ("}{ t.hint }{": "}{ d.hint.clone() }{")"}</span>
                </li>
            }) }</ul>
        </div>
    }
}
