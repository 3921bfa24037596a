// The npm package against the peers a JS user would pick (README "The npm package: speed").
// Run after scripts/build-npm.sh: `node bench/npm-peers.mjs`. Prints a table; asserts nothing.
//
// 1. Validating JSON text: canarylab's validate(api, text) against JSON.parse + an ajv validator
//    compiled from an equivalent JSON Schema (the NCP Edit Canary body: types, bounds, the spec's
//    URL pattern, the mode rules as if/then).
// 2. Simulating UpdateStage (the 3-op promotion) against fast-json-patch applying the equivalent
//    generic JSON Patch to a stage object (which checks nothing AWS checks).
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import Ajv from 'ajv';
import jsonpatch from 'fast-json-patch';
import * as canarylab from '../pkg/node.js';

const SPEC_PATTERN = '^(?:((http|https)://)(([\\w.-]+\\.[a-zA-Z0-9]+)|(([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])\\.){3}([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5]))(:([0-9]|[1-9]\\d|[1-9]\\d{2}|[1-9]\\d{3}|[1-5]\\d{4}|6[0-4]\\d{3}|65[0-4]\\d{2}|655[0-2]\\d|6553[0-5]))?(/[a-zA-Z0-9&%_./-~-]*)?|((http|https)://)([^@]+)@(([\\w.-]+\\.[a-zA-Z0-9]+)|(([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])\\.){3}([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5]))(:([0-9]|[1-9]\\d|[1-9]\\d{2}|[1-9]\\d{3}|[1-5]\\d{4}|6[0-4]\\d{3}|65[0-4]\\d{2}|655[0-2]\\d|6553[0-5]))?(/[a-zA-Z0-9&%_./-~-]*)?|NONE)$';
const condition = {
  type: 'object', required: ['parameterCode', 'parameterName', 'parameterValue'], additionalProperties: false,
  properties: { parameterCode: { enum: ['REQUEST_HEADER', 'REQUEST_QUERY'] }, parameterName: { type: 'string' }, parameterValue: { type: 'string' } },
};
const schema = {
  type: 'object', required: ['useDistributionRate', 'canaryEndpointDomain'],
  properties: {
    useDistributionRate: { type: 'boolean' },
    canaryEndpointDomain: { type: 'string', maxLength: 200, pattern: SPEC_PATTERN },
    canaryDistributionRate: { type: 'number', minimum: 0, maximum: 100 },
    canaryConditions: { type: 'array', items: condition },
    canaryCacheTtlSec: { type: 'integer', minimum: 1, maximum: 3600 },
    canaryThrottleRps: { type: 'integer', minimum: 1, maximum: 2147483647 },
  },
  if: { properties: { useDistributionRate: { const: true } } },
  then: { required: ['canaryDistributionRate'] },
  else: { required: ['canaryConditions'], properties: { canaryConditions: { type: 'array', minItems: 1 } } },
};
const ajv = new Ajv({ allErrors: true });
const ajvValidate = ajv.compile(schema);

const bodies = {
  'rate body': { useDistributionRate: true, canaryEndpointDomain: 'https://canary.example.com:8443/v2', canaryDistributionRate: 10, canaryCacheTtlSec: 60, canaryThrottleRps: 100 },
  'condition body': { useDistributionRate: false, canaryEndpointDomain: 'https://canary.example.com',
    canaryConditions: [{ parameterCode: 'REQUEST_HEADER', parameterName: 'x-canary', parameterValue: 'on' }, { parameterCode: 'REQUEST_QUERY', parameterName: 'beta', parameterValue: '1' }] },
  'invalid body (4 errors, 2 warnings)': { useDistributionRate: true, canaryEndpointDomain: 'none', canaryCacheTtlSec: 0, canaryThrottleRps: '5' },
};

function time(fn) {
  for (let i = 0; i < 20_000; i++) fn(); // warm up
  const runs = [];
  for (let r = 0; r < 7; r++) {
    const n = 50_000;
    const t0 = performance.now();
    for (let i = 0; i < n; i++) fn();
    runs.push(((performance.now() - t0) * 1e6) / n);
  }
  return runs.sort((a, b) => a - b)[3]; // median ns/op
}

const rows = [];
for (const [name, body] of Object.entries(bodies)) {
  const text = JSON.stringify(body);
  // Same verdicts, or the comparison is meaningless.
  const ours = canarylab.validate('ncp.edit-canary', text).valid;
  if (ours !== ajvValidate(JSON.parse(text))) throw new Error(`verdicts differ on ${name}`);
  rows.push([`validate NCP Edit Canary, ${name} (${text.length} B of JSON text)`,
    time(() => canarylab.validate('ncp.edit-canary', text)),
    time(() => { const v = JSON.parse(text); ajvValidate(v); return ajvValidate.errors; }), 'JSON.parse + ajv']);
}

const promote = JSON.parse(readFileSync(new URL('../examples/aws/update-stage-promote.json', import.meta.url), 'utf8'));
const stage = { deploymentId: 'dep001', stageName: 'prod', variables: { backend: 'prod' },
  canarySettings: { deploymentId: 'dep002', percentTraffic: 10, useStageCache: false, stageVariableOverrides: { flag: 'on' } } };
const scenario = JSON.stringify({ provider: 'aws', deployments: [{ id: 'dep001' }, { id: 'dep002' }], stages: [stage],
  calls: [{ action: 'UpdateStage', params: promote }] });
const generic = promote.patchOperations.map((o) => (o.op === 'copy' ? { op: 'copy', from: o.from, path: o.path }
  : { op: o.op, path: o.path, value: Number(o.value) }));
rows.push(['simulate the 3-op UpdateStage promotion (a whole scenario: parse, apply, print state)',
  time(() => canarylab.runScenario(scenario)),
  time(() => jsonpatch.applyPatch(structuredClone(stage), generic, true, true).newDocument), 'fast-json-patch (clone + apply)']);

const { gzipSync, brotliCompressSync } = await import('node:zlib');
console.log(`canarylab ${canarylab.version()}, Node ${process.version}; median ns/op of 7 x 50,000 calls\n`);
console.log('| operation | canarylab | peer | peer is | canarylab / peer |');
console.log('|---|---|---|---|---|');
for (const [op, a, b, peer] of rows) {
  console.log(`| ${op} | ${(a / 1000).toFixed(2)} µs | ${(b / 1000).toFixed(2)} µs | ${peer} | ${(a / b).toFixed(2)}x |`);
}
// Issue 7's size goal: each wasm module the package ships at most 80 KB (81,920 B) gzip.
console.log('\n| wasm module | raw | gzip -9 | brotli |');
console.log('|---|---|---|---|');
for (const name of ['gateway', 'traffic']) {
  const wasm = readFileSync(new URL(`../pkg/canarylab_${name}_bg.wasm`, import.meta.url));
  console.log(`| ${name} | ${wasm.length} B | ${gzipSync(wasm, { level: 9 }).length} B | ${brotliCompressSync(wasm).length} B |`);
}
