// The npm package as a consumer sees it: installed from the packed tarball into a temp project.
// Run by scripts/test-npm.sh with `node --test` inside that project.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import * as canarylab from 'canarylab';

const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync(require.resolve('canarylab/package.json'), 'utf8'));
// The bin as npx runs it: the symlink npm made in node_modules/.bin.
const bin = (args, input) =>
  spawnSync(new URL('./node_modules/.bin/canarylab', import.meta.url).pathname, args, { input, encoding: 'utf8' });

test('version() equals the package version', async () => {
  await canarylab.init(); // a no-op in Node, but part of the portable API
  assert.equal(canarylab.version(), pkg.version);
});

test('package.json follows the conventions', () => {
  assert.equal(pkg.type, 'module');
  assert.equal(pkg.exports['.'].types, './index.d.ts');
  assert.ok(pkg.exports['.'].node && pkg.exports['.'].browser);
  assert.ok(Array.isArray(pkg.files));
  assert.equal(pkg.scripts?.install ?? pkg.scripts?.postinstall, undefined, 'no install scripts');
  assert.match(pkg.license, /^(MIT|Apache-2\.0)/);
});

test('bin: --version and --help exit 0', () => {
  const v = bin(['--version']);
  assert.equal(v.status, 0);
  assert.equal(v.stdout, `canarylab ${pkg.version}\n`);
  const h = bin(['--help']);
  assert.equal(h.status, 0);
  assert.match(h.stdout, /Usage: canarylab <COMMAND>/);
});

test('bin: usage errors exit 2 with a message on stderr', () => {
  const r = bin(['launch-rockets']);
  assert.equal(r.status, 2);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /unknown command 'launch-rockets'/);
});
