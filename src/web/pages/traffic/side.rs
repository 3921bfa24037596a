//! What one side of the split saw: its deployment, requests, cache, throttle and stage variables.

use std::rc::Rc;

use serde_json::Value;
use yew::prelude::*;

use crate::i18n::site::traffic::Sides;
use crate::web::charts::num;
use crate::web::format;
use crate::web::i18n::{fill, use_site};

/// The summary and which side to show.
#[derive(Properties, PartialEq)]
pub struct SideProps {
    /// The simulator's summary.
    pub summary: Rc<Value>,
    /// `stage` or `canary`.
    pub name: AttrValue,
}

/// A card for the side, or nothing when the summary has no such side.
#[component]
pub fn Side(props: &SideProps) -> Html {
    let t = &use_site().traffic.sides;
    let name = props.name.as_str();
    let Some(sd) = props.summary.pointer(&format!("/sides/{name}")).filter(|v| !v.is_null()) else {
        return html! {};
    };
    let vars = sd.get("variables").and_then(Value::as_object).cloned().unwrap_or_default();
    html! {
        <div class={format!("side {name}")}>
            <h3>{ if name == "stage" { t.stage } else { t.canary } }</h3>
            <dl>
                <dt>{ t.deployment }</dt><dd>{ sd.get("deployment").and_then(Value::as_str).unwrap_or("").to_owned() }</dd>
                <dt>{ t.requests }</dt><dd>{ format::whole(num(sd, "/requests")) }</dd>
                <dt>{ t.cache }</dt><dd>{ cache(t, sd) }</dd>
                <dt>{ t.throttled }</dt><dd>{ throttle(t, sd) }</dd>
                <dt>{ t.variables }</dt>
                <dd>{ if vars.is_empty() { html! { { t.none } } } else { html! {
                    <ul class="vars">{ for vars.iter().map(|(k, v)| html! { <li><code>{ k }</code>{" = "}<code>{ v.as_str().unwrap_or("").to_owned() }</code></li> }) }</ul>
                } } }</dd>
            </dl>
        </div>
    }
}

/// The side's cache line.
pub fn cache(t: &Sides, sd: &Value) -> String {
    if sd.get("cache").is_none_or(Value::is_null) {
        return t.no_cache.to_owned();
    }
    let shared = sd.pointer("/cache/sharedWithStage").and_then(Value::as_bool) == Some(true);
    fill(
        if shared { t.cache_shared } else { t.cache_line },
        &[
            ("hits", &format::whole(num(sd, "/cache/hits"))),
            ("misses", &format::whole(num(sd, "/cache/misses"))),
            ("ratio", &format::percent(num(sd, "/cache/hitRatio"))),
        ],
    )
}

/// The side's throttle line.
pub fn throttle(t: &Sides, sd: &Value) -> String {
    if sd.get("throttle").is_none_or(Value::is_null) {
        return t.no_throttle.to_owned();
    }
    let shared = sd.pointer("/throttle/sharedWithStage").and_then(Value::as_bool) == Some(true);
    fill(
        if shared { t.throttle_shared } else { t.throttle_line },
        &[
            ("throttled", &format::whole(num(sd, "/throttle/throttled"))),
            ("rate", &format::number(num(sd, "/throttle/ratePerSecond"), 6)),
            ("burst", &format::whole(num(sd, "/throttle/burst"))),
        ],
    )
}
