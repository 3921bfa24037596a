//! One diagnostic: severity, path, code, the line it points at, the message and hint, what the
//! field means, and the fix when it has one.

use yew::prelude::*;

use crate::report::{Diagnostic, Fix, Severity};
use crate::web::examples;

/// The diagnostic and what its buttons do.
#[derive(Properties, PartialEq)]
pub struct DiagnosticItemProps {
    /// The diagnostic.
    pub diagnostic: Diagnostic,
    /// Its position in the report (names the fix's description for its button).
    pub index: usize,
    /// The 1-based line its path points at.
    pub line: usize,
    /// Select a line in the editor.
    pub on_goto: Callback<usize>,
    /// Apply a fix.
    pub on_fix: Callback<Fix>,
}

/// A list item.
#[component]
pub fn DiagnosticItem(props: &DiagnosticItemProps) -> Html {
    let d = &props.diagnostic;
    let line = props.line;
    let field = d.path.tokens().last().and_then(|t| examples::field(&t));
    let path = if d.path.is_root() { "(document)" } else { d.path.as_str() };
    let class = if d.severity == Severity::Error { "diag error" } else { "diag warning" };
    html! {
        <li {class}>
            <div class="diag-head">
                <span class="sev">{ d.severity.as_str() }</span>
                <code class="path">{ path.to_owned() }</code>
                <code class="code">{ d.code.name() }</code>
                <button type="button" class="link" onclick={props.on_goto.reform(move |_: MouseEvent| line)}>{ format!("line {line}") }</button>
            </div>
            <p class="msg">{ &d.message }</p>
            <p class="hint">{ format!("Hint: {}", d.hint) }</p>
            { for d.fix.as_ref().map(|f| fix_row(f, props.index, &props.on_fix)) }
            { for field.map(|f| html! { <p class="field">{ f }</p> }) }
        </li>
    }
}

/// The Fix button, described by the fix's own words beside it.
fn fix_row(fix: &Fix, index: usize, on_fix: &Callback<Fix>) -> Html {
    let id = format!("fix-{index}");
    let onclick = {
        let fix = fix.clone();
        on_fix.reform(move |_: MouseEvent| fix.clone())
    };
    html! {
        <p class="fix-row">
            <button type="button" class="fix" title={fix.description.clone()} aria-describedby={id.clone()} {onclick}>{"Fix"}</button>
            <span class="fix-desc" {id}>{ fix.description.clone() }</span>
        </p>
    }
}
