// The Lifecycle page's plan panel in Chromium: two stages in, the UpdateStage operations out
// (proved on the simulated gateway), what UpdateStage cannot change with why, the operations onto
// the timeline as a call; and the lints a call brings, shown on its step.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ctx, open, assertLocalOnly } from './harness.mjs';

const panel = (page) => page.locator('[data-testid=plan]');

test('plan: the example plans, an impossible change is said with why, a broken stage is a problem', async () => {
  const { page, problems, requests, context } = await open('#/lifecycle');
  await page.click('button:text-is("AWS REST API")');
  await panel(page).locator('summary').first().click();
  const result = panel(page).locator('[data-testid=plan-result]');
  await result.waitFor();
  assert.match(await result.locator('h3').first().textContent(), /proved on the simulated gateway/);
  const ops = await result.locator('[data-testid=plan-ops] li').allTextContents();
  assert.deepEqual(ops, [
    'remove /canarySettings',
    'replace /deploymentId "dep002"',
    'replace /variables/backend "canary.internal"',
    'replace /*/*/metrics/enabled "true"',
  ]);
  await result.locator('summary:text-is("As an AWS CLI command")').click();
  assert.match(await result.locator('pre').last().textContent(), /^aws apigateway update-stage --cli-input-json '/);
  await result.locator('summary:text-is("As JSON")').click();
  const json = JSON.parse(await result.locator('pre').first().textContent());
  assert.deepEqual(json.patchOperations[0], { op: 'remove', path: '/canarySettings' });

  const wanted = JSON.parse(await page.inputValue('#plan-wanted'));
  await page.fill('#plan-wanted', JSON.stringify({ ...wanted, stageName: 'live', tags: { team: 'a' } }));
  const unsupported = await panel(page).locator('[data-testid=plan-unsupported] li').allTextContents();
  assert.deepEqual(unsupported.map((u) => u.split(':')[0]), ['/stageName', '/tags']);
  assert.match(unsupported[1], /TagResource/);

  await page.fill('#plan-current', '{"stageName": "prod"');
  assert.match(await panel(page).locator('[data-testid=plan-problems]').textContent(), /\/current: malformed JSON/);
  assert.deepEqual(problems, []);
  assertLocalOnly(requests);
  await context.close();
});

test("plan: from the timeline's last stage, onto the timeline as UpdateStage; a promotion's warning on its step", async () => {
  const { page, problems, context } = await open('#/lifecycle');
  await page.click('button:text-is("AWS REST API")');
  await page.click('button:text-is("Create canary (10 %)")');
  await page.click('button:text-is("Promote")');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=step]').length === 2);
  // The promotion keeps the canary: the step says so, with the code to allow it by.
  const warned = page.locator('[data-testid=step]').nth(1).locator('[data-testid=warnings]');
  assert.match(await warned.textContent(), /aws\.promotion\.keeps-canary \/stages\/0\/canarySettings\/deploymentId/);
  assert.equal(await page.locator('[data-testid=step]').first().locator('[data-testid=warnings]').count(), 0);

  await panel(page).locator('summary').first().click();
  await panel(page).locator('button:text-is("Use the timeline\'s last stage")').click();
  const current = JSON.parse(await page.inputValue('#plan-current'));
  assert.ok(current.canarySettings, 'the promoted stage still has its canary');
  const { canarySettings, ...withoutCanary } = current;
  await page.fill('#plan-wanted', JSON.stringify({ ...withoutCanary, description: 'v2 live' }));
  const ops = await panel(page).locator('[data-testid=plan-ops] li').allTextContents();
  assert.deepEqual(ops, ['remove /canarySettings', 'replace /description "v2 live"']);
  await panel(page).locator('button:text-is("Add to the timeline as UpdateStage")').click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=step]').length === 3);
  const third = page.locator('[data-testid=step]').nth(2);
  assert.equal(await third.locator('h2').textContent(), '3. UpdateStage → 200');
  assert.match(await third.locator('.diff').textContent(), /\+ +"description": "v2 live"/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('plan: the open panel fits a 390 px phone screen', async () => {
  const c = await ctx.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
  const { page } = await open('#/lifecycle', c);
  await panel(page).locator('summary').first().click();
  for (const s of await panel(page).locator('[data-testid=plan-result] summary').all()) await s.click();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 1, `the plan panel overflows a 390 px screen by ${overflow}px`);
  await c.close();
});

test('plan in Korean: the panel in Korean, the operations as written, a broken stage said in Korean, fits 390 px', async () => {
  const c = await ctx.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
  const { page, problems, requests } = await open('#/ko/lifecycle', c);
  await page.click('.toolbar button:text-is("AWS REST API 스테이지")');
  const summary = panel(page).locator('summary').first();
  assert.equal(await summary.textContent(), '스테이지 변경 계획 (한 스테이지에서 다른 스테이지로 가는 UpdateStage 작업)');
  await summary.click();
  const result = panel(page).locator('[data-testid=plan-result]');
  assert.equal(await result.locator('h3').first().textContent(), 'patchOperations: 시뮬레이션 게이트웨이에서 증명했습니다');
  assert.deepEqual(await result.locator('[data-testid=plan-ops] li').allTextContents(), [
    'remove /canarySettings',
    'replace /deploymentId "dep002"',
    'replace /variables/backend "canary.internal"',
    'replace /*/*/metrics/enabled "true"',
  ]);
  await result.locator('summary:text-is("AWS CLI 명령으로 보기")').click();
  assert.match(await result.locator('pre').last().textContent(), /^aws apigateway update-stage --cli-input-json '/);
  // What UpdateStage cannot change: the path as it is, the reason in Korean.
  const wanted = JSON.parse(await page.inputValue('#plan-wanted'));
  await page.fill('#plan-wanted', JSON.stringify({ ...wanted, stageName: 'live' }));
  assert.equal(await panel(page).locator('[data-testid=plan-unsupported]').locator('xpath=preceding-sibling::h3[1]').textContent(), 'UpdateStage로 바꿀 수 없는 항목');
  const reason = await panel(page).locator('[data-testid=plan-unsupported] li').first().textContent();
  assert.match(reason, /^\/stageName: .*[가-힣]/);
  console.log(`ko: what UpdateStage cannot change: ${reason}`);
  await page.fill('#plan-current', '{"stageName": "prod"');
  const broken = await panel(page).locator('[data-testid=plan-problems]').textContent();
  assert.match(broken, /^GetStage가 반환하는 형태의 스테이지가 아닙니다:/);
  assert.match(broken, /\/current: /);
  console.log(`ko: a broken stage in the plan panel: ${broken}`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 1, `the Korean plan panel overflows a 390 px screen by ${overflow}px`);
  assert.deepEqual(problems, []);
  assertLocalOnly(requests);
  await c.close();
});
