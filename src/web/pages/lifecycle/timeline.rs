//! The replayed scenario: a step per call, or why it cannot be replayed.

use std::rc::Rc;

use serde_json::Value;
use yew::prelude::*;

use super::scenario;
use super::step::StepView;
use crate::web::i18n::{use_lang, use_site};

/// The scenario to replay.
#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    /// The parsed scenario, or `None` when its text is not JSON.
    pub doc: Option<Rc<Value>>,
}

/// The steps, or the scenario's problems.
#[component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let t = &use_site().lifecycle.step;
    let lang = use_lang();
    let Some(doc) = props.doc.clone() else {
        return html! { <p class="bad">{ t.not_json }</p> };
    };
    match scenario::timeline(&doc) {
        Err(report) => html! {
            <div class="bad" data-testid="scenario-problems"><p>{ t.problems }</p>
                <ul>{ for report.localized(lang).diagnostics().iter().map(|d| html! { <li><code>{ d.path.as_str().to_owned() }</code>{": "}{ &d.message }</li> }) }</ul>
            </div>
        },
        Ok(steps) if steps.is_empty() => html! { <p class="muted">{ t.no_calls }</p> },
        Ok(steps) => html! {
            <ol class="timeline">
                { for steps.into_iter().enumerate().map(|(index, s)| html! { <StepView {index} step={Rc::new(s)} doc={doc.clone()} /> }) }
            </ol>
        },
    }
}
