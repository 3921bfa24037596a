// Node entry: the wasm module is instantiated synchronously the first time an export is called,
// so everything is ready to call after import.
import { readFileSync } from 'node:fs';
import { onDemand, use, wasm } from './api.js';

onDemand(() => wasm.initSync({ module: readFileSync(new URL('./canarylab_bg.wasm', import.meta.url)) }));

export { applyFixes, apis, check, judge, langs, plan, ramp, runCli, runScenario, simulate, simulateAsync, validate, version } from './api.js';

/**
 * Not needed in Node; kept so the same code runs in Node and in browsers. Instantiates the
 * module now rather than at first use (from beside this file: the options are for browsers).
 */
export async function init() {
  use('init');
}
