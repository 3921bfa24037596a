//! A run that has not finished: its progress, that it was cancelled, or why it could not start.

use yew::prelude::*;

use super::run::Status;

/// The run's status.
#[derive(Properties, PartialEq)]
pub struct RunProgressProps {
    /// Where the run stands.
    pub status: Status,
}

/// The progress bar, "Cancelled." or the inputs' problems; nothing for an idle or finished run.
#[component]
pub fn RunProgress(props: &RunProgressProps) -> Html {
    match &props.status {
        Status::Idle | Status::Done { .. } => html! {},
        Status::Cancelled => html! { <p class="muted" role="status">{"Cancelled."}</p> },
        Status::Invalid(problems) => {
            html! { <ul class="bad">{ for problems.iter().map(|p| html! { <li>{ p }</li> }) }</ul> }
        }
        Status::Running { done, total } => html! {
            <div role="status">
                <progress max={total.to_string()} value={done.to_string()} aria-label="Simulation progress" />
                { format!(" {:.0} %", *done as f64 * 100.0 / (*total).max(1) as f64) }
            </div>
        },
    }
}
