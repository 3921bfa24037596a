//! UpdateStage patch operations: AWS's fixed path grammar, which ops each path accepts, and how
//! each string value parses for its target. Paths look like JSON Pointers but are not: see
//! `docs/aws-behaviour.md`, "UpdateStage paths" and the sections after it.
//!
//! [`plan`] turns one operation into a typed [`Step`] without looking at any stage; it is shared
//! by the static validator and the simulated gateway, so both refuse exactly the same things
//! with the same messages. State-dependent checks (does the deployment exist, is there a canary)
//! happen when the gateway applies the step.

use super::error::msg;
use super::model::{CACHE_CLUSTER_SIZES, CACHE_CONTROL_STRATEGIES, LOGGING_LEVELS};
use super::variables;
use crate::code::Code;
use crate::i18n::Msg;

/// A patch operation as sent: every member optional, as in botocore's `PatchOperation`.
#[derive(Clone, Copy, Debug, Default)]
pub struct RawOp<'a> {
    /// `op`.
    pub op: Option<&'a str>,
    /// `path`.
    pub path: Option<&'a str>,
    /// `value` (always a string on the wire).
    pub value: Option<&'a str>,
    /// `from`.
    pub from: Option<&'a str>,
}

/// Which member of the operation a planning error is about (for the diagnostic's pointer).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Member {
    /// `op`.
    Op,
    /// `path`.
    Path,
    /// `value`.
    Value,
    /// `from`.
    From,
}

impl Member {
    /// The member's JSON name.
    pub fn name(self) -> &'static str {
        match self {
            Member::Op => "op",
            Member::Path => "path",
            Member::Value => "value",
            Member::From => "from",
        }
    }
}

/// Why AWS refuses an operation, before it looks at the stage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanError {
    /// Which member is wrong.
    pub member: Member,
    /// Stable diagnostic code.
    pub code: Code,
    /// AWS's message (BadRequestException).
    pub message: String,
    /// What to do instead.
    pub hint: Msg,
    /// A new text for the refused member that AWS would take, when one is known.
    pub fix: Option<Suggestion>,
    /// canarylab's own message, shown instead of AWS's where AWS's helps less (AWS's long path
    /// list when one path is near); the simulated service still answers with `message`.
    pub note: Option<Msg>,
}

/// A replacement for one member of an operation (every member is a string on the wire).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suggestion {
    /// What the replacement does, for people.
    pub description: Msg,
    /// The member's new text.
    pub text: String,
}

impl Suggestion {
    /// Write `text` instead.
    pub fn new(description: Msg, text: impl Into<String>) -> Self {
        Suggestion { description, text: text.into() }
    }
}

fn refuse(member: Member, code: Code, message: String, hint: Msg) -> Box<PlanError> {
    Box::new(PlanError { member, code, message, hint, fix: None, note: None })
}

/// A top-level scalar of the stage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StageField {
    /// `/deploymentId`.
    DeploymentId,
    /// `/description`.
    Description,
    /// `/cacheClusterEnabled`.
    CacheClusterEnabled,
    /// `/cacheClusterSize`.
    CacheClusterSize,
    /// `/clientCertificateId`.
    ClientCertificateId,
    /// `/documentationVersion`.
    DocumentationVersion,
    /// `/tracingEnabled`.
    TracingEnabled,
}

/// A canary scalar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CanaryField {
    /// `/canarySettings/deploymentId`.
    DeploymentId,
    /// `/canarySettings/percentTraffic`.
    PercentTraffic,
    /// `/canarySettings/useStageCache`.
    UseStageCache,
}

/// An access-log leaf.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AccessLogField {
    /// `/accessLogSettings/destinationArn`.
    DestinationArn,
    /// `/accessLogSettings/format`.
    Format,
}

/// A method-setting leaf: `/{resourcePath}/{httpMethod}/<group>/<name>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MethodField {
    /// `metrics/enabled` → `metricsEnabled`.
    MetricsEnabled,
    /// `logging/loglevel` (lower case) → `loggingLevel`.
    LoggingLevel,
    /// `logging/dataTrace` → `dataTraceEnabled`.
    DataTrace,
    /// `throttling/burstLimit` → `throttlingBurstLimit`.
    BurstLimit,
    /// `throttling/rateLimit` → `throttlingRateLimit`.
    RateLimit,
    /// `caching/enabled` → `cachingEnabled`.
    CachingEnabled,
    /// `caching/ttlInSeconds` → `cacheTtlInSeconds`.
    TtlInSeconds,
    /// `caching/dataEncrypted` → `cacheDataEncrypted`.
    DataEncrypted,
    /// `caching/requireAuthorizationForCacheControl`.
    RequireAuthorization,
    /// `caching/unauthorizedCacheControlHeaderStrategy`.
    Strategy,
}

/// Every method-setting leaf as UpdateStage spells it (`<group>/<name>`).
const METHOD_LEAVES: [(&str, MethodField); 10] = [
    ("metrics/enabled", MethodField::MetricsEnabled),
    ("logging/loglevel", MethodField::LoggingLevel),
    ("logging/dataTrace", MethodField::DataTrace),
    ("throttling/burstLimit", MethodField::BurstLimit),
    ("throttling/rateLimit", MethodField::RateLimit),
    ("caching/enabled", MethodField::CachingEnabled),
    ("caching/ttlInSeconds", MethodField::TtlInSeconds),
    ("caching/dataEncrypted", MethodField::DataEncrypted),
    ("caching/requireAuthorizationForCacheControl", MethodField::RequireAuthorization),
    ("caching/unauthorizedCacheControlHeaderStrategy", MethodField::Strategy),
];

impl MethodField {
    fn parse(group: &str, name: &str) -> Option<Self> {
        let leaf = format!("{group}/{name}");
        METHOD_LEAVES.iter().find(|(l, _)| *l == leaf).map(|(_, f)| *f)
    }
}

/// The paths of UpdateStage's grammar without a free segment.
const FIXED_PATHS: [&str; 16] = [
    "/deploymentId",
    "/description",
    "/cacheClusterEnabled",
    "/cacheClusterSize",
    "/clientCertificateId",
    "/documentationVersion",
    "/tracingEnabled",
    "/variables",
    "/accessLogSettings",
    "/accessLogSettings/destinationArn",
    "/accessLogSettings/format",
    "/canarySettings",
    "/canarySettings/deploymentId",
    "/canarySettings/percentTraffic",
    "/canarySettings/useStageCache",
    "/canarySettings/stageVariableOverrides",
];

/// The grammar's path nearest to a mistyped one, if one is near: a trailing slash or a missing
/// leading one, letter case (`/canarysettings/percenttraffic`), a small typo, a known leaf under
/// its parent left out (`/percentTraffic`), or a method-setting leaf off by a little. Variable
/// and override names and method-setting keys are kept as written.
pub fn nearest_path(path: &str) -> Option<String> {
    let trimmed = path.trim().trim_end_matches('/');
    let path_like =
        if trimmed.starts_with('/') { trimmed.to_owned() } else { format!("/{trimmed}") };
    let lower = path_like.to_ascii_lowercase();
    let near = free_segment(&path_like, &lower)
        .or_else(|| method_leaf(&path_like))
        .or_else(|| {
            let (best, distance) = FIXED_PATHS
                .iter()
                .map(|p| (*p, strsim::levenshtein(&lower, &p.to_ascii_lowercase())))
                .min_by_key(|(_, d)| *d)?;
            (distance <= 2).then(|| best.to_owned())
        })
        .or_else(|| {
            // A leaf written without its parent: `/percentTraffic`, `/destinationArn`.
            let mut by_leaf = FIXED_PATHS.iter().filter(|p| {
                p.rsplit('/')
                    .next()
                    .is_some_and(|leaf| format!("/{}", leaf.to_ascii_lowercase()) == lower)
            });
            match (by_leaf.next(), by_leaf.next()) {
                (Some(only), None) => Some((*only).to_owned()),
                _ => None,
            }
        })?;
    (near != path && !matches!(parse_path(&near), Target::Unknown)).then_some(near)
}

/// `/variables/{name}` and `/canarySettings/stageVariableOverrides/{name}` in any letter case:
/// the prefix as AWS spells it, the name as written.
fn free_segment(path: &str, lower: &str) -> Option<String> {
    ["/variables/", "/canarySettings/stageVariableOverrides/"].iter().find_map(|prefix| {
        let name = path.get(prefix.len()..).filter(|n| !n.is_empty() && !n.contains('/'))?;
        lower.starts_with(&prefix.to_ascii_lowercase()).then(|| format!("{prefix}{name}"))
    })
}

/// `/{resourcePath}/{httpMethod}/<group>/<name>` with the leaf nearest to the one written.
fn method_leaf(path: &str) -> Option<String> {
    let segs: Vec<&str> = path.strip_prefix('/')?.split('/').collect();
    let [res, method, group, name] = segs.as_slice() else { return None };
    if res.is_empty()
        || method.is_empty()
        || FIXED_PATHS.iter().any(|p| p.starts_with(&format!("/{res}/")))
    {
        return None;
    }
    let leaf = format!("{group}/{name}").to_ascii_lowercase();
    let (best, distance) = METHOD_LEAVES
        .iter()
        .map(|(l, _)| (*l, strsim::levenshtein(&leaf, &l.to_ascii_lowercase())))
        .min_by_key(|(_, d)| *d)?;
    (distance <= 3).then(|| format!("/{res}/{method}/{best}"))
}

/// What a path names, in AWS's grammar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    /// A stage scalar.
    Field(StageField),
    /// `/variables`.
    Variables,
    /// `/variables/{name}`.
    Variable(String),
    /// `/accessLogSettings`.
    AccessLogSettings,
    /// `/accessLogSettings/destinationArn` or `/format`.
    AccessLog(AccessLogField),
    /// Any other `/accessLogSettings/...`.
    AccessLogOther,
    /// `/canarySettings`.
    CanarySettings,
    /// A canary scalar.
    Canary(CanaryField),
    /// `/canarySettings/stageVariableOverrides` (the whole map).
    CanaryOverrides,
    /// `/canarySettings/stageVariableOverrides/{name}`.
    CanaryOverride(String),
    /// Any other `/canarySettings/...`.
    CanaryOther,
    /// `/methodSettings`.
    MethodSettings,
    /// `/{resourcePath}/{httpMethod}`: a whole method-settings entry, keyed as addressed.
    MethodEntry(String),
    /// `/{resourcePath}/{httpMethod}/<group>/<name>` with a known leaf.
    Method(String, MethodField),
    /// `/{resourcePath}/{httpMethod}/<rest>` with an unknown leaf; holds `<rest>`.
    MethodOther(String, String),
    /// Anything else.
    Unknown,
}

/// Parses a path. `~1` escapes in the resource segment are kept in the key, as AWS keeps them.
pub fn parse_path(path: &str) -> Target {
    let Some(rest) = path.strip_prefix('/') else { return Target::Unknown };
    let segs: Vec<&str> = rest.split('/').collect();
    let (first, tail) = match rest.split_once('/') {
        Some((f, t)) => (f, Some(t)),
        None => (rest, None),
    };
    match (first, tail) {
        ("deploymentId", None) => Target::Field(StageField::DeploymentId),
        ("description", None) => Target::Field(StageField::Description),
        ("cacheClusterEnabled", None) => Target::Field(StageField::CacheClusterEnabled),
        ("cacheClusterSize", None) => Target::Field(StageField::CacheClusterSize),
        ("clientCertificateId", None) => Target::Field(StageField::ClientCertificateId),
        ("documentationVersion", None) => Target::Field(StageField::DocumentationVersion),
        ("tracingEnabled", None) => Target::Field(StageField::TracingEnabled),
        ("methodSettings", None) => Target::MethodSettings,
        ("variables", None) => Target::Variables,
        ("variables", Some(name)) => Target::Variable(name.to_owned()),
        ("accessLogSettings", None) => Target::AccessLogSettings,
        ("accessLogSettings", Some("destinationArn")) => {
            Target::AccessLog(AccessLogField::DestinationArn)
        }
        ("accessLogSettings", Some("format")) => Target::AccessLog(AccessLogField::Format),
        ("accessLogSettings", Some(_)) => Target::AccessLogOther,
        ("canarySettings", None) => Target::CanarySettings,
        ("canarySettings", Some("deploymentId")) => Target::Canary(CanaryField::DeploymentId),
        ("canarySettings", Some("percentTraffic")) => Target::Canary(CanaryField::PercentTraffic),
        ("canarySettings", Some("useStageCache")) => Target::Canary(CanaryField::UseStageCache),
        ("canarySettings", Some("stageVariableOverrides")) => Target::CanaryOverrides,
        ("canarySettings", Some(t)) => match t.strip_prefix("stageVariableOverrides/") {
            Some(name) => Target::CanaryOverride(name.to_owned()),
            None => Target::CanaryOther,
        },
        _ => match segs.as_slice() {
            [res, method] if !res.is_empty() && !method.is_empty() => {
                Target::MethodEntry(format!("{res}/{method}"))
            }
            [res, method, group, name] if !res.is_empty() && !method.is_empty() => {
                let key = format!("{res}/{method}");
                match MethodField::parse(group, name) {
                    Some(f) => Target::Method(key, f),
                    None => Target::MethodOther(key, format!("{group}/{name}")),
                }
            }
            _ => Target::Unknown,
        },
    }
}

/// A typed value for a method-setting leaf.
#[derive(Clone, Debug, PartialEq)]
pub enum MethodValue {
    /// A boolean leaf.
    Bool(bool),
    /// An integer leaf.
    Int(i64),
    /// A double leaf.
    Double(f64),
    /// An enum leaf.
    Text(String),
}

/// One operation, understood: what it will do to a stage.
#[derive(Clone, Debug, PartialEq)]
pub enum Step {
    /// `replace /deploymentId` (the deployment must exist).
    SetDeploymentId(String),
    /// `replace /description` etc.: a string field; `None` clears it.
    SetText(StageField, Option<String>),
    /// `replace /cacheClusterEnabled` or `/tracingEnabled`.
    SetBool(StageField, bool),
    /// `replace /variables/{name}` (an upsert).
    SetVariable(String, String),
    /// `remove /variables/{name}`.
    RemoveVariable(String),
    /// `remove /variables`.
    RemoveVariables,
    /// `add`/`replace` of an access-log leaf.
    SetAccessLog(AccessLogField, String),
    /// `remove /accessLogSettings`.
    RemoveAccessLog,
    /// `remove /canarySettings`.
    RemoveCanary,
    /// `replace /canarySettings/deploymentId` (must exist; creates the canary if missing).
    SetCanaryDeployment(String),
    /// `replace /canarySettings/percentTraffic`.
    SetCanaryPercent(f64),
    /// `replace /canarySettings/useStageCache`.
    SetCanaryUseStageCache(bool),
    /// `replace /canarySettings/stageVariableOverrides/{name}`.
    SetOverride(String, String),
    /// `remove /canarySettings/stageVariableOverrides/{name}`.
    RemoveOverride(String),
    /// `replace` of a method-setting leaf (creates the entry, seeded from `*/*`).
    SetMethod(String, MethodField, MethodValue),
    /// `remove /{resourcePath}/{httpMethod}` (the entry must exist).
    RemoveMethodEntry(String),
    /// `copy from /canarySettings/deploymentId path /deploymentId`.
    PromoteDeployment,
    /// `copy from /canarySettings/stageVariableOverrides path /variables` (a merge).
    PromoteVariables,
}

impl Step {
    /// Whether the step creates a canary with defaults when the stage has none.
    pub fn creates_canary(&self) -> bool {
        matches!(
            self,
            Step::SetCanaryDeployment(_)
                | Step::SetCanaryPercent(_)
                | Step::SetCanaryUseStageCache(_)
                | Step::SetOverride(..)
        )
    }

    /// Whether the step turns logging on, which needs the account's CloudWatch Logs role: an
    /// execution log level of ERROR or INFO, full request and response logging, or an access-log
    /// destination (`docs/aws-behaviour.md`, "Logging and the account's CloudWatch role").
    pub fn enables_logging(&self) -> bool {
        match self {
            Step::SetMethod(_, MethodField::LoggingLevel, MethodValue::Text(level)) => {
                level != "OFF"
            }
            Step::SetMethod(_, MethodField::DataTrace, MethodValue::Bool(on)) => *on,
            Step::SetAccessLog(AccessLogField::DestinationArn, _) => true,
            _ => false,
        }
    }
}

/// Understands one operation without looking at a stage.
pub fn plan(raw: RawOp<'_>) -> Result<Step, Box<PlanError>> {
    let op = raw.op.unwrap_or_default();
    if !matches!(op, "add" | "remove" | "replace" | "copy") {
        let hint = match op {
            "move" | "test" => Msg::OpMoveTest,
            _ => Msg::UseAnOp,
        };
        return Err(refuse(Member::Op, Code::AwsPatchOp, msg::unsupported_op(raw.op), hint));
    }
    let Some(path) = raw.path else {
        return Err(refuse(
            Member::Path,
            Code::AwsPatchPath,
            msg::invalid_path("null"),
            Msg::GivePath,
        ));
    };
    let target = parse_path(path);
    match op {
        "copy" => plan_copy(path, raw.from),
        "remove" => plan_remove(path, target),
        "add" => match target {
            Target::AccessLog(_) => plan_replace(path, target, raw.value),
            Target::AccessLogSettings | Target::AccessLogOther => Err(access_log_path()),
            _ => {
                let mut e = refuse(
                    Member::Op,
                    Code::AwsPatchAddRefused,
                    msg::invalid_add(path),
                    Msg::AddOnlyOnAccessLog,
                );
                // Only where replace is itself a plan: then the fix cannot trade one error for
                // another of the same path.
                if plan_replace(path, target, raw.value).is_ok() {
                    e.fix = Some(Suggestion::new(Msg::UseReplace, "replace"));
                }
                Err(e)
            }
        },
        _ => plan_replace(path, target, raw.value),
    }
}

fn access_log_path() -> Box<PlanError> {
    refuse(
        Member::Path,
        Code::AwsPatchAccessLogPath,
        msg::ACCESS_LOG_PATH.to_owned(),
        Msg::SetAccessLogLeaves,
    )
}

fn generic_path(path: &str, hint: Msg) -> Box<PlanError> {
    let mut e = refuse(Member::Path, Code::AwsPatchPath, msg::invalid_path(path), hint);
    did_you_mean(&mut e, path);
    e
}

/// With a near path: "did you mean" as the message (AWS's full list stays the service's answer)
/// and the fix that writes it.
fn did_you_mean(e: &mut PlanError, path: &str) {
    if let Some(near) = nearest_path(path) {
        e.note = Some(Msg::InvalidPathNear { path: path.to_owned(), near: near.clone() });
        // The list is AWS's message, which the shorter note replaces.
        if e.hint == (Msg::FixedVocabulary { see_list: true }) {
            e.hint = Msg::FixedVocabulary { see_list: false };
        }
        e.fix = Some(Suggestion::new(Msg::WritePath { path: near.clone() }, near));
    }
}

fn unknown_path_hint(path: &str) -> Msg {
    let segs = path.trim_start_matches('/').split('/').count();
    if path.starts_with('/') && segs > 4 {
        Msg::MethodPathFourSegments
    } else if path.contains('_') && path.to_ascii_lowercase().contains("documentation") {
        Msg::PathIsCamelCase
    } else {
        Msg::FixedVocabulary { see_list: true }
    }
}

/// The two copies UpdateStage takes, both halves of the canary's promotion: (path, from).
const COPIES: [(&str, &str); 2] = [
    ("/deploymentId", "/canarySettings/deploymentId"),
    ("/variables", "/canarySettings/stageVariableOverrides"),
];

fn plan_copy(path: &str, from: Option<&str>) -> Result<Step, Box<PlanError>> {
    match (path, from) {
        ("/deploymentId", Some("/canarySettings/deploymentId")) => Ok(Step::PromoteDeployment),
        ("/variables", Some("/canarySettings/stageVariableOverrides")) => {
            Ok(Step::PromoteVariables)
        }
        _ => {
            let path_ok = COPIES.iter().any(|(p, _)| *p == path);
            let mut e = refuse(
                if path_ok { Member::From } else { Member::Path },
                Code::AwsPatchCopy,
                msg::invalid_copy(path, from),
                Msg::CopyOnlyPromotes,
            );
            // A mistyped half of one of the two copies: the fix writes that half as AWS spells
            // it, when the other half already names the same copy.
            let fix = if path_ok {
                let want = COPIES.iter().find(|(p, _)| *p == path).map(|(_, f)| *f);
                from.and_then(|f| nearest_copy_half(f, COPIES.map(|c| c.1)))
                    .filter(|f| Some(*f) == want)
            } else {
                nearest_copy_half(path, COPIES.map(|c| c.0))
                    .filter(|p| COPIES.iter().any(|c| c.0 == *p && Some(c.1) == from))
            };
            if let Some(text) = fix {
                e.fix = Some(Suggestion::new(Msg::WriteValue { value: text.to_owned() }, text));
            }
            Err(e)
        }
    }
}

/// The one of `halves` that `text` is a small typo of (case, a trailing slash, two edits).
fn nearest_copy_half(text: &str, halves: [&'static str; 2]) -> Option<&'static str> {
    let lower = text.trim().trim_end_matches('/').to_ascii_lowercase();
    halves.into_iter().find(|h| strsim::levenshtein(&lower, &h.to_ascii_lowercase()) <= 2)
}

fn plan_remove(path: &str, target: Target) -> Result<Step, Box<PlanError>> {
    let cannot = |hint: Msg| {
        refuse(
            Member::Path,
            Code::AwsPatchRemoveRefused,
            msg::cannot_remove(path.trim_start_matches('/')),
            hint,
        )
    };
    match target {
        Target::Variables => Ok(Step::RemoveVariables),
        Target::Variable(name) => Ok(Step::RemoveVariable(name)),
        Target::AccessLogSettings => Ok(Step::RemoveAccessLog),
        Target::CanarySettings => Ok(Step::RemoveCanary),
        Target::CanaryOverride(name) => Ok(Step::RemoveOverride(name)),
        Target::MethodEntry(key) => Ok(Step::RemoveMethodEntry(key)),
        Target::AccessLog(_) | Target::AccessLogOther => Err(cannot(Msg::RemoveAccessLogField)),
        Target::CanaryOverrides => Err(cannot(Msg::RemoveOverridesMap)),
        Target::Canary(_) | Target::CanaryOther => Err(cannot(Msg::RemoveCanaryField)),
        Target::Method(..) | Target::MethodOther(..) => Err(cannot(Msg::RemoveMethodSetting)),
        Target::Field(_) | Target::MethodSettings | Target::Unknown => {
            Err(cannot(Msg::RemoveWorksOn))
        }
    }
}

fn plan_replace(path: &str, target: Target, value: Option<&str>) -> Result<Step, Box<PlanError>> {
    match target {
        Target::Field(f) => plan_field(path, f, value),
        Target::Variable(name) => checked_pair(name, value).map(|(k, v)| Step::SetVariable(k, v)),
        Target::CanaryOverride(name) => {
            checked_pair(name, value).map(|(k, v)| Step::SetOverride(k, v))
        }
        Target::AccessLog(f) => match value {
            Some(v) if !v.is_empty() => Ok(Step::SetAccessLog(f, v.to_owned())),
            _ => Err(refuse(
                Member::Value,
                Code::AwsPatchValueEmpty,
                msg::ACCESS_LOG_EMPTY.to_owned(),
                Msg::GiveNonEmptyAccessLog,
            )),
        },
        Target::AccessLogSettings | Target::AccessLogOther => Err(access_log_path()),
        Target::Canary(CanaryField::DeploymentId) => match value {
            Some(v) if !v.is_empty() => Ok(Step::SetCanaryDeployment(v.to_owned())),
            _ => Err(refuse(
                Member::Value,
                Code::AwsPatchValueMissing,
                msg::DEPLOYMENT_ID_DOES_NOT_EXIST.to_owned(),
                Msg::GiveExistingDeployment,
            )),
        },
        Target::Canary(CanaryField::PercentTraffic) => {
            let n = parse_double(path, value)?;
            if !(0.0..=100.0).contains(&n) {
                return Err(refuse(
                    Member::Value,
                    Code::AwsPercentTrafficRange,
                    msg::percent_traffic(value.unwrap_or_default()),
                    Msg::PercentAsString,
                ));
            }
            Ok(Step::SetCanaryPercent(n))
        }
        Target::Canary(CanaryField::UseStageCache) => {
            Ok(Step::SetCanaryUseStageCache(parse_bool(path, value)?))
        }
        Target::Method(key, f) => Ok(Step::SetMethod(key, f, plan_method_value(path, f, value)?)),
        Target::MethodOther(_, rest) => {
            let mut e = refuse(
                Member::Path,
                Code::AwsPatchMethodSettingPath,
                msg::invalid_method_setting(&rest),
                Msg::MethodSettingLeaves,
            );
            did_you_mean(&mut e, path);
            Err(e)
        }
        Target::CanarySettings => Err(generic_path(path, Msg::CanaryNotOneObject)),
        Target::CanaryOverrides => Err(generic_path(path, Msg::OverridesOneByOne)),
        Target::Variables | Target::MethodSettings => Err(generic_path(path, Msg::EntriesOneByOne)),
        Target::CanaryOther => Err(generic_path(path, Msg::CanaryFields)),
        Target::MethodEntry(_) | Target::Unknown => {
            Err(generic_path(path, unknown_path_hint(path)))
        }
    }
}

/// A stage variable or override name (from the path) and value, checked as AWS checks them.
fn checked_pair(name: String, value: Option<&str>) -> Result<(String, String), Box<PlanError>> {
    let v = value.unwrap_or_default();
    variables::check_pair(&name, v).map_err(|r| {
        let r = *r;
        let member = match r.part {
            variables::Part::Name => Member::Path,
            variables::Part::Value => Member::Value,
        };
        let mut e = refuse(member, r.code, r.message, r.hint);
        if let (variables::Part::Value, Some(clean)) = (r.part, r.replacement) {
            e.fix =
                Some(Suggestion::new(Msg::DropWhatValueCannotHold { clean: clean.clone() }, clean));
        }
        e
    })?;
    Ok((name, v.to_owned()))
}

fn plan_field(path: &str, f: StageField, value: Option<&str>) -> Result<Step, Box<PlanError>> {
    match f {
        StageField::DeploymentId => match value {
            Some(v) if !v.is_empty() => Ok(Step::SetDeploymentId(v.to_owned())),
            _ => Err(refuse(
                Member::Value,
                Code::AwsPatchValueMissing,
                msg::DEPLOYMENT_ID_DOES_NOT_EXIST.to_owned(),
                Msg::GiveExistingDeployment,
            )),
        },
        StageField::CacheClusterEnabled | StageField::TracingEnabled => {
            Ok(Step::SetBool(f, parse_bool(path, value)?))
        }
        StageField::CacheClusterSize => match value {
            Some(v) if CACHE_CLUSTER_SIZES.contains(&v) => Ok(Step::SetText(f, Some(v.to_owned()))),
            _ => Err(refuse(
                Member::Value,
                Code::AwsCacheClusterSizeEnum,
                msg::cache_cluster_size(value.unwrap_or("null")),
                Msg::OneOfSizes { list: CACHE_CLUSTER_SIZES.join(", ") },
            )),
        },
        StageField::Description
        | StageField::ClientCertificateId
        | StageField::DocumentationVersion => {
            Ok(Step::SetText(f, value.filter(|v| !v.is_empty()).map(str::to_owned)))
        }
    }
}

fn plan_method_value(
    path: &str,
    f: MethodField,
    value: Option<&str>,
) -> Result<MethodValue, Box<PlanError>> {
    Ok(match f {
        MethodField::MetricsEnabled
        | MethodField::DataTrace
        | MethodField::CachingEnabled
        | MethodField::DataEncrypted
        | MethodField::RequireAuthorization => MethodValue::Bool(parse_bool(path, value)?),
        MethodField::BurstLimit => MethodValue::Int(parse_int(path, value)?),
        MethodField::TtlInSeconds => {
            let n = parse_int(path, value)?;
            if !(0..=3600).contains(&n) {
                return Err(refuse(
                    Member::Value,
                    Code::AwsCacheTtlRange,
                    msg::cache_ttl(value.unwrap_or_default()),
                    Msg::CacheTtlRange,
                ));
            }
            MethodValue::Int(n)
        }
        MethodField::RateLimit => MethodValue::Double(parse_double(path, value)?),
        MethodField::LoggingLevel => match value {
            Some(v) if LOGGING_LEVELS.contains(&v) => MethodValue::Text(v.to_owned()),
            _ => {
                return Err(refuse(
                    Member::Value,
                    Code::AwsLoggingLevelEnum,
                    msg::logging_level(value),
                    Msg::LoggingLevels,
                ));
            }
        },
        MethodField::Strategy => match value {
            Some(v) if CACHE_CONTROL_STRATEGIES.contains(&v) => MethodValue::Text(v.to_owned()),
            _ => {
                return Err(refuse(
                    Member::Value,
                    Code::AwsCacheControlStrategyEnum,
                    msg::cache_control_strategy(value),
                    Msg::OneOf { list: CACHE_CONTROL_STRATEGIES.join(", ") },
                ));
            }
        },
    })
}

/// `"true"`/`"false"`. Case-insensitive, as Java's `Boolean.parseBoolean` reads them; anything
/// else is refused (canarylab's choice: AWS's reaction is unknown, and Java would read it as
/// false silently, which is worth an error before you call AWS).
pub fn parse_bool(path: &str, value: Option<&str>) -> Result<bool, Box<PlanError>> {
    match value.map(str::to_ascii_lowercase).as_deref() {
        Some("true") => Ok(true),
        Some("false") => Ok(false),
        _ => Err(refuse(
            Member::Value,
            Code::AwsPatchValueBoolean,
            msg::boolean(path, value),
            Msg::WriteTrueFalse,
        )),
    }
}

/// A Java `int` in decimal.
pub fn parse_int(path: &str, value: Option<&str>) -> Result<i64, Box<PlanError>> {
    value.and_then(|v| v.trim().parse::<i32>().ok()).map(i64::from).ok_or_else(|| {
        refuse(
            Member::Value,
            Code::AwsPatchValueInteger,
            msg::integer(path, value),
            Msg::WriteWholeNumberString,
        )
    })
}

/// A finite double, as Java's `Double.parseDouble` reads it ("50", "66.660000", "1e1").
pub fn parse_double(path: &str, value: Option<&str>) -> Result<f64, Box<PlanError>> {
    value.and_then(crate::doc::number).ok_or_else(|| {
        refuse(
            Member::Value,
            Code::AwsPatchValueDouble,
            msg::double(path, value),
            Msg::WriteNumberString,
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_follow_the_grammar() {
        assert_eq!(
            parse_path("/*/*/throttling/burstLimit"),
            Target::Method("*/*".into(), MethodField::BurstLimit)
        );
        assert_eq!(
            parse_path("/~1pets~1{id}/GET/logging/loglevel"),
            Target::Method("~1pets~1{id}/GET".into(), MethodField::LoggingLevel)
        );
        assert_eq!(parse_path("/*/*"), Target::MethodEntry("*/*".into()));
        assert_eq!(
            parse_path("/canarySettings/stageVariableOverrides/v"),
            Target::CanaryOverride("v".into())
        );
        assert_eq!(parse_path("/documentation_version"), Target::Unknown);
        assert_eq!(parse_path("/tags/tag1"), Target::MethodEntry("tags/tag1".into()));
        assert_eq!(parse_path("deploymentId"), Target::Unknown);
    }
}
