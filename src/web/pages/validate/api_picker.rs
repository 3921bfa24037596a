//! The Validate page's toolbar: which API, and the docs' example for it.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::web::examples;

/// The API chosen and what the controls do.
#[derive(Properties, PartialEq)]
pub struct ApiPickerProps {
    /// The chosen API.
    pub api: AttrValue,
    /// Another API was chosen.
    pub on_api: Callback<String>,
    /// Load the docs' example.
    pub on_example: Callback<()>,
}

/// The API select, the example button and where the example comes from.
#[component]
pub fn ApiPicker(props: &ApiPickerProps) -> Html {
    let on_change = props.on_api.reform(|e: Event| {
        let s: HtmlSelectElement = e.target_unchecked_into();
        s.value()
    });
    let (source, _) = examples::payload(&props.api);
    html! {
        <div class="toolbar">
            <label>{"API "}
                <select id="api" onchange={on_change} aria-label="API">
                    { for examples::APIS.iter().map(|(name, label)| html! {
                        <option value={*name} selected={*name == props.api.as_str()}>{ *label }</option>
                    }) }
                </select>
            </label>
            <button type="button" onclick={props.on_example.reform(|_: MouseEvent| ())}>{"Load the docs' example"}</button>
            <span class="source">{ format!("Example: {source}") }</span>
        </div>
    }
}
