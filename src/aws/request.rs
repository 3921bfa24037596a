//! The AWS requests (boto3 parameter names), parsed from untrusted JSON with every problem
//! reported. The static validator and the simulated gateway share these parsers, so a request
//! the validator passes is one the gateway accepts (state permitting), with the same messages.

use crate::code::Code;
use serde_json::Value;

use super::model::{CACHE_CLUSTER_SIZES, StringMap};
use super::patch::{self, AccessLogField, RawOp, Step};
use super::{error::msg, variables};
use crate::check::{Obj, type_error};
use crate::pointer::Pointer;
use crate::report::{Diagnostic, Fix, Report};

/// The AWS actions canarylab simulates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// CreateDeployment.
    CreateDeployment,
    /// CreateStage.
    CreateStage,
    /// UpdateStage.
    UpdateStage,
    /// GetStage.
    GetStage,
    /// GetStages.
    GetStages,
    /// DeleteStage.
    DeleteStage,
    /// DeleteDeployment.
    DeleteDeployment,
    /// GetDeployments.
    GetDeployments,
}

impl Action {
    /// Every action, in documentation order.
    pub const ALL: [Action; 8] = [
        Action::CreateDeployment,
        Action::CreateStage,
        Action::UpdateStage,
        Action::GetStage,
        Action::GetStages,
        Action::DeleteStage,
        Action::DeleteDeployment,
        Action::GetDeployments,
    ];

    /// The API name, e.g. `UpdateStage`.
    pub fn name(self) -> &'static str {
        match self {
            Action::CreateDeployment => "CreateDeployment",
            Action::CreateStage => "CreateStage",
            Action::UpdateStage => "UpdateStage",
            Action::GetStage => "GetStage",
            Action::GetStages => "GetStages",
            Action::DeleteStage => "DeleteStage",
            Action::DeleteDeployment => "DeleteDeployment",
            Action::GetDeployments => "GetDeployments",
        }
    }

    /// Looks an action up by its API name.
    pub fn from_name(name: &str) -> Option<Action> {
        Action::ALL.into_iter().find(|a| a.name() == name)
    }
}

/// CreateDeployment's `canarySettings` (no `deploymentId`: the new deployment is the canary).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DeploymentCanary {
    /// `percentTraffic` (0.0 when omitted).
    pub percent_traffic: Option<f64>,
    /// `stageVariableOverrides`.
    pub stage_variable_overrides: StringMap,
    /// `useStageCache`.
    pub use_stage_cache: Option<bool>,
}

/// CreateDeployment.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CreateDeployment {
    /// `stageName` (the stage to deploy to, created when missing unless this is a canary).
    pub stage_name: Option<String>,
    /// `stageDescription`.
    pub stage_description: Option<String>,
    /// `description` of the deployment.
    pub description: Option<String>,
    /// `cacheClusterEnabled`.
    pub cache_cluster_enabled: Option<bool>,
    /// `cacheClusterSize`.
    pub cache_cluster_size: Option<String>,
    /// `variables`.
    pub variables: Option<StringMap>,
    /// `canarySettings`.
    pub canary_settings: Option<DeploymentCanary>,
    /// `tracingEnabled`.
    pub tracing_enabled: Option<bool>,
}

/// CreateStage's `canarySettings`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StageCanary {
    /// `deploymentId` (the stage's own when omitted).
    pub deployment_id: Option<String>,
    /// `percentTraffic`.
    pub percent_traffic: Option<f64>,
    /// `stageVariableOverrides`.
    pub stage_variable_overrides: StringMap,
    /// `useStageCache`.
    pub use_stage_cache: Option<bool>,
}

/// CreateStage.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CreateStage {
    /// `stageName`.
    pub stage_name: String,
    /// `deploymentId`.
    pub deployment_id: String,
    /// `description`.
    pub description: Option<String>,
    /// `cacheClusterEnabled`.
    pub cache_cluster_enabled: Option<bool>,
    /// `cacheClusterSize`.
    pub cache_cluster_size: Option<String>,
    /// `variables`.
    pub variables: StringMap,
    /// `documentationVersion`.
    pub documentation_version: Option<String>,
    /// `canarySettings`.
    pub canary_settings: Option<StageCanary>,
    /// `tracingEnabled`.
    pub tracing_enabled: Option<bool>,
    /// `tags`.
    pub tags: StringMap,
}

/// A parsed request.
#[derive(Clone, Debug, PartialEq)]
pub enum Request {
    /// CreateDeployment.
    CreateDeployment(CreateDeployment),
    /// CreateStage.
    CreateStage(CreateStage),
    /// UpdateStage: the stage and its steps, in order.
    UpdateStage {
        /// `stageName`.
        stage_name: String,
        /// The planned operations.
        steps: Vec<Step>,
    },
    /// GetStage.
    GetStage {
        /// `stageName`.
        stage_name: String,
    },
    /// GetStages.
    GetStages {
        /// `deploymentId` filter.
        deployment_id: Option<String>,
    },
    /// DeleteStage.
    DeleteStage {
        /// `stageName`.
        stage_name: String,
    },
    /// DeleteDeployment.
    DeleteDeployment {
        /// `deploymentId`.
        deployment_id: String,
    },
    /// GetDeployments.
    GetDeployments,
}

/// Parses and checks a request's parameters. Every problem goes into `report`; the request is
/// returned when the parameters had the shape to build one (check `report.is_valid()` too).
pub fn parse(action: Action, params: &Value, report: &mut Report) -> Option<Request> {
    let obj = Obj::new(params, Pointer::root(), &format!("{} parameters", action.name()), report)?;
    match action {
        Action::CreateDeployment => create_deployment(&obj, report).map(Request::CreateDeployment),
        Action::CreateStage => create_stage(&obj, report).map(Request::CreateStage),
        Action::UpdateStage => update_stage(&obj, report),
        Action::GetStage | Action::DeleteStage => {
            obj.only(&["restApiId", "stageName"], report);
            obj.string("restApiId", true, report);
            let stage_name = obj.string("stageName", true, report).map(str::to_owned);
            stage_name.map(|stage_name| match action {
                Action::GetStage => Request::GetStage { stage_name },
                _ => Request::DeleteStage { stage_name },
            })
        }
        Action::GetStages => {
            obj.only(&["restApiId", "deploymentId"], report);
            obj.string("restApiId", true, report);
            let deployment_id = obj.string("deploymentId", false, report).map(str::to_owned);
            Some(Request::GetStages { deployment_id })
        }
        Action::DeleteDeployment => {
            obj.only(&["restApiId", "deploymentId"], report);
            obj.string("restApiId", true, report);
            obj.string("deploymentId", true, report)
                .map(|d| Request::DeleteDeployment { deployment_id: d.to_owned() })
        }
        Action::GetDeployments => {
            obj.only(&["restApiId", "position", "limit"], report);
            obj.string("restApiId", true, report);
            obj.string("position", false, report);
            obj.number("limit", false, report);
            Some(Request::GetDeployments)
        }
    }
}

fn create_deployment(obj: &Obj<'_>, report: &mut Report) -> Option<CreateDeployment> {
    obj.only(
        &[
            "restApiId",
            "stageName",
            "stageDescription",
            "description",
            "cacheClusterEnabled",
            "cacheClusterSize",
            "variables",
            "canarySettings",
            "tracingEnabled",
        ],
        report,
    );
    obj.string("restApiId", true, report);
    let stage_name = obj.string("stageName", false, report);
    let mut req = CreateDeployment {
        stage_name: stage_name.map(str::to_owned),
        stage_description: obj.string("stageDescription", false, report).map(str::to_owned),
        description: obj.string("description", false, report).map(str::to_owned),
        cache_cluster_enabled: obj.boolean("cacheClusterEnabled", false, report),
        cache_cluster_size: cache_cluster_size(obj, report),
        variables: variable_map(obj, "variables", report),
        canary_settings: None,
        tracing_enabled: obj.boolean("tracingEnabled", false, report),
    };
    if let Some(name) = stage_name.filter(|n| !n.is_empty()) {
        check_stage_name(name, obj.path("stageName"), report);
    }
    if let Some(c) = obj.object("canarySettings", report) {
        c.only(&["percentTraffic", "stageVariableOverrides", "useStageCache"], report);
        if c.map.contains_key("deploymentId") {
            // `only` reported it; say why it is not there.
            report.push(
                c.path("deploymentId"),
                Code::AwsCanaryDeploymentIsNew,
                "CreateDeployment's canary settings have no deploymentId: the deployment being created becomes the canary",
                "to point a canary at an existing deployment, use UpdateStage replace /canarySettings/deploymentId",
            );
        }
        let percent = percent_traffic(&c, report);
        if c.get("percentTraffic").is_none() {
            report.push(
                c.path("percentTraffic"),
                Code::AwsCanaryPercentDefault,
                "percentTraffic is not set: the canary starts at 0.0 %, so it receives no traffic",
                "set percentTraffic, e.g. 10.0, to send that share of requests to the new deployment",
            );
        }
        let canary = DeploymentCanary {
            percent_traffic: percent,
            stage_variable_overrides: variable_map(&c, "stageVariableOverrides", report)
                .unwrap_or_default(),
            use_stage_cache: c.boolean("useStageCache", false, report),
        };
        match stage_name {
            Some(n) if !n.is_empty() => {}
            provided => report.push(
                obj.path("stageName"),
                Code::AwsCanaryNoStageName,
                msg::canary_needs_stage_name(provided),
                "a canary deployment goes to an existing stage: add \"stageName\"",
            ),
        }
        if req.variables.is_some() {
            report.push(
                obj.path("variables"),
                Code::AwsCanaryVariablesIgnored,
                "a canary deployment leaves the stage's variables unchanged (canarylab's reading of AWS's behaviour); these are not applied",
                "put per-canary values in canarySettings.stageVariableOverrides, or set stage variables with UpdateStage",
            );
        }
        req.canary_settings = Some(canary);
    }
    Some(req)
}

fn create_stage(obj: &Obj<'_>, report: &mut Report) -> Option<CreateStage> {
    obj.only(
        &[
            "restApiId",
            "stageName",
            "deploymentId",
            "description",
            "cacheClusterEnabled",
            "cacheClusterSize",
            "variables",
            "documentationVersion",
            "canarySettings",
            "tracingEnabled",
            "tags",
        ],
        report,
    );
    obj.string("restApiId", true, report);
    let stage_name = obj.string("stageName", true, report);
    if let Some(name) = stage_name {
        check_stage_name(name, obj.path("stageName"), report);
    }
    let deployment_id = obj.string("deploymentId", true, report);
    let mut req = CreateStage {
        stage_name: stage_name.unwrap_or_default().to_owned(),
        deployment_id: deployment_id.unwrap_or_default().to_owned(),
        description: obj.string("description", false, report).map(str::to_owned),
        cache_cluster_enabled: obj.boolean("cacheClusterEnabled", false, report),
        cache_cluster_size: cache_cluster_size(obj, report),
        variables: variable_map(obj, "variables", report).unwrap_or_default(),
        documentation_version: obj.string("documentationVersion", false, report).map(str::to_owned),
        canary_settings: None,
        tracing_enabled: obj.boolean("tracingEnabled", false, report),
        tags: obj
            .string_map("tags", report)
            .map(|m| m.into_iter().map(|(k, v)| (k.to_owned(), v.to_owned())).collect())
            .unwrap_or_default(),
    };
    if let Some(c) = obj.object("canarySettings", report) {
        c.only(
            &["percentTraffic", "deploymentId", "stageVariableOverrides", "useStageCache"],
            report,
        );
        let canary = StageCanary {
            deployment_id: c.string("deploymentId", false, report).map(str::to_owned),
            percent_traffic: percent_traffic(&c, report),
            stage_variable_overrides: variable_map(&c, "stageVariableOverrides", report)
                .unwrap_or_default(),
            use_stage_cache: c.boolean("useStageCache", false, report),
        };
        if canary.deployment_id.is_none() {
            report.push(
                c.path("deploymentId"),
                Code::AwsCanaryDeploymentDefault,
                "canarySettings.deploymentId is not set: the canary serves the stage's own deployment (canarylab's choice; AWS's docs say the canary starts identical to the stage's deployment)",
                "set canarySettings.deploymentId to the deployment you want to test",
            );
        }
        req.canary_settings = Some(canary);
    }
    (stage_name.is_some() && deployment_id.is_some()).then_some(req)
}

fn update_stage(obj: &Obj<'_>, report: &mut Report) -> Option<Request> {
    obj.only(&["restApiId", "stageName", "patchOperations"], report);
    obj.string("restApiId", true, report);
    let stage_name = obj.string("stageName", true, report);
    let ops = obj.array("patchOperations", false, report).unwrap_or_default();
    let ops_at = obj.path("patchOperations");
    if ops.len() > 80 {
        report.push(
            ops_at.clone(),
            Code::AwsPatchTooManyOps,
            format!("{} operations in one request: AWS refuses large updates with \"Update size too large. Try updating stage in multiple UpdateStage operations\" (the threshold is unknown)", ops.len()),
            "split the operations over several UpdateStage calls of at most 80",
        );
    }
    let mut steps = Vec::with_capacity(ops.len());
    // A promotion's `replace percentTraffic "0.0"` is not an accidental canary: no warning then.
    let promotes = ops.iter().any(|o| o.get("op").and_then(Value::as_str) == Some("copy"));
    let mut warned_canary = promotes;
    for (i, op) in ops.iter().enumerate() {
        let at = ops_at.join(i);
        let Some(o) = Obj::new(op, at.clone(), "a patch operation", report) else { continue };
        o.only(&["op", "path", "value", "from"], report);
        let raw = RawOp {
            op: o.string("op", false, report),
            path: o.string("path", false, report),
            value: o.string("value", false, report),
            from: o.string("from", false, report),
        };
        if o.get("op").is_some() && raw.op.is_none()
            || o.get("path").is_some() && raw.path.is_none()
        {
            continue; // a type error was reported; planning would only repeat it
        }
        if o.get("value").is_some_and(|v| !v.is_string()) {
            continue;
        }
        match patch::plan(raw) {
            Ok(step) => {
                warn_step(&step, &at, &mut warned_canary, report);
                steps.push(step);
            }
            Err(e) => {
                let at = at.join(e.member.name());
                let fix = e.fix.map(|s| Fix::replace(s.description, &at, Value::String(s.text)));
                let mut d = Diagnostic::new(at, e.code, e.message, e.hint);
                d.fix = fix;
                if let Some(note) = e.note {
                    d.service_message = Some(std::mem::replace(&mut d.message, note));
                }
                report.add(d);
            }
        }
    }
    if let Some(i) = steps.iter().position(|s| *s == Step::PromoteDeployment) {
        let removed_after = steps.get(i + 1..).unwrap_or_default().contains(&Step::RemoveCanary);
        if !removed_after {
            let remove = serde_json::json!({"op": "remove", "path": "/canarySettings"});
            let fix = Fix::add("remove the canary after the promotion", &ops_at.join("-"), remove);
            report.push_fix(
                ops_at.join(i),
                Code::AwsPromotionKeepsCanary,
                "promotion keeps the canary: after this copy the canary still exists (at 0 % if you set percentTraffic \"0.0\"), and the stage cannot take a non-canary deployment until it is removed",
                "when the promotion is done, add {\"op\": \"remove\", \"path\": \"/canarySettings\"} (in this request or a later one)",
                Some(fix),
            );
        }
    }
    stage_name.map(|s| Request::UpdateStage { stage_name: s.to_owned(), steps })
}

/// Warnings for legal but surprising operations.
fn warn_step(step: &Step, at: &Pointer, warned_canary: &mut bool, report: &mut Report) {
    if step.creates_canary() && !*warned_canary {
        *warned_canary = true;
        report.push(
            at.join("path"),
            Code::AwsCanaryImplicitCreate,
            "if the stage has no canary, this replace creates one with defaults: deploymentId = the stage's own deploymentId, percentTraffic 0.0, useStageCache false",
            "to test a new deployment, also replace /canarySettings/deploymentId (or create the canary with CreateDeployment and canarySettings)",
        );
    }
    match step {
        Step::SetMethod(key, ..) => {
            let method = key.rsplit('/').next().unwrap_or_default();
            if !matches!(method, "*" | "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "HEAD" | "OPTIONS" | "ANY") {
                report.push(
                    at.join("path"),
                    Code::AwsMethodSettingsHttpMethod,
                    format!("\"{method}\" is not an HTTP method: AWS accepts the path but the settings apply to no method"),
                    "the second segment is the HTTP method in upper case (GET, POST, ...) or *",
                );
            }
            let resource = key.rsplit_once('/').map(|(r, _)| r).unwrap_or_default();
            if resource != "*" && !resource.starts_with("~1") {
                report.push(
                    at.join("path"),
                    Code::AwsMethodSettingsResourcePath,
                    format!("the resource path \"{resource}\" does not start with ~1: AWS stores the key as addressed, so it will not match the resource /{resource}"),
                    format!("write the resource path with its leading '/' as ~1: /~1{resource}/{method}/..."),
                );
            }
        }
        Step::SetAccessLog(AccessLogField::Format, f) if !f.contains("$context.requestId") => report.push(
            at.join("value"),
            Code::AwsAccessLogRequestId,
            "the access log format should contain $context.requestId (AWS's docs require it)",
            "add $context.requestId to the format",
        ),
        Step::SetAccessLog(AccessLogField::DestinationArn, arn) if arn.ends_with(":*") => report.push(
            at.join("value"),
            Code::AwsAccessLogArnSuffix,
            "the log group ARN ends with \":*\"; API Gateway expects it without (CloudWatch Logs prints it with)",
            format!("use {}", arn.strip_suffix(":*").unwrap_or(arn)),
        ),
        _ => {}
    }
}

fn percent_traffic(c: &Obj<'_>, report: &mut Report) -> Option<f64> {
    let n = c.number("percentTraffic", false, report)?;
    if !(0.0..=100.0).contains(&n) {
        report.push(
            c.path("percentTraffic"),
            Code::AwsPercentTrafficRange,
            msg::percent_traffic(&n.to_string()),
            "percentTraffic is a percentage from 0.0 to 100.0: 10.0 sends 10 % of requests to the canary",
        );
        return None;
    }
    Some(n)
}

fn cache_cluster_size(obj: &Obj<'_>, report: &mut Report) -> Option<String> {
    let at = obj.path("cacheClusterSize");
    match obj.get("cacheClusterSize")? {
        Value::String(s) if CACHE_CLUSTER_SIZES.contains(&s.as_str()) => Some(s.clone()),
        Value::String(s) => {
            report.push(
                at,
                Code::AwsCacheClusterSizeEnum,
                msg::cache_cluster_size(s),
                format!("one of {} (GB, as a string)", CACHE_CLUSTER_SIZES.join(", ")),
            );
            None
        }
        other => {
            type_error(report, at, "cacheClusterSize", "a string", other);
            None
        }
    }
}

/// A stage name, as AWS's message describes it: letters, digits, hyphens and underscores.
pub const STAGE_NAME_PATTERN: &str = "[A-Za-z0-9_-]+";
/// The longest stage name.
pub const MAX_STAGE_NAME_LEN: usize = 128;
static STAGE_NAME: std::sync::LazyLock<Option<regex::Regex>> =
    std::sync::LazyLock::new(|| variables::whole(STAGE_NAME_PATTERN));

fn check_stage_name(name: &str, at: Pointer, report: &mut Report) {
    let ok_chars = STAGE_NAME.as_ref().is_some_and(|re| re.is_match(name));
    if !ok_chars || name.chars().count() > MAX_STAGE_NAME_LEN {
        report.push(
            at,
            Code::AwsStageNamePattern,
            msg::stage_name(name),
            "use letters, digits, '-' and '_' only, at most 128 characters",
        );
    }
}

/// A map of stage variables (or overrides): types, names, values and the count.
fn variable_map(obj: &Obj<'_>, key: &str, report: &mut Report) -> Option<StringMap> {
    let pairs = obj.string_map(key, report)?;
    let at = obj.path(key);
    if pairs.len() > variables::MAX_VARIABLES {
        report.push(
            at.clone(),
            Code::AwsVariableCount,
            msg::too_many_variables(pairs.len()),
            format!("keep at most {} entries", variables::MAX_VARIABLES),
        );
    }
    let mut out = StringMap::new();
    for (name, value) in pairs {
        match variables::check_pair(name, value) {
            Ok(()) => {}
            Err(r) => {
                let at = at.join(name);
                let fix = match (r.part, r.replacement) {
                    (variables::Part::Value, Some(clean)) => Some(Fix::replace(
                        format!("drop what a stage variable value cannot hold: \"{clean}\""),
                        &at,
                        Value::String(clean),
                    )),
                    (variables::Part::Name, Some(renamed)) => {
                        Some(Fix::rename(format!("rename it \"{renamed}\""), &at, &renamed))
                    }
                    _ => None,
                };
                report.push_fix(at, r.code, r.message, r.hint, fix);
            }
        }
        out.insert(name.to_owned(), value.to_owned());
    }
    Some(out)
}
