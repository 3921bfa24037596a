// Accessibility in Chromium, on every route in both languages: axe-core (injected from
// node_modules, run in the page) finds no serious or critical violation in light or dark mode;
// chart text is at least 12 px as drawn on screen at 1280 and 390 px; each route has its own
// title in the page's language; Tab reaches every control, each showing a focus ring.
// Every finding is printed with its element, whatever the outcome.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { ctx } from './harness.mjs';

const AXE = fileURLToPath(new URL('../node_modules/axe-core/axe.min.js', import.meta.url));
// Traffic without its guess first, so its results and charts are on the page.
export const ROUTES = ['', 'validate', 'lifecycle', 'traffic?guess=off', 'judge', 'learn'];
const LANGS = ['en', 'ko'];

/** A page in a fresh context; `bypassCSP` lets the test inject axe (the site's policy forbids
 *  inline scripts, which is what the injection is). */
async function visit(path, options = {}) {
  const context = await ctx.browser.newContext({ bypassCSP: true, ...options });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.goto(ctx.base + path);
  await settle(page);
  return { page, context, problems };
}

/** Waits for the page's heading and for the page to stop changing for a moment. */
async function settle(page) {
  await page.waitForSelector('main h1', { timeout: 20000 });
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => new Promise((done) => {
    let timer = setTimeout(done, 300);
    const watch = new MutationObserver(() => { clearTimeout(timer); timer = setTimeout(done, 300); });
    watch.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    setTimeout(() => { watch.disconnect(); done(); }, 5000);
  }));
}

test('axe: no serious or critical violation on any route, both languages, light and dark', async () => {
  const failures = [];
  for (const scheme of ['light', 'dark']) {
    for (const lang of LANGS) {
      for (const route of ROUTES) {
        const path = `#/${lang}/${route}`;
        const { page, context, problems } = await visit(path, { colorScheme: scheme });
        // Open every disclosure, so what hides in them is checked too.
        await page.evaluate(() => document.querySelectorAll('main details').forEach((d) => { d.open = true; }));
        await page.addScriptTag({ path: AXE });
        const started = performance.now();
        const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
        const ms = performance.now() - started;
        const found = result.violations.flatMap((v) => v.nodes.map((n) => ({
          impact: v.impact, id: v.id, target: n.target.join(' '), summary: n.failureSummary?.split('\n').slice(0, 2).join(' '),
        })));
        console.log(`# axe ${scheme} ${path}: ${found.length} finding(s) in ${ms.toFixed(0)} ms`);
        for (const f of found) console.log(`#   ${f.impact} ${f.id} at ${f.target}: ${f.summary}`);
        failures.push(...found.filter((f) => f.impact === 'serious' || f.impact === 'critical')
          .map((f) => `${scheme} ${path}: ${f.impact} ${f.id} at ${f.target}`));
        failures.push(...problems.map((p) => `${scheme} ${path}: ${p}`));
        await context.close();
      }
    }
  }
  assert.deepEqual(failures, []);
});

test('chart text is at least 12 px on screen at 1280 and 390 px', async () => {
  const small = [];
  for (const width of [1280, 390]) {
    for (const route of ROUTES) {
      const path = `#/en/${route}`;
      const { page, context } = await visit(path, { viewport: { width, height: 900 }, isMobile: width < 500 });
      const sizes = await page.evaluate(() => [...document.querySelectorAll('svg text')]
        .filter((t) => t.getClientRects().length > 0)
        .map((t) => {
          const scale = t.getScreenCTM()?.a ?? 1;
          const px = parseFloat(getComputedStyle(t).fontSize) * scale;
          const chart = t.closest('[data-testid]')?.dataset.testid ?? t.closest('svg').parentElement.className;
          return { px, where: `${chart} "${t.textContent}"` };
        }));
      if (sizes.length) {
        const least = sizes.reduce((a, b) => (a.px <= b.px ? a : b));
        console.log(`# ${width} px ${path}: ${sizes.length} chart labels, smallest ${least.px.toFixed(1)} px (${least.where})`);
      }
      small.push(...sizes.filter((s) => s.px < 11.95).map((s) => `${width} px ${path}: ${s.where} at ${s.px.toFixed(1)} px`));
      await context.close();
    }
  }
  assert.deepEqual(small, []);
});

test('each route has its own title, in the page\'s language', async () => {
  for (const lang of LANGS) {
    const { page, context } = await visit(`#/${lang}/`);
    const titles = [];
    for (const route of [...ROUTES, 'no-such-page']) {
      await page.evaluate((h) => { location.hash = h; }, `#/${lang}/${route}`);
      await page.waitForFunction((l) => document.documentElement.lang === l, lang);
      await page.waitForFunction((prev) => document.title && !prev.includes(document.title), titles);
      titles.push(await page.title());
    }
    console.log(`# ${lang} titles: ${titles.join(' | ')}`);
    assert.equal(new Set(titles).size, titles.length, `distinct titles: ${titles}`);
    for (const t of titles) {
      if (lang === 'ko') assert.match(t, /[\uAC00-\uD7A3]/, `a Korean title: ${t}`);
      else assert.doesNotMatch(t, /[\uAC00-\uD7A3]/, `an English title: ${t}`);
    }
    await context.close();
  }
});

test('Tab reaches every control of each page, each with a visible focus ring', async () => {
  const missed = [];
  for (const lang of LANGS) {
    for (const route of ROUTES) {
      const path = `#/${lang}/${route}`;
      const { page, context } = await visit(path, { viewport: { width: 1280, height: 900 } });
      // Every control a keyboard user needs: shown, enabled, not taken out of the tab order.
      const controls = await page.evaluate(() => {
        // The payload editor's text is in a shadow root.
        const shadow = [...document.querySelectorAll('[data-testid=editor]')].flatMap((h) => [...h.shadowRoot.querySelectorAll('[contenteditable=true]')]);
        const all = [...document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]'), ...shadow];
        return all.filter((el) => el.checkVisibility() && !el.disabled && el.tabIndex >= 0)
          .map((el, i) => { el.dataset.a11yControl = String(i); return i; }).length;
      });
      const reached = new Map();
      await page.evaluate(() => document.activeElement?.blur());
      const started = performance.now();
      for (let i = 0; i < controls + 20 && reached.size < controls; i++) {
        await page.keyboard.press('Tab');
        const seen = await page.evaluate(() => {
          let el = document.activeElement;
          while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
          if (!el?.dataset.a11yControl) return null;
          // The editor's ring is drawn around its box, the host of the shadow root its text is in.
          const root = el.getRootNode();
          const s = getComputedStyle(root instanceof ShadowRoot ? root.host : el);
          const ring = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';
          const name = `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''} "${(el.textContent || el.value || '').trim().slice(0, 40)}"`;
          return { id: el.dataset.a11yControl, ring, name, outline: `${s.outlineStyle} ${s.outlineWidth}` };
        });
        if (seen) reached.set(seen.id, seen);
      }
      const ms = performance.now() - started;
      const names = await page.evaluate(() => Object.fromEntries([...document.querySelectorAll('[data-a11y-control]'),
        ...[...document.querySelectorAll('[data-testid=editor]')].flatMap((h) => [...h.shadowRoot.querySelectorAll('[data-a11y-control]')])]
        .map((el) => [el.dataset.a11yControl, `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''} "${(el.textContent || el.value || '').trim().slice(0, 40)}"`])));
      console.log(`# ${path}: Tab reached ${reached.size} of ${controls} controls (${ms.toFixed(0)} ms)`);
      for (const [id, name] of Object.entries(names)) {
        if (!reached.has(id)) missed.push(`${path}: never reached ${name}`);
      }
      for (const seen of reached.values()) {
        if (!seen.ring) missed.push(`${path}: no focus ring on ${seen.name} (outline ${seen.outline})`);
      }
      await context.close();
    }
  }
  assert.deepEqual(missed, []);
});
