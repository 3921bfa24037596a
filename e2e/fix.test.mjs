// The Validate page's fixes in Chromium: a diagnostic's Fix button applies its fix to the editor
// text in the text's own layout and validates again; "Undo fix" restores the text byte for byte;
// "Fix all" is one undoable step; the buttons work from the keyboard and fit a phone screen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ctx, open, assertLocalOnly , payload, focusedId } from './harness.mjs';

const SPACE = '{"restApiId":"a","stageName":"prod","deploymentId":"d","variables":{"v":"a b"}}';

/** Opens the Validate page on `api` with `text` in the editor and waits for its verdict. */
async function load(page, api, text, verdict) {
  await page.selectOption('#api', api);
  await page.fill('#payload', text);
  await page.waitForSelector(`#verdict:text("${verdict}")`);
}

const verdict = (page) => page.textContent('#verdict');

test('fix: the Fix button applies the fix, the diagnostic goes, and Undo restores the text', async () => {
  const { page, problems, requests, context } = await open('#/validate');
  await load(page, 'aws.create-stage', SPACE, 'Invalid: 1 error');
  const fix = page.locator('.diag button.fix');
  assert.equal(await fix.count(), 1);
  const described = await page.textContent('.diag .fix-desc');
  assert.match(described, /ab/, 'the description says what the value becomes');
  assert.equal(await fix.getAttribute('title'), described);
  assert.equal(await page.locator('button.fix-all').count(), 0, 'one fix: no "Fix all"');
  assert.equal(await page.locator('.cm-lineNumbers .cm-gutterElement.err').count(), 1, 'the line is marked');

  await fix.click();
  await page.waitForSelector('#verdict:text("Valid (0 warnings)")');
  assert.equal(await payload(page), SPACE.replace('a b', 'ab'), 'compact text stays compact');
  assert.equal(await page.locator('.diag').count(), 0, 'the diagnostic is gone');
  assert.equal(await page.locator('.cm-lineNumbers .cm-gutterElement.err').count(), 0);
  assert.equal(await page.textContent('.fix-bar .fixed'), `Fixed: ${described}`);
  assert.match(await page.textContent('[data-testid=snippet]'), /"v":"ab"/, 'the snippet follows');

  await page.click('button.undo-fix');
  await page.waitForSelector('#verdict:text("Invalid: 1 error")');
  assert.equal(await payload(page), SPACE, 'byte for byte');
  assert.equal(await page.locator('button.undo-fix').count(), 0, 'nothing left to undo');
  assert.equal(await page.locator('.diag button.fix').count(), 1, 'the fix is offered again');

  // The fixed text is remembered like typed text: a reload shows it.
  await page.click('.diag button.fix');
  await page.waitForSelector('#verdict:text("Valid (0 warnings)")');
  await page.reload();
  await page.waitForSelector('#verdict:text("Valid (0 warnings)")');
  assert.equal(await payload(page), SPACE.replace('a b', 'ab'));
  assert.deepEqual(problems, []);
  assertLocalOnly(requests);
  await context.close();
});

test('fix: indented text keeps its indent, and Undo brings back its exact spacing', async () => {
  const { page, problems, context } = await open('#/validate');
  const text = '{\n    "restApiId" :  "a",\n    "stageName": "prod",\n    "deploymentId": "d",\n    "variables": {"v": "a b"}\n}\n';
  await load(page, 'aws.create-stage', text, 'Invalid: 1 error');
  await page.click('.diag button.fix');
  await page.waitForSelector('#verdict:text("Valid (0 warnings)")');
  const fixed = await payload(page);
  assert.equal(fixed, '{\n    "restApiId": "a",\n    "stageName": "prod",\n    "deploymentId": "d",\n    "variables": {\n        "v": "ab"\n    }\n}\n');
  await page.click('button.undo-fix');
  await page.waitForSelector('#verdict:text("Invalid: 1 error")');
  assert.equal(await payload(page), text);
  assert.deepEqual(problems, []);
  await context.close();
});

test('fix: typing after a fix ends its undo, and the browser undo is not needed', async () => {
  const { page, context } = await open('#/validate');
  await load(page, 'aws.create-stage', SPACE, 'Invalid: 1 error');
  await page.click('.diag button.fix');
  await page.waitForSelector('button.undo-fix');
  await page.fill('#payload', SPACE.replace('"a b"', '"x"'));
  // The edit is taken once typing pauses; then the fix's undo is gone.
  await page.waitForSelector('button.undo-fix', { state: 'detached' });
  assert.equal(await page.textContent('#verdict'), 'Valid (0 warnings)');
  await context.close();
});

test('fix: an UpdateStage path with a trailing slash is fixed to the path it meant', async () => {
  const { page, problems, context } = await open('#/validate');
  const text = JSON.stringify({ restApiId: 'a1', stageName: 'prod',
    patchOperations: [{ op: 'replace', path: '/canarySettings/percentTraffic/', value: '5' }] }, null, 2);
  await load(page, 'aws.update-stage', text, 'Invalid: 1 error');
  assert.match(await page.textContent('.diag .msg'), /did you mean \/canarySettings\/percentTraffic\?/);
  await page.click('.diag button.fix');
  await page.waitForSelector('#verdict:text("Valid")');
  assert.equal(await payload(page), text.replace('percentTraffic/', 'percentTraffic'));
  await page.click('button.undo-fix');
  await page.waitForSelector('#verdict:text("Invalid: 1 error")');
  assert.equal(await payload(page), text);
  assert.deepEqual(problems, []);
  await context.close();
});

test('fix: "Fix all" applies every offered fix as one step that one Undo reverts', async () => {
  const { page, problems, context } = await open('#/validate');
  const text = '{"restApiId":"a","stageName":"prod","deploymentId":"d","variables":{"v":"a b","w":"c d"},"canarySettings":{"percentTraffic":"x y"}}';
  await page.selectOption('#api', 'aws.create-stage');
  await page.fill('#payload', text);
  await page.waitForSelector('button.fix-all');
  const offered = await page.locator('.diag button.fix').count();
  assert.ok(offered >= 2, `several fixes offered: ${offered}`);
  assert.equal(await page.textContent('button.fix-all'), `Fix all (${offered})`);
  const before = await page.locator('.diag').count();
  await page.click('button.fix-all');
  await page.waitForFunction((n) => document.querySelectorAll('.diag').length < n, before);
  assert.equal(await page.locator('.diag button.fix').count(), 0, 'nothing left to fix');
  const fixed = await payload(page);
  assert.match(fixed, /"v":"ab","w":"cd"/);
  assert.match(await page.textContent('.fix-bar .fixed'), /^Fixed: \d+ fixes$/);
  await page.click('button.undo-fix');
  await page.waitForSelector('button.fix-all');
  assert.equal(await payload(page), text, 'one Undo reverts them all');
  assert.deepEqual(problems, []);
  await context.close();
});

test('fix: "Fix all" goes on while fixes bring new ones into reach, as the CLI\'s --fix does', async () => {
  const { page, problems, context } = await open('#/validate');
  const text = JSON.stringify({ restApiId: 'a1', stageName: 'prod', patchOperations: [
    { op: 'add', path: '/canarySettings/percentTraffic', value: 10 },
    { op: 'replace', path: '/canarySettings/PercentTraffic', value: '5' }] }, null, 2);
  await page.selectOption('#api', 'aws.update-stage');
  await page.fill('#payload', text);
  await page.waitForSelector('button.fix-all');
  const first = await page.locator('.diag .fix-desc').allTextContents();
  assert.ok(first.includes('write "10"'), first.join(' | '));
  assert.ok(!first.includes('use replace'), 'add is judged once its value is a string');
  await page.click('button.fix-all');
  await page.waitForSelector('#verdict:text("Valid")');
  const ops = JSON.parse(await payload(page)).patchOperations;
  assert.deepEqual(ops, [
    { op: 'replace', path: '/canarySettings/percentTraffic', value: '10' },
    { op: 'replace', path: '/canarySettings/percentTraffic', value: '5' }]);
  await page.click('button.undo-fix');
  await page.waitForSelector('button.fix-all');
  assert.equal(await payload(page), text, 'one Undo reverts every round');
  assert.deepEqual(problems, []);
  await context.close();
});

test('fix: NCP fixes (a quoted boolean, the query parameter code) in the envelope, all at once', async () => {
  const { page, problems, context } = await open('#/validate');
  const text = JSON.stringify({ productId: 'p1', apiId: 'a1', stageId: 's1', body: { useDistributionRate: 'false',
    canaryEndpointDomain: 'NONE', canaryConditions: [{ parameterCode: 'QUERY_STRING', parameterName: 'v', parameterValue: '2' }] } }, null, 2);
  await page.selectOption('#api', 'ncp.edit-canary');
  await page.fill('#payload', text);
  await page.waitForSelector('button.fix-all');
  const descriptions = await page.locator('.diag .fix-desc').allTextContents();
  assert.ok(descriptions.includes('write false') && descriptions.includes('write REQUEST_QUERY'), descriptions.join(' | '));
  await page.click('button.fix-all');
  await page.waitForSelector('#verdict:text("Valid")');
  const fixed = JSON.parse(await payload(page));
  assert.equal(fixed.body.useDistributionRate, false);
  assert.equal(fixed.body.canaryConditions[0].parameterCode, 'REQUEST_QUERY');
  await page.click('button.undo-fix');
  await page.waitForSelector('button.fix-all');
  assert.equal(await payload(page), text);
  assert.deepEqual(problems, []);
  await context.close();
});

test('fix: markup in a payload stays text in the fix and its description', async () => {
  const { page, problems, context } = await open('#/validate');
  let dialogs = 0;
  page.on('dialog', (d) => { dialogs++; d.dismiss(); });
  const text = JSON.stringify({ restApiId: 'a', stageName: 'prod', deploymentId: 'd',
    description: '<img src=x onerror=alert(1)>', variables: { v: 'a b<script>alert(2)</script>' } });
  await load(page, 'aws.create-stage', text, 'Invalid');
  await page.click('.diag button.fix');
  await page.waitForSelector('button.undo-fix');
  assert.equal(await page.locator('#page img, #page script').count(), 0);
  assert.match(await payload(page), /<img src=x onerror=alert\(1\)>/, 'the rest of the text is untouched');
  await page.waitForTimeout(200);
  assert.equal(dialogs, 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('fix: the keyboard reaches Fix, lands on Undo fix, and Undo returns to Fix', async () => {
  const { page, context } = await open('#/validate');
  await load(page, 'aws.create-stage', SPACE, 'Invalid: 1 error');
  await page.focus('#payload');
  const active = () => focusedId(page);
  for (let i = 0; i < 6 && (await active()) !== 'fix'; i++) await page.keyboard.press('Tab');
  assert.equal(await active(), 'fix', 'Tab from the editor reaches the Fix button');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#verdict:text("Valid (0 warnings)")');
  assert.equal(await active(), 'undo-fix', 'focus moves to Undo fix, not lost with the button');
  await page.keyboard.press(' ');
  await page.waitForSelector('#verdict:text("Invalid: 1 error")');
  assert.equal(await payload(page), SPACE);
  assert.equal(await active(), 'fix', 'focus comes back to the Fix button');
  await context.close();
});

test('fix: long fix descriptions and the fix bar fit a 390 px phone screen', async () => {
  const c = await ctx.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
  const { page } = await open('#/validate', c);
  const long = 'x'.repeat(300);
  const text = JSON.stringify({ restApiId: 'a', stageName: 'prod', deploymentId: 'd',
    variables: { v: `a ${long}`, w: `b ${long}` } });
  await load(page, 'aws.create-stage', text, 'Invalid: 2 errors');
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok((await overflow()) <= 1, `the fixes overflow by ${await overflow()}px`);
  await page.click('.diag button.fix');
  await page.waitForSelector('button.undo-fix');
  assert.ok((await overflow()) <= 1, `the fix bar overflows by ${await overflow()}px`);
  await c.close();
});
