// Bundles the Validate page's editor (www/editor/editor.js and the CodeMirror packages it imports
// from node_modules) into one minified script for Trunk to hash and link: Trunk runs this before
// every build (Trunk.toml's pre_build hook). The bundle ends with the licence of every package in
// it, as their MIT licences ask. It only reads and writes files in this repository.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const OUT = 'target/editor/editor.js';

const result = await build({
  entryPoints: ['www/editor/editor.js'],
  bundle: true,
  format: 'iife',
  minify: true,
  // Every browser the site supports runs wasm and ES2020.
  target: 'es2020',
  write: false,
  metafile: true,
  logLevel: 'warning',
});

// The packages whose code is in the bundle, each with its licence file.
const packages = new Map();
for (const input of Object.keys(result.metafile.inputs)) {
  const m = input.match(/^node_modules\/((?:@[^/]+\/)?[^/]+)\//);
  if (!m || packages.has(m[1])) continue;
  const dir = join('node_modules', m[1]);
  const { version, license } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)/i.test(f));
  if (!file) throw new Error(`${m[1]} ships no licence file; the bundle must carry its notice`);
  packages.set(m[1], { version, license, text: readFileSync(join(dir, file), 'utf8').trim() });
}

const notices = [...packages].sort(([a], [b]) => a.localeCompare(b))
  .map(([name, p]) => `${name} ${p.version} (${p.license})\n\n${p.text}`)
  .join('\n\n----\n\n')
  .replaceAll('*/', '* /');
const code = result.outputFiles[0].text;
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, `${code}/*! The payload editor bundles these packages:\n\n${notices}\n*/\n`);
