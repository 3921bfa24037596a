//! NCP behaviour its docs and spec leave open, as named assumptions a user can switch
//! (scenario and traffic documents take them as `"assumptions": {...}`). Each default is
//! canarylab's most plausible reading; `docs/ncp-unknowns.md` gives the reasons.

use crate::json::{Fields, FromJson, ToJson, Value, variant};

/// The switchable assumptions about NCP.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
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
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ConditionMatch {
    /// A request matching any one condition goes to the canary (default: conditions list
    /// alternative values, as a console form of rows reads).
    #[default]
    Any,
    /// A request must match every condition.
    All,
}

/// How header names compare.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum HeaderNames {
    /// `X-Canary` matches `x-canary` (default: HTTP header names are case-insensitive, RFC 9110).
    #[default]
    CaseInsensitive,
    /// Byte-exact names.
    Exact,
}

/// Edit Canary without an enabled canary.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum EditWithoutCanary {
    /// 400 Bad Request (default: there is nothing to edit; enable is its own call).
    #[default]
    Reject,
    /// The edit enables a canary first.
    Enable,
}

/// What Promote leaves behind.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum AfterPromote {
    /// The canary is disabled (default: its deployment now serves the stage, so it has nothing
    /// left to test; the console's "deploy the tested canary to the stage" reads so).
    #[default]
    DisableCanary,
    /// The canary stays, serving the same deployment as the stage.
    KeepCanary,
}

/// A two-valued assumption written as a kebab-case name.
macro_rules! named {
    ($t:ident: $a:ident = $an:literal, $b:ident = $bn:literal) => {
        impl $t {
            /// The names, in variant order.
            pub const NAMES: [&'static str; 2] = [$an, $bn];
        }
        impl ToJson for $t {
            fn to_json(&self) -> Value {
                Value::String(if *self == $t::$a { $an } else { $bn }.to_owned())
            }
        }
        impl FromJson for $t {
            fn from_json(v: &Value) -> Result<Self, String> {
                Ok(if variant(v, &$t::NAMES)? == 0 { $t::$a } else { $t::$b })
            }
        }
    };
}

named!(ConditionMatch: Any = "any", All = "all");
named!(HeaderNames: CaseInsensitive = "case-insensitive", Exact = "exact");
named!(EditWithoutCanary: Reject = "reject", Enable = "enable");
named!(AfterPromote: DisableCanary = "disable-canary", KeepCanary = "keep-canary");

impl Assumptions {
    /// The members, as scenarios and traffic documents name them.
    pub const FIELDS: [&'static str; 4] =
        ["conditionMatch", "headerNames", "editWithoutCanary", "afterPromote"];
}

impl ToJson for Assumptions {
    fn to_json(&self) -> Value {
        crate::json!({
            "conditionMatch": self.condition_match,
            "headerNames": self.header_names,
            "editWithoutCanary": self.edit_without_canary,
            "afterPromote": self.after_promote,
        })
    }
}

impl FromJson for Assumptions {
    fn from_json(v: &Value) -> Result<Self, String> {
        let mut f = Fields::new(v, &Assumptions::FIELDS, true)?;
        let value = Assumptions {
            condition_match: f.or("conditionMatch", ConditionMatch::default),
            header_names: f.or("headerNames", HeaderNames::default),
            edit_without_canary: f.or("editWithoutCanary", EditWithoutCanary::default),
            after_promote: f.or("afterPromote", AfterPromote::default),
        };
        f.done(value)
    }
}
