// The installed package's browser entry (web.js) in a real headless Chromium: an app that imports
// it without a bundler. Nothing runs before `init`, `init` fetches the one wasm module (from
// where it is told, or from beside web.js), every export works after it, and the numbers equal
// Node's. Run by scripts/test-npm.sh with
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

test('web entry: init loads the wasm module once; results equal Node', async () => {
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
    out.simulateBefore = error(() => c.simulate(config));
    // A module that fails to load is not remembered as loading: the next init tries again.
    out.badSource = await c.init({ wasm: '/no-such.wasm' }).then(() => null, (e) => String(e));
    const t = performance.now();
    // The options of the package's two-module days still work: here, a source beside web.js.
    await c.init({ traffic: false, gateway: '/node_modules/canarylab/canarylab_bg.wasm' });
    out.initMs = performance.now() - t;
    await c.init(); // a no-op now
    out.report = c.validate('ncp.edit-canary', body);
    out.text = c.validate('ncp.edit-canary', JSON.stringify(body));
    out.cliVersion = c.runCli(['--version'], () => '', () => '');
    out.summary = c.simulate(config, { seed: 7 });
    out.version = c.version();
    return out;
  }, { config, body });

  assert.equal(r.before, 'canarylab: validate needs the wasm module: call `await init()` first');
  assert.equal(r.simulateBefore, 'canarylab: simulate needs the wasm module: call `await init()` first');
  assert.ok(r.badSource, 'init rejects when the module cannot be loaded');
  const wasm = requests.map((u) => new URL(u).pathname).filter((p) => p.endsWith('.wasm'));
  assert.deepEqual(wasm, ['/no-such.wasm', '/node_modules/canarylab/canarylab_bg.wasm'], 'each init fetches once; a loaded module is not fetched again');

  // The same answers as the same package in Node.
  const node = await import(join(installed, 'node.js'));
  assert.deepEqual(r.report, node.validate('ncp.edit-canary', body));
  assert.deepEqual(r.text, r.report);
  assert.ok(r.report.diagnostics.some((d) => d.code === 'ncp.rate.required'));
  assert.deepEqual(r.summary, node.simulate(config, { seed: 7 }));
  assert.equal(r.version, node.version());
  assert.deepEqual(r.cliVersion, { code: 0, stdout: `canarylab ${node.version()}\n`, stderr: '' });
  console.log(`init in Chromium: the wasm module in ${r.initMs.toFixed(1)} ms`);

  assert.deepEqual(problems, []);
  assertLocalOnly(requests);
  await page.context().close();
});
