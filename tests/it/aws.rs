//! The AWS model against data fixtures: scenarios (the simulated REST API) and validator cases.

use serde_json::Value;

use crate::fixtures::{contains, load};

/// Each `tests/fixtures/aws/scenarios/*.json` is `{"comment", "scenario", "expect"}`; the
/// scenario's output must contain `expect` (see `fixtures::contains`).
#[test]
fn scenarios() {
    for (name, fx) in load("aws/scenarios") {
        let out = canarylab::scenario::run(&fx["scenario"])
            .unwrap_or_else(|r| panic!("{name}: {}", r.to_text()));
        if let Err(e) = contains(&out, &fx["expect"], "") {
            panic!("{name}: {e}\n{}", serde_json::to_string_pretty(&out).unwrap());
        }
    }
}

/// Each `tests/fixtures/aws/validate/*.json` is `{"cases": [{"comment", "api", "input", "expect":
/// [{"path", "code", "severity", "message"?}]}]}`: exactly these diagnostics, in this order.
#[test]
fn validator_cases() {
    let mut n = 0;
    for (name, fx) in load("aws/validate") {
        for case in fx["cases"].as_array().unwrap() {
            n += 1;
            let comment = case["comment"].as_str().unwrap_or_default();
            let api = case["api"].as_str().unwrap();
            let report = canarylab::api::validate_value(api, &case["input"]).unwrap();
            let got = serde_json::to_value(&report).unwrap();
            let got = got["diagnostics"].as_array().unwrap();
            let want = case["expect"].as_array().unwrap();
            let brief = |d: &Value| format!("{} {} {}", d["path"], d["code"], d["severity"]);
            assert_eq!(
                got.iter().map(brief).collect::<Vec<_>>(),
                want.iter().map(brief).collect::<Vec<_>>(),
                "{name}: {comment}\n{}",
                report.to_text()
            );
            for (g, w) in got.iter().zip(want) {
                if let Some(m) = w.get("message") {
                    assert_eq!(&g["message"], m, "{name}: {comment}");
                }
            }
            assert_eq!(report.is_valid(), want.iter().all(|d| d["severity"] == "warning"));
        }
    }
    assert!(n > 0);
}
