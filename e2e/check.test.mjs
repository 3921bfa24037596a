// The Validate page's "Check a file" in Chromium: a pasted SAM template, an opened Terraform plan
// and a dropped deploy script, each diagnostic at its line and column; choosing one selects that
// line; the panel fits a phone screen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ctx, open, assertLocalOnly } from './harness.mjs';

const fixture = (name) => new URL(`../tests/fixtures/input/${name}`, import.meta.url);

test('check a file: a pasted SAM template, each problem at its line and column', async () => {
  const { page, problems, requests, context } = await open('#/validate');
  await page.waitForSelector('#check-text');
  assert.equal(await page.textContent('#check-verdict'), 'Nothing to check yet.');
  await page.fill('#check-text', readFileSync(fixture('sam-canary.yaml'), 'utf8'));
  await page.waitForSelector('#check-verdict:text("CloudFormation template: invalid: 4 errors, 2 warnings")');
  const heads = await page.locator('.check-diags .diag .at').allTextContents();
  assert.deepEqual(heads, [
    'line 23, column 7', 'line 24, column 9', 'line 31, column 11',
    'line 41, column 9', 'line 49, column 7', 'line 53, column 9',
  ]);
  const typo = page.locator('.check-diags .diag').nth(4);
  assert.match(await typo.textContent(), /input\.property.*did you mean CanarySetting\?/s);
  // Choosing a problem selects its line in the text.
  await page.locator('.check-diags .diag .at').nth(2).click();
  const selected = await page.evaluate(() => {
    const t = document.getElementById('check-text');
    return t.value.slice(t.selectionStart, t.selectionEnd);
  });
  assert.equal(selected.trim(), 'CacheTtlInSeconds: 7200');
  assert.deepEqual(problems, []);
  assertLocalOnly(requests);
  await context.close();
});

test('check a file: an opened plan and a dropped script; the kind can be named', async () => {
  const { page, problems, requests, context } = await open('#/validate');
  await page.setInputFiles('#check-open', fixture('terraform-plan.json').pathname);
  await page.waitForSelector('#check-verdict:text("Terraform plan: invalid: 3 errors, 3 warnings")');
  assert.equal(await page.textContent('.check-file .file-name'), 'terraform-plan.json');
  assert.match(await page.locator('.check-diags .diag').first().textContent(), /Active stages pointing to this deployment/);

  // A drop: the file's text goes in the panel.
  const script = readFileSync(fixture('deploy.sh'), 'utf8');
  const data = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'deploy.sh', { type: 'text/x-sh' }));
    return dt;
  }, script);
  await page.dispatchEvent('.check-file .drop', 'dragover', { dataTransfer: data });
  await page.dispatchEvent('.check-file .drop', 'drop', { dataTransfer: data });
  await page.waitForSelector('#check-verdict:text("AWS CLI script: invalid: 4 errors, 4 warnings")');
  assert.equal(await page.inputValue('#check-text'), script);
  assert.match(await page.textContent('.check-diags'), /line 15, column 69.*aws\.patch\.value\.double/s);

  // Named, the same text reads as another kind.
  await page.selectOption('#check-kind', 'cloudformation');
  await page.waitForSelector('#check-verdict:text("CloudFormation template: invalid")');
  assert.deepEqual(problems, []);
  assertLocalOnly(requests);
  await context.close();
});

test('check a file: an alias bomb is refused by name, and the panel fits 390 px', async () => {
  const narrow = await ctx.browser.newContext({ viewport: { width: 390, height: 800 } });
  const { page, problems, context } = await open('#/validate', narrow);
  let bomb = 'a: &a [x, x, x, x, x, x, x, x, x, x]\n';
  for (const [name, prev] of [['b', 'a'], ['c', 'b'], ['d', 'c'], ['e', 'd'], ['f', 'e'], ['g', 'f']]) {
    bomb += `${name}: &${name} [${Array(10).fill(`*${prev}`).join(', ')}]\n`;
  }
  await page.fill('#check-text', `Resources:\n${bomb}`);
  await page.waitForSelector('#check-verdict:text("invalid: 1 error, 0 warnings")');
  assert.match(await page.textContent('.check-diags'), /more than 100000 nodes/);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  assert.equal(overflow, false, 'no horizontal scroll at 390 px');
  assert.deepEqual(problems, []);
  await context.close();
});
