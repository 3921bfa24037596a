//! Parsing untrusted JSON text.
//!
//! Any text, of any size, becomes either a value or a [`SyntaxError`] with a line and column:
//! never a panic. serde_json limits nesting depth (128), so deep input cannot exhaust the stack.

use std::fmt;

use serde_json::Value;

use crate::pointer::Pointer;
use crate::report::Report;

/// Why a text is not JSON, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    /// 1-based line of the problem.
    pub line: usize,
    /// 1-based column of the problem.
    pub column: usize,
    /// serde_json's description, without its position suffix.
    pub message: String,
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} at line {} column {}", self.message, self.line, self.column)
    }
}

impl std::error::Error for SyntaxError {}

/// Parses JSON text into a value.
pub fn parse(text: &str) -> Result<Value, SyntaxError> {
    serde_json::from_str(text).map_err(|e| {
        let full = e.to_string();
        let message = match full.rfind(" at line ") {
            Some(i) => full.get(..i).unwrap_or(&full).to_owned(),
            None => full,
        };
        SyntaxError { line: e.line(), column: e.column(), message }
    })
}

/// Parses JSON text for a validator: on a syntax error, the report holds one `json.syntax`
/// diagnostic at the document root and the result is `None`.
pub fn parse_into_report(text: &str, report: &mut Report) -> Option<Value> {
    match parse(text) {
        Ok(v) => Some(v),
        Err(e) => {
            report.error(
                Pointer::root(),
                "json.syntax",
                format!("malformed JSON: {e}"),
                "fix the JSON syntax first; nothing else can be checked until it parses",
            );
            None
        }
    }
}

/// The JSON type name of a value, as messages print it.
pub fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_f64() => "number",
        Value::Number(_) => "integer",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syntax_errors_carry_line_and_column() {
        let e = parse("{\n  \"a\": 1,\n  \"b\": }").err();
        assert_eq!(e.map(|e| e.to_string()), Some("expected value at line 3 column 8".to_owned()));
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let text = "[".repeat(100_000);
        assert!(parse(&text).is_err());
    }
}
