// Phone-sized screens and keyboards: every page fits a 375 px viewport without sideways
// scrolling, and the tools are reachable and usable from the keyboard alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ctx } from './harness.mjs';

test('every page fits a phone screen without horizontal scrolling', async () => {
  const c = await ctx.browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true });
  const page = await c.newPage();
  for (const [path, ready] of [['#/', 'h1'], ['#/validate', '#verdict'], ['#/lifecycle', '.steps'], ['#/traffic?guess=off', '.results'], ['#/judge', '[data-testid=ramp-summary]'], ['#/learn', 'h1']]) {
    await page.goto(ctx.base + path);
    await page.waitForSelector(ready);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 1, `${path} overflows by ${overflow}px`);
  }
  await c.close();
});

test('the keyboard alone reaches the navigation and drives a tool', async () => {
  const c = await ctx.browser.newContext();
  const page = await c.newPage();
  await page.goto(ctx.base + '#/validate');
  await page.waitForSelector('#verdict');
  const focused = [];
  for (let i = 0; i < 16; i++) {
    await page.keyboard.press('Tab');
    focused.push(await page.evaluate(() => {
      let a = document.activeElement;
      while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
      return a?.id || a?.textContent?.trim();
    }));
  }
  assert.ok(focused.includes('Validate'), `nav links are focusable: ${focused}`);
  assert.ok(focused.includes('api') && focused.includes('payload'), `the tool is reachable: ${focused}`);
  await page.focus('#api');
  await page.keyboard.press('ArrowDown'); // select the next API without a mouse
  await page.waitForFunction(() => document.querySelector('#api').value !== 'aws.update-stage');
  await c.close();
});
