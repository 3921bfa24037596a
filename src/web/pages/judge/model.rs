//! The Judge page's values: the simulated canary the student watches (what the form edits, kept
//! in the URL and localStorage), and the text the "judge your counts" panel reads. The
//! computations are the core's (`judge::sim`, `judge::judge`, `judge::ramp`); this module only
//! turns form values into their inputs.

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use crate::i18n::site::fill;
use crate::judge::input::{Options, Queries, SideQueries, Source};
use crate::judge::sim::{Canary, Minute, Step};

/// The watched canary; serialised into the URL (`#/judge?w=...`) and localStorage. A member that
/// is missing keeps its default, so links keep working.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Watch {
    /// Requests per second, both sides.
    pub rps: f64,
    /// The canary's steps in percent, as typed: `1, 5, 25`.
    pub steps: String,
    /// Minutes per step.
    pub minutes: u32,
    /// The baseline's error rate, percent.
    pub err_base: f64,
    /// The canary's error rate, percent.
    pub err_canary: f64,
    /// The largest acceptable increase, percentage points.
    pub tolerance: f64,
    /// The level, percent.
    pub alpha: f64,
    /// The seed.
    pub seed: u64,
}

impl Default for Watch {
    fn default() -> Self {
        Watch {
            rps: 50.0,
            steps: "1, 5, 25".into(),
            minutes: 11,
            err_base: 0.5,
            err_canary: 0.5,
            tolerance: 0.5,
            alpha: 5.0,
            seed: 1,
        }
    }
}

/// The numeric inputs: (id, step); their labels are the catalogue's (`judge.watch.fields`).
pub const FIELDS: [(&str, &str); 7] = [
    ("rps", "any"),
    ("minutes", "1"),
    ("err-base", "0.01"),
    ("err-canary", "0.01"),
    ("tolerance", "0.01"),
    ("alpha", "0.1"),
    ("seed", "1"),
];

/// The label of the field with this id (`steps` or one of [`FIELDS`]).
pub fn label(fields: &crate::i18n::site::judge::Fields, id: &str) -> &'static str {
    match id {
        "steps" => fields.steps,
        "rps" => fields.rps,
        "minutes" => fields.minutes,
        "err-base" => fields.err_base,
        "err-canary" => fields.err_canary,
        "tolerance" => fields.tolerance,
        "alpha" => fields.alpha,
        _ => fields.seed,
    }
}

/// The most minutes a watched canary runs (every minute is drawn and judged in the page).
pub const MAX_MINUTES: u32 = 600;

impl Watch {
    /// The field with this id (`steps` or one of [`FIELDS`]) as the form shows it.
    pub fn get(&self, id: &str) -> String {
        match id {
            "steps" => self.steps.clone(),
            "rps" => self.rps.to_string(),
            "minutes" => self.minutes.to_string(),
            "err-base" => self.err_base.to_string(),
            "err-canary" => self.err_canary.to_string(),
            "tolerance" => self.tolerance.to_string(),
            "alpha" => self.alpha.to_string(),
            _ => self.seed.to_string(),
        }
    }

    /// Sets a field from typed text; text that is not a number in range keeps the old value.
    pub fn set(&mut self, id: &str, text: &str) {
        if id == "steps" {
            if !shares(text).is_empty() {
                text.clone_into(&mut self.steps);
            }
            return;
        }
        let Some(v) = crate::doc::number(text).filter(|v| *v >= 0.0) else { return };
        let percent = |max: f64| (v > 0.0 && v < max).then_some(v);
        match id {
            "rps" if v > 0.0 && v <= 100_000.0 => self.rps = v,
            "minutes" if v >= 1.0 => {
                self.minutes = (libm::round(v) as u32).min(MAX_MINUTES);
            }
            "err-base" => self.err_base = percent(100.0).unwrap_or(self.err_base).min(99.0),
            "err-canary" => self.err_canary = v.min(100.0),
            "tolerance" => self.tolerance = percent(100.0).unwrap_or(self.tolerance),
            "alpha" => self.alpha = percent(50.0).unwrap_or(self.alpha),
            "seed" => self.seed = libm::round(v) as u64,
            _ => {}
        }
    }

    /// The canary's shares, fractions of 1.
    pub fn shares(&self) -> Vec<f64> {
        shares(&self.steps)
    }

    /// The simulated canary.
    pub fn canary(&self) -> Canary {
        let per_step = self.minutes.min(MAX_MINUTES / (self.shares().len().max(1) as u32)).max(1);
        Canary {
            requests_per_minute: libm::round(self.rps * 60.0).max(1.0) as u64,
            steps: self
                .shares()
                .into_iter()
                .map(|share| Step { share, minutes: per_step })
                .collect(),
            baseline_error_rate: self.err_base / 100.0,
            canary_error_rate: self.err_canary / 100.0,
        }
    }

    /// The level as a fraction.
    pub fn alpha(&self) -> f64 {
        self.alpha / 100.0
    }

    /// The tolerance as a fraction.
    pub fn tolerance(&self) -> f64 {
        self.tolerance / 100.0
    }

    /// The watched canary, judged every minute by both tests.
    pub fn trace(&self) -> Vec<Minute> {
        crate::judge::sim::trace(&self.canary(), self.seed, self.alpha(), self.tolerance())
            .unwrap_or_default()
    }

    /// The ramp document for these values (the planner's inputs).
    pub fn ramp_document(&self, power: f64) -> Value {
        let mut steps: Vec<f64> = self.shares().iter().map(|s| s * 100.0).collect();
        steps.push(100.0);
        json!({"baselineErrorRate": self.err_base / 100.0, "requestsPerSecond": self.rps,
               "tolerance": self.tolerance(), "alpha": self.alpha(), "power": power, "steps": steps})
    }

    /// The URL fragment that opens the page on these values.
    pub fn link(&self) -> String {
        let text = serde_json::to_string(self).unwrap_or_default();
        let encoded = js_sys::encode_uri_component(&text).as_string().unwrap_or_default();
        format!("#/judge?w={encoded}")
    }
}

/// `1, 5, 25` as shares: each a percentage above 0 and below 100, rising; anything else is no
/// steps at all.
pub fn shares(text: &str) -> Vec<f64> {
    let mut out: Vec<f64> = Vec::new();
    for part in text.split([',', ' ', ';']).filter(|p| !p.is_empty()) {
        match crate::doc::number(part) {
            Some(p) if p > 0.0 && p < 100.0 && out.last().is_none_or(|l| p / 100.0 > *l) => {
                out.push(p / 100.0);
            }
            _ => return Vec::new(),
        }
    }
    out
}

/// When each test first decided in a traced canary: `(judge's verdict and minute, z-test's first
/// rejection)`.
pub fn decisions(trace: &[Minute], alpha: f64) -> (Option<(String, u32)>, Option<u32>) {
    let judge = trace
        .iter()
        .find(|m| m.verdict.name() != "wait")
        .map(|m| (m.verdict.name().to_owned(), m.minute));
    let naive = trace.iter().find(|m| m.naive_p_value <= alpha).map(|m| m.minute);
    (judge, naive)
}

/// What the "judge your counts" panel reads.
#[derive(Clone, Debug, PartialEq)]
pub struct Counts {
    /// The document: a judge document, or get-metric-data output.
    pub text: String,
    /// Whether `text` is get-metric-data output.
    pub cloudwatch: bool,
    /// For CloudWatch: the query Ids, `[baseline requests, baseline errors, canary requests,
    /// canary errors]`.
    pub ids: [String; 4],
    /// For CloudWatch: the tolerance, as typed (a fraction).
    pub tolerance: String,
}

impl Default for Counts {
    fn default() -> Self {
        Counts {
            text: include_str!("../../../../examples/judge/series.json").to_owned(),
            cloudwatch: false,
            ids: ["baselineRequests", "baselineErrors", "canaryRequests", "canaryErrors"]
                .map(str::to_owned),
            tolerance: "0.005".into(),
        }
    }
}

impl Counts {
    /// The example get-metric-data output, for the CloudWatch switch.
    pub fn cloudwatch_example() -> String {
        include_str!("../../../../examples/judge/get-metric-data.json").to_owned()
    }

    /// The judgement, or each problem as `pointer: message (hint)` in the language in use
    /// (the core's diagnostics localized, the service's words as they are).
    pub fn judge(&self) -> Result<Value, Vec<String>> {
        let lang = crate::web::i18n::current();
        let t = &crate::i18n::site::site(lang).judge.counts;
        let mut opts = Options::default();
        if self.cloudwatch {
            let [br, be, cr, ce] = self.ids.clone();
            opts.input = Source::Cloudwatch;
            opts.tolerance = crate::doc::number(&self.tolerance);
            if opts.tolerance.is_none() {
                return Err(vec![t.tolerance_problem.to_owned()]);
            }
            let side = |requests, errors| SideQueries { requests, errors, latency: None };
            opts.queries = Some(Queries { baseline: side(br, be), canary: side(cr, ce) });
        }
        crate::doc::with_document(&self.text, |doc| crate::judge::judge_in(doc, &opts, lang))
            .map_err(|r| {
                r.localized(lang)
                    .diagnostics()
                    .iter()
                    .map(|d| {
                        let at = if d.path.is_root() { t.document } else { d.path.as_str() };
                        fill(t.problem, &[("at", &at), ("message", &d.message), ("hint", &d.hint)])
                    })
                    .collect()
            })
    }
}
