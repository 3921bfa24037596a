//! One call of the timeline: the request, the response or the service's error, the stage's line
//! diff and the call's `changes`.

use std::rc::Rc;

use serde_json::json;
use yew::prelude::*;

use super::changes::Changes;
use super::scenario::{Step, at, pretty};
use super::warnings::Warnings;
use crate::web::components::DiffView;

/// The step and its place in the timeline.
#[derive(Properties, PartialEq)]
pub struct StepViewProps {
    /// Its position, from 0.
    pub index: usize,
    /// The call and what it did.
    pub step: Rc<Step>,
}

/// A step as a list item.
#[component]
pub fn StepView(props: &StepViewProps) -> Html {
    let s = &props.step;
    let action = at(&s.call, "action").as_str().unwrap_or("?").to_owned();
    let status = at(&s.result, "status").as_u64().unwrap_or(0);
    let failed = s.result.get("error").is_some();
    let response = if failed {
        pretty(&json!({"status": status, "error": at(&s.result, "error")}))
    } else {
        pretty(&json!({"status": status, "body": at(&s.result, "body")}))
    };
    let changed = s.before != s.after;
    html! {
        <li class={if failed { "step failed" } else { "step" }} data-testid="step">
            <h2>{ format!("{}. {action}", props.index + 1) }<span class="status">{ format!(" → {status}") }</span></h2>
            <div class="step-grid">
                <div><h3>{"Request"}</h3><pre class="json">{ pretty(at(&s.call, "params")) }</pre></div>
                <div><h3>{ if failed { "Error" } else { "Response" } }</h3><pre class="json">{ response }</pre></div>
            </div>
            <Warnings warnings={at(&s.result, "warnings").clone()} />
            <div class="step-grid">
                <div>
                    <h3>{ if changed { "Stage: what changed" } else { "Stage: unchanged" } }</h3>
                    <DiffView old={s.before.clone()} new={s.after.clone()} />
                </div>
                <div>
                    <h3>{"State: changes (RFC 6902 patch)"}</h3>
                    <Changes changes={at(&s.result, "changes").clone()} />
                </div>
            </div>
        </li>
    }
}
