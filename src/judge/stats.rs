//! The statistics behind `canarylab judge`, written out in docs/judge.md ("The model" onwards):
//!
//! - [`Sequential`]: the judge itself, fed one interval of counts at a time. It holds the mixture
//!   SPRT for "the canary errs more often than the baseline" (docs/judge.md, "Rolling back: a
//!   mixture SPRT on the errors") and the confidence sequence for the difference in error rates
//!   (docs/judge.md, "Promoting: a confidence sequence"). Both stay valid however often it is
//!   asked: after every minute, or after every request.
//! - [`arm_bounds`]: the beta-binomial mixture confidence sequence for one side's error rate.
//! - [`naive_p_value`]: the fixed-sample pooled z-test, re-run at every look, to show what
//!   peeking does to it (docs/judge.md, "Why not a z-test every minute").
//! - [`hodges_lehmann`]: the latency comparison, approximate (docs/judge.md, "Latency").
//!
//! ln, exp and log1p come from `libm`, so the same counts give the same last bit natively and in
//! wasm.

use serde::{Deserialize, Serialize};

use crate::traffic::stats::{ln_gamma, normal_quantile};

/// Requests and errors on one side, in one interval or in total.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counts {
    /// Requests served.
    pub requests: u64,
    /// Of those, the requests that failed (5XX).
    pub errors: u64,
}

impl Counts {
    /// The observed error rate (0 without requests).
    pub fn rate(self) -> f64 {
        if self.requests == 0 { 0.0 } else { self.errors as f64 / self.requests as f64 }
    }

    /// Both counts added.
    #[must_use]
    pub fn plus(self, other: Counts) -> Counts {
        Counts {
            requests: self.requests.saturating_add(other.requests),
            errors: self.errors.saturating_add(other.errors),
        }
    }
}

/// What the judge concludes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    /// The canary errs more often than the baseline: the SPRT rejected "not worse".
    Rollback,
    /// Not enough evidence either way yet.
    Wait,
    /// The confidence sequence rules out an increase as large as the tolerance.
    Promote,
}

impl Verdict {
    /// `"rollback"`, `"wait"` or `"promote"`.
    pub fn name(self) -> &'static str {
        match self {
            Verdict::Rollback => "rollback",
            Verdict::Wait => "wait",
            Verdict::Promote => "promote",
        }
    }
}

// ---------------------------------------------------------------- the SPRT

/// How many relative risks the SPRT mixes over.
pub const RISKS: usize = 14;

/// The relative risks ρ = p_canary / p_baseline the SPRT's mixture puts equal weight on:
/// √2, 2, 2√2, ... 128 (docs/judge.md, "Rolling back: a mixture SPRT on the errors").
pub fn risks() -> [f64; RISKS] {
    let mut out = [0.0; RISKS];
    let mut r = 1.0;
    for slot in &mut out {
        r *= std::f64::consts::SQRT_2;
        *slot = r;
    }
    out
}

/// The log likelihood ratio one interval adds for relative risk `rho`, given the interval's
/// canary share of requests `w` and its errors: `x1 ln ρ − k ln(1 + w(ρ−1))`, with `k` the errors
/// of both sides and `x1` the canary's (docs/judge.md, the formula (1)).
pub fn log_ratio(rho: f64, w: f64, canary_errors: f64, errors: f64) -> f64 {
    let gain = if canary_errors > 0.0 { canary_errors * libm::log(rho) } else { 0.0 };
    let cost = if errors > 0.0 { errors * libm::log1p(w * (rho - 1.0)) } else { 0.0 };
    gain - cost
}

/// ln Σ exp(v) over `values`, without overflow.
fn log_sum_exp(values: impl Iterator<Item = f64> + Clone) -> f64 {
    let top = values.clone().fold(f64::NEG_INFINITY, f64::max);
    if !top.is_finite() {
        return top;
    }
    top + libm::log(values.map(|v| libm::exp(v - top)).sum::<f64>())
}

// ---------------------------------------------------------------- the confidence sequence

/// The mixture's Beta(1, b) components: b = 1, 10, ... 10^5, equal weights (docs/judge.md,
/// "Promoting: a confidence sequence").
const PRIOR_B: [f64; 6] = [1.0, 10.0, 100.0, 1e3, 1e4, 1e5];

/// ln of the mixture's marginal likelihood ratio numerator: ln Σ_k π_k B(1+x, b_k+n−x)/B(1, b_k).
/// It does not depend on the error rate being tested, so the bounds solve for it once.
fn ln_mixture(x: f64, n: f64) -> f64 {
    let weight = -libm::log(PRIOR_B.len() as f64);
    let ln_gamma_x = ln_gamma(1.0 + x);
    log_sum_exp(PRIOR_B.iter().map(|&b| {
        // ln B(1+x, b+n−x) − ln B(1, b), where B(1, b) = 1/b.
        weight + ln_gamma_x + ln_gamma(b + n - x) - ln_gamma(1.0 + b + n) + libm::log(b)
    }))
}

/// ln of the likelihood of error rate `p` for `x` errors in `n` requests.
fn ln_likelihood(p: f64, x: f64, n: f64) -> f64 {
    let hits = if x > 0.0 { x * libm::log(p) } else { 0.0 };
    let misses = if n - x > 0.0 { (n - x) * libm::log1p(-p) } else { 0.0 };
    hits + misses
}

/// The beta-binomial mixture confidence sequence for one side's error rate after `x` errors in
/// `n` requests: every p whose mixture martingale stays below e^`ln_threshold` (docs/judge.md,
/// the formula (3)). `x` may be fractional (the ramp planner asks about expected counts). No
/// requests: `[0, 1]`.
pub fn arm_bounds(x: f64, n: f64, ln_threshold: f64) -> [f64; 2] {
    if n.is_nan() || n <= 0.0 {
        return [0.0, 1.0];
    }
    let x = x.clamp(0.0, n);
    // p is inside when ln L(p) > ln mixture − threshold; ln L is concave with its top at x/n.
    let floor = ln_mixture(x, n) - ln_threshold;
    let inside = |p: f64| ln_likelihood(p, x, n) > floor;
    let top = x / n;
    let lower = if x <= 0.0 { 0.0 } else { edge(inside, top, 0.0) };
    let upper = if x >= n { 1.0 } else { edge(inside, top, 1.0) };
    [lower, upper]
}

/// Where `inside` stops holding between `from` (inside) and `to` (outside): bisection, 80 halvings.
fn edge(inside: impl Fn(f64) -> bool, from: f64, to: f64) -> f64 {
    let (mut a, mut b) = (from, to);
    for _ in 0..80 {
        let mid = 0.5 * (a + b);
        if mid == a || mid == b {
            break;
        }
        if inside(mid) {
            a = mid;
        } else {
            b = mid;
        }
    }
    a
}

/// The confidence sequence for the difference in error rates p_canary − p_baseline, from each
/// side's [`arm_bounds`] at α/2 (docs/judge.md, the formula (4)).
pub fn difference_bounds(baseline: Counts, canary: Counts, alpha: f64) -> [f64; 2] {
    difference_bounds_of(
        (baseline.errors as f64, baseline.requests as f64),
        (canary.errors as f64, canary.requests as f64),
        alpha,
    )
}

/// [`difference_bounds`] for counts that may be fractional: `(errors, requests)` per side.
pub fn difference_bounds_of(baseline: (f64, f64), canary: (f64, f64), alpha: f64) -> [f64; 2] {
    let t = libm::log(2.0 / alpha);
    let [b_lo, b_hi] = arm_bounds(baseline.0, baseline.1, t);
    let [c_lo, c_hi] = arm_bounds(canary.0, canary.1, t);
    [c_lo - b_hi, c_hi - b_lo]
}

// ---------------------------------------------------------------- the judge

/// The judge: feed it intervals with [`Sequential::push`]; it keeps the SPRT's log likelihood
/// ratios, the running maximum of the mixture (the always-valid p-value is its inverse) and the
/// running intersection of the confidence sequence.
#[derive(Clone, Debug, PartialEq)]
pub struct Sequential {
    alpha: f64,
    tolerance: f64,
    risks: [f64; RISKS],
    /// Σ over intervals of [`log_ratio`], per relative risk.
    log_lr: [f64; RISKS],
    baseline: Counts,
    canary: Counts,
    /// The largest ln Λ so far (0 before any data: Λ starts at 1).
    best: f64,
    /// The running intersection of the confidence sequence for the difference.
    interval: [f64; 2],
    looks: usize,
    /// The canary's share of requests in the latest interval that had requests.
    last_share: Option<f64>,
}

impl Sequential {
    /// A judge at level `alpha` (0 < alpha < 1) with the largest acceptable increase in error
    /// rate `tolerance`.
    pub fn new(alpha: f64, tolerance: f64) -> Self {
        Sequential {
            alpha,
            tolerance,
            risks: risks(),
            log_lr: [0.0; RISKS],
            baseline: Counts::default(),
            canary: Counts::default(),
            best: 0.0,
            interval: [-1.0, 1.0],
            looks: 0,
            last_share: None,
        }
    }

    /// Takes one interval's counts (not cumulative) and looks again.
    pub fn push(&mut self, baseline: Counts, canary: Counts) {
        self.looks += 1;
        let n = baseline.requests.saturating_add(canary.requests);
        if n > 0 {
            let w = canary.requests as f64 / n as f64;
            self.last_share = Some(w);
            let (x1, k) = (canary.errors as f64, (baseline.errors + canary.errors) as f64);
            for (l, &rho) in self.log_lr.iter_mut().zip(&self.risks) {
                *l += log_ratio(rho, w, x1, k);
            }
        }
        self.baseline = self.baseline.plus(baseline);
        self.canary = self.canary.plus(canary);
        self.best = self.best.max(self.log_lambda());
        let [lo, hi] = difference_bounds(self.baseline, self.canary, self.alpha);
        self.interval = [self.interval[0].max(lo), self.interval[1].min(hi)];
    }

    /// ln Λ now: the mixture over [`risks`] of the likelihood ratios, equal weights.
    pub fn log_lambda(&self) -> f64 {
        let w = -libm::log(RISKS as f64);
        log_sum_exp(self.log_lr.iter().map(|l| l + w))
    }

    /// The always-valid p-value: 1 / the largest Λ so far, at most 1.
    pub fn p_value(&self) -> f64 {
        libm::exp(-self.best).min(1.0)
    }

    /// The confidence sequence for p_canary − p_baseline (the running intersection).
    pub fn interval(&self) -> [f64; 2] {
        self.interval
    }

    /// `(alpha, tolerance)`.
    pub fn settings(&self) -> (f64, f64) {
        (self.alpha, self.tolerance)
    }

    /// Cumulative counts.
    pub fn totals(&self) -> (Counts, Counts) {
        (self.baseline, self.canary)
    }

    /// How many intervals were pushed.
    pub fn looks(&self) -> usize {
        self.looks
    }

    /// The canary's share of requests in the latest interval with requests.
    pub fn last_share(&self) -> Option<f64> {
        self.last_share
    }

    /// Rollback once the SPRT has crossed 1/α (it stays crossed); else promote once the upper
    /// end of the confidence sequence is below the tolerance; else wait.
    pub fn verdict(&self) -> Verdict {
        if self.best >= libm::log(1.0 / self.alpha) {
            Verdict::Rollback
        } else if self.interval[1] < self.tolerance {
            Verdict::Promote
        } else {
            Verdict::Wait
        }
    }

    /// For a judge that waits: how many more canary requests it would take to decide if both
    /// sides kept their observed error rates and the canary its latest share (docs/judge.md,
    /// section What "wait" says). `None` without canary requests, or when no amount would decide.
    pub fn needed(&self) -> Option<Needed> {
        let w = self.last_share.filter(|w| *w > 0.0 && *w < 1.0)?;
        if self.canary.requests == 0 {
            return None;
        }
        let (p0, p1) = (self.baseline.rate(), self.canary.rate());
        let ratio = (1.0 - w) / w;
        let threshold = libm::log(1.0 / self.alpha);
        let rollback_after = |m: f64| {
            let (x1, x0) = (m * p1, m * ratio * p0);
            let lw = -libm::log(RISKS as f64);
            let ln = log_sum_exp(
                self.log_lr
                    .iter()
                    .zip(&self.risks)
                    .map(|(l, &rho)| l + log_ratio(rho, w, x1, x1 + x0) + lw),
            );
            ln >= threshold
        };
        let promote_after = |m: f64| {
            let b = self.baseline;
            let c = self.canary;
            let [_, hi] = difference_bounds_of(
                (b.errors as f64 + m * ratio * p0, b.requests as f64 + m * ratio),
                (c.errors as f64 + m * p1, c.requests as f64 + m),
                self.alpha,
            );
            hi.min(self.interval[1]) < self.tolerance
        };
        let candidates = [
            (Verdict::Promote, first_true(promote_after)),
            (Verdict::Rollback, first_true(rollback_after)),
        ];
        let (toward, m) = candidates
            .into_iter()
            .filter_map(|(v, m)| m.map(|m| (v, m)))
            .min_by(|a, b| a.1.total_cmp(&b.1))?;
        Some(Needed { toward, canary_requests: m, requests: libm::ceil(m / w) })
    }
}

/// What a waiting judge still needs (see [`Sequential::needed`]).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Needed {
    /// The verdict those requests would most likely bring.
    pub toward: Verdict,
    /// More canary requests.
    pub canary_requests: f64,
    /// More requests in all, at the canary's latest share.
    pub requests: f64,
}

/// The most requests [`Sequential::needed`] looks ahead.
const HORIZON: f64 = 1e13;

/// The least whole `m` ≥ 1 where `f` turns true, assuming it stays true once it does: doubling,
/// then bisection. `None` if it is still false at [`HORIZON`].
fn first_true(f: impl Fn(f64) -> bool) -> Option<f64> {
    let mut hi = 1.0;
    while !f(hi) {
        hi *= 2.0;
        if hi > HORIZON {
            return None;
        }
    }
    let mut lo = hi / 2.0;
    if hi <= 1.0 {
        return Some(1.0);
    }
    while hi - lo > 1.0 {
        let mid = libm::floor(0.5 * (lo + hi));
        if f(mid) {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    Some(hi)
}

// ---------------------------------------------------------------- the naive test

/// Φ(z), the standard normal CDF.
pub fn normal_cdf(z: f64) -> f64 {
    0.5 * libm::erfc(-z / std::f64::consts::SQRT_2)
}

/// The one-sided pooled two-proportion z-test's p-value for "the canary errs more often": what a
/// fixed-sample test says when it is run on the counts so far (docs/judge.md, "Why not a z-test
/// every minute"). 1 when either side has no requests or nothing failed.
pub fn naive_p_value(baseline: Counts, canary: Counts) -> f64 {
    let (n0, n1) = (baseline.requests as f64, canary.requests as f64);
    if n0 == 0.0 || n1 == 0.0 {
        return 1.0;
    }
    let pooled = (baseline.errors + canary.errors) as f64 / (n0 + n1);
    if pooled <= 0.0 || pooled >= 1.0 {
        return 1.0;
    }
    let se = (pooled * (1.0 - pooled) * (1.0 / n0 + 1.0 / n1)).sqrt();
    let z = (canary.rate() - baseline.rate()) / se;
    1.0 - normal_cdf(z)
}

// ---------------------------------------------------------------- latency

/// The Hodges-Lehmann comparison of two samples of per-minute latency statistics.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Shift {
    /// The median of every canary − baseline difference.
    pub estimate: f64,
    /// Its interval from the Mann-Whitney distribution (normal approximation); `None` when the
    /// samples are too small to reach the confidence asked.
    pub interval: Option<[f64; 2]>,
}

/// The Hodges-Lehmann shift of `canary` over `baseline` and its `1 − alpha` interval: the
/// median of the pairwise differences, and the order statistics of those differences at the
/// Mann-Whitney critical values (docs/judge.md, "Latency"). `None` for an empty sample.
pub fn hodges_lehmann(baseline: &[f64], canary: &[f64], alpha: f64) -> Option<Shift> {
    let (m, n) = (baseline.len(), canary.len());
    if m == 0 || n == 0 {
        return None;
    }
    let mut d: Vec<f64> = canary.iter().flat_map(|c| baseline.iter().map(move |b| c - b)).collect();
    d.sort_unstable_by(f64::total_cmp);
    let total = d.len();
    let estimate = if total % 2 == 1 {
        *d.get(total / 2)?
    } else {
        0.5 * (d.get(total / 2 - 1)? + d.get(total / 2)?)
    };
    let (mf, nf) = (m as f64, n as f64);
    let z = normal_quantile(1.0 - alpha / 2.0);
    let c = libm::floor(mf * nf / 2.0 - z * (mf * nf * (mf + nf + 1.0) / 12.0).sqrt());
    let interval = if c >= 0.0 {
        let c = c as usize;
        // The (c+1)-th smallest and the (c+1)-th largest differences (1-based).
        Some([*d.get(c)?, *d.get(total - 1 - c)?])
    } else {
        None
    };
    Some(Shift { estimate, interval })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(requests: u64, errors: u64) -> Counts {
        Counts { requests, errors }
    }

    #[test]
    fn the_log_ratio_is_the_binomial_likelihood_ratio_of_the_error_sides() {
        // 3 errors, 1 on the canary, canary share 1/4, ρ = 2: q(ρ) = 2/5.
        let direct = libm::log(0.4 / 0.25) + 2.0 * libm::log(0.6 / 0.75);
        assert!((log_ratio(2.0, 0.25, 1.0, 3.0) - direct).abs() < 1e-15);
        assert_eq!(log_ratio(2.0, 0.25, 0.0, 0.0), 0.0);
    }

    #[test]
    fn risks_double_every_two_steps() {
        let r = risks();
        assert!((r[1] - 2.0).abs() < 1e-15 && (r[13] - 128.0).abs() < 1e-12);
    }

    #[test]
    fn no_data_waits_and_no_canary_requests_need_nothing_computable() {
        let mut j = Sequential::new(0.05, 0.01);
        assert_eq!(j.verdict(), Verdict::Wait);
        assert_eq!(j.p_value(), 1.0);
        j.push(counts(1000, 3), counts(0, 0));
        assert_eq!(j.verdict(), Verdict::Wait);
        assert_eq!(j.needed(), None);
        assert_eq!(j.p_value(), 1.0, "errors on the baseline alone are no evidence against it");
    }

    #[test]
    fn a_clear_regression_rolls_back_and_a_clean_canary_promotes() {
        let mut bad = Sequential::new(0.05, 0.01);
        bad.push(counts(9_000, 9), counts(1_000, 30));
        assert_eq!(bad.verdict(), Verdict::Rollback);
        assert!(bad.p_value() < 0.05);
        let mut good = Sequential::new(0.05, 0.01);
        good.push(counts(90_000, 90), counts(10_000, 9));
        assert_eq!(good.verdict(), Verdict::Promote, "{:?}", good.interval());
    }

    #[test]
    fn arm_bounds_hold_the_estimate_and_shrink_with_data() {
        let t = libm::log(40.0);
        let [lo, hi] = arm_bounds(5.0, 1_000.0, t);
        assert!(lo < 0.005 && 0.005 < hi, "{lo} {hi}");
        let [lo2, hi2] = arm_bounds(50.0, 10_000.0, t);
        assert!(lo < lo2 && hi2 < hi);
        assert_eq!(arm_bounds(0.0, 0.0, t), [0.0, 1.0]);
        let [z, hz] = arm_bounds(0.0, 1_000.0, t);
        assert_eq!(z, 0.0);
        assert!(hz > 0.0 && hz < 0.02);
        assert_eq!(arm_bounds(10.0, 10.0, t)[1], 1.0);
    }

    #[test]
    fn the_naive_test_matches_the_pooled_z() {
        // 10/1000 against 20/1000: pooled 0.015, z = 0.01 / √(0.015·0.985·0.002) = 1.83959.
        let p = naive_p_value(counts(1000, 10), counts(1000, 20));
        assert!((p - 0.032_916).abs() < 2e-6, "{p}");
        assert_eq!(naive_p_value(counts(0, 0), counts(10, 1)), 1.0);
    }

    #[test]
    fn hodges_lehmann_finds_a_shift() {
        let base: Vec<f64> = (0..30).map(|i| 100.0 + f64::from(i % 7)).collect();
        let canary: Vec<f64> = base.iter().map(|b| b + 10.0).collect();
        let s = hodges_lehmann(&base, &canary, 0.05).unwrap_or_else(|| unreachable!());
        assert_eq!(s.estimate, 10.0);
        let [lo, hi] = s.interval.unwrap_or_default();
        assert!(lo <= 10.0 && 10.0 <= hi && lo > 5.0, "{lo} {hi}");
        assert_eq!(hodges_lehmann(&[1.0], &[2.0], 0.05).map(|s| s.interval), Some(None));
        assert_eq!(hodges_lehmann(&[], &[2.0], 0.05), None);
    }

    #[test]
    fn needed_points_the_right_way() {
        let mut clean = Sequential::new(0.05, 0.005);
        clean.push(counts(99_000, 495), counts(1_000, 5));
        assert_eq!(clean.verdict(), Verdict::Wait);
        let n = clean.needed().unwrap_or_else(|| unreachable!());
        assert_eq!(n.toward, Verdict::Promote);
        assert!(n.canary_requests > 1_000.0 && n.requests > 50.0 * n.canary_requests);
        let mut worse = Sequential::new(0.05, 0.005);
        worse.push(counts(99_000, 495), counts(1_000, 12));
        assert_eq!(worse.verdict(), Verdict::Wait);
        assert_eq!(worse.needed().map(|n| n.toward), Some(Verdict::Rollback));
    }
}
