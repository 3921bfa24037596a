//! Lifecycle: a timeline that starts from a stage and applies calls to a simulated gateway.
//! Buttons generate the exact request for the common steps; each step shows the response (or the
//! service's error, as it would return it), a line diff of the stage against the step before, and
//! the call's `changes`: the RFC 6902 patch from the scenario state before it to the state after.
//! The scenario imports and exports in the CLI's scenario format.

use serde_json::{Value, json};
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::web::state;

/// The scenario a new timeline starts from: one stage serving one deployment.
fn start(provider: &str) -> Value {
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
fn steps(provider: &str) -> Vec<(&'static str, Value)> {
    let none = || json!({});
    let ops = |ops: Value| json!({ "patchOperations": ops });
    let percent =
        |p: &str| json!({"op": "replace", "path": "/canarySettings/percentTraffic", "value": p});
    let list = if provider == "ncp" {
        vec![
            ("Enable canary", "EnableCanary", none()),
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
            ("Promote", "PromoteCanary", none()),
            ("Disable canary", "DisableCanary", none()),
            ("Get stage", "GetStage", none()),
        ]
    } else {
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
            (
                "Remove canary",
                "UpdateStage",
                ops(json!([{"op": "remove", "path": "/canarySettings"}])),
            ),
            ("Get stage", "GetStage", none()),
        ]
    };
    list.into_iter().map(|(label, action, extra)| (label, call(provider, action, extra))).collect()
}

fn initial() -> String {
    let q = state::query();
    q.get("s")
        .cloned()
        .or_else(|| state::load("lifecycle"))
        .unwrap_or_else(|| pretty(&start("aws")))
}

/// `v[key]` for reading: `Null` when `v` is not an object or lacks the key (never panics).
fn at<'a>(v: &'a Value, key: &str) -> &'a Value {
    v.get(key).unwrap_or(&Value::Null)
}

/// Sets `v[key]` when `v` is an object (indexing a non-object mutably would panic).
fn put(v: &mut Value, key: &str, value: Value) {
    if let Some(m) = v.as_object_mut() {
        m.insert(key.to_owned(), value);
    }
}

fn pretty(v: &Value) -> String {
    crate::doc::pretty(v)
}

fn remember(text: &str) {
    state::save("lifecycle", text);
    let compact =
        crate::doc::parse(text).map(|v| v.to_string()).unwrap_or_else(|_| text.to_owned());
    state::set_query("#/lifecycle", &[("s", compact)]);
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

struct Step {
    call: Value,
    result: Value,
    before: String,
    after: String,
}

/// Replays the scenario once, keeping the stage before and after each call.
fn timeline(doc: &Value) -> Result<Vec<Step>, crate::report::Report> {
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

/// The lifecycle page.
#[component]
pub fn Lifecycle() -> Html {
    let text = use_state(initial);
    let draft = use_state(|| (*text).clone());
    let parsed = crate::doc::parse(&text).ok();
    let provider = parsed
        .as_ref()
        .and_then(|d| d["provider"].as_str().map(str::to_owned))
        .unwrap_or_else(|| "aws".to_owned());

    let set_doc = {
        let (text, draft) = (text.clone(), draft.clone());
        Callback::from(move |doc: Value| {
            let t = pretty(&doc);
            remember(&t);
            draft.set(t.clone());
            text.set(t);
        })
    };
    let add = |call: Value| {
        let (set_doc, parsed) = (set_doc.clone(), parsed.clone());
        Callback::from(move |_| {
            if let Some(mut d) = parsed.clone() {
                if let Some(calls) = d.get_mut("calls").and_then(Value::as_array_mut) {
                    calls.push(call.clone());
                } else {
                    put(&mut d, "calls", json!([call.clone()]));
                }
                set_doc.emit(d);
            }
        })
    };
    let undo = {
        let (set_doc, parsed) = (set_doc.clone(), parsed.clone());
        Callback::from(move |_| {
            if let Some(mut d) = parsed.clone() {
                if let Some(calls) = d.get_mut("calls").and_then(Value::as_array_mut) {
                    calls.pop();
                }
                set_doc.emit(d);
            }
        })
    };
    let reset = |p: &'static str| {
        let set_doc = set_doc.clone();
        Callback::from(move |_| set_doc.emit(start(p)))
    };
    let on_draft = {
        let draft = draft.clone();
        Callback::from(move |e: InputEvent| {
            let t: HtmlTextAreaElement = e.target_unchecked_into();
            draft.set(t.value());
        })
    };
    let load = {
        let (text, draft) = (text.clone(), draft.clone());
        Callback::from(move |_| {
            remember(&draft);
            text.set((*draft).clone());
        })
    };

    let body = match parsed.as_ref().map(timeline) {
        None => {
            html! { <p class="bad">{"The scenario below is not valid JSON; fix it and press Load."}</p> }
        }
        Some(Err(report)) => html! {
            <div class="bad"><p>{"The scenario has problems:"}</p>
                <ul>{ for report.diagnostics().iter().map(|d| html! { <li><code>{ d.path.as_str().to_owned() }</code>{": "}{ &d.message }</li> }) }</ul>
            </div>
        },
        Some(Ok(steps)) if steps.is_empty() => {
            html! { <p class="muted">{"No calls yet: press a step above."}</p> }
        }
        Some(Ok(steps)) => html! {
            <ol class="timeline">
                { for steps.iter().enumerate().map(|(i, s)| step_view(i, s)) }
            </ol>
        },
    };

    html! {
        <article class="lifecycle">
            <h1>{"Replay the canary lifecycle"}</h1>
            <p class="lede">{"Start from a stage, apply calls, and see what the service returns at each step: the response, or its own error, and what changed in the stage."}</p>
            <div class="toolbar" role="group" aria-label="Gateway">
                <button type="button" aria-pressed={(provider == "aws").to_string()} onclick={reset("aws")}>{"AWS REST API"}</button>
                <button type="button" aria-pressed={(provider == "ncp").to_string()} onclick={reset("ncp")}>{"NCP stage"}</button>
            </div>
            <div class="toolbar steps" role="group" aria-label="Steps">
                { for steps(&provider).into_iter().map(|(label, call)| html! {
                    <button type="button" onclick={add(call)}>{ label }</button>
                }) }
                <button type="button" onclick={undo}>{"Undo last step"}</button>
            </div>
            { body }
            <details class="scenario">
                <summary>{"Scenario (import / export in the CLI's format)"}</summary>
                <p>{"Edit or paste a scenario and press Load; "}<code>{"canarylab run"}</code>{" replays the same file."}</p>
                <textarea id="scenario" spellcheck="false" aria-label="Scenario JSON" value={(*draft).clone()} oninput={on_draft} />
                <div class="toolbar"><button type="button" onclick={load}>{"Load"}</button></div>
            </details>
        </article>
    }
}

fn step_view(i: usize, s: &Step) -> Html {
    let action = at(&s.call, "action").as_str().unwrap_or("?").to_owned();
    let status = at(&s.result, "status").as_u64().unwrap_or(0);
    let failed = s.result.get("error").is_some();
    let response = if failed {
        pretty(&json!({"status": status, "error": at(&s.result, "error")}))
    } else {
        pretty(&json!({"status": status, "body": at(&s.result, "body")}))
    };
    let changed = s.before != s.after;
    html! {
        <li class={if failed { "step failed" } else { "step" }} data-testid="step">
            <h2>{ format!("{}. {action}", i + 1) }<span class="status">{ format!(" → {status}") }</span></h2>
            <div class="step-grid">
                <div><h3>{"Request"}</h3><pre class="json">{ pretty(at(&s.call, "params")) }</pre></div>
                <div><h3>{ if failed { "Error" } else { "Response" } }</h3><pre class="json">{ response }</pre></div>
            </div>
            <div class="step-grid">
                <div>
                    <h3>{ if changed { "Stage: what changed" } else { "Stage: unchanged" } }</h3>
                    { super::diff_view(&s.before, &s.after) }
                </div>
                <div>
                    <h3>{"State: changes (RFC 6902 patch)"}</h3>
                    { patch_view(at(&s.result, "changes")) }
                </div>
            </div>
        </li>
    }
}

/// A call's `changes`, one operation a line: `op`, `from` → `path`, and the value as compact
/// JSON (so a string shows its quotes and a number does not), with the patch itself to copy.
fn patch_view(changes: &Value) -> Html {
    let ops = changes.as_array().map(Vec::as_slice).unwrap_or_default();
    if ops.is_empty() {
        return html! { <p class="muted patch-none" data-testid="changes">{"[]: nothing changed"}</p> };
    }
    let text = |v: Option<&Value>| v.and_then(Value::as_str).unwrap_or("").to_owned();
    html! {
        <div class="patch" data-testid="changes">
            <ol>
                { for ops.iter().map(|op| {
                    let name = text(op.get("op"));
                    let kind = match name.as_str() {
                        "add" => "op add",
                        "remove" => "op remove",
                        "replace" => "op replace",
                        _ => "op",
                    };
                    html! {
                        <li>
                            <code class={kind}>{ name }</code>{" "}
                            { for op.get("from").map(|f| html! { <><code class="path">{ text(Some(f)) }</code>{" → "}</> }) }
                            <code class="path">{ text(op.get("path")) }</code>
                            { for op.get("value").map(|v| html! { <>{" "}<code class="value">{ v.to_string() }</code></> }) }
                        </li>
                    }
                }) }
            </ol>
            <details><summary>{"As JSON"}</summary><pre class="json">{ pretty(changes) }</pre></details>
        </div>
    }
}
