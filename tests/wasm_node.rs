//! The npm exports, called from JS in Node through wasm-bindgen-test.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::indexing_slicing)]

use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen_test]
fn version_is_the_crate_version() {
    assert_eq!(canarylab::js::version(), env!("CARGO_PKG_VERSION"));
}

#[wasm_bindgen_test]
fn run_cli_reports_code_and_output() {
    let no_file = js_sys::Function::new_with_args("p", "throw new Error('ENOENT: ' + p)");
    let no_stdin = js_sys::Function::new_no_args("return ''");
    let out = canarylab::js::run_cli(vec!["--version".into()], &no_file, &no_stdin);
    let code = js_sys::Reflect::get(&out, &JsValue::from_str("code")).unwrap();
    assert_eq!(code.as_f64(), Some(0.0));
    let stdout = js_sys::Reflect::get(&out, &JsValue::from_str("stdout")).unwrap();
    assert_eq!(stdout.as_string(), Some(format!("canarylab {}\n", env!("CARGO_PKG_VERSION"))));
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
    let doc: canarylab::json::Value =
        canarylab::json::parse(include_str!("../examples/traffic/aws-10-percent.json")).unwrap();
    let s = canarylab::traffic::simulate(&doc, Some(99)).unwrap();
    assert_eq!(s["counts"], canarylab::json!({"stage": 89_833, "canary": 10_167}));
    assert_eq!(s["sides"]["canary"]["cache"]["hits"], 9_353);
    assert_eq!(s["runs"]["mean"].as_f64(), Some(0.100_052_999_999_999_93));
}
