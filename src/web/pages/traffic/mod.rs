//! Traffic: the split simulated in the page. Inputs for the split and the workload; runs show
//! progress and can be cancelled; charts of the observed share, the histogram over repeated runs,
//! the first requests, what each side sees, and the sample size needed to judge an error-rate
//! regression. A reproducible seed, and an optional "guess first" prompt before the reveal.

use std::cell::RefCell;
use std::rc::Rc;

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::traffic::{config, engine::Simulation};
use crate::web::charts::{self, num};
use crate::web::state;

/// The page's inputs; serialised into the URL and localStorage. A member that is missing keeps
/// its default, so old links keep working.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Inputs {
    /// aws | ncp-rate | ncp-conditions | sticky-hash | sticky-cookie
    pub mode: String,
    /// Canary share in percent.
    pub percent: f64,
    /// Requests per run.
    pub requests: u64,
    /// Repeated runs.
    pub runs: u64,
    /// Arrival rate.
    pub rps: f64,
    /// Cache TTL in seconds (0: no cache).
    pub ttl: u64,
    /// Distinct cache keys.
    pub keys: u64,
    /// Throttle in requests per second (0: none).
    pub throttle: u64,
    /// Distinct clients (sticky modes).
    pub clients: u64,
    /// Share of requests sending `x-canary: on` (NCP condition mode), percent.
    pub header: f64,
    /// Stage and canary error rates, percent.
    pub err_stage: f64,
    /// See `err_stage`.
    pub err_canary: f64,
    /// Test level for the sample size (percent).
    pub alpha: f64,
    /// Test power for the sample size (percent).
    pub power: f64,
    /// The seed.
    pub seed: u64,
    /// Ask for a guess before showing the result.
    pub guess: bool,
}

impl Default for Inputs {
    fn default() -> Self {
        Inputs {
            mode: "aws".into(),
            percent: 5.0,
            requests: 100_000,
            runs: 100,
            rps: 100.0,
            ttl: 0,
            keys: 100,
            throttle: 0,
            clients: 1_000,
            header: 5.0,
            err_stage: 1.0,
            err_canary: 2.0,
            alpha: 5.0,
            power: 80.0,
            seed: 1,
            guess: false,
        }
    }
}

/// The traffic document for these inputs.
pub fn document(i: &Inputs) -> Value {
    let cache = i.ttl > 0;
    let ncp = i.mode.starts_with("ncp");
    let sticky = i.mode.starts_with("sticky");
    let stage = if ncp {
        let mut stage = json!({
            "stageId": "s1", "deployedStageDeploymentNo": 7, "canaryDeploymentNo": 8,
            "useDistributionRate": i.mode != "ncp-conditions",
            "canaryDistributionRate": i.percent,
            "canaryConditions": [
                {"parameterCode": "REQUEST_HEADER", "parameterName": "x-canary", "parameterValue": "on"}
            ],
        });
        if cache {
            put(&mut stage, "cacheTtlSec", json!(i.ttl));
            put(&mut stage, "canaryCacheTtlSec", json!(i.ttl));
        }
        if i.throttle > 0 {
            put(&mut stage, "throttleRps", json!(i.throttle));
            put(&mut stage, "canaryThrottleRps", json!(i.throttle));
        }
        stage
    } else {
        let mut method = json!({"cachingEnabled": cache, "cacheTtlInSeconds": i.ttl});
        if i.throttle > 0 {
            put(&mut method, "throttlingRateLimit", json!(i.throttle));
            put(&mut method, "throttlingBurstLimit", json!(i.throttle));
        }
        json!({
            "deploymentId": "dep001", "stageName": "prod", "cacheClusterEnabled": cache,
            "variables": {"backend": "prod.internal", "flag": "off"},
            "methodSettings": {"*/*": method},
            "canarySettings": {
                "deploymentId": "dep002", "percentTraffic": i.percent, "useStageCache": true,
                "stageVariableOverrides": {"flag": "on"},
            },
        })
    };
    let mut workload =
        json!({"requests": i.requests, "ratePerSecond": i.rps, "cacheKeys": i.keys.max(1)});
    if sticky {
        put(&mut workload, "clients", json!(i.clients.max(1)));
    }
    if i.mode == "ncp-conditions" {
        let on = i.header.clamp(0.0, 100.0);
        let values = json!([{"value": "on", "weight": on}, {"value": null, "weight": 100.0 - on}]);
        put(&mut workload, "headers", json!([{"name": "x-canary", "values": values}]));
    }
    let mut doc = json!({
        "provider": if ncp { "ncp" } else { "aws" },
        "stage": stage,
        "workload": workload,
        "runs": i.runs,
        "seed": i.seed,
        "sampleRequests": 200,
        "pathPoints": 60,
        "errorRates": {"stage": i.err_stage / 100.0, "canary": i.err_canary / 100.0},
        "alpha": i.alpha / 100.0,
        "power": i.power / 100.0,
    });
    if sticky {
        put(&mut doc, "split", json!(i.mode));
    }
    doc
}

/// Sets `v[key]` when `v` is an object.
fn put(v: &mut Value, key: &str, value: Value) {
    if let Some(m) = v.as_object_mut() {
        m.insert(key.to_owned(), value);
    }
}

/// The numeric inputs: (id, label, step). One template renders them all.
const FIELDS: [(&str, &str, &str); 13] = [
    ("header", "Requests sending x-canary: on (%)", "0.1"),
    ("requests", "Requests per run", "1"),
    ("runs", "Repeated runs", "1"),
    ("rps", "Requests per second", "any"),
    ("ttl", "Cache TTL (s, 0 = off)", "1"),
    ("keys", "Distinct cache keys", "1"),
    ("throttle", "Throttle (rps, 0 = off)", "1"),
    ("clients", "Clients", "1"),
    ("err-stage", "Stage error rate (%)", "0.1"),
    ("err-canary", "Canary error rate (%)", "0.1"),
    ("alpha", "Test level α (%, two-sided)", "0.1"),
    ("power", "Power (%)", "1"),
    ("seed", "Seed", "1"),
];

impl Inputs {
    fn get(&self, id: &str) -> String {
        match id {
            "percent" => self.percent.to_string(),
            "header" => self.header.to_string(),
            "requests" => self.requests.to_string(),
            "runs" => self.runs.to_string(),
            "rps" => self.rps.to_string(),
            "ttl" => self.ttl.to_string(),
            "keys" => self.keys.to_string(),
            "throttle" => self.throttle.to_string(),
            "clients" => self.clients.to_string(),
            "err-stage" => self.err_stage.to_string(),
            "err-canary" => self.err_canary.to_string(),
            "alpha" => self.alpha.to_string(),
            "power" => self.power.to_string(),
            _ => self.seed.to_string(),
        }
    }

    /// Sets a field from typed text; text that is not a number in range keeps the old value.
    fn set(&mut self, id: &str, text: &str) {
        let f = crate::doc::number(text).filter(|v| *v >= 0.0);
        let u = |max: u64, min: u64| f.map(|v| (v.round() as u64).clamp(min, max));
        match id {
            "percent" => self.percent = f.map_or(self.percent, |v| v.min(100.0)),
            "header" => self.header = f.map_or(self.header, |v| v.min(100.0)),
            "requests" => self.requests = u(100_000_000, 1).unwrap_or(self.requests),
            "runs" => self.runs = u(100_000, 1).unwrap_or(self.runs),
            "rps" => self.rps = f.filter(|v| *v > 0.0).unwrap_or(self.rps),
            "ttl" => self.ttl = u(3600, 0).unwrap_or(self.ttl),
            "keys" => self.keys = u(1_000_000, 1).unwrap_or(self.keys),
            "throttle" => self.throttle = u(1_000_000_000, 0).unwrap_or(self.throttle),
            "clients" => self.clients = u(1_000_000, 1).unwrap_or(self.clients),
            "err-stage" => self.err_stage = f.map_or(self.err_stage, |v| v.min(100.0)),
            "err-canary" => self.err_canary = f.map_or(self.err_canary, |v| v.min(100.0)),
            "alpha" => self.alpha = f.filter(|v| *v > 0.0 && *v < 100.0).unwrap_or(self.alpha),
            "power" => self.power = f.filter(|v| *v > 0.0 && *v < 100.0).unwrap_or(self.power),
            _ => self.seed = text.trim().parse().unwrap_or(self.seed),
        }
    }

    fn shows(&self, id: &str) -> bool {
        match id {
            "header" => self.mode == "ncp-conditions",
            "clients" => self.mode.starts_with("sticky"),
            _ => true,
        }
    }
}

fn initial() -> Inputs {
    let q = state::query();
    q.get("in")
        .and_then(|t| read_inputs(t))
        .or_else(|| state::load("traffic").and_then(|t| read_inputs(&t)))
        .unwrap_or_default()
}

/// Inputs from their JSON text. A member that does not read (an old link, a hand-edited URL)
/// keeps its default; the others still apply.
fn read_inputs(text: &str) -> Option<Inputs> {
    let v = crate::doc::parse(text).ok()?;
    Inputs::deserialize(&v).ok().or_else(|| {
        let readable = v
            .as_object()?
            .iter()
            .filter(|(k, x)| Inputs::deserialize(&json!({ k.as_str(): x })).is_ok())
            .map(|(k, x)| (k.clone(), x.clone()))
            .collect();
        Inputs::deserialize(&Value::Object(readable)).ok()
    })
}

fn remember(i: &Inputs) {
    let text = serde_json::to_string(i).unwrap_or_default();
    state::save("traffic", &text);
    state::set_query("#/traffic", &[("in", text)]);
}

/// Where a run stands.
#[derive(Clone, PartialEq)]
enum Status {
    Idle,
    Running { done: u64, total: u64 },
    Done { summary: Rc<Value>, ms: f64, run: u64 },
    Invalid(Rc<Vec<String>>),
    Cancelled,
}

/// Requests simulated synchronously at once; bigger runs go in chunks between frames.
const SYNC_LIMIT: u64 = 20_000_000;
const CHUNK: u64 = 4_000_000;

/// The traffic page.
#[component]
pub fn Traffic() -> Html {
    let inputs = use_state(initial);
    let status = use_state(|| Status::Idle);
    let revealed = use_state(|| false);
    let guess = use_state(String::new);
    let generation = use_mut_ref(|| 0u64);

    let start = {
        let (status, generation, revealed) = (status.clone(), generation.clone(), revealed.clone());
        Rc::new(move |i: Inputs| {
            let gen_now = {
                let mut g = generation.borrow_mut();
                *g += 1;
                *g
            };
            revealed.set(!i.guess);
            let t0 = state::now_ms();
            let cfg = match config::parse(&document(&i)) {
                Ok(c) => c,
                Err(r) => {
                    status.set(Status::Invalid(Rc::new(
                        r.diagnostics()
                            .iter()
                            .map(|d| format!("{}: {}", d.path.as_str(), d.message))
                            .collect(),
                    )));
                    return;
                }
            };
            let sim = Simulation::new(cfg);
            let total = sim.progress().total;
            if total <= SYNC_LIMIT {
                let mut sim = sim;
                sim.finish();
                status.set(Status::Done {
                    summary: Rc::new(sim.summary()),
                    ms: state::now_ms() - t0,
                    run: gen_now,
                });
                return;
            }
            status.set(Status::Running { done: 0, total });
            schedule(Rc::new(RefCell::new(sim)), status.clone(), generation.clone(), gen_now, t0);
        })
    };

    // First run on arrival.
    {
        let (start, inputs) = (start.clone(), inputs.clone());
        use_effect_with((), move |_| {
            start((*inputs).clone());
        });
    }

    // Every input change: remember it (URL, localStorage), show it, and re-run unless only the
    // guess prompt changed.
    let commit = {
        let (inputs, start) = (inputs.clone(), start.clone());
        Rc::new(move |next: Inputs, rerun: bool| {
            remember(&next);
            inputs.set(next.clone());
            if rerun {
                start(next);
            }
        })
    };
    let edit = |f: fn(&mut Inputs, &HtmlInputElement)| {
        let (inputs, commit) = (inputs.clone(), commit.clone());
        move |el: HtmlInputElement| {
            let mut next = (*inputs).clone();
            f(&mut next, &el);
            let rerun = next.guess == inputs.guess;
            commit(next, rerun);
        }
    };
    let on_field = {
        let apply = edit(|i, el| i.set(&el.id(), &el.value()));
        Callback::from(move |e: Event| apply(e.target_unchecked_into()))
    };
    // The slider re-runs as it moves (input events), everything else on change.
    let on_slide = {
        let apply = edit(|i, el| i.set(&el.id(), &el.value()));
        Callback::from(move |e: InputEvent| apply(e.target_unchecked_into()))
    };
    let on_guess_toggle = {
        let apply = edit(|i, el| i.guess = el.checked());
        Callback::from(move |e: Event| apply(e.target_unchecked_into()))
    };
    let on_mode = |mode: &'static str| {
        let (inputs, commit) = (inputs.clone(), commit.clone());
        Callback::from(move |_| commit(Inputs { mode: mode.to_owned(), ..(*inputs).clone() }, true))
    };
    let run = {
        let (inputs, start) = (inputs.clone(), start.clone());
        Callback::from(move |_| start((*inputs).clone()))
    };
    let new_seed = {
        let (inputs, commit) = (inputs.clone(), commit.clone());
        Callback::from(move |_| {
            commit(Inputs { seed: inputs.seed.wrapping_add(1), ..(*inputs).clone() }, true)
        })
    };
    let cancel = {
        let (generation, status) = (generation.clone(), status.clone());
        Callback::from(move |_| {
            *generation.borrow_mut() += 1;
            status.set(Status::Cancelled);
        })
    };
    let on_guess = {
        let guess = guess.clone();
        Callback::from(move |e: InputEvent| {
            let el: HtmlInputElement = e.target_unchecked_into();
            guess.set(el.value());
        })
    };
    let reveal = {
        let revealed = revealed.clone();
        Callback::from(move |_| revealed.set(true))
    };

    let i = (*inputs).clone();
    let modes: [(&str, &str); 5] = [
        ("aws", "AWS: random per request"),
        ("ncp-rate", "NCP rate mode"),
        ("ncp-conditions", "NCP condition mode"),
        ("sticky-hash", "Sticky hash (split_clients)"),
        ("sticky-cookie", "Canary-only sticky cookie"),
    ];

    html! {
        <article class="traffic">
            <h1>{"Simulate the traffic split"}</h1>
            <p class="lede">{"Set 5 % and see 7 % in the logs? Run the split here, seeded and reproducible, and see how far observed shares wander, what each request sees, and how many requests it takes before a canary's error rate means something."}</p>
            <div class="toolbar" role="group" aria-label="How requests are split">
                { for modes.iter().map(|(m, label)| html! {
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
            <div class="toolbar">
                <button type="button" onclick={run}>{"Run"}</button>
                <button type="button" onclick={new_seed}>{"New seed"}</button>
                { if matches!(*status, Status::Running { .. }) { html! { <button type="button" onclick={cancel}>{"Cancel"}</button> } } else { html! {} } }
            </div>
            { match &*status {
                Status::Idle => html! {},
                Status::Cancelled => html! { <p class="muted" role="status">{"Cancelled."}</p> },
                Status::Invalid(problems) => html! { <ul class="bad">{ for problems.iter().map(|p| html! { <li>{ p }</li> }) }</ul> },
                Status::Running { done, total } => html! {
                    <div role="status">
                        <progress max={total.to_string()} value={done.to_string()} aria-label="Simulation progress" />
                        { format!(" {done} of {total} requests") }
                    </div>
                },
                Status::Done { summary, ms, run } => {
                    if *revealed {
                        results(summary, *ms, &i, &guess, *run)
                    } else {
                        html! {
                            <section class="guess" aria-labelledby="guess-h">
                                <h2 id="guess-h">{"Guess first"}</h2>
                                <p>{ format!("{} requests, canary set to {} %. What canary share do you expect to observe, and how far could it wander from run to run?", i.requests, i.percent) }</p>
                                <label>{"Your guess (%) "}<input id="guess" type="number" step="0.1" value={(*guess).clone()} oninput={on_guess} /></label>
                                <button type="button" onclick={reveal}>{"Reveal"}</button>
                            </section>
                        }
                    }
                }
            } }
        </article>
    }
}

fn pct(x: f64) -> String {
    format!("{:.2} %", x * 100.0)
}

fn results(s: &Value, ms: f64, i: &Inputs, guess: &str, run_no: u64) -> Html {
    let observed = num(s, "/share/observed");
    let expected = s.pointer("/share/expected").and_then(Value::as_f64);
    let guess_line = crate::doc::number(guess).map(|g| {
        let [lo, hi] = [num(s, "/share/ci95/0"), num(s, "/share/ci95/1")];
        let inside = (lo..=hi).contains(&(g / 100.0));
        format!("You guessed {g} %; this run observed {}, with a 95 % band of {} to {}: your guess is {} it.", pct(observed), pct(lo), pct(hi), if inside { "inside" } else { "outside" })
    });
    let side = |name: &str| {
        let p = format!("/sides/{name}");
        let Some(sd) = s.pointer(&p).filter(|v| !v.is_null()) else { return html! {} };
        let vars = sd.get("variables").and_then(Value::as_object).cloned().unwrap_or_default();
        html! {
            <div class={format!("side {name}")}>
                <h3>{ if name == "stage" { "Stage" } else { "Canary" } }</h3>
                <dl>
                    <dt>{"Deployment"}</dt><dd>{ sd.get("deployment").and_then(Value::as_str).unwrap_or("").to_owned() }</dd>
                    <dt>{"Requests"}</dt><dd>{ num(sd, "/requests").to_string() }</dd>
                    <dt>{"Cache"}</dt><dd>{ if sd.get("cache").is_some_and(|c| !c.is_null()) {
                        format!("{} hits, {} misses ({} hit ratio){}", num(sd, "/cache/hits"), num(sd, "/cache/misses"), pct(num(sd, "/cache/hitRatio")),
                            if sd.pointer("/cache/sharedWithStage").and_then(Value::as_bool) == Some(true) { ", shared with the stage" } else { "" })
                    } else { "not used".to_owned() } }</dd>
                    <dt>{"Throttled"}</dt><dd>{ if sd.get("throttle").is_some_and(|c| !c.is_null()) {
                        format!("{} (bucket {} rps, burst {}{})", num(sd, "/throttle/throttled"), num(sd, "/throttle/ratePerSecond"), num(sd, "/throttle/burst"),
                            if sd.pointer("/throttle/sharedWithStage").and_then(Value::as_bool) == Some(true) { ", shared" } else { "" })
                    } else { "no throttle".to_owned() } }</dd>
                    <dt>{"Stage variables"}</dt>
                    <dd>{ if vars.is_empty() { html! { {"none"} } } else { html! {
                        <ul class="vars">{ for vars.iter().map(|(k, v)| html! { <li><code>{ k }</code>{" = "}<code>{ v.as_str().unwrap_or("").to_owned() }</code></li> }) }</ul>
                    } } }</dd>
                </dl>
            </div>
        }
    };
    let ss = s.get("sampleSize").filter(|v| !v.is_null());
    html! {
        <section class="results" data-run={run_no.to_string()} aria-live="polite">
            <h2 id="share">{ format!("Observed {} of {} requests on the canary", pct(observed), num(s, "/requests")) }</h2>
            <p class="facts" data-testid="facts">
                { format!("Configured {}{}. 95 % interval: Wilson {} to {}, exact {} to {}. Over {} runs the share averaged {} (sd {}); the 95 % interval covered the expected share in {} of them. Simulated in {:.1} ms.",
                    s.pointer("/share/configured").and_then(Value::as_f64).map_or("by conditions".to_owned(), pct),
                    expected.map(|e| format!(", expected {}", pct(e))).unwrap_or_default(),
                    pct(num(s, "/share/ci95/0")), pct(num(s, "/share/ci95/1")),
                    pct(num(s, "/share/exact95/0")), pct(num(s, "/share/exact95/1")),
                    num(s, "/runs/count"), pct(num(s, "/runs/mean")), pct(num(s, "/runs/sd")),
                    pct(num(s, "/runs/ci95Coverage")), ms) }
            </p>
            { for guess_line.map(|g| html! { <p class="guess-result">{ g }</p> }) }
            { for s.get("notes").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str).map(|n| html! { <p class="muted">{ n.to_owned() }</p> }) }
            { if let Some(c) = s.get("clients").filter(|v| !v.is_null()) { html! {
                <p class="clients">{ c.get("ratchet").and_then(Value::as_str).map(str::to_owned).unwrap_or_else(|| format!("{} of {} clients hash into the canary bucket.", num(c, "/inCanaryBucket"), num(c, "/count"))) }</p>
            } } else { html! {} } }
            <div class="charts">
                { charts::share_path(s) }
                { charts::histogram(s) }
            </div>
            { charts::strip(s) }
            <div class="sides">{ side("stage") }{ side("canary") }</div>
            <section class="sample-size" aria-labelledby="ss-h">
                <h2 id="ss-h">{"How many requests before the error rate means something?"}</h2>
                { match ss.and_then(|v| v.get("canaryRequests")).and_then(Value::as_f64) {
                    Some(canary) => html! { <p data-testid="sample-size">{ format!(
                        "To tell a canary error rate of {} % from the stage's {} % (two-sided α = {} %, power {} %) at this split, the canary needs {} requests and the stage {} meanwhile: {} in all, about {} at {} requests per second.",
                        i.err_canary, i.err_stage, i.alpha, i.power, canary, num(s, "/sampleSize/stageRequests"), num(s, "/sampleSize/totalRequests"),
                        duration(num(s, "/sampleSize/seconds")), i.rps) }</p> },
                    None => html! { <p>{ ss.and_then(|v| v.get("reason")).and_then(Value::as_str).unwrap_or("Give two different error rates and a share between 0 and 100 %.").to_owned() }</p> },
                } }
            </section>
        </section>
    }
}

fn duration(secs: f64) -> String {
    if secs < 120.0 {
        format!("{secs:.0} s")
    } else if secs < 7200.0 {
        format!("{:.0} min", secs / 60.0)
    } else if secs < 172_800.0 {
        format!("{:.1} h", secs / 3600.0)
    } else {
        format!("{:.1} days", secs / 86_400.0)
    }
}

/// Runs the next chunk after the browser has had a turn, until done, cancelled or superseded.
fn schedule(
    sim: Rc<RefCell<Simulation>>,
    status: UseStateHandle<Status>,
    generation: Rc<RefCell<u64>>,
    mine: u64,
    t0: f64,
) {
    let tick = move || {
        if *generation.borrow() != mine {
            return;
        }
        let p = sim.borrow_mut().advance(CHUNK);
        if sim.borrow().is_done() {
            let summary = sim.borrow().summary();
            status.set(Status::Done {
                summary: Rc::new(summary),
                ms: state::now_ms() - t0,
                run: mine,
            });
        } else {
            status.set(Status::Running { done: p.done, total: p.total });
            schedule(sim.clone(), status.clone(), generation.clone(), mine, t0);
        }
    };
    let f = wasm_bindgen::closure::Closure::once_into_js(tick);
    if let Some(w) = web_sys::window() {
        let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(f.unchecked_ref(), 0);
    }
}
