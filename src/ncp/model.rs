//! NCP's shapes, per its OpenAPI description (`PatchCanaryTestRequest`, `CanaryConditionDto`,
//! `CanaryTestDto`, `Stage`). Field names and order are NCP's; optional fields NCP may leave out
//! are `Option` and are omitted when absent (canarylab's choice: whether NCP prints `null` or
//! omits the key is unknown, see `docs/ncp-unknowns.md`).

use serde::{Deserialize, Serialize, Serializer};

use super::assume::Coercion;
use super::coerce::{self, Coerced};
use crate::code::Code;
use crate::i18n::Msg;
use crate::pointer::Pointer;
use crate::report::{Fix, Report};

/// Where a condition looks: `REQUEST_HEADER` or `REQUEST_QUERY`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ParameterCode {
    /// A request header.
    #[default]
    RequestHeader,
    /// A query-string parameter.
    RequestQuery,
}

impl ParameterCode {
    /// Every code, as NCP spells them.
    pub fn names() -> &'static [&'static str] {
        crate::doc::variant_names::<ParameterCode>()
    }

    /// The code named `name` (exact spelling).
    pub fn from_name(name: &str) -> Option<Self> {
        crate::doc::from_name(name)
    }
}

/// One canary condition (`CanaryConditionDto`): requests whose header or query parameter
/// `parameter_name` equals `parameter_value` go to the canary.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CanaryCondition {
    /// Header or query.
    pub parameter_code: ParameterCode,
    /// The header or query parameter name.
    pub parameter_name: String,
    /// The value that selects the canary.
    pub parameter_value: String,
}

/// A checked Edit Canary body (`PatchCanaryTestRequest`).
#[derive(Clone, Debug, PartialEq)]
pub struct EditCanary {
    /// `true`: split by `canary_distribution_rate`; `false`: route by `canary_conditions`.
    pub use_distribution_rate: bool,
    /// An http(s) URL or `NONE`.
    pub canary_endpoint_domain: String,
    /// Percentage of requests, stored as a 32-bit float as NCP's spec types it.
    pub canary_distribution_rate: Option<f32>,
    /// Conditions, in the order given.
    pub canary_conditions: Option<Vec<CanaryCondition>>,
    /// Canary cache TTL, 1..3600 seconds.
    pub canary_cache_ttl_sec: Option<i32>,
    /// Canary throttle, requests per second per method.
    pub canary_throttle_rps: Option<i32>,
}

/// The canary as NCP returns it from enable and edit (`CanaryTestDto`), field order as the spec.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Canary {
    /// The stage's id.
    pub stage_id: String,
    /// The deployment the stage serves.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deployed_stage_deployment_no: Option<i64>,
    /// The canary's own fields.
    #[serde(flatten)]
    pub canary: StageCanary,
}

/// A stage as GET stage returns it (`Stage`): the stage's own fields ([`StageInfo`]), then the
/// canary's fields when a canary is enabled. Unknown members are ignored here; scenarios check
/// stage members against [`Stage::fields`] and report each one.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Stage {
    /// The stage's own fields.
    #[serde(flatten)]
    pub info: StageInfo,
    /// The canary's fields (`canaryDeploymentNo`, ...) when a canary is enabled.
    #[serde(flatten, default, skip_serializing_if = "Option::is_none")]
    pub canary: Option<StageCanary>,
}

/// A stage's own fields, in NCP's order; omitted when absent.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StageInfo {
    /// The API the stage belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_id: Option<String>,
    /// The stage's id (1-10 characters).
    pub stage_id: String,
    /// The stage's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage_name: Option<String>,
    /// The stage's endpoint.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub endpoint_domain: Option<String>,
    /// Stage cache TTL (seconds).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cache_ttl_sec: Option<i32>,
    /// Stage throttle (requests per second per method).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub throttle_rps: Option<i32>,
    /// Rate limit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rate_rps: Option<i32>,
    /// Daily quota.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day_quota_request: Option<i64>,
    /// Monthly quota.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub month_quota_request: Option<i64>,
    /// `ALLOWED` or `REJECTED`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip_acl_code: Option<String>,
    /// IP ACL entries.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip_acl_list: Option<String>,
    /// Maintenance mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_maintenance: Option<bool>,
    /// Maintenance response status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_code: Option<i32>,
    /// Maintenance response body.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response: Option<String>,
    /// Content encoding on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled_content_encoding: Option<bool>,
    /// Compression threshold.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minimum_compression_size: Option<i32>,
    /// Who last changed it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modifier: Option<String>,
    /// The tenant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tenant_id: Option<String>,
    /// When the stage was registered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reg_time: Option<String>,
    /// The deployment the stage serves.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deployed_stage_deployment_no: Option<i64>,
}

/// The canary fields inside a [`Stage`]: the same as [`Canary`] without the stage's own. A stage
/// has a canary when it has `canaryDeploymentNo`; the other fields default as a freshly enabled
/// canary has them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StageCanary {
    /// The deployment the canary serves.
    pub canary_deployment_no: i64,
    /// When the canary's deployment was made.
    #[serde(default)]
    pub canary_deployed_time: String,
    /// The canary deployment's description.
    #[serde(default)]
    pub canary_deployment_description: String,
    /// The canary's own endpoint domain, or `NONE`.
    #[serde(default = "none")]
    pub canary_endpoint_domain: String,
    /// Canary cache TTL in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub canary_cache_ttl_sec: Option<i32>,
    /// Canary throttle in requests per second.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub canary_throttle_rps: Option<i32>,
    /// The canary's share in percent (float32), printed as Java prints a float.
    #[serde(default, serialize_with = "java_float")]
    pub canary_distribution_rate: f32,
    /// Rate mode (`true`) or condition mode (`false`).
    #[serde(default = "yes")]
    pub use_distribution_rate: bool,
    /// The conditions (condition mode).
    #[serde(default)]
    pub canary_conditions: Vec<CanaryCondition>,
}

/// A float32 as Java's `Float.toString` (and Jackson) print it: the shortest decimal that reads
/// back as the same float32 (5.962134, not 5.962133884429932, which is what widening to a double
/// would print), as the f64 nearest that decimal.
pub fn float32_decimal(v: f32) -> f64 {
    if !v.is_finite() {
        return f64::from(v);
    }
    // Rust prints a float32 with the shortest digits that read back as the same float32.
    v.to_string().parse().unwrap_or(f64::from(v))
}

fn java_float<S: Serializer>(v: &f32, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_f64(float32_decimal(*v))
}

fn none() -> String {
    NONE.to_owned()
}

fn yes() -> bool {
    true
}

/// The endpoint-domain value that means "no separate canary endpoint".
pub const NONE: &str = "NONE";

impl Stage {
    /// Every member a stage may have, as NCP names them: its own, then the canary's.
    pub fn fields() -> Vec<&'static str> {
        let own = crate::doc::field_names::<StageInfo>();
        own.iter().chain(crate::doc::field_names::<StageCanary>()).copied().collect()
    }

    /// Reads a stage. A stage with `canaryDeploymentNo` must have canary fields that fit: serde
    /// reads an optional flattened part as absent when it does not fit, so that part is read
    /// again on its own for its error.
    pub fn from_value(v: &serde_json::Value) -> Result<Stage, serde_json::Error> {
        let stage = Stage::deserialize(v)?;
        if stage.canary.is_none() && v.get("canaryDeploymentNo").is_some_and(|n| !n.is_null()) {
            StageCanary::deserialize(v)?;
        }
        Ok(stage)
    }

    /// Reads a stage (at `at`) as NCP reads JSON types under `coercion`: [`Stage::from_value`]
    /// under `strict`; under `jackson` each member coerced as Jackson's defaults would, and listed.
    pub fn read(
        v: &serde_json::Value,
        at: &Pointer,
        coercion: Coercion,
    ) -> Result<(Stage, Vec<Coerced>), serde_json::Error> {
        if coercion == Coercion::Strict {
            return Stage::from_value(v).map(|s| (s, Vec::new()));
        }
        // The two parts one by one: `flatten` reads through serde's buffer, which never asks for
        // a type, so Jackson's reading could not choose a coercion.
        let (info, mut coerced) = coerce::from_value::<StageInfo>(v, at, coercion)?;
        let canary = match v.get("canaryDeploymentNo") {
            Some(n) if !n.is_null() => {
                let (canary, more) = coerce::from_value::<StageCanary>(v, at, coercion)?;
                coerced.extend(more);
                Some(canary)
            }
            _ => None,
        };
        Ok((Stage { info, canary }, coerced))
    }

    /// Reads the stage of a scenario or traffic document (at `at`): one that does not read is
    /// `code` at `at`, with serde's message (and, under `strict`, a hint naming `jackson` when
    /// that reading would take it); each member read other than as written is an `ncp.coerced`
    /// warning in the stage's list.
    pub fn read_reported(
        v: &serde_json::Value,
        at: &Pointer,
        coercion: Coercion,
        code: Code,
        report: &mut Report,
    ) -> Option<(Stage, Report)> {
        match Stage::read(v, at, coercion) {
            Ok((stage, coerced)) => {
                let mut warnings = Report::new();
                for c in coerced {
                    let read = crate::doc::parse(&c.read).unwrap_or_default();
                    let text = Msg::WriteValue { value: c.read.clone() };
                    let fix = Fix::replace(&text, &c.at, read);
                    let hint = Msg::WriteSpecType { read: c.read.clone() };
                    warnings.say_fix(
                        c.at.clone(),
                        Code::NcpCoerced,
                        c.msg(),
                        hint,
                        Some((text, fix)),
                    );
                }
                Some((stage, warnings))
            }
            Err(e) => {
                let jackson_reads =
                    coercion == Coercion::Strict && Stage::read(v, at, Coercion::Jackson).is_ok();
                let hint =
                    if jackson_reads { Msg::StageJacksonWouldRead } else { Msg::StageAsGetReturns };
                report.say(at.clone(), code, Msg::StageUnreadable { error: e.to_string() }, hint);
                None
            }
        }
    }

    /// The canary DTO (`CanaryTestDto`) for this stage, if a canary is enabled.
    pub fn canary_dto(&self) -> Option<Canary> {
        let c = self.canary.as_ref()?;
        Some(Canary {
            stage_id: self.info.stage_id.clone(),
            deployed_stage_deployment_no: self.info.deployed_stage_deployment_no,
            canary: c.clone(),
        })
    }
}
