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

test('runCli: readers return text or throw; what they throw is the reason the CLI prints', () => {
  const doc = JSON.stringify({ provider: 'aws', stage: { deploymentId: 'd1', stageName: 'p' }, workload: { requests: 10 } });
  const ok = canarylab.runCli(['simulate', 'doc.json'], (p) => (p === 'doc.json' ? doc : ''), () => '');
  assert.equal(ok.code, 0);
  assert.equal(JSON.parse(ok.stdout).requests, 10);
  const cases = [
    [() => { throw new Error('EACCES'); }, 'EACCES'],
    [() => { throw 'gone'; }, 'gone'],
    [() => { throw 42; }, 'unknown error'],
    [() => 42, 'the reader did not return text'],
  ];
  for (const [readFile, why] of cases) {
    assert.deepEqual(canarylab.runCli(['run', 'x.json'], readFile, () => ''),
      { code: 2, stdout: '', stderr: `error: cannot read x.json: ${why}\n` }, why);
  }
  assert.equal(canarylab.runCli(['run', '-'], () => '', () => '{"provider": ').code, 1);
  // validate --fix writes through writeFile; without one it says it cannot write (exit 2).
  const payload = '{"restApiId": "a", "stageName": "p", "patchOperations": [{"op": "replace", "path": "/description", "value": 1}]}\n';
  const written = {};
  // Only p.json exists: the CLI also looks for canarylab.toml and package.json (its CI policy).
  const only = (p) => { if (p === 'p.json') return payload; throw new Error('ENOENT'); };
  const fixed = canarylab.runCli(['validate', 'aws.update-stage', '--fix', 'p.json'], only, () => '', (p, t) => { written[p] = t; });
  assert.equal(fixed.code, 0, fixed.stderr);
  assert.deepEqual(written, { 'p.json': payload.replace('"value": 1', '"value": "1"').replaceAll('": ', '":').replaceAll(', ', ',') });
  assert.match(fixed.stderr, /^p\.json: applied 1 fix\n/);
  assert.deepEqual(canarylab.runCli(['validate', 'aws.update-stage', '--fix', 'p.json'], only, () => ''),
    { code: 2, stdout: '', stderr: 'error: cannot write p.json: runCli was given no writeFile\n' });
  const refused = canarylab.runCli(['validate', 'aws.update-stage', '--fix', 'p.json'], only, () => '', () => { throw new Error('EROFS'); });
  assert.equal(refused.stderr, 'error: cannot write p.json: EROFS\n');
  assert.throws(() => canarylab.runCli('run', () => '', () => ''), TypeError);
  assert.throws(() => canarylab.runCli(['simulate', 1], () => '', () => ''), TypeError);
});

test('bin: usage errors exit 2 with a message on stderr', () => {
  const r = bin(['launch-rockets']);
  assert.equal(r.status, 2);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /unknown command 'launch-rockets'/);
});

// ---------------------------------------------------------------- exports

const ncpRate = { useDistributionRate: true, canaryEndpointDomain: 'https://canary.example.com', canaryDistributionRate: 10 };

test('validate: a valid payload, as an object or as JSON text, gives the same plain report', () => {
  const a = canarylab.validate('ncp.edit-canary', ncpRate);
  const b = canarylab.validate('ncp.edit-canary', JSON.stringify(ncpRate));
  assert.deepEqual(a, { valid: true, diagnostics: [] });
  assert.deepEqual(b, a);
  assert.equal(Object.getPrototypeOf(a), Object.prototype, 'a plain object, not a Map or class');
});

test('validate: every problem at once, with path, code, message and hint; never throws for bad input', () => {
  const r = canarylab.validate('ncp.edit-canary', { useDistributionRate: true, canaryEndpointDomain: 'none', canaryCacheTtlSec: '60' });
  assert.equal(r.valid, false);
  assert.deepEqual(r.diagnostics.map((d) => [d.path, d.code, d.severity]), [
    ['/canaryEndpointDomain', 'ncp.endpoint.pattern', 'error'],
    ['/canaryDistributionRate', 'ncp.rate.required', 'error'],
    ['/canaryCacheTtlSec', 'param.type', 'error'],
    ['/canaryCacheTtlSec', 'ncp.docs.ttl', 'warning'],
  ]);
  for (const d of r.diagnostics) assert.ok(d.message && d.hint);
  assert.equal(canarylab.validate('ncp.edit-canary', '').diagnostics[0].code, 'json.syntax');
  const broken = canarylab.validate('aws.update-stage', '{"restApiId": ');
  assert.equal(broken.diagnostics[0].code, 'json.syntax');
  assert.match(broken.diagnostics[0].message, /line 1 column 14/);
});

test('validate: a diagnostic may carry a fix, an RFC 6902 patch on the payload', () => {
  const r = canarylab.validate('aws.update-stage', { restApiId: 'a', stageName: 'p',
    patchOperations: [{ op: 'replace', path: '/canarySettings/percentTraffic', value: 10 }] });
  const quote = r.diagnostics.find((d) => d.code === 'param.type');
  assert.deepEqual(quote.fix, { description: 'write "10"',
    patch: [{ op: 'replace', path: '/patchOperations/0/value', value: '10' }] });
  assert.ok(r.diagnostics.filter((d) => !d.fix).every((d) => !('fix' in d)), 'no fix member without a fix');
});

test('applyFixes: object in, new object out; text in, text out in its own layout', () => {
  const payload = { restApiId: 'a', stageName: 'p', patchOperations: [
    { op: 'replace', path: '/canarySettings/percentTraffic', value: 10 },
    { op: 'replace', path: '/variables/release', value: 'v2(beta)' },
  ] };
  const before = structuredClone(payload);
  const report = canarylab.validate('aws.update-stage', payload);
  assert.equal(report.valid, false);
  const fixed = canarylab.applyFixes(payload, report);
  assert.deepEqual(payload, before, 'the payload given is not changed');
  assert.deepEqual(fixed.patchOperations.map((o) => o.value), ['10', 'v2beta']);
  assert.equal(canarylab.validate('aws.update-stage', fixed).valid, true);

  const indented = `${JSON.stringify(payload, null, 4)}\n`;
  const text = canarylab.applyFixes(indented, canarylab.validate('aws.update-stage', indented));
  assert.equal(text, `${JSON.stringify(fixed, null, 4)}\n`);
  const compact = JSON.stringify(payload);
  assert.equal(canarylab.applyFixes(compact, JSON.stringify(report)), JSON.stringify(fixed), 'the report as JSON text works too');
  // Nothing to fix: the same payload back (a copy for an object, the text for text).
  const clean = canarylab.validate('aws.update-stage', fixed);
  assert.deepEqual(canarylab.applyFixes(fixed, clean), fixed);
  assert.equal(canarylab.applyFixes(' {"a": 1} ', { valid: true, diagnostics: [] }), ' {"a": 1} ');
});

test('applyFixes: a report about another payload, or no report, throws', () => {
  const report = canarylab.validate('aws.update-stage', { restApiId: 'a', stageName: 'p',
    patchOperations: [{ op: 'replace', path: '/description', value: 1 }] });
  assert.throws(() => canarylab.applyFixes({ restApiId: 'a' }, report), { message: /^canarylab: the fix "write "1"" does not apply/ });
  assert.throws(() => canarylab.applyFixes({}, [report.diagnostics[0].fix]), { name: 'TypeError', message: /report must be a report/ });
  assert.throws(() => canarylab.applyFixes(undefined, report), { name: 'TypeError', message: /payload is required/ });
  assert.throws(() => canarylab.applyFixes('{', report), { message: /does not apply: .*line 1/ });
});

test('validate: an unknown API name is misuse and throws an Error', () => {
  assert.throws(() => canarylab.validate('aws.nope', {}), { message: /unknown API 'aws.nope'/ });
  assert.throws(() => canarylab.validate('aws.update-stage'), TypeError);
  assert.throws(() => canarylab.validate('aws.update-stage', () => 1), { name: 'TypeError', message: /payload cannot be written as JSON \(got a function\)/ });
  assert.deepEqual([...canarylab.apis], ['aws.create-deployment', 'aws.create-stage', 'aws.update-stage', 'ncp.edit-canary']);
});

test('plan: the UpdateStage operations between two stages (objects or text), what cannot be made, and a report for what is not a stage', () => {
  const current = { stageName: 'prod', deploymentId: 'd1', variables: { backend: 'v1' },
    canarySettings: { deploymentId: 'd2', percentTraffic: 10, stageVariableOverrides: { backend: 'v2' } } };
  const wanted = { stageName: 'prod', deploymentId: 'd2', variables: { backend: 'v2' }, tags: { team: 'a' } };
  const want = {
    patchOperations: [
      { op: 'remove', path: '/canarySettings' },
      { op: 'replace', path: '/deploymentId', value: 'd2' },
      { op: 'replace', path: '/variables/backend', value: 'v2' },
    ],
    unsupported: [{ path: '/tags', reason: "UpdateStage has no path for tags: use TagResource and UntagResource on the stage's ARN" }],
  };
  assert.deepEqual(canarylab.plan(current, wanted), want);
  assert.deepEqual(canarylab.plan(JSON.stringify(current), JSON.stringify(wanted)), want);
  const bad = canarylab.plan({ stageName: 'prod' }, '{');
  assert.equal(bad.valid, false);
  assert.deepEqual(bad.diagnostics.map((d) => [d.path, d.code]), [['/current', 'plan.stage'], ['/wanted', 'json.syntax']]);
  assert.throws(() => canarylab.plan(current), /wanted is required/);
});

test('runScenario: an account without a CloudWatch Logs role, and the lints a call brings', () => {
  const out = canarylab.runScenario({
    provider: 'aws',
    account: { cloudwatchRoleArn: null },
    deployments: [{ id: 'd1' }],
    stages: [{ stageName: 'prod', deploymentId: 'd1' }],
    calls: [
      { action: 'UpdateStage', params: { restApiId: 'a', stageName: 'prod', patchOperations: [
        { op: 'replace', path: '/*/*/logging/loglevel', value: 'INFO' }] } },
      { action: 'UpdateStage', params: { restApiId: 'a', stageName: 'prod', patchOperations: [
        { op: 'replace', path: '/canarySettings/percentTraffic', value: '100' }] } },
    ],
  });
  assert.deepEqual(out.results[0].error,
    { type: 'BadRequestException', message: 'CloudWatch Logs role ARN must be set in account settings to enable logging' });
  assert.deepEqual(out.results[1].warnings.map((w) => [w.path, w.code]), [
    ['/stages/0/canarySettings/deploymentId', 'aws.canary.same-deployment'],
    ['/stages/0/canarySettings/percentTraffic', 'aws.canary.full-traffic'],
  ]);
});

test('runScenario: NCP error bodies and states; a malformed scenario is a report', () => {
  const out = canarylab.runScenario({
    provider: 'ncp',
    stages: [{ stageId: 's1', deployedStageDeploymentNo: 4 }],
    calls: [
      { action: 'EditCanary', params: { productId: 'p', apiId: 'a', stageId: 's1', body: ncpRate } },
      { action: 'EnableCanary', params: { productId: 'p', apiId: 'a', stageId: 's1' } },
    ],
  });
  assert.deepEqual(out.results[0], { action: 'EditCanary', status: 400,
    error: { errorCode: '100', message: 'Bad Request Exception', details: "Canary is not enabled on stage 's1'" },
    changes: [] });
  assert.equal(out.results[1].body.canaryDeploymentNo, 5);
  assert.equal(out.state.stages[0].canaryDeploymentNo, 5);
  assert.ok(out.results[1].changes.some((c) => c.op === 'add' && c.path === '/stages/0/canaryDeploymentNo' && c.value === 5));
  assert.equal(Object.getPrototypeOf(out.results[1].changes[0]), Object.prototype, 'plain objects, not Maps');
  const bad = canarylab.runScenario({ provider: 'gcp', calls: [] });
  assert.equal(bad.valid, false);
  assert.equal(bad.diagnostics[0].code, 'scenario.provider');
});

test('runScenario: each call reports its changes as an RFC 6902 patch from the state before it to the state after it', () => {
  const scenario = JSON.parse(readFileSync(`${process.env.CANARYLAB_EXAMPLES}/ncp/lifecycle.json`, 'utf8'));
  const steps = scenario.calls.map((_, i) => canarylab.runScenario({ ...scenario, calls: scenario.calls.slice(0, i) }).state);
  steps.push(canarylab.runScenario(scenario).state);
  const out = canarylab.runScenario(JSON.stringify(scenario));
  out.results.forEach((r, i) => assert.deepEqual(apply(steps[i], r.changes), steps[i + 1], `call ${i}: ${r.action}`));
  assert.ok(out.results.some((r) => r.changes.length > 0));
});

// A minimal RFC 6902 `apply` for the test: add, remove and replace, which `changes` uses.
function apply(doc, ops) {
  const copy = structuredClone(doc);
  for (const { op, path, value } of ops) {
    const keys = path.split('/').slice(1).map((k) => k.replaceAll('~1', '/').replaceAll('~0', '~'));
    const last = keys.pop();
    const parent = keys.reduce((v, k) => v[k], copy);
    if (op === 'remove') Array.isArray(parent) ? parent.splice(Number(last), 1) : delete parent[last];
    else if (op === 'add' && Array.isArray(parent)) parent.splice(last === '-' ? parent.length : Number(last), 0, value);
    else if (op === 'add' || op === 'replace') parent[last] = value;
    else throw new Error(`unexpected op ${op}`);
  }
  return copy;
}

test('simulate: the CLI summary shape; the seed makes it reproducible', () => {
  const config = { provider: 'aws', runs: 20,
    stage: { deploymentId: 'd1', stageName: 'prod', canarySettings: { deploymentId: 'd2', percentTraffic: 5 } },
    workload: { requests: 20000 } };
  const a = canarylab.simulate(config, { seed: 3 });
  const b = canarylab.simulate(JSON.stringify(config), { seed: 3n });
  assert.deepEqual(a, b);
  assert.equal(a.requests, 20000);
  assert.equal(a.counts.stage + a.counts.canary, 20000);
  assert.equal(a.share.configured, 0.05);
  assert.ok(a.share.ci95[0] < a.share.observed && a.share.observed < a.share.ci95[1]);
  assert.notDeepEqual(canarylab.simulate(config, { seed: 4 }).counts, a.counts);
  assert.equal(canarylab.simulate({ provider: 'aws' }).valid, false);
});

test('simulate: 10^12 requests in milliseconds, with what was simulated one by one said plainly', () => {
  const config = { provider: 'aws', runs: 200,
    stage: { deploymentId: 'd1', stageName: 'prod', cacheClusterEnabled: true,
      methodSettings: { '*/*': { cachingEnabled: true, cacheTtlInSeconds: 60 } },
      canarySettings: { deploymentId: 'd2', percentTraffic: 10, useStageCache: true } },
    workload: { requests: 1e12, ratePerSecond: 1000, cacheKeys: 100 } };
  const t0 = performance.now();
  const s = canarylab.simulate(config, { seed: 1 });
  const ms = performance.now() - t0;
  assert.equal(s.requests, 1e12);
  assert.equal(s.counts.stage + s.counts.canary, 1e12);
  assert.equal(s.detail.requests, 1e6);
  assert.match(s.detail.statement, /^cache from the first 1,000,000 requests; counts, the share path and the repeated runs are drawn exactly for all 1,000,000,000,000$/);
  assert.ok(s.notes.includes(s.detail.statement));
  assert.equal(s.runs.count, 200);
  assert.ok(ms < 5000, `${ms} ms`);
  // More than the engine can do is refused, not attempted.
  const tooMuch = canarylab.simulate({ ...config, split: 'sticky-cookie', runs: 1000,
    workload: { requests: 1e12, clients: 1e7 } });
  assert.equal(tooMuch.valid, false);
  assert.equal(tooMuch.diagnostics[0].path, '/runs');
  assert.match(tooMuch.diagnostics[0].message, /more than the 4,000,000,000 the engine takes$/);
});

const slow = { provider: 'aws', split: 'sticky-cookie', runs: 30, seed: 2,
  stage: { deploymentId: 'd1', stageName: 'prod', canarySettings: { deploymentId: 'd2', percentTraffic: 5 } },
  workload: { requests: 1e9, clients: 20000 } };

test('simulate: onProgress between chunks, and a signal stops the run', () => {
  const seen = [];
  const s = canarylab.simulate(slow, { onProgress: (p) => seen.push(p) });
  assert.deepEqual(s, canarylab.simulate(slow));
  assert.ok(seen.length > 2, `${seen.length} progress calls`);
  for (let i = 1; i < seen.length; i++) assert.ok(seen[i].done >= seen[i - 1].done);
  assert.deepEqual(seen.at(-1), { done: seen.at(-1).total, total: seen.at(-1).total, fraction: 1 });
  const stop = new AbortController();
  let calls = 0;
  assert.throws(() => canarylab.simulate(slow, { signal: stop.signal, onProgress: () => ++calls === 2 && stop.abort() }),
    { name: 'AbortError' });
  assert.equal(calls, 2);
  assert.throws(() => canarylab.simulate(slow, { signal: AbortSignal.abort(new Error('not now')) }), { message: 'not now' });
  assert.throws(() => canarylab.simulate(slow, { onProgress: 'yes' }), TypeError);
  assert.throws(() => canarylab.simulate(slow, { signal: {} }), TypeError);
  // An invalid document is still a report, not an exception.
  assert.equal(canarylab.simulate({ provider: 'aws' }, { onProgress() {} }).valid, false);
});

test('simulateAsync: the same summary, the event loop keeps turning, abort rejects', async () => {
  let ticks = 0;
  const timer = setInterval(() => ticks++, 1);
  const seen = [];
  const s = await canarylab.simulateAsync(slow, { onProgress: (p) => seen.push(p.fraction) });
  clearInterval(timer);
  assert.deepEqual(s, canarylab.simulate(slow));
  assert.ok(ticks > 0, 'timers ran while the simulation did');
  assert.equal(seen.at(-1), 1);
  const stop = new AbortController();
  const run = canarylab.simulateAsync(slow, { signal: stop.signal, onProgress: () => stop.abort() });
  await assert.rejects(run, { name: 'AbortError' });
  assert.equal((await canarylab.simulateAsync({ provider: 'aws' })).valid, false);
  await assert.rejects(canarylab.simulateAsync(slow, { signal: AbortSignal.abort() }), { name: 'AbortError' });
});

test('runCli: simulate --progress writes its lines to the stderr it is given, as it goes', () => {
  const doc = JSON.stringify(slow);
  const lines = [];
  const out = canarylab.runCli(['simulate', 'doc.json', '--progress'], () => doc, () => '', undefined,
    { isTerminal: false, write: (t) => lines.push(t) });
  assert.equal(out.code, 0);
  assert.equal(out.stderr, '');
  assert.match(lines[0], /^simulate \[[#-]{30}\] +\d+ %  \d+\.\d s\n$/);
  assert.match(lines.at(-1), /^simulate \[#{30}\] 100 %  \d+\.\d s\n$/);
  // No terminal and no --progress: nothing.
  const quiet = [];
  canarylab.runCli(['simulate', 'doc.json'], () => doc, () => '', undefined, { isTerminal: false, write: (t) => quiet.push(t) });
  assert.deepEqual(quiet, []);
  assert.throws(() => canarylab.runCli(['simulate', 'doc.json'], () => doc, () => '', undefined, {}), TypeError);
});

test('simulate: a JS object reads as JSON.stringify would write it', () => {
  const config = { provider: 'aws', runs: 3, stage: { deploymentId: 'd1', stageName: 'prod',
    canarySettings: { deploymentId: 'd2', percentTraffic: 25.5 } }, workload: { requests: 500, ratePerSecond: 10 } };
  const text = canarylab.simulate(JSON.stringify(config), { seed: 1 });
  // Members that are undefined, functions or symbols are left out, as in JSON.
  assert.deepEqual(canarylab.simulate({ ...config, seed: undefined, comment: () => 1, [Symbol('x')]: 1, alpha: Symbol('y') }, { seed: 1 }), text);
  assert.equal(text.share.configured, 0.255);
  // Any u64 seed, even past 2^53: numbers come back as JSON.parse would read them.
  assert.equal(canarylab.simulate(config, { seed: 2n ** 64n - 1n }).seed, 2 ** 64);
  // Too deep (or cyclic) is an invalid document, as too deep a text is; a function where JSON has no
  // place for one is misuse.
  const cyclic = { ...config };
  cyclic.workload = { requests: 10, self: cyclic };
  assert.match(canarylab.simulate(cyclic).diagnostics[0].message, /^malformed JSON: recursion limit exceeded/);
  assert.throws(() => canarylab.simulate([() => 1]), { message: /^canarylab: config cannot be read as JSON/ });
  assert.throws(() => canarylab.simulate(), { name: 'TypeError', message: /config is required/ });
});

test('judge: rollback, wait or promote, from an object or JSON text; bad input is a report, misuse throws', () => {
  const doc = { tolerance: 0.005, baseline: { requests: 180000, errors: 900 }, canary: { requests: 20000, errors: 95 } };
  const promote = canarylab.judge(doc);
  assert.equal(promote.verdict, 'promote');
  assert.ok(promote.difference.confidenceSequence[1] < 0.005);
  assert.deepEqual(canarylab.judge(JSON.stringify(doc)), promote);
  assert.equal(promote.needed, null);
  // Options win over the document.
  assert.equal(canarylab.judge(doc, { tolerance: 0.001 }).verdict, 'wait');
  const rollback = canarylab.judge({ tolerance: 0.005, baseline: { requests: 99000, errors: 99 }, canary: { requests: 1000, errors: 12 } });
  assert.equal(rollback.verdict, 'rollback');
  assert.ok(rollback.pValue <= 0.05);
  // A series, judged interval by interval.
  const series = Array.from({ length: 10 }, (_, i) => ({ time: 60 * i,
    baseline: { requests: 2850, errors: 14 }, canary: { requests: 150, errors: i % 2 } }));
  const wait = canarylab.judge({ tolerance: 0.005, series });
  assert.equal(wait.verdict, 'wait');
  assert.equal(wait.history.length, 10);
  assert.equal(wait.needed.toward, 'promote');
  assert.equal(typeof wait.needed.minutes, 'number');
  // Bad input: every problem at its pointer, never a verdict.
  const bad = canarylab.judge({ tolerance: 0.005, series: [series[1], series[0]] });
  assert.deepEqual(bad.diagnostics.map((d) => [d.code, d.path]), [['judge.series.order', '/series/1/time']]);
  const negative = canarylab.judge({ tolerance: 0.005, baseline: { requests: -1, errors: 0 }, canary: { requests: 1, errors: 2 } });
  assert.deepEqual(negative.diagnostics.map((d) => [d.code, d.path]),
    [['judge.count', '/baseline/requests'], ['judge.errors-exceed', '/canary/errors']]);
  assert.equal(canarylab.judge({ tolerance: 0.005, series: [] }).valid, false);
  // NaN has no place in JSON: as JSON.stringify writes it, null, a missing count.
  assert.equal(canarylab.judge({ ...doc, canary: { requests: NaN, errors: 0 } }).diagnostics[0].code, 'param.missing');
  assert.throws(() => canarylab.judge(doc, 'x'), { name: 'TypeError' });
  assert.throws(() => canarylab.judge(doc, { tolerence: 0.1 }), { message: /^canarylab: judge options/ });
  assert.throws(() => canarylab.judge(), { name: 'TypeError', message: /doc is required/ });
});

test('judge: get-metric-data output with the query of each series', () => {
  const times = ['2026-01-01T00:02:00+00:00', '2026-01-01T00:01:00+00:00', '2026-01-01T00:00:00+00:00'];
  const result = (Id, Values) => ({ Id, Label: Id, Timestamps: times, Values, StatusCode: 'Complete' });
  const output = { MetricDataResults: [result('br', [990, 990, 990]), result('be', [5, 4, 5]),
    result('cr', [10, 10, 10]), result('ce', [0, 0, 0])], Messages: [] };
  const queries = { baseline: { requests: 'br', errors: 'be' }, canary: { requests: 'cr', errors: 'ce' } };
  const j = canarylab.judge(output, { input: 'cloudwatch', tolerance: 0.01, queries });
  assert.equal(j.looks, 3);
  assert.equal(j.history[0].time, '2026-01-01T00:00:00+00:00');
  const partial = structuredClone(output);
  partial.MetricDataResults[2].StatusCode = 'PartialData';
  assert.equal(canarylab.judge(partial, { input: 'cloudwatch', tolerance: 0.01, queries }).diagnostics[0].code,
    'judge.cloudwatch.status');
});

test('ramp: minutes per step, blast radius, calls that replay on the simulated gateways, a script', () => {
  const plan = canarylab.ramp({ baselineErrorRate: 0.005, requestsPerSecond: 50, tolerance: 0.005 });
  assert.equal(plan.minutesPerStep, 11);
  assert.deepEqual(plan.steps.map((s) => s.percent), [1, 5, 25, 100]);
  assert.deepEqual(plan.steps[0].blastRadius, { worstCase: 330, atTolerance: 1.65 });
  assert.match(plan.script, /^#!\/usr\/bin\/env bash\n/);
  const stage = { deploymentId: 'dep001', stageName: 'prod', createdDate: '2025-12-31T00:00:00+00:00', lastUpdatedDate: '2025-12-31T00:00:00+00:00' };
  const out = canarylab.runScenario({ provider: 'aws', deployments: [{ id: 'dep001' }], stages: [stage],
    calls: plan.steps.flatMap((s) => s.aws) });
  assert.ok(out.results.every((r) => r.status < 300), JSON.stringify(out.results));
  assert.notEqual(out.state.stages[0].deploymentId, 'dep001');
  assert.deepEqual(canarylab.ramp({ requestsPerSecond: 50, tolerance: 0.005, steps: [5, 1] }).diagnostics.map((d) => d.code),
    ['param.missing', 'ramp.steps']);
});

// ---------------------------------------------------------------- the bin, against the native CLI

const examples = process.env.CANARYLAB_EXAMPLES;
const native = process.env.CANARYLAB_NATIVE;
const ex = (p) => `${examples}/${p}`;

test('bin: validate takes many files (CI), text by default, --format json for machines', () => {
  const r = bin(['validate', 'ncp.edit-canary', ex('ncp/edit-canary-rate.json'), ex('ncp/edit-canary-docs-example.json')]);
  assert.equal(r.status, 1);
  assert.match(r.stdout, /edit-canary-docs-example\.json:\/canaryCacheTtlSec: error\[ncp\.ttl\.range\]/);
  assert.match(r.stderr, /edit-canary-rate\.json: valid \(0 errors, 1 warnings\)/);
  const j = bin(['validate', 'aws.update-stage', ex('aws/update-stage-promote.json'), '--format', 'json']);
  assert.equal(j.status, 0);
  assert.equal(JSON.parse(j.stdout).valid, true);
});

test('bin: run and simulate print JSON; bad input exits 1, usage errors 2', () => {
  const run = bin(['run', ex('ncp/lifecycle.json')]);
  assert.equal(run.status, 0);
  assert.equal(JSON.parse(run.stdout).results.length, 6);
  const sim = bin(['simulate', '-', '--seed', '5'], JSON.stringify({ provider: 'aws',
    stage: { deploymentId: 'd1', stageName: 'p', canarySettings: { deploymentId: 'd2', percentTraffic: 50 } },
    workload: { requests: 1000 }, runs: 2 }));
  assert.equal(sim.status, 0);
  assert.equal(JSON.parse(sim.stdout).counts.canary + JSON.parse(sim.stdout).counts.stage, 1000);
  assert.equal(bin(['simulate', '-'], '{"provider": ').status, 1);
  assert.equal(bin(['simulate']).status, 2);
});

test('validate: the same report as the native CLI for every API and payload', { skip: !native && 'CANARYLAB_NATIVE not set' }, () => {
  const { mkdtempSync, writeFileSync } = require('node:fs');
  const dir = mkdtempSync(`${require('node:os').tmpdir()}/canarylab-`);
  const clean = JSON.stringify({ productId: 'p1', apiId: 'a1', stageId: 's1', body: {
    useDistributionRate: false, canaryEndpointDomain: 'https://canary.example.com:8443/v2',
    canaryConditions: [{ parameterCode: 'REQUEST_HEADER', parameterName: 'x-canary', parameterValue: 'on' }] } });
  writeFileSync(`${dir}/clean.json`, clean);
  writeFileSync(`${dir}/unicode.json`, '{"useDistributionRate": true, "canaryEndpointDomain": "https://例え.jp", "canaryDistributionRate": 5}');
  const files = [ex('aws/update-stage-promote.json'), ex('ncp/edit-canary-rate.json'), ex('ncp/edit-canary-docs-example.json'),
    `${dir}/clean.json`, `${dir}/unicode.json`];
  for (const api of canarylab.apis) {
    for (const file of files) {
      const ours = canarylab.validate(api, readFileSync(file, 'utf8'));
      const theirs = spawnSync(native, ['validate', api, file, '--format', 'json'], { encoding: 'utf8' });
      assert.deepEqual(ours, JSON.parse(theirs.stdout), `${api} ${file}`);
    }
  }
  assert.deepEqual(canarylab.validate('ncp.edit-canary', clean), { valid: true, diagnostics: [] });
});

test('bin: the same arguments, output and exit code as the native CLI', { skip: !native && 'CANARYLAB_NATIVE not set' }, () => {
  const cases = [
    ['validate', 'ncp.edit-canary', ex('ncp/edit-canary-rate.json'), ex('ncp/edit-canary-docs-example.json')],
    ['validate', 'aws.update-stage', ex('aws/update-stage-promote.json'), '--format', 'json'],
    ['validate', 'aws.create-stage', ex('ncp/edit-canary-rate.json')],
    ['validate', 'ncp.edit-canary', 'missing.json'],
    ['run', ex('ncp/lifecycle.json')],
    ['simulate', ex('traffic/aws-10-percent.json'), '--seed', '99'],
    ['simulate', ex('traffic/ncp-conditions.json')],
    ['simulate', ex('traffic/sticky-cookie.json'), '--seed', '1'],
    ['frobnicate'],
    ['--help'],
    // The argument grammar (src/cli.rs): attached values, `--`, and each kind of usage error.
    ['validate', 'aws.update-stage', ex('aws/update-stage-promote.json'), '--format=json'],
    ['validate', 'aws.update-stage', '-fjson', '--', ex('aws/update-stage-promote.json')],
    ['validate', 'aws.update-stage', ex('aws/update-stage-promote.json'), '--format'],
    ['validate', 'aws.update-stage', ex('aws/update-stage-promote.json'), '--fmt', 'json'],
    ['validate', 'aws.nope', 'x.json'],
    ['validate', '--help'],
    ['run', '-h'],
    ['run', 'a.json', 'b.json'],
    ['simulate', ex('traffic/aws-10-percent.json'), '--seed=x'],
    ['simulate', '--help'],
    ['-V'],
    ['--', 'validate'],
    [],
    // explain, and the fixes (a dry run writes nothing; --fix has its own test below).
    ['explain', 'aws.patch.path'],
    ['explain'],
    ['explain', 'aws.patch.pth'],
    ['explain', '--help'],
    ['validate', 'aws.update-stage', ex('aws/update-stage-fixable.json')],
    ['validate', 'aws.update-stage', ex('aws/update-stage-fixable.json'), '--fix-dry-run'],
    ['validate', 'aws.update-stage', '--fix-dry-run', ex('aws/update-stage-fixable.json'), ex('aws/update-stage-promote.json')],
    ['validate', 'aws.update-stage', '--fix-dry-run', ex('aws/update-stage-fixable.json'), '--format', 'json'],
    ['validate', 'ncp.edit-canary', '--fix-dry-run', ex('ncp/edit-canary-docs-example.json'), ex('ncp/edit-canary-rate.json'), '-f', 'json'],
    ['validate', 'aws.update-stage', '--fix', '-'],
    ['validate', 'aws.update-stage', '--fix', '--fix-dry-run', 'x.json'],
    ['validate', 'aws.update-stage', '--fix', 'missing.json'],
  ];
  for (const args of cases) {
    const a = bin(args);
    const b = spawnSync(native, args, { encoding: 'utf8' });
    assert.deepEqual([a.status, a.stdout, a.stderr], [b.status, b.stdout, b.stderr], args.join(' '));
  }
  // A dry run from standard input.
  const input = readFileSync(ex('aws/update-stage-fixable.json'), 'utf8');
  const args = ['validate', 'aws.update-stage', '--fix-dry-run', '-'];
  const a = bin(args, input);
  const b = spawnSync(native, args, { input, encoding: 'utf8' });
  assert.deepEqual([a.status, a.stdout, a.stderr], [b.status, b.stdout, b.stderr], args.join(' '));
});

test('bin: judge and ramp, the same as the native CLI', { skip: !native && 'CANARYLAB_NATIVE not set' }, () => {
  const cw = ['--input', 'cloudwatch', ex('judge/get-metric-data.json'), '--tolerance', '0.005',
    '--baseline-requests', 'baselineRequests', '--baseline-errors', 'baselineErrors',
    '--canary-requests', 'canaryRequests', '--canary-errors', 'canaryErrors'];
  const cases = [
    ['judge', ex('judge/totals.json')],
    ['judge', ex('judge/series.json'), '--format', 'text'],
    ['judge', ...cw],
    ['judge', ...cw, '--format', 'text'],
    ['judge', ex('judge/series.json'), '--alpha', 'x'],
    ['judge', ex('ncp/lifecycle.json')],
    ['judge', '--input', 'cloudwatch', ex('judge/get-metric-data.json')],
    ['judge', '--help'],
    ['ramp', ex('judge/ramp.json')],
    ['ramp', ex('judge/ramp.json'), '--format', 'script'],
    ['ramp', ex('judge/totals.json')],
    ['ramp', '--help'],
  ];
  for (const args of cases) {
    const a = bin(args);
    const b = spawnSync(native, args, { encoding: 'utf8' });
    assert.deepEqual([a.status, a.stdout, a.stderr], [b.status, b.stdout, b.stderr], args.join(' '));
  }
  assert.equal(bin(['judge', ex('judge/totals.json')]).status, 0);
  assert.equal(bin(['judge', ...cw]).status, 1);
  assert.equal(bin(['judge', ex('judge/series.json')]).status, 3);
  assert.equal(bin(['judge', ex('ncp/lifecycle.json')]).status, 2);
});

test('bin: --fix writes the same files as the native CLI', { skip: !native && 'CANARYLAB_NATIVE not set' }, () => {
  const { mkdtempSync, mkdirSync, writeFileSync } = require('node:fs');
  const root = mkdtempSync(`${require('node:os').tmpdir()}/canarylab-fix-`);
  const inputs = {
    'pretty.json': readFileSync(ex('aws/update-stage-fixable.json'), 'utf8'),
    'tabs.json': JSON.stringify(JSON.parse(readFileSync(ex('aws/update-stage-fixable.json'), 'utf8')), null, '\t'),
    'promote.json': readFileSync(ex('aws/update-stage-promote.json'), 'utf8'),
  };
  const run = (dir, cmd) => {
    mkdirSync(dir);
    for (const [name, text] of Object.entries(inputs)) writeFileSync(`${dir}/${name}`, text);
    const r = cmd(['validate', 'aws.update-stage', '--fix', ...Object.keys(inputs)], dir);
    const files = Object.keys(inputs).map((name) => readFileSync(`${dir}/${name}`, 'utf8'));
    return [r.status, r.stdout, r.stderr, files];
  };
  const ours = run(`${root}/npm`, (args, cwd) =>
    spawnSync(new URL('./node_modules/.bin/canarylab', import.meta.url).pathname, args, { cwd, encoding: 'utf8' }));
  const theirs = run(`${root}/native`, (args, cwd) => spawnSync(native, args, { cwd, encoding: 'utf8' }));
  assert.deepEqual(ours, theirs);
  assert.equal(ours[0], 0, ours[2]);
  assert.match(ours[3][0], /"value": "10"/);
  assert.match(ours[3][1], /^\{\n\t"restApiId"/, 'a tab indent stays a tab');
  assert.notEqual(ours[3][2], inputs['promote.json'], 'the promotion gains its remove');
});
