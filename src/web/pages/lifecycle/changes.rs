//! A call's `changes`: the RFC 6902 patch from the scenario state before it to the state after.

use serde_json::Value;
use yew::prelude::*;

use super::scenario::pretty;
use crate::web::i18n::use_site;

/// The patch to show.
#[derive(Properties, PartialEq)]
pub struct ChangesProps {
    /// The operations (an array; anything else shows as no change).
    pub changes: Value,
}

/// One operation a line: `op`, `from` → `path`, and the value as compact JSON (so a string shows
/// its quotes and a number does not), with the patch itself to copy.
#[component]
pub fn Changes(props: &ChangesProps) -> Html {
    let t = &use_site().lifecycle.step;
    let ops = props.changes.as_array().map(Vec::as_slice).unwrap_or_default();
    if ops.is_empty() {
        return html! { <p class="muted patch-none" data-testid="changes">{ t.nothing_changed }</p> };
    }
    html! {
        <div class="patch" data-testid="changes">
            <ol>{ for ops.iter().map(operation) }</ol>
            <details><summary>{ t.as_json }</summary><pre class="json" tabindex="0">{ pretty(&props.changes) }</pre></details>
        </div>
    }
}

/// One operation as a list item.
fn operation(op: &Value) -> Html {
    let text = |v: Option<&Value>| v.and_then(Value::as_str).unwrap_or("").to_owned();
    let name = text(op.get("op"));
    let kind = match name.as_str() {
        "add" => "op add",
        "remove" => "op remove",
        "replace" => "op replace",
        _ => "op",
    };
    html! {
        <li>
            <code class={kind}>{ name }</code>{" "}
            { for op.get("from").map(|f| html! { <><code class="path">{ text(Some(f)) }</code>{" → "}</> }) }
            <code class="path">{ text(op.get("path")) }</code>
            { for op.get("value").map(|v| html! { <>{" "}<code class="value">{ v.to_string() }</code></> }) }
        </li>
    }
}
