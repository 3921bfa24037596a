//! The NCP model: scenario and validator fixtures, the endpoint pattern as the regex crate runs it
//! against the spec's text run by an ASCII engine (as Java reads it), and the assumptions.

use proptest::prelude::*;
use serde_json::json;

use crate::fixtures::{check_scenarios, check_validator_cases};
use canarylab::ncp::endpoint;

/// Each `tests/fixtures/ncp/scenarios/*.json` replays to its expected output.
#[test]
fn scenarios() {
    check_scenarios("ncp/scenarios");
}

/// Each `tests/fixtures/ncp/validate/*.json` case gives exactly its diagnostics.
#[test]
fn validator_cases() {
    check_validator_cases("ncp/validate");
}

/// NCP's `canaryEndpointDomain` pattern exactly as its OpenAPI file states it, anchored as Java's
/// `@Pattern` matches (whole string). `regex-lite`'s `\w` and `\d` are ASCII, as Java's are, so
/// it runs the text unchanged; `endpoint::PATTERN` is the same pattern with those classes made
/// explicitly ASCII for the regex crate, and these tests hold the two readings together.
const SPEC_PATTERN: &str = r"^(?:((http|https)://)(([\w.-]+\.[a-zA-Z0-9]+)|(([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])\.){3}([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5]))(:([0-9]|[1-9]\d|[1-9]\d{2}|[1-9]\d{3}|[1-5]\d{4}|6[0-4]\d{3}|65[0-4]\d{2}|655[0-2]\d|6553[0-5]))?(/[a-zA-Z0-9&%_./-~-]*)?|((http|https)://)([^@]+)@(([\w.-]+\.[a-zA-Z0-9]+)|(([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])\.){3}([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5]))(:([0-9]|[1-9]\d|[1-9]\d{2}|[1-9]\d{3}|[1-5]\d{4}|6[0-4]\d{3}|65[0-4]\d{2}|655[0-2]\d|6553[0-5]))?(/[a-zA-Z0-9&%_./-~-]*)?|NONE)$";

fn oracle() -> regex_lite::Regex {
    regex_lite::Regex::new(SPEC_PATTERN).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4096))]

    /// The regex crate's reading agrees with the spec's text on URL-shaped strings built from
    /// the characters that matter (scheme, dots, colons, @, digits, path punctuation, non-ASCII).
    #[test]
    fn endpoint_matches_the_spec_regex(
        scheme in prop::sample::select(vec!["http://", "https://", "ftp://", "", "HTTP://"]),
        body in "[a-z0-9_.:@/%&#!+{}|é 例-]{0,24}",
    ) {
        let s = format!("{scheme}{body}");
        prop_assert_eq!(endpoint::matches(&s), oracle().is_match(&s), "{}", s);
    }

    /// And on arbitrary text.
    #[test]
    fn endpoint_matches_on_any_text(s in "\\PC{0,40}") {
        prop_assert_eq!(endpoint::matches(&s), oracle().is_match(&s), "{}", s);
    }
}

#[test]
fn endpoint_edge_cases_agree_with_the_spec_regex() {
    let re = oracle();
    for s in [
        "https://a.b",
        "https://a.b:65535",
        "https://a.b:65536",
        "https://a.b:0",
        "https://a.b:00",
        "https://a.b:/x",
        "https://1.2.3.4/",
        "https://u:p@a.b:8080/x@y",
        "https://@a.b",
        "https://a@b@c.d",
        "https://a.b/!",
        "https://a.b/~{}|",
        "https://.b",
        "https://a.",
        "https://a..b",
        "https://-.b",
        "NONE",
        "NONEx",
        "https://a.b\n",
    ] {
        assert_eq!(endpoint::matches(s), re.is_match(s), "{s:?}");
    }
}

#[test]
fn a_bad_assumption_is_a_scenario_diagnostic() {
    let doc = json!({"provider": "ncp", "assumptions": {"conditionMatch": "some"}, "calls": []});
    let report = canarylab::scenario::run(&doc).unwrap_err();
    let d = &report.diagnostics()[0];
    assert_eq!((d.path.as_str(), d.code.name()), ("/assumptions", "scenario.assumptions"));
    assert!(d.message.contains("unknown variant `some`"), "{}", d.message);
}

#[test]
fn unknown_stage_members_and_half_canaries_are_refused() {
    let doc = json!({"provider": "ncp", "calls": [{"action": "Promote"}],
        "stages": [{"stageId": "s1", "stagename": "x", "canaryDistributionRate": 5}]});
    let report = canarylab::scenario::run(&doc).unwrap_err();
    let got: Vec<(&str, &str)> =
        report.diagnostics().iter().map(|d| (d.path.as_str(), d.code.name())).collect();
    assert_eq!(
        got,
        [
            ("/stages/0/stagename", "param.unknown"),
            ("/stages/0/canaryDeploymentNo", "scenario.state"),
            ("/calls/0/action", "scenario.action"),
        ]
    );
}

/// One member for the `clean` property test: its text (`None` leaves it out) and whether it is
/// plain and valid, so that the fast path must take it.
type Member = (Option<&'static str>, bool);

/// Mostly a plain valid spelling, sometimes an edge or wrong one.
fn member(good: &[Option<&'static str>], bad: &[Option<&'static str>]) -> BoxedStrategy<Member> {
    prop_oneof![
        3 => prop::sample::select(good.to_vec()).prop_map(|v| (v, true)),
        1 => prop::sample::select(bad.to_vec()).prop_map(|v| (v, false)),
    ]
    .boxed()
}

const ONE_CONDITION: &str =
    r#"[{"parameterCode": "REQUEST_HEADER", "parameterName": "x-canary", "parameterValue": "on"}]"#;

/// A body built member by member (what is plain depends on the mode), in any order, with any
/// whitespace, sometimes with a random edit on top; `canonical` when every member is plain.
fn arb_body() -> impl Strategy<Value = (String, bool)> {
    let mode =
        member(&[Some("true"), Some("false")], &[None, Some("null"), Some("\"true\""), Some("1")]);
    mode.prop_flat_map(|mode| {
        let rate_mode = mode.0 == Some("true");
        let bad_rates = [
            Some("33.333333333"), Some("101"), Some("100.5"), Some("1e1"), Some("-0"), Some("\"10\""),
            Some("null"), Some("10."), Some("010"),
        ];
        let rate = if rate_mode {
            member(&[Some("0"), Some("10"), Some("100"), Some("12.5"), Some("0.1"), Some("10.0")], &[&bad_rates[..], &[None]].concat())
        } else {
            member(&[None], &[&bad_rates[..], &[Some("10")]].concat())
        };
        let bad_conditions = [
            Some(r#"[{"parameterCode": "HEADER", "parameterName": "x", "parameterValue": "on"}]"#),
            Some(r#"[{"parameterCode": "REQUEST_HEADER", "parameterName": "", "parameterValue": "on"}]"#),
            Some(r#"[{"parameterCode": "REQUEST_HEADER", "parameterName": "x"}]"#),
            Some(r#"[{"parameterCode": "REQUEST_HEADER", "parameterName": "x", "parameterValue": "on", "extra": 1}]"#),
            Some(r#"[{"parameterCode": "REQUEST_HEADER", "parameterName": "x", "parameterName": "y", "parameterValue": "on"}]"#),
            Some(r#"[{"parameterCode": "REQUEST_HEADER", "parameterName": "x\"y", "parameterValue": "on"}]"#),
            Some(r#"[{"parameterCode": "REQUEST_HEADER", "parameterName": "x", "parameterValue": null}]"#),
            Some("[null]"), Some("[{}]"), Some("{}"), Some("null"),
        ];
        let conditions = if rate_mode {
            member(&[None, Some("[]")], &[&bad_conditions[..], &[Some(ONE_CONDITION)]].concat())
        } else {
            let two = r#"[{"parameterValue": "", "parameterCode": "REQUEST_QUERY", "parameterName": "beta"}, {"parameterCode":"REQUEST_HEADER","parameterName":"é","parameterValue":"1"}]"#;
            member(&[Some(ONE_CONDITION), Some(two)], &[&bad_conditions[..], &[None, Some("[]")]].concat())
        };
        let domain = member(
            &[Some(r#""https://canary.example.com""#), Some(r#""http://10.0.0.1:8080/v2/{id}""#),
              Some(r#""https://user@canary.example.com:443/a_b""#), Some(r#""https://xn--r8jz45g.jp""#)],
            &[None, Some(r#""NONE""#), Some(r#""none""#), Some(r#""https://a.b:65536""#),
              Some(r#""https:\/\/canary.example.com""#), Some(r#""https://例え.jp""#), Some("5"), Some("null"),
              Some(r#""https://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.com""#)],
        );
        let ttl = member(&[None, Some("1"), Some("60"), Some("3600")], &[Some("0"), Some("3601"), Some("\"60\""), Some("60.0"), Some("6e1"), Some("null")]);
        let throttle = member(&[None, Some("100"), Some("2147483647")], &[Some("2147483648"), Some("99999999999999999999"), Some("-5"), Some("0")]);
        let extra = member(&[None], &[
            Some(r#""body": {}"#), Some(r#""canaryCertificateId": "x""#), Some(r#""useDistributionRate": true"#),
            Some(r#""canaryEndpointDomain": "https://a.bc""#), Some(r#""canaryCacheTtlSec": 5"#),
        ]);
        let ws = prop::sample::select(vec!["", " ", "\n  ", "\t", "\r\n"]);
        let edit = prop::option::weighted(0.2, (any::<prop::sample::Index>(), 0u8..3, prop::sample::select(vec![',', '}', ']', '"', '\\', ':', ' ', '0', 'e', '.', '{', 'x', '\n', '\u{7}'])));
        let id = || member(&[Some(r#""p1""#), Some(r#""abcdefghij""#), Some(r#""例""#)], &[None, Some(r#""""#), Some(r#""abcdefghijk""#), Some("5")]);
        let envelope = prop::option::weighted(0.3, (id(), id(), id(), member(&[None], &[Some(r#""useDistributionRate": true"#), Some(r#""body": {}"#)])));
        ((Just(mode), domain, rate, conditions, ttl, throttle, extra), ws, any::<u64>(), edit, envelope)
    })
    .prop_map(|((mode, domain, rate, conditions, ttl, throttle, extra), ws, seed, edit, envelope)| {
        let keys = ["useDistributionRate", "canaryEndpointDomain", "canaryDistributionRate", "canaryConditions", "canaryCacheTtlSec", "canaryThrottleRps"];
        let values = [mode, domain, rate, conditions, ttl, throttle];
        let mut members: Vec<String> = keys.iter().zip(values).filter_map(|(k, (v, _))| v.map(|v| format!("\"{k}\":{ws}{v}"))).collect();
        members.extend(extra.0.map(str::to_owned));
        // A small deterministic shuffle from the seed (an LCG).
        let mut state = seed;
        for i in (1..members.len()).rev() {
            state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            members.swap(i, (state >> 33) as usize % (i + 1));
        }
        let mut text = format!("{ws}{{{ws}{}{ws}}}{ws}", members.join(&format!(",{ws}")));
        let mut canonical = values.iter().chain([&extra]).all(|(_, plain)| *plain);
        if let Some((product, api, stage, stray)) = envelope {
            let ids = [("productId", product), ("apiId", api), ("stageId", stage)];
            let mut outer: Vec<String> = ids.iter().filter_map(|(k, (v, _))| v.map(|v| format!("\"{k}\": {v}"))).collect();
            outer.push(format!("\"body\": {text}"));
            outer.extend(stray.0.map(str::to_owned));
            let turn = (seed % 4) as usize % outer.len();
            outer.rotate_left(turn);
            text = format!("{{{}}}", outer.join(", "));
            canonical &= ids.iter().all(|(_, (_, plain))| *plain) && stray.1;
        }
        if let Some((at, kind, c)) = edit {
            canonical = false;
            let mut chars: Vec<char> = text.chars().collect();
            let i = at.index(chars.len());
            match kind {
                0 => chars.insert(i, c),
                1 => drop(chars.remove(i)),
                _ => chars[i] = c,
            }
            text = chars.into_iter().collect();
        }
        (text, canonical)
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4096))]

    /// The fast path (`request::clean`) never says clean where the full validator reports
    /// anything, and it takes every plain valid body.
    #[test]
    fn clean_agrees_with_the_validator((text, canonical) in arb_body()) {
        let clean = canarylab::ncp::request::clean(&text);
        let full = canarylab::doc::parse(&text).ok().map(|v| canarylab::ncp::validate_edit_canary(&v));
        let full_clean = full.as_ref().is_some_and(|r| r.diagnostics().is_empty());
        if clean {
            prop_assert!(full_clean, "{}: clean, but the validator says {:?}", text, full.map(|r| r.to_json_text()));
        }
        if canonical {
            prop_assert!(clean, "{}: a plain valid body the fast path refused", text);
        }
    }
}

// ---------------------------------------------------------------- how NCP reads JSON types

/// The codes a payload draws, under the default assumptions and under `coercion=jackson`.
fn codes_under(payload: &serde_json::Value, coercion: &str) -> Vec<(String, String)> {
    let assumptions: canarylab::ncp::assume::Assumptions =
        serde_json::from_value(json!({"coercion": coercion})).unwrap();
    let report = canarylab::ncp::validate_edit_canary_with(payload, &assumptions);
    report
        .diagnostics()
        .iter()
        .map(|d| (d.path.as_str().to_owned(), d.code.name().to_owned()))
        .collect()
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter().map(|(p, c)| ((*p).to_owned(), (*c).to_owned())).collect()
}

/// The docs' examples under both readings: the docs' own Edit Canary example (numbers, 0 where
/// the spec's minimum is 1) reads the same either way; a body typed as the docs type cache TTL
/// and throttle (strings) is refused under `strict` and read under `jackson`, with the
/// docs-versus-spec warning under both.
#[test]
fn the_docs_examples_under_both_readings() {
    let example: serde_json::Value =
        serde_json::from_str(include_str!("../../examples/ncp/edit-canary-docs-example.json"))
            .unwrap();
    let both = pairs(&[
        ("/canaryEndpointDomain", "ncp.docs.endpoint-none"),
        ("/canaryCacheTtlSec", "ncp.ttl.range"),
        ("/canaryCacheTtlSec", "ncp.docs.ttl"),
        ("/canaryThrottleRps", "ncp.throttle.range"),
        ("/canaryThrottleRps", "ncp.docs.throttle"),
    ]);
    assert_eq!(codes_under(&example, "strict"), both);
    assert_eq!(codes_under(&example, "jackson"), both);

    let typed: serde_json::Value =
        serde_json::from_str(include_str!("../../examples/ncp/edit-canary-docs-types.json"))
            .unwrap();
    assert_eq!(
        codes_under(&typed, "strict"),
        pairs(&[
            ("/body/canaryCacheTtlSec", "param.type"),
            ("/body/canaryCacheTtlSec", "ncp.docs.ttl"),
            ("/body/canaryThrottleRps", "param.type"),
            ("/body/canaryThrottleRps", "ncp.docs.throttle"),
        ])
    );
    assert_eq!(
        codes_under(&typed, "jackson"),
        pairs(&[
            ("/body/canaryCacheTtlSec", "ncp.docs.ttl"),
            ("/body/canaryThrottleRps", "ncp.docs.throttle")
        ])
    );
    // Under strict the warning names what jackson would read; under jackson, what strict does.
    let strict = canarylab::ncp::validate_edit_canary(&typed);
    assert!(
        strict.diagnostics()[1]
            .hint
            .contains("under coercion=jackson NCP would read the string as 60")
    );
    // Each fix offered makes the payload read the same under both: the numbers the spec wants.
    let fixed = canarylab::fix::fix_until_settled(
        include_str!("../../examples/ncp/edit-canary-docs-types.json"),
        |t| canarylab::api::Api::EditCanary.validate_text(t),
    );
    assert!(fixed.report.diagnostics().is_empty(), "{}", fixed.report.to_text());
    assert!(fixed.text.contains("\"canaryCacheTtlSec\": 60,"), "{}", fixed.text);
}

/// The simulated stage reads a call's body and the starting stages as the assumption says:
/// under `strict` the docs' strings are NCP's 400 and a stage written with them is refused with
/// a hint that names `jackson`; under `jackson` both read.
#[test]
fn the_simulated_stage_reads_types_as_the_assumption_says() {
    let stage = json!({"apiId": "a1", "stageId": "s1", "deployedStageDeploymentNo": 3,
                       "canaryDeploymentNo": 4, "canaryThrottleRps": "20"});
    let call = json!({"action": "EditCanary", "params": {"productId": "p1", "apiId": "a1", "stageId": "s1",
        "body": {"useDistributionRate": true, "canaryEndpointDomain": "NONE", "canaryDistributionRate": 10, "canaryCacheTtlSec": "60"}}});
    let doc = |coercion: &str, stages: serde_json::Value| json!({"provider": "ncp", "assumptions": {"coercion": coercion}, "stages": stages, "calls": [call.clone()]});
    let report = canarylab::scenario::run(&doc("strict", json!([stage]))).unwrap_err();
    let d = &report.diagnostics()[0];
    assert_eq!((d.path.as_str(), d.code.name()), ("/stages/0", "scenario.state"));
    assert!(d.hint.contains("\"coercion\": \"jackson\""), "{}", d.hint);

    let plain = json!([{"apiId": "a1", "stageId": "s1", "deployedStageDeploymentNo": 3, "canaryDeploymentNo": 4}]);
    let out = canarylab::scenario::run(&doc("strict", plain.clone())).unwrap();
    assert_eq!(out["results"][0]["status"], 400);
    assert_eq!(out["results"][0]["error"]["errorCode"], "100");

    let out = canarylab::scenario::run(&doc("jackson", json!([stage]))).unwrap();
    assert_eq!(out["results"][0]["status"], 200);
    assert_eq!(out["results"][0]["body"]["canaryCacheTtlSec"], 60);
    assert_eq!(out["results"][0]["body"]["canaryThrottleRps"], 20);
    assert_eq!(out["warnings"][0]["path"], "/stages/0/canaryThrottleRps");
    assert_eq!(out["results"][0]["warnings"][0]["code"], "ncp.docs.ttl");
}

/// A traffic document's stage is read the same way: refused under `strict` (naming `jackson`),
/// read under `jackson` with a note saying what was read.
#[test]
fn a_traffic_stage_reads_types_as_the_assumption_says() {
    let doc = |coercion: &str| {
        json!({"provider": "ncp", "assumptions": {"coercion": coercion},
               "stage": {"stageId": "s1", "deployedStageDeploymentNo": 1, "canaryDeploymentNo": 2,
                         "useDistributionRate": "true", "canaryDistributionRate": "25"},
               "workload": {"requests": 1000, "ratePerSecond": 100}, "runs": 2})
    };
    let report = canarylab::traffic::simulate(&doc("strict"), None).unwrap_err();
    let d = &report.diagnostics()[0];
    assert_eq!((d.path.as_str(), d.code.name()), ("/stage", "traffic.stage"));
    assert!(d.hint.contains("\"coercion\": \"jackson\""), "{}", d.hint);
    let out = canarylab::traffic::simulate(&doc("jackson"), None).unwrap();
    assert_eq!(out["share"]["configured"], 0.25);
    let notes: Vec<&str> =
        out["notes"].as_array().unwrap().iter().filter_map(|n| n.as_str()).collect();
    assert!(
        notes.iter().any(|n| n
            .starts_with("/stage/useDistributionRate: useDistributionRate is written \"true\"")),
        "{notes:?}"
    );
}

// ---------------------------------------------------------------- condition matching

/// The share of requests condition mode sends to the canary, exactly (`share.expected`), for a
/// stage with `conditions` and a workload whose header `x-canary` and query `beta` take each of
/// `values` equally often.
fn condition_share(
    conditions: serde_json::Value,
    header: &str,
    values: &[&str],
    assumptions: serde_json::Value,
) -> f64 {
    let values: Vec<serde_json::Value> =
        values.iter().map(|v| json!({"value": v, "weight": 1})).collect();
    let doc = json!({
        "provider": "ncp", "assumptions": assumptions,
        "stage": {"stageId": "s1", "deployedStageDeploymentNo": 1, "canaryDeploymentNo": 2,
                  "useDistributionRate": false, "canaryConditions": conditions},
        "workload": {"requests": 2000, "ratePerSecond": 100,
                     "headers": [{"name": header, "values": values.clone()}],
                     "query": [{"name": "beta", "values": values}]},
        "runs": 2
    });
    let out =
        canarylab::traffic::simulate(&doc, None).unwrap_or_else(|r| panic!("{}", r.to_text()));
    out["share"]["expected"].as_f64().unwrap()
}

/// Condition mode serves a request whose value is identical to the configured one
/// (docs/ncp-behaviour.md, "Condition mode"): no case folding, no trimming, no prefix, no
/// Unicode normalisation, for headers and query parameters alike.
#[test]
fn condition_values_match_exactly() {
    let near = ["on", "On", "ON", " on", "on ", "onn", "o", "ｏｎ", "on\u{0301}"];
    for code in ["REQUEST_HEADER", "REQUEST_QUERY"] {
        let name = if code == "REQUEST_HEADER" { "x-canary" } else { "beta" };
        let c = json!([{"parameterCode": code, "parameterName": name, "parameterValue": "on"}]);
        let share = condition_share(c, "x-canary", &near, json!({}));
        assert!((share - 1.0 / near.len() as f64).abs() < 1e-12, "{code}: {share}");
    }
    // An empty configured value matches only an empty value, not an absent parameter.
    let c =
        json!([{"parameterCode": "REQUEST_QUERY", "parameterName": "beta", "parameterValue": ""}]);
    assert_eq!(condition_share(c, "x-canary", &["", "x"], json!({})), 0.5);
}

/// Header names compare case-insensitively by default (`headerNames`), byte for byte under
/// `exact`; query names always byte for byte.
#[test]
fn condition_names_follow_the_assumption() {
    let header = json!([{"parameterCode": "REQUEST_HEADER", "parameterName": "X-Canary", "parameterValue": "on"}]);
    assert_eq!(condition_share(header.clone(), "x-canary", &["on"], json!({})), 1.0);
    assert_eq!(condition_share(header, "x-canary", &["on"], json!({"headerNames": "exact"})), 0.0);
    let query = json!([{"parameterCode": "REQUEST_QUERY", "parameterName": "Beta", "parameterValue": "on"}]);
    assert_eq!(condition_share(query, "x-canary", &["on"], json!({})), 0.0);
}
