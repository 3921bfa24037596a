// The installed package's browser entry (web.js) in a real headless Chromium: an app that imports
// it without a bundler. `init` fetches only the modules it is asked for, each export works once
// its module is in, and the numbers equal Node's. Run by scripts/test-npm.sh with
// CANARYLAB_DIST set to the consumer project, so /node_modules/canarylab/ is the installed tarball.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ctx, assertLocalOnly } from '../../../e2e/harness.mjs';

const project = process.env.CANARYLAB_DIST;
const installed = join(project, 'node_modules/canarylab');
writeFileSync(join(project, 'index.html'), '<!doctype html><meta charset="utf-8"><title>consumer</title>');

const config = {
  provider: 'aws', runs: 5, workload: { requests: 5000 },
  stage: { deploymentId: 'd1', stageName: 'prod', canarySettings: { deploymentId: 'd2', percentTraffic: 10 } },
};
const body = { useDistributionRate: true, canaryEndpointDomain: 'NONE' };

test('web entry: init loads only the modules asked for; results equal Node', async () => {
  const page = await (await ctx.browser.newContext()).newPage();
  const requests = [];
  const problems = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(ctx.base);

  const r = await page.evaluate(async ({ config, body }) => {
    const c = await import('/node_modules/canarylab/web.js');
    const error = (f) => { try { f(); return null; } catch (e) { return e.message; } };
    const out = { before: error(() => c.validate('ncp.edit-canary', body)) };
    // A module that fails to load is not remembered as loading: the next init tries again.
    out.badSource = await c.init({ gateway: '/no-such.wasm', traffic: false }).then(() => null, (e) => String(e));
    let t = performance.now();
    await c.init({ traffic: false });
    out.gatewayMs = performance.now() - t;
    out.wasmAfterGateway = performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.includes('/canarylab_') && n.endsWith('.wasm'));
    out.report = c.validate('ncp.edit-canary', body);
    out.simulateBefore = error(() => c.simulate(config));
    out.cliVersion = c.runCli(['--version'], () => '', () => '');
    t = performance.now();
    await c.init();
    out.trafficMs = performance.now() - t;
    out.summary = c.simulate(config, { seed: 7 });
    out.version = c.version();
    return out;
  }, { config, body });

  assert.match(r.before, /validate needs the gateway module: call `await init\(\)` first/);
  assert.ok(r.badSource, 'init rejects when a module cannot be loaded');
  assert.deepEqual(r.wasmAfterGateway.map((u) => u.split('/').pop()), ['canarylab_gateway_bg.wasm']);
  assert.equal(r.simulateBefore, 'canarylab: simulate needs the traffic module: call `await init()` first');

  // The same answers as the same package in Node.
  const node = await import(join(installed, 'node.js'));
  assert.deepEqual(r.report, node.validate('ncp.edit-canary', body));
  assert.ok(r.report.diagnostics.some((d) => d.code === 'ncp.rate.required'));
  assert.deepEqual(r.summary, node.simulate(config, { seed: 7 }));
  assert.equal(r.version, node.version());
  assert.deepEqual(r.cliVersion, { code: 0, stdout: `canarylab ${node.version()}\n`, stderr: '' });
  console.log(`init in Chromium: gateway module ${r.gatewayMs.toFixed(1)} ms, then traffic ${r.trafficMs.toFixed(1)} ms`);

  assert.deepEqual(problems, []);
  assertLocalOnly(requests);
  await page.context().close();
});
