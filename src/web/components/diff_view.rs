//! A diff of two pretty-printed JSON texts, as the Lifecycle and Learn pages show a stage before
//! and after: lines compared by value (`crate::diff`), so a comma gained or lost is no change.

use yew::prelude::*;

use crate::diff::{self, Line, Row};
use crate::web::i18n::{fill, use_site};

/// The texts to compare.
#[derive(Properties, PartialEq)]
pub struct DiffViewProps {
    /// The text before.
    pub old: AttrValue,
    /// The text after.
    pub new: AttrValue,
    /// Show only the changed lines with this many lines around each (the rest folded into a
    /// count); `None` shows every line.
    #[prop_or_default]
    pub context: Option<usize>,
}

/// `new` as a `pre`, each line marked against `old`: `+` added, `-` removed, muted when the
/// same. Identical texts give an empty block.
#[component]
pub fn DiffView(props: &DiffViewProps) -> Html {
    let t = &use_site().lifecycle.step;
    let d = diff::lines(&props.old, &props.new);
    let rows: Vec<Row<'_>> = match props.context {
        Some(n) => diff::hunks(&d, n),
        None if d.iter().all(|l| matches!(l, Line::Same(_))) => Vec::new(),
        None => d.iter().cloned().map(Row::Line).collect(),
    };
    html! {
        <pre class="json diff">
            { for rows.iter().map(|r| match r {
                Row::Line(Line::Same(t)) => html! { <span class="same">{ format!("  {t}\n") }</span> },
                Row::Line(Line::Added(t)) => html! { <ins>{ format!("+ {t}\n") }</ins> },
                Row::Line(Line::Removed(t)) => html! { <del>{ format!("- {t}\n") }</del> },
                Row::Skipped(n) => html! { <span class="skipped">{ fill(t.skipped, &[("count", n)]) }{"\n"}</span> },
            }) }
        </pre>
    }
}
