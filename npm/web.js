// Browser entry: call `await init()` once before anything else. It fetches the wasm module from
// beside this file (your bundler copies it), or from where `options.wasm` says.
import { loaded, wasm } from './api.js';

export { applyFixes, apis, check, judge, langs, plan, ramp, runCli, runScenario, simulate, simulateAsync, validate, version } from './api.js';

let pending;
/**
 * Loads the wasm module once; later calls return the same promise. `options.wasm`: a URL,
 * Response, bytes or Module to load it from. `gateway` and `traffic`, the options of the
 * package's two-module days, still work: a source given there is this module's source.
 */
export function init(options = {}) {
  const source = [options.wasm, options.gateway, options.traffic].find((s) => s !== undefined && typeof s !== 'boolean');
  // A failed load is not remembered: the next `init` tries again.
  pending ??= wasm.default(source === undefined ? undefined : { module_or_path: source }).then(loaded, (e) => {
    pending = undefined;
    throw e;
  });
  return pending;
}
