//! The lints a call brought (a result's `warnings`): each code, where it points, what it means
//! and what to do, in the reader's language where the catalogue has the words.

use yew::prelude::*;

use super::scenario::Warning;
use crate::web::i18n::use_site;

/// The warnings to show.
#[derive(Properties, PartialEq)]
pub struct WarningsProps {
    /// The step's warnings (none: nothing is shown).
    pub warnings: Vec<Warning>,
}

/// A list of warnings, or nothing.
#[component]
pub fn Warnings(props: &WarningsProps) -> Html {
    let t = &use_site().lifecycle.step;
    if props.warnings.is_empty() {
        return html! {};
    }
    html! {
        <div class="warnings" data-testid="warnings">
            <h3>{ t.warnings }</h3>
            <ul>{ for props.warnings.iter().map(|w| html! {
                <li>
                    <code class="code">{ w.code.clone() }</code>{" "}<code class="path">{ w.path.clone() }</code>
                    {": "}{ w.message.clone() }
                    <span class="muted">{" ("}{ t.hint }{": "}{ w.hint.clone() }{")"}</span>
                </li>
            }) }</ul>
        </div>
    }
}
