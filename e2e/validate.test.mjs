// The Validate page in Chromium: diagnostics as you type, marks in place, copy-as, state in the
// URL and in localStorage, user text shown inert.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ctx, open, assertLocalOnly , payload, focusedId } from './harness.mjs';

test('validate: the docs example is flagged, typing updates the diagnostics and the marks', async () => {
  const { page, problems, requests, context } = await open('#/validate');
  await page.selectOption('#api', 'ncp.edit-canary');
  await page.waitForSelector('text=Invalid: 2 errors');
  const codes = await page.$$eval('.diag .code', (els) => els.map((e) => e.textContent));
  assert.deepEqual(codes, ['ncp.docs.endpoint-none', 'ncp.ttl.range', 'ncp.docs.ttl', 'ncp.throttle.range', 'ncp.docs.throttle']);
  assert.equal(await page.locator('.cm-lineNumbers .cm-gutterElement.err').count(), 2, 'the two offending lines are marked in the gutter');
  assert.equal(await page.locator('.cm-line.cm-mark-err').count(), 2, 'and behind their text');
  const fixed = JSON.stringify({ useDistributionRate: true, canaryEndpointDomain: 'https://canary.example.com', canaryDistributionRate: 10 }, null, 2);
  await page.fill('#payload', fixed);
  await page.waitForSelector('#verdict:text("Valid (0 warnings)")');
  assert.equal(await page.locator('.cm-lineNumbers .cm-gutterElement.err').count(), 0);
  // The editor's text is described by the verdict, through the shadow root's boundary.
  assert.equal(await page.evaluate(() => document.querySelector('[data-testid=editor]').shadowRoot
    .querySelector('#payload').ariaDescribedByElements?.map((e) => e.id).join()), 'verdict');
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
  assert.equal(await payload(page), typed);
  const url = page.url();
  // A different browser profile (no localStorage) opening the link sees the same view.
  const other = await ctx.browser.newContext();
  const shared = await other.newPage();
  await shared.goto(url);
  await shared.waitForSelector('#verdict:text("Invalid: 1 error")');
  assert.equal(await payload(shared), typed);
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
  await page.waitForFunction(() => document.querySelector('.diags').textContent.includes('onerror=alert(3)'));
  assert.equal(await page.locator('#page img').count(), 0, 'no <img> element was created');
  assert.equal(await page.locator('#page script').count(), 0);
  assert.match(await page.textContent('.diags'), /<img src=y onerror=alert\(3\)>/);
  await page.waitForTimeout(200);
  assert.equal(dialogs, 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('validate in Korean: headings, labels and the core\'s hints in Korean, the service\'s words kept, a phone never scrolls sideways', async () => {
  const context = await ctx.browser.newContext({ viewport: { width: 390, height: 844 } });
  const { page, problems, requests } = await open('#/ko/validate', context);
  const noOverflow = async (step) => {
    const [scroll, width] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    assert.ok(scroll <= width, `${step}: ${scroll} px in ${width} px`);
  };
  assert.equal(await page.getAttribute('html', 'lang'), 'ko');
  assert.equal(await page.textContent('h1'), '페이로드 검증');
  assert.equal(await page.textContent('#copy-h'), '명령으로 복사');
  assert.equal(await page.textContent('#check-file-h'), '파일 검사');
  assert.equal(await page.getAttribute('#payload', 'aria-label'), '페이로드 (JSON)');
  assert.match(await page.textContent('.toolbar label'), /^API 선택/);
  await noOverflow('opened');

  await page.selectOption('#api', 'ncp.edit-canary');
  await page.waitForSelector('#verdict:text("유효하지 않음: 오류 2개, 경고 3개")');
  assert.match(await page.textContent('.source'), /^예제 출처: NCP API 문서/);
  assert.deepEqual(await page.$$eval('.diag .sev', (els) => [...new Set(els.map((e) => e.textContent))]), ['경고', '오류']);
  // The TTL's range diagnostic: the core's hint in Korean, the field explained in Korean, codes as they are.
  const ttl = page.locator('.diag', { has: page.locator('code.code', { hasText: /^ncp\.ttl\.range$/ }) });
  assert.match(await ttl.locator('.hint').textContent(), /^힌트: .*[가-힣]/);
  assert.match(await ttl.locator('.field').textContent(), /캐시 TTL/);
  assert.match(await ttl.locator('button.goto').textContent(), /^\d+행$/);
  await noOverflow('NCP example checked');

  await ttl.locator('button.goto').click();
  assert.equal(await focusedId(page), 'payload');
  await noOverflow('jumped to the line');

  await page.fill('#payload', '{"productId": "p1", "apiId": "a1", "stageId": "s1", "body": {"useDistributionRate": true, "canaryEndpointDomain": "https://canary.example.com", "canaryDistributionRate": 10}}');
  await page.waitForSelector('#verdict:text("유효함 (경고 0개)")');
  assert.match(page.url(), /#\/ko\/validate\?api=ncp\.edit-canary&payload=/, 'the language stays in the URL');
  await noOverflow('valid payload');
  assert.deepEqual(problems, []);
  assertLocalOnly(requests);
  await context.close();
});
