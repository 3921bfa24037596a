//! What one side of the split saw: its deployment, requests, cache, throttle and stage variables.

use std::rc::Rc;

use serde_json::Value;
use yew::prelude::*;

use super::results::pct;
use crate::web::charts::num;

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
    let name = props.name.as_str();
    let Some(sd) = props.summary.pointer(&format!("/sides/{name}")).filter(|v| !v.is_null()) else {
        return html! {};
    };
    let vars = sd.get("variables").and_then(Value::as_object).cloned().unwrap_or_default();
    html! {
        <div class={format!("side {name}")}>
            <h3>{ if name == "stage" { "Stage" } else { "Canary" } }</h3>
            <dl>
                <dt>{"Deployment"}</dt><dd>{ sd.get("deployment").and_then(Value::as_str).unwrap_or("").to_owned() }</dd>
                <dt>{"Requests"}</dt><dd>{ num(sd, "/requests").to_string() }</dd>
                <dt>{"Cache"}</dt><dd>{ cache(sd) }</dd>
                <dt>{"Throttled"}</dt><dd>{ throttle(sd) }</dd>
                <dt>{"Stage variables"}</dt>
                <dd>{ if vars.is_empty() { html! { {"none"} } } else { html! {
                    <ul class="vars">{ for vars.iter().map(|(k, v)| html! { <li><code>{ k }</code>{" = "}<code>{ v.as_str().unwrap_or("").to_owned() }</code></li> }) }</ul>
                } } }</dd>
            </dl>
        </div>
    }
}

/// The side's cache line.
pub fn cache(sd: &Value) -> String {
    if sd.get("cache").is_none_or(Value::is_null) {
        return "not used".to_owned();
    }
    let shared = sd.pointer("/cache/sharedWithStage").and_then(Value::as_bool) == Some(true);
    format!(
        "{} hits, {} misses ({} hit ratio){}",
        num(sd, "/cache/hits"),
        num(sd, "/cache/misses"),
        pct(num(sd, "/cache/hitRatio")),
        if shared { ", shared with the stage" } else { "" }
    )
}

/// The side's throttle line.
pub fn throttle(sd: &Value) -> String {
    if sd.get("throttle").is_none_or(Value::is_null) {
        return "no throttle".to_owned();
    }
    let shared = sd.pointer("/throttle/sharedWithStage").and_then(Value::as_bool) == Some(true);
    format!(
        "{} (bucket {} rps, burst {}{})",
        num(sd, "/throttle/throttled"),
        num(sd, "/throttle/ratePerSecond"),
        num(sd, "/throttle/burst"),
        if shared { ", shared" } else { "" }
    )
}
