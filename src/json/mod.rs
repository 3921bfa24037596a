//! JSON: canarylab's own value type ([`Value`], built with [`json!`](crate::json!)), reading
//! untrusted text, writing compact or pretty text, and typed reading for the models.
//!
//! Any text, of any size, becomes either a value or a [`SyntaxError`] with a line and column:
//! never a panic. Nesting deeper than 128 is an error, so deep input cannot exhaust the stack.
//! Why not serde_json: see `value.rs`.

use std::fmt;

mod from;
mod read;
pub(crate) mod scan;
mod value;
mod write;

pub use from::{Fields, FromJson, invalid_type, variant};
pub use value::{Map, Number, ToJson, Value};
pub use write::{
    compact as to_string, display, display_f32, fixed, pretty as to_pretty, string as write_string,
    write_integer,
};

use crate::pointer::Pointer;
use crate::report::Report;

/// Why a text is not JSON, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    /// 1-based line of the problem.
    pub line: usize,
    /// 1-based column of the problem.
    pub column: usize,
    /// What is wrong (serde_json's wording), without the position.
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
    read::parse(text).map_err(|f| {
        let (line, column) = read::position(text, &f);
        SyntaxError { line, column, message: f.message.to_owned() }
    })
}

/// Parses a document and runs `f` on it: a syntax error is the one `json.syntax` diagnostic.
/// The CLI's `run` and `simulate` and the npm exports all take documents this way.
pub fn with_document<T>(
    text: &str,
    f: impl FnOnce(&Value) -> Result<T, Report>,
) -> Result<T, Report> {
    let mut report = Report::new();
    match parse_into_report(text, &mut report) {
        Some(doc) => f(&doc),
        None => Err(report),
    }
}

/// A decimal number written as text, read the way Java's `Double.parseDouble` reads the values
/// AWS's UpdateStage receives: surrounding whitespace, a `+` sign, a leading or trailing `.`,
/// and a `d`/`f` type suffix are allowed; `NaN`, `Infinity` and anything else are `None`.
///
/// The JSON reader's decimal conversion reads the rest: it takes leading zeros and a bare `.`
/// side, which Java allows and JSON does not.
pub fn number(text: &str) -> Option<f64> {
    let t = text.trim();
    let t = t.strip_suffix(['d', 'D', 'f', 'F']).unwrap_or(t);
    let t = match t.strip_prefix('+') {
        Some(rest) if !rest.starts_with('-') => rest,
        Some(_) => return None,
        None => t,
    };
    read::decimal(t).filter(|n| n.is_finite())
}

/// Where the run of plain string bytes starting at `i` ends: the first `"`, `\\` or control
/// character, or the end. Most strings are one such run, and strings are most of a payload's
/// bytes, so the run is checked eight bytes at a time (SWAR: each test below is non-zero exactly
/// when some byte of the word is that byte, or below 0x20), then byte by byte.
pub(crate) fn plain_run(bytes: &[u8], mut i: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    #[inline(always)]
    fn below(w: u64, n: u8) -> u64 {
        w.wrapping_sub(ONES * u64::from(n)) & !w & HIGH
    }
    while let Some(Ok(word)) = bytes.get(i..i + 8).map(<[u8; 8]>::try_from) {
        let w = u64::from_le_bytes(word);
        if below(w ^ (ONES * u64::from(b'"')), 1)
            | below(w ^ (ONES * u64::from(b'\\')), 1)
            | below(w, 0x20)
            != 0
        {
            break;
        }
        i += 8;
    }
    while let Some(&b) = bytes.get(i) {
        if b == b'"' || b == b'\\' || b < 0x20 {
            break;
        }
        i += 1;
    }
    i
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
    fn numbers_read_as_java_reads_them() {
        for (text, want) in [
            ("10.5", Some(10.5)),
            (" 50 ", Some(50.0)),
            ("+5", Some(5.0)),
            (".5", Some(0.5)),
            ("5.", Some(5.0)),
            ("007", Some(7.0)),
            ("1e2", Some(100.0)),
            ("-1.5E-1", Some(-0.15)),
            ("10d", Some(10.0)),
            ("0.1", Some(0.1)),
            ("33.333333333", Some(33.333_333_333)),
            ("NaN", None),
            ("Infinity", None),
            ("", None),
            (".", None),
            ("1e", None),
            ("1.2.3", None),
            ("ten", None),
            ("1e999", None),
        ] {
            assert_eq!(number(text), want, "{text:?}");
        }
    }

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
