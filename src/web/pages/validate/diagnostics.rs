//! The report beside the editor: the verdict, the fix bar, and every diagnostic.

use std::rc::Rc;

use yew::prelude::*;

use super::diagnostic::DiagnosticItem;
use super::fix_bar::FixBar;
use super::model;
use crate::i18n::site::fill;
use crate::report::{Fix, Report};

/// How many diagnostics are listed until "Show all": a payload with thousands of problems would
/// otherwise spend its time drawing them.
const LISTED: usize = 200;

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
    pub on_goto: Callback<String>,
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
    let t = &crate::web::i18n::use_site().validate.report;
    let all = use_state(|| false);
    let report = &props.report;
    let count = crate::fix::offered(report).len();
    let total = report.diagnostics().len();
    let shown = if *all { total } else { total.min(LISTED) };
    let items = report.diagnostics().iter().zip(props.lines.iter()).enumerate().take(shown);
    let show_all = {
        let all = all.clone();
        Callback::from(move |_: MouseEvent| all.set(true))
    };
    html! {
        <section class="diagnostics" aria-live="polite" aria-labelledby="verdict">
            <h2 id="verdict" class={if report.is_valid() { "ok" } else { "bad" }}>{ model::verdict(report, t) }</h2>
            <FixBar offered={count} last_fix={props.last_fix.clone()} problem={props.problem.clone()}
                undo_ref={props.undo_ref.clone()} on_fix_all={props.on_fix_all.clone()} on_undo={props.on_undo.clone()} />
            <ol class="diags" ref={props.list_ref.clone()}>
                { for items.map(|(index, (d, line))| html! {
                    <DiagnosticItem diagnostic={d.clone()} {index} line={*line} on_goto={props.on_goto.clone()} on_fix={props.on_fix.clone()} />
                }) }
            </ol>
            { for (shown < total).then(|| html! {
                <p class="first-only">
                    { fill(t.first_only, &[("shown", &model::group(shown)), ("total", &model::group(total))]) }{" "}
                    <button type="button" onclick={show_all}>{ t.show_all }</button>
                </p>
            }) }
        </section>
    }
}
