// Node entry: loads the wasm synchronously at import, so every export is ready to call.
import { readFileSync } from 'node:fs';
import { initSync } from './canarylab_wasm.js';

initSync({ module: readFileSync(new URL('./canarylab_wasm_bg.wasm', import.meta.url)) });

export * from './api.js';

/** Already initialised in Node; kept so the same code runs in Node and in browsers. */
export async function init() {}
