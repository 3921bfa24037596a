//! The Traffic page's form: the split mode, the share slider, the numeric inputs and the
//! "guess first" switch. Every edit hands the page a whole new set of inputs.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::inputs::{FIELDS, Inputs, MODES};

/// The inputs shown and where edits go.
#[derive(Properties, PartialEq)]
pub struct InputsFormProps {
    /// What the form shows.
    pub inputs: Inputs,
    /// The inputs after an edit.
    pub on_change: Callback<Inputs>,
}

/// The mode toggle, then the inputs.
#[component]
pub fn InputsForm(props: &InputsFormProps) -> Html {
    let i = &props.inputs;
    // An edit: a copy of the inputs changed by `f` from the element that fired the event.
    let edit = |f: fn(&mut Inputs, &HtmlInputElement)| {
        let (inputs, on_change) = (i.clone(), props.on_change.clone());
        move |el: HtmlInputElement| {
            let mut next = inputs.clone();
            f(&mut next, &el);
            on_change.emit(next);
        }
    };
    let set_field = |i: &mut Inputs, el: &HtmlInputElement| i.set(&el.id(), &el.value());
    let on_field = {
        let apply = edit(set_field);
        Callback::from(move |e: Event| apply(e.target_unchecked_into()))
    };
    // The slider re-runs as it moves (input events), everything else on change.
    let on_slide = {
        let apply = edit(set_field);
        Callback::from(move |e: InputEvent| apply(e.target_unchecked_into()))
    };
    let on_guess_toggle = {
        let apply = edit(|i, el| i.guess = el.checked());
        Callback::from(move |e: Event| apply(e.target_unchecked_into()))
    };
    let on_mode = |mode: &'static str| {
        let inputs = i.clone();
        props
            .on_change
            .reform(move |_: MouseEvent| Inputs { mode: mode.to_owned(), ..inputs.clone() })
    };
    html! {
        <>
            <div class="toolbar" role="group" aria-label="How requests are split">
                { for MODES.iter().map(|(m, label)| html! {
                    <button type="button" aria-pressed={(i.mode == *m).to_string()} onclick={on_mode(m)}>{ *label }</button>
                }) }
            </div>
            <div class="inputs">
                { if i.mode == "ncp-conditions" { html! {} } else { html! {
                    <label for="percent" class="slider">{ format!("Canary share: {} %", i.percent) }
                        <input id="percent" type="range" min="0" max="100" step="0.5" value={i.percent.to_string()} oninput={on_slide} />
                    </label>
                } } }
                { for FIELDS.iter().filter(|(id, _, _)| i.shows(id)).map(|(id, label, step)| html! {
                    <label for={*id}>{ *label }
                        <input id={*id} type="number" min="0" step={*step} value={i.get(id)} onchange={on_field.clone()} />
                    </label>
                }) }
                <label class="check"><input id="guess-first" type="checkbox" checked={i.guess} onchange={on_guess_toggle} />{" Guess first"}</label>
            </div>
        </>
    }
}
