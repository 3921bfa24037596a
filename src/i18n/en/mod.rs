//! The English catalogue: every [`Msg`] and the fixed [`Words`].

pub mod site;

use super::{JsonType, Msg, SideTotals, Words};

/// The fixed words.
pub const WORDS: Words = Words {
    hint: "hint",
    fix: "fix",
    document: "(document)",
    code: "code",
    severity: "severity",
    description: "description",
};

/// A JSON type as a message names what it got: `string`, `integer`, ...
fn name(t: JsonType) -> &'static str {
    match t {
        JsonType::Null => "null",
        JsonType::Boolean => "boolean",
        JsonType::Integer => "integer",
        JsonType::Number => "number",
        JsonType::String => "string",
        JsonType::Array => "array",
        JsonType::Object => "object",
    }
}

/// A JSON type as a message names what it wants: `a string`, `an integer`, ...
fn want(t: JsonType) -> &'static str {
    match t {
        JsonType::Null => "null",
        JsonType::Boolean => "a boolean (true or false)",
        JsonType::Integer => "an integer",
        JsonType::Number => "a number",
        JsonType::String => "a string",
        JsonType::Array => "an array",
        JsonType::Object => "a JSON object",
    }
}

/// `n` and the noun, singular or plural.
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// A comma-separated list with its last comma read as "or": `a, b or c`.
fn or_list(list: &str) -> String {
    match list.rsplit_once(", ") {
        Some((most, last)) => format!("{most} or {last}"),
        None => list.to_owned(),
    }
}

/// Both sides' totals in a judgement's reason.
fn en_sides(s: &SideTotals) -> String {
    format!(
        "canary {} of {} requests failed ({}), baseline {} of {} ({})",
        s.canary_errors,
        s.canary_requests,
        s.canary_rate,
        s.baseline_errors,
        s.baseline_requests,
        s.baseline_rate
    )
}

/// The message in English.
pub fn msg(m: &Msg) -> String {
    match m {
        Msg::MalformedJson { error } => format!("malformed JSON: {error}"),
        Msg::FixJsonFirst => {
            "fix the JSON syntax first; nothing else can be checked until it parses".into()
        }
        Msg::NotAnObject { what, got } => format!("{what} must be a JSON object, not {}", name(*got)),
        Msg::WriteAnObject => {
            "write the parameters as a JSON object: {\"name\": value, ...}".into()
        }
        Msg::UnknownParameter { key, allowed } => {
            format!("Unknown parameter in input: \"{key}\", must be one of: {allowed}")
        }
        Msg::DidYouMean { name } => format!("did you mean \"{name}\"? Names are case-sensitive"),
        Msg::RemoveItParametersAre { list } => format!("remove it; the parameters are: {list}"),
        Msg::RenameIt { name } => format!("rename it \"{name}\""),
        Msg::MissingParameter { key } => format!("Missing required parameter in input: \"{key}\""),
        Msg::AddParameter { key } => format!("add \"{key}\""),
        Msg::InvalidType { key, want: w, got } => {
            format!("Invalid type for parameter {key}: expected {}, got {}", want(*w), name(*got))
        }
        Msg::InvalidTypePhrase { key, want, got } => {
            format!("Invalid type for parameter {key}: expected {want}, got {}", name(*got))
        }
        Msg::GiveAsPhrase { key, want } => format!("give {key} as {want}"),
        Msg::DropTheQuotes { value } => format!("drop the quotes: {value}"),
        Msg::QuoteIt { value } => format!("quote it: {value}"),
        Msg::GiveAs { key, want: w } => format!("give {key} as {}", want(*w)),
        Msg::WriteValue { value } => format!("write {value}"),

        Msg::BodyRequired => "the Edit Canary request body is required".into(),
        Msg::SendBodyObject => {
            "send a JSON object with useDistributionRate and canaryEndpointDomain".into()
        }
        Msg::PathIdLength { key, len } => format!("{key} must be 1 to 10 characters, got {len}"),
        Msg::CopyTheId => "copy the id from the console or from the list call's response".into(),
        Msg::DocsPathId => "NCP's canary pages say path ids are 1-10 characters; its stage deploy page says 0~10 and its spec 0/10".into(),
        Msg::EmptyIdHint => {
            "an empty id leaves an empty segment in the URL; give the real id".into()
        }
        Msg::NotABodyField { key } => {
            format!("\"{key}\" is not an Edit Canary field; NCP ignores it")
        }
        Msg::CertificateIdHint => "the docs' enable-canary response shows canaryCertificateId, but the spec has no such request field; remove it".into(),
        Msg::FieldsAre { list } => format!("the fields are: {list}"),
        Msg::EndpointTooLong { len, max } => {
            format!("canaryEndpointDomain is {len} characters; at most {max} allowed")
        }
        Msg::ShortenUrl => "shorten the URL".into(),
        Msg::EndpointPattern { value } => {
            format!("canaryEndpointDomain \"{value}\" does not match NCP's URL pattern")
        }
        Msg::NoneInCapitals => "write NONE in capitals".into(),
        Msg::StartWithScheme => "start with http:// or https://, or give NONE".into(),
        Msg::Punycode => {
            "NCP matches \\w as ASCII: write an internationalised host in punycode (xn--...)"
                .into()
        }
        Msg::UrlShape => "write scheme://host.tld[:port][/path] with a dotted host, a port of 0-65535 and a path without ! \" # $ ' ( ) * + , or spaces".into(),
        Msg::DocsEndpointNone => "NCP's docs call canaryEndpointDomain required, yet a freshly enabled canary reports \"NONE\"; the spec's pattern accepts NONE".into(),
        Msg::NoneMeans => "NONE means the canary has no endpoint domain of its own; give an http(s) URL to set one".into(),
        Msg::RateRequired => {
            "canaryDistributionRate is required when useDistributionRate is true".into()
        }
        Msg::AddRate => {
            "add the canary's share in percent, e.g. \"canaryDistributionRate\": 10".into()
        }
        Msg::FixAddRate => {
            "add canaryDistributionRate: 0 (a placeholder: set the canary's share)".into()
        }
        Msg::RateRange { got } => {
            format!("canaryDistributionRate must be between 0 and 100, got {got}")
        }
        Msg::GivePercentage => {
            "give a percentage: 10 sends one request in ten to the canary".into()
        }
        Msg::RateFloat32 { written, stored } => format!(
            "NCP stores canaryDistributionRate as a 32-bit float: {written} reads back as {stored}"
        ),
        Msg::FewerDigits => {
            "use fewer significant digits (at most 7) to read back what you wrote".into()
        }
        Msg::ModeIgnored { key, rate_mode } => {
            let (mode, now) = if *rate_mode { ("true", "rate") } else { ("false", "condition") };
            format!("{key} is ignored: useDistributionRate is {mode}, so the canary uses {now} mode")
        }
        Msg::RemoveOrSwitchMode { key, rate_mode } => {
            let other = if *rate_mode { "condition (false)" } else { "rate (true)" };
            format!("remove {key}, or set useDistributionRate for {other} mode")
        }
        Msg::ConditionsRequired => "canaryConditions must hold at least one condition when useDistributionRate is false".into(),
        Msg::AddCondition => "add {\"parameterCode\": \"REQUEST_HEADER\", \"parameterName\": \"x-canary\", \"parameterValue\": \"on\"}, or set useDistributionRate to true".into(),
        Msg::FixAddCondition => {
            "add the condition x-canary: on (a placeholder: set your own header or query)".into()
        }
        Msg::ConditionNull => "canaryConditions items cannot be null".into(),
        Msg::RemoveNull => "remove the null, or write a condition object".into(),
        Msg::DocsConditionFields => "NCP's docs mark parameterName, parameterCode and parameterValue \"Conditional\"; its spec requires all three in every condition".into(),
        Msg::GiveAllThree => "give all three; canarylab follows the spec".into(),
        Msg::ConditionCode { value } => {
            format!("parameterCode \"{value}\" is not one of REQUEST_HEADER, REQUEST_QUERY")
        }
        Msg::HeaderOrQuery => {
            "use REQUEST_HEADER for a header, REQUEST_QUERY for a query parameter".into()
        }
        Msg::EmptyParameterName => "an empty parameterName can never match a request".into(),
        Msg::GiveParameterName => "give the header or query parameter name".into(),
        Msg::DocsIntegerString { key, min, max } => format!(
            "NCP's docs type {key} as String with the example value 0; its spec says int32 {min}..{max}"
        ),
        Msg::SendNumberStrict { read } => format!(
            "send the number {read}: canarylab follows the spec (coercion=strict, the default); under coercion=jackson NCP would read the string as {read}"
        ),
        Msg::SendNumberNotString => {
            "send a JSON number, not a string; canarylab follows the spec".into()
        }
        Msg::ZeroBelowMinimum => "0 is below the minimum of 1; canarylab follows the spec".into(),
        Msg::IntRange { key, min, max, got } => {
            format!("{key} must be between {min} and {max}, got {got}")
        }
        Msg::LeaveOutZero => "leave the field out rather than sending 0".into(),
        Msg::BringIntoRange => "bring it into range".into(),
        Msg::NotAnInteger { key, got } => {
            let got = if *got == JsonType::Number { "a number with a fraction" } else { name(*got) };
            format!("Invalid type for parameter {key}: expected an integer, got {got}")
        }
        Msg::WithoutDecimalPoint { value } => format!("write it without a decimal point: {value}"),
        Msg::GiveWholeNumber { key } => format!("give {key} as a whole number"),
        Msg::DescriptionTooLong { max } => {
            format!("deploymentDescription must be at most {max} characters")
        }
        Msg::ShortenIt => "shorten it".into(),

        Msg::Coerced { key, written, read, want: w } => format!(
            "{key} is written {written}: under coercion=jackson NCP reads it as {read}, as Jackson's defaults do; the spec types it {}",
            name(*w)
        ),
        Msg::Truncated { key, written, read } => format!(
            "{key} is {written}, with a fraction: under coercion=jackson NCP drops the fraction and stores {read}, as Jackson's defaults do for an int32"
        ),
        Msg::DocsIntegerCoerced { key, min, max, written, read } => format!(
            "NCP's docs type {key} as String; its spec says int32 {min}..{max}: under coercion=jackson {written} reads as {read}"
        ),
        Msg::WriteSpecType { read } => format!(
            "write {read}: the spec's type reads the same under either assumption (coercion=strict refuses the value as written)"
        ),
        Msg::JacksonRefuses { key, want: w } => format!(
            "give {key} as {}: even Jackson's defaults refuse this value",
            want(*w)
        ),
        Msg::StrictRefusesJacksonReads { value, read } => format!(
            "write {read}: under coercion=strict (the default) NCP refuses {value}; under coercion=jackson it would read it as {read}"
        ),

        Msg::StageUnreadable { error } => error.clone(),
        Msg::StageAsGetReturns => "write the stage as NCP's GET stage returns it".into(),
        Msg::StageJacksonWouldRead => "write the stage as NCP's GET stage returns it (numbers and booleans unquoted), or set \"assumptions\": {\"coercion\": \"jackson\"} to read it as Jackson's defaults would".into(),
        Msg::ConditionsAnArray => "write canaryConditions as an array of conditions, as the spec and NCP's newest docs type it (older copies of the docs said Object)".into(),

        Msg::WrapInArray => "put the condition in an array: [{...}]".into(),

        Msg::PromotionNoCanary { deployment } => format!(
            "the stage had no canary before this call, so there was nothing to promote: the copies read the canary this call's own replace created, serving deployment {deployment}, which no request had tested as a canary"
        ),
        Msg::PromotionLeftCanary => "the promotion left the canary in place: it now serves the stage's own deployment, and the stage takes no deployment without canary settings until the canary is removed".into(),
        Msg::RemoveCanaryOnceDone => "remove /canarySettings once the promotion is done (in the same UpdateStage or the next)".into(),
        Msg::CanaryFirstThenPromote => "deploy the new version as a canary first (CreateDeployment with canarySettings, or UpdateStage on /canarySettings/deploymentId), send it a share of traffic, then promote".into(),

        Msg::AwsSays { text } => text.clone(),
        Msg::CanaryHasNoDeploymentId => "CreateDeployment's canary settings have no deploymentId: the deployment being created becomes the canary".into(),
        Msg::PointCanaryWithUpdateStage => "to point a canary at an existing deployment, use UpdateStage replace /canarySettings/deploymentId".into(),
        Msg::PercentNotSet => "percentTraffic is not set: the canary starts at 0.0 %, so it receives no traffic".into(),
        Msg::SetPercentShare => "set percentTraffic, e.g. 10.0, to send that share of requests to the new deployment".into(),
        Msg::CanaryGoesToStage => "a canary deployment goes to an existing stage: add \"stageName\"".into(),
        Msg::CanaryVariablesIgnored => "a canary deployment leaves the stage's variables unchanged (canarylab's reading of AWS's behaviour); these are not applied".into(),
        Msg::PutInOverrides => "put per-canary values in canarySettings.stageVariableOverrides, or set stage variables with UpdateStage".into(),
        Msg::CanaryDeploymentNotSet => "canarySettings.deploymentId is not set: the canary serves the stage's own deployment (canarylab's choice; AWS's docs say the canary starts identical to the stage's deployment)".into(),
        Msg::SetCanaryDeployment => "set canarySettings.deploymentId to the deployment you want to test".into(),
        Msg::TooManyOps { n } => format!("{n} operations in one request: AWS refuses large updates with \"Update size too large. Try updating stage in multiple UpdateStage operations\" (the threshold is unknown)"),
        Msg::SplitOps => "split the operations over several UpdateStage calls of at most 80".into(),
        Msg::PromotionKeepsCanary => "promotion keeps the canary: after this copy the canary still exists (at 0 % if you set percentTraffic \"0.0\"), and the stage cannot take a non-canary deployment until it is removed".into(),
        Msg::AddRemoveCanary => "when the promotion is done, add {\"op\": \"remove\", \"path\": \"/canarySettings\"} (in this request or a later one)".into(),
        Msg::RemoveCanaryAfterPromotion => "remove the canary after the promotion".into(),
        Msg::ImplicitCreate => "if the stage has no canary, this replace creates one with defaults: deploymentId = the stage's own deploymentId, percentTraffic 0.0, useStageCache false".into(),
        Msg::AlsoReplaceCanaryDeployment => "to test a new deployment, also replace /canarySettings/deploymentId (or create the canary with CreateDeployment and canarySettings)".into(),
        Msg::NotAnHttpMethod { method } => format!("\"{method}\" is not an HTTP method: AWS accepts the path but the settings apply to no method"),
        Msg::HttpMethodSegment => "the second segment is the HTTP method in upper case (GET, POST, ...) or *".into(),
        Msg::ResourcePathSlash { resource } => format!("the resource path \"{resource}\" does not start with ~1: AWS stores the key as addressed, so it will not match the resource /{resource}"),
        Msg::WriteResourceSlash { resource, method } => format!("write the resource path with its leading '/' as ~1: /~1{resource}/{method}/..."),
        Msg::AccessLogRequestId => "the access log format should contain $context.requestId (AWS's docs require it)".into(),
        Msg::AddRequestId => "add $context.requestId to the format".into(),
        Msg::ArnSuffix => "the log group ARN ends with \":*\"; API Gateway expects it without (CloudWatch Logs prints it with)".into(),
        Msg::UseValue { value } => format!("use {value}"),
        Msg::PercentIsPercentage => "percentTraffic is a percentage from 0.0 to 100.0: 10.0 sends 10 % of requests to the canary".into(),
        Msg::OneOfSizes { list } => format!("one of {list} (GB, as a string)"),
        Msg::StageNameChars => "use letters, digits, '-' and '_' only, at most 128 characters".into(),
        Msg::KeepAtMost { max } => format!("keep at most {max} entries"),
        Msg::DropWhatValueCannotHold { clean } => format!("drop what a stage variable value cannot hold: \"{clean}\""),
        Msg::GiveVariableName => "give the variable a name of letters, digits and underscores".into(),
        Msg::NameCharacters { bad, example } => format!("names take only letters, digits and '_'; remove {bad} (e.g. {example})"),
        Msg::ShortenTo { max } => format!("shorten it to at most {max} characters"),
        Msg::ValueNotEmpty => "a stage variable value cannot be empty".into(),
        Msg::ValueCharacters { bad } => format!("remove {bad}: AWS documents values as letters, digits and - . _ ~ : / ? # & = , (its error message lists a space and omits ~ and #; canarylab follows the documented pattern). Percent-encode anything else"),
        Msg::OpMoveTest => "UpdateStage takes only add, remove, replace and copy, although the SDK enum lists move and test".into(),
        Msg::UseAnOp => "use one of add, remove, replace, copy".into(),
        Msg::GivePath => "give the path of the field to change".into(),
        Msg::AddOnlyOnAccessLog => "UpdateStage accepts add only on /accessLogSettings/destinationArn and /accessLogSettings/format; use replace, which creates what is missing".into(),
        Msg::UseReplace => "use replace".into(),
        Msg::SetAccessLogLeaves => "set the leaves one by one: /accessLogSettings/destinationArn and /accessLogSettings/format".into(),
        Msg::InvalidPathNear { path, near } => format!("Invalid path {path}: did you mean {near}?"),
        Msg::WritePath { path } => format!("write the path {path}"),
        Msg::MethodPathFourSegments => "a method-setting path has exactly four segments, /{resourcePath}/{httpMethod}/<group>/<name>: write '/' inside the resource path as ~1, e.g. /~1pets~1{id}/GET/metrics/enabled".into(),
        Msg::PathIsCamelCase => "the path is camelCase: /documentationVersion".into(),
        Msg::FixedVocabulary { see_list } => format!("UpdateStage paths are a fixed vocabulary, not pointers into the stage JSON{}", if *see_list { "; see the list in the message" } else { "" }),
        Msg::CopyOnlyPromotes => "copy only promotes the canary: path /deploymentId from /canarySettings/deploymentId, or path /variables from /canarySettings/stageVariableOverrides".into(),
        Msg::RemoveAccessLogField => "AWS refuses to remove a single access-log field (although its docs list it); remove /accessLogSettings as a whole".into(),
        Msg::RemoveOverridesMap => "AWS refuses to remove the whole overrides map (although its docs list it); remove the overrides one by one with /canarySettings/stageVariableOverrides/{name}, or remove /canarySettings".into(),
        Msg::RemoveCanaryField => "a canary field cannot be removed on its own; replace it, or remove /canarySettings to turn the canary off".into(),
        Msg::RemoveMethodSetting => "a single method setting cannot be removed; replace it, or remove the whole entry /{resourcePath}/{httpMethod}".into(),
        Msg::RemoveWorksOn => "remove works on /canarySettings, /accessLogSettings, /variables, /variables/{name}, /canarySettings/stageVariableOverrides/{name} and whole method-settings entries".into(),
        Msg::GiveNonEmptyAccessLog => "give a non-empty value; to turn access logging off, remove /accessLogSettings".into(),
        Msg::GiveExistingDeployment => "give the id of an existing deployment".into(),
        Msg::PercentAsString => "percentTraffic is a percentage: \"10\" sends 10 % of requests to the canary (0.0 to 100.0)".into(),
        Msg::MethodSettingLeaves => "a method-setting path ends in one of the listed leaves, e.g. /*/*/metrics/enabled or /~1pets/GET/caching/ttlInSeconds".into(),
        Msg::CanaryNotOneObject => "the canary is not set as one object: replace its fields one by one, e.g. /canarySettings/percentTraffic".into(),
        Msg::OverridesOneByOne => "canarylab's choice (AWS's behaviour is unknown): replace overrides one by one with /canarySettings/stageVariableOverrides/{name}".into(),
        Msg::EntriesOneByOne => "canarylab's choice (AWS documents this path without saying what value it takes): set entries one by one".into(),
        Msg::CanaryFields => "the canary's fields are deploymentId, percentTraffic, useStageCache and stageVariableOverrides/{name}".into(),
        Msg::CacheTtlRange => "a cache TTL is 0 to 3600 seconds (300 by default)".into(),
        Msg::LoggingLevels => "one of OFF, ERROR, INFO (upper case)".into(),
        Msg::OneOf { list } => format!("one of {list}"),
        Msg::WriteTrueFalse => "patch values are strings: write \"true\" or \"false\"".into(),
        Msg::WriteWholeNumberString => "write a whole number as a string, e.g. \"100\"".into(),
        Msg::WriteNumberString => "write a number as a string, e.g. \"10.5\"".into(),
        Msg::SameDeployment { deployment } => format!("the canary serves deployment {deployment}, the stage's own: its requests run the same code as the stage's, so it tests nothing new (only its stage variable overrides differ)"),
        Msg::PointCanaryElsewhere => "point the canary at the deployment you want to test, or remove /canarySettings when a promotion is done".into(),
        Msg::OverrideUnknownNear { near } => format!("did you mean \"{near}\"? An override replaces the stage variable of the same name, for canary requests"),
        Msg::OverrideUnknownDefine { name } => format!("an override replaces a stage variable of the same name; if the stage's deployment needs \"{name}\" too, define it on the stage"),
        Msg::RenameOverride { name } => format!("rename the override \"{name}\""),
        Msg::OverrideUnknown { name } => format!("the stage defines no variable \"{name}\": canary requests see it as a new variable, the stage's requests do not see it at all"),
        Msg::StageCacheOff { this_request } => format!("useStageCache is true but {}: canary requests are not cached at all", if *this_request { "this request turns the stage cache off" } else { "the stage cache is off" }),
        Msg::TurnCacheOn { this_request } => format!("{} the stage cache on (cacheClusterEnabled), or set useStageCache to false to say what happens", if *this_request { "keep" } else { "turn" }),
        Msg::ZeroPercentOverrides { n } => format!("the canary is at 0 % with {n} stage variable override{}: no request goes to the canary, so no request sees {}", if *n == 1 { "" } else { "s" }, if *n == 1 { "it" } else { "them" }),
        Msg::SetPercentForOverrides => "set percentTraffic to the share of requests that should test the overrides (e.g. 10.0), or drop the overrides".into(),
        Msg::FullTraffic => "the canary takes 100 % of requests but is still a canary: the stage's own deployment serves none, and the stage takes no deployment without canary settings until the canary is removed".into(),
        Msg::PromoteInstead => "to make the canary the stage's deployment, promote it (copy /deploymentId from /canarySettings/deploymentId, copy /variables from /canarySettings/stageVariableOverrides) and remove /canarySettings".into(),
        Msg::LoggingNoRole { key, level, service } => format!("{key} has execution logging at {level} on, but the account has no CloudWatch Logs role: API Gateway cannot write these logs, and it refuses to turn logging on (\"{service}\")"),
        Msg::DataTraceNoRole { key, service } => format!("{key} has full request and response logging on, but the account has no CloudWatch Logs role: API Gateway cannot write these logs, and it refuses to turn logging on (\"{service}\")"),
        Msg::AccessLogNoRole => "access logging is on, but the account has no CloudWatch Logs role: API Gateway cannot write the access log".into(),
        Msg::SetCloudwatchRole => "set the account's CloudWatch Logs role first (UpdateAccount /cloudwatchRoleArn, or an AWS::ApiGateway::Account resource), once per account and region".into(),

        Msg::GiveStageAsGetStage => "give the stage as GetStage returns it (aws apigateway get-stage prints it)".into(),
        Msg::PlanNoRename => "UpdateStage finds a stage by its name and cannot rename it: create a stage with the new name (CreateStage) and delete the old one".into(),
        Msg::PlanNoWebAcl => "UpdateStage has no path for webAclArn: associate or disassociate the web ACL with AWS WAF".into(),
        Msg::PlanNoTags => "UpdateStage has no path for tags: use TagResource and UntagResource on the stage's ARN".into(),
        Msg::PlanCacheSizeUnset => "UpdateStage can replace cacheClusterSize with another size but cannot unset it".into(),
        Msg::PlanNoPath => "UpdateStage has no path for this member".into(),
        Msg::PlanAccessLogEmpty => "UpdateStage cannot make access-log settings with neither destinationArn nor format: AWS refuses an empty value".into(),
        Msg::PlanMethodKey { key } => format!("UpdateStage addresses a method setting as /{{resourcePath}}/{{httpMethod}}, one '/' between them: the key \"{key}\" is not that"),
        Msg::PlanRefused { op, path, error } => format!("UpdateStage refuses {op} {path}: {error}"),
        Msg::PlanGatewayRefuses { error } => format!("the simulated gateway refuses these operations: {error}"),
        Msg::PlanResidue { got, want } => format!("after the operations the stage holds {} here, where the wanted stage holds {}", got.as_deref().unwrap_or("nothing"), want.as_deref().unwrap_or("nothing")),

        Msg::KindUnknown => "cannot tell what kind of file this is: not a CloudFormation template (no Resources), a Terraform plan (no resource_changes) or a script with aws apigateway commands".into(),
        Msg::NameTheKind => "name the kind: --input cloudformation, --input terraform or --input aws-cli".into(),
        Msg::NotRun { max, from } => format!("the simulated gateway runs at most {max} requests that share stages and deployments; from this one ({from}) on, they are validated but not run"),
        Msg::CheckInParts => "check the file in parts to have every request run".into(),
        Msg::ServiceRefuses { action, from, status, error_type, message } => format!("the simulated API Gateway refuses this {action} ({from}): {status} {error_type}: {message}"),
        Msg::ServiceRefusalHint => "this is what AWS answers when the calls the file makes run in order (canarylab stops at the first refusal)".into(),
        Msg::MalformedYaml { error } => format!("malformed YAML: {error}"),
        Msg::YamlUnknownAnchor => "malformed YAML: an alias to an unknown anchor".into(),
        Msg::YamlKeyNotScalar => "malformed YAML: a mapping key that is not a scalar".into(),
        Msg::YamlNotOfTag { text, tag } => format!("malformed YAML: '{text}' is not a !!{tag}"),
        Msg::YamlAliasLimit { max } => format!("the aliases in this document expand to more than {max} nodes, canarylab's limit (an alias bomb such as \"billion laughs\" grows exponentially)"),
        Msg::YamlDepthLimit { max } => format!("nested deeper than {max} levels, canarylab's limit"),
        Msg::YamlUnknownTag { tag, known } => format!("unknown tag !{tag}: CloudFormation's short forms are {known}"),
        Msg::FixYamlFirst => "fix the YAML first; nothing else can be checked until it parses".into(),
        Msg::YamlLimitHint => "write the repeated parts out, or split the template; canarylab reads nothing past this limit".into(),
        Msg::CfnNotObject { got } => format!("a CloudFormation template is an object with Resources, not {}", name(*got)),
        Msg::CheckTemplate => "check that this is the template (cdk.out/<stack>.template.json for CDK)".into(),
        Msg::CfnNoResources => "the template has no Resources object".into(),
        Msg::CfnResourcesShape => "a template lists its resources under Resources: {LogicalId: {Type, Properties}}".into(),
        Msg::CfnOrder { stage_id, name } => format!("this canary deployment does not depend on {stage_id}, which creates stage {name}: CloudFormation may create the deployment first, and AWS refuses a canary deployment to a stage that does not exist yet (\"Invalid deployment content specified.Stage {name} must already be created before making a canary release deployment\")"),
        Msg::CfnOrderHint { stage_id } => format!("write StageName: !Ref {stage_id} (or add DependsOn: {stage_id}), so the stage is created first"),
        Msg::CfnMethodUnresolved => "this method setting's ResourcePath or HttpMethod cannot be worked out from the template: its settings are not checked".into(),
        Msg::CfnWriteMethodText => "write them as text, such as ResourcePath: /~1pets and HttpMethod: GET".into(),
        Msg::CfnNoProperty { what, name } => format!("{what} has no property {name}: CloudFormation refuses it (\"Encountered unsupported property {name}\")"),
        Msg::CfnDidYouMean { near } => format!("did you mean {near}? Property names are case-sensitive"),
        Msg::CfnRemoveIt { what, list } => format!("remove it; {what} takes {list}"),
        Msg::CfnIntrinsic { name, function } => format!("{name} is given by {function}, which canarylab does not work out: what it holds is not checked"),
        Msg::CfnWriteObjectOut => "write the object out in the template to have it checked".into(),
        Msg::CfnType { name: n, want, got } => format!("{n} must be {want}, not {}: CloudFormation refuses the template", name(*got)),
        Msg::CfnWriteAs { name, want } => format!("write {name} as {want}"),
        Msg::CfnUnresolved { name, what } => format!("{name} is not known from the template alone ({what}): it is not checked, and its request is not run through the simulated gateway"),
        Msg::CfnGiveDefault => "give the parameter a Default, or write the value out, to have it checked".into(),
        Msg::CfnStageFirst => "create the stage before the canary deployment: give the stage its base deployment (DeploymentId), and make the canary deployment name the stage with StageName: !Ref TheStage (or DependsOn), so CloudFormation creates it after the stage".into(),
        Msg::CfnStageHasCanary => "the stage has a canary: a deployment to it needs DeploymentCanarySettings, or remove the stage's canary first".into(),
        Msg::CfnSameStage => "two resources create the same stage: a Deployment's StageName creates it, and so does an AWS::ApiGateway::Stage; leave StageName off the Deployment and point the Stage's DeploymentId at it".into(),
        Msg::CfnPointDeployment => "point DeploymentId (or CanarySetting.DeploymentId) at a deployment the stack creates: DeploymentId: !Ref TheDeployment".into(),
        Msg::TfFixJson => "a plan is the JSON `terraform show -json plan.out` prints; fix the syntax first".into(),
        Msg::TfNoChanges => "the plan has no resource_changes list".into(),
        Msg::TfGiveJson => "give canarylab the plan as JSON: terraform plan -out plan.out && terraform show -json plan.out > plan.json".into(),
        Msg::TfCanaryNoDeployment => "canary_settings has no deployment_id: the AWS provider sends the stage's own deployment_id as the canary's (versions before canary_settings had deployment_id always did), so the canary serves the same deployment as the stage and tests nothing".into(),
        Msg::TfCanaryDeploymentHint => "set canary_settings.deployment_id to the new deployment (aws_api_gateway_deployment.<name>.id); with a provider too old to have it, point the canary with aws apigateway update-stage --patch-operations op=replace,path=/canarySettings/deploymentId,value=<id>".into(),
        Msg::TfNotText { attr, got } => format!("{attr} is {}, where the provider sends text", name(*got)),
        Msg::TfSingleValue => "check the plan: this attribute is a single value".into(),
        Msg::TfAfterApply { name } => format!("{name} is known only after apply: it is not checked, and its request is not run through the simulated gateway"),
        Msg::TfSetFromKnown => "set it from a value the plan knows, or check the applied stage with canarylab validate".into(),
        Msg::TfCreateBeforeDestroy => "Terraform destroys the old deployment while a stage still serves it: give the aws_api_gateway_deployment lifecycle { create_before_destroy = true }, so the stage moves to the new one first".into(),
        Msg::TfStageFirst => "the canary deployment's stage must exist first: create it with aws_api_gateway_stage and name it in stage_name by reference (aws_api_gateway_stage.x.stage_name)".into(),
        Msg::TfRemoveCanary => "the stage has a canary: remove the stage's canary_settings first, or deploy with canary_settings".into(),
        Msg::TfSameStage => "two resources create the same stage: the deployment's stage_name creates it, and so does aws_api_gateway_stage; leave stage_name off the deployment".into(),

        Msg::CliNotShellWords { error } => {
            format!("the script does not read as shell words: {}", msg(error))
        }
        Msg::CliCloseQuote => "close the quote or substitution; nothing else can be checked until the script reads".into(),
        Msg::CliUnexpectedArgument { value, command } => format!("unexpected argument '{value}': aws apigateway {command} takes only options"),
        Msg::CliQuoteSpaces => "quote a value that has spaces, or join a continued line with a backslash".into(),
        Msg::CliYamlNotRead { command } => format!("aws apigateway {command}: --cli-input-yaml is not read here"),
        Msg::CliWriteJson { command } => format!("write the request as JSON and check it with canarylab validate aws.{command}"),
        Msg::CliNoOption { command, name, shown } => format!("aws apigateway {command} has no option --{name}: the AWS CLI refuses the command (\"Unknown options: {shown}\")"),
        Msg::CliDidYouMeanOption { near } => format!("did you mean --{near}?"),
        Msg::CliTakesOptions { command, list } => format!("aws apigateway {command} takes --{list}"),
        Msg::CliNeedsValue { name } => format!("--{name} needs a value: the AWS CLI refuses the command"),
        Msg::CliGiveValue { name } => format!("give --{name} its value, or drop the option"),
        Msg::CliFileOption { name, file } => format!("--{name} is read from {file}, which canarylab cannot open from here: it is not checked"),
        Msg::CliCheckFile { command } => format!("check that file on its own: canarylab validate aws.{command} with the request it is part of"),
        Msg::CliUnsetVariables { name, list } => format!("--{name} holds {list}, which the script does not set before this command: it is not checked"),
        Msg::CliAssignVariable => "assign the variable in the script, or check the expanded command (run the script with set -x)".into(),
        Msg::CliRequestFromFile { file } => format!("the request comes from {file}, which canarylab cannot open from here: this command is not checked"),
        Msg::CliValidateFile { command, file } => format!("check that file on its own: canarylab validate aws.{command} {file}"),
        Msg::CliInputJsonVariables => "--cli-input-json holds variables the script does not set before this command: the command is not checked".into(),
        Msg::CliWriteRequestOut => "write the request out, or check the expanded command".into(),
        Msg::CliInputJsonNotObject { got } => format!("--cli-input-json must be a JSON object, not {}", name(*got)),
        Msg::CliWholeRequest => "give the whole request as {\"restApiId\": ..., \"stageName\": ..., ...}".into(),
        Msg::CliInputJsonNotJson { error } => format!("--cli-input-json is not JSON: {error}"),
        Msg::CliFixJson => "fix the JSON (quote it for the shell with single quotes)".into(),
        Msg::CliJsonLike { name, error } => format!("--{name} starts like JSON but is not: {error}"),
        Msg::CliFixJsonOrShorthand => "fix the JSON (quote it for the shell with single quotes), or use the shorthand: key=value,key=value".into(),
        Msg::CliBadShorthand { name, error } => {
            format!("--{name} is not valid shorthand: {}", msg(error))
        }
        Msg::CliWriteShorthand => "write key=value pairs separated by commas (key={a=b} for a map), or give JSON".into(),
        Msg::CliMemberRefused { name, key, why } => format!("--{name} {key}: {}: the AWS CLI refuses the command before sending it", msg(why)),
        Msg::CliWriteMember { key, want } => format!("write {key} as {want}"),
        Msg::CliStageFirst => "create the stage first (aws apigateway create-stage), then deploy the canary to it".into(),
        Msg::CliStageHasCanary => "the stage has a canary: deploy with --canary-settings, or remove the canary first (update-stage --patch-operations op=remove,path=/canarySettings)".into(),
        Msg::CliNoCanaryYet => "the stage has no canary at this point of the script: create it before promoting".into(),
        Msg::CliMoveStageOff => "move the stage off this deployment first (update-stage --patch-operations op=replace,path=/deploymentId,value=<other id>)".into(),
        Msg::CliStageTwice => "the script creates this stage twice: use update-stage for the second time".into(),

        Msg::GiveTolerance => "give the largest increase in error rate you accept, as a fraction: 0.005 for half a percentage point".into(),
        Msg::JudgeRange { key, max, got } => format!("{key} must be greater than 0 and less than {max}, got {got}"),
        Msg::AlphaExample => "write it as a fraction of 1: 0.05 is a 5 % chance of a wrong verdict".into(),
        Msg::ToleranceExample => "write it as a fraction of 1: 0.005 accepts half a percentage point more errors".into(),
        Msg::JudgeBoth => "the document gives both totals (baseline and canary) and a series".into(),
        Msg::JudgeGiveOne => "give one: the totals so far, or the series of intervals (which judges each in turn)".into(),
        Msg::JudgeNoCounts => "the document has no counts: neither baseline and canary totals nor a series".into(),
        Msg::JudgeAddCounts => "add \"baseline\": {\"requests\", \"errors\"} and \"canary\": {...}, or \"series\": [{\"time\", \"baseline\", \"canary\"}, ...]".into(),
        Msg::SeriesEmpty => "the series has no points".into(),
        Msg::SeriesAddPoint => "add one point per interval: {\"time\", \"baseline\": {\"requests\", \"errors\"}, \"canary\": {...}}".into(),
        Msg::SeriesOrder { time, before } => format!("time {time} does not come after the previous point's {before}"),
        Msg::SeriesSort => "list the points in time order, each time once (sort them by time)".into(),
        Msg::ErrorsExceed { errors, requests } => format!("{errors} errors out of {requests} requests: a side cannot fail more requests than it served"),
        Msg::ErrorsAreFailed => "errors counts the failed requests among requests (5XXError's Sum, not a rate)".into(),
        Msg::LatencyOneSide { missing } => format!("latency is given for one side only: the {missing} has none"),
        Msg::LatencyBothSides => "give latency on both sides (the same statistic, in milliseconds), or on neither".into(),
        Msg::LatencyRange { got } => format!("latency must be a number of milliseconds from 0 up, got {got}"),
        Msg::LatencyStatistic => "give the minute's latency statistic (Average or a percentile) in milliseconds".into(),
        Msg::CountNegative { got } => format!("a count must not be negative, got {got}"),
        Msg::CountFraction { got } => format!("a count must be a whole number, got {got}"),
        Msg::CountTooLarge { got } => format!("a count is too large to count exactly, got {got}"),
        Msg::CountsAreWhole => "counts are whole numbers of requests from 0 up (not rates, not averages)".into(),
        Msg::BadTime { time, why } => format!("time {time} is neither an ISO 8601 UTC timestamp nor a number of seconds{}", if why.is_empty() { String::new() } else { format!(": {why}") }),
        Msg::WriteTimes => "write times as 2026-01-01T00:01:00Z (UTC), or as seconds (such as epoch seconds)".into(),
        Msg::NotCloudwatch => "this is not get-metric-data output (no MetricDataResults) nor get-metric-statistics outputs per side".into(),
        Msg::StatisticsPerSide => "a get-metric-statistics output holds one metric of one side: give {\"baseline\": {\"requests\": OUT, \"errors\": OUT}, \"canary\": {...}} (the CLI: --baseline-requests FILE ...)".into(),
        Msg::GiveMetricData => "give what `aws cloudwatch get-metric-data` prints (with the query Ids of each side), or get-metric-statistics outputs per side".into(),
        Msg::NoDatapoints => "the CloudWatch output has no datapoints".into(),
        Msg::WidenRange => "widen the time range (--start-time, --end-time), and check the dimensions: CloudWatch returns nothing for a metric that never had data".into(),
        Msg::PeriodMissing { what, time } => format!("{what} has no value for {time}, where the other series have one"),
        Msg::FillZero => "CloudWatch leaves out a period without data: with get-metric-data, wrap each query in a metric math expression FILL(m, 0) so every period has a value; or judge a range where all four have data".into(),
        Msg::ErrorsAt { errors, time, requests } => format!("{errors} errors at {time} out of {requests} requests"),
        Msg::SameSideMetrics => "errors must be 5XXError's Sum and requests Count's SampleCount, of the same side".into(),
        Msg::NextToken { token } => format!("the output is one page of several (NextToken {token}): the judge needs every period"),
        Msg::FetchPages => "fetch the remaining pages (--next-token) and merge them, or shorten the time range".into(),
        Msg::NameQueries { ids } => format!("name the query of each side's requests and errors; the output has: {ids}"),
        Msg::QueryOptions => "the CLI: --baseline-requests ID --baseline-errors ID --canary-requests ID --canary-errors ID; npm: options.queries".into(),
        Msg::NoQuery { id, what, ids } => format!("no query has the Id \"{id}\" ({what}); the output has: {ids}"),
        Msg::NameRunIds => "name the Ids of the --metric-data-queries you ran (Ids are case-sensitive)".into(),
        Msg::PartialData { what } => format!("{what} is PartialData: CloudWatch returned only part of the periods"),
        Msg::QueryStatus { what, status } => format!("{what} has StatusCode {status}: the query did not complete"),
        Msg::SeeMessages => "see the result's Messages; check the query's permissions and dimensions".into(),
        Msg::LengthsDiffer { what, times, values } => format!("{what} has {times} timestamps and {values} values"),
        Msg::AsPrinted => "give the output as the AWS CLI printed it".into(),
        Msg::PeriodTwice { time } => format!("the period {time} appears twice in one series"),
        Msg::MergeOnce => "merge pages without repeating a period".into(),
        Msg::Not5xx { what, label } => format!("{what} must come from the 5XXError metric, but this output is {label}"),
        Msg::Run5xxSum => "run get-metric-statistics with --metric-name 5XXError --statistics Sum (SampleCount too, to read the requests from the same output)".into(),
        Msg::NoStatistic { what, key } => format!("{what}: the datapoint has no {key}"),
        Msg::RunWith { flag } => format!("run get-metric-statistics with {flag}"),

        Msg::MinMinutes { max, got } => format!("minMinutes must be a whole number from 1 to {max}, got {got}"),
        Msg::ShortestStep => "give the shortest step in minutes".into(),
        Msg::RateTooLow { rps } => format!("{rps} requests per second is less than one request a minute"),
        Msg::RateAtLeast => "the judge looks every minute: give a rate of at least 1/60 per second".into(),
        Msg::RampNumberRange { key, lo, lo_in, hi, hi_in, got } => format!("{key} must be {} {lo} and {} {hi}, got {got}", if *lo_in { "from" } else { "greater than" }, if *hi_in { "up to" } else { "less than" }),
        Msg::RpsHint => "the stage's requests per second, both sides together".into(),
        Msg::ToleranceFraction => "a fraction of 1: 0.005 accepts half a percentage point more errors (and baselineErrorRate + tolerance must stay below 1)".into(),
        Msg::FractionFivePercent => "a fraction of 1: 0.05 for 5 %".into(),
        Msg::StepNotRising { step } => format!("step {step} % does not rise above the step before it"),
        Msg::StepsRising => "list the canary's percentages in rising order: [1, 5, 25, 100]".into(),
        Msg::StepRange { step } => format!("a step must be a percentage greater than 0 and up to 100, got {step}"),
        Msg::StepsArePercentages => "steps are percentages of requests: [1, 5, 25, 100]".into(),
        Msg::LastStep100 => "the last step must be 100: the promotion".into(),
        Msg::EndWith100 => "end the steps with 100, such as [1, 5, 25, 100]".into(),
        Msg::OneCanaryStep => "a ramp needs at least one canary step before 100".into(),
        Msg::SuchAsSteps => "such as [5, 100], or [1, 5, 25, 100]".into(),
        Msg::RampTooLong { rps, max, power } => format!("at {rps} requests per second the ramp needs more than {max} minutes a step to reach power {power}"),
        Msg::RaiseRate => "raise the rate, the tolerance or alpha, or lower the power".into(),
        Msg::LatencyMethod => "Hodges-Lehmann shift of the canary's per-minute latency over the baseline's, with the Mann-Whitney interval (normal approximation)".into(),
        Msg::LatencyNote => "per-minute statistics are not independent samples and this interval is not valid under repeated looks: a guide, not part of the verdict".into(),
        Msg::LatencyLatest { minutes } => format!("; the latest {minutes} minutes were compared"),
        Msg::RampNoteSteps => "each step holds its minutes with the judge run after every minute; a rollback verdict ends the ramp at once; in the last canary step, the first promote verdict promotes".into(),
        Msg::RampNoteAws => "AWS: the first step creates the canary with CreateDeployment (its canary serves the deployment being created); the promotion copies the canary's deployment and variable overrides to the stage, then removes the canary (docs/aws-behaviour.md, \"Promotion\")".into(),
        Msg::RampNoteNcp => "NCP: DeployCanary is console-only at NCP (no API call deploys to the canary): deploy the new version to the canary there before the first Edit Canary".into(),
        Msg::RampNoteDimension => "the script needs CANARY_DIMENSION: the Stage dimension value of the canary's CloudWatch metrics, which AWS does not document (find it with aws cloudwatch list-metrics --namespace AWS/ApiGateway --metric-name Count)".into(),
        Msg::RampNoteStageCounts => "whether the stage's metrics also count the canary's requests is not documented: the script takes the baseline as the stage's minus the canary's (STAGE_METRICS_INCLUDE_CANARY=yes, the safe side); set it to no if they do not".into(),

        Msg::ReasonRollback { p, alpha, sides } => format!("the canary fails more often than the baseline: always-valid p-value {p} is at most alpha {alpha}; {}", en_sides(sides)),
        Msg::ReasonPromote { above, confidence, tolerance, sides } => format!("the canary's error rate is at most {above} above the baseline's ({confidence} confidence sequence), less than the tolerance {tolerance}; {}", en_sides(sides)),
        Msg::ReasonNoRequests => "the canary has served no requests yet: no evidence either way".into(),
        Msg::ReasonWait { p, alpha, above, tolerance, sides } => format!("not decided yet: the p-value {p} is above alpha {alpha}, and the canary's error rate could still be up to {above} above the baseline's (tolerance {tolerance}); {}", en_sides(sides)),
        Msg::JudgeFigures { p, alpha, estimate, interval, tolerance } => format!("  p-value {p} (rollback at {alpha}); difference {estimate} in {interval} (promote below {tolerance})"),
        Msg::JudgeNeeded { canary_requests, requests, minutes, toward } => format!("  needed: about {canary_requests} more canary requests ({requests} in all{}), toward {toward}", minutes.as_ref().map(|m| format!(", about {m} minutes")).unwrap_or_default()),

        Msg::ShUnclosed { what } => format!("a {what} that is never closed"),
        Msg::ShUnclosedSubstitution => "a command substitution that is never closed".into(),
        Msg::ShUnexpectedText => "unexpected text after the value".into(),
        Msg::ShExpectedKeyValue { found } => format!("expected key=value, found '{found}'"),
        Msg::ShTooDeep => "nested too deeply".into(),
        Msg::ShUnexpected { c } => format!("unexpected '{c}'"),
        Msg::ShListForMap => "a list where a map belongs".into(),
        Msg::ShListForValue => "a list or map where a single value belongs".into(),
        Msg::ShNotNumber { text } => format!("'{text}' is not a number"),
        Msg::ShNotBool { text } => format!("'{text}' is not true or false"),
        Msg::ShNotMap { text } => format!("'{text}' is not a map"),

        Msg::HelpHead { version } => format!(
            "canarylab {version}\nSee what an API Gateway canary release will do before you call the real service.\n\n\
             Usage: canarylab <COMMAND> [ARGS]\n\n"
        ),
        Msg::HelpCommands => "Commands:".into(),
        Msg::HelpOptions => "\nOptions:\n  -h, --help     Print help\n  -V, --version  Print version\n\
             \x20 --lang en|ko   canarylab's own words (messages, hints, verdicts, explain) in English\n\
             \x20                (default) or Korean; codes, and what AWS or NCP say, stay as they are\n\n\
             Exit codes: 0 success (warnings allowed), 1 invalid input, 2 usage error or unreadable file.\n".into(),
        Msg::AboutValidate => "Check request payloads (API: aws.create-deployment, aws.create-stage, aws.update-stage, ncp.edit-canary); --fix applies the offered fixes".into(),
        Msg::AboutCheck => "Check CloudFormation/SAM templates, Terraform plans and AWS CLI scripts: their API Gateway requests validated and simulated, each diagnostic at its line and column".into(),
        Msg::AboutRun => "Run a scenario against a simulated gateway; print the results and final state as JSON".into(),
        Msg::AboutSimulate => "Simulate the traffic split (seeded Monte Carlo, exact counts at any scale); print the summary as JSON; a progress bar on a terminal".into(),
        Msg::AboutPlan => "The UpdateStage patchOperations that take a stage (GetStage JSON) to another, proved on the simulated gateway".into(),
        Msg::AboutJudge => "May the canary be promoted? rollback, wait or promote from both sides' requests and errors (a judge document or CloudWatch output); exit 0 promote, 1 rollback, 3 wait, 2 bad input".into(),
        Msg::AboutRamp => "Plan a canary's ramp: minutes per step, requests and blast radius, each step's AWS and NCP calls, and an AWS CLI script that judges every minute".into(),
        Msg::AboutExplain => "What a diagnostic code means; without CODE, every code".into(),
        Msg::UsageLine { usage } => format!("Usage: canarylab {usage}\n"),
        Msg::HelpValidate { apis, rounds } => format!(
            "\nAPIs: {apis}\n\n\
             Text (default): one line per diagnostic, ending in (fix: ...) where a fix is offered;\n\
             a verdict per file and, for several files, a summary line on stderr.\n\
             JSON: {{\"valid\": bool, \"diagnostics\": [...]}} (an array of {{\"file\", \"valid\", \"diagnostics\"}}\n\
             for several files).\n\
             --fix: apply every offered fix, validate again (while new fixes come, up to {rounds} rounds) and\n\
             write each changed FILE back in its own layout; then report what remains. Not with -.\n\
             --fix-dry-run: the same, but print the fixed payloads on stdout instead of writing them\n\
             (several files: each after a line `==> FILE <==`), and the diagnostics on stderr. JSON\n\
             adds \"applied\" (the fixes; \"notApplied\" for a round that did not apply) to each report\n\
             and, for --fix-dry-run, \"payload\".\n\
             github: GitHub Actions annotations (file, line, column). sarif: one SARIF 2.1.0 log.\n\
             --quiet: only the problems, then one summary line.\n\
             --deny warnings: a warning fails the check. --allow CODE (repeatable, or CODE,CODE):\n\
             never report CODE. Both are also read from canarylab.toml (allow = [...], deny = [\"warnings\"])\n\
             or, without it, the \"canarylab\" key of package.json, in the working directory.\n\
             --assume NAME=VALUE (repeatable): an NCP assumption (docs/ncp-unknowns.md); the validator\n\
             reads coercion=strict|jackson, how NCP reads JSON types (strict, the spec's, by default).\n\
             --lang en|ko: canarylab's messages, hints, fixes and verdicts in English or Korean.\n\
             Exit: 0 valid (warnings allowed unless denied), 1 invalid or malformed JSON, 2 usage error\n\
             or unreadable file.\n"
        ),
        Msg::HelpCheck => "\n\
             Reads each FILE as the API Gateway requests it makes: a CloudFormation or SAM template\n\
             (JSON or YAML; CDK's cdk.out/*.template.json too), a Terraform plan (terraform show -json\n\
             plan.out) or a shell script with aws apigateway commands. Each request is validated as\n\
             `validate` does, and the requests run in order through the simulated API Gateway.\n\
             The kind is told from the text (and the file name); --input names it.\n\n\
             Text (default): one line per diagnostic, `FILE:LINE:COLUMN: path: severity[code]: message\n\
             (hint: ...)`, where path is a JSON Pointer within the file (for a script: within the\n\
             command's request); a verdict per file on stderr.\n\
             JSON: {\"file\", \"kind\", \"valid\", \"diagnostics\": [{\"path\", \"line\", \"column\", \"code\",\n\
             \"severity\", \"message\", \"hint\", \"request\"?}]} (an array of them for several files).\n\
             Exit: 0 valid (warnings allowed), 1 invalid, 2 usage error or unreadable file.\n".into(),
        Msg::HelpRun => "\nPrints {\"results\": [...], \"state\": {...}} as JSON.\n\
             Exit: 0 the scenario ran (calls may have returned service errors), 1 malformed scenario,\n\
             2 usage error or unreadable file.\n".into(),
        Msg::HelpSimulate => "\n\
             Runs the traffic document CONFIG (see the README) and prints the summary as JSON:\n\
             \"requests\", \"counts\": {\"stage\", \"canary\"}, \"share\": {\"configured\", \"observed\",\n\
             \"ci95\", \"exact95\"}, sides, detail, path, runs, errors, sampleSize, sample. Shares are\n\
             fractions of 1. The first detailRequests requests (default 1,000,000) are simulated one by\n\
             one; beyond them counts are drawn from their exact distribution (\"detail\" says which is which).\n\
             --seed N overrides the document's seed (default 0); the same seed gives the same output.\n\
             --progress shows progress on standard error from the start, even when it is not a terminal\n\
             (otherwise a bar appears on a terminal once a run takes more than a second).\n\
             Exit: 0 done, 1 invalid document, 2 usage error or unreadable file.\n".into(),
        Msg::HelpPlan { ignored } => format!(
            "\n\
             CURRENT and WANTED are stages as GetStage returns them (aws apigateway get-stage), files or\n\
             - for standard input (one of them). Prints {{\"patchOperations\": [...], \"unsupported\": [...]}}:\n\
             the UpdateStage operations that take CURRENT to WANTED, run on the simulated gateway to\n\
             prove them, and each difference UpdateStage cannot make, with why.\n\
             Not compared (the service writes them itself): {ignored}.\n\
             Exit: 0 the operations reach WANTED, 1 something is unsupported or a stage is invalid,\n\
             2 usage error or unreadable file.\n"
        ),
        Msg::HelpJudge => "\n\
             May the canary be promoted yet? Reads the requests and errors of both sides and answers\n\
             rollback, wait or promote with tests that stay valid however often you run it (docs/judge.md).\n\
             \n\
             DOC (default --input document): {\"alpha\"?, \"tolerance\", \"baseline\": {\"requests\", \"errors\"},\n\
             \"canary\": {...}}, or {\"alpha\"?, \"tolerance\", \"series\": [{\"time\", \"baseline\", \"canary\"}, ...]}\n\
             with each point one interval's counts (not running totals). --alpha and --tolerance override the\n\
             document's (alpha defaults to 0.05; tolerance, the largest increase in error rate you accept, is\n\
             required: 0.005 is half a percentage point).\n\
             \n\
             --input cloudwatch: the JSON `aws cloudwatch get-metric-data` prints, as DOC, with the query Id of\n\
             each series:\n\
             --baseline-requests ID --baseline-errors ID --canary-requests ID --canary-errors ID\n\
             [--baseline-latency ID --canary-latency ID]\n\
             (requests: Count's SampleCount; errors: 5XXError's Sum; latency: a per-minute Latency statistic).\n\
             Without DOC, each of those options names a FILE holding what `get-metric-statistics` prints for\n\
             that series (5XXError with --statistics SampleCount Sum serves as both requests and errors).\n\
             Periods are sorted by time; a period missing from one series, PartialData or a NextToken is an\n\
             error. --tolerance is required; the canary's metrics dimension is yours to name in the query.\n\
             \n\
             Output: JSON (default) {\"verdict\", \"reason\", \"pValue\", \"difference\": {\"estimate\",\n\
             \"confidenceSequence\"}, \"needed\", \"latency\"?, \"history\"?, ...}; --format text: a verdict line.\n\
             Exit: 0 promote, 1 rollback, 3 wait, 2 bad input (diagnostics on stderr), usage error or\n\
             unreadable file.\n".into(),
        Msg::HelpRamp => "\n\
             Plans a canary's ramp (docs/judge.md, \"Planning a ramp\"). DOC: {\"baselineErrorRate\",\n\
             \"requestsPerSecond\", \"tolerance\", \"alpha\"? (0.05), \"power\"? (0.8), \"steps\"? ([1, 5, 25, 100]),\n\
             \"minMinutes\"? (1), \"aws\"?: {\"restApiId\", \"stageName\", \"apiName\", \"baselineMetricsStage\",\n\
             \"canaryMetricsStage\"}, \"ncp\"?: {\"productId\", \"apiId\", \"stageId\", \"canaryEndpointDomain\"}}.\n\
             \n\
             Prints the plan as JSON: minutes a step, each step's requests and blast radius, the AWS calls\n\
             (CreateDeployment, UpdateStage patchOperations, the promotion) and NCP calls (Edit Canary bodies,\n\
             PromoteCanary) of each step, the rollback calls, and \"script\": a bash script that runs the ramp\n\
             with the AWS CLI and `canarylab judge` after every minute. --format script prints the script alone.\n\
             Exit: 0 planned, 1 invalid document, 2 usage error or unreadable file.\n".into(),
        Msg::HelpExplain => "\n\
             Prints what a diagnostic code means: its name, severity and description.\n\
             Without CODE, lists every code, one a line. --lang ko: the descriptions and\n\
             labels in Korean (names and severities stay as they are).\n\
             Exit: 0 done, 2 usage error or unknown code.\n".into(),
        Msg::UsageError { error } => {
            format!("error: {error}\n\nRun `canarylab --help` for usage.\n")
        }
        Msg::NoCommand => "no command given".into(),
        Msg::UnknownCommand { name } => format!("unknown command '{name}'"),
        Msg::UnknownOption { name } => format!("unknown option '{name}'"),
        Msg::UnexpectedArgument { value } => format!("unexpected argument '{value}'"),
        Msg::OptionNeedsValue { opt } => format!("option '{opt}' needs a value"),
        Msg::OptionTakesNoValue { opt, value } => {
            format!("option '{opt}' takes no value, got '{value}'")
        }
        Msg::UnknownLanguage { tag } => format!("unknown language '{tag}': use en or ko"),
        Msg::UnknownFormat { value, choices } => {
            format!("unknown format '{value}': use {}", or_list(choices))
        }
        Msg::UnknownInputKind { value, list } => format!("unknown input '{value}': use {list}"),
        Msg::UnknownJudgeInput { value } => {
            format!("unknown input '{value}': use document or cloudwatch")
        }
        Msg::UnknownApi { name, list } => format!("unknown API '{name}': use one of {list}"),
        Msg::NeedsFile { command, what } => {
            format!("{command} needs a {what} file (or - for standard input)")
        }
        Msg::NeedsFiles { command } => {
            format!("{command} needs at least one FILE (or - for standard input)")
        }
        Msg::ValidateNeedsApi => {
            "validate needs an API and at least one FILE (or - for standard input)".into()
        }
        Msg::FixNotStdin => "--fix writes each FILE back, and standard input has nowhere to go back to: use --fix-dry-run - to print the fixed payload".into(),
        Msg::FixOrDryRun => "use --fix or --fix-dry-run, not both".into(),
        Msg::AssumeError { error } => format!("--assume: {error}"),
        Msg::DenyWarnings { value } => format!("--deny takes 'warnings', got '{value}'"),
        Msg::UnknownAllowCode { name } => {
            format!("unknown code '{name}' to allow: `canarylab explain` lists them")
        }
        Msg::ConfigError { file, error } => format!("{file}: {error}"),
        Msg::NeedsNumber { opt, value } => {
            format!("{opt} needs a number such as 0.05, got '{value}'")
        }
        Msg::SeedNumber { value, max } => {
            format!("--seed needs a whole number from 0 to {max}, got '{value}'")
        }
        Msg::SeriesWithCloudwatch => {
            "the series options (--baseline-requests, ...) go with --input cloudwatch".into()
        }
        Msg::CloudwatchNeeds { list } => format!("--input cloudwatch needs {list}"),
        Msg::LatencyTogether => "give --baseline-latency and --canary-latency together".into(),
        Msg::CloudwatchNeedsTolerance => {
            "--input cloudwatch needs --tolerance (such as 0.005)".into()
        }
        Msg::PlanNeedsTwo => "plan needs two stage files: CURRENT WANTED (one may be -)".into(),
        Msg::PlanStdinOnce => {
            "plan reads standard input once: give at most one of CURRENT and WANTED as -".into()
        }
        Msg::UnknownCode { name, near } if near.is_empty() => {
            format!("unknown code '{name}': `canarylab explain` lists every code")
        }
        Msg::UnknownCode { name, near } => {
            format!("unknown code '{name}': did you mean {}?", or_list(near))
        }
        Msg::PlanUnsupported { n } => format!(
            "{} UpdateStage cannot make (see \"unsupported\")",
            count(*n, "difference", "differences")
        ),
        Msg::CannotWrite { file, why } => format!("error: cannot write {file}: {why}"),
        Msg::CannotRead { file, why } => format!("error: cannot read {file}: {why}\n"),
        Msg::StandardInput => "standard input".into(),

        Msg::Verdict { file, valid, errors, warnings } => format!(
            "{file}: {} ({errors} errors, {warnings} warnings)",
            if *valid { "valid" } else { "invalid" }
        ),
        Msg::CheckVerdict { file, kind, valid, errors, warnings } => format!(
            "{file}: {}, {} ({errors} errors, {warnings} warnings)",
            if kind.is_empty() { "unknown kind" } else { kind },
            if *valid { "valid" } else { "invalid" }
        ),
        Msg::Summary { files, valid, invalid, warnings } => format!(
            "{}: {valid} valid, {invalid} invalid, {}",
            count(*files, "file", "files"),
            count(*warnings, "warning", "warnings")
        ),
        Msg::AppliedFixes { file, count: n } => {
            format!("{file}: applied {}", count(*n, "fix", "fixes"))
        }
        Msg::NotFixed { file, why } => format!("{file}: not fixed: {why}"),

        Msg::UnknownProvider { name } => format!("unknown provider \"{name}\""),
        Msg::UseAwsOrNcp => "use \"aws\" or \"ncp\"".into(),
        Msg::NotUtcTime { text, problem } => {
            format!("\"{text}\" is not a UTC time like 2026-01-01T00:00:00Z: {}", msg(problem))
        }
        Msg::DateShape => "the text is not YYYY-MM-DDTHH:MM:SS followed by Z".into(),
        Msg::DateMonth { month } => format!("there is no month {month}"),
        Msg::DateDay { month, day, days } => {
            format!("{month} has no day {day}: it has {days} days")
        }
        Msg::DateHour { hour } => format!("there is no hour {hour}: hours run from 00 to 23"),
        Msg::DateMinute { minute } => {
            format!("there is no minute {minute}: minutes run from 00 to 59")
        }
        Msg::DateSecond { second } => format!(
            "there is no second {second}: seconds run from 00 to 59 (leap seconds are not counted)"
        ),
        Msg::WriteCalendarTime => "write a real calendar time as YYYY-MM-DDTHH:MM:SSZ".into(),
        Msg::Unreadable { error } => error.clone(),
        Msg::EntryAsServiceReturns { key } => {
            format!("write each entry of \"{key}\" as the service returns it")
        }
        Msg::SeeAssumptions => "see docs/ncp-unknowns.md for each assumption and its values".into(),
        Msg::SeeNcpUnknowns => "see docs/ncp-unknowns.md".into(),
        Msg::UnknownAction { provider, name } => format!("unknown {provider} action \"{name}\""),
        Msg::CanaryNeedsDeploymentNo => "a stage with canary fields needs canaryDeploymentNo".into(),
        Msg::GiveCanaryDeploymentNo => {
            "give the canary's deployment number, or remove the canary fields".into()
        }
        Msg::NotAnArn { arn } => format!(
            "\"{arn}\" is not an ARN: the account's CloudWatch Logs role is an IAM role's ARN"
        ),
        Msg::WriteRoleArn => "write the role's ARN (arn:aws:iam::<account>:role/<name>), or null for an account without one".into(),

        Msg::UnknownSplit { name } => format!("unknown split \"{name}\""),
        Msg::UseSplit => {
            "use \"service\" (what the gateway does), \"sticky-hash\" or \"sticky-cookie\"".into()
        }
        Msg::StickyNeedsShare => {
            "sticky splits need a share, but this NCP canary is in condition mode".into()
        }
        Msg::UseServiceSplit => {
            "use \"split\": \"service\", or put the canary in rate mode".into()
        }
        Msg::StickyNeedsClients => "sticky splits need clients".into(),
        Msg::GiveClients => {
            "give \"clients\": how many distinct clients send the requests".into()
        }
        Msg::TooMuchWork { work, max } => format!(
            "this simulation needs about {work} steps of work, more than the {max} the engine takes"
        ),
        Msg::LowerRequestsOrRuns => "this condition mode is simulated request by request in every run: lower requests or runs".into(),
        Msg::LowerRuns => "lower runs (or, for a sticky cookie, clients)".into(),
        Msg::WholeRange { key, min, max, got } => {
            format!("{key} must be a whole number from {min} to {max}, got {got}")
        }
        Msg::IntegerInRange { key } => format!("give {key} as an integer in range"),
        Msg::FractionRange { key, got } => {
            format!("{key} must be strictly between 0 and 1, got {got}")
        }
        Msg::WriteFraction => "write it as a fraction of 1: 0.05 for 5 %".into(),
        Msg::RateOrPhases => "give either ratePerSecond or phases, not both".into(),
        Msg::PhasesExample => {
            "phases: [{\"perSecond\": 10, \"seconds\": 60}, {\"perSecond\": 100}]".into()
        }
        Msg::NotPositive { key, got } => format!("{key} must be greater than 0, got {got}"),
        Msg::GivePositive => "give a positive number".into(),
        Msg::WeightNegative => "weight must be 0 or more".into(),
        Msg::RelativeFrequency => "give a relative frequency".into(),
        Msg::NoPositiveWeight => {
            "a request parameter needs at least one value with a positive weight".into()
        }
        Msg::ValuesExample => "values: [{\"value\": \"on\", \"weight\": 1}, {\"value\": null, \"weight\": 9}] (null: not sent)".into(),
        Msg::StageAsGetStage => "write the stage as GetStage returns it".into(),
        Msg::TooManyConditions { max } => format!("at most {max} conditions can be simulated"),
        Msg::MergeConditions => "merge conditions".into(),

        Msg::AtPath { path, note } => format!("{path}: {}", msg(note)),
        Msg::Float32Rate { stored } => format!("NCP stores the rate as a 32-bit float: {stored} %"),
        Msg::DetailAll { requests } => format!("all {requests} requests simulated one by one"),
        Msg::DetailDrawn { prefix, requests, cache, throttle, pinned } => {
            let first = match (cache, throttle) {
                (true, true) => format!("cache and throttle from the first {prefix} requests"),
                (true, false) => format!("cache from the first {prefix} requests"),
                (false, true) => format!("throttle from the first {prefix} requests"),
                (false, false) => format!("the first {prefix} requests simulated one by one"),
            };
            let exact = if *pinned {
                "counts, the share path, the repeated runs and the pinned clients are drawn exactly (the sticky cookie through its pinned-client count)"
            } else {
                "counts, the share path and the repeated runs are drawn exactly"
            };
            format!("{first}; {exact} for all {requests}")
        }
    }
}
