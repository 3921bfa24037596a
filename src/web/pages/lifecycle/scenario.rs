//! The scenario behind the Lifecycle page, as plain values: where a new timeline starts, the
//! calls its buttons add (and the slider's share), the replay that pairs each call with the stage
//! before and after it, what a refused call's result says (type, status, message), Validate's
//! diagnostics of a call's parameters, the warnings in the reader's language, "your own request",
//! and the NCP assumptions as the scenario holds them.

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

/// The common steps a button adds; the page names them in the reader's language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepName {
    /// AWS: CreateDeployment with a 10 % canary.
    CreateCanary,
    /// AWS: UpdateStage to the share the slider sets.
    Shift,
    /// AWS: UpdateStage copying the canary onto the stage; NCP: Promote.
    Promote,
    /// AWS: UpdateStage removing the canary settings.
    RemoveCanary,
    /// Both: GetStage.
    GetStage,
    /// NCP: enable a canary.
    Enable,
    /// NCP: put a new version on the canary.
    Deploy,
    /// NCP: Edit Canary to 10 % of requests.
    EditRate,
    /// NCP: Edit Canary to a header condition.
    EditHeader,
    /// NCP: disable the canary.
    Disable,
}

/// The common steps for a provider: (name, call). `share` is the percentage "shift" moves the
/// canary to.
pub fn steps(provider: &str, share: f64) -> Vec<(StepName, Value)> {
    let list = if provider == "ncp" { ncp_steps() } else { aws_steps(share) };
    list.into_iter().map(|(name, action, extra)| (name, call(provider, action, extra))).collect()
}

/// NCP's steps: (name, action, parameters beyond the ids).
fn ncp_steps() -> Vec<(StepName, &'static str, Value)> {
    vec![
        (StepName::Enable, "EnableCanary", json!({})),
        (StepName::Deploy, "DeployCanary", json!({"body": {"deploymentDescription": "v2"}})),
        (
            StepName::EditRate,
            "EditCanary",
            json!({"body": {
                "useDistributionRate": true, "canaryEndpointDomain": "NONE",
                "canaryDistributionRate": 10,
            }}),
        ),
        (
            StepName::EditHeader,
            "EditCanary",
            json!({"body": {
                "useDistributionRate": false, "canaryEndpointDomain": "NONE",
                "canaryConditions": [{
                    "parameterCode": "REQUEST_HEADER", "parameterName": "x-canary",
                    "parameterValue": "on",
                }],
            }}),
        ),
        (StepName::Promote, "PromoteCanary", json!({})),
        (StepName::Disable, "DisableCanary", json!({})),
        (StepName::GetStage, "GetStage", json!({})),
    ]
}

/// The patch value "shift" sends for `share`: UpdateStage takes every value as a string, and
/// the slider moves in half percents, so one decimal says it exactly.
pub fn share_value(share: f64) -> String {
    format!("{:.1}", clamp_share(share))
}

/// A share as the slider can hold it: 0 to 100 (anything else, NaN included, is the nearest
/// end; NaN is 50, the default).
pub fn clamp_share(share: f64) -> f64 {
    if share.is_nan() { 50.0 } else { share.clamp(0.0, 100.0) }
}

/// The UpdateStage operation that moves the canary's share.
fn shift_op(share: f64) -> Value {
    json!({"op": "replace", "path": "/canarySettings/percentTraffic", "value": share_value(share)})
}

/// AWS's steps: (name, action, parameters beyond the ids).
fn aws_steps(share: f64) -> Vec<(StepName, &'static str, Value)> {
    let ops = |ops: Value| json!({ "patchOperations": ops });
    vec![
        (
            StepName::CreateCanary,
            "CreateDeployment",
            json!({"canarySettings": {
                "percentTraffic": 10.0,
                "stageVariableOverrides": {"backend": "canary.internal"},
            }}),
        ),
        (StepName::Shift, "UpdateStage", ops(json!([shift_op(share)]))),
        (
            StepName::Promote,
            "UpdateStage",
            ops(json!([
                {"op": "replace", "path": "/canarySettings/percentTraffic", "value": "0.0"},
                {"op": "copy", "from": "/canarySettings/stageVariableOverrides", "path": "/variables"},
                {"op": "copy", "from": "/canarySettings/deploymentId", "path": "/deploymentId"},
            ])),
        ),
        (
            StepName::RemoveCanary,
            "UpdateStage",
            ops(json!([{"op": "remove", "path": "/canarySettings"}])),
        ),
        (StepName::GetStage, "GetStage", json!({})),
    ]
}

/// Whether `call` is a "shift": an UpdateStage whose only operation replaces the canary's share.
pub fn is_shift(call: &Value) -> bool {
    let ops = at(at(call, "params"), "patchOperations").as_array();
    at(call, "action") == "UpdateStage"
        && ops.is_some_and(|ops| {
            ops.len() == 1
                && ops.first().is_some_and(|op| {
                    at(op, "op") == "replace" && at(op, "path") == "/canarySettings/percentTraffic"
                })
        })
}

/// `doc` with its last call moved to `share` when that call is a shift (so the slider re-runs
/// the timeline with the new share); `None` when the last call is something else.
pub fn with_share(doc: &Value, share: f64) -> Option<Value> {
    let mut d = doc.clone();
    let last = d.get_mut("calls").and_then(Value::as_array_mut).and_then(|c| c.last_mut())?;
    if !is_shift(last) {
        return None;
    }
    *last.pointer_mut("/params/patchOperations/0")? = shift_op(share);
    Some(d)
}

/// The actions a provider's simulated gateway takes, for the "your own request" picker.
pub fn actions(provider: &str) -> Vec<&'static str> {
    if provider == "ncp" {
        crate::ncp::gateway::Action::ALL.iter().map(|a| a.name()).collect()
    } else {
        crate::aws::request::Action::ALL.iter().map(|a| a.name()).collect()
    }
}

/// A starting point for "your own request": `action`'s parameters with the scenario's ids and
/// an example of what it takes.
pub fn example_params(provider: &str, action: &str) -> Value {
    let extra = match (provider == "ncp", action) {
        (false, "UpdateStage") => json!({"patchOperations": [shift_op(25.0)]}),
        (false, "CreateDeployment") => {
            json!({"canarySettings": {"percentTraffic": 5.0, "useStageCache": false}})
        }
        (false, "CreateStage") => json!({"stageName": "beta", "deploymentId": "dep001"}),
        (false, "DeleteDeployment") => json!({"deploymentId": "dep001"}),
        (true, "EditCanary") => json!({"body": {
            "useDistributionRate": true, "canaryEndpointDomain": "NONE",
            "canaryDistributionRate": 20,
        }}),
        (true, "DeployCanary") => json!({"body": {"deploymentDescription": "v3"}}),
        _ => json!({}),
    };
    let mut p = at(&call(provider, action, extra), "params").clone();
    // The account-wide reads take no stage name.
    if let (false, "GetStages" | "GetDeployments" | "DeleteDeployment", Some(m)) =
        (provider == "ncp", action, p.as_object_mut())
    {
        m.remove("stageName");
    }
    p
}

/// The validator a call's parameters go through on the Validate page, if its action has one.
pub fn validator(provider: &str, action: &str) -> Option<crate::api::Api> {
    use crate::api::Api;
    match (provider == "ncp", action) {
        (false, "CreateDeployment") => Some(Api::CreateDeployment),
        (false, "CreateStage") => Some(Api::CreateStage),
        (false, "UpdateStage") => Some(Api::UpdateStage),
        (true, "EditCanary") => Some(Api::EditCanary),
        _ => None,
    }
}

/// What Validate says about a call's parameters (the scenario's NCP assumptions in force), or
/// `None` when its action has no validator.
pub fn hints(doc: &Value, call: &Value) -> Option<Report> {
    let api = validator(&provider(Some(doc)), at(call, "action").as_str()?)?;
    Some(api.validate_value_with(at(call, "params"), &assumptions(doc)))
}

/// The scenario's NCP assumptions (the defaults where it names none or they do not read).
pub fn assumptions(doc: &Value) -> crate::ncp::assume::Assumptions {
    serde_json::from_value(at(doc, "assumptions").clone()).unwrap_or_default()
}

/// Each assumption with its values, the first being the default (for the page's switches).
pub fn assumption_choices() -> Vec<(&'static str, &'static [&'static str])> {
    use crate::doc::variant_names;
    use crate::ncp::assume as a;
    (a::Assumptions::fields().iter())
        .map(|&name| {
            let values = match name {
                "conditionMatch" => variant_names::<a::ConditionMatch>(),
                "headerNames" => variant_names::<a::HeaderNames>(),
                "editWithoutCanary" => variant_names::<a::EditWithoutCanary>(),
                "afterPromote" => variant_names::<a::AfterPromote>(),
                "coercion" => variant_names::<a::Coercion>(),
                _ => &[],
            };
            (name, values)
        })
        .collect()
}

/// The value of assumption `name` in force in `doc`.
pub fn assumption(doc: &Value, name: &str) -> String {
    let all = crate::doc::to_value(&assumptions(doc));
    at(&all, name).as_str().unwrap_or_default().to_owned()
}

/// `doc` with assumption `name` set to `value`; a default value leaves the member out, so a
/// scenario names only what it changes.
pub fn with_assumption(doc: &Value, name: &str, value: &str) -> Value {
    let mut d = doc.clone();
    let default = crate::doc::to_value(&crate::ncp::assume::Assumptions::default());
    let Some(m) = d.as_object_mut() else { return d };
    let mut set = m.get("assumptions").and_then(Value::as_object).cloned().unwrap_or_default();
    if at(&default, name) == value {
        set.remove(name);
    } else {
        set.insert(name.to_owned(), json!(value));
    }
    if set.is_empty() {
        m.remove("assumptions");
    } else {
        m.insert("assumptions".to_owned(), Value::Object(set));
    }
    d
}

/// The NCP assumptions an action's result depends on, so a step can say which ones produced it:
/// its own, and after a promotion `afterPromote` too, since whether the canary is still there
/// (and so whether this call finds one) is that assumption's answer.
pub fn assumptions_for(action: &str, after_promote: bool) -> Vec<&'static str> {
    let mut names: Vec<&'static str> = match action {
        "EditCanary" => vec!["coercion", "editWithoutCanary"],
        "DeployCanary" => vec!["coercion"],
        _ => Vec::new(),
    };
    if action == "PromoteCanary" || after_promote {
        names.push("afterPromote");
    }
    names
}

/// A refused call as the page shows it: the service's type, status and message as it returns
/// them (AWS: `{"type", "message"}`; NCP: its body's `errorCode`, `message` and `details`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refusal {
    /// The HTTP status; `None` when nothing was sent (the SDK refused the parameters).
    pub status: Option<u64>,
    /// AWS's error type, or NCP's `message` ("Bad Request Exception").
    pub kind: String,
    /// NCP's `errorCode`.
    pub code: Option<String>,
    /// AWS's message, or NCP's `details`.
    pub message: String,
}

/// The refusal in a call's result, or `None` when the call succeeded.
pub fn refusal(result: &Value) -> Option<Refusal> {
    let e = result.get("error")?;
    let text = |k: &str| match at(e, k) {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    };
    let status = at(result, "status").as_u64().filter(|s| *s != 0);
    Some(if e.get("errorCode").is_some() {
        Refusal {
            status,
            kind: text("message"),
            code: Some(text("errorCode")),
            message: text("details"),
        }
    } else {
        Refusal { status, kind: text("type"), code: None, message: text("message") }
    })
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

/// Why "your own request" did not run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OwnProblem {
    /// The text is not JSON: serde_json's message, with line and column.
    NotJson(String),
    /// The JSON is not an object.
    NotObject,
}

/// "Your own request" as a call: `action` with the pasted parameters (an object).
pub fn own_call(action: &str, text: &str) -> Result<Value, OwnProblem> {
    match crate::doc::parse(text) {
        Ok(v @ Value::Object(_)) => Ok(json!({"action": action, "params": v})),
        Ok(_) => Err(OwnProblem::NotObject),
        Err(e) => Err(OwnProblem::NotJson(e.to_string())),
    }
}

/// A warning a step carries, in the reader's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    /// Its code (never translated).
    pub code: String,
    /// Where it points in the state after the call, or in the call's parameters.
    pub path: String,
    /// What it means.
    pub message: String,
    /// What to do.
    pub hint: String,
}

/// The warnings of `step` in `lang`. A result carries its warnings as JSON, in English; the
/// same diagnostics are made again from the step's stages (AWS's lints) and parameters
/// (Validate's checks, which say how NCP read them), which keep their catalogue entries, and
/// each warning is written from its twin (same code, same place) in `lang`. A warning without
/// a twin shows as the result wrote it.
pub fn warnings(doc: &Value, step: &Step, lang: crate::i18n::Lang) -> Vec<Warning> {
    let list = at(&step.result, "warnings").as_array().cloned().unwrap_or_default();
    let text = |d: &Value, k: &str| at(d, k).as_str().unwrap_or_default().to_owned();
    let twins = if lang == crate::i18n::Lang::En || list.is_empty() {
        Vec::new()
    } else {
        let mut all = aws_lints(doc, step, &list);
        all.extend(hints(doc, &step.call).map(|r| r.diagnostics().to_vec()).unwrap_or_default());
        all
    };
    list.iter()
        .map(|w| {
            let (code, path) = (text(w, "code"), text(w, "path"));
            let twin = twins.iter().find(|d| d.code.name() == code && d.path.as_str() == path);
            match twin.map(|d| d.localized(lang)) {
                Some(d) => Warning { code, path, message: d.message, hint: d.hint },
                None => Warning { code, path, message: text(w, "message"), hint: text(w, "hint") },
            }
        })
        .collect()
}

/// The lints an AWS call brought to its stage, made again from the step's stages
/// (`aws::lint::after_call`, as the scenario runs it).
fn aws_lints(doc: &Value, step: &Step, list: &[Value]) -> Vec<crate::report::Diagnostic> {
    use crate::aws::{lint, model};
    if provider(Some(doc)) != "aws" {
        return Vec::new();
    }
    let Ok(after) = serde_json::from_str::<model::Stage>(&step.after) else { return Vec::new() };
    let before = serde_json::from_str::<model::Stage>(&step.before).ok();
    let account: model::Account = match doc.get("account") {
        Some(a) => serde_json::from_value(a.clone()).unwrap_or_default(),
        None => model::Account::default(),
    };
    // The stage's place in the state, read from where the result's warnings point.
    let index = list
        .iter()
        .filter_map(|w| at(w, "path").as_str()?.strip_prefix("/stages/")?.split('/').next())
        .find_map(|i| i.parse::<usize>().ok())
        .unwrap_or(0);
    let at_stage = crate::pointer::Pointer::root().join("stages").join(index);
    let promoted = lint::promotes(at(&step.call, "params"));
    lint::after_call(before.as_ref(), &after, promoted, &account, &at_stage)
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
    /// Whether a PromoteCanary came before it in the timeline.
    pub after_promote: bool,
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
            after_promote: calls
                .iter()
                .take(i)
                .any(|c| at(c, "action").as_str() == Some("PromoteCanary")),
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
        let doc = steps("aws", 50.0).into_iter().fold(start("aws"), |d, (_, c)| with_call(&d, c));
        assert_eq!(statuses(&doc), [201, 200, 200, 200, 200]);
        let steps = timeline(&doc).unwrap();
        assert!(steps[1].before.contains("\"percentTraffic\": 10.0"));
        assert!(steps[1].after.contains("\"percentTraffic\": 50.0"));
        assert_eq!(steps[4].before, steps[4].after, "GetStage changes nothing");
    }

    #[test]
    fn every_ncp_button_in_order_replays() {
        let doc = steps("ncp", 50.0).into_iter().fold(start("ncp"), |d, (_, c)| with_call(&d, c));
        // Promotion ends the canary, so disabling it afterwards is NCP's error.
        assert_eq!(statuses(&doc), [200, 200, 200, 200, 204, 400, 200]);
    }

    #[test]
    fn undo_drops_the_last_call_and_a_scenario_without_calls_gets_them() {
        let (_, enable) = steps("ncp", 50.0).swap_remove(0);
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

    fn aws_doc(names: &[StepName], share: f64) -> Value {
        let all = steps("aws", share);
        names.iter().fold(start("aws"), |d, n| {
            let call = all.iter().find(|(m, _)| m == n).map(|(_, c)| c.clone()).unwrap();
            with_call(&d, call)
        })
    }

    #[test]
    fn the_slider_moves_the_last_shift_and_only_a_shift() {
        let doc = aws_doc(&[StepName::CreateCanary, StepName::Shift], 30.0);
        let steps = timeline(&doc).unwrap();
        assert!(steps[1].after.contains("\"percentTraffic\": 30.0"));
        let moved = with_share(&doc, 72.5).unwrap();
        assert_eq!(moved["calls"][1]["params"]["patchOperations"][0]["value"], "72.5");
        assert!(timeline(&moved).unwrap()[1].after.contains("\"percentTraffic\": 72.5"));
        assert_eq!(with_share(&aws_doc(&[StepName::CreateCanary], 30.0), 40.0), None);
        assert_eq!(share_value(f64::NAN), "50.0");
        assert_eq!(share_value(250.0), "100.0");
    }

    #[test]
    fn a_refusal_has_the_service_type_status_and_message() {
        // An add AWS does not take: its 400, as AWS writes it.
        let add = json!({"action": "UpdateStage", "params": {"restApiId": "a", "stageName": "prod",
            "patchOperations": [{"op": "add", "path": "/canarySettings/deploymentId", "value": "dep001"}]}});
        let doc = with_call(&start("aws"), add);
        let r = refusal(&timeline(&doc).unwrap()[0].result).unwrap();
        assert_eq!(r.status, Some(400));
        assert_eq!(r.kind, "BadRequestException");
        assert_eq!(r.message, "Invalid add operation with path: /canarySettings/deploymentId");
        // A parameter of the wrong type never leaves the SDK: no status.
        let bad = with_call(
            &start("aws"),
            json!({"action": "UpdateStage",
            "params": {"restApiId": "a", "stageName": "prod", "patchOperations": "x"}}),
        );
        let step = &timeline(&bad).unwrap()[0];
        let r = refusal(&step.result).unwrap();
        assert_eq!((r.status, r.kind.as_str()), (None, "ParamValidationError"));
        // ... and Validate says why, at its pointer.
        let report = hints(&bad, &step.call).unwrap();
        assert!(report.diagnostics().iter().any(|d| d.path.as_str() == "/patchOperations"));
        // NCP's body: errorCode, message, details.
        let ncp = with_call(&start("ncp"), steps("ncp", 50.0)[2].1.clone());
        let r = refusal(&timeline(&ncp).unwrap()[0].result).unwrap();
        assert_eq!(r.status, Some(400));
        assert_eq!(r.code.as_deref(), Some("100"));
        assert_eq!(r.message, "Canary is not enabled on stage 's1'");
        assert_eq!(refusal(&json!({"status": 200, "body": {}})), None);
    }

    #[test]
    fn promote_without_a_canary_says_so() {
        let doc = aws_doc(&[StepName::Promote], 50.0);
        let step = &timeline(&doc).unwrap()[0];
        let warned = at(&step.result, "warnings").as_array().cloned().unwrap_or_default();
        let refused = refusal(&step.result);
        assert!(
            refused.is_some() || !warned.is_empty(),
            "promote on a stage without a canary is neither refused nor warned: {}",
            step.result
        );
        let ncp = with_call(&start("ncp"), steps("ncp", 50.0)[4].1.clone());
        let r = refusal(&timeline(&ncp).unwrap()[0].result).unwrap();
        assert_eq!(r.status, Some(400));
    }

    #[test]
    fn assumptions_switch_in_the_scenario_and_change_the_result() {
        let doc = start("ncp");
        assert_eq!(assumption(&doc, "afterPromote"), "disable-canary");
        let kept = with_assumption(&doc, "afterPromote", "keep-canary");
        assert_eq!(kept["assumptions"], json!({"afterPromote": "keep-canary"}));
        assert_eq!(with_assumption(&kept, "afterPromote", "disable-canary"), doc);
        let all = steps("ncp", 50.0);
        let run = |d: &Value| {
            let d = [0, 4, 5].iter().fold(d.clone(), |d, &i| with_call(&d, all[i].1.clone()));
            timeline(&d)
                .unwrap()
                .iter()
                .map(|s| at(&s.result, "status").as_u64().unwrap())
                .collect::<Vec<_>>()
        };
        // Disable after promote: refused when promotion disabled the canary, taken when it kept it.
        assert_eq!(run(&doc), [200, 204, 400]);
        assert_eq!(run(&kept), [200, 204, 204]);
        assert_eq!(assumptions_for("PromoteCanary", false), ["afterPromote"]);
        assert_eq!(assumptions_for("DisableCanary", false), Vec::<&str>::new());
        assert_eq!(assumptions_for("DisableCanary", true), ["afterPromote"]);
        assert_eq!(
            assumptions_for("EditCanary", true),
            ["coercion", "editWithoutCanary", "afterPromote"]
        );
        let choices = assumption_choices();
        assert!(choices.contains(&("coercion", &["strict", "jackson"][..])), "{choices:?}");
        assert!(choices.iter().all(|(_, v)| !v.is_empty()));
    }

    #[test]
    fn every_example_request_runs_and_every_validated_one_passes_validate() {
        for provider in ["aws", "ncp"] {
            let mut doc = start(provider);
            if provider == "ncp" {
                doc = with_call(&doc, steps("ncp", 50.0)[0].1.clone());
            }
            for action in actions(provider) {
                let params = example_params(provider, action);
                let call = json!({"action": action, "params": params});
                let d = with_call(&doc, call.clone());
                let steps = timeline(&d).unwrap();
                let status = at(&steps.last().unwrap().result, "status").as_u64().unwrap();
                assert_ne!(status, 0, "{provider} {action}: {}", steps.last().unwrap().result);
                if let Some(report) = hints(&d, &call) {
                    assert!(report.is_valid(), "{provider} {action}: {report:?}");
                }
            }
        }
    }

    #[test]
    fn warnings_read_in_korean_where_the_catalogue_has_them() {
        use crate::i18n::Lang;
        let doc = aws_doc(&[StepName::CreateCanary, StepName::Promote], 50.0);
        let steps = timeline(&doc).unwrap();
        let en = warnings(&doc, &steps[1], Lang::En);
        let ko = warnings(&doc, &steps[1], Lang::Ko);
        assert_eq!(en.len(), ko.len());
        assert!(!en.is_empty(), "promotion keeps the canary: {}", steps[1].result);
        for (e, k) in en.iter().zip(&ko) {
            assert_eq!((&e.code, &e.path), (&k.code, &k.path));
        }
        assert!(
            ko.iter().any(|w| w.message.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c))),
            "{ko:?}"
        );
    }

    #[test]
    fn your_own_request_runs_as_the_next_step_or_says_why_not() {
        let call = own_call(
            "UpdateStage",
            "{\"restApiId\": \"a\", \"stageName\": \"prod\", \"patchOperations\": []}",
        )
        .unwrap();
        assert_eq!(call["action"], "UpdateStage");
        assert!(
            matches!(own_call("UpdateStage", "{\"a\": "), Err(OwnProblem::NotJson(m)) if m.contains("line 1"))
        );
        assert_eq!(own_call("GetStage", "[1]"), Err(OwnProblem::NotObject));
        // A type the SDK refuses: no status, its type, and Validate's diagnostic for the payload.
        let bad = own_call("CreateDeployment", "{\"restApiId\": \"a\", \"stageName\": \"prod\", \"canarySettings\": {\"percentTraffic\": \"ten\"}}").unwrap();
        let doc = with_call(&start("aws"), bad.clone());
        let step = &timeline(&doc).unwrap()[0];
        let r = refusal(&step.result).unwrap();
        assert_eq!(r.status, None);
        let report = hints(&doc, &bad).unwrap();
        assert!(
            report
                .diagnostics()
                .iter()
                .any(|d| d.path.as_str() == "/canarySettings/percentTraffic"),
            "{report:?}"
        );
    }
}
