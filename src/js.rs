//! The npm package's exports: the only module that knows `JsValue`.
//!
//! npm/api.js wraps these with the package's argument checks. Results come back as plain JS
//! objects (never `Map`s) in the CLI's JSON shapes, written by serde-wasm-bindgen's
//! `json_compatible` serializer. A JS `Error` is thrown only for misuse, never for an invalid
//! payload: a [`Report`] is an ordinary return value.
//!
//! Every document export takes JSON text or a JS value (read through serde-wasm-bindgen as
//! `JSON.stringify` would write it). Where a text path measured faster on a hot path, npm/api.js
//! takes it (bench/npm-peers.mjs; README, "The npm package"): `validate` gets text, which api.js
//! writes with `JSON.stringify` when given an object, because serde-wasm-bindgen walking the
//! object across the boundary value by value took several times longer than writing it as text
//! and reading that with serde_json; `runScenario` goes as text both ways (`runScenarioText`).
//! `simulate` takes and returns JS values.

use crate::code::Code;
use std::cell::RefCell;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Number, Value};
use wasm_bindgen::prelude::*;

use crate::api::Api;
use crate::cli;
use crate::i18n::Lang;
use crate::ncp::assume::Assumptions;
use crate::report::{Fix, Report};

/// The package version (equal to the crate's).
#[wasm_bindgen(skip_typescript)]
pub fn version() -> String {
    crate::VERSION.to_owned()
}

// ---------------------------------------------------------------- validate

/// Validates a payload, JSON text or a JS value: `undefined` for a payload without diagnostics
/// (the common case: npm/api.js builds `{valid: true, diagnostics: []}` itself), else the report
/// `{valid, diagnostics}`. Throws only for misuse: an unknown API name, a value JSON cannot hold.
/// An invalid payload, even malformed JSON, is an ordinary report.
#[wasm_bindgen(skip_typescript)]
pub fn validate(api: &str, payload: JsValue) -> Result<JsValue, JsError> {
    let api = Api::from_name(api).map_err(|e| JsError::new(&e.to_string()))?;
    let report = match payload.as_string() {
        Some(text) => api.validate_text(&text),
        None => match document(payload, "payload")? {
            Ok(value) => api.validate_value(&value),
            Err(report) => report,
        },
    };
    unless_clean(&report)
}

/// What a validation sends back: nothing for a report without diagnostics, else the report.
fn unless_clean(report: &Report) -> Result<JsValue, JsError> {
    if report.diagnostics().is_empty() { Ok(JsValue::UNDEFINED) } else { to_js(report) }
}

// The way in for `validate` (npm/api.js): JS encodes the payload with `TextEncoder.encodeInto`
// straight into this buffer in wasm memory, then calls `validateInput`. wasm-bindgen's own string
// passing copies the text into wasm memory character by character in JS, which costs more than
// the validation of a small payload. The buffer keeps its largest size (api.js sends texts up to
// 2^20 UTF-16 units this way: at most 3 MiB).
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

/// Validates the first `len` bytes of the input buffer as a payload for `APIS[api]`: as
/// `validate`.
#[wasm_bindgen(js_name = validateInput, skip_typescript)]
pub fn validate_input(api: usize, len: usize) -> Result<JsValue, JsError> {
    let api = Api::ALL.get(api).ok_or_else(|| JsError::new("unknown API index"))?;
    INPUT.with_borrow(|b| {
        let text = b.get(..len).and_then(|t| std::str::from_utf8(t).ok());
        let text = text.ok_or_else(|| JsError::new("the input buffer does not hold UTF-8"))?;
        unless_clean(&api.validate_text(text))
    })
}

/// What `validate` takes besides the payload, as npm/api.js writes it (JSON text): the language
/// of the report's words and the NCP assumptions the validator reads (`coercion`).
#[derive(Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
struct ValidateOptions {
    lang: Lang,
    assumptions: Assumptions,
}

impl ValidateOptions {
    fn read(text: &str) -> Result<ValidateOptions, JsError> {
        serde_json::from_str(text).map_err(|e| JsError::new(&format!("canarylab: options: {e}")))
    }

    /// The report of `text` for `api` under these options, in their language.
    fn validate_text(&self, api: Api, text: &str) -> Report {
        api.validate_text_with(text, &self.assumptions).localized(self.lang)
    }
}

/// `validate` with options (`{lang, assumptions}` as JSON text).
#[wasm_bindgen(js_name = validateWith, skip_typescript)]
pub fn validate_with(api: &str, payload: JsValue, options: &str) -> Result<JsValue, JsError> {
    let options = ValidateOptions::read(options)?;
    let api = Api::from_name(api).map_err(|e| JsError::new(&e.to_string()))?;
    let report = match payload.as_string() {
        Some(text) => options.validate_text(api, &text),
        None => match document(payload, "payload")? {
            Ok(value) => {
                api.validate_value_with(&value, &options.assumptions).localized(options.lang)
            }
            Err(report) => report.localized(options.lang),
        },
    };
    unless_clean(&report)
}

/// `validateInput` with options (`{lang, assumptions}` as JSON text).
#[wasm_bindgen(js_name = validateInputWith, skip_typescript)]
pub fn validate_input_with(api: usize, len: usize, options: &str) -> Result<JsValue, JsError> {
    let options = ValidateOptions::read(options)?;
    let api = Api::ALL.get(api).ok_or_else(|| JsError::new("unknown API index"))?;
    INPUT.with_borrow(|b| {
        let text = b.get(..len).and_then(|t| std::str::from_utf8(t).ok());
        let text = text.ok_or_else(|| JsError::new("the input buffer does not hold UTF-8"))?;
        unless_clean(&options.validate_text(*api, text))
    })
}

/// The module's memory, for writing into the input buffer (`memory` is taken: the wasm export's
/// own name).
#[wasm_bindgen(js_name = wasmMemory, skip_typescript)]
pub fn wasm_memory() -> JsValue {
    wasm_bindgen::memory()
}

// ---------------------------------------------------------------- fixes

/// The part of a report `applyFixes` reads: each diagnostic's fix, if it has one.
#[derive(Deserialize)]
struct FixesOf {
    diagnostics: Vec<FixOf>,
}

#[derive(Deserialize)]
struct FixOf {
    #[serde(default)]
    fix: Option<FixIn>,
}

#[derive(Deserialize)]
struct FixIn {
    description: String,
    patch: json_patch::Patch,
}

/// The payload with every fix in `report` (a report as `validate` returns it, as JSON text)
/// applied, by `fix::apply_text` (text in, text out, in the text's layout; unchanged when there is
/// nothing to apply) or `fix::apply` (a JS value in, a plain JS object out). Throws when the report cannot be read or a fix does not
/// apply (a report about another payload); then nothing is applied.
#[wasm_bindgen(js_name = applyFixes, skip_typescript)]
pub fn apply_fixes(payload: JsValue, report: &str) -> Result<JsValue, JsError> {
    let fixes: FixesOf = serde_json::from_str(report)
        .map_err(|e| JsError::new(&format!("canarylab: report cannot be read: {e}")))?;
    let fixes: Vec<Fix> = (fixes.diagnostics.into_iter())
        .filter_map(|d| d.fix)
        .map(|f| Fix { description: f.description, patch: f.patch })
        .collect();
    let fixes: Vec<&Fix> = fixes.iter().collect();
    let failed = |e: crate::fix::FixError| JsError::new(&format!("canarylab: {e}"));
    if let Some(text) = payload.as_string() {
        // Nothing to apply: the text as it came, not rewritten.
        if fixes.is_empty() {
            return Ok(text.into());
        }
        return crate::fix::apply_text(&text, &fixes).map(JsValue::from).map_err(failed);
    }
    match document(payload, "payload")? {
        Ok(value) => to_js(&SafeNumbers(&crate::fix::apply(&value, &fixes).map_err(failed)?)),
        Err(_) => Err(JsError::new("canarylab: payload cannot be read as JSON: too deep")),
    }
}

// ---------------------------------------------------------------- documents

/// Runs a scenario, JSON text or a JS value: `{results, state}`, or the report of a malformed
/// scenario.
#[wasm_bindgen(js_name = runScenario, skip_typescript)]
pub fn run_scenario(scenario: JsValue) -> Result<JsValue, JsError> {
    outcome(scenario, "scenario", Lang::En, crate::scenario::run)
}

/// Runs a scenario given as JSON text, with the result as JSON text too: what npm/api.js calls,
/// because on this budgeted path text both ways beat the JS objects serde-wasm-bindgen writes
/// (the result holds the whole state, and each call's changes).
#[wasm_bindgen(js_name = runScenarioText, skip_typescript)]
pub fn run_scenario_text(text: &str) -> String {
    match crate::doc::with_document(text, crate::scenario::run) {
        Ok(v) => v.to_string(),
        Err(report) => report.to_json_text(),
    }
}

/// The language a tag names exactly (`en`, `ko`; npm/api.js checks it first), English for none.
fn lang_of(tag: Option<&str>) -> Result<Lang, JsError> {
    let Some(tag) = tag else { return Ok(Lang::En) };
    Lang::from_name(tag)
        .filter(|l| l.name() == tag)
        .ok_or_else(|| JsError::new(&format!("canarylab: unknown language '{tag}': use en or ko")))
}

/// `runScenarioText` with canarylab's words in `lang` (`en`, `ko`): the diagnostics of a
/// malformed scenario and the results' `warnings`; what the simulated service answers is the same
/// in every language.
#[wasm_bindgen(js_name = runScenarioTextIn, skip_typescript)]
pub fn run_scenario_text_in(text: &str, lang: &str) -> Result<String, JsError> {
    let lang = lang_of(Some(lang))?;
    Ok(match crate::doc::with_document(text, |doc| crate::scenario::run_in(doc, lang)) {
        Ok(v) => v.to_string(),
        Err(report) => report.localized(lang).to_json_text(),
    })
}

/// The UpdateStage operations that take one stage to another, each given as JSON text (npm/api.js
/// writes an object with `JSON.stringify`): `{patchOperations, unsupported}`, or the report of
/// why one is not a stage (pointers under `/current` and `/wanted`); the reasons and the report
/// in `lang` (`en` by default).
#[wasm_bindgen(skip_typescript)]
pub fn plan(current: &str, wanted: &str, lang: Option<String>) -> Result<JsValue, JsError> {
    use crate::aws::plan;
    let lang = lang_of(lang.as_deref())?;
    match plan::run_text_in(current, wanted, lang) {
        Ok(v) => to_js(&SafeNumbers(&v)),
        Err(report) => to_js(&report.localized(lang)),
    }
}

/// Runs a traffic document, JSON text or a JS value (the seed overrides the document's): the
/// summary, or the report of an invalid document; its words (the report, the notes and the
/// detail's statement) in `lang`.
#[wasm_bindgen(skip_typescript)]
pub fn simulate(
    config: JsValue,
    seed: Option<u64>,
    lang: Option<String>,
) -> Result<JsValue, JsError> {
    let lang = lang_of(lang.as_deref())?;
    outcome(config, "config", lang, |doc| {
        let mut sim = crate::traffic::prepare(doc, seed)?;
        sim.finish();
        let mut summary = sim.summary();
        crate::traffic::config::localize_summary(&mut summary, sim.config(), lang);
        Ok(summary)
    })
}

// ---------------------------------------------------------------- judge and ramp

/// Judges a canary (docs/judge.md): a judge document, or the AWS CLI's CloudWatch output with
/// `options.input = "cloudwatch"`, as JSON text or a JS value; `options` is `{alpha?, tolerance?,
/// input?, queries?}` as `judge::input::Options` reads it (a member it does not know, or of the
/// wrong type, is misuse and throws). The judgement, or the report of bad input, in `lang`.
#[wasm_bindgen(skip_typescript)]
pub fn judge(doc: JsValue, options: JsValue, lang: Option<String>) -> Result<JsValue, JsError> {
    let lang = lang_of(lang.as_deref())?;
    // Read as JSON first: serde-wasm-bindgen reads only the fields a struct names, so an unknown
    // (misspelt) option would pass unnoticed; serde_json refuses it.
    let opts: crate::judge::input::Options = if options.is_undefined() || options.is_null() {
        crate::judge::input::Options::default()
    } else {
        let misuse = |e: String| JsError::new(&format!("canarylab: judge options: {e}"));
        let value = document(options, "options")?.map_err(|r| misuse(r.to_text()))?;
        serde_json::from_value(value).map_err(|e| misuse(e.to_string()))?
    };
    outcome(doc, "doc", lang, |d| crate::judge::judge_in(d, &opts, lang))
}

/// Plans a canary's ramp from a ramp document, JSON text or a JS value: the plan, or the report
/// of an invalid document in `lang`.
#[wasm_bindgen(skip_typescript)]
pub fn ramp(doc: JsValue, lang: Option<String>) -> Result<JsValue, JsError> {
    let lang = lang_of(lang.as_deref())?;
    outcome(doc, "doc", lang, |d| crate::judge::ramp::ramp_in(d, lang))
}

// ---------------------------------------------------------------- check

/// Checks a CloudFormation or SAM template, a Terraform plan or a script of `aws apigateway`
/// commands, given as text, as `canarylab check` does: `{kind, valid, diagnostics}`, each
/// diagnostic with its JSON Pointer in the file, `line` and `column`. `input` names the kind
/// (`cloudformation`, `terraform` or `aws-cli`; told from the text when absent); `name`, a file
/// name, helps tell it. The diagnostics' words in `lang`. Throws only for an unknown `input` or
/// language.
#[wasm_bindgen(skip_typescript)]
pub fn check(
    text: &str,
    input: Option<String>,
    name: Option<String>,
    lang: Option<String>,
) -> Result<JsValue, JsError> {
    use crate::input::{Finding, Kind};
    let lang = lang_of(lang.as_deref())?;
    let kind = match input.as_deref() {
        None => None,
        Some(n) => Some(Kind::from_name(n).ok_or_else(|| {
            let names: Vec<&str> = Kind::ALL.iter().map(|k| k.name()).collect();
            JsError::new(&format!("canarylab: unknown input '{n}': use {}", names.join(", ")))
        })?),
    };
    let mut report = crate::input::check(text, kind, name.as_deref());
    if lang != Lang::En {
        report.findings = (report.findings.into_iter())
            .map(|f| Finding { diagnostic: f.diagnostic.localized(lang), ..f })
            .collect();
    }
    to_js(&report.to_json())
}

/// A traffic simulation in progress: what npm/api.js drives for `simulate` with `onProgress` or
/// `signal`, and for `simulateAsync`, a chunk at a time.
#[wasm_bindgen(skip_typescript)]
pub struct Simulation {
    inner: crate::traffic::engine::Simulation,
    /// The language of the summary's words.
    lang: Lang,
}

#[wasm_bindgen]
impl Simulation {
    /// Does about `budget` more units of work (a request simulated one by one is a unit); returns
    /// `[done, total]`.
    pub fn advance(&mut self, budget: u32) -> Vec<f64> {
        let p = self.inner.advance(u64::from(budget));
        vec![p.done as f64, p.total as f64]
    }

    /// True when every run is done.
    #[wasm_bindgen(getter)]
    pub fn done(&self) -> bool {
        self.inner.is_done()
    }

    /// The summary, as `simulate` returns it (its words in the language `startSimulation` got).
    pub fn summary(&self) -> Result<JsValue, JsError> {
        let mut summary = self.inner.summary();
        crate::traffic::config::localize_summary(&mut summary, self.inner.config(), self.lang);
        to_js(&SafeNumbers(&summary))
    }
}

/// Checks a traffic document, JSON text or a JS value (the seed overrides the document's), and
/// prepares its runs: a [`Simulation`], or the report of an invalid document; words in `lang`.
#[wasm_bindgen(js_name = startSimulation, skip_typescript)]
pub fn start_simulation(
    config: JsValue,
    seed: Option<u64>,
    lang: Option<String>,
) -> Result<JsValue, JsError> {
    let lang = lang_of(lang.as_deref())?;
    let prepared = match config.as_string() {
        Some(text) => crate::doc::with_document(&text, |d| crate::traffic::prepare(d, seed)),
        None => document(config, "config")?.and_then(|v| crate::traffic::prepare(&v, seed)),
    };
    match prepared {
        Ok(inner) => Ok(Simulation { inner, lang }.into()),
        Err(report) => to_js(&report.localized(lang)),
    }
}

/// Runs `f` on a document, JSON text or a JS value: its value, or the report of why the
/// document cannot be run (malformed JSON included), in `lang`, as a JS object.
fn outcome(
    doc: JsValue,
    what: &str,
    lang: Lang,
    f: impl FnOnce(&Value) -> Result<Value, Report>,
) -> Result<JsValue, JsError> {
    let result = match doc.as_string() {
        Some(text) => crate::doc::with_document(&text, f),
        None => document(doc, what)?.and_then(|v| f(&v)),
    };
    match result {
        Ok(v) => to_js(&SafeNumbers(&v)),
        Err(report) => to_js(&report.localized(lang)),
    }
}
// ---------------------------------------------------------------- JS values in

/// Nesting deeper than this is refused, as serde_json refuses it in text, so that a deep or
/// cyclic JS object cannot exhaust the wasm stack.
const MAX_DEPTH: usize = 128;

/// serde_json's own words for too deep a document.
const TOO_DEEP: &str = "recursion limit exceeded";

/// Reads a JS value as `JSON.stringify` would write it: `Ok(Ok(value))`; `Ok(Err(report))` for
/// a value nested too deeply (an invalid document: a `json.syntax` diagnostic, as in text); `Err`
/// for a value JSON cannot hold (misuse: a function in an array, a `Map` with object keys).
fn document(value: JsValue, what: &str) -> Result<Result<Value, Report>, JsError> {
    let read = Json { depth: 0 }.deserialize(serde_wasm_bindgen::Deserializer::from(value));
    let e = match read {
        Ok(v) => return Ok(Ok(v)),
        Err(e) => e.to_string(),
    };
    // Each nested member's error is wrapped in a JS Error again; its text gains a prefix each time.
    match e.trim_start_matches("Error: ") {
        TOO_DEEP => {
            let mut report = Report::new();
            // serde_json's words for it, as a text that deep gets them, in the catalogue's frame.
            let error = format!("{TOO_DEEP} (more than {MAX_DEPTH} levels, or a cycle)");
            report.say(
                crate::pointer::Pointer::root(),
                Code::JsonSyntax,
                crate::i18n::Msg::MalformedJson { error },
                crate::i18n::Msg::FixJsonFirst,
            );
            Ok(Err(report))
        }
        e => Err(JsError::new(&format!("canarylab: {what} cannot be read as JSON: {e}"))),
    }
}

/// A `serde_json::Value` read through serde-wasm-bindgen, with `JSON.stringify`'s rules where
/// they differ from serde-wasm-bindgen's: an object member whose value is `undefined`, a function
/// or a symbol is left out (not read as `null`, not refused), so `{runs: undefined}` means what
/// it means in JS and in JSON text: no `runs`. The nesting depth is bounded.
struct Json {
    depth: usize,
}

impl<'de> DeserializeSeed<'de> for Json {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        if self.depth > MAX_DEPTH {
            return Err(de::Error::custom(TOO_DEEP));
        }
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Json {
    type Value = Value;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a value JSON can hold")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }
    /// NaN and the infinities become `null`, as in `JSON.stringify`.
    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Number::from_f64(v).map_or(Value::Null, Value::Number))
    }
    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0));
        while let Some(v) = seq.next_element_seed(Json { depth: self.depth + 1 })? {
            items.push(v);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut members = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            if let Some(v) = map.next_value_seed(Member { depth: self.depth + 1 })? {
                members.insert(key, v);
            }
        }
        Ok(Value::Object(members))
    }
}

/// An object member's value: `None` where `JSON.stringify` leaves the member out.
struct Member {
    depth: usize,
}

impl<'de> DeserializeSeed<'de> for Member {
    type Value = Option<Value>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Option<Value>, D::Error> {
        // serde-wasm-bindgen reads `undefined` as `null`; the JS value itself tells them apart.
        let v: JsValue = serde_wasm_bindgen::preserve::deserialize(d)?;
        if v.is_undefined() || v.is_function() || v.is_symbol() {
            return Ok(None);
        }
        Json { depth: self.depth }
            .deserialize(serde_wasm_bindgen::Deserializer::from(v))
            .map(Some)
            .map_err(de::Error::custom)
    }
}

// ---------------------------------------------------------------- JS values out

/// A value as a plain JS object: objects, not `Map`s; `null`, not `undefined`.
fn to_js<T: Serialize + ?Sized>(v: &T) -> Result<JsValue, JsError> {
    v.serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&e.to_string()))
}

/// A value whose integers outside JS's safe range (beyond ±(2^53 - 1)) become the nearest double,
/// as `JSON.parse` reads them, rather than an error (serde-wasm-bindgen refuses to write them as
/// numbers). A seed may be any u64, and a stage holds whatever integer its author wrote.
struct SafeNumbers<'a>(&'a Value);

impl Serialize for SafeNumbers<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{SerializeMap, SerializeSeq};
        const SAFE: u64 = (1 << 53) - 1;
        match self.0 {
            Value::Number(n) => match (n.as_i64(), n.as_u64()) {
                (Some(i), _) if i.unsigned_abs() <= SAFE => s.serialize_i64(i),
                (_, Some(u)) if u <= SAFE => s.serialize_u64(u),
                _ => s.serialize_f64(n.as_f64().unwrap_or(f64::NAN)),
            },
            Value::Array(items) => {
                let mut seq = s.serialize_seq(Some(items.len()))?;
                for v in items {
                    seq.serialize_element(&SafeNumbers(v))?;
                }
                seq.end()
            }
            Value::Object(members) => {
                let mut map = s.serialize_map(Some(members.len()))?;
                for (k, v) in members {
                    map.serialize_entry(k, &SafeNumbers(v))?;
                }
                map.end()
            }
            other => other.serialize(s),
        }
    }
}

// ---------------------------------------------------------------- the CLI

// The npm bin's host: npm/api.js passes an object whose `readFile(path)` and `readStdin()` return
// text, and whose `writeFile(path, text)` writes it (`validate --fix`); each throws the reason as
// a string. `isTerminal()`, `now()` and `progress(text)` serve `simulate`'s progress bar;
// `env(name)` gives the locale's variables (a string, or undefined). Typed imports, so the package
// needs no js-sys bindings of its own.
#[wasm_bindgen]
extern "C" {
    /// `{readFile(path), readStdin(), writeFile(path, text), isTerminal(), now(), progress(text),
    /// env(name)}`, from npm/api.js's `runCli`.
    pub type CliHost;
    #[wasm_bindgen(method, catch, js_name = readFile)]
    fn read_file(this: &CliHost, path: &str) -> Result<String, JsValue>;
    #[wasm_bindgen(method, catch, js_name = readStdin)]
    fn read_stdin(this: &CliHost) -> Result<String, JsValue>;
    #[wasm_bindgen(method, catch, js_name = writeFile)]
    fn write_file(this: &CliHost, path: &str, text: &str) -> Result<(), JsValue>;
    #[wasm_bindgen(method, catch, js_name = isTerminal)]
    fn is_terminal(this: &CliHost) -> Result<bool, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn now(this: &CliHost) -> Result<f64, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn progress(this: &CliHost, text: &str) -> Result<(), JsValue>;
    #[wasm_bindgen(method, catch)]
    fn env(this: &CliHost, name: &str) -> Result<Option<String>, JsValue>;
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
    fn write_file(&mut self, path: &str, text: &str) -> Result<(), String> {
        CliHost::write_file(self, path, text).map_err(reason)
    }
    // The progress bar's needs (`simulate`); a host without them shows none.
    fn stderr_is_terminal(&self) -> bool {
        CliHost::is_terminal(self).unwrap_or(false)
    }
    fn clock_ms(&mut self) -> f64 {
        CliHost::now(self).unwrap_or(0.0)
    }
    fn progress(&mut self, text: &str) {
        let _ = CliHost::progress(self, text);
    }
    // The locale's variables, for the language without `--lang`; a host without them has none.
    fn env_var(&self, name: &str) -> Option<String> {
        CliHost::env(self, name).ok().flatten()
    }
}

/// What a CLI run prints and how it exits, as `runCli` returns it.
#[derive(Serialize)]
struct CliOutcome {
    code: i32,
    stdout: String,
    stderr: String,
}

/// Runs the `canarylab` CLI exactly as the native binary does, with the arguments (npm/api.js
/// checks that they are strings) and a host that reads files and standard input and writes files:
/// `{code, stdout, stderr}`.
#[wasm_bindgen(js_name = runCli, skip_typescript)]
pub fn run_cli(args: Vec<String>, host: &CliHost) -> Result<JsValue, JsError> {
    let mut host = host; // `cli::Host` is implemented for the reference
    let cli::Outcome { code, stdout, stderr } = cli::run(args, &mut host);
    to_js(&CliOutcome { code, stdout, stderr })
}
