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

use crate::web::i18n::{rich, use_lang, use_site};
use crate::web::route::Route;
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
    let t = &use_site().judge;
    let lang = use_lang();
    html! {
        <article class="judge">
            <h1>{ t.heading }</h1>
            <p class="lede">{ t.lede }</p>
            <WatchPanel watch={(*watch).clone()} on_change={on_change.clone()} />
            <CountsPanel />
            <RampPanel watch={(*watch).clone()} on_watch={on_change} />
            <p class="muted">{ rich(t.method) }{" "}<a href={Route::Learn.link(lang)}>{ t.learn_link }</a></p>
        </article>
    }
}
