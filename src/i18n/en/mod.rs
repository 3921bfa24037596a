//! The English catalogue: every [`Msg`] and the fixed [`Words`].

pub mod site;

use super::{JsonType, Msg, Words};

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

        Msg::Verdict { file, valid, errors, warnings } => format!(
            "{file}: {} ({errors} errors, {warnings} warnings)",
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
    }
}
