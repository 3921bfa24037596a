//! A run that has not finished: its progress, that it was cancelled, or the engine's problems
//! that belong to no field.

use yew::prelude::*;

use super::run::Status;
use crate::web::i18n::use_site;

/// The run's status.
#[derive(Properties, PartialEq)]
pub struct RunProgressProps {
    /// Where the run stands.
    pub status: Status,
}

/// The progress bar, "Cancelled." or the problems no field shows; nothing for an idle or
/// finished run.
#[component]
pub fn RunProgress(props: &RunProgressProps) -> Html {
    let t = &use_site().traffic;
    match &props.status {
        Status::Idle | Status::Done { .. } => html! {},
        Status::Cancelled => html! { <p class="muted" role="status">{ t.cancelled }</p> },
        Status::Invalid(problems) => {
            // Problems that belong to a field are said at the field.
            let rest: Vec<&String> =
                problems.iter().filter(|(field, _)| field.is_none()).map(|(_, p)| p).collect();
            if rest.is_empty() {
                return html! {};
            }
            html! { <ul class="bad">{ for rest.into_iter().map(|p| html! { <li>{ p.clone() }</li> }) }</ul> }
        }
        Status::Running { done, total } => html! {
            <div role="status">
                <progress max={total.to_string()} value={done.to_string()} aria-label={t.progress} />
                { format!(" {} %", done.saturating_mul(100) / (*total).max(1)) }
            </div>
        },
    }
}
