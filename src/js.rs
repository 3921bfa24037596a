//! The npm package's exports: the only module that knows `JsValue`.
//!
//! Every export has the same shape: take plain JS values, call the core, return plain JS objects
//! (never `Map`s) in the same JSON shapes as the CLI. A JS `Error` is thrown only for misuse,
//! never for an invalid payload: a [`crate::report::Report`] is an ordinary return value.

use wasm_bindgen::prelude::*;

use crate::cli;

/// The package version (equal to the crate's).
#[wasm_bindgen]
pub fn version() -> String {
    crate::VERSION.to_owned()
}

/// Host for the npm bin: files and standard input are read by JS callbacks (Node's `fs`).
struct JsHost<'a> {
    read_file: &'a js_sys::Function,
    read_stdin: &'a js_sys::Function,
}

fn call_reader(f: &js_sys::Function, arg: &JsValue) -> Result<String, String> {
    match f.call1(&JsValue::NULL, arg) {
        Ok(v) => v.as_string().ok_or_else(|| "the reader did not return text".to_owned()),
        Err(e) => Err(js_error_message(&e)),
    }
}

fn js_error_message(e: &JsValue) -> String {
    if let Some(s) = e.as_string() {
        return s;
    }
    js_sys::Reflect::get(e, &JsValue::from_str("message"))
        .ok()
        .and_then(|m| m.as_string())
        .unwrap_or_else(|| "unknown error".to_owned())
}

impl cli::Host for JsHost<'_> {
    fn read_file(&mut self, path: &str) -> Result<String, String> {
        call_reader(self.read_file, &JsValue::from_str(path))
    }
    fn read_stdin(&mut self) -> Result<String, String> {
        call_reader(self.read_stdin, &JsValue::UNDEFINED)
    }
}

/// Runs the `canarylab` CLI exactly as the native binary does. `readFile(path)` and
/// `readStdin()` return text or throw; the result is `{code, stdout, stderr}`.
#[wasm_bindgen(js_name = runCli, skip_typescript)]
pub fn run_cli(
    args: Vec<String>,
    read_file: &js_sys::Function,
    read_stdin: &js_sys::Function,
) -> JsValue {
    let out = cli::run(args, &mut JsHost { read_file, read_stdin });
    let obj = js_sys::Object::new();
    // Reflect::set on a fresh plain object cannot fail; ignore the Result rather than panic.
    let _ = js_sys::Reflect::set(&obj, &"code".into(), &JsValue::from(out.code));
    let _ = js_sys::Reflect::set(&obj, &"stdout".into(), &JsValue::from_str(&out.stdout));
    let _ = js_sys::Reflect::set(&obj, &"stderr".into(), &JsValue::from_str(&out.stderr));
    obj.into()
}

#[wasm_bindgen(typescript_custom_section)]
const TS: &str = r#"
/** What a CLI run prints and how it exits. */
export interface CliOutcome { code: number; stdout: string; stderr: string }
/** Runs the canarylab CLI (the npm bin uses this) with injected file and stdin readers. */
export function runCli(args: string[], readFile: (path: string) => string, readStdin: () => string): CliOutcome;
"#;
