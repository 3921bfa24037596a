//! Typed reading of JSON into the models (a scenario's stages and deployments, NCP assumptions):
//! what serde's derives did, at a fraction of the code. Messages keep serde's wording
//! (`missing field \`stageName\``, `unknown field \`x\`, expected one of ...`, `invalid type:
//! string "x", expected a boolean`) so a scenario's diagnostics read as before.

use crate::sorted::SortedMap;

use super::value::{N, Value};
use super::{Map, write};

/// A type read from a JSON value; the error is a message naming what did not fit.
pub trait FromJson: Sized {
    /// Reads `v`.
    fn from_json(v: &Value) -> Result<Self, String>;
}

/// serde's description of what a value is, for `invalid type` messages.
fn unexpected(v: &Value) -> String {
    match v {
        Value::Null => "null".to_owned(),
        Value::Bool(b) => format!("boolean `{b}`"),
        Value::Number(n) => {
            let mut s = String::new();
            write::number(&mut s, n);
            match n.0 {
                N::F(_) => format!("floating point `{s}`"),
                _ => format!("integer `{s}`"),
            }
        }
        Value::String(s) => {
            let mut q = String::new();
            write::string(&mut q, s);
            format!("string {q}")
        }
        Value::Array(_) => "sequence".to_owned(),
        Value::Object(_) => "map".to_owned(),
    }
}

/// `invalid type: <what v is>, expected <want>`.
pub fn invalid_type(v: &Value, want: &str) -> String {
    format!("invalid type: {}, expected {want}", unexpected(v))
}

/// `unknown variant \`x\`, expected ...` for a string outside `names`.
pub(crate) fn unknown_variant(got: &str, names: &[&str]) -> String {
    format!("unknown variant `{got}`, expected {}", one_of(names))
}

fn one_of(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    match quoted.as_slice() {
        [only] => only.clone(),
        [a, b] => format!("{a} or {b}"),
        _ => format!("one of {}", quoted.join(", ")),
    }
}

/// Reads one of `names` (a string enum) as its index.
pub fn variant(v: &Value, names: &[&str]) -> Result<usize, String> {
    let s = v.as_str().ok_or_else(|| invalid_type(v, "a string"))?;
    names.iter().position(|n| *n == s).ok_or_else(|| unknown_variant(s, names))
}

/// The members of a JSON object being read as a struct.
pub struct Fields<'a> {
    map: &'a Map,
}

impl<'a> Fields<'a> {
    /// `v` as a struct with the members `known`; with `deny_unknown`, any other member is an
    /// error (serde's `deny_unknown_fields`).
    pub fn new(v: &'a Value, known: &[&str], deny_unknown: bool) -> Result<Self, String> {
        let map = v.as_object().ok_or_else(|| invalid_type(v, "a JSON object"))?;
        if deny_unknown && let Some(k) = map.keys().find(|k| !known.contains(&k.as_str())) {
            return Err(format!("unknown field `{k}`, expected {}", one_of(known)));
        }
        Ok(Fields { map })
    }

    /// True when `key` is present and not `null`.
    pub fn has(&self, key: &str) -> bool {
        self.map.get(key).is_some_and(|v| !v.is_null())
    }

    /// A required member.
    pub fn req<T: FromJson>(&self, key: &str) -> Result<T, String> {
        match self.map.get(key) {
            None => Err(format!("missing field `{key}`")),
            Some(v) => T::from_json(v),
        }
    }

    /// An optional member: absent or `null` is `None`.
    pub fn opt<T: FromJson>(&self, key: &str) -> Result<Option<T>, String> {
        match self.map.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(v) => T::from_json(v).map(Some),
        }
    }

    /// A member with a default when absent (`null` is read, as serde reads it, and is refused
    /// by non-optional types).
    pub fn or<T: FromJson>(&self, key: &str, default: impl FnOnce() -> T) -> Result<T, String> {
        match self.map.get(key) {
            None => Ok(default()),
            Some(v) => T::from_json(v),
        }
    }
}

impl FromJson for String {
    fn from_json(v: &Value) -> Result<Self, String> {
        v.as_str().map(str::to_owned).ok_or_else(|| invalid_type(v, "a string"))
    }
}

impl FromJson for bool {
    fn from_json(v: &Value) -> Result<Self, String> {
        v.as_bool().ok_or_else(|| invalid_type(v, "a boolean"))
    }
}

impl FromJson for f64 {
    fn from_json(v: &Value) -> Result<Self, String> {
        v.as_f64().ok_or_else(|| invalid_type(v, "f64"))
    }
}

impl FromJson for f32 {
    fn from_json(v: &Value) -> Result<Self, String> {
        v.as_f64().map(|f| f as f32).ok_or_else(|| invalid_type(v, "f32"))
    }
}

impl FromJson for i64 {
    fn from_json(v: &Value) -> Result<Self, String> {
        v.as_i64().ok_or_else(|| invalid_type(v, "i64"))
    }
}

impl FromJson for u64 {
    fn from_json(v: &Value) -> Result<Self, String> {
        v.as_u64().ok_or_else(|| invalid_type(v, "u64"))
    }
}

impl FromJson for i32 {
    fn from_json(v: &Value) -> Result<Self, String> {
        match v.as_i64() {
            Some(i) => {
                i32::try_from(i).map_err(|_| format!("invalid value: integer `{i}`, expected i32"))
            }
            None => Err(invalid_type(v, "i32")),
        }
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(v: &Value) -> Result<Self, String> {
        let items = v.as_array().ok_or_else(|| invalid_type(v, "a sequence"))?;
        items.iter().map(T::from_json).collect()
    }
}

impl<T: FromJson> FromJson for SortedMap<T> {
    fn from_json(v: &Value) -> Result<Self, String> {
        let map = v.as_object().ok_or_else(|| invalid_type(v, "a map"))?;
        map.iter().map(|(k, v)| Ok((k.clone(), T::from_json(v)?))).collect()
    }
}
