//! Every diagnostic code canarylab reports: its stable name (what tools match on), its severity
//! and a one-line description (`canarylab explain CODE`, the README's list). One table, so a code
//! cannot be misspelt at the place that reports it, nor reported without being documented.

use std::fmt;

use serde::{Serialize, Serializer};

use crate::report::Severity;

macro_rules! codes {
    ($($(#[$doc:meta])* $v:ident = $name:literal, $sev:ident, $desc:literal;)*) => {
        /// A diagnostic code. Its [`Code::name`] is the stable string in every report.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Code {
            $($(#[$doc])* #[doc = $desc] $v,)*
        }

        impl Code {
            /// Every code, in the order of the table.
            pub const ALL: &'static [Code] = &[$(Code::$v),*];

            /// The stable name, such as `aws.percent-traffic.range`.
            pub const fn name(self) -> &'static str {
                match self { $(Code::$v => $name,)* }
            }

            /// Whether the service refuses (error) or the request only surprises (warning).
            pub const fn severity(self) -> Severity {
                match self { $(Code::$v => Severity::$sev,)* }
            }

            /// What the code means, in one line.
            pub const fn description(self) -> &'static str {
                match self { $(Code::$v => $desc,)* }
            }
        }
    };
}

codes! {
    // Shared by every document.
    JsonSyntax = "json.syntax", Error, "the text is not JSON; nothing else can be checked until it parses";
    ParamMissing = "param.missing", Error, "a required parameter is missing";
    ParamUnknown = "param.unknown", Error, "a parameter the API does not have (the SDKs refuse it before sending)";
    ParamType = "param.type", Error, "a parameter has the wrong JSON type";

    // Amazon API Gateway requests.
    AwsStageNamePattern = "aws.stage-name.pattern", Error, "a stage name outside letters, digits, '-' and '_', or longer than 128";
    AwsPercentTrafficRange = "aws.percent-traffic.range", Error, "percentTraffic outside 0.0 to 100.0";
    AwsCacheClusterSizeEnum = "aws.cache-cluster-size.enum", Error, "cacheClusterSize is not one of AWS's sizes (0.5 to 237 GB, as a string)";
    AwsCacheControlStrategyEnum = "aws.cache-control-strategy.enum", Error, "unauthorizedCacheControlHeaderStrategy is not one of AWS's three values";
    AwsCacheTtlRange = "aws.cache-ttl.range", Error, "a method's cache TTL outside 0 to 3600 seconds";
    AwsLoggingLevelEnum = "aws.logging-level.enum", Error, "a logging level other than OFF, ERROR or INFO";
    AwsVariableName = "aws.variable.name", Error, "a stage variable (or override) name with characters other than letters, digits and '_'";
    AwsVariableNameLength = "aws.variable.name-length", Error, "a stage variable name longer than 64 characters";
    AwsVariableValue = "aws.variable.value", Error, "a stage variable value empty or with characters outside the documented pattern";
    AwsVariableValueLength = "aws.variable.value-length", Error, "a stage variable value longer than 512 characters";
    AwsVariableCount = "aws.variable.count", Error, "more than 100 stage variables";
    AwsCanaryNoStageName = "aws.canary.no-stage-name", Error, "a canary deployment without the stage it is for";
    AwsCanaryDeploymentDefault = "aws.canary.deployment-default", Warning, "the canary's deployment is left to AWS's default";
    AwsCanaryDeploymentIsNew = "aws.canary.deployment-is-new", Warning, "CreateDeployment's canary always serves the deployment being created";
    AwsCanaryImplicitCreate = "aws.canary.implicit-create", Warning, "a replace on a canary field creates the canary with AWS's defaults";
    AwsCanaryPercentDefault = "aws.canary.percent-default", Warning, "a canary without percentTraffic sends it no traffic (0 %)";
    AwsCanaryVariablesIgnored = "aws.canary.variables-ignored", Warning, "stage variables given with a canary deployment apply to the canary only";
    AwsPatchOp = "aws.patch.op", Error, "a patch operation UpdateStage does not support";
    AwsPatchPath = "aws.patch.path", Error, "a patch path outside UpdateStage's fixed grammar";
    AwsPatchAddRefused = "aws.patch.add-refused", Error, "add on a path that only takes replace";
    AwsPatchRemoveRefused = "aws.patch.remove-refused", Error, "remove on a path that cannot be removed";
    AwsPatchCopy = "aws.patch.copy", Error, "a copy UpdateStage does not support (only the canary's promotion copies)";
    AwsPatchAccessLogPath = "aws.patch.access-log-path", Error, "an access-log path other than format and destinationArn";
    AwsPatchMethodSettingPath = "aws.patch.method-setting-path", Error, "a method-setting path outside the documented settings";
    AwsPatchValueMissing = "aws.patch.value.missing", Error, "an operation that needs a value has none";
    AwsPatchValueEmpty = "aws.patch.value.empty", Error, "an empty value where AWS needs one";
    AwsPatchValueBoolean = "aws.patch.value.boolean", Error, "a value that must read as true or false";
    AwsPatchValueDouble = "aws.patch.value.double", Error, "a value that must read as a number";
    AwsPatchValueInteger = "aws.patch.value.integer", Error, "a value that must read as an integer";
    AwsPatchTooManyOps = "aws.patch.too-many-ops", Warning, "more patch operations in one call than AWS is known to take";
    AwsPromotionKeepsCanary = "aws.promotion.keeps-canary", Warning, "a promotion that leaves the canary in place (at 0 %)";
    AwsPromotionNoCanary = "aws.promotion.no-canary", Warning, "a promotion on a stage that had no canary: nothing tested to promote";
    AwsAccessLogArnSuffix = "aws.access-log.arn-suffix", Warning, "an access-log destination ARN ending in ':*'";
    AwsAccessLogRequestId = "aws.access-log.request-id", Warning, "an access-log format without $context.requestId";
    AwsMethodSettingsResourcePath = "aws.method-settings.resource-path", Warning, "a method-settings key whose resource path looks wrong";
    AwsMethodSettingsHttpMethod = "aws.method-settings.http-method", Warning, "a method-settings key whose HTTP method looks wrong";

    // NAVER Cloud Platform API Gateway requests.
    NcpPathIdLength = "ncp.path-id.length", Error, "a product, API or stage id outside 1 to 10 characters";
    NcpEndpointLength = "ncp.endpoint.length", Error, "canaryEndpointDomain longer than 200 characters";
    NcpEndpointPattern = "ncp.endpoint.pattern", Error, "canaryEndpointDomain does not match NCP's URL pattern";
    NcpRateRequired = "ncp.rate.required", Error, "rate mode without canaryDistributionRate";
    NcpRateRange = "ncp.rate.range", Error, "canaryDistributionRate outside 0 to 100";
    NcpRateFloat32 = "ncp.rate.float32", Warning, "canaryDistributionRate does not survive NCP's 32-bit float";
    NcpConditionsRequired = "ncp.conditions.required", Error, "condition mode without canaryConditions";
    NcpConditionCode = "ncp.condition.code", Error, "a condition's parameterCode other than REQUEST_HEADER or REQUEST_QUERY";
    NcpConditionNull = "ncp.condition.null", Error, "a condition that is null";
    NcpConditionEmptyName = "ncp.condition.empty-name", Warning, "a condition with an empty parameter name, which no request matches";
    NcpTtlRange = "ncp.ttl.range", Error, "canaryCacheTtlSec outside 1 to 3600";
    NcpThrottleRange = "ncp.throttle.range", Error, "canaryThrottleRps outside 1 to 2147483647";
    NcpModeIgnored = "ncp.mode.ignored", Warning, "a field the chosen mode ignores";
    NcpUnknownField = "ncp.unknown-field", Warning, "a body member NCP's spec does not have (ignored by the service)";
    NcpDescriptionLength = "ncp.description.length", Error, "a deployment description longer than NCP allows";
    NcpDocsEndpointNone = "ncp.docs.endpoint-none", Warning, "NONE as the endpoint: the docs and the spec disagree on it";
    NcpDocsTtl = "ncp.docs.ttl", Warning, "canaryCacheTtlSec where NCP's docs and spec disagree";
    NcpDocsThrottle = "ncp.docs.throttle", Warning, "canaryThrottleRps where NCP's docs and spec disagree";
    NcpDocsConditionFields = "ncp.docs.condition-fields", Warning, "condition fields where NCP's docs and spec disagree";
    NcpDocsPathId = "ncp.docs.path-id", Warning, "an empty path id, which NCP's docs and spec bound differently";

    // Scenario documents.
    ScenarioProvider = "scenario.provider", Error, "a scenario's provider other than aws or ncp";
    ScenarioAction = "scenario.action", Error, "a call to an action the simulated service does not have";
    ScenarioClock = "scenario.clock", Error, "a scenario clock start that is not a UTC time";
    ScenarioState = "scenario.state", Error, "a starting stage or deployment that does not read as the service returns it";
    ScenarioAssumptions = "scenario.assumptions", Error, "an NCP assumption with an unknown name or value";

    // Traffic documents.
    TrafficProvider = "traffic.provider", Error, "a traffic document's provider other than aws or ncp";
    TrafficStage = "traffic.stage", Error, "a traffic document's stage that does not read as the service returns it";
    TrafficSplit = "traffic.split", Error, "a split other than service, sticky-hash or sticky-cookie";
    TrafficRange = "traffic.range", Error, "a workload or statistics input outside its limits";
    TrafficPhases = "traffic.phases", Error, "arrival phases that are malformed";
    TrafficClients = "traffic.clients", Error, "a client count a sticky split cannot use";
    TrafficValues = "traffic.values", Error, "header or query values with malformed weights";
    TrafficConditions = "traffic.conditions", Error, "condition routing the workload cannot exercise";
    TrafficAssumptions = "traffic.assumptions", Error, "an NCP assumption with an unknown name or value";

    // Files read by `canarylab check`: templates, plans and scripts (src/input/).
    InputKind = "input.kind", Error, "a file whose kind (template, plan or script) cannot be told: name it with --input";
    InputSyntax = "input.syntax", Error, "a file that does not read as its kind (YAML or JSON syntax, an unknown YAML tag, shell quoting)";
    InputLimit = "input.limit", Error, "a file past what canarylab reads: YAML aliases that expand too far, or nesting too deep";
    InputShape = "input.shape", Error, "a template or plan without the parts of its kind (no Resources, no resource_changes)";
    InputProperty = "input.property", Error, "a template property the resource type does not have (CloudFormation refuses it)";
    InputType = "input.type", Error, "a template or plan value of a type its property cannot take";
    InputUnresolved = "input.unresolved", Warning, "a value only known when the file runs (an intrinsic function, a parameter without a default, a value known after apply, a shell variable): what depends on it is not checked";
    InputNotChecked = "input.not-checked", Warning, "a part of the file not checked in full: a command read from another file (file://), or requests past what the simulation runs";
    InputCliOption = "input.cli.option", Error, "an aws apigateway option the command does not take, or one without its value";
    InputCliValue = "input.cli.value", Error, "an option value that is neither the AWS CLI's shorthand nor JSON, or not of the type the option takes";
    InputServiceError = "input.service-error", Error, "a request the simulated API Gateway refuses when the file's requests run in order";
    InputCfnOrder = "input.cfn.order", Error, "a canary deployment CloudFormation may create before the stage it needs";
    InputTerraformCanaryDeployment = "input.terraform.canary-deployment", Warning, "a Terraform stage canary without deployment_id: the provider sends the stage's own deployment, so the canary tests nothing";

    // AWS lints (requests the service takes that do something other than what was meant), the
    // account settings of scenarios, and `plan`'s stages.
    AwsCanarySameDeployment = "aws.canary.same-deployment", Warning, "a canary serving the stage's own deployment, so it tests nothing new";
    AwsCanaryZeroPercentOverrides = "aws.canary.zero-percent-overrides", Warning, "a canary at 0 % with stage variable overrides that no request sees";
    AwsCanaryOverrideUnknown = "aws.canary.override-unknown", Warning, "an override for a stage variable the stage does not define";
    AwsCanaryStageCacheOff = "aws.canary.stage-cache-off", Warning, "useStageCache while the stage cache is off";
    AwsCanaryFullTraffic = "aws.canary.full-traffic", Warning, "a canary at 100 %, serving every request without being promoted";
    AwsLoggingNoRole = "aws.logging.no-role", Warning, "logging on in an account without a CloudWatch Logs role";
    ScenarioAccount = "scenario.account", Error, "account settings that do not read as the service's";
    PlanStage = "plan.stage", Error, "a stage given to plan that does not read as GetStage returns it";

    // `canarylab judge` (judge documents and the AWS CLI's CloudWatch output) and `canarylab ramp`.
    JudgeDocument = "judge.document", Error, "a judge document with both totals and a series, or with neither";
    JudgeRange = "judge.range", Error, "alpha or tolerance outside its limits";
    JudgeCount = "judge.count", Error, "a request or error count that is not a whole number from 0 up";
    JudgeErrorsExceed = "judge.errors-exceed", Error, "more errors than requests on one side";
    JudgeSeriesEmpty = "judge.series.empty", Error, "a series, or a CloudWatch output, without a single point";
    JudgeSeriesOrder = "judge.series.order", Error, "a series whose times do not rise";
    JudgeTime = "judge.time", Error, "a time that is neither an ISO 8601 UTC timestamp nor a number of seconds";
    JudgeLatency = "judge.latency", Error, "latency that is not a number of milliseconds from 0 up, or on one side only";
    JudgeCloudwatchOutput = "judge.cloudwatch.output", Error, "CloudWatch output that does not read as the AWS CLI prints it, or without a named query";
    JudgeCloudwatchStatus = "judge.cloudwatch.status", Error, "a CloudWatch result that is partial (PartialData, NextToken) or failed";
    JudgeCloudwatchMissing = "judge.cloudwatch.missing", Error, "a period one of the four count series has and another lacks";
    JudgeCloudwatchMetric = "judge.cloudwatch.metric", Error, "a get-metric-statistics output without the metric or statistic its role needs";
    RampRange = "ramp.range", Error, "a ramp input outside its limits, or a ramp longer than the planner offers";
    RampSteps = "ramp.steps", Error, "ramp steps that do not rise to 100 %";
    RampIds = "ramp.ids", Error, "an AWS or NCP identifier the ramp's calls cannot carry";

    // NCP's JSON types under the `coercion` assumption (src/ncp/coerce.rs).
    NcpCoerced = "ncp.coerced", Warning, "a value of another JSON type that NCP reads as the spec's type under coercion=jackson (Jackson's defaults)";
}

impl Code {
    /// The code named `name`.
    pub fn from_name(name: &str) -> Option<Code> {
        Code::ALL.iter().copied().find(|c| c.name() == name)
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl Serialize for Code {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_read_back() {
        let mut names: Vec<&str> = Code::ALL.iter().map(|c| c.name()).collect();
        names.sort_unstable();
        let before = names.len();
        names.dedup();
        assert_eq!(names.len(), before, "a name is used twice");
        for c in Code::ALL {
            assert_eq!(Code::from_name(c.name()), Some(*c));
            assert!(!c.description().is_empty() && !c.description().ends_with('.'));
        }
        assert_eq!(Code::from_name("aws.nope"), None);
    }
}
