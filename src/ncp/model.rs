//! NCP's shapes, per its OpenAPI description (`PatchCanaryTestRequest`, `CanaryConditionDto`,
//! `CanaryTestDto`, `Stage`). Field names and order are NCP's; optional fields NCP may leave out
//! are `Option` and are omitted when absent (canarylab's choice: whether NCP prints `null` or
//! omits the key is unknown, see `docs/ncp-unknowns.md`).

use serde::{Deserialize, Serialize};

/// Where a condition looks: `REQUEST_HEADER` or `REQUEST_QUERY`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ParameterCode {
    /// A request header.
    RequestHeader,
    /// A query-string parameter.
    RequestQuery,
}

impl ParameterCode {
    /// Every code, as NCP spells them.
    pub const NAMES: [&'static str; 2] = ["REQUEST_HEADER", "REQUEST_QUERY"];

    /// The code named `name` (exact spelling).
    pub fn from_name(name: &str) -> Option<Self> {
        match name {
            "REQUEST_HEADER" => Some(ParameterCode::RequestHeader),
            "REQUEST_QUERY" => Some(ParameterCode::RequestQuery),
            _ => None,
        }
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
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Canary {
    /// The stage's id.
    pub stage_id: String,
    /// The deployment the stage serves.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub deployed_stage_deployment_no: Option<i64>,
    /// The deployment the canary serves.
    pub canary_deployment_no: i64,
    /// When the canary's deployment was made.
    pub canary_deployed_time: String,
    /// The canary deployment's description.
    #[serde(default)]
    pub canary_deployment_description: String,
    /// The canary's own endpoint domain, or `NONE`.
    pub canary_endpoint_domain: String,
    /// Canary cache TTL in seconds.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub canary_cache_ttl_sec: Option<i32>,
    /// Canary throttle in requests per second.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub canary_throttle_rps: Option<i32>,
    /// The canary's share in percent (float32).
    #[serde(serialize_with = "float32")]
    pub canary_distribution_rate: f32,
    /// Rate mode (`true`) or condition mode (`false`).
    pub use_distribution_rate: bool,
    /// The conditions (condition mode).
    #[serde(default)]
    pub canary_conditions: Vec<CanaryCondition>,
}

/// A stage as GET stage returns it (`Stage`): the stage's own fields, then the canary's fields
/// when a canary is enabled. (No `deny_unknown_fields`: serde cannot combine it with `flatten`;
/// scenarios check stage members against [`Stage::FIELDS`] instead.)
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Stage {
    /// The API the stage belongs to.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub api_id: Option<String>,
    /// The stage's id (1-10 characters).
    pub stage_id: String,
    /// The stage's name.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub stage_name: Option<String>,
    /// The stage's endpoint.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub endpoint_domain: Option<String>,
    /// Stage cache TTL (seconds).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub cache_ttl_sec: Option<i32>,
    /// Stage throttle (requests per second per method).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub throttle_rps: Option<i32>,
    /// Rate limit.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub rate_rps: Option<i32>,
    /// Daily quota.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub day_quota_request: Option<i64>,
    /// Monthly quota.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub month_quota_request: Option<i64>,
    /// `ALLOWED` or `REJECTED`.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub ip_acl_code: Option<String>,
    /// IP ACL entries.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub ip_acl_list: Option<String>,
    /// Maintenance mode.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub is_maintenance: Option<bool>,
    /// Maintenance response status.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub status_code: Option<i32>,
    /// Maintenance response body.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub response: Option<String>,
    /// Content encoding on.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub enabled_content_encoding: Option<bool>,
    /// Compression threshold.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub minimum_compression_size: Option<i32>,
    /// Who last changed it.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub modifier: Option<String>,
    /// The tenant.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub tenant_id: Option<String>,
    /// When the stage was registered.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub reg_time: Option<String>,
    /// The deployment the stage serves.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub deployed_stage_deployment_no: Option<i64>,
    /// The canary's fields (`canaryDeploymentNo`, ...) when a canary is enabled.
    #[serde(flatten, default, skip_serializing_if = "Option::is_none")]
    pub canary: Option<StageCanary>,
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
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub canary_cache_ttl_sec: Option<i32>,
    /// Canary throttle in requests per second.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub canary_throttle_rps: Option<i32>,
    /// The canary's share in percent (float32).
    #[serde(default, serialize_with = "float32")]
    pub canary_distribution_rate: f32,
    /// Rate mode (`true`) or condition mode (`false`).
    #[serde(default = "yes")]
    pub use_distribution_rate: bool,
    /// The conditions (condition mode).
    #[serde(default)]
    pub canary_conditions: Vec<CanaryCondition>,
}

/// Writes a float32 as Java's `Float.toString` (and Jackson) print it: the shortest decimal that
/// reads back as the same float32 (5.962134, not 5.962133884429932, which is what widening to a
/// double would print).
fn float32<S: serde::Serializer>(v: &f32, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_f64(float32_decimal(*v))
}

/// The f64 nearest the shortest decimal form of `v`.
pub fn float32_decimal(v: f32) -> f64 {
    crate::json::number(&format!("{v}")).unwrap_or(f64::from(v))
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
    /// Every member a stage may have, as NCP names them.
    pub const FIELDS: [&'static str; 29] = [
        "apiId",
        "stageId",
        "stageName",
        "endpointDomain",
        "cacheTtlSec",
        "throttleRps",
        "rateRps",
        "dayQuotaRequest",
        "monthQuotaRequest",
        "ipAclCode",
        "ipAclList",
        "isMaintenance",
        "statusCode",
        "response",
        "enabledContentEncoding",
        "minimumCompressionSize",
        "modifier",
        "tenantId",
        "regTime",
        "deployedStageDeploymentNo",
        "canaryDeploymentNo",
        "canaryDeployedTime",
        "canaryDeploymentDescription",
        "canaryEndpointDomain",
        "canaryCacheTtlSec",
        "canaryThrottleRps",
        "canaryDistributionRate",
        "useDistributionRate",
        "canaryConditions",
    ];

    /// The canary DTO (`CanaryTestDto`) for this stage, if a canary is enabled.
    pub fn canary_dto(&self) -> Option<Canary> {
        let c = self.canary.as_ref()?;
        Some(Canary {
            stage_id: self.stage_id.clone(),
            deployed_stage_deployment_no: self.deployed_stage_deployment_no,
            canary_deployment_no: c.canary_deployment_no,
            canary_deployed_time: c.canary_deployed_time.clone(),
            canary_deployment_description: c.canary_deployment_description.clone(),
            canary_endpoint_domain: c.canary_endpoint_domain.clone(),
            canary_cache_ttl_sec: c.canary_cache_ttl_sec,
            canary_throttle_rps: c.canary_throttle_rps,
            canary_distribution_rate: c.canary_distribution_rate,
            use_distribution_rate: c.use_distribution_rate,
            canary_conditions: c.canary_conditions.clone(),
        })
    }
}
