//! The npm exports, called from JS in Node through wasm-bindgen-test.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::indexing_slicing)]

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen_test]
fn version_is_the_crate_version() {
    assert_eq!(canarylab::js::version(), env!("CARGO_PKG_VERSION"));
}

/// A host as npm/api.js builds it: readers that return text or throw the reason as a string.
fn host() -> canarylab::js::CliHost {
    js_sys::Function::new_no_args(
        "return { readFile(p) { throw 'no such file: ' + p; }, readStdin() { return '{}'; } };",
    )
    .call0(&JsValue::NULL)
    .unwrap()
    .unchecked_into()
}

/// Runs the CLI export as npm/api.js does: the arguments as a JSON array.
fn run_cli(args: &[&str]) -> serde_json::Value {
    let args = serde_json::Value::Array(args.iter().map(|a| (*a).into()).collect());
    let out = canarylab::js::run_cli_text(&args.to_string(), &host());
    canarylab::doc::parse(&out).unwrap()
}

#[wasm_bindgen_test]
fn run_cli_reports_code_and_output() {
    let version = format!("canarylab {}\n", env!("CARGO_PKG_VERSION"));
    assert_eq!(
        run_cli(&["--version"]),
        serde_json::json!({"code": 0, "stdout": version, "stderr": ""})
    );
    // A reader's failure is the CLI's "cannot read" (exit 2); standard input comes from the host.
    assert_eq!(
        run_cli(&["run", "x.json"]),
        serde_json::json!({"code": 2, "stdout": "", "stderr": "error: cannot read x.json: no such file: x.json\n"})
    );
    assert_eq!(run_cli(&["simulate", "-"])["code"], 1);
    // Arguments that are not a JSON array of strings run as no arguments: a usage error.
    let out = canarylab::js::run_cli_text("not json", &host());
    assert_eq!(canarylab::doc::parse(&out).unwrap()["code"], 2);
}

/// The PRNG gives the same numbers under wasm as natively (`tests/it/traffic.rs` pins them).
#[wasm_bindgen_test]
fn prng_values_match_native() {
    let mut r = canarylab::traffic::rng::Rng::new(42);
    let got: Vec<u64> = (0..3).map(|_| r.next_u64()).collect();
    assert_eq!(
        got,
        [15_021_278_609_987_233_951, 5_881_210_131_331_364_753, 18_149_643_915_985_481_100]
    );
}

/// A whole simulation gives the native counts under wasm (seed 99 of the README's example;
/// the native CLI prints the same: `canarylab simulate examples/traffic/aws-10-percent.json
/// --seed 99`).
#[wasm_bindgen_test]
fn simulation_counts_match_native() {
    let doc: serde_json::Value =
        canarylab::doc::parse(include_str!("../examples/traffic/aws-10-percent.json")).unwrap();
    let s = canarylab::traffic::simulate(&doc, Some(99)).unwrap();
    assert_eq!(s["counts"], serde_json::json!({"stage": 89_833, "canary": 10_167}));
    assert_eq!(s["sides"]["canary"]["cache"]["hits"], 9_353);
    assert_eq!(s["runs"]["mean"].as_f64(), Some(0.100_052_999_999_999_93));
}
