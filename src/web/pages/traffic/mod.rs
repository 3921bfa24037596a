//! Traffic: the split simulated in the page, as an explorable. It opens on the student's question
//! (1,000 requests at 5 %, repeated 500 times: what share will a run show?), asks for a guessed
//! range first, then shows the runs: the histogram with a count axis, the configured share and a
//! band the reader counts runs in, the guess scored against the run-to-run spread, the share path,
//! what each side saw, and the requests needed to judge an error-rate increase with its curve.
//! Runs are seeded and reproducible, show progress and can be cancelled. Every input is checked
//! by one function, typed or read from a link, and a refused one stops the run and says its limit.
//!
//! `inputs` holds the form and the traffic document it makes, `explore` the arithmetic over the
//! runs, `run` the simulation hook; the other modules are components.

pub mod explore;
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

use crate::web::i18n::use_site;
use crate::web::state;
use form::{Edit, InputsForm};
use guess::GuessPrompt;
use inputs::{Form, Inputs};
use progress::RunProgress;
use results::Results;
use run::{Status, use_simulation};
use run_controls::RunControls;

/// The form a visit starts with: the link's (members, or the `in=` JSON older links and the Learn
/// page write), else the last one typed here, else the student's question.
fn initial() -> Form {
    let q = state::query();
    if let Some(form) = q.get("in").and_then(|t| Form::from_json(t)) {
        return form;
    }
    if !q.is_empty() {
        return Form::from_members(q.iter().map(|(k, v)| (k.as_str(), v.clone())));
    }
    state::load("traffic").and_then(|t| Form::from_json(&t)).unwrap_or_default()
}

/// Keeps the form: in the URL (a link reproduces the view) and in localStorage.
fn remember(f: &Form) {
    state::save("traffic", &f.to_json());
    state::set_query(
        "#/traffic",
        &f.members().iter().map(|(k, v)| (k.as_str(), v.clone())).collect::<Vec<_>>(),
    );
}

/// The traffic page.
#[component]
pub fn Traffic() -> Html {
    let t = &use_site().traffic;
    let form = use_state(|| Rc::new(initial()));
    let sim = use_simulation();
    let revealed = use_state(|| false);
    // The inputs of the run shown (or going), so an edit that changes nothing runs nothing.
    let ran = use_mut_ref(|| None::<Inputs>);

    let start = {
        let (sim, revealed, ran) = (sim.clone(), revealed.clone(), ran.clone());
        Rc::new(move |i: &Inputs, guess: bool| {
            revealed.set(!guess);
            *ran.borrow_mut() = Some(i.clone());
            sim.start(i);
        })
    };
    // First run on arrival, unless an input is refused.
    {
        let (start, form) = (start.clone(), form.clone());
        use_effect_with((), move |_| {
            if let Ok(i) = form.inputs() {
                start(&i, form.guess);
            }
        });
    }
    // Every edit: keep it, show it, and run when the run's inputs changed and all are accepted.
    // A change that changes nothing (a field's `change` again as it loses focus) does nothing.
    let latest = use_mut_ref(|| (**form).clone());
    let on_change = {
        let (form, start, ran, revealed) =
            (form.clone(), start.clone(), ran.clone(), revealed.clone());
        Callback::from(move |next: Form| {
            if *latest.borrow() == next {
                return;
            }
            let guess_switched = latest.borrow().guess != next.guess;
            *latest.borrow_mut() = next.clone();
            remember(&next);
            form.set(Rc::new(next.clone()));
            if guess_switched {
                revealed.set(!next.guess);
            }
            if let Ok(i) = next.inputs() {
                if ran.borrow().as_ref() != Some(&i) {
                    start(&i, next.guess);
                }
            }
        })
    };
    let on_edit = {
        let (form, on_change) = (form.clone(), on_change.clone());
        Callback::from(move |(id, text): Edit| {
            let mut next = (**form).clone();
            next.set(id, &text);
            on_change.emit(next);
        })
    };
    let on_run = Callback::from({
        let (form, start) = (form.clone(), start.clone());
        move |()| {
            if let Ok(i) = form.inputs() {
                start(&i, form.guess);
            }
        }
    });
    let on_new_seed = Callback::from({
        let (form, on_change) = (form.clone(), on_change.clone());
        move |()| {
            let mut next = (**form).clone();
            // A refused seed stays as typed, to be corrected: there is no next one to take.
            if let Ok(seed) = next.text("seed").trim().replace(',', "").parse::<u64>() {
                next.set("seed", &seed.wrapping_add(1).to_string());
                on_change.emit(next);
            }
        }
    });
    let on_cancel = Callback::from({
        let sim = sim.clone();
        move |()| sim.cancel()
    });
    let on_reveal = Callback::from({
        let revealed = revealed.clone();
        move |()| revealed.set(true)
    });

    let f = (*form).clone();
    let refused = f.inputs().err();
    let running = matches!(sim.status(), Status::Running { .. });
    let engine = Rc::new(match sim.status() {
        Status::Invalid(p) => p.iter().filter_map(|(id, m)| id.map(|id| (id, m.clone()))).collect(),
        _ => Vec::new(),
    });
    let shown = ran.borrow().clone();
    html! {
        <article class="traffic">
            <h1>{ t.heading }</h1>
            <p class="lede">{ t.lede }</p>
            <InputsForm form={f.clone()} {engine} {on_change} />
            <RunControls {running} {on_run} {on_new_seed} {on_cancel} />
            { if refused.is_some() { html! {
                <p class="bad" role="alert" data-testid="not-run">{ t.limits.not_run }</p>
            } } else { html! { <RunProgress status={sim.status().clone()} /> } } }
            { match (sim.status(), shown, refused) {
                (Status::Done { summary, counts, ms, run }, Some(i), None) if *revealed => html! {
                    <Results summary={summary.clone()} counts={counts.clone()} ms={*ms} inputs={i} form={f.clone()} on_edit={on_edit.clone()} run={*run} />
                },
                (Status::Done { summary, .. }, Some(i), None) => html! {
                    <GuessPrompt inputs={i} form={f.clone()} on_edit={on_edit.clone()} {on_reveal}
                        expected={summary.pointer("/share/expected").and_then(serde_json::Value::as_f64)} />
                },
                _ => html! {},
            } }
        </article>
    }
}
