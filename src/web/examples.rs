//! What the tool pages start from: the real examples from AWS's and NCP's docs, and which of the
//! page's texts explains each field the diagnostics can point at (the words themselves are in the
//! catalogue, `i18n::site::validate`, in each language).

use crate::i18n::site::validate::{Fields, PerApi};

/// The validate page's APIs, in the order the picker lists them.
pub const APIS: [&str; 4] =
    ["aws.create-deployment", "aws.create-stage", "aws.update-stage", "ncp.edit-canary"];

/// The text for `api` in a per-API table (the last entry for any other name).
pub fn per_api<'a>(api: &str, t: &'a PerApi) -> &'a str {
    match api {
        "aws.create-deployment" => t.create_deployment,
        "aws.create-stage" => t.create_stage,
        "aws.update-stage" => t.update_stage,
        _ => t.edit_canary,
    }
}

/// The example payload for `api` and where it comes from, in English (the Validate page shows
/// the source in the reader's language, from `sources` in its texts).
pub fn payload(api: &str) -> (&'static str, &'static str) {
    let english = &crate::i18n::site::site(crate::i18n::Lang::En).validate.sources;
    (per_api(api, english), text(api))
}

/// The example payload for `api`.
pub fn text(api: &str) -> &'static str {
    match api {
        "aws.create-deployment" => {
            "{\n  \"restApiId\": \"abcd1e2f3g\",\n  \"stageName\": \"prod\",\n  \"canarySettings\": {\n    \"percentTraffic\": 10.5,\n    \"useStageCache\": false,\n    \"stageVariableOverrides\": {\n      \"sv1\": \"val1\"\n    }\n  }\n}\n"
        }
        "aws.create-stage" => {
            "{\n  \"restApiId\": \"abcd1e2f3g\",\n  \"stageName\": \"prod\",\n  \"deploymentId\": \"a1b2c3\",\n  \"variables\": {\n    \"backend\": \"prod.internal\"\n  },\n  \"canarySettings\": {\n    \"deploymentId\": \"a1b2c3\",\n    \"percentTraffic\": 10.0,\n    \"stageVariableOverrides\": {\n      \"backend\": \"canary.internal\"\n    }\n  }\n}\n"
        }
        "aws.update-stage" => {
            "{\n  \"restApiId\": \"abcd1e2f3g\",\n  \"stageName\": \"prod\",\n  \"patchOperations\": [\n    {\"op\": \"replace\", \"path\": \"/canarySettings/percentTraffic\", \"value\": \"0.0\"},\n    {\"op\": \"copy\", \"from\": \"/canarySettings/stageVariableOverrides\", \"path\": \"/variables\"},\n    {\"op\": \"copy\", \"from\": \"/canarySettings/deploymentId\", \"path\": \"/deploymentId\"}\n  ]\n}\n"
        }
        _ => {
            "{\n  \"productId\": \"p1a2b3c4\",\n  \"apiId\": \"a1b2c3\",\n  \"stageId\": \"s1\",\n  \"body\": {\n    \"useDistributionRate\": true,\n    \"canaryEndpointDomain\": \"NONE\",\n    \"canaryDistributionRate\": 0,\n    \"canaryCacheTtlSec\": 0,\n    \"canaryThrottleRps\": 0\n  }\n}\n"
        }
    }
}

/// A short explanation of the field a pointer ends in, from the page's texts.
pub fn field(name: &str, t: &Fields) -> Option<&'static str> {
    Some(match name {
        "restApiId" => t.rest_api_id,
        "stageName" => t.stage_name,
        "deploymentId" => t.deployment_id,
        "canarySettings" => t.canary_settings,
        "percentTraffic" => t.percent_traffic,
        "useStageCache" => t.use_stage_cache,
        "stageVariableOverrides" => t.stage_variable_overrides,
        "variables" => t.variables,
        "patchOperations" => t.patch_operations,
        "op" => t.op,
        "path" => t.path,
        "value" => t.value,
        "from" => t.from,
        "cacheClusterEnabled" => t.cache_cluster_enabled,
        "cacheClusterSize" => t.cache_cluster_size,
        "tracingEnabled" => t.tracing_enabled,
        "productId" | "apiId" | "stageId" => t.path_id,
        "body" => t.body,
        "useDistributionRate" => t.use_distribution_rate,
        "canaryEndpointDomain" => t.canary_endpoint_domain,
        "canaryDistributionRate" => t.canary_distribution_rate,
        "canaryConditions" => t.canary_conditions,
        "parameterCode" => t.parameter_code,
        "parameterName" => t.parameter_name,
        "parameterValue" => t.parameter_value,
        "canaryCacheTtlSec" => t.canary_cache_ttl_sec,
        "canaryThrottleRps" => t.canary_throttle_rps,
        _ => return None,
    })
}
