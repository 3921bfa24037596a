//! The NCP assumptions as switches: each one the scenario's `assumptions` member, so the choice
//! travels with the scenario (URL and storage) and `canarylab run` replays it the same way.

use std::rc::Rc;

use serde_json::Value;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::scenario;
use crate::i18n::site::fill;
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

/// What a choice means, in the reader's words (`value` as `--assume` writes it).
pub fn choice(t: &Assume, value: &str) -> &'static str {
    match value {
        "any" => t.any,
        "all" => t.all,
        "case-insensitive" => t.case_insensitive,
        "exact" => t.exact,
        "reject" => t.reject,
        "enable" => t.enable,
        "disable-canary" => t.disable_canary,
        "keep-canary" => t.keep_canary,
        "strict" => t.strict,
        "jackson" => t.jackson,
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
                                        { fill(t.option, &[("label", &choice(t, v)), ("value", v)]) }
                                        { if i == 0 { format!(" {}", t.default_mark) } else { String::new() } }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn every_assumption_and_every_choice_is_said_in_both_languages() {
        for lang in [Lang::En, Lang::Ko] {
            let t = &crate::i18n::site::site(lang).lifecycle.assume;
            for (name, values) in scenario::assumption_choices() {
                assert!(!describe(t, name).is_empty(), "{lang:?} {name}");
                for v in values.iter() {
                    assert!(!choice(t, v).is_empty(), "{lang:?} {name}={v}");
                }
            }
        }
    }
}
