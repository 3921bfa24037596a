// The Validate page in Chromium: diagnostics as you type, marks in place, copy-as, state in the
// URL and in localStorage, user text shown inert.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ctx, open, assertLocalOnly } from './harness.mjs';

test('validate: the docs example is flagged, typing updates the diagnostics and the marks', async () => {
  const { page, problems, requests, context } = await open('#/validate');
  await page.selectOption('#api', 'ncp.edit-canary');
  await page.waitForSelector('text=Invalid: 2 errors');
  const codes = await page.$$eval('.diag .code', (els) => els.map((e) => e.textContent));
  assert.deepEqual(codes, ['ncp.docs.endpoint-none', 'ncp.ttl.range', 'ncp.docs.ttl', 'ncp.throttle.range', 'ncp.docs.throttle']);
  assert.equal(await page.locator('.backdrop .ln.err').count(), 2, 'the two offending lines are marked');
  const fixed = JSON.stringify({ useDistributionRate: true, canaryEndpointDomain: 'https://canary.example.com', canaryDistributionRate: 10 }, null, 2);
  await page.fill('#payload', fixed);
  await page.waitForSelector('#verdict:text("Valid (0 warnings)")');
  assert.equal(await page.locator('.backdrop .ln.err').count(), 0);
  assert.match(await page.textContent('[data-testid=snippet]'), /^curl -X PATCH 'https:\/\/apigateway\.apigw\.ntruss\.com\/api\/v1\/products\/\{product-id\}/);
  assert.deepEqual(problems, []);
  assertLocalOnly(requests);
  await context.close();
});

test('validate: a reload keeps what was typed, and a shared URL reproduces the view', async () => {
  const { page, context } = await open('#/validate');
  await page.selectOption('#api', 'aws.update-stage');
  const typed = '{"restApiId": "a1", "stageName": "prod", "patchOperations": [{"op": "replace", "path": "/canarySettings/percentTraffic", "value": "150"}]}';
  await page.fill('#payload', typed);
  await page.waitForSelector('#verdict:text("Invalid: 1 error")');
  await page.reload();
  await page.waitForSelector('#payload');
  assert.equal(await page.inputValue('#payload'), typed);
  const url = page.url();
  // A different browser profile (no localStorage) opening the link sees the same view.
  const other = await ctx.browser.newContext();
  const shared = await other.newPage();
  await shared.goto(url);
  await shared.waitForSelector('#verdict:text("Invalid: 1 error")');
  assert.equal(await shared.inputValue('#payload'), typed);
  assert.equal(await shared.inputValue('#api'), 'aws.update-stage');
  assert.match(await shared.textContent('[data-testid=snippet]'), /^aws apigateway update-stage --cli-input-json/);
  await other.close();
  await context.close();
});

test('validate: markup in a payload is shown as text, never run', async () => {
  const { page, problems, context } = await open('#/validate');
  await page.selectOption('#api', 'aws.create-stage');
  const evil = '{"restApiId": "<img src=x onerror=alert(1)>", "stageName": "<script>alert(2)</script>", "<img src=y onerror=alert(3)>": 1}';
  let dialogs = 0;
  page.on('dialog', (d) => { dialogs++; d.dismiss(); });
  await page.fill('#payload', evil);
  await page.waitForSelector('.diag');
  assert.equal(await page.locator('#page img').count(), 0, 'no <img> element was created');
  assert.equal(await page.locator('#page script').count(), 0);
  assert.match(await page.textContent('.diags'), /<img src=y onerror=alert\(3\)>/);
  await page.waitForTimeout(200);
  assert.equal(dialogs, 0);
  assert.deepEqual(problems, []);
  await context.close();
});
