// Must compile: the typed surface as a consumer uses it.
import {
  applyFixes, apis, init, judge, plan, ramp, runCli, runScenario, simulate, simulateAsync, validate, version,
  type SimulationProgress,
  type AwsStage, type CliOutcome, type EditCanaryBody, type Fix, type Operation, type Plan, type Report,
  type TrafficConfig, type UpdateStageRequest, type Judgement, type JudgeDocument, type RampPlan, type MetricData,
} from 'canarylab';

await init();
await init({ wasm: new URL('https://example.invalid/canarylab_bg.wasm') });
await init({ traffic: false, gateway: new URL('https://example.invalid/canarylab_gateway_bg.wasm') }); // the old shape
const v: string = version();
const out: CliOutcome = runCli(['--version'], (p) => p, () => '');

const rate: EditCanaryBody = { useDistributionRate: true, canaryEndpointDomain: 'NONE', canaryDistributionRate: 10 };
const byHeader: EditCanaryBody = {
  useDistributionRate: false,
  canaryEndpointDomain: 'https://canary.example.com',
  canaryConditions: [{ parameterCode: 'REQUEST_HEADER', parameterName: 'x-canary', parameterValue: 'on' }],
};
const reports: Report[] = [
  validate('ncp.edit-canary', rate),
  validate('ncp.edit-canary', { productId: 'p', apiId: 'a', stageId: 's', body: byHeader }),
  validate('aws.update-stage', {
    restApiId: 'abc123', stageName: 'prod',
    patchOperations: [{ op: 'replace', path: '/canarySettings/percentTraffic', value: '10' }],
  }),
  validate('aws.create-deployment', '{"restApiId": "abc123"}'),
];
for (const r of reports) for (const d of r.diagnostics) console.log(d.path, d.code, d.severity === 'error');

// Fixes: each diagnostic may carry one; applyFixes keeps the payload's form (object or text).
const promote: UpdateStageRequest = { restApiId: 'a', stageName: 'prod',
  patchOperations: [{ op: 'replace', path: '/canarySettings/percentTraffic', value: '0.0' }] };
const found = validate('aws.update-stage', promote);
const fixes: Fix[] = found.diagnostics.flatMap((d) => (d.fix ? [d.fix] : []));
for (const f of fixes) console.log(f.description, f.patch.map((op) => op.op));
const fixedObject: UpdateStageRequest = applyFixes(promote, found);
const fixedText: string = applyFixes(JSON.stringify(promote), found);
validate('aws.update-stage', fixedObject);
console.log(fixedText, applyFixes('{}', JSON.stringify(found)));
const written: CliOutcome = runCli(['validate', 'aws.update-stage', '--fix', 'p.json'], () => '{}', () => '', (p, t) => console.log(p, t));
console.log(written.code);

const ran = runScenario({ provider: 'ncp', stages: [{ stageId: 's1', deployedStageDeploymentNo: 1 }],
  calls: [{ action: 'EnableCanary', params: { productId: 'p', apiId: 'a', stageId: 's1' } }] });
if ('results' in ran) {
  const changes: Operation[] = ran.results.flatMap((r) => r.changes);
  for (const c of changes) console.log(c.op, c.path, c.op === 'remove' ? '' : 'value' in c ? c.value : c.from);
  console.log(ran.results.length, ran.state.stages.length);
}
else console.log(ran.diagnostics[0]?.message);

const current: AwsStage = { deploymentId: 'd1', stageName: 'prod', canarySettings: { deploymentId: 'd2', percentTraffic: 10 } };
const planned = plan(current, JSON.stringify({ deploymentId: 'd2', stageName: 'prod' }));
if ('patchOperations' in planned) {
  const p: Plan = planned;
  validate('aws.update-stage', { restApiId: 'a', stageName: 'prod', patchOperations: p.patchOperations });
  for (const u of p.unsupported) console.log(u.path, u.reason);
}
const audited = runScenario({ provider: 'aws', account: { cloudwatchRoleArn: null }, calls: [] });
if ('results' in audited) console.log(audited.warnings?.[0]?.code);

const config: TrafficConfig = {
  provider: 'aws',
  stage: { deploymentId: 'd1', stageName: 'prod', canarySettings: { deploymentId: 'd2', percentTraffic: 5 } },
  workload: { requests: 10_000, ratePerSecond: 100 },
};
const summary = simulate(config, { seed: 7 });
if ('counts' in summary) {
  const observed: number = summary.share.observed;
  const [lo, hi] = summary.share.ci95;
  console.log(observed, lo, hi, summary.counts.canary);
}
const stop = new AbortController();
const later = await simulateAsync({ ...config, detailRequests: 1000 }, {
  seed: 7n, signal: stop.signal, onProgress: (p: SimulationProgress) => console.log(p.fraction, p.done, p.total),
});
if ('detail' in later) {
  const said: string = later.detail.statement;
  const per: ('sample' | 'cache' | 'throttle')[] = later.detail.perRequest;
  console.log(said, per, later.sides.stage.detailRequests, later.errors?.pValue, later.runs.errorTestDetected);
}
runCli(['simulate', 'doc.json'], (p) => p, () => '', undefined, { isTerminal: false, write: (t: string) => console.error(t) });
console.log(v, out.code, apis.length);

// judge and ramp: a judgement or a report; the verdict narrows to three strings.
const judgeDoc: JudgeDocument = { tolerance: 0.005, baseline: { requests: 1000, errors: 5 }, canary: { requests: 100, errors: 0 } };
const judged = judge(judgeDoc, { alpha: 0.01 });
if ('verdict' in judged) {
  const j: Judgement = judged;
  const v: 'rollback' | 'wait' | 'promote' = j.verdict;
  console.log(v, j.pValue, j.difference.confidenceSequence[1], j.needed?.minutes);
}
const cw: MetricData = { MetricDataResults: [{ Id: 'm1', Timestamps: ['2026-01-01T00:00:00Z'], Values: [1] }] };
judge(cw, { input: 'cloudwatch', tolerance: 0.005,
  queries: { baseline: { requests: 'm1', errors: 'm2' }, canary: { requests: 'm3', errors: 'm4' } } });
judge({ tolerance: 0.01, series: [{ time: 0, baseline: { requests: 1, errors: 0 }, canary: { requests: 1, errors: 0 } }] });
const rampPlan = ramp({ baselineErrorRate: 0.005, requestsPerSecond: 50, tolerance: 0.005, steps: [1, 10, 100] });
if ('steps' in rampPlan) {
  const r: RampPlan = rampPlan;
  console.log(r.minutesPerStep, r.steps[0].blastRadius?.worstCase, r.script.length, r.steps[0].aws[0].action);
}

import { check, type FileDiagnostic, type FileReport, type InputKind } from 'canarylab';
const checked: FileReport = check('Resources: {}\n', { input: 'cloudformation', name: 'template.yaml' });
const kind: InputKind | null = checked.kind;
const first: FileDiagnostic | undefined = checked.diagnostics[0];
console.log(kind, first?.line, first?.column, first?.request?.action, check('aws apigateway get-stages').valid);

// canarylab's words in Korean, and how NCP reads JSON types.
import { langs, type Lang, type NcpAssumptions, type ValidateOptions } from 'canarylab';
const korean: Lang = 'ko';
const assumptions: NcpAssumptions = { coercion: 'jackson' };
const options: ValidateOptions = { lang: korean, assumptions };
const ko: Report = validate('ncp.edit-canary', { productId: 'p', apiId: 'a', stageId: 's', body: rate }, options);
console.log(langs.includes(korean), ko.diagnostics.map((d) => d.message), runScenario('{}', { lang: 'ko' }));

// Every export with words takes `{lang}`; the bin's host may pass the environment.
import { type LangOption, type CheckOptions } from 'canarylab';
const inKorean: LangOption = { lang: 'ko' };
const checkOptions: CheckOptions = { input: 'aws-cli', lang: 'ko' };
console.log(
  check('', checkOptions),
  plan('{}', '{}', inKorean),
  ramp('{}', inKorean),
  judge('{}', { tolerance: 0.01, lang: 'ko' }),
  simulate('{}', { seed: 1, lang: 'ko' }),
  simulateAsync('{}', inKorean),
  runCli(['--help'], () => '', () => '', undefined, undefined, { LANG: 'ko_KR.UTF-8', HOME: undefined }),
);
