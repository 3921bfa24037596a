//! Lifecycle: a timeline that starts from a stage and applies calls to a simulated gateway.
//! Buttons generate the exact request for the common steps (a slider sets the share "shift"
//! moves to), and users can run their own request as the next step; each step shows the response
//! (or the service's error, as it would return it, with Validate's diagnostics of the
//! parameters), the warnings it brought, the stage's changed values with their context, the
//! call's `changes` (the RFC 6902 patch from the scenario state before it to the state after),
//! and the call as a command. NCP's assumptions switch in the scenario itself. The scenario
//! imports and exports in the CLI's scenario format.
//!
//! `scenario` holds the page's logic as plain values; the other modules are its components.

pub mod assumptions;
pub mod changes;
pub mod controls;
pub mod copy;
pub mod own_request;
pub mod plan_panel;
pub mod scenario;
pub mod scenario_editor;
pub mod step;
pub mod timeline;
pub mod warnings;

use std::rc::Rc;

use serde_json::Value;
use yew::prelude::*;

use crate::web::i18n::use_site;
use crate::web::state;
use assumptions::Assumptions;
use controls::Controls;
use own_request::OwnRequest;
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
    let t = &use_site().lifecycle;
    let text = use_state(initial);
    let share = use_state(|| {
        state::load("lifecycle.share")
            .and_then(|s| s.parse::<f64>().ok())
            .map_or(50.0, scenario::clamp_share)
    });
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
    let on_share = {
        let (share, set_doc, parsed) = (share.clone(), set_doc.clone(), parsed.clone());
        Callback::from(move |v: f64| {
            state::save("lifecycle.share", &v.to_string());
            share.set(v);
            if let Some(d) = parsed.as_deref().and_then(|d| scenario::with_share(d, v)) {
                set_doc.emit(d);
            }
        })
    };
    let on_own = on_add.clone();
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
            <h1>{ t.heading }</h1>
            <p class="lede">{ t.lede }</p>
            <Controls provider={provider.clone()} share={*share} {on_share} {on_reset} {on_add} {on_undo} />
            if let (true, Some(doc)) = (provider == "ncp", (*parsed).clone()) {
                <Assumptions {doc} on_doc={set_doc.clone()} />
            }
            <Timeline doc={(*parsed).clone()} />
            <OwnRequest key={provider.clone()} provider={provider.clone()} on_add={on_own} />
            <ScenarioEditor draft={(*draft).clone()} {on_draft} {on_load} />
            <PlanPanel doc={(*parsed).clone()} on_add={on_plan} />
        </article>
    }
}
