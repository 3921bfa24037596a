// `canarylab validate --format sarif` checked against the SARIF 2.1.0 JSON Schema. The schema is
// the copy serde-sarif ships (src/schema.json), which cargo fetches from crates.io as a
// dev-dependency that is never built (see Cargo.toml); `cargo metadata` says where it is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const metadata = JSON.parse(execFileSync('cargo', ['metadata', '--format-version', '1', '--locked'],
  { cwd: root, maxBuffer: 64 << 20 }).toString());
const sarifCrate = metadata.packages.find((p) => p.name === 'serde-sarif');
const schema = JSON.parse(readFileSync(join(dirname(sarifCrate.manifest_path), 'src', 'schema.json'), 'utf8'));
const bin = process.env.CANARYLAB_NATIVE ?? join(root, 'target', 'debug', 'canarylab');

function sarif(args) {
  const out = spawnSync(bin, ['validate', ...args, '--format', 'sarif'], { cwd: root });
  assert.ok(out.status === 0 || out.status === 1, out.stderr.toString());
  return JSON.parse(out.stdout.toString());
}

test('SARIF output is valid SARIF 2.1.0', () => {
  // Formats (uri, date-time) are not checked: ajv leaves them to a plugin canarylab does not need.
  // The schema's language pattern has a stray ']' that only a non-Unicode RegExp reads.
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false });
  const validate = ajv.compile(schema);
  for (const args of [
    ['aws.update-stage', 'examples/aws/update-stage-fixable.json', 'examples/aws/update-stage-promote.json'],
    ['ncp.edit-canary', 'examples/ncp/edit-canary-docs-example.json', 'examples/ncp/edit-canary-rate.json'],
    ['aws.create-stage', 'examples/aws/update-stage-promote.json'],
  ]) {
    const log = sarif(args);
    assert.ok(log.runs[0].results.length > 0, 'the inputs have findings');
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
  }
});
