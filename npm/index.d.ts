// The package's TypeScript surface. The function and data types are generated from the Rust
// exports (src/js.rs); this file adds the entry points' `init`.
export * from './canarylab_wasm.js';

/**
 * Loads the WebAssembly module. Required once in browsers before any other call; a no-op in
 * Node, where importing the package loads it synchronously.
 */
export declare function init(
  input?: string | URL | Request | Response | BufferSource | WebAssembly.Module,
): Promise<void>;
