// The Learn page's side-by-side in Chromium: the same UpdateStage operation applied by AWS's rules
// (the simulated gateway) and by RFC 6902 (json-patch), computed in the page, readable on a phone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ctx, open, assertLocalOnly } from './harness.mjs';

/** The case titled `title`: its operation, both sides' text, and the lines each side marks. */
async function caseOf(page, title) {
  const c = page.locator('[data-testid=contrast]', { has: page.locator(`h3:text-is("${title}")`) });
  assert.equal(await c.count(), 1, `one case titled ${title}`);
  const side = async (id) => ({
    text: await c.locator(`[data-testid=${id}]`).textContent(),
    added: (await c.locator(`[data-testid=${id}] ins`).allTextContents()).map((l) => l.trim()),
    removed: (await c.locator(`[data-testid=${id}] del`).allTextContents()).map((l) => l.trim()),
  });
  return { op: JSON.parse(await c.locator('pre.op').textContent()), aws: await side('aws'), rfc: await side('rfc'),
    why: await c.locator('.why').textContent() };
}

test('learn: AWS patch rules and RFC 6902 side by side, computed in the page', async () => {
  const { page, problems, requests, context } = await open('#/learn');
  await page.waitForSelector('[data-testid=contrast]');
  assert.ok(await page.locator('[data-testid=contrast]').count() >= 4);

  const missing = await caseOf(page, 'replace on a path that is not there');
  assert.deepEqual(missing.op, { op: 'replace', path: '/canarySettings/percentTraffic', value: '10.0' });
  assert.match(missing.aws.text, /^AWS \(the simulated gateway\)Accepted/);
  assert.ok(missing.aws.added.includes('+   "canarySettings": {'), missing.aws.added.join('\n'));
  assert.ok(missing.aws.added.includes('+     "percentTraffic": 10.0,'));
  assert.match(missing.rfc.text, /PatchError: operation '\/0' failed at path '\/canarySettings\/percentTraffic': path is invalid/);

  const merge = await caseOf(page, 'copy that merges');
  assert.deepEqual(merge.op, { op: 'copy', from: '/canarySettings/stageVariableOverrides', path: '/variables' });
  assert.deepEqual(merge.aws.removed, ['-     "backend": "prod.internal",']);
  assert.deepEqual(merge.aws.added, ['+     "backend": "canary.internal",']);
  assert.match(merge.aws.text, /"region": "eu-west-1"/);
  assert.ok(merge.rfc.removed.includes('-     "region": "eu-west-1"'), merge.rfc.removed.join('\n'));

  const absent = await caseOf(page, 'removing a variable that is not there');
  assert.match(absent.aws.text, /Accepted/);
  assert.deepEqual([absent.aws.added, absent.aws.removed], [[], []]);
  assert.match(absent.rfc.text, /PatchError: .*'\/variables\/flag': path is invalid/);
  assert.match(absent.why, /canarylab's choice|its choice/);

  const tilde = await caseOf(page, '~1 kept in method-setting keys');
  assert.ok(tilde.aws.added.includes('+     "~1pets/GET": {'), tilde.aws.added.join('\n'));
  assert.ok(tilde.aws.added.includes('+       "metricsEnabled": true,'));
  assert.match(tilde.rfc.text, /PatchError: .*'\/~1pets\/GET\/metrics\/enabled': path is invalid/);

  const strings = await caseOf(page, 'values are strings');
  assert.ok(strings.aws.added.includes('+     "percentTraffic": 50.0,'));
  assert.ok(strings.rfc.added.includes('+     "percentTraffic": "50.0",'));

  const add = await caseOf(page, 'add is not an upsert');
  assert.match(add.aws.text, /BadRequestException: Invalid add operation with path: \/variables\/flag/);
  assert.ok(add.rfc.added.includes('+     "flag": "on"'), add.rfc.added.join('\n'));

  assert.deepEqual(problems, []);
  assertLocalOnly(requests);
  await context.close();
});

test('learn: the side-by-side fits a 390 px phone screen, stages opened', async () => {
  const c = await ctx.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
  const { page } = await open('#/learn', c);
  await page.waitForSelector('[data-testid=contrast]');
  for (const s of await page.locator('[data-testid=contrast] summary').all()) await s.click();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 1, `the learn page overflows a 390 px screen by ${overflow}px`);
  await c.close();
});
