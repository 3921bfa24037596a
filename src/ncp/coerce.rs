//! How NCP reads JSON types, under the `coercion` assumption (`docs/ncp-unknowns.md`, "How NCP
//! reads JSON types"): `strict` takes only the spec's types; `jackson` reads as a Java backend
//! with Jackson 2's default settings does (`docs/ncp-behaviour.md`, "How NCP reads JSON types").
//!
//! Jackson's defaults, for the member types NCP's canary calls have:
//!
//! - a boolean from a string `true`/`True`/`TRUE` or `false`/`False`/`FALSE` (trimmed), and from
//!   an integer (0 is false, any other true);
//! - an integer from a string holding a decimal integer (trimmed, `+` or `-` allowed), and from a
//!   number with a fraction or an exponent, truncated toward zero (`60.5` is 60); a string with
//!   a fraction (`"60.5"`) is refused;
//! - a float from a string holding a decimal number (`"10.5"`);
//! - a string from a number or a boolean (its JSON text).
//!
//! Nothing else is coerced: an array or object never becomes a scalar nor a scalar an array, and
//! a boolean never becomes a number. An empty string, which Jackson reads as null for a boxed
//! number or boolean, is refused here under both readings (canarylab's choice). `null` is an
//! absent member under both.
//!
//! [`boolean`], [`integer`], [`float`] and [`text`] are Jackson's reading of one value;
//! [`from_value`] reads a whole model (a stage) with them, the target type choosing the coercion
//! as it does in Jackson.

use std::cell::RefCell;

use serde::de::value::BorrowedStrDeserializer;
use serde::de::{self, DeserializeOwned, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde::forward_to_deserialize_any;
use serde_json::Value;

use super::assume::Coercion;
use crate::i18n::{JsonType, Msg};
use crate::pointer::Pointer;
use crate::report::Diagnostic;

/// How Jackson's defaults read one JSON value as a type.
#[derive(Clone, Debug, PartialEq)]
pub enum Reading<T> {
    /// The value has the type: read as written.
    AsWritten(T),
    /// A value of another JSON type, coerced.
    Coerced(T),
    /// Refused, even by Jackson.
    Refused,
}

impl<T> Reading<T> {
    /// The value under `mode`: what is coerced counts only under `jackson`.
    pub fn under(self, mode: Coercion) -> Option<T> {
        match (self, mode) {
            (Reading::AsWritten(v), _) | (Reading::Coerced(v), Coercion::Jackson) => Some(v),
            _ => None,
        }
    }
}

/// Java's `String.trim`: every character up to the space, from both ends.
fn trim(s: &str) -> &str {
    s.trim_matches(|c: char| c <= ' ')
}

/// A boolean.
pub fn boolean(v: &Value) -> Reading<bool> {
    match v {
        Value::Bool(b) => Reading::AsWritten(*b),
        Value::String(s) => match trim(s) {
            "true" | "True" | "TRUE" => Reading::Coerced(true),
            "false" | "False" | "FALSE" => Reading::Coerced(false),
            _ => Reading::Refused,
        },
        Value::Number(n) if !n.is_f64() => Reading::Coerced(n.as_i64() != Some(0)),
        _ => Reading::Refused,
    }
}

/// An integer (Java `int`/`long`; the caller checks the range).
pub fn integer(v: &Value) -> Reading<i64> {
    match v {
        Value::Number(n) => match n.as_i64() {
            Some(i) => Reading::AsWritten(i),
            // A u64 past i64, or a fraction or an exponent: truncated toward zero.
            None => match n.as_f64().map(f64::trunc) {
                Some(t) if t.abs() < 9.2e18 => Reading::Coerced(t as i64),
                _ => Reading::Refused,
            },
        },
        Value::String(s) => trim(s).parse().map_or(Reading::Refused, Reading::Coerced),
        _ => Reading::Refused,
    }
}

/// A float (Java `float`/`double`).
pub fn float(v: &Value) -> Reading<f64> {
    match v {
        Value::Number(n) => n.as_f64().map_or(Reading::Refused, Reading::AsWritten),
        Value::String(s) => crate::doc::number(s).map_or(Reading::Refused, Reading::Coerced),
        _ => Reading::Refused,
    }
}

/// A string.
pub fn text(v: &Value) -> Reading<String> {
    match v {
        Value::String(s) => Reading::AsWritten(s.clone()),
        Value::Number(_) | Value::Bool(_) => Reading::Coerced(v.to_string()),
        _ => Reading::Refused,
    }
}

/// One value [`from_value`] coerced: where, as written and as read (JSON text), and the type read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Coerced {
    /// Where the value is.
    pub at: Pointer,
    /// The member's name.
    pub key: String,
    /// The value as written.
    pub written: String,
    /// The value as read.
    pub read: String,
    /// The type it was read as.
    pub want: JsonType,
}

impl Coerced {
    /// What the coercion says: truncation of a fraction, or another JSON type read as the
    /// spec's.
    pub fn msg(&self) -> Msg {
        let (key, written, read) = (self.key.clone(), self.written.clone(), self.read.clone());
        let fraction = written.parse::<f64>().is_ok_and(|f| f.fract() != 0.0);
        if self.want == JsonType::Integer && fraction {
            Msg::Truncated { key, written, read }
        } else {
            Msg::Coerced { key, written, read, want: self.want }
        }
    }
}

/// Whether a diagnostic says that a value was read other than as written (a coercion under
/// `coercion=jackson`): what a simulated call reports beside its answer.
pub fn is_coercion(d: &Diagnostic) -> bool {
    d.said.as_ref().is_some_and(|s| {
        matches!(
            s.message,
            Msg::Coerced { .. } | Msg::Truncated { .. } | Msg::DocsIntegerCoerced { .. }
        )
    })
}

/// Reads `value` (at `at`) as a `T`: as serde reads it under `strict`; under `jackson` with
/// Jackson's coercions wherever `T` wants a boolean, a number or a string, each one listed.
pub fn from_value<T: DeserializeOwned>(
    value: &Value,
    at: &Pointer,
    mode: Coercion,
) -> Result<(T, Vec<Coerced>), serde_json::Error> {
    if mode == Coercion::Strict {
        return T::deserialize(value).map(|t| (t, Vec::new()));
    }
    let log = RefCell::new(Vec::new());
    let t = T::deserialize(Jackson { v: value, at: at.clone(), key: "", log: &log })?;
    Ok((t, log.into_inner()))
}

/// A `serde_json::Value` read as Jackson reads JSON: the type the visitor asks for decides the
/// coercion.
struct Jackson<'a, 'r> {
    v: &'a Value,
    at: Pointer,
    key: &'a str,
    log: &'r RefCell<Vec<Coerced>>,
}

impl Jackson<'_, '_> {
    fn note(&self, read: String, want: JsonType) {
        self.log.borrow_mut().push(Coerced {
            at: self.at.clone(),
            key: self.key.to_owned(),
            written: self.v.to_string(),
            read,
            want,
        });
    }
}

macro_rules! integers {
    ($($m:ident)*) => {$(
        fn $m<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Self::Error> {
            match integer(self.v) {
                Reading::Coerced(n) => {
                    self.note(n.to_string(), JsonType::Integer);
                    visitor.visit_i64(n)
                }
                _ => self.v.$m(visitor),
            }
        }
    )*};
}

macro_rules! floats {
    ($($m:ident)*) => {$(
        fn $m<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Self::Error> {
            match float(self.v) {
                Reading::Coerced(n) => {
                    self.note(Value::from(n).to_string(), JsonType::Number);
                    visitor.visit_f64(n)
                }
                _ => self.v.$m(visitor),
            }
        }
    )*};
}

impl<'a> de::Deserializer<'a> for Jackson<'a, '_> {
    type Error = serde_json::Error;

    fn deserialize_any<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        match self.v {
            Value::Object(map) => visitor.visit_map(Members {
                iter: map.iter(),
                next: None,
                at: self.at,
                log: self.log,
            }),
            Value::Array(items) => visitor.visit_seq(Items {
                iter: items.iter().enumerate(),
                at: self.at,
                log: self.log,
            }),
            other => other.deserialize_any(visitor),
        }
    }

    fn deserialize_bool<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        match boolean(self.v) {
            Reading::Coerced(b) => {
                self.note(b.to_string(), JsonType::Boolean);
                visitor.visit_bool(b)
            }
            _ => self.v.deserialize_bool(visitor),
        }
    }

    integers! {
        deserialize_i8 deserialize_i16 deserialize_i32 deserialize_i64
        deserialize_u8 deserialize_u16 deserialize_u32 deserialize_u64
    }

    floats! { deserialize_f32 deserialize_f64 }

    fn deserialize_str<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        match text(self.v) {
            Reading::Coerced(s) => {
                self.note(Value::String(s.clone()).to_string(), JsonType::String);
                visitor.visit_string(s)
            }
            _ => self.v.deserialize_str(visitor),
        }
    }

    fn deserialize_string<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_option<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        if self.v.is_null() { visitor.visit_none() } else { visitor.visit_some(self) }
    }

    fn deserialize_newtype_struct<V: Visitor<'a>>(
        self,
        _: &'static str,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_seq<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        match self.v {
            Value::Array(_) => self.deserialize_any(visitor),
            other => other.deserialize_seq(visitor),
        }
    }

    fn deserialize_map<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        match self.v {
            Value::Object(_) => self.deserialize_any(visitor),
            other => other.deserialize_map(visitor),
        }
    }

    fn deserialize_struct<V: Visitor<'a>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.deserialize_map(visitor)
    }

    fn deserialize_enum<V: Visitor<'a>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.v.deserialize_enum(name, variants, visitor)
    }

    fn deserialize_ignored_any<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        visitor.visit_unit()
    }

    forward_to_deserialize_any! {
        <W: Visitor<'a>>
        i128 u128 char bytes byte_buf unit unit_struct tuple tuple_struct identifier
    }
}

/// An object's members, each value read the Jackson way.
struct Members<'a, 'r> {
    iter: serde_json::map::Iter<'a>,
    next: Option<(&'a str, &'a Value)>,
    at: Pointer,
    log: &'r RefCell<Vec<Coerced>>,
}

impl<'a> MapAccess<'a> for Members<'a, '_> {
    type Error = serde_json::Error;

    fn next_key_seed<K: DeserializeSeed<'a>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Self::Error> {
        let Some((k, v)) = self.iter.next() else { return Ok(None) };
        self.next = Some((k.as_str(), v));
        seed.deserialize(BorrowedStrDeserializer::new(k.as_str())).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'a>>(
        &mut self,
        seed: V,
    ) -> Result<V::Value, Self::Error> {
        let Some((key, v)) = self.next.take() else {
            return Err(de::Error::custom("a value without its key"));
        };
        seed.deserialize(Jackson { v, at: self.at.join(key), key, log: self.log })
    }
}

/// An array's items, each read the Jackson way.
struct Items<'a, 'r> {
    iter: std::iter::Enumerate<std::slice::Iter<'a, Value>>,
    at: Pointer,
    log: &'r RefCell<Vec<Coerced>>,
}

impl<'a> SeqAccess<'a> for Items<'a, '_> {
    type Error = serde_json::Error;

    fn next_element_seed<T: DeserializeSeed<'a>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Self::Error> {
        let Some((i, v)) = self.iter.next() else { return Ok(None) };
        seed.deserialize(Jackson { v, at: self.at.join(i), key: "", log: self.log }).map(Some)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn jacksons_defaults() {
        assert_eq!(boolean(&json!(" TRUE ")), Reading::Coerced(true));
        assert_eq!(boolean(&json!("False")), Reading::Coerced(false));
        assert_eq!(boolean(&json!("tRUE")), Reading::Refused);
        assert_eq!(boolean(&json!("yes")), Reading::Refused);
        assert_eq!(boolean(&json!(0)), Reading::Coerced(false));
        assert_eq!(boolean(&json!(2)), Reading::Coerced(true));
        assert_eq!(boolean(&json!(1.0)), Reading::Refused);
        assert_eq!(integer(&json!("60")), Reading::Coerced(60));
        assert_eq!(integer(&json!(" +60 ")), Reading::Coerced(60));
        assert_eq!(integer(&json!("60.5")), Reading::Refused);
        assert_eq!(integer(&json!("")), Reading::Refused);
        assert_eq!(integer(&json!(60.5)), Reading::Coerced(60));
        assert_eq!(integer(&json!(-60.5)), Reading::Coerced(-60));
        assert_eq!(integer(&json!(1e3)), Reading::Coerced(1000));
        assert_eq!(integer(&json!(true)), Reading::Refused);
        assert_eq!(integer(&json!(60)), Reading::AsWritten(60));
        assert_eq!(float(&json!("10.5")), Reading::Coerced(10.5));
        assert_eq!(float(&json!("NaN")), Reading::Refused);
        assert_eq!(float(&json!(false)), Reading::Refused);
        assert_eq!(text(&json!(5)), Reading::Coerced("5".to_owned()));
        assert_eq!(text(&json!(true)), Reading::Coerced("true".to_owned()));
        assert_eq!(text(&json!([])), Reading::Refused);
        assert_eq!(integer(&json!("60")).under(Coercion::Strict), None);
        assert_eq!(integer(&json!("60")).under(Coercion::Jackson), Some(60));
    }

    #[test]
    fn a_model_reads_as_the_target_type_asks() {
        #[derive(serde::Deserialize, Debug, PartialEq)]
        #[serde(rename_all = "camelCase")]
        struct M {
            ttl: Option<i32>,
            on: bool,
            name: String,
            items: Vec<N>,
        }
        #[derive(serde::Deserialize, Debug, PartialEq)]
        struct N {
            rate: f32,
        }
        let v = json!({"ttl": "60", "on": "true", "name": 5, "items": [{"rate": "1.5"}], "x": [1]});
        let at = Pointer::root().join("stage");
        let (m, log) = from_value::<M>(&v, &at, Coercion::Jackson).unwrap();
        assert_eq!(
            m,
            M { ttl: Some(60), on: true, name: "5".into(), items: vec![N { rate: 1.5 }] }
        );
        let got: Vec<(&str, &str, &str)> =
            log.iter().map(|c| (c.at.as_str(), c.written.as_str(), c.read.as_str())).collect();
        assert_eq!(
            got,
            [
                ("/stage/ttl", "\"60\"", "60"),
                ("/stage/on", "\"true\"", "true"),
                ("/stage/name", "5", "\"5\""),
                ("/stage/items/0/rate", "\"1.5\"", "1.5"),
            ]
        );
        assert!(from_value::<M>(&v, &at, Coercion::Strict).is_err());
        let big = json!({"ttl": "3000000000", "on": true, "name": "", "items": []});
        assert!(from_value::<M>(&big, &at, Coercion::Jackson).is_err(), "out of int range");
    }
}
