// The built site in a real headless Chromium (Debian's /usr/bin/chromium driven by
// playwright-core): it renders, navigation works, there are no console errors, and no request
// leaves 127.0.0.1. Run with `node --test e2e/` after `trunk build --release`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ctx, open, assertLocalOnly } from './harness.mjs';

test('landing page renders with its explanation and navigation', async () => {
  const { page, problems, requests } = await open();
  assert.match(await page.textContent('h1'), /canary release/i);
  const nav = await page.$$eval('header nav a', (as) => as.map((a) => a.textContent));
  assert.deepEqual(nav, ['Overview', 'Validate', 'Lifecycle', 'Traffic', 'Judge', 'Learn']);
  assert.match(await page.textContent('#page'), /Amazon API Gateway/);
  assert.match(await page.textContent('#page'), /NAVER Cloud Platform/);
  assert.deepEqual(problems, []);
  assertLocalOnly(requests);
  await page.context().close();
});

test('navigation moves between pages and marks the current one', async () => {
  const { page, problems, requests } = await open();
  for (const label of ['Validate', 'Lifecycle', 'Traffic', 'Judge', 'Learn', 'Overview']) {
    await page.click(`header nav a:text-is("${label}")`);
    await page.waitForFunction(
      (l) => document.querySelector('header nav a[aria-current="page"]')?.textContent === l, label);
  }
  await page.goto(ctx.base + '#/no-such-page');
  await page.waitForSelector('text=No such page');
  assert.deepEqual(problems, []);
  assertLocalOnly(requests);
  await page.context().close();
});

test('the page sets a Content-Security-Policy that allows no other origin', async () => {
  const { page, problems } = await open();
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /connect-src 'self'/);
  assert.match(csp, /'wasm-unsafe-eval'/);
  assert.doesNotMatch(csp, /unsafe-inline|CSP_INLINE_SCRIPT_HASHES|https?:/);
  // A fetch to another origin is refused by the policy itself.
  const refused = await page.evaluate(() => fetch('http://127.0.0.2:9/').then(() => false, () => true));
  assert.ok(refused);
  assert.ok(problems.every((p) => /Content Security Policy|Failed to fetch|ERR_/.test(p)), problems.join('\n'));
  await page.context().close();
});
