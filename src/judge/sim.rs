//! A canary simulated minute by minute and judged after every minute: the proof by simulation
//! the tests run (docs/judge.md, "What the simulations show") and what the site's Judge page
//! shows a student.
//!
//! Each minute the traffic engine routes the minute's requests between the stage and the canary
//! (an AWS stage with `canarySettings`, one repeated run per minute: [`crate::traffic::engine`]),
//! then each side's failed requests are drawn as a binomial at that side's error rate. All draws
//! come from one seed, through `crate::traffic::rng`.

use rand::RngExt;
use serde::Serialize;
use serde_json::json;

use super::stats::{Counts, Sequential, Verdict, naive_p_value};
use crate::report::Report;
use crate::traffic::{config, engine, rng, stats};

/// One step of a ramp: the canary's share of requests, for some minutes.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Step {
    /// The canary's share, a fraction of 1 (below 1).
    pub share: f64,
    /// How long the step lasts.
    pub minutes: u32,
}

/// A simulated canary.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Canary {
    /// Requests per minute, both sides together.
    pub requests_per_minute: u64,
    /// The steps, in order.
    pub steps: Vec<Step>,
    /// The stage's error rate.
    pub baseline_error_rate: f64,
    /// The canary's error rate (equal to the baseline's for an A/A canary).
    pub canary_error_rate: f64,
}

/// The simulated counts, one `(baseline, canary)` pair per minute.
pub fn minutes(c: &Canary, seed: u64) -> Result<Vec<(Counts, Counts)>, Report> {
    let mut rng = rng::seeded(seed);
    let seeds: Vec<u64> = c.steps.iter().map(|_| rng.random()).collect();
    let mut out = Vec::new();
    for (step, step_seed) in c.steps.iter().zip(seeds) {
        if step.minutes == 0 {
            continue;
        }
        // One repeated run of the engine per minute: its count is the minute's canary requests.
        let doc = json!({
            "provider": "aws",
            "stage": {"deploymentId": "stage", "stageName": "prod",
                      "canarySettings": {"deploymentId": "canary", "percentTraffic": step.share * 100.0}},
            "workload": {"requests": c.requests_per_minute},
            "runs": step.minutes, "pathPoints": 2, "sampleRequests": 0, "seed": step_seed,
        });
        let mut sim = engine::Simulation::new(config::parse(&doc)?);
        sim.finish();
        for &canary in sim.counts() {
            let base = c.requests_per_minute.saturating_sub(canary);
            let b = Counts {
                requests: base,
                errors: stats::draw_binomial(&mut rng, base, c.baseline_error_rate),
            };
            let k = Counts {
                requests: canary,
                errors: stats::draw_binomial(&mut rng, canary, c.canary_error_rate),
            };
            out.push((b, k));
        }
    }
    Ok(out)
}

/// When each test first decided in one simulated canary (minutes from the start, 1-based).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Trial {
    /// Minutes simulated.
    pub minutes: u32,
    /// The first minute the judge said rollback.
    pub rollback: Option<u32>,
    /// The first minute the judge said promote.
    pub promote: Option<u32>,
    /// The first minute the naive z-test, re-run every minute, rejected at alpha.
    pub naive_alarm: Option<u32>,
    /// Whether the same z-test, run once on the final counts, rejects at alpha.
    pub naive_at_end: bool,
}

impl Trial {
    /// Promoted before any rollback, by minute `by`.
    pub fn promoted_by(&self, by: u32) -> bool {
        self.promote.is_some_and(|p| p <= by && self.rollback.is_none_or(|r| r > p))
    }

    /// Rolled back by minute `by`.
    pub fn rolled_back_by(&self, by: u32) -> bool {
        self.rollback.is_some_and(|r| r <= by)
    }
}

/// Simulates `c` with `seed` and judges after every minute of the whole ramp, without stopping
/// at a verdict.
pub fn trial(c: &Canary, seed: u64, alpha: f64, tolerance: f64) -> Result<Trial, Report> {
    let mut t = Trial::default();
    let mut j = Sequential::new(alpha, tolerance);
    for (i, (b, k)) in minutes(c, seed)?.into_iter().enumerate() {
        let m = u32::try_from(i + 1).unwrap_or(u32::MAX);
        j.push(b, k);
        match j.verdict() {
            Verdict::Rollback => {
                t.rollback.get_or_insert(m);
            }
            Verdict::Promote => {
                t.promote.get_or_insert(m);
            }
            Verdict::Wait => {}
        }
        let (tb, tc) = j.totals();
        if t.naive_alarm.is_none() && naive_p_value(tb, tc) <= alpha {
            t.naive_alarm = Some(m);
        }
        t.minutes = m;
        t.naive_at_end = naive_p_value(tb, tc) <= alpha;
    }
    Ok(t)
}

/// The seed of repeated canary `run` (0, 1, ...) of an experiment seeded with `seed`.
pub fn run_seed(seed: u64, run: u64) -> u64 {
    rng::for_run(seed, run + 1).random()
}

/// Many simulated canaries: how often each test decided, and when.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Tally {
    /// Canaries simulated.
    pub runs: u64,
    /// Judged rollback at some minute.
    pub rollbacks: u64,
    /// Judged promote at some minute, before any rollback.
    pub promotes: u64,
    /// The naive z-test rejected at some minute.
    pub naive_alarms: u64,
    /// The z-test run once, at the end, rejected.
    pub naive_at_end: u64,
}

impl Tally {
    /// Adds one trial.
    pub fn add(&mut self, t: &Trial) {
        self.runs += 1;
        self.rollbacks += u64::from(t.rollback.is_some());
        self.promotes += u64::from(t.promoted_by(t.minutes));
        self.naive_alarms += u64::from(t.naive_alarm.is_some());
        self.naive_at_end += u64::from(t.naive_at_end);
    }
}

/// `runs` canaries like `c`, each judged after every minute (runs `from..from+runs`, so a caller
/// can run them in chunks and add the tallies).
pub fn experiment(
    c: &Canary,
    seed: u64,
    from: u64,
    runs: u64,
    alpha: f64,
    tolerance: f64,
) -> Result<Tally, Report> {
    let mut tally = Tally::default();
    for run in from..from.saturating_add(runs) {
        tally.add(&trial(c, run_seed(seed, run), alpha, tolerance)?);
    }
    Ok(tally)
}

/// One minute of a traced canary, for a chart.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Minute {
    /// 1, 2, ...
    pub minute: u32,
    /// This minute's baseline counts.
    pub baseline: Counts,
    /// This minute's canary counts.
    pub canary: Counts,
    /// The judge's verdict after this minute.
    pub verdict: Verdict,
    /// The always-valid p-value after this minute.
    pub p_value: f64,
    /// The naive z-test's p-value on the counts so far.
    pub naive_p_value: f64,
    /// The confidence sequence for the difference after this minute.
    pub confidence_sequence: [f64; 2],
    /// The observed difference in error rates so far.
    pub estimate: f64,
}

/// One simulated canary, minute by minute, with both tests after each minute.
pub fn trace(c: &Canary, seed: u64, alpha: f64, tolerance: f64) -> Result<Vec<Minute>, Report> {
    let mut j = Sequential::new(alpha, tolerance);
    let mut out = Vec::new();
    for (i, (b, k)) in minutes(c, seed)?.into_iter().enumerate() {
        j.push(b, k);
        let (tb, tc) = j.totals();
        out.push(Minute {
            minute: u32::try_from(i + 1).unwrap_or(u32::MAX),
            baseline: b,
            canary: k,
            verdict: j.verdict(),
            p_value: j.p_value(),
            naive_p_value: naive_p_value(tb, tc),
            confidence_sequence: j.interval(),
            estimate: tc.rate() - tb.rate(),
        });
    }
    Ok(out)
}
