// The npm package against the peers a JS user would pick, and each document's two ways into
// wasm (README, "The npm package"). Run after scripts/build-npm.sh: `node bench/npm-peers.mjs`.
// Prints tables and the budgets; asserts nothing.
//
// 1. Validating an NCP Edit Canary body: canarylab's validate(api, payload) given JSON text and
//    given an object, against JSON.parse + an ajv validator compiled from an equivalent JSON
//    Schema (types, bounds, the spec's URL pattern, the mode rules as if/then) and against ajv on
//    the object.
// 2. The 3-op UpdateStage promotion as a whole scenario (read, apply, report results, changes and
//    state) against fast-json-patch applying the equivalent generic JSON Patch to a stage object
//    (which checks nothing AWS checks).
// 3. A traffic simulation, given as an object and as text.
//
// The package sends validate's and runScenario's objects to wasm as JSON text, validate's text
// straight into wasm memory, and takes runScenario's result back as text (npm/api.js);
// simulate's document and result cross as JS values through serde-wasm-bindgen. The rows that
// name wasm-bindgen or serde-wasm-bindgen call the wasm exports themselves the other ways: the
// figures behind those choices.
import { readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import Ajv from 'ajv';
import jsonpatch from 'fast-json-patch';
import * as canarylab from '../pkg/node.js';
import * as wasm from '../pkg/canarylab.js'; // the same instance as the package's, after its first call

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


function time(fn, n = 50_000) {
  for (let i = 0; i < n / 2; i++) fn(); // warm up
  const runs = [];
  for (let r = 0; r < 7; r++) {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) fn();
    runs.push(((performance.now() - t0) * 1e6) / n);
  }
  return runs.sort((a, b) => a - b)[3]; // median ns/op
}
const us = (ns) => `${(ns / 1000).toFixed(2)} µs`;
const clean = { valid: true, diagnostics: [] };
console.log(`canarylab ${canarylab.version()}, Node ${process.version}; median of 7 timed loops\n`);

// ---------------------------------------------------------------- 1. validate
const api = 'ncp.edit-canary';
const rows = [];
for (const [name, body] of Object.entries(bodies)) {
  const text = JSON.stringify(body);
  // Same verdicts and the same report every way in, or the comparison is meaningless.
  const report = canarylab.validate(api, text);
  if (report.valid !== ajvValidate(JSON.parse(text))) throw new Error(`verdicts differ on ${name}`);
  if (JSON.stringify(canarylab.validate(api, body)) !== JSON.stringify(report)) throw new Error(`object and text differ on ${name}`);
  if (JSON.stringify(wasm.validate(api, body) ?? clean) !== JSON.stringify(report)) throw new Error(`serde-wasm-bindgen differs on ${name}`);
  const parsed = time(() => { const v = JSON.parse(text); ajvValidate(v); return ajvValidate.errors; });
  const object = time(() => { ajvValidate(body); return ajvValidate.errors; });
  rows.push([`${name}, JSON text (${text.length} B)`, time(() => canarylab.validate(api, text)), parsed, 'JSON.parse + ajv']);
  rows.push([`${name}, JSON text passed as a string by wasm-bindgen`, time(() => wasm.validate(api, text) ?? clean), parsed, 'JSON.parse + ajv']);
  rows.push([`${name}, object (JSON.stringify, then as text)`, time(() => canarylab.validate(api, body)), object, 'ajv']);
  rows.push([`${name}, object, read by serde-wasm-bindgen`, time(() => wasm.validate(api, body) ?? clean), object, 'ajv']);
}
console.log('| validate NCP Edit Canary | canarylab | peer | peer is | canarylab / peer |');
console.log('|---|---|---|---|---|');
for (const [op, a, b, peer] of rows) console.log(`| ${op} | ${us(a)} | ${us(b)} | ${peer} | ${(a / b).toFixed(2)}x |`);

// ---------------------------------------------------------------- 2. the promotion scenario
const promote = JSON.parse(readFileSync(new URL('../examples/aws/update-stage-promote.json', import.meta.url), 'utf8'));
const stage = { deploymentId: 'dep001', stageName: 'prod', variables: { backend: 'prod' },
  canarySettings: { deploymentId: 'dep002', percentTraffic: 10, useStageCache: false, stageVariableOverrides: { flag: 'on' } } };
const scenario = { provider: 'aws', deployments: [{ id: 'dep001' }, { id: 'dep002' }], stages: [stage],
  calls: [{ action: 'UpdateStage', params: promote }] };
const scenarioText = JSON.stringify(scenario);
const generic = promote.patchOperations.map((o) => (o.op === 'copy' ? { op: 'copy', from: o.from, path: o.path }
  : { op: o.op, path: o.path, value: Number(o.value) }));
const result = canarylab.runScenario(scenario);
if (result.results[0].status !== 200) throw new Error('the promotion failed');
const peer = time(() => jsonpatch.applyPatch(structuredClone(stage), generic, true, true).newDocument, 20_000);
if (JSON.stringify(wasm.runScenario(scenario)) !== JSON.stringify(result)) throw new Error('the ways in and out differ');
const scenarioRows = [
  [`JSON text (${scenarioText.length} B), result as text + JSON.parse`, time(() => canarylab.runScenario(scenarioText), 20_000)],
  ['object (JSON.stringify), result as text + JSON.parse', time(() => canarylab.runScenario(scenario), 20_000)],
  ['JSON text, result written by serde-wasm-bindgen', time(() => wasm.runScenario(scenarioText), 20_000)],
  ['object read and result written by serde-wasm-bindgen', time(() => wasm.runScenario(scenario), 20_000)],
];
console.log(`\n| the 3-op UpdateStage promotion as a scenario | canarylab | fast-json-patch (clone + apply) | canarylab / peer |`);
console.log('|---|---|---|---|');
for (const [op, a] of scenarioRows) console.log(`| ${op} | ${us(a)} | ${us(peer)} | ${(a / peer).toFixed(2)}x |`);

// ---------------------------------------------------------------- 3. simulate
const traffic = JSON.parse(readFileSync(new URL('../examples/traffic/aws-10-percent.json', import.meta.url), 'utf8'));
const config = { ...traffic, runs: 20, workload: { ...traffic.workload, requests: 1_000 } };
const simulateRows = [
  ['object, read by serde-wasm-bindgen', time(() => canarylab.simulate(config, { seed: 1 }), 500)],
  ['JSON.stringify, then as text', time(() => canarylab.simulate(JSON.stringify(config), { seed: 1 }), 500)],
];
console.log('\n| simulate 1,000 requests and 20 repeated runs (aws-10-percent.json) | canarylab |');
console.log('|---|---|');
for (const [op, a] of simulateRows) console.log(`| ${op} | ${us(a)} |`);

// ---------------------------------------------------------------- budgets and size
const valid = rows[0];
console.log(`\nbudget: a valid 163-byte body at most 2x JSON.parse + ajv: ${(valid[1] / valid[2]).toFixed(2)}x (${valid[0]})`);
console.log(`budget: the promotion scenario at most 5x fast-json-patch: ${(scenarioRows[1][1] / peer).toFixed(2)}x (object)`);
const module = readFileSync(new URL('../pkg/canarylab_bg.wasm', import.meta.url));
const glue = readFileSync(new URL('../pkg/canarylab.js', import.meta.url));
const size = (b) => `${b.length} B raw, ${gzipSync(b, { level: 9 }).length} B gzip -9, ` +
  `${brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length} B brotli`;
console.log(`budget: the wasm an npm user loads at most 250 KB (256,000 B) gzip: canarylab_bg.wasm ${size(module)}`);
console.log(`        (its JS glue, canarylab.js: ${size(glue)})`);
