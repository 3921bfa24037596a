// The Validate page's editor at scale, in Chromium: a 1 MB payload pasted, typed into, reloaded,
// shared as a compressed link; line numbers beside wrapped lines, jump-to-line, the URL kept
// small, and a phone width checked after every step. Timings are printed as figures, not judged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ctx, open, assertLocalOnly } from './harness.mjs';

/** An UpdateStage payload of about `bytes`, pretty-printed, with long values (so lines wrap), a
 *  Korean value (measured, not computed) and one refused operation in the middle. */
function bigPayload(bytes) {
  const ops = [];
  let size = 0;
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  while (size < bytes) {
    const i = ops.length;
    const op = i === 11 ? { op: 'replace', path: '/description', value: '한국어 설명 '.repeat(30) }
      : i % 7 === 0 ? { op: 'replace', path: `/variables/v${i}`, value: 'a'.repeat(60 + Math.floor(rnd() * 200)) }
        : { op: 'replace', path: `/~1pets~1item${i}/GET/throttling/rateLimit`, value: String(Math.floor(rnd() * 1e6)) };
    ops.push(op);
    size += JSON.stringify(op).length + 20;
  }
  ops[Math.floor(ops.length / 2)] = { op: 'move', from: '/variables/a', path: '/variables/b' };
  return JSON.stringify({ restApiId: 'a1b2c3d4e5', stageName: 'prod', patchOperations: ops }, null, 2);
}

const MB = bigPayload(1024 * 1024);

/** The page is no wider than its viewport. */
async function noOverflow(page, step) {
  const [scroll, width] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  assert.ok(scroll <= width, `${step}: the page is ${scroll} px wide in a ${width} px viewport`);
}

/** Pastes `text` into the editor (as a paste ends: the value replaced, then one input event) and
 *  waits until it has been checked and drawn. */
async function paste(page, text) {
  const t0 = Date.now();
  await page.evaluate((text) => {
    const a = document.querySelector('#payload');
    a.focus();
    a.value = text;
    a.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, text);
  await page.waitForFunction((n) => {
    const s = document.querySelector('[data-testid=editor-status]')?.textContent ?? '';
    return s.startsWith(n) && !s.includes('…');
  }, text.split('\n').length.toLocaleString('en-US'), { timeout: 60000 });
  return Date.now() - t0;
}

/** Median and 95th percentile of `xs`. */
function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], p95: s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)] };
}

/** Types `n` characters at `at` (a UTF-16 offset) in `selector`, timing each from its keydown to
 *  the frame after it (the work the keystroke caused, drawn). */
async function typeTimed(page, selector, at, n) {
  await page.focus(selector);
  await page.evaluate(([sel, at]) => {
    const t = document.querySelector(sel);
    t.setSelectionRange(at, at);
    window.__lat = [];
    t.addEventListener('keydown', (e) => {
      const t0 = e.timeStamp;
      requestAnimationFrame(() => setTimeout(() => window.__lat.push(performance.now() - t0)));
    });
  }, [selector, at]);
  for (let i = 0; i < n; i++) {
    await page.keyboard.type('x');
    await page.waitForTimeout(40);
  }
  await page.waitForTimeout(100);
  return page.evaluate(() => window.__lat);
}

test('editor: a 1 MB payload stays quick to type in, keeps a small URL, survives a reload, and shares as a link', async (t) => {
  const context = await ctx.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ctx.base });
  const { page, problems, requests } = await open('#/validate', context);
  await page.selectOption('#api', 'aws.update-stage');
  const pasteMs = await paste(page, MB);
  const lines = MB.split('\n').length;
  t.diagnostic(`payload: ${(MB.length / 1024).toFixed(0)} KB, ${lines} lines; paste to checked and drawn: ${pasteMs} ms`);
  assert.match(await page.textContent('#verdict'), /^Invalid: 1 error/);

  // The URL carries the API and a note, not the megabyte; the page says where the payload is.
  const url = new URL(page.url());
  assert.ok(url.hash.length < 4096, `URL fragment: ${url.hash.length} characters`);
  assert.match(url.hash, /^#\/en\/validate\?api=aws\.update-stage&stored=payload$/);
  assert.match(await page.textContent('[data-testid=share]'), /too large for the address bar: it is kept in this browser/);
  t.diagnostic(`URL after the paste: ${page.url().length} characters`);

  // Keystrokes in the middle of the text, into a string value so the JSON stays valid.
  const at = MB.indexOf('"value": "', MB.length / 3) + 10;
  const lat = await typeTimed(page, '#payload', at, 50);
  const s = stats(lat);
  t.diagnostic(`keystroke to next frame, 1 MB, 50 keys: median ${s.median.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms`);
  console.log(`editor: keystroke latency at 1 MB: median ${s.median.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms (n=${lat.length})`);

  // The same keystrokes in a bare textarea holding the same text: what the browser itself costs.
  const bare = await context.newPage();
  await bare.setContent('<textarea id=t spellcheck=false style="font:14px/21px monospace;width:700px;height:450px;white-space:break-spaces;word-break:break-all;overflow-y:scroll"></textarea>');
  await bare.evaluate((text) => { document.getElementById('t').value = text; }, MB);
  const base = stats(await typeTimed(bare, '#t', at, 50));
  console.log(`editor: the same in a bare textarea: median ${base.median.toFixed(1)} ms, p95 ${base.p95.toFixed(1)} ms`);
  t.diagnostic(`bare textarea, same text: median ${base.median.toFixed(1)} ms, p95 ${base.p95.toFixed(1)} ms`);
  await bare.close();

  // Typed text is checked once typing pauses; a reload straight after typing keeps it.
  await page.keyboard.type('yz');
  const typed = await page.inputValue('#payload');
  assert.equal(typed.length, MB.length + 52);
  const t0 = Date.now();
  await page.reload();
  await page.waitForSelector('#payload');
  await page.waitForFunction((n) => document.querySelector('#payload').value.length === n, typed.length, { timeout: 30000 });
  t.diagnostic(`reload to the payload back in the editor: ${Date.now() - t0} ms`);
  assert.equal(await page.inputValue('#payload'), typed, 'nothing typed is lost');

  // Copy link: a compressed link that restores the payload in a fresh browser profile.
  const c0 = Date.now();
  await page.click('button.copy-link');
  await page.waitForSelector('.link-out');
  const link = await page.inputValue('.link-out');
  t.diagnostic(`copy link: ${link.length} characters for ${typed.length} bytes, ${Date.now() - c0} ms`);
  console.log(`editor: a 1 MB payload packs into a ${link.length}-character link`);
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
  assert.match(link, /#\/en\/validate\?z=[A-Za-z0-9_-]+$/);
  const other = await ctx.browser.newContext();
  const fresh = await other.newPage();
  const o0 = Date.now();
  await fresh.goto(link);
  await fresh.waitForFunction((n) => document.querySelector('#payload')?.value.length === n, typed.length, { timeout: 60000 });
  t.diagnostic(`the link opened in a fresh profile, payload shown: ${Date.now() - o0} ms`);
  assert.equal(await fresh.inputValue('#payload'), typed);
  assert.equal(await fresh.inputValue('#api'), 'aws.update-stage');
  await other.close();

  assert.deepEqual(problems, []);
  assertLocalOnly(requests);
  await context.close();
});

test('editor: line numbers follow wrapped lines, "line N" scrolls there, and a phone never scrolls sideways', async (t) => {
  const context = await ctx.browser.newContext({ viewport: { width: 390, height: 844 } });
  const { page, problems } = await open('#/validate', context);
  await page.selectOption('#api', 'aws.update-stage');
  await noOverflow(page, 'opened');
  await paste(page, MB);
  await noOverflow(page, 'pasted');
  const lines = MB.split('\n').length;

  // The numbers in view are consecutive logical lines, and the first is the one at the top.
  const first = await page.$$eval('.gutter .ln', (els) => els.map((e) => Number(e.dataset.line)));
  assert.equal(first[0], 1);
  assert.deepEqual(first, first.map((_, i) => i + 1));

  // At the bottom, the last number sits where the browser put the last line: the wrapped
  // heights of every line above add up to the textarea's own.
  await page.evaluate(() => { const a = document.querySelector('#payload'); a.scrollTop = a.scrollHeight; });
  await page.waitForFunction((n) => [...document.querySelectorAll('.gutter .ln')].some((e) => Number(e.dataset.line) === n), lines);
  const end = await page.evaluate(() => {
    const a = document.querySelector('#payload');
    const last = [...document.querySelectorAll('.gutter .ln')].pop();
    const pad = parseFloat(getComputedStyle(a).paddingBottom);
    return { line: Number(last.dataset.line), bottom: last.offsetTop + last.offsetHeight + a.scrollTop + pad, scrollHeight: a.scrollHeight };
  });
  assert.equal(end.line, lines);
  assert.ok(Math.abs(end.bottom - end.scrollHeight) <= 1, `gutter ends at ${end.bottom}, text at ${end.scrollHeight}`);
  await noOverflow(page, 'scrolled');

  // The diagnostic's "line N": the editor scrolls to it, selects it, takes the focus, and the
  // gutter marks it as an error.
  const button = page.locator('.diag.error button.goto').first();
  const n = Number(await button.getAttribute('data-line'));
  assert.ok(n > 1000, `the error is deep in the payload: line ${n}`);
  await button.click();
  await page.waitForSelector(`.gutter .ln.err[data-line="${n}"]`);
  const shown = await page.evaluate((n) => {
    const a = document.querySelector('#payload');
    const mark = document.querySelector(`.gutter .ln[data-line="${n}"]`);
    const line = a.value.split('\n')[n - 1];
    return { focused: document.activeElement === a, top: mark.offsetTop, height: a.clientHeight,
      selected: a.value.slice(a.selectionStart, a.selectionEnd) === line, band: !!document.querySelector(`.bands .band.err[data-line="${n}"]`) };
  }, n);
  assert.ok(shown.focused && shown.selected && shown.band, JSON.stringify(shown));
  assert.ok(shown.top >= 0 && shown.top < shown.height, `line ${n} is in view: ${shown.top} of ${shown.height}`);
  await noOverflow(page, 'jumped');

  // The diagnostics clip nothing: each item is as wide as its content.
  const clipped = await page.$$eval('.diags, .diag, .diag-head', (els) => els.filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.className));
  assert.deepEqual(clipped, []);

  await page.click('button.copy-link');
  await page.waitForSelector('.share .note');
  await noOverflow(page, 'link made');
  assert.deepEqual(problems, []);
  await context.close();
});

test('editor: a link that was cut short or swollen says so and keeps what this browser has', async () => {
  const { page, problems, context } = await open('#/validate?z=not-a-link');
  await page.waitForSelector('.share .note.bad');
  assert.match(await page.textContent('.share'), /could not be read \(it is not a link canarylab made, or it was cut short\)/);
  assert.ok((await page.inputValue('#payload')).includes('patchOperations'), 'the example is shown');
  assert.deepEqual(problems, []);
  await context.close();
});

test('editor: keystroke latency at 10 KB and 100 KB (figures, beside a bare textarea)', async (t) => {
  const context = await ctx.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const { page, problems } = await open('#/validate', context);
  await page.selectOption('#api', 'aws.update-stage');
  for (const kb of [10, 100]) {
    const text = bigPayload(kb * 1024);
    await paste(page, text);
    const at = text.indexOf('"value": "', text.length / 3) + 10;
    const s = stats(await typeTimed(page, '#payload', at, 50));
    const bare = await context.newPage();
    await bare.setContent('<textarea id=t spellcheck=false style="font:14px/21px monospace;width:700px;height:450px;white-space:break-spaces;word-break:break-all;overflow-y:scroll"></textarea>');
    await bare.evaluate((v) => { document.getElementById('t').value = v; }, text);
    const b = stats(await typeTimed(bare, '#t', at, 50));
    await bare.close();
    const line = `keystroke to next frame at ${kb} KB: median ${s.median.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms; bare textarea: median ${b.median.toFixed(1)} ms, p95 ${b.p95.toFixed(1)} ms`;
    t.diagnostic(line);
    console.log(`editor: ${line}`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});
