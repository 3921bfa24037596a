//! The AWS requests (boto3 parameter names), parsed from untrusted JSON with every problem
//! reported. The static validator and the simulated gateway share these parsers, so a request
//! the validator passes is one the gateway accepts (state permitting), with the same messages.

use crate::code::Code;
use crate::i18n::Msg;
use serde_json::Value;

use super::model::{CACHE_CLUSTER_SIZES, StringMap};
use super::patch::{self, AccessLogField, RawOp, Step};
use super::{error::msg, variables};
use crate::check::{Obj, type_error};
use crate::pointer::Pointer;
use crate::report::{Diagnostic, Fix, Report, Said};

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
            report.say(
                c.path("deploymentId"),
                Code::AwsCanaryDeploymentIsNew,
                Msg::CanaryHasNoDeploymentId,
                Msg::PointCanaryWithUpdateStage,
            );
        }
        let percent = percent_traffic(&c, report);
        if c.get("percentTraffic").is_none() {
            report.say(
                c.path("percentTraffic"),
                Code::AwsCanaryPercentDefault,
                Msg::PercentNotSet,
                Msg::SetPercentShare,
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
            provided => report.say(
                obj.path("stageName"),
                Code::AwsCanaryNoStageName,
                Msg::AwsSays { text: msg::canary_needs_stage_name(provided) },
                Msg::CanaryGoesToStage,
            ),
        }
        if req.variables.is_some() {
            report.say(
                obj.path("variables"),
                Code::AwsCanaryVariablesIgnored,
                Msg::CanaryVariablesIgnored,
                Msg::PutInOverrides,
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
            report.say(
                c.path("deploymentId"),
                Code::AwsCanaryDeploymentDefault,
                Msg::CanaryDeploymentNotSet,
                Msg::SetCanaryDeployment,
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
        report.say(
            ops_at.clone(),
            Code::AwsPatchTooManyOps,
            Msg::TooManyOps { n: ops.len() },
            Msg::SplitOps,
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
                report.add(refusal(at.join(e.member.name()), *e));
            }
        }
    }
    if let Some(i) = steps.iter().position(|s| *s == Step::PromoteDeployment) {
        let removed_after = steps.get(i + 1..).unwrap_or_default().contains(&Step::RemoveCanary);
        if !removed_after {
            let remove = serde_json::json!({"op": "remove", "path": "/canarySettings"});
            let text = Msg::RemoveCanaryAfterPromotion;
            let fix = Fix::add(text.to_string(), &ops_at.join("-"), remove);
            report.say_fix(
                ops_at.join(i),
                Code::AwsPromotionKeepsCanary,
                Msg::PromotionKeepsCanary,
                Msg::AddRemoveCanary,
                Some((text, fix)),
            );
        }
    }
    stage_name.map(|s| Request::UpdateStage { stage_name: s.to_owned(), steps })
}

/// The diagnostic for an operation AWS refuses, at `at`: AWS's message, or canarylab's shorter
/// note with AWS's kept as what the service answers; the hint and the fix as catalogue entries.
fn refusal(at: Pointer, e: patch::PlanError) -> Diagnostic {
    let fix = e.fix.map(|s| {
        let fix = Fix::replace(s.description.to_string(), &at, Value::String(s.text));
        (s.description, fix)
    });
    let service = e.note.is_some().then(|| e.message.clone());
    let message = e.note.unwrap_or(Msg::AwsSays { text: e.message });
    let mut d = Diagnostic::new(at, e.code, message.to_string(), e.hint.to_string());
    d.service_message = service;
    let fix_text = fix.map(|(text, fix)| {
        d.fix = Some(fix);
        text
    });
    d.said = Some(Box::new(Said { message, hint: e.hint, fix: fix_text }));
    d
}

/// Warnings for legal but surprising operations.
fn warn_step(step: &Step, at: &Pointer, warned_canary: &mut bool, report: &mut Report) {
    if step.creates_canary() && !*warned_canary {
        *warned_canary = true;
        report.say(
            at.join("path"),
            Code::AwsCanaryImplicitCreate,
            Msg::ImplicitCreate,
            Msg::AlsoReplaceCanaryDeployment,
        );
    }
    match step {
        Step::SetMethod(key, ..) => {
            let method = key.rsplit('/').next().unwrap_or_default();
            if !matches!(
                method,
                "*" | "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "HEAD" | "OPTIONS" | "ANY"
            ) {
                report.say(
                    at.join("path"),
                    Code::AwsMethodSettingsHttpMethod,
                    Msg::NotAnHttpMethod { method: method.to_owned() },
                    Msg::HttpMethodSegment,
                );
            }
            let resource = key.rsplit_once('/').map(|(r, _)| r).unwrap_or_default();
            if resource != "*" && !resource.starts_with("~1") {
                report.say(
                    at.join("path"),
                    Code::AwsMethodSettingsResourcePath,
                    Msg::ResourcePathSlash { resource: resource.to_owned() },
                    Msg::WriteResourceSlash {
                        resource: resource.to_owned(),
                        method: method.to_owned(),
                    },
                );
            }
        }
        Step::SetAccessLog(AccessLogField::Format, f) if !f.contains("$context.requestId") => {
            report.say(
                at.join("value"),
                Code::AwsAccessLogRequestId,
                Msg::AccessLogRequestId,
                Msg::AddRequestId,
            )
        }
        Step::SetAccessLog(AccessLogField::DestinationArn, arn) if arn.ends_with(":*") => report
            .say(
                at.join("value"),
                Code::AwsAccessLogArnSuffix,
                Msg::ArnSuffix,
                Msg::UseValue { value: arn.strip_suffix(":*").unwrap_or(arn).to_owned() },
            ),
        _ => {}
    }
}

fn percent_traffic(c: &Obj<'_>, report: &mut Report) -> Option<f64> {
    let n = c.number("percentTraffic", false, report)?;
    if !(0.0..=100.0).contains(&n) {
        report.say(
            c.path("percentTraffic"),
            Code::AwsPercentTrafficRange,
            Msg::AwsSays { text: msg::percent_traffic(&n.to_string()) },
            Msg::PercentIsPercentage,
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
            report.say(
                at,
                Code::AwsCacheClusterSizeEnum,
                Msg::AwsSays { text: msg::cache_cluster_size(s) },
                Msg::OneOfSizes { list: CACHE_CLUSTER_SIZES.join(", ") },
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
        report.say(
            at,
            Code::AwsStageNamePattern,
            Msg::AwsSays { text: msg::stage_name(name) },
            Msg::StageNameChars,
        );
    }
}

/// A map of stage variables (or overrides): types, names, values and the count.
fn variable_map(obj: &Obj<'_>, key: &str, report: &mut Report) -> Option<StringMap> {
    let pairs = obj.string_map(key, report)?;
    let at = obj.path(key);
    if pairs.len() > variables::MAX_VARIABLES {
        report.say(
            at.clone(),
            Code::AwsVariableCount,
            Msg::AwsSays { text: msg::too_many_variables(pairs.len()) },
            Msg::KeepAtMost { max: variables::MAX_VARIABLES },
        );
    }
    let mut out = StringMap::new();
    for (name, value) in pairs {
        match variables::check_pair(name, value) {
            Ok(()) => {}
            Err(r) => {
                let r = *r;
                let at = at.join(name);
                let fix = match (r.part, r.replacement) {
                    (variables::Part::Value, Some(clean)) => {
                        let text = Msg::DropWhatValueCannotHold { clean: clean.clone() };
                        Some((text, Fix::replace("", &at, Value::String(clean))))
                    }
                    (variables::Part::Name, Some(renamed)) => {
                        let text = Msg::RenameIt { name: renamed.clone() };
                        Some((text, Fix::rename("", &at, &renamed)))
                    }
                    _ => None,
                };
                let message = Msg::AwsSays { text: r.message };
                report.say_fix(at, r.code, message, r.hint, fix);
            }
        }
        out.insert(name.to_owned(), value.to_owned());
    }
    Some(out)
}
