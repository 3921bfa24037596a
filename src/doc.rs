//! Untrusted documents: JSON text from a user, read with serde_json into a [`Value`].
//!
//! Any text, of any size, becomes either a value or serde_json's own error with its line and
//! column (`expected value at line 3 column 8`): never a panic. serde_json refuses nesting deeper
//! than 128 levels, so deep input cannot exhaust the stack. Members keep their document order
//! (feature `preserve_order`) and doubles read back exactly (`float_roundtrip`), so a payload
//! printed back reads as the user wrote it.

use crate::code::Code;
use serde::de::Visitor;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::pointer::Pointer;
use crate::report::Report;

/// Why a text is not JSON, and where: serde_json's error, whose `Display` ends with
/// `at line L column C`.
pub type SyntaxError = serde_json::Error;

/// Parses JSON text into a value.
pub fn parse(text: &str) -> Result<Value, SyntaxError> {
    serde_json::from_str(text)
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

/// Parses JSON text for a validator: on a syntax error, the report holds one `json.syntax`
/// diagnostic at the document root and the result is `None`.
pub fn parse_into_report(text: &str, report: &mut Report) -> Option<Value> {
    match parse(text) {
        Ok(v) => Some(v),
        Err(e) => {
            let message = crate::i18n::Msg::MalformedJson { error: e.to_string() };
            report.say(Pointer::root(), Code::JsonSyntax, message, crate::i18n::Msg::FixJsonFirst);
            None
        }
    }
}

/// A model as a JSON value. The models serialize to JSON without failing (string keys, no
/// custom serializers that refuse), so a failure cannot happen; it would show as `null`.
pub fn to_value<T: Serialize + ?Sized>(v: &T) -> Value {
    serde_json::to_value(v).unwrap_or(Value::Null)
}

/// A value as pretty JSON text (two-space indent), as the CLI prints results.
pub fn pretty<T: Serialize + ?Sized>(v: &T) -> String {
    serde_json::to_string_pretty(v).unwrap_or_default()
}

/// The member names a derived `Deserialize` struct accepts, as serde's derive lists them: the
/// field list is written once, on the struct, and checks that report every unknown member (not
/// only the first, as `deny_unknown_fields` does) read it from there.
pub fn field_names<'de, T: Deserialize<'de>>() -> &'static [&'static str] {
    names::<T>()
}

/// The names of a derived `Deserialize` enum's variants, as serde's derive lists them.
pub fn variant_names<'de, T: Deserialize<'de>>() -> &'static [&'static str] {
    names::<T>()
}

/// What a derived `Deserialize` hands its deserializer: a struct's field names or an enum's
/// variant names (empty for anything else). Nothing is read; the deserializer stops at once.
fn names<'de, T: Deserialize<'de>>() -> &'static [&'static str] {
    struct Names(&'static [&'static str]);
    impl<'de> serde::Deserializer<'de> for &mut Names {
        type Error = serde::de::value::Error;
        fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Self::Error> {
            Err(serde::de::Error::custom("neither a struct nor an enum"))
        }
        fn deserialize_struct<V: Visitor<'de>>(
            self,
            _: &'static str,
            fields: &'static [&'static str],
            _: V,
        ) -> Result<V::Value, Self::Error> {
            self.0 = fields;
            Err(serde::de::Error::custom("names taken"))
        }
        fn deserialize_enum<V: Visitor<'de>>(
            self,
            name: &'static str,
            variants: &'static [&'static str],
            visitor: V,
        ) -> Result<V::Value, Self::Error> {
            self.deserialize_struct(name, variants, visitor)
        }
        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
            option unit unit_struct newtype_struct seq tuple tuple_struct map identifier
            ignored_any
        }
    }
    let mut names = Names(&[]);
    let _ = T::deserialize(&mut names);
    names.0
}

/// The unit variant of a derived enum that serde names `name`.
pub fn from_name<T: serde::de::DeserializeOwned>(name: &str) -> Option<T> {
    T::deserialize(serde::de::value::StrDeserializer::<serde::de::value::Error>::new(name)).ok()
}

/// The name serde gives a unit variant (its JSON string).
pub fn name_of<T: Serialize>(v: &T) -> String {
    match to_value(v) {
        Value::String(s) => s,
        other => other.to_string(),
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

/// A decimal number written as text, read the way Java's `Double.parseDouble` reads the values
/// AWS's UpdateStage receives: surrounding whitespace, a `+` sign, a leading or trailing `.`,
/// leading zeros and a `d`/`f` type suffix are allowed; `NaN`, `Infinity`, hexadecimal and
/// anything else are `None`.
pub fn number(text: &str) -> Option<f64> {
    let t = text.trim();
    let t = t.strip_suffix(['d', 'D', 'f', 'F']).unwrap_or(t);
    let digits = t.strip_prefix(['+', '-']).unwrap_or(t);
    // Rust's parser also reads `inf`, `nan` and `infinity`, which Java refuses: only digits, one
    // point and an exponent get through.
    let plain =
        digits.bytes().all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'+' | b'-'));
    if !plain || !digits.starts_with(|c: char| c.is_ascii_digit() || c == '.') {
        return None;
    }
    t.parse::<f64>().ok().filter(|n| n.is_finite())
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
            ("inf", None),
            ("+-5", None),
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
    fn names_come_from_the_derives() {
        assert_eq!(
            field_names::<crate::aws::model::Deployment>(),
            ["id", "description", "createdDate"]
        );
        assert_eq!(
            variant_names::<crate::ncp::model::ParameterCode>(),
            ["REQUEST_HEADER", "REQUEST_QUERY"]
        );
        assert_eq!(field_names::<String>(), [] as [&str; 0]);
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let text = "[".repeat(100_000);
        assert!(parse(&text).is_err());
    }
}
