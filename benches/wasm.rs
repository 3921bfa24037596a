//! The traffic simulator's loops under wasm, with wasm-bindgen-test's criterion harness in Node,
//! to compare with the native figures of `benches/core.rs` (same configs, same request counts).
//! Run: `cargo bench --target wasm32-unknown-unknown --bench wasm`. Nothing here asserts a time.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::indexing_slicing, missing_docs)]

use std::hint::black_box;

use serde_json::Value;
use serde_json::json;
use wasm_bindgen_test::{Criterion, wasm_bindgen_bench};

use canarylab::traffic::{config, engine};

const ROUTED: u64 = 10_000_000;
const DETAILED: u64 = 1_000_000;

fn cfg(doc: Value) -> config::Config {
    config::parse(&doc).unwrap()
}

#[wasm_bindgen_bench]
fn traffic_share_only(c: &mut Criterion) {
    let cfg = cfg(json!({"provider": "aws",
        "stage": {"deploymentId": "d1", "stageName": "p", "canarySettings": {"deploymentId": "d2", "percentTraffic": 10.0}},
        "workload": {"requests": ROUTED}}));
    c.bench_function("traffic_share_only (10M requests)", |b| {
        b.iter(|| engine::count_only(black_box(&cfg), 1, ROUTED))
    });
}

#[wasm_bindgen_bench]
fn traffic_detailed(c: &mut Criterion) {
    let mut doc: Value =
        canarylab::doc::parse(include_str!("../examples/traffic/aws-10-percent.json")).unwrap();
    doc["workload"]["requests"] = json!(DETAILED);
    doc["runs"] = json!(1);
    doc["sampleRequests"] = json!(0);
    // 600 requests per second into the 500-per-second bucket: the throttle binds, so it runs
    // request by request with the cache.
    doc["workload"]["ratePerSecond"] = json!(600);
    let cfg = cfg(doc);
    c.bench_function("traffic_detailed (1M requests)", |b| {
        b.iter(|| {
            let mut s = engine::Simulation::new(black_box(cfg.clone()));
            s.finish();
            s.counts().first().copied()
        })
    });
}

#[wasm_bindgen_bench]
fn traffic_conditions_only(c: &mut Criterion) {
    let cfg = cfg(
        canarylab::doc::parse(include_str!("../examples/traffic/ncp-conditions.json")).unwrap()
    );
    c.bench_function("traffic_conditions_only (10M requests)", |b| {
        b.iter(|| engine::count_only(black_box(&cfg), 1, ROUTED))
    });
}

/// Time to a full summary of the README's example (cache, 200 runs, error rates) at n requests:
/// the first 10^6 simulated one by one, the rest drawn exactly (`benches/core.rs`,
/// `traffic_summary`, natively).
#[wasm_bindgen_bench]
fn traffic_summary(c: &mut Criterion) {
    let text = include_str!("../examples/traffic/aws-10-percent.json");
    for (n, name) in [
        (1_000_000u64, "traffic_summary (10^6 requests)"),
        (1_000_000_000, "traffic_summary (10^9 requests)"),
        (1_000_000_000_000, "traffic_summary (10^12 requests)"),
    ] {
        let mut doc: Value = canarylab::doc::parse(text).unwrap();
        doc["workload"]["requests"] = json!(n);
        c.bench_function(name, |b| b.iter(|| canarylab::traffic::simulate(black_box(&doc), None)));
    }
}
