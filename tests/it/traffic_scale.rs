//! Exact counts at any scale. Past the requests simulated one by one, and in every repeated run,
//! the engine draws counts from their distribution instead of visiting each request; these tests
//! hold the draws to the per-request loop where the loop is cheap (two-sample chi-square and
//! Kolmogorov-Smirnov, per law), and to the exact law where it is not (one-sample KS against the
//! binomial's CDF at 10^12 requests). Every test is seeded, so each passes or fails for good; each
//! statistic is compared with its 0.1 % critical value.

use serde_json::{Value, json};

use canarylab::traffic::engine::{Law, Simulation, count_only};
use canarylab::traffic::{config, stats};

fn parse(doc: &Value) -> config::Config {
    config::parse(doc).unwrap_or_else(|r| panic!("{}", r.to_text()))
}

fn run(doc: &Value) -> Simulation {
    let mut s = Simulation::new(parse(doc));
    s.finish();
    s
}

fn aws(percent: f64, requests: u64) -> Value {
    json!({"provider": "aws", "runs": 1, "sampleRequests": 0, "pathPoints": 12,
           "stage": {"deploymentId": "d1", "stageName": "prod",
                     "canarySettings": {"deploymentId": "d2", "percentTraffic": percent}},
           "workload": {"requests": requests}})
}

fn sticky(split: &str, percent: f64, requests: u64, clients: u64) -> Value {
    let mut d = aws(percent, requests);
    d["split"] = json!(split);
    d["workload"]["clients"] = json!(clients);
    d
}

fn conditions(requests: u64) -> Value {
    json!({"provider": "ncp", "runs": 1, "sampleRequests": 0, "pathPoints": 12,
           "stage": {"stageId": "s1", "deployedStageDeploymentNo": 1, "canaryDeploymentNo": 2,
                     "useDistributionRate": false, "canaryConditions": [
                        {"parameterCode": "REQUEST_HEADER", "parameterName": "x-canary", "parameterValue": "on"},
                        {"parameterCode": "REQUEST_QUERY", "parameterName": "beta", "parameterValue": "1"}]},
           "workload": {"requests": requests,
               "headers": [{"name": "x-canary", "values": [{"value": "on", "weight": 1}, {"value": null, "weight": 9}]}],
               "query": [{"name": "beta", "values": [{"value": "1", "weight": 1}, {"value": "0", "weight": 4}]}]}})
}

/// The chi-square distribution's 0.999 quantile (Wilson-Hilferty; within 1 % from 3 degrees of
/// freedom on).
fn chi2_critical(df: usize) -> f64 {
    let k = df as f64;
    let z = 3.090_232;
    k * (1.0 - 2.0 / (9.0 * k) + z * (2.0 / (9.0 * k)).sqrt()).powi(3)
}

/// Two samples from one distribution? Pearson's chi-square on the value counts (values merged,
/// in order, until each cell expects at least 5 from each sample), and the two-sample
/// Kolmogorov-Smirnov distance (conservative for counts), each against its 0.1 % critical value.
fn same_distribution(what: &str, a: &[u64], b: &[u64]) {
    let (na, nb) = (a.len() as f64, b.len() as f64);
    let mut values: Vec<(u64, bool)> =
        a.iter().map(|v| (*v, true)).chain(b.iter().map(|v| (*v, false))).collect();
    values.sort_unstable();
    let mut cells: Vec<(f64, f64)> = Vec::new();
    let (mut ca, mut cb) = (0.0, 0.0);
    let (mut fa, mut fb, mut ks) = (0.0_f64, 0.0_f64, 0.0_f64);
    for (i, (v, from_a)) in values.iter().enumerate() {
        if *from_a {
            ca += 1.0;
            fa += 1.0 / na;
        } else {
            cb += 1.0;
            fb += 1.0 / nb;
        }
        let last_of_value = values.get(i + 1).is_none_or(|(w, _)| w != v);
        if last_of_value {
            ks = ks.max((fa - fb).abs());
            let total = ca + cb;
            if total * na.min(nb) / (na + nb) >= 5.0 {
                cells.push((ca, cb));
                (ca, cb) = (0.0, 0.0);
            }
        }
    }
    if let Some(last) = cells.last_mut() {
        last.0 += ca;
        last.1 += cb;
    }
    let n = na + nb;
    let chi2: f64 = cells
        .iter()
        .map(|(oa, ob)| {
            let (ea, eb) = ((oa + ob) * na / n, (oa + ob) * nb / n);
            (oa - ea).powi(2) / ea + (ob - eb).powi(2) / eb
        })
        .sum();
    let df = cells.len().saturating_sub(1).max(1);
    assert!(chi2 < chi2_critical(df), "{what}: chi-square {chi2:.1} with {df} df");
    let ks_critical = 1.949 * ((na + nb) / (na * nb)).sqrt();
    assert!(ks < ks_critical, "{what}: KS distance {ks:.4} (critical {ks_critical:.4})");
}

/// One-sample Kolmogorov-Smirnov against a CDF (for counts whose steps are far below the
/// sample's resolution, as at 10^12 requests).
fn follows(what: &str, sample: &[u64], cdf: impl Fn(u64) -> f64) {
    let mut xs = sample.to_vec();
    xs.sort_unstable();
    let r = xs.len() as f64;
    let d = xs
        .iter()
        .enumerate()
        .map(|(i, x)| {
            let f = cdf(*x);
            (f - i as f64 / r).abs().max(((i + 1) as f64 / r - f).abs())
        })
        .fold(0.0_f64, f64::max);
    let critical = 1.949 / r.sqrt();
    assert!(d < critical, "{what}: KS distance {d:.4} (critical {critical:.4})");
}

/// The detailed run's final count, the count at the path's middle checkpoint, and (sticky
/// cookie) the pinned clients, over many seeds, with `detail` requests simulated one by one.
fn detailed_runs(doc: &Value, detail: u64, seeds: std::ops::Range<u64>) -> [Vec<u64>; 3] {
    let mut out = [Vec::new(), Vec::new(), Vec::new()];
    for seed in seeds {
        let mut d = doc.clone();
        d["seed"] = json!(seed);
        d["detailRequests"] = json!(detail);
        let s = run(&d).summary();
        let path = s["path"].as_array().unwrap();
        let [end, mid, pinned] = &mut out;
        end.push(s["counts"]["canary"].as_u64().unwrap());
        let at = &path[path.len() / 2];
        mid.push(
            (at["observed"].as_f64().unwrap() * at["requests"].as_f64().unwrap()).round() as u64
        );
        pinned.push(s["clients"]["pinnedToCanary"].as_u64().unwrap_or(0));
    }
    out
}

/// Each law's draws against the per-request loop, on the detailed run: all requests one by one,
/// none (draws from the first request), and a switch part-way (the draws take over the loop's
/// state: for the sticky cookie, its pinned clients).
#[test]
fn detailed_runs_drawn_or_looped_have_one_distribution() {
    let laws = [
        ("AWS 10 %", aws(10.0, 200), 200),
        ("sticky hash 30 % of 50 clients", sticky("sticky-hash", 30.0, 200, 50), 200),
        ("sticky cookie 10 %, 5 clients", sticky("sticky-cookie", 10.0, 100, 5), 100),
        ("sticky cookie 2 %, 40 clients", sticky("sticky-cookie", 2.0, 400, 40), 400),
        ("NCP conditions, any", conditions(200), 200),
    ];
    for (what, doc, n) in laws {
        let looped = detailed_runs(&doc, n, 0..1_500);
        let drawn = detailed_runs(&doc, 0, 10_000..11_500);
        let switched = detailed_runs(&doc, n / 3, 20_000..21_500);
        for (k, part) in ["final count", "mid-path count", "pinned clients"].iter().enumerate() {
            if k == 2 && !what.starts_with("sticky cookie") {
                continue;
            }
            same_distribution(&format!("{what}, {part}, drawn"), &looped[k], &drawn[k]);
            same_distribution(&format!("{what}, {part}, switched"), &looped[k], &switched[k]);
        }
    }
}

/// The repeated runs (drawn) against the per-request loop of `count_only` (another seed, so the
/// two samples are independent).
#[test]
fn repeated_runs_match_the_per_request_loop() {
    let mut doc = aws(7.5, 300);
    doc["runs"] = json!(20_000);
    let drawn = run(&doc);
    let mut other = doc.clone();
    other["seed"] = json!(1);
    let cfg = parse(&other);
    let looped: Vec<u64> = (1..=20_000).map(|r| count_only(&cfg, r, 300)).collect();
    same_distribution("AWS 7.5 %, 300 requests", drawn.counts().get(1..).unwrap(), &looped);

    let mut doc = sticky("sticky-cookie", 5.0, 120, 8);
    doc["runs"] = json!(10_000);
    let drawn = run(&doc);
    let mut other = doc.clone();
    other["seed"] = json!(1);
    let cfg = parse(&other);
    let looped: Vec<u64> = (1..=10_000).map(|r| count_only(&cfg, r, 120)).collect();
    same_distribution("sticky cookie 5 %, 8 clients", drawn.counts().get(1..).unwrap(), &looped);
}

/// At 10^12 requests, where the loop would take hours: the repeated runs' counts follow
/// Binomial(n, p), and the share path's checkpoints follow theirs: the count at a checkpoint is
/// Binomial(checkpoint, p), an increment between two is Binomial(their distance, p).
#[test]
fn a_trillion_requests_follow_the_exact_law() {
    let (n, p) = (1_000_000_000_000u64, 0.1);
    let mut doc = aws(10.0, n);
    doc["runs"] = json!(4_000);
    let s = run(&doc);
    assert_eq!(s.law(), Law::Independent(0.1));
    follows("10^12 requests at 10 %, repeated runs", s.counts(), |k| stats::binomial_cdf(k, n, p));

    let mut at = Vec::new();
    let mut step = Vec::new();
    let mut checkpoints = (0, 0, 0);
    for seed in 0..1_500 {
        let mut d = aws(10.0, n);
        d["seed"] = json!(seed);
        d["detailRequests"] = json!(0);
        let sum = run(&d).summary();
        let path = sum["path"].as_array().unwrap();
        let count = |i: usize| {
            let pt = &path[i];
            (pt["observed"].as_f64().unwrap() * pt["requests"].as_f64().unwrap()).round() as u64
        };
        let req = |i: usize| path[i]["requests"].as_u64().unwrap();
        checkpoints = (req(5), req(8), req(9));
        at.push(count(5));
        step.push(count(9) - count(8));
    }
    let (c5, c8, c9) = checkpoints;
    follows("the count at a checkpoint", &at, |k| stats::binomial_cdf(k, c5, p));
    follows("an increment between checkpoints", &step, |k| stats::binomial_cdf(k, c9 - c8, p));
}

/// Condition mode's exact match probability (0.1 + 0.2 - 0.02 under "any"), and its counts at
/// scale; a sticky cookie's mean share and pinned clients against their closed forms.
#[test]
fn conditions_and_sticky_cookies_at_scale() {
    let n = 1_000_000_000u64;
    let mut doc = conditions(n);
    doc["runs"] = json!(3_000);
    let s = run(&doc);
    let Law::Independent(q) = s.law() else { panic!("{:?}", s.law()) };
    assert!((q - 0.28).abs() < 1e-15, "{q}");
    follows("conditions at 10^9", s.counts(), |k| stats::binomial_cdf(k, n, q));

    let (c, n, p) = (1_000u64, 1_000_000u64, 0.01);
    let mut doc = sticky("sticky-cookie", 1.0, n, c);
    doc["runs"] = json!(2_000);
    doc["detailRequests"] = json!(0);
    let s = run(&doc);
    let summary = s.summary();
    let expected = summary["share"]["expected"].as_f64().unwrap();
    let (mean, sd) =
        (summary["runs"]["mean"].as_f64().unwrap(), summary["runs"]["sd"].as_f64().unwrap());
    assert!((mean - expected).abs() < 4.0 * sd / 2_000f64.sqrt(), "{mean} vs {expected}");
    let pinned = summary["clients"]["pinnedFraction"].as_f64().unwrap();
    let want = 1.0 - (1.0 - p / c as f64).powf(n as f64);
    assert!((pinned - want).abs() < 4.0 * (want * (1.0 - want) / c as f64).sqrt(), "{pinned}");
}

/// Errors per side are Binomial(side's requests, rate); with the requests the sample size asks
/// for, the repeated runs' two-proportion test detects the change about as often as the power
/// promised (80 %).
#[test]
fn error_counts_deliver_the_promised_power() {
    let need = stats::sample_size(0.01, 0.02, 0.1, 0.05, 0.8).unwrap().total as u64;
    let mut doc = aws(10.0, need);
    doc["runs"] = json!(3_000);
    doc["errorRates"] = json!({"stage": 0.01, "canary": 0.02});
    let s = run(&doc).summary();
    let detected = s["runs"]["errorTestDetected"].as_f64().unwrap();
    assert!((0.775..=0.825).contains(&detected), "detected in {detected} of runs at n = {need}");
    let e = &s["errors"];
    assert_eq!(
        e["stage"]["requests"].as_u64().unwrap() + e["canary"]["requests"].as_u64().unwrap(),
        need
    );
    assert_eq!(e["detected"], e["pValue"].as_f64().unwrap() < 0.05);
}

/// The summary says what the requests simulated one by one cover, and what is drawn.
#[test]
fn the_summary_says_what_is_per_request() {
    let text = include_str!("../../examples/traffic/aws-10-percent.json");
    let mut doc: Value = canarylab::doc::parse(text).unwrap();
    doc["workload"]["requests"] = json!(1_000_000_000_000u64);
    doc["runs"] = json!(50);
    let s = canarylab::traffic::simulate(&doc, Some(1)).unwrap();
    // The method throttle (500 per second) is faster than the arrivals (400): it refuses nothing,
    // for all the requests, so only the cache comes from the detailed ones.
    let statement = "cache from the first 1,000,000 requests; counts, the share path and the repeated runs are drawn exactly for all 1,000,000,000,000";
    assert_eq!(s["detail"]["statement"], statement);
    assert!(s["notes"].as_array().unwrap().iter().any(|n| n == statement));
    assert_eq!(s["detail"]["requests"], 1_000_000);
    assert_eq!(s["requests"], 1_000_000_000_000u64);
    let sides = ["stage", "canary"].map(|k| s["sides"][k]["detailRequests"].as_u64().unwrap());
    assert_eq!(sides[0] + sides[1], 1_000_000);
    // Arrivals run on in closed form: the last of 10^12 requests at 400 per second.
    assert_eq!(s["seconds"].as_f64(), Some((1_000_000_000_000u64 - 1) as f64 / 400.0));

    assert_eq!(s["sides"]["stage"]["throttle"]["throttled"], 0);
    // Arrivals faster than the bucket: the throttle binds, and it is per request too.
    doc["workload"]["ratePerSecond"] = json!(600);
    let s = canarylab::traffic::simulate(&doc, Some(1)).unwrap();
    assert!(
        s["detail"]["statement"].as_str().unwrap().starts_with("cache and throttle from the first")
    );
    assert_eq!(s["detail"]["perRequest"], json!(["sample", "cache", "throttle"]));
    // No cache, a throttle that cannot bind: only the sample needs requests one by one.
    let mut plain = aws(10.0, 5_000_000);
    plain["detailRequests"] = json!(2_000);
    let s = run(&plain).summary();
    assert_eq!(
        s["detail"]["statement"],
        "the first 2,000 requests simulated one by one; counts, the share path and the repeated runs are drawn exactly for all 5,000,000"
    );

    doc["workload"]["requests"] = json!(1_000);
    let s = canarylab::traffic::simulate(&doc, Some(1)).unwrap();
    assert_eq!(s["detail"]["statement"], "all 1,000 requests simulated one by one");
    assert_eq!(s["sides"]["stage"]["requests"], s["sides"]["stage"]["detailRequests"]);
}

/// Chunks give the same numbers as one call for every law, whatever the chunk size: a draw is
/// never split.
#[test]
fn chunks_never_change_the_draws() {
    let mut cookie = sticky("sticky-cookie", 3.0, 10_000_000_000, 5_000);
    cookie["runs"] = json!(5);
    cookie["detailRequests"] = json!(20_000);
    let mut share = aws(2.5, 1_000_000_000_000_000);
    share["runs"] = json!(30);
    share["pathPoints"] = json!(200);
    share["detailRequests"] = json!(5_000);
    share["errorRates"] = json!({"stage": 0.001, "canary": 0.0015});
    // The sticky hash places its clients in chunks too, before the first request.
    let mut hash = sticky("sticky-hash", 12.0, 1_000_000, 300_000);
    hash["runs"] = json!(20);
    hash["sampleRequests"] = json!(100);
    for doc in [cookie, share, hash] {
        let whole = run(&doc).summary();
        for chunk in [1, 97, 100_000] {
            let mut s = Simulation::new(parse(&doc));
            let mut last = 0;
            while !s.is_done() {
                let p = s.advance(chunk);
                assert!(p.done >= last && p.done <= p.total);
                last = p.done;
            }
            assert_eq!(s.summary(), whole, "chunks of {chunk}");
        }
    }
}

/// What the engine cannot do in reasonable time is refused with a diagnostic, not attempted.
#[test]
fn work_beyond_the_engine_is_refused() {
    let refused = |doc: &Value| -> Vec<(String, String)> {
        let r = config::parse(doc).expect_err("refused");
        r.diagnostics().iter().map(|d| (d.path.as_str().to_owned(), d.message.clone())).collect()
    };
    let big = aws(10.0, 1_000_000_000_000_001);
    assert_eq!(
        refused(&big),
        [(
            "/workload/requests".to_owned(),
            "requests must be a whole number from 1 to 1000000000000000, got 1000000000000001"
                .to_owned()
        )]
    );
    let mut detail = aws(10.0, 10);
    detail["detailRequests"] = json!(2_000_000_000u64);
    assert_eq!(refused(&detail)[0].0, "/detailRequests");
    // A sticky cookie pins up to every client in every run: 10^7 clients in 1,000 runs is too
    // much; in 10 runs it is not.
    let mut cookie = sticky("sticky-cookie", 10.0, 1_000_000_000_000, 10_000_000);
    cookie["runs"] = json!(1_000);
    let r = refused(&cookie);
    assert_eq!(r[0].0, "/runs");
    assert!(r[0].1.ends_with("steps of work, more than the 4,000,000,000 the engine takes"));
    cookie["runs"] = json!(10);
    assert!(config::parse(&cookie).is_ok());
    // Conditions whose match probability is out of reach (17 conditions, all required: 2^17
    // masks) go request by request in every run, so their requests are bounded.
    let names: Vec<String> = (0..17).map(|i| format!("h{i}")).collect();
    let mut doc = conditions(1_000);
    doc["assumptions"] = json!({"conditionMatch": "all"});
    doc["stage"]["canaryConditions"] = names
        .iter()
        .map(|n| json!({"parameterCode": "REQUEST_HEADER", "parameterName": n, "parameterValue": "on"}))
        .collect();
    doc["workload"]["headers"] = names
        .iter()
        .map(|n| json!({"name": n, "values": [{"value": "on", "weight": 1}, {"value": null, "weight": 1}]}))
        .collect();
    doc["workload"]["query"] = json!([]);
    doc["runs"] = json!(3);
    let s = run(&doc);
    assert_eq!(s.law(), Law::PerRequest);
    assert_eq!(s.summary()["detail"]["statement"], "all 1,000 requests simulated one by one");
    doc["workload"]["requests"] = json!(10_000_000_000u64);
    assert_eq!(refused(&doc)[0].0, "/workload/requests");
}

/// A throttle that cannot bind (one arrival rate no faster than its bucket, two tokens or more)
/// is left out of the requests one by one; the loop then only routes past the sample. Either way
/// the numbers are those of the full per-request model. (One token is not enough: the rounding
/// of arrival times leaves the bucket at 0.999... often enough to refuse requests in the model.)
#[test]
fn an_idle_throttle_changes_nothing() {
    let mut doc = aws(10.0, 200_000);
    doc["sampleRequests"] = json!(50);
    doc["pathPoints"] = json!(30);
    doc["stage"]["methodSettings"] =
        json!({"*/*": {"throttlingRateLimit": 100.0, "throttlingBurstLimit": 2}});
    doc["workload"]["ratePerSecond"] = json!(100);
    let idle = run(&doc).summary();
    assert_eq!(idle["detail"]["perRequest"], json!(["sample"]));
    // The same arrivals in two phases: the rule no longer vouches for the bucket, so every
    // request goes through it, and it refuses none all the same.
    doc["workload"].as_object_mut().unwrap().remove("ratePerSecond");
    doc["workload"]["phases"] = json!([{"perSecond": 100, "seconds": 1000}, {"perSecond": 100}]);
    let checked = run(&doc).summary();
    assert_eq!(checked["detail"]["perRequest"], json!(["sample", "throttle"]));
    assert_eq!(checked["sides"]["stage"]["throttle"]["throttled"], 0);
    for key in ["counts", "path", "sample", "runs"] {
        assert_eq!(idle[key], checked[key], "{key}");
    }
}
