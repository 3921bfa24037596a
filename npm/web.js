// Browser entry: call `await init()` once before anything else. It fetches canarylab_wasm_bg.wasm
// from beside this file (your bundler copies it), or takes a URL, Response, bytes or Module.
import initWasm from './canarylab_wasm.js';

export * from './api.js';

let ready;
/** Loads the wasm once; later calls return the same promise. */
export function init(input) {
  ready ??= initWasm(input === undefined ? undefined : { module_or_path: input }).then(() => {});
  return ready;
}
