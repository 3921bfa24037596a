//! Judge: may the canary be promoted? A simulated canary judged after every minute by the
//! always-valid judge (docs/judge.md) and by the z-test most dashboards re-run, which cries wolf;
//! the user's own counts judged as `canarylab judge` does; and a ramp planned as `canarylab ramp`
//! plans it.
//!
//! `model` holds the values and what they make for the core; the other modules are components
//! (`chart` draws).

pub mod chart;
pub mod counts;
pub mod model;
pub mod ramp_panel;
pub mod watch;

use yew::prelude::*;

use crate::web::state;
use counts::CountsPanel;
use model::Watch;
use ramp_panel::RampPanel;
use watch::WatchPanel;

fn initial() -> Watch {
    let q = state::query();
    q.get("w")
        .and_then(|t| serde_json::from_str(t).ok())
        .or_else(|| state::load("judge").and_then(|t| serde_json::from_str(&t).ok()))
        .unwrap_or_default()
}

fn remember(w: &Watch) {
    let text = serde_json::to_string(w).unwrap_or_default();
    state::save("judge", &text);
    state::set_query("#/judge", &[("w", text)]);
}

/// The judge page.
#[component]
pub fn Judge() -> Html {
    let watch = use_state(initial);
    let on_change = {
        let watch = watch.clone();
        Callback::from(move |next: Watch| {
            remember(&next);
            watch.set(next);
        })
    };
    html! {
        <article class="judge">
            <h1>{"Judge a canary"}</h1>
            <p class="lede">{"May I promote yet? canarylab answers rollback, wait or promote with tests that stay valid however often you ask, every minute included. Watch why that matters, judge your own counts, and plan a ramp."}</p>
            <WatchPanel watch={(*watch).clone()} on_change={on_change.clone()} />
            <CountsPanel />
            <RampPanel watch={(*watch).clone()} on_watch={on_change} />
            <p class="muted">{"The method, its formulas and its sources: docs/judge.md in the repository. "}<a href="#/learn">{"Learn: why re-running a test every minute fails"}</a></p>
        </article>
    }
}
