//! Lifecycle: a timeline that starts from a stage and applies calls to a simulated gateway.
//! Buttons generate the exact request for the common steps; each step shows the response (or the
//! service's error, as it would return it), a line diff of the stage against the step before, and
//! the call's `changes`: the RFC 6902 patch from the scenario state before it to the state after.
//! The scenario imports and exports in the CLI's scenario format.
//!
//! `scenario` holds the page's logic as plain values; the other modules are its components.

pub mod changes;
pub mod controls;
pub mod plan_panel;
pub mod scenario;
pub mod scenario_editor;
pub mod step;
pub mod timeline;
pub mod warnings;

use std::rc::Rc;

use serde_json::Value;
use yew::prelude::*;

use crate::web::state;
use controls::Controls;
use plan_panel::PlanPanel;
use scenario_editor::ScenarioEditor;
use timeline::Timeline;

fn initial() -> String {
    let q = state::query();
    q.get("s")
        .cloned()
        .or_else(|| state::load("lifecycle"))
        .unwrap_or_else(|| scenario::pretty(&scenario::start("aws")))
}

fn remember(text: &str) {
    state::save("lifecycle", text);
    let compact =
        crate::doc::parse(text).map(|v| v.to_string()).unwrap_or_else(|_| text.to_owned());
    state::set_query("#/lifecycle", &[("s", compact)]);
}

/// The lifecycle page.
#[component]
pub fn Lifecycle() -> Html {
    let text = use_state(initial);
    let draft = use_state(|| (*text).clone());
    let parsed = use_memo((*text).clone(), |t| crate::doc::parse(t).ok().map(Rc::new));
    let provider = scenario::provider(parsed.as_deref());

    let set_doc = {
        let (text, draft) = (text.clone(), draft.clone());
        Callback::from(move |doc: Value| {
            let t = scenario::pretty(&doc);
            remember(&t);
            draft.set(t.clone());
            text.set(t);
        })
    };
    // The buttons edit the scenario as it was last loaded; nothing happens while it is not JSON.
    let edit = |f: fn(&Value, Value) -> Value| {
        let (set_doc, parsed) = (set_doc.clone(), parsed.clone());
        Callback::from(move |arg: Value| {
            if let Some(d) = parsed.as_deref() {
                set_doc.emit(f(d, arg));
            }
        })
    };
    let on_add = edit(scenario::with_call);
    let on_plan = on_add.clone();
    let on_undo = edit(|d, _| scenario::without_last_call(d)).reform(|()| Value::Null);
    let on_reset = set_doc.reform(scenario::start);
    let on_draft = Callback::from({
        let draft = draft.clone();
        move |t: String| draft.set(t)
    });
    let on_load = Callback::from({
        let draft = draft.clone();
        move |()| {
            remember(&draft);
            text.set((*draft).clone());
        }
    });

    html! {
        <article class="lifecycle">
            <h1>{"Replay the canary lifecycle"}</h1>
            <p class="lede">{"Start from a stage, apply calls, and see what the service returns at each step: the response, or its own error, and what changed in the stage."}</p>
            <Controls provider={provider} {on_reset} {on_add} {on_undo} />
            <Timeline doc={(*parsed).clone()} />
            <ScenarioEditor draft={(*draft).clone()} {on_draft} {on_load} />
            <PlanPanel doc={(*parsed).clone()} on_add={on_plan} />
        </article>
    }
}
