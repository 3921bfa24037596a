//! The Lifecycle page's texts, its plan panel's included (keys; the values are in
//! `en::site::lifecycle` and `ko::site::lifecycle`). What AWS and NCP return (their error types,
//! messages and bodies) is not here: the page shows it as the service writes it.

use serde::Serialize;

/// The Lifecycle page's texts.
#[derive(Debug, Serialize)]
pub struct Lifecycle {
    /// The page's heading.
    pub heading: &'static str,
    /// The paragraph under the heading.
    pub lede: &'static str,
    /// The gateway toggle, the step buttons and the share slider.
    pub controls: Controls,
    /// The NCP assumptions' switches.
    pub assume: Assume,
    /// The timeline and each step on it.
    pub step: Step,
    /// The step where users run their own request.
    pub own: Own,
    /// The scenario's import and export box.
    pub scenario: Scenario,
    /// The plan panel.
    pub plan: Plan,
}

/// The gateway toggle, the step buttons and the share slider.
#[derive(Debug, Serialize)]
pub struct Controls {
    /// The gateway toggle's accessible name.
    pub gateway: &'static str,
    /// The AWS button.
    pub aws: &'static str,
    /// The NCP button.
    pub ncp: &'static str,
    /// The step buttons' accessible name.
    pub steps: &'static str,
    /// AWS: CreateDeployment with a 10 % canary.
    pub create_canary: &'static str,
    /// AWS: UpdateStage to the slider's share; `{share}` is the percentage.
    pub shift: &'static str,
    /// Promote the canary.
    pub promote: &'static str,
    /// AWS: remove the canary settings.
    pub remove_canary: &'static str,
    /// GetStage.
    pub get_stage: &'static str,
    /// NCP: enable a canary.
    pub enable: &'static str,
    /// NCP: put a new version on the canary.
    pub deploy: &'static str,
    /// NCP: Edit Canary to 10 % of requests.
    pub edit_rate: &'static str,
    /// NCP: Edit Canary to a header condition.
    pub edit_header: &'static str,
    /// NCP: disable the canary.
    pub disable: &'static str,
    /// Drops the last call.
    pub undo: &'static str,
    /// The slider's label; `{share}` is its percentage.
    pub share: &'static str,
    /// What moving the slider does.
    pub share_note: &'static str,
}

/// The NCP assumptions' switches.
#[derive(Debug, Serialize)]
pub struct Assume {
    /// The group's heading.
    pub heading: &'static str,
    /// What the switches do.
    pub intro: &'static str,
    /// `conditionMatch`: how several conditions combine.
    pub condition_match: &'static str,
    /// `headerNames`: how header names compare.
    pub header_names: &'static str,
    /// `editWithoutCanary`: Edit Canary on a stage without a canary.
    pub edit_without_canary: &'static str,
    /// `afterPromote`: what Promote leaves behind.
    pub after_promote: &'static str,
    /// `coercion`: how NCP reads JSON types.
    pub coercion: &'static str,
    /// After a value: it is the default.
    pub default_mark: &'static str,
    /// A choice in a switch: `{label}` says what it means, `{value}` is its name as `--assume`
    /// and scenario files write it.
    pub option: &'static str,
    /// `conditionMatch: any`.
    pub any: &'static str,
    /// `conditionMatch: all`.
    pub all: &'static str,
    /// `headerNames: case-insensitive`.
    pub case_insensitive: &'static str,
    /// `headerNames: exact`.
    pub exact: &'static str,
    /// `editWithoutCanary: reject`.
    pub reject: &'static str,
    /// `editWithoutCanary: enable`.
    pub enable: &'static str,
    /// `afterPromote: disable-canary`.
    pub disable_canary: &'static str,
    /// `afterPromote: keep-canary`.
    pub keep_canary: &'static str,
    /// `coercion: strict`.
    pub strict: &'static str,
    /// `coercion: jackson`.
    pub jackson: &'static str,
}

/// The timeline and each step on it.
#[derive(Debug, Serialize)]
pub struct Step {
    /// The scenario text is not JSON.
    pub not_json: &'static str,
    /// Before the scenario's problems.
    pub problems: &'static str,
    /// No calls yet.
    pub no_calls: &'static str,
    /// The request's heading.
    pub request: &'static str,
    /// The response's heading.
    pub response: &'static str,
    /// The error's heading.
    pub error: &'static str,
    /// The error's heading when the SDK refused the call before sending it.
    pub sdk_error: &'static str,
    /// A refusal's HTTP status.
    pub status: &'static str,
    /// A refusal that never left the client.
    pub not_sent: &'static str,
    /// A refusal's type (AWS's error type, NCP's message).
    pub kind: &'static str,
    /// A refusal's message (AWS's message, NCP's details).
    pub message: &'static str,
    /// The body as the service returns it.
    pub body: &'static str,
    /// Before Validate's diagnostics of a refused call's parameters.
    pub hints: &'static str,
    /// Validate finds nothing in a refused call's parameters.
    pub hints_clean: &'static str,
    /// The warnings' heading.
    pub warnings: &'static str,
    /// A step's warnings count beside its heading; `{count}` is the number.
    pub warned: &'static str,
    /// Before a warning's or diagnostic's hint.
    pub hint: &'static str,
    /// Before the NCP assumptions a step's result depends on.
    pub assumed: &'static str,
    /// The stage diff's heading when the call changed the stage.
    pub stage_changed: &'static str,
    /// The stage diff's heading when it did not.
    pub stage_unchanged: &'static str,
    /// Unchanged lines not shown in a diff; `{count}` is how many.
    pub skipped: &'static str,
    /// The `changes` heading.
    pub changes: &'static str,
    /// A call that changed nothing.
    pub nothing_changed: &'static str,
    /// Shows the patch as JSON.
    pub as_json: &'static str,
    /// The copy-as box's summary.
    pub copy_as: &'static str,
    /// The formats' accessible name.
    pub format: &'static str,
    /// The copy button.
    pub copy: &'static str,
    /// A step NCP publishes no API for.
    pub no_api: &'static str,
}

/// The step where users run their own request.
#[derive(Debug, Serialize)]
pub struct Own {
    /// The box's summary.
    pub summary: &'static str,
    /// What it does.
    pub intro: &'static str,
    /// The action picker's label.
    pub action: &'static str,
    /// The parameters box's label.
    pub params: &'static str,
    /// Runs the request.
    pub run: &'static str,
    /// Puts the action's example back in the box.
    pub example: &'static str,
    /// The text is not JSON; `{error}` is the parser's message.
    pub not_json: &'static str,
    /// The parameters are not an object.
    pub not_object: &'static str,
}

/// The scenario's import and export box.
#[derive(Debug, Serialize)]
pub struct Scenario {
    /// The box's summary.
    pub summary: &'static str,
    /// What to do, with `canarylab run` in backticks.
    pub intro: &'static str,
    /// The text box's accessible name.
    pub label: &'static str,
    /// Replays the text.
    pub load: &'static str,
}

/// The plan panel.
#[derive(Debug, Serialize)]
pub struct Plan {
    /// The panel's summary.
    pub summary: &'static str,
    /// What it does, with the CLI command in backticks.
    pub intro: &'static str,
    /// The current stage's heading.
    pub current: &'static str,
    /// The current stage box's accessible name.
    pub current_label: &'static str,
    /// Fills the current stage from the timeline.
    pub from_timeline: &'static str,
    /// The wanted stage's heading.
    pub wanted: &'static str,
    /// The wanted stage box's accessible name.
    pub wanted_label: &'static str,
    /// Before the problems of stages that do not read.
    pub not_stages: &'static str,
    /// The operations reach the wanted stage.
    pub proved: &'static str,
    /// The operations reach it except what follows.
    pub partly: &'static str,
    /// What UpdateStage cannot change.
    pub cannot: &'static str,
    /// Shows the operations as a CLI command.
    pub as_cli: &'static str,
    /// Shows the operations as JSON.
    pub as_json: &'static str,
    /// Adds the operations to the timeline.
    pub add: &'static str,
}
