//! The Monte Carlo engine: one detailed run (every request's side, time, cache and throttle
//! outcome), then repeated count-only runs for the histogram. Work proceeds in chunks
//! ([`Simulation::advance`]) so a caller can show progress and cancel between chunks.
//!
//! Routing draws, per request and in this order: the client (sticky splits), 64 bits for the
//! share (share routing), one value per request parameter (condition routing), then, in the
//! detailed run only, the cache key. Count-only runs use the same routing code, so both kinds of
//! run have the same distribution.

use serde_json::json;
use serde_json::{Map, Value};

use super::config::{Config, Routing, Side, Split};
use rand::RngExt;
use rand::distr::Bernoulli;
use rand::distr::weighted::WeightedIndex;

use super::rng::{self, Rng};
use super::stats;
use crate::ncp::assume::{ConditionMatch, HeaderNames};

/// Where a simulation stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    /// Requests simulated so far, over all runs.
    pub done: u64,
    /// Requests in all runs.
    pub total: u64,
}

/// Routing tables built once per simulation.
#[derive(Clone, Debug)]
struct Router {
    split: Split,
    /// Share routing's draw; `None` sends nothing to the canary.
    share: Option<Bernoulli>,
    /// Condition routing: per request parameter, its values' weights and the condition bitmask
    /// each value satisfies (`None`: no value has weight, the first is taken).
    params: Vec<(Option<WeightedIndex<f64>>, Vec<u64>)>,
    all_bits: u64,
    combine: ConditionMatch,
    conditional: bool,
    /// Sticky-hash: which clients hash into the canary bucket.
    hashed: Vec<bool>,
    clients: u64,
    /// Per-request share routing: repeated runs sample their count exactly instead of looping.
    binomial: Option<stats::Binomial>,
}

impl Router {
    fn new(cfg: &Config) -> Self {
        let w = &cfg.workload;
        let (share, conditional) = match &cfg.routing {
            Routing::Share(p) if cfg.canary.is_some() => (*p, false),
            Routing::Share(_) => (0.0, false),
            Routing::Conditions { .. } => (0.0, true),
        };
        let (params, all_bits, combine) = match &cfg.routing {
            Routing::Conditions { conditions, combine, header_names } => {
                let tables = w
                    .params
                    .iter()
                    .map(|p| {
                        let weights = WeightedIndex::new(p.values.iter().map(|(_, wt)| *wt)).ok();
                        let masks = p
                            .values
                            .iter()
                            .map(|(v, _)| {
                                conditions.iter().enumerate().fold(
                                    0u64,
                                    |m, (i, (code, name, want))| {
                                        let name_ok = *code == p.code
                                            && match (code, header_names) {
                                                (
                                                    crate::ncp::model::ParameterCode::RequestHeader,
                                                    HeaderNames::CaseInsensitive,
                                                ) => name.eq_ignore_ascii_case(&p.name),
                                                _ => *name == p.name,
                                            };
                                        if name_ok && v.as_deref() == Some(want.as_str()) {
                                            m | (1 << i)
                                        } else {
                                            m
                                        }
                                    },
                                )
                            })
                            .collect();
                        (weights, masks)
                    })
                    .collect();
                let n = conditions.len().min(64);
                let all = if n == 64 { u64::MAX } else { (1u64 << n) - 1 };
                (tables, all, *combine)
            }
            Routing::Share(_) => (Vec::new(), 0, ConditionMatch::Any),
        };
        let hashed = if cfg.split == Split::StickyHash {
            let bound = split_clients_bound(share);
            (0..w.clients).map(|c| murmur2(c.to_string().as_bytes()) < bound).collect()
        } else {
            Vec::new()
        };
        Router {
            split: cfg.split,
            share: rng::chance(share),
            params,
            all_bits,
            combine,
            conditional,
            hashed,
            clients: w.clients.max(1),
            binomial: (cfg.split == Split::Service && !conditional)
                .then(|| stats::Binomial::new(w.requests, share)),
        }
    }

    /// Picks each parameter's value; returns the condition bitmask and writes the value indexes.
    #[inline(always)]
    fn draw_params(&self, rng: &mut Rng, picked: &mut [usize]) -> u64 {
        let mut mask = 0;
        for (slot, (weights, masks)) in picked.iter_mut().zip(&self.params) {
            let idx = weights.as_ref().map_or(0, |w| rng.sample(w));
            *slot = idx;
            mask |= masks.get(idx).copied().unwrap_or(0);
        }
        mask
    }

    /// Whether a request whose parameters satisfied the conditions in `mask` goes to the canary.
    fn matches(&self, mask: u64) -> bool {
        match self.combine {
            ConditionMatch::Any => mask != 0,
            ConditionMatch::All => self.all_bits != 0 && mask == self.all_bits,
        }
    }

    /// One share draw: does this request go to the canary?
    #[inline(always)]
    fn hit(&self, rng: &mut Rng) -> bool {
        self.share.is_some_and(|b| rng.sample(b))
    }

    /// Routes one request: `(canary?, client)`.
    #[inline(always)]
    fn route(&self, rng: &mut Rng, pins: &mut [bool], picked: &mut [usize]) -> (bool, u64) {
        match self.split {
            Split::Service if self.conditional => {
                let mask = self.draw_params(rng, picked);
                (self.matches(mask), 0)
            }
            Split::Service => (self.hit(rng), 0),
            Split::StickyHash => {
                let c = rng.random_range(0..self.clients);
                (self.hashed.get(c as usize).copied().unwrap_or(false), c)
            }
            Split::StickyCookie => {
                let c = rng.random_range(0..self.clients);
                let draw = self.hit(rng);
                let pinned = match pins.get_mut(c as usize) {
                    Some(p) => {
                        *p |= draw;
                        *p
                    }
                    None => draw,
                };
                (pinned, c)
            }
        }
    }

    /// Canary requests in one count-only run of `n` requests.
    fn count_run(&self, rng: &mut Rng, n: u64, pins: &mut [bool], picked: &mut [usize]) -> u64 {
        if self.split == Split::Service && !self.conditional {
            // The hot loop: one draw, one comparison per request.
            let Some(share) = self.share else { return 0 };
            let mut canary = 0u64;
            for _ in 0..n {
                canary += u64::from(rng.sample(share));
            }
            return canary;
        }
        let mut canary = 0u64;
        for _ in 0..n {
            canary += u64::from(self.route(rng, pins, picked).0);
        }
        canary
    }
}

/// Canary requests in `n` requests of one count-only run (stream `run` of the config's seed),
/// request by request: routing only, no time, cache or throttle. The hot loop the benchmarks
/// measure. (Simulations sample per-request share runs exactly instead; see [`stats::Binomial`].)
pub fn count_only(cfg: &Config, run: u64, n: u64) -> u64 {
    let router = Router::new(cfg);
    let (mut pins, mut picked) = scratch(cfg);
    router.count_run(&mut rng::for_run(cfg.seed, run), n, &mut pins, &mut picked)
}

/// Per-run scratch space: the sticky cookie's pins (one per client) and the picked value of
/// each request parameter.
fn scratch(cfg: &Config) -> (Vec<bool>, Vec<usize>) {
    let clients = if cfg.split == Split::StickyCookie { cfg.workload.clients as usize } else { 0 };
    (vec![false; clients], vec![0; cfg.workload.params.len()])
}

/// NGINX `split_clients` bound for a canary share: percentages with two decimals, each 0.01 %
/// worth `0xffffffff / 10000` of the 32-bit hash space (`ngx_http_split_clients_module.c`).
fn split_clients_bound(share: f64) -> u32 {
    let hundredths = (share * 10_000.0).round().clamp(0.0, 10_000.0) as u32;
    if hundredths >= 10_000 { u32::MAX } else { hundredths * (u32::MAX / 10_000) }
}

/// MurmurHash2 (32-bit) as NGINX's `ngx_murmur_hash2`: seed = length.
pub fn murmur2(data: &[u8]) -> u32 {
    const M: u32 = 0x5bd1_e995;
    let mut h = data.len() as u32;
    let mut chunks = data.chunks_exact(4);
    for c in &mut chunks {
        let mut k = u32::from_le_bytes(c.try_into().unwrap_or([0; 4]));
        k = k.wrapping_mul(M);
        k ^= k >> 24;
        k = k.wrapping_mul(M);
        h = h.wrapping_mul(M) ^ k;
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        for (i, b) in rest.iter().enumerate().rev() {
            h ^= u32::from(*b) << (8 * i);
        }
        h = h.wrapping_mul(M);
    }
    h ^= h >> 13;
    h = h.wrapping_mul(M);
    h ^ (h >> 15)
}

/// Arrival times: each phase spaces its requests evenly.
#[derive(Clone, Debug)]
struct Arrivals {
    phases: Vec<(f64, Option<f64>)>,
    phase: usize,
    start_t: f64,
    start_i: u64,
}

impl Arrivals {
    fn new(cfg: &Config) -> Self {
        let phases = cfg.workload.phases.iter().map(|p| (p.per_second, p.seconds)).collect();
        Arrivals { phases, phase: 0, start_t: 0.0, start_i: 0 }
    }

    /// The arrival time of request `i` (requests come in order).
    #[inline(always)]
    fn time(&mut self, i: u64) -> f64 {
        loop {
            let Some(&(rate, secs)) = self.phases.get(self.phase) else { return self.start_t };
            let t = self.start_t + (i - self.start_i) as f64 / rate;
            match secs {
                Some(d) if t >= self.start_t + d && self.phase + 1 < self.phases.len() => {
                    // Requests that fit in this phase: ceil(d * rate).
                    let fit = (d * rate).ceil() as u64;
                    self.start_i += fit;
                    self.start_t += d;
                    self.phase += 1;
                }
                _ => return t,
            }
        }
    }
}

#[derive(Clone, Copy, Debug, Default)]
struct Tally {
    requests: u64,
    hits: u64,
    misses: u64,
    throttled: u64,
}

/// The detailed run's state.
#[derive(Clone, Debug)]
struct Detail {
    rng: Rng,
    i: u64,
    canary: u64,
    tally: [Tally; 2],
    tokens: [f64; 2],
    last: [f64; 2],
    expiry: Vec<f64>,
    arrivals: Arrivals,
    checkpoints: Vec<u64>,
    next_checkpoint: usize,
    path: Vec<Value>,
    sample: Vec<Value>,
    last_time: f64,
}

/// A simulation in progress.
#[derive(Clone, Debug)]
pub struct Simulation {
    cfg: Config,
    router: Router,
    detail: Detail,
    /// Canary counts per run; the detailed run is first.
    counts: Vec<u64>,
    run: u64,
    /// The count-only run in progress: its stream, requests done, canary requests.
    current: Option<(Rng, u64, u64)>,
    /// Clients the detailed run pinned to the canary (sticky cookie).
    detail_pinned: usize,
    pins: Vec<bool>,
    picked: Vec<usize>,
}

impl Simulation {
    /// Prepares the runs of `cfg` (no request is simulated yet).
    pub fn new(cfg: Config) -> Self {
        let router = Router::new(&cfg);
        let n = cfg.workload.requests;
        let cached =
            cfg.stage.cache.is_some() || cfg.canary.as_ref().is_some_and(|c| c.cache.is_some());
        let keys = cfg.workload.cache_keys as usize;
        let tokens = [bucket_of(&cfg, 0), bucket_of(&cfg, 1)].map(|b| b.map_or(0.0, |t| t.burst));
        let detail = Detail {
            rng: rng::seeded(cfg.seed),
            i: 0,
            canary: 0,
            tally: [Tally::default(); 2],
            tokens,
            last: [0.0; 2],
            expiry: if cached { vec![f64::NEG_INFINITY; keys * 2] } else { Vec::new() },
            arrivals: Arrivals::new(&cfg),
            checkpoints: checkpoints(n, cfg.path_points),
            next_checkpoint: 0,
            path: Vec::new(),
            sample: Vec::new(),
            last_time: 0.0,
        };
        let (pins, picked) = scratch(&cfg);
        Simulation {
            cfg,
            router,
            detail,
            counts: Vec::new(),
            run: 0,
            current: None,
            detail_pinned: 0,
            pins,
            picked,
        }
    }

    /// The canary count of each finished run (the detailed run first).
    pub fn counts(&self) -> &[u64] {
        &self.counts
    }

    /// The checked configuration.
    pub fn config(&self) -> &Config {
        &self.cfg
    }

    /// Requests done and to do.
    pub fn progress(&self) -> Progress {
        let n = self.cfg.workload.requests;
        let done = if self.counts.is_empty() {
            self.detail.i
        } else {
            (self.counts.len() as u64).saturating_mul(n) + self.current.as_ref().map_or(0, |c| c.1)
        };
        Progress { done, total: n.saturating_mul(self.cfg.runs) }
    }

    /// True when every run is done.
    pub fn is_done(&self) -> bool {
        self.counts.len() as u64 >= self.cfg.runs
    }

    /// Simulates up to `budget` more requests and returns the progress.
    pub fn advance(&mut self, budget: u64) -> Progress {
        let n = self.cfg.workload.requests;
        let mut left = budget.max(1);
        while left > 0 && !self.is_done() {
            if self.counts.is_empty() {
                let step = left.min(n - self.detail.i);
                self.detail_steps(step);
                left -= step;
                if self.detail.i >= n {
                    self.counts.push(self.detail.canary);
                    self.run = 1;
                    self.detail_pinned = self.pins.iter().filter(|p| **p).count();
                }
                continue;
            }
            if let (Some(b), None) = (self.router.binomial, &self.current) {
                // A whole repeated run in one exact draw: its count is Binomial(n, p).
                let mut rng = rng::for_run(self.cfg.seed, self.run);
                let u: f64 = rng.random();
                self.counts.push(b.sample(u));
                self.run += 1;
                left = left.saturating_sub(n);
                continue;
            }
            let (mut rng, done, canary) = match self.current.take() {
                Some(c) => c,
                None => {
                    self.pins.iter_mut().for_each(|p| *p = false);
                    (rng::for_run(self.cfg.seed, self.run), 0, 0)
                }
            };
            let step = left.min(n - done);
            let canary =
                canary + self.router.count_run(&mut rng, step, &mut self.pins, &mut self.picked);
            left -= step;
            if done + step >= n {
                self.counts.push(canary);
                self.run += 1;
            } else {
                self.current = Some((rng, done + step, canary));
            }
        }
        self.progress()
    }

    /// Runs everything that is left.
    pub fn finish(&mut self) {
        while !self.is_done() {
            self.advance(1 << 24);
        }
    }

    fn detail_steps(&mut self, steps: u64) {
        let d = &mut self.detail;
        let sides: [Option<&Side>; 2] = [Some(&self.cfg.stage), self.cfg.canary.as_ref()];
        let [caches_s, caches_c] = sides.map(|s| s.and_then(|s| s.cache));
        let [throttle_s, throttle_c] = sides.map(|s| s.and_then(|s| s.throttle));
        let keys = self.cfg.workload.cache_keys;
        let any_cache = !d.expiry.is_empty();
        let sample_n = self.cfg.sample_requests as u64;
        let end = d.i + steps;
        while d.i < end {
            let i = d.i;
            let t = d.arrivals.time(i);
            d.last_time = t;
            let (to_canary, client) =
                self.router.route(&mut d.rng, &mut self.pins, &mut self.picked);
            d.canary += u64::from(to_canary);
            let key = if any_cache { d.rng.random_range(0..keys.max(1)) } else { 0 };
            let [tally_s, tally_c] = &mut d.tally;
            let (tally, throttle, cache_cfg) = if to_canary {
                (tally_c, throttle_c, caches_c)
            } else {
                (tally_s, throttle_s, caches_s)
            };
            tally.requests += 1;
            // Throttling comes first: a throttled request never reaches the cache.
            let mut throttled = false;
            if let Some(th) = throttle {
                let b = usize::from(th.bucket);
                if let (Some(tokens), Some(last)) = (d.tokens.get_mut(b), d.last.get_mut(b)) {
                    *tokens = (*tokens + (t - *last) * th.rate).min(th.burst);
                    *last = t;
                    if *tokens >= 1.0 {
                        *tokens -= 1.0;
                    } else {
                        throttled = true;
                        tally.throttled += 1;
                    }
                }
            }
            let mut cache = "none";
            if let (false, Some(c)) = (throttled, cache_cfg) {
                let slot = usize::from(c.namespace) * keys as usize + key as usize;
                if let Some(e) = d.expiry.get_mut(slot) {
                    if t < *e {
                        tally.hits += 1;
                        cache = "hit";
                    } else {
                        tally.misses += 1;
                        *e = t + c.ttl_seconds;
                        cache = "miss";
                    }
                }
            }
            if i < sample_n {
                d.sample.push(sample_entry(
                    &self.cfg,
                    i,
                    t,
                    to_canary,
                    client,
                    key,
                    any_cache,
                    cache,
                    throttled,
                    &self.picked,
                ));
            }
            d.i += 1;
            if d.checkpoints.get(d.next_checkpoint) == Some(&d.i) {
                let [lo, hi] = stats::wilson(d.canary, d.i, 0.05);
                d.path.push(json!({"requests": d.i, "observed": d.canary as f64 / d.i as f64, "ci95": [lo, hi]}));
                d.next_checkpoint += 1;
            }
        }
    }

    /// The summary (call when [`Simulation::is_done`]; before that it describes what is done).
    pub fn summary(&self) -> Value {
        let cfg = &self.cfg;
        let n = self.detail.i;
        let canary = self.detail.canary;
        let configured = match cfg.routing {
            Routing::Share(p) => Some(if cfg.canary.is_some() { p } else { 0.0 }),
            Routing::Conditions { .. } => None,
        };
        let expected = self.expected_share();
        let wilson = stats::wilson(canary, n, 0.05);
        let exact = stats::clopper_pearson(canary, n, 0.05);
        let observed = if n == 0 { 0.0 } else { canary as f64 / n as f64 };
        let mut out = Map::new();
        out.insert("provider".into(), json!(cfg.provider));
        out.insert("split".into(), json!(cfg.split.name()));
        out.insert("seed".into(), json!(cfg.seed));
        out.insert("requests".into(), json!(n));
        out.insert("seconds".into(), json!(self.detail.last_time));
        out.insert("counts".into(), json!({"stage": n - canary, "canary": canary}));
        out.insert(
            "share".into(),
            json!({"configured": configured, "expected": expected, "observed": observed,
                   "ci95": wilson, "exact95": exact}),
        );
        out.insert(
            "sides".into(),
            json!({
                "stage": self.side_json(0, Some(&cfg.stage)),
                "canary": self.side_json(1, cfg.canary.as_ref()),
            }),
        );
        out.insert("path".into(), Value::Array(self.detail.path.clone()));
        out.insert("runs".into(), self.runs_json(expected));
        if cfg.split != Split::Service {
            out.insert("clients".into(), self.clients_json(configured.unwrap_or(0.0)));
        }
        out.insert("sampleSize".into(), self.sample_size_json(expected.or(configured)));
        out.insert("sample".into(), Value::Array(self.detail.sample.clone()));
        out.insert("notes".into(), json!(cfg.notes));
        Value::Object(out)
    }

    /// The share the split should produce on average: the setting for per-request splits, the
    /// matching probability in condition mode (exact, by enumerating the population), the NGINX
    /// bucket share of the client population for sticky-hash, and the closed form
    /// `1 - (1-p)·C·(1-q^n)/(p·n)`, `q = 1 - p/C`, for the sticky cookie.
    fn expected_share(&self) -> Option<f64> {
        let cfg = &self.cfg;
        cfg.canary.as_ref()?;
        let n = cfg.workload.requests as f64;
        match (&cfg.routing, cfg.split) {
            (Routing::Share(p), Split::Service) => Some(*p),
            (Routing::Share(_), Split::StickyHash) => {
                let inside = self.router.hashed.iter().filter(|b| **b).count();
                Some(inside as f64 / self.router.hashed.len().max(1) as f64)
            }
            (Routing::Share(p), Split::StickyCookie) => {
                let c = cfg.workload.clients.max(1) as f64;
                if *p <= 0.0 {
                    return Some(0.0);
                }
                if *p >= 1.0 {
                    return Some(1.0);
                }
                let q = 1.0 - p / c;
                Some(1.0 - (1.0 - p) * c * (1.0 - libm::pow(q, n)) / (p * n))
            }
            (Routing::Conditions { .. }, _) => self.match_probability(),
        }
    }

    /// P(a request matches), enumerating every combination of parameter values (up to 100,000).
    fn match_probability(&self) -> Option<f64> {
        let params = &self.cfg.workload.params;
        let combos: f64 = params.iter().map(|p| p.values.len().max(1) as f64).product();
        if combos > 100_000.0 {
            return None;
        }
        // Each value's probability, once: weights normalised per parameter.
        let probs: Vec<Vec<f64>> = params
            .iter()
            .map(|p| {
                let sum: f64 = p.values.iter().map(|(_, w)| w).sum();
                p.values.iter().map(|(_, w)| w / sum).collect()
            })
            .collect();
        let mut total = 0.0;
        let mut idx = vec![0usize; params.len()];
        loop {
            let mut prob = 1.0;
            let mut mask = 0u64;
            for (k, &i) in idx.iter().enumerate() {
                prob *= probs.get(k).and_then(|p| p.get(i)).copied().unwrap_or(0.0);
                mask |= self.router.params.get(k).and_then(|(_, m)| m.get(i)).copied().unwrap_or(0);
            }
            if self.router.matches(mask) {
                total += prob;
            }
            // Next combination (odometer).
            let mut k = 0;
            loop {
                let Some(slot) = idx.get_mut(k) else { return Some(total) };
                *slot += 1;
                if *slot < probs.get(k).map_or(1, Vec::len) {
                    break;
                }
                *slot = 0;
                k += 1;
            }
        }
    }

    fn side_json(&self, side: usize, s: Option<&Side>) -> Value {
        let Some(s) = s else { return Value::Null };
        let t = self.detail.tally.get(side).copied().unwrap_or_default();
        let lookups = t.hits + t.misses;
        json!({
            "deployment": s.deployment,
            "variables": s.variables,
            "requests": t.requests,
            "cache": s.cache.map(|c| json!({
                "ttlSeconds": c.ttl_seconds, "hits": t.hits, "misses": t.misses,
                "hitRatio": if lookups == 0 { 0.0 } else { t.hits as f64 / lookups as f64 },
                "sharedWithStage": side == 1 && c.namespace == 0,
            })),
            "throttle": s.throttle.map(|th| json!({
                "ratePerSecond": th.rate, "burst": th.burst, "throttled": t.throttled,
                "sharedWithStage": side == 1 && th.bucket == 0,
            })),
        })
    }

    fn runs_json(&self, expected: Option<f64>) -> Value {
        let n = self.cfg.workload.requests;
        let r = self.counts.len();
        if r == 0 {
            return Value::Null;
        }
        let shares: Vec<f64> = self.counts.iter().map(|c| *c as f64 / n as f64).collect();
        let mean = shares.iter().sum::<f64>() / r as f64;
        let var =
            shares.iter().map(|s| (s - mean) * (s - mean)).sum::<f64>() / (r.max(2) - 1) as f64;
        let covered = expected.map(|p| {
            self.counts
                .iter()
                .filter(|c| {
                    let [lo, hi] = stats::wilson(**c, n, 0.05);
                    lo <= p && p <= hi
                })
                .count() as f64
                / r as f64
        });
        json!({
            "count": r,
            "mean": mean,
            "sd": var.sqrt(),
            "ci95Coverage": covered,
            "histogram": histogram(&self.counts, n, expected),
        })
    }

    fn clients_json(&self, p: f64) -> Value {
        let c = self.cfg.workload.clients;
        match self.cfg.split {
            Split::StickyHash => {
                let inside = self.router.hashed.iter().filter(|b| **b).count();
                json!({"count": c, "inCanaryBucket": inside})
            }
            _ => {
                let pinned = if self.counts.is_empty() {
                    self.pins.iter().filter(|b| **b).count()
                } else {
                    self.detail_pinned
                };
                let n = self.cfg.workload.requests as f64;
                let expected = 1.0 - libm::pow(1.0 - p / c.max(1) as f64, n);
                let k = n / c.max(1) as f64;
                json!({"count": c, "pinnedToCanary": pinned, "pinnedFraction": pinned as f64 / c.max(1) as f64,
                       "expectedPinnedFraction": expected, "requestsPerClient": k,
                       "ratchet": format!("a client with k requests is pinned with probability 1-(1-p)^k: {:.3} at k = {k:.0}", 1.0 - libm::pow(1.0 - p, k))})
            }
        }
    }

    fn sample_size_json(&self, share: Option<f64>) -> Value {
        let cfg = &self.cfg;
        let (Some((ps, pc)), Some(w)) = (cfg.error_rates, share) else { return Value::Null };
        let Some(s) = stats::sample_size(ps, pc, w, cfg.alpha, cfg.power) else {
            return json!({"errorRates": {"stage": ps, "canary": pc}, "alpha": cfg.alpha, "power": cfg.power,
                          "canaryRequests": null, "reason": "needs a canary share strictly between 0 and 1 and two different error rates"});
        };
        let mut arrivals = Arrivals::new(cfg);
        let seconds = arrivals.time(s.total as u64);
        json!({
            "errorRates": {"stage": ps, "canary": pc}, "alpha": cfg.alpha, "power": cfg.power, "share": w,
            "canaryRequests": s.canary, "stageRequests": s.stage, "totalRequests": s.total, "seconds": seconds,
        })
    }
}

fn bucket_of(cfg: &Config, bucket: u8) -> Option<super::config::Throttle> {
    [Some(&cfg.stage), cfg.canary.as_ref()]
        .into_iter()
        .flatten()
        .filter_map(|s| s.throttle)
        .find(|t| t.bucket == bucket)
}

#[allow(clippy::too_many_arguments)]
fn sample_entry(
    cfg: &Config,
    i: u64,
    t: f64,
    canary: bool,
    client: u64,
    key: u64,
    cached: bool,
    cache: &str,
    throttled: bool,
    picked: &[usize],
) -> Value {
    let side = if canary { cfg.canary.as_ref().unwrap_or(&cfg.stage) } else { &cfg.stage };
    let mut e = Map::new();
    e.insert("n".into(), json!(i + 1));
    e.insert("t".into(), json!(t));
    e.insert("side".into(), json!(if canary { "canary" } else { "stage" }));
    e.insert("deployment".into(), json!(side.deployment));
    if cfg.split != Split::Service {
        e.insert("client".into(), json!(client));
    }
    if !cfg.workload.params.is_empty() && matches!(cfg.routing, Routing::Conditions { .. }) {
        let params: Map<String, Value> = cfg
            .workload
            .params
            .iter()
            .zip(picked)
            .map(|(p, i)| (p.name.clone(), json!(p.values.get(*i).and_then(|(v, _)| v.clone()))))
            .collect();
        e.insert("params".into(), Value::Object(params));
    }
    if cached {
        e.insert("cacheKey".into(), json!(key));
    }
    e.insert("cache".into(), json!(cache));
    e.insert("throttled".into(), json!(throttled));
    Value::Object(e)
}

/// Geometric checkpoints from 10 requests (or 1) to `n`.
fn checkpoints(n: u64, points: usize) -> Vec<u64> {
    let start = 10.0_f64.min(n as f64);
    let ratio = (n as f64 / start).max(1.0);
    let mut out: Vec<u64> = (0..points)
        .map(|j| (start * libm::pow(ratio, j as f64 / (points.max(2) - 1) as f64)).round() as u64)
        .map(|c| c.clamp(1, n))
        .collect();
    out.dedup();
    out
}

/// Up to 40 bins over the observed counts and the binomial's ±4σ, each with the runs in it and
/// the runs the exact Binomial(n, expected) puts there (CDF differences via the incomplete beta).
fn histogram(counts: &[u64], n: u64, expected: Option<f64>) -> Value {
    let (Some(&min), Some(&max)) = (counts.iter().min(), counts.iter().max()) else {
        return Value::Null;
    };
    let (mut lo, mut hi) = (min, max);
    if let Some(p) = expected {
        let mean = n as f64 * p;
        let sd = (n as f64 * p * (1.0 - p)).sqrt();
        lo = lo.min((mean - 4.0 * sd).floor().max(0.0) as u64);
        hi = hi.max(((mean + 4.0 * sd).ceil() as u64).min(n));
    }
    let width = (hi - lo + 1).div_ceil(40).max(1);
    let bins = (hi - lo) / width + 1;
    let mut runs = vec![0u64; bins as usize];
    for c in counts {
        if let Some(slot) = runs.get_mut(((c - lo) / width) as usize) {
            *slot += 1;
        }
    }
    let r = counts.len() as f64;
    let cdf = |k: i64, p: f64| -> f64 {
        if k < 0 {
            0.0
        } else if k as u64 >= n {
            1.0
        } else {
            // P(X <= k) = I_{1-p}(n - k, k + 1).
            stats::beta_inc(1.0 - p, (n - k as u64) as f64, k as f64 + 1.0)
        }
    };
    let bins: Vec<Value> = runs
        .iter()
        .enumerate()
        .map(|(b, count)| {
            let from = lo + b as u64 * width;
            let to = (from + width - 1).min(n);
            let exp = expected.map(|p| r * (cdf(to as i64, p) - cdf(from as i64 - 1, p)));
            json!({"from": from, "to": to, "fromShare": from as f64 / n as f64,
                   "toShare": to as f64 / n as f64, "runs": count, "expected": exp})
        })
        .collect();
    json!({"binWidth": width, "bins": bins, "overlay": expected.map(|p| format!("Binomial(n = {n}, p = {})", p))})
}
