// The package's API over the wasm module (src/js.rs): plain JS objects in and out. Errors are
// thrown only for misuse (an unknown API name, a missing argument, a value JSON cannot hold); an
// invalid payload or document is an ordinary result.
import * as wasm from './canarylab.js';

// The module is instantiated once: by `init()`, or in Node on first use (node.js sets `loadSync`).
export { wasm };
let ready = false;
let loadSync;

/** Node: how to instantiate the module synchronously. */
export function onDemand(load) {
  loadSync = load;
}

/** Marks the module instantiated (by `init()`). */
export function loaded() {
  ready = true;
}

/** The module, instantiated; `what` names the caller in the error when it cannot be. */
export function use(what) {
  if (!ready) {
    if (!loadSync) throw new Error(`canarylab: ${what} needs the wasm module: call \`await init()\` first`);
    loadSync();
    ready = true;
  }
  return wasm;
}

function required(what, value) {
  if (value === undefined) throw new TypeError(`canarylab: ${what} is required (an object or JSON text)`);
  if (typeof value === 'function' || typeof value === 'symbol') {
    throw new TypeError(`canarylab: ${what} cannot be written as JSON (got a ${typeof value})`);
  }
  return value;
}

// validate and runScenario send JSON text: JSON.stringify, then serde_json in wasm, took a fraction
// of the time serde-wasm-bindgen took to read an object value by value across the boundary
// (bench/npm-peers.mjs). simulate's document goes as it is.
function text(what, value) {
  if (typeof value === 'string') return value;
  return JSON.stringify(required(what, value));
}

const clean = () => ({ valid: true, diagnostics: [] });
const encoder = new TextEncoder();
let memory;

/**
 * Validates a payload (object or JSON text) for `api`; returns `{valid, diagnostics}`.
 * `options.lang` ('en' or 'ko') writes canarylab's messages, hints and fix descriptions in that
 * language (codes never change); `options.assumptions` are NCP assumptions, of which the validator
 * reads `coercion` ('strict' or 'jackson': how NCP reads JSON types).
 */
export function validate(api, payload, options = undefined) {
  if (typeof api !== 'string') throw new TypeError('canarylab: api must be a string such as "aws.update-stage"');
  const json = text('payload', payload);
  const w = use('validate');
  const index = apis.indexOf(api);
  const extra = validateOptions(options);
  let report;
  if (index < 0 || json.length > 1 << 20) {
    // An unknown name throws the core's own message; a large text is not worth the copy below.
    report = extra === undefined ? w.validate(api, json) : w.validateWith(api, json, extra);
  } else {
    // The text goes straight into wasm memory (src/js.rs, `inputBuffer`): UTF-8 takes at most
    // 3 bytes per UTF-16 unit. Nothing runs in wasm between the two calls, so memory cannot grow.
    const room = json.length * 3;
    const at = w.inputBuffer(room);
    memory ??= w.wasmMemory();
    const { written } = encoder.encodeInto(json, new Uint8Array(memory.buffer, at, room));
    report = extra === undefined ? w.validateInput(index, written) : w.validateInputWith(index, written, extra);
  }
  // `undefined` is a payload without diagnostics, the common case: no report crosses back.
  return report ?? clean();
}

/** The languages canarylab writes its own words in. */
export const langs = Object.freeze(['en', 'ko']);

function checkLang(lang) {
  if (lang !== undefined && !langs.includes(lang)) {
    throw new TypeError(`canarylab: options.lang must be one of ${langs.join(', ')}`);
  }
  return lang;
}

// The `lang` of an export's options (checked), for the exports whose other options are their own.
function langOf(options) {
  if (options !== undefined && options !== null && typeof options !== 'object') {
    throw new TypeError('canarylab: options must be an object such as {lang: "ko"}');
  }
  return checkLang(options?.lang);
}

// validate's options as the core reads them (JSON text; src/js.rs, `ValidateOptions`), or
// undefined for the defaults, which take the fast way in.
function validateOptions(options) {
  if (options === undefined || options === null) return undefined;
  if (typeof options !== 'object') throw new TypeError('canarylab: options must be an object such as {lang: "ko"}');
  const { lang, assumptions, ...rest } = options;
  const unknown = Object.keys(rest);
  if (unknown.length > 0) throw new TypeError(`canarylab: unknown option '${unknown[0]}': validate takes lang and assumptions`);
  checkLang(lang);
  if (assumptions !== undefined && (typeof assumptions !== 'object' || assumptions === null)) {
    throw new TypeError('canarylab: options.assumptions must be an object such as {coercion: "jackson"}');
  }
  if ((lang === undefined || lang === 'en') && assumptions === undefined) return undefined;
  return JSON.stringify({ lang, assumptions });
}

/**
 * The payload with every fix the report offers applied: an object gives a new object, JSON text
 * gives text in the text's own layout. Throws when a fix does not apply (a report about another
 * payload); then nothing is applied.
 */
export function applyFixes(payload, report) {
  required('payload', payload);
  if (typeof report !== 'string' && !Array.isArray(report?.diagnostics)) {
    throw new TypeError('canarylab: report must be a report as validate returns it ({valid, diagnostics})');
  }
  const w = use('applyFixes');
  const fixes = typeof report === 'string' ? report : JSON.stringify(report);
  // Text both ways, as validate sends it; the core applies the fixes (src/fix.rs).
  if (typeof payload === 'string') return w.applyFixes(payload, fixes);
  return JSON.parse(w.applyFixes(JSON.stringify(payload), fixes));
}

/**
 * Runs a scenario against a simulated gateway; returns `{results, state}` or `{valid: false,
 * diagnostics}`. `options.lang` ('en' or 'ko') writes a malformed scenario's diagnostics and the
 * results' `warnings` (canarylab's lints) in that language; what the simulated service answers
 * (status, body, error) is the same in every language.
 */
export function runScenario(scenario, options = {}) {
  const { lang } = options ?? {};
  checkLang(lang);
  const w = use('runScenario');
  // Text both ways: the result (every call's body and changes, and the state) parses faster
  // with JSON.parse than serde-wasm-bindgen builds it.
  const json = text('scenario', scenario);
  return JSON.parse(lang === undefined || lang === 'en' ? w.runScenarioText(json) : w.runScenarioTextIn(json, lang));
}

/**
 * The UpdateStage operations that take one stage (as GetStage returns it: object or JSON text) to
 * another, proved on the simulated gateway: `{patchOperations, unsupported}`, or
 * `{valid: false, diagnostics}` when one is not a stage. `options.lang` writes the unsupported
 * differences' reasons and the diagnostics in that language.
 */
export function plan(current, wanted, options = {}) {
  const lang = langOf(options);
  return use('plan').plan(text('current', current), text('wanted', wanted), lang);
}

/**
 * Runs a traffic document (object or JSON text); returns the summary or `{valid: false,
 * diagnostics}`. `options`: `seed` overrides the document's; `onProgress({done, total, fraction})`
 * is called between chunks of work; `signal` (an AbortSignal) stops the run between chunks by
 * throwing its reason; `lang` writes the diagnostics, the summary's `notes` and its
 * `detail.statement` in that language. This form holds the thread until the run ends:
 * `simulateAsync` lets the event loop run between chunks.
 */
export function simulate(config, options = {}) {
  const { seed, onProgress, signal, lang } = simulateOptions(options);
  const w = use('simulate');
  if (onProgress === undefined && signal === undefined) return w.simulate(required('config', config), seed, lang);
  stopIfAborted(signal);
  const run = w.startSimulation(required('config', config), seed, lang);
  if (!(run instanceof w.Simulation)) return run; // the report of an invalid document
  try {
    while (!run.done) {
      const [done, total] = run.advance(CHUNK);
      onProgress?.({ done, total, fraction: done / total });
      stopIfAborted(signal);
    }
    return run.summary();
  } finally {
    run.free();
  }
}

/**
 * `simulate` that yields to the event loop between slices of about 8 ms, so a page keeps drawing
 * and a server keeps serving: a promise of the summary (or the report of an invalid document),
 * rejected with the signal's reason when `options.signal` aborts.
 */
export async function simulateAsync(config, options = {}) {
  const { seed, onProgress, signal, lang } = simulateOptions(options);
  const w = use('simulateAsync');
  stopIfAborted(signal);
  const run = w.startSimulation(required('config', config), seed, lang);
  if (!(run instanceof w.Simulation)) return run;
  try {
    while (!run.done) {
      const until = performance.now() + SLICE_MS;
      let at;
      do at = run.advance(CHUNK);
      while (!run.done && performance.now() < until);
      const [done, total] = at;
      onProgress?.({ done, total, fraction: done / total });
      if (!run.done) await nextTurn();
      stopIfAborted(signal);
    }
    return run.summary();
  } finally {
    run.free();
  }
}

// Work per call into wasm (a request simulated one by one is a unit): a millisecond or two.
const CHUNK = 1 << 17;
// How long simulateAsync works before it lets the event loop run: half a 60 Hz frame.
const SLICE_MS = 8;

function simulateOptions(options) {
  const lang = langOf(options);
  const { seed, onProgress, signal } = options ?? {};
  if (onProgress !== undefined && typeof onProgress !== 'function') {
    throw new TypeError('canarylab: options.onProgress must be a function');
  }
  if (signal !== undefined && typeof signal?.aborted !== 'boolean') {
    throw new TypeError('canarylab: options.signal must be an AbortSignal');
  }
  return { seed: seed === undefined ? undefined : BigInt(seed), onProgress, signal, lang };
}

function stopIfAborted(signal) {
  if (signal?.aborted) throw signal.reason ?? new DOMException('This operation was aborted', 'AbortError');
}

// The next turn of the event loop: setImmediate in Node, a message to ourselves in browsers
// (setTimeout would wait at least 4 ms once nested).
let channel;
function nextTurn() {
  return new Promise((resolve) => {
    if (typeof setImmediate === 'function') return void setImmediate(resolve);
    if (typeof MessageChannel !== 'function') return void setTimeout(resolve, 0);
    if (!channel) {
      channel = new MessageChannel();
      channel.waiting = [];
      channel.port1.onmessage = () => channel.waiting.shift()?.();
    }
    channel.waiting.push(resolve);
    channel.port2.postMessage(null);
  });
}

/**
 * Judges a canary: rollback, wait or promote, from both sides' requests and errors (a judge
 * document, or with `options.input: 'cloudwatch'` what the AWS CLI prints for CloudWatch), with
 * tests that stay valid however often it is called. Returns the judgement or `{valid: false,
 * diagnostics}` for bad input. `options.lang` writes the verdict's `reason` and the diagnostics
 * in that language.
 */
export function judge(doc, options = {}) {
  if (options === null || typeof options !== 'object') throw new TypeError('canarylab: options must be an object');
  // The core reads the judge's own options and refuses any other member: `lang` goes beside them.
  const { lang, ...rest } = options;
  checkLang(lang);
  return use('judge').judge(required('doc', doc), rest, lang);
}

/**
 * Plans a canary's ramp (steps, minutes, blast radius, calls, script), or `{valid: false,
 * diagnostics}`; `options.lang` writes the diagnostics in that language.
 */
export function ramp(doc, options = {}) {
  const lang = langOf(options);
  return use('ramp').ramp(required('doc', doc), lang);
}

/** The kinds of file `check` reads. */
const inputs = ['cloudformation', 'terraform', 'aws-cli'];

/**
 * Checks a CloudFormation or SAM template (JSON or YAML), a Terraform plan (JSON) or a script of
 * `aws apigateway` commands, given as text: `{kind, valid, diagnostics}`, each diagnostic with its
 * JSON Pointer in the file, `line` and `column`. `options.input` names the kind; `options.name`
 * (a file name) helps tell it; `options.lang` writes the diagnostics in that language.
 */
export function check(text, options = {}) {
  if (typeof text !== 'string') throw new TypeError("canarylab: check takes the file's text (a string)");
  const lang = langOf(options);
  const { input, name } = options ?? {};
  if (input !== undefined && !inputs.includes(input)) {
    throw new TypeError(`canarylab: input must be one of ${inputs.join(', ')}`);
  }
  if (name !== undefined && typeof name !== 'string') throw new TypeError('canarylab: name must be a string');
  return use('check').check(text, input, name, lang);
}

/** The API names `validate` accepts. */
export const apis = Object.freeze(['aws.create-deployment', 'aws.create-stage', 'aws.update-stage', 'ncp.edit-canary']);

/** The package version (the crate's). */
export function version() {
  return use('version').version();
}

/**
 * Runs the CLI as the native binary does; `readFile(path)` and `readStdin()` return text or throw,
 * `writeFile(path, text)` (for `validate --fix`; optional) writes or throws. `stderr` (optional),
 * `{isTerminal, write(text)}`, is where `simulate` draws its progress bar as the run goes (on a
 * terminal after a second, or with `--progress`); without it there is none. `env` (optional), an
 * object such as `process.env`, gives the locale's variables (`LC_ALL`, `LC_MESSAGES`, `LANG`):
 * without `--lang`, `LANG=ko_KR.UTF-8` writes canarylab's words in Korean; without `env`, English.
 */
export function runCli(args, readFile, readStdin, writeFile = noWriter, stderr = undefined, env = undefined) {
  if (!Array.isArray(args) || !args.every((a) => typeof a === 'string')) {
    throw new TypeError('canarylab: args must be an array of strings');
  }
  if (stderr !== undefined && typeof stderr?.write !== 'function') {
    throw new TypeError('canarylab: stderr must be {isTerminal, write(text)}');
  }
  if (env !== undefined && (env === null || typeof env !== 'object')) {
    throw new TypeError('canarylab: env must be an object such as process.env');
  }
  const host = {
    readFile: reader(readFile),
    readStdin: reader(readStdin),
    writeFile: writer(writeFile),
    isTerminal: () => Boolean(stderr?.isTerminal),
    now: () => performance.now(),
    progress: (text) => stderr?.write(text),
    env: (name) => (typeof env?.[name] === 'string' ? env[name] : undefined),
  };
  return use('runCli').runCli(args, host);
}

const noWriter = () => {
  throw 'runCli was given no writeFile';
};

// The core takes a reader's or writer's failure as its reason, a string (src/js.rs, `CliHost`).
const because = (e) => (typeof e === 'string' ? e : typeof e?.message === 'string' ? e.message : 'unknown error');

const reader = (read) => (...args) => {
  let text;
  try {
    text = read(...args);
  } catch (e) {
    throw because(e);
  }
  if (typeof text !== 'string') throw 'the reader did not return text';
  return text;
};

const writer = (write) => (path, text) => {
  try {
    write(path, text);
  } catch (e) {
    throw because(e);
  }
};
