//! What the tool pages start from: the real examples from AWS's and NCP's docs, and a short
//! explanation of each field the diagnostics can point at.

/// The validate page's APIs: (name, label).
pub const APIS: [(&str, &str); 4] = [
    ("aws.create-deployment", "AWS CreateDeployment"),
    ("aws.create-stage", "AWS CreateStage"),
    ("aws.update-stage", "AWS UpdateStage"),
    ("ncp.edit-canary", "NCP Edit Canary"),
];

/// The example payload for `api` and where it comes from.
pub fn payload(api: &str) -> (&'static str, &'static str) {
    match api {
        "aws.create-deployment" => (
            "AWS Developer Guide, \"Create a canary release deployment\" (create-deployment --canary-settings)",
            "{\n  \"restApiId\": \"abcd1e2f3g\",\n  \"stageName\": \"prod\",\n  \"canarySettings\": {\n    \"percentTraffic\": 10.5,\n    \"useStageCache\": false,\n    \"stageVariableOverrides\": {\n      \"sv1\": \"val1\"\n    }\n  }\n}\n",
        ),
        "aws.create-stage" => (
            "a stage whose canary starts on the stage's own deployment, as the Developer Guide describes",
            "{\n  \"restApiId\": \"abcd1e2f3g\",\n  \"stageName\": \"prod\",\n  \"deploymentId\": \"a1b2c3\",\n  \"variables\": {\n    \"backend\": \"prod.internal\"\n  },\n  \"canarySettings\": {\n    \"deploymentId\": \"a1b2c3\",\n    \"percentTraffic\": 10.0,\n    \"stageVariableOverrides\": {\n      \"backend\": \"canary.internal\"\n    }\n  }\n}\n",
        ),
        "aws.update-stage" => (
            "AWS Developer Guide, \"Promote a canary release\": the three patch operations",
            "{\n  \"restApiId\": \"abcd1e2f3g\",\n  \"stageName\": \"prod\",\n  \"patchOperations\": [\n    {\"op\": \"replace\", \"path\": \"/canarySettings/percentTraffic\", \"value\": \"0.0\"},\n    {\"op\": \"copy\", \"from\": \"/canarySettings/stageVariableOverrides\", \"path\": \"/variables\"},\n    {\"op\": \"copy\", \"from\": \"/canarySettings/deploymentId\", \"path\": \"/deploymentId\"}\n  ]\n}\n",
        ),
        _ => (
            "NCP API docs, Edit Canary: the example values (cache TTL 0, throttle 0, rate 0), which NCP's own spec refuses",
            "{\n  \"productId\": \"p1a2b3c4\",\n  \"apiId\": \"a1b2c3\",\n  \"stageId\": \"s1\",\n  \"body\": {\n    \"useDistributionRate\": true,\n    \"canaryEndpointDomain\": \"NONE\",\n    \"canaryDistributionRate\": 0,\n    \"canaryCacheTtlSec\": 0,\n    \"canaryThrottleRps\": 0\n  }\n}\n",
        ),
    }
}

/// A short explanation of the field a pointer ends in.
pub fn field(name: &str) -> Option<&'static str> {
    Some(match name {
        "restApiId" => "The REST API's id (10 characters, e.g. abcd1e2f3g).",
        "stageName" => "The stage: letters, digits, hyphens and underscores, up to 128 characters.",
        "deploymentId" => "A deployment of the API; the stage (or the canary) serves it.",
        "canarySettings" => {
            "The canary: a second deployment, the share of requests it gets, and its stage-variable overrides."
        }
        "percentTraffic" => {
            "The canary's share of requests, a double from 0.0 to 100.0; each request is drawn at random."
        }
        "useStageCache" => {
            "Whether canary requests may use the stage cache (only when caching is on for the stage)."
        }
        "stageVariableOverrides" => {
            "Stage variables the canary sees instead of the stage's; the rest it inherits."
        }
        "variables" => {
            "Stage variables: names of letters, digits and underscores; values up to 512 characters."
        }
        "patchOperations" => {
            "UpdateStage's changes, applied in order, all or nothing. Every value is a string."
        }
        "op" => {
            "add, remove, replace or copy (move and test are refused); replace also creates what is missing."
        }
        "path" => {
            "A fixed grammar that looks like a JSON Pointer: /canarySettings/percentTraffic, /variables/{name}, /{resource}/{method}/{setting}."
        }
        "value" => "Always a JSON string, even for numbers and booleans: \"10.0\", \"true\".",
        "from" => {
            "For copy: promotion copies /canarySettings/stageVariableOverrides to /variables and /canarySettings/deploymentId to /deploymentId."
        }
        "cacheClusterEnabled" => "Turns the stage cache on (billed per hour).",
        "cacheClusterSize" => "Cache size in GB: 0.5, 1.6, 6.1, 13.5, 28.4, 58.2, 118 or 237.",
        "tracingEnabled" => "AWS X-Ray tracing for the stage.",
        "productId" | "apiId" | "stageId" => "A path id of the NCP call, 1 to 10 characters.",
        "body" => "The Edit Canary body: one of two modes, rate or conditions.",
        "useDistributionRate" => {
            "true: split by canaryDistributionRate; false: route by canaryConditions."
        }
        "canaryEndpointDomain" => {
            "The canary's own endpoint (an http(s) URL up to 200 characters) or NONE."
        }
        "canaryDistributionRate" => {
            "Rate mode: the canary's share in percent, 0 to 100, stored as a 32-bit float."
        }
        "canaryConditions" => {
            "Condition mode: requests whose header or query parameter equals the value go to the canary."
        }
        "parameterCode" => "REQUEST_HEADER or REQUEST_QUERY.",
        "parameterName" => "The header or query parameter to match.",
        "parameterValue" => "The value that sends a request to the canary (exact match).",
        "canaryCacheTtlSec" => {
            "The canary's cache TTL: an integer from 1 to 3600 (NCP's docs say String; its API wants a number)."
        }
        "canaryThrottleRps" => {
            "The canary's throttle per method: an integer from 1 to 2,147,483,647."
        }
        _ => return None,
    })
}
