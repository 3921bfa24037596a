//! canarylab's own words in English and Korean: one catalogue per language ([`en`], [`ko`]).
//!
//! What canarylab writes is a value, not a string: a [`Msg`] names a catalogue entry and carries
//! its parameters, and [`Msg::render`] writes it in a [`Lang`]. Each language's catalogue is one
//! exhaustive `match` over [`Msg`] (a message missing in a language does not compile) plus a
//! [`Words`] table of fixed words (a missing field does not compile either). Diagnostics keep the
//! [`Msg`]s they were written from (`report::Said`), so a report made once renders in any language
//! at the face that prints it (`Report::localized`); the core never needs to know the reader's
//! language.
//!
//! Code descriptions are keyed by the code's name ([`describe`]): codes are added by every part of
//! canarylab, so a code without a Korean description is a failing test
//! (`every_code_is_described_in_every_language`), not a build error, and reads in English until
//! it has one.
//!
//! Texts that stand for what AWS or NCP return (their error messages, NCP's error bodies, the
//! simulated services' answers) are not catalogue entries: they are what the service says, in its
//! language. Codes never change with the language.
//!
//! The Korean is written for engineers in 합니다체 (instructions in -십시오), with NCP's own terms:
//! 스테이지, 카나리, 배포. Sentences are built so that no Korean particle follows a parameter
//! (`필수 파라미터가 없습니다: "key"`), since a particle's form depends on the word before it.

pub mod en;
pub mod ko;
pub mod site;

use std::fmt;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::code::Code;

/// A language canarylab writes its own words in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English (the default).
    #[default]
    En,
    /// Korean.
    Ko,
}

impl Lang {
    /// Every language.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Ko];

    /// The language's tag: `en`, `ko`.
    pub const fn name(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ko => "ko",
        }
    }

    /// The language a tag names: `en` or `ko`, case aside, with or without a region (`ko-KR`,
    /// `en_US`, as browsers and `LANG` write them).
    pub fn from_name(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_', '.']).next().unwrap_or_default();
        Lang::ALL.into_iter().find(|l| primary.eq_ignore_ascii_case(l.name()))
    }

    /// The fixed words of this language.
    pub fn words(self) -> &'static Words {
        match self {
            Lang::En => &en::WORDS,
            Lang::Ko => &ko::WORDS,
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The fixed words around messages: labels of the text output and of `explain`.
#[derive(Debug)]
pub struct Words {
    /// Before a diagnostic's hint: `(hint: ...)`.
    pub hint: &'static str,
    /// Before a fix's description: `(fix: ...)`.
    pub fix: &'static str,
    /// A diagnostic about the whole document, where a line prints its path.
    pub document: &'static str,
    /// `explain`'s label for the code's name.
    pub code: &'static str,
    /// `explain`'s label for the severity.
    pub severity: &'static str,
    /// `explain`'s label for the description.
    pub description: &'static str,
}

/// A JSON type, as messages name what a parameter must be and what it was.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JsonType {
    /// `null`.
    Null,
    /// `true` or `false`.
    Boolean,
    /// A number without a fraction or exponent.
    Integer,
    /// A number with a fraction or an exponent (or, wanted, any number).
    Number,
    /// A string.
    String,
    /// An array.
    Array,
    /// An object.
    Object,
}

impl JsonType {
    /// The type of `v` (`crate::doc::type_name`'s reading).
    pub fn of(v: &Value) -> JsonType {
        match v {
            Value::Null => JsonType::Null,
            Value::Bool(_) => JsonType::Boolean,
            Value::Number(n) if n.is_f64() => JsonType::Number,
            Value::Number(_) => JsonType::Integer,
            Value::String(_) => JsonType::String,
            Value::Array(_) => JsonType::Array,
            Value::Object(_) => JsonType::Object,
        }
    }
}

/// Both sides' totals, as a judgement's reason states them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SideTotals {
    /// The canary's failed requests.
    pub canary_errors: u64,
    /// The canary's requests.
    pub canary_requests: u64,
    /// The canary's error rate, as a percentage.
    pub canary_rate: String,
    /// The baseline's failed requests.
    pub baseline_errors: u64,
    /// The baseline's requests.
    pub baseline_requests: u64,
    /// The baseline's error rate, as a percentage.
    pub baseline_rate: String,
}

/// A parameter's value in tests of the catalogue: a placeholder that names the parameter, so a
/// rendering that drops it shows.
pub trait Sample {
    /// The placeholder for the parameter `name`.
    fn sample(name: &str) -> Self;
}

impl Sample for String {
    fn sample(name: &str) -> Self {
        format!("<{name}>")
    }
}

impl Sample for usize {
    fn sample(_: &str) -> Self {
        7
    }
}

impl Sample for Box<Msg> {
    fn sample(_: &str) -> Self {
        Box::new(Msg::ShUnclosed { what: "<what>".into() })
    }
}

impl Sample for Box<SideTotals> {
    fn sample(_: &str) -> Self {
        Box::new(SideTotals {
            canary_errors: 3,
            canary_requests: 5,
            canary_rate: "<canary_rate>".into(),
            baseline_errors: 2,
            baseline_requests: 9,
            baseline_rate: "<baseline_rate>".into(),
        })
    }
}

impl Sample for u32 {
    fn sample(_: &str) -> Self {
        7
    }
}

impl Sample for u64 {
    fn sample(_: &str) -> Self {
        7
    }
}

impl Sample for i64 {
    fn sample(_: &str) -> Self {
        -7
    }
}

impl Sample for Option<String> {
    fn sample(name: &str) -> Self {
        Some(format!("<{name}>"))
    }
}

impl Sample for bool {
    fn sample(_: &str) -> Self {
        true
    }
}

impl Sample for JsonType {
    fn sample(_: &str) -> Self {
        JsonType::String
    }
}

/// Defines [`Msg`] and [`Msg::samples`] from one list, so every message has a sample.
macro_rules! messages {
    ($($(#[$doc:meta])* $v:ident $({ $($f:ident: $t:ty),* $(,)? })?;)*) => {
        /// A text canarylab writes: the catalogue entry and its parameters. [`Msg::render`] writes
        /// it in a language; `Display` writes it in English.
        #[derive(Clone, Debug, PartialEq, Eq)]
        #[allow(missing_docs)] // the fields are named for what they hold
        pub enum Msg {
            $($(#[$doc])* $v $({ $($f: $t),* })?,)*
        }

        impl Msg {
            /// One of each message, every parameter a placeholder naming it (`<key>`): what the
            /// catalogue tests render in every language.
            pub fn samples() -> Vec<Msg> {
                vec![$(Msg::$v $({ $($f: Sample::sample(stringify!($f))),* })?),*]
            }
        }
    };
}

messages! {
    // ------------------------------------------------ shared checks (src/check.rs, src/doc.rs)
    /// The text does not parse (serde_json's error, with line and column, in English).
    MalformedJson { error: String };
    /// Hint: fix the syntax first.
    FixJsonFirst;
    /// `what` (an English phrase naming the object) is not an object.
    NotAnObject { what: String, got: JsonType };
    /// Hint: write an object.
    WriteAnObject;
    /// A member the API does not have (botocore's wording in English).
    UnknownParameter { key: String, allowed: String };
    /// Hint: the nearest name.
    DidYouMean { name: String };
    /// Hint: remove it, with the list.
    RemoveItParametersAre { list: String };
    /// Fix: rename the member.
    RenameIt { name: String };
    /// A required member is missing (botocore's wording in English).
    MissingParameter { key: String };
    /// Hint: add it.
    AddParameter { key: String };
    /// A member of the wrong type (botocore's wording in English).
    InvalidType { key: String, want: JsonType, got: JsonType };
    /// Hint: the value without its quotes.
    DropTheQuotes { value: String };
    /// Hint: the value quoted.
    QuoteIt { value: String };
    /// Hint: give it as the type wanted.
    GiveAs { key: String, want: JsonType };
    /// A member of the wrong type, what it must be in the caller's (English) phrase.
    InvalidTypePhrase { key: String, want: String, got: JsonType };
    /// Hint: give it as the caller's phrase says.
    GiveAsPhrase { key: String, want: String };
    /// Fix (and hint): write this value.
    WriteValue { value: String };

    // ------------------------------------------------ NCP Edit Canary (src/ncp/request.rs)
    /// No body.
    BodyRequired;
    /// Hint: send a body.
    SendBodyObject;
    /// A path id of the wrong length.
    PathIdLength { key: String, len: usize };
    /// Hint: copy the id.
    CopyTheId;
    /// The docs and the spec bound path ids differently.
    DocsPathId;
    /// Hint: an empty id.
    EmptyIdHint;
    /// A member Edit Canary does not have.
    NotABodyField { key: String };
    /// Hint: `canaryCertificateId` is a response field.
    CertificateIdHint;
    /// Hint: the members.
    FieldsAre { list: String };
    /// The endpoint is too long.
    EndpointTooLong { len: usize, max: usize };
    /// Hint: shorten it.
    ShortenUrl;
    /// The endpoint does not match NCP's pattern.
    EndpointPattern { value: String };
    /// Hint: `NONE` in capitals.
    NoneInCapitals;
    /// Hint: a scheme.
    StartWithScheme;
    /// Hint: punycode.
    Punycode;
    /// Hint: the URL's shape.
    UrlShape;
    /// `NONE`: the docs and the spec disagree.
    DocsEndpointNone;
    /// Hint: what `NONE` means.
    NoneMeans;
    /// Rate mode without a rate.
    RateRequired;
    /// Hint: add a rate.
    AddRate;
    /// Fix: a placeholder rate.
    FixAddRate;
    /// A rate outside 0..100.
    RateRange { got: String };
    /// Hint: a percentage.
    GivePercentage;
    /// The rate does not survive float32.
    RateFloat32 { written: String, stored: String };
    /// Hint: fewer digits.
    FewerDigits;
    /// A member the mode ignores (`rate_mode`: `useDistributionRate` is true).
    ModeIgnored { key: String, rate_mode: bool };
    /// Hint: remove it or switch the mode.
    RemoveOrSwitchMode { key: String, rate_mode: bool };
    /// Condition mode without conditions.
    ConditionsRequired;
    /// Hint: add a condition.
    AddCondition;
    /// Fix: a placeholder condition.
    FixAddCondition;
    /// A null condition.
    ConditionNull;
    /// Hint: remove the null.
    RemoveNull;
    /// The docs and the spec disagree on condition members.
    DocsConditionFields;
    /// Hint: all three members.
    GiveAllThree;
    /// An unknown parameter code.
    ConditionCode { value: String };
    /// Hint: the two codes.
    HeaderOrQuery;
    /// An empty parameter name.
    EmptyParameterName;
    /// Hint: give the name.
    GiveParameterName;
    /// The docs type an int32 member as String (example 0).
    DocsIntegerString { key: String, min: i64, max: i64 };
    /// Hint (strict): the string is refused; `read` is the number Jackson would read.
    SendNumberStrict { read: String };
    /// Hint (strict): a string that is no integer.
    SendNumberNotString;
    /// Hint: 0 is below the minimum.
    ZeroBelowMinimum;
    /// An int32 member out of range.
    IntRange { key: String, min: i64, max: i64, got: String };
    /// Hint: leave out 0.
    LeaveOutZero;
    /// Hint: in range.
    BringIntoRange;
    /// An int32 member that is not an integer (a fraction, a string, ...).
    NotAnInteger { key: String, got: JsonType };
    /// Hint: without the decimal point.
    WithoutDecimalPoint { value: String };
    /// Hint: a whole number.
    GiveWholeNumber { key: String };
    /// A deployment description that is too long.
    DescriptionTooLong { max: usize };
    /// Hint: shorten it.
    ShortenIt;

    // ------------------------------------------------ NCP coercion (src/ncp/coerce.rs)
    /// `coercion=jackson`: a value of another JSON type read as the spec's type.
    Coerced { key: String, written: String, read: String, want: JsonType };
    /// `coercion=jackson`: a number with a fraction for an int32, truncated.
    Truncated { key: String, written: String, read: String };
    /// `coercion=jackson`: the docs' String for an int32 member, read as a number.
    DocsIntegerCoerced { key: String, min: i64, max: i64, written: String, read: String };
    /// Hint: write the spec's type, read alike under both assumptions.
    WriteSpecType { read: String };
    /// Hint: even Jackson's defaults refuse this value.
    JacksonRefuses { key: String, want: JsonType };
    /// Hint (strict): a value Jackson would read.
    StrictRefusesJacksonReads { value: String, read: String };
    /// A stage of a scenario or traffic document that does not read (serde's error, in English).
    StageUnreadable { error: String };
    /// Hint: write the stage as GET stage returns it.
    StageAsGetReturns;
    /// Hint: as GET stage returns it, or read it under `coercion=jackson`.
    StageJacksonWouldRead;
    /// Hint: `canaryConditions` is an array (older docs said Object).
    ConditionsAnArray;
    /// Fix: one condition put in an array.
    WrapInArray;

    // ------------------------------------------------ AWS lints (src/aws/lint.rs)
    /// A promotion on a stage that had no canary before the call: the copies read the canary
    /// the call's own replace created (serving `deployment`).
    PromotionNoCanary { deployment: String };
    /// Hint: deploy a canary first, then promote.
    CanaryFirstThenPromote;
    /// In a scenario: the promotion left the canary, now on the stage's own deployment.
    PromotionLeftCanary;
    /// Hint: remove the canary once the promotion is done.
    RemoveCanaryOnceDone;

    // ------------------------------------------------ AWS requests and lints (src/aws/)
    /// What AWS answers (or canarylab's stand-in for AWS's text), verbatim: a Korean frame around it.
    AwsSays { text: String };
    /// CreateDeployment's canary has no deploymentId.
    CanaryHasNoDeploymentId;
    /// Hint: an existing deployment goes through UpdateStage.
    PointCanaryWithUpdateStage;
    /// A canary without percentTraffic.
    PercentNotSet;
    /// Hint: set percentTraffic.
    SetPercentShare;
    /// Hint: a canary deployment needs stageName.
    CanaryGoesToStage;
    /// Stage variables given with a canary deployment.
    CanaryVariablesIgnored;
    /// Hint: overrides or UpdateStage.
    PutInOverrides;
    /// CreateStage's canary without deploymentId.
    CanaryDeploymentNotSet;
    /// Hint: set the canary's deployment.
    SetCanaryDeployment;
    /// More patch operations than AWS is known to take.
    TooManyOps { n: usize };
    /// Hint: split the operations.
    SplitOps;
    /// A promotion copy without a later remove of the canary.
    PromotionKeepsCanary;
    /// Hint: add the remove.
    AddRemoveCanary;
    /// Fix: remove the canary after the promotion.
    RemoveCanaryAfterPromotion;
    /// A replace on a canary field creates the canary.
    ImplicitCreate;
    /// Hint: also set the canary's deployment.
    AlsoReplaceCanaryDeployment;
    /// A method-settings key whose method is no HTTP method.
    NotAnHttpMethod { method: String };
    /// Hint: the second segment.
    HttpMethodSegment;
    /// A method-settings key whose resource path lacks its ~1.
    ResourcePathSlash { resource: String };
    /// Hint: the leading slash as ~1.
    WriteResourceSlash { resource: String, method: String };
    /// An access-log format without the request id.
    AccessLogRequestId;
    /// Hint: add the request id.
    AddRequestId;
    /// A log group ARN ending in :*.
    ArnSuffix;
    /// Hint: use this value.
    UseValue { value: String };
    /// Hint: percentTraffic in a payload.
    PercentIsPercentage;
    /// Hint: the cache sizes.
    OneOfSizes { list: String };
    /// Hint: the stage name's characters.
    StageNameChars;
    /// Hint: at most this many entries.
    KeepAtMost { max: usize };
    /// Fix: the value without what it cannot hold.
    DropWhatValueCannotHold { clean: String };
    /// Hint: an empty variable name.
    GiveVariableName;
    /// Hint: the characters a name cannot hold (`bad`, as JSON).
    NameCharacters { bad: String, example: String };
    /// Hint: at most this many characters.
    ShortenTo { max: usize };
    /// Hint: an empty value.
    ValueNotEmpty;
    /// Hint: the characters a value cannot hold (`bad`, as JSON).
    ValueCharacters { bad: String };
    /// Hint: move and test.
    OpMoveTest;
    /// Hint: the four ops.
    UseAnOp;
    /// Hint: a missing path.
    GivePath;
    /// Hint: add is for the access-log leaves.
    AddOnlyOnAccessLog;
    /// Fix: replace instead.
    UseReplace;
    /// Hint: the access-log leaves one by one.
    SetAccessLogLeaves;
    /// canarylab's shorter message for a path near a valid one.
    InvalidPathNear { path: String, near: String };
    /// Fix: write this path.
    WritePath { path: String };
    /// Hint: a method-setting path has four segments.
    MethodPathFourSegments;
    /// Hint: /documentationVersion.
    PathIsCamelCase;
    /// Hint: paths are a fixed vocabulary (`see_list`: the message lists them).
    FixedVocabulary { see_list: bool };
    /// Hint: the two copies.
    CopyOnlyPromotes;
    /// Hint: one access-log field cannot be removed.
    RemoveAccessLogField;
    /// Hint: the overrides map cannot be removed.
    RemoveOverridesMap;
    /// Hint: one canary field cannot be removed.
    RemoveCanaryField;
    /// Hint: one method setting cannot be removed.
    RemoveMethodSetting;
    /// Hint: what remove works on.
    RemoveWorksOn;
    /// Hint: an empty access-log value.
    GiveNonEmptyAccessLog;
    /// Hint: an existing deployment's id.
    GiveExistingDeployment;
    /// Hint: percentTraffic in a patch.
    PercentAsString;
    /// Hint: a method-setting leaf.
    MethodSettingLeaves;
    /// Hint: the canary is set field by field.
    CanaryNotOneObject;
    /// Hint: overrides one by one.
    OverridesOneByOne;
    /// Hint: entries one by one.
    EntriesOneByOne;
    /// Hint: the canary's fields.
    CanaryFields;
    /// Hint: the TTL range.
    CacheTtlRange;
    /// Hint: the logging levels.
    LoggingLevels;
    /// Hint: one of these values.
    OneOf { list: String };
    /// Hint: a boolean patch value.
    WriteTrueFalse;
    /// Hint: an integer patch value.
    WriteWholeNumberString;
    /// Hint: a number patch value.
    WriteNumberString;
    /// A canary on the stage's own deployment.
    SameDeployment { deployment: String };
    /// Hint: point the canary at the deployment to test.
    PointCanaryElsewhere;
    /// Hint: the nearest stage variable.
    OverrideUnknownNear { near: String };
    /// Hint: define the variable on the stage.
    OverrideUnknownDefine { name: String };
    /// Fix: rename the override.
    RenameOverride { name: String };
    /// An override of a variable the stage does not define.
    OverrideUnknown { name: String };
    /// useStageCache with the stage cache off (`this_request`: the request turns it off).
    StageCacheOff { this_request: bool };
    /// Hint: the stage cache on, or useStageCache false.
    TurnCacheOn { this_request: bool };
    /// A canary at 0 % with overrides.
    ZeroPercentOverrides { n: usize };
    /// Hint: a share, or drop the overrides.
    SetPercentForOverrides;
    /// A canary at 100 %.
    FullTraffic;
    /// Hint: promote the canary.
    PromoteInstead;
    /// Execution logging on a method without the account's role (`service`: AWS's refusal).
    LoggingNoRole { key: String, level: String, service: String };
    /// Full request and response logging on a method without the account's role.
    DataTraceNoRole { key: String, service: String };
    /// Access logging without the account's role.
    AccessLogNoRole;
    /// Hint: set the account's role.
    SetCloudwatchRole;

    // ------------------------------------------------ `plan` (src/aws/plan.rs)
    /// Hint: a stage as GetStage returns it.
    GiveStageAsGetStage;
    /// `plan`: a stage name cannot change.
    PlanNoRename;
    /// `plan`: webAclArn has no path.
    PlanNoWebAcl;
    /// `plan`: tags have no path.
    PlanNoTags;
    /// `plan`: cacheClusterSize cannot be unset.
    PlanCacheSizeUnset;
    /// `plan`: a member without a path.
    PlanNoPath;
    /// `plan`: access-log settings with neither member.
    PlanAccessLogEmpty;
    /// `plan`: a method-settings key no path can address.
    PlanMethodKey { key: String };
    /// `plan`: an operation UpdateStage refuses (`error`: AWS's message).
    PlanRefused { op: String, path: String, error: String };
    /// `plan`: the simulated gateway refuses the plan (`error`: the service's answer).
    PlanGatewayRefuses { error: String };
    /// `plan`: what the operations leave different (`None`: nothing there).
    PlanResidue { got: Option<String>, want: Option<String> };

    // ------------------------------------------------ `check`'s readers (src/input/)
    /// `check`: a file whose kind cannot be told.
    KindUnknown;
    /// Hint: `--input`.
    NameTheKind;
    /// `check`: requests past what the simulation runs.
    NotRun { max: usize, from: String };
    /// Hint: check the file in parts.
    CheckInParts;
    /// `check`: the simulated gateway refuses a request (`error_type` and `message`: AWS's).
    ServiceRefuses { action: String, from: String, status: usize, error_type: String, message: String };
    /// Hint: what AWS answers when the calls run in order.
    ServiceRefusalHint;
    /// YAML that does not read (`error`: the parser's words, in English).
    MalformedYaml { error: String };
    /// An alias to an unknown anchor.
    YamlUnknownAnchor;
    /// A mapping key that is not a scalar.
    YamlKeyNotScalar;
    /// A scalar its `!!` tag cannot read.
    YamlNotOfTag { text: String, tag: String };
    /// Aliases that expand past the limit.
    YamlAliasLimit { max: usize };
    /// Nesting past the limit.
    YamlDepthLimit { max: usize };
    /// A short-form tag CloudFormation does not have.
    YamlUnknownTag { tag: String, known: String };
    /// Hint: fix the YAML first.
    FixYamlFirst;
    /// Hint: a limit refused the YAML.
    YamlLimitHint;
    /// A template that is not an object.
    CfnNotObject { got: JsonType };
    /// Hint: is this the template.
    CheckTemplate;
    /// A template without Resources.
    CfnNoResources;
    /// Hint: the Resources shape.
    CfnResourcesShape;
    /// A canary deployment that may come before its stage.
    CfnOrder { stage_id: String, name: String };
    /// Hint: reference the stage.
    CfnOrderHint { stage_id: String };
    /// A method setting whose key is not known.
    CfnMethodUnresolved;
    /// Hint: write them as text.
    CfnWriteMethodText;
    /// A property the resource type does not have.
    CfnNoProperty { what: String, name: String };
    /// Hint: the nearest property.
    CfnDidYouMean { near: String };
    /// Hint: remove it; the properties.
    CfnRemoveIt { what: String, list: String };
    /// A value given by an intrinsic function canarylab does not work out.
    CfnIntrinsic { name: String, function: String };
    /// Hint: write the object out.
    CfnWriteObjectOut;
    /// A property of the wrong type (`want`: an English phrase, rendered in each language).
    CfnType { name: String, want: String, got: JsonType };
    /// Hint: write it as the type wanted.
    CfnWriteAs { name: String, want: String };
    /// A value not known from the template alone (`what`: why, in English).
    CfnUnresolved { name: String, what: String };
    /// Hint: a Default, or the value.
    CfnGiveDefault;
    /// Hint (a refusal): the stage before the canary deployment.
    CfnStageFirst;
    /// Hint (a refusal): the stage has a canary.
    CfnStageHasCanary;
    /// Hint (a refusal): two resources create the stage.
    CfnSameStage;
    /// Hint (a refusal): a deployment the stack creates.
    CfnPointDeployment;
    /// Hint: a plan's JSON syntax.
    TfFixJson;
    /// A plan without resource_changes.
    TfNoChanges;
    /// Hint: the plan as JSON.
    TfGiveJson;
    /// A Terraform canary without deployment_id.
    TfCanaryNoDeployment;
    /// Hint: set the canary's deployment_id.
    TfCanaryDeploymentHint;
    /// A plan attribute that is not a single value.
    TfNotText { attr: String, got: JsonType };
    /// Hint: a single value.
    TfSingleValue;
    /// A value known only after apply.
    TfAfterApply { name: String };
    /// Hint: a value the plan knows.
    TfSetFromKnown;
    /// Hint (a refusal): create_before_destroy.
    TfCreateBeforeDestroy;
    /// Hint (a refusal): the stage first.
    TfStageFirst;
    /// Hint (a refusal): the stage has a canary.
    TfRemoveCanary;
    /// Hint (a refusal): two resources create the stage.
    TfSameStage;

    // ------------------------------------------------ `check`'s AWS CLI scripts (src/input/awscli.rs)
    /// A script that does not read as shell words (`error` in English).
    CliNotShellWords { error: Box<Msg> };
    /// Hint: close the quote.
    CliCloseQuote;
    /// An argument an aws apigateway command does not take.
    CliUnexpectedArgument { value: String, command: String };
    /// Hint: quote a value with spaces.
    CliQuoteSpaces;
    /// `--cli-input-yaml` is not read.
    CliYamlNotRead { command: String };
    /// Hint: the request as JSON.
    CliWriteJson { command: String };
    /// An option the command does not have (`shown`: what the AWS CLI names).
    CliNoOption { command: String, name: String, shown: String };
    /// Hint: the nearest option.
    CliDidYouMeanOption { near: String };
    /// Hint: the command's options (`list` joined by `, --`).
    CliTakesOptions { command: String, list: String };
    /// An option without its value.
    CliNeedsValue { name: String };
    /// Hint: give the value.
    CliGiveValue { name: String };
    /// An option read from a file canarylab cannot open.
    CliFileOption { name: String, file: String };
    /// Hint: check that file on its own.
    CliCheckFile { command: String };
    /// An option holding variables the script does not set.
    CliUnsetVariables { name: String, list: String };
    /// Hint: assign the variable.
    CliAssignVariable;
    /// `--cli-input-json` from a file.
    CliRequestFromFile { file: String };
    /// Hint: validate that file.
    CliValidateFile { command: String, file: String };
    /// `--cli-input-json` with unset variables.
    CliInputJsonVariables;
    /// Hint: write the request out.
    CliWriteRequestOut;
    /// `--cli-input-json` that is not an object.
    CliInputJsonNotObject { got: JsonType };
    /// Hint: the whole request.
    CliWholeRequest;
    /// `--cli-input-json` that is not JSON (`error`: serde_json's).
    CliInputJsonNotJson { error: String };
    /// Hint: fix the JSON.
    CliFixJson;
    /// An option value that starts like JSON but is not.
    CliJsonLike { name: String, error: String };
    /// Hint: fix the JSON or use the shorthand.
    CliFixJsonOrShorthand;
    /// An option value that is not the CLI's shorthand (`error` in English).
    CliBadShorthand { name: String, error: Box<Msg> };
    /// Hint: the shorthand.
    CliWriteShorthand;
    /// A shorthand member of the wrong type (`why` in English).
    CliMemberRefused { name: String, key: String, why: Box<Msg> };
    /// Hint: the member's type (`want`: an English phrase, rendered in each language).
    CliWriteMember { key: String, want: String };
    /// Hint (a refusal): create the stage first.
    CliStageFirst;
    /// Hint (a refusal): the stage has a canary.
    CliStageHasCanary;
    /// Hint (a refusal): no canary at this point.
    CliNoCanaryYet;
    /// Hint (a refusal): move the stage off the deployment.
    CliMoveStageOff;
    /// Hint (a refusal): the stage is created twice.
    CliStageTwice;

    // ------------------------------------------------ `judge`'s documents (src/judge/input.rs)
    /// Hint: the tolerance.
    GiveTolerance;
    /// alpha or tolerance out of range.
    JudgeRange { key: String, max: String, got: String };
    /// Hint: alpha as a fraction.
    AlphaExample;
    /// Hint: tolerance as a fraction.
    ToleranceExample;
    /// A judge document with totals and a series.
    JudgeBoth;
    /// Hint: one of them.
    JudgeGiveOne;
    /// A judge document without counts.
    JudgeNoCounts;
    /// Hint: add the counts.
    JudgeAddCounts;
    /// A series without points.
    SeriesEmpty;
    /// Hint: a point per interval.
    SeriesAddPoint;
    /// A point not after the previous one.
    SeriesOrder { time: String, before: String };
    /// Hint: sort by time.
    SeriesSort;
    /// More errors than requests.
    ErrorsExceed { errors: u64, requests: u64 };
    /// Hint: errors count failed requests.
    ErrorsAreFailed;
    /// Latency on one side only.
    LatencyOneSide { missing: String };
    /// Hint: latency on both sides.
    LatencyBothSides;
    /// Latency below 0 or not finite.
    LatencyRange { got: String };
    /// Hint: the minute's latency statistic.
    LatencyStatistic;
    /// A negative count.
    CountNegative { got: String };
    /// A count with a fraction.
    CountFraction { got: String };
    /// A count too large to count exactly.
    CountTooLarge { got: String };
    /// Hint: counts are whole numbers.
    CountsAreWhole;
    /// A time that does not read (`why`: the reason in English, or empty).
    BadTime { time: String, why: String };
    /// Hint: how to write times.
    WriteTimes;
    /// Neither get-metric-data nor get-metric-statistics output.
    NotCloudwatch;
    /// Hint: get-metric-statistics outputs per side.
    StatisticsPerSide;
    /// Hint: what get-metric-data prints.
    GiveMetricData;
    /// CloudWatch output without datapoints.
    NoDatapoints;
    /// Hint: widen the time range.
    WidenRange;
    /// A period one series lacks.
    PeriodMissing { what: String, time: String };
    /// Hint: FILL(m, 0).
    FillZero;
    /// More errors than requests in one period.
    ErrorsAt { errors: String, time: String, requests: String };
    /// Hint: the two metrics of one side.
    SameSideMetrics;
    /// One page of several.
    NextToken { token: String };
    /// Hint: fetch the remaining pages.
    FetchPages;
    /// get-metric-data without named queries.
    NameQueries { ids: String };
    /// Hint: the query options.
    QueryOptions;
    /// A query Id the output does not have.
    NoQuery { id: String, what: String, ids: String };
    /// Hint: the Ids that ran.
    NameRunIds;
    /// A partial result.
    PartialData { what: String };
    /// A query that did not complete.
    QueryStatus { what: String, status: String };
    /// Hint: the result's Messages.
    SeeMessages;
    /// Timestamps and values of different lengths.
    LengthsDiffer { what: String, times: usize, values: usize };
    /// Hint: the output as printed.
    AsPrinted;
    /// A period twice in one series.
    PeriodTwice { time: String };
    /// Hint: merge without repeating.
    MergeOnce;
    /// An errors output of another metric.
    Not5xx { what: String, label: String };
    /// Hint: 5XXError with Sum.
    Run5xxSum;
    /// A datapoint without the statistic its role needs.
    NoStatistic { what: String, key: String };
    /// Hint: run with this flag.
    RunWith { flag: String };

    // ------------------------------------------------ `ramp`'s documents (src/judge/ramp.rs)
    /// `ramp`: minMinutes out of range.
    MinMinutes { max: u32, got: String };
    /// Hint: the shortest step.
    ShortestStep;
    /// `ramp`: less than one request a minute.
    RateTooLow { rps: String };
    /// Hint: at least one a minute.
    RateAtLeast;
    /// `ramp`: a number out of its range (`lo_in`, `hi_in`: the ends allowed).
    RampNumberRange { key: String, lo: String, lo_in: bool, hi: String, hi_in: bool, got: String };
    /// Hint: requests per second.
    RpsHint;
    /// Hint: the tolerance as a fraction.
    ToleranceFraction;
    /// Hint: a fraction of 1.
    FractionFivePercent;
    /// `ramp`: a step not above the one before.
    StepNotRising { step: String };
    /// Hint: rising order.
    StepsRising;
    /// `ramp`: a step outside (0, 100].
    StepRange { step: String };
    /// Hint: steps are percentages.
    StepsArePercentages;
    /// `ramp`: the last step is not 100.
    LastStep100;
    /// Hint: end with 100.
    EndWith100;
    /// `ramp`: no canary step before 100.
    OneCanaryStep;
    /// Hint: example steps.
    SuchAsSteps;
    /// `ramp`: no step length reaches the power.
    RampTooLong { rps: String, max: u32, power: String };
    /// Hint: raise the rate.
    RaiseRate;
    /// The judge's latency comparison: how it is computed.
    LatencyMethod;
    /// The judge's latency comparison: what it does not say.
    LatencyNote;
    /// Added to [`Msg::LatencyNote`] when only the latest minutes were compared.
    LatencyLatest { minutes: usize };
    /// A ramp plan's note: how the steps and the judge run.
    RampNoteSteps;
    /// A ramp plan's note: AWS's calls.
    RampNoteAws;
    /// A ramp plan's note: NCP's console-only deploy.
    RampNoteNcp;
    /// A ramp plan's note: the script needs the canary's metric dimension.
    RampNoteDimension;
    /// A ramp plan's note: whether the stage's metrics count the canary's requests.
    RampNoteStageCounts;

    // ------------------------------------------------ `judge`'s verdict (src/judge/mod.rs, src/cli/judge.rs)
    /// `judge`'s reason for rollback.
    ReasonRollback { p: String, alpha: String, sides: Box<SideTotals> };
    /// `judge`'s reason for promote.
    ReasonPromote { above: String, confidence: String, tolerance: String, sides: Box<SideTotals> };
    /// `judge`'s reason to wait: no canary requests yet.
    ReasonNoRequests;
    /// `judge`'s reason to wait.
    ReasonWait { p: String, alpha: String, above: String, tolerance: String, sides: Box<SideTotals> };
    /// `judge --format text`: the figures under the verdict.
    JudgeFigures { p: String, alpha: String, estimate: String, interval: String, tolerance: String };
    /// `judge --format text`: the requests still needed.
    JudgeNeeded { canary_requests: u64, requests: u64, minutes: Option<String>, toward: String };

    // ------------------------------------------------ shell words and the AWS CLI's shorthand (src/input/)
    /// A quote, bracket or `${` never closed (shell or shorthand).
    ShUnclosed { what: String };
    /// A command substitution never closed.
    ShUnclosedSubstitution;
    /// Shorthand: text after the value.
    ShUnexpectedText;
    /// Shorthand: no `key=value` where one belongs.
    ShExpectedKeyValue { found: String };
    /// Shorthand: nested too deeply.
    ShTooDeep;
    /// Shorthand: an unexpected character.
    ShUnexpected { c: String };
    /// Shorthand: a list where a map belongs.
    ShListForMap;
    /// Shorthand: a list or map where a single value belongs.
    ShListForValue;
    /// Shorthand: not a number.
    ShNotNumber { text: String };
    /// Shorthand: not true or false.
    ShNotBool { text: String };
    /// Shorthand: not a map.
    ShNotMap { text: String };

    // ------------------------------------------------ the CLI's help and usage (src/cli/)
    /// `--help`: the name, version and one line on what canarylab does, then `Usage:`.
    HelpHead { version: String };
    /// `--help`: the heading of the command list.
    HelpCommands;
    /// `--help`: the options and exit codes after the command list.
    HelpOptions;
    /// `--help`: what `validate` does.
    AboutValidate;
    /// `--help`: what `check` does.
    AboutCheck;
    /// `--help`: what `run` does.
    AboutRun;
    /// `--help`: what `simulate` does.
    AboutSimulate;
    /// `--help`: what `plan` does.
    AboutPlan;
    /// `--help`: what `judge` does.
    AboutJudge;
    /// `--help`: what `ramp` does.
    AboutRamp;
    /// `--help`: what `explain` does.
    AboutExplain;
    /// A command's help begins with its usage line.
    UsageLine { usage: String };
    /// `validate --help` after the usage line (`apis`: the API names; `rounds`: fix rounds).
    HelpValidate { apis: String, rounds: usize };
    /// `check --help` after the usage line.
    HelpCheck;
    /// `run --help` after the usage line.
    HelpRun;
    /// `simulate --help` after the usage line.
    HelpSimulate;
    /// `plan --help` after the usage line (`ignored`: the fields not compared).
    HelpPlan { ignored: String };
    /// `judge --help` after the usage line.
    HelpJudge;
    /// `ramp --help` after the usage line.
    HelpRamp;
    /// `explain --help` after the usage line.
    HelpExplain;
    /// A usage error: `error: ...`, then where to read the usage.
    UsageError { error: String };
    /// Usage: no command.
    NoCommand;
    /// Usage: a command canarylab does not have.
    UnknownCommand { name: String };
    /// Usage: an option the command does not take.
    UnknownOption { name: String };
    /// Usage: an argument the command does not take.
    UnexpectedArgument { value: String };
    /// Usage: an option without its value.
    OptionNeedsValue { opt: String };
    /// Usage: a value attached to an option that takes none.
    OptionTakesNoValue { opt: String, value: String };
    /// Usage: `--lang` with another language.
    UnknownLanguage { tag: String };
    /// Usage: `--format` with another format; `choices` the formats, comma-separated.
    UnknownFormat { value: String, choices: String };
    /// Usage: `check --input` with another kind; `list` the kinds.
    UnknownInputKind { value: String, list: String };
    /// Usage: `judge --input` with another source.
    UnknownJudgeInput { value: String };
    /// Usage: `validate` with an API it does not have; `list` the APIs.
    UnknownApi { name: String, list: String };
    /// Usage: a command without the file it reads (`what`: SCENARIO, CONFIG, DOC).
    NeedsFile { command: String, what: String };
    /// Usage: `check` or `validate` without a file.
    NeedsFiles { command: String };
    /// Usage: `validate` without an API.
    ValidateNeedsApi;
    /// Usage: `--fix` on standard input.
    FixNotStdin;
    /// Usage: `--fix` and `--fix-dry-run` together.
    FixOrDryRun;
    /// Usage: an `--assume` that does not read (`error` in English: the assumptions' names).
    AssumeError { error: String };
    /// Usage: `--deny` with something other than `warnings`.
    DenyWarnings { value: String };
    /// Usage: `--allow` (or the configuration) with a name that is no code.
    UnknownAllowCode { name: String };
    /// Usage: a configuration file that does not read (`error` is the parser's, in English).
    ConfigError { file: String, error: String };
    /// Usage: a number option with something else.
    NeedsNumber { opt: String, value: String };
    /// Usage: `--seed` with something other than a u64.
    SeedNumber { value: String, max: String };
    /// Usage: `judge`'s series options without `--input cloudwatch`.
    SeriesWithCloudwatch;
    /// Usage: `--input cloudwatch` without some series options (`list`).
    CloudwatchNeeds { list: String };
    /// Usage: one latency option without the other.
    LatencyTogether;
    /// Usage: `--input cloudwatch` without `--tolerance`.
    CloudwatchNeedsTolerance;
    /// Usage: `plan` without two files.
    PlanNeedsTwo;
    /// Usage: `plan` with standard input twice.
    PlanStdinOnce;
    /// Usage: `explain` with a name that is no code; `near` the codes near it, comma-separated.
    UnknownCode { name: String, near: String };
    /// `plan`: how many differences UpdateStage cannot make.
    PlanUnsupported { n: usize };
    /// A file `validate --fix` cannot write back.
    CannotWrite { file: String, why: String };
    /// An input that cannot be read (`why` is the system's words).
    CannotRead { file: String, why: String };
    /// Standard input, where a message names the file.
    StandardInput;

    // ------------------------------------------------ the CLI's own lines (src/cli/)
    /// `validate`'s verdict on one file.
    Verdict { file: String, valid: bool, errors: usize, warnings: usize };
    /// `check`'s verdict on one file (`kind` empty when it is not known).
    CheckVerdict { file: String, kind: String, valid: bool, errors: usize, warnings: usize };
    /// `validate`'s summary over files.
    Summary { files: usize, valid: usize, invalid: usize, warnings: usize };
    /// `validate --fix`: how many fixes were applied to a file.
    AppliedFixes { file: String, count: usize };
    /// `validate --fix`: a round of fixes that did not apply (`why` in English).
    NotFixed { file: String, why: String };

    // ------------------------------------------------ scenarios (src/scenario.rs)
    /// A `provider` other than aws and ncp (scenario and traffic documents).
    UnknownProvider { name: String };
    /// Hint: the two providers.
    UseAwsOrNcp;
    /// A clock start that is no UTC time; `problem` says why (a `Date...` message).
    NotUtcTime { text: String, problem: Box<Msg> };
    /// Why a time does not read: not the shape.
    DateShape;
    /// Why a time does not read: no such month (two digits).
    DateMonth { month: String };
    /// Why a time does not read: no such day in the month (`month`: `YYYY-MM`).
    DateDay { month: String, day: String, days: u32 };
    /// Why a time does not read: no such hour.
    DateHour { hour: String };
    /// Why a time does not read: no such minute.
    DateMinute { minute: String };
    /// Why a time does not read: no such second.
    DateSecond { second: String };
    /// Hint: a real calendar time.
    WriteCalendarTime;
    /// A member that does not read as its model (serde's error, in English).
    Unreadable { error: String };
    /// Hint: each entry of a list as the service returns it.
    EntryAsServiceReturns { key: String };
    /// Hint: the assumptions and their values.
    SeeAssumptions;
    /// Hint: the assumptions (traffic documents).
    SeeNcpUnknowns;
    /// A call whose action the provider does not have.
    UnknownAction { provider: String, name: String };
    /// An NCP stage with canary fields but no canaryDeploymentNo.
    CanaryNeedsDeploymentNo;
    /// Hint: the canary's deployment number.
    GiveCanaryDeploymentNo;
    /// An account's role that is not an ARN.
    NotAnArn { arn: String };
    /// Hint: the role's ARN, or null.
    WriteRoleArn;

    // ------------------------------------------------ traffic documents (src/traffic/config.rs)
    /// A `split` canarylab does not simulate.
    UnknownSplit { name: String };
    /// Hint: the splits.
    UseSplit;
    /// A sticky split on a canary in condition mode.
    StickyNeedsShare;
    /// Hint: the service split, or rate mode.
    UseServiceSplit;
    /// A sticky split without clients.
    StickyNeedsClients;
    /// Hint: give clients.
    GiveClients;
    /// More work than the engine takes (`work`, `max`: grouped figures).
    TooMuchWork { work: String, max: String };
    /// Hint: condition mode goes request by request.
    LowerRequestsOrRuns;
    /// Hint: fewer runs.
    LowerRuns;
    /// A whole number out of its range.
    WholeRange { key: String, min: String, max: String, got: String };
    /// Hint: an integer in range.
    IntegerInRange { key: String };
    /// A fraction not strictly between 0 and 1.
    FractionRange { key: String, got: String };
    /// Hint: a fraction of 1.
    WriteFraction;
    /// Both ratePerSecond and phases.
    RateOrPhases;
    /// Hint: what phases look like.
    PhasesExample;
    /// A number that must be positive.
    NotPositive { key: String, got: String };
    /// Hint: a positive number.
    GivePositive;
    /// A negative or infinite weight.
    WeightNegative;
    /// Hint: a relative frequency.
    RelativeFrequency;
    /// A parameter without a value of positive weight.
    NoPositiveWeight;
    /// Hint: what values look like.
    ValuesExample;
    /// Hint: an AWS stage as GetStage returns it.
    StageAsGetStage;
    /// More conditions than the engine simulates.
    TooManyConditions { max: usize };
    /// Hint: merge conditions.
    MergeConditions;

    // ------------------------------------------------ `simulate`'s notes (src/traffic/)
    /// A note about one member of the document: its pointer, then the note.
    AtPath { path: String, note: Box<Msg> };
    /// NCP's float32 rate (`stored`: the percentage NCP keeps).
    Float32Rate { stored: String };
    /// Every request was simulated one by one (`requests`: grouped).
    DetailAll { requests: String };
    /// The first `prefix` requests one by one (for the sample, and the cache and throttle where
    /// they apply); the rest drawn exactly (`pinned`: the sticky cookie's pinned clients too).
    DetailDrawn { prefix: String, requests: String, cache: bool, throttle: bool, pinned: bool };
}

impl Msg {
    /// The message in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        match lang {
            Lang::En => en::msg(self),
            Lang::Ko => ko::msg(self),
        }
    }
}

impl fmt::Display for Msg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&en::msg(self))
    }
}

impl From<&Msg> for String {
    fn from(m: &Msg) -> String {
        en::msg(m)
    }
}

/// What `code` means, in one line, in `lang` (English where `lang` has no description yet).
pub fn describe(code: Code, lang: Lang) -> &'static str {
    match lang {
        Lang::En => code.description(),
        Lang::Ko => ko::description(code.name()).unwrap_or(code.description()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Hangul syllables: a Korean text has some.
    fn korean(s: &str) -> bool {
        s.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c))
    }

    #[test]
    fn every_message_is_written_in_every_language() {
        for m in Msg::samples() {
            let (en, ko) = (m.render(Lang::En), m.render(Lang::Ko));
            assert!(!en.is_empty() && !korean(&en), "{m:?}: {en}");
            assert!(korean(&ko), "{m:?} is not Korean: {ko}");
            // A path that goes on (`/~1pets/GET/...`) may end a text; a sentence's period may not.
            let period = |s: &str| s.ends_with('.') && !s.ends_with("...");
            assert!(!period(&en) && !period(&ko), "{m:?}: no final period");
            // Every text parameter shows in both (Korean leaves out `what`, an English phrase:
            // the diagnostic's path names the place).
            let debug = format!("{m:?}");
            for (i, _) in debug.match_indices("\"<") {
                let rest = debug.get(i + 1..).unwrap_or_default();
                let placeholder = rest.split('"').next().unwrap_or_default();
                assert!(en.contains(placeholder), "{m:?}: English drops {placeholder}: {en}");
                if placeholder != "<what>" {
                    assert!(ko.contains(placeholder), "{m:?}: Korean drops {placeholder}: {ko}");
                }
            }
        }
    }

    #[test]
    fn every_code_is_described_in_every_language() {
        let missing: Vec<&str> = Code::ALL
            .iter()
            .map(|c| c.name())
            .filter(|name| ko::description(name).is_none())
            .collect();
        assert!(missing.is_empty(), "no Korean description for: {}", missing.join(", "));
        for c in Code::ALL {
            let ko = describe(*c, Lang::Ko);
            assert!(korean(ko) && !ko.ends_with('.'), "{}: {ko}", c.name());
        }
        // And the Korean table describes no code that does not exist.
        for (name, _) in ko::DESCRIPTIONS {
            assert!(Code::from_name(name).is_some(), "ko describes an unknown code: {name}");
        }
    }

    #[test]
    fn words_are_written_in_every_language() {
        for lang in Lang::ALL {
            let w = lang.words();
            for word in [w.hint, w.fix, w.document, w.code, w.severity, w.description] {
                assert!(!word.is_empty(), "{lang}");
            }
        }
        assert!(korean(Lang::Ko.words().hint));
    }

    #[test]
    fn tags_read_as_browsers_and_locales_write_them() {
        for (tag, want) in [
            ("ko", Some(Lang::Ko)),
            ("ko-KR", Some(Lang::Ko)),
            ("ko_KR.UTF-8", Some(Lang::Ko)),
            ("EN", Some(Lang::En)),
            ("en-US", Some(Lang::En)),
            ("ja", None),
            ("", None),
        ] {
            assert_eq!(Lang::from_name(tag), want, "{tag}");
        }
    }
}
