//! The errors the simulated AWS service returns: AWS's error type, HTTP status and message.

use std::fmt;

/// Which AWS exception.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// 400: the request is invalid (every stage, deployment and canary validation error).
    BadRequest,
    /// 404: the stage, deployment or API does not exist.
    NotFound,
    /// 409: the stage already exists.
    Conflict,
    /// Not an HTTP error: boto3/botocore refuses the parameters before sending anything
    /// (missing required parameter, wrong type, unknown parameter). Status 0.
    ParamValidation,
}

/// An error as the caller sees it: `{"type", "message"}` plus the HTTP status.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AwsError {
    /// The exception.
    pub kind: ErrorKind,
    /// The message, AWS's exact text where it is known.
    pub message: String,
}

impl AwsError {
    /// A BadRequestException.
    pub fn bad_request(message: impl Into<String>) -> Self {
        AwsError { kind: ErrorKind::BadRequest, message: message.into() }
    }

    /// A NotFoundException.
    pub fn not_found(message: impl Into<String>) -> Self {
        AwsError { kind: ErrorKind::NotFound, message: message.into() }
    }

    /// The error type as the `x-amzn-ErrorType` header and the SDKs name it.
    pub fn type_name(&self) -> &'static str {
        match self.kind {
            ErrorKind::BadRequest => "BadRequestException",
            ErrorKind::NotFound => "NotFoundException",
            ErrorKind::Conflict => "ConflictException",
            ErrorKind::ParamValidation => "ParamValidationError",
        }
    }

    /// The HTTP status (0 for a client-side refusal: nothing was sent).
    pub fn status(&self) -> u16 {
        match self.kind {
            ErrorKind::BadRequest => 400,
            ErrorKind::NotFound => 404,
            ErrorKind::Conflict => 409,
            ErrorKind::ParamValidation => 0,
        }
    }
}

impl fmt::Display for AwsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.type_name(), self.message)
    }
}

impl std::error::Error for AwsError {}

/// AWS's exact messages, each with the section of `docs/aws-behaviour.md` that gives its
/// evidence (recorded, documented or reported), and canarylab's choices where AWS's text is
/// unknown (marked "chosen"). Every message the AWS model produces is written here, once.
pub mod msg {
    /// "CreateDeployment with a canary"; recorded. `provided` is `null` when absent, empty when "".
    pub fn canary_needs_stage_name(provided: Option<&str>) -> String {
        format!(
            "Invalid deployment content specified.Non null and non empty stageName must be provided for canary deployment. Provided value is {}",
            provided.unwrap_or("null")
        )
    }
    /// "CreateDeployment with a canary"; recorded.
    pub fn canary_stage_must_exist(stage: &str) -> String {
        format!(
            "Invalid deployment content specified.Stage {stage} must already be created before making a canary release deployment"
        )
    }
    /// "CreateDeployment with a canary"; reported.
    pub fn non_canary_on_canary_stage(stage: &str) -> String {
        format!(
            "Invalid deployment content specified.Non canary deployment not supported on stage {stage} because Canary is enabled. Provide CanarySettings in deploymentInput."
        )
    }
    /// "CreateStage" and "Canary settings via UpdateStage"; recorded.
    pub const DEPLOYMENT_ID_DOES_NOT_EXIST: &str = "Deployment id does not exist";
    /// "Deleting a deployment"; recorded.
    pub const ACTIVE_STAGES: &str =
        "Active stages pointing to this deployment must be moved or deleted";
    /// "Deleting a deployment"; relied on.
    pub const ACTIVE_CANARY_STAGES: &str =
        "Active stages with canary settings pointing to this deployment must be moved or deleted";
    /// "Logging and the account's CloudWatch role"; reported.
    pub const CLOUDWATCH_ROLE_NOT_SET: &str =
        "CloudWatch Logs role ARN must be set in account settings to enable logging";
    /// "CreateStage"; reported.
    pub const STAGE_EXISTS: &str = "Stage already exists";
    /// "Unknown stage"; reported.
    pub const INVALID_STAGE: &str = "Invalid stage identifier specified";
    /// Chosen: the NotFound text for an unknown deployment id in DeleteDeployment.
    pub const INVALID_DEPLOYMENT: &str = "Invalid deployment identifier specified";
    /// "Stage variables"; reported (two spaces after the first period).
    pub fn variable_name(name: &str) -> String {
        format!("Invalid stage variable name: {name}.  Please use names with only word characters.")
    }
    /// "Stage variables"; reported. The symbol list is AWS's (it disagrees with the documented
    /// pattern).
    pub fn variable_value(value: &str) -> String {
        format!(
            "Invalid stage variable value: {value}.  Please use values with alphanumeric characters and the symbols ' ', -', '.', '_', ':', '/', '?', '&', '=', and ','."
        )
    }
    /// Chosen: the limits are documented (quotas page), their messages are not.
    pub fn variable_name_too_long(name: &str) -> String {
        format!(
            "Invalid stage variable name: {name}. Stage variable names can be at most 64 characters long."
        )
    }
    /// Chosen.
    pub fn variable_value_too_long(len: usize) -> String {
        format!(
            "Invalid stage variable value of length {len}. Stage variable values can be at most 512 characters long."
        )
    }
    /// Chosen.
    pub fn too_many_variables(n: usize) -> String {
        format!("A stage can have at most 100 stage variables; this request gives it {n}.")
    }
    /// Chosen: the range is documented (0.0-100.0), the message is not.
    pub fn percent_traffic(value: &str) -> String {
        format!(
            "Invalid percentTraffic: {value}. Canary percent traffic must be a number between 0.0 and 100.0."
        )
    }
    /// Chosen; the documented rule is "alphanumeric characters, hyphens, and underscores, at most 128".
    pub fn stage_name(name: &str) -> String {
        format!(
            "Invalid stage name: {name}. Stage names can only contain alphanumeric characters, hyphens, and underscores, and be at most 128 characters long."
        )
    }
    /// Chosen, in the style of "Invalid logging level specified".
    pub fn cache_cluster_size(value: &str) -> String {
        format!("Invalid cache cluster size specified: {value}")
    }
    /// "Method settings"; reported for `null`, presumably the same text for other values.
    pub fn logging_level(value: Option<&str>) -> String {
        format!("Invalid logging level specified: {}", value.unwrap_or("null"))
    }
    /// Chosen.
    pub fn cache_control_strategy(value: Option<&str>) -> String {
        format!(
            "Invalid unauthorized cache control header strategy specified: {}",
            value.unwrap_or("null")
        )
    }
    /// Chosen: AWS's reaction to a non-boolean string is unknown (Java would read it as false).
    pub fn boolean(path: &str, value: Option<&str>) -> String {
        format!(
            "Invalid boolean value for {path}: {}. Must be true or false.",
            value.unwrap_or("null")
        )
    }
    /// Chosen.
    pub fn integer(path: &str, value: Option<&str>) -> String {
        format!("Invalid integer value for {path}: {}", value.unwrap_or("null"))
    }
    /// Chosen.
    pub fn double(path: &str, value: Option<&str>) -> String {
        format!("Invalid double value for {path}: {}", value.unwrap_or("null"))
    }
    /// Chosen: the allowed TTL range is documented (quotas page), the message is not.
    pub fn cache_ttl(value: &str) -> String {
        format!("Invalid cache ttl in seconds: {value}. Must be between 0 and 3600.")
    }
    /// "Canary settings via UpdateStage"; recorded for canary paths, chosen for every other path
    /// that refuses `add`.
    pub fn invalid_add(path: &str) -> String {
        format!("Invalid add operation with path: {path}")
    }
    /// "Access log settings" and "Canary settings via UpdateStage"; recorded: the leading `/` is
    /// dropped and a space trails.
    pub fn cannot_remove(path_without_slash: &str) -> String {
        format!(
            "Cannot remove method setting {path_without_slash} because there is no method setting for this method "
        )
    }
    /// "Access log settings"; recorded (the space before the colon is AWS's).
    pub const ACCESS_LOG_PATH: &str = "Invalid accessLogSettings path. Must be one of : [/accessLogSettings/destinationArn, /accessLogSettings/format]";
    /// "Access log settings"; recorded.
    pub const ACCESS_LOG_EMPTY: &str = "Access Log value must not be empty";
    /// "Promotion"; recorded (one instance observed; the template is inferred).
    pub fn invalid_copy(path: &str, from: Option<&str>) -> String {
        format!(
            "Invalid copy operation with path: {path} and from {}. Valid copy:path are [/deploymentId, /variables] and valid copy:from are [/canarySettings/deploymentId, /canarySettings/stageVariableOverrides]",
            from.unwrap_or("null")
        )
    }
    /// "Promotion"; recorded.
    pub const PROMOTION_NOT_AVAILABLE: &str = "Promotion not available. Canary does not exist.";
    /// Chosen: `move`, `test` and unknown ops (AWS's message is unknown).
    pub fn unsupported_op(op: Option<&str>) -> String {
        format!(
            "Invalid patch operation specified: {}. Must be one of: [add, remove, replace, copy]",
            op.unwrap_or("null")
        )
    }
    /// "The invalid-path message"; recorded: AWS's list verbatim, odd joins included.
    pub fn invalid_path(path: &str) -> String {
        format!(
            "Invalid method setting path: {path}. Must be one of: [/deploymentId, /description, /cacheClusterEnabled, /cacheClusterSize, /clientCertificateId, /accessLogSettings, /accessLogSettings/destinationArn, /accessLogSettings/format, /{{resourcePath}}/{{httpMethod}}/metrics/enabled, /{{resourcePath}}/{{httpMethod}}/logging/dataTrace, /{{resourcePath}}/{{httpMethod}}/logging/loglevel, /{{resourcePath}}/{{httpMethod}}/throttling/burstLimit/{{resourcePath}}/{{httpMethod}}/throttling/rateLimit/{{resourcePath}}/{{httpMethod}}/caching/ttlInSeconds, /{{resourcePath}}/{{httpMethod}}/caching/enabled, /{{resourcePath}}/{{httpMethod}}/caching/dataEncrypted, /{{resourcePath}}/{{httpMethod}}/caching/requireAuthorizationForCacheControl, /{{resourcePath}}/{{httpMethod}}/caching/unauthorizedCacheControlHeaderStrategy, /*/*/metrics/enabled, /*/*/logging/dataTrace, /*/*/logging/loglevel, /*/*/throttling/burstLimit /*/*/throttling/rateLimit /*/*/caching/ttlInSeconds, /*/*/caching/enabled, /*/*/caching/dataEncrypted, /*/*/caching/requireAuthorizationForCacheControl, /*/*/caching/unauthorizedCacheControlHeaderStrategy, /variables/{{variable_name}}, /tracingEnabled]"
        )
    }
    /// "Method settings"; reported (2018; the missing space after `loglevel,` is AWS's).
    pub fn invalid_method_setting(rest: &str) -> String {
        format!(
            "Invalid method setting path: {rest}. Must be one of: [.../metrics/enabled, .../logging/dataTrace, .../logging/loglevel,.../throttling/burstLimit, .../throttling/rateLimit, .../caching/ttlInSeconds, .../caching/enabled, .../caching/dataEncrypted, .../caching/requireAuthorizationForCacheControl, .../caching/unauthorizedCacheControlHeaderStrategy]"
        )
    }
}
