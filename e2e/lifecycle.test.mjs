// The Lifecycle page in Chromium: buttons generate the exact calls, each step shows the response
// or the service's error and the stage diff; the scenario survives a reload and imports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, assertLocalOnly } from './harness.mjs';

test('lifecycle: AWS create, shift, promote, remove, each with its response and stage diff', async () => {
  const { page, problems, requests, context } = await open('#/lifecycle');
  await page.click('button:text-is("AWS REST API")');
  for (const step of ['Create canary (10 %)', 'Shift to 50 %', 'Promote', 'Remove canary']) {
    await page.click(`button:text-is("${step}")`);
  }
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=step]').length === 4);
  const heads = await page.$$eval('[data-testid=step] h2', (hs) => hs.map((h) => h.textContent));
  assert.deepEqual(heads, ['1. CreateDeployment → 201', '2. UpdateStage → 200', '3. UpdateStage → 200', '4. UpdateStage → 200']);
  const shift = await page.locator('[data-testid=step]').nth(1).locator('.diff').textContent();
  assert.match(shift, /- +"percentTraffic": 10\.0/);
  assert.match(shift, /\+ +"percentTraffic": 50\.0/);
  const promote = await page.locator('[data-testid=step]').nth(2).locator('.diff').textContent();
  assert.match(promote, /\+ +"backend": "canary\.internal"/);
  assert.deepEqual(problems, []);
  assertLocalOnly(requests);

  // The steps survive a reload.
  await page.reload();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=step]').length === 4);
  await context.close();
});

test('lifecycle: NCP returns its own error body, then enables and edits', async () => {
  const { page, problems, context } = await open('#/lifecycle');
  await page.click('button:text-is("NCP stage")');
  await page.click('button:text-is("Edit: 10 % of requests")');
  await page.click('button:text-is("Enable canary")');
  await page.click('button:text-is("Edit: 10 % of requests")');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=step]').length === 3);
  const first = await page.locator('[data-testid=step]').first().textContent();
  assert.match(first, /EditCanary → 400/);
  assert.match(first, /"errorCode": "100"/);
  assert.match(first, /Canary is not enabled on stage 's1'/);
  const third = await page.locator('[data-testid=step]').nth(2).locator('.diff').textContent();
  assert.match(third, /\+ +"canaryDistributionRate": 10\.0/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('lifecycle: a scenario imports in the CLI format and the URL reproduces it', async () => {
  const { page, context } = await open('#/lifecycle');
  const scenario = { provider: 'aws', deployments: [{ id: 'd1' }], stages: [{ deploymentId: 'd1', stageName: 'prod' }],
    calls: [{ action: 'UpdateStage', params: { restApiId: 'a', stageName: 'prod', patchOperations: [{ op: 'add', path: '/canarySettings/deploymentId', value: 'd1' }] } }] };
  await page.click('summary');
  await page.fill('#scenario', JSON.stringify(scenario));
  await page.click('button:text-is("Load")');
  await page.waitForSelector('[data-testid=step].failed');
  assert.match(await page.textContent('[data-testid=step]'), /Invalid add operation with path: \/canarySettings\/deploymentId/);
  const url = page.url();
  const other = await page.context().browser().newContext();
  const p2 = await other.newPage();
  await p2.goto(url);
  await p2.waitForSelector('[data-testid=step].failed');
  await other.close();
  await context.close();
});
