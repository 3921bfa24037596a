//! The npm exports, called from JS in Node through wasm-bindgen-test.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used)]

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
