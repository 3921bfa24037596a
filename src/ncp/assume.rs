//! NCP behaviour its docs and spec leave open, as named assumptions a user can switch
//! (scenario and traffic documents take them as `"assumptions": {...}`; the validator takes
//! `coercion` as an option: `--assume coercion=jackson`, `{assumptions: {coercion: "jackson"}}`).
//! Each default is canarylab's most plausible reading; `docs/ncp-unknowns.md` gives the reasons.
//! Names are camelCase (`conditionMatch`) and values kebab-case (`case-insensitive`), as serde
//! reads them here.

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
    /// How NCP reads JSON types: only the spec's (`strict`), or as Jackson's defaults do
    /// (`jackson`: `"60"` is 60 for an int32). The validator takes it as an option, scenarios and
    /// traffic documents in `"assumptions"`.
    pub coercion: Coercion,
}

/// How NCP reads a JSON value of another type than the spec's (`super::coerce`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Coercion {
    /// Only the spec's types: `"60"` for an int32 is refused (default: what the spec says, and
    /// what a client that follows it sends; nothing NCP publishes says it coerces).
    #[default]
    Strict,
    /// As a Java backend with Jackson 2's default settings reads JSON: `"60"` is 60, `"true"` is
    /// true, `60.5` for an int32 is 60 (truncated), `"60.5"` for an int32 is refused.
    Jackson,
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

    /// These assumptions with `NAME=VALUE` (`coercion=jackson`) set: the command line's
    /// `--assume`. `Err` says why it cannot be read.
    pub fn with(mut self, setting: &str) -> Result<Assumptions, String> {
        let Some((name, value)) = setting.split_once('=') else {
            return Err(format!(
                "'{setting}' is not NAME=VALUE; the assumptions are: {}",
                Assumptions::fields().join(", ")
            ));
        };
        let (name, value) = (name.trim(), value.trim());
        let mut all = match serde_json::to_value(self) {
            Ok(serde_json::Value::Object(m)) => m,
            _ => serde_json::Map::new(),
        };
        if !all.contains_key(name) {
            return Err(format!(
                "unknown assumption '{name}': use one of {}",
                Assumptions::fields().join(", ")
            ));
        }
        all.insert(name.to_owned(), serde_json::Value::String(value.to_owned()));
        self = Assumptions::deserialize(serde_json::Value::Object(all))
            .map_err(|e| format!("{name}={value}: {e}"))?;
        Ok(self)
    }
}
