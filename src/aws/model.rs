//! The AWS shapes, with the field presence GetStage shows: unset fields and empty maps are
//! omitted, numbers that AWS types as Double render as doubles (`50.0`).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// A string map (stage variables, overrides, tags), sorted as GetStage lists it.
pub type StringMap = BTreeMap<String, String>;

/// A stage as GetStage returns it. Reading one (a scenario's starting state) refuses members
/// GetStage does not have, and defaults what AWS would report for a new stage.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Stage {
    /// The deployment the stage serves.
    pub deployment_id: String,
    /// Client certificate, when set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_certificate_id: Option<String>,
    /// The stage name.
    pub stage_name: String,
    /// Description, omitted when unset.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Whether the stage cache is enabled.
    #[serde(default)]
    pub cache_cluster_enabled: bool,
    /// Cache size, one of [`CACHE_CLUSTER_SIZES`]; may be present while the cache is off.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cache_cluster_size: Option<String>,
    /// Cache status (`NOT_AVAILABLE` without a cache).
    #[serde(default)]
    pub cache_cluster_status: CacheClusterStatus,
    /// Method settings keyed `{resourcePath}/{httpMethod}` or `*/*`; always present.
    #[serde(default)]
    pub method_settings: BTreeMap<String, MethodSetting>,
    /// Stage variables, omitted when empty.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub variables: StringMap,
    /// Documentation version, when set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub documentation_version: Option<String>,
    /// Access logging, when set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_log_settings: Option<AccessLogSettings>,
    /// The canary, when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub canary_settings: Option<CanarySettings>,
    /// X-Ray tracing.
    #[serde(default)]
    pub tracing_enabled: bool,
    /// WAF web ACL, when associated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub web_acl_arn: Option<String>,
    /// Tags, omitted when empty.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub tags: StringMap,
    /// Creation time (ISO 8601, as the AWS CLI prints it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_date: Option<String>,
    /// Last update time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_updated_date: Option<String>,
}

/// A stage cache's status, as GetStage reports it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum CacheClusterStatus {
    /// Being created (after it was turned on).
    CreateInProgress,
    /// Ready.
    Available,
    /// Being deleted (after it was turned off).
    DeleteInProgress,
    /// No cache.
    #[default]
    NotAvailable,
    /// Being flushed.
    FlushInProgress,
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
            cache_cluster_status: CacheClusterStatus::NotAvailable,
            method_settings: BTreeMap::new(),
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
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CanarySettings {
    /// The deployment the canary serves.
    pub deployment_id: String,
    /// Percent of requests sent to the canary, 0.0 to 100.0; rendered as a double.
    #[serde(default)]
    pub percent_traffic: f64,
    /// Overrides laid over the stage variables for canary requests; omitted when empty.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub stage_variable_overrides: StringMap,
    /// Whether canary requests may use the stage cache.
    #[serde(default)]
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
/// set). Reading one fills what is omitted from [`MethodSetting::default`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct MethodSetting {
    /// CloudWatch metrics.
    pub metrics_enabled: bool,
    /// `OFF`, `ERROR` or `INFO`; absent until set.
    #[serde(skip_serializing_if = "Option::is_none")]
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

impl Default for MethodSetting {
    /// The entry AWS creates on the first `replace` when there is no `*/*` entry to seed from.
    /// 5000/10000 are the default account throttle; AWS's value is account and region dependent.
    fn default() -> Self {
        MethodSetting {
            metrics_enabled: false,
            logging_level: None,
            data_trace_enabled: false,
            throttling_burst_limit: 5000,
            throttling_rate_limit: 10000.0,
            caching_enabled: false,
            cache_ttl_in_seconds: 300,
            cache_data_encrypted: false,
            require_authorization_for_cache_control: true,
            unauthorized_cache_control_header_strategy: "SUCCEED_WITH_RESPONSE_HEADER".to_owned(),
        }
    }
}

/// Access logging.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AccessLogSettings {
    /// Log format; should contain `$context.requestId`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
    /// Log group ARN, without the trailing `:*`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destination_arn: Option<String>,
}

/// A deployment as GetDeployments lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Deployment {
    /// The deployment id.
    pub id: String,
    /// Description, when set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Creation time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_date: Option<String>,
}

/// The account's API Gateway settings that change what the service answers (GetAccount). In a
/// scenario: `"account": {"cloudwatchRoleArn": null | "arn:..."}`; an absent account or an
/// absent role means the role is set.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Account {
    /// The IAM role API Gateway writes CloudWatch logs with; `None` when the account has none,
    /// and then turning logging on is refused (`docs/aws-behaviour.md`, "Logging and the
    /// account's CloudWatch role").
    #[serde(default = "Account::default_role")]
    pub cloudwatch_role_arn: Option<String>,
}

impl Account {
    /// The role an account is taken to have when a scenario does not say: a set role whose ARN
    /// is not known.
    pub const DEFAULT_ROLE_ARN: &str = "arn:aws:iam::123456789012:role/APIGatewayCloudWatchLogs";

    fn default_role() -> Option<String> {
        Some(Self::DEFAULT_ROLE_ARN.to_owned())
    }

    /// Whether API Gateway can write CloudWatch logs for this account.
    pub fn has_cloudwatch_role(&self) -> bool {
        self.cloudwatch_role_arn.is_some()
    }
}

impl Default for Account {
    fn default() -> Self {
        Account { cloudwatch_role_arn: Self::default_role() }
    }
}

impl Stage {
    /// Every member a stage may have, as GetStage names them.
    pub fn fields() -> &'static [&'static str] {
        crate::doc::field_names::<Stage>()
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
