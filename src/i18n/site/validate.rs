//! The Validate page's texts (keys; the values are in `en::site::validate` and `ko::site::validate`).

use serde::Serialize;

/// One text per API the page validates.
#[derive(Debug, Serialize)]
pub struct PerApi {
    /// `aws.create-deployment`.
    pub create_deployment: &'static str,
    /// `aws.create-stage`.
    pub create_stage: &'static str,
    /// `aws.update-stage`.
    pub update_stage: &'static str,
    /// `ncp.edit-canary`.
    pub edit_canary: &'static str,
}

/// What each field a diagnostic can point at means.
#[derive(Debug, Serialize)]
pub struct Fields {
    /// `restApiId`.
    pub rest_api_id: &'static str,
    /// `stageName`.
    pub stage_name: &'static str,
    /// `deploymentId`.
    pub deployment_id: &'static str,
    /// `canarySettings`.
    pub canary_settings: &'static str,
    /// `percentTraffic`.
    pub percent_traffic: &'static str,
    /// `useStageCache`.
    pub use_stage_cache: &'static str,
    /// `stageVariableOverrides`.
    pub stage_variable_overrides: &'static str,
    /// `variables`.
    pub variables: &'static str,
    /// `patchOperations`.
    pub patch_operations: &'static str,
    /// `op`.
    pub op: &'static str,
    /// `path`.
    pub path: &'static str,
    /// `value`.
    pub value: &'static str,
    /// `from`.
    pub from: &'static str,
    /// `cacheClusterEnabled`.
    pub cache_cluster_enabled: &'static str,
    /// `cacheClusterSize`.
    pub cache_cluster_size: &'static str,
    /// `tracingEnabled`.
    pub tracing_enabled: &'static str,
    /// `productId`, `apiId`, `stageId`.
    pub path_id: &'static str,
    /// `body`.
    pub body: &'static str,
    /// `useDistributionRate`.
    pub use_distribution_rate: &'static str,
    /// `canaryEndpointDomain`.
    pub canary_endpoint_domain: &'static str,
    /// `canaryDistributionRate`.
    pub canary_distribution_rate: &'static str,
    /// `canaryConditions`.
    pub canary_conditions: &'static str,
    /// `parameterCode`.
    pub parameter_code: &'static str,
    /// `parameterName`.
    pub parameter_name: &'static str,
    /// `parameterValue`.
    pub parameter_value: &'static str,
    /// `canaryCacheTtlSec`.
    pub canary_cache_ttl_sec: &'static str,
    /// `canaryThrottleRps`.
    pub canary_throttle_rps: &'static str,
}

/// Counts with their noun: the singular and the plural template (`{n}`).
#[derive(Debug, Serialize)]
pub struct Count {
    /// Exactly one.
    pub one: &'static str,
    /// Any other number; `{n}` is the count.
    pub many: &'static str,
}

/// The report beside the editor.
#[derive(Debug, Serialize)]
pub struct Report {
    /// The verdict on a valid payload; `{warnings}` is the warning count.
    pub valid: &'static str,
    /// The verdict on an invalid payload; `{errors}`, `{warnings}` are the counts.
    pub invalid: &'static str,
    /// Errors counted.
    pub errors: Count,
    /// Warnings counted.
    pub warnings: Count,
    /// The severity label of an error.
    pub error: &'static str,
    /// The severity label of a warning.
    pub warning: &'static str,
    /// Where a diagnostic points when it points at the whole document.
    pub document: &'static str,
    /// The button that jumps to a diagnostic's line; `{line}` is its number.
    pub line: &'static str,
    /// The button's tooltip; `{line}` is the line's number.
    pub line_label: &'static str,
    /// The hint line; `{hint}` is the hint.
    pub hint: &'static str,
    /// A diagnostic's Fix button.
    pub fix: &'static str,
    /// The button that applies every offered fix; `{n}` is how many.
    pub fix_all: &'static str,
    /// What the latest fix did; `{what}` is its description.
    pub fixed: &'static str,
    /// What "Fix all" did; `{n}` is how many fixes it applied.
    pub fixes: &'static str,
    /// The button that restores the text from before the latest fix.
    pub undo: &'static str,
    /// Shown when only the first diagnostics are listed; `{shown}` and `{total}` are counts.
    pub first_only: &'static str,
    /// The button that lists every diagnostic.
    pub show_all: &'static str,
}

/// The words the editor (CodeMirror) shows itself: its search panel (Ctrl+F), go-to-line
/// (Ctrl+Alt+G) and what it tells screen readers. `$` stands for a number.
#[derive(Debug, Serialize)]
pub struct EditorWords {
    /// The search field's placeholder.
    pub find: &'static str,
    /// The replacement field's placeholder.
    pub replace: &'static str,
    /// Goes to the next match.
    pub next: &'static str,
    /// Goes to the previous match.
    pub previous: &'static str,
    /// Selects every match.
    pub all: &'static str,
    /// The option that tells upper from lower case.
    pub match_case: &'static str,
    /// The option that reads the search as a regular expression.
    pub regexp: &'static str,
    /// The option that matches whole words only.
    pub by_word: &'static str,
    /// Replaces the current match.
    pub replace_one: &'static str,
    /// Replaces every match.
    pub replace_all: &'static str,
    /// Closes the panel.
    pub close: &'static str,
    /// Said to screen readers: the match now selected.
    pub current_match: &'static str,
    /// Said to screen readers before a line number.
    pub on_line: &'static str,
    /// Said after a replace-all; `$` is how many.
    pub replaced_matches: &'static str,
    /// Said after one replacement; `$` is the line.
    pub replaced_on_line: &'static str,
    /// The go-to-line field's label.
    pub go_to_line: &'static str,
    /// The go-to-line button.
    pub go: &'static str,
    /// The title of a control character shown as a placeholder.
    pub control_character: &'static str,
    /// Said to screen readers when a selection is deleted.
    pub selection_deleted: &'static str,
}

/// The editor and the state that outlives the page: the address bar, this browser, the link.
#[derive(Debug, Serialize)]
pub struct Editor {
    /// The editor's accessible name.
    pub label: &'static str,
    /// The editor's own words: its search panel and the like.
    pub words: EditorWords,
    /// Under the editor's box until its script has loaded.
    pub loading: &'static str,
    /// When the editor could not start (its script did not load); `{why}` is the browser's error.
    pub failed: &'static str,
    /// Shown while an edit waits to be checked.
    pub checking: &'static str,
    /// The status under the editor; `{lines}` is `lines` and `{size}` the payload's size.
    pub status: &'static str,
    /// How many lines the payload has.
    pub lines: Count,
    /// The button that copies a compressed link to this view.
    pub copy_link: &'static str,
    /// After a copy; `{size}` is the link's length.
    pub link_copied: &'static str,
    /// When the clipboard refused; `{size}` is the link's length.
    pub link_shown: &'static str,
    /// A link too long even compressed; `{size}` and `{limit}` are lengths.
    pub link_too_big: &'static str,
    /// When the address bar does not carry the payload; `{size}` is its size.
    pub url_left_out: &'static str,
    /// Opened from a link whose payload stayed in another browser.
    pub link_without_payload: &'static str,
    /// A compressed link that could not be read; `{why}` says why.
    pub link_unreadable: &'static str,
    /// Why: the packed text is not what canarylab writes.
    pub link_corrupt: &'static str,
    /// Why: it unpacks to more than the page takes; `{limit}` is the limit.
    pub link_unpacks_too_big: &'static str,
    /// This browser refused to keep the payload.
    pub not_stored: &'static str,
}

/// "Copy as".
#[derive(Debug, Serialize)]
pub struct CopyAs {
    /// The section's heading.
    pub heading: &'static str,
    /// The format buttons' group name.
    pub format: &'static str,
    /// The copy button.
    pub copy: &'static str,
    /// Shown instead of a snippet while the JSON does not parse.
    pub fix_json_first: &'static str,
    /// The AWS CLI format.
    pub aws_cli: &'static str,
    /// The boto3 format.
    pub boto3: &'static str,
    /// The curl format (NCP).
    pub curl: &'static str,
}

/// "Check a file".
#[derive(Debug, Serialize)]
pub struct CheckFile {
    /// The section's heading.
    pub heading: &'static str,
    /// What the panel does.
    pub lede: &'static str,
    /// The kind select's label.
    pub kind: &'static str,
    /// The kind select's first option.
    pub tell_kind: &'static str,
    /// The kind options: CloudFormation.
    pub kind_cloudformation: &'static str,
    /// The kind options: Terraform.
    pub kind_terraform: &'static str,
    /// The kind options: AWS CLI.
    pub kind_awscli: &'static str,
    /// The file input's label.
    pub open: &'static str,
    /// The textarea's accessible name.
    pub label: &'static str,
    /// The textarea's placeholder.
    pub placeholder: &'static str,
    /// Before anything is pasted.
    pub nothing: &'static str,
    /// The kind read: CloudFormation.
    pub read_cloudformation: &'static str,
    /// The kind read: Terraform.
    pub read_terraform: &'static str,
    /// The kind read: AWS CLI.
    pub read_awscli: &'static str,
    /// The kind could not be told.
    pub read_unknown: &'static str,
    /// A valid file; `{kind}`, `{warnings}`.
    pub valid: &'static str,
    /// An invalid file; `{kind}`, `{errors}`, `{warnings}`.
    pub invalid: &'static str,
    /// Where a finding is; `{line}`, `{column}`.
    pub at: &'static str,
    /// The request a finding is in; `{request}`.
    pub in_request: &'static str,
}

/// The Validate page's texts.
#[derive(Debug, Serialize)]
pub struct Validate {
    /// The page's heading.
    pub heading: &'static str,
    /// What the page does.
    pub lede: &'static str,
    /// The API select's label.
    pub api: &'static str,
    /// The API select's options.
    pub apis: PerApi,
    /// The button that loads the docs' example.
    pub load_example: &'static str,
    /// Where the example comes from; `{source}`.
    pub example: &'static str,
    /// Each example's source.
    pub sources: PerApi,
    /// What each field means.
    pub fields: Fields,
    /// The report.
    pub report: Report,
    /// The editor and the link.
    pub editor: Editor,
    /// Copy as.
    pub copy_as: CopyAs,
    /// Check a file.
    pub check_file: CheckFile,
}
