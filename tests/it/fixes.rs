//! Fixes: every fix a diagnostic offers applies to the payload it came from and makes that
//! payload pass the check it was offered for; on a payload with one defect, applying the fixes
//! gives a payload with no error at all.

use canarylab::api::Api;
use canarylab::report::{Diagnostic, Report};
use proptest::prelude::*;
use serde_json::{Value, json};

use crate::robustness::{arb_json, arb_ncp_call, arb_op};

/// Each fix alone: it applies, and its diagnostic (same place, same code) is gone after it.
fn each_fix_removes_its_diagnostic(api: Api, payload: &Value) -> Result<(), TestCaseError> {
    let report = api.validate_value(payload);
    for d in report.diagnostics() {
        let Some(fix) = &d.fix else { continue };
        let fixed = canarylab::fix::apply(payload, &[fix])
            .map_err(|e| TestCaseError::fail(format!("{e} on {payload}")))?;
        let after = api.validate_value(&fixed);
        prop_assert!(
            !after.diagnostics().iter().any(|a| same_place(a, d)),
            "{} still there after \"{}\": {payload} -> {fixed}",
            d.code,
            fix.description
        );
    }
    Ok(())
}

fn same_place(a: &Diagnostic, b: &Diagnostic) -> bool {
    a.code == b.code && a.path == b.path
}

fn errors(report: &Report) -> Vec<String> {
    report.diagnostics().iter().map(Diagnostic::to_line).collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn fixes_on_any_json(payload in arb_json()) {
        for api in Api::ALL {
            each_fix_removes_its_diagnostic(api, &payload)?;
        }
    }

    #[test]
    fn fixes_on_update_stage(ops in prop::collection::vec(arb_op(), 1..5)) {
        let payload = json!({"restApiId": "a", "stageName": "prod", "patchOperations": ops});
        each_fix_removes_its_diagnostic(Api::UpdateStage, &payload)?;
    }

    #[test]
    fn fixes_on_edit_canary(call in arb_ncp_call()) {
        each_fix_removes_its_diagnostic(Api::EditCanary, &call.1)?;
    }

    /// A valid payload with one defect a fix exists for: applying every offered fix leaves no
    /// error (and the defect's diagnostic offered one).
    #[test]
    fn one_defect_is_fixed_whole((api, payload) in one_defect()) {
        let report = api.validate_value(&payload);
        let fixes = canarylab::fix::offered(&report);
        prop_assert!(!fixes.is_empty(), "no fix offered for {payload}: {}", report.to_text());
        let fixed = canarylab::fix::apply(&payload, &fixes).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let after = api.validate_value(&fixed);
        prop_assert!(after.is_valid(), "{payload}\n-> {fixed}\n{}", errors(&after).join("\n"));
        prop_assert!(after.diagnostics().iter().all(|d| d.fix.is_none()), "{}", after.to_text());
    }
}

/// Valid payloads with one defect each, drawn from the defects fixes exist for.
fn one_defect() -> impl Strategy<Value = (Api, Value)> {
    let promote = || {
        json!({"restApiId": "a1", "stageName": "prod", "patchOperations": [
        {"op": "replace", "path": "/canarySettings/percentTraffic", "value": "0.0"},
        {"op": "copy", "from": "/canarySettings/stageVariableOverrides", "path": "/variables"},
        {"op": "copy", "from": "/canarySettings/deploymentId", "path": "/deploymentId"},
        {"op": "remove", "path": "/canarySettings"}]})
    };
    let paths = prop::sample::select(vec![
        "/canarySettings/percentTraffic/",
        "/canarysettings/percenttraffic",
        "/canarySettings/PercentTraffic",
        "/percentTraffic",
        "canarySettings/percentTraffic",
        "/CanarySettings/percentTraffic",
    ]);
    let ncp = || {
        json!({"productId": "p1", "apiId": "a1", "stageId": "s1", "body": {
        "useDistributionRate": false, "canaryEndpointDomain": "https://c.example.com",
        "canaryConditions": [{"parameterCode": "REQUEST_HEADER", "parameterName": "x-canary", "parameterValue": "on"}]}})
    };
    let value_chars = "[a-z]{1,4}[ !$%^*]{1,3}[a-z]{0,4}";
    prop_oneof![
        // A number where UpdateStage wants a string.
        (0u32..=100).prop_map(move |n| {
            let mut p = promote();
            p["patchOperations"][0] =
                json!({"op": "replace", "path": "/canarySettings/percentTraffic", "value": n});
            (Api::UpdateStage, p)
        }),
        // A mistyped path.
        paths.prop_map(move |path| {
            let mut p = promote();
            p["patchOperations"][0]["path"] = json!(path);
            (Api::UpdateStage, p)
        }),
        // add where only replace is taken.
        Just({
            let mut p = promote();
            p["patchOperations"][0]["op"] = json!("add");
            (Api::UpdateStage, p)
        }),
        // The promotion without its remove.
        Just({
            let mut p = promote();
            p["patchOperations"].as_array_mut().unwrap().pop();
            (Api::UpdateStage, p)
        }),
        // Characters a stage-variable value cannot hold, in a patch and in CreateStage.
        value_chars.prop_map(move |v| {
            let mut p = promote();
            p["patchOperations"][0] =
                json!({"op": "replace", "path": "/variables/backend", "value": v});
            (Api::UpdateStage, p)
        }),
        value_chars.prop_map(|v| (
            Api::CreateStage,
            json!({"restApiId": "a1", "stageName": "prod",
            "deploymentId": "d1", "variables": {"backend": v}})
        )),
        // NCP: a quoted boolean, a misnamed parameter code, the missing field of the chosen mode.
        Just({
            let mut p = ncp();
            p["body"]["useDistributionRate"] = json!("false");
            (Api::EditCanary, p)
        }),
        prop::sample::select(vec![
            "QUERY_STRING",
            "QUERY",
            "HEADER",
            "request_header",
            "REQUEST_HEADERS"
        ])
        .prop_map(move |c| {
            let mut p = ncp();
            p["body"]["canaryConditions"][0]["parameterCode"] = json!(c);
            (Api::EditCanary, p)
        }),
        Just({
            let mut p = ncp();
            p["body"] = json!({"useDistributionRate": true, "canaryEndpointDomain": "https://c.example.com"});
            (Api::EditCanary, p)
        }),
        Just({
            let mut p = ncp();
            p["body"].as_object_mut().unwrap().remove("canaryConditions");
            (Api::EditCanary, p)
        }),
        // NCP integers written as doubles or strings, and an unknown member one typo away.
        (1u32..3600).prop_map(move |n| {
            let mut p = ncp();
            p["body"]["canaryCacheTtlSec"] = json!(f64::from(n));
            (Api::EditCanary, p)
        }),
        (1u32..3600).prop_map(move |n| {
            let mut p = ncp();
            p["body"]["canaryCacheTtlSec"] = json!(n.to_string());
            (Api::EditCanary, p)
        }),
        prop::sample::select(vec!["restApiID", "stagename"]).prop_map(move |k| {
            let mut p = promote();
            let m = p.as_object_mut().unwrap();
            let v =
                m.shift_remove(if k == "restApiID" { "restApiId" } else { "stageName" }).unwrap();
            m.insert(k.to_owned(), v);
            (Api::UpdateStage, p)
        }),
    ]
}
