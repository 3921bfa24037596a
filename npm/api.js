// The package's API over the wasm exports: plain JS objects in and out, JSON text across the
// boundary. Errors are thrown only for misuse (an unknown API name, a missing argument, a value
// JSON cannot encode); an invalid payload or document is an ordinary result.
import * as gateway from './canarylab_gateway.js';
import * as traffic from './canarylab_traffic.js';

// One wasm module per capability (src/js.rs), so that a bundle loads only what it uses:
// `gateway` runs validate and runScenario, `traffic` runs simulate. Each is instantiated once:
// by `init()`, or in Node on first use (node.js sets `loadSync`).
export const modules = { gateway, traffic };
const ready = new Set();
let loadSync;

/** Node: how to instantiate a module synchronously. */
export function onDemand(load) {
  loadSync = load;
}

/** Marks a module instantiated (by `init()`). */
export function loaded(name) {
  ready.add(name);
}

/** The module `name`, instantiated; `what` names the caller in the error when it cannot be. */
export function use(name, what) {
  if (!ready.has(name)) {
    if (!loadSync) {
      throw new Error(`canarylab: ${what} needs the ${name} module: call \`await init()\` first`);
    }
    loadSync(name);
    ready.add(name);
  }
  return modules[name];
}

function text(what, value) {
  if (typeof value === 'string') return value;
  if (value === undefined) throw new TypeError(`canarylab: ${what} is required (an object or JSON text)`);
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError(`canarylab: ${what} cannot be written as JSON (got a ${typeof value})`);
  return json;
}

const encoder = new TextEncoder();
let memory;

/** Validates a payload (object or JSON text) for `api`; returns `{valid, diagnostics}`. */
export function validate(api, payload) {
  if (typeof api !== 'string') throw new TypeError('canarylab: api must be a string such as "aws.update-stage"');
  const json = text('payload', payload);
  const wasm = use('gateway', 'validate');
  const index = apis.indexOf(api);
  let out;
  if (index < 0 || json.length > 1 << 20) {
    // An unknown name throws the core's own message; a large text is not worth the copy below.
    out = wasm.validateText(api, json);
  } else {
    // The text goes straight into wasm memory (src/js.rs, `inputBuffer`): UTF-8 takes at most
    // 3 bytes per UTF-16 unit. Nothing runs in wasm between the two calls, so memory cannot grow.
    const room = json.length * 3;
    const at = wasm.inputBuffer(room);
    memory ??= wasm.wasmMemory(); // the gateway module's: it is the only one with this buffer
    const { written } = encoder.encodeInto(json, new Uint8Array(memory.buffer, at, room));
    out = wasm.validateInput(index, written);
  }
  // `undefined` is a valid payload without diagnostics: the common case skips JSON.parse.
  return out === undefined ? { valid: true, diagnostics: [] } : JSON.parse(out);
}

/** Runs a scenario against a simulated gateway; returns `{results, state}` or `{valid: false, diagnostics}`. */
export function runScenario(scenario) {
  return JSON.parse(use('gateway', 'runScenario').runScenarioText(text('scenario', scenario)));
}

/** Runs a traffic document; returns the summary or `{valid: false, diagnostics}`. */
export function simulate(config, options = {}) {
  const seed = options.seed === undefined ? undefined : BigInt(options.seed);
  return JSON.parse(use('traffic', 'simulate').simulateText(text('config', config), seed));
}

/** The API names `validate` accepts. */
export const apis = Object.freeze(['aws.create-deployment', 'aws.create-stage', 'aws.update-stage', 'ncp.edit-canary']);

/** The package version (the crate's), from whichever module is loaded. */
export function version() {
  return use(ready.has('traffic') && !ready.has('gateway') ? 'traffic' : 'gateway', 'version').version();
}

/** Runs the CLI as the native binary does; `readFile(path)` and `readStdin()` return text or throw. */
export function runCli(args, readFile, readStdin) {
  if (!Array.isArray(args) || !args.every((a) => typeof a === 'string')) {
    throw new TypeError('canarylab: args must be an array of strings');
  }
  // Each module runs its own capability's commands (src/cli.rs), and the command is always the
  // first argument: `simulate` is the traffic module's, everything else the gateway module's.
  const wasm = use(args[0] === 'simulate' ? 'traffic' : 'gateway', 'runCli');
  const host = { readFile: reader(readFile), readStdin: reader(readStdin) };
  return JSON.parse(wasm.runCliText(JSON.stringify(args), host));
}

// The core takes a reader's failure as its reason, a string (src/js.rs, `CliHost`).
const reader = (read) => (...args) => {
  let text;
  try {
    text = read(...args);
  } catch (e) {
    throw typeof e === 'string' ? e : typeof e?.message === 'string' ? e.message : 'unknown error';
  }
  if (typeof text !== 'string') throw 'the reader did not return text';
  return text;
};
