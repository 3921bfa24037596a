//! One module per page, and the pieces pages share.

pub mod home;
pub mod learn;
pub mod lifecycle;
pub mod not_found;
pub mod traffic;
pub mod validate;

use yew::prelude::*;

use crate::diff::{self, Line};

/// `new` as a `pre`, each line marked against `old`: `+` added, `-` removed, muted when the
/// same. Identical texts give an empty block.
pub fn diff_view(old: &str, new: &str) -> Html {
    let d = diff::lines(old, new);
    let changed = d.iter().any(|l| !matches!(l, Line::Same(_)));
    html! {
        <pre class="json diff">
            { for d.iter().filter(|l| changed || !matches!(l, Line::Same(_))).map(|l| match l {
                Line::Same(t) => html! { <span class="same">{ format!("  {t}\n") }</span> },
                Line::Added(t) => html! { <ins>{ format!("+ {t}\n") }</ins> },
                Line::Removed(t) => html! { <del>{ format!("- {t}\n") }</del> },
            }) }
        </pre>
    }
}
