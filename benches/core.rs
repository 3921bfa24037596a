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
mod native {
    use divan::black_box;
    use serde_json::{Value, json};

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
}
