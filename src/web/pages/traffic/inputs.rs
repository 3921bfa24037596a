//! The Traffic page's inputs as plain values: the form as typed ([`Form`]: every field's text,
//! kept even when it is refused), the one check each field's text goes through (typed, from a
//! shared URL or from localStorage alike), the checked values ([`Inputs`]) and the traffic
//! document the simulator runs.

use std::collections::BTreeMap;

use serde_json::{Map, Value, json};

use crate::ncp::assume::{ConditionMatch, HeaderNames};
use crate::traffic::config::MAX_REQUESTS;
use crate::web::format;

/// What a field takes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Limit {
    /// A whole number from `min` to `max`.
    Whole {
        /// Smallest.
        min: u64,
        /// Largest.
        max: u64,
    },
    /// A number from `min` to `max`, both included.
    Closed {
        /// Smallest.
        min: f64,
        /// Largest.
        max: f64,
    },
    /// A number strictly between `min` and `max` (a rate or level of 0 or 100 % has no test).
    Open {
        /// Below every value.
        min: f64,
        /// Above every value.
        max: f64,
    },
    /// A number above `min`, at most `max` (an arrival rate of 0 never arrives).
    Above {
        /// Below every value.
        min: f64,
        /// Largest.
        max: f64,
    },
}

impl Limit {
    /// The number `text` stands for, if it is within this limit.
    pub fn check(self, text: &str) -> Option<f64> {
        let v = format::parse(text)?;
        let ok = match self {
            Limit::Whole { min, max } => v.fract() == 0.0 && v >= min as f64 && v <= max as f64,
            Limit::Closed { min, max } => (min..=max).contains(&v),
            Limit::Open { min, max } => v > min && v < max,
            Limit::Above { min, max } => v > min && v <= max,
        };
        ok.then_some(v)
    }
}

/// A field of the form: its id (the element's id and its name in URLs), what it takes and its
/// text when nothing set it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Field {
    /// The id.
    pub id: &'static str,
    /// What it takes.
    pub limit: Limit,
    /// The default text.
    pub default: &'static str,
}

const fn whole(id: &'static str, min: u64, max: u64, default: &'static str) -> Field {
    Field { id, limit: Limit::Whole { min, max }, default }
}

const fn percent(id: &'static str, default: &'static str) -> Field {
    Field { id, limit: Limit::Closed { min: 0.0, max: 100.0 }, default }
}

const fn open_percent(id: &'static str, default: &'static str) -> Field {
    Field { id, limit: Limit::Open { min: 0.0, max: 100.0 }, default }
}

/// The split modes, as URLs and the form name them.
pub const MODES: [&str; 5] = ["aws", "ncp-rate", "ncp-conditions", "sticky-hash", "sticky-cookie"];

/// Every field, in the form's order. The page opens on the student's question: 1,000 requests
/// at 5 %, 500 runs, a guess asked first.
pub const FIELDS: [Field; 19] = [
    percent("percent", "5"),
    percent("header", "5"),
    percent("query", "0"),
    whole("requests", 1, MAX_REQUESTS, "1,000"),
    whole("runs", 1, 100_000, "500"),
    Field { id: "rps", limit: Limit::Above { min: 0.0, max: 1e9 }, default: "100" },
    // API Gateway caches for at most an hour.
    whole("ttl", 0, 3600, "0"),
    whole("keys", 1, 1_000_000, "100"),
    whole("throttle", 0, 1_000_000_000, "0"),
    whole("clients", 1, 1_000_000, "1,000"),
    open_percent("err-stage", "1"),
    open_percent("err-canary", "2"),
    open_percent("alpha", "5"),
    open_percent("power", "80"),
    whole("seed", 0, u64::MAX, "1"),
    percent("band-lo", "0"),
    percent("band-hi", "3.5"),
    percent("guess-lo", ""),
    percent("guess-hi", ""),
];

/// The fields that make the run (the band and the guess only read its result).
pub const RUN_FIELDS: [&str; 15] = [
    "percent",
    "header",
    "query",
    "requests",
    "runs",
    "rps",
    "ttl",
    "keys",
    "throttle",
    "clients",
    "err-stage",
    "err-canary",
    "alpha",
    "power",
    "seed",
];

/// The field with this id.
pub fn field(id: &str) -> Option<&'static Field> {
    FIELDS.iter().find(|f| f.id == id)
}

/// Why a field's text is refused.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Problem {
    /// Not a number within the field's limit.
    Limit(Limit),
    /// An upper end below its lower end (the lower end's value).
    Order(f64),
}

/// The page as typed: the mode, every field's text, the NCP assumptions and the guess switch.
/// What URLs and localStorage keep, so a refused text is kept too.
#[derive(Clone, Debug, PartialEq)]
pub struct Form {
    /// One of [`MODES`].
    pub mode: String,
    /// Each field's text, by id; a field not here has its default text.
    pub texts: BTreeMap<String, String>,
    /// Ask for a guess before showing the result.
    pub guess: bool,
    /// NCP: how header names in conditions compare.
    pub header_names: HeaderNames,
    /// NCP: how several conditions combine.
    pub condition_match: ConditionMatch,
}

impl Default for Form {
    fn default() -> Self {
        Form {
            mode: "aws".into(),
            texts: BTreeMap::new(),
            guess: true,
            header_names: HeaderNames::default(),
            condition_match: ConditionMatch::default(),
        }
    }
}

/// The checked values a run is made from.
#[derive(Clone, Debug, PartialEq)]
pub struct Inputs {
    /// One of [`MODES`].
    pub mode: String,
    /// Canary share in percent.
    pub percent: f64,
    /// Requests per run.
    pub requests: u64,
    /// Repeated runs.
    pub runs: u64,
    /// Arrival rate.
    pub rps: f64,
    /// Cache TTL in seconds (0: no cache).
    pub ttl: u64,
    /// Distinct cache keys.
    pub keys: u64,
    /// Throttle in requests per second (0: none).
    pub throttle: u64,
    /// Distinct clients (sticky modes).
    pub clients: u64,
    /// Share of requests sending `X-Canary: on` (NCP condition mode), percent.
    pub header: f64,
    /// Share of requests with `?beta=1` (NCP condition mode), percent.
    pub query: f64,
    /// Stage and canary error rates, percent.
    pub err_stage: f64,
    /// See `err_stage`.
    pub err_canary: f64,
    /// Test level for the sample size (percent).
    pub alpha: f64,
    /// Test power for the sample size (percent).
    pub power: f64,
    /// The seed.
    pub seed: u64,
    /// NCP: how header names compare.
    pub header_names: HeaderNames,
    /// NCP: how conditions combine.
    pub condition_match: ConditionMatch,
}

impl Default for Inputs {
    fn default() -> Self {
        // The defaults' texts are within their limits (a test holds it).
        Form::default().inputs().unwrap_or_else(|_| Inputs {
            mode: "aws".into(),
            percent: 5.0,
            requests: 1000,
            runs: 500,
            rps: 100.0,
            ttl: 0,
            keys: 100,
            throttle: 0,
            clients: 1000,
            header: 5.0,
            query: 0.0,
            err_stage: 1.0,
            err_canary: 2.0,
            alpha: 5.0,
            power: 80.0,
            seed: 1,
            header_names: HeaderNames::default(),
            condition_match: ConditionMatch::default(),
        })
    }
}

impl Form {
    /// The field's text as the form shows it.
    pub fn text(&self, id: &str) -> &str {
        match self.texts.get(id) {
            Some(t) => t,
            None => field(id).map_or("", |f| f.default),
        }
    }

    /// Sets the field's text, as typed. The slider moves in steps and the text box beside it
    /// takes any value; they are one value, so either sets both.
    pub fn set(&mut self, id: &str, text: &str) {
        let id = if id == "percent-slider" { "percent" } else { id };
        self.texts.insert(id.to_owned(), text.to_owned());
    }

    /// Whether the form shows the field: some mean something in one mode only.
    pub fn shows(&self, id: &str) -> bool {
        match id {
            "header" | "query" => self.mode == "ncp-conditions",
            "percent" | "percent-slider" => self.mode != "ncp-conditions",
            "clients" => self.mode.starts_with("sticky"),
            _ => true,
        }
    }

    /// The field's value, or why its text is refused.
    pub fn value(&self, id: &str) -> Result<f64, Problem> {
        let Some(f) = field(id) else {
            return Err(Problem::Limit(Limit::Closed { min: 0.0, max: 0.0 }));
        };
        let v = f.limit.check(self.text(id)).ok_or(Problem::Limit(f.limit))?;
        // A range's upper end below its lower end counts nothing: said at the upper end.
        let lower = match id {
            "band-hi" => Some("band-lo"),
            "guess-hi" => Some("guess-lo"),
            _ => None,
        };
        match lower.and_then(|l| self.value(l).ok()) {
            Some(lo) if v < lo => Err(Problem::Order(lo)),
            _ => Ok(v),
        }
    }

    /// The shown run fields whose text is refused, in the form's order.
    pub fn problems(&self) -> Vec<(&'static str, Problem)> {
        RUN_FIELDS
            .iter()
            .filter(|id| self.shows(id))
            .filter_map(|id| self.value(id).err().map(|p| (*id, p)))
            .collect()
    }

    /// The values to run with, or the refused fields (nothing runs then). A hidden field's
    /// refused text is kept and counts as its default until it is shown again.
    pub fn inputs(&self) -> Result<Inputs, Vec<(&'static str, Problem)>> {
        let problems = self.problems();
        if !problems.is_empty() {
            return Err(problems);
        }
        let get = |id: &str| {
            self.value(id)
                .or_else(|_| field(id).and_then(|f| f.limit.check(f.default)).ok_or(()))
                .unwrap_or(0.0)
        };
        let u = |id: &str| get(id) as u64;
        let seed = self.text("seed").trim().replace(',', "").parse().unwrap_or(u("seed"));
        Ok(Inputs {
            mode: if MODES.contains(&self.mode.as_str()) {
                self.mode.clone()
            } else {
                "aws".into()
            },
            percent: get("percent"),
            requests: u("requests"),
            runs: u("runs"),
            rps: get("rps"),
            ttl: u("ttl"),
            keys: u("keys"),
            throttle: u("throttle"),
            clients: u("clients"),
            header: get("header"),
            query: get("query"),
            err_stage: get("err-stage"),
            err_canary: get("err-canary"),
            alpha: get("alpha"),
            power: get("power"),
            seed,
            header_names: self.header_names,
            condition_match: self.condition_match,
        })
    }

    /// The band of shares the histogram counts, in percent, or `None` while either end is refused.
    pub fn band(&self) -> Option<(f64, f64)> {
        Some((self.value("band-lo").ok()?, self.value("band-hi").ok()?))
    }

    /// The guessed range in percent, when both ends are numbers in order.
    pub fn guessed(&self) -> Option<(f64, f64)> {
        Some((self.value("guess-lo").ok()?, self.value("guess-hi").ok()?))
    }

    /// The form as members (what URLs and localStorage keep): the mode, the guess switch, the
    /// assumptions that differ from NCP's defaults and every text that differs from its
    /// default. The guess itself stays in the page.
    pub fn members(&self) -> Vec<(String, String)> {
        let mut out = vec![
            ("mode".to_owned(), self.mode.clone()),
            ("guess".to_owned(), if self.guess { "on" } else { "off" }.to_owned()),
        ];
        if self.header_names != HeaderNames::default() {
            out.push(("headerNames".into(), name(&self.header_names)));
        }
        if self.condition_match != ConditionMatch::default() {
            out.push(("conditionMatch".into(), name(&self.condition_match)));
        }
        for f in FIELDS.iter().filter(|f| !f.id.starts_with("guess")) {
            let t = self.text(f.id);
            if t != f.default {
                out.push((f.id.to_owned(), t.to_owned()));
            }
        }
        out
    }

    /// The form from members as [`Form::members`] writes them, or as older links wrote them
    /// (`err_stage`, numbers and booleans as JSON values). Every text goes through the same
    /// check as typed text when it is used; unknown members are ignored. A link that does not
    /// ask for a guess shows its result: it was made to show something.
    pub fn from_members<'a>(members: impl IntoIterator<Item = (&'a str, String)>) -> Form {
        let mut form = Form { guess: false, ..Form::default() };
        for (key, text) in members {
            let id = key.replace('_', "-");
            match id.as_str() {
                "mode" => form.mode = text,
                "guess" => form.guess = matches!(text.as_str(), "on" | "true" | "1"),
                "headerNames" => {
                    form.header_names = serde_json::from_value(json!(text)).unwrap_or_default();
                }
                "conditionMatch" => {
                    form.condition_match = serde_json::from_value(json!(text)).unwrap_or_default();
                }
                _ if field(&id).is_some() && !id.starts_with("guess") => form.set(&id, &text),
                _ => {}
            }
        }
        form
    }

    /// The form from a JSON object (localStorage, and the `in=` links older pages and the Learn
    /// page make); `None` when the text is not a JSON object.
    pub fn from_json(text: &str) -> Option<Form> {
        let v = crate::doc::parse(text).ok()?;
        let members = v.as_object()?.iter().map(|(k, v)| {
            let text = match v {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            (k.as_str(), text)
        });
        Some(Form::from_members(members))
    }

    /// The form as a JSON object of texts (what localStorage keeps).
    pub fn to_json(&self) -> String {
        let m: Map<String, Value> =
            self.members().into_iter().map(|(k, v)| (k, Value::String(v))).collect();
        Value::Object(m).to_string()
    }
}

/// A serde enum's name as it is written (`case-insensitive`).
fn name<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
}

/// The traffic document for these inputs.
pub fn document(i: &Inputs) -> Value {
    let ncp = i.mode.starts_with("ncp");
    let sticky = i.mode.starts_with("sticky");
    let stage = if ncp { ncp_stage(i) } else { aws_stage(i) };
    let mut workload =
        json!({"requests": i.requests, "ratePerSecond": i.rps, "cacheKeys": i.keys.max(1)});
    if sticky {
        put(&mut workload, "clients", json!(i.clients.max(1)));
    }
    if i.mode == "ncp-conditions" {
        // Clients write the header name as most HTTP libraries do; the condition names it in
        // lower case, so the header-name assumption decides whether they meet.
        let weights = |p: f64, value: &str| {
            let on = p.clamp(0.0, 100.0);
            json!([{"value": value, "weight": on}, {"value": null, "weight": 100.0 - on}])
        };
        put(
            &mut workload,
            "headers",
            json!([{"name": "X-Canary", "values": weights(i.header, "on")}]),
        );
        put(&mut workload, "query", json!([{"name": "beta", "values": weights(i.query, "1")}]));
    }
    let mut doc = json!({
        "provider": if ncp { "ncp" } else { "aws" },
        "stage": stage,
        "workload": workload,
        "runs": i.runs,
        "seed": i.seed,
        "sampleRequests": 200,
        "pathPoints": 60,
        "errorRates": {"stage": i.err_stage / 100.0, "canary": i.err_canary / 100.0},
        "alpha": i.alpha / 100.0,
        "power": i.power / 100.0,
    });
    if ncp {
        put(
            &mut doc,
            "assumptions",
            json!({"headerNames": name(&i.header_names), "conditionMatch": name(&i.condition_match)}),
        );
    }
    if sticky {
        put(&mut doc, "split", json!(i.mode));
    }
    doc
}

/// An NCP stage with a canary, in rate or condition mode.
fn ncp_stage(i: &Inputs) -> Value {
    let mut stage = json!({
        "stageId": "s1", "deployedStageDeploymentNo": 7, "canaryDeploymentNo": 8,
        "useDistributionRate": i.mode != "ncp-conditions",
        "canaryDistributionRate": i.percent,
        "canaryConditions": [
            {"parameterCode": "REQUEST_HEADER", "parameterName": "x-canary", "parameterValue": "on"},
            {"parameterCode": "REQUEST_QUERY", "parameterName": "beta", "parameterValue": "1"}
        ],
    });
    if i.ttl > 0 {
        put(&mut stage, "cacheTtlSec", json!(i.ttl));
        put(&mut stage, "canaryCacheTtlSec", json!(i.ttl));
    }
    if i.throttle > 0 {
        put(&mut stage, "throttleRps", json!(i.throttle));
        put(&mut stage, "canaryThrottleRps", json!(i.throttle));
    }
    stage
}

/// An AWS stage with its canary, as GetStage returns it.
fn aws_stage(i: &Inputs) -> Value {
    let cache = i.ttl > 0;
    let mut method = json!({"cachingEnabled": cache, "cacheTtlInSeconds": i.ttl});
    if i.throttle > 0 {
        put(&mut method, "throttlingRateLimit", json!(i.throttle));
        put(&mut method, "throttlingBurstLimit", json!(i.throttle));
    }
    json!({
        "deploymentId": "dep001", "stageName": "prod", "cacheClusterEnabled": cache,
        "variables": {"backend": "prod.internal", "flag": "off"},
        "methodSettings": {"*/*": method},
        "canarySettings": {
            "deploymentId": "dep002", "percentTraffic": i.percent, "useStageCache": true,
            "stageVariableOverrides": {"flag": "on"},
        },
    })
}

/// Sets `v[key]` when `v` is an object.
fn put(v: &mut Value, key: &str, value: Value) {
    if let Some(m) = v.as_object_mut() {
        m.insert(key.to_owned(), value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::traffic::{config, engine::Simulation};

    fn share(i: &Inputs) -> f64 {
        let mut sim = Simulation::new(config::parse(&document(i)).unwrap());
        sim.finish();
        sim.summary()["share"]["observed"].as_f64().unwrap()
    }

    #[test]
    fn the_page_opens_on_the_students_question() {
        let form = Form::default();
        assert!(form.guess);
        let i = form.inputs().unwrap();
        assert_eq!((i.percent, i.requests, i.runs), (5.0, 1000, 500));
        assert_eq!(Inputs::default(), i);
        assert_eq!(form.band(), Some((0.0, 3.5)));
        assert_eq!(form.guessed(), None);
    }

    #[test]
    fn every_mode_with_cache_and_throttle_makes_a_document_the_simulator_takes() {
        for mode in MODES {
            for (ttl, throttle) in [(0, 0), (300, 50)] {
                let i = Inputs { mode: mode.to_owned(), ttl, throttle, ..Inputs::default() };
                let doc = document(&i);
                assert!(config::parse(&doc).is_ok(), "{mode} ttl {ttl} throttle {throttle}: {doc}");
            }
        }
    }

    #[test]
    fn refused_text_is_kept_and_says_its_limit() {
        let mut f = Form::default();
        f.set("percent", "250");
        assert_eq!(f.text("percent"), "250");
        let limit = Limit::Closed { min: 0.0, max: 100.0 };
        assert_eq!(f.value("percent"), Err(Problem::Limit(limit)));
        f.set("requests", "0");
        f.set("alpha", "100");
        f.set("runs", "2.5");
        let refused: Vec<&str> = f.inputs().unwrap_err().iter().map(|(id, _)| *id).collect();
        assert_eq!(refused, ["percent", "requests", "runs", "alpha"]);
        f.set("percent", "12.5");
        f.set("requests", "100,000");
        f.set("alpha", "1");
        f.set("runs", "1e3");
        let i = f.inputs().unwrap();
        assert_eq!((i.percent, i.requests, i.alpha, i.runs), (12.5, 100_000, 1.0, 1000));
        f.set("seed", " 18446744073709551615 ");
        assert_eq!(f.inputs().unwrap().seed, u64::MAX);
    }

    #[test]
    fn a_hidden_fields_refused_text_does_not_stop_a_run() {
        let mut f = Form::default();
        f.set("clients", "0");
        assert!(f.inputs().is_ok());
        f.mode = "sticky-hash".into();
        assert_eq!(f.problems().len(), 1);
    }

    #[test]
    fn ranges_need_their_ends_in_order() {
        let mut f = Form::default();
        f.set("band-lo", "6");
        assert_eq!(f.value("band-hi"), Err(Problem::Order(6.0)));
        assert_eq!(f.band(), None);
        f.set("guess-lo", "3");
        f.set("guess-hi", "7");
        assert_eq!(f.guessed(), Some((3.0, 7.0)));
        assert!(f.inputs().is_ok(), "the band does not stop a run");
    }

    #[test]
    fn urls_go_through_the_same_checks() {
        let f = Form::from_members([("percent", "1e308".to_owned()), ("requests", "1e16".into())]);
        let refused: Vec<&str> = f.inputs().unwrap_err().iter().map(|(id, _)| *id).collect();
        assert_eq!(refused, ["percent", "requests"]);
        assert_eq!(f.text("percent"), "1e308");
        // Older links: JSON values, snake_case names; a link that asks for no guess shows its run.
        let old = Form::from_json(r#"{"percent":"ten","seed":9,"requests":2000,"err_stage":0.5}"#)
            .unwrap();
        assert!(!old.guess);
        assert_eq!(old.text("percent"), "ten");
        assert_eq!((old.text("seed"), old.text("err-stage")), ("9", "0.5"));
        assert_eq!(Form::from_json("not json"), None);
        let mut f = Form { mode: "ncp-conditions".into(), ..Form::default() };
        f.set("header", "12");
        f.header_names = HeaderNames::Exact;
        let back = Form::from_json(&f.to_json()).unwrap();
        assert_eq!(back, f);
        let members = f.members();
        assert!(members.contains(&("headerNames".into(), "exact".into())), "{members:?}");
        assert!(!members.iter().any(|(k, _)| k == "requests"), "defaults are left out");
    }

    #[test]
    fn ncp_assumptions_change_what_the_conditions_send() {
        let base = Inputs {
            mode: "ncp-conditions".into(),
            header: 10.0,
            query: 50.0,
            requests: 20_000,
            runs: 2,
            ..Inputs::default()
        };
        let any = share(&base);
        assert!((any - 0.55).abs() < 0.02, "any: {any}");
        let all = share(&Inputs { condition_match: ConditionMatch::All, ..base.clone() });
        assert!((all - 0.05).abs() < 0.01, "all: {all}");
        let exact = share(&Inputs { header_names: HeaderNames::Exact, ..base });
        assert!((exact - 0.5).abs() < 0.02, "exact names: {exact}");
    }
}
