//! NCP's shapes, per its OpenAPI description (`PatchCanaryTestRequest`, `CanaryConditionDto`,
//! `CanaryTestDto`, `Stage`). Field names and order are NCP's; optional fields NCP may leave out
//! are `Option` and are omitted when absent (canarylab's choice: whether NCP prints `null` or
//! omits the key is unknown, see `docs/ncp-unknowns.md`).

use crate::json::{Fields, FromJson, Map, ToJson, Value, variant};

/// Where a condition looks: `REQUEST_HEADER` or `REQUEST_QUERY`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ParameterCode {
    /// A request header.
    #[default]
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
#[derive(Clone, Debug, PartialEq, Eq)]
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
#[derive(Clone, Debug, PartialEq)]
pub struct Canary {
    /// The stage's id.
    pub stage_id: String,
    /// The deployment the stage serves.
    pub deployed_stage_deployment_no: Option<i64>,
    /// The canary's own fields.
    pub canary: StageCanary,
}

/// A stage as GET stage returns it (`Stage`): the stage's own fields, then the canary's fields
/// when a canary is enabled. (Unknown members are ignored here; scenarios check stage members
/// against [`Stage::FIELDS`] and report each one.)
#[derive(Clone, Debug, PartialEq)]
pub struct Stage {
    /// The API the stage belongs to.
    pub api_id: Option<String>,
    /// The stage's id (1-10 characters).
    pub stage_id: String,
    /// The stage's name.
    pub stage_name: Option<String>,
    /// The stage's endpoint.
    pub endpoint_domain: Option<String>,
    /// Stage cache TTL (seconds).
    pub cache_ttl_sec: Option<i32>,
    /// Stage throttle (requests per second per method).
    pub throttle_rps: Option<i32>,
    /// Rate limit.
    pub rate_rps: Option<i32>,
    /// Daily quota.
    pub day_quota_request: Option<i64>,
    /// Monthly quota.
    pub month_quota_request: Option<i64>,
    /// `ALLOWED` or `REJECTED`.
    pub ip_acl_code: Option<String>,
    /// IP ACL entries.
    pub ip_acl_list: Option<String>,
    /// Maintenance mode.
    pub is_maintenance: Option<bool>,
    /// Maintenance response status.
    pub status_code: Option<i32>,
    /// Maintenance response body.
    pub response: Option<String>,
    /// Content encoding on.
    pub enabled_content_encoding: Option<bool>,
    /// Compression threshold.
    pub minimum_compression_size: Option<i32>,
    /// Who last changed it.
    pub modifier: Option<String>,
    /// The tenant.
    pub tenant_id: Option<String>,
    /// When the stage was registered.
    pub reg_time: Option<String>,
    /// The deployment the stage serves.
    pub deployed_stage_deployment_no: Option<i64>,
    /// The canary's fields (`canaryDeploymentNo`, ...) when a canary is enabled.
    pub canary: Option<StageCanary>,
}

/// The canary fields inside a [`Stage`]: the same as [`Canary`] without the stage's own. A stage
/// has a canary when it has `canaryDeploymentNo`; the other fields default as a freshly enabled
/// canary has them.
#[derive(Clone, Debug, PartialEq)]
pub struct StageCanary {
    /// The deployment the canary serves.
    pub canary_deployment_no: i64,
    /// When the canary's deployment was made.
    pub canary_deployed_time: String,
    /// The canary deployment's description.
    pub canary_deployment_description: String,
    /// The canary's own endpoint domain, or `NONE`.
    pub canary_endpoint_domain: String,
    /// Canary cache TTL in seconds.
    pub canary_cache_ttl_sec: Option<i32>,
    /// Canary throttle in requests per second.
    pub canary_throttle_rps: Option<i32>,
    /// The canary's share in percent (float32).
    pub canary_distribution_rate: f32,
    /// Rate mode (`true`) or condition mode (`false`).
    pub use_distribution_rate: bool,
    /// The conditions (condition mode).
    pub canary_conditions: Vec<CanaryCondition>,
}

/// A float32 as Java's `Float.toString` (and Jackson) print it: the shortest decimal that reads
/// back as the same float32 (5.962134, not 5.962133884429932, which is what widening to a double
/// would print), as the f64 nearest that decimal.
pub fn float32_decimal(v: f32) -> f64 {
    if !v.is_finite() {
        return f64::from(v);
    }
    crate::json::number(zmij::Buffer::new().format_finite(v)).unwrap_or(f64::from(v))
}

fn none() -> String {
    NONE.to_owned()
}

impl ToJson for ParameterCode {
    fn to_json(&self) -> Value {
        let i = usize::from(*self == ParameterCode::RequestQuery);
        Value::String(ParameterCode::NAMES.get(i).copied().unwrap_or_default().to_owned())
    }
}

impl FromJson for ParameterCode {
    fn from_json(v: &Value) -> Result<Self, String> {
        Ok(match variant(v, &ParameterCode::NAMES)? {
            0 => ParameterCode::RequestHeader,
            _ => ParameterCode::RequestQuery,
        })
    }
}

/// The members of a canary condition, in the spec's order.
pub const CONDITION_FIELDS: [&str; 3] = ["parameterCode", "parameterName", "parameterValue"];

impl ToJson for CanaryCondition {
    fn to_json(&self) -> Value {
        let mut m = Map::with_capacity(3);
        m.insert("parameterCode", self.parameter_code.to_json());
        m.insert("parameterName", self.parameter_name.to_json());
        m.insert("parameterValue", self.parameter_value.to_json());
        Value::Object(m)
    }
}

impl FromJson for CanaryCondition {
    fn from_json(v: &Value) -> Result<Self, String> {
        let mut f = Fields::new(v, &CONDITION_FIELDS, true)?;
        let value = CanaryCondition {
            parameter_code: f.req("parameterCode"),
            parameter_name: f.req("parameterName"),
            parameter_value: f.req("parameterValue"),
        };
        f.done(value)
    }
}

/// The canary members shared by [`Canary`] and a [`Stage`] with a canary, in NCP's order.
fn put_canary(m: &mut Map, c: &StageCanary) {
    m.insert("canaryDeploymentNo", c.canary_deployment_no.to_json());
    m.insert("canaryDeployedTime", c.canary_deployed_time.to_json());
    m.insert("canaryDeploymentDescription", c.canary_deployment_description.to_json());
    m.insert("canaryEndpointDomain", c.canary_endpoint_domain.to_json());
    m.insert_some("canaryCacheTtlSec", c.canary_cache_ttl_sec.as_ref());
    m.insert_some("canaryThrottleRps", c.canary_throttle_rps.as_ref());
    m.insert("canaryDistributionRate", float32_decimal(c.canary_distribution_rate).to_json());
    m.insert("useDistributionRate", Value::Bool(c.use_distribution_rate));
    m.insert("canaryConditions", c.canary_conditions.to_json());
}

impl ToJson for Canary {
    fn to_json(&self) -> Value {
        let mut m = Map::with_capacity(11);
        m.insert("stageId", self.stage_id.to_json());
        m.insert_some("deployedStageDeploymentNo", self.deployed_stage_deployment_no.as_ref());
        put_canary(&mut m, &self.canary);
        Value::Object(m)
    }
}

impl ToJson for Stage {
    fn to_json(&self) -> Value {
        let mut m = Map::with_capacity(29);
        m.insert_some("apiId", self.api_id.as_ref());
        m.insert("stageId", self.stage_id.to_json());
        m.insert_some("stageName", self.stage_name.as_ref());
        m.insert_some("endpointDomain", self.endpoint_domain.as_ref());
        m.insert_some("cacheTtlSec", self.cache_ttl_sec.as_ref());
        m.insert_some("throttleRps", self.throttle_rps.as_ref());
        m.insert_some("rateRps", self.rate_rps.as_ref());
        m.insert_some("dayQuotaRequest", self.day_quota_request.as_ref());
        m.insert_some("monthQuotaRequest", self.month_quota_request.as_ref());
        m.insert_some("ipAclCode", self.ip_acl_code.as_ref());
        m.insert_some("ipAclList", self.ip_acl_list.as_ref());
        m.insert_some("isMaintenance", self.is_maintenance.as_ref());
        m.insert_some("statusCode", self.status_code.as_ref());
        m.insert_some("response", self.response.as_ref());
        m.insert_some("enabledContentEncoding", self.enabled_content_encoding.as_ref());
        m.insert_some("minimumCompressionSize", self.minimum_compression_size.as_ref());
        m.insert_some("modifier", self.modifier.as_ref());
        m.insert_some("tenantId", self.tenant_id.as_ref());
        m.insert_some("regTime", self.reg_time.as_ref());
        m.insert_some("deployedStageDeploymentNo", self.deployed_stage_deployment_no.as_ref());
        if let Some(c) = &self.canary {
            put_canary(&mut m, c);
        }
        Value::Object(m)
    }
}

impl FromJson for Stage {
    fn from_json(v: &Value) -> Result<Self, String> {
        let mut f = Fields::new(v, &Stage::FIELDS, false)?;
        let canary = if f.has("canaryDeploymentNo") {
            Some(StageCanary {
                canary_deployment_no: f.req("canaryDeploymentNo"),
                canary_deployed_time: f.or("canaryDeployedTime", String::new),
                canary_deployment_description: f.or("canaryDeploymentDescription", String::new),
                canary_endpoint_domain: f.or("canaryEndpointDomain", none),
                canary_cache_ttl_sec: f.opt("canaryCacheTtlSec"),
                canary_throttle_rps: f.opt("canaryThrottleRps"),
                canary_distribution_rate: f.or("canaryDistributionRate", || 0.0),
                use_distribution_rate: f.or("useDistributionRate", || true),
                canary_conditions: f.or("canaryConditions", Vec::new),
            })
        } else {
            None
        };
        let value = Stage {
            api_id: f.opt("apiId"),
            stage_id: f.req("stageId"),
            stage_name: f.opt("stageName"),
            endpoint_domain: f.opt("endpointDomain"),
            cache_ttl_sec: f.opt("cacheTtlSec"),
            throttle_rps: f.opt("throttleRps"),
            rate_rps: f.opt("rateRps"),
            day_quota_request: f.opt("dayQuotaRequest"),
            month_quota_request: f.opt("monthQuotaRequest"),
            ip_acl_code: f.opt("ipAclCode"),
            ip_acl_list: f.opt("ipAclList"),
            is_maintenance: f.opt("isMaintenance"),
            status_code: f.opt("statusCode"),
            response: f.opt("response"),
            enabled_content_encoding: f.opt("enabledContentEncoding"),
            minimum_compression_size: f.opt("minimumCompressionSize"),
            modifier: f.opt("modifier"),
            tenant_id: f.opt("tenantId"),
            reg_time: f.opt("regTime"),
            deployed_stage_deployment_no: f.opt("deployedStageDeploymentNo"),
            canary,
        };
        f.done(value)
    }
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
            canary: c.clone(),
        })
    }
}
