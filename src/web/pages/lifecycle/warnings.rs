//! The lints a call brought to the stage it changed (an AWS result's `warnings`): each code, where
//! it points in the state after the call, what it means and what to do.

use serde_json::Value;
use yew::prelude::*;

use super::scenario::at;

/// The warnings to show.
#[derive(Properties, PartialEq)]
pub struct WarningsProps {
    /// The result's `warnings` (absent or empty: nothing is shown).
    pub warnings: Value,
}

/// A list of warnings, or nothing.
#[component]
pub fn Warnings(props: &WarningsProps) -> Html {
    let list = props.warnings.as_array().map(Vec::as_slice).unwrap_or_default();
    if list.is_empty() {
        return html! {};
    }
    let text = |d: &Value, k: &str| at(d, k).as_str().unwrap_or_default().to_owned();
    html! {
        <div class="warnings" data-testid="warnings">
            <h3>{"Warnings: the service took it, but"}</h3>
            <ul>{ for list.iter().map(|d| html! {
                <li>
                    <code class="code">{ text(d, "code") }</code>{" "}<code class="path">{ text(d, "path") }</code>
                    {": "}{ text(d, "message") }
                    <span class="muted">{" (hint: "}{ text(d, "hint") }{")"}</span>
                </li>
            }) }</ul>
        </div>
    }
}
