// The Lifecycle page in Chromium: buttons generate the exact calls; each step shows the response
// or the service's error (type, status and message, never "→ 0"), Validate's diagnostics of a
// refused call, the warnings it brought, the stage's changed values with their context beside the
// call's `changes` (an RFC 6902 patch), and the call as an AWS CLI, boto3 or curl command; a
// slider sets the share "shift" moves to and replays a shift (its re-run time printed); users run
// their own request; NCP's assumptions switch; the page in Korean; and after every step a phone
// screen shows it all without sideways scrolling.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ctx, open, assertLocalOnly } from './harness.mjs';

const steps = (page) => page.locator('[data-testid=step]');
const stepCount = (page, n) => page.waitForFunction((n) => document.querySelectorAll('[data-testid=step]').length === n, n);
const overflowOf = (page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
const phone = () => ctx.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });

/** Clicks a step button and waits for its step. */
async function press(page, label) {
  const before = await steps(page).count();
  await page.click(`.steps button:text-is("${label}")`);
  await stepCount(page, before + 1);
}

test('lifecycle: AWS create, shift, promote, remove, each with its response and a diff of values', async () => {
  const { page, problems, requests, context } = await open('#/lifecycle');
  await page.click('button:text-is("AWS REST API")');
  for (const step of ['Create canary (10 %)', 'Shift to 50.0 %', 'Promote', 'Remove canary']) await press(page, step);
  const heads = await page.$$eval('[data-testid=step] h2', (hs) => hs.map((h) => h.textContent));
  assert.deepEqual(heads, ['1. CreateDeployment → 201', '2. UpdateStage → 200', '3. UpdateStage → 200 ⚠ warnings: 1', '4. UpdateStage → 200']);
  // Create adds the canary after the variables: the variables' closing line gains a comma and
  // is not shown as removed and added again; nothing is removed at all.
  const created = steps(page).nth(0).locator('.diff');
  assert.equal(await created.locator('del').count(), 0, await created.textContent());
  assert.match(await created.locator('ins').first().textContent(), /^\+ +"canarySettings": \{/);
  // Shift: the changed value with its context, the rest of the stage folded.
  const shift = await steps(page).nth(1).locator('.diff').textContent();
  assert.match(shift, /- +"percentTraffic": 10\.0/);
  assert.match(shift, /\+ +"percentTraffic": 50\.0/);
  assert.match(shift, /… \d+ unchanged lines/);
  assert.doesNotMatch(shift, /"stageName"/);
  const promote = await steps(page).nth(2).locator('.diff').textContent();
  assert.match(promote, /\+ +"backend": "canary\.internal"/);
  // The stage's diff is no longer cut off: its box has no scrollbar.
  const clipped = await steps(page).nth(2).locator('.diff').evaluate((e) => e.scrollHeight - e.clientHeight);
  assert.ok(clipped <= 1, `the promote diff is clipped by ${clipped}px`);
  assert.deepEqual(problems, []);
  assertLocalOnly(requests);

  // The steps survive a reload.
  await page.reload();
  await stepCount(page, 4);
  await context.close();
});

test('lifecycle: errors show the service type, status and message; Validate says why; never "→ 0"', async () => {
  const { page, problems, requests, context } = await open('#/lifecycle');
  await page.click('button:text-is("AWS REST API")');
  const own = page.locator('[data-testid=own]');
  await own.locator('summary').click();
  await page.selectOption('#own-action', 'UpdateStage');
  // A client-side type error: the SDK refuses it, nothing is sent, so there is no status.
  await page.fill('#own-params', JSON.stringify({ restApiId: 'abcd1e2f3g', stageName: 'prod', patchOperations: 'x' }));
  await own.locator('button:text-is("Run against the current stage")').click();
  await stepCount(page, 1);
  const first = steps(page).nth(0);
  assert.equal(await first.locator('h2').textContent(), '1. UpdateStage → ParamValidationError');
  assert.doesNotMatch(await first.textContent(), /→ 0/);
  assert.match(await first.locator('[data-testid=refusal-status]').textContent(), /nothing was sent/);
  assert.equal(await first.locator('[data-testid=refusal-type]').textContent(), 'ParamValidationError');
  assert.ok((await first.locator('[data-testid=refusal-message]').textContent()).length > 0);
  assert.match(await first.locator('[data-testid=hints]').textContent(), /\/patchOperations/);
  assert.match(await first.getAttribute('class'), /failed/);
  assert.equal(await first.locator('h3').nth(1).textContent(), 'Error, as the SDK raises it');

  // A service error: AWS's 400 with its exact message; Validate finds the parameters fine.
  await page.fill('#own-params', JSON.stringify({ restApiId: 'abcd1e2f3g', stageName: 'prod',
    patchOperations: [{ op: 'add', path: '/canarySettings/deploymentId', value: 'dep001' }] }));
  await own.locator('button:text-is("Run against the current stage")').click();
  await stepCount(page, 2);
  const second = steps(page).nth(1);
  assert.equal(await second.locator('h2').textContent(), '2. UpdateStage → 400 BadRequestException');
  assert.equal(await second.locator('[data-testid=refusal-status]').textContent(), '400');
  assert.equal(await second.locator('[data-testid=refusal-message]').textContent(), 'Invalid add operation with path: /canarySettings/deploymentId');
  assert.deepEqual(JSON.parse(await second.locator('[data-testid=body]').textContent()),
    { type: 'BadRequestException', message: 'Invalid add operation with path: /canarySettings/deploymentId' });
  assert.ok(await second.locator('[data-testid=hints]').count() === 1);

  // Text that is not JSON runs nothing, says why, and stays in the box (also after a reload).
  await page.fill('#own-params', '{"restApiId": ');
  await own.locator('button:text-is("Run against the current stage")').click();
  assert.match(await own.locator('[data-testid=own-problem]').textContent(), /^Not JSON, so nothing was run: .*line 1/);
  assert.equal(await steps(page).count(), 2);
  await page.reload();
  await stepCount(page, 2);
  await page.locator('[data-testid=own] summary').click();
  assert.equal(await page.inputValue('#own-params'), '{"restApiId": ');
  assert.equal(await page.inputValue('#own-action'), 'UpdateStage');
  assert.deepEqual(problems, []);
  assertLocalOnly(requests);
  await context.close();
});

test('lifecycle: promote without a canary is a warning on AWS and an error on NCP', async () => {
  const { page, problems, context } = await open('#/lifecycle');
  await page.click('button:text-is("AWS REST API")');
  await press(page, 'Promote');
  const aws = steps(page).nth(0);
  assert.match(await aws.getAttribute('class'), /warned/);
  const warned = await aws.locator('[data-testid=warnings]').textContent();
  assert.match(warned, /aws\.promotion\.(no-canary|keeps-canary)/);
  console.log(`AWS promote on a stage without a canary: ${await aws.locator('h2').textContent()}; ${warned}`);

  await page.click('button:text-is("NCP stage")');
  await press(page, 'Promote');
  const ncp = steps(page).nth(0);
  assert.match(await ncp.locator('h2').textContent(), /^1\. PromoteCanary → 400 /);
  assert.equal(await ncp.locator('[data-testid=refusal-status]').textContent(), '400');
  assert.equal(await ncp.locator('[data-testid=refusal-message]').textContent(), "Canary is not enabled on stage 's1'");
  assert.deepEqual(problems, []);
  await context.close();
});

test('lifecycle: the share slider sets shift and replays the last shift (re-run time printed)', async () => {
  const { page, problems, context } = await open('#/lifecycle');
  await page.click('button:text-is("AWS REST API")');
  await press(page, 'Create canary (10 %)');
  await page.locator('#share').fill('25');
  await press(page, 'Shift to 25.0 %');
  const shift = steps(page).nth(1);
  assert.match(await shift.locator('.diff').textContent(), /\+ +"percentTraffic": 25\.0/);
  // Each move replays the timeline with the shift at the new share; timed from the input
  // event to the frame that paints the new diff.
  const slide = (share, last) => page.evaluate(async ([share, last]) => {
    const input = document.querySelector('#share');
    const want = `"percentTraffic": ${share.toFixed(1)}`;
    const t0 = performance.now();
    input.value = String(share);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    for (;;) {
      await new Promise((r) => requestAnimationFrame(r));
      const diff = document.querySelectorAll('[data-testid=step]')[last]?.querySelector('.diff')?.textContent ?? '';
      if (diff.includes(want)) return performance.now() - t0;
      if (performance.now() - t0 > 5000) return NaN;
    }
  }, [share, last]);
  const report = (label, times) => {
    times.sort((a, b) => a - b);
    console.log(`slider re-run to the painted diff (${label}), ms: median ${times[times.length >> 1].toFixed(1)}, max ${times[times.length - 1].toFixed(1)} over ${times.length} moves`);
  };
  const times = [];
  for (const share of [30, 42.5, 77, 5, 60, 33.5, 90, 12]) {
    times.push(await slide(share, 1));
    assert.match(await shift.locator('.diff').textContent(), new RegExp(`\\+ +"percentTraffic": ${share.toFixed(1).replace('.', '\\.')}`));
  }
  report('2 steps', times);
  // The request itself carries the share as UpdateStage takes it, a string.
  const request = JSON.parse(await shift.locator('pre.json').first().textContent());
  assert.deepEqual(request.patchOperations, [{ op: 'replace', path: '/canarySettings/percentTraffic', value: '12.0' }]);
  assert.match(page.url(), /%2212\.0%22/);
  // A slider move when the last step is not a shift replays nothing.
  await press(page, 'Get stage');
  await page.locator('#share').fill('70');
  assert.match(await shift.locator('.diff').textContent(), /"percentTraffic": 12\.0/);
  assert.equal(await page.locator('.steps button:text-is("Shift to 70.0 %")').count(), 1);
  // A longer timeline: 30 steps, the last a shift; the whole timeline replays on each move.
  await page.click('.steps button:text-is("Undo last step")');
  await stepCount(page, 2);
  for (let i = 0; i < 28; i++) await page.click('.steps button:text-is("Shift to 70.0 %")');
  await stepCount(page, 30);
  const long = [];
  for (const share of [30, 42.5, 77, 5, 60, 33.5, 90, 12]) long.push(await slide(share, 29));
  assert.ok(long.every((t) => Number.isFinite(t)), 'every move painted its diff');
  report('30 steps', long);
  assert.deepEqual(problems, []);
  await context.close();
});

test('lifecycle: each step copies as AWS CLI or boto3 (AWS) and curl (NCP)', async () => {
  const { page, problems, context } = await open('#/lifecycle');
  await page.click('button:text-is("AWS REST API")');
  await press(page, 'Create canary (10 %)');
  await press(page, 'Shift to 50.0 %');
  const copy = steps(page).nth(1).locator('[data-testid=copy-step]');
  await copy.locator('summary').click();
  assert.equal(await copy.locator('[data-testid=step-snippet]').textContent(),
    `aws apigateway update-stage --cli-input-json '{"restApiId":"abcd1e2f3g","stageName":"prod","patchOperations":[{"op":"replace","path":"/canarySettings/percentTraffic","value":"50.0"}]}'`);
  await copy.locator('button:text-is("boto3")').click();
  assert.match(await copy.locator('[data-testid=step-snippet]').textContent(), /^import boto3\n\nclient = boto3\.client\("apigateway"\)\nresponse = client\.update_stage\(\n    restApiId="abcd1e2f3g",/);
  const create = steps(page).nth(0).locator('[data-testid=copy-step]');
  await create.locator('summary').click();
  assert.match(await create.locator('[data-testid=step-snippet]').textContent(), /^aws apigateway create-deployment --cli-input-json '\{"restApiId":"abcd1e2f3g","stageName":"prod","canarySettings":/);

  await page.click('button:text-is("NCP stage")');
  await press(page, 'Enable canary');
  await press(page, 'Deploy new version to canary');
  await press(page, 'Promote');
  const snippet = async (i) => {
    const c = steps(page).nth(i).locator('[data-testid=copy-step]');
    await c.locator('summary').click();
    return c.locator('[data-testid=step-snippet]').textContent();
  };
  assert.match(await snippet(0), /^curl -X POST 'https:\/\/apigateway\.apigw\.ntruss\.com\/api\/v1\/products\/p1a2b3c4\/apis\/a1b2c3\/stages\/s1\/canary' \\\n  -H "x-ncp-apigw-timestamp: \$TIMESTAMP_MS"/);
  assert.match(await snippet(1), /no API for this step/);
  assert.equal(await steps(page).nth(1).locator('[data-testid=copy-step] button').count(), 0, 'nothing to copy, so no Copy');
  assert.match(await snippet(2), /^curl -X POST '.*\/stages\/s1\/canary\/promote'/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('lifecycle: NCP assumptions switch on the page, replay the timeline, and travel in the URL', async () => {
  const { page, problems, context } = await open('#/lifecycle');
  await page.click('button:text-is("NCP stage")');
  for (const step of ['Enable canary', 'Promote', 'Disable canary']) await press(page, step);
  // By default promotion disables the canary, so disabling it again is NCP's 400.
  assert.match(await steps(page).nth(2).locator('h2').textContent(), /→ 400 /);
  assert.equal(await steps(page).nth(1).locator('[data-testid=assumed]').textContent(), 'Under the NCP assumptions: afterPromote=disable-canary ');
  // The refusal after the promotion is that assumption's answer too, and says so.
  assert.equal(await steps(page).nth(2).locator('[data-testid=assumed]').textContent(), 'Under the NCP assumptions: afterPromote=disable-canary ');
  // Each choice says what it means beside the name --assume and scenario files give it.
  assert.deepEqual(await page.$$eval('#assume-afterPromote option', (os) => os.map((o) => o.textContent)),
    ['disabled (disable-canary) (default)', 'kept, on the promoted deployment (keep-canary)']);
  await page.selectOption('#assume-afterPromote', 'keep-canary');
  await page.waitForFunction(() => /→ 204/.test(document.querySelectorAll('[data-testid=step]')[2]?.querySelector('h2')?.textContent));
  assert.equal(await steps(page).nth(1).locator('[data-testid=assumed]').textContent(), 'Under the NCP assumptions: afterPromote=keep-canary ');
  // The switch is the scenario's own `assumptions`: the link replays it elsewhere.
  const url = page.url();
  assert.match(decodeURIComponent(url), /"assumptions":\{"afterPromote":"keep-canary"\}/);
  const other = await ctx.browser.newContext();
  const p2 = await other.newPage();
  await p2.goto(url);
  await p2.waitForFunction(() => document.querySelectorAll('[data-testid=step]').length === 3);
  assert.match(await p2.locator('[data-testid=step]').nth(2).locator('h2').textContent(), /→ 204/);
  assert.equal(await p2.inputValue('#assume-afterPromote'), 'keep-canary');
  await other.close();
  // coercion: a boolean written as a string is refused under `strict`, read as true under `jackson`.
  await press(page, 'Enable canary');
  await page.locator('[data-testid=own] summary').click();
  await page.selectOption('#own-action', 'EditCanary');
  await page.fill('#own-params', JSON.stringify({ productId: 'p1a2b3c4', apiId: 'a1b2c3', stageId: 's1',
    body: { useDistributionRate: 'true', canaryEndpointDomain: 'NONE', canaryDistributionRate: 10 } }));
  await page.locator('[data-testid=own] button:text-is("Run against the current stage")').click();
  await stepCount(page, 5);
  const strict = await steps(page).nth(4).locator('h2').textContent();
  assert.match(strict, /^5\. EditCanary → 400 /);
  await page.selectOption('#assume-coercion', 'jackson');
  await page.waitForFunction((s) => document.querySelectorAll('[data-testid=step]')[4]?.querySelector('h2')?.textContent !== s, strict);
  const jackson = await steps(page).nth(4).locator('h2').textContent();
  console.log(`EditCanary with "useDistributionRate": "true": strict ${strict}; jackson ${jackson}`);
  assert.match(jackson, /^5\. EditCanary → 200/);
  assert.match(await steps(page).nth(4).locator('[data-testid=assumed]').textContent(), /coercion=jackson/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('lifecycle: NCP returns its own error body, then enables and edits', async () => {
  const { page, problems, context } = await open('#/lifecycle');
  await page.click('button:text-is("NCP stage")');
  await press(page, 'Edit: 10 % of requests');
  await press(page, 'Enable canary');
  await press(page, 'Edit: 10 % of requests');
  const first = await steps(page).first().textContent();
  assert.match(first, /EditCanary → 400 /);
  assert.match(first, /"errorCode": "100"/);
  assert.match(first, /Canary is not enabled on stage 's1'/);
  const third = await steps(page).nth(2).locator('.diff').textContent();
  assert.match(third, /\+ +"canaryDistributionRate": 10\.0/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('lifecycle: a scenario imports in the CLI format and the URL reproduces it', async () => {
  const { page, context } = await open('#/lifecycle');
  const scenario = { provider: 'aws', deployments: [{ id: 'd1' }], stages: [{ deploymentId: 'd1', stageName: 'prod' }],
    calls: [{ action: 'UpdateStage', params: { restApiId: 'a', stageName: 'prod', patchOperations: [{ op: 'add', path: '/canarySettings/deploymentId', value: 'd1' }] } }] };
  await page.click('.scenario summary');
  await page.fill('#scenario', JSON.stringify(scenario));
  await page.click('button:text-is("Load")');
  await page.waitForSelector('[data-testid=step].failed');
  assert.match(await page.textContent('[data-testid=step]'), /Invalid add operation with path: \/canarySettings\/deploymentId/);
  const url = page.url();
  const other = await page.context().browser().newContext();
  const p2 = await other.newPage();
  await p2.goto(url);
  await p2.waitForSelector('[data-testid=step].failed');
  await other.close();
  await context.close();
});

// What the page shows of a step's `changes` (the RFC 6902 patch of the scenario state): one line
// per operation.
const changesOf = (page, i) => steps(page).nth(i).locator('[data-testid=changes]');
const opLines = (page, i) => changesOf(page, i).locator('li').allTextContents();

test('lifecycle: each step shows its changes as an RFC 6902 patch beside the stage diff', async () => {
  const { page, problems, requests, context } = await open('#/lifecycle');
  await page.click('button:text-is("AWS REST API")');
  for (const step of ['Create canary (10 %)', 'Shift to 50.0 %', 'Promote', 'Remove canary', 'Get stage']) await press(page, step);
  const created = await opLines(page, 0);
  assert.deepEqual(created, [
    'add /deployments/1 {"id":"hs8mqz","createdDate":"2026-01-01T00:00:01+00:00"}',
    'add /stages/0/canarySettings {"deploymentId":"hs8mqz","percentTraffic":10.0,"stageVariableOverrides":{"backend":"canary.internal"},"useStageCache":false}',
    'add /stages/0/lastUpdatedDate "2026-01-01T00:00:01+00:00"',
  ]);
  assert.deepEqual((await opLines(page, 1)).filter((l) => !/lastUpdatedDate/.test(l)),
    ['replace /stages/0/canarySettings/percentTraffic 50.0']);
  const promoted = await opLines(page, 2);
  assert.ok(promoted.includes('replace /stages/0/variables/backend "canary.internal"'), promoted.join('\n'));
  assert.ok(promoted.some((l) => /^replace \/stages\/0\/deploymentId "/.test(l)), promoted.join('\n'));
  assert.ok((await opLines(page, 3)).includes('remove /stages/0/canarySettings'));
  // A read-only call changes nothing, and shows no diff.
  assert.equal(await changesOf(page, 4).textContent(), '[]: nothing changed');
  assert.equal(await steps(page).nth(4).locator('.diff').count(), 0);
  // The value diff is there, beside it.
  assert.match(await steps(page).nth(1).locator('.diff').textContent(), /\+ +"percentTraffic": 50\.0/);
  // The patch itself, to copy, is the scenario result's `changes`.
  await changesOf(page, 1).locator('summary').click();
  const patch = JSON.parse(await changesOf(page, 1).locator('pre').textContent());
  assert.deepEqual(patch[0], { op: 'replace', path: '/stages/0/canarySettings/percentTraffic', value: 50 });
  assert.deepEqual(problems, []);
  assertLocalOnly(requests);
  await context.close();
});

test('lifecycle: a failed call has no changes, and user text in a patch stays text', async () => {
  const { page, problems, context } = await open('#/lifecycle');
  const markup = '<img src=x onerror="window.__pwned=1"><b>bold</b>';
  const scenario = { provider: 'aws', deployments: [{ id: 'd1' }], stages: [{ deploymentId: 'd1', stageName: 'prod' }],
    calls: [
      { action: 'UpdateStage', params: { restApiId: 'a', stageName: 'prod', patchOperations: [{ op: 'add', path: '/variables/x', value: 'y' }] } },
      { action: 'UpdateStage', params: { restApiId: 'a', stageName: 'prod', patchOperations: [{ op: 'replace', path: '/description', value: markup }] } },
    ] };
  await page.click('.scenario summary');
  await page.fill('#scenario', JSON.stringify(scenario));
  await page.click('button:text-is("Load")');
  await stepCount(page, 2);
  assert.equal(await changesOf(page, 0).textContent(), '[]: nothing changed');
  const lines = await opLines(page, 1);
  assert.ok(lines.includes(`add /stages/0/description ${JSON.stringify(markup)}`), lines.join('\n'));
  assert.equal(await page.locator('[data-testid=step] img, [data-testid=step] b').count(), 0);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(problems, []);
  await context.close();
});

/** Every step button of the provider, each checked for overflow after it runs; then the copy
 *  boxes and patches opened, checked again. */
async function everyStepFits(page, provider, undo) {
  await page.click(`.toolbar button:text-is("${provider}")`);
  const buttons = (await page.locator('.steps button').allTextContents()).filter((b) => b !== undo);
  for (const step of buttons) {
    await press(page, step);
    const overflow = await overflowOf(page);
    assert.ok(overflow <= 1, `${provider}: after "${step}" the page overflows a 390 px screen by ${overflow}px`);
  }
  for (const s of await page.locator('[data-testid=changes] summary, [data-testid=copy-step] summary').all()) await s.click();
  const overflow = await overflowOf(page);
  assert.ok(overflow <= 1, `${provider}: with every box open the page overflows a 390 px screen by ${overflow}px`);
}

test('lifecycle: on a 390 px phone nothing overflows after any step, error, switch or own request', async () => {
  const c = await phone();
  const { page, problems } = await open('#/lifecycle', c);
  await everyStepFits(page, 'AWS REST API', 'Undo last step');
  await page.locator('#share').fill('33.5');
  assert.ok(await overflowOf(page) <= 1, 'after the slider');
  await page.locator('[data-testid=own] summary').click();
  await page.selectOption('#own-action', 'CreateStage');
  await page.fill('#own-params', JSON.stringify({ restApiId: 'abcd1e2f3g', stageName: 'a-very-long-stage-name-that-does-not-fit-a-phone-screen-at-all', deploymentId: 'nope' }));
  await page.locator('[data-testid=own] button:text-is("Run against the current stage")').click();
  await page.waitForSelector('[data-testid=step]:last-child.failed');
  assert.ok(await overflowOf(page) <= 1, `after a refused own request: ${await overflowOf(page)}px`);
  await page.fill('#own-params', '{');
  await page.locator('[data-testid=own] button:text-is("Run against the current stage")').click();
  assert.ok(await overflowOf(page) <= 1, 'after text that is not JSON');
  await everyStepFits(page, 'NCP stage', 'Undo last step');
  await page.selectOption('#assume-coercion', 'jackson');
  assert.ok(await overflowOf(page) <= 1, 'after an assumption switch');
  await page.locator('[data-testid=plan] > summary').click();
  assert.ok(await overflowOf(page) <= 1, 'with the plan panel open');
  assert.deepEqual(problems, []);
  await c.close();
});

test('lifecycle in Korean: labels in Korean, AWS error messages verbatim, no overflow at 390 px', async () => {
  const c = await phone();
  const { page, problems, requests } = await open('#/ko/lifecycle', c);
  assert.equal(await page.textContent('h1'), '카나리 수명 주기 재현');
  await page.click('.toolbar button:text-is("AWS REST API 스테이지")');
  const labels = (await page.locator('.steps button').allTextContents());
  assert.deepEqual(labels, ['카나리 생성 (10 %)', '50.0 %로 이동', '승격', '카나리 제거', '스테이지 조회', '마지막 단계 취소']);
  for (const step of labels.slice(0, 3)) {
    await press(page, step);
    assert.ok(await overflowOf(page) <= 1, `ko: after "${step}"`);
  }
  // The promotion's warning in Korean, its code as it is.
  const warned = await steps(page).nth(2).locator('[data-testid=warnings]').textContent();
  assert.match(warned, /^경고: 서비스는 받아들였지만/);
  assert.match(warned, /aws\.promotion\.keeps-canary/);
  assert.match(warned, /[가-힣]/);
  assert.match(await steps(page).nth(1).locator('h3').first().textContent(), /^요청$/);
  assert.match(await steps(page).nth(1).locator('.diff').textContent(), /… 변경 없는 줄: \d+/);

  // AWS's error: its type and message as AWS writes them, in English; our words around them Korean.
  await page.locator('[data-testid=own] summary').click();
  assert.equal(await page.textContent('[data-testid=own] summary'), '현재 스테이지에 직접 요청 실행');
  await page.selectOption('#own-action', 'UpdateStage');
  await page.fill('#own-params', JSON.stringify({ restApiId: 'abcd1e2f3g', stageName: 'prod',
    patchOperations: [{ op: 'add', path: '/canarySettings/deploymentId', value: 'dep001' }] }));
  await page.locator('[data-testid=own] button:text-is("현재 스테이지에 실행")').click();
  await stepCount(page, 4);
  const refused = steps(page).nth(3);
  assert.equal(await refused.locator('h2').textContent(), '4. UpdateStage → 400 BadRequestException');
  assert.equal(await refused.locator('[data-testid=refusal-message]').textContent(), 'Invalid add operation with path: /canarySettings/deploymentId');
  assert.equal(await refused.locator('.refusal dt').first().textContent(), 'HTTP 상태');
  assert.match(await refused.locator('h3').nth(1).textContent(), /^서비스가 반환하는 오류$/);
  assert.ok(await overflowOf(page) <= 1, 'ko: after the refused request');

  // A client-side refusal: Validate's diagnostics in Korean.
  await page.fill('#own-params', JSON.stringify({ restApiId: 'abcd1e2f3g', stageName: 'prod', patchOperations: 'x' }));
  await page.locator('[data-testid=own] button:text-is("현재 스테이지에 실행")').click();
  await stepCount(page, 5);
  const hints = await steps(page).nth(4).locator('[data-testid=hints]').textContent();
  assert.match(hints, /^이 파라미터에 대한 검증 결과:/);
  assert.match(hints, /\/patchOperations/);
  console.log(`ko: Validate's hint on a client-side refusal: ${hints}`);
  assert.match(await steps(page).nth(4).locator('[data-testid=refusal-status]').textContent(), /^없음: /);

  // NCP in Korean: its switches and its own error body.
  await page.click('.toolbar button:text-is("NCP 스테이지")');
  assert.equal(await page.textContent('[data-testid=assumptions] legend'), 'NCP 가정');
  await press(page, '승격');
  assert.equal(await steps(page).nth(0).locator('[data-testid=refusal-message]').textContent(), "Canary is not enabled on stage 's1'");
  // How NCP read a value under `coercion=jackson`, said in Korean; the code and pointer as they are.
  await page.selectOption('#assume-coercion', 'jackson');
  await press(page, '카나리 활성화');
  await page.locator('[data-testid=own] summary').click();
  await page.selectOption('#own-action', 'EditCanary');
  await page.fill('#own-params', JSON.stringify({ productId: 'p1a2b3c4', apiId: 'a1b2c3', stageId: 's1',
    body: { useDistributionRate: 'true', canaryEndpointDomain: 'NONE', canaryDistributionRate: 10 } }));
  await page.locator('[data-testid=own] button:text-is("현재 스테이지에 실행")').click();
  await stepCount(page, 3);
  const coerced = await steps(page).nth(2).locator('[data-testid=warnings]').textContent();
  assert.match(coerced, /ncp\.coerced \/body\/useDistributionRate: [^(]*[가-힣]/);
  assert.match(await steps(page).nth(2).locator('[data-testid=assumed]').textContent(), /^적용된 NCP 가정: coercion=jackson editWithoutCanary=reject/);
  assert.ok(await overflowOf(page) <= 1, 'ko: after the coerced edit');
  await everyStepFits(page, 'NCP 스테이지', '마지막 단계 취소');
  assert.deepEqual(problems, []);
  assertLocalOnly(requests);
  await c.close();
});

test('lifecycle with its steps: axe finds no serious or critical violation (en, ko; light, dark)', async () => {
  const axe = new URL('../node_modules/axe-core/axe.min.js', import.meta.url).pathname;
  const failures = [];
  for (const colorScheme of ['light', 'dark']) {
    for (const [lang, aws, ncp] of [['en', 'AWS REST API', 'NCP stage'], ['ko', 'AWS REST API 스테이지', 'NCP 스테이지']]) {
      for (const provider of [aws, ncp]) {
        // `bypassCSP`: the site's policy forbids the inline script axe is injected as.
        const c = await ctx.browser.newContext({ colorScheme, bypassCSP: true });
        const { page, problems } = await open(`#/${lang}/lifecycle`, c);
        await page.click(`.toolbar button:text-is("${provider}")`);
        const buttons = await page.locator('.steps button').all();
        for (const b of buttons.slice(0, -1)) await b.click();
        await stepCount(page, buttons.length - 1);
        await page.evaluate(() => document.querySelectorAll('main details').forEach((d) => { d.open = true; }));
        await page.addScriptTag({ path: axe });
        const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
        const found = result.violations.flatMap((v) => v.nodes.map((n) => `${v.impact} ${v.id} at ${n.target.join(' ')}`));
        console.log(`axe ${colorScheme} #/${lang}/lifecycle ${provider}, ${buttons.length - 1} steps, every box open: ${found.length} finding(s)`);
        for (const f of found) console.log(`  ${f}`);
        failures.push(...found.filter((f) => /^(serious|critical) /.test(f)), ...problems);
        await c.close();
      }
    }
  }
  assert.deepEqual(failures, []);
});
