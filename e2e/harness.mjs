// Shared by the browser tests: a static server on 127.0.0.1 over dist/, Debian's chromium via
// playwright-core, and pages that record console errors, page errors and every request.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { serve } from './server.mjs';

const DIST = process.env.CANARYLAB_DIST ?? new URL('../dist', import.meta.url).pathname;
export const ctx = { browser: null, server: null, base: '' };

before(async () => {
  ({ server: ctx.server, url: ctx.base } = await serve(DIST));
  ctx.browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});
after(async () => {
  await ctx.browser?.close();
  ctx.server?.close();
});

/** Opens `path` in a fresh context (or `context`), recording problems and requests. */
export async function open(path = '', context) {
  const c = context ?? (await ctx.browser.newContext());
  const page = await c.newPage();
  const problems = [];
  const requests = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(ctx.base + path);
  await page.waitForSelector('header.top nav', { timeout: 20000 });
  return { page, problems, requests, context: c };
}

export function assertLocalOnly(requests) {
  for (const url of requests) {
    const u = new URL(url);
    assert.ok(u.protocol === 'data:' || u.hostname === '127.0.0.1', `request left the origin: ${url}`);
  }
}

/** The Validate page's payload as its editor holds it (typing included, before the page checks it). */
export function payload(page) {
  return page.evaluate(() => globalThis.canarylabEditor?.textOf(document.querySelector('[data-testid=editor]')) ?? null);
}

/** The id (else the class) of the element that has the keyboard focus, inside the editor's shadow
 *  root too (the payload editor's text is `payload`). */
export function focusedId(page) {
  return page.evaluate(() => {
    let a = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    return a?.id || a?.className || '';
  });
}
