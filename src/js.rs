//! The npm package's exports: the only module that knows `JsValue`.
//!
//! Every export has the same shape: take plain JS values, call the core, return plain JS objects
//! (never `Map`s) in the same JSON shapes as the CLI. A JS `Error` is thrown only for misuse,
//! never for an invalid payload: a [`crate::report::Report`] is an ordinary return value.
//!
//! The package ships one wasm module per capability, built from this crate with one feature
//! each (scripts/build-npm.sh): [`gateway`] (`validate`, `runScenario`) and [`traffic`]
//! (`simulate`). Both carry `version` and the CLI (`runCliText`), whose commands each module
//! keeps to its own capability (`crate::cli`).

use wasm_bindgen::prelude::*;

use crate::cli;

// Talc instead of Rust's default dlmalloc: a few KB smaller and faster to allocate and free,
// which is most of what a small validation costs (issue 7's speed and size goals).
#[cfg(target_family = "wasm")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// The package version (equal to the crate's).
#[wasm_bindgen(skip_typescript)]
pub fn version() -> String {
    crate::VERSION.to_owned()
}

// JSON crosses the boundary as text: `JSON.stringify` / `JSON.parse` in the JS wrappers
// (npm/api.js) and crate::json here. One string each way is cheaper than walking JS objects
// property by property through the boundary, and keeps a JsValue bridge out of the wasm.

/// Payload validation and the simulated gateways (feature `gateway`).
#[cfg(feature = "gateway")]
pub mod gateway {
    use std::cell::RefCell;

    use wasm_bindgen::prelude::*;

    use super::outcome;

    /// Validates a payload given as JSON text: the report as JSON text, or `undefined` for a valid
    /// payload without diagnostics (the common case: npm/api.js builds `{valid: true, diagnostics:
    /// []}` itself and skips encoding, decoding and parsing it). Throws only for an unknown API
    /// name (misuse); an invalid payload, even malformed JSON, is an ordinary report.
    #[wasm_bindgen(js_name = validateText, skip_typescript)]
    pub fn validate_text(api: &str, text: &str) -> Result<Option<String>, JsError> {
        let api = crate::api::Api::from_name(api).map_err(|e| JsError::new(&e.to_string()))?;
        Ok(report_text(&api.validate_text(text)))
    }

    /// What a validation sends back: nothing for a report without diagnostics, else its JSON text.
    fn report_text(report: &crate::report::Report) -> Option<String> {
        (!report.diagnostics().is_empty()).then(|| report.to_json_text())
    }

    // The fast way in for `validate` (npm/api.js): JS encodes the payload with
    // `TextEncoder.encodeInto` straight into this buffer in wasm memory, then calls
    // `validateInput`. wasm-bindgen's own string passing copies character by character in JS, which
    // for a 163-byte payload cost more (~190 ns of 360) than JSON.parse-ing it; encodeInto takes
    // ~40 ns. The buffer keeps its largest size (api.js sends texts up to 2^20 UTF-16 units this
    // way: at most 3 MiB).
    thread_local! {
        static INPUT: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
    }

    /// Makes the input buffer `len` bytes long; returns where it starts in wasm memory.
    #[wasm_bindgen(js_name = inputBuffer, skip_typescript)]
    pub fn input_buffer(len: usize) -> *mut u8 {
        INPUT.with_borrow_mut(|b| {
            b.resize(len, 0);
            b.as_mut_ptr()
        })
    }

    /// Validates the first `len` bytes of the input buffer as a payload for `APIS[api]`:
    /// `undefined` for a valid payload without diagnostics, else the report as JSON text (as
    /// `validateText`).
    #[wasm_bindgen(js_name = validateInput, skip_typescript)]
    pub fn validate_input(api: usize, len: usize) -> Result<Option<String>, JsError> {
        let api = crate::api::Api::ALL.get(api).ok_or_else(|| JsError::new("unknown API index"))?;
        INPUT.with_borrow(|b| {
            let text = b.get(..len).and_then(|t| std::str::from_utf8(t).ok());
            let text = text.ok_or_else(|| JsError::new("the input buffer does not hold UTF-8"))?;
            Ok(report_text(&api.validate_text(text)))
        })
    }

    /// The module's memory, for writing into the input buffer (`memory` is taken: the wasm export's
    /// own name).
    #[wasm_bindgen(js_name = wasmMemory, skip_typescript)]
    pub fn wasm_memory() -> JsValue {
        wasm_bindgen::memory()
    }

    /// Runs a scenario given as JSON text: `{results, state}`, or the report of a malformed
    /// scenario.
    #[wasm_bindgen(js_name = runScenarioText, skip_typescript)]
    pub fn run_scenario_text(text: &str) -> String {
        outcome(text, crate::scenario::run)
    }
}

/// The traffic-split simulator (feature `traffic`).
#[cfg(feature = "traffic")]
pub mod traffic {
    use wasm_bindgen::prelude::*;

    use super::outcome;

    /// Runs a traffic document given as JSON text (the seed overrides the document's): the summary,
    /// or the report of an invalid document.
    #[wasm_bindgen(js_name = simulateText, skip_typescript)]
    pub fn simulate_text(text: &str, seed: Option<u64>) -> String {
        outcome(text, |doc| crate::traffic::simulate(doc, seed))
    }
}

fn outcome(
    text: &str,
    f: impl FnOnce(&serde_json::Value) -> Result<serde_json::Value, crate::report::Report>,
) -> String {
    match crate::doc::with_document(text, f) {
        Ok(v) => v.to_string(),
        Err(r) => r.to_json_text(),
    }
}

// The npm bin's host: npm/api.js passes an object whose `readFile(path)` and `readStdin()` return
// text or throw the reason as a string. Typed imports rather than `js_sys::Function` calls and a
// `js_sys::Object` result: those pulled ~40 closure shims into the module (1.3 KB gzip).
#[wasm_bindgen]
extern "C" {
    /// `{readFile(path), readStdin()}`, from npm/api.js's `runCli`.
    pub type CliHost;
    #[wasm_bindgen(method, catch, js_name = readFile)]
    fn read_file(this: &CliHost, path: &str) -> Result<String, JsValue>;
    #[wasm_bindgen(method, catch, js_name = readStdin)]
    fn read_stdin(this: &CliHost) -> Result<String, JsValue>;
}

fn reason(e: JsValue) -> String {
    e.as_string().unwrap_or_else(|| "unknown error".to_owned())
}

impl cli::Host for &CliHost {
    fn read_file(&mut self, path: &str) -> Result<String, String> {
        CliHost::read_file(self, path).map_err(reason)
    }
    fn read_stdin(&mut self) -> Result<String, String> {
        CliHost::read_stdin(self).map_err(reason)
    }
}

/// Runs the `canarylab` CLI exactly as the native binary does. `args` is a JSON array of
/// strings (npm/api.js checks it; anything else runs as no arguments); the result is `{code,
/// stdout, stderr}` as JSON text.
#[wasm_bindgen(js_name = runCliText, skip_typescript)]
pub fn run_cli_text(args: &str, host: &CliHost) -> String {
    use serde_json::Value;
    let args = match crate::doc::parse(args) {
        Ok(Value::Array(items)) => items
            .into_iter()
            .filter_map(|v| match v {
                Value::String(s) => Some(s),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    };
    let mut host = host; // `cli::Host` is implemented for the reference
    let out = cli::run(args, &mut host);
    crate::json::to_string(&serde_json::json!({
        "code": out.code,
        "stdout": out.stdout,
        "stderr": out.stderr,
    }))
}
