//! The scenario behind the Lifecycle page, as plain values: where a new timeline starts, the
//! calls its buttons add, and the replay that pairs each call with the stage before and after it.

use serde_json::{Value, json};

use crate::report::Report;

/// The scenario a new timeline starts from: one stage serving one deployment.
pub fn start(provider: &str) -> Value {
    if provider == "ncp" {
        json!({
            "provider": "ncp",
            "stages": [{
                "apiId": "a1b2c3", "stageId": "s1", "stageName": "prod", "cacheTtlSec": 60,
                "throttleRps": 100, "deployedStageDeploymentNo": 7,
            }],
            "calls": [],
        })
    } else {
        json!({
            "provider": "aws",
            "deployments": [{"id": "dep001"}],
            "stages": [{
                "deploymentId": "dep001", "stageName": "prod",
                "variables": {"backend": "prod.internal"},
            }],
            "calls": [],
        })
    }
}

/// The scenario's provider, `aws` when it names none.
pub fn provider(doc: Option<&Value>) -> String {
    doc.and_then(|d| at(d, "provider").as_str()).unwrap_or("aws").to_owned()
}

/// A call: `action` with the scenario's ids and `extra` parameters.
fn call(provider: &str, action: &str, extra: Value) -> Value {
    let mut params = if provider == "ncp" {
        json!({"productId": "p1a2b3c4", "apiId": "a1b2c3", "stageId": "s1"})
    } else {
        json!({"restApiId": "abcd1e2f3g", "stageName": "prod"})
    };
    if let (Some(p), Value::Object(extra)) = (params.as_object_mut(), extra) {
        p.extend(extra);
    }
    json!({"action": action, "params": params})
}

/// The common steps: (label, call).
pub fn steps(provider: &str) -> Vec<(&'static str, Value)> {
    let list = if provider == "ncp" { ncp_steps() } else { aws_steps() };
    list.into_iter().map(|(label, action, extra)| (label, call(provider, action, extra))).collect()
}

/// NCP's steps: (label, action, parameters beyond the ids).
fn ncp_steps() -> Vec<(&'static str, &'static str, Value)> {
    vec![
        ("Enable canary", "EnableCanary", json!({})),
        (
            "Deploy new version to canary",
            "DeployCanary",
            json!({"body": {"deploymentDescription": "v2"}}),
        ),
        (
            "Edit: 10 % of requests",
            "EditCanary",
            json!({"body": {
                "useDistributionRate": true, "canaryEndpointDomain": "NONE",
                "canaryDistributionRate": 10,
            }}),
        ),
        (
            "Edit: header x-canary: on",
            "EditCanary",
            json!({"body": {
                "useDistributionRate": false, "canaryEndpointDomain": "NONE",
                "canaryConditions": [{
                    "parameterCode": "REQUEST_HEADER", "parameterName": "x-canary",
                    "parameterValue": "on",
                }],
            }}),
        ),
        ("Promote", "PromoteCanary", json!({})),
        ("Disable canary", "DisableCanary", json!({})),
        ("Get stage", "GetStage", json!({})),
    ]
}

/// AWS's steps: (label, action, parameters beyond the ids).
fn aws_steps() -> Vec<(&'static str, &'static str, Value)> {
    let ops = |ops: Value| json!({ "patchOperations": ops });
    let percent =
        |p: &str| json!({"op": "replace", "path": "/canarySettings/percentTraffic", "value": p});
    vec![
        (
            "Create canary (10 %)",
            "CreateDeployment",
            json!({"canarySettings": {
                "percentTraffic": 10.0,
                "stageVariableOverrides": {"backend": "canary.internal"},
            }}),
        ),
        ("Shift to 50 %", "UpdateStage", ops(json!([percent("50.0")]))),
        (
            "Promote",
            "UpdateStage",
            ops(json!([
                percent("0.0"),
                {"op": "copy", "from": "/canarySettings/stageVariableOverrides", "path": "/variables"},
                {"op": "copy", "from": "/canarySettings/deploymentId", "path": "/deploymentId"},
            ])),
        ),
        ("Remove canary", "UpdateStage", ops(json!([{"op": "remove", "path": "/canarySettings"}]))),
        ("Get stage", "GetStage", json!({})),
    ]
}

/// `doc` with `call` appended to its calls (a `calls` member is made when it has none).
pub fn with_call(doc: &Value, call: Value) -> Value {
    let mut d = doc.clone();
    if let Some(calls) = d.get_mut("calls").and_then(Value::as_array_mut) {
        calls.push(call);
    } else if let Some(m) = d.as_object_mut() {
        m.insert("calls".to_owned(), json!([call]));
    }
    d
}

/// `doc` without its last call.
pub fn without_last_call(doc: &Value) -> Value {
    let mut d = doc.clone();
    if let Some(calls) = d.get_mut("calls").and_then(Value::as_array_mut) {
        calls.pop();
    }
    d
}

/// `v[key]` for reading: `Null` when `v` is not an object or lacks the key (never panics).
pub fn at<'a>(v: &'a Value, key: &str) -> &'a Value {
    v.get(key).unwrap_or(&Value::Null)
}

/// JSON as the page shows it: indented.
pub fn pretty(v: &Value) -> String {
    crate::doc::pretty(v)
}

/// One call of the timeline with what it did.
#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    /// The call as the scenario holds it.
    pub call: Value,
    /// Its result (`status`, `body` or `error`, `changes`).
    pub result: Value,
    /// The stage the call is about, before it (indented JSON).
    pub before: String,
    /// The same stage after it.
    pub after: String,
}

/// Replays the scenario once, keeping the stage before and after each call.
pub fn timeline(doc: &Value) -> Result<Vec<Step>, Report> {
    let calls = at(doc, "calls").as_array().cloned().unwrap_or_default();
    let (out, states) = crate::scenario::run_stepwise(doc)?;
    let results = at(&out, "results").as_array().cloned().unwrap_or_default();
    let show = |state: Option<&Value>, call: &Value| {
        state
            .and_then(|s| stage_of(at(s, "stages"), call))
            .map(pretty)
            .unwrap_or_else(|| "(no stage)".to_owned())
    };
    Ok(calls
        .iter()
        .enumerate()
        .map(|(i, call)| Step {
            call: call.clone(),
            result: results.get(i).cloned().unwrap_or(Value::Null),
            before: show(states.get(i), call),
            after: show(states.get(i + 1), call),
        })
        .collect())
}

/// The stage a call is about, in a state's stage list.
fn stage_of<'a>(stages: &'a Value, call: &Value) -> Option<&'a Value> {
    let list = stages.as_array()?;
    let p = at(call, "params");
    list.iter()
        .find(|s| {
            (p.get("stageName").is_some() && s.get("stageName") == p.get("stageName"))
                || (p.get("stageId").is_some() && s.get("stageId") == p.get("stageId"))
        })
        .or_else(|| list.first())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn statuses(doc: &Value) -> Vec<u64> {
        let steps = timeline(doc).unwrap();
        steps.iter().map(|s| at(&s.result, "status").as_u64().unwrap()).collect()
    }

    #[test]
    fn every_aws_button_in_order_succeeds() {
        let doc = steps("aws").into_iter().fold(start("aws"), |d, (_, c)| with_call(&d, c));
        assert_eq!(statuses(&doc), [201, 200, 200, 200, 200]);
        let steps = timeline(&doc).unwrap();
        assert!(steps[1].before.contains("\"percentTraffic\": 10.0"));
        assert!(steps[1].after.contains("\"percentTraffic\": 50.0"));
        assert_eq!(steps[4].before, steps[4].after, "GetStage changes nothing");
    }

    #[test]
    fn every_ncp_button_in_order_replays() {
        let doc = steps("ncp").into_iter().fold(start("ncp"), |d, (_, c)| with_call(&d, c));
        // Promotion ends the canary, so disabling it afterwards is NCP's error.
        assert_eq!(statuses(&doc), [200, 200, 200, 200, 204, 400, 200]);
    }

    #[test]
    fn undo_drops_the_last_call_and_a_scenario_without_calls_gets_them() {
        let (_, enable) = steps("ncp").swap_remove(0);
        let doc = with_call(&start("ncp"), enable.clone());
        assert_eq!(doc["calls"], json!([enable]));
        assert_eq!(without_last_call(&doc), start("ncp"));
        let bare = json!({"provider": "ncp"});
        assert_eq!(with_call(&bare, json!(1))["calls"], json!([1]));
        assert_eq!(without_last_call(&bare), bare);
        assert_eq!(with_call(&json!([]), json!(1)), json!([]), "not an object: unchanged");
    }

    #[test]
    fn a_scenario_with_problems_reports_them_and_the_provider_defaults_to_aws() {
        let report = timeline(&json!({"provider": "gcp"})).unwrap_err();
        assert!(!report.diagnostics().is_empty());
        assert_eq!(provider(None), "aws");
        assert_eq!(provider(Some(&start("ncp"))), "ncp");
        assert_eq!(provider(Some(&json!({"provider": 1}))), "aws");
    }
}
