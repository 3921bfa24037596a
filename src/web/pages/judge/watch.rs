//! The Judge page's first panel: one simulated canary judged after every minute by both tests,
//! and, on request, two hundred more to count how often each test cries wolf.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::chart;
use super::model::{FIELDS, Watch, decisions, label};
use crate::i18n::site::fill;
use crate::i18n::site::judge::Watch as Words;
use crate::judge::sim::{self, Tally};
use crate::web::charts::Chart;
use crate::web::format::number;
use crate::web::i18n::use_site;

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
    let site = use_site();
    let t = &site.judge.watch;
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
        Some((v, m)) if v == "rollback" => fill(t.judge_rollback, &[("minute", m)]),
        Some((_, m)) => fill(t.judge_promote, &[("minute", m)]),
        None => fill(t.judge_wait, &[("minutes", &minutes)]),
    };
    let naive_line = match naive {
        Some(m) => fill(t.naive_rollback, &[("minute", &m)]),
        None => fill(t.naive_never, &[("minutes", &minutes)]),
    };
    let same = (w.err_canary - w.err_base).abs() < 1e-12;
    let wolf = same && naive.is_some();
    html! {
        <section aria-labelledby="j-watch" class="judge-watch">
            <h2 id="j-watch">{ t.heading }</h2>
            <p>{ t.intro }</p>
            <div class="inputs">
                <label for="steps">{ t.fields.steps }
                    <input id="steps" type="text" inputmode="decimal" value={w.get("steps")} onchange={on_field.clone()} />
                </label>
                { for FIELDS.iter().map(|(id, step)| html! {
                    <label for={*id}>{ label(&t.fields, id) }
                        <input id={*id} type="number" min="0" step={*step} value={w.get(id)} onchange={on_field.clone()} />
                    </label>
                }) }
            </div>
            <div class="toolbar">
                <button type="button" onclick={on_same} aria-pressed={same.to_string()}>{ t.same }</button>
                <button type="button" onclick={on_worse}>{ t.worse }</button>
                <button type="button" onclick={on_seed}>{ t.next_seed }</button>
            </div>
            <div class="judge-verdicts" data-testid="verdicts">
                <p class="verdict" data-testid="judge-line">{ judge_line }</p>
                <p class={classes!("verdict", wolf.then_some("bad"))} data-testid="naive-line">{ naive_line }
                    { if wolf { html! { <>{" "}<strong>{ t.cried_wolf }</strong></> } } else { html! {} } }
                </p>
            </div>
            <div class="charts">
                { for (!trace.is_empty()).then(|| {
                    let (c, trace) = (&site.judge.chart, trace.clone());
                    let p = {
                        let trace = trace.clone();
                        Callback::from(move |w| chart::p_values(&trace, alpha, c, w))
                    };
                    let cs = Callback::from(move |w| chart::difference(&trace, tolerance, c, w));
                    html! {
                        <>
                            <Chart id="p-cap" testid="p-chart" caption={c.p_caption} draw={p} />
                            <Chart id="cs-cap" testid="cs-chart" caption={c.cs_caption} draw={cs} />
                        </>
                    }
                }) }
            </div>
            <div class="toolbar">
                <button type="button" onclick={on_count} disabled={matches!(*count, Count::Running(_))}>{ fill(t.run, &[("runs", &RUNS)]) }</button>
            </div>
            { match &*count {
                Count::Idle => html! {},
                Count::Running(so_far) => html! { <p class="muted" role="status">{ fill(t.running, &[("done", &so_far.runs), ("runs", &RUNS)]) }</p> },
                Count::Done(done) => tally(done, same, t),
            } }
        </section>
    }
}

/// The tally's sentence.
fn tally(t: &Tally, same: bool, words: &Words) -> Html {
    let share = |n: u64| format!("{:.1} %", 100.0 * n as f64 / t.runs.max(1) as f64);
    let intro = if same { words.tally_same } else { words.tally_like };
    let naive = fill(
        words.tally_naive,
        &[
            ("alarms", &number(t.naive_alarms as f64, 3)),
            ("alarms_share", &share(t.naive_alarms)),
            ("at_end", &number(t.naive_at_end as f64, 3)),
            ("at_end_share", &share(t.naive_at_end)),
        ],
    );
    let judge = fill(
        words.tally_judge,
        &[
            ("rollbacks", &number(t.rollbacks as f64, 3)),
            ("rollbacks_share", &share(t.rollbacks)),
            ("promotes", &number(t.promotes as f64, 3)),
            ("promotes_share", &share(t.promotes)),
        ],
    );
    html! {
        <div class="judge-tally" data-testid="tally" role="status">
            <p>{ fill(intro, &[("runs", &number(t.runs as f64, 3))]) }</p>
            <ul>
                <li data-testid="tally-naive">{ naive }</li>
                <li data-testid="tally-judge">{ judge }</li>
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
