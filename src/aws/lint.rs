//! Lints: requests API Gateway takes that do something other than what their authors meant.
//! Each is a warning with its own [`Code`], so that a face can silence it by code.
//!
//! A payload alone does not always know the stage it changes, so each lint runs where what it
//! needs is known:
//!
//! - a CreateStage payload holds the stage and its canary: every canary lint;
//! - a CreateDeployment payload with a canary: 0 % with overrides, 100 %;
//! - an UpdateStage payload: 100 %, and 0 % with overrides or `useStageCache` with the cache
//!   turned off when the same request sets both;
//! - a scenario knows every stage and the account: each starting stage is linted (the output's
//!   top-level `warnings`), and after each successful call the stage it changed, keeping the
//!   lints the call brought (the result's `warnings`). Those point into the scenario's state
//!   after the call (`/stages/{i}/...`, the space of `changes`). Logging without the account's
//!   CloudWatch Logs role is only known there.
//!
//! A promotion that keeps its canary (`aws.promotion.keeps-canary`) is flagged on an UpdateStage
//! payload by the request parser; in a scenario, a promotion that leaves the canary serving the
//! stage's own deployment says so instead of `aws.canary.same-deployment`.

use serde_json::Value;

use super::model::{Account, Stage, StringMap};
use super::patch::{self, RawOp, StageField, Step};
use super::request::Request;
use crate::code::Code;
use crate::i18n::Msg;
use crate::pointer::Pointer;
use crate::report::{Diagnostic, Fix, Report};

/// What a lint knows of a canary.
struct Canary<'a> {
    /// The canary's deployment, when the request names it (a default is not linted: another
    /// warning covers it).
    deployment_id: Option<&'a str>,
    /// `percentTraffic`, `None` when it is given but not a valid percentage (an error already).
    percent: Option<f64>,
    overrides: &'a StringMap,
    use_stage_cache: bool,
}

/// What a lint knows of the canary's stage: `None` where the request does not say.
#[derive(Default)]
struct Facts<'a> {
    deployment_id: Option<&'a str>,
    variables: Option<&'a StringMap>,
    cache_on: Option<bool>,
}

/// Lints a canary whose settings are at `at`. With `fixes`, the diagnostics offer the payload
/// edits that answer them (renaming a mistyped override).
fn canary(c: &Canary<'_>, stage: &Facts<'_>, at: &Pointer, fixes: bool, report: &mut Report) {
    let same = c.deployment_id.is_some() && c.deployment_id == stage.deployment_id;
    if same {
        report.say(
            at.join("deploymentId"),
            Code::AwsCanarySameDeployment,
            Msg::SameDeployment { deployment: c.deployment_id.unwrap_or_default().to_owned() },
            Msg::PointCanaryElsewhere,
        );
    }
    // A canary on the stage's own deployment at 0 % is one problem, said once above.
    if c.percent == Some(0.0) && !c.overrides.is_empty() && !same {
        zero_percent(c.overrides.len(), at.join("percentTraffic"), report);
    }
    if c.percent == Some(100.0) {
        full_traffic(at.join("percentTraffic"), report);
    }
    if let Some(vars) = stage.variables {
        for name in c.overrides.keys().filter(|k| !vars.contains_key(*k)) {
            let at = at.join("stageVariableOverrides").join(name.as_str());
            // The nearest stage variable without an override of its own: a typo, most likely.
            let free: Vec<&str> =
                vars.keys().map(String::as_str).filter(|v| !c.overrides.contains_key(*v)).collect();
            let near = crate::check::closest(name, &free);
            let hint = match near {
                Some(near) => Msg::OverrideUnknownNear { near: near.to_owned() },
                None => Msg::OverrideUnknownDefine { name: name.clone() },
            };
            // `validate --fix` applies every fix: only a name that differs in letter case alone
            // (AWS's names are case-sensitive) is surely a typo; other near names are a hint.
            let fix = near.filter(|near| fixes && near.eq_ignore_ascii_case(name)).map(|near| {
                (Msg::RenameOverride { name: near.to_owned() }, Fix::rename("", &at, near))
            });
            report.say_fix(
                at,
                Code::AwsCanaryOverrideUnknown,
                Msg::OverrideUnknown { name: name.clone() },
                hint,
                fix,
            );
        }
    }
    if c.use_stage_cache && stage.cache_on == Some(false) {
        report.say(
            at.join("useStageCache"),
            Code::AwsCanaryStageCacheOff,
            Msg::StageCacheOff { this_request: false },
            Msg::TurnCacheOn { this_request: false },
        );
    }
}

fn zero_percent(overrides: usize, at: Pointer, report: &mut Report) {
    report.say(
        at,
        Code::AwsCanaryZeroPercentOverrides,
        Msg::ZeroPercentOverrides { n: overrides },
        Msg::SetPercentForOverrides,
    );
}

fn full_traffic(at: Pointer, report: &mut Report) {
    report.say(at, Code::AwsCanaryFullTraffic, Msg::FullTraffic, Msg::PromoteInstead);
}

/// Every lint of a stage as the service holds it (at `at`); logging only when the account is
/// known.
pub fn stage(s: &Stage, account: Option<&Account>, at: &Pointer, report: &mut Report) {
    if let Some(c) = &s.canary_settings {
        let view = Canary {
            deployment_id: Some(&c.deployment_id),
            percent: Some(c.percent_traffic),
            overrides: &c.stage_variable_overrides,
            use_stage_cache: c.use_stage_cache,
        };
        let facts = Facts {
            deployment_id: Some(&s.deployment_id),
            variables: Some(&s.variables),
            cache_on: Some(s.cache_cluster_enabled),
        };
        canary(&view, &facts, &at.join("canarySettings"), false, report);
    }
    if account.is_some_and(|a| !a.has_cloudwatch_role()) {
        logging_without_role(s, at, report);
    }
}

/// Each place a stage logs, when the account has no CloudWatch Logs role to write with.
fn logging_without_role(s: &Stage, at: &Pointer, report: &mut Report) {
    for (key, m) in &s.method_settings {
        let level = m.logging_level.as_deref().filter(|l| *l != "OFF");
        let place = at.join("methodSettings").join(key.as_str());
        let (key, service) = (key.clone(), super::error::msg::CLOUDWATCH_ROLE_NOT_SET.to_owned());
        let (field, message) = match (level, m.data_trace_enabled) {
            (Some(level), _) => {
                ("loggingLevel", Msg::LoggingNoRole { key, level: level.to_owned(), service })
            }
            (None, true) => ("dataTraceEnabled", Msg::DataTraceNoRole { key, service }),
            (None, false) => continue,
        };
        report.say(place.join(field), Code::AwsLoggingNoRole, message, Msg::SetCloudwatchRole);
    }
    if s.access_log_settings.as_ref().is_some_and(|l| l.destination_arn.is_some()) {
        report.say(
            at.join("accessLogSettings").join("destinationArn"),
            Code::AwsLoggingNoRole,
            Msg::AccessLogNoRole,
            Msg::SetCloudwatchRole,
        );
    }
}

/// The lints a successful call brought to the stage it changed: those of the stage after the
/// call that the stage before it (`None`: the call created it) did not have, at the stage's
/// pointer `at` in the state after the call. A promotion that leaves the canary on the stage's
/// own deployment is `aws.promotion.keeps-canary`; one on a stage that had no canary before the
/// call is `aws.promotion.no-canary`, said first.
pub fn after_call(
    before: Option<&Stage>,
    after: &Stage,
    promoted: bool,
    account: &Account,
    at: &Pointer,
) -> Vec<Diagnostic> {
    let mut had = Report::new();
    if let Some(b) = before {
        stage(b, Some(account), at, &mut had);
    }
    let mut has = Report::new();
    stage(after, Some(account), at, &mut has);
    let old =
        |d: &Diagnostic| had.diagnostics().iter().any(|o| o.code == d.code && o.path == d.path);
    // A promotion's copies on a stage without a canary fail (the gateway says so); they succeed
    // only when the same call's replace created the canary first, with AWS's defaults, so what
    // they copy was never served to anyone as a canary.
    let mut out = Report::new();
    if let (true, Some(b), Some(c)) = (promoted, before, &after.canary_settings) {
        if b.canary_settings.is_none() {
            out.say(
                at.join("deploymentId"),
                Code::AwsPromotionNoCanary,
                Msg::PromotionNoCanary { deployment: c.deployment_id.clone() },
                Msg::CanaryFirstThenPromote,
            );
        }
    }
    for d in has.diagnostics().iter().filter(|d| !old(d)) {
        match d.code {
            Code::AwsCanarySameDeployment if promoted => out.say(
                d.path.clone(),
                Code::AwsPromotionKeepsCanary,
                Msg::PromotionLeftCanary,
                Msg::RemoveCanaryOnceDone,
            ),
            _ => out.add(d.clone()),
        }
    }
    out.diagnostics().to_vec()
}

/// Whether UpdateStage parameters promote the canary (copy its deployment onto the stage).
pub fn promotes(params: &Value) -> bool {
    let ops = params.get("patchOperations").and_then(Value::as_array);
    ops.is_some_and(|ops| {
        ops.iter().any(|o| {
            o.get("op").and_then(Value::as_str) == Some("copy")
                && o.get("path").and_then(Value::as_str) == Some("/deploymentId")
        })
    })
}

/// The lints a request's payload carries enough to run (see the module's list). `req` is what
/// `request::parse` read from `params`.
pub fn request(req: &Request, params: &Value, report: &mut Report) {
    let at = Pointer::root().join("canarySettings");
    // A percentage given but refused is an error already: no lint on it.
    let given = params.pointer("/canarySettings/percentTraffic").is_some();
    let percent = |p: Option<f64>| if given { p } else { Some(p.unwrap_or(0.0)) };
    match req {
        Request::CreateStage(r) => {
            if let Some(c) = &r.canary_settings {
                let view = Canary {
                    deployment_id: c.deployment_id.as_deref(),
                    percent: percent(c.percent_traffic),
                    overrides: &c.stage_variable_overrides,
                    use_stage_cache: c.use_stage_cache.unwrap_or(false),
                };
                let facts = Facts {
                    deployment_id: Some(&r.deployment_id),
                    variables: Some(&r.variables),
                    cache_on: Some(r.cache_cluster_enabled.unwrap_or(false)),
                };
                canary(&view, &facts, &at, true, report);
            }
        }
        Request::CreateDeployment(r) => {
            if let Some(c) = &r.canary_settings {
                let view = Canary {
                    deployment_id: None,
                    percent: percent(c.percent_traffic),
                    overrides: &c.stage_variable_overrides,
                    use_stage_cache: c.use_stage_cache.unwrap_or(false),
                };
                canary(&view, &Facts::default(), &at, true, report);
            }
        }
        Request::UpdateStage { steps, .. } => {
            let relevant = steps.iter().any(|s| {
                matches!(s, Step::SetCanaryPercent(p) if *p == 0.0 || *p == 100.0)
                    || *s == Step::SetCanaryUseStageCache(true)
            });
            if relevant {
                update_stage(params, report);
            }
        }
        _ => {}
    }
}

/// UpdateStage's lints over its operations, in order (each op planned again, with its index).
fn update_stage(params: &Value, report: &mut Report) {
    let ops = params.get("patchOperations").and_then(Value::as_array);
    let planned: Vec<(usize, Step)> = (ops.map(Vec::as_slice).unwrap_or_default().iter())
        .enumerate()
        .filter_map(|(i, o)| {
            let text = |k: &str| o.get(k).and_then(Value::as_str);
            let raw = RawOp {
                op: text("op"),
                path: text("path"),
                value: text("value"),
                from: text("from"),
            };
            patch::plan(raw).ok().map(|s| (i, s))
        })
        .collect();
    let value_at = |i: usize| Pointer::root().join("patchOperations").join(i).join("value");
    let last = |f: &dyn Fn(&Step) -> bool| planned.iter().rev().find(|(_, s)| f(s));
    // A promotion or the canary's removal after op `i` ends the canary's story.
    let ends_after = |i: usize| {
        planned.iter().any(|(j, s)| {
            *j > i
                && matches!(
                    s,
                    Step::PromoteDeployment | Step::PromoteVariables | Step::RemoveCanary
                )
        })
    };
    let promotes = planned.iter().any(|(_, s)| *s == Step::PromoteDeployment);
    let overrides = |s: &&(usize, Step)| matches!(s.1, Step::SetOverride(..));
    if let Some((i, Step::SetCanaryPercent(p))) = last(&|s| matches!(s, Step::SetCanaryPercent(_)))
    {
        let set = planned.iter().filter(overrides).count();
        if *p == 0.0 && set > 0 && !promotes && !ends_after(*i) {
            zero_percent(set, value_at(*i), report);
        }
        if *p == 100.0 && !ends_after(*i) {
            full_traffic(value_at(*i), report);
        }
    }
    let cache_off = last(&|s| matches!(s, Step::SetBool(StageField::CacheClusterEnabled, _)))
        .is_some_and(|(_, s)| *s == Step::SetBool(StageField::CacheClusterEnabled, false));
    if let Some((i, Step::SetCanaryUseStageCache(true))) =
        last(&|s| matches!(s, Step::SetCanaryUseStageCache(_)))
    {
        if cache_off && !ends_after(*i) {
            report.say(
                value_at(*i),
                Code::AwsCanaryStageCacheOff,
                Msg::StageCacheOff { this_request: true },
                Msg::TurnCacheOn { this_request: true },
            );
        }
    }
}
