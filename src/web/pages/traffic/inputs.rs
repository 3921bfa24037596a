//! The Traffic page's inputs as plain values: what the form edits, how typed text becomes a
//! number in range, and the traffic document the simulator runs.

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

/// The page's inputs; serialised into the URL and localStorage. A member that is missing keeps
/// its default, so old links keep working.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Inputs {
    /// aws | ncp-rate | ncp-conditions | sticky-hash | sticky-cookie
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
    /// Share of requests sending `x-canary: on` (NCP condition mode), percent.
    pub header: f64,
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
    /// Ask for a guess before showing the result.
    pub guess: bool,
}

impl Default for Inputs {
    fn default() -> Self {
        Inputs {
            mode: "aws".into(),
            percent: 5.0,
            requests: 100_000,
            runs: 100,
            rps: 100.0,
            ttl: 0,
            keys: 100,
            throttle: 0,
            clients: 1_000,
            header: 5.0,
            err_stage: 1.0,
            err_canary: 2.0,
            alpha: 5.0,
            power: 80.0,
            seed: 1,
            guess: false,
        }
    }
}

/// The split modes: (mode, button label).
pub const MODES: [(&str, &str); 5] = [
    ("aws", "AWS: random per request"),
    ("ncp-rate", "NCP rate mode"),
    ("ncp-conditions", "NCP condition mode"),
    ("sticky-hash", "Sticky hash (split_clients)"),
    ("sticky-cookie", "Canary-only sticky cookie"),
];

/// The numeric inputs: (id, label, step). One template renders them all.
pub const FIELDS: [(&str, &str, &str); 13] = [
    ("header", "Requests sending x-canary: on (%)", "0.1"),
    ("requests", "Requests per run", "1"),
    ("runs", "Repeated runs", "1"),
    ("rps", "Requests per second", "any"),
    ("ttl", "Cache TTL (s, 0 = off)", "1"),
    ("keys", "Distinct cache keys", "1"),
    ("throttle", "Throttle (rps, 0 = off)", "1"),
    ("clients", "Clients", "1"),
    ("err-stage", "Stage error rate (%)", "0.1"),
    ("err-canary", "Canary error rate (%)", "0.1"),
    ("alpha", "Test level α (%, two-sided)", "0.1"),
    ("power", "Power (%)", "1"),
    ("seed", "Seed", "1"),
];

impl Inputs {
    /// The field with this id (`percent` or one of [`FIELDS`]) as the form shows it.
    pub fn get(&self, id: &str) -> String {
        match id {
            "percent" => self.percent.to_string(),
            "header" => self.header.to_string(),
            "requests" => self.requests.to_string(),
            "runs" => self.runs.to_string(),
            "rps" => self.rps.to_string(),
            "ttl" => self.ttl.to_string(),
            "keys" => self.keys.to_string(),
            "throttle" => self.throttle.to_string(),
            "clients" => self.clients.to_string(),
            "err-stage" => self.err_stage.to_string(),
            "err-canary" => self.err_canary.to_string(),
            "alpha" => self.alpha.to_string(),
            "power" => self.power.to_string(),
            _ => self.seed.to_string(),
        }
    }

    /// Sets a field from typed text; text that is not a number in range keeps the old value.
    pub fn set(&mut self, id: &str, text: &str) {
        let f = crate::doc::number(text).filter(|v| *v >= 0.0);
        let u = |max: u64, min: u64| f.map(|v| (v.round() as u64).clamp(min, max));
        match id {
            "percent" => self.percent = f.map_or(self.percent, |v| v.min(100.0)),
            "header" => self.header = f.map_or(self.header, |v| v.min(100.0)),
            "requests" => {
                self.requests = u(crate::traffic::config::MAX_REQUESTS, 1).unwrap_or(self.requests)
            }
            "runs" => self.runs = u(100_000, 1).unwrap_or(self.runs),
            "rps" => self.rps = f.filter(|v| *v > 0.0).unwrap_or(self.rps),
            "ttl" => self.ttl = u(3600, 0).unwrap_or(self.ttl),
            "keys" => self.keys = u(1_000_000, 1).unwrap_or(self.keys),
            "throttle" => self.throttle = u(1_000_000_000, 0).unwrap_or(self.throttle),
            "clients" => self.clients = u(1_000_000, 1).unwrap_or(self.clients),
            "err-stage" => self.err_stage = f.map_or(self.err_stage, |v| v.min(100.0)),
            "err-canary" => self.err_canary = f.map_or(self.err_canary, |v| v.min(100.0)),
            "alpha" => self.alpha = f.filter(|v| *v > 0.0 && *v < 100.0).unwrap_or(self.alpha),
            "power" => self.power = f.filter(|v| *v > 0.0 && *v < 100.0).unwrap_or(self.power),
            _ => self.seed = text.trim().parse().unwrap_or(self.seed),
        }
    }

    /// Whether the form shows the field: some only mean something in one mode.
    pub fn shows(&self, id: &str) -> bool {
        match id {
            "header" => self.mode == "ncp-conditions",
            "clients" => self.mode.starts_with("sticky"),
            _ => true,
        }
    }

    /// Inputs from their JSON text. A member that does not read (an old link, a hand-edited URL)
    /// keeps its default; the others still apply.
    pub fn read(text: &str) -> Option<Inputs> {
        let v = crate::doc::parse(text).ok()?;
        Inputs::deserialize(&v).ok().or_else(|| {
            let readable = v
                .as_object()?
                .iter()
                .filter(|(k, x)| Inputs::deserialize(&json!({ k.as_str(): x })).is_ok())
                .map(|(k, x)| (k.clone(), x.clone()))
                .collect();
            Inputs::deserialize(&Value::Object(readable)).ok()
        })
    }
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
        let on = i.header.clamp(0.0, 100.0);
        let values = json!([{"value": "on", "weight": on}, {"value": null, "weight": 100.0 - on}]);
        put(&mut workload, "headers", json!([{"name": "x-canary", "values": values}]));
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
            {"parameterCode": "REQUEST_HEADER", "parameterName": "x-canary", "parameterValue": "on"}
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
    use crate::traffic::config;

    #[test]
    fn every_mode_with_cache_and_throttle_makes_a_document_the_simulator_takes() {
        for (mode, _) in MODES {
            for (ttl, throttle) in [(0, 0), (300, 50)] {
                let i = Inputs { mode: mode.to_owned(), ttl, throttle, ..Inputs::default() };
                let doc = document(&i);
                assert!(config::parse(&doc).is_ok(), "{mode} ttl {ttl} throttle {throttle}: {doc}");
            }
        }
    }

    #[test]
    fn typed_text_out_of_range_or_not_a_number_keeps_the_old_value() {
        let mut i = Inputs::default();
        i.set("percent", "250");
        assert_eq!(i.percent, 100.0);
        i.set("percent", "ten");
        assert_eq!(i.percent, 100.0);
        i.set("requests", "0");
        assert_eq!(i.requests, 1);
        i.set("alpha", "100");
        assert_eq!(i.alpha, 5.0);
        i.set("seed", " 42 ");
        assert_eq!(i.get("seed"), "42");
        i.set("err-canary", "3.5");
        assert_eq!(i.get("err-canary"), "3.5");
    }

    #[test]
    fn fields_show_in_their_modes_only() {
        let sticky = Inputs { mode: "sticky-hash".into(), ..Inputs::default() };
        assert!(sticky.shows("clients") && !sticky.shows("header") && sticky.shows("seed"));
        let cond = Inputs { mode: "ncp-conditions".into(), ..Inputs::default() };
        assert!(cond.shows("header") && !cond.shows("clients"));
    }

    #[test]
    fn an_unreadable_member_keeps_its_default_and_the_others_apply() {
        let i = Inputs::read(r#"{"percent":"ten","seed":9,"requests":2000}"#).unwrap();
        assert_eq!((i.percent, i.seed, i.requests), (5.0, 9, 2000));
        assert_eq!(Inputs::read("not json"), None);
        let text = serde_json::to_string(&i).unwrap();
        assert_eq!(Inputs::read(&text), Some(i));
    }
}
