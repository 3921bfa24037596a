//! Scenario results report what each call changed as an RFC 6902 patch: applied to the state
//! before the call with json-patch, `changes` gives the state after it, exactly.

use proptest::prelude::*;
use serde_json::{Value, json};

use crate::robustness::{arb_ncp_call, arb_op};

/// Every call's `changes` rebuilds the next state from the previous one; failed and read-only
/// calls change nothing.
fn check_changes(doc: &Value) -> Result<(), TestCaseError> {
    let (out, states) = canarylab::scenario::run_stepwise(doc)
        .map_err(|r| TestCaseError::fail(format!("not a valid scenario: {}", r.to_text())))?;
    let results = out["results"].as_array().unwrap();
    prop_assert_eq!(states.len(), results.len() + 1);
    for (i, r) in results.iter().enumerate() {
        let changes: json_patch::Patch = serde_json::from_value(r["changes"].clone()).unwrap();
        let mut state = states[i].clone();
        json_patch::patch(&mut state, &changes).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(&state, &states[i + 1], "call {}: {}", i, r);
        let read_only =
            matches!(r["action"].as_str(), Some("GetStage" | "GetStages" | "GetDeployments"));
        if r.get("error").is_some() {
            prop_assert_eq!(&r["changes"], &json!([]), "call {}", i);
        } else if read_only {
            // A read changes nothing itself; time passing finishes a cache cluster's creation or
            // deletion, and a read is where that shows.
            let ops = r["changes"].as_array().unwrap();
            let timed =
                |o: &Value| o["path"].as_str().is_some_and(|p| p.ends_with("/cacheClusterStatus"));
            prop_assert!(ops.iter().all(timed), "call {}: {}", i, r);
        }
    }
    prop_assert_eq!(&out["state"], states.last().unwrap());
    Ok(())
}

/// A clock start that is no calendar time is a diagnostic that says what is wrong with it.
#[test]
fn a_clock_start_must_be_a_real_date() {
    for (start, problem) in [
        ("2026-02-31T00:00:00Z", "2026-02 has no day 31: it has 28 days"),
        ("2026-02-29T00:00:00Z", "2026-02 has no day 29: it has 28 days"),
        ("2026-13-01T00:00:00Z", "there is no month 13"),
        ("2026-01-01T24:00:00Z", "there is no hour 24: hours run from 00 to 23"),
        ("2026-01-01", "the text is not YYYY-MM-DDTHH:MM:SS followed by Z"),
    ] {
        let doc = json!({"provider": "aws", "clock": {"start": start}, "calls": []});
        let report = canarylab::scenario::run(&doc).unwrap_err();
        let d = &report.diagnostics()[0];
        assert_eq!((d.path.as_str(), d.code.name()), ("/clock/start", "scenario.clock"));
        assert_eq!(
            d.message,
            format!("\"{start}\" is not a UTC time like 2026-01-01T00:00:00Z: {problem}")
        );
    }
    let leap = json!({"provider": "aws", "clock": {"start": "2028-02-29T00:00:00Z"}, "calls": [
        {"action": "CreateDeployment", "params": {"restApiId": "a"}}]});
    let out = canarylab::scenario::run(&leap).unwrap();
    assert_eq!(out["results"][0]["body"]["createdDate"], "2028-02-29T00:00:01+00:00");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn aws_changes_rebuild_each_state(
        batches in prop::collection::vec(prop::collection::vec(arb_op(), 1..5), 1..6),
        reads in prop::collection::vec(any::<bool>(), 6),
    ) {
        let mut calls = vec![json!({"action": "CreateDeployment",
            "params": {"restApiId": "a", "stageName": "prod", "canarySettings": {"percentTraffic": 10}}})];
        for (i, ops) in batches.into_iter().enumerate() {
            calls.push(json!({"action": "UpdateStage",
                "params": {"restApiId": "a", "stageName": "prod", "patchOperations": ops}}));
            if reads[i] {
                calls.push(json!({"action": "GetStage", "params": {"restApiId": "a", "stageName": "prod"}}));
            }
        }
        calls.push(json!({"action": "DeleteStage", "params": {"restApiId": "a", "stageName": "prod"}}));
        let doc = json!({"provider": "aws",
            "deployments": [{"id": "dep1"}, {"id": "dep2"}],
            "stages": [{"stageName": "prod", "deploymentId": "dep1", "variables": {"v": "x"}}],
            "calls": calls});
        check_changes(&doc)?;
    }

    #[test]
    fn ncp_changes_rebuild_each_state(calls in prop::collection::vec(arb_ncp_call(), 1..12)) {
        let calls: Vec<Value> = calls
            .into_iter()
            .map(|(action, params)| json!({"action": action.name(), "params": params}))
            .collect();
        let doc = json!({"provider": "ncp",
            "stages": [{"apiId": "a1", "stageId": "s1", "deployedStageDeploymentNo": 1},
                       {"stageId": "s2", "deployedStageDeploymentNo": 5, "canaryDeploymentNo": 6}],
            "calls": calls});
        check_changes(&doc)?;
    }
}
