// canarylab's TypeScript surface: every input and output, with literal unions for the enums and
// a discriminated union for NCP's two canary modes. Shapes are the CLI's JSON shapes.

// ---------------------------------------------------------------- diagnostics

/** One problem found in a payload. */
export interface Diagnostic {
  /** JSON Pointer (RFC 6901) into the payload as written; "" is the whole document. */
  path: string;
  /** Stable code, e.g. "param.missing", "aws.percent-traffic.range", "ncp.rate.required". */
  code: string;
  severity: 'error' | 'warning';
  message: string;
  hint: string;
  /** An edit of the payload that makes it pass this check, when one is known (`applyFixes`). */
  fix?: Fix;
}

/**
 * A machine-applicable fix: an RFC 6902 JSON Patch on the payload as it was validated (pointers
 * into that payload), which any JSON Patch library applies; `applyFixes` applies every fix of a
 * report at once.
 */
export interface Fix {
  /** What the patch does, for people: `quote it: "10"`. */
  description: string;
  patch: Operation[];
}

/** The result of `validate`: valid when no diagnostic is an error (warnings allowed). */
export interface Report {
  valid: boolean;
  diagnostics: Diagnostic[];
}

/** A document that could not be run: malformed JSON or an invalid scenario/traffic document. */
export interface InvalidDocument {
  valid: false;
  diagnostics: Diagnostic[];
}

// ---------------------------------------------------------------- AWS requests (boto3 names)

export type CacheClusterSize = '0.5' | '1.6' | '6.1' | '13.5' | '28.4' | '58.2' | '118' | '237';
export type PatchOp = 'add' | 'remove' | 'replace' | 'copy' | 'move' | 'test';
export type StringMap = Record<string, string>;

export interface DeploymentCanarySettings {
  percentTraffic?: number;
  stageVariableOverrides?: StringMap;
  useStageCache?: boolean;
}

export interface CreateDeploymentRequest {
  restApiId: string;
  stageName?: string;
  stageDescription?: string;
  description?: string;
  cacheClusterEnabled?: boolean;
  cacheClusterSize?: CacheClusterSize;
  variables?: StringMap;
  canarySettings?: DeploymentCanarySettings;
  tracingEnabled?: boolean;
}

export interface CanarySettings extends DeploymentCanarySettings {
  deploymentId?: string;
}

export interface CreateStageRequest {
  restApiId: string;
  stageName: string;
  deploymentId: string;
  description?: string;
  cacheClusterEnabled?: boolean;
  cacheClusterSize?: CacheClusterSize;
  variables?: StringMap;
  documentationVersion?: string;
  canarySettings?: CanarySettings;
  tracingEnabled?: boolean;
  tags?: StringMap;
}

/** One UpdateStage operation: `value` is always a string, whatever the field's type. */
export interface PatchOperation {
  op: PatchOp;
  path: string;
  value?: string;
  from?: string;
}

export interface UpdateStageRequest {
  restApiId: string;
  stageName: string;
  patchOperations?: PatchOperation[];
}

// ---------------------------------------------------------------- NCP Edit Canary

export type ParameterCode = 'REQUEST_HEADER' | 'REQUEST_QUERY';

export interface CanaryCondition {
  parameterCode: ParameterCode;
  parameterName: string;
  parameterValue: string;
}

interface EditCanaryCommon {
  /** An http(s) URL matching NCP's pattern, or "NONE"; at most 200 characters. */
  canaryEndpointDomain: string;
  /** 1..3600 (a number, although NCP's docs say String). */
  canaryCacheTtlSec?: number;
  /** 1..2147483647 (a number, although NCP's docs say String). */
  canaryThrottleRps?: number;
}

/** Rate mode: a share of requests, 0..100 percent (stored as a 32-bit float). */
export interface EditCanaryRateMode extends EditCanaryCommon {
  useDistributionRate: true;
  canaryDistributionRate: number;
  /** Ignored in rate mode (a warning). */
  canaryConditions?: CanaryCondition[];
}

/** Condition mode: requests matching the header/query conditions go to the canary. */
export interface EditCanaryConditionMode extends EditCanaryCommon {
  useDistributionRate: false;
  canaryConditions: [CanaryCondition, ...CanaryCondition[]];
  /** Ignored in condition mode (a warning). */
  canaryDistributionRate?: number;
}

/** The Edit Canary body (`PATCH .../stages/{stage-id}/canary`). */
export type EditCanaryBody = EditCanaryRateMode | EditCanaryConditionMode;

/** The body with its path ids (1-10 characters each). */
export interface EditCanaryRequest {
  productId: string;
  apiId: string;
  stageId: string;
  body: EditCanaryBody;
}

// ---------------------------------------------------------------- validate

/** The API names `validate` accepts. */
export type Api = 'aws.create-deployment' | 'aws.create-stage' | 'aws.update-stage' | 'ncp.edit-canary';
export declare const apis: readonly Api[];

/** Payload type per API; JSON text is accepted for every API. */
export interface Payloads {
  'aws.create-deployment': CreateDeploymentRequest;
  'aws.create-stage': CreateStageRequest;
  'aws.update-stage': UpdateStageRequest;
  'ncp.edit-canary': EditCanaryBody | EditCanaryRequest;
}

/** The languages canarylab writes its own words in: messages, hints, fix descriptions. */
export type Lang = 'en' | 'ko';
export declare const langs: readonly Lang[];

/**
 * What every export that returns canarylab's words takes: the language to write them in.
 */
export interface LangOption {
  /**
   * The language of canarylab's words (default 'en'). Codes, pointers and severities never
   * change; words that stand for what AWS or NCP say stay as they say them.
   */
  lang?: Lang;
}

export interface ValidateOptions extends LangOption {
  /** NCP assumptions; the validator reads `coercion` (how NCP reads JSON types). */
  assumptions?: NcpAssumptions;
}

/**
 * Checks a payload against every documented constraint and reports every problem at once.
 * Throws only for misuse (an unknown API name or option); an invalid payload (even malformed JSON
 * text) is a Report.
 */
export declare function validate<A extends Api>(api: A, payload: Payloads[A] | string, options?: ValidateOptions): Report;

/**
 * The payload with every fix the report offers applied, in order: JSON text gives text in the
 * text's own layout (compact stays compact, an indent is kept, and a trailing newline); an object
 * gives a new object (typed as the payload: the fixes move its values to the types the API wants).
 * Throws when a fix does not apply (a report about another payload); then nothing is applied.
 * Validate again to see what remains: a fix can bring a check into reach that the problem hid.
 */
export declare function applyFixes(payload: string, report: Pick<Report, 'diagnostics'> | string): string;
export declare function applyFixes<T extends object>(payload: T, report: Pick<Report, 'diagnostics'> | string): T;

// ---------------------------------------------------------------- check

/** The kinds of file `check` reads. */
export type InputKind = 'cloudformation' | 'terraform' | 'aws-cli';

/** One problem found in a template, plan or script, where it is in the file. */
export interface FileDiagnostic extends Omit<Diagnostic, 'fix'> {
  /**
   * JSON Pointer (RFC 6901) within the file (a template or plan); for a script, within the
   * command's request, as `validate` would report it. "" is the whole file or command.
   */
  path: string;
  /** The line, from 1. */
  line: number;
  /** The column, from 1, in characters. */
  column: number;
  /** The request the problem is in, when it comes from one: the action and, in its terms, where. */
  request?: { action: string; path: string; from: string };
}

/** The result of `check`: valid when no diagnostic is an error (warnings allowed). */
export interface FileReport {
  /** The kind the file was read as; null when it could not be told. */
  kind: InputKind | null;
  valid: boolean;
  diagnostics: FileDiagnostic[];
}

/**
 * Checks a CloudFormation or SAM template (JSON or YAML; CDK's cdk.out templates too), a Terraform
 * plan (`terraform show -json`) or a script of `aws apigateway` commands, given as text: each
 * request it makes is validated, the requests run in order through the simulated API Gateway,
 * and every diagnostic is located in the file; `options.lang` writes them in that language. Throws
 * only for an unknown `input` or `lang`.
 */
export declare function check(text: string, options?: CheckOptions): FileReport;

export interface CheckOptions extends LangOption {
  /** The kind of file; told from the text (and `name`) when absent. */
  input?: InputKind;
  /** The file's name, which helps tell its kind. */
  name?: string;
}

// ---------------------------------------------------------------- scenarios

export interface Clock {
  /** UTC start, e.g. "2026-01-01T00:00:00Z". */
  start?: string;
  stepSeconds?: number;
}

export type AwsAction =
  | 'CreateDeployment' | 'CreateStage' | 'UpdateStage' | 'GetStage' | 'GetStages'
  | 'DeleteStage' | 'DeleteDeployment' | 'GetDeployments';

export interface AwsDeployment { id: string; description?: string; createdDate?: string }

export interface AwsMethodSetting {
  metricsEnabled?: boolean;
  loggingLevel?: 'OFF' | 'ERROR' | 'INFO';
  dataTraceEnabled?: boolean;
  throttlingBurstLimit?: number;
  throttlingRateLimit?: number;
  cachingEnabled?: boolean;
  cacheTtlInSeconds?: number;
  cacheDataEncrypted?: boolean;
  requireAuthorizationForCacheControl?: boolean;
  unauthorizedCacheControlHeaderStrategy?: 'FAIL_WITH_403' | 'SUCCEED_WITH_RESPONSE_HEADER' | 'SUCCEED_WITHOUT_RESPONSE_HEADER';
}

/** A stage as GetStage returns it. */
export interface AwsStage {
  deploymentId: string;
  stageName: string;
  clientCertificateId?: string;
  description?: string;
  cacheClusterEnabled?: boolean;
  cacheClusterSize?: CacheClusterSize;
  cacheClusterStatus?: string;
  methodSettings?: Record<string, AwsMethodSetting>;
  variables?: StringMap;
  documentationVersion?: string;
  accessLogSettings?: { format?: string; destinationArn?: string };
  canarySettings?: CanarySettings;
  tracingEnabled?: boolean;
  webAclArn?: string;
  tags?: StringMap;
  createdDate?: string;
  lastUpdatedDate?: string;
}

export interface AwsCall { action: AwsAction; params?: object; comment?: string }

/** The account's settings; without them (or without the role) the CloudWatch Logs role is set. */
export interface AwsAccount {
  /** The role API Gateway writes CloudWatch logs with; `null`: none, and turning logging on is refused. */
  cloudwatchRoleArn?: string | null;
}

export interface AwsScenario {
  provider: 'aws';
  deployments?: AwsDeployment[];
  stages?: AwsStage[];
  account?: AwsAccount;
  clock?: Clock;
  calls: AwsCall[];
  comment?: string;
}

export type NcpAction = 'EnableCanary' | 'EditCanary' | 'DeployCanary' | 'PromoteCanary' | 'DisableCanary' | 'GetStage';

/** NCP behaviour its docs leave open; each default is canarylab's most plausible reading. */
export interface NcpAssumptions {
  conditionMatch?: 'any' | 'all';
  headerNames?: 'case-insensitive' | 'exact';
  editWithoutCanary?: 'reject' | 'enable';
  afterPromote?: 'disable-canary' | 'keep-canary';
  /**
   * How NCP reads JSON types: 'strict' (the spec's types only; default) or 'jackson' (as Jackson's
   * default settings do: "60" is 60 for an int32, "true" is true, 60.5 is 60).
   */
  coercion?: 'strict' | 'jackson';
}

/** The canary fields of a stage (present when a canary is enabled). */
export interface NcpCanaryFields {
  canaryDeploymentNo: number;
  canaryDeployedTime?: string;
  canaryDeploymentDescription?: string;
  canaryEndpointDomain?: string;
  canaryCacheTtlSec?: number;
  canaryThrottleRps?: number;
  canaryDistributionRate?: number;
  useDistributionRate?: boolean;
  canaryConditions?: CanaryCondition[];
}

/** A stage as NCP's GET stage returns it. */
export interface NcpStage extends Partial<NcpCanaryFields> {
  stageId: string;
  apiId?: string;
  stageName?: string;
  endpointDomain?: string;
  cacheTtlSec?: number;
  throttleRps?: number;
  rateRps?: number;
  dayQuotaRequest?: number;
  monthQuotaRequest?: number;
  ipAclCode?: 'ALLOWED' | 'REJECTED';
  ipAclList?: string;
  isMaintenance?: boolean;
  statusCode?: number;
  response?: string;
  enabledContentEncoding?: boolean;
  minimumCompressionSize?: number;
  modifier?: string;
  tenantId?: string;
  regTime?: string;
  deployedStageDeploymentNo?: number;
}

export interface NcpCall {
  action: NcpAction;
  params: { productId: string; apiId: string; stageId: string; body?: EditCanaryBody | { deploymentDescription?: string } };
  comment?: string;
}

export interface NcpScenario {
  provider: 'ncp';
  stages?: NcpStage[];
  assumptions?: NcpAssumptions;
  clock?: Clock;
  calls: NcpCall[];
  comment?: string;
}

export type Scenario = AwsScenario | NcpScenario;

/** AWS's error as the SDKs name it (status 0: refused client-side, nothing sent). */
export interface AwsError { type: string; message: string }
/**
 * NCP's error body's `error` member, errorCode a string: a failed NCP call's result without
 * `action`, `status` and `changes` is the body NCP returns, `{error: NcpError}`.
 */
export interface NcpError { errorCode: string; message: string; details: string }

/** One RFC 6902 JSON Patch operation. */
export type Operation =
  | { op: 'add' | 'replace' | 'test'; path: string; value: unknown }
  | { op: 'remove'; path: string }
  | { op: 'move' | 'copy'; from: string; path: string };

/**
 * One call's result. `changes` is what the call did to the scenario's state: an RFC 6902 patch
 * from the state before the call to the state after it (both shaped like `ScenarioResult.state`;
 * `[]` for a failed or read-only call). Any JSON Patch library applies it. `warnings` (when
 * there are any): AWS, the lints the call brought to the stage it changed, each `path` a pointer
 * into the state after the call; NCP under `coercion: 'jackson'`, the values of the call's params
 * the service read other than as written, each `path` a pointer into the params.
 */
export type CallResult =
  | { action: string; status: number; body: unknown; changes: Operation[]; warnings?: Diagnostic[] }
  | { action: string; status: number; error: AwsError | NcpError; changes: Operation[] };

export interface ScenarioResult {
  results: CallResult[];
  state: { deployments?: AwsDeployment[]; stages: AwsStage[] | NcpStage[] };
  /**
   * When there are any, at their pointers in the scenario: AWS, the starting stages' lints; NCP
   * under `coercion: 'jackson'`, the starting stages' members read other than as written.
   */
  warnings?: Diagnostic[];
}

/**
 * Replays a scenario against a simulated gateway. `options.lang` writes a malformed scenario's
 * diagnostics and the results' `warnings` in that language; what the service answers (status,
 * body, error) is the same in every language.
 */
export declare function runScenario(scenario: Scenario | string, options?: LangOption): ScenarioResult | InvalidDocument;

// ---------------------------------------------------------------- plan

/** One UpdateStage operation as `plan` writes it (`value` always a string). */
export interface PlannedOperation {
  op: 'replace' | 'remove';
  path: string;
  value?: string;
}

/** A difference UpdateStage cannot make, with why. */
export interface Unsupported {
  /** JSON Pointer into the stage JSON. */
  path: string;
  reason: string;
}

/** What `plan` returns: nothing `unsupported` means the simulated gateway reached the wanted stage. */
export interface Plan {
  patchOperations: PlannedOperation[];
  unsupported: Unsupported[];
}

/**
 * The UpdateStage `patchOperations` that take the stage `current` (as GetStage returns it) to
 * `wanted`, proved on the simulated gateway; createdDate, lastUpdatedDate and cacheClusterStatus
 * are not compared. A stage that does not read as GetStage returns it gives InvalidDocument, its
 * pointers under /current and /wanted. `options.lang` writes the reasons and the diagnostics in
 * that language.
 */
export declare function plan(current: AwsStage | string, wanted: AwsStage | string, options?: LangOption): Plan | InvalidDocument;

// ---------------------------------------------------------------- traffic

export interface ParamPopulation {
  name: string;
  /** `value: null` = not sent; weights are relative. */
  values: { value: string | null; weight?: number }[];
}

export interface Workload {
  requests: number;
  ratePerSecond?: number;
  phases?: { perSecond: number; seconds?: number }[];
  clients?: number;
  cacheKeys?: number;
  headers?: ParamPopulation[];
  query?: ParamPopulation[];
}

interface TrafficCommon {
  split?: 'service' | 'sticky-hash' | 'sticky-cookie';
  workload: Workload;
  runs?: number;
  pathPoints?: number;
  sampleRequests?: number;
  /**
   * The first requests simulated one by one (sample, cache, throttle, sticky clients, condition
   * matching); beyond them counts are drawn from their exact distribution. Default 1,000,000;
   * at most 1,000,000,000.
   */
  detailRequests?: number;
  errorRates?: { stage: number; canary: number };
  alpha?: number;
  power?: number;
  seed?: number;
  comment?: string;
}

export interface AwsTraffic extends TrafficCommon {
  provider: 'aws';
  stage: AwsStage;
  /** The method-settings key that applies, e.g. "/pets/GET" (default "*\/*"). */
  method?: string;
}

export interface NcpTraffic extends TrafficCommon {
  provider: 'ncp';
  stage: NcpStage;
  assumptions?: NcpAssumptions;
}

export type TrafficConfig = AwsTraffic | NcpTraffic;

export type Interval = [number, number];

export interface SideSummary {
  deployment: string;
  variables: StringMap;
  /** All of this side's requests. */
  requests: number;
  /** Those among the requests simulated one by one: what `cache` and `throttle` describe. */
  detailRequests: number;
  cache: { ttlSeconds: number; hits: number; misses: number; hitRatio: number; sharedWithStage: boolean } | null;
  throttle: { ratePerSecond: number; burst: number; throttled: number; sharedWithStage: boolean } | null;
}

/** One side's errors in the detailed run: Binomial(its requests, its error rate). */
export interface SideErrors { requests: number; errors: number; configuredRate: number; observedRate: number }

export interface TrafficSummary {
  provider: 'aws' | 'ncp';
  split: 'service' | 'sticky-hash' | 'sticky-cookie';
  seed: number;
  requests: number;
  seconds: number;
  counts: { stage: number; canary: number };
  /** Fractions of 1. `configured` is null in NCP condition mode. */
  share: { configured: number | null; expected: number | null; observed: number; ci95: Interval; exact95: Interval };
  sides: { stage: SideSummary; canary: SideSummary | null };
  /** What was simulated request by request and what was drawn exactly. */
  detail: {
    /** Requests simulated one by one. */
    requests: number;
    /** The document's `detailRequests`. */
    limit: number;
    /** What only those requests describe. */
    perRequest: ('sample' | 'cache' | 'throttle')[];
    /** What the counts follow: binomial draws, the sticky cookie's pinned clients, or every request. */
    law: 'binomial' | 'pinned-clients' | 'per-request';
    /** In words, e.g. "cache and throttle from the first 1,000,000 requests; ...". */
    statement: string;
  };
  path: { requests: number; observed: number; ci95: Interval }[];
  runs: {
    count: number;
    mean: number;
    sd: number;
    ci95Coverage: number | null;
    /** With `errorRates`: the share of runs whose two-proportion test told the error rates apart. */
    errorTestDetected: number | null;
    histogram: {
      binWidth: number;
      bins: { from: number; to: number; fromShare: number; toShare: number; runs: number; expected: number | null }[];
      overlay: string | null;
    };
  };
  clients?: Record<string, number | string>;
  /** With `errorRates`: the detailed run's errors per side and the pooled z-test on them (two-sided). */
  errors: { stage: SideErrors; canary: SideErrors; z: number; pValue: number; alpha: number; detected: boolean } | null;
  sampleSize: {
    errorRates: { stage: number; canary: number };
    alpha: number;
    power: number;
    share?: number;
    canaryRequests: number | null;
    stageRequests?: number;
    totalRequests?: number;
    seconds?: number;
    reason?: string;
  } | null;
  sample: {
    n: number; t: number; side: 'stage' | 'canary'; deployment: string; client?: number;
    params?: Record<string, string | null>; cacheKey?: number; cache: 'hit' | 'miss' | 'none'; throttled: boolean;
  }[];
  notes: string[];
}

/** Where a simulation stands, in units of work (a request simulated one by one is a unit). */
export interface SimulationProgress { done: number; total: number; fraction: number }

/** `lang` writes the diagnostics, the summary's `notes` and `detail.statement` in that language. */
export interface SimulateOptions extends LangOption {
  /** Overrides the document's seed. */
  seed?: number | bigint;
  /** Called between chunks of work. */
  onProgress?: (progress: SimulationProgress) => void;
  /** Stops the run between chunks: `simulate` throws, `simulateAsync` rejects, with its reason. */
  signal?: AbortSignal;
}

/**
 * Simulates the traffic split (seeded Monte Carlo; counts exact at any scale, up to 10^15
 * requests). Holds the thread until done; `onProgress` and `signal` act between chunks.
 */
export declare function simulate(config: TrafficConfig | string, options?: SimulateOptions): TrafficSummary | InvalidDocument;

/** `simulate`, yielding to the event loop between slices of about 8 ms. */
export declare function simulateAsync(config: TrafficConfig | string, options?: SimulateOptions): Promise<TrafficSummary | InvalidDocument>;

// ---------------------------------------------------------------- judge and ramp

/** One side's counts: requests served and, of those, failed (5XX). */
export interface SideCounts {
  requests: number;
  errors: number;
}

/** One interval of a series: its own counts, not running totals; latency one per-minute statistic. */
export interface JudgePoint {
  /** An ISO 8601 UTC timestamp (`Z` or `+00:00`) or a number of seconds. */
  time: string | number;
  baseline: SideCounts & { latency?: number };
  canary: SideCounts & { latency?: number };
}

interface JudgeCommon {
  /** The chance of a wrong verdict allowed, below 0.5 (default 0.05). */
  alpha?: number;
  /** The largest increase in error rate that may promote (0.005: half a percentage point). */
  tolerance: number;
  comment?: string;
}

/** The judge's input: both sides' totals (latency as per-minute values), or a series of intervals. */
export type JudgeDocument =
  | (JudgeCommon & { baseline: SideCounts & { latency?: number[] }; canary: SideCounts & { latency?: number[] } })
  | (JudgeCommon & { series: JudgePoint[] });

/** Which get-metric-data query is which series. */
export interface SideQueries {
  /** Count with SampleCount. */
  requests: string;
  /** 5XXError with Sum. */
  errors: string;
  /** A per-minute Latency statistic. */
  latency?: string;
}

/** A get-metric-statistics output, as the AWS CLI prints it. */
export interface MetricStatistics {
  Label?: string;
  Datapoints: { Timestamp: string; SampleCount?: number; Sum?: number; Average?: number; ExtendedStatistics?: Record<string, number>; Unit?: string }[];
}

/** A get-metric-data output, as the AWS CLI prints it. */
export interface MetricData {
  MetricDataResults: { Id: string; Label?: string; Timestamps: string[]; Values: number[]; StatusCode?: string; Messages?: unknown[] }[];
  NextToken?: string;
  Messages?: unknown[];
}

/** `lang` writes the verdict's `reason` and the diagnostics in that language. */
export interface JudgeOptions extends LangOption {
  /** Overrides the document's (the only source with CloudWatch input). */
  alpha?: number;
  /** Overrides the document's (required with CloudWatch input). */
  tolerance?: number;
  /** 'document' (default) or 'cloudwatch'. */
  input?: 'document' | 'cloudwatch';
  /** With a get-metric-data output: the query Id of each series. */
  queries?: { baseline: SideQueries; canary: SideQueries };
}

export type Verdict = 'rollback' | 'wait' | 'promote';

/** What the judge says (docs/judge.md). */
export interface Judgement {
  verdict: Verdict;
  reason: string;
  alpha: number;
  tolerance: number;
  /** Intervals judged (1 for totals). */
  looks: number;
  baseline: SideCounts & { errorRate: number };
  canary: SideCounts & { errorRate: number };
  /** Canary minus baseline error rate, with its confidence sequence (valid at every look). */
  difference: { estimate: number; confidenceSequence: Interval; confidence: number };
  /** The always-valid p-value of "the canary fails no more often than the baseline". */
  pValue: number;
  /** The SPRT's mixture likelihood ratio now (rollback once it has reached 1/alpha). */
  likelihoodRatio: number;
  /** For wait: what it would take to decide at the observed rates; minutes for a series with times. */
  needed: { toward: Verdict; canaryRequests: number; requests: number; minutes: number | null } | null;
  /** Approximate, and not part of the verdict. */
  latency?: {
    method: string; approximate: true; baselineMinutes: number; canaryMinutes: number;
    shift: number; interval: Interval | null; confidence: number; note: string;
  };
  /** For a series: the judge after each interval. */
  history?: { time: string | number | null; verdict: Verdict; pValue: number; confidenceSequence: Interval }[];
}

/**
 * Judges a canary. `doc` is a judge document, or with `options.input: 'cloudwatch'` a
 * get-metric-data output (with `options.queries`) or `{baseline: {requests, errors, latency?},
 * canary: {...}}` of get-metric-statistics outputs. Bad input gives InvalidDocument, never a verdict.
 */
export declare function judge(doc: JudgeDocument | string, options?: JudgeOptions): Judgement | InvalidDocument;
export declare function judge(
  doc: MetricData | { baseline: Record<'requests' | 'errors', MetricStatistics> & { latency?: MetricStatistics }; canary: Record<'requests' | 'errors', MetricStatistics> & { latency?: MetricStatistics } } | string,
  options: JudgeOptions & { input: 'cloudwatch'; tolerance: number },
): Judgement | InvalidDocument;

/** A ramp document. */
export interface RampDocument {
  baselineErrorRate: number;
  requestsPerSecond: number;
  tolerance: number;
  alpha?: number;
  power?: number;
  /** Rising percentages, the last 100 (the promotion). Default [1, 5, 25, 100]. */
  steps?: number[];
  minMinutes?: number;
  aws?: { restApiId?: string; stageName?: string; apiName?: string; stageDimension?: string; canaryDimension?: string };
  ncp?: { productId?: string; apiId?: string; stageId?: string; canaryEndpointDomain?: string };
  comment?: string;
}

/** A call in the scenario format: `runScenario` replays a plan's calls as they are. */
export interface ScenarioCall {
  action: string;
  params: Record<string, unknown>;
}

export interface RampStep {
  percent: number;
  minutes?: number;
  requests?: number;
  canaryRequests?: number;
  /** worstCase: every canary request of the step fails; atTolerance: the failures a canary worse by the tolerance adds. */
  blastRadius?: { worstCase: number; atTolerance: number };
  promotion: boolean;
  aws: ScenarioCall[];
  ncp: ScenarioCall[];
}

/** What `ramp` returns. */
export interface RampPlan {
  baselineErrorRate: number;
  requestsPerSecond: number;
  tolerance: number;
  alpha: number;
  power: number;
  minutesPerStep: number;
  minutes: number;
  canaryRequests: number;
  /** The judge's chances by the end of the last canary step (approximations; the tests simulate). */
  expected: { promote: number; rollback: number };
  steps: RampStep[];
  rollback: { aws: ScenarioCall[]; ncp: ScenarioCall[] };
  notes: string[];
  /** bash with the AWS CLI: each step, `canarylab judge` every minute, rollback or promotion. */
  script: string;
}

/** Plans a canary's ramp; `options.lang` writes the diagnostics of a bad document in that language. */
export declare function ramp(doc: RampDocument | string, options?: LangOption): RampPlan | InvalidDocument;

// ---------------------------------------------------------------- package

/** The package version (equal to the Rust crate's). */
export declare function version(): string;

/** What a CLI run prints and how it exits. */
export interface CliOutcome { code: number; stdout: string; stderr: string }
/**
 * Runs the canarylab CLI (the npm bin uses this) with injected file and stdin readers, and the
 * file writer `validate --fix` needs (without one, `--fix` reports that it cannot write).
 */
export declare function runCli(
  args: string[],
  readFile: (path: string) => string,
  readStdin: () => string,
  writeFile?: (path: string, text: string) => void,
  /** Where `simulate` draws its progress bar as it runs (a terminal, or `--progress`). */
  stderr?: { isTerminal: boolean; write: (text: string) => void },
  /**
   * The environment (such as `process.env`): without `--lang`, its locale (`LC_ALL`,
   * `LC_MESSAGES`, `LANG`; `ko_KR.UTF-8` is Korean) picks the language. Without it, English.
   */
  env?: Record<string, string | undefined>,
): CliOutcome;

/** Where the wasm module comes from in a browser, if not from beside web.js. */
export type WasmSource = string | URL | Request | Response | BufferSource | WebAssembly.Module;

/** @deprecated The options' value type from when the package had two wasm modules. */
export type ModuleSource = boolean | WasmSource;

export interface InitOptions {
  /** Where to load the wasm module from; by default, beside web.js. */
  wasm?: WasmSource;
  /** @deprecated The package has one wasm module now; a source given here is its source. */
  gateway?: ModuleSource;
  /** @deprecated The package has one wasm module now; a source given here is its source. */
  traffic?: ModuleSource;
}

/**
 * Loads the WebAssembly module. Required once in browsers before any other call; in Node the
 * module loads on first use, and `init` only loads it earlier.
 */
export declare function init(options?: InitOptions): Promise<void>;
