//! Checking an Edit Canary request (`PATCH .../stages/{stage-id}/canary`) against every
//! constraint of NCP's spec, plus warnings where the chosen mode ignores a field and wherever
//! NCP's docs and spec disagree (`docs/ncp-behaviour.md`, "Where the docs and the spec
//! disagree"). One pass, every problem reported.
//!
//! NCP's own validation messages are unknown: the wording here is canarylab's, the constraints
//! are the spec's. Codes are stable: `param.*` as the AWS validator uses them, `ncp.*` for NCP's
//! constraints and `ncp.docs.*` for docs-versus-spec warnings.

use crate::code::Code;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::assume::Coercion;
use super::coerce::{self, Reading};
use super::endpoint;
use super::model::{CanaryCondition, EditCanary, NONE, ParameterCode};
use crate::check::{self, Obj, wrong_type};
use crate::i18n::{JsonType, Msg};
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
/// `{"productId", "apiId", "stageId", "body"}` (recognised by its `body` member); JSON types read
/// as `coercion` says NCP reads them.
pub fn validate(
    payload: &Value,
    coercion: Coercion,
    report: &mut Report,
) -> Option<(Option<Ids>, EditCanary)> {
    let is_envelope = payload.as_object().is_some_and(|m| m.contains_key("body"));
    if !is_envelope {
        return body(payload, Pointer::root(), coercion, report).map(|b| (None, b));
    }
    let env = Obj::new(payload, Pointer::root(), "the request", report)?;
    let ids = path_ids(&env, report);
    Some((ids, envelope_body(&env, coercion, report)?))
}

/// The envelope's members and its `body`, checked as an Edit Canary body (after `path_ids`).
pub fn envelope_body(env: &Obj<'_>, coercion: Coercion, report: &mut Report) -> Option<EditCanary> {
    env.only(envelope_fields(), report);
    body(env.map.get("body").unwrap_or(&Value::Null), env.path("body"), coercion, report)
}

/// How many characters a path id (`productId`, `apiId`, `stageId`) may have.
const PATH_ID_CHARS: std::ops::RangeInclusive<usize> = 1..=10;

/// The three path ids of an envelope (`productId`, `apiId`, `stageId`), each 1-10 characters.
pub fn path_ids(env: &Obj<'_>, report: &mut Report) -> Option<Ids> {
    let mut id = |key: &str| {
        let s = env.string(key, true, report)?;
        let len = s.chars().count();
        if !PATH_ID_CHARS.contains(&len) {
            let message = Msg::PathIdLength { key: key.to_owned(), len };
            report.say(env.path(key), Code::NcpPathIdLength, message, Msg::CopyTheId);
            if len == 0 {
                report.say(env.path(key), Code::NcpDocsPathId, Msg::DocsPathId, Msg::EmptyIdHint);
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

/// Validates a bare Edit Canary body at `at`, its JSON types read as `coercion` says.
pub fn body(
    value: &Value,
    at: Pointer,
    coercion: Coercion,
    report: &mut Report,
) -> Option<EditCanary> {
    if value.is_null() {
        report.say(at, Code::ParamMissing, Msg::BodyRequired, Msg::SendBodyObject);
        return None;
    }
    let obj = Obj::new(value, at, "the Edit Canary body", report)?;
    unknown_members(&obj, report);
    let read = Read { obj: &obj, coercion };
    let mode = read.boolean("useDistributionRate", true, report);
    let domain = endpoint_domain(&read, report);
    let rate = rate(&read, mode, report);
    let conditions = conditions(&read, mode, report);
    let ttl = int_field(&read, "canaryCacheTtlSec", TTL, Code::NcpTtlRange, report);
    let throttle = int_field(&read, "canaryThrottleRps", THROTTLE, Code::NcpThrottleRange, report);
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

/// An object's members read as NCP reads JSON types under `coercion`: a value of the spec's type
/// as written; under `jackson`, another that Jackson's defaults coerce, with an `ncp.coerced`
/// warning; otherwise a type error whose hint says what the other reading would do.
struct Read<'o, 'a> {
    obj: &'o Obj<'a>,
    coercion: Coercion,
}

impl<'a> Read<'_, 'a> {
    fn boolean(&self, key: &str, required: bool, report: &mut Report) -> Option<bool> {
        let v = self.obj.fetch(key, required, report)?;
        self.scalar(key, v, coerce::boolean(v), JsonType::Boolean, report)
    }

    fn number(&self, key: &str, required: bool, report: &mut Report) -> Option<f64> {
        let v = self.obj.fetch(key, required, report)?;
        self.scalar(key, v, coerce::float(v), JsonType::Number, report)
    }

    fn string(&self, key: &str, required: bool, report: &mut Report) -> Option<String> {
        let v = self.obj.fetch(key, required, report)?;
        self.scalar(key, v, coerce::text(v), JsonType::String, report)
    }

    /// `v` (at `key`), read as `want`: `reading` is Jackson's reading of it.
    fn scalar<T: Serialize>(
        &self,
        key: &str,
        v: &Value,
        reading: Reading<T>,
        want: JsonType,
        report: &mut Report,
    ) -> Option<T> {
        let at = self.obj.path(key);
        match (reading, self.coercion) {
            (Reading::AsWritten(t), _) => Some(t),
            (Reading::Coerced(t), Coercion::Jackson) => {
                let read = crate::doc::to_value(&t);
                let coerced = coerce::Coerced {
                    at: at.clone(),
                    key: key.to_owned(),
                    written: v.to_string(),
                    read: read.to_string(),
                    want,
                };
                let text = Msg::WriteValue { value: read.to_string() };
                let fix = Fix::replace(&text, &at, read.clone());
                let hint = Msg::WriteSpecType { read: read.to_string() };
                report.say_fix(at, Code::NcpCoerced, coerced.msg(), hint, Some((text, fix)));
                Some(t)
            }
            (Reading::Coerced(t), Coercion::Strict) => {
                let read = crate::doc::to_value(&t);
                let message = Msg::InvalidType { key: key.to_owned(), want, got: JsonType::of(v) };
                let hint =
                    Msg::StrictRefusesJacksonReads { value: v.to_string(), read: read.to_string() };
                let text = Msg::WriteValue { value: read.to_string() };
                let fix = Fix::replace(&text, &at, read);
                report.say_fix(at, Code::ParamType, message, hint, Some((text, fix)));
                None
            }
            (Reading::Refused, Coercion::Strict) => {
                wrong_type(report, at, key, want, v);
                None
            }
            (Reading::Refused, Coercion::Jackson) => {
                let message = Msg::InvalidType { key: key.to_owned(), want, got: JsonType::of(v) };
                let hint = Msg::JacksonRefuses { key: key.to_owned(), want };
                report.say(at, Code::ParamType, message, hint);
                None
            }
        }
    }
}

/// Unknown members: NCP's Spring backend ignores them (Jackson with unknown properties allowed,
/// canarylab's reading), so they are warnings, with the closest name as the hint.
fn unknown_members(obj: &Obj<'_>, report: &mut Report) {
    for key in obj.map.keys().filter(|k| !body_fields().contains(&k.as_str())) {
        let hint = if key == "canaryCertificateId" {
            Msg::CertificateIdHint
        } else {
            match check::closest(key, body_fields()) {
                Some(near) => Msg::DidYouMean { name: near.to_owned() },
                None => Msg::FieldsAre { list: body_fields().join(", ") },
            }
        };
        let message = Msg::NotABodyField { key: key.clone() };
        report.say(obj.path(key), Code::NcpUnknownField, message, hint);
    }
}

fn endpoint_domain(read: &Read<'_, '_>, report: &mut Report) -> Option<String> {
    let d = read.string("canaryEndpointDomain", true, report)?;
    let at = || read.obj.path("canaryEndpointDomain");
    let len = d.encode_utf16().count();
    let mut ok = true;
    if len > MAX_ENDPOINT_LEN {
        ok = false;
        let message = Msg::EndpointTooLong { len, max: MAX_ENDPOINT_LEN };
        report.say(at(), Code::NcpEndpointLength, message, Msg::ShortenUrl);
    }
    if !endpoint::matches(&d) {
        ok = false;
        let message = Msg::EndpointPattern { value: d.clone() };
        report.say(at(), Code::NcpEndpointPattern, message, endpoint_hint(&d));
    }
    if d == NONE {
        report.say(at(), Code::NcpDocsEndpointNone, Msg::DocsEndpointNone, Msg::NoneMeans);
    }
    ok.then_some(d)
}

fn endpoint_hint(d: &str) -> Msg {
    if d.eq_ignore_ascii_case(NONE) {
        Msg::NoneInCapitals
    } else if !d.starts_with("http://") && !d.starts_with("https://") {
        Msg::StartWithScheme
    } else if !d.is_ascii() {
        Msg::Punycode
    } else {
        Msg::UrlShape
    }
}

/// `canaryDistributionRate`: a number in 0..100, required in rate mode, ignored in condition mode.
fn rate(read: &Read<'_, '_>, mode: Option<bool>, report: &mut Report) -> Option<f32> {
    let at = || read.obj.path("canaryDistributionRate");
    let present = read.obj.get("canaryDistributionRate").is_some();
    if mode == Some(true) && !present {
        let fix = Fix::add(&Msg::FixAddRate, &at(), Value::from(0));
        let fix = Some((Msg::FixAddRate, fix));
        report.say_fix(at(), Code::NcpRateRequired, Msg::RateRequired, Msg::AddRate, fix);
    }
    let n = read.number("canaryDistributionRate", false, report)?;
    if mode == Some(false) {
        ignored(report, at(), "canaryDistributionRate", false);
    }
    if !(RATE.0..=RATE.1).contains(&n) {
        let message = Msg::RateRange { got: n.to_string() };
        report.say(at(), Code::NcpRateRange, message, Msg::GivePercentage);
        return None;
    }
    // NCP's spec types the rate as float32; canarylab stores what NCP would.
    let stored = n as f32;
    if !reads_back(n) {
        let message = Msg::RateFloat32 { written: n.to_string(), stored: stored.to_string() };
        report.say(at(), Code::NcpRateFloat32, message, Msg::FewerDigits);
    }
    Some(stored)
}

/// True when the rate, stored as NCP stores it (float32), reads back as written.
fn reads_back(n: f64) -> bool {
    let stored = n as f32;
    f64::from(stored) == n || stored.to_string() == n.to_string()
}

fn ignored(report: &mut Report, at: Pointer, key: &str, rate_mode: bool) {
    let message = Msg::ModeIgnored { key: key.to_owned(), rate_mode };
    let hint = Msg::RemoveOrSwitchMode { key: key.to_owned(), rate_mode };
    report.say(at, Code::NcpModeIgnored, message, hint);
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
    read: &Read<'_, '_>,
    mode: Option<bool>,
    report: &mut Report,
) -> Option<Vec<CanaryCondition>> {
    let obj = read.obj;
    let at = || obj.path("canaryConditions");
    // One condition written as an object, as older copies of the docs typed the member.
    if let Some(one @ Value::Object(_)) = obj.get("canaryConditions") {
        let key = "canaryConditions".to_owned();
        let message = Msg::InvalidType { key, want: JsonType::Array, got: JsonType::Object };
        let fix = Fix::replace(&Msg::WrapInArray, &at(), Value::Array(vec![one.clone()]));
        let fix = Some((Msg::WrapInArray, fix));
        report.say_fix(at(), Code::ParamType, message, Msg::ConditionsAnArray, fix);
        return None;
    }
    let items = obj.array("canaryConditions", false, report);
    if mode == Some(false) && items.is_none_or(<[Value]>::is_empty) && report_missing_ok(obj) {
        let placeholder = serde_json::json!([
            {"parameterCode": "REQUEST_HEADER", "parameterName": "x-canary", "parameterValue": "on"}
        ]);
        let fix = Fix::add(&Msg::FixAddCondition, &at(), placeholder);
        let fix = Some((Msg::FixAddCondition, fix));
        let message = Msg::ConditionsRequired;
        report.say_fix(at(), Code::NcpConditionsRequired, message, Msg::AddCondition, fix);
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
            report.say(item_at, Code::NcpConditionNull, Msg::ConditionNull, Msg::RemoveNull);
            continue;
        }
        let Some(c) = Obj::new(item, item_at, "a canary condition", report) else { continue };
        c.only(condition_fields(), report);
        let missing = condition_fields().iter().any(|k| c.get(k).is_none());
        if missing && !docs_warned {
            docs_warned = true;
            let (message, hint) = (Msg::DocsConditionFields, Msg::GiveAllThree);
            report.say(c.at.clone(), Code::NcpDocsConditionFields, message, hint);
        }
        let item_read = Read { obj: &c, coercion: read.coercion };
        let code = item_read.string("parameterCode", true, report).and_then(|s| {
            let code = ParameterCode::from_name(&s);
            if code.is_none() {
                let meant = meant_code(&s);
                let at = c.path("parameterCode");
                let hint = match meant {
                    Some(m) => Msg::WriteValue { value: crate::doc::name_of(&m) },
                    None => Msg::HeaderOrQuery,
                };
                let fix = meant.map(|m| {
                    let name = crate::doc::name_of(&m);
                    let text = Msg::WriteValue { value: name.clone() };
                    let fix = Fix::replace(&text, &at, Value::String(name));
                    (text, fix)
                });
                let message = Msg::ConditionCode { value: s.clone() };
                report.say_fix(at, Code::NcpConditionCode, message, hint, fix);
            }
            code
        });
        let name = item_read.string("parameterName", true, report);
        let value = item_read.string("parameterValue", true, report);
        if name.as_deref() == Some("") {
            let (message, hint) = (Msg::EmptyParameterName, Msg::GiveParameterName);
            report.say(c.path("parameterName"), Code::NcpConditionEmptyName, message, hint);
        }
        if let (Some(parameter_code), Some(parameter_name), Some(parameter_value)) =
            (code, name, value)
        {
            out.push(CanaryCondition { parameter_code, parameter_name, parameter_value });
        }
    }
    Some(out)
}

/// A `canaryConditions` of the wrong type is already a type error; don't add "required" to it.
fn report_missing_ok(obj: &Obj<'_>) -> bool {
    obj.get("canaryConditions").is_none_or(Value::is_array)
}

/// An optional int32 member with bounds. The docs type cache TTL and throttle as String and
/// show the example value 0, so both get an `ncp.docs.*` warning where a payload follows the
/// docs: a string (refused under `strict`, read as a number under `jackson`) or 0.
fn int_field(
    read: &Read<'_, '_>,
    key: &str,
    (min, max): (i64, i64),
    range_code: Code,
    report: &mut Report,
) -> Option<i64> {
    let v = read.obj.get(key)?;
    let at = || read.obj.path(key);
    let docs_code =
        if key == "canaryCacheTtlSec" { Code::NcpDocsTtl } else { Code::NcpDocsThrottle };
    let docs_string = Msg::DocsIntegerString { key: key.to_owned(), min, max };
    let jackson = read.coercion == Coercion::Jackson;
    let n = match (coerce::integer(v), v) {
        (Reading::AsWritten(n), _) => n,
        // The docs' String, read as Jackson reads it.
        (Reading::Coerced(n), Value::String(_)) if jackson => {
            let (written, read) = (v.to_string(), n.to_string());
            let message = Msg::DocsIntegerCoerced {
                key: key.to_owned(),
                min,
                max,
                written,
                read: read.clone(),
            };
            let text = Msg::WriteValue { value: read.clone() };
            let fix = Some((text.clone(), Fix::replace(&text, &at(), Value::from(n))));
            report.say_fix(at(), docs_code, message, Msg::WriteSpecType { read }, fix);
            if !(min..=max).contains(&n) {
                range(report, at(), key, (min, max), n, range_code);
                return None;
            }
            return Some(n);
        }
        // A number with a fraction, truncated as Jackson truncates it.
        (Reading::Coerced(n), _) if jackson => {
            let coerced = coerce::Coerced {
                at: at(),
                key: key.to_owned(),
                written: v.to_string(),
                read: n.to_string(),
                want: JsonType::Integer,
            };
            let text = Msg::WriteValue { value: n.to_string() };
            let fix = Some((text.clone(), Fix::replace(&text, &at(), Value::from(n))));
            let hint = Msg::WriteSpecType { read: n.to_string() };
            report.say_fix(at(), Code::NcpCoerced, coerced.msg(), hint, fix);
            n
        }
        (reading, Value::String(_)) => {
            if jackson {
                let message = Msg::InvalidType {
                    key: key.to_owned(),
                    want: JsonType::Integer,
                    got: JsonType::String,
                };
                let hint = Msg::JacksonRefuses { key: key.to_owned(), want: JsonType::Integer };
                report.say(at(), Code::ParamType, message, hint);
            } else {
                wrong_type(report, at(), key, JsonType::Integer, v);
            }
            let hint = match reading {
                Reading::Coerced(n) if !jackson => Msg::SendNumberStrict { read: n.to_string() },
                _ => Msg::SendNumberNotString,
            };
            report.say(at(), docs_code, docs_string, hint);
            return None;
        }
        (reading, other) => {
            integer_type_error(report, at(), key, other, reading, read.coercion);
            return None;
        }
    };
    if !(min..=max).contains(&n) {
        range(report, at(), key, (min, max), n, range_code);
        if n == 0 {
            report.say(at(), docs_code, docs_string, Msg::ZeroBelowMinimum);
        }
        return None;
    }
    Some(n)
}

fn range(report: &mut Report, at: Pointer, key: &str, (min, max): (i64, i64), n: i64, code: Code) {
    let message = Msg::IntRange { key: key.to_owned(), min, max, got: n.to_string() };
    let hint = if n == 0 { Msg::LeaveOutZero } else { Msg::BringIntoRange };
    report.say(at, code, message, hint);
}

/// A non-string value for an int32 member that is not read as one: a number with a fraction
/// (under `strict`), a boolean, an array, an object.
fn integer_type_error(
    report: &mut Report,
    at: Pointer,
    key: &str,
    got: &Value,
    reading: Reading<i64>,
    coercion: Coercion,
) {
    let whole = got.as_f64().filter(|f| f.fract() == 0.0 && f.abs() < 9.0e15 && got.is_number());
    let hint = match (whole, &reading, coercion) {
        (Some(f), _, _) => Msg::WithoutDecimalPoint { value: format!("{f:.0}") },
        (None, Reading::Coerced(n), Coercion::Strict) => {
            Msg::StrictRefusesJacksonReads { value: got.to_string(), read: n.to_string() }
        }
        (None, _, Coercion::Jackson) => {
            Msg::JacksonRefuses { key: key.to_owned(), want: JsonType::Integer }
        }
        (None, _, Coercion::Strict) => Msg::GiveWholeNumber { key: key.to_owned() },
    };
    // Exact: below 2^53 a whole double is the integer it prints as.
    let fix = whole.map(|f| {
        let text = Msg::WriteValue { value: format!("{f:.0}") };
        let fix = Fix::replace(&text, &at, Value::from(f as i64));
        (text, fix)
    });
    let message = Msg::NotAnInteger { key: key.to_owned(), got: JsonType::of(got) };
    report.say_fix(at, Code::ParamType, message, hint, fix);
}
