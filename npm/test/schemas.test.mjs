// The JSON Schemas as a consumer gets them: shipped in the tarball under schemas/, reachable by
// the export path `canarylab/schemas/<name>.schema.json` (require and import), each one's
// relative $refs naming schemas that resolve the same way. Run by scripts/test-npm.sh inside the
// consumer project; with CANARYLAB_EXAMPLES set, the installed schemas also compile with the
// repository's ajv (draft 2020-12, strict) and pass the repository's examples.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync(require.resolve('canarylab/package.json'), 'utf8'));

const NAMES = [
  'aws.create-deployment', 'aws.create-stage', 'aws.update-stage', 'ncp.edit-canary',
  'scenario', 'aws.scenario', 'ncp.scenario', 'traffic', 'aws.stage', 'ncp.stage', 'aws.common', 'ncp.common',
];
const file = (name) => `${name}.schema.json`;
const load = (name) => JSON.parse(readFileSync(require.resolve(`canarylab/schemas/${file(name)}`), 'utf8'));

test('package.json exports and ships schemas/', () => {
  assert.equal(pkg.exports['./schemas/*'], './schemas/*');
  assert.ok(pkg.files.includes('schemas/'), pkg.files.join(', '));
});

test('every schema resolves by the export path, with require and with import', () => {
  const dir = dirname(require.resolve(`canarylab/schemas/${file('scenario')}`));
  const shipped = readdirSync(dir).filter((f) => f.endsWith('.schema.json')).sort();
  assert.deepEqual(shipped, NAMES.map(file).sort());
  for (const name of NAMES) {
    const s = load(name);
    assert.equal(s.$schema, 'https://json-schema.org/draft/2020-12/schema', name);
    assert.equal(s.$id, `https://canarylab.dev/schemas/${file(name)}`, name);
    assert.ok(s.title && s.description, name);
    const viaImport = fileURLToPath(import.meta.resolve(`canarylab/schemas/${file(name)}`));
    assert.equal(viaImport, require.resolve(`canarylab/schemas/${file(name)}`));
  }
});

test('every $ref is relative and resolves inside the installed package', () => {
  for (const name of NAMES) {
    for (const ref of refs(load(name))) {
      assert.doesNotMatch(ref, /^[a-z]+:/, `${name}: ${ref}`);
      const [target, fragment = ''] = ref.split('#');
      const doc = target ? load(target.replace(/\.schema\.json$/, '')) : load(name);
      const found = fragment.split('/').slice(1).reduce((v, k) => v?.[k.replaceAll('~1', '/').replaceAll('~0', '~')], doc);
      assert.notEqual(found, undefined, `${name}: ${ref}`);
    }
  }
});

const root = process.env.CANARYLAB_EXAMPLES && dirname(process.env.CANARYLAB_EXAMPLES);
const ajvPath = root && join(root, 'node_modules/ajv/dist/2020.js');

test('the installed schemas compile with ajv (2020-12, strict) and pass the examples',
  { skip: ajvPath && existsSync(ajvPath) ? false : 'the repository\'s ajv is not at hand' }, async () => {
    const { default: Ajv2020 } = await import(ajvPath);
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    for (const name of NAMES) ajv.addSchema(load(name));
    const example = (p) => JSON.parse(readFileSync(join(root, 'examples', p), 'utf8'));
    const cases = [
      ['scenario', 'ncp/lifecycle.json'], ['ncp.scenario', 'ncp/lifecycle.json'],
      ['traffic', 'traffic/aws-10-percent.json'], ['traffic', 'traffic/ncp-conditions.json'], ['traffic', 'traffic/sticky-cookie.json'],
      ['aws.update-stage', 'aws/update-stage-promote.json'], ['ncp.edit-canary', 'ncp/edit-canary-rate.json'],
    ];
    for (const [name, p] of cases) {
      const validate = ajv.getSchema(`https://canarylab.dev/schemas/${file(name)}`);
      assert.equal(validate(example(p)), true, `${p} against ${name}: ${JSON.stringify(validate.errors)}`);
    }
    const update = ajv.getSchema(`https://canarylab.dev/schemas/${file('aws.update-stage')}`);
    assert.equal(update(example('aws/update-stage-fixable.json')), false, 'a value that is not a string');
  });

function refs(node, out = []) {
  if (Array.isArray(node)) node.forEach((n) => refs(n, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref') out.push(v);
      else if (k !== 'examples' && k !== 'enum' && k !== 'const') refs(v, out);
    }
  }
  return out;
}
