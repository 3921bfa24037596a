// canarylab's words in Korean through the npm package, and NCP's JSON types read as the
// `coercion` assumption says: `validate(api, payload, {lang, assumptions})`, `runScenario(s,
// {lang})`, and the bin's `--lang` and `--assume`, as the native CLI has them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

import * as canarylab from 'canarylab';

const bin = (args) =>
  spawnSync(new URL('./node_modules/.bin/canarylab', import.meta.url).pathname, args, { encoding: 'utf8' });
const korean = (s) => /[\uAC00-\uD7A3]/.test(s);

// A body written as NCP's docs type it: cache TTL and throttle as strings.
const docsTypes = {
  productId: 'p1a2b3c4', apiId: 'a1b2c3', stageId: 's1',
  body: { useDistributionRate: true, canaryEndpointDomain: 'https://canary.example.com', canaryDistributionRate: 10, canaryCacheTtlSec: '60', canaryThrottleRps: '100' },
};

test('validate: lang ko writes the words in Korean and keeps codes, pointers, severities and patches', () => {
  const en = canarylab.validate('ncp.edit-canary', docsTypes);
  const ko = canarylab.validate('ncp.edit-canary', docsTypes, { lang: 'ko' });
  assert.equal(ko.valid, en.valid);
  const keep = (r) => r.diagnostics.map((d) => [d.path, d.code, d.severity, JSON.stringify(d.fix?.patch)]);
  assert.deepEqual(keep(ko), keep(en));
  for (const d of ko.diagnostics) assert.ok(korean(d.message) && korean(d.hint), JSON.stringify(d));
  assert.equal(ko.diagnostics[0].message, '파라미터 canaryCacheTtlSec의 타입이 잘못되었습니다 (필요: 정수, 실제: 문자열)');
  // Text and object payloads, the fast way in and the slow one (an unknown API throws either way).
  assert.deepEqual(canarylab.validate('ncp.edit-canary', JSON.stringify(docsTypes), { lang: 'ko' }), ko);
  assert.deepEqual(canarylab.validate('ncp.edit-canary', docsTypes, { lang: 'en' }), en);
  assert.deepEqual(canarylab.validate('ncp.edit-canary', docsTypes, {}), en);
  assert.deepEqual(canarylab.langs, ['en', 'ko']);
  // Malformed JSON: serde's words stay as they are, canarylab's around them change.
  const broken = canarylab.validate('aws.update-stage', '{', { lang: 'ko' });
  assert.match(broken.diagnostics[0].message, /^JSON 형식이 잘못되었습니다: EOF while parsing/);
});

test('validate: assumptions.coercion reads NCP JSON types as strict or jackson', () => {
  assert.equal(canarylab.validate('ncp.edit-canary', docsTypes).valid, false);
  const jackson = canarylab.validate('ncp.edit-canary', docsTypes, { assumptions: { coercion: 'jackson' } });
  assert.equal(jackson.valid, true);
  assert.deepEqual(jackson.diagnostics.map((d) => d.code), ['ncp.docs.ttl', 'ncp.docs.throttle']);
  assert.equal(
    jackson.diagnostics[0].message,
    'NCP\'s docs type canaryCacheTtlSec as String; its spec says int32 1..3600: under coercion=jackson "60" reads as 60',
  );
  // Each warning's fix writes the spec's type, which reads alike under both.
  const fixed = canarylab.applyFixes(docsTypes, jackson);
  assert.deepEqual(canarylab.validate('ncp.edit-canary', fixed), { valid: true, diagnostics: [] });
  const both = canarylab.validate('ncp.edit-canary', docsTypes, { lang: 'ko', assumptions: { coercion: 'jackson' } });
  assert.ok(both.valid && korean(both.diagnostics[0].message));
});

test('validate: options that are no options throw', () => {
  assert.throws(() => canarylab.validate('ncp.edit-canary', docsTypes, { lang: 'ja' }), /options\.lang must be one of en, ko/);
  assert.throws(() => canarylab.validate('ncp.edit-canary', docsTypes, { language: 'ko' }), /unknown option 'language'/);
  assert.throws(() => canarylab.validate('ncp.edit-canary', docsTypes, 'ko'), /options must be an object/);
  assert.throws(
    () => canarylab.validate('ncp.edit-canary', docsTypes, { assumptions: { coercion: 'lenient' } }),
    /canarylab: options: unknown variant `lenient`, expected `strict` or `jackson`/,
  );
});

test('runScenario: the service answers alike in every language; a malformed scenario is reported in Korean', () => {
  const scenario = JSON.parse(readFileSync(new URL(`${process.env.CANARYLAB_EXAMPLES}/ncp/lifecycle.json`, 'file://'), 'utf8'));
  assert.deepEqual(canarylab.runScenario(scenario, { lang: 'ko' }), canarylab.runScenario(scenario));
  const bad = canarylab.runScenario({ provider: 'ncp', calls: [{ action: 'Nope' }], stages: [{}] }, { lang: 'ko' });
  assert.equal(bad.valid, false);
  assert.ok(bad.diagnostics.some((d) => korean(d.message) || korean(d.hint)), JSON.stringify(bad));
  assert.throws(() => canarylab.runScenario(scenario, { lang: 'xx' }), /options\.lang must be one of en, ko/);
});

test('runScenario: NCP error bodies as NCP writes them; coercion=jackson takes the docs\' strings', () => {
  const stage = { apiId: 'a1', stageId: 's1', deployedStageDeploymentNo: 3, canaryDeploymentNo: 4 };
  const call = { action: 'EditCanary', params: { productId: 'p1', apiId: 'a1', stageId: 's1', body: docsTypes.body } };
  const missing = { action: 'GetStage', params: { productId: 'p1', apiId: 'a1', stageId: 'nope' } };
  const strict = canarylab.runScenario({ provider: 'ncp', stages: [stage], calls: [call, missing] });
  assert.equal(strict.results[0].status, 400);
  assert.deepEqual(strict.results[1].error, { errorCode: '300', message: 'Not Found Exception', details: "Stage 'nope' does not exist in API 'a1'" });
  const jackson = canarylab.runScenario({ provider: 'ncp', assumptions: { coercion: 'jackson' }, stages: [stage], calls: [call] });
  assert.equal(jackson.results[0].status, 200);
  assert.equal(jackson.results[0].body.canaryCacheTtlSec, 60);
  assert.deepEqual(jackson.results[0].warnings.map((w) => w.path), ['/body/canaryCacheTtlSec', '/body/canaryThrottleRps']);
});

test('bin: --lang ko and --assume as the native CLI has them', () => {
  const file = `${process.env.CANARYLAB_EXAMPLES}/ncp/edit-canary-docs-types.json`;
  for (const args of [
    ['validate', 'ncp.edit-canary', '--lang', 'ko', file],
    ['validate', 'ncp.edit-canary', '--assume', 'coercion=jackson', '--lang=ko', file],
    ['explain', 'ncp.coerced', '--lang', 'ko'],
    ['--lang', 'ja', 'explain'],
  ]) {
    const js = bin(args);
    const native = spawnSync(process.env.CANARYLAB_NATIVE, args, { encoding: 'utf8' });
    assert.deepEqual([js.status, js.stdout, js.stderr], [native.status, native.stdout, native.stderr], args.join(' '));
  }
  const ko = bin(['validate', 'ncp.edit-canary', '--lang', 'ko', file]);
  assert.equal(ko.status, 1);
  assert.match(ko.stderr, /유효하지 않습니다 \(오류 2개, 경고 2개\)/);
});

// Every export that returns canarylab's words takes {lang}: the words change, codes, pointers and
// lines do not; a malformed option throws.
test('check, plan, judge, ramp, simulate and simulateAsync take {lang}', async () => {
  const keep = (r) => r.diagnostics.map((d) => [d.path, d.code, d.severity, d.line, d.column]);
  const wordsAreKorean = (r) => r.diagnostics.every((d) => korean(d.message) && korean(d.hint));

  const script = 'aws apigateway update-stage --rest-api-id a1 --stage-name prod \\\n  --patch-operations op=replace,path=/canarySettings/percentTraffic,value=120\n';
  const [en, ko] = [canarylab.check(script), canarylab.check(script, { lang: 'ko' })];
  assert.deepEqual(keep(ko), keep(en));
  assert.ok(ko.diagnostics.length > 0 && wordsAreKorean(ko), JSON.stringify(ko));
  assert.deepEqual(canarylab.check(script, { lang: 'en' }), en);

  const stage = { stageName: 'prod', deploymentId: 'd1' };
  const broken = canarylab.plan(stage, '{', { lang: 'ko' });
  assert.match(broken.diagnostics[0].message, /^JSON 형식이 잘못되었습니다: /);
  assert.equal(broken.diagnostics[0].path, '/wanted');
  assert.deepEqual(canarylab.plan(stage, stage, { lang: 'ko' }), canarylab.plan(stage, stage));

  const series = JSON.parse(readFileSync(new URL(`${process.env.CANARYLAB_EXAMPLES}/judge/series.json`, 'file://'), 'utf8'));
  const verdict = canarylab.judge(series, { lang: 'ko' });
  const english = canarylab.judge(series);
  assert.ok(korean(verdict.reason) && !korean(english.reason), verdict.reason);
  assert.deepEqual({ ...verdict, reason: '' }, { ...english, reason: '' });
  const badJudge = canarylab.judge({ baseline: { requests: 1, errors: 2 }, canary: { requests: 1, errors: 0 } }, { tolerance: 0.01, lang: 'ko' });
  assert.ok(badJudge.valid === false && wordsAreKorean(badJudge), JSON.stringify(badJudge));

  const badRamp = canarylab.ramp({ baselineErrorRate: 2, requestsPerSecond: 10, tolerance: 0.005 }, { lang: 'ko' });
  assert.deepEqual(keep(badRamp), keep(canarylab.ramp({ baselineErrorRate: 2, requestsPerSecond: 10, tolerance: 0.005 })));
  assert.ok(wordsAreKorean(badRamp), JSON.stringify(badRamp));

  // simulate: the report of a bad document, and the summary's notes and detail statement.
  const badTraffic = { provider: 'aws', stage: { deploymentId: 'd', stageName: 's' }, workload: { requests: 10 }, split: 'round-robin' };
  assert.ok(wordsAreKorean(canarylab.simulate(badTraffic, { lang: 'ko' })));
  const rate = {
    provider: 'ncp', runs: 2, workload: { requests: 100 },
    stage: { stageId: 's1', deployedStageDeploymentNo: 1, canaryDeploymentNo: 2, useDistributionRate: true, canaryDistributionRate: 25 },
  };
  const summary = canarylab.simulate(rate, { lang: 'ko' });
  assert.deepEqual(summary.notes, ['NCP는 비율을 32비트 부동소수점으로 저장합니다. 저장값: 25 %']);
  assert.equal(summary.detail.statement, '요청 100개를 모두 하나씩 시뮬레이션했습니다');
  assert.deepEqual(canarylab.simulate(rate).notes, ['NCP stores the rate as a 32-bit float: 25 %']);
  let looked = 0;
  assert.deepEqual(canarylab.simulate(rate, { lang: 'ko', onProgress: () => looked++ }), summary);
  assert.ok(looked > 0);
  assert.deepEqual(await canarylab.simulateAsync(rate, { lang: 'ko' }), summary);

  for (const call of [
    () => canarylab.check(script, { lang: 'ja' }),
    () => canarylab.plan(stage, stage, { lang: 'kr' }),
    () => canarylab.judge(series, { lang: 'KO' }),
    () => canarylab.ramp({}, { lang: 'fr' }),
    () => canarylab.simulate(rate, { lang: 'de' }),
  ]) {
    assert.throws(call, /options\.lang must be one of en, ko/);
  }
  assert.throws(() => canarylab.ramp({}, 'ko'), /options must be an object/);
});

// The bin reads the locale as the native binary does: LANG=ko_KR.UTF-8 is Korean, LC_ALL=C
// English, --lang wins over both.
test('bin: the locale picks the language when --lang does not', () => {
  const file = `${process.env.CANARYLAB_EXAMPLES}/ncp/edit-canary-docs-types.json`;
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(LANG|LANGUAGE|LC_.*)$/.test(k)));
  const cases = [
    [{ LANG: 'ko_KR.UTF-8' }, ['validate', 'ncp.edit-canary', file], true],
    [{ LANG: 'ko_KR.UTF-8', LC_ALL: 'C' }, ['validate', 'ncp.edit-canary', file], false],
    [{ LC_MESSAGES: 'ko_KR.UTF-8', LANG: 'en_US.UTF-8' }, ['validate', 'ncp.edit-canary', file], true],
    [{ LANG: 'ko_KR.UTF-8' }, ['validate', 'ncp.edit-canary', file, '--lang', 'en'], false],
    [{ LANG: 'ja_JP.UTF-8' }, ['validate', 'ncp.edit-canary', file], false],
    [{}, ['validate', 'ncp.edit-canary', file], false],
  ];
  for (const [locale, args, ko] of cases) {
    const env = { ...clean, ...locale };
    const js = spawnSync(new URL('./node_modules/.bin/canarylab', import.meta.url).pathname, args, { encoding: 'utf8', env });
    const native = spawnSync(process.env.CANARYLAB_NATIVE, args, { encoding: 'utf8', env });
    assert.deepEqual([js.status, js.stdout, js.stderr], [native.status, native.stdout, native.stderr], JSON.stringify(locale));
    assert.equal(korean(js.stderr), ko, `${JSON.stringify(locale)}: ${js.stderr}`);
  }
});

// A result's warnings are canarylab's lints: in the language asked; the service's answer is not.
test('runScenario: the warnings beside the results in Korean, the answers as they were', () => {
  const stage = { apiId: 'a1', stageId: 's1', deployedStageDeploymentNo: 3, canaryDeploymentNo: 4 };
  const call = { action: 'EditCanary', params: { productId: 'p1', apiId: 'a1', stageId: 's1', body: docsTypes.body } };
  const scenario = { provider: 'ncp', assumptions: { coercion: 'jackson' }, stages: [stage], calls: [call] };
  const [en, ko] = [canarylab.runScenario(scenario), canarylab.runScenario(scenario, { lang: 'ko' })];
  const words = (r) => r.results[0].warnings.map((w) => [w.message, w.hint]);
  assert.ok(words(ko).flat().every(korean) && !words(en).flat().some(korean), JSON.stringify(words(ko)));
  const answer = (r) => r.results.map(({ warnings, ...rest }) => [rest, warnings.map((w) => [w.path, w.code, w.severity])]);
  assert.deepEqual(answer(ko), answer(en));
  assert.deepEqual(ko.state, en.state);
});
