//! Walking an untrusted JSON object field by field, recording every problem in a [`Report`].
//!
//! Parameter-level messages follow botocore's client-side validation (`Missing required
//! parameter in input: "restApiId"`), because that is what a boto3 or AWS CLI user sees first;
//! the NCP validator uses the same walker with its own wording for the constraints.

use crate::code::Code;
use serde_json::{Map, Value};

use crate::i18n::{JsonType, Msg};
use crate::pointer::Pointer;
use crate::report::{Fix, Report};

/// One JSON object being checked, at a pointer inside the request.
pub struct Obj<'a> {
    /// The object's members.
    pub map: &'a Map<String, Value>,
    /// Where the object is.
    pub at: Pointer,
}

impl<'a> Obj<'a> {
    /// Checks that `value` (at `at`) is an object; reports a type error otherwise.
    pub fn new(value: &'a Value, at: Pointer, what: &str, report: &mut Report) -> Option<Self> {
        match value {
            Value::Object(map) => Some(Obj { map, at }),
            other => {
                let got = JsonType::of(other);
                let message = Msg::NotAnObject { what: what.to_owned(), got };
                report.say(at, Code::ParamType, message, Msg::WriteAnObject);
                None
            }
        }
    }

    /// The pointer to member `key`.
    pub fn path(&self, key: &str) -> Pointer {
        self.at.join(key)
    }

    /// Reports every member not in `allowed`, as botocore refuses them.
    pub fn only(&self, allowed: &[&str], report: &mut Report) {
        for key in self.map.keys() {
            if !allowed.contains(&key.as_str()) {
                let near = closest(key, allowed);
                let hint = match near {
                    Some(near) => Msg::DidYouMean { name: near.to_owned() },
                    None => Msg::RemoveItParametersAre { list: allowed.join(", ") },
                };
                // Renaming onto a member that is already there would overwrite it: no fix then.
                let fix = near.filter(|n| !self.map.contains_key(*n)).map(|n| {
                    let text = Msg::RenameIt { name: n.to_owned() };
                    let fix = Fix::rename(&text, &self.path(key), n);
                    (text, fix)
                });
                let message =
                    Msg::UnknownParameter { key: key.clone(), allowed: allowed.join(", ") };
                report.say_fix(self.path(key), Code::ParamUnknown, message, hint, fix);
            }
        }
    }

    /// The member `key`, treating JSON `null` as absent (as the SDKs do).
    pub fn get(&self, key: &str) -> Option<&'a Value> {
        self.map.get(key).filter(|v| !v.is_null())
    }

    /// Reports a missing required member.
    pub fn require(&self, key: &str, report: &mut Report) -> Option<&'a Value> {
        let v = self.get(key);
        if v.is_none() {
            report.say(
                self.path(key),
                Code::ParamMissing,
                Msg::MissingParameter { key: key.to_owned() },
                Msg::AddParameter { key: key.to_owned() },
            );
        }
        v
    }

    /// The member `key`: a required one that is missing is reported; absent or `null` is `None`.
    pub fn fetch(&self, key: &str, required: bool, report: &mut Report) -> Option<&'a Value> {
        if required { self.require(key, report) } else { self.get(key) }
    }

    /// A string member (required or not); a type error if it is something else.
    pub fn string(&self, key: &str, required: bool, report: &mut Report) -> Option<&'a str> {
        let v = self.fetch(key, required, report)?;
        match v {
            Value::String(s) => Some(s),
            other => {
                wrong_type(report, self.path(key), key, JsonType::String, other);
                None
            }
        }
    }

    /// A boolean member; a type error if it is something else.
    pub fn boolean(&self, key: &str, required: bool, report: &mut Report) -> Option<bool> {
        let v = self.fetch(key, required, report)?;
        match v {
            Value::Bool(b) => Some(*b),
            other => {
                wrong_type(report, self.path(key), key, JsonType::Boolean, other);
                None
            }
        }
    }

    /// A number member (integer or not); a type error if it is something else.
    pub fn number(&self, key: &str, required: bool, report: &mut Report) -> Option<f64> {
        let v = self.fetch(key, required, report)?;
        match v.as_f64() {
            Some(n) if v.is_number() => Some(n),
            _ => {
                wrong_type(report, self.path(key), key, JsonType::Number, v);
                None
            }
        }
    }

    /// An object member.
    pub fn object(&self, key: &str, report: &mut Report) -> Option<Obj<'a>> {
        let v = self.get(key)?;
        Obj::new(v, self.path(key), &format!("\"{key}\""), report)
    }

    /// An array member.
    pub fn array(&self, key: &str, required: bool, report: &mut Report) -> Option<&'a [Value]> {
        let v = self.fetch(key, required, report)?;
        match v {
            Value::Array(items) => Some(items),
            other => {
                wrong_type(report, self.path(key), key, JsonType::Array, other);
                None
            }
        }
    }

    /// A map of strings to strings; each non-string value is a type error.
    pub fn string_map(&self, key: &str, report: &mut Report) -> Option<Vec<(&'a str, &'a str)>> {
        let obj = self.object(key, report)?;
        let mut out = Vec::with_capacity(obj.map.len());
        for (k, v) in obj.map {
            match v {
                Value::String(s) => out.push((k.as_str(), s.as_str())),
                other => wrong_type(report, obj.path(k), k, JsonType::String, other),
            }
        }
        Some(out)
    }
}

/// Reports that `key` has the wrong type (`want` as messages name it: "a string", "an integer",
/// "a number", "a boolean (true or false)", "an array", or the caller's own phrase), with the fix
/// when the value only needs its quotes added or dropped. [`wrong_type`] takes the type itself.
pub fn type_error(report: &mut Report, at: Pointer, key: &str, want: &str, got: &Value) {
    let typed = match want {
        "a string" => JsonType::String,
        "an integer" => JsonType::Integer,
        "a number" => JsonType::Number,
        "a boolean (true or false)" => JsonType::Boolean,
        "an array" => JsonType::Array,
        "a JSON object" => JsonType::Object,
        // A caller's own phrase ("an array of per-minute values"): no retyping, the phrase as is.
        _ => {
            let (key, want) = (key.to_owned(), want.to_owned());
            let got = JsonType::of(got);
            let message = Msg::InvalidTypePhrase { key: key.clone(), want: want.clone(), got };
            report.say(at, Code::ParamType, message, Msg::GiveAsPhrase { key, want });
            return;
        }
    };
    wrong_type(report, at, key, typed, got);
}

/// Reports that `key` is not of the JSON type `want`, with the fix when the value only needs its
/// quotes added or dropped.
pub fn wrong_type(report: &mut Report, at: Pointer, key: &str, want: JsonType, got: &Value) {
    let retyped = retype(want, got);
    let hint = match (&retyped, got) {
        (Some(v), Value::String(_)) => Msg::DropTheQuotes { value: v.to_string() },
        (Some(v), _) => Msg::QuoteIt { value: v.to_string() },
        (None, _) => Msg::GiveAs { key: key.to_owned(), want },
    };
    let fix = retyped.map(|v| {
        let text = Msg::WriteValue { value: v.to_string() };
        let fix = Fix::replace(&text, &at, v);
        (text, fix)
    });
    let message = Msg::InvalidType { key: key.to_owned(), want, got: JsonType::of(got) };
    report.say_fix(at, Code::ParamType, message, hint, fix);
}

/// `got` as the type `want`, when that is only a matter of quotes: a number or boolean quoted for
/// a string, `"true"`/`"false"` unquoted for a boolean, a numeric string unquoted for a number (an
/// integer only when it has no fraction).
fn retype(want: JsonType, got: &Value) -> Option<Value> {
    match (want, got) {
        (JsonType::String, Value::Number(_) | Value::Bool(_)) => {
            Some(Value::String(got.to_string()))
        }
        (JsonType::Boolean, Value::String(s)) => match s.as_str() {
            "true" => Some(Value::Bool(true)),
            "false" => Some(Value::Bool(false)),
            _ => None,
        },
        (JsonType::Integer, Value::String(s)) => s.trim().parse::<i64>().ok().map(Value::from),
        (JsonType::Number, Value::String(s)) => {
            let n = crate::doc::number(s)?;
            Some(s.trim().parse::<i64>().map_or_else(|_| Value::from(n), Value::from))
        }
        _ => None,
    }
}

/// The allowed name closest to `key` (case-insensitive equality or edit distance 1-2).
pub fn closest<'n>(key: &str, allowed: &[&'n str]) -> Option<&'n str> {
    let lower = key.to_ascii_lowercase();
    allowed
        .iter()
        .map(|a| (strsim::levenshtein(&lower, &a.to_ascii_lowercase()), *a))
        .filter(|(d, _)| *d <= 2)
        .min_by_key(|(d, _)| *d)
        .map(|(_, a)| a)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_close_names() {
        assert_eq!(closest("stagename", &["stageName", "restApiId"]), Some("stageName"));
        assert_eq!(closest("percentTrafic", &["percentTraffic"]), Some("percentTraffic"));
        assert_eq!(closest("zzz", &["stageName"]), None);
    }
}
