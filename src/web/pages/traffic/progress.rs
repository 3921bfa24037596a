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
        Status::Invalid(problems) => html! {
            <ul class="bad">{ for problems.iter().filter(|(field, _)| field.is_none()).map(|(_, p)| html! { <li>{ p }</li> }) }</ul>
        },
        Status::Running { done, total } => html! {
            <div role="status">
                <progress max={total.to_string()} value={done.to_string()} aria-label={t.progress} />
                { format!(" {} %", done.saturating_mul(100) / (*total).max(1)) }
            </div>
        },
    }
}
