//! Run, New seed, and Cancel while a run is in progress.

use yew::prelude::*;

use crate::web::i18n::use_site;

/// Whether a run is going and what the buttons do.
#[derive(Properties, PartialEq)]
pub struct RunControlsProps {
    /// Shows Cancel.
    pub running: bool,
    /// Run again with the same inputs.
    pub on_run: Callback<()>,
    /// Run with the next seed.
    pub on_new_seed: Callback<()>,
    /// Stop the run in progress.
    pub on_cancel: Callback<()>,
}

/// The run toolbar.
#[component]
pub fn RunControls(props: &RunControlsProps) -> Html {
    let t = &use_site().traffic;
    let click = |cb: &Callback<()>| cb.reform(|_: MouseEvent| ());
    html! {
        <div class="toolbar">
            <button type="button" id="run" onclick={click(&props.on_run)}>{ t.run }</button>
            <button type="button" id="new-seed" onclick={click(&props.on_new_seed)}>{ t.new_seed }</button>
            { if props.running { html! { <button type="button" id="cancel" onclick={click(&props.on_cancel)}>{ t.cancel }</button> } } else { html! {} } }
        </div>
    }
}
