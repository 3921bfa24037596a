//! Running the simulation from the page in slices of about 5 ms: a run that fits in one is done
//! at once; a longer one goes on slice after slice, the browser drawing in between, with progress,
//! a newer run or Cancel superseding an older one. No slice holds a frame.

use std::cell::RefCell;
use std::rc::Rc;

use serde_json::Value;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::inputs::{Inputs, document};
use crate::traffic::config;
use crate::traffic::engine::{Progress, Simulation};
use crate::web::state;

/// Where a run stands.
#[derive(Clone, Debug, PartialEq)]
pub enum Status {
    /// Nothing has run yet.
    Idle,
    /// A run in slices, so far.
    Running {
        /// Work done (the engine's units: a request simulated one by one is one).
        done: u64,
        /// All the work.
        total: u64,
    },
    /// A finished run.
    Done {
        /// The simulator's summary.
        summary: Rc<Value>,
        /// Each repeated run's canary count (the page counts runs in a band from them).
        counts: Rc<Vec<u64>>,
        /// How long it took, in milliseconds.
        ms: f64,
        /// Which run it was (the page marks its results with it).
        run: u64,
    },
    /// The engine refused the inputs (a limit no single field's check sees, such as the work a
    /// run may take): each problem with the field it belongs to, if one, in the page's language.
    Invalid(Rc<Vec<(Option<&'static str>, String)>>),
    /// Cancel was pressed.
    Cancelled,
}

/// How long one slice works before the browser gets a turn: a third of a 60 Hz frame, leaving
/// the rest for the progress bar's render, layout and paint.
const SLICE_MS: f64 = 5.0;
/// Work between two looks at the clock: well under a millisecond.
const CHUNK: u64 = 1 << 15;

/// The page's simulation: its status, and starting or cancelling a run.
#[derive(Clone)]
pub struct SimulationHandle {
    status: UseStateHandle<Status>,
    /// Bumped by every start and cancel; a chunk that sees another number stops.
    generation: Rc<RefCell<u64>>,
}

/// A simulation that re-renders the component on every status change.
#[hook]
pub fn use_simulation() -> SimulationHandle {
    SimulationHandle { status: use_state(|| Status::Idle), generation: use_mut_ref(|| 0u64) }
}

impl SimulationHandle {
    /// Where the latest run stands.
    pub fn status(&self) -> &Status {
        &self.status
    }

    /// Starts a run for `inputs`, superseding any run still going.
    pub fn start(&self, inputs: &Inputs) {
        let run = {
            let mut g = self.generation.borrow_mut();
            *g += 1;
            *g
        };
        let t0 = state::now_ms();
        let cfg = match config::parse(&document(inputs)) {
            Ok(c) => c,
            Err(r) => {
                let lang = crate::web::i18n::current();
                let work = crate::i18n::site::site(lang).traffic.limits.work;
                let max = crate::web::format::int(config::MAX_WORK);
                let r = r.localized(lang);
                // The page's own fields are within the engine's limits, so what the engine
                // refuses at a field is the work a run would take: said in the page's words.
                let problems = r.diagnostics().iter().map(|d| match field_of(d.path.as_str()) {
                    Some(id) if d.code == crate::code::Code::TrafficRange => {
                        (Some(id), crate::i18n::site::fill(work, &[("max", &max)]))
                    }
                    Some(id) => (Some(id), format!("{} {}", d.message, d.hint)),
                    None => (None, format!("{}: {} ({})", d.path.as_str(), d.message, d.hint)),
                });
                self.status.set(Status::Invalid(Rc::new(problems.collect())));
                return;
            }
        };
        let mut sim = Simulation::new(cfg);
        let p = slice(&mut sim);
        if sim.is_done() {
            self.status.set(done(&sim, t0, run));
            return;
        }
        self.status.set(Status::Running { done: p.done, total: p.total });
        schedule(Rc::new(RefCell::new(sim)), self.clone(), run, t0, percent(p));
    }

    /// Stops the run in progress.
    pub fn cancel(&self) {
        *self.generation.borrow_mut() += 1;
        self.status.set(Status::Cancelled);
    }
}

/// A finished run's status.
fn done(sim: &Simulation, t0: f64, run: u64) -> Status {
    let summary = Rc::new(sim.summary());
    Status::Done { summary, counts: Rc::new(sim.counts().to_vec()), ms: state::now_ms() - t0, run }
}

/// The page's field a traffic document's member comes from, for the engine's problems.
pub fn field_of(path: &str) -> Option<&'static str> {
    match path {
        "/workload/requests" => Some("requests"),
        "/runs" => Some("runs"),
        "/workload/clients" => Some("clients"),
        "/workload/cacheKeys" => Some("keys"),
        "/workload/ratePerSecond" => Some("rps"),
        "/seed" => Some("seed"),
        _ => None,
    }
}

/// Works on `sim` for a slice (or until it is done).
fn slice(sim: &mut Simulation) -> Progress {
    let until = state::now_ms() + SLICE_MS;
    loop {
        let p = sim.advance(CHUNK);
        if sim.is_done() || state::now_ms() >= until {
            return p;
        }
    }
}

/// Whole percent done: the progress bar is redrawn only when it moves.
fn percent(p: Progress) -> u64 {
    p.done.saturating_mul(100) / p.total.max(1)
}

/// Runs the next slice after the browser has had a turn, until done, cancelled or superseded;
/// `shown` is the percent the progress bar shows.
fn schedule(sim: Rc<RefCell<Simulation>>, handle: SimulationHandle, run: u64, t0: f64, shown: u64) {
    let tick = move || {
        if *handle.generation.borrow() != run {
            return;
        }
        let p = slice(&mut sim.borrow_mut());
        if sim.borrow().is_done() {
            handle.status.set(done(&sim.borrow(), t0, run));
        } else {
            if percent(p) != shown {
                handle.status.set(Status::Running { done: p.done, total: p.total });
            }
            schedule(sim.clone(), handle.clone(), run, t0, percent(p));
        }
    };
    let f = wasm_bindgen::closure::Closure::once_into_js(tick);
    if let Some(w) = web_sys::window() {
        let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(f.unchecked_ref(), 0);
    }
}
