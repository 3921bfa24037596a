//! Planning a canary's ramp (docs/judge.md, "Planning a ramp"): from the baseline error rate,
//! the request rate, the tolerance, alpha and power, how long each step holds so that by the end
//! of the last canary step the judge has, with the planned power, promoted an A/A canary and
//! rolled back a canary worse by the tolerance; each step's requests and blast radius; the exact
//! calls of each step for AWS (CreateDeployment, UpdateStage, the promotion) and NCP (Edit
//! Canary bodies, promote), and an AWS CLI script that runs `canarylab judge` every minute.
//!
//! ```json
//! {"baselineErrorRate": 0.005, "requestsPerSecond": 50, "tolerance": 0.005,
//!  "alpha": 0.05, "power": 0.8, "steps": [1, 5, 25, 100],
//!  "aws": {"restApiId": "a1b2c3d4e5", "stageName": "prod"},
//!  "ncp": {"productId": "p1a2b3c4", "apiId": "a1b2c3", "stageId": "s1"}}
//! ```

use serde::Serialize;
use serde_json::{Value, json};

use super::sim;
use super::stats::{RISKS, difference_bounds_of, normal_cdf, risks};
use crate::api::Api;
use crate::check::Obj;
use crate::code::Code;
use crate::i18n::{Lang, Msg};
use crate::pointer::Pointer;
use crate::report::Report;
use crate::snippet;

/// The longest step the planner offers (about ten weeks).
pub const MAX_MINUTES: u32 = 100_000;

/// A checked ramp document.
#[derive(Clone, Debug, PartialEq)]
pub struct Ramp {
    /// The stage's error rate now.
    pub baseline_error_rate: f64,
    /// Requests per second, both sides together.
    pub requests_per_second: f64,
    /// The largest increase in error rate that may promote.
    pub tolerance: f64,
    /// The judge's level.
    pub alpha: f64,
    /// The chance the plan aims for: of promoting an A/A canary, and of rolling back one worse
    /// by the tolerance, by the end of the last canary step.
    pub power: f64,
    /// The steps in percent, the last 100 (the promotion).
    pub steps: Vec<f64>,
    /// The shortest step.
    pub min_minutes: u32,
    /// AWS identifiers: REST API id, stage name.
    pub aws: AwsIds,
    /// NCP identifiers and the canary's endpoint domain.
    pub ncp: NcpIds,
}

/// The AWS side of a ramp document.
#[derive(Clone, Debug, PartialEq)]
pub struct AwsIds {
    /// The REST API's id.
    pub rest_api_id: String,
    /// The stage.
    pub stage_name: String,
    /// The API's name (the metrics' ApiName dimension), if known.
    pub api_name: Option<String>,
    /// The Stage dimension value of the stage's metrics (default: the stage name).
    pub stage_dimension: Option<String>,
    /// The Stage dimension value of the canary's metrics (undocumented by AWS: the user's).
    pub canary_dimension: Option<String>,
}

/// The NCP side of a ramp document.
#[derive(Clone, Debug, PartialEq)]
pub struct NcpIds {
    /// Product id.
    pub product_id: String,
    /// API id.
    pub api_id: String,
    /// Stage id.
    pub stage_id: String,
    /// The canary's endpoint domain (`NONE`, or an http(s) URL).
    pub canary_endpoint_domain: String,
}

const MEMBERS: [&str; 10] = [
    "baselineErrorRate",
    "requestsPerSecond",
    "tolerance",
    "alpha",
    "power",
    "steps",
    "minMinutes",
    "aws",
    "ncp",
    "comment",
];

/// Reads a ramp document, checking every member.
pub fn parse(doc: &Value) -> Result<Ramp, Report> {
    let mut report = Report::new();
    let Some(obj) = Obj::new(doc, Pointer::root(), "a ramp document", &mut report) else {
        return Err(report);
    };
    obj.only(&MEMBERS, &mut report);
    let _ = obj.string("comment", false, &mut report);
    let p0 = number(&obj, "baselineErrorRate", None, (0.0, true), (1.0, false), &mut report);
    let rps = number(&obj, "requestsPerSecond", None, (0.0, false), (1e7, true), &mut report);
    let tol_max = 1.0 - p0.unwrap_or(0.0);
    let tolerance = number(&obj, "tolerance", None, (0.0, false), (tol_max, false), &mut report);
    let alpha = number(&obj, "alpha", Some(0.05), (0.0, false), (0.5, false), &mut report);
    let power = number(&obj, "power", Some(0.8), (0.0, false), (1.0, false), &mut report);
    let steps = steps(&obj, &mut report);
    let min_minutes = match obj.get("minMinutes") {
        None => Some(1),
        Some(v) => match v.as_u64() {
            Some(n) if (1..=u64::from(MAX_MINUTES)).contains(&n) => u32::try_from(n).ok(),
            _ => {
                report.say(
                    obj.path("minMinutes"),
                    Code::RampRange,
                    Msg::MinMinutes { max: MAX_MINUTES, got: v.to_string() },
                    Msg::ShortestStep,
                );
                None
            }
        },
    };
    if let (Some(r), true) = (rps, report.is_valid()) {
        if libm::round(r * 60.0) < 1.0 {
            report.say(
                obj.path("requestsPerSecond"),
                Code::RampRange,
                Msg::RateTooLow { rps: format!("{r}") },
                Msg::RateAtLeast,
            );
        }
    }
    let aws = aws_ids(&obj, &mut report);
    let ncp = ncp_ids(&obj, &mut report);
    match (p0, rps, tolerance, alpha, power, steps, min_minutes, aws, ncp, report.is_valid()) {
        (
            Some(baseline_error_rate),
            Some(requests_per_second),
            Some(tolerance),
            Some(alpha),
            Some(power),
            Some(steps),
            Some(min_minutes),
            Some(aws),
            Some(ncp),
            true,
        ) => Ok(Ramp {
            baseline_error_rate,
            requests_per_second,
            tolerance,
            alpha,
            power,
            steps,
            min_minutes,
            aws,
            ncp,
        }),
        _ => Err(report),
    }
}

/// A number member within `(lo, hi)`, each end open or closed (`true`: the end is allowed).
fn number(
    obj: &Obj<'_>,
    key: &str,
    default: Option<f64>,
    lo: (f64, bool),
    hi: (f64, bool),
    report: &mut Report,
) -> Option<f64> {
    let Some(v) = obj.number(key, default.is_none(), report) else {
        return if obj.get(key).is_none() { default } else { None };
    };
    let above = if lo.1 { v >= lo.0 } else { v > lo.0 };
    let below = if hi.1 { v <= hi.0 } else { v < hi.0 };
    if above && below {
        return Some(v);
    }
    let hint = match key {
        "requestsPerSecond" => Msg::RpsHint,
        "tolerance" => Msg::ToleranceFraction,
        _ => Msg::FractionFivePercent,
    };
    let message = Msg::RampNumberRange {
        key: key.to_owned(),
        lo: format!("{}", lo.0),
        lo_in: lo.1,
        hi: format!("{}", hi.0),
        hi_in: hi.1,
        got: format!("{v}"),
    };
    report.say(obj.path(key), Code::RampRange, message, hint);
    None
}

fn steps(obj: &Obj<'_>, report: &mut Report) -> Option<Vec<f64>> {
    let Some(items) = obj.array("steps", false, report) else {
        return if obj.get("steps").is_none() { Some(vec![1.0, 5.0, 25.0, 100.0]) } else { None };
    };
    let mut out = Vec::with_capacity(items.len());
    let mut ok = true;
    for (i, v) in items.iter().enumerate() {
        let at = obj.path("steps").join(i);
        match v.as_f64().filter(|_| v.is_number()) {
            Some(p) if p > 0.0 && p <= 100.0 => {
                if out.last().is_some_and(|&last| p <= last) {
                    ok = false;
                    let message = Msg::StepNotRising { step: format!("{p}") };
                    report.say(at, Code::RampSteps, message, Msg::StepsRising);
                }
                out.push(p);
            }
            Some(p) => {
                ok = false;
                let message = Msg::StepRange { step: format!("{p}") };
                report.say(at, Code::RampSteps, message, Msg::StepsArePercentages);
            }
            None => {
                ok = false;
                crate::check::type_error(report, at, "steps", "a number", v);
            }
        }
    }
    if ok && out.last() != Some(&100.0) {
        ok = false;
        report.say(obj.path("steps"), Code::RampSteps, Msg::LastStep100, Msg::EndWith100);
    }
    if ok && out.len() < 2 {
        ok = false;
        report.say(obj.path("steps"), Code::RampSteps, Msg::OneCanaryStep, Msg::SuchAsSteps);
    }
    ok.then_some(out)
}

fn id(obj: &Obj<'_>, key: &str, default: &str, report: &mut Report) -> Option<String> {
    match obj.get(key) {
        None => Some(default.to_owned()),
        Some(_) => obj.string(key, false, report).map(str::to_owned),
    }
}

fn aws_ids(obj: &Obj<'_>, report: &mut Report) -> Option<AwsIds> {
    let a = obj.object("aws", report);
    let fields = ["restApiId", "stageName", "apiName", "stageDimension", "canaryDimension"];
    let Some(a) = a else {
        return obj.get("aws").is_none().then(|| AwsIds {
            rest_api_id: "a1b2c3d4e5".to_owned(),
            stage_name: "prod".to_owned(),
            api_name: None,
            stage_dimension: None,
            canary_dimension: None,
        });
    };
    a.only(&fields, report);
    let optional = |key: &str, report: &mut Report| a.string(key, false, report).map(str::to_owned);
    Some(AwsIds {
        rest_api_id: id(&a, "restApiId", "a1b2c3d4e5", report)?,
        stage_name: id(&a, "stageName", "prod", report)?,
        api_name: optional("apiName", report),
        stage_dimension: optional("stageDimension", report),
        canary_dimension: optional("canaryDimension", report),
    })
}

fn ncp_ids(obj: &Obj<'_>, report: &mut Report) -> Option<NcpIds> {
    let defaults = NcpIds {
        product_id: "p1a2b3c4".to_owned(),
        api_id: "a1b2c3".to_owned(),
        stage_id: "s1".to_owned(),
        canary_endpoint_domain: "NONE".to_owned(),
    };
    let Some(n) = obj.object("ncp", report) else {
        return obj.get("ncp").is_none().then_some(defaults);
    };
    n.only(&["productId", "apiId", "stageId", "canaryEndpointDomain"], report);
    Some(NcpIds {
        product_id: id(&n, "productId", &defaults.product_id, report)?,
        api_id: id(&n, "apiId", &defaults.api_id, report)?,
        stage_id: id(&n, "stageId", &defaults.stage_id, report)?,
        canary_endpoint_domain: id(&n, "canaryEndpointDomain", "NONE", report)?,
    })
}

// ---------------------------------------------------------------- the plan

/// One step of the plan.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PlannedStep {
    /// The canary's share in percent (100: the promotion).
    pub percent: f64,
    /// How long the step holds (absent for the promotion).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub minutes: Option<u32>,
    /// Requests in the step, both sides (expected).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requests: Option<u64>,
    /// The canary's requests in the step: the fewest the judge should see there (expected).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub canary_requests: Option<u64>,
    /// What the step can break.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub blast_radius: Option<BlastRadius>,
    /// True for the last step.
    pub promotion: bool,
    /// The AWS calls that start the step, in the scenario format (`{"action", "params"}`).
    pub aws: Vec<Value>,
    /// The NCP calls that start the step.
    pub ncp: Vec<Value>,
}

/// A step's blast radius.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BlastRadius {
    /// The worst case: every canary request of the step fails.
    pub worst_case: u64,
    /// The failed requests a canary worse by exactly the tolerance adds in the step (four
    /// decimals).
    pub at_tolerance: f64,
}

/// What the plan expects of the judge by the end of the last canary step (normal
/// approximations, checked by simulation in the tests).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Expected {
    /// The chance an A/A canary (no regression) has been promoted.
    pub promote: f64,
    /// The chance a canary worse by the tolerance has been rolled back.
    pub rollback: f64,
}

/// A ramp plan: the public JSON shape of `canarylab ramp`.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Plan {
    /// The baseline's error rate the plan assumes.
    pub baseline_error_rate: f64,
    /// Requests per second.
    pub requests_per_second: f64,
    /// The tolerance.
    pub tolerance: f64,
    /// The judge's level.
    pub alpha: f64,
    /// The planned power.
    pub power: f64,
    /// Every canary step's length.
    pub minutes_per_step: u32,
    /// All canary steps together.
    pub minutes: u32,
    /// The canary's requests over the ramp (expected).
    pub canary_requests: u64,
    /// The judge's chances by the end of the last canary step.
    pub expected: Expected,
    /// The steps, the promotion last.
    pub steps: Vec<PlannedStep>,
    /// The calls that roll the canary back, at any step.
    pub rollback: Calls,
    /// What to know before running the calls.
    pub notes: Vec<String>,
    /// A bash script with the AWS CLI: each step, `canarylab judge` every minute, rollback or
    /// promotion.
    pub script: String,
}

/// Calls per gateway.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Calls {
    /// AWS.
    pub aws: Vec<Value>,
    /// NCP.
    pub ncp: Vec<Value>,
}

/// Reads, checks and plans a ramp document: the plan as JSON, or the report.
pub fn ramp(doc: &Value) -> Result<Value, Report> {
    ramp_in(doc, Lang::En)
}

/// [`ramp`] with the plan's notes in `lang` (the report's diagnostics are rendered by the face,
/// `Report::localized`).
pub fn ramp_in(doc: &Value, lang: Lang) -> Result<Value, Report> {
    let r = parse(doc)?;
    let mut plan = plan(&r).map_err(|_| {
        // `plan` fails only when no step length up to MAX_MINUTES reaches the power.
        let mut report = Report::new();
        let message = Msg::RampTooLong {
            rps: format!("{}", r.requests_per_second),
            max: MAX_MINUTES,
            power: format!("{}", r.power),
        };
        let at = Pointer::root().join("requestsPerSecond");
        report.say(at, Code::RampRange, message, Msg::RaiseRate);
        report
    })?;
    check_calls(&plan)?;
    plan.notes = notes(&r).iter().map(|m| m.render(lang)).collect();
    Ok(crate::doc::to_value(&plan))
}

/// The step's length (`minutes`) is what makes the judge's chances reach `power`: the least
/// whole number of minutes from `min_minutes` with both chances at least `power`.
pub fn plan(r: &Ramp) -> Result<Plan, String> {
    let ok = |t: u32| {
        let (p, b) = chances(r, t);
        p >= r.power && b >= r.power
    };
    let mut hi = r.min_minutes.max(1);
    while !ok(hi) {
        if hi >= MAX_MINUTES {
            return Err(format!(
                "at {} requests per second the ramp needs more than {MAX_MINUTES} minutes a step to reach power {}",
                r.requests_per_second, r.power
            ));
        }
        hi = hi.saturating_mul(2).min(MAX_MINUTES);
    }
    let mut lo = r.min_minutes.max(1);
    if !ok(lo) {
        // ok(lo) false, ok(hi) true: bisect.
        while hi - lo > 1 {
            let mid = lo + (hi - lo) / 2;
            if ok(mid) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        lo = hi;
    }
    Ok(build(r, lo))
}

/// Requests per minute, both sides.
fn per_minute(r: &Ramp) -> f64 {
    libm::round(r.requests_per_second * 60.0)
}

/// The canary steps' shares (fractions), without the promotion.
fn shares(r: &Ramp) -> Vec<f64> {
    r.steps.iter().filter(|&&p| p < 100.0).map(|p| p / 100.0).collect()
}

/// The chances, by the end of the ramp with `t` minutes a step, that the judge has promoted an
/// A/A canary and rolled back one worse by the tolerance (docs/judge.md, "Planning a ramp").
pub fn chances(r: &Ramp, t: u32) -> (f64, f64) {
    let rpm = per_minute(r) * f64::from(t);
    let shares = shares(r);
    let n1: f64 = shares.iter().map(|s| rpm * s).sum();
    let n0: f64 = shares.iter().map(|s| rpm * (1.0 - s)).sum();
    let (p0, d) = (r.baseline_error_rate, r.tolerance);
    // Promote: the upper end of the confidence sequence below the tolerance when the canary's
    // errors run z standard deviations of the difference above their mean. The largest such z.
    let sd = (p0 * (1.0 - p0) * n1 * (1.0 + n1 / n0.max(1.0))).sqrt();
    let promotes = |z: f64| {
        let x1 = (p0 * n1 + z * sd).clamp(0.0, n1);
        let [_, hi] = difference_bounds_of((p0 * n0, n0), (x1, n1), r.alpha);
        hi < d
    };
    let promote = if !promotes(-8.0) {
        0.0
    } else if promotes(8.0) {
        1.0
    } else {
        let (mut lo, mut hi) = (-8.0, 8.0);
        for _ in 0..60 {
            let mid = 0.5 * (lo + hi);
            if promotes(mid) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        normal_cdf(lo)
    };
    // Roll back: one relative risk of the mixture alone crossing its share of the threshold,
    // ln(RISKS/alpha), its log likelihood ratio taken as normal (Poisson-binomial counts).
    let p1 = p0 + d;
    let need = libm::log(RISKS as f64 / r.alpha);
    let rollback = risks()
        .iter()
        .map(|&rho| {
            let (mut mean, mut var) = (0.0, 0.0);
            for &s in &shares {
                let c = libm::log1p(s * (rho - 1.0));
                let gain = libm::log(rho) - c;
                let (m1, m0) = (rpm * s, rpm * (1.0 - s));
                mean += m1 * p1 * gain - m0 * p0 * c;
                var += m1 * p1 * (1.0 - p1) * gain * gain + m0 * p0 * (1.0 - p0) * c * c;
            }
            if var <= 0.0 {
                if mean >= need { 1.0 } else { 0.0 }
            } else {
                normal_cdf((mean - need) / var.sqrt())
            }
        })
        .fold(0.0, f64::max);
    (promote, rollback)
}

fn build(r: &Ramp, t: u32) -> Plan {
    let rpm = per_minute(r);
    let (promote, rollback) = chances(r, t);
    let mut steps = Vec::new();
    let mut canary_total = 0.0;
    let canary_steps = r.steps.iter().filter(|&&p| p < 100.0).count();
    for (i, &percent) in r.steps.iter().enumerate() {
        let (aws, ncp) = step_calls(r, i, percent);
        if percent >= 100.0 {
            steps.push(PlannedStep {
                percent,
                minutes: None,
                requests: None,
                canary_requests: None,
                blast_radius: None,
                promotion: true,
                aws,
                ncp,
            });
            continue;
        }
        let requests = rpm * f64::from(t);
        let canary = requests * percent / 100.0;
        canary_total += canary;
        steps.push(PlannedStep {
            percent,
            minutes: Some(t),
            requests: Some(requests as u64),
            canary_requests: Some(libm::round(canary) as u64),
            blast_radius: Some(BlastRadius {
                worst_case: libm::round(canary) as u64,
                at_tolerance: libm::round(libm::round(canary) * r.tolerance * 1e4) / 1e4,
            }),
            promotion: false,
            aws,
            ncp,
        });
    }
    let rollback_calls =
        Calls { aws: vec![aws_rollback(r)], ncp: vec![ncp_call(r, "DisableCanary", None)] };
    let mut plan = Plan {
        baseline_error_rate: r.baseline_error_rate,
        requests_per_second: r.requests_per_second,
        tolerance: r.tolerance,
        alpha: r.alpha,
        power: r.power,
        minutes_per_step: t,
        minutes: t.saturating_mul(u32::try_from(canary_steps).unwrap_or(u32::MAX)),
        canary_requests: libm::round(canary_total) as u64,
        expected: Expected { promote, rollback },
        steps,
        rollback: rollback_calls,
        notes: notes(r).iter().map(ToString::to_string).collect(),
        script: String::new(),
    };
    plan.script = script(r, &plan);
    plan
}

/// The plan's notes, as catalogue entries: `plan` writes them in English, `ramp_in` in the
/// language asked.
fn notes(r: &Ramp) -> Vec<Msg> {
    let mut notes = vec![Msg::RampNoteSteps, Msg::RampNoteAws, Msg::RampNoteNcp];
    if r.aws.canary_dimension.is_none() {
        notes.push(Msg::RampNoteDimension);
    }
    notes.push(Msg::RampNoteStageCounts);
    notes
}

fn aws_params(r: &Ramp) -> serde_json::Map<String, Value> {
    let mut m = serde_json::Map::new();
    m.insert("restApiId".into(), json!(r.aws.rest_api_id));
    m.insert("stageName".into(), json!(r.aws.stage_name));
    m
}

fn update_stage(r: &Ramp, ops: Value) -> Value {
    let mut params = aws_params(r);
    params.insert("patchOperations".into(), ops);
    json!({"action": "UpdateStage", "params": params})
}

fn aws_rollback(r: &Ramp) -> Value {
    update_stage(r, json!([{"op": "remove", "path": "/canarySettings"}]))
}

/// A percentage as AWS's string values and NCP's numbers write it: `5`, `2.5`.
fn percent_text(p: f64) -> String {
    format!("{p}")
}

fn ncp_call(r: &Ramp, action: &str, body: Option<Value>) -> Value {
    let mut params = serde_json::Map::new();
    params.insert("productId".into(), json!(r.ncp.product_id));
    params.insert("apiId".into(), json!(r.ncp.api_id));
    params.insert("stageId".into(), json!(r.ncp.stage_id));
    if let Some(b) = body {
        params.insert("body".into(), b);
    }
    json!({"action": action, "params": params})
}

fn edit_canary(r: &Ramp, percent: f64) -> Value {
    ncp_call(
        r,
        "EditCanary",
        Some(
            json!({"useDistributionRate": true, "canaryEndpointDomain": r.ncp.canary_endpoint_domain,
                    "canaryDistributionRate": percent}),
        ),
    )
}

/// The calls that start step `i` (at `percent`).
fn step_calls(r: &Ramp, i: usize, percent: f64) -> (Vec<Value>, Vec<Value>) {
    if percent >= 100.0 {
        let promote = update_stage(
            r,
            json!([
                {"op": "replace", "path": "/canarySettings/percentTraffic", "value": "0.0"},
                {"op": "copy", "from": "/canarySettings/stageVariableOverrides", "path": "/variables"},
                {"op": "copy", "from": "/canarySettings/deploymentId", "path": "/deploymentId"},
                {"op": "remove", "path": "/canarySettings"}
            ]),
        );
        return (vec![promote], vec![ncp_call(r, "PromoteCanary", None)]);
    }
    if i == 0 {
        let mut params = aws_params(r);
        params.insert("description".into(), json!("canary"));
        params.insert("canarySettings".into(), json!({"percentTraffic": percent}));
        let aws = json!({"action": "CreateDeployment", "params": params});
        let ncp = vec![
            ncp_call(r, "EnableCanary", None),
            ncp_call(r, "DeployCanary", Some(json!({"deploymentDescription": "canary"}))),
            edit_canary(r, percent),
        ];
        return (vec![aws], ncp);
    }
    let aws = update_stage(
        r,
        json!([{"op": "replace", "path": "/canarySettings/percentTraffic", "value": percent_text(percent)}]),
    );
    (vec![aws], vec![edit_canary(r, percent)])
}

/// Runs every generated request through its validator: an identifier the service would refuse
/// is reported at its place in the ramp document.
fn check_calls(plan: &Plan) -> Result<(), Report> {
    let mut report = Report::new();
    let calls =
        plan.steps.iter().flat_map(|s| s.aws.iter().chain(&s.ncp)).chain(&plan.rollback.aws);
    for call in calls {
        let api = match call.get("action").and_then(Value::as_str) {
            Some("CreateDeployment") => Api::CreateDeployment,
            Some("UpdateStage") => Api::UpdateStage,
            Some("EditCanary") => Api::EditCanary,
            _ => continue,
        };
        let Some(params) = call.get("params") else { continue };
        for d in api.validate_value(params).diagnostics() {
            if d.severity != crate::report::Severity::Error {
                continue;
            }
            let first = d.path.tokens().next().unwrap_or_default();
            let at = match first.as_str() {
                "restApiId" | "stageName" => Pointer::root().join("aws").join(first.as_str()),
                "productId" | "apiId" | "stageId" => {
                    Pointer::root().join("ncp").join(first.as_str())
                }
                "body" => Pointer::root().join("ncp").join("canaryEndpointDomain"),
                _ => Pointer::root(),
            };
            if !report.diagnostics().iter().any(|x| x.path == at && x.message == d.message) {
                // The validator's words (and their catalogue entries), under the ramp's code.
                let mut d = crate::report::Diagnostic { path: at, fix: None, ..d.clone() };
                d.code = Code::RampIds;
                d.severity = Code::RampIds.severity();
                report.add(d);
            }
        }
    }
    if report.diagnostics().is_empty() { Ok(()) } else { Err(report) }
}

/// The plan as a simulated canary whose error rate is `canary_error_rate` (the tests' and the
/// site's simulations).
pub fn canary(r: &Ramp, plan: &Plan, canary_error_rate: f64) -> sim::Canary {
    sim::Canary {
        requests_per_minute: per_minute(r) as u64,
        steps: shares(r)
            .into_iter()
            .map(|share| sim::Step { share, minutes: plan.minutes_per_step })
            .collect(),
        baseline_error_rate: r.baseline_error_rate,
        canary_error_rate,
    }
}

// ---------------------------------------------------------------- the script

/// The bash script that runs the ramp with the AWS CLI and `canarylab judge`.
fn script(r: &Ramp, plan: &Plan) -> String {
    let t = plan.minutes_per_step;
    let path: Vec<String> = r.steps.iter().map(|p| format!("{p} %")).collect();
    let mut s = String::new();
    let line = |s: &mut String, l: &str| {
        s.push_str(l);
        s.push('\n');
    };
    line(&mut s, "#!/usr/bin/env bash");
    line(
        &mut s,
        &format!(
            "# canarylab ramp: {} on stage {} of REST API {},",
            path.join(" -> "),
            r.aws.stage_name,
            r.aws.rest_api_id
        ),
    );
    line(
        &mut s,
        &format!(
            "# {t} minutes a canary step, judged after every minute (alpha {}, tolerance {}).",
            r.alpha, r.tolerance
        ),
    );
    line(
        &mut s,
        "# Exit: 0 promoted, 1 rolled back, 3 undecided (the canary stays at its last share), 2 a call failed.",
    );
    line(&mut s, "set -u");
    line(&mut s, "");
    // The metrics' dimensions. The canary's Stage dimension value is the user's to give.
    let api_name = match &r.aws.api_name {
        Some(n) => format!("API_NAME=\"${{API_NAME:-{}}}\"", n.replace(['"', '$', '`', '\\'], "")),
        None => "API_NAME=\"${API_NAME:?set API_NAME to the name of the API (the ApiName dimension of its metrics)}\"".to_owned(),
    };
    line(&mut s, &api_name);
    let clean = |v: &str| v.replace(['"', '$', '`', '\\'], "");
    let stage_dimension = r.aws.stage_dimension.as_deref().unwrap_or(&r.aws.stage_name);
    line(&mut s, &format!("STAGE_DIMENSION=\"${{STAGE_DIMENSION:-{}}}\"", clean(stage_dimension)));
    let canary_dimension = match &r.aws.canary_dimension {
        Some(c) => format!("CANARY_DIMENSION=\"${{CANARY_DIMENSION:-{}}}\"", clean(c)),
        None => "CANARY_DIMENSION=\"${CANARY_DIMENSION:?set CANARY_DIMENSION to the Stage dimension value of the metrics of the canary (aws cloudwatch list-metrics --namespace AWS/ApiGateway --metric-name Count)}\"".to_owned(),
    };
    line(&mut s, &canary_dimension);
    line(
        &mut s,
        "# Whether the stage's metrics count the canary's requests too is not documented: by default the",
    );
    line(
        &mut s,
        "# baseline is the stage's minus the canary's (the safe side); set STAGE_METRICS_INCLUDE_CANARY=no",
    );
    line(&mut s, "# if the stage's metrics leave the canary out.");
    line(&mut s, "if [ \"${STAGE_METRICS_INCLUDE_CANARY:-yes}\" = yes ]; then");
    line(&mut s, "  BASELINE_REQUESTS='FILL(stageCount, 0) - FILL(canaryCount, 0)'");
    line(&mut s, "  BASELINE_ERRORS='FILL(stage5xx, 0) - FILL(canary5xx, 0)'");
    line(&mut s, "else");
    line(&mut s, "  BASELINE_REQUESTS='FILL(stageCount, 0)'");
    line(&mut s, "  BASELINE_ERRORS='FILL(stage5xx, 0)'");
    line(&mut s, "fi");
    line(&mut s, "");
    line(&mut s, "START=\"$(date -u +%Y-%m-%dT%H:%M:00Z)\"");
    line(&mut s, "WORK=\"$(mktemp -d)\"");
    line(&mut s, "cat > \"$WORK/queries.json\" <<EOF");
    line(&mut s, "[");
    let metric = |id: &str, name: &str, stage: &str, stat: &str| {
        format!(
            "  {{\"Id\": \"{id}\", \"ReturnData\": false, \"MetricStat\": {{\"Metric\": {{\"Namespace\": \"AWS/ApiGateway\", \"MetricName\": \"{name}\", \"Dimensions\": [{{\"Name\": \"ApiName\", \"Value\": \"$API_NAME\"}}, {{\"Name\": \"Stage\", \"Value\": \"{stage}\"}}]}}, \"Period\": 60, \"Stat\": \"{stat}\"}}}},"
        )
    };
    line(&mut s, &metric("stageCount", "Count", "$STAGE_DIMENSION", "SampleCount"));
    line(&mut s, &metric("stage5xx", "5XXError", "$STAGE_DIMENSION", "Sum"));
    line(&mut s, &metric("canaryCount", "Count", "$CANARY_DIMENSION", "SampleCount"));
    line(&mut s, &metric("canary5xx", "5XXError", "$CANARY_DIMENSION", "Sum"));
    line(&mut s, "  {\"Id\": \"baselineRequests\", \"Expression\": \"$BASELINE_REQUESTS\"},");
    line(&mut s, "  {\"Id\": \"baselineErrors\", \"Expression\": \"$BASELINE_ERRORS\"},");
    line(&mut s, "  {\"Id\": \"canaryRequests\", \"Expression\": \"FILL(canaryCount, 0)\"},");
    line(&mut s, "  {\"Id\": \"canaryErrors\", \"Expression\": \"FILL(canary5xx, 0)\"}");
    line(&mut s, "]");
    line(&mut s, "EOF");
    line(&mut s, "");
    line(
        &mut s,
        "# The judge on every minute since the start: 0 promote, 1 rollback, 3 wait, 2 unreadable.",
    );
    line(&mut s, "judge() {");
    line(
        &mut s,
        "  aws cloudwatch get-metric-data --metric-data-queries \"file://$WORK/queries.json\" \\",
    );
    line(
        &mut s,
        "    --start-time \"$START\" --end-time \"$(date -u +%Y-%m-%dT%H:%M:00Z)\" --output json > \"$WORK/metrics.json\" || return 2",
    );
    line(
        &mut s,
        &format!(
            "  canarylab judge --input cloudwatch \"$WORK/metrics.json\" --alpha {} --tolerance {} \\",
            r.alpha, r.tolerance
        ),
    );
    line(&mut s, "    --baseline-requests baselineRequests --baseline-errors baselineErrors \\");
    line(&mut s, "    --canary-requests canaryRequests --canary-errors canaryErrors --format text");
    line(&mut s, "}");
    line(&mut s, "");
    line(&mut s, "rollback() {");
    line(&mut s, "  echo \"canarylab: rolling back\" >&2");
    line(&mut s, &format!("  {}", aws_command(&aws_rollback(r))));
    line(&mut s, "  exit 1");
    line(&mut s, "}");
    line(&mut s, "");
    line(
        &mut s,
        "# hold MINUTES [final]: judge after every minute; a rollback verdict rolls back at once;",
    );
    line(
        &mut s,
        "# in the final canary step the first promote verdict ends the hold (return 0), else return 3.",
    );
    line(&mut s, "hold() {");
    line(&mut s, "  for _ in $(seq 1 \"$1\"); do");
    line(&mut s, "    sleep 60");
    line(&mut s, "    judge");
    line(&mut s, "    case $? in");
    line(&mut s, "      1) rollback ;;");
    line(&mut s, "      0) if [ \"${2:-}\" = final ]; then return 0; fi ;;");
    line(
        &mut s,
        "      2) echo \"canarylab: this minute's metrics could not be judged; waiting\" >&2 ;;",
    );
    line(&mut s, "    esac");
    line(&mut s, "  done");
    line(&mut s, "  if [ \"${2:-}\" = final ]; then return 3; fi");
    line(&mut s, "}");
    let last_canary = r.steps.iter().filter(|&&p| p < 100.0).count();
    for (i, step) in plan.steps.iter().enumerate() {
        line(&mut s, "");
        let Some(call) = step.aws.first() else { continue };
        if step.promotion {
            line(
                &mut s,
                "# The promotion: the canary's deployment and overrides become the stage's; the canary goes.",
            );
            line(&mut s, &format!("{} || exit 2", aws_command(call)));
            line(&mut s, "echo \"canarylab: promoted\" >&2");
            line(&mut s, "exit 0");
            continue;
        }
        let on_fail = if i == 0 { "exit 2" } else { "rollback" };
        if i + 1 == last_canary {
            line(
                &mut s,
                &format!(
                    "# Step {}: {} % for {t} minutes (the last canary step: promote on the first promote verdict,",
                    i + 1,
                    step.percent
                ),
            );
            line(&mut s, &format!("# and wait up to {t} minutes more for one).",));
            line(&mut s, &format!("{} || {on_fail}", aws_command(call)));
            line(&mut s, &format!("if ! hold {} final; then", u64::from(t) * 2));
            line(
                &mut s,
                &format!(
                    "  echo \"canarylab: undecided after {} minutes at {} %: the canary stays; judge again later\" >&2",
                    u64::from(t) * 2,
                    step.percent
                ),
            );
            line(&mut s, "  exit 3");
            line(&mut s, "fi");
        } else {
            line(&mut s, &format!("# Step {}: {} % for {t} minutes.", i + 1, step.percent));
            line(&mut s, &format!("{} || {on_fail}", aws_command(call)));
            line(&mut s, &format!("hold {t}"));
        }
    }
    s
}

/// `aws apigateway <command> --cli-input-json '...'` for a call in the scenario format.
fn aws_command(call: &Value) -> String {
    let api = match call.get("action").and_then(Value::as_str) {
        Some("CreateDeployment") => "aws.create-deployment",
        _ => "aws.update-stage",
    };
    let params = call.get("params").cloned().unwrap_or(Value::Null);
    snippet::render(snippet::Kind::AwsCli, api, &params)
}
