//! The NCP assumptions as switches: each one the scenario's `assumptions` member, so the choice
//! travels with the scenario (URL and storage) and `canarylab run` replays it the same way.

use std::rc::Rc;

use serde_json::Value;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::scenario;
use crate::i18n::site::lifecycle::Assume;
use crate::web::i18n::use_site;

/// The scenario and where a changed one goes.
#[derive(Properties, PartialEq)]
pub struct AssumptionsProps {
    /// The NCP scenario.
    pub doc: Rc<Value>,
    /// The scenario with a switch changed.
    pub on_doc: Callback<Value>,
}

/// What an assumption decides, in the reader's words (its name stays as written).
pub fn describe(t: &Assume, name: &str) -> &'static str {
    match name {
        "conditionMatch" => t.condition_match,
        "headerNames" => t.header_names,
        "editWithoutCanary" => t.edit_without_canary,
        "afterPromote" => t.after_promote,
        "coercion" => t.coercion,
        _ => "",
    }
}

/// A fieldset with a select per assumption.
#[component]
pub fn Assumptions(props: &AssumptionsProps) -> Html {
    let t = &use_site().lifecycle.assume;
    let switch = |name: &'static str| {
        let (doc, on_doc) = (props.doc.clone(), props.on_doc.clone());
        Callback::from(move |e: Event| {
            let s: HtmlSelectElement = e.target_unchecked_into();
            on_doc.emit(scenario::with_assumption(&doc, name, &s.value()));
        })
    };
    html! {
        <fieldset class="assumptions" data-testid="assumptions">
            <legend>{ t.heading }</legend>
            <p class="muted">{ t.intro }</p>
            <div class="assumption-grid">
                { for scenario::assumption_choices().into_iter().map(|(name, values)| {
                    let now = scenario::assumption(&props.doc, name);
                    let id = format!("assume-{name}");
                    html! {
                        <div class="assumption">
                            <label for={id.clone()}>{ describe(t, name) }{" "}<code>{ name }</code></label>
                            <select {id} onchange={switch(name)}>
                                { for values.iter().enumerate().map(|(i, v)| html! {
                                    <option value={*v} selected={now == *v}>
                                        { if i == 0 { format!("{v} {}", t.default_mark) } else { (*v).to_owned() } }
                                    </option>
                                }) }
                            </select>
                        </div>
                    }
                }) }
            </div>
        </fieldset>
    }
}
