//! Stage variable (and canary override) names and values (`docs/aws-behaviour.md`, "Stage
//! variables").
//!
//! Names are word characters, at most 64; values match the documented
//! `[A-Za-z0-9-._~:/?#&=,]+`, at most 512; at most 100 per stage. AWS's own error text lists a
//! slightly different symbol set (space allowed, `~` and `#` not); canarylab follows the
//! documented pattern and says so in the hint. Both patterns run as regexes, compiled once.

use crate::code::Code;
use crate::i18n::Msg;
use std::sync::LazyLock;

use regex::Regex;

use super::error::msg;

/// A variable name: word characters (ASCII, as AWS's Java backend reads `\w`).
pub const NAME_PATTERN: &str = r"(?-u:\w)+";
/// A variable value, as documented.
pub const VALUE_PATTERN: &str = r"[A-Za-z0-9-._~:/?#&=,]+";

static NAME: LazyLock<Option<Regex>> = LazyLock::new(|| whole(NAME_PATTERN));
static VALUE: LazyLock<Option<Regex>> = LazyLock::new(|| whole(VALUE_PATTERN));

/// A pattern that must match the whole text. The patterns are constants a unit test compiles.
pub(crate) fn whole(pattern: &str) -> Option<Regex> {
    Regex::new(&format!("^(?:{pattern})$")).ok()
}

fn is_match(re: &LazyLock<Option<Regex>>, s: &str) -> bool {
    re.as_ref().is_some_and(|re| re.is_match(s))
}

/// The most stage variables a stage can have (quotas page).
pub const MAX_VARIABLES: usize = 100;
/// The longest variable name.
pub const MAX_NAME_LEN: usize = 64;
/// The longest variable value.
pub const MAX_VALUE_LEN: usize = 512;

/// Whether `c` may appear in a variable name ([`NAME_PATTERN`]).
pub fn name_char(c: char) -> bool {
    is_match(&NAME, c.encode_utf8(&mut [0; 4]))
}

/// Whether `c` may appear in a variable value ([`VALUE_PATTERN`]).
pub fn value_char(c: char) -> bool {
    is_match(&VALUE, c.encode_utf8(&mut [0; 4]))
}

/// Which part of a stage variable AWS refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// The name.
    Name,
    /// The value.
    Value,
}

/// Why AWS refuses a stage variable (or override).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refusal {
    /// The name or the value.
    pub part: Part,
    /// The diagnostic code.
    pub code: Code,
    /// AWS's message.
    pub message: String,
    /// What to do about it.
    pub hint: Msg,
    /// The same text with what AWS cannot hold taken out (a name's characters become `_`), when
    /// something is left: what a fix writes instead.
    pub replacement: Option<String>,
}

impl Refusal {
    fn new(part: Part, code: Code, message: String, hint: Msg) -> Box<Self> {
        Box::new(Refusal { part, code, message, hint, replacement: None })
    }
}

/// Checks one name and value.
pub fn check_pair(name: &str, value: &str) -> Result<(), Box<Refusal>> {
    check_name(name)?;
    check_value(value)
}

/// Checks a name.
pub fn check_name(name: &str) -> Result<(), Box<Refusal>> {
    if !is_match(&NAME, name) {
        let bad: String = name.chars().filter(|c| !name_char(*c)).collect();
        let hint = if name.is_empty() {
            Msg::GiveVariableName
        } else {
            Msg::NameCharacters {
                bad: serde_json::Value::String(bad).to_string(),
                example: name.replace(|c| !name_char(c), "_"),
            }
        };
        let mut r = Refusal::new(Part::Name, Code::AwsVariableName, msg::variable_name(name), hint);
        r.replacement = Some(name.replace(|c| !name_char(c), "_")).filter(|n| !n.is_empty());
        return Err(r);
    }
    if name.chars().count() > MAX_NAME_LEN {
        return Err(Refusal::new(
            Part::Name,
            Code::AwsVariableNameLength,
            msg::variable_name_too_long(name),
            Msg::ShortenTo { max: MAX_NAME_LEN },
        ));
    }
    Ok(())
}

/// Checks a value.
pub fn check_value(value: &str) -> Result<(), Box<Refusal>> {
    if !is_match(&VALUE, value) {
        let hint = if value.is_empty() {
            Msg::ValueNotEmpty
        } else {
            let bad: String = value.chars().filter(|c| !value_char(*c)).collect();
            // AWS's message (above) lists a space and leaves out ~ and #; its documented pattern
            // says the opposite. The hint names the disagreement instead of contradicting the
            // message silently.
            Msg::ValueCharacters { bad: serde_json::Value::String(bad).to_string() }
        };
        let mut r =
            Refusal::new(Part::Value, Code::AwsVariableValue, msg::variable_value(value), hint);
        r.replacement = Some(value.chars().filter(|c| value_char(*c)).collect::<String>())
            .filter(|v| !v.is_empty());
        return Err(r);
    }
    let len = value.chars().count();
    if len > MAX_VALUE_LEN {
        return Err(Refusal::new(
            Part::Value,
            Code::AwsVariableValueLength,
            msg::variable_value_too_long(len),
            Msg::ShortenTo { max: MAX_VALUE_LEN },
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_patterns_compile() {
        assert!(NAME.is_some() && VALUE.is_some());
    }

    #[test]
    fn names_and_values() {
        assert!(check_pair("my_var1", "https://x.example/a?b=c&d=e,f#g~h").is_ok());
        let r = check_pair("owner:application-name", "x").unwrap_err();
        assert_eq!((r.part, r.code), (Part::Name, Code::AwsVariableName));
        assert_eq!(
            r.message,
            "Invalid stage variable name: owner:application-name.  Please use names with only word characters."
        );
        assert_eq!(r.replacement.as_deref(), Some("owner_application_name"));
        let r = check_pair("v", "").unwrap_err();
        assert_eq!((r.part, r.replacement), (Part::Value, None));
        assert!(r.message.starts_with("Invalid stage variable value: .  Please use values"));
        let r = check_pair("v", "a b").unwrap_err();
        assert_eq!(r.replacement.as_deref(), Some("ab"));
        assert!(check_pair(&"n".repeat(65), "x").is_err());
        assert!(check_pair("n", &"x".repeat(513)).is_err());
    }
}
