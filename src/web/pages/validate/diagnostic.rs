//! One diagnostic: severity, path, code, the line it points at, the message and hint, what the
//! field means, and the fix when it has one.

use yew::prelude::*;

use super::model;
use crate::i18n::site::fill;
use crate::report::{Diagnostic, Fix, Severity};
use crate::web::examples;
use crate::web::i18n::rich;

/// The diagnostic and what its buttons do.
#[derive(Properties, PartialEq)]
pub struct DiagnosticItemProps {
    /// The diagnostic.
    pub diagnostic: Diagnostic,
    /// Its position in the report (names the fix's description for its button).
    pub index: usize,
    /// The 1-based line its path points at.
    pub line: usize,
    /// Select the line its path points at in the editor (the path, so text typed since this
    /// report was made is taken into account).
    pub on_goto: Callback<String>,
    /// Apply a fix.
    pub on_fix: Callback<Fix>,
}

/// A list item.
#[component]
pub fn DiagnosticItem(props: &DiagnosticItemProps) -> Html {
    let site = crate::web::i18n::use_site();
    let t = &site.validate.report;
    let d = &props.diagnostic;
    let line = props.line;
    let field = d.path.tokens().last().and_then(|f| examples::field(&f, &site.validate.fields));
    let path = if d.path.is_root() { t.document } else { d.path.as_str() };
    let (class, sev) = if d.severity == Severity::Error {
        ("diag error", t.error)
    } else {
        ("diag warning", t.warning)
    };
    let n = model::group(line);
    html! {
        <li {class}>
            <div class="diag-head">
                <span class="sev">{ sev }</span>
                <code class="path">{ path.to_owned() }</code>
                <code class="code">{ d.code.name() }</code>
                <button type="button" class="link goto" data-line={line.to_string()} title={fill(t.line_label, &[("line", &n)])}
                    onclick={{ let path = d.path.as_str().to_owned(); props.on_goto.reform(move |_: MouseEvent| path.clone()) }}>{ fill(t.line, &[("line", &n)]) }</button>
            </div>
            <p class="msg">{ &d.message }</p>
            <p class="hint">{ fill(t.hint, &[("hint", &d.hint)]) }</p>
            { for d.fix.as_ref().map(|f| fix_row(f, props.index, &props.on_fix, t.fix)) }
            { for field.map(|f| html! { <p class="field">{ rich(f) }</p> }) }
        </li>
    }
}

/// The Fix button, described by the fix's own words beside it.
fn fix_row(fix: &Fix, index: usize, on_fix: &Callback<Fix>, label: &'static str) -> Html {
    let id = format!("fix-{index}");
    let onclick = {
        let fix = fix.clone();
        on_fix.reform(move |_: MouseEvent| fix.clone())
    };
    html! {
        <p class="fix-row">
            <button type="button" class="fix" title={fix.description.clone()} aria-describedby={id.clone()} {onclick}>{ label }</button>
            <span class="fix-desc" {id}>{ fix.description.clone() }</span>
        </p>
    }
}
