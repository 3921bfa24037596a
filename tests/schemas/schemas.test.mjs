// The JSON Schemas in schemas/ against canarylab itself: every example and fixture, the cases in
// cases.json, and (when a native `canarylab` is built) seeded variations of the fixtures' payloads
// whose verdict the CLI gives. Run with `node --test tests/schemas/` (scripts/test.sh does).
//
// The contract the tests hold:
// - a document canarylab accepts (warnings allowed) passes its schema, except where cases.json
//   lists the schema as deliberately stricter (a stage value the service could never hold);
// - a document canarylab refuses with an error of a kind a schema can express (EXPRESSED below)
//   is refused by its schema too, at the member canarylab points at;
// - what a schema cannot express is listed in SHORT_OF (with cases in cases.json) and in the
//   README; warnings and everything that depends on the simulated state are canarylab's alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import Ajv2020 from 'ajv/dist/2020.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const schemaDir = join(root, 'schemas');
const BASE = 'https://canarylab.dev/schemas/';

const schemaFiles = readdirSync(schemaDir).filter((f) => f.endsWith('.schema.json')).sort();
const schemas = Object.fromEntries(
  schemaFiles.map((f) => [f, JSON.parse(readFileSync(join(schemaDir, f), 'utf8'))]),
);
const ajv = new Ajv2020({ strict: true, allErrors: true });
for (const s of Object.values(schemas)) ajv.addSchema(s);

/** Validates `doc` against `name` (`aws.update-stage`, `scenario`, ...): `{valid, errors}`. */
function check(name, doc) {
  const validate = ajv.getSchema(`${BASE}${name}.schema.json`);
  assert.ok(validate, `no schema ${name}`);
  const valid = validate(doc);
  return { valid, errors: validate.errors ?? [] };
}

const json = (path) => JSON.parse(readFileSync(join(root, path), 'utf8'));
const escape = (key) => String(key).replaceAll('~', '~0').replaceAll('/', '~1');

/** Where an ajv error points: the member it names (missing, unknown, bad name) or its instance. */
function pointer(e) {
  const p = e.params ?? {};
  const key = p.missingProperty ?? p.additionalProperty ?? p.propertyName;
  return key === undefined ? e.instancePath : `${e.instancePath}/${escape(key)}`;
}

const show = (errors) => errors.map((e) => `${pointer(e) || '(root)'}: ${e.message}`).join('\n');

// Error codes whose refusal a schema expresses: a type, a required or unknown member, an enum, a
// bound, a pattern, a rule between members (a mode's required field, a canary's stage name).
const EXPRESSED = new Set([
  'param.missing', 'param.unknown', 'param.type',
  'aws.stage-name.pattern', 'aws.percent-traffic.range', 'aws.cache-cluster-size.enum',
  'aws.cache-control-strategy.enum', 'aws.cache-ttl.range', 'aws.logging-level.enum',
  'aws.variable.name', 'aws.variable.name-length', 'aws.variable.value', 'aws.variable.value-length',
  'aws.variable.count', 'aws.canary.no-stage-name',
  'aws.patch.op', 'aws.patch.path', 'aws.patch.add-refused', 'aws.patch.remove-refused', 'aws.patch.copy',
  'aws.patch.access-log-path', 'aws.patch.method-setting-path', 'aws.patch.value.missing',
  'aws.patch.value.empty', 'aws.patch.value.boolean', 'aws.patch.value.double', 'aws.patch.value.integer',
  'ncp.path-id.length', 'ncp.endpoint.length', 'ncp.endpoint.pattern', 'ncp.rate.required', 'ncp.rate.range',
  'ncp.conditions.required', 'ncp.condition.code', 'ncp.condition.null', 'ncp.ttl.range', 'ncp.throttle.range',
  'scenario.provider', 'scenario.action', 'scenario.clock', 'scenario.state', 'scenario.assumptions', 'scenario.account',
  'traffic.provider', 'traffic.stage', 'traffic.split', 'traffic.range', 'traffic.phases', 'traffic.clients',
  'traffic.values', 'traffic.conditions', 'traffic.assumptions',
]);

// Where those codes reach further than a schema can: JSON Schema sees parsed values, not how they
// were written, and has no arithmetic beyond bounds. cases.json holds an example of each.
const SHORT_OF = {
  'param.type': 'a whole number written with a fraction (60.0): JSON Schema sees the number 60',
  'traffic.range': 'a count written with a fraction (100.0), as for param.type; and more work than the engine takes, which is arithmetic over runs, requests and clients',
  'scenario.state': 'a whole-number stage field written with a fraction, as for param.type',
  'aws.percent-traffic.range': 'an UpdateStage value with an exponent ("1e3"): the pattern reads any exponent as a number',
  'aws.patch.value.integer': 'a whole number past Java\'s int range ("3000000000")',
  'aws.patch.value.double': 'a number past the double range ("1e999")',
  'ncp.endpoint.length': 'characters outside the Basic Multilingual Plane: NCP counts 2 UTF-16 units, JSON Schema 1 character',
  'param.missing': 'seconds missing on a traffic phase that is not the last (a schema cannot single out the last item)',
};

// Codes no schema checks: whether a payload's values fit together beyond the rules above is not
// among them; these are the validators' other errors and every warning.
const UNEXPRESSED = new Set(['json.syntax', 'ncp.description.length']);

test('every schema: 2020-12, its $id is its file name, title and description, relative $refs that resolve, strict compile', () => {
  assert.ok(schemaFiles.length >= 12, schemaFiles.join(', '));
  for (const [file, s] of Object.entries(schemas)) {
    assert.equal(s.$schema, 'https://json-schema.org/draft/2020-12/schema', file);
    assert.equal(s.$id, `${BASE}${file}`, file);
    assert.equal(typeof s.title, 'string', `${file}: title`);
    assert.equal(typeof s.description, 'string', `${file}: description`);
    for (const ref of refs(s)) {
      assert.doesNotMatch(ref, /^[a-z]+:/, `${file}: $ref ${ref} must be relative (nothing is fetched)`);
      const [target, fragment = ''] = ref.split('#');
      const doc = target ? schemas[target] : s;
      assert.ok(doc, `${file}: $ref ${ref} names no schema in schemas/`);
      assert.notEqual(resolve(doc, fragment), undefined, `${file}: $ref ${ref} does not resolve`);
    }
    assert.ok(ajv.getSchema(s.$id), file);
  }
});

test('every member a document can have says what it means (editors show it on hover)', () => {
  const missing = [];
  for (const [file, s] of Object.entries(schemas)) {
    walk(s, '', (node, at) => {
      // Conditions and their consequences repeat members described elsewhere.
      if (/\/(if|then|else|not|contains)(\/|$)/.test(at) || !node.properties) return;
      for (const [key, sub] of Object.entries(node.properties)) {
        if (!described(sub, file)) missing.push(`${file}#${at}/properties/${key}`);
      }
    });
  }
  assert.deepEqual(missing, []);
});

// examples/ as canarylab judges them: the error codes of those it refuses (the CLI cross-check
// below keeps this list honest).
const EXAMPLES_REFUSED = {
  'examples/aws/update-stage-fixable.json': ['param.type', 'aws.variable.value'],
  'examples/ncp/edit-canary-docs-example.json': ['ncp.ttl.range', 'ncp.throttle.range'],
  'examples/ncp/edit-canary-docs-types.json': ['param.type'],
};

// Example folders whose documents have no schema yet (judge and ramp documents).
const NO_SCHEMA_YET = new Set(['judge', 'ramp']);

/** The schema an example is written for, from its folder and name. */
function exampleSchema(path) {
  const [, provider, file] = path.split('/');
  if (provider === 'traffic') return 'traffic';
  const doc = json(path);
  if (doc && typeof doc === 'object' && 'calls' in doc) return 'scenario';
  const api = ['create-deployment', 'create-stage', 'update-stage', 'edit-canary', 'stage'].find((a) => file.startsWith(a));
  assert.ok(api, `${path}: name it after its API (update-stage-...), stage-... for a stage, or make it a scenario`);
  return `${provider}.${api}`;
}

const examples = readdirSync(join(root, 'examples'))
  .flatMap((dir) => readdirSync(join(root, 'examples', dir)).map((f) => `examples/${dir}/${f}`))
  .filter((p) => p.endsWith('.json') && !NO_SCHEMA_YET.has(p.split('/')[1]))
  .sort();

test('every example in examples/ against its schema', () => {
  assert.ok(examples.length >= 8);
  for (const path of examples) {
    const name = exampleSchema(path);
    const { valid, errors } = check(name, json(path));
    const refused = EXAMPLES_REFUSED[path];
    if (refused) {
      assert.equal(valid, false, `${path} (${name}): canarylab refuses it with ${refused.join(', ')}; the schema must too`);
    } else {
      assert.equal(valid, true, `${path} (${name}):\n${show(errors)}`);
    }
  }
});

// The schemas describe the spec's JSON types: cases and scenarios under NCP's `coercion: jackson`
// assumption, where canarylab takes more than the spec types, are not theirs to judge.
const underJackson = (doc) => doc?.assumptions?.coercion === 'jackson';

const validateCases = ['aws', 'ncp']
  .flatMap((p) => readdirSync(join(root, `tests/fixtures/${p}/validate`)).map((f) => `tests/fixtures/${p}/validate/${f}`))
  .flatMap((file) => json(file).cases.map((c, i) => ({ ...c, where: `${file} #${i} (${c.comment})` })))
  .filter((c) => !underJackson(c));

test('fixtures: payloads canarylab passes pass their schema; refused ones are refused where canarylab points', () => {
  assert.ok(validateCases.length >= 20);
  let refused = 0;
  for (const c of validateCases) {
    const { valid, errors } = check(c.api, c.input);
    const wanted = c.expect.filter((d) => d.severity === 'error');
    if (wanted.length === 0) {
      assert.equal(valid, true, `${c.where}: canarylab passes it\n${show(errors)}`);
      continue;
    }
    assertRefusedLikeCanarylab(c.where, wanted, valid, errors, c.input);
    refused += 1;
  }
  assert.ok(refused >= 10, `${refused} refused cases`);
});

const scenarioFixtures = ['aws', 'ncp'].flatMap((p) =>
  readdirSync(join(root, `tests/fixtures/${p}/scenarios`)).map((f) => `tests/fixtures/${p}/scenarios/${f}`));

test('fixtures: every scenario passes; every call the service accepted passes its payload schema', () => {
  assert.ok(scenarioFixtures.length >= 6);
  const payloadSchema = {
    CreateDeployment: 'aws.create-deployment', CreateStage: 'aws.create-stage', UpdateStage: 'aws.update-stage',
    EditCanary: 'ncp.edit-canary',
  };
  let calls = 0;
  for (const path of scenarioFixtures) {
    const { scenario, expect } = json(path);
    if (underJackson(scenario)) continue;
    const { valid, errors } = check('scenario', scenario);
    assert.equal(valid, true, `${path}:\n${show(errors)}`);
    assert.equal(check(`${scenario.provider}.scenario`, scenario).valid, true, path);
    assert.equal(expect.results.length, scenario.calls.length, `${path}: one result per call`);
    scenario.calls.forEach((call, i) => {
      const name = payloadSchema[call.action];
      const result = expect.results[i];
      if (!name || result.error || result.status >= 300) return;
      calls += 1;
      const r = check(name, call.params ?? {});
      assert.equal(r.valid, true, `${path} call ${i} (${call.action}) succeeded, so its params are valid:\n${show(r.errors)}`);
    });
  }
  assert.ok(calls >= 10, `${calls} successful calls checked`);
});

const cases = json('tests/schemas/cases.json').cases;

test('cases.json: the schemas decide each case as listed (refusals where canarylab points)', () => {
  for (const c of cases) {
    const where = `cases.json: ${c.comment}`;
    const { valid, errors } = check(c.schema, c.text === undefined ? c.doc : JSON.parse(c.text));
    const refuses = c.schemaRefuses ?? c.codes.length > 0;
    if (!refuses) {
      assert.equal(valid, true, `${where}\n${show(errors)}`);
      continue;
    }
    assert.equal(valid, false, where);
    for (const at of c.at ?? []) {
      assert.ok(errors.some((e) => pointer(e) === at), `${where}: nothing at ${at}\n${show(errors)}`);
    }
  }
});

test('cases.json: every shortfall in SHORT_OF has a case, and the schema passes it', () => {
  for (const code of Object.keys(SHORT_OF)) {
    const c = cases.find((k) => k.shortOf === code);
    assert.ok(c, `no case shows what ${code} reaches that a schema cannot`);
    assert.ok(c.codes.includes(code) && c.schemaRefuses === false, `${c.comment}: codes include ${code}, schemaRefuses false`);
  }
});

test('NCP endpoint: the schema pattern decides the spec pattern\'s examples as canarylab does (src/ncp/endpoint.rs)', () => {
  for (const [domain, ok] of ENDPOINTS) {
    const r = check('ncp.edit-canary', { useDistributionRate: true, canaryEndpointDomain: domain, canaryDistributionRate: 1 });
    assert.equal(r.valid, ok, `${JSON.stringify(domain)}\n${show(r.errors)}`);
  }
});

// The examples src/ncp/endpoint.rs decides, and more quirks of the spec's pattern.
const ENDPOINTS = [
  ...['https://example.com', 'http://10.0.0.1:8080/api', 'NONE', 'https://user:pw@example.com', 'https://exa_mple.com',
    'https://example.com:0', 'https://256.1.1.1', 'https://example.com/{x}|<>', 'https://a.b/~path-_.%&',
    'http://x.y/@', 'https://u@x.y:65535', 'https://ex-ample.co.kr/a/b/c?d', 'https://1.2.3.4/']
    .map((d) => [d, true]),
  ...['none', 'ftp://example.com', 'example.com', 'https://localhost', 'https://example.com:65536', 'https://exa mple.com',
    'https://example.com/a#b', 'https://例え.jp', '', 'https://example.com:08', 'https://@example.com',
    'https://example.com/a!b', 'https://example.com/a+b', 'https://example.com/a,b', 'https://example.com/a b',
    'NONE ', ' NONE', 'https://example.com:', 'https://example.', 'https://1.2.3.4:99999', 'https://ex ample.com/a',
    `https://example.com/${'a'.repeat(181)}`]
    .map((d) => [d, false]),
];

// --- Against the native CLI, when one is built (scripts/test.sh runs this after cargo test) ---

const native = [process.env.CANARYLAB_NATIVE, join(root, 'target/debug/canarylab'), join(root, 'target/release/canarylab')]
  .find((p) => p && existsSync(p));
const withCli = { skip: native ? false : 'no native canarylab built (cargo build --bin canarylab)' };

/**
 * Runs the CLI on documents (objects, or JSON text where the spelling matters) written to
 * temporary files: one report `{valid, errors: [{path, code}]}` per document.
 */
function cli(command, docs) {
  const dir = mkdtempSync(join(tmpdir(), 'canarylab-schemas-'));
  try {
    const files = docs.map((d, i) => {
      const f = join(dir, `${i}.json`);
      writeFileSync(f, typeof d === 'string' ? d : JSON.stringify(d));
      return f;
    });
    if (command[0] === 'validate') {
      const out = spawnSync(native, [...command, ...files, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
      assert.ok(out.status === 0 || out.status === 1, out.stderr);
      const reports = [JSON.parse(out.stdout)].flat();
      assert.equal(reports.length, docs.length);
      return reports.map((r) => ({
        valid: r.valid,
        errors: r.diagnostics.filter((d) => d.severity === 'error'),
      }));
    }
    // run, simulate and plan (a stage against itself): exit 0 with the output, or 1 with
    // `[file: ]path: error[code]: ...` lines on stderr.
    return files.map((f) => {
      const args = command[0] === 'plan' ? ['plan', f, f] : [...command, f];
      const out = spawnSync(native, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
      assert.ok(out.status === 0 || out.status === 1, `${command} ${f}: ${out.stderr}`);
      const errors = [...out.stderr.matchAll(/^(.*?): error\[([^\]]+)\]/gm)].map((m) => ({ path: m[1], code: m[2] }));
      return { valid: out.status === 0, errors, stdout: out.stdout };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const commandFor = (schema) =>
  schema === 'traffic' ? ['simulate'] : /scenario$/.test(schema) ? ['run'] : schema === 'aws.stage' ? ['plan'] : ['validate', schema];

test('CLI: examples/ are judged by canarylab as EXAMPLES_REFUSED says', withCli, () => {
  for (const path of examples) {
    const [r] = cli(commandFor(exampleSchema(path)), [json(path)]);
    const codes = [...new Set(r.errors.map((d) => d.code))].sort();
    assert.deepEqual(codes, [...(EXAMPLES_REFUSED[path] ?? [])].sort(), path);
  }
});

test('CLI: cases.json states canarylab\'s verdict and codes', withCli, () => {
  const bySchema = Object.groupBy ? Object.groupBy(cases, (c) => c.schema) : groupBy(cases, (c) => c.schema);
  for (const [schema, group] of Object.entries(bySchema)) {
    const reports = cli(commandFor(schema), group.map((c) => c.text ?? c.doc));
    group.forEach((c, i) => {
      const codes = [...new Set(reports[i].errors.map((d) => d.code))].sort();
      assert.deepEqual(codes, [...new Set(c.codes)].sort(), `cases.json: ${c.comment}`);
    });
  }
});

test('CLI: what canarylab returns as stages passes the stage schemas (scenario fixtures and examples run)', withCli, () => {
  const runs = [...scenarioFixtures.map((p) => json(p).scenario), json('examples/ncp/lifecycle.json')];
  const outputs = cli(['run'], runs);
  let stages = 0;
  outputs.forEach((out, i) => {
    assert.equal(out.valid, true, `scenario ${i}: ${JSON.stringify(out.errors)}`);
    const { state, results } = JSON.parse(out.stdout);
    const provider = runs[i].provider;
    const found = [...state.stages];
    for (const r of results) {
      if (r.status !== 200 || !r.body) continue;
      if (provider === 'aws' && ['GetStage', 'CreateStage', 'UpdateStage'].includes(r.action)) found.push(r.body);
      if (provider === 'ncp' && r.action === 'GetStage') found.push(r.body.stage);
    }
    for (const s of found) {
      const { valid, errors } = check(`${provider}.stage`, s);
      assert.equal(valid, true, `${provider} stage ${JSON.stringify(s)}\n${show(errors)}`);
      stages += 1;
    }
    for (const d of state.deployments ?? []) {
      assert.equal(ajv.getSchema(`${BASE}aws.stage.schema.json#/$defs/deployment`)(d), true, JSON.stringify(d));
    }
  });
  assert.ok(stages >= 20, `${stages} stages checked`);
});

test('CLI: the endpoint pattern agrees with canarylab\'s regex on generated domains', withCli, () => {
  const rng = xorshift(17);
  const parts = ['http://', 'https://', 'ftp://', '', 'NONE', 'user:pw@', '@', 'example', '.', 'com', 'co', 'kr', '-', '_',
    '10', '256', '1', '0', '.', ':', '80', '8080', '65535', '65536', '08', '/', 'a', '~', '{', '|', '#', '+', '!', ' ',
    '%20', '?', '=', '&', 'é', '例', 'xn--', 'Z'];
  const domains = [...ENDPOINTS.map(([d]) => d)];
  for (let i = 0; i < 400; i++) {
    const n = 1 + Math.floor(rng() * 9);
    let d = rng() < 0.7 ? (rng() < 0.5 ? 'https://' : 'http://') : '';
    for (let k = 0; k < n; k++) d += parts[Math.floor(rng() * parts.length)];
    domains.push(d);
  }
  const bodies = domains.map((d) => ({ useDistributionRate: true, canaryEndpointDomain: d, canaryDistributionRate: 1 }));
  const reports = cli(['validate', 'ncp.edit-canary'], bodies);
  domains.forEach((d, i) => {
    const cl = !reports[i].errors.some((e) => e.code.startsWith('ncp.endpoint'));
    assert.equal(check('ncp.edit-canary', bodies[i]).valid, cl, `${JSON.stringify(d)}: canarylab says ${cl ? 'valid' : 'invalid'}`);
  });
});

test('CLI: seeded variations of the fixtures\' payloads: the schema agrees with canarylab', withCli, (t) => {
  // CANARYLAB_SCHEMA_VARIATIONS=N[:SEED] runs more (or other) variations than the default.
  const [count = 2000, seed = 2026] = (process.env.CANARYLAB_SCHEMA_VARIATIONS ?? '').split(':').filter(Boolean).map(Number);
  const rng = xorshift(seed);
  // Seeds: the fixtures' payloads, the params of every call the simulated service accepted, and
  // the payloads of cases.json; valid ones three times as often, so that variations land on
  // both sides.
  const payloadSchema = { CreateDeployment: 'aws.create-deployment', CreateStage: 'aws.create-stage', UpdateStage: 'aws.update-stage', EditCanary: 'ncp.edit-canary' };
  const seeds = [
    ...validateCases.map((c) => ({ api: c.api, doc: c.input, valid: !c.expect.some((d) => d.severity === 'error') })),
    ...scenarioFixtures.flatMap((path) => {
      const { scenario, expect } = json(path);
      return scenario.calls
        .map((call, i) => ({ api: payloadSchema[call.action], doc: call.params, valid: expect.results[i]?.status < 300 }))
        .filter((s) => s.api && s.doc);
    }),
    ...cases.filter((c) => c.schema.includes('.') && !c.schema.endsWith('stage') && c.doc).map((c) => ({ api: c.schema, doc: c.doc, valid: c.codes.length === 0 })),
  ].filter((s) => s.doc && typeof s.doc === 'object');
  const valid = seeds.filter((s) => s.valid);
  const docs = [];
  for (let i = 0; i < count; i++) {
    const pool = rng() < 0.75 ? valid : seeds;
    const seed = pool[Math.floor(rng() * pool.length)];
    let doc = structuredClone(seed.doc);
    const rounds = rng() < 0.6 ? 1 : rng() < 0.75 ? 2 : 3;
    for (let k = 0; k < rounds; k++) doc = mutate(doc, rng);
    docs.push({ api: seed.api, doc });
  }
  const byApi = groupBy(docs, (d) => d.api);
  let refused = 0;
  let accepted = 0;
  for (const [api, group] of Object.entries(byApi)) {
    const reports = cli(['validate', api], group.map((d) => d.doc));
    group.forEach(({ doc }, i) => {
      const errors = reports[i].errors;
      const { valid, errors: schemaErrors } = check(api, doc);
      const where = `${api} ${JSON.stringify(doc)}`;
      if (errors.length === 0) {
        accepted += 1;
        assert.equal(valid, true, `${where}: canarylab passes it\n${show(schemaErrors)}`);
      } else if (errors.some((d) => EXPRESSED.has(d.code))) {
        refused += 1;
        assertRefusedLikeCanarylab(where, errors, valid, schemaErrors, doc);
      } else {
        assert.ok(errors.every((d) => UNEXPRESSED.has(d.code)), `${where}: unlisted codes ${errors.map((d) => d.code)}`);
      }
    });
  }
  assert.ok(accepted > count / 10 && refused > count / 10, `${accepted} accepted, ${refused} refused`);
  t.diagnostic(`${accepted} accepted, ${refused} refused`);
});

// --- helpers ---

/**
 * A payload canarylab refuses with `wanted` errors: its schema must refuse it too, and flag the
 * member of every expressed error (or, for a patch operation or a condition, the item it is in).
 */
function assertRefusedLikeCanarylab(where, wanted, valid, errors, doc) {
  const expressed = wanted.filter((d) => EXPRESSED.has(d.code) && !shortfall(d, doc));
  if (expressed.length === 0) return;
  assert.equal(valid, false, `${where}: canarylab refuses it with ${expressed.map((d) => d.code)}`);
  const flagged = errors.filter((e) => e.keyword !== 'if').map(pointer);
  for (const d of expressed) {
    const item = d.path.replace(/^(\/(?:body\/)?(?:patchOperations|canaryConditions)\/\d+)\/.*$/, '$1');
    const ok = flagged.some((p) => p === d.path || p.startsWith(`${d.path}/`) || (item !== d.path && p.startsWith(item)));
    assert.ok(ok, `${where}: canarylab's ${d.code} at ${d.path} is not flagged there\n${show(errors)}`);
  }
}

/** Whether diagnostic `d` is one of the shortfalls in SHORT_OF, for the value it is about. */
function shortfall(d, doc) {
  const value = at(doc, d.path);
  if (d.code === 'param.type' && typeof value === 'number') return true; // 60.0 read as 60
  if (d.code === 'aws.percent-traffic.range' && typeof value === 'string' && /[eE]/.test(value)) return true;
  if (d.code === 'ncp.endpoint.length' && typeof value === 'string') return [...value].length <= 200;
  if (d.code === 'param.missing' && /^\/workload\/phases\/\d+\/seconds$/.test(d.path)) return true;
  if (d.code === 'aws.patch.value.integer' || d.code === 'aws.patch.value.double') {
    return typeof value === 'string' && /^[\s\u0085]*[+-]?[0-9.]/.test(value);
  }
  return false;
}

function at(doc, path) {
  return path.split('/').slice(1).reduce(
    (v, k) => (v == null ? undefined : v[k.replaceAll('~1', '/').replaceAll('~0', '~')]), doc);
}

// Values a mutation writes: the boundaries, spellings and paths the validators care about.
const VALUES = [
  null, true, false, 0, -1, 0.5, 1, 10, 100, 100.5, 3600, 3601, 2147483647, 2147483648, '', 'x', '10', '10.0', '1e2', '1e3',
  '-0', '+5', ' 50 ', '100.0001', '3600', '3601', '-1', '300', 'true', 'TRUE', 'yes', 'false', 'OFF', 'info', 'INFO',
  'FAIL_WITH_403', '0.5', '2', '237', 'NONE', 'none', 'https://example.com', 'http://10.0.0.1:8080/api', 'ftp://x.y',
  'REQUEST_HEADER', 'REQUEST_QUERY', 'header', 'prod', 'bad name!', 'a'.repeat(11), 'a'.repeat(129), 'v2(beta)',
  'replace', 'remove', 'add', 'copy', 'move', 'test',
  '/canarySettings/percentTraffic', '/canarySettings/deploymentId', '/canarySettings/useStageCache', '/canarySettings',
  '/canarySettings/stageVariableOverrides', '/canarySettings/stageVariableOverrides/v', '/canarySettings/x',
  '/deploymentId', '/description', '/cacheClusterEnabled', '/cacheClusterSize', '/tracingEnabled', '/variables',
  '/variables/v', '/variables/a b', '/variables/a/b', '/accessLogSettings', '/accessLogSettings/format',
  '/accessLogSettings/destinationArn', '/accessLogSettings/x', '/methodSettings', '/*/*', '/~1pets/GET',
  '/*/*/metrics/enabled', '/*/*/logging/loglevel', '/*/*/caching/ttlInSeconds', '/~1pets/GET/throttling/burstLimit',
  '/*/*/throttling/rateLimit', '/*/*/caching/unauthorizedCacheControlHeaderStrategy', '/*/*/caching/bogus',
  '/variables/x/metrics/enabled', 'deploymentId', '/a/b/c', '/*/*/logging/dataTrace/x',
  [], {}, [null], { parameterCode: 'REQUEST_HEADER', parameterName: 'x', parameterValue: 'on' },
  { op: 'replace', path: '/canarySettings/percentTraffic', value: '10' }, { v: 'ok', 'bad name': 'x' }, { v: '' },
];

/** One random change somewhere in `doc`: drop, null, retype or replace a member, or add one. */
function mutate(doc, rng) {
  const spots = [];
  (function collect(v, parent, key) {
    if (parent) spots.push([parent, key]);
    if (v && typeof v === 'object') for (const k of Object.keys(v)) collect(v[k], v, Array.isArray(v) ? Number(k) : k);
  })(doc, null, null);
  if (spots.length === 0) return doc;
  const [parent, key] = spots[Math.floor(rng() * spots.length)];
  const pick = () => structuredClone(VALUES[Math.floor(rng() * VALUES.length)]);
  const roll = rng();
  if (roll < 0.15 && !Array.isArray(parent)) delete parent[key];
  else if (roll < 0.25 && !Array.isArray(parent)) parent[['extra', 'from', 'value', 'deploymentId', 'body', 'canaryConditions'][Math.floor(rng() * 6)]] = pick();
  else if (roll < 0.35 && typeof parent[key] === 'number') parent[key] = String(parent[key]);
  else if (roll < 0.45 && typeof parent[key] === 'string' && /^[-+0-9.e ]+$/.test(parent[key])) parent[key] = Number(parent[key]);
  else parent[key] = pick();
  return doc;
}

function xorshift(seed) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13; s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5; s >>>= 0;
    return s / 2 ** 32;
  };
}

function groupBy(items, key) {
  const out = {};
  for (const item of items) (out[key(item)] ??= []).push(item);
  return out;
}

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

function resolve(doc, fragment) {
  return fragment.split('/').slice(1).reduce((v, k) => (v == null ? undefined : v[k.replaceAll('~1', '/').replaceAll('~0', '~')]), doc);
}

function walk(node, at, visit) {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return;
  visit(node, at);
  for (const [k, v] of Object.entries(node)) {
    if (k === 'examples' || k === 'enum' || k === 'const') continue;
    if (Array.isArray(v)) v.forEach((item, i) => walk(item, `${at}/${k}/${i}`, visit));
    else if (v && typeof v === 'object') {
      if (k === 'properties' || k === '$defs') for (const [name, sub] of Object.entries(v)) walk(sub, `${at}/${k}/${name}`, visit);
      else walk(v, `${at}/${k}`, visit);
    }
  }
}

/** Whether a member's schema carries a description, itself or through its $ref. */
function described(sub, file) {
  if (typeof sub.description === 'string') return true;
  if (typeof sub.$ref === 'string') {
    const [target, fragment = ''] = sub.$ref.split('#');
    const s = resolve(target ? schemas[target] : schemas[file], fragment);
    return !!s && described(s, target || file);
  }
  return false;
}
