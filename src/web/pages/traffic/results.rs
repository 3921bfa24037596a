//! A finished run: the observed share, the guess scored against the runs, the histogram with the
//! band the reader counts, the share path, the first requests, both sides and the sample size
//! with its curve. The sentences are functions of the summary and the catalogue.

use std::rc::Rc;

use serde_json::Value;
use yew::prelude::*;

use super::explore::{self, Unit, Verdict};
use super::form::{Edit, NumberField};
use super::inputs::{Form, Inputs};
use super::side::Side;
use crate::i18n::site::traffic::Traffic;
use crate::web::charts::{self, Chart, CurveText, HistogramText, PathText, StripText, num};
use crate::web::format;
use crate::web::i18n::{fill, use_site};

/// The run to show.
#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    /// The simulator's summary.
    pub summary: Rc<Value>,
    /// Each run's canary count.
    pub counts: Rc<Vec<u64>>,
    /// How long the run took, in milliseconds.
    pub ms: f64,
    /// The inputs it ran with.
    pub inputs: Inputs,
    /// The form: the band counted, the guessed range.
    pub form: Rc<Form>,
    /// Edits of the band.
    pub on_edit: Callback<Edit>,
    /// Which run it was, for `data-run`.
    pub run: u64,
}

/// The results section.
#[component]
pub fn Results(props: &ResultsProps) -> Html {
    let t = &use_site().traffic;
    let s = &*props.summary;
    let i = &props.inputs;
    let n = num(s, "/requests") as u64;
    let canary = num(s, "/counts/canary") as u64;
    let counts = props.counts.clone();
    let detail = detail(t, s);
    let headline = fill(
        t.facts.observed,
        &[("share", &format::share(canary, n)), ("requests", &format::int(n))],
    );
    let configured = s.pointer("/share/configured").and_then(Value::as_f64);
    let band = props.form.band();
    let hist = {
        let s = props.summary.clone();
        let configured =
            configured.map(|c| (c, fill(t.charts.configured, &[("share", &format::percent(c))])));
        Callback::from(move |w: f64| {
            let bar = |from: f64, to: f64, runs: u64| {
                fill(
                    if runs == 1 { t.charts.bar_one } else { t.charts.bar },
                    &[
                        ("from", &format::percent(from)),
                        ("to", &format::percent(to)),
                        ("runs", &format::int(runs)),
                    ],
                )
            };
            charts::histogram(
                &s,
                &HistogramText {
                    x: t.charts.histogram_x,
                    y: t.charts.histogram_y,
                    id: "hist-cap",
                    configured: configured.clone(),
                    band: band.map(|(lo, hi)| (lo / 100.0, hi / 100.0)),
                    bar: &bar,
                },
                w,
            )
        })
    };
    let path = {
        let s = props.summary.clone();
        Callback::from(move |w: f64| {
            charts::share_path(
                &s,
                &PathText { x: t.charts.path_x, y: t.charts.path_y, id: "path-cap" },
                w,
            )
        })
    };
    let runs = counts.len() as u64;
    let band_line = band.map(|(lo, hi)| band_text(t, &counts, n, lo, hi));
    let share_for_test = s
        .pointer("/sampleSize/share")
        .and_then(Value::as_f64)
        .or(configured)
        .unwrap_or(i.percent / 100.0);
    let points = explore::curve(
        i.err_stage / 100.0,
        i.err_canary - i.err_stage,
        share_for_test,
        i.alpha / 100.0,
        i.power / 100.0,
    );
    let mark = s
        .pointer("/sampleSize/totalRequests")
        .and_then(Value::as_f64)
        .filter(|_| i.err_canary > i.err_stage)
        .map(|total| (i.err_canary - i.err_stage, total));
    let curve = {
        let points = Rc::new(points);
        Callback::from(move |w: f64| {
            let point = |x: f64, y: f64| {
                fill(
                    t.charts.curve_point,
                    &[("increase", &format::number(x, 3)), ("requests", &format::whole(y))],
                )
            };
            charts::curve(
                &points,
                mark,
                &CurveText {
                    x: t.charts.curve_x,
                    y: t.charts.curve_y,
                    id: "curve-cap",
                    point: &point,
                },
                w,
            )
        })
    };
    let strip_request = |i: usize, side: &str, hit: bool, throttled: bool| {
        let side = if side == "canary" { t.sides.canary } else { t.sides.stage };
        format!(
            "{}{}{}",
            fill(t.charts.strip_request, &[("i", &format::int(i as u64)), ("side", &side)]),
            if hit { t.charts.strip_hit } else { "" },
            if throttled { t.charts.strip_throttled } else { "" }
        )
    };
    let sample_len = s.get("sample").and_then(Value::as_array).map_or(0, Vec::len) as u64;
    let law = s.pointer("/runs/histogram/overlay").and_then(Value::as_str).map(|_| {
        let p = s.pointer("/share/expected").and_then(Value::as_f64).unwrap_or(0.0);
        format!("Binomial(n = {}, p = {})", format::int(n), format::number(p, 6))
    });
    let hist_caption = match &law {
        Some(law) => {
            fill(t.charts.histogram_caption, &[("runs", &format::int(runs)), ("law", law)])
        }
        None => fill(t.charts.histogram_caption_plain, &[("runs", &format::int(runs))]),
    };
    let curve_caption = fill(
        t.charts.curve_caption,
        &[
            ("base", &format::percent_value(i.err_stage)),
            ("alpha", &format::percent_value(i.alpha)),
            ("power", &format::percent_value(i.power)),
            ("share", &format::percent(share_for_test)),
        ],
    );
    html! {
        <section class="results" data-run={props.run.to_string()} aria-live="polite">
            <h2 id="share">{ headline }</h2>
            { for props.form.guessed().and_then(|g| guess_text(t, &counts, n, g)).map(|g| html! {
                <p class="guess-result" data-testid="guess-result">{ g }</p>
            }) }
            <p class="facts" data-testid="facts">{ facts(t, s, i, props.ms) }</p>
            { for detail.map(|d| html! { <p class="muted" data-testid="detail">{ d }</p> }) }
            { for clients(t, s).map(|c| html! { <p class="clients">{ c }</p> }) }
            <Chart id="hist-cap" caption={hist_caption} draw={hist} class="histogram">
                <fieldset class="band-pick">
                    <legend>{ t.charts.band_legend }</legend>
                    <div class="range">
                        <NumberField id="band-lo" form={props.form.clone()} on_edit={props.on_edit.clone()} />
                        <NumberField id="band-hi" form={props.form.clone()} on_edit={props.on_edit.clone()} />
                    </div>
                    { for band_line.map(|b| html! { <p class="band-count" data-testid="band-count" aria-live="polite">{ b }</p> }) }
                </fieldset>
            </Chart>
            <Chart id="path-cap" caption={t.charts.path_caption} draw={path} />
            <figure class="chart strip">
                { charts::strip(s, &StripText { id: "strip-cap", request: &strip_request }) }
                <figcaption id="strip-cap">{ fill(t.charts.strip_caption, &[("n", &format::int(sample_len))]) }</figcaption>
            </figure>
            <div class="sides">
                <Side summary={props.summary.clone()} name="stage" />
                <Side summary={props.summary.clone()} name="canary" />
            </div>
            <section class="sample-size" aria-labelledby="ss-h">
                <h2 id="ss-h">{ t.sample_size.heading }</h2>
                { match sample_size(t, s, i) {
                    Some(text) => html! {
                        <>
                            <p data-testid="sample-size">{ text }</p>
                            <Chart id="curve-cap" caption={curve_caption} draw={curve} class="curve" />
                        </>
                    },
                    None => html! { <p>{ t.sample_size.no_answer }</p> },
                } }
            </section>
        </section>
    }
}

/// "12 of 500 runs at or below 3.5 %".
pub fn band_text(t: &Traffic, counts: &[u64], n: u64, lo: f64, hi: f64) -> String {
    let inside = format::int(explore::in_band(counts, n, lo, hi));
    let runs = format::int(counts.len() as u64);
    let (lo_s, hi_s) = (format::percent_value(lo), format::percent_value(hi));
    let args: [(&str, &dyn std::fmt::Display); 4] =
        [("inside", &inside), ("runs", &runs), ("lo", &lo_s), ("hi", &hi_s)];
    let template = if lo <= 0.0 {
        t.charts.band_below
    } else if hi >= 100.0 {
        t.charts.band_above
    } else {
        t.charts.band_between
    };
    fill(template, &args)
}

/// The guessed range against the runs: how many it held, where the middle 95 % fell, a verdict.
pub fn guess_text(t: &Traffic, counts: &[u64], n: u64, (lo, hi): (f64, f64)) -> Option<String> {
    let (inside, verdict) = explore::score(counts, n, (lo, hi))?;
    let (s_lo, s_hi) = explore::middle95(counts, n)?;
    let runs = counts.len() as u64;
    let held = fill(
        t.guess.held,
        &[
            ("lo", &format::percent_value(lo)),
            ("hi", &format::percent_value(hi)),
            ("inside", &format::int(inside)),
            ("runs", &format::int(runs)),
            ("share", &format::share(inside, runs)),
        ],
    );
    let spread = fill(
        t.guess.spread,
        &[
            ("lo", &format::share((s_lo * n as f64).round() as u64, n)),
            ("hi", &format::share((s_hi * n as f64).round() as u64, n)),
        ],
    );
    let verdict = match verdict {
        Verdict::Narrow => t.guess.narrow,
        Verdict::Wide => t.guess.wide,
        Verdict::Good => t.guess.good,
    };
    Some(format!("{held} {spread} {verdict}"))
}

/// The share's configuration, intervals, repeated runs and the time taken.
pub fn facts(t: &Traffic, s: &Value, i: &Inputs, ms: f64) -> String {
    let f = &t.facts;
    let pct = |ptr: &str| format::percent(num(s, ptr));
    // An interval's ends with the digits its width needs (at 10^12 requests it is a millionth of
    // a percent wide).
    let ends = |lo: &str, hi: &str| {
        let (a, b) = (num(s, lo), num(s, hi));
        (format::percent_at(a, (b - a) / 10.0), format::percent_at(b, (b - a) / 10.0))
    };
    let (wlo, whi) = ends("/share/ci95/0", "/share/ci95/1");
    let (elo, ehi) = ends("/share/exact95/0", "/share/exact95/1");
    let mut parts = vec![match s.pointer("/share/configured").and_then(Value::as_f64) {
        Some(c) => fill(f.configured, &[("share", &format::percent(c))]),
        None => f.by_conditions.to_owned(),
    }];
    if let Some(e) = s.pointer("/share/expected").and_then(Value::as_f64) {
        parts.push(fill(f.expected, &[("share", &format::percent(e))]));
    }
    parts.push(fill(f.interval, &[("wlo", &wlo), ("whi", &whi), ("elo", &elo), ("ehi", &ehi)]));
    parts.push(fill(
        f.spread,
        &[
            ("runs", &format::int(num(s, "/runs/count") as u64)),
            ("mean", &pct("/runs/mean")),
            ("sd", &pct("/runs/sd")),
        ],
    ));
    if let Some(c) = s.pointer("/runs/ci95Coverage").and_then(Value::as_f64) {
        parts.push(fill(f.coverage, &[("coverage", &format::percent(c))]));
    }
    if i.mode == "ncp-rate" {
        let stored = crate::ncp::model::float32_decimal(i.percent as f32);
        parts.push(fill(f.float32, &[("stored", &stored)]));
    }
    parts.push(fill(f.timing, &[("ms", &format::number(ms, 2))]));
    parts.join(" ")
}

/// What went request by request and what was drawn, when not every request went one by one.
fn detail(t: &Traffic, s: &Value) -> Option<String> {
    let (done, all) = (num(s, "/detail/requests") as u64, num(s, "/requests") as u64);
    if done >= all {
        return None;
    }
    let parts: Vec<&str> = s
        .pointer("/detail/perRequest")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    let d = &t.detail;
    let first = match (parts.contains(&"cache"), parts.contains(&"throttle")) {
        (true, true) => d.both,
        (true, false) => d.cache,
        (false, true) => d.throttle,
        (false, false) => d.sample,
    };
    let first = fill(first, &[("prefix", &format::int(done))]);
    let pinned = s.pointer("/detail/law").and_then(Value::as_str) == Some("pinned-clients");
    let template = if pinned { d.drawn_pinned } else { d.drawn };
    Some(fill(template, &[("first", &first), ("requests", &format::int(all))]))
}

/// Sticky splits: how clients ended up on the canary.
fn clients(t: &Traffic, s: &Value) -> Option<String> {
    let c = s.get("clients").filter(|v| !v.is_null())?;
    if c.get("ratchet").is_some() {
        let k = num(c, "/requestsPerClient");
        let p = num(s, "/share/configured");
        let chance = 1.0 - libm::pow(1.0 - p, k);
        return Some(fill(
            t.facts.ratchet,
            &[("chance", &format::number(chance, 3)), ("k", &format::whole(k))],
        ));
    }
    Some(fill(
        t.facts.hashed,
        &[
            ("inside", &format::whole(num(c, "/inCanaryBucket"))),
            ("count", &format::whole(num(c, "/count"))),
        ],
    ))
}

/// The requests needed to judge the error rates, or `None` when there is no answer.
pub fn sample_size(t: &Traffic, s: &Value, i: &Inputs) -> Option<String> {
    let ss = s.get("sampleSize").filter(|v| !v.is_null())?;
    let canary = ss.get("canaryRequests").and_then(Value::as_f64)?;
    let (unit, amount) = explore::duration(num(ss, "/seconds"));
    let d = &t.sample_size;
    let unit = match unit {
        Unit::Seconds => d.seconds,
        Unit::Minutes => d.minutes,
        Unit::Hours => d.hours,
        Unit::Days => d.days,
    };
    Some(fill(
        d.answer,
        &[
            ("canary", &format::percent_value(i.err_canary)),
            ("stage", &format::percent_value(i.err_stage)),
            ("alpha", &format::percent_value(i.alpha)),
            ("power", &format::percent_value(i.power)),
            ("canary_requests", &format::whole(canary)),
            ("stage_requests", &format::whole(num(ss, "/stageRequests"))),
            ("total", &format::whole(num(ss, "/totalRequests"))),
            ("duration", &fill(unit, &[("n", &amount)])),
            ("rps", &format::number(i.rps, 6)),
        ],
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::i18n::site::site;
    use crate::traffic::{config, engine::Simulation};
    use crate::web::pages::traffic::inputs::document;

    fn run(i: &Inputs) -> (Value, Vec<u64>) {
        let mut sim = Simulation::new(config::parse(&document(i)).unwrap());
        sim.finish();
        (sim.summary(), sim.counts().to_vec())
    }

    #[test]
    fn the_sentences_read_the_summary_with_numbers_for_people() {
        let t = &site(Lang::En).traffic;
        let i = Inputs { requests: 100_000, runs: 20, ..Inputs::default() };
        let (s, _) = run(&i);
        let facts = facts(t, &s, &i, 1.24);
        assert!(
            facts.starts_with("Configured 5 %. Expected 5 %. 95 % interval for this run: Wilson ")
        );
        assert!(facts.ends_with("Simulated in 1.2 ms."), "{facts}");
        assert!(!facts.contains("0000"), "no float noise: {facts}");
        let needed = sample_size(t, &s, &i).unwrap();
        assert!(needed.starts_with("To tell a canary error rate of 2 % from the stage's 1 %"));
        assert!(needed.contains("the canary needs 1,053 requests and the stage 20,007 meanwhile: 21,060 in all, about 4 min"), "{needed}");
        let equal = Inputs { err_canary: 1.0, ..i.clone() };
        assert_eq!(sample_size(t, &run(&equal).0, &equal), None);
        assert_eq!(clients(t, &s), None);
        assert_eq!(detail(t, &s), None, "100,000 requests go one by one");
    }

    #[test]
    fn the_band_and_the_guess_in_both_languages() {
        let counts = [30, 35, 36, 50, 65, 70];
        let (en, ko) = (&site(Lang::En).traffic, &site(Lang::Ko).traffic);
        assert_eq!(band_text(en, &counts, 1000, 0.0, 3.5), "2 of 6 runs at or below 3.5 %");
        assert_eq!(band_text(en, &counts, 1000, 3.5, 6.5), "4 of 6 runs from 3.5 % to 6.5 %");
        assert_eq!(band_text(ko, &counts, 1000, 0.0, 3.5), "6회 중 2회가 3.5 % 이하");
        let g = guess_text(en, &counts, 1000, (4.0, 6.0)).unwrap();
        assert!(g.starts_with("Your range, 4 % to 6 %, held 1 of 6 runs (17 %)."), "{g}");
        assert!(g.ends_with(t_narrow(en)), "{g}");
    }

    fn t_narrow(t: &Traffic) -> &'static str {
        t.guess.narrow
    }

    #[test]
    fn a_drawn_run_says_what_went_one_by_one() {
        let t = &site(Lang::En).traffic;
        let i = Inputs { requests: 1_000_000_000_000, runs: 5, ttl: 60, ..Inputs::default() };
        let (s, _) = run(&i);
        assert_eq!(
            detail(t, &s).unwrap(),
            "Cache from the first 1,000,000 requests; counts, the share path and the repeated runs are drawn exactly for all 1,000,000,000,000."
        );
        assert_eq!(
            s["detail"]["statement"].as_str().map(|d| format!(
                "{}{}.",
                d[..1].to_uppercase(),
                &d[1..]
            )),
            detail(t, &s),
            "the same words as the engine's statement"
        );
    }
}
