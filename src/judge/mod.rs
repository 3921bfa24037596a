//! Judging a real canary, and planning its ramp (docs/judge.md).
//!
//! - [`input`]: the documents `judge` reads (totals, a series, the AWS CLI's CloudWatch output),
//!   checked like a request: every problem a diagnostic with its JSON Pointer;
//! - [`stats`]: the method: a mixture SPRT on the errors for "roll back", a confidence sequence
//!   for the difference in error rates for "promote", both valid however often one looks; the
//!   naive z-test beside them; Hodges-Lehmann for latency;
//! - [`ramp`]: a schedule of canary steps from the baseline error rate, the request rate, the
//!   tolerance, alpha and power, with each step's calls and an AWS CLI script;
//! - [`sim`]: a canary simulated minute by minute (the traffic engine routes, the errors are
//!   drawn per side), judged after every minute: the proof the tests run, and what the site shows.
//!
//! Pure: no IO, no clock; randomness only in [`sim`], seeded by the caller.

pub mod input;
pub mod ramp;
pub mod sim;
pub mod stats;

use serde::Serialize;
use serde_json::Value;

use crate::i18n::{Lang, Msg, SideTotals};
use crate::report::Report;
use input::{Input, Options};
use stats::{Counts, Sequential, Verdict};

/// Reads a document as `opts` says and judges it: the JSON the CLI prints and npm returns, or
/// the report of why the input cannot be judged.
pub fn judge(doc: &Value, opts: &Options) -> Result<Value, Report> {
    judge_in(doc, opts, Lang::En)
}

/// [`judge`] with the reason, and the report of an input that cannot be judged, in `lang`.
pub fn judge_in(doc: &Value, opts: &Options, lang: Lang) -> Result<Value, Report> {
    let input = input::read(doc, opts).map_err(|r| r.localized(lang))?;
    let mut judgement = judge_input(&input);
    judgement.reason = judgement.said.render(lang);
    if let Some(l) = judgement.latency.as_mut() {
        l.words(lang);
    }
    Ok(crate::doc::to_value(&judgement))
}

/// One side's totals in a judgement.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Side {
    /// Requests.
    pub requests: u64,
    /// Failed requests.
    pub errors: u64,
    /// errors / requests (0 without requests).
    pub error_rate: f64,
}

impl From<Counts> for Side {
    fn from(c: Counts) -> Side {
        Side { requests: c.requests, errors: c.errors, error_rate: c.rate() }
    }
}

/// The difference in error rates, canary minus baseline.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Difference {
    /// The observed difference.
    pub estimate: f64,
    /// The confidence sequence `[lower, upper]` (running intersection over the looks).
    pub confidence_sequence: [f64; 2],
    /// Its confidence, 1 − alpha.
    pub confidence: f64,
}

/// What a waiting judge still needs.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Needed {
    /// The verdict the observed error rates point to.
    pub toward: Verdict,
    /// More canary requests.
    pub canary_requests: u64,
    /// More requests in all, at the canary's latest share.
    pub requests: u64,
    /// Minutes at the latest interval's rate (a series with times only).
    pub minutes: Option<f64>,
}

/// The latency comparison: approximate, and not part of the verdict.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Latency {
    /// How it is computed.
    pub method: String,
    /// Always true: per-minute statistics are not independent samples.
    pub approximate: bool,
    /// Minutes compared on the baseline.
    pub baseline_minutes: usize,
    /// Minutes compared on the canary.
    pub canary_minutes: usize,
    /// The canary's latency minus the baseline's (Hodges-Lehmann), in the input's unit.
    pub shift: f64,
    /// Its interval, `None` when the minutes are too few.
    pub interval: Option<[f64; 2]>,
    /// The interval's nominal confidence.
    pub confidence: f64,
    /// What the numbers do not say.
    pub note: String,
    /// Whether only the latest minutes were compared (the note says so).
    #[serde(skip)]
    pub trimmed: bool,
}

impl Latency {
    /// The method and the note in `lang`.
    fn words(&mut self, lang: Lang) {
        self.method = Msg::LatencyMethod.render(lang);
        self.note = Msg::LatencyNote.render(lang);
        if self.trimmed {
            let latest = Msg::LatencyLatest { minutes: input::MAX_LATENCY_MINUTES };
            self.note.push_str(&latest.render(lang));
        }
    }
}

/// One look in a series: the judge after that interval.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Look {
    /// The interval's time as the input wrote it.
    pub time: Option<Value>,
    /// The verdict after it.
    pub verdict: Verdict,
    /// The always-valid p-value after it.
    pub p_value: f64,
    /// The confidence sequence after it.
    pub confidence_sequence: [f64; 2],
}

/// The judge's answer: the public JSON shape of `canarylab judge` (README, "Judging a canary").
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Judgement {
    /// rollback, wait or promote.
    pub verdict: Verdict,
    /// Why, in a sentence (in English unless [`judge_in`] says otherwise).
    pub reason: String,
    /// The catalogue entry `reason` was written from.
    #[serde(skip)]
    pub said: Msg,
    /// The level.
    pub alpha: f64,
    /// The largest acceptable increase in error rate.
    pub tolerance: f64,
    /// How many intervals were judged (1 for totals).
    pub looks: usize,
    /// The baseline's totals.
    pub baseline: Side,
    /// The canary's totals.
    pub canary: Side,
    /// The difference in error rates and its confidence sequence.
    pub difference: Difference,
    /// The always-valid p-value of "the canary fails no more often than the baseline".
    pub p_value: f64,
    /// The SPRT's mixture likelihood ratio now (rollback when it has reached 1/alpha).
    pub likelihood_ratio: f64,
    /// For wait: what it would take to decide.
    pub needed: Option<Needed>,
    /// The latency comparison, when latency was given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub latency: Option<Latency>,
    /// For a series: the judge after each interval.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<Look>,
}

/// Judges a checked input, one look per point.
pub fn judge_input(input: &Input) -> Judgement {
    let s = input.settings;
    let mut j = Sequential::new(s.alpha, s.tolerance);
    let mut history = Vec::new();
    for p in &input.points {
        j.push(p.baseline, p.canary);
        if input.series {
            history.push(Look {
                time: p.time.clone(),
                verdict: j.verdict(),
                p_value: j.p_value(),
                confidence_sequence: j.interval(),
            });
        }
    }
    let (baseline, canary) = j.totals();
    let verdict = j.verdict();
    let interval = j.interval();
    let needed = (verdict == Verdict::Wait).then(|| j.needed()).flatten().map(|n| Needed {
        toward: n.toward,
        canary_requests: n.canary_requests as u64,
        requests: n.requests as u64,
        minutes: canary_per_minute(input).map(|r| libm::ceil(n.canary_requests / r)),
    });
    let said = reason(&j, verdict);
    Judgement {
        verdict,
        reason: said.to_string(),
        said,
        alpha: s.alpha,
        tolerance: s.tolerance,
        looks: j.looks(),
        baseline: baseline.into(),
        canary: canary.into(),
        difference: Difference {
            estimate: canary.rate() - baseline.rate(),
            confidence_sequence: interval,
            confidence: 1.0 - s.alpha,
        },
        p_value: j.p_value(),
        likelihood_ratio: libm::exp(j.log_lambda().min(690.0)),
        needed,
        latency: input.latency.as_ref().and_then(|(b, c)| latency(b, c, s.alpha)),
        history,
    }
}

/// The canary's requests per minute in the latest interval of a series with times.
fn canary_per_minute(input: &Input) -> Option<f64> {
    let [.., before, last] = input.points.as_slice() else { return None };
    let minutes = (last.seconds? - before.seconds?) / 60.0;
    let rate = last.canary.requests as f64 / minutes;
    (minutes > 0.0 && rate > 0.0).then_some(rate)
}

fn reason(j: &Sequential, verdict: Verdict) -> Msg {
    let (b, c) = j.totals();
    let [_, hi] = j.interval();
    let sides = Box::new(SideTotals {
        canary_errors: c.errors,
        canary_requests: c.requests,
        canary_rate: percent(c.rate()),
        baseline_errors: b.errors,
        baseline_requests: b.requests,
        baseline_rate: percent(b.rate()),
    });
    match verdict {
        Verdict::Rollback => Msg::ReasonRollback {
            p: significant(j.p_value()),
            alpha: significant(alpha_of(j)),
            sides,
        },
        Verdict::Promote => Msg::ReasonPromote {
            above: percent(hi.max(0.0)),
            confidence: percent(1.0 - alpha_of(j)),
            tolerance: percent(tolerance_of(j)),
            sides,
        },
        Verdict::Wait if c.requests == 0 => Msg::ReasonNoRequests,
        Verdict::Wait => Msg::ReasonWait {
            p: significant(j.p_value()),
            alpha: significant(alpha_of(j)),
            above: percent(hi.max(0.0)),
            tolerance: percent(tolerance_of(j)),
            sides,
        },
    }
}

fn alpha_of(j: &Sequential) -> f64 {
    j.settings().0
}

fn tolerance_of(j: &Sequential) -> f64 {
    j.settings().1
}

/// A fraction as a percentage with up to three decimals: `0.512 %`.
pub fn percent(x: f64) -> String {
    let p = libm::round(x * 100_000.0) / 1000.0;
    format!("{p} %")
}

/// A number with four significant digits.
pub fn significant(x: f64) -> String {
    if x == 0.0 || !x.is_finite() {
        return format!("{x}");
    }
    if x.abs() < 1e-4 {
        return format!("{x:.3e}");
    }
    let digits = 3 - libm::floor(libm::log10(x.abs())) as i32;
    let scale = libm::pow(10.0, f64::from(digits));
    format!("{}", libm::round(x * scale) / scale)
}

fn latency(baseline: &[f64], canary: &[f64], alpha: f64) -> Option<Latency> {
    let keep = |v: &[f64]| {
        v.get(v.len().saturating_sub(input::MAX_LATENCY_MINUTES)..).map(<[f64]>::to_vec)
    };
    let (b, c) = (keep(baseline)?, keep(canary)?);
    let shift = stats::hodges_lehmann(&b, &c, alpha)?;
    let mut latency = Latency {
        method: String::new(),
        approximate: true,
        baseline_minutes: b.len(),
        canary_minutes: c.len(),
        shift: shift.estimate,
        interval: shift.interval,
        confidence: 1.0 - alpha,
        note: String::new(),
        trimmed: baseline.len() > b.len() || canary.len() > c.len(),
    };
    latency.words(Lang::En);
    Some(latency)
}
