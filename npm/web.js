// Browser entry: call `await init()` once before anything else. It fetches the wasm modules from
// beside this file (your bundler copies them): both by default, or only the ones you use.
import { loaded, modules } from './api.js';

export { apis, runCli, runScenario, simulate, validate, version } from './api.js';

const pending = {};
/**
 * Loads the wasm modules once; later calls return the same promises. `options.gateway` and
 * `options.traffic`: `false` leaves a module out; a URL, Response, bytes or Module says where it
 * comes from.
 */
export function init(options = {}) {
  const loads = Object.keys(modules)
    .filter((name) => options[name] !== false)
    .map((name) => {
      const input = options[name] === undefined || options[name] === true ? undefined : { module_or_path: options[name] };
      // A failed fetch is not remembered: the next `init` tries again.
      pending[name] ??= modules[name].default(input).then(
        () => loaded(name),
        (e) => {
          delete pending[name];
          throw e;
        });
      return pending[name];
    });
  return Promise.all(loads).then(() => {});
}
