//! The JSON value every part of canarylab reads and writes.
//!
//! Hand-written instead of `serde_json::Value` + serde derives, for the npm package's budgets
//! (issue 7): serde's visitors are monomorphized per type and per deserializer, and an
//! `IndexMap` hashes every key; together they were about half of the package's wasm and most of
//! the time a 160-byte validation took. Objects here are a `Vec` of members in document order
//! (JSON objects in this domain hold a handful of keys, so a linear scan beats hashing), numbers
//! keep serde_json's integer/float distinction (`50` and `50.0` print differently, as AWS's
//! doubles need), and the API mirrors the subset of serde_json's the code used.

use crate::sorted::SortedMap;

/// A JSON value.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Value {
    /// `null`.
    #[default]
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number.
    Number(Number),
    /// A string.
    String(String),
    /// An array.
    Array(Vec<Value>),
    /// An object, members in document order.
    Object(Map),
}

/// A JSON number: an integer when the text had no fraction or exponent and fits 64 bits,
/// otherwise a finite double.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Number(pub(crate) N);

#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum N {
    /// Non-negative integer.
    U(u64),
    /// Negative integer.
    I(i64),
    /// Finite double.
    F(f64),
}

impl Number {
    /// A finite double as a number; `None` for NaN and infinities (JSON has neither).
    pub fn from_f64(f: f64) -> Option<Number> {
        f.is_finite().then_some(Number(N::F(f)))
    }
    /// True when written with a fraction or exponent (or too large for 64 bits).
    pub fn is_f64(&self) -> bool {
        matches!(self.0, N::F(_))
    }
    /// True for an integer that fits `i64`.
    pub fn is_i64(&self) -> bool {
        match self.0 {
            N::U(u) => i64::try_from(u).is_ok(),
            N::I(_) => true,
            N::F(_) => false,
        }
    }
    /// True for a non-negative integer.
    pub fn is_u64(&self) -> bool {
        matches!(self.0, N::U(_))
    }
    /// The value as a double (integers convert).
    pub fn as_f64(&self) -> Option<f64> {
        Some(match self.0 {
            N::U(u) => u as f64,
            N::I(i) => i as f64,
            N::F(f) => f,
        })
    }
    /// An integer that fits `i64`.
    pub fn as_i64(&self) -> Option<i64> {
        match self.0 {
            N::U(u) => i64::try_from(u).ok(),
            N::I(i) => Some(i),
            N::F(_) => None,
        }
    }
    /// A non-negative integer.
    pub fn as_u64(&self) -> Option<u64> {
        match self.0 {
            N::U(u) => Some(u),
            _ => None,
        }
    }
}

impl std::fmt::Display for Number {
    /// As JSON writes it.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut s = String::new();
        super::write::number(&mut s, self);
        f.write_str(&s)
    }
}

impl From<u64> for Number {
    fn from(u: u64) -> Self {
        Number(N::U(u))
    }
}

impl From<i64> for Number {
    fn from(i: i64) -> Self {
        match u64::try_from(i) {
            Ok(u) => Number(N::U(u)),
            Err(_) => Number(N::I(i)),
        }
    }
}

/// A JSON object: members in insertion order, keys unique.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Map {
    members: Vec<(String, Value)>,
}

impl Map {
    /// An empty object.
    pub fn new() -> Self {
        Map { members: Vec::new() }
    }
    /// An empty object with room for `n` members.
    pub fn with_capacity(n: usize) -> Self {
        Map { members: Vec::with_capacity(n) }
    }
    fn index(&self, key: &str) -> Option<usize> {
        self.members.iter().position(|(k, _)| k == key)
    }
    /// The member `key`.
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.members.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }
    /// The member `key`, mutably.
    pub fn get_mut(&mut self, key: &str) -> Option<&mut Value> {
        self.members.iter_mut().find(|(k, _)| k == key).map(|(_, v)| v)
    }
    /// True when `key` is a member.
    pub fn contains_key(&self, key: &str) -> bool {
        self.index(key).is_some()
    }
    /// Sets `key` (in place when present, appended otherwise); the old value, if any.
    pub fn insert(&mut self, key: impl Into<String>, value: Value) -> Option<Value> {
        let key = key.into();
        match self.index(&key).and_then(|i| self.members.get_mut(i)) {
            Some((_, slot)) => Some(std::mem::replace(slot, value)),
            None => {
                self.members.push((key, value));
                None
            }
        }
    }
    /// An object from members whose keys the caller knows are unique (the parser checks).
    pub(crate) fn from_unique(members: Vec<(String, Value)>) -> Self {
        Map { members }
    }
    /// Sets `key` to `v` when `v` is set (optional fields the services omit when unset).
    pub fn insert_some<T: ToJson>(&mut self, key: &str, v: Option<&T>) {
        if let Some(v) = v {
            self.insert(key, v.to_json());
        }
    }
    /// The member `key`, inserted as `null` first when absent.
    #[allow(clippy::indexing_slicing)] // `i` was just found or pushed
    pub(crate) fn slot(&mut self, key: &str) -> &mut Value {
        let i = match self.index(key) {
            Some(i) => i,
            None => {
                self.members.push((key.to_owned(), Value::Null));
                self.members.len() - 1
            }
        };
        &mut self.members[i].1
    }
    /// Removes `key`, keeping the others in order.
    pub fn remove(&mut self, key: &str) -> Option<Value> {
        let i = self.index(key)?;
        Some(self.members.remove(i).1)
    }
    /// Number of members.
    pub fn len(&self) -> usize {
        self.members.len()
    }
    /// True when there are no members.
    pub fn is_empty(&self) -> bool {
        self.members.is_empty()
    }
    /// The members in order.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &Value)> {
        self.members.iter().map(|(k, v)| (k, v))
    }
    /// The keys in order.
    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.members.iter().map(|(k, _)| k)
    }
    /// The values in order.
    pub fn values(&self) -> impl Iterator<Item = &Value> {
        self.members.iter().map(|(_, v)| v)
    }
}

impl<'a> IntoIterator for &'a Map {
    type Item = (&'a String, &'a Value);
    type IntoIter = std::iter::Map<
        std::slice::Iter<'a, (String, Value)>,
        fn(&'a (String, Value)) -> (&'a String, &'a Value),
    >;
    fn into_iter(self) -> Self::IntoIter {
        self.members.iter().map(|(k, v)| (k, v))
    }
}

impl FromIterator<(String, Value)> for Map {
    /// Collects members; a repeated key keeps its first position and its last value.
    fn from_iter<I: IntoIterator<Item = (String, Value)>>(iter: I) -> Self {
        let mut m = Map::new();
        for (k, v) in iter {
            m.insert(k, v);
        }
        m
    }
}

static NULL: Value = Value::Null;

impl Value {
    /// True for `null`.
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }
    /// True for a number.
    pub fn is_number(&self) -> bool {
        matches!(self, Value::Number(_))
    }
    /// True for a number written with a fraction or exponent.
    pub fn is_f64(&self) -> bool {
        matches!(self, Value::Number(n) if n.is_f64())
    }
    /// True for a string.
    pub fn is_string(&self) -> bool {
        matches!(self, Value::String(_))
    }
    /// True for an array.
    pub fn is_array(&self) -> bool {
        matches!(self, Value::Array(_))
    }
    /// True for an object.
    pub fn is_object(&self) -> bool {
        matches!(self, Value::Object(_))
    }
    /// The string, if this is one.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }
    /// The boolean, if this is one.
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }
    /// The number as a double, if this is a number.
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Number(n) => n.as_f64(),
            _ => None,
        }
    }
    /// The number as an `i64`, if this is an integer that fits.
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Value::Number(n) => n.as_i64(),
            _ => None,
        }
    }
    /// The number as a `u64`, if this is a non-negative integer.
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Value::Number(n) => n.as_u64(),
            _ => None,
        }
    }
    /// The items, if this is an array.
    pub fn as_array(&self) -> Option<&Vec<Value>> {
        match self {
            Value::Array(a) => Some(a),
            _ => None,
        }
    }
    /// The items, mutably, if this is an array.
    pub fn as_array_mut(&mut self) -> Option<&mut Vec<Value>> {
        match self {
            Value::Array(a) => Some(a),
            _ => None,
        }
    }
    /// The members, if this is an object.
    pub fn as_object(&self) -> Option<&Map> {
        match self {
            Value::Object(m) => Some(m),
            _ => None,
        }
    }
    /// The members, mutably, if this is an object.
    pub fn as_object_mut(&mut self) -> Option<&mut Map> {
        match self {
            Value::Object(m) => Some(m),
            _ => None,
        }
    }
    /// Member `key` of an object.
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.as_object()?.get(key)
    }
    /// Member `key` of an object, mutably.
    pub fn get_mut(&mut self, key: &str) -> Option<&mut Value> {
        self.as_object_mut()?.get_mut(key)
    }
    /// The value a JSON Pointer (RFC 6901) names: `""` is the whole value, `/a/0` a member of an
    /// item.
    pub fn pointer(&self, pointer: &str) -> Option<&Value> {
        if pointer.is_empty() {
            return Some(self);
        }
        let rest = pointer.strip_prefix('/')?;
        rest.split('/').try_fold(self, |v, token| {
            let token = crate::pointer::unescape(token);
            match v {
                Value::Object(m) => m.get(&token),
                Value::Array(a) => token.parse::<usize>().ok().and_then(|i| a.get(i)),
                _ => None,
            }
        })
    }
    /// Takes the value out, leaving `null`.
    pub fn take(&mut self) -> Value {
        std::mem::take(self)
    }
}

impl std::ops::Index<&str> for Value {
    type Output = Value;
    /// Member `key`, or `null` when absent or not an object (as serde_json indexes).
    fn index(&self, key: &str) -> &Value {
        self.get(key).unwrap_or(&NULL)
    }
}

impl std::ops::IndexMut<&str> for Value {
    /// Member `key`, inserted as `null` when absent; a value that is not an object becomes an
    /// empty object first (serde_json would panic; canarylab never does).
    fn index_mut(&mut self, key: &str) -> &mut Value {
        if !self.is_object() {
            *self = Value::Object(Map::new());
        }
        match self {
            Value::Object(m) => m.slot(key),
            other => other,
        }
    }
}

impl std::ops::Index<usize> for Value {
    type Output = Value;
    /// Item `i`, or `null` when absent or not an array.
    fn index(&self, i: usize) -> &Value {
        self.as_array().and_then(|a| a.get(i)).unwrap_or(&NULL)
    }
}

impl std::fmt::Display for Value {
    /// Compact JSON text.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&super::write::compact(self))
    }
}

/// Conversion into a JSON value: what `json!` calls on each expression.
pub trait ToJson {
    /// This value as JSON.
    fn to_json(&self) -> Value;
}

impl ToJson for Value {
    fn to_json(&self) -> Value {
        self.clone()
    }
}
impl ToJson for bool {
    fn to_json(&self) -> Value {
        Value::Bool(*self)
    }
}
impl ToJson for str {
    fn to_json(&self) -> Value {
        Value::String(self.to_owned())
    }
}
impl ToJson for String {
    fn to_json(&self) -> Value {
        Value::String(self.clone())
    }
}
impl ToJson for f64 {
    /// NaN and infinities become `null`, as serde_json writes them.
    fn to_json(&self) -> Value {
        Number::from_f64(*self).map_or(Value::Null, Value::Number)
    }
}
macro_rules! unsigned {
    ($($t:ty),*) => {$(
        impl ToJson for $t {
            fn to_json(&self) -> Value {
                Value::Number(Number(N::U(u64::from(*self))))
            }
        }
    )*};
}
unsigned!(u8, u16, u32, u64);
impl ToJson for usize {
    fn to_json(&self) -> Value {
        Value::Number(Number(N::U(*self as u64)))
    }
}
macro_rules! signed {
    ($($t:ty),*) => {$(
        impl ToJson for $t {
            fn to_json(&self) -> Value {
                Value::Number(Number::from(i64::from(*self)))
            }
        }
    )*};
}
signed!(i32, i64);
impl<T: ToJson + ?Sized> ToJson for &T {
    fn to_json(&self) -> Value {
        (**self).to_json()
    }
}
impl<T: ToJson + ?Sized> ToJson for &mut T {
    fn to_json(&self) -> Value {
        (**self).to_json()
    }
}
impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::String(s.to_owned())
    }
}
impl From<String> for Value {
    fn from(s: String) -> Self {
        Value::String(s)
    }
}
impl FromIterator<Value> for Value {
    fn from_iter<I: IntoIterator<Item = Value>>(iter: I) -> Self {
        Value::Array(iter.into_iter().collect())
    }
}
impl PartialEq<str> for Value {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == Some(other)
    }
}
impl PartialEq<&str> for Value {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == Some(*other)
    }
}
impl PartialEq<i32> for Value {
    fn eq(&self, other: &i32) -> bool {
        self.as_i64() == Some(i64::from(*other))
    }
}
impl PartialEq<u64> for Value {
    fn eq(&self, other: &u64) -> bool {
        self.as_u64() == Some(*other)
    }
}
impl PartialEq<f64> for Value {
    fn eq(&self, other: &f64) -> bool {
        self.as_f64() == Some(*other)
    }
}
impl PartialEq<bool> for Value {
    fn eq(&self, other: &bool) -> bool {
        self.as_bool() == Some(*other)
    }
}
impl<T: ToJson> ToJson for Option<T> {
    fn to_json(&self) -> Value {
        self.as_ref().map_or(Value::Null, ToJson::to_json)
    }
}
impl<T: ToJson> ToJson for [T] {
    fn to_json(&self) -> Value {
        Value::Array(self.iter().map(ToJson::to_json).collect())
    }
}
impl<T: ToJson> ToJson for Vec<T> {
    fn to_json(&self) -> Value {
        self.as_slice().to_json()
    }
}
impl<T: ToJson, const K: usize> ToJson for [T; K] {
    fn to_json(&self) -> Value {
        self.as_slice().to_json()
    }
}
impl<T: ToJson> ToJson for SortedMap<T> {
    fn to_json(&self) -> Value {
        Value::Object(self.iter().map(|(k, v)| (k.clone(), v.to_json())).collect())
    }
}
impl ToJson for Map {
    fn to_json(&self) -> Value {
        Value::Object(self.clone())
    }
}

/// Builds a [`Value`] from JSON-like syntax: `json!({"a": 1, "b": [x, null], "c": expr})`. Keys
/// are string literals; any other value is an expression converted by [`ToJson`].
#[macro_export]
macro_rules! json {
    (null) => { $crate::json::Value::Null };
    ([]) => { $crate::json::Value::Array(::std::vec::Vec::new()) };
    ([ $($tt:tt)+ ]) => {
        $crate::json::Value::Array($crate::json_items!(@[] $($tt)+))
    };
    ({}) => { $crate::json::Value::Object($crate::json::Map::new()) };
    ({ $($tt:tt)+ }) => {{
        let mut map = $crate::json::Map::new();
        $crate::json_members!(map; $($tt)+);
        $crate::json::Value::Object(map)
    }};
    ($e:expr) => { $crate::json::ToJson::to_json(&$e) };
}

/// `json!`'s array items (internal).
#[doc(hidden)]
#[macro_export]
macro_rules! json_items {
    (@[$($out:expr,)*]) => { ::std::vec![$($out,)*] };
    (@[$($out:expr,)*] null $(, $($rest:tt)*)?) => {
        $crate::json_items!(@[$($out,)* $crate::json::Value::Null,] $($($rest)*)?)
    };
    (@[$($out:expr,)*] [ $($inner:tt)* ] $(, $($rest:tt)*)?) => {
        $crate::json_items!(@[$($out,)* $crate::json!([ $($inner)* ]),] $($($rest)*)?)
    };
    (@[$($out:expr,)*] { $($inner:tt)* } $(, $($rest:tt)*)?) => {
        $crate::json_items!(@[$($out,)* $crate::json!({ $($inner)* }),] $($($rest)*)?)
    };
    (@[$($out:expr,)*] $e:expr $(, $($rest:tt)*)?) => {
        $crate::json_items!(@[$($out,)* $crate::json::ToJson::to_json(&$e),] $($($rest)*)?)
    };
}

/// `json!`'s object members (internal).
#[doc(hidden)]
#[macro_export]
macro_rules! json_members {
    ($m:ident;) => {};
    ($m:ident; $k:literal : null $(, $($rest:tt)*)?) => {
        $m.insert($k, $crate::json::Value::Null); $crate::json_members!($m; $($($rest)*)?);
    };
    ($m:ident; $k:literal : [ $($inner:tt)* ] $(, $($rest:tt)*)?) => {
        $m.insert($k, $crate::json!([ $($inner)* ])); $crate::json_members!($m; $($($rest)*)?);
    };
    ($m:ident; $k:literal : { $($inner:tt)* } $(, $($rest:tt)*)?) => {
        $m.insert($k, $crate::json!({ $($inner)* })); $crate::json_members!($m; $($($rest)*)?);
    };
    ($m:ident; $k:literal : $e:expr $(, $($rest:tt)*)?) => {
        $m.insert($k, $crate::json::ToJson::to_json(&$e)); $crate::json_members!($m; $($($rest)*)?);
    };
}
