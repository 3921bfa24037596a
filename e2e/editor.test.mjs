// The Validate page's editor (CodeMirror) at scale, in Chromium: a 1 MB payload pasted, typed
// into, reloaded, shared as a compressed link; line numbers beside wrapped lines, jump-to-line,
// the URL kept small, and a phone width checked after every step. Timings are printed as figures,
// not judged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ctx, open, assertLocalOnly, payload, focusedId } from './harness.mjs';

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

/** Pastes `text` over the editor's whole text, as a user does (select all, paste), and waits until
 *  it has been checked and drawn. */
async function paste(page, text) {
  const t0 = Date.now();
  await page.focus('#payload');
  await page.keyboard.press('Control+a');
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    document.querySelector('[data-testid=editor]').shadowRoot.querySelector('#payload').dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
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

/** Times each of `n` keystrokes from its keydown to the frame after it (the work the keystroke
 *  caused, drawn), typed where the focus is. */
async function typeTimed(page, n) {
  await page.evaluate(() => {
    window.__lat = [];
    document.addEventListener('keydown', (e) => {
      const t0 = e.timeStamp;
      requestAnimationFrame(() => setTimeout(() => window.__lat.push(performance.now() - t0)));
    }, { capture: true });
  });
  for (let i = 0; i < n; i++) {
    await page.keyboard.type('x');
    await page.waitForTimeout(40);
  }
  await page.waitForTimeout(100);
  return page.evaluate(() => window.__lat);
}

/** Puts the caret inside the string value on 1-based `line` of the editor (before its closing
 *  quote), through the editor's own "go to line". */
async function caretInValue(page, line) {
  await page.evaluate((line) => canarylabEditor.editorOf(document.querySelector('[data-testid=editor]')).goto(line), line);
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
}

/** The 1-based line of the first short string value (a rate limit) after `fraction` of `text`. */
function valueLine(text, fraction) {
  const at = text.indexOf('/GET/throttling/rateLimit', Math.floor(text.length * fraction));
  return text.slice(0, text.indexOf('"value": "', at)).split('\n').length;
}

/** Types `n` keys inside a string value of a bare textarea holding `text` (what the browser
 *  alone costs for a textarea of that size), timed as above. */
async function bareTextarea(context, text, n) {
  const bare = await context.newPage();
  await bare.setContent('<textarea id=t spellcheck=false style="font:14px/21px monospace;width:700px;height:450px;white-space:break-spaces;word-break:break-all;overflow-y:scroll"></textarea>');
  await bare.evaluate((text) => { document.getElementById('t').value = text; }, text);
  const at = text.indexOf('"value": "', text.length / 3) + 10;
  await bare.focus('#t');
  await bare.evaluate((at) => document.getElementById('t').setSelectionRange(at, at), at);
  const lat = await typeTimed(bare, n);
  await bare.close();
  return stats(lat);
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
  await caretInValue(page, valueLine(MB, 1 / 3));
  const lat = await typeTimed(page, 50);
  const s = stats(lat);
  t.diagnostic(`keystroke to next frame, 1 MB, 50 keys: median ${s.median.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms`);
  console.log(`editor: keystroke latency at 1 MB: median ${s.median.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms (n=${lat.length})`);

  // The same keystrokes in a bare textarea holding the same text: what the browser itself costs.
  const base = await bareTextarea(context, MB, 50);
  console.log(`editor: the same in a bare textarea: median ${base.median.toFixed(1)} ms, p95 ${base.p95.toFixed(1)} ms`);
  t.diagnostic(`bare textarea, same text: median ${base.median.toFixed(1)} ms, p95 ${base.p95.toFixed(1)} ms`);

  // Typed text is checked once typing pauses; a reload straight after typing keeps it.
  await page.keyboard.type('yz');
  const typed = await payload(page);
  assert.equal(typed.length, MB.length + 52);
  const t0 = Date.now();
  await page.reload();
  await page.waitForSelector('#payload');
  await page.waitForFunction((n) => canarylabEditor.textOf(document.querySelector('[data-testid=editor]'))?.length === n, typed.length, { timeout: 30000 });
  t.diagnostic(`reload to the payload back in the editor: ${Date.now() - t0} ms`);
  assert.equal(await payload(page), typed, 'nothing typed is lost');

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
  await fresh.waitForFunction((n) => globalThis.canarylabEditor?.textOf(document.querySelector('[data-testid=editor]'))?.length === n, typed.length, { timeout: 60000 });
  t.diagnostic(`the link opened in a fresh profile, payload shown: ${Date.now() - o0} ms`);
  assert.equal(await payload(fresh), typed);
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
  await page.evaluate(() => { document.querySelector('[data-testid=editor]').shadowRoot.querySelector('.cm-scroller').scrollTop = 0; });
  await page.waitForFunction(() => [...document.querySelector('[data-testid=editor]').shadowRoot.querySelectorAll('.cm-lineNumbers .cm-gutterElement')].some((e) => e.textContent === '1'));
  const gutter = () => page.evaluate(() => {
    const root = document.querySelector('[data-testid=editor]').shadowRoot;
    const scroller = root.querySelector('.cm-scroller').getBoundingClientRect();
    return [...root.querySelectorAll('.cm-lineNumbers .cm-gutterElement')]
      .filter((e) => /^\d+$/.test(e.textContent))
      .map((e) => { const r = e.getBoundingClientRect(); return { line: Number(e.textContent), top: r.top - scroller.top, bottom: r.bottom - scroller.top, height: scroller.height, mark: e.className.includes('err') ? 'err' : e.className.includes('warn') ? 'warn' : '' }; })
      .filter((e) => e.bottom > 0 && e.top < e.height);
  });
  const first = (await gutter()).map((e) => e.line);
  assert.equal(first[0], 1);
  assert.deepEqual(first, first.map((_, i) => i + 1));

  // Each number sits beside its line, wrapped lines included: at the top and at the bottom.
  const aligned = () => page.evaluate(() => {
    const root = document.querySelector('[data-testid=editor]').shadowRoot;
    const box = root.querySelector('.cm-scroller').getBoundingClientRect();
    // The lines in view (the editor also keeps the caret's line in the page, wherever it is).
    const lines = [...root.querySelectorAll('.cm-content > .cm-line')]
      .filter((l) => { const r = l.getBoundingClientRect(); return r.bottom > box.top && r.top < box.bottom; });
    const numbers = new Map([...root.querySelectorAll('.cm-lineNumbers .cm-gutterElement')].map((e) => [e.textContent, e]));
    const view = canarylabEditor.editorOf(root.host).view;
    return lines.map((l) => {
      const n = String(view.state.doc.lineAt(view.posAtDOM(l)).number);
      const g = numbers.get(n);
      return g ? { n, line: [l.getBoundingClientRect().top, l.getBoundingClientRect().height], gutter: [g.getBoundingClientRect().top, g.getBoundingClientRect().height] } : { n, missing: true };
    });
  });
  const check = (rows, where) => {
    assert.ok(rows.length > 5, where);
    const wrapped = rows.filter((r) => !r.missing && r.line[1] > 30).length;
    for (const r of rows) {
      assert.ok(!r.missing, `${where}: line ${r.n} has a number`);
      assert.ok(Math.abs(r.line[0] - r.gutter[0]) <= 1 && Math.abs(r.line[1] - r.gutter[1]) <= 1, `${where}: line ${r.n} at ${r.line}, its number at ${r.gutter}`);
    }
    return wrapped;
  };
  const wrappedTop = check(await aligned(), 'top');
  await page.evaluate(() => { const s = document.querySelector('[data-testid=editor]').shadowRoot.querySelector('.cm-scroller'); s.scrollTop = s.scrollHeight; });
  await page.waitForFunction((n) => [...document.querySelector('[data-testid=editor]').shadowRoot.querySelectorAll('.cm-lineNumbers .cm-gutterElement')].some((e) => e.textContent === String(n)), lines);
  const wrappedEnd = check(await aligned(), 'bottom');
  assert.ok(wrappedTop + wrappedEnd > 0, 'some lines in view wrap on a phone');
  assert.ok((await gutter()).some((e) => e.line === lines), 'the last number is in view at the end');
  await noOverflow(page, 'scrolled');

  // The diagnostic's "line N": the editor scrolls to it, selects it, takes the focus, and the
  // gutter marks it as an error.
  const button = page.locator('.diag.error button.goto').first();
  const n = Number(await button.getAttribute('data-line'));
  assert.ok(n > 1000, `the error is deep in the payload: line ${n}`);
  await button.click();
  await page.waitForFunction((n) => [...document.querySelector('[data-testid=editor]').shadowRoot.querySelectorAll('.cm-lineNumbers .cm-gutterElement.err')].some((e) => e.textContent === String(n)), n);
  const shown = await page.evaluate((n) => {
    const root = document.querySelector('[data-testid=editor]').shadowRoot;
    const view = canarylabEditor.editorOf(root.host).view;
    const { from, to } = view.state.selection.main;
    const line = view.state.doc.line(n);
    return { focused: root.activeElement === document.querySelector('[data-testid=editor]').shadowRoot.querySelector('#payload'), selected: from === line.from && to === line.to,
      band: !!root.querySelector('.cm-line.cm-mark-err') };
  }, n);
  assert.ok(shown.focused && shown.selected && shown.band, JSON.stringify(shown));
  const mark = (await gutter()).find((e) => e.line === n);
  assert.ok(mark && mark.mark === 'err', `line ${n} is in view and marked: ${JSON.stringify(mark)}`);
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
  assert.ok((await payload(page)).includes('patchOperations'), 'the example is shown');
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
    await caretInValue(page, valueLine(text, 1 / 3));
    const s = stats(await typeTimed(page, 50));
    const b = await bareTextarea(context, text, 50);
    const line = `keystroke to next frame at ${kb} KB: median ${s.median.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms; bare textarea: median ${b.median.toFixed(1)} ms, p95 ${b.p95.toFixed(1)} ms`;
    t.diagnostic(line);
    console.log(`editor: ${line}`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('editor: Ctrl+F finds text far out of view in a big payload, and the search panel speaks Korean in Korean', async () => {
  const context = await ctx.browser.newContext({ viewport: { width: 390, height: 844 } });
  const { page, problems } = await open('#/ko/validate', context);
  await page.selectOption('#api', 'aws.update-stage');
  await paste(page, MB);
  // The refused operation sits in the middle of the payload, far from the lines in the page.
  await page.focus('#payload');
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Control+f');
  const field = page.locator('[data-testid=editor] .cm-search input[name=search]');
  await field.waitFor();
  assert.equal(await field.getAttribute('placeholder'), '찾기');
  assert.equal(await page.locator('[data-testid=editor] .cm-search button[name=next]').textContent(), '다음');
  await page.keyboard.type('"op": "move"');
  await page.keyboard.press('Enter');
  const line = MB.slice(0, MB.indexOf('"op": "move"')).split('\n').length;
  const found = await page.evaluate(() => {
    const view = canarylabEditor.editorOf(document.querySelector('[data-testid=editor]')).view;
    const { from, to } = view.state.selection.main;
    return { line: view.state.doc.lineAt(from).number, text: view.state.sliceDoc(from, to) };
  });
  assert.deepEqual(found, { line, text: '"op": "move"' });
  await page.waitForSelector('[data-testid=editor] .cm-searchMatch-selected');
  await noOverflow(page, 'search panel open');
  await page.keyboard.press('Escape');
  await page.waitForSelector('[data-testid=editor] .cm-search', { state: 'detached' });
  assert.deepEqual(problems, []);
  await context.close();
});

/** The editor's view (CodeMirror's), for reading its state in a test. */
const viewState = (page) => page.evaluate(() => {
  const view = canarylabEditor.editorOf(document.querySelector('[data-testid=editor]')).view;
  return { text: view.state.doc.toString(), lines: view.state.doc.lines };
});

test('editor: undo stays within one API, the status line follows every pause, and a fix made mid-pause keeps its Undo', async () => {
  const { page, problems, context } = await open('#/validate?api=aws.update-stage');
  const aws = await payload(page);
  // Another API: Ctrl+Z does not bring the UpdateStage payload into Edit Canary.
  await page.selectOption('#api', 'ncp.edit-canary');
  await page.waitForSelector('#verdict:text("Invalid: 2 errors")');
  const ncp = await payload(page);
  await page.focus('#payload');
  await page.keyboard.press('Control+z');
  await page.waitForTimeout(400);
  assert.equal(await payload(page), ncp, 'nothing to undo in a payload just opened');
  assert.notEqual(await payload(page), aws);

  // Enter three times: the status counts the new lines once the pause hands them over, whether
  // or not the marks change.
  const before = (await viewState(page)).lines;
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('End');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Enter');
  await page.waitForFunction((n) => document.querySelector('[data-testid=editor-status]').textContent.startsWith(`${n} lines · `)
    && !document.querySelector('[data-testid=editor-status]').textContent.includes('Checking'), before + 3);
  // Everything deleted: one line, said in the singular.
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  await page.waitForFunction(() => document.querySelector('[data-testid=editor-status]').textContent === '1 line · 0 B');

  // A fix pressed while typing is still pausing: the typing is taken first, the fix applies to
  // it, and its Undo stays (the pause does not hand the text over again and end the fix's undo).
  const text = '{\n  "restApiId": "a",\n  "stageName": "prod",\n  "deploymentId": "d",\n  "variables": {"v": "a b"}\n}';
  await page.selectOption('#api', 'aws.create-stage');
  await page.fill('#payload', text);
  await page.waitForSelector('#verdict:text("Invalid: 1 error")');
  await page.evaluate(() => {
    const view = canarylabEditor.editorOf(document.querySelector('[data-testid=editor]')).view;
    const at = view.state.doc.toString().indexOf('prod') + 4;
    view.dispatch({ selection: { anchor: at } });
    view.focus();
  });
  await page.keyboard.type('x');
  await page.click('button.fix');
  await page.waitForSelector('#verdict:text("Valid (0 warnings)")');
  await page.waitForTimeout(1200);
  assert.equal(await page.locator('button.undo-fix').count(), 1, 'Undo fix is still there after the pause');
  assert.equal(await focusedId(page), 'undo-fix');
  assert.deepEqual(JSON.parse(await payload(page)), { ...JSON.parse(text), stageName: 'prodx', variables: { v: 'ab' } }, 'the fix applied to the typed text');
  await page.click('button.undo-fix');
  await page.waitForSelector('#verdict:text("Invalid: 1 error")');
  assert.equal(await payload(page), text.replace('prod', 'prodx'), 'undo brings back the typed text, unfixed');
  assert.deepEqual(problems, []);
  await context.close();
});

test('editor: Korean typed through an IME lands in the payload and is checked', async () => {
  const { page, problems, context } = await open('#/ko/validate?api=aws.create-stage');
  const text = '{"restApiId": "a", "stageName": "prod", "deploymentId": "d", "description": ""}';
  await page.fill('#payload', text);
  await page.waitForFunction(() => !document.querySelector('[data-testid=editor-status]').textContent.includes('…'));
  await page.evaluate(() => {
    const view = canarylabEditor.editorOf(document.querySelector('[data-testid=editor]')).view;
    view.dispatch({ selection: { anchor: view.state.doc.toString().lastIndexOf('""') + 1 } });
    view.focus();
  });
  const cdp = await context.newCDPSession(page);
  for (const part of ['ㅎ', '하', '한', '한ㄱ', '한구', '한국']) {
    await cdp.send('Input.imeSetComposition', { text: part, selectionStart: part.length, selectionEnd: part.length });
  }
  await cdp.send('Input.insertText', { text: '한국어' });
  await page.keyboard.insertText(' 설명');
  await page.waitForFunction(() => !document.querySelector('[data-testid=editor-status]').textContent.includes('…'));
  assert.equal(await payload(page), text.replace('""', '"한국어 설명"'));
  assert.equal(JSON.parse(await payload(page)).description, '한국어 설명', 'the check read the composed text');
  assert.deepEqual(problems, []);
  await context.close();
});

test('editor: go to line and search open in sight, and closing them gives the keyboard back to the text', async () => {
  const context = await ctx.browser.newContext({ viewport: { width: 390, height: 844 } });
  const { page, problems } = await open('#/validate?api=aws.update-stage', context);
  await paste(page, MB);
  const inView = (selector) => page.evaluate((sel) => {
    const el = document.querySelector('[data-testid=editor]').shadowRoot.querySelector(sel);
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  }, selector);
  // Go to line opens at the editor's foot, below a phone's screen unless scrolled to.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.focus('#payload');
  await page.keyboard.press('Control+Alt+g');
  await page.waitForSelector('[data-testid=editor] .cm-goto-line input');
  assert.ok(await inView('.cm-goto-line input'), 'the go-to-line field is on screen');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('20000');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid=editor] .cm-goto-line', { state: 'detached' });
  assert.equal(await focusedId(page), 'payload', 'the keyboard is back in the text');
  const line = await page.evaluate(() => {
    const view = canarylabEditor.editorOf(document.querySelector('[data-testid=editor]')).view;
    return view.state.doc.lineAt(view.state.selection.main.head).number;
  });
  assert.equal(line, 20000);
  await page.keyboard.press('Control+Alt+g');
  await page.waitForSelector('[data-testid=editor] .cm-goto-line input');
  await page.keyboard.press('Escape');
  await page.waitForSelector('[data-testid=editor] .cm-goto-line', { state: 'detached' });
  assert.equal(await focusedId(page), 'payload', 'Escape gives the keyboard back too');
  // Search with the editor's top scrolled out of the window: its field comes into sight.
  await page.evaluate(() => window.scrollTo(0, document.querySelector('[data-testid=editor]').getBoundingClientRect().top + window.scrollY + 200));
  await page.keyboard.press('Control+f');
  await page.waitForSelector('[data-testid=editor] .cm-search input[name=search]');
  assert.ok(await inView('.cm-search input[name=search]'), 'the search field is on screen');
  // Their text is the site's size, not the browser's default for form controls.
  const size = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('[data-testid=editor]').shadowRoot.querySelector('.cm-search input[name=search]')).fontSize));
  assert.ok(size >= 14, `search field text: ${size} px`);
  await noOverflow(page, 'panels');
  assert.deepEqual(problems, []);
  await context.close();
});

test('editor: "line N" pressed before the pause hands the typing over finds the line where the text is now', async () => {
  const { page, problems, context } = await open('#/validate?api=aws.create-stage');
  const text = '{\n  "restApiId": "a",\n  "stageName": "prod",\n  "deploymentId": "d",\n  "variables": {"v": "a b"}\n}';
  await page.fill('#payload', text);
  await page.waitForSelector('#verdict:text("Invalid: 1 error")');
  assert.equal(await page.getAttribute('.diag.error button.goto', 'data-line'), '5');
  // Two lines added above it, and "line 5" pressed straight away.
  await page.evaluate(() => {
    const view = canarylabEditor.editorOf(document.querySelector('[data-testid=editor]')).view;
    view.dispatch({ selection: { anchor: 1 } });
    view.focus();
  });
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.click('.diag.error button.goto');
  await page.waitForFunction(() => {
    const view = canarylabEditor.editorOf(document.querySelector('[data-testid=editor]')).view;
    const { from, to } = view.state.selection.main;
    return from !== to && view.state.sliceDoc(from, to).includes('"variables"');
  });
  const line = await page.evaluate(() => {
    const view = canarylabEditor.editorOf(document.querySelector('[data-testid=editor]')).view;
    return view.state.doc.lineAt(view.state.selection.main.from).number;
  });
  assert.equal(line, 7, 'the line the diagnostic points at now');
  assert.deepEqual(problems, []);
  await context.close();
});
