//! The AWS shapes, with the field presence GetStage shows: unset fields and empty maps are
//! omitted, numbers that AWS types as Double render as doubles (`50.0`).

use crate::json::{Fields, FromJson, Map, ToJson, Value};
use crate::sorted::SortedMap;

/// A string map (stage variables, overrides, tags), sorted so output is deterministic.
pub type StringMap = SortedMap<String>;

/// A stage as GetStage returns it.
#[derive(Clone, Debug, PartialEq)]
pub struct Stage {
    /// The deployment the stage serves.
    pub deployment_id: String,
    /// Client certificate, when set.
    pub client_certificate_id: Option<String>,
    /// The stage name.
    pub stage_name: String,
    /// Description, omitted when unset.
    pub description: Option<String>,
    /// Whether the stage cache is enabled.
    pub cache_cluster_enabled: bool,
    /// Cache size, one of [`CACHE_CLUSTER_SIZES`]; may be present while the cache is off.
    pub cache_cluster_size: Option<String>,
    /// Cache status (`NOT_AVAILABLE` without a cache).
    pub cache_cluster_status: String,
    /// Method settings keyed `{resourcePath}/{httpMethod}` or `*/*`; always present.
    pub method_settings: SortedMap<MethodSetting>,
    /// Stage variables, omitted when empty.
    pub variables: StringMap,
    /// Documentation version, when set.
    pub documentation_version: Option<String>,
    /// Access logging, when set.
    pub access_log_settings: Option<AccessLogSettings>,
    /// The canary, when there is one.
    pub canary_settings: Option<CanarySettings>,
    /// X-Ray tracing.
    pub tracing_enabled: bool,
    /// WAF web ACL, when associated.
    pub web_acl_arn: Option<String>,
    /// Tags, omitted when empty.
    pub tags: StringMap,
    /// Creation time (ISO 8601, as the AWS CLI prints it).
    pub created_date: Option<String>,
    /// Last update time.
    pub last_updated_date: Option<String>,
}

fn not_available() -> String {
    "NOT_AVAILABLE".to_owned()
}

impl Stage {
    /// A new stage as AWS creates it: no cache, no method settings, no tracing.
    pub fn new(stage_name: String, deployment_id: String) -> Self {
        Stage {
            deployment_id,
            client_certificate_id: None,
            stage_name,
            description: None,
            cache_cluster_enabled: false,
            cache_cluster_size: None,
            cache_cluster_status: not_available(),
            method_settings: SortedMap::new(),
            variables: StringMap::new(),
            documentation_version: None,
            access_log_settings: None,
            canary_settings: None,
            tracing_enabled: false,
            web_acl_arn: None,
            tags: StringMap::new(),
            created_date: None,
            last_updated_date: None,
        }
    }
}

/// A stage's canary (CreateStage, GetStage).
#[derive(Clone, Debug, PartialEq)]
pub struct CanarySettings {
    /// The deployment the canary serves.
    pub deployment_id: String,
    /// Percent of requests sent to the canary, 0.0 to 100.0; rendered as a double.
    pub percent_traffic: f64,
    /// Overrides laid over the stage variables for canary requests; omitted when empty.
    pub stage_variable_overrides: StringMap,
    /// Whether canary requests may use the stage cache.
    pub use_stage_cache: bool,
}

impl CanarySettings {
    /// A canary from request fields, with AWS's defaults for what is omitted (0.0 %, no stage cache).
    pub fn with(
        deployment_id: String,
        percent_traffic: Option<f64>,
        stage_variable_overrides: StringMap,
        use_stage_cache: Option<bool>,
    ) -> Self {
        CanarySettings {
            deployment_id,
            percent_traffic: percent_traffic.unwrap_or(0.0),
            stage_variable_overrides,
            use_stage_cache: use_stage_cache.unwrap_or(false),
        }
    }

    /// The canary AWS creates when a `replace` names a canary field on a stage without one.
    pub fn defaults_for(stage_deployment_id: &str) -> Self {
        CanarySettings {
            deployment_id: stage_deployment_id.to_owned(),
            percent_traffic: 0.0,
            stage_variable_overrides: StringMap::new(),
            use_stage_cache: false,
        }
    }
}

/// One method's settings. AWS returns every field once the entry exists (`loggingLevel` only once
/// set).
#[derive(Clone, Debug, PartialEq)]
pub struct MethodSetting {
    /// CloudWatch metrics.
    pub metrics_enabled: bool,
    /// `OFF`, `ERROR` or `INFO`; absent until set.
    pub logging_level: Option<String>,
    /// Full request/response logging.
    pub data_trace_enabled: bool,
    /// Burst limit (-1: not set).
    pub throttling_burst_limit: i64,
    /// Rate limit in requests per second (-1.0: not set); a double.
    pub throttling_rate_limit: f64,
    /// Whether responses are cached.
    pub caching_enabled: bool,
    /// Cache TTL in seconds, 0 to 3600.
    pub cache_ttl_in_seconds: i64,
    /// Whether cached data is encrypted.
    pub cache_data_encrypted: bool,
    /// Whether `Cache-Control: max-age=0` requires authorization.
    pub require_authorization_for_cache_control: bool,
    /// What happens to an unauthorized cache-control request.
    pub unauthorized_cache_control_header_strategy: String,
}

fn default_burst() -> i64 {
    5000
}
fn default_rate() -> f64 {
    10000.0
}
fn default_ttl() -> i64 {
    300
}
fn default_strategy() -> String {
    "SUCCEED_WITH_RESPONSE_HEADER".to_owned()
}

impl Default for MethodSetting {
    /// The entry AWS creates on the first `replace` when there is no `*/*` entry to seed from
    /// (behaviour reference §4.4). 5000/10000 are the default account throttle; AWS's value is
    /// account and region dependent.
    fn default() -> Self {
        MethodSetting {
            metrics_enabled: false,
            logging_level: None,
            data_trace_enabled: false,
            throttling_burst_limit: default_burst(),
            throttling_rate_limit: default_rate(),
            caching_enabled: false,
            cache_ttl_in_seconds: default_ttl(),
            cache_data_encrypted: false,
            require_authorization_for_cache_control: true,
            unauthorized_cache_control_header_strategy: default_strategy(),
        }
    }
}

/// Access logging.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AccessLogSettings {
    /// Log format; should contain `$context.requestId`.
    pub format: Option<String>,
    /// Log group ARN, without the trailing `:*`.
    pub destination_arn: Option<String>,
}

/// A deployment as GetDeployments lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Deployment {
    /// The deployment id.
    pub id: String,
    /// Description, when set.
    pub description: Option<String>,
    /// Creation time.
    pub created_date: Option<String>,
}

/// Appends a string map unless it is empty (AWS omits empty maps).
fn put_map(m: &mut Map, key: &str, v: &StringMap) {
    if !v.is_empty() {
        m.insert(key, v.to_json());
    }
}

impl ToJson for Stage {
    fn to_json(&self) -> Value {
        let mut m = Map::with_capacity(17);
        m.insert("deploymentId", self.deployment_id.to_json());
        m.insert_some("clientCertificateId", self.client_certificate_id.as_ref());
        m.insert("stageName", self.stage_name.to_json());
        m.insert_some("description", self.description.as_ref());
        m.insert("cacheClusterEnabled", Value::Bool(self.cache_cluster_enabled));
        m.insert_some("cacheClusterSize", self.cache_cluster_size.as_ref());
        m.insert("cacheClusterStatus", self.cache_cluster_status.to_json());
        m.insert("methodSettings", self.method_settings.to_json());
        put_map(&mut m, "variables", &self.variables);
        m.insert_some("documentationVersion", self.documentation_version.as_ref());
        m.insert_some("accessLogSettings", self.access_log_settings.as_ref());
        m.insert_some("canarySettings", self.canary_settings.as_ref());
        m.insert("tracingEnabled", Value::Bool(self.tracing_enabled));
        m.insert_some("webAclArn", self.web_acl_arn.as_ref());
        put_map(&mut m, "tags", &self.tags);
        m.insert_some("createdDate", self.created_date.as_ref());
        m.insert_some("lastUpdatedDate", self.last_updated_date.as_ref());
        Value::Object(m)
    }
}

impl Stage {
    /// Every member a stage may have, as GetStage names them.
    pub const FIELDS: [&'static str; 17] = [
        "deploymentId",
        "clientCertificateId",
        "stageName",
        "description",
        "cacheClusterEnabled",
        "cacheClusterSize",
        "cacheClusterStatus",
        "methodSettings",
        "variables",
        "documentationVersion",
        "accessLogSettings",
        "canarySettings",
        "tracingEnabled",
        "webAclArn",
        "tags",
        "createdDate",
        "lastUpdatedDate",
    ];
}

impl FromJson for Stage {
    fn from_json(v: &Value) -> Result<Self, String> {
        let mut f = Fields::new(v, &Stage::FIELDS, true)?;
        let value = Stage {
            deployment_id: f.req("deploymentId"),
            client_certificate_id: f.opt("clientCertificateId"),
            stage_name: f.req("stageName"),
            description: f.opt("description"),
            cache_cluster_enabled: f.or("cacheClusterEnabled", || false),
            cache_cluster_size: f.opt("cacheClusterSize"),
            cache_cluster_status: f.or("cacheClusterStatus", not_available),
            method_settings: f.or("methodSettings", SortedMap::new),
            variables: f.or("variables", StringMap::new),
            documentation_version: f.opt("documentationVersion"),
            access_log_settings: f.opt("accessLogSettings"),
            canary_settings: f.opt("canarySettings"),
            tracing_enabled: f.or("tracingEnabled", || false),
            web_acl_arn: f.opt("webAclArn"),
            tags: f.or("tags", StringMap::new),
            created_date: f.opt("createdDate"),
            last_updated_date: f.opt("lastUpdatedDate"),
        };
        f.done(value)
    }
}

impl ToJson for CanarySettings {
    fn to_json(&self) -> Value {
        let mut m = Map::with_capacity(4);
        m.insert("deploymentId", self.deployment_id.to_json());
        m.insert("percentTraffic", self.percent_traffic.to_json());
        put_map(&mut m, "stageVariableOverrides", &self.stage_variable_overrides);
        m.insert("useStageCache", Value::Bool(self.use_stage_cache));
        Value::Object(m)
    }
}

impl FromJson for CanarySettings {
    fn from_json(v: &Value) -> Result<Self, String> {
        const KNOWN: [&str; 4] =
            ["deploymentId", "percentTraffic", "stageVariableOverrides", "useStageCache"];
        let mut f = Fields::new(v, &KNOWN, true)?;
        let value = CanarySettings {
            deployment_id: f.req("deploymentId"),
            percent_traffic: f.or("percentTraffic", || 0.0),
            stage_variable_overrides: f.or("stageVariableOverrides", StringMap::new),
            use_stage_cache: f.or("useStageCache", || false),
        };
        f.done(value)
    }
}

impl ToJson for MethodSetting {
    fn to_json(&self) -> Value {
        let mut m = Map::with_capacity(10);
        m.insert("metricsEnabled", Value::Bool(self.metrics_enabled));
        m.insert_some("loggingLevel", self.logging_level.as_ref());
        m.insert("dataTraceEnabled", Value::Bool(self.data_trace_enabled));
        m.insert("throttlingBurstLimit", self.throttling_burst_limit.to_json());
        m.insert("throttlingRateLimit", self.throttling_rate_limit.to_json());
        m.insert("cachingEnabled", Value::Bool(self.caching_enabled));
        m.insert("cacheTtlInSeconds", self.cache_ttl_in_seconds.to_json());
        m.insert("cacheDataEncrypted", Value::Bool(self.cache_data_encrypted));
        m.insert(
            "requireAuthorizationForCacheControl",
            Value::Bool(self.require_authorization_for_cache_control),
        );
        m.insert(
            "unauthorizedCacheControlHeaderStrategy",
            self.unauthorized_cache_control_header_strategy.to_json(),
        );
        Value::Object(m)
    }
}

impl FromJson for MethodSetting {
    fn from_json(v: &Value) -> Result<Self, String> {
        const KNOWN: [&str; 10] = [
            "metricsEnabled",
            "loggingLevel",
            "dataTraceEnabled",
            "throttlingBurstLimit",
            "throttlingRateLimit",
            "cachingEnabled",
            "cacheTtlInSeconds",
            "cacheDataEncrypted",
            "requireAuthorizationForCacheControl",
            "unauthorizedCacheControlHeaderStrategy",
        ];
        let mut f = Fields::new(v, &KNOWN, true)?;
        let value = MethodSetting {
            metrics_enabled: f.or("metricsEnabled", || false),
            logging_level: f.opt("loggingLevel"),
            data_trace_enabled: f.or("dataTraceEnabled", || false),
            throttling_burst_limit: f.or("throttlingBurstLimit", default_burst),
            throttling_rate_limit: f.or("throttlingRateLimit", default_rate),
            caching_enabled: f.or("cachingEnabled", || false),
            cache_ttl_in_seconds: f.or("cacheTtlInSeconds", default_ttl),
            cache_data_encrypted: f.or("cacheDataEncrypted", || false),
            require_authorization_for_cache_control: f
                .or("requireAuthorizationForCacheControl", || true),
            unauthorized_cache_control_header_strategy: f
                .or("unauthorizedCacheControlHeaderStrategy", default_strategy),
        };
        f.done(value)
    }
}

impl ToJson for AccessLogSettings {
    fn to_json(&self) -> Value {
        let mut m = Map::with_capacity(2);
        m.insert_some("format", self.format.as_ref());
        m.insert_some("destinationArn", self.destination_arn.as_ref());
        Value::Object(m)
    }
}

impl FromJson for AccessLogSettings {
    fn from_json(v: &Value) -> Result<Self, String> {
        let mut f = Fields::new(v, &["format", "destinationArn"], true)?;
        let value =
            AccessLogSettings { format: f.opt("format"), destination_arn: f.opt("destinationArn") };
        f.done(value)
    }
}

impl ToJson for Deployment {
    fn to_json(&self) -> Value {
        let mut m = Map::with_capacity(3);
        m.insert("id", self.id.to_json());
        m.insert_some("description", self.description.as_ref());
        m.insert_some("createdDate", self.created_date.as_ref());
        Value::Object(m)
    }
}

impl FromJson for Deployment {
    fn from_json(v: &Value) -> Result<Self, String> {
        let mut f = Fields::new(v, &["id", "description", "createdDate"], true)?;
        let value = Deployment {
            id: f.req("id"),
            description: f.opt("description"),
            created_date: f.opt("createdDate"),
        };
        f.done(value)
    }
}

/// The CacheClusterSize enum.
pub const CACHE_CLUSTER_SIZES: [&str; 8] =
    ["0.5", "1.6", "6.1", "13.5", "28.4", "58.2", "118", "237"];
/// The LoggingLevel values a method setting takes.
pub const LOGGING_LEVELS: [&str; 3] = ["OFF", "ERROR", "INFO"];
/// The UnauthorizedCacheControlHeaderStrategy enum.
pub const CACHE_CONTROL_STRATEGIES: [&str; 3] =
    ["FAIL_WITH_403", "SUCCEED_WITH_RESPONSE_HEADER", "SUCCEED_WITHOUT_RESPONSE_HEADER"];
/// The PatchOperation `op` enum (only add, remove, replace and copy mean anything for a stage).
pub const PATCH_OPS: [&str; 6] = ["add", "remove", "replace", "move", "copy", "test"];
