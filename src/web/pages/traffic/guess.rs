//! "Guess first": the prompt that hides a run's result until the reveal.

use web_sys::HtmlInputElement;
use yew::prelude::*;

/// What the run was and the guess so far.
#[derive(Properties, PartialEq)]
pub struct GuessPromptProps {
    /// Requests per run.
    pub requests: u64,
    /// The configured canary share, percent.
    pub percent: f64,
    /// The guess as typed.
    pub guess: AttrValue,
    /// Each edit of the guess.
    pub on_guess: Callback<String>,
    /// The Reveal button.
    pub on_reveal: Callback<()>,
}

/// The question, the guess and the Reveal button.
#[component]
pub fn GuessPrompt(props: &GuessPromptProps) -> Html {
    let on_input = props.on_guess.reform(|e: InputEvent| {
        let el: HtmlInputElement = e.target_unchecked_into();
        el.value()
    });
    html! {
        <section class="guess" aria-labelledby="guess-h">
            <h2 id="guess-h">{"Guess first"}</h2>
            <p>{ format!("{} requests, canary set to {} %. What canary share do you expect to observe, and how far could it wander from run to run?", props.requests, props.percent) }</p>
            <label>{"Your guess (%) "}<input id="guess" type="number" step="0.1" value={props.guess.clone()} oninput={on_input} /></label>
            <button type="button" onclick={props.on_reveal.reform(|_: MouseEvent| ())}>{"Reveal"}</button>
        </section>
    }
}
