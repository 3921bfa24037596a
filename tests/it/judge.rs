//! `canarylab judge` and `canarylab ramp` (docs/judge.md). The method's promises are checked by
//! simulation, with fixed seeds: A/A canaries judged after every minute of a whole ramp roll back
//! in at most alpha of the runs (and the naive z-test re-run every minute, beside it, far more
//! often); a regression of the planned size is rolled back with the planned power within the
//! planned time; an A/A canary is promoted within the planned time in most runs. Where the
//! arithmetic is exact, the values are. Every kind of bad input is refused with its pointer and
//! exit 2, a plan's calls run on the simulated gateways, and its script runs against a stand-in
//! AWS CLI.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::{Value, json};

use canarylab::judge::input::{Options, Queries, SideQueries, Source};
use canarylab::judge::stats::{self, Counts, Sequential};
use canarylab::judge::{judge, ramp, sim};

fn counts(requests: u64, errors: u64) -> Counts {
    Counts { requests, errors }
}

fn doc_opts() -> Options {
    Options::default()
}

/// The judgement of a document, or the report's `(code, pointer)` pairs.
fn judged(doc: &Value) -> Result<Value, Vec<(String, String)>> {
    judge(doc, &doc_opts()).map_err(|r| {
        r.diagnostics().iter().map(|d| (d.code.name().to_owned(), d.path.to_string())).collect()
    })
}

fn plan_of(doc: Value) -> (ramp::Ramp, ramp::Plan) {
    let r = ramp::parse(&doc).unwrap_or_else(|rep| panic!("{}", rep.to_text()));
    let p = ramp::plan(&r).unwrap();
    (r, p)
}

fn default_plan() -> (ramp::Ramp, ramp::Plan) {
    plan_of(json!({"baselineErrorRate": 0.005, "requestsPerSecond": 50, "tolerance": 0.005}))
}

// ---------------------------------------------------------------- proof by simulation

/// 2,000 A/A ramps (both sides at 0.5 %), judged after every minute of all three steps: the judge
/// rolls back at most alpha of them; the pooled z-test at the same level, re-run every minute,
/// rejects many times more (run once at the end it keeps roughly its level). And the judge
/// promotes most of them within the planned time.
#[test]
fn a_a_canaries_judged_every_minute_roll_back_at_most_alpha() {
    let (r, plan) = default_plan();
    assert_eq!(plan.minutes_per_step, 11);
    let canary = ramp::canary(&r, &plan, r.baseline_error_rate);
    let runs = 2_000;
    let mut tally = sim::Tally::default();
    let mut promoted_in_time = 0;
    for run in 0..runs {
        let t = sim::trial(&canary, sim::run_seed(1, run), r.alpha, r.tolerance).unwrap();
        assert_eq!(t.minutes, plan.minutes);
        promoted_in_time += u64::from(t.promoted_by(plan.minutes));
        tally.add(&t);
    }
    let rate = |n: u64| n as f64 / runs as f64;
    eprintln!(
        "A/A, {runs} ramps: judge rolled back {:.2} %, z-test every minute {:.2} %, z-test at the end {:.2} %, promoted in time {:.2} %",
        100.0 * rate(tally.rollbacks),
        100.0 * rate(tally.naive_alarms),
        100.0 * rate(tally.naive_at_end),
        100.0 * rate(promoted_in_time)
    );
    assert!(rate(tally.rollbacks) <= r.alpha, "{tally:?}");
    assert!(rate(tally.naive_alarms) >= 5.0 * r.alpha, "the naive test inflates: {tally:?}");
    assert!(rate(tally.naive_at_end) <= 2.0 * r.alpha, "once, it keeps about its level: {tally:?}");
    assert!(rate(promoted_in_time) >= r.power, "{promoted_in_time} of {runs}");
    assert!(rate(promoted_in_time) >= plan.expected.promote - 0.03, "{:?}", plan.expected);
}

/// 1,000 ramps whose canary is worse by exactly the tolerance (0.5 % → 1.0 %): rolled back by
/// the end of the plan with at least the planned power; promoted (wrongly) in at most alpha.
#[test]
fn a_regression_of_the_planned_size_is_caught_with_the_planned_power() {
    let (r, plan) = default_plan();
    let canary = ramp::canary(&r, &plan, r.baseline_error_rate + r.tolerance);
    let runs = 1_000;
    let (mut caught, mut promoted) = (0, 0);
    let mut minutes = Vec::new();
    for run in 0..runs {
        let t = sim::trial(&canary, sim::run_seed(2, run), r.alpha, r.tolerance).unwrap();
        caught += u64::from(t.rolled_back_by(plan.minutes));
        promoted += u64::from(t.promote.is_some_and(|p| t.rollback.is_none_or(|b| b > p)));
        minutes.extend(t.rollback);
    }
    minutes.sort_unstable();
    let median = minutes.get(minutes.len() / 2).copied().unwrap_or(0);
    eprintln!(
        "worse by the tolerance, {runs} ramps: rolled back in time {:.1} % (median minute {median} of {}), promoted {:.1} %",
        100.0 * caught as f64 / runs as f64,
        plan.minutes,
        100.0 * promoted as f64 / runs as f64
    );
    assert!(caught as f64 / runs as f64 >= r.power, "{caught} of {runs}");
    assert!(caught as f64 / runs as f64 >= plan.expected.rollback - 0.03, "{:?}", plan.expected);
    assert!(promoted as f64 / runs as f64 <= r.alpha, "{promoted}");
}

/// Two more plans, 500 ramps per case: a rarer error at a higher rate, and a high error rate
/// with two steps. The same three promises hold.
#[test]
fn other_plans_keep_the_promises() {
    for (doc, seed) in [
        (json!({"baselineErrorRate": 0.001, "requestsPerSecond": 200, "tolerance": 0.002}), 3),
        (
            json!({"baselineErrorRate": 0.02, "requestsPerSecond": 20, "tolerance": 0.01,
                   "steps": [10, 50, 100]}),
            4,
        ),
    ] {
        let (r, plan) = plan_of(doc);
        let same = ramp::canary(&r, &plan, r.baseline_error_rate);
        let worse = ramp::canary(&r, &plan, r.baseline_error_rate + r.tolerance);
        let runs = 500;
        let aa = sim::experiment(&same, seed, 0, runs, r.alpha, r.tolerance).unwrap();
        let bad = sim::experiment(&worse, seed + 100, 0, runs, r.alpha, r.tolerance).unwrap();
        eprintln!("{} min a step: A/A {aa:?}; worse {bad:?}", plan.minutes_per_step);
        let rate = |n: u64| n as f64 / runs as f64;
        assert!(rate(aa.rollbacks) <= r.alpha, "{aa:?}");
        assert!(rate(aa.naive_alarms) >= 3.0 * r.alpha, "{aa:?}");
        assert!(rate(aa.promotes) >= r.power, "{aa:?}");
        assert!(rate(bad.rollbacks) >= r.power, "{bad:?}");
    }
}

/// A baseline that never fails: the plan still decides (every canary error is evidence).
#[test]
fn a_perfect_baseline_plans_and_decides() {
    let (r, plan) =
        plan_of(json!({"baselineErrorRate": 0, "requestsPerSecond": 100, "tolerance": 0.002}));
    let runs = 300;
    let aa =
        sim::experiment(&ramp::canary(&r, &plan, 0.0), 5, 0, runs, r.alpha, r.tolerance).unwrap();
    let bad =
        sim::experiment(&ramp::canary(&r, &plan, 0.002), 6, 0, runs, r.alpha, r.tolerance).unwrap();
    assert_eq!(aa.rollbacks, 0, "no errors at all can never roll back");
    assert_eq!(aa.promotes, runs);
    assert!(bad.rollbacks as f64 / runs as f64 >= r.power, "{bad:?}");
}

/// The simulation routes with the traffic engine: each minute's canary share is the step's,
/// within binomial noise, and the same seed gives the same minutes.
#[test]
fn the_simulated_minutes_follow_the_steps() {
    let c = sim::Canary {
        requests_per_minute: 6_000,
        steps: vec![sim::Step { share: 0.01, minutes: 30 }, sim::Step { share: 0.25, minutes: 30 }],
        baseline_error_rate: 0.01,
        canary_error_rate: 0.01,
    };
    let m = sim::minutes(&c, 9).unwrap();
    assert_eq!(m, sim::minutes(&c, 9).unwrap());
    assert_ne!(m, sim::minutes(&c, 10).unwrap());
    assert_eq!(m.len(), 60);
    let share = |part: &[(Counts, Counts)]| {
        let c: u64 = part.iter().map(|(_, k)| k.requests).sum();
        c as f64 / (part.len() as f64 * 6_000.0)
    };
    assert!((share(&m[..30]) - 0.01).abs() < 0.002, "{}", share(&m[..30]));
    assert!((share(&m[30..]) - 0.25).abs() < 0.01, "{}", share(&m[30..]));
    assert!(m.iter().all(|(b, k)| b.requests + k.requests == 6_000));
    let errors: u64 = m.iter().map(|(b, k)| b.errors + k.errors).sum();
    assert!((errors as f64 - 3_600.0).abs() < 4.0 * 60.0, "{errors}");
}

// ---------------------------------------------------------------- exact values

/// Each side's confidence sequence, against the same formula evaluated independently (Python's
/// `math.lgamma`, bisection to the last bit) for α = 0.05 (threshold ln 40): equal to nine
/// digits (the two ln Γ differ in the last bits of numbers in the thousands).
#[test]
fn arm_bounds_match_an_independent_evaluation() {
    let t = (40.0_f64).ln();
    for (x, n, lo, hi) in [
        (5.0, 1_000.0, 0.000_596_707_382_530_109_1, 0.017_389_658_732_163_315),
        (0.0, 1_000.0, 0.0, 0.004_553_549_683_260_471),
        (50.0, 10_000.0, 0.002_745_820_115_606_513, 0.008_234_159_719_989_578),
        (600.0, 120_000.0, 0.004_197_767_846_045_411_5, 0.005_897_918_796_469_153),
    ] {
        let [l, h] = stats::arm_bounds(x, n, t);
        assert!((l - lo).abs() <= 1e-9 * lo.max(1e-3), "{x}/{n}: {l} vs {lo}");
        assert!((h - hi).abs() <= 1e-9 * hi, "{x}/{n}: {h} vs {hi}");
    }
}

/// The closed form of the mixture martingale, against numerical integration over the prior: at
/// the upper end of a side's interval, the mixture's likelihood ratio is 2/α.
#[test]
fn the_mixture_closed_form_is_the_integral() {
    let (x, n) = (5.0_f64, 1_000.0_f64);
    let t = (40.0_f64).ln();
    let [_, hi] = stats::arm_bounds(x, n, t);
    // ∫ (r/p)^x ((1−r)/(1−p))^(n−x) π(r) dr with π the equal mixture of Beta(1, b):
    // b (1−r)^(b−1). Simpson's rule on a fine grid in r.
    let steps = 2_000_000;
    let h = 1.0 / steps as f64;
    let mut sum = 0.0;
    for i in 0..=steps {
        let r = i as f64 * h;
        let w = if i == 0 || i == steps {
            1.0
        } else if i % 2 == 1 {
            4.0
        } else {
            2.0
        };
        let prior: f64 = [1.0, 10.0, 100.0, 1e3, 1e4, 1e5]
            .iter()
            .map(
                |&b: &f64| {
                    if r >= 1.0 { 0.0 } else { b * ((b - 1.0) * (1.0 - r).ln()).exp() / 6.0 }
                },
            )
            .sum();
        let lr = if r <= 0.0 || r >= 1.0 {
            0.0
        } else {
            (x * (r / hi).ln() + (n - x) * ((1.0 - r) / (1.0 - hi)).ln()).exp()
        };
        sum += w * lr * prior;
    }
    let m = sum * h / 3.0;
    assert!((m - 40.0).abs() < 0.05, "{m}");
}

/// The SPRT's statistic by hand for one interval: 3 errors, 1 on a canary with a quarter of the
/// requests; each alternative's likelihood ratio is `q^1 (1−q)^2 / (w^1 (1−w)^2)`.
#[test]
fn the_mixture_likelihood_ratio_by_hand() {
    let mut j = Sequential::new(0.05, 0.01);
    j.push(counts(300, 2), counts(100, 1));
    let w = 0.25;
    let lambda: f64 = stats::risks()
        .iter()
        .map(|&rho| {
            let q = w * rho / (1.0 + w * (rho - 1.0));
            q * (1.0 - q).powi(2) / (w * (1.0 - w) * (1.0 - w)) / 14.0
        })
        .sum();
    assert!((j.log_lambda() - lambda.ln()).abs() < 1e-12);
    assert_eq!(j.p_value(), 1.0, "Λ = {lambda} < 1: no evidence against the canary");
}

/// A series and the same counts given as totals agree when the share is constant (the SPRT's
/// statistic is a product over the errors), and a series is judged look by look.
#[test]
fn totals_and_series_agree_for_a_constant_share() {
    let minutes: Vec<(u64, u64, u64, u64)> =
        (0..20).map(|i| (990, 4 + i % 3, 10, u64::from(i % 7 == 0))).collect();
    let series: Vec<Value> = minutes
        .iter()
        .enumerate()
        .map(|(i, (n0, x0, n1, x1))| {
            json!({"time": 60 * i, "baseline": {"requests": n0, "errors": x0},
                   "canary": {"requests": n1, "errors": x1}})
        })
        .collect();
    let s = judged(&json!({"tolerance": 0.01, "series": series})).unwrap();
    let sum = |f: fn(&(u64, u64, u64, u64)) -> u64| minutes.iter().map(f).sum::<u64>();
    let t = judged(&json!({"tolerance": 0.01,
        "baseline": {"requests": sum(|m| m.0), "errors": sum(|m| m.1)},
        "canary": {"requests": sum(|m| m.2), "errors": sum(|m| m.3)}}))
    .unwrap();
    let (ls, lt) = (s["likelihoodRatio"].as_f64().unwrap(), t["likelihoodRatio"].as_f64().unwrap());
    assert!((ls - lt).abs() <= 1e-12 * lt, "{ls} {lt}");
    assert_eq!(s["history"].as_array().unwrap().len(), 20);
    assert_eq!(s["looks"], 20);
    assert!(t.get("history").is_none());
    // The running intersection: the series' interval is inside the totals' one.
    let (si, ti) = (&s["difference"]["confidenceSequence"], &t["difference"]["confidenceSequence"]);
    assert!(si[0].as_f64() >= ti[0].as_f64() && si[1].as_f64() <= ti[1].as_f64());
}

/// Hodges-Lehmann on a small sample, by hand: the nine differences of {4,5,6} − {1,2,3} are
/// 1, 2, 2, 3, 3, 3, 4, 4, 5; their median is 3, and with m = n = 3 the Mann-Whitney critical
/// value C = ⌊4.5 − 1.96·√(63/12)⌋ = 0 gives the whole range [1, 5].
#[test]
fn hodges_lehmann_by_hand() {
    let s = stats::hodges_lehmann(&[1.0, 2.0, 3.0], &[4.0, 5.0, 6.0], 0.05).unwrap();
    assert_eq!(s.estimate, 3.0);
    assert_eq!(s.interval, Some([1.0, 5.0]));
    let doc = json!({"tolerance": 0.01,
        "baseline": {"requests": 1000, "errors": 5, "latency": [1.0, 2.0, 3.0]},
        "canary": {"requests": 100, "errors": 0, "latency": [4.0, 5.0, 6.0]}});
    let j = judged(&doc).unwrap();
    assert_eq!(j["latency"]["shift"], 3.0);
    assert_eq!(j["latency"]["approximate"], true);
    assert_eq!(j["latency"]["interval"], json!([1.0, 5.0]));
}

/// The naive z-test's p-value, by hand: 10/1000 against 20/1000, pooled 0.015,
/// z = 0.01 / √(0.015 · 0.985 · 0.002) = 1.83959, one-sided p = 0.032916.
#[test]
fn the_naive_p_value_by_hand() {
    let p = stats::naive_p_value(counts(1000, 10), counts(1000, 20));
    assert!((p - 0.032_916).abs() < 2e-6, "{p}");
}

/// What each verdict looks like in the JSON.
#[test]
fn verdicts_and_their_reasons() {
    let rollback = judged(&json!({"tolerance": 0.005,
        "baseline": {"requests": 99_000, "errors": 99}, "canary": {"requests": 1_000, "errors": 12}}))
    .unwrap();
    assert_eq!(rollback["verdict"], "rollback");
    assert!(rollback["pValue"].as_f64().unwrap() <= 0.05);
    assert!(rollback["reason"].as_str().unwrap().starts_with("the canary fails more often"));
    assert_eq!(rollback["needed"], Value::Null);
    let promote = judged(&json!({"tolerance": 0.005,
        "baseline": {"requests": 180_000, "errors": 900}, "canary": {"requests": 20_000, "errors": 95}}))
    .unwrap();
    assert_eq!(promote["verdict"], "promote", "{promote}");
    assert!(promote["difference"]["confidenceSequence"][1].as_f64().unwrap() < 0.005);
    assert_eq!(promote["difference"]["confidence"], 0.95);
}

// ---------------------------------------------------------------- what the usual tools get wrong
// (docs/judge.md, "Why not what the usual tools do")

/// One flaky minute (two failed canary requests of thirty, at a 1 % share, in the first minute),
/// then ten clean ones: the z-test rejects after the first minute, and a test re-run every
/// minute has then cried wolf; the judge never says rollback.
#[test]
fn a_flaky_minute_does_not_roll_back() {
    let mut series = vec![json!({"time": 0, "baseline": {"requests": 2970, "errors": 15},
                                 "canary": {"requests": 30, "errors": 2}})];
    series.extend((1..=10).map(|i| {
        json!({"time": 60 * i, "baseline": {"requests": 2970, "errors": 15}, "canary": {"requests": 30, "errors": 0}})
    }));
    let j = judged(&json!({"tolerance": 0.01, "series": series})).unwrap();
    let verdicts: Vec<&Value> =
        j["history"].as_array().unwrap().iter().map(|l| &l["verdict"]).collect();
    assert!(verdicts.iter().all(|v| *v == "wait"), "{verdicts:?}");
    let p = stats::naive_p_value(counts(2970, 15), counts(30, 2));
    assert!(p < 0.05, "the z-test cries wolf: {p}");
}

/// A canary that has served nothing is no reason to roll back: wait, and say why.
#[test]
fn no_traffic_waits() {
    let j = judged(&json!({"tolerance": 0.005,
        "baseline": {"requests": 50_000, "errors": 250}, "canary": {"requests": 0, "errors": 0}}))
    .unwrap();
    assert_eq!(j["verdict"], "wait");
    assert_eq!(j["reason"], "the canary has served no requests yet: no evidence either way");
    assert_eq!(j["needed"], Value::Null);
}

/// Sparse zeros are not a pass: 200 clean canary requests against a 0.5 %
/// baseline cannot rule out a 0.5-point increase; the judge waits, and says how much more it
/// would need if the canary kept failing as it has (not at all): more canary requests, and the
/// minutes at the latest minute's 20.
#[test]
fn sparse_zeros_do_not_promote() {
    let series: Vec<Value> = (0..10)
        .map(|i| json!({"time": format!("2026-01-01T00:{i:02}:00Z"),
                        "baseline": {"requests": 1980, "errors": 10}, "canary": {"requests": 20, "errors": 0}}))
        .collect();
    let j = judged(&json!({"tolerance": 0.005, "series": series})).unwrap();
    assert_eq!(j["verdict"], "wait");
    assert_eq!(j["needed"]["toward"], "promote");
    let more = j["needed"]["canaryRequests"].as_u64().unwrap();
    // 20 canary requests a minute: the minutes are the requests over that rate, rounded up.
    assert_eq!(j["needed"]["minutes"].as_f64().unwrap(), (more as f64 / 20.0).ceil());
    assert!(more > 0, "{more}");
}

// ---------------------------------------------------------------- bad input

/// Each kind of bad input: its code and pointer, never a verdict.
#[test]
fn bad_documents_are_refused_with_pointers() {
    let side = |r: i64, e: Value| json!({"requests": r, "errors": e});
    let point = |t: Value| json!({"time": t, "baseline": side(100, json!(1)), "canary": side(10, json!(0))});
    let cases: Vec<(Value, Vec<(&str, &str)>)> = vec![
        (
            json!({"tolerance": 0.01, "baseline": side(-5, json!(0)), "canary": side(10, json!(0))}),
            vec![("judge.count", "/baseline/requests")],
        ),
        (
            json!({"tolerance": 0.01, "baseline": side(10, json!(1.5)), "canary": side(10, json!(0))}),
            vec![("judge.count", "/baseline/errors")],
        ),
        (
            json!({"tolerance": 0.01, "baseline": side(10, json!(11)), "canary": side(10, json!(0))}),
            vec![("judge.errors-exceed", "/baseline/errors")],
        ),
        (
            json!({"tolerance": 0.01, "baseline": side(10, json!("NaN")), "canary": side(10, json!(0))}),
            vec![("param.type", "/baseline/errors")],
        ),
        (json!({"tolerance": 0.01, "series": []}), vec![("judge.series.empty", "/series")]),
        (
            json!({"tolerance": 0.01, "series": [point(json!(120)), point(json!(60))]}),
            vec![("judge.series.order", "/series/1/time")],
        ),
        (
            json!({"tolerance": 0.01, "series": [point(json!(60)), point(json!(60))]}),
            vec![("judge.series.order", "/series/1/time")],
        ),
        (
            json!({"tolerance": 0.01, "series": [point(json!("yesterday"))]}),
            vec![("judge.time", "/series/0/time")],
        ),
        (
            json!({"tolerance": 0.01, "series": [point(json!("2026-02-30T00:00:00Z"))]}),
            vec![("judge.time", "/series/0/time")],
        ),
        (
            json!({"tolerance": 0.01, "series": [point(json!(0))],
                "baseline": side(1, json!(0)), "canary": side(1, json!(0))}),
            vec![("judge.document", "/series")],
        ),
        (json!({"tolerance": 0.01}), vec![("judge.document", "")]),
        (
            json!({"baseline": side(1, json!(0)), "canary": side(1, json!(0))}),
            vec![("param.missing", "/tolerance")],
        ),
        (
            json!({"alpha": 0.7, "tolerance": 0.01, "baseline": side(1, json!(0)), "canary": side(1, json!(0))}),
            vec![("judge.range", "/alpha")],
        ),
        (
            json!({"tolerance": 0, "baseline": side(1, json!(0)), "canary": side(1, json!(0))}),
            vec![("judge.range", "/tolerance")],
        ),
        (
            json!({"tolerance": 0.01, "baseline": {"requests": 1, "errors": 0, "latency": [1.0]},
                "canary": side(1, json!(0))}),
            vec![("judge.latency", "/canary/latency")],
        ),
        (
            json!({"tolerance": 0.01, "baseline": {"requests": 1, "errors": 0, "latency": [-1.0]},
                "canary": {"requests": 1, "errors": 0, "latency": [1.0]}}),
            vec![("judge.latency", "/baseline/latency/0")],
        ),
        (
            json!({"tolerance": 0.01, "baseline": side(1, json!(0)), "canary": side(1, json!(0)), "cannary": 1}),
            vec![("param.unknown", "/cannary")],
        ),
        (
            json!({"tolerance": 0.01, "baseline": side(-1, json!(2)), "canary": {"requests": 1}}),
            vec![("judge.count", "/baseline/requests"), ("param.missing", "/canary/errors")],
        ),
        (json!([1, 2]), vec![("param.type", "")]),
    ];
    for (doc, want) in cases {
        let got = judged(&doc).expect_err(&doc.to_string());
        let want: Vec<(String, String)> =
            want.iter().map(|(c, p)| ((*c).to_owned(), (*p).to_owned())).collect();
        assert_eq!(got, want, "{doc}");
    }
}

// ---------------------------------------------------------------- CloudWatch

/// `aws cloudwatch get-metric-data` output for per-minute counts, newest first as CloudWatch
/// returns it by default, values printed as doubles.
fn metric_data(minutes: &[(u64, u64, u64, u64)]) -> Value {
    let times: Vec<String> =
        (0..minutes.len()).rev().map(|i| format!("2026-01-01T00:{i:02}:00+00:00")).collect();
    let col = |f: fn(&(u64, u64, u64, u64)) -> u64| -> Vec<f64> {
        minutes.iter().rev().map(|m| f(m) as f64).collect()
    };
    json!({"MetricDataResults": [
        {"Id": "br", "Label": "baseline requests", "Timestamps": times, "Values": col(|m| m.0), "StatusCode": "Complete"},
        {"Id": "be", "Label": "baseline errors", "Timestamps": times, "Values": col(|m| m.1), "StatusCode": "Complete"},
        {"Id": "cr", "Label": "canary requests", "Timestamps": times, "Values": col(|m| m.2), "StatusCode": "Complete"},
        {"Id": "ce", "Label": "canary errors", "Timestamps": times, "Values": col(|m| m.3), "StatusCode": "Complete"}
    ], "Messages": []})
}

fn cloudwatch_opts() -> Options {
    let side =
        |r: &str, e: &str| SideQueries { requests: r.into(), errors: e.into(), latency: None };
    Options {
        tolerance: Some(0.01),
        input: Source::Cloudwatch,
        queries: Some(Queries { baseline: side("br", "be"), canary: side("cr", "ce") }),
        ..Options::default()
    }
}

/// get-metric-data, newest first, judges exactly as the same minutes given as a series.
#[test]
fn get_metric_data_reads_as_the_series() {
    let minutes: Vec<(u64, u64, u64, u64)> = (0..8).map(|i| (950, 5 + i % 2, 50, i % 3)).collect();
    let cw = judge(&metric_data(&minutes), &cloudwatch_opts()).unwrap();
    let series: Vec<Value> = minutes
        .iter()
        .enumerate()
        .map(|(i, m)| json!({"time": format!("2026-01-01T00:{i:02}:00+00:00"),
                             "baseline": {"requests": m.0, "errors": m.1}, "canary": {"requests": m.2, "errors": m.3}}))
        .collect();
    let doc = judged(&json!({"tolerance": 0.01, "series": series})).unwrap();
    assert_eq!(cw, doc);
    assert_eq!(cw["history"][0]["time"], "2026-01-01T00:00:00+00:00");
}

/// Latency queries beside the counts: the Hodges-Lehmann shift of the canary's per-minute
/// latency, labelled approximate; a minute without latency on one side is left out of it.
#[test]
fn get_metric_data_latency_is_compared_apart() {
    let minutes: Vec<(u64, u64, u64, u64)> = (0..6).map(|_| (990, 5, 10, 0)).collect();
    let mut out = metric_data(&minutes);
    let times = out["MetricDataResults"][0]["Timestamps"].clone();
    let results = out["MetricDataResults"].as_array_mut().unwrap();
    let base: Vec<f64> = (0..6).map(|i| 100.0 + f64::from(i)).collect();
    let mut canary_times = times.as_array().unwrap().clone();
    canary_times.remove(0);
    let canary: Vec<f64> = (0..5).map(|i| 120.0 + f64::from(i)).collect();
    results
        .push(json!({"Id": "bl", "Timestamps": times, "Values": base, "StatusCode": "Complete"}));
    results.push(
        json!({"Id": "cl", "Timestamps": canary_times, "Values": canary, "StatusCode": "Complete"}),
    );
    let mut opts = cloudwatch_opts();
    if let Some(q) = opts.queries.as_mut() {
        q.baseline.latency = Some("bl".into());
        q.canary.latency = Some("cl".into());
    }
    let j = judge(&out, &opts).unwrap();
    let l = &j["latency"];
    assert_eq!(l["approximate"], true);
    assert_eq!((l["baselineMinutes"].as_u64(), l["canaryMinutes"].as_u64()), (Some(5), Some(5)));
    assert!(l["shift"].as_f64().unwrap() > 15.0, "{l}");
    assert!(l["note"].as_str().unwrap().contains("not part of the verdict"));
    assert_eq!(j["looks"], 6, "the counts are judged on every minute");
}

fn cloudwatch_errors(doc: &Value, opts: &Options) -> Vec<(String, String)> {
    judge(doc, opts)
        .expect_err(&doc.to_string())
        .diagnostics()
        .iter()
        .map(|d| (d.code.name().to_owned(), d.path.to_string()))
        .collect()
}

/// Missing points, partial results, more pages, unknown Ids: refused, each at its place.
#[test]
fn incomplete_cloudwatch_output_is_refused() {
    let minutes: Vec<(u64, u64, u64, u64)> = (0..3).map(|_| (100, 1, 10, 0)).collect();
    let base = metric_data(&minutes);
    let opts = cloudwatch_opts();

    let mut missing = base.clone();
    missing["MetricDataResults"][3]["Timestamps"].as_array_mut().unwrap().remove(1);
    missing["MetricDataResults"][3]["Values"].as_array_mut().unwrap().remove(1);
    assert_eq!(
        cloudwatch_errors(&missing, &opts),
        [("judge.cloudwatch.missing".to_owned(), "/MetricDataResults/3/Timestamps".to_owned())]
    );
    let msg = judge(&missing, &opts).unwrap_err().diagnostics()[0].message.clone();
    assert_eq!(
        msg,
        "canary errors (query \"ce\") has no value for 2026-01-01T00:01:00+00:00, where the other series have one"
    );

    let mut partial = base.clone();
    partial["MetricDataResults"][0]["StatusCode"] = json!("PartialData");
    partial["NextToken"] = json!("abc");
    assert_eq!(
        cloudwatch_errors(&partial, &opts),
        [
            ("judge.cloudwatch.status".to_owned(), "/NextToken".to_owned()),
            ("judge.cloudwatch.status".to_owned(), "/MetricDataResults/0/StatusCode".to_owned())
        ]
    );

    let mut unknown = opts.clone();
    if let Some(q) = unknown.queries.as_mut() {
        q.canary.errors = "m9".into();
    }
    assert_eq!(
        cloudwatch_errors(&base, &unknown),
        [("judge.cloudwatch.output".to_owned(), "/MetricDataResults".to_owned())]
    );

    let mut negative = base.clone();
    negative["MetricDataResults"][1]["Values"][0] = json!(-1.0);
    assert_eq!(
        cloudwatch_errors(&negative, &opts),
        [("judge.count".to_owned(), "/MetricDataResults/1/Values/0".to_owned())]
    );

    let mut lengths = base.clone();
    lengths["MetricDataResults"][2]["Values"].as_array_mut().unwrap().pop();
    assert_eq!(
        cloudwatch_errors(&lengths, &opts),
        [("judge.cloudwatch.output".to_owned(), "/MetricDataResults/2/Values".to_owned())]
    );

    let empty = metric_data(&[]);
    assert_eq!(
        cloudwatch_errors(&empty, &opts),
        [("judge.series.empty".to_owned(), String::new())]
    );

    let no_queries = Options { queries: None, ..opts.clone() };
    assert_eq!(
        cloudwatch_errors(&base, &no_queries),
        [("judge.cloudwatch.output".to_owned(), "/MetricDataResults".to_owned())]
    );
    assert_eq!(
        cloudwatch_errors(&json!({"Datapoints": []}), &opts),
        [("judge.cloudwatch.output".to_owned(), String::new())]
    );
}

/// get-metric-statistics: a Count output and a 5XXError output per side, or one 5XXError output
/// with SampleCount and Sum for both.
#[test]
fn get_metric_statistics_outputs_per_side() {
    let point = |t: &str, count: f64, sum: f64| json!({"Timestamp": t, "SampleCount": count, "Sum": sum, "Unit": "Count"});
    let out = |label: &str, pts: Vec<Value>| json!({"Label": label, "Datapoints": pts});
    let base = out(
        "5XXError",
        vec![point("2026-01-01T00:01:00Z", 990.0, 5.0), point("2026-01-01T00:00:00Z", 980.0, 4.0)],
    );
    let canary = out(
        "5XXError",
        vec![point("2026-01-01T00:00:00Z", 20.0, 0.0), point("2026-01-01T00:01:00Z", 10.0, 1.0)],
    );
    let doc = json!({"baseline": {"requests": base, "errors": base}, "canary": {"requests": canary, "errors": canary}});
    let opts = Options { tolerance: Some(0.01), input: Source::Cloudwatch, ..Options::default() };
    let j = judge(&doc, &opts).unwrap();
    assert_eq!(j["baseline"]["requests"], 1970);
    assert_eq!(j["canary"]["errors"], 1);
    assert_eq!(j["history"][0]["time"], "2026-01-01T00:00:00Z");

    let count = out("Count", vec![point("2026-01-01T00:00:00Z", 980.0, 980.0)]);
    let wrong = json!({"baseline": {"requests": count, "errors": count}, "canary": {"requests": canary, "errors": canary}});
    assert_eq!(
        cloudwatch_errors(&wrong, &opts),
        [("judge.cloudwatch.metric".to_owned(), "/baseline/errors/Label".to_owned())]
    );
    let bare = out("5XXError", vec![json!({"Timestamp": "2026-01-01T00:00:00Z", "Sum": 1.0})]);
    let no_count = json!({"baseline": {"requests": bare, "errors": bare}, "canary": {"requests": canary, "errors": canary}});
    let got = cloudwatch_errors(&no_count, &opts);
    assert_eq!(
        got[0],
        (
            "judge.cloudwatch.metric".to_owned(),
            "/baseline/requests/Datapoints/0/SampleCount".to_owned()
        )
    );
}

// ---------------------------------------------------------------- the CLI

fn canarylab(args: &[&str]) -> Output {
    crate::canarylab_bin().args(args).output().unwrap()
}

fn text(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).unwrap()
}

/// A fresh directory for one test's files.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("canarylab-judge-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn write(dir: &Path, name: &str, v: &Value) -> String {
    let p = dir.join(name);
    std::fs::write(&p, v.to_string()).unwrap();
    p.to_str().unwrap().to_owned()
}

/// The exit code is the verdict: 0 promote, 1 rollback, 3 wait, 2 bad input.
#[test]
fn exit_codes_gate_a_deploy_script() {
    let dir = scratch("exit");
    let doc = |b: (u64, u64), c: (u64, u64)| json!({"tolerance": 0.005, "baseline": {"requests": b.0, "errors": b.1}, "canary": {"requests": c.0, "errors": c.1}});
    let promote = write(&dir, "promote.json", &doc((180_000, 900), (20_000, 95)));
    let rollback = write(&dir, "rollback.json", &doc((99_000, 99), (1_000, 12)));
    let wait = write(&dir, "wait.json", &doc((99_000, 495), (1_000, 5)));
    let bad = write(&dir, "bad.json", &doc((10, 11), (1, 0)));
    for (file, code, verdict) in
        [(&promote, 0, "promote"), (&rollback, 1, "rollback"), (&wait, 3, "wait")]
    {
        let out = canarylab(&["judge", file]);
        assert_eq!(out.status.code(), Some(code), "{}", text(out.stderr));
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(v["verdict"], verdict);
        let out = canarylab(&["judge", file, "--format", "text"]);
        assert!(text(out.stdout).starts_with(&format!("{verdict}: ")));
    }
    let out = canarylab(&["judge", &bad]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(out.stderr).contains("/baseline/errors: error[judge.errors-exceed]"));
    let nan = dir.join("nan.json");
    std::fs::write(&nan, r#"{"tolerance": 0.01, "baseline": {"requests": NaN, "errors": 0}}"#)
        .unwrap();
    let out = canarylab(&["judge", nan.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let err = text(out.stderr);
    assert!(err.contains("error[json.syntax]"), "{err}");
    // Options override the document; a usage error is 2 too.
    let out = canarylab(&["judge", &wait, "--tolerance", "0.5"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(canarylab(&["judge", &wait, "--alpha", "x"]).status.code(), Some(2));
    assert_eq!(canarylab(&["judge"]).status.code(), Some(2));
    assert_eq!(canarylab(&["judge", "--input", "cloudwatch", &wait]).status.code(), Some(2));
    let help = text(canarylab(&["judge", "--help"]).stdout);
    assert!(help.contains("Exit: 0 promote, 1 rollback, 3 wait, 2 bad input"), "{help}");
}

/// `--input cloudwatch` with a get-metric-data file and query Ids, and with
/// get-metric-statistics files per series; a problem in one of those names the file.
#[test]
fn the_cli_reads_cloudwatch() {
    let dir = scratch("cw");
    let minutes: Vec<(u64, u64, u64, u64)> = (0..5).map(|_| (990, 5, 10, 0)).collect();
    let data = write(&dir, "data.json", &metric_data(&minutes));
    let out = canarylab(&[
        "judge",
        "--input",
        "cloudwatch",
        &data,
        "--tolerance",
        "0.01",
        "--baseline-requests",
        "br",
        "--baseline-errors",
        "be",
        "--canary-requests",
        "cr",
        "--canary-errors",
        "ce",
    ]);
    assert_eq!(out.status.code(), Some(3), "{}", text(out.stderr));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["looks"], 5);

    let out = canarylab(&["judge", "--input", "cloudwatch", &data, "--tolerance", "0.01"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(out.stderr).contains(
        "needs --baseline-requests, --baseline-errors, --canary-requests, --canary-errors"
    ));

    let point = |count: f64, sum: f64| json!({"Timestamp": "2026-01-01T00:00:00Z", "SampleCount": count, "Sum": sum});
    let base =
        write(&dir, "base.json", &json!({"Label": "5XXError", "Datapoints": [point(990.0, 5.0)]}));
    let canary = write(
        &dir,
        "canary.json",
        &json!({"Label": "5XXError", "Datapoints": [point(10.0, 11.0)]}),
    );
    let out = canarylab(&[
        "judge",
        "--input",
        "cloudwatch",
        "--tolerance",
        "0.01",
        "--baseline-requests",
        &base,
        "--baseline-errors",
        &base,
        "--canary-requests",
        &canary,
        "--canary-errors",
        &canary,
        "--format",
        "text",
    ]);
    assert_eq!(out.status.code(), Some(2));
    let err = text(out.stderr);
    assert!(
        err.contains(&format!("{canary}: /Datapoints/0/Sum: error[judge.errors-exceed]")),
        "{err}"
    );
}

// ---------------------------------------------------------------- ramp

/// The default plan: 11 minutes a step; each step's requests and blast radius are the rate times
/// the minutes times the share; the calls' shapes.
#[test]
fn the_default_plan() {
    let v = ramp::ramp(
        &json!({"baselineErrorRate": 0.005, "requestsPerSecond": 50, "tolerance": 0.005}),
    )
    .unwrap();
    assert_eq!(v["minutesPerStep"], 11);
    assert_eq!(v["minutes"], 33);
    let steps = v["steps"].as_array().unwrap();
    assert_eq!(steps.len(), 4);
    for (s, (percent, canary)) in steps.iter().zip([(1.0, 330), (5.0, 1650), (25.0, 8250)]) {
        assert_eq!(s["percent"], percent);
        assert_eq!(s["requests"], 33_000);
        assert_eq!(s["canaryRequests"], canary);
        assert_eq!(s["blastRadius"]["worstCase"], canary);
        assert_eq!(s["blastRadius"]["atTolerance"], (canary as f64 * 0.005 * 1e4).round() / 1e4);
    }
    assert_eq!(v["canaryRequests"], 10_230);
    assert_eq!(steps[0]["aws"][0]["action"], "CreateDeployment");
    assert_eq!(steps[0]["aws"][0]["params"]["canarySettings"]["percentTraffic"], 1.0);
    assert_eq!(steps[1]["aws"][0]["params"]["patchOperations"][0]["value"], "5");
    assert_eq!(steps[1]["ncp"][0]["params"]["body"]["canaryDistributionRate"], 5.0);
    assert_eq!(steps[3]["promotion"], true);
    assert_eq!(steps[3]["aws"][0]["params"]["patchOperations"].as_array().unwrap().len(), 4);
    assert_eq!(steps[3]["ncp"][0]["action"], "PromoteCanary");
    let e = &v["expected"];
    assert!(e["promote"].as_f64().unwrap() >= 0.8 && e["rollback"].as_f64().unwrap() >= 0.8);
}

/// The plan's calls, run in order on the simulated gateways: every step succeeds and the
/// promotion leaves the stage on the canary's deployment without a canary; a rollback at any
/// step leaves it on the old one.
#[test]
fn the_plans_calls_run_on_the_simulated_gateways() {
    let v = ramp::ramp(
        &json!({"baselineErrorRate": 0.005, "requestsPerSecond": 50, "tolerance": 0.005,
        "steps": [1, 2.5, 10, 50, 100]}),
    )
    .unwrap();
    let calls = |gw: &str| -> Vec<Value> {
        v["steps"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|s| s[gw].as_array().unwrap().clone())
            .collect()
    };
    let aws_stage = json!({"deploymentId": "dep001", "stageName": "prod", "variables": {"v": "1"},
        "createdDate": "2025-12-31T00:00:00+00:00", "lastUpdatedDate": "2025-12-31T00:00:00+00:00"});
    let aws = |calls: Vec<Value>| {
        canarylab::scenario::run(&json!({"provider": "aws", "deployments": [{"id": "dep001"}],
            "stages": [aws_stage], "calls": calls}))
        .unwrap()
    };
    let out = aws(calls("aws"));
    for r in out["results"].as_array().unwrap() {
        assert!(r["status"].as_u64().unwrap() < 300, "{r}");
    }
    let stage = &out["state"]["stages"][0];
    assert_ne!(stage["deploymentId"], "dep001");
    assert_eq!(stage["deploymentId"], out["results"][0]["body"]["id"]);
    assert!(stage.get("canarySettings").is_none_or(Value::is_null), "{stage}");
    // Roll back after the second step.
    let mut early = calls("aws")[..2].to_vec();
    early.extend(v["rollback"]["aws"].as_array().unwrap().clone());
    let out = aws(early);
    let stage = &out["state"]["stages"][0];
    assert_eq!(stage["deploymentId"], "dep001");
    assert!(stage.get("canarySettings").is_none_or(Value::is_null), "{stage}");

    let ncp = canarylab::scenario::run(&json!({"provider": "ncp",
        "stages": [{"apiId": "a1b2c3", "stageId": "s1", "stageName": "prod", "deployedStageDeploymentNo": 7}],
        "calls": calls("ncp")}))
    .unwrap();
    for r in ncp["results"].as_array().unwrap() {
        assert!(r["status"].as_u64().unwrap() < 300, "{r}");
    }
    assert_eq!(ncp["results"].as_array().unwrap().len(), 3 + 3 + 1);
}

/// Ramp documents that cannot be planned.
#[test]
fn bad_ramp_documents() {
    let base = json!({"baselineErrorRate": 0.005, "requestsPerSecond": 50, "tolerance": 0.005});
    let with = |k: &str, v: Value| {
        let mut d = base.clone();
        d[k] = v;
        d
    };
    let cases: Vec<(Value, Vec<(&str, &str)>)> = vec![
        (with("steps", json!([5, 1, 100])), vec![("ramp.steps", "/steps/1")]),
        (with("steps", json!([1, 5, 25])), vec![("ramp.steps", "/steps")]),
        (with("steps", json!([100])), vec![("ramp.steps", "/steps")]),
        (with("steps", json!([0, 100])), vec![("ramp.steps", "/steps/0")]),
        (with("tolerance", json!(0.996)), vec![("ramp.range", "/tolerance")]),
        (with("requestsPerSecond", json!(0)), vec![("ramp.range", "/requestsPerSecond")]),
        (with("requestsPerSecond", json!(0.001)), vec![("ramp.range", "/requestsPerSecond")]),
        (with("power", json!(1)), vec![("ramp.range", "/power")]),
        (with("minMinutes", json!(0)), vec![("ramp.range", "/minMinutes")]),
        (with("aws", json!({"stageName": "prod stage"})), vec![("ramp.ids", "/aws/stageName")]),
        (
            with("ncp", json!({"canaryEndpointDomain": "ftp://x"})),
            vec![("ramp.ids", "/ncp/canaryEndpointDomain")],
        ),
        (
            json!({"requestsPerSecond": 50, "tolerance": 0.005}),
            vec![("param.missing", "/baselineErrorRate")],
        ),
        (with("tolerance", json!(0.000_001)).clone(), vec![("ramp.range", "/requestsPerSecond")]),
    ];
    for (doc, want) in cases {
        let got: Vec<(String, String)> = ramp::ramp(&doc)
            .expect_err(&doc.to_string())
            .diagnostics()
            .iter()
            .map(|d| (d.code.name().to_owned(), d.path.to_string()))
            .collect();
        let want: Vec<(String, String)> =
            want.iter().map(|(c, p)| ((*c).to_owned(), (*p).to_owned())).collect();
        assert_eq!(got, want, "{doc}");
    }
}

/// The script, run by bash against a stand-in `aws` that logs its calls and serves one more
/// minute of metrics each time it is asked: a good canary goes through every step and is
/// promoted (exit 0); a bad one is rolled back at the first judgement (exit 1).
#[cfg(unix)]
#[test]
fn the_script_ramps_and_gates_on_the_judge() {
    if Command::new("bash").arg("-c").arg("true").output().is_err() {
        return; // no bash here
    }
    let plan = ramp::ramp(
        &json!({"baselineErrorRate": 0.005, "requestsPerSecond": 50, "tolerance": 0.005,
        "minMinutes": 2, "aws": {"apiName": "pets", "canaryDimension": "prod/Canary"}}),
    )
    .unwrap();
    let script = plan["script"].as_str().unwrap();
    for (name, canary_errors, want_code, want_last) in [
        (
            "good",
            0,
            0,
            "patchOperations\":[{\"op\":\"replace\",\"path\":\"/canarySettings/percentTraffic\",\"value\":\"0.0\"}",
        ),
        ("bad", 30, 1, "\"op\":\"remove\",\"path\":\"/canarySettings\"}]"),
    ] {
        let dir = scratch(&format!("script-{name}"));
        let bin = dir.join("bin");
        std::fs::create_dir_all(&bin).unwrap();
        // One minute more at every call: 3000 requests, 1 % of them canary; the canary's failures
        // per minute as given.
        let minutes = 200;
        let series: Vec<(u64, u64, u64, u64)> =
            (0..minutes).map(|_| (2970, 15, 300, canary_errors)).collect();
        for k in 1..=minutes {
            let v = metric_data(&series[..k]);
            std::fs::write(
                dir.join(format!("m{k}.json")),
                v.to_string()
                    .replace("\"br\"", "\"baselineRequests\"")
                    .replace("\"be\"", "\"baselineErrors\"")
                    .replace("\"cr\"", "\"canaryRequests\"")
                    .replace("\"ce\"", "\"canaryErrors\""),
            )
            .unwrap();
        }
        let fake_aws = format!(
            "#!/usr/bin/env bash\necho \"$*\" >> {log}\nif [ \"$1\" = cloudwatch ]; then\n  n=$(( $(cat {count} 2>/dev/null || echo 0) + 1 ))\n  echo $n > {count}\n  cat {dir}/m$n.json\nfi\n",
            log = dir.join("calls.log").display(),
            count = dir.join("count").display(),
            dir = dir.display()
        );
        std::fs::write(bin.join("aws"), fake_aws).unwrap();
        std::fs::write(bin.join("sleep"), "#!/bin/sh\nexit 0\n").unwrap();
        for f in ["aws", "sleep"] {
            Command::new("chmod").arg("+x").arg(bin.join(f)).status().unwrap();
        }
        std::os::unix::fs::symlink(env!("CARGO_BIN_EXE_canarylab"), bin.join("canarylab")).unwrap();
        let path = format!("{}:{}", bin.display(), std::env::var("PATH").unwrap_or_default());
        let out = Command::new("bash").arg("-c").arg(script).env("PATH", path).output().unwrap();
        let log = std::fs::read_to_string(dir.join("calls.log")).unwrap();
        let stage_calls: Vec<&str> = log.lines().filter(|l| l.starts_with("apigateway")).collect();
        assert_eq!(out.status.code(), Some(want_code), "{name}: {}\n{log}", text(out.stderr));
        assert!(stage_calls.last().unwrap().contains(want_last), "{name}: {log}");
        assert!(stage_calls[0].starts_with("apigateway create-deployment"), "{log}");
        if name == "good" {
            assert_eq!(stage_calls.len(), 4, "{log}");
        } else {
            assert_eq!(stage_calls.len(), 2, "{log}");
        }
    }
}

/// `canarylab ramp` on the command line: JSON by default, the script alone with --format script.
#[test]
fn ramp_cli() {
    let dir = scratch("ramp");
    let f = write(
        &dir,
        "ramp.json",
        &json!({"baselineErrorRate": 0.005, "requestsPerSecond": 50, "tolerance": 0.005}),
    );
    let out = canarylab(&["ramp", &f]);
    assert_eq!(out.status.code(), Some(0), "{}", text(out.stderr));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["minutesPerStep"], 11);
    let out = canarylab(&["ramp", &f, "--format", "script"]);
    assert!(text(out.stdout).starts_with("#!/usr/bin/env bash\n"));
    let bad = write(&dir, "bad.json", &json!({"requestsPerSecond": 50}));
    let out = canarylab(&["ramp", &bad]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(out.stderr).contains("/baselineErrorRate: error[param.missing]"));
}

// ---------------------------------------------------------------- the same numbers everywhere

/// The judge's numbers for the examples, to the last bit: ln, exp and log1p come from libm, so
/// the npm package computes exactly these in wasm (`tests/wasm_node.rs` pins the same values).
pub(crate) const PINNED_SERIES: (f64, [f64; 2], u64) =
    (0.036_762_830_638_096_766, [-0.006_348_467_928_842_184, 0.010_319_056_796_476_968], 3381);
/// The get-metric-data example: its always-valid p-value and the p-value after its third minute.
pub(crate) const PINNED_CLOUDWATCH: (f64, f64) =
    (4.178_648_673_331_793e-9, 0.000_757_756_252_755_020_4);
/// The ramp example's expected chances.
pub(crate) const PINNED_RAMP: (f64, f64) = (0.828_820_790_760_116_4, 0.965_062_019_806_268_3);

#[test]
fn the_examples_numbers_are_pinned() {
    let read = |p: &str| -> Value {
        serde_json::from_str(
            &std::fs::read_to_string(format!("{}/examples/judge/{p}", env!("CARGO_MANIFEST_DIR")))
                .unwrap(),
        )
        .unwrap()
    };
    let s = judged(&read("series.json")).unwrap();
    assert_eq!(s["likelihoodRatio"].as_f64(), Some(PINNED_SERIES.0));
    assert_eq!(s["difference"]["confidenceSequence"], json!(PINNED_SERIES.1));
    assert_eq!(s["needed"]["canaryRequests"], PINNED_SERIES.2);
    assert_eq!(s["verdict"], "wait");
    let opts = Options {
        tolerance: Some(0.005),
        input: Source::Cloudwatch,
        queries: Some(Queries {
            baseline: SideQueries {
                requests: "baselineRequests".into(),
                errors: "baselineErrors".into(),
                latency: None,
            },
            canary: SideQueries {
                requests: "canaryRequests".into(),
                errors: "canaryErrors".into(),
                latency: None,
            },
        }),
        ..Options::default()
    };
    let c = judge(&read("get-metric-data.json"), &opts).unwrap();
    assert_eq!(c["verdict"], "rollback");
    assert_eq!(c["pValue"].as_f64(), Some(PINNED_CLOUDWATCH.0));
    assert_eq!(c["history"][2]["pValue"].as_f64(), Some(PINNED_CLOUDWATCH.1));
    let r = ramp::ramp(&read("ramp.json")).unwrap();
    assert_eq!(r["expected"]["promote"].as_f64(), Some(PINNED_RAMP.0));
    assert_eq!(r["expected"]["rollback"].as_f64(), Some(PINNED_RAMP.1));
    assert_eq!(r["minutesPerStep"], 11);
}

/// A ramp plan's notes are canarylab's words: in the language asked, the same notes in the same
/// order, and English by default (the plan's other fields do not change with the language).
#[test]
fn ramp_notes_in_korean() {
    let doc = json!({"baselineErrorRate": 0.005, "requestsPerSecond": 50, "tolerance": 0.005});
    let en = ramp::ramp(&doc).unwrap();
    let ko = ramp::ramp_in(&doc, canarylab::i18n::Lang::Ko).unwrap();
    let notes = |v: &Value| -> Vec<String> {
        v["notes"].as_array().unwrap().iter().map(|n| n.as_str().unwrap().to_owned()).collect()
    };
    let (en_notes, ko_notes) = (notes(&en), notes(&ko));
    assert_eq!(en_notes.len(), 5, "{en_notes:?}");
    assert!(en_notes[0].starts_with("each step holds its minutes"), "{en_notes:?}");
    assert_eq!(ko_notes.len(), en_notes.len());
    for n in &ko_notes {
        assert!(n.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c)), "{n}");
    }
    // The identifiers a reader types stay as written.
    assert!(
        ko_notes[3].contains("CANARY_DIMENSION")
            && ko_notes[4].contains("STAGE_METRICS_INCLUDE_CANARY=yes")
    );
    let (mut en_rest, mut ko_rest) = (en.clone(), ko.clone());
    en_rest["notes"] = Value::Null;
    ko_rest["notes"] = Value::Null;
    assert_eq!(en_rest, ko_rest);
}
