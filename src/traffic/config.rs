//! A traffic document: the stage as a simulated gateway holds it, the workload, and what to
//! report. Parsed and checked in one pass like a request; every problem is a diagnostic.
//!
//! ```json
//! {"provider": "aws", "stage": <AWS stage with canarySettings>,
//!  "method": "/pets/GET",
//!  "split": "service",
//!  "workload": {"requests": 100000, "ratePerSecond": 200, "clients": 1000, "cacheKeys": 50,
//!               "headers": [{"name": "x-canary", "values": [{"value": "on", "weight": 1},
//!                                                           {"value": null, "weight": 19}]}],
//!               "query": []},
//!  "runs": 200, "pathPoints": 60, "sampleRequests": 40, "detailRequests": 1000000,
//!  "errorRates": {"stage": 0.01, "canary": 0.02}, "alpha": 0.05, "power": 0.8, "seed": 1}
//! ```
//!
//! An NCP document has `"provider": "ncp"`, an NCP stage (with its canary fields) and optionally
//! `"assumptions"` (see `docs/ncp-unknowns.md`).

use crate::api::Provider;
use crate::code::Code;
use serde_json::Value;

use crate::i18n::{Lang, Msg};

use crate::aws::model::{MethodSetting, Stage as AwsStage};
use crate::check::Obj;
use crate::ncp::assume::{Assumptions, ConditionMatch, HeaderNames};
use crate::ncp::model::{ParameterCode, Stage as NcpStage};
use crate::pointer::Pointer;
use crate::report::Report;
use crate::scenario::member;

/// How requests are assigned to a side.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Split {
    /// What the service does: AWS and NCP rate mode draw per request; NCP condition mode matches
    /// headers and query parameters.
    Service,
    /// NGINX `split_clients`: a MurmurHash2 of the client id picks a bucket; a client always
    /// lands on the same side.
    StickyHash,
    /// A canary-only sticky cookie: each request draws; a client that once reached the canary is
    /// pinned there (Flagger's session affinity); the canary side is absorbing.
    StickyCookie,
}

impl Split {
    /// The name in documents.
    pub fn name(self) -> &'static str {
        match self {
            Split::Service => "service",
            Split::StickyHash => "sticky-hash",
            Split::StickyCookie => "sticky-cookie",
        }
    }

    /// The split named `name` in a document.
    pub fn from_name(name: &str) -> Option<Split> {
        [Split::Service, Split::StickyHash, Split::StickyCookie]
            .into_iter()
            .find(|s| s.name() == name)
    }
}

/// One phase of the arrival rate.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Phase {
    /// Requests per second, evenly spaced.
    pub per_second: f64,
    /// How long the phase lasts; the last phase lasts until the requests run out.
    pub seconds: Option<f64>,
}

/// A header or query parameter in the request population: values (`None` = not sent) with
/// relative weights.
#[derive(Clone, Debug, PartialEq)]
pub struct Param {
    /// Where it is sent.
    pub code: ParameterCode,
    /// Its name as clients send it.
    pub name: String,
    /// Values and weights (weights > 0, any scale).
    pub values: Vec<(Option<String>, f64)>,
}

/// The workload.
#[derive(Clone, Debug, PartialEq)]
pub struct Workload {
    /// Requests in one run.
    pub requests: u64,
    /// The arrival rate over time.
    pub phases: Vec<Phase>,
    /// Distinct client ids, drawn uniformly per request.
    pub clients: u64,
    /// Distinct cache keys, drawn uniformly per request.
    pub cache_keys: u64,
    /// Headers and query parameters, drawn independently per request.
    pub params: Vec<Param>,
}

/// Cache on one side.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Cache {
    /// Entry lifetime.
    pub ttl_seconds: f64,
    /// Sides with the same namespace share entries (AWS: same deployment and `useStageCache`).
    pub namespace: u8,
}

/// A token bucket.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Throttle {
    /// Tokens per second.
    pub rate: f64,
    /// Bucket size.
    pub burst: f64,
    /// Buckets with the same id are shared by both sides (AWS: one stage, one method).
    pub bucket: u8,
}

/// What one side serves and how.
#[derive(Clone, Debug, PartialEq)]
pub struct Side {
    /// The deployment (AWS id, NCP deployment number).
    pub deployment: String,
    /// The stage variables its requests resolve.
    pub variables: std::collections::BTreeMap<String, String>,
    /// Its cache, if requests are cached.
    pub cache: Option<Cache>,
    /// Its throttle, if any.
    pub throttle: Option<Throttle>,
}

/// How the canary is chosen.
#[derive(Clone, Debug, PartialEq)]
pub enum Routing {
    /// A share of requests (fraction of 1, as the service stores it).
    Share(f64),
    /// NCP condition mode: condition `(code, name, value)` list, combined per the assumptions.
    Conditions {
        /// The conditions.
        conditions: Vec<(ParameterCode, String, String)>,
        /// Any or all.
        combine: ConditionMatch,
        /// Header-name comparison.
        header_names: HeaderNames,
    },
}

/// A checked traffic document.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    /// The gateway.
    pub provider: Provider,
    /// How requests are assigned.
    pub split: Split,
    /// The canary rule.
    pub routing: Routing,
    /// Stage side and canary side.
    pub stage: Side,
    /// The canary side (`None`: the stage has no canary; everything goes to the stage).
    pub canary: Option<Side>,
    /// The workload.
    pub workload: Workload,
    /// Repeated runs for the histogram (the first is the detailed run).
    pub runs: u64,
    /// Points on the share-over-requests path.
    pub path_points: usize,
    /// How many of the first requests to describe one by one.
    pub sample_requests: usize,
    /// The first requests simulated one by one (the sample, cache, throttle, sticky clients,
    /// condition matching); beyond them, counts are drawn from their exact distribution.
    pub detail_requests: u64,
    /// Error rates `(stage, canary)` for the sample-size panel.
    pub error_rates: Option<(f64, f64)>,
    /// Test level.
    pub alpha: f64,
    /// Test power.
    pub power: f64,
    /// The seed.
    pub seed: u64,
    /// Facts worth showing next to the result (e.g. float32 rounding of NCP's rate).
    pub notes: Vec<String>,
    /// `notes` as catalogue entries, in the same order, for [`localize_summary`].
    pub said_notes: Vec<Msg>,
}

/// Limits that keep a run's memory bounded (a client or cache key costs 8 bytes).
pub const MAX_CLIENTS: u64 = 10_000_000;
/// See [`MAX_CLIENTS`].
pub const MAX_CACHE_KEYS: u64 = 10_000_000;
/// Most repeated runs.
pub const MAX_RUNS: u64 = 1_000_000;
/// Most requests in a run: counts stay exact integers in a double (2^53 is about 9·10^15), and
/// JSON readers that hold numbers as doubles read them back exactly.
pub const MAX_REQUESTS: u64 = 1_000_000_000_000_000;
/// Most requests simulated one by one per run (`detailRequests`).
pub const MAX_DETAIL_REQUESTS: u64 = 1_000_000_000;
/// `detailRequests` when the document does not say: a million requests take a few milliseconds
/// and put cache hit ratios and throttled shares within about 0.1 % of where they settle.
pub const DEFAULT_DETAIL_REQUESTS: u64 = 1_000_000;
/// Most work a simulation may take, in the engine's units (one request simulated one by one;
/// an exact draw counts as several): about half a minute natively.
pub const MAX_WORK: u64 = 4_000_000_000;
/// Most conditions in condition mode (a bitmask per request).
pub const MAX_CONDITIONS: usize = 64;

const MEMBERS: [&str; 15] = [
    "provider",
    "stage",
    "method",
    "assumptions",
    "split",
    "workload",
    "runs",
    "pathPoints",
    "sampleRequests",
    "detailRequests",
    "errorRates",
    "alpha",
    "power",
    "seed",
    "comment",
];

/// Parses and checks a traffic document.
pub fn parse(doc: &Value) -> Result<Config, Report> {
    let mut report = Report::new();
    let Some(obj) = Obj::new(doc, Pointer::root(), "a traffic document", &mut report) else {
        return Err(report);
    };
    obj.only(&MEMBERS, &mut report);
    let provider = obj.string("provider", true, &mut report);
    let split = match obj.string("split", false, &mut report) {
        None => Some(Split::Service),
        Some(name) if Split::from_name(name).is_some() => Split::from_name(name),
        Some(other) => {
            report.say(
                obj.path("split"),
                Code::TrafficSplit,
                Msg::UnknownSplit { name: other.to_owned() },
                Msg::UseSplit,
            );
            None
        }
    };
    let workload = workload(&obj, &mut report);
    let runs = count(&obj, "runs", 1, MAX_RUNS, &mut report).unwrap_or(200);
    let path_points = count(&obj, "pathPoints", 2, 10_000, &mut report).unwrap_or(60) as usize;
    let sample_requests =
        count(&obj, "sampleRequests", 0, 10_000, &mut report).unwrap_or(40) as usize;
    let detail_requests = count(&obj, "detailRequests", 0, MAX_DETAIL_REQUESTS, &mut report)
        .unwrap_or(DEFAULT_DETAIL_REQUESTS);
    let error_rates = error_rates(&obj, &mut report);
    let alpha = fraction(&obj, "alpha", &mut report).unwrap_or(0.05);
    let power = fraction(&obj, "power", &mut report).unwrap_or(0.8);
    let seed = count(&obj, "seed", 0, u64::MAX, &mut report).unwrap_or(0);
    let mut said_notes = Vec::new();
    let provider = provider.map(|p| (p, Provider::from_name(p)));
    let sides = match provider {
        Some((_, Some(Provider::Aws))) => aws_sides(&obj, &mut report),
        Some((_, Some(Provider::Ncp))) => ncp_sides(&obj, &mut said_notes, &mut report),
        Some((other, None)) => {
            report.say(
                obj.path("provider"),
                Code::TrafficProvider,
                Msg::UnknownProvider { name: other.to_owned() },
                Msg::UseAwsOrNcp,
            );
            None
        }
        None => None,
    };
    if let (Some(Split::StickyHash | Split::StickyCookie), Some((Routing::Conditions { .. }, ..))) =
        (split, &sides)
    {
        report.say(
            obj.path("split"),
            Code::TrafficSplit,
            Msg::StickyNeedsShare,
            Msg::UseServiceSplit,
        );
    }
    if !report.is_valid() {
        return Err(report);
    }
    let (Some((_, Some(provider))), Some(split), Some(workload), Some((routing, stage, canary))) =
        (provider, split, workload, sides)
    else {
        return Err(report);
    };
    if split != Split::Service && workload.clients == 0 {
        report.say(
            obj.path("workload").join("clients"),
            Code::TrafficClients,
            Msg::StickyNeedsClients,
            Msg::GiveClients,
        );
        return Err(report);
    }
    let cfg = Config {
        provider,
        split,
        routing,
        stage,
        canary,
        workload,
        runs,
        path_points,
        sample_requests,
        detail_requests,
        error_rates,
        alpha,
        power,
        seed,
        notes: said_notes.iter().map(Msg::to_string).collect(),
        said_notes,
    };
    let work = super::engine::work(&cfg);
    if work.total > MAX_WORK {
        // Blame the input that makes the work: the runs, or requests simulated one by one.
        let (at, hint) = if work.per_request_runs {
            (obj.path("workload").join("requests"), Msg::LowerRequestsOrRuns)
        } else {
            (obj.path("runs"), Msg::LowerRuns)
        };
        let message = Msg::TooMuchWork { work: group(work.total), max: group(MAX_WORK) };
        report.say(at, Code::TrafficRange, message, hint);
        return Err(report);
    }
    Ok(cfg)
}

/// `n` with a comma every three digits: 1,000,000.
pub fn group(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn count(obj: &Obj<'_>, key: &str, min: u64, max: u64, report: &mut Report) -> Option<u64> {
    let v = obj.get(key)?;
    match v.as_u64() {
        Some(n) if (min..=max).contains(&n) => Some(n),
        _ => {
            let message = Msg::WholeRange {
                key: key.to_owned(),
                min: min.to_string(),
                max: max.to_string(),
                got: v.to_string(),
            };
            report.say(
                obj.path(key),
                Code::TrafficRange,
                message,
                Msg::IntegerInRange { key: key.to_owned() },
            );
            None
        }
    }
}

fn fraction(obj: &Obj<'_>, key: &str, report: &mut Report) -> Option<f64> {
    let n = obj.number(key, false, report)?;
    if n > 0.0 && n < 1.0 {
        Some(n)
    } else {
        report.say(
            obj.path(key),
            Code::TrafficRange,
            Msg::FractionRange { key: key.to_owned(), got: n.to_string() },
            Msg::WriteFraction,
        );
        None
    }
}

fn error_rates(obj: &Obj<'_>, report: &mut Report) -> Option<(f64, f64)> {
    let e = obj.object("errorRates", report)?;
    e.only(&["stage", "canary"], report);
    let (s, c) = (fraction(&e, "stage", report), fraction(&e, "canary", report));
    for key in ["stage", "canary"] {
        if e.get(key).is_none() {
            e.require(key, report);
        }
    }
    Some((s?, c?))
}

fn workload(obj: &Obj<'_>, report: &mut Report) -> Option<Workload> {
    let Some(w) = obj.object("workload", report) else {
        obj.require("workload", report);
        return None;
    };
    w.only(
        &["requests", "ratePerSecond", "phases", "clients", "cacheKeys", "headers", "query"],
        report,
    );
    let requests = count(&w, "requests", 1, MAX_REQUESTS, report);
    if w.get("requests").is_none() {
        w.require("requests", report);
    }
    let clients = count(&w, "clients", 0, MAX_CLIENTS, report).unwrap_or(0);
    let cache_keys = count(&w, "cacheKeys", 1, MAX_CACHE_KEYS, report).unwrap_or(1);
    let mut phases = Vec::new();
    if let Some(r) = w.number("ratePerSecond", false, report) {
        if positive(r, &w, "ratePerSecond", report) {
            phases.push(Phase { per_second: r, seconds: None });
        }
    }
    if let Some(items) = w.array("phases", false, report) {
        if !phases.is_empty() {
            report.say(
                w.path("phases"),
                Code::TrafficPhases,
                Msg::RateOrPhases,
                Msg::PhasesExample,
            );
        }
        for (i, item) in items.iter().enumerate() {
            let Some(p) = Obj::new(item, w.path("phases").join(i), "a phase", report) else {
                continue;
            };
            p.only(&["perSecond", "seconds"], report);
            let rate = p.number("perSecond", true, report);
            let secs = p.number("seconds", i + 1 < items.len(), report);
            let ok = rate.is_some_and(|r| positive(r, &p, "perSecond", report))
                & secs.is_none_or(|s| positive(s, &p, "seconds", report));
            if let (true, Some(per_second)) = (ok, rate) {
                phases.push(Phase { per_second, seconds: secs });
            }
        }
    }
    if phases.is_empty() {
        phases.push(Phase { per_second: 100.0, seconds: None });
    }
    let mut params = Vec::new();
    for (key, code) in
        [("headers", ParameterCode::RequestHeader), ("query", ParameterCode::RequestQuery)]
    {
        for (i, item) in w.array(key, false, report).unwrap_or_default().iter().enumerate() {
            if let Some(p) = param(item, w.path(key).join(i), code, report) {
                params.push(p);
            }
        }
    }
    Some(Workload { requests: requests?, phases, clients, cache_keys, params })
}

fn positive(n: f64, obj: &Obj<'_>, key: &str, report: &mut Report) -> bool {
    let ok = n > 0.0 && n.is_finite();
    if !ok {
        report.say(
            obj.path(key),
            Code::TrafficRange,
            Msg::NotPositive { key: key.to_owned(), got: n.to_string() },
            Msg::GivePositive,
        );
    }
    ok
}

fn param(item: &Value, at: Pointer, code: ParameterCode, report: &mut Report) -> Option<Param> {
    let p = Obj::new(item, at, "a request parameter", report)?;
    p.only(&["name", "values"], report);
    let name = p.string("name", true, report);
    let values = p.array("values", true, report).unwrap_or_default();
    let mut out = Vec::with_capacity(values.len());
    for (i, v) in values.iter().enumerate() {
        let Some(o) = Obj::new(v, p.path("values").join(i), "a value", report) else { continue };
        o.only(&["value", "weight"], report);
        let value = o.string("value", false, report).map(str::to_owned);
        let weight = o.number("weight", false, report).unwrap_or(1.0);
        if !(weight >= 0.0 && weight.is_finite()) {
            report.say(
                o.path("weight"),
                Code::TrafficRange,
                Msg::WeightNegative,
                Msg::RelativeFrequency,
            );
        }
        out.push((value, weight));
    }
    if out.iter().map(|(_, w)| w).sum::<f64>() <= 0.0 {
        report.say(
            p.path("values"),
            Code::TrafficValues,
            Msg::NoPositiveWeight,
            Msg::ValuesExample,
        );
    }
    Some(Param { code, name: name?.to_owned(), values: out })
}

type Sides = (Routing, Side, Option<Side>);

/// The method-settings entry that applies: `resource/METHOD` if present, else `*/*`.
fn method_setting<'s>(stage: &'s AwsStage, method: &str) -> Option<&'s MethodSetting> {
    stage.method_settings.get(method).or_else(|| stage.method_settings.get("*/*"))
}

/// AWS (`docs/aws-behaviour.md`, "The traffic split"): per-request share `percentTraffic`;
/// canary requests see the stage variables with the overrides merged over them; the canary uses
/// the stage cache only with `useStageCache` and caching on, sharing entries only when both
/// sides serve the same deployment; throttling is the stage's method throttle, one bucket for both sides (account
/// defaults 10,000 rps / burst 5,000 when no method setting says otherwise).
fn aws_sides(obj: &Obj<'_>, report: &mut Report) -> Option<Sides> {
    let method =
        obj.string("method", false, report).unwrap_or("*/*").trim_start_matches('/').to_owned();
    let stage: AwsStage =
        member(obj, "stage", true, Code::TrafficStage, Msg::StageAsGetStage, report)?;
    let setting = method_setting(&stage, &method);
    let defaults = MethodSetting::default();
    let ms = setting.unwrap_or(&defaults);
    let cache_on = stage.cache_cluster_enabled && ms.caching_enabled && ms.cache_ttl_in_seconds > 0;
    let ttl = ms.cache_ttl_in_seconds as f64;
    let throttle = Some(Throttle {
        rate: ms.throttling_rate_limit.max(0.0),
        burst: ms.throttling_burst_limit.max(0) as f64,
        bucket: 0,
    });
    let stage_side = Side {
        deployment: stage.deployment_id.clone(),
        variables: stage.variables.clone(),
        cache: cache_on.then_some(Cache { ttl_seconds: ttl, namespace: 0 }),
        throttle,
    };
    let Some(c) = stage.canary_settings.as_ref() else {
        return Some((Routing::Share(0.0), stage_side, None));
    };
    let mut variables = stage.variables.clone();
    variables.extend(c.stage_variable_overrides.iter().map(|(k, v)| (k.clone(), v.clone())));
    let namespace = u8::from(c.deployment_id != stage.deployment_id);
    let canary = Side {
        deployment: c.deployment_id.clone(),
        variables,
        cache: (cache_on && c.use_stage_cache).then_some(Cache { ttl_seconds: ttl, namespace }),
        throttle,
    };
    Some((Routing::Share(c.percent_traffic / 100.0), stage_side, Some(canary)))
}

/// NCP: rate mode draws per request at the float32 rate; condition mode matches headers and
/// query parameters. Stage cache `cacheTtlSec` and throttle `throttleRps` on the stage side,
/// `canaryCacheTtlSec` and `canaryThrottleRps` on the canary side, each its own (canarylab's
/// reading: the canary is configured separately). A bucket holds one second of tokens. NCP has
/// no stage variables.
fn ncp_sides(obj: &Obj<'_>, notes: &mut Vec<Msg>, report: &mut Report) -> Option<Sides> {
    let assumptions: Assumptions =
        member(obj, "assumptions", false, Code::TrafficAssumptions, Msg::SeeNcpUnknowns, report)
            .unwrap_or_default();
    // Read as NCP reads JSON types under the `coercion` assumption; what was read other than as
    // written is a note.
    let at = obj.path("stage");
    let v = obj.require("stage", report)?;
    let (stage, coerced) =
        NcpStage::read_reported(v, &at, assumptions.coercion, Code::TrafficStage, report)?;
    notes.extend(coerced.diagnostics().iter().map(|d| {
        let note = d.said.as_ref().map_or_else(
            || Msg::Unreadable { error: d.message.clone() },
            |said| said.message.clone(),
        );
        Msg::AtPath { path: d.path.as_str().to_owned(), note: Box::new(note) }
    }));
    let bucket = |rps: Option<i32>, id: u8| {
        rps.filter(|r| *r > 0).map(|r| Throttle {
            rate: f64::from(r),
            burst: f64::from(r),
            bucket: id,
        })
    };
    let cache = |ttl: Option<i32>, ns: u8| {
        ttl.filter(|t| *t > 0).map(|t| Cache { ttl_seconds: f64::from(t), namespace: ns })
    };
    let deployment = |n: Option<i64>| n.map_or_else(|| "(none)".to_owned(), |n| n.to_string());
    let stage_side = Side {
        deployment: deployment(stage.info.deployed_stage_deployment_no),
        variables: std::collections::BTreeMap::new(),
        cache: cache(stage.info.cache_ttl_sec, 0),
        throttle: bucket(stage.info.throttle_rps, 0),
    };
    let Some(c) = stage.canary.as_ref() else {
        return Some((Routing::Share(0.0), stage_side, None));
    };
    let canary = Side {
        deployment: deployment(Some(c.canary_deployment_no)),
        variables: std::collections::BTreeMap::new(),
        cache: cache(c.canary_cache_ttl_sec, 1),
        throttle: bucket(c.canary_throttle_rps, 1),
    };
    let routing = if c.use_distribution_rate {
        let stored = crate::ncp::model::float32_decimal(c.canary_distribution_rate);
        notes.push(Msg::Float32Rate { stored: stored.to_string() });
        Routing::Share(stored / 100.0)
    } else {
        if c.canary_conditions.len() > MAX_CONDITIONS {
            report.say(
                obj.path("stage").join("canaryConditions"),
                Code::TrafficConditions,
                Msg::TooManyConditions { max: MAX_CONDITIONS },
                Msg::MergeConditions,
            );
        }
        Routing::Conditions {
            conditions: c
                .canary_conditions
                .iter()
                .map(|k| (k.parameter_code, k.parameter_name.clone(), k.parameter_value.clone()))
                .collect(),
            combine: assumptions.condition_match,
            header_names: assumptions.header_names,
        }
    };
    Some((routing, stage_side, Some(canary)))
}

/// A summary (`engine::Simulation::summary` of `cfg`) with its words in `lang`: the `notes` and
/// `detail.statement`, written from the catalogue; English leaves the summary as the engine wrote
/// it. The statement is rewritten from the summary's own `detail` (`requests`, `perRequest`,
/// `law`) and `requests`, the figures the engine wrote it from.
pub fn localize_summary(summary: &mut Value, cfg: &Config, lang: Lang) {
    if lang == Lang::En {
        return;
    }
    let statement = detail_statement(summary).map(|m| m.render(lang));
    let Some(out) = summary.as_object_mut() else { return };
    let mut notes: Vec<Value> =
        cfg.said_notes.iter().map(|m| Value::String(m.render(lang))).collect();
    if let Some(text) = statement {
        // The engine adds its statement to the notes when some requests were drawn, not simulated.
        let drawn = out.get("notes").and_then(Value::as_array).map_or(0, Vec::len) > notes.len();
        if drawn {
            notes.push(Value::String(text.clone()));
        }
        if let Some(detail) = out.get_mut("detail").and_then(Value::as_object_mut) {
            detail.insert("statement".to_owned(), Value::String(text));
        }
    }
    out.insert("notes".to_owned(), Value::Array(notes));
}

/// What the requests simulated one by one describe, read from a summary's `detail`.
pub fn detail_statement(summary: &Value) -> Option<Msg> {
    let all = summary.get("requests")?.as_u64()?;
    let detail = summary.get("detail")?;
    let prefix = detail.get("requests")?.as_u64()?;
    if prefix >= all {
        return Some(Msg::DetailAll { requests: group(all) });
    }
    let parts = detail.get("perRequest")?.as_array()?;
    let has = |part: &str| parts.iter().any(|p| p.as_str() == Some(part));
    Some(Msg::DetailDrawn {
        prefix: group(prefix),
        requests: group(all),
        cache: has("cache"),
        throttle: has("throttle"),
        pinned: detail.get("law").and_then(Value::as_str) == Some("pinned-clients"),
    })
}
