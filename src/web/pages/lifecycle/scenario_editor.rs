//! The scenario as text, to import and export in the CLI's format.

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::web::i18n::{rich, use_site};

/// The text being edited and what editing does.
#[derive(Properties, PartialEq)]
pub struct ScenarioEditorProps {
    /// The text in the box.
    pub draft: AttrValue,
    /// Each edit of the text.
    pub on_draft: Callback<String>,
    /// The Load button: replay the text.
    pub on_load: Callback<()>,
}

/// A collapsed box with the scenario and a Load button.
#[component]
pub fn ScenarioEditor(props: &ScenarioEditorProps) -> Html {
    let t = &use_site().lifecycle.scenario;
    let on_input = props.on_draft.reform(|e: InputEvent| {
        let t: HtmlTextAreaElement = e.target_unchecked_into();
        t.value()
    });
    html! {
        <details class="scenario">
            <summary>{ t.summary }</summary>
            <p>{ rich(t.intro) }</p>
            <textarea id="scenario" spellcheck="false" aria-label={t.label} value={props.draft.clone()} oninput={on_input} />
            <div class="toolbar"><button type="button" onclick={props.on_load.reform(|_: MouseEvent| ())}>{ t.load }</button></div>
        </details>
    }
}
