//! Scenarios: a starting state and a list of calls, run against a simulated gateway. The CLI's
//! `run`, the npm package and the site's lifecycle page all replay this one format:
//!
//! ```json
//! {"provider": "aws", "deployments": [{"id": "a1"}], "stages": [<stage as GetStage returns it>],
//!  "clock": {"start": "2026-01-01T00:00:00Z", "stepSeconds": 1},
//!  "calls": [{"action": "UpdateStage", "params": {...}}]}
//! ```
//!
//! and yields `{"results": [{"action", "status", "body" | "error": {"type", "message"},
//! "changes"}], "state": {"deployments", "stages"}}`. `changes` is what the call did to the
//! state, as an RFC 6902 patch (`json_patch::diff` from the state before the call to the state
//! after it, `[]` for a failed or read-only call): applied to the previous state with
//! `json_patch::patch` it gives the next one exactly. A document that is not a valid scenario
//! gives diagnostics instead, like a validator.

use crate::code::Code;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value, json};

use crate::api::Provider;
use crate::aws;
use crate::check::Obj;
use crate::clock::{Clock, DateError, parse_iso8601};
use crate::i18n::{Lang, Msg};
use crate::pointer::Pointer;
use crate::report::Report;

/// Runs a scenario document. `Err` holds the diagnostics of a malformed scenario.
pub fn run(doc: &Value) -> Result<Value, Report> {
    run_inner(doc, None, Lang::En)
}

/// [`run`] with canarylab's words in `lang`: the diagnostics of a malformed scenario and the
/// `warnings` (lints, values read under `coercion=jackson`) beside the results. What the
/// simulated service answers (status, body, error) is the same in every language.
pub fn run_in(doc: &Value, lang: Lang) -> Result<Value, Report> {
    run_inner(doc, None, lang).map_err(|r| r.localized(lang))
}

/// Runs a scenario and also returns the state before the first call and after each call
/// (`calls + 1` states, each shaped like the output's `"state"`): the lifecycle page's timeline
/// in one pass.
pub fn run_stepwise(doc: &Value) -> Result<(Value, Vec<Value>), Report> {
    let mut states = Vec::new();
    let out = run_inner(doc, Some(&mut states), Lang::En)?;
    Ok((out, states))
}

fn run_inner(doc: &Value, states: Option<&mut Vec<Value>>, lang: Lang) -> Result<Value, Report> {
    let mut report = Report::new();
    let Some(obj) = Obj::new(doc, Pointer::root(), "a scenario", &mut report) else {
        return Err(report);
    };
    let name = obj.string("provider", true, &mut report);
    let provider = name.and_then(Provider::from_name);
    let members: &[&str] = match provider {
        Some(Provider::Ncp) => &["provider", "stages", "clock", "assumptions", "calls", "comment"],
        _ => &["provider", "deployments", "stages", "account", "clock", "calls", "comment"],
    };
    obj.only(members, &mut report);
    let clock = parse_clock(&obj, &mut report);
    let calls = obj.array("calls", true, &mut report).unwrap_or_default();
    match (name, provider) {
        (_, Some(Provider::Aws)) => run_aws(&obj, calls, clock, report, states, lang),
        (_, Some(Provider::Ncp)) => run_ncp(&obj, calls, clock, report, states, lang),
        (Some(other), None) => {
            report.say(
                obj.path("provider"),
                Code::ScenarioProvider,
                Msg::UnknownProvider { name: other.to_owned() },
                Msg::UseAwsOrNcp,
            );
            Err(report)
        }
        (None, None) => Err(report),
    }
}

fn parse_clock(obj: &Obj<'_>, report: &mut Report) -> Clock {
    let Some(c) = obj.object("clock", report) else { return Clock::default() };
    c.only(&["start", "stepSeconds"], report);
    let start = match c.string("start", false, report) {
        Some(text) => parse_iso8601(text).unwrap_or_else(|problem| {
            let problem = Box::new(date_problem(problem));
            report.say(
                c.path("start"),
                Code::ScenarioClock,
                Msg::NotUtcTime { text: text.to_owned(), problem },
                Msg::WriteCalendarTime,
            );
            Clock::DEFAULT_START
        }),
        None => Clock::DEFAULT_START,
    };
    let step = c.number("stepSeconds", false, report).map_or(1, |n| n.clamp(0.0, 86_400.0) as i64);
    Clock::new(start, step)
}

/// Why a time does not read, as a catalogue entry: the same words as [`DateError`]'s `Display`.
pub(crate) fn date_problem(e: DateError) -> Msg {
    match e {
        DateError::Shape => Msg::DateShape,
        DateError::Month(m) => Msg::DateMonth { month: format!("{m:02}") },
        DateError::Day { year, month, day } => Msg::DateDay {
            month: format!("{year:04}-{month:02}"),
            day: format!("{day:02}"),
            // The month's last day is the clock's to say: the latest day it reads.
            days: (28..=31)
                .rev()
                .find(|d| parse_iso8601(&format!("{year:04}-{month:02}-{d:02}T00:00:00Z")).is_ok())
                .unwrap_or(28),
        },
        DateError::Hour(h) => Msg::DateHour { hour: format!("{h:02}") },
        DateError::Minute(m) => Msg::DateMinute { minute: format!("{m:02}") },
        DateError::Second(s) => Msg::DateSecond { second: format!("{s:02}") },
    }
}

/// Reads `key` (an array) item by item, reporting each failure at its own pointer.
fn typed_list<T: DeserializeOwned>(obj: &Obj<'_>, key: &str, report: &mut Report) -> Vec<T> {
    let items = obj.array(key, false, report).unwrap_or_default();
    let hint = Msg::EntryAsServiceReturns { key: key.to_owned() };
    items
        .iter()
        .enumerate()
        .filter_map(|(i, item)| {
            typed(item, obj.path(key).join(i), Code::ScenarioState, hint.clone(), report)
        })
        .collect()
}

/// The member `key` of `obj` read as a `T`: `None` when it is absent (after a
/// `param.missing` when `required`) or when it does not fit (reported).
pub(crate) fn member<T: DeserializeOwned>(
    obj: &Obj<'_>,
    key: &str,
    required: bool,
    code: Code,
    hint: Msg,
    report: &mut Report,
) -> Option<T> {
    let v = obj.fetch(key, required, report)?;
    typed(v, obj.path(key), code, hint, report)
}

/// Replays `planned` calls on a gateway: each result through `result`, with the call's
/// `changes`; the state (as the output's `"state"`) through `state`, also before the first call
/// and after each one when `states` collects them.
fn replay<G, A: Copy>(
    gw: &mut G,
    planned: &[(A, String, Value)],
    result: impl Fn(&mut G, A, &str, &Value) -> Value,
    state: impl Fn(&G) -> Value,
    mut states: Option<&mut Vec<Value>>,
) -> Value {
    let mut before = state(gw);
    if let Some(s) = states.as_deref_mut() {
        s.push(before.clone());
    }
    let mut results = Vec::with_capacity(planned.len());
    for (action, name, params) in planned {
        let mut r = result(gw, *action, name, params);
        let after = state(gw);
        if let Some(m) = r.as_object_mut() {
            m.insert(
                "changes".to_owned(),
                crate::doc::to_value(&json_patch::diff(&before, &after)),
            );
        }
        results.push(r);
        if let Some(s) = states.as_deref_mut() {
            s.push(after.clone());
        }
        before = after;
    }
    json!({"results": results, "state": before})
}

/// Reads one member as a `T`, reporting a failure at its pointer.
pub(crate) fn typed<T: DeserializeOwned>(
    value: &Value,
    at: Pointer,
    code: Code,
    hint: Msg,
    report: &mut Report,
) -> Option<T> {
    // The error names the member ("missing field `stageName`", "invalid type: string \"x\",
    // expected a boolean"); the pointer is the item's.
    match T::deserialize(value) {
        Ok(v) => Some(v),
        Err(e) => {
            report.say(at, code, Msg::Unreadable { error: e.to_string() }, hint);
            None
        }
    }
}

/// The `calls` list: each `{"action", "params"}` with a known action name.
fn planned_calls<A: Copy>(
    obj: &Obj<'_>,
    calls: &[Value],
    provider: &str,
    find: impl Fn(&str) -> Option<A>,
    names: &[&str],
    report: &mut Report,
) -> Vec<(A, String, Value)> {
    let mut planned = Vec::with_capacity(calls.len());
    for (i, call) in calls.iter().enumerate() {
        let at = obj.path("calls").join(i);
        let Some(c) = Obj::new(call, at, "a call", report) else { continue };
        c.only(&["action", "params", "comment"], report);
        let action = c.string("action", true, report).and_then(|name| {
            let found = find(name);
            if found.is_none() {
                report.say(
                    c.path("action"),
                    Code::ScenarioAction,
                    Msg::UnknownAction { provider: provider.to_owned(), name: name.to_owned() },
                    Msg::OneOf { list: names.join(", ") },
                );
            }
            found.map(|a| (a, name.to_owned()))
        });
        let params = c.get("params").cloned().unwrap_or_else(|| Value::Object(Map::new()));
        if let Some((a, name)) = action {
            planned.push((a, name, params));
        }
    }
    planned
}

fn run_ncp(
    obj: &Obj<'_>,
    calls: &[Value],
    clock: Clock,
    mut report: Report,
    states: Option<&mut Vec<Value>>,
    lang: Lang,
) -> Result<Value, Report> {
    use crate::ncp::{assume::Assumptions, gateway, model::Stage};
    let assumptions: Assumptions = member(
        obj,
        "assumptions",
        false,
        Code::ScenarioAssumptions,
        Msg::SeeAssumptions,
        &mut report,
    )
    .unwrap_or_default();
    let mut stages = Vec::new();
    // The starting stages' members read other than as written (`coercion=jackson`).
    let mut starting = Vec::new();
    for (i, item) in obj.array("stages", false, &mut report).unwrap_or_default().iter().enumerate()
    {
        let at = obj.path("stages").join(i);
        if let Some(s) = Obj::new(item, at.clone(), "a stage", &mut report) {
            s.only(&Stage::fields(), &mut report);
            let has_canary_fields = s.map.keys().any(|k| k.starts_with("canary"));
            if has_canary_fields && s.get("canaryDeploymentNo").is_none() {
                report.say(
                    s.path("canaryDeploymentNo"),
                    Code::ScenarioState,
                    Msg::CanaryNeedsDeploymentNo,
                    Msg::GiveCanaryDeploymentNo,
                );
            }
        }
        let read =
            Stage::read_reported(item, &at, assumptions.coercion, Code::ScenarioState, &mut report);
        if let Some((stage, coerced)) = read {
            stages.push(stage);
            starting.extend(coerced.diagnostics().iter().cloned());
        }
    }
    let names: Vec<&str> = gateway::Action::ALL.iter().map(|a| a.name()).collect();
    let planned = planned_calls(obj, calls, "NCP", gateway::Action::from_name, &names, &mut report);
    if !report.is_valid() {
        return Err(report);
    }
    let mut gw = gateway::Gateway::new(stages, clock, assumptions);
    // A failed call's `error` is NCP's body's member: the result without `action`, `status` and
    // `changes` is the body NCP returns. A call whose params were read other than as written
    // (`coercion=jackson`) says so in `warnings`, at their pointers in its params.
    let result = |gw: &mut gateway::Gateway, action, name: &str, params: &Value| match gw
        .call(action, params)
    {
        Ok(r) => {
            let mut out = json!({"action": name, "status": r.status, "body": r.body});
            if let (false, Some(m)) = (r.warnings.is_empty(), out.as_object_mut()) {
                m.insert("warnings".to_owned(), in_lang(&r.warnings, lang));
            }
            out
        }
        Err(e) => json!({"action": name, "status": e.status, "error": e.to_json()}),
    };
    let mut out = replay(&mut gw, &planned, result, |gw| json!({"stages": gw.stages()}), states);
    if let (false, Some(m)) = (starting.is_empty(), out.as_object_mut()) {
        m.insert("warnings".to_owned(), in_lang(&starting, lang));
    }
    Ok(out)
}

fn run_aws(
    obj: &Obj<'_>,
    calls: &[Value],
    clock: Clock,
    mut report: Report,
    states: Option<&mut Vec<Value>>,
    lang: Lang,
) -> Result<Value, Report> {
    let deployments: Vec<aws::model::Deployment> = typed_list(obj, "deployments", &mut report);
    let stages: Vec<aws::model::Stage> = typed_list(obj, "stages", &mut report);
    let account = read_account(obj, &mut report);
    let names: Vec<&str> = aws::request::Action::ALL.iter().map(|a| a.name()).collect();
    let planned =
        planned_calls(obj, calls, "AWS", aws::request::Action::from_name, &names, &mut report);
    if !report.is_valid() {
        return Err(report);
    }
    // The starting stages' lints, at their pointers in the scenario (and in the first state).
    let mut starting = Report::new();
    for (i, s) in stages.iter().enumerate() {
        aws::lint::stage(s, Some(&account), &Pointer::root().join("stages").join(i), &mut starting);
    }
    let mut gw = aws::gateway::Gateway::new(deployments, stages, clock).with_account(account);
    let result = |gw: &mut aws::gateway::Gateway, action, name: &str, params: &Value| {
        let stage_name = params.get("stageName").and_then(Value::as_str);
        let find = |gw: &aws::gateway::Gateway| {
            let name = stage_name?;
            gw.stages()
                .iter()
                .enumerate()
                .find(|(_, s)| s.stage_name == name)
                .map(|(i, s)| (i, s.clone()))
        };
        let before = find(gw).map(|(_, s)| s);
        match gw.call(action, params) {
            Ok(r) => {
                let mut out = json!({"action": name, "status": r.status, "body": r.body});
                let changes_stage = matches!(
                    action,
                    aws::request::Action::UpdateStage
                        | aws::request::Action::CreateStage
                        | aws::request::Action::CreateDeployment
                );
                if let (true, Some((i, after))) = (changes_stage, find(gw)) {
                    let at = Pointer::root().join("stages").join(i);
                    let promoted = aws::lint::promotes(params);
                    let warnings =
                        aws::lint::after_call(before.as_ref(), &after, promoted, gw.account(), &at);
                    if let (false, Some(m)) = (warnings.is_empty(), out.as_object_mut()) {
                        m.insert("warnings".to_owned(), in_lang(&warnings, lang));
                    }
                }
                out
            }
            Err(e) => json!({"action": name, "status": e.status(),
                             "error": {"type": e.type_name(), "message": e.message}}),
        }
    };
    let state = |gw: &aws::gateway::Gateway| json!({"deployments": gw.deployments(), "stages": gw.stages()});
    let mut out = replay(&mut gw, &planned, result, state, states);
    if let (false, Some(m)) = (starting.diagnostics().is_empty(), out.as_object_mut()) {
        m.insert("warnings".to_owned(), in_lang(starting.diagnostics(), lang));
    }
    Ok(out)
}

/// Diagnostics as a result's `warnings`, written in `lang`.
fn in_lang(diagnostics: &[crate::report::Diagnostic], lang: Lang) -> Value {
    if lang == Lang::En {
        return crate::doc::to_value(diagnostics);
    }
    let localized: Vec<_> = diagnostics.iter().map(|d| d.localized(lang)).collect();
    crate::doc::to_value(&localized)
}

/// The scenario's `account`: absent, or an absent `cloudwatchRoleArn`, is an account whose
/// CloudWatch Logs role is set; `null` is one without.
fn read_account(obj: &Obj<'_>, report: &mut Report) -> aws::model::Account {
    let Some(a) = obj.object("account", report) else { return aws::model::Account::default() };
    a.only(&["cloudwatchRoleArn"], report);
    // `null` says something here, so the member is read as written (`Obj::get` drops it).
    let role = match a.map.get("cloudwatchRoleArn") {
        None => return aws::model::Account::default(),
        Some(Value::Null) => None,
        Some(Value::String(arn)) if arn.starts_with("arn:") => Some(arn.clone()),
        Some(Value::String(arn)) => {
            report.say(
                a.path("cloudwatchRoleArn"),
                Code::ScenarioAccount,
                Msg::NotAnArn { arn: arn.clone() },
                Msg::WriteRoleArn,
            );
            None
        }
        Some(other) => {
            crate::check::type_error(
                report,
                a.path("cloudwatchRoleArn"),
                "cloudwatchRoleArn",
                "a string",
                other,
            );
            None
        }
    };
    aws::model::Account { cloudwatch_role_arn: role }
}
