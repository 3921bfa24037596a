//! The report beside the editor: the verdict, the fix bar, and every diagnostic.

use std::rc::Rc;

use yew::prelude::*;

use super::diagnostic::DiagnosticItem;
use super::fix_bar::FixBar;
use super::model;
use crate::report::{Fix, Report};

/// The report and what its buttons do.
#[derive(Properties, PartialEq)]
pub struct DiagnosticsProps {
    /// The report on the current text.
    pub report: Rc<Report>,
    /// Each diagnostic's 1-based line.
    pub lines: Rc<Vec<usize>>,
    /// What the latest undoable fix did.
    pub last_fix: Option<AttrValue>,
    /// Why the last fix did not apply.
    pub problem: Option<AttrValue>,
    /// The list, for the page to find a Fix button to focus.
    pub list_ref: NodeRef,
    /// The "Undo fix" button, for the page to focus.
    pub undo_ref: NodeRef,
    /// Select a line in the editor.
    pub on_goto: Callback<usize>,
    /// Apply one diagnostic's fix.
    pub on_fix: Callback<Fix>,
    /// Apply every offered fix.
    pub on_fix_all: Callback<()>,
    /// Undo the latest fix.
    pub on_undo: Callback<()>,
}

/// The diagnostics section (a live region: screen readers hear the verdict change).
#[component]
pub fn Diagnostics(props: &DiagnosticsProps) -> Html {
    let report = &props.report;
    let count = crate::fix::offered(report).len();
    let items = report.diagnostics().iter().zip(props.lines.iter()).enumerate();
    html! {
        <section class="diagnostics" aria-live="polite" aria-labelledby="verdict">
            <h2 id="verdict" class={if report.is_valid() { "ok" } else { "bad" }}>{ model::verdict(report) }</h2>
            <FixBar offered={count} last_fix={props.last_fix.clone()} problem={props.problem.clone()}
                undo_ref={props.undo_ref.clone()} on_fix_all={props.on_fix_all.clone()} on_undo={props.on_undo.clone()} />
            <ol class="diags" ref={props.list_ref.clone()}>
                { for items.map(|(index, (d, line))| html! {
                    <DiagnosticItem diagnostic={d.clone()} {index} line={*line} on_goto={props.on_goto.clone()} on_fix={props.on_fix.clone()} />
                }) }
            </ol>
        </section>
    }
}
