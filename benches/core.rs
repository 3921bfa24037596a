//! Native benchmarks of the core (divan). Run: `cargo bench --bench core`.
//! Figures are reported in the README; nothing here asserts a time.
//! The wasm build of this file is empty: wasm benchmarks use wasm-bindgen-test's harness.
#![cfg_attr(target_arch = "wasm32", allow(unused))]

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    divan::main();
}

#[cfg(not(target_arch = "wasm32"))]
#[allow(clippy::panic, clippy::indexing_slicing)] // a malformed benchmark input should stop loudly
mod native {
    use divan::black_box;
    use serde_json::Value;
    use serde_json::json;

    fn create_deployment() -> Value {
        json!({"restApiId": "abcd1e2f3g", "stageName": "prod", "description": "v2",
           "canarySettings": {"percentTraffic": 10.5, "useStageCache": false,
                              "stageVariableOverrides": {"backend": "https://v2.example.com/api", "flag": "on"}}})
    }

    fn update_stage_3_ops() -> Value {
        json!({"restApiId": "abcd1e2f3g", "stageName": "prod", "patchOperations": [
        {"op": "replace", "path": "/canarySettings/percentTraffic", "value": "0.0"},
        {"op": "copy", "from": "/canarySettings/stageVariableOverrides", "path": "/variables"},
        {"op": "copy", "from": "/canarySettings/deploymentId", "path": "/deploymentId"}]})
    }

    /// A typical request, already parsed (what a JS object or a CLI file becomes).
    #[divan::bench]
    fn validate_create_deployment(b: divan::Bencher) {
        let v = create_deployment();
        b.bench(|| canarylab::api::validate_value("aws.create-deployment", black_box(&v)));
    }

    /// A 3-operation UpdateStage (the documented promotion), already parsed.
    #[divan::bench]
    fn validate_update_stage_3_ops(b: divan::Bencher) {
        let v = update_stage_3_ops();
        b.bench(|| canarylab::api::validate_value("aws.update-stage", black_box(&v)));
    }

    /// The same, from JSON text (parse included).
    #[divan::bench]
    fn validate_update_stage_3_ops_text(b: divan::Bencher) {
        let text = update_stage_3_ops().to_string();
        b.bench(|| canarylab::api::validate_text("aws.update-stage", black_box(&text)));
    }

    /// The promotion as a whole scenario from JSON text: read the document and the starting state,
    /// run the call, report its result and `changes`, write the output (what `run` and the npm
    /// package's `runScenario` do).
    #[divan::bench]
    fn run_promotion_scenario_text(b: divan::Bencher) {
        let text = json!({"provider": "aws", "deployments": [{"id": "dep001"}, {"id": "dep002"}],
            "stages": [{"deploymentId": "dep001", "stageName": "prod", "variables": {"backend": "prod"},
                        "canarySettings": {"deploymentId": "dep002", "percentTraffic": 10,
                                           "useStageCache": false, "stageVariableOverrides": {"flag": "on"}}}],
            "calls": [{"action": "UpdateStage", "params": update_stage_3_ops()}]})
        .to_string();
        b.bench(|| {
            canarylab::doc::with_document(black_box(&text), canarylab::scenario::run)
                .map(|out| out.to_string())
        });
    }

    /// Simulating the promotion against a stage with a canary (clone, apply, commit).
    #[divan::bench]
    fn simulate_update_stage_3_ops(b: divan::Bencher) {
        use canarylab::aws::{gateway::Gateway, model::*, request::Action};
        let mut stage = Stage::new("prod".into(), "dep1".into());
        let mut c = CanarySettings::defaults_for("dep2");
        c.percent_traffic = 10.0;
        c.stage_variable_overrides.insert("flag".into(), "on".into());
        stage.canary_settings = Some(c);
        let deployments: Vec<Deployment> = ["dep1", "dep2"]
            .iter()
            .map(|id| Deployment { id: (*id).into(), description: None, created_date: None })
            .collect();
        let gw = Gateway::new(deployments, vec![stage], Default::default());
        let v = update_stage_3_ops();
        b.with_inputs(|| gw.clone())
            .bench_local_refs(|g| g.call(Action::UpdateStage, black_box(&v)));
    }

    fn ncp_edit_canary() -> Value {
        serde_json::json!({"productId": "p1a2b3c4", "apiId": "a1b2c3", "stageId": "s1", "body": {
            "useDistributionRate": false, "canaryEndpointDomain": "https://canary.example.com:8443/v2",
            "canaryConditions": [{"parameterCode": "REQUEST_HEADER", "parameterName": "x-canary", "parameterValue": "on"}],
            "canaryCacheTtlSec": 60, "canaryThrottleRps": 100}})
    }

    /// A typical NCP Edit Canary request (envelope, condition mode, URL endpoint): goal < 2 µs.
    #[divan::bench]
    fn validate_ncp_edit_canary(b: divan::Bencher) {
        let v = ncp_edit_canary();
        b.bench(|| canarylab::api::validate_value("ncp.edit-canary", black_box(&v)));
    }

    /// The same from JSON text (parse included).
    #[divan::bench]
    fn validate_ncp_edit_canary_text(b: divan::Bencher) {
        let text = ncp_edit_canary().to_string();
        b.bench(|| canarylab::api::validate_text("ncp.edit-canary", black_box(&text)));
    }

    /// Parsing alone (src/json/read.rs): the share of the from-text figure that is JSON.
    #[divan::bench]
    fn parse_ncp_edit_canary_text(b: divan::Bencher) {
        let text = ncp_edit_canary().to_string();
        b.bench(|| canarylab::doc::parse(black_box(&text)));
    }

    /// Simulating that edit on a stage with a canary (clone, apply, commit).
    #[divan::bench]
    fn simulate_ncp_edit_canary(b: divan::Bencher) {
        use canarylab::ncp::{
            gateway::{Action, Gateway},
            model::Stage,
        };
        let stages: Vec<Stage> = serde_json::from_value(serde_json::json!([
            {"apiId": "a1b2c3", "stageId": "s1", "deployedStageDeploymentNo": 7, "canaryDeploymentNo": 8}
        ]))
        .unwrap_or_default();
        let gw = Gateway::new(stages, Default::default(), Default::default());
        let v = ncp_edit_canary();
        b.with_inputs(|| gw.clone())
            .bench_local_refs(|g| g.call(Action::EditCanary, black_box(&v)));
    }

    fn traffic(doc: Value) -> canarylab::traffic::config::Config {
        canarylab::traffic::config::parse(&doc).unwrap_or_else(|r| panic!("{}", r.to_text()))
    }

    const ROUTED: u64 = 10_000_000;

    /// Plain percentage routing (AWS, 10 %): one draw and one comparison per request.
    #[divan::bench]
    fn traffic_share_only(b: divan::Bencher) {
        let cfg = traffic(serde_json::json!({"provider": "aws",
            "stage": {"deploymentId": "d1", "stageName": "p", "canarySettings": {"deploymentId": "d2", "percentTraffic": 10.0}},
            "workload": {"requests": ROUTED}}));
        b.counter(divan::counter::ItemsCount::new(ROUTED))
            .bench(|| canarylab::traffic::engine::count_only(black_box(&cfg), 1, ROUTED));
    }

    const DETAILED: u64 = 1_000_000;

    /// The detailed run with everything modelled: arrival times, the shared stage cache (200 keys,
    /// 60 s TTL), the method throttle bucket, per-side variables and the share path.
    #[divan::bench]
    fn traffic_detailed(b: divan::Bencher) {
        let text = include_str!("../examples/traffic/aws-10-percent.json");
        let mut doc: Value = canarylab::doc::parse(text).unwrap_or_default();
        doc["workload"]["requests"] = serde_json::json!(DETAILED);
        doc["runs"] = serde_json::json!(1);
        doc["sampleRequests"] = serde_json::json!(0);
        // 600 requests per second into the 500-per-second bucket: the throttle binds, so it runs
        // request by request with the cache.
        doc["workload"]["ratePerSecond"] = serde_json::json!(600);
        let cfg = traffic(doc);
        b.counter(divan::counter::ItemsCount::new(DETAILED)).bench(|| {
            let mut s = canarylab::traffic::engine::Simulation::new(black_box(cfg.clone()));
            s.finish();
            s.counts().first().copied()
        });
    }

    /// Time to a full summary (document checked, detailed run, 200 repeated runs, the summary
    /// with its intervals and histogram) of the README's example (AWS 10 %, shared stage cache,
    /// method throttle, error rates) at n requests: the first 10^6 simulated one by one, the
    /// rest drawn exactly.
    #[divan::bench(args = [1_000_000u64, 1_000_000_000, 1_000_000_000_000])]
    fn traffic_summary(b: divan::Bencher, n: u64) {
        let text = include_str!("../examples/traffic/aws-10-percent.json");
        let mut doc: Value = canarylab::doc::parse(text).unwrap_or_default();
        doc["workload"]["requests"] = serde_json::json!(n);
        b.bench(|| canarylab::traffic::simulate(black_box(&doc), None));
    }

    /// The same without cache or throttle (AWS 10 %, 200 runs): nothing needs the requests
    /// one by one but the sample, so `detailRequests` is the sample's 40.
    #[divan::bench(args = [1_000_000u64, 1_000_000_000, 1_000_000_000_000])]
    fn traffic_summary_plain(b: divan::Bencher, n: u64) {
        let doc = serde_json::json!({"provider": "aws", "detailRequests": 40,
            "stage": {"deploymentId": "d1", "stageName": "p", "canarySettings": {"deploymentId": "d2", "percentTraffic": 10.0}},
            "workload": {"requests": n}});
        b.bench(|| canarylab::traffic::simulate(black_box(&doc), None));
    }

    /// NCP condition mode: two parameters drawn per request, matched by bitmask.
    #[divan::bench]
    fn traffic_conditions_only(b: divan::Bencher) {
        let text = include_str!("../examples/traffic/ncp-conditions.json");
        let cfg = traffic(canarylab::doc::parse(text).unwrap_or_default());
        b.counter(divan::counter::ItemsCount::new(ROUTED))
            .bench(|| canarylab::traffic::engine::count_only(black_box(&cfg), 1, ROUTED));
    }
}
