// Bundles the Validate page's editor (www/editor/editor.js and the CodeMirror packages it imports
// from node_modules) into one minified script for Trunk to hash and link: Trunk runs this before
// every build (Trunk.toml's pre_build hook). It only reads and writes files in this repository.
import { build } from 'esbuild';

await build({
  entryPoints: ['www/editor/editor.js'],
  outfile: 'target/editor/editor.js',
  bundle: true,
  format: 'iife',
  minify: true,
  // Every browser the site supports runs wasm and ES2020.
  target: 'es2020',
  legalComments: 'eof',
  logLevel: 'warning',
});
