//! Checking an Edit Canary request (`PATCH .../stages/{stage-id}/canary`) against every
//! constraint of NCP's spec, plus warnings where the chosen mode ignores a field and wherever
//! NCP's docs and spec disagree (`docs/ncp-behaviour.md`, "Where the docs and the spec
//! disagree"). One pass, every problem reported.
//!
//! NCP's own validation messages are unknown: the wording here is canarylab's, the constraints
//! are the spec's. Codes are stable: `param.*` as the AWS validator uses them, `ncp.*` for NCP's
//! constraints and `ncp.docs.*` for docs-versus-spec warnings.

use crate::code::Code;
use serde::Deserialize;
use serde_json::Value;

use super::endpoint;
use super::model::{CanaryCondition, EditCanary, NONE, ParameterCode};
use crate::check::{self, Obj, type_error};
use crate::doc::type_name;
use crate::pointer::Pointer;
use crate::report::{Fix, Report};

/// The members of an Edit Canary body, in the spec's order.
pub fn body_fields() -> &'static [&'static str] {
    crate::doc::field_names::<Body<'_>>()
}

/// The members of the request envelope: the three path ids and the body.
pub fn envelope_fields() -> &'static [&'static str] {
    crate::doc::field_names::<Envelope<'_>>()
}

/// The members of a canary condition, in the spec's order.
pub fn condition_fields() -> &'static [&'static str] {
    crate::doc::field_names::<CanaryCondition>()
}

/// The path parameters of a call on a stage.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Ids {
    /// `{product-id}`.
    pub product_id: String,
    /// `{api-id}`.
    pub api_id: String,
    /// `{stage-id}`.
    pub stage_id: String,
}

/// Most characters a canary endpoint domain may have (Java `String.length()`, UTF-16 units).
pub const MAX_ENDPOINT_LEN: usize = 200;
/// Cache TTL bounds, seconds.
pub const TTL: (i64, i64) = (1, 3600);
/// Throttle bounds, requests per second (int32).
pub const THROTTLE: (i64, i64) = (1, 2_147_483_647);
/// Distribution rate bounds, percent.
pub const RATE: (f64, f64) = (0.0, 100.0);

/// Validates an Edit Canary payload: the bare body, or the envelope
/// `{"productId", "apiId", "stageId", "body"}` (recognised by its `body` member).
pub fn validate(payload: &Value, report: &mut Report) -> Option<(Option<Ids>, EditCanary)> {
    let is_envelope = payload.as_object().is_some_and(|m| m.contains_key("body"));
    if !is_envelope {
        return body(payload, Pointer::root(), report).map(|b| (None, b));
    }
    let env = Obj::new(payload, Pointer::root(), "the request", report)?;
    let ids = path_ids(&env, report);
    Some((ids, envelope_body(&env, report)?))
}

/// The envelope's members and its `body`, checked as an Edit Canary body (after `path_ids`).
pub fn envelope_body(env: &Obj<'_>, report: &mut Report) -> Option<EditCanary> {
    env.only(envelope_fields(), report);
    body(env.map.get("body").unwrap_or(&Value::Null), env.path("body"), report)
}

/// How many characters a path id (`productId`, `apiId`, `stageId`) may have.
const PATH_ID_CHARS: std::ops::RangeInclusive<usize> = 1..=10;

/// The three path ids of an envelope (`productId`, `apiId`, `stageId`), each 1-10 characters.
pub fn path_ids(env: &Obj<'_>, report: &mut Report) -> Option<Ids> {
    let mut id = |key: &str| {
        let s = env.string(key, true, report)?;
        let len = s.chars().count();
        if !PATH_ID_CHARS.contains(&len) {
            report.push(
                env.path(key),
                Code::NcpPathIdLength,
                format!("{key} must be 1 to 10 characters, got {len}"),
                "copy the id from the console or from the list call's response",
            );
            if len == 0 {
                report.push(
                    env.path(key),
                    Code::NcpDocsPathId,
                    "NCP's docs say path ids are 1-10 characters; its spec says 0/10",
                    "an empty id leaves an empty segment in the URL; give the real id",
                );
            }
            return None;
        }
        Some(s.to_owned())
    };
    let (product_id, api_id, stage_id) = (id("productId"), id("apiId"), id("stageId"));
    Some(Ids { product_id: product_id?, api_id: api_id?, stage_id: stage_id? })
}

/// An Edit Canary body as written, borrowed from the text: the fast path's reading. Its field
/// list is the spec's, in the spec's order, and is the one [`body_fields`] reports against.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct Body<'a> {
    use_distribution_rate: bool,
    #[serde(borrow)]
    canary_endpoint_domain: &'a str,
    canary_distribution_rate: Option<f64>,
    #[serde(borrow)]
    canary_conditions: Option<Vec<Condition<'a>>>,
    canary_cache_ttl_sec: Option<i64>,
    canary_throttle_rps: Option<i64>,
}

/// A canary condition as written, borrowed.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct Condition<'a> {
    parameter_code: &'a str,
    parameter_name: &'a str,
    // Any string selects the canary: only its type is checked, by reading it.
    #[allow(dead_code)]
    parameter_value: &'a str,
}

/// The request envelope: the three path ids and the body.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct Envelope<'a> {
    product_id: &'a str,
    api_id: &'a str,
    stage_id: &'a str,
    #[serde(borrow)]
    body: Body<'a>,
}

/// The common case, decided without building a tree: `true` only when `text` is an Edit Canary
/// payload (bare body or envelope) that [`validate`] passes without a single diagnostic, warnings
/// included. Anything unusual (escapes, an unknown or repeated member, a value out of range or
/// that a mode ignores) is `false`, and the caller runs [`validate`], which says why.
///
/// serde reads the text straight into borrowed typed structs (no `Value`, no copies of the
/// strings); the checks are the validator's own bounds, URL pattern and float32 rule. A property
/// test (`tests/it/ncp.rs`) holds the two together: never clean where [`validate`] reports
/// anything, and clean for generated valid bodies.
pub fn clean(text: &str) -> bool {
    if let Ok(body) = serde_json::from_str::<Body<'_>>(text) {
        return body.clean();
    }
    match serde_json::from_str::<Envelope<'_>>(text) {
        Ok(env) => {
            [env.product_id, env.api_id, env.stage_id]
                .iter()
                .all(|id| PATH_ID_CHARS.contains(&id.chars().count()))
                && env.body.clean()
        }
        Err(_) => false,
    }
}

impl Body<'_> {
    fn clean(&self) -> bool {
        let domain = self.canary_endpoint_domain;
        // Bytes bound UTF-16 units from above: at most 200 bytes is at most 200 units.
        let domain_ok =
            domain != NONE && domain.len() <= MAX_ENDPOINT_LEN && endpoint::matches(domain);
        let rate_ok = self
            .canary_distribution_rate
            .is_none_or(|n| (RATE.0..=RATE.1).contains(&n) && reads_back(n));
        let conditions = self.canary_conditions.as_deref().unwrap_or_default();
        let conditions_ok = conditions.iter().all(|c| {
            ParameterCode::from_name(c.parameter_code).is_some() && !c.parameter_name.is_empty()
        });
        let mode_agrees = match self.use_distribution_rate {
            true => self.canary_distribution_rate.is_some() && conditions.is_empty(),
            false => self.canary_distribution_rate.is_none() && !conditions.is_empty(),
        };
        domain_ok
            && rate_ok
            && conditions_ok
            && mode_agrees
            && self.canary_cache_ttl_sec.is_none_or(|n| (TTL.0..=TTL.1).contains(&n))
            && self.canary_throttle_rps.is_none_or(|n| (THROTTLE.0..=THROTTLE.1).contains(&n))
    }
}

/// Validates a bare Edit Canary body at `at`.
pub fn body(value: &Value, at: Pointer, report: &mut Report) -> Option<EditCanary> {
    if value.is_null() {
        report.push(
            at,
            Code::ParamMissing,
            "the Edit Canary request body is required",
            "send a JSON object with useDistributionRate and canaryEndpointDomain",
        );
        return None;
    }
    let obj = Obj::new(value, at, "the Edit Canary body", report)?;
    unknown_members(&obj, report);
    let mode = obj.boolean("useDistributionRate", true, report);
    let domain = endpoint_domain(&obj, report);
    let rate = rate(&obj, mode, report);
    let conditions = conditions(&obj, mode, report);
    let ttl = int_field(&obj, "canaryCacheTtlSec", TTL, Code::NcpTtlRange, report);
    let throttle = int_field(&obj, "canaryThrottleRps", THROTTLE, Code::NcpThrottleRange, report);
    if !report.is_valid() {
        return None;
    }
    Some(EditCanary {
        use_distribution_rate: mode?,
        canary_endpoint_domain: domain?,
        canary_distribution_rate: rate,
        canary_conditions: conditions,
        canary_cache_ttl_sec: ttl.and_then(|n| i32::try_from(n).ok()),
        canary_throttle_rps: throttle.and_then(|n| i32::try_from(n).ok()),
    })
}

/// Unknown members: NCP's Spring backend ignores them (Jackson with unknown properties allowed,
/// canarylab's reading), so they are warnings, with the closest name as the hint.
fn unknown_members(obj: &Obj<'_>, report: &mut Report) {
    for key in obj.map.keys().filter(|k| !body_fields().contains(&k.as_str())) {
        let hint = if key == "canaryCertificateId" {
            "the docs' enable-canary response shows canaryCertificateId, but the spec has no such request field; remove it".to_owned()
        } else {
            match check::closest(key, body_fields()) {
                Some(near) => format!("did you mean \"{near}\"? Names are case-sensitive"),
                None => format!("the fields are: {}", body_fields().join(", ")),
            }
        };
        report.push(
            obj.path(key),
            Code::NcpUnknownField,
            format!("\"{key}\" is not an Edit Canary field; NCP ignores it"),
            hint,
        );
    }
}

fn endpoint_domain(obj: &Obj<'_>, report: &mut Report) -> Option<String> {
    let d = obj.string("canaryEndpointDomain", true, report)?;
    let at = || obj.path("canaryEndpointDomain");
    let len = d.encode_utf16().count();
    let mut ok = true;
    if len > MAX_ENDPOINT_LEN {
        ok = false;
        report.push(
            at(),
            Code::NcpEndpointLength,
            format!("canaryEndpointDomain is {len} characters; at most {MAX_ENDPOINT_LEN} allowed"),
            "shorten the URL",
        );
    }
    if !endpoint::matches(d) {
        ok = false;
        report.push(
            at(),
            Code::NcpEndpointPattern,
            format!("canaryEndpointDomain \"{d}\" does not match NCP's URL pattern"),
            endpoint_hint(d),
        );
    }
    if d == NONE {
        report.push(
            at(),
            Code::NcpDocsEndpointNone,
            "NCP's docs call canaryEndpointDomain required, yet a freshly enabled canary reports \"NONE\"; the spec's pattern accepts NONE",
            "NONE means the canary has no endpoint domain of its own; give an http(s) URL to set one",
        );
    }
    ok.then(|| d.to_owned())
}

fn endpoint_hint(d: &str) -> String {
    if d.eq_ignore_ascii_case(NONE) {
        return "write NONE in capitals".to_owned();
    }
    if !d.starts_with("http://") && !d.starts_with("https://") {
        return "start with http:// or https://, or give NONE".to_owned();
    }
    if !d.is_ascii() {
        return "NCP matches \\w as ASCII: write an internationalised host in punycode (xn--...)"
            .to_owned();
    }
    "write scheme://host.tld[:port][/path] with a dotted host, a port of 0-65535 and a path without ! \" # $ ' ( ) * + , or spaces".to_owned()
}

/// `canaryDistributionRate`: a number in 0..100, required in rate mode, ignored in condition mode.
fn rate(obj: &Obj<'_>, mode: Option<bool>, report: &mut Report) -> Option<f32> {
    let at = || obj.path("canaryDistributionRate");
    let present = obj.get("canaryDistributionRate").is_some();
    if mode == Some(true) && !present {
        let placeholder = "add canaryDistributionRate: 0 (a placeholder: set the canary's share)";
        report.push_fix(
            at(),
            Code::NcpRateRequired,
            "canaryDistributionRate is required when useDistributionRate is true",
            "add the canary's share in percent, e.g. \"canaryDistributionRate\": 10",
            Some(Fix::add(placeholder, &at(), Value::from(0))),
        );
    }
    let n = obj.number("canaryDistributionRate", false, report)?;
    if mode == Some(false) {
        ignored(report, at(), "canaryDistributionRate", false);
    }
    if !(RATE.0..=RATE.1).contains(&n) {
        report.push(
            at(),
            Code::NcpRateRange,
            format!("canaryDistributionRate must be between 0 and 100, got {}", n),
            "give a percentage: 10 sends one request in ten to the canary",
        );
        return None;
    }
    // NCP's spec types the rate as float32; canarylab stores what NCP would.
    let stored = n as f32;
    if !reads_back(n) {
        report.push(
            at(),
            Code::NcpRateFloat32,
            format!(
                "NCP stores canaryDistributionRate as a 32-bit float: {} reads back as {}",
                n, stored
            ),
            "use fewer significant digits (at most 7) to read back what you wrote",
        );
    }
    Some(stored)
}

/// True when the rate, stored as NCP stores it (float32), reads back as written.
fn reads_back(n: f64) -> bool {
    let stored = n as f32;
    f64::from(stored) == n || stored.to_string() == n.to_string()
}

fn ignored(report: &mut Report, at: Pointer, key: &str, mode: bool) {
    let (now, other) =
        if mode { ("rate", "condition (false)") } else { ("condition", "rate (true)") };
    report.push(
        at,
        Code::NcpModeIgnored,
        format!("{key} is ignored: useDistributionRate is {mode}, so the canary uses {now} mode"),
        format!("remove {key}, or set useDistributionRate for {other} mode"),
    );
}

/// The parameter code a user meant by another spelling: one that names a query (`QUERY_STRING`,
/// `request_query`) or a header (`HEADER`, `REQUEST_HEADERS`), or is one typo away.
fn meant_code(s: &str) -> Option<ParameterCode> {
    let upper = s.to_ascii_uppercase();
    match (upper.contains("QUERY"), upper.contains("HEADER")) {
        (true, false) => Some(ParameterCode::RequestQuery),
        (false, true) => Some(ParameterCode::RequestHeader),
        _ => crate::check::closest(s, ParameterCode::names()).and_then(ParameterCode::from_name),
    }
}

/// `canaryConditions`: non-empty in condition mode; every item non-null with all three members.
fn conditions(
    obj: &Obj<'_>,
    mode: Option<bool>,
    report: &mut Report,
) -> Option<Vec<CanaryCondition>> {
    let at = || obj.path("canaryConditions");
    let items = obj.array("canaryConditions", false, report);
    if mode == Some(false) && items.is_none_or(<[Value]>::is_empty) && report_missing_ok(obj) {
        let placeholder = serde_json::json!([
            {"parameterCode": "REQUEST_HEADER", "parameterName": "x-canary", "parameterValue": "on"}
        ]);
        report.push_fix(
            at(),
            Code::NcpConditionsRequired,
            "canaryConditions must hold at least one condition when useDistributionRate is false",
            "add {\"parameterCode\": \"REQUEST_HEADER\", \"parameterName\": \"x-canary\", \"parameterValue\": \"on\"}, or set useDistributionRate to true",
            Some(Fix::add(
                "add the condition x-canary: on (a placeholder: set your own header or query)",
                &at(),
                placeholder,
            )),
        );
    }
    let items = items?;
    if mode == Some(true) && !items.is_empty() {
        ignored(report, at(), "canaryConditions", true);
    }
    let mut out = Vec::with_capacity(items.len());
    let mut docs_warned = false;
    for (i, item) in items.iter().enumerate() {
        let item_at = at().join(i);
        if item.is_null() {
            report.push(
                item_at,
                Code::NcpConditionNull,
                "canaryConditions items cannot be null",
                "remove the null, or write a condition object",
            );
            continue;
        }
        let Some(c) = Obj::new(item, item_at, "a canary condition", report) else { continue };
        c.only(condition_fields(), report);
        let missing = condition_fields().iter().any(|k| c.get(k).is_none());
        if missing && !docs_warned {
            docs_warned = true;
            report.push(
                c.at.clone(),
                Code::NcpDocsConditionFields,
                "NCP's docs mark parameterName, parameterCode and parameterValue \"Conditional\"; its spec requires all three in every condition",
                "give all three; canarylab follows the spec",
            );
        }
        let code = c.string("parameterCode", true, report).and_then(|s| {
            let code = ParameterCode::from_name(s);
            if code.is_none() {
                let meant = meant_code(s);
                let at = c.path("parameterCode");
                let fix = meant.map(|m| {
                    let name = crate::doc::name_of(&m);
                    Fix::replace(format!("write {name}"), &at, Value::String(name))
                });
                report.push_fix(
                    at,
                    Code::NcpConditionCode,
                    format!("parameterCode \"{s}\" is not one of REQUEST_HEADER, REQUEST_QUERY"),
                    match meant {
                        Some(ParameterCode::RequestHeader) => "write REQUEST_HEADER",
                        Some(ParameterCode::RequestQuery) => "write REQUEST_QUERY",
                        None => {
                            "use REQUEST_HEADER for a header, REQUEST_QUERY for a query parameter"
                        }
                    },
                    fix,
                );
            }
            code
        });
        let name = c.string("parameterName", true, report);
        let value = c.string("parameterValue", true, report);
        if name == Some("") {
            report.push(
                c.path("parameterName"),
                Code::NcpConditionEmptyName,
                "an empty parameterName can never match a request",
                "give the header or query parameter name",
            );
        }
        if let (Some(parameter_code), Some(n), Some(v)) = (code, name, value) {
            out.push(CanaryCondition {
                parameter_code,
                parameter_name: n.to_owned(),
                parameter_value: v.to_owned(),
            });
        }
    }
    Some(out)
}

/// A `canaryConditions` of the wrong type is already a type error; don't add "required" to it.
fn report_missing_ok(obj: &Obj<'_>) -> bool {
    obj.get("canaryConditions").is_none_or(Value::is_array)
}

/// An optional int32 member with bounds; the docs type cache TTL and throttle as String and show
/// the example value 0, so both get a `ncp.docs.*` warning where a payload follows the docs.
fn int_field(
    obj: &Obj<'_>,
    key: &str,
    (min, max): (i64, i64),
    range_code: Code,
    report: &mut Report,
) -> Option<i64> {
    let v = obj.get(key)?;
    let at = || obj.path(key);
    let docs_code =
        if key == "canaryCacheTtlSec" { Code::NcpDocsTtl } else { Code::NcpDocsThrottle };
    let docs = |report: &mut Report, what: &str| {
        report.push(
            at(),
            docs_code,
            format!("NCP's docs type {key} as String with the example value 0; its spec says int32 {min}..{max}"),
            format!("{what}; canarylab follows the spec"),
        );
    };
    let n = match v {
        Value::Number(n) if n.is_i64() || n.is_u64() => n.as_i64().unwrap_or(i64::MAX),
        Value::String(_) => {
            type_error(report, at(), key, "an integer", v);
            docs(report, "send a JSON number, not a string");
            return None;
        }
        other => {
            integer_type_error(report, at(), key, other);
            return None;
        }
    };
    if !(min..=max).contains(&n) {
        report.push(
            at(),
            range_code,
            format!("{key} must be between {min} and {max}, got {n}"),
            if n == 0 {
                "leave the field out rather than sending 0"
            } else {
                "bring it into range"
            },
        );
        if n == 0 {
            docs(report, "0 is below the minimum of 1");
        }
        return None;
    }
    Some(n)
}

fn integer_type_error(report: &mut Report, at: Pointer, key: &str, got: &Value) {
    let whole = got.as_f64().filter(|f| f.fract() == 0.0 && f.abs() < 9.0e15 && got.is_number());
    let hint = match whole {
        Some(f) => format!("write it without a decimal point: {f:.0}"),
        None => format!("give {key} as a whole number"),
    };
    // Exact: below 2^53 a whole double is the integer it prints as.
    let fix = whole.map(|f| Fix::replace(format!("write {f:.0}"), &at, Value::from(f as i64)));
    report.push_fix(
        at,
        Code::ParamType,
        format!("Invalid type for parameter {key}: expected an integer, got {}", describe(got)),
        hint,
        fix,
    );
}

fn describe(v: &Value) -> &'static str {
    if v.is_f64() { "a number with a fraction" } else { type_name(v) }
}
