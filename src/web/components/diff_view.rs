//! A line diff of two texts, as the Lifecycle and Learn pages show a stage before and after.

use yew::prelude::*;

use crate::diff::{self, Line};

/// The texts to compare.
#[derive(Properties, PartialEq)]
pub struct DiffViewProps {
    /// The text before.
    pub old: AttrValue,
    /// The text after.
    pub new: AttrValue,
}

/// `new` as a `pre`, each line marked against `old`: `+` added, `-` removed, muted when the
/// same. Identical texts give an empty block.
#[component]
pub fn DiffView(props: &DiffViewProps) -> Html {
    let d = diff::lines(&props.old, &props.new);
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
