//! Traffic: the split simulated in the page. Inputs for the split and the workload; runs show
//! progress and can be cancelled; charts of the observed share, the histogram over repeated runs,
//! the first requests, what each side sees, and the sample size needed to judge an error-rate
//! regression. A reproducible seed, and an optional "guess first" prompt before the reveal.
//!
//! `inputs` holds the form's values and the traffic document they make, `run` the simulation
//! hook; the other modules are components.

pub mod form;
pub mod guess;
pub mod inputs;
pub mod progress;
pub mod results;
pub mod run;
pub mod run_controls;
pub mod side;

use std::rc::Rc;

use yew::prelude::*;

use crate::web::state;
use form::InputsForm;
use guess::GuessPrompt;
use inputs::Inputs;
use progress::RunProgress;
use results::Results;
use run::{Status, use_simulation};
use run_controls::RunControls;

fn initial() -> Inputs {
    let q = state::query();
    q.get("in")
        .and_then(|t| Inputs::read(t))
        .or_else(|| state::load("traffic").and_then(|t| Inputs::read(&t)))
        .unwrap_or_default()
}

fn remember(i: &Inputs) {
    let text = serde_json::to_string(i).unwrap_or_default();
    state::save("traffic", &text);
    state::set_query("#/traffic", &[("in", text)]);
}

/// The traffic page.
#[component]
pub fn Traffic() -> Html {
    let inputs = use_state(initial);
    let sim = use_simulation();
    let revealed = use_state(|| false);
    let guess = use_state(String::new);

    let start = {
        let (sim, revealed) = (sim.clone(), revealed.clone());
        Rc::new(move |i: &Inputs| {
            revealed.set(!i.guess);
            sim.start(i);
        })
    };
    // First run on arrival.
    {
        let (start, inputs) = (start.clone(), inputs.clone());
        use_effect_with((), move |_| start(&inputs));
    }
    // Every input change: remember it (URL, localStorage), show it, and re-run unless only the
    // guess prompt changed. A change that changes nothing (a field's `change` again as it loses
    // focus) does nothing: no second run, no render that would reset a field being typed in.
    let latest = use_mut_ref(|| (*inputs).clone());
    let on_change = {
        let (inputs, start) = (inputs.clone(), start.clone());
        Callback::from(move |next: Inputs| {
            if *latest.borrow() == next {
                return;
            }
            *latest.borrow_mut() = next.clone();
            remember(&next);
            let rerun = next.guess == inputs.guess;
            inputs.set(next.clone());
            if rerun {
                start(&next);
            }
        })
    };
    let on_run = Callback::from({
        let inputs = inputs.clone();
        move |()| start(&inputs)
    });
    let on_new_seed = on_change.reform({
        let inputs = inputs.clone();
        move |()| Inputs { seed: inputs.seed.wrapping_add(1), ..(*inputs).clone() }
    });
    let on_cancel = Callback::from({
        let sim = sim.clone();
        move |()| sim.cancel()
    });
    let on_guess = Callback::from({
        let guess = guess.clone();
        move |t: String| guess.set(t)
    });
    let on_reveal = Callback::from({
        let revealed = revealed.clone();
        move |()| revealed.set(true)
    });

    let i = &*inputs;
    let running = matches!(sim.status(), Status::Running { .. });
    html! {
        <article class="traffic">
            <h1>{"Simulate the traffic split"}</h1>
            <p class="lede">{"Set 5 % and see 7 % in the logs? Run the split here, seeded and reproducible, and see how far observed shares wander, what each request sees, and how many requests it takes before a canary's error rate means something."}</p>
            <InputsForm inputs={i.clone()} {on_change} />
            <RunControls {running} {on_run} {on_new_seed} {on_cancel} />
            <RunProgress status={sim.status().clone()} />
            { match sim.status() {
                Status::Done { summary, ms, run } if *revealed => html! {
                    <Results summary={summary.clone()} ms={*ms} inputs={i.clone()} guess={(*guess).clone()} run={*run} />
                },
                Status::Done { .. } => html! {
                    <GuessPrompt requests={i.requests} percent={i.percent} guess={(*guess).clone()} {on_guess} {on_reveal} />
                },
                _ => html! {},
            } }
        </article>
    }
}
