// The site in Korean, in Chromium: the browser's language picks the first one; every route renders
// in Korean with Korean headings and navigation, the frame and the Home, Judge and Learn pages
// with no English left (names the reader types or sees on a console aside), and fits a 390 px
// phone; the switch keeps the page and what was typed, and the choice survives a reload and a
// link without a language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ctx, open, assertLocalOnly } from './harness.mjs';

const ROUTES = ['', 'validate', 'lifecycle', 'traffic?guess=off', 'judge', 'learn'];
const NAV_KO = ['개요', '검증', '수명 주기', '트래픽', '판정', '배우기'];
const NAV_EN = ['Overview', 'Validate', 'Lifecycle', 'Traffic', 'Judge', 'Learn'];
const HANGUL = /[\uAC00-\uD7A3]/;

const nav = (page) => page.$$eval('header nav a', (as) => as.map((a) => a.textContent));

test('the browser\'s language picks the first one, and the URL names it', async () => {
  for (const [locale, lang, labels] of [['ko-KR', 'ko', NAV_KO], ['en-US', 'en', NAV_EN]]) {
    const c = await ctx.browser.newContext({ locale });
    const { page, problems, requests } = await open('', c);
    await page.waitForFunction((l) => location.hash.startsWith(`#/${l}/`), lang);
    assert.equal(await page.getAttribute('html', 'lang'), lang);
    assert.deepEqual(await nav(page), labels);
    console.log(`# ${locale}: opens at ${await page.evaluate(() => location.hash)}, "${await page.title()}"`);
    assert.deepEqual(problems, []);
    assertLocalOnly(requests);
    await c.close();
  }
});

test('every route in Korean: Korean headings and navigation, no overflow on a 390 px phone', async () => {
  const c = await ctx.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
  const page = await c.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  for (const route of [...ROUTES, 'no-such-page']) {
    const path = `#/ko/${route}`;
    await page.goto(`${ctx.base}${path}`);
    await page.waitForSelector('main h1');
    await page.waitForLoadState('networkidle');
    if (await page.getAttribute('html', 'lang') !== 'ko') problems.push(`${path}: <html lang> is not ko`);
    const labels = await nav(page);
    if (labels.join() !== NAV_KO.join()) problems.push(`${path}: navigation ${labels}`);
    const headings = await page.$$eval('main h1, main h2', (hs) => hs.filter((h) => h.checkVisibility()).map((h) => h.textContent));
    problems.push(...headings.filter((h) => !HANGUL.test(h)).map((h) => `${path}: an English heading: ${h}`));
    // Open every disclosure, as a reader might, before measuring.
    await page.evaluate(() => document.querySelectorAll('main details').forEach((d) => { d.open = true; }));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    console.log(`# ${path}: "${headings[0]}", ${headings.length} headings, overflow ${overflow} px at 390 px`);
    if (overflow > 1) problems.push(`${path} overflows a 390 px screen by ${overflow}px`);
  }
  assert.deepEqual(problems, []);
  await c.close();
});

/** Visible texts of `selector` in the page that have no Hangul and are not in `allowed`. Text the
 *  page marks `lang="en"` is the service's words, or the core's not yet in the catalogue. */
async function english(page, selector, allowed) {
  const texts = await page.$$eval(selector, (els) => els
    .filter((el) => el.checkVisibility() && !el.closest('pre, code, textarea, [lang="en"]'))
    .map((el) => [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join('').trim())
    .filter((t) => t.length > 0));
  return texts.filter((t) => !/[\uAC00-\uD7A3]/.test(t) && !allowed.some((a) => a.test(t)));
}

// Names, numbers and symbols that are the same in both languages.
const SAME = [/^canarylab$/, /^English$/, /^한국어$/, /^[\d\s.,%:·()[\]=α+\-−–—→×|/]*$/, /^α = /,
  /^NAVER Cloud Platform/, /^Amazon API Gateway/, /^RFC 6902/, /^CloudWatch get-metric-data/, /^A\/A/];

test('the frame, Home, Judge and Learn in Korean leave no English in the visible text', async () => {
  const { page, problems, context } = await open('#/ko/');
  const left = {};
  for (const route of ['', 'judge', 'learn', 'validate', 'lifecycle', 'traffic?guess=off', 'no-such-page']) {
    await page.evaluate((h) => { location.hash = h; }, `#/ko/${route}`);
    await page.waitForFunction(() => document.querySelector('main h1'));
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => document.querySelectorAll('main details').forEach((d) => { d.open = true; }));
    // The frame on every route; the whole page on the pages this test covers.
    const frame = await english(page, 'header *, footer *, .skip', SAME);
    const body = ['', 'judge', 'learn', 'no-such-page'].includes(route)
      ? await english(page, 'main h1, main h2, main h3, main h4, main p, main li, main label, main button, main summary, main th, main dt, main figcaption, main a, svg text', SAME)
      : [];
    if (frame.length + body.length) left[route || 'home'] = [...frame, ...body];
  }
  assert.deepEqual(left, {});
  assert.deepEqual(problems, []);
  await context.close();
});

/** No horizontal overflow at the phone's width. */
async function fits(page, what) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 1, `${what}: overflows a 390 px screen by ${overflow}px`);
}

test('the switch keeps the page and its state; the choice survives a reload and a plain link', async () => {
  const c = await ctx.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
  const { page, problems, requests, context } = await open('#/en/judge', c);
  await page.waitForSelector('[data-testid=counts-verdict]');
  // State in the URL (the watched canary) and state only in the page (the pasted counts).
  await page.fill('#seed', '5');
  await page.dispatchEvent('#seed', 'change');
  await page.waitForFunction(() => /%22seed%22%3A5|"seed":5/.test(location.hash));
  const typed = JSON.stringify({ baseline: { requests: 1000, errors: 5 }, canary: { requests: 100, errors: 1 }, tolerance: 0.005 });
  await page.fill('#counts-text', typed);
  const before = await page.locator('[data-testid=judge-line]').textContent();

  await fits(page, 'judge in English, edited');
  await page.getByRole('button', { name: '한국어' }).click();
  await page.waitForFunction(() => location.hash.startsWith('#/ko/judge?'));
  await fits(page, 'judge switched to Korean');
  assert.equal(await page.getAttribute('html', 'lang'), 'ko');
  assert.equal(await page.textContent('main h1'), '카나리 판정');
  assert.equal(await page.inputValue('#seed'), '5');
  assert.equal(await page.inputValue('#counts-text'), typed, 'typed text is kept');
  assert.equal(await page.getAttribute('button[lang=ko]', 'aria-pressed'), 'true');
  const ko = await page.locator('[data-testid=judge-line]').textContent();
  assert.match(ko, HANGUL);
  assert.equal(ko.match(/\d+/g).join(), before.match(/\d+/g).join(), `same verdict: ${before} / ${ko}`);
  assert.equal(await page.evaluate(() => localStorage.getItem('canarylab.lang')), 'ko');
  assert.equal(await page.title(), '카나리 판정 · canarylab');

  await page.reload();
  await page.waitForSelector('[data-testid=judge-line]');
  assert.equal(await page.textContent('main h1'), '카나리 판정');
  assert.equal(await page.inputValue('#seed'), '5');
  // A link without a language opens in the one chosen.
  await page.goto(`${ctx.base}#/learn`);
  await page.waitForFunction(() => location.hash === '#/ko/learn');
  assert.match(await page.textContent('main h1'), HANGUL);
  await fits(page, 'learn in Korean');

  await page.getByRole('button', { name: 'English' }).click();
  await page.waitForFunction(() => location.hash === '#/en/learn');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.textContent('main h1'), 'Learn: canary releases on API gateways');
  assert.equal(await page.evaluate(() => localStorage.getItem('canarylab.lang')), 'en');
  await fits(page, 'learn switched back to English');
  assert.deepEqual(problems, []);
  assertLocalOnly(requests);
  await context.close();
});

test('the Korean pages at desktop and phone width (screenshots for reading)', async () => {
  const dir = process.env.CANARYLAB_SHOTS;
  if (!dir) return;
  for (const [width, scheme] of [[1280, 'light'], [390, 'dark']]) {
    const c = await ctx.browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, isMobile: width < 500 });
    for (const route of ['', 'judge', 'learn']) {
      const { page } = await open(`#/ko/${route}`, c);
      await page.waitForLoadState('networkidle');
      await page.screenshot({ path: `${dir}/ko-${route || 'home'}-${width}-${scheme}.png`, fullPage: true });
      await page.close();
    }
    await c.close();
  }
});
