//! NCP behaviour its docs and spec leave open, as named assumptions a user can switch
//! (scenario and traffic documents take them as `"assumptions": {...}`). Each default is
//! canarylab's most plausible reading; `docs/ncp-unknowns.md` gives the reasons.

use serde::{Deserialize, Serialize};

/// The switchable assumptions about NCP.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct Assumptions {
    /// Several conditions: does a request need to match any one (OR) or all (AND)?
    pub condition_match: ConditionMatch,
    /// Are header names in `REQUEST_HEADER` conditions compared case-insensitively?
    pub header_names: HeaderNames,
    /// Edit Canary on a stage without an enabled canary: refused, or enables one.
    pub edit_without_canary: EditWithoutCanary,
    /// After Promote: is the canary disabled, or kept (pointing at the promoted deployment)?
    pub after_promote: AfterPromote,
}

/// How several canary conditions combine.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ConditionMatch {
    /// A request matching any one condition goes to the canary (default: conditions list
    /// alternative values, as a console form of rows reads).
    #[default]
    Any,
    /// A request must match every condition.
    All,
}

/// How header names compare.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum HeaderNames {
    /// `X-Canary` matches `x-canary` (default: HTTP header names are case-insensitive, RFC 9110).
    #[default]
    CaseInsensitive,
    /// Byte-exact names.
    Exact,
}

/// Edit Canary without an enabled canary.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EditWithoutCanary {
    /// 400 Bad Request (default: there is nothing to edit; enable is its own call).
    #[default]
    Reject,
    /// The edit enables a canary first.
    Enable,
}

/// What Promote leaves behind.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AfterPromote {
    /// The canary is disabled (default: its deployment now serves the stage, so it has nothing
    /// left to test; the console's "deploy the tested canary to the stage" reads so).
    #[default]
    DisableCanary,
    /// The canary stays, serving the same deployment as the stage.
    KeepCanary,
}

impl Assumptions {
    /// The members, as scenarios and traffic documents name them.
    pub fn fields() -> &'static [&'static str] {
        crate::doc::field_names::<Assumptions>()
    }
}
