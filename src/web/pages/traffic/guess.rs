//! "Guess first": the question, asked before a run's result is shown. The reader guesses a range
//! of observed shares; after the reveal it is scored against the spread of the repeated runs.

use std::rc::Rc;

use yew::prelude::*;

use super::form::{Edit, NumberField};
use super::inputs::{Form, Inputs};
use crate::web::format;
use crate::web::i18n::{fill, use_site};

/// What the run was and the guess so far.
#[derive(Properties, PartialEq)]
pub struct GuessPromptProps {
    /// What ran.
    pub inputs: Inputs,
    /// The form, with the guessed range.
    pub form: Rc<Form>,
    /// Each edit of the guessed range.
    pub on_edit: Callback<Edit>,
    /// The Reveal button.
    pub on_reveal: Callback<()>,
    /// The share the run expects (the summary's `share.expected`): in condition mode the
    /// question names it, since no percent is set there.
    pub expected: Option<f64>,
}

/// The question, the guessed range and the Reveal button.
#[component]
pub fn GuessPrompt(props: &GuessPromptProps) -> Html {
    let t = &use_site().traffic.guess;
    let i = &props.inputs;
    let question = match props.expected {
        Some(expected) if i.mode == "ncp-conditions" => fill(
            t.question_conditions,
            &[
                ("requests", &format::int(i.requests)),
                ("expected", &format::percent(expected)),
                ("runs", &format::int(i.runs)),
            ],
        ),
        _ => fill(
            t.question,
            &[
                ("requests", &format::int(i.requests)),
                ("percent", &format::percent_value(i.percent)),
                ("runs", &format::int(i.runs)),
            ],
        ),
    };
    html! {
        <section class="guess" aria-labelledby="guess-h">
            <h2 id="guess-h">{ t.heading }</h2>
            <p>{ question }</p>
            // A form, so Enter in either end reveals as the button does.
            <form onsubmit={props.on_reveal.reform(|e: SubmitEvent| e.prevent_default())}>
                <div class="range">
                    <NumberField id="guess-lo" form={props.form.clone()} on_edit={props.on_edit.clone()} />
                    <NumberField id="guess-hi" form={props.form.clone()} on_edit={props.on_edit.clone()} />
                </div>
                <button type="submit">{ if props.form.guessed().is_some() { t.reveal } else { t.reveal_without } }</button>
            </form>
        </section>
    }
}
