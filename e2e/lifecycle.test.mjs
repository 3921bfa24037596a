// The Lifecycle page in Chromium: buttons generate the exact calls, each step shows the response
// or the service's error, the stage diff and the call's changes (an RFC 6902 patch); the scenario
// survives a reload and imports; a phone screen shows it all without sideways scrolling.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ctx, open, assertLocalOnly } from './harness.mjs';

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

// What the page shows of a step's `changes` (the RFC 6902 patch of the scenario state): one line
// per operation.
const changesOf = (page, i) => page.locator('[data-testid=step]').nth(i).locator('[data-testid=changes]');
const opLines = (page, i) => changesOf(page, i).locator('li').allTextContents();

test('lifecycle: each step shows its changes as an RFC 6902 patch beside the stage diff', async () => {
  const { page, problems, requests, context } = await open('#/lifecycle');
  await page.click('button:text-is("AWS REST API")');
  for (const step of ['Create canary (10 %)', 'Shift to 50 %', 'Promote', 'Remove canary', 'Get stage']) {
    await page.click(`button:text-is("${step}")`);
  }
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=step]').length === 5);
  const created = await opLines(page, 0);
  assert.deepEqual(created, [
    'add /deployments/1 {"id":"hs8mqz","createdDate":"2026-01-01T00:00:01+00:00"}',
    'add /stages/0/canarySettings {"deploymentId":"hs8mqz","percentTraffic":10.0,"stageVariableOverrides":{"backend":"canary.internal"},"useStageCache":false}',
    'add /stages/0/lastUpdatedDate "2026-01-01T00:00:01+00:00"',
  ]);
  assert.deepEqual((await opLines(page, 1)).filter((l) => !/lastUpdatedDate/.test(l)),
    ['replace /stages/0/canarySettings/percentTraffic 50.0']);
  const promoted = await opLines(page, 2);
  assert.ok(promoted.includes('replace /stages/0/variables/backend "canary.internal"'), promoted.join('\n'));
  assert.ok(promoted.some((l) => /^replace \/stages\/0\/deploymentId "/.test(l)), promoted.join('\n'));
  assert.ok((await opLines(page, 3)).includes('remove /stages/0/canarySettings'));
  // A read-only call changes nothing.
  assert.equal(await changesOf(page, 4).textContent(), '[]: nothing changed');
  // The line diff is still there, beside it.
  assert.match(await page.locator('[data-testid=step]').nth(1).locator('.diff').textContent(), /\+ +"percentTraffic": 50\.0/);
  // The patch itself, to copy, is the scenario result's `changes`.
  await changesOf(page, 1).locator('summary').click();
  const patch = JSON.parse(await changesOf(page, 1).locator('pre').textContent());
  assert.deepEqual(patch[0], { op: 'replace', path: '/stages/0/canarySettings/percentTraffic', value: 50 });
  assert.deepEqual(problems, []);
  assertLocalOnly(requests);
  await context.close();
});

test('lifecycle: a failed call has no changes, and user text in a patch stays text', async () => {
  const { page, problems, context } = await open('#/lifecycle');
  const markup = '<img src=x onerror="window.__pwned=1"><b>bold</b>';
  const scenario = { provider: 'aws', deployments: [{ id: 'd1' }], stages: [{ deploymentId: 'd1', stageName: 'prod' }],
    calls: [
      { action: 'UpdateStage', params: { restApiId: 'a', stageName: 'prod', patchOperations: [{ op: 'add', path: '/variables/x', value: 'y' }] } },
      { action: 'UpdateStage', params: { restApiId: 'a', stageName: 'prod', patchOperations: [{ op: 'replace', path: '/description', value: markup }] } },
    ] };
  await page.click('summary');
  await page.fill('#scenario', JSON.stringify(scenario));
  await page.click('button:text-is("Load")');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=step]').length === 2);
  assert.equal(await changesOf(page, 0).textContent(), '[]: nothing changed');
  const lines = await opLines(page, 1);
  assert.ok(lines.includes(`add /stages/0/description ${JSON.stringify(markup)}`), lines.join('\n'));
  assert.equal(await page.locator('[data-testid=changes] img, [data-testid=changes] b').count(), 0);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(problems, []);
  await context.close();
});

test('lifecycle: steps with their changes fit a 390 px phone screen', async () => {
  const c = await ctx.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
  const { page } = await open('#/lifecycle', c);
  for (const provider of ['AWS REST API', 'NCP stage']) {
    await page.click(`button:text-is("${provider}")`);
    const buttons = await page.locator('.steps button').allTextContents();
    for (const step of buttons.filter((b) => b !== 'Undo last step')) {
      await page.click(`.steps button:text-is("${step}")`);
    }
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid=step]').length === n, buttons.length - 1);
    for (const s of await page.locator('[data-testid=changes] summary').all()) await s.click();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 1, `${provider} lifecycle overflows a 390 px screen by ${overflow}px`);
  }
  await c.close();
});
