//! The Judge page's first panel: one simulated canary judged after every minute by both tests,
//! and, on request, two hundred more to count how often each test cries wolf.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::chart;
use super::model::{FIELDS, Watch, decisions};
use crate::judge::sim::{self, Tally};

/// Canaries in a tally, and how many run between two frames.
const RUNS: u64 = 200;
const CHUNK: u64 = 10;

/// The watched canary and where edits go.
#[derive(Properties, PartialEq)]
pub struct WatchPanelProps {
    /// The canary's values.
    pub watch: Watch,
    /// The values after an edit.
    pub on_change: Callback<Watch>,
}

/// Where a tally stands.
#[derive(Clone, Debug, PartialEq)]
enum Count {
    Idle,
    Running(Tally),
    Done(Tally),
}

/// Form, charts, both verdicts and the tally.
#[component]
pub fn WatchPanel(props: &WatchPanelProps) -> Html {
    let w = &props.watch;
    let trace = use_memo(w.clone(), Watch::trace);
    let count = use_state(|| Count::Idle);
    let generation = use_mut_ref(|| 0u64);
    // A new canary makes an old tally meaningless.
    {
        let (count, generation) = (count.clone(), generation.clone());
        use_effect_with(w.clone(), move |_| {
            *generation.borrow_mut() += 1;
            count.set(Count::Idle);
        });
    }
    let on_field = {
        let (w, on_change) = (w.clone(), props.on_change.clone());
        Callback::from(move |e: Event| {
            let el: HtmlInputElement = e.target_unchecked_into();
            let mut next = w.clone();
            next.set(&el.id(), &el.value());
            on_change.emit(next);
        })
    };
    let preset = |err_canary: Option<f64>, seed_step: u64| {
        let (w, on_change) = (w.clone(), props.on_change.clone());
        Callback::from(move |_: MouseEvent| {
            let mut next = w.clone();
            if let Some(e) = err_canary {
                next.err_canary = e;
            }
            next.seed = next.seed.wrapping_add(seed_step);
            on_change.emit(next);
        })
    };
    let on_same = preset(Some(w.err_base), 0);
    let on_worse = preset(Some(w.err_base + w.tolerance), 0);
    let on_seed = preset(None, 1);
    let on_count = {
        let (w, count, generation) = (w.clone(), count.clone(), generation.clone());
        Callback::from(move |_: MouseEvent| {
            let run = {
                let mut g = generation.borrow_mut();
                *g += 1;
                *g
            };
            count.set(Count::Running(Tally::default()));
            tally_chunk(w.clone(), count.clone(), generation.clone(), run, Tally::default());
        })
    };

    let (alpha, tolerance) = (w.alpha(), w.tolerance());
    let (judge, naive) = decisions(&trace, alpha);
    let minutes = trace.len();
    let judge_line = match &judge {
        Some((v, m)) if v == "rollback" => format!("The judge rolls back at minute {m}."),
        Some((_, m)) => format!("The judge promotes at minute {m}."),
        None => format!("The judge is still waiting after {minutes} minutes."),
    };
    let naive_line = match naive {
        Some(m) => format!("The z-test, re-run every minute, says roll back at minute {m}."),
        None => format!("The z-test never rejects in these {minutes} minutes."),
    };
    let same = (w.err_canary - w.err_base).abs() < 1e-12;
    let wolf = same && naive.is_some();
    html! {
        <section aria-labelledby="j-watch" class="judge-watch">
            <h2 id="j-watch">{"Watch both tests judge a canary"}</h2>
            <p>{"A canary is simulated minute by minute: the traffic engine routes each minute's requests at the step's share, and each side's failures are drawn at its error rate. After every minute both tests look at the counts so far."}</p>
            <div class="inputs">
                <label for="steps">{"Canary steps (%)"}
                    <input id="steps" type="text" inputmode="decimal" value={w.get("steps")} onchange={on_field.clone()} />
                </label>
                { for FIELDS.iter().map(|(id, label, step)| html! {
                    <label for={*id}>{ *label }
                        <input id={*id} type="number" min="0" step={*step} value={w.get(id)} onchange={on_field.clone()} />
                    </label>
                }) }
            </div>
            <div class="toolbar">
                <button type="button" onclick={on_same} aria-pressed={same.to_string()}>{"A/A: canary as good as the baseline"}</button>
                <button type="button" onclick={on_worse}>{"Canary worse by the tolerance"}</button>
                <button type="button" onclick={on_seed}>{"Another canary (next seed)"}</button>
            </div>
            <div class="judge-verdicts" data-testid="verdicts">
                <p class="verdict" data-testid="judge-line">{ judge_line }</p>
                <p class={classes!("verdict", wolf.then_some("bad"))} data-testid="naive-line">{ naive_line }
                    { if wolf { html! { <strong>{" It cried wolf: both sides fail equally often."}</strong> } } else { html! {} } }
                </p>
            </div>
            <div class="charts">
                { chart::p_values(&trace, alpha) }
                { chart::difference(&trace, tolerance) }
            </div>
            <div class="toolbar">
                <button type="button" onclick={on_count} disabled={matches!(*count, Count::Running(_))}>{ format!("Run {RUNS} canaries like this one") }</button>
            </div>
            { match &*count {
                Count::Idle => html! {},
                Count::Running(t) => html! { <p class="muted" role="status">{ format!("{} of {RUNS} canaries judged…", t.runs) }</p> },
                Count::Done(t) => tally(t, same),
            } }
        </section>
    }
}

/// The tally's sentence.
fn tally(t: &Tally, same: bool) -> Html {
    let share = |n: u64| format!("{:.1} %", 100.0 * n as f64 / t.runs.max(1) as f64);
    let kind =
        if same { "A/A canaries (as good as the baseline)" } else { "canaries like this one" };
    html! {
        <div class="judge-tally" data-testid="tally" role="status">
            <p>{ format!("Of {} {kind}, each judged after every minute:", t.runs) }</p>
            <ul>
                <li data-testid="tally-naive">{ format!("the z-test re-run every minute said roll back for {} ({}); run once at the end it would have for {} ({});", t.naive_alarms, share(t.naive_alarms), t.naive_at_end, share(t.naive_at_end)) }</li>
                <li data-testid="tally-judge">{ format!("the judge rolled back {} ({}) and promoted {} ({}).", t.rollbacks, share(t.rollbacks), t.promotes, share(t.promotes)) }</li>
            </ul>
        </div>
    }
}

/// Runs the next few canaries after the browser has had a turn, until all are done or the
/// canary changed.
fn tally_chunk(
    w: Watch,
    count: UseStateHandle<Count>,
    generation: Rc<RefCell<u64>>,
    run: u64,
    so_far: Tally,
) {
    let tick = move || {
        if *generation.borrow() != run {
            return;
        }
        let c = w.canary();
        let (alpha, tolerance) = (w.alpha(), w.tolerance());
        let mut t = so_far;
        if let Ok(more) =
            sim::experiment(&c, w.seed, t.runs, CHUNK.min(RUNS - t.runs), alpha, tolerance)
        {
            t.runs += more.runs;
            t.rollbacks += more.rollbacks;
            t.promotes += more.promotes;
            t.naive_alarms += more.naive_alarms;
            t.naive_at_end += more.naive_at_end;
        } else {
            t.runs = RUNS;
        }
        if t.runs >= RUNS {
            count.set(Count::Done(t));
        } else {
            count.set(Count::Running(t));
            tally_chunk(w.clone(), count.clone(), generation.clone(), run, t);
        }
    };
    let f = wasm_bindgen::closure::Closure::once_into_js(tick);
    if let Some(win) = web_sys::window() {
        let _ = win.set_timeout_with_callback_and_timeout_and_arguments_0(f.unchecked_ref(), 0);
    }
}
