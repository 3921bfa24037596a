// Must NOT compile: every line tagged as an expected error has to be one (scripts/test-npm.sh
// checks each line number appears in tsc's output).
import { applyFixes, init, judge, plan, ramp, runCli, runScenario, simulate, simulateAsync, validate, version } from 'canarylab';

const n: number = version(); // expect-error TS2322: a string is not a number
runCli('--version', (p: string) => p, () => ''); // expect-error TS2345: args is string[]
validate('ncp.edit-canary', { useDistributionRate: true, canaryEndpointDomain: 'NONE' }); // expect-error rate mode needs canaryDistributionRate
validate('ncp.edit-canary', { useDistributionRate: false, canaryEndpointDomain: 'NONE', canaryConditions: [] }); // expect-error condition mode needs a condition
validate('aws.nope', {}); // expect-error unknown API name
validate('aws.update-stage', { restApiId: 'a', stageName: 'b', patchOperations: [{ op: 'replace', path: '/x', value: 50 }] }); // expect-error patch values are strings
simulate({ provider: 'aws', stage: { deploymentId: 'd', stageName: 's' }, workload: { requests: 1 }, split: 'round-robin' }); // expect-error unknown split
simulate({ provider: 'aws', stage: { deploymentId: 'd', stageName: 's' }, workload: { requests: 1 } }, { onProgress: 5 }); // expect-error onProgress is a function
const sync: number = simulateAsync('{}').requests; // expect-error a promise, not a summary
init(new URL('https://example.invalid/x.wasm')); // expect-error init takes {wasm}, not the source itself
const ran = runScenario({ provider: 'ncp', calls: [] });
if ('results' in ran) for (const r of ran.results) console.log(r.changes[0]?.value); // expect-error a remove has no value
const t: number = applyFixes('{}', { diagnostics: [] }); // expect-error text in, text out
applyFixes({}, [{ description: 'x', patch: [] }]); // expect-error a report, not a list of fixes
runCli(['validate'], () => '', () => '', 'fixed.json'); // expect-error the writer is a function
plan({ stageName: 'prod' }, '{}'); // expect-error a stage has its deploymentId
runScenario({ provider: 'aws', account: { cloudwatchRoleArn: false }, calls: [] }); // expect-error the role is an ARN or null
judge({ baseline: { requests: 1, errors: 0 }, canary: { requests: 1, errors: 0 } }); // expect-error tolerance is required
judge({ tolerance: 0.01, series: [] }, { input: 'prometheus' }); // expect-error input is document or cloudwatch
ramp({ baselineErrorRate: 0.005, requestsPerSecond: '50', tolerance: 0.005 }); // expect-error the rate is a number
console.log(n, t);

import { check } from 'canarylab';
check('Resources: {}', { input: 'helm' }); // expect-error input is cloudformation, terraform or aws-cli
check({ Resources: {} }); // expect-error check takes the file's text

import { langs, type Lang } from 'canarylab';
validate('ncp.edit-canary', '{}', { lang: 'ja' }); // expect-error lang is en or ko
validate('ncp.edit-canary', '{}', { assumptions: { coercion: 'lenient' } }); // expect-error coercion is strict or jackson
runScenario('{}', { lang: 'fr' }); // expect-error lang is en or ko
const lang: Lang = langs[0] === 'en' ? 'de' : 'ko'; // expect-error a Lang is en or ko
check('{}', { lang: 'ja' }); // expect-error lang is en or ko
plan('{}', '{}', { lang: 'kr' }); // expect-error lang is en or ko
ramp('{}', 'ko'); // expect-error options are an object
judge('{}', { lang: 'ko-KR' }); // expect-error lang is en or ko
simulate('{}', { lang: 'jp' }); // expect-error lang is en or ko
runCli(['run'], () => '', () => '', undefined, undefined, { LANG: 5 }); // expect-error env values are strings
