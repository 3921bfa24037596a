//! The traffic split, simulated: a seeded Monte Carlo of which side serves each request, what it
//! sees (deployment, stage variables, cache, throttle) and the statistics people need to trust
//! what they see. What it follows and what it chose: `docs/traffic-model.md`.
//!
//! - [`config`]: the traffic document (stage, workload, what to report), checked like a request;
//! - [`engine`]: the runs, in chunks a caller can interleave with progress and cancellation;
//! - [`stats`]: Wilson and Clopper-Pearson intervals, the binomial, sample sizes;
//! - [`rng`]: the named, portable PRNG (xoshiro256++).
//!
//! Pure: the seed comes from the document (or the caller); no clock, no entropy.

pub mod config;
pub mod engine;
pub mod rng;
pub mod stats;

use serde_json::Value;

use crate::report::Report;

/// Checks a traffic document and runs it to the end; `seed` overrides the document's. The
/// summary's shape is documented in the README ("canarylab simulate").
pub fn simulate(doc: &Value, seed: Option<u64>) -> Result<Value, Report> {
    let mut sim = prepare(doc, seed)?;
    sim.finish();
    Ok(sim.summary())
}

/// Checks a traffic document and prepares its runs, none done yet, for a caller that runs them
/// in chunks ([`engine::Simulation::advance`]) to show progress or stop; `seed` overrides the
/// document's.
pub fn prepare(doc: &Value, seed: Option<u64>) -> Result<engine::Simulation, Report> {
    let mut cfg = config::parse(doc)?;
    if let Some(s) = seed {
        cfg.seed = s;
    }
    Ok(engine::Simulation::new(cfg))
}
