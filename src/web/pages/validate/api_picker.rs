//! The Validate page's toolbar: which API, and the docs' example for it.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::i18n::site::fill;
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
    let t = &crate::web::i18n::use_site().validate;
    let source = examples::per_api(&props.api, &t.sources);
    html! {
        <div class="toolbar">
            <label>{ t.api }{" "}
                <select id="api" onchange={on_change}>
                    { for examples::APIS.iter().map(|name| html! {
                        <option value={*name} selected={*name == props.api.as_str()}>{ examples::per_api(name, &t.apis) }</option>
                    }) }
                </select>
            </label>
            <button type="button" onclick={props.on_example.reform(|_: MouseEvent| ())}>{ t.load_example }</button>
            <span class="source">{ fill(t.example, &[("source", &source)]) }</span>
        </div>
    }
}
