// `check` as a consumer calls it: templates, plans and scripts as text, each diagnostic with its
// line and column; the bin's `check` with the native CLI's output.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import * as canarylab from 'canarylab';

const sam = `Resources:
  Prod:
    Type: AWS::ApiGateway::Stage
    Properties:
      RestApiId: !Ref Api
      DeploymentId: !Ref Base
      StageName: prod
      CanarySetting:
        DeploymentId: !Ref Next
        PercentTraffic: 150
`;

test('check: a YAML template with short forms, each diagnostic at its line and column', () => {
  const r = canarylab.check(sam);
  assert.equal(r.kind, 'cloudformation');
  assert.equal(r.valid, false);
  const d = r.diagnostics.find((x) => x.code === 'aws.percent-traffic.range');
  assert.equal(d.path, '/Resources/Prod/Properties/CanarySetting/PercentTraffic');
  assert.deepEqual([d.line, d.column], [10, 9]);
  assert.deepEqual(d.request, { action: 'CreateStage', path: '/canarySettings/percentTraffic', from: 'Prod' });
  assert.equal(d.fix, undefined);
});

test('check: a script, the kind named; a file name helps tell the kind', () => {
  const script = 'aws apigateway update-stage --rest-api-id a --stage-name s \\\n  --patch-operations op=replace,path=/canarySettings/percentTraffic,value=ten\n';
  const r = canarylab.check(script, { input: 'aws-cli' });
  assert.equal(r.kind, 'aws-cli');
  assert.deepEqual(
    r.diagnostics.map((d) => [d.line, d.column, d.code, d.path]),
    [[2, 69, 'aws.patch.value.double', '/patchOperations/0/value']],
  );
  assert.equal(canarylab.check('echo hi\n', { name: 'deploy.sh' }).kind, 'aws-cli');
  const unknown = canarylab.check('hello');
  assert.equal(unknown.kind, null);
  assert.equal(unknown.diagnostics[0].code, 'input.kind');
});

test('check: bad input is a report; misuse throws', () => {
  let bomb = 'a: &a [x, x, x, x, x, x, x, x, x, x]\n';
  for (const [name, prev] of [['b', 'a'], ['c', 'b'], ['d', 'c'], ['e', 'd'], ['f', 'e'], ['g', 'f']]) {
    bomb += `${name}: &${name} [${Array(10).fill(`*${prev}`).join(', ')}]\n`;
  }
  const r = canarylab.check(bomb, { input: 'cloudformation' });
  assert.equal(r.diagnostics[0].code, 'input.limit');
  assert.match(r.diagnostics[0].message, /more than 100000 nodes/);
  assert.throws(() => canarylab.check({ Resources: {} }), TypeError);
  assert.throws(() => canarylab.check('x', { input: 'helm' }), /input must be one of cloudformation, terraform, aws-cli/);
});

test('bin: check reports like the native CLI', () => {
  // Only template.yaml exists: the CLI also looks for canarylab.toml and package.json (its CI policy).
  const only = (p) => { if (p === 'template.yaml') return sam; throw new Error('ENOENT'); };
  const out = canarylab.runCli(['check', '--format', 'json', 'template.yaml'], only, () => '');
  assert.equal(out.code, 1);
  const r = JSON.parse(out.stdout);
  assert.equal(r.file, 'template.yaml');
  assert.equal(r.kind, 'cloudformation');
  const text = canarylab.runCli(['check', 'template.yaml'], only, () => '');
  assert.match(text.stdout, /^template\.yaml:10:9: \/Resources\/Prod\/Properties\/CanarySetting\/PercentTraffic: error\[aws\.percent-traffic\.range\]/m);
});
