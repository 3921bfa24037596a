// Node entry: each wasm module is instantiated synchronously the first time one of its exports
// is called, so everything is ready to call after import.
import { readFileSync } from 'node:fs';
import { modules, onDemand, use } from './api.js';

onDemand((name) =>
  modules[name].initSync({ module: readFileSync(new URL(`./canarylab_${name}_bg.wasm`, import.meta.url)) }));

export { apis, runCli, runScenario, simulate, validate, version } from './api.js';

/**
 * Not needed in Node; kept so the same code runs in Node and in browsers. Instantiates the
 * modules it is asked for now rather than at first use (the default is both).
 */
export async function init(options = {}) {
  for (const name of Object.keys(modules)) {
    if (options[name] !== false) use(name, 'init');
  }
}
