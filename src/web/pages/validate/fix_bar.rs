//! Above the diagnostics: "Fix all" when several fixes are offered, the latest fix with its
//! "Undo fix", and why a fix could not be applied.

use yew::prelude::*;

use crate::i18n::site::fill;

/// What there is to fix or undo.
#[derive(Properties, PartialEq)]
pub struct FixBarProps {
    /// How many diagnostics offer a fix.
    pub offered: usize,
    /// What the latest undoable fix did.
    pub last_fix: Option<AttrValue>,
    /// Why the last fix did not apply.
    pub problem: Option<AttrValue>,
    /// The "Undo fix" button, for the page to focus after a fix.
    pub undo_ref: NodeRef,
    /// Apply every offered fix.
    pub on_fix_all: Callback<()>,
    /// Restore the text from before the latest fix.
    pub on_undo: Callback<()>,
}

/// The bar, or nothing when there is nothing to say.
#[component]
pub fn FixBar(props: &FixBarProps) -> Html {
    let t = &crate::web::i18n::use_site().validate.report;
    if props.offered < 2 && props.last_fix.is_none() && props.problem.is_none() {
        return html! {};
    }
    let fix_all = (props.offered >= 2).then(|| {
        let onclick = props.on_fix_all.reform(|_: MouseEvent| ());
        html! { <button type="button" class="fix-all" {onclick}>{ fill(t.fix_all, &[("n", &props.offered)]) }</button> }
    });
    let undo = props.last_fix.as_ref().map(|last| {
        let onclick = props.on_undo.reform(|_: MouseEvent| ());
        html! {
            <>
                <span class="fixed">{ fill(t.fixed, &[("what", last)]) }</span>
                <button type="button" class="undo-fix" ref={props.undo_ref.clone()} {onclick}>{ t.undo }</button>
            </>
        }
    });
    html! {
        <div class="fix-bar" data-testid="fix-bar">
            { for fix_all }
            { for undo }
            { for props.problem.as_ref().map(|p| html! { <p class="bad" role="alert">{ p.clone() }</p> }) }
        </div>
    }
}
