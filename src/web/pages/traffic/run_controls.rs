//! Run, New seed, and Cancel while a run is in progress.

use yew::prelude::*;

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
    let click = |cb: &Callback<()>| cb.reform(|_: MouseEvent| ());
    html! {
        <div class="toolbar">
            <button type="button" onclick={click(&props.on_run)}>{"Run"}</button>
            <button type="button" onclick={click(&props.on_new_seed)}>{"New seed"}</button>
            { if props.running { html! { <button type="button" onclick={click(&props.on_cancel)}>{"Cancel"}</button> } } else { html! {} } }
        </div>
    }
}
