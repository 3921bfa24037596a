//! The replayed scenario: a step per call, or why it cannot be replayed.

use std::rc::Rc;

use serde_json::Value;
use yew::prelude::*;

use super::scenario;
use super::step::StepView;

/// The scenario to replay.
#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    /// The parsed scenario, or `None` when its text is not JSON.
    pub doc: Option<Rc<Value>>,
}

/// The steps, or the scenario's problems.
#[component]
pub fn Timeline(props: &TimelineProps) -> Html {
    match props.doc.as_deref().map(scenario::timeline) {
        None => {
            html! { <p class="bad">{"The scenario below is not valid JSON; fix it and press Load."}</p> }
        }
        Some(Err(report)) => html! {
            <div class="bad"><p>{"The scenario has problems:"}</p>
                <ul>{ for report.diagnostics().iter().map(|d| html! { <li><code>{ d.path.as_str().to_owned() }</code>{": "}{ &d.message }</li> }) }</ul>
            </div>
        },
        Some(Ok(steps)) if steps.is_empty() => {
            html! { <p class="muted">{"No calls yet: press a step above."}</p> }
        }
        Some(Ok(steps)) => html! {
            <ol class="timeline">
                { for steps.into_iter().enumerate().map(|(index, s)| html! { <StepView {index} step={Rc::new(s)} /> }) }
            </ol>
        },
    }
}
