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
///
/// Reading a member never returns early: a member that does not fit records its message (the
/// first one wins, as serde's `?` chain reported it) and reads as a default, and [`Fields::done`]
/// turns the record into the result. One `?` per member made every struct reader carry drop code
/// for each partially built prefix: a quarter of the models' code in the size-first wasm.
pub struct Fields<'a> {
    map: &'a Map,
    error: Option<String>,
}

impl<'a> Fields<'a> {
    /// `v` as a struct with the members `known`; with `deny_unknown`, any other member is an
    /// error (serde's `deny_unknown_fields`).
    pub fn new(v: &'a Value, known: &[&str], deny_unknown: bool) -> Result<Self, String> {
        let map = v.as_object().ok_or_else(|| invalid_type(v, "a JSON object"))?;
        if deny_unknown && let Some(k) = map.keys().find(|k| !known.contains(&k.as_str())) {
            return Err(format!("unknown field `{k}`, expected {}", one_of(known)));
        }
        Ok(Fields { map, error: None })
    }

    /// True when `key` is present and not `null`.
    pub fn has(&self, key: &str) -> bool {
        self.map.get(key).is_some_and(|v| !v.is_null())
    }

    /// Records `message` unless an earlier member already failed.
    fn fail(&mut self, message: String) {
        self.error.get_or_insert(message);
    }

    /// A required member (its default, with the failure recorded, when absent or unfit).
    pub fn req<T: FromJson + Default>(&mut self, key: &str) -> T {
        let read = match self.map.get(key) {
            None => Err(format!("missing field `{key}`")),
            Some(v) => T::from_json(v),
        };
        read.unwrap_or_else(|e| {
            self.fail(e);
            T::default()
        })
    }

    /// An optional member: absent or `null` is `None`.
    pub fn opt<T: FromJson>(&mut self, key: &str) -> Option<T> {
        match self.map.get(key) {
            None | Some(Value::Null) => None,
            Some(v) => T::from_json(v).map_err(|e| self.fail(e)).ok(),
        }
    }

    /// A member with a default when absent (`null` is read, as serde reads it, and is refused
    /// by non-optional types).
    pub fn or<T: FromJson>(&mut self, key: &str, default: fn() -> T) -> T {
        match self.map.get(key).map(T::from_json) {
            Some(Ok(t)) => t,
            Some(Err(e)) => {
                self.fail(e);
                default()
            }
            None => default(),
        }
    }

    /// `value`, or the first member's failure.
    pub fn done<T>(self, value: T) -> Result<T, String> {
        self.error.map_or(Ok(value), Err)
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

#[cfg(test)]
mod tests {
    use super::FromJson;
    use crate::aws::model::{Deployment, Stage};
    use crate::json::parse;

    fn read<T: FromJson>(text: &str) -> Result<T, String> {
        T::from_json(&parse(text).map_err(|e| e.to_string())?)
    }

    #[test]
    fn the_first_member_that_does_not_fit_is_the_error() {
        // Members are read in declaration order; the first failure wins, as serde's `?` did.
        let both_bad = r#"{"deploymentId": 1, "stageName": 2}"#;
        assert_eq!(
            read::<Stage>(both_bad).err().as_deref(),
            Some("invalid type: integer `1`, expected a string")
        );
        assert_eq!(
            read::<Stage>(r#"{"stageName": 2}"#).err().as_deref(),
            Some("missing field `deploymentId`")
        );
        assert_eq!(
            read::<Stage>(r#"{"deploymentId": "d", "stageName": "s", "tracingEnabled": null}"#)
                .err()
                .as_deref(),
            Some("invalid type: null, expected a boolean")
        );
        assert_eq!(
            read::<Deployment>(r#"{"id": "d", "nope": 1}"#).err().as_deref(),
            Some("unknown field `nope`, expected one of `id`, `description`, `createdDate`")
        );
    }

    #[test]
    fn absent_and_null_members_take_their_defaults() {
        let d: Deployment = read(r#"{"id": "d1", "description": null}"#).unwrap_or_else(|e| {
            unreachable!("{e}");
        });
        assert_eq!((d.id.as_str(), d.description), ("d1", None));
        let s: Stage = read(r#"{"deploymentId": "d", "stageName": "s"}"#)
            .unwrap_or_else(|e| unreachable!("{e}"));
        assert_eq!(s.cache_cluster_status, "NOT_AVAILABLE");
        assert!(!s.tracing_enabled);
    }
}
