//! The Monte Carlo engine: one detailed run, then repeated runs for the histogram. Work proceeds
//! in chunks ([`Simulation::advance`]) so a caller can show progress and cancel between chunks.
//!
//! The detailed run simulates its first `detailRequests` requests one by one: arrival time,
//! side, cache, throttle, sticky clients, condition matching, the sample. Beyond them, and in
//! every repeated run, the counts are drawn from their exact distribution ([`Law`]). Where each
//! request goes to the canary independently with a fixed probability p, the canary requests among
//! m are Binomial(m, p), so each checkpoint of the share path costs one draw and a repeated run
//! one draw. Under the sticky cookie the number of pinned clients is all the split remembers, so
//! a run is a chain of pin events: a geometric wait, then a binomial draw among the waiting
//! requests (the pinned clients' go to the canary). A summary costs time in proportion to the
//! checkpoints and the runs (for the cookie, the clients it pins), not to the requests. Cache and
//! throttle depend on each request's time and key: they come from the detailed requests only, and
//! the summary says so (`detail`). `docs/traffic-model.md`, "Exact counts at any scale".
//!
//! Per-request draws, in this order: the client (sticky splits), 64 bits for the share (share
//! routing), one value per request parameter (condition routing), then, in the detailed run only,
//! the cache key. Each run's stream goes on, after its routing, to the error counts per side
//! (Binomial(side's requests, error rate)).

use std::collections::BTreeMap;

use serde_json::json;
use serde_json::{Map, Value};

use super::config::{Config, Routing, Side, Split, Throttle, group};
use rand::RngExt;
use rand::distr::Bernoulli;
use rand::distr::weighted::WeightedIndex;

use super::rng::{self, Rng};
use super::stats;
use crate::ncp::assume::{ConditionMatch, HeaderNames};

/// Where a simulation stands, in units of work: one request simulated one by one is a unit, an
/// exact draw [`DRAW`] units. `done` reaches `total` when every run is done.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    /// Work done so far, over all runs.
    pub done: u64,
    /// All the work (an estimate while a sticky cookie's chains run: they end at random).
    pub total: u64,
}

/// The work of one exact draw (binomial or geometric), in requests simulated one by one: about
/// what a draw costs next to a detailed request.
pub const DRAW: u64 = 16;

/// What a run's canary count follows, and so how it is drawn.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Law {
    /// Each request goes to the canary independently with this probability: AWS and NCP rate mode,
    /// NCP condition mode (values drawn independently per request), sticky hash (clients drawn
    /// uniformly; the canary bucket's share of them). Counts are binomial.
    Independent(f64),
    /// The canary-only sticky cookie: a request goes to the canary when its client is pinned, or
    /// when it draws the canary (probability `p`), which pins its client.
    Ratchet {
        /// The configured share.
        p: f64,
        /// Distinct clients.
        clients: u64,
    },
    /// No exact shortcut (condition mode whose match probability is out of reach): every run
    /// goes request by request.
    PerRequest,
}

/// Condition routing's tables: per request parameter, its values' weights and the condition
/// bitmask each value satisfies (`None`: no value has weight, the first is taken).
type Tables = Vec<(Option<WeightedIndex<f64>>, Vec<u64>)>;

/// Routing tables built once per simulation.
#[derive(Clone, Debug)]
struct Router {
    split: Split,
    /// Share routing's draw; `None` sends nothing to the canary.
    share: Option<Bernoulli>,
    params: Tables,
    all_bits: u64,
    combine: ConditionMatch,
    conditional: bool,
    /// Sticky-hash: which clients hash into the canary bucket (built in chunks by
    /// [`Router::hash_clients`] before the first request).
    hashed: Vec<bool>,
    /// Sticky-hash: NGINX's bound on the hash for the canary bucket.
    bound: u32,
    clients: u64,
    /// What each run's counts follow.
    law: Law,
}

/// The share a simulation's routing draws (0 without a canary) and whether it routes by
/// conditions.
fn share_of(cfg: &Config) -> (f64, bool) {
    match &cfg.routing {
        Routing::Share(p) if cfg.canary.is_some() => (*p, false),
        Routing::Share(_) => (0.0, false),
        Routing::Conditions { .. } => (0.0, true),
    }
}

/// The condition tables, the mask with every condition's bit, and how conditions combine.
fn tables(cfg: &Config) -> (Tables, u64, ConditionMatch) {
    let Routing::Conditions { conditions, combine, header_names } = &cfg.routing else {
        return (Vec::new(), 0, ConditionMatch::Any);
    };
    let tables = cfg
        .workload
        .params
        .iter()
        .map(|p| {
            let weights = WeightedIndex::new(p.values.iter().map(|(_, wt)| *wt)).ok();
            let masks = p
                .values
                .iter()
                .map(|(v, _)| {
                    conditions.iter().enumerate().fold(0u64, |m, (i, (code, name, want))| {
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
                    })
                })
                .collect();
            (weights, masks)
        })
        .collect();
    let n = conditions.len().min(64);
    let all = if n == 64 { u64::MAX } else { (1u64 << n) - 1 };
    (tables, all, *combine)
}

/// Whether a request whose parameters satisfied the conditions in `mask` goes to the canary.
fn matches(combine: ConditionMatch, all_bits: u64, mask: u64) -> bool {
    match combine {
        ConditionMatch::Any => mask != 0,
        ConditionMatch::All => all_bits != 0 && mask == all_bits,
    }
}

/// Most distinct masks (and mask-value pairs per parameter) the exact match probability follows.
const MAX_MASKS: usize = 65_536;
const MAX_MASK_STEPS: usize = 10_000_000;

/// P(a request matches the conditions): the distribution of the mask of satisfied conditions,
/// built parameter by parameter (values drawn independently, weights normalised), in mask order
/// so the sum is the same everywhere. `None` when the masks outgrow [`MAX_MASKS`].
fn match_probability(
    cfg: &Config,
    tables: &Tables,
    all_bits: u64,
    combine: ConditionMatch,
) -> Option<f64> {
    let mut dist: BTreeMap<u64, f64> = BTreeMap::from([(0, 1.0)]);
    for (param, (weights, masks)) in cfg.workload.params.iter().zip(tables) {
        let sum: f64 = param.values.iter().map(|(_, w)| w).sum();
        let probs: Vec<f64> = match weights {
            Some(_) => param.values.iter().map(|(_, w)| w / sum).collect(),
            None => vec![1.0],
        };
        if dist.len().saturating_mul(probs.len()) > MAX_MASK_STEPS {
            return None;
        }
        let mut next = BTreeMap::new();
        for (&mask, &pr) in &dist {
            for (i, &pv) in probs.iter().enumerate() {
                if pv <= 0.0 {
                    continue;
                }
                let m = mask | masks.get(i).copied().unwrap_or(0);
                // Under "any", only whether a condition held matters.
                let m = if combine == ConditionMatch::Any { u64::from(m != 0) } else { m };
                *next.entry(m).or_insert(0.0) += pr * pv;
            }
        }
        if next.len() > MAX_MASKS {
            return None;
        }
        dist = next;
    }
    Some(dist.iter().filter(|(m, _)| matches(combine, all_bits, **m)).map(|(_, p)| p).sum())
}

/// The law of `cfg`'s runs; `hash_share` is the canary bucket's share of the clients (sticky
/// hash).
fn law_of(
    cfg: &Config,
    tables: &Tables,
    all_bits: u64,
    combine: ConditionMatch,
    hash_share: f64,
) -> Law {
    let (share, conditional) = share_of(cfg);
    match cfg.split {
        Split::Service if conditional => match_probability(cfg, tables, all_bits, combine)
            .map_or(Law::PerRequest, Law::Independent),
        Split::Service => Law::Independent(share),
        Split::StickyHash => Law::Independent(hash_share),
        Split::StickyCookie => Law::Ratchet { p: share, clients: cfg.workload.clients.max(1) },
    }
}

impl Router {
    fn new(cfg: &Config) -> Self {
        let w = &cfg.workload;
        let (share, conditional) = share_of(cfg);
        let (params, all_bits, combine) = tables(cfg);
        // The sticky hash's law waits for its table (`hash_clients`).
        let law = law_of(cfg, &params, all_bits, combine, 0.0);
        let hashing = cfg.split == Split::StickyHash;
        Router {
            split: cfg.split,
            share: rng::chance(share),
            params,
            all_bits,
            combine,
            conditional,
            hashed: Vec::with_capacity(if hashing { w.clients as usize } else { 0 }),
            bound: split_clients_bound(share),
            clients: w.clients.max(1),
            law,
        }
    }

    /// Clients the sticky hash has yet to place (0 for other splits).
    fn unhashed(&self) -> u64 {
        if self.split == Split::StickyHash { self.clients - self.hashed.len() as u64 } else { 0 }
    }

    /// Places up to `budget` more clients in or out of the canary bucket; with the last one the
    /// law is known: the bucket's share of the clients.
    fn hash_clients(&mut self, budget: u64) -> u64 {
        let start = self.hashed.len() as u64;
        let end = (start + budget).min(self.clients);
        let mut digits = [0u8; 20];
        for c in start..end {
            self.hashed.push(murmur2(decimal(c, &mut digits)) < self.bound);
        }
        if end == self.clients {
            let inside = self.hashed.iter().filter(|b| **b).count();
            self.law = Law::Independent(inside as f64 / self.clients as f64);
        }
        end - start
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
                (matches(self.combine, self.all_bits, mask), 0)
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

/// The decimal text of `n` in `buf` (no allocation per client).
fn decimal(mut n: u64, buf: &mut [u8; 20]) -> &[u8] {
    let mut at = buf.len();
    loop {
        at -= 1;
        if let Some(d) = buf.get_mut(at) {
            *d = b'0' + (n % 10) as u8;
        }
        n /= 10;
        if n == 0 || at == 0 {
            break;
        }
    }
    buf.get(at..).unwrap_or_default()
}

/// Canary requests in `n` requests of one count-only run (stream `run` of the config's seed),
/// request by request: routing only, no time, cache or throttle. The hot loop the benchmarks
/// measure. (Simulations draw such counts exactly instead; see [`Law`].)
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

/// One run's counting state: its stream, requests done, canary requests, and for the sticky
/// cookie the pinned clients and the requests left before the next pin (`None`: not drawn yet).
#[derive(Clone, Debug)]
struct Run {
    rng: Rng,
    i: u64,
    canary: u64,
    pinned: u64,
    wait: Option<u64>,
}

impl Run {
    fn new(rng: Rng) -> Self {
        Run { rng, i: 0, canary: 0, pinned: 0, wait: None }
    }

    /// Draws the run on to request `to`, exactly, spending at most about `left` units of work
    /// (at least one draw); true once it is there. A draw is whole, so where a chunk ends never
    /// changes the numbers.
    fn draw_to(&mut self, to: u64, law: Law, left: &mut u64, work: &mut u64) -> bool {
        let mut spend = |left: &mut u64| {
            *left = left.saturating_sub(DRAW);
            *work += DRAW;
        };
        match law {
            Law::Independent(p) => {
                self.canary += stats::draw_binomial(&mut self.rng, to.saturating_sub(self.i), p);
                self.i = self.i.max(to);
                spend(left);
            }
            Law::Ratchet { p, clients } => {
                let mut first = true;
                while self.i < to {
                    if *left == 0 && !first {
                        return false;
                    }
                    first = false;
                    if self.pinned >= clients {
                        // Every client pinned: every request goes to the canary.
                        self.canary += to - self.i;
                        self.i = to;
                        break;
                    }
                    let unpinned = (clients - self.pinned) as f64;
                    let wait = match self.wait {
                        Some(w) => w,
                        None => {
                            spend(left);
                            // A request pins a new client with probability (unpinned / C)·p.
                            stats::draw_geometric(&mut self.rng, unpinned / clients as f64 * p)
                        }
                    };
                    if wait > 0 {
                        // The waiting requests: a pinned client's goes to the canary, an unpinned
                        // client's (which drew the stage) to the stage.
                        let m = wait.min(to - self.i);
                        let k = self.pinned as f64;
                        let a = if self.pinned == 0 { 0.0 } else { k / (k + unpinned * (1.0 - p)) };
                        self.canary += stats::draw_binomial(&mut self.rng, m, a);
                        self.i += m;
                        self.wait = Some(wait - m);
                        spend(left);
                        continue;
                    }
                    // The pin: an unpinned client draws the canary.
                    self.canary += 1;
                    self.pinned += 1;
                    self.i += 1;
                    self.wait = None;
                }
            }
            Law::PerRequest => {}
        }
        self.i >= to
    }
}

/// The detailed run's state.
#[derive(Clone, Debug)]
struct Detail {
    run: Run,
    /// Requests simulated one by one: the first `detailRequests` (all of them under
    /// [`Law::PerRequest`]).
    prefix: u64,
    tally: [Tally; 2],
    tokens: [f64; 2],
    last: [f64; 2],
    expiry: Vec<f64>,
    arrivals: Arrivals,
    checkpoints: Vec<u64>,
    next_checkpoint: usize,
    path: Vec<Value>,
    sample: Vec<Value>,
    /// Errors per side `[stage, canary]`, drawn when the run is done.
    errors: Option<[u64; 2]>,
}

/// What a simulation costs, in units of work (see [`Progress`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Work {
    /// All of it.
    pub total: u64,
    /// True when the repeated runs go request by request ([`Law::PerRequest`]).
    pub per_request_runs: bool,
}

/// The work `cfg` takes, estimated before anything runs (the sticky-hash table is not built:
/// its law's cost does not depend on the share). `config::parse` refuses documents above
/// `config::MAX_WORK`.
pub fn work(cfg: &Config) -> Work {
    let (tables, all_bits, combine) = tables(cfg);
    estimate(cfg, law_of(cfg, &tables, all_bits, combine, 0.0))
}

fn prefix_of(cfg: &Config, law: Law) -> u64 {
    let n = cfg.workload.requests;
    if law == Law::PerRequest { n } else { n.min(cfg.detail_requests) }
}

/// Clients a sticky cookie is expected to have pinned after `m` requests: C·(1 − (1 − p/C)^m).
fn expected_pins(p: f64, clients: u64, m: u64) -> f64 {
    let c = clients.max(1) as f64;
    -c * libm::expm1(m as f64 * libm::log1p(-(p / c).min(1.0)))
}

fn estimate(cfg: &Config, law: Law) -> Work {
    let n = cfg.workload.requests;
    let prefix = prefix_of(cfg, law);
    let points = checkpoints(n, cfg.path_points);
    let rest_points = points.iter().filter(|c| **c > prefix).count() as u64;
    let errors = if cfg.error_rates.is_some() { 2 * DRAW } else { 0 };
    let units = |x: f64| if x >= 1.8e19 { u64::MAX } else { x.ceil() as u64 };
    let (rest, per_run) = match law {
        Law::Independent(_) => (rest_points * DRAW, DRAW),
        Law::Ratchet { p, clients } => {
            let pins = expected_pins(p, clients, n);
            let rest_pins = pins - expected_pins(p, clients, prefix);
            (
                units((rest_points as f64 + 2.0 * rest_pins) * DRAW as f64),
                units((1.0 + 2.0 * pins) * DRAW as f64),
            )
        }
        Law::PerRequest => (0, n),
    };
    let table = if cfg.split == Split::StickyHash { cfg.workload.clients } else { 0 };
    let total = prefix
        .saturating_add(table)
        .saturating_add(rest)
        .saturating_add(errors)
        .saturating_add((cfg.runs - 1).saturating_mul(per_run.saturating_add(errors)));
    Work { total: total.max(1), per_request_runs: law == Law::PerRequest }
}

/// A simulation in progress.
#[derive(Clone, Debug)]
pub struct Simulation {
    cfg: Config,
    router: Router,
    detail: Detail,
    /// Canary counts per run; the detailed run is first.
    counts: Vec<u64>,
    /// The repeated run in progress (its number is `counts.len()`).
    current: Option<Run>,
    /// Runs whose error test found the canary's error rate different (with error rates).
    detected: u64,
    pins: Vec<bool>,
    picked: Vec<usize>,
    /// Each side's throttle, where it can refuse a request of this workload (see [`binds`]).
    throttles: [Option<Throttle>; 2],
    work: u64,
    total: u64,
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
            run: Run::new(rng::seeded(cfg.seed)),
            prefix: prefix_of(&cfg, router.law),
            tally: [Tally::default(); 2],
            tokens,
            last: [0.0; 2],
            expiry: if cached { vec![f64::NEG_INFINITY; keys * 2] } else { Vec::new() },
            arrivals: Arrivals::new(&cfg),
            checkpoints: checkpoints(n, cfg.path_points),
            next_checkpoint: 0,
            path: Vec::new(),
            sample: Vec::new(),
            errors: None,
        };
        let (pins, picked) = scratch(&cfg);
        let total = estimate(&cfg, router.law).total;
        let throttles = [Some(&cfg.stage), cfg.canary.as_ref()]
            .map(|s| s.and_then(|s| s.throttle).filter(|th| binds(&cfg, th)));
        Simulation {
            cfg,
            router,
            detail,
            counts: Vec::new(),
            current: None,
            detected: 0,
            pins,
            picked,
            throttles,
            work: 0,
            total,
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

    /// What the runs' counts follow.
    pub fn law(&self) -> Law {
        self.router.law
    }

    /// Work done and to do.
    pub fn progress(&self) -> Progress {
        let done = if self.is_done() { self.total } else { self.work.min(self.total - 1) };
        Progress { done, total: self.total }
    }

    /// True when every run is done.
    pub fn is_done(&self) -> bool {
        self.counts.len() as u64 >= self.cfg.runs
    }

    /// Does up to about `budget` more units of work and returns the progress.
    pub fn advance(&mut self, budget: u64) -> Progress {
        let mut left = budget.max(1);
        while left > 0 && !self.is_done() {
            if self.router.unhashed() > 0 {
                let done = self.router.hash_clients(left);
                left -= done;
                self.work += done;
            } else if self.counts.is_empty() {
                self.advance_detail(&mut left);
            } else {
                self.advance_run(&mut left);
            }
        }
        self.progress()
    }

    /// The detailed run: requests one by one up to the prefix, then exact draws checkpoint by
    /// checkpoint, then the error counts.
    fn advance_detail(&mut self, left: &mut u64) {
        let n = self.cfg.workload.requests;
        let d = &mut self.detail;
        if d.run.i < d.prefix {
            let step = (*left).min(d.prefix - d.run.i);
            self.detail_steps(step);
            *left -= step;
            self.work += step;
            let d = &mut self.detail;
            if d.run.i >= d.prefix && self.cfg.split == Split::StickyCookie {
                d.run.pinned = self.pins.iter().filter(|p| **p).count() as u64;
            }
            return;
        }
        if d.run.i < n {
            let to = d.checkpoints.get(d.next_checkpoint).copied().unwrap_or(n);
            if d.run.draw_to(to, self.router.law, left, &mut self.work)
                && d.checkpoints.get(d.next_checkpoint) == Some(&to)
            {
                d.path.push(path_point(d.run.canary, to));
                d.next_checkpoint += 1;
            }
            return;
        }
        if let Some(rates) = self.cfg.error_rates {
            let e = draw_errors(&mut d.run.rng, n, d.run.canary, rates);
            self.detected += u64::from(error_test(n, d.run.canary, e, self.cfg.alpha).detected);
            d.errors = Some(e);
            self.work += 2 * DRAW;
            *left = left.saturating_sub(2 * DRAW);
        }
        self.counts.push(d.run.canary);
    }

    /// A repeated run, from its own stream: exact draws, or request by request.
    fn advance_run(&mut self, left: &mut u64) {
        let n = self.cfg.workload.requests;
        let mut run = match self.current.take() {
            Some(r) => r,
            None => {
                self.pins.iter_mut().for_each(|p| *p = false);
                Run::new(rng::for_run(self.cfg.seed, self.counts.len() as u64))
            }
        };
        let done = if self.router.law == Law::PerRequest {
            let step = (*left).min(n - run.i);
            run.canary +=
                self.router.count_run(&mut run.rng, step, &mut self.pins, &mut self.picked);
            run.i += step;
            *left -= step;
            self.work += step;
            run.i >= n
        } else {
            run.draw_to(n, self.router.law, left, &mut self.work)
        };
        if !done {
            self.current = Some(run);
            return;
        }
        if let Some(rates) = self.cfg.error_rates {
            let e = draw_errors(&mut run.rng, n, run.canary, rates);
            self.detected += u64::from(error_test(n, run.canary, e, self.cfg.alpha).detected);
            self.work += 2 * DRAW;
            *left = left.saturating_sub(2 * DRAW);
        }
        self.counts.push(run.canary);
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
        let [throttle_s, throttle_c] = self.throttles;
        let keys = self.cfg.workload.cache_keys;
        let keys32 = u32::try_from(keys).unwrap_or(u32::MAX).max(1);
        let any_cache = !d.expiry.is_empty();
        // Without a cache or a throttle that binds, a request past the sample is only its side.
        let timed = any_cache || throttle_s.is_some() || throttle_c.is_some();
        let sample_n = self.cfg.sample_requests as u64;
        let end = d.run.i + steps;
        while d.run.i < end {
            let i = d.run.i;
            if !timed && i >= sample_n {
                // Route to the next checkpoint (or the chunk's end) with the same draws.
                let stop = d.checkpoints.get(d.next_checkpoint).map_or(end, |c| (*c).min(end));
                let m = stop - i;
                let c = self.router.count_run(&mut d.run.rng, m, &mut self.pins, &mut self.picked);
                d.run.canary += c;
                let [tally_s, tally_c] = &mut d.tally;
                tally_c.requests += c;
                tally_s.requests += m - c;
                d.run.i = stop;
                if d.checkpoints.get(d.next_checkpoint) == Some(&stop) {
                    d.path.push(path_point(d.run.canary, stop));
                    d.next_checkpoint += 1;
                }
                continue;
            }
            let t = d.arrivals.time(i);
            let (to_canary, client) =
                self.router.route(&mut d.run.rng, &mut self.pins, &mut self.picked);
            d.run.canary += u64::from(to_canary);
            // A 32-bit draw (keys are at most 10^7): wasm has no 64×64-bit multiply to widen.
            let key = if any_cache { u64::from(d.run.rng.random_range(0..keys32)) } else { 0 };
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
            d.run.i += 1;
            if d.checkpoints.get(d.next_checkpoint) == Some(&d.run.i) {
                d.path.push(path_point(d.run.canary, d.run.i));
                d.next_checkpoint += 1;
            }
        }
    }

    /// The summary (call when [`Simulation::is_done`]; before that it describes what is done).
    pub fn summary(&self) -> Value {
        let cfg = &self.cfg;
        let d = &self.detail;
        let n = d.run.i;
        let canary = d.run.canary;
        let configured = match cfg.routing {
            Routing::Share(p) => Some(if cfg.canary.is_some() { p } else { 0.0 }),
            Routing::Conditions { .. } => None,
        };
        let expected = self.expected_share();
        let wilson = stats::wilson(canary, n, 0.05);
        let exact = stats::clopper_pearson(canary, n, 0.05);
        let observed = if n == 0 { 0.0 } else { canary as f64 / n as f64 };
        let seconds = if n == 0 { 0.0 } else { Arrivals::new(cfg).time(n - 1) };
        let mut out = Map::new();
        out.insert("provider".into(), json!(cfg.provider));
        out.insert("split".into(), json!(cfg.split.name()));
        out.insert("seed".into(), json!(cfg.seed));
        out.insert("requests".into(), json!(n));
        out.insert("seconds".into(), json!(seconds));
        out.insert("counts".into(), json!({"stage": n - canary, "canary": canary}));
        out.insert(
            "share".into(),
            json!({"configured": configured, "expected": expected, "observed": observed,
                   "ci95": wilson, "exact95": exact}),
        );
        out.insert(
            "sides".into(),
            json!({
                "stage": self.side_json(0, Some(&cfg.stage), n - canary),
                "canary": self.side_json(1, cfg.canary.as_ref(), canary),
            }),
        );
        out.insert("detail".into(), self.detail_json());
        out.insert("path".into(), Value::Array(d.path.clone()));
        // The binomial overlay fits only where requests are independent.
        let overlay = match self.router.law {
            Law::Independent(_) => expected,
            _ => None,
        };
        out.insert("runs".into(), self.runs_json(expected, overlay));
        if cfg.split != Split::Service {
            out.insert("clients".into(), self.clients_json(configured.unwrap_or(0.0)));
        }
        out.insert("errors".into(), self.errors_json());
        out.insert("sampleSize".into(), self.sample_size_json(expected.or(configured)));
        out.insert("sample".into(), Value::Array(d.sample.clone()));
        let mut notes = cfg.notes.clone();
        if d.prefix < cfg.workload.requests {
            notes.push(self.detail_statement());
        }
        out.insert("notes".into(), json!(notes));
        Value::Object(out)
    }

    /// What the requests simulated one by one describe, in words: "cache and throttle from the
    /// first 1,000,000 requests; ...".
    fn detail_statement(&self) -> String {
        let (n, prefix) = (self.cfg.workload.requests, self.detail.prefix);
        if prefix >= n {
            return format!("all {} requests simulated one by one", group(n));
        }
        let first = match self.per_request_parts().as_slice() {
            [_, one] => format!("{one} from the first {} requests", group(prefix)),
            [_, a, b] => format!("{a} and {b} from the first {} requests", group(prefix)),
            _ => format!("the first {} requests simulated one by one", group(prefix)),
        };
        let exact = if matches!(self.router.law, Law::Ratchet { .. }) {
            "counts, the share path, the repeated runs and the pinned clients are drawn exactly (the sticky cookie through its pinned-client count)"
        } else {
            "counts, the share path and the repeated runs are drawn exactly"
        };
        format!("{first}; {exact} for all {}", group(n))
    }

    /// What only the detailed requests describe: the sample, the cache, and a throttle that
    /// can refuse requests (one that cannot refuses none of them, which is exact for all).
    fn per_request_parts(&self) -> Vec<&'static str> {
        let cfg = &self.cfg;
        let sides = [Some(&cfg.stage), cfg.canary.as_ref()];
        let mut parts = vec!["sample"];
        if sides.iter().flatten().any(|s| s.cache.is_some()) {
            parts.push("cache");
        }
        if self.throttles.iter().any(Option::is_some) {
            parts.push("throttle");
        }
        parts
    }

    fn detail_json(&self) -> Value {
        let d = &self.detail;
        json!({
            "requests": d.run.i.min(d.prefix),
            "limit": self.cfg.detail_requests,
            "perRequest": self.per_request_parts(),
            "law": match self.router.law {
                Law::Independent(_) => "binomial",
                Law::Ratchet { .. } => "pinned-clients",
                Law::PerRequest => "per-request",
            },
            "statement": self.detail_statement(),
        })
    }

    /// The share the split should produce on average: the setting for per-request splits, the
    /// matching probability in condition mode (exact, from the distribution of the matched
    /// conditions), the NGINX bucket share of the client population for sticky-hash, and the
    /// closed form `1 - (1-p)·C·(1-q^n)/(p·n)`, `q = 1 - p/C`, for the sticky cookie.
    fn expected_share(&self) -> Option<f64> {
        let cfg = &self.cfg;
        cfg.canary.as_ref()?;
        let n = cfg.workload.requests;
        match (&cfg.routing, cfg.split, self.router.law) {
            (_, _, Law::Independent(p)) => Some(p),
            (_, _, Law::PerRequest) => None,
            (Routing::Share(p), _, Law::Ratchet { clients, .. }) => {
                if *p <= 0.0 {
                    return Some(0.0);
                }
                if *p >= 1.0 {
                    return Some(1.0);
                }
                let c = clients as f64;
                let pinned = expected_pins(*p, clients, n) / c;
                Some(1.0 - (1.0 - p) * c * pinned / (p * n as f64))
            }
            (Routing::Conditions { .. }, ..) => None,
        }
    }

    fn side_json(&self, side: usize, s: Option<&Side>, requests: u64) -> Value {
        let Some(s) = s else { return Value::Null };
        let t = self.detail.tally.get(side).copied().unwrap_or_default();
        let lookups = t.hits + t.misses;
        json!({
            "deployment": s.deployment,
            "variables": s.variables,
            "requests": requests,
            "detailRequests": t.requests,
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

    fn runs_json(&self, expected: Option<f64>, overlay: Option<f64>) -> Value {
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
            "errorTestDetected": self.cfg.error_rates.map(|_| self.detected as f64 / r as f64),
            "histogram": histogram(&self.counts, n, overlay),
        })
    }

    /// The detailed run's errors per side and the pooled two-proportion test on them.
    fn errors_json(&self) -> Value {
        let (Some([es, ec]), Some((rs, rc))) = (self.detail.errors, self.cfg.error_rates) else {
            return Value::Null;
        };
        let (n, canary) = (self.detail.run.i, self.detail.run.canary);
        let side = |requests: u64, errors: u64, rate: f64| {
            json!({"requests": requests, "errors": errors, "configuredRate": rate,
                   "observedRate": if requests == 0 { 0.0 } else { errors as f64 / requests as f64 }})
        };
        let t = error_test(n, canary, [es, ec], self.cfg.alpha);
        json!({
            "stage": side(n - canary, es, rs),
            "canary": side(canary, ec, rc),
            "z": t.z, "pValue": t.p_value, "alpha": self.cfg.alpha, "detected": t.detected,
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
                let d = &self.detail;
                let pinned = if d.run.i >= d.prefix {
                    d.run.pinned
                } else {
                    self.pins.iter().filter(|b| **b).count() as u64
                };
                let n = self.cfg.workload.requests;
                let expected = expected_pins(p, c, n) / c.max(1) as f64;
                let k = n as f64 / c.max(1) as f64;
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

/// A point of the share path: requests so far, the observed share and its Wilson band.
fn path_point(canary: u64, requests: u64) -> Value {
    let [lo, hi] = stats::wilson(canary, requests, 0.05);
    json!({"requests": requests, "observed": canary as f64 / requests as f64, "ci95": [lo, hi]})
}

/// Errors per side `[stage, canary]` among `n` requests, `canary` of them on the canary:
/// Binomial(side's requests, side's error rate).
fn draw_errors(rng: &mut Rng, n: u64, canary: u64, (stage, on_canary): (f64, f64)) -> [u64; 2] {
    let s = stats::draw_binomial(rng, n - canary, stage);
    [s, stats::draw_binomial(rng, canary, on_canary)]
}

/// A pooled two-proportion z-test, two-sided.
struct ErrorTest {
    z: f64,
    p_value: f64,
    detected: bool,
}

fn error_test(n: u64, canary: u64, [es, ec]: [u64; 2], alpha: f64) -> ErrorTest {
    let (ns, nc) = ((n - canary) as f64, canary as f64);
    let pooled = (es + ec) as f64 / n.max(1) as f64;
    let se = (pooled * (1.0 - pooled) * (1.0 / nc + 1.0 / ns)).sqrt();
    if !(se > 0.0 && se.is_finite()) {
        return ErrorTest { z: 0.0, p_value: 1.0, detected: false };
    }
    let z = (ec as f64 / nc - es as f64 / ns) / se;
    let p_value = libm::erfc(z.abs() / std::f64::consts::SQRT_2);
    ErrorTest { z, p_value, detected: p_value < alpha }
}

/// Whether a throttle can refuse a request of `cfg`'s workload. Arrivals evenly spaced at one
/// rate no faster than the bucket refills give back each token before the next request, so a
/// bucket of two tokens or more (far above the rounding of arrival times) never runs dry: such a
/// throttle refuses nothing, for all the requests, and needs no request by request.
fn binds(cfg: &Config, th: &Throttle) -> bool {
    let steady = matches!(cfg.workload.phases.as_slice(), [p] if th.rate >= p.per_second);
    !(steady && th.burst >= 2.0)
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
    if out.last() != Some(&n) {
        out.push(n);
    }
    out
}

/// Up to 40 bins over the observed counts and the binomial's ±4σ, each with the runs in it and
/// the runs the exact Binomial(n, expected) puts there (differences of its CDF).
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
    let cdf =
        |k: i64, p: f64| -> f64 { if k < 0 { 0.0 } else { stats::binomial_cdf(k as u64, n, p) } };
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
