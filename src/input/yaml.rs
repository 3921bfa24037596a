//! YAML text (a CloudFormation or SAM template) into a [`Value`], with where each node sits.
//!
//! saphyr-parser reads the text into events, each with its line, column and tag; this module
//! builds the value from them without recursion (an explicit stack), so nesting costs no stack.
//! CloudFormation's short forms become their long forms (`!Ref X` is `{"Ref": "X"}`, `!GetAtt
//! A.B` is `{"Fn::GetAtt": ["A", "B"]}`, `!Sub ...` is `{"Fn::Sub": ...}`), so the template reads
//! the same whether it was written in JSON or YAML. Aliases are expanded here, against a budget:
//! a document whose aliases would add more than [`MAX_ALIAS_NODES`] nodes (an alias bomb) is
//! refused with a message that names the limit, before the nodes are built. Nesting deeper than
//! [`MAX_DEPTH`] is refused too, as serde_json refuses it in JSON.
//!
//! Plain scalars are typed by YAML 1.2's core schema (`10` is a number, `true` a boolean, `~` and
//! `null` null); quoted and block scalars are strings; `!!str`, `!!int`, `!!float`, `!!bool` and
//! `!!null` say which.

use std::collections::HashMap;

use saphyr_parser::{Event, Parser, ScalarStyle, Span, Tag};
use serde_json::{Map, Number, Value};

use super::Position;
use crate::i18n::Msg;
use crate::pointer::Pointer;

/// The most nodes that aliases may add to a document.
pub const MAX_ALIAS_NODES: usize = 100_000;
/// The deepest nesting read (serde_json's limit for JSON text).
pub const MAX_DEPTH: usize = 128;

/// Why a text is not read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct YamlError {
    /// What is wrong, in English.
    pub message: String,
    /// The catalogue entry `message` was written from.
    pub said: Box<Msg>,
    /// Where.
    pub at: Position,
    /// Whether a limit refused it (rather than the YAML syntax).
    pub limit: bool,
}

/// A YAML document read: the value, and the position of each node by JSON Pointer (an object
/// member at its key; an item at its first character). Nodes inside an expanded alias have no
/// position of their own: they fall back to the alias.
#[derive(Clone, Debug, Default)]
pub struct Document {
    /// The value, as JSON would hold it.
    pub value: Value,
    /// Where each node starts.
    pub positions: HashMap<String, Position>,
}

/// A collection being built.
enum Frame {
    Seq {
        items: Vec<Value>,
        anchor: usize,
        tag: Option<Tag>,
        nodes: usize,
    },
    Map {
        members: Map<String, Value>,
        key: Option<String>,
        anchor: usize,
        tag: Option<Tag>,
        nodes: usize,
    },
}

/// Reads the first document of `text`.
pub fn parse(text: &str) -> Result<Document, YamlError> {
    let mut b = Builder::default();
    let mut parser = Parser::new_from_str(text);
    while let Some(next) = parser.next_event() {
        let (event, span) = next.map_err(|e| {
            let at = Position { line: e.marker().line(), column: e.marker().col() + 1 };
            error(Msg::MalformedYaml { error: e.info().to_owned() }, at, false)
        })?;
        match event {
            Event::DocumentStart(_) if b.documents > 0 => break,
            Event::DocumentStart(_) => b.documents += 1,
            Event::StreamEnd => break,
            _ => b.event(event, span)?,
        }
    }
    Ok(Document { value: b.root.unwrap_or(Value::Null), positions: b.positions })
}

#[derive(Default)]
struct Builder {
    stack: Vec<(Frame, Pointer)>,
    root: Option<Value>,
    /// Each anchored node and how many nodes it holds.
    anchors: HashMap<usize, (Value, usize)>,
    added_by_aliases: usize,
    positions: HashMap<String, Position>,
    documents: usize,
}

fn position(span: &Span) -> Position {
    Position { line: span.start.line(), column: span.start.col() + 1 }
}

impl Builder {
    /// Where the next node goes: its pointer, or `None` when it is a mapping key.
    fn slot(&self) -> Option<Pointer> {
        match self.stack.last() {
            None => Some(Pointer::root()),
            Some((Frame::Seq { items, .. }, at)) => Some(at.join(items.len())),
            Some((Frame::Map { key: Some(k), .. }, at)) => Some(at.join(k.as_str())),
            Some((Frame::Map { key: None, .. }, _)) => None,
        }
    }

    fn event(&mut self, event: Event<'_>, span: Span) -> Result<(), YamlError> {
        let at = position(&span);
        match event {
            Event::Scalar(text, style, anchor, tag) => {
                let tag = tag.map(|t| t.into_owned());
                if self.slot().is_none() {
                    // A mapping key: the text itself, as CloudFormation reads keys.
                    if let Some((Frame::Map { key, .. }, parent)) = self.stack.last_mut() {
                        let k = text.into_owned();
                        self.positions
                            .entry(parent.join(k.as_str()).as_str().to_owned())
                            .or_insert(at);
                        *key = Some(k);
                    }
                    return Ok(());
                }
                let value = scalar(&text, style, tag.as_ref(), at)?;
                if let (Some(long), Some(ptr)) = (long_form(tag.as_ref()), self.slot()) {
                    self.record(&ptr.join(long), at);
                }
                self.place(value, 1, anchor, at, true)
            }
            Event::SequenceStart(anchor, tag) => {
                let tag = tag.map(|t| t.into_owned());
                let at_ptr = self.collection_slot(at, tag.as_ref())?;
                self.stack.push((Frame::Seq { items: Vec::new(), anchor, tag, nodes: 1 }, at_ptr));
                Ok(())
            }
            Event::MappingStart(anchor, tag) => {
                let tag = tag.map(|t| t.into_owned());
                let at_ptr = self.collection_slot(at, tag.as_ref())?;
                let frame = Frame::Map { members: Map::new(), key: None, anchor, tag, nodes: 1 };
                self.stack.push((frame, at_ptr));
                Ok(())
            }
            Event::SequenceEnd | Event::MappingEnd => {
                let Some((frame, _)) = self.stack.pop() else { return Ok(()) };
                let (value, anchor, tag, nodes) = match frame {
                    Frame::Seq { items, anchor, tag, nodes } => {
                        (Value::Array(items), anchor, tag, nodes)
                    }
                    Frame::Map { members, anchor, tag, nodes, .. } => {
                        (Value::Object(members), anchor, tag, nodes)
                    }
                };
                let value = tagged(value, tag.as_ref(), at)?;
                self.place(value, nodes, anchor, at, false)
            }
            Event::Alias(id) => {
                let Some((value, nodes)) = self.anchors.get(&id) else {
                    return Err(error(Msg::YamlUnknownAnchor, at, false));
                };
                self.added_by_aliases = self.added_by_aliases.saturating_add(*nodes);
                if self.added_by_aliases > MAX_ALIAS_NODES {
                    return Err(error(Msg::YamlAliasLimit { max: MAX_ALIAS_NODES }, at, true));
                }
                let (value, nodes) = (value.clone(), *nodes);
                if self.slot().is_none() {
                    // An alias as a mapping key: its text, when it is a scalar.
                    let Value::String(k) = value else {
                        return Err(error(Msg::YamlKeyNotScalar, at, false));
                    };
                    if let Some((Frame::Map { key, .. }, parent)) = self.stack.last_mut() {
                        self.positions
                            .entry(parent.join(k.as_str()).as_str().to_owned())
                            .or_insert(at);
                        *key = Some(k);
                    }
                    return Ok(());
                }
                self.place(value, nodes, 0, at, true)
            }
            _ => Ok(()),
        }
    }

    /// Where the members of a collection about to start go (under its long form's key when it
    /// is a short form: `!If [...]` holds its items at `.../Fn::If/0`), refusing a collection as
    /// a key and nesting past [`MAX_DEPTH`].
    fn collection_slot(&mut self, at: Position, tag: Option<&Tag>) -> Result<Pointer, YamlError> {
        let Some(ptr) = self.slot() else {
            return Err(error(Msg::YamlKeyNotScalar, at, false));
        };
        if self.stack.len() >= MAX_DEPTH {
            return Err(error(Msg::YamlDepthLimit { max: MAX_DEPTH }, at, true));
        }
        self.record(&ptr, at);
        Ok(match long_form(tag) {
            Some(long) => {
                let inner = ptr.join(long);
                self.record(&inner, at);
                inner
            }
            None => ptr,
        })
    }

    fn record(&mut self, ptr: &Pointer, at: Position) {
        // A member is located at its key (recorded with the key); an item at itself.
        self.positions.entry(ptr.as_str().to_owned()).or_insert(at);
    }

    /// Puts a finished node in its parent (or makes it the root).
    fn place(
        &mut self,
        value: Value,
        nodes: usize,
        anchor: usize,
        at: Position,
        leaf: bool,
    ) -> Result<(), YamlError> {
        if leaf {
            if let Some(ptr) = self.slot() {
                self.record(&ptr, at);
            }
        }
        if anchor > 0 {
            self.anchors.insert(anchor, (value.clone(), nodes));
        }
        match self.stack.last_mut() {
            None => {
                if self.root.is_none() {
                    self.root = Some(value);
                }
            }
            Some((Frame::Seq { items, nodes: n, .. }, _)) => {
                items.push(value);
                *n = n.saturating_add(nodes);
            }
            Some((Frame::Map { members, key, nodes: n, .. }, _)) => {
                if let Some(k) = key.take() {
                    members.insert(k, value);
                }
                *n = n.saturating_add(nodes);
            }
        }
        Ok(())
    }
}

/// The error `said` at `at`; `limit`: a limit refused the text, not its syntax.
fn error(said: Msg, at: Position, limit: bool) -> YamlError {
    YamlError { message: said.to_string(), said: Box::new(said), at, limit }
}

/// CloudFormation's short-form tags and the long-form key each stands for.
const SHORT_FORMS: &[(&str, &str)] = &[
    ("Ref", "Ref"),
    ("Condition", "Condition"),
    ("GetAtt", "Fn::GetAtt"),
    ("Sub", "Fn::Sub"),
    ("Join", "Fn::Join"),
    ("Select", "Fn::Select"),
    ("Split", "Fn::Split"),
    ("FindInMap", "Fn::FindInMap"),
    ("If", "Fn::If"),
    ("Not", "Fn::Not"),
    ("Equals", "Fn::Equals"),
    ("And", "Fn::And"),
    ("Or", "Fn::Or"),
    ("Base64", "Fn::Base64"),
    ("Cidr", "Fn::Cidr"),
    ("ImportValue", "Fn::ImportValue"),
    ("GetAZs", "Fn::GetAZs"),
    ("Transform", "Fn::Transform"),
    ("ToJsonString", "Fn::ToJsonString"),
    ("Length", "Fn::Length"),
    ("ForEach", "Fn::ForEach"),
];

/// The long form a short-form tag stands for.
fn long_form(tag: Option<&Tag>) -> Option<&'static str> {
    let tag = tag.filter(|t| t.handle == "!")?;
    SHORT_FORMS.iter().find(|(short, _)| *short == tag.suffix).map(|(_, long)| *long)
}

/// A value with its tag applied: a short form becomes its long form.
fn tagged(value: Value, tag: Option<&Tag>, at: Position) -> Result<Value, YamlError> {
    let Some(tag) = tag else { return Ok(value) };
    if tag.handle == "!" {
        let Some((_, long)) = SHORT_FORMS.iter().find(|(short, _)| *short == tag.suffix) else {
            let known: Vec<String> = SHORT_FORMS.iter().map(|(s, _)| format!("!{s}")).collect();
            let said = Msg::YamlUnknownTag { tag: tag.suffix.clone(), known: known.join(", ") };
            return Err(error(said, at, false));
        };
        let value = match (*long, value) {
            // `!GetAtt Resource.Attribute` is the list form split at the first dot.
            ("Fn::GetAtt", Value::String(s)) => match s.split_once('.') {
                Some((r, a)) => Value::Array(vec![r.into(), a.into()]),
                None => Value::String(s),
            },
            (_, v) => v,
        };
        let mut m = Map::new();
        m.insert((*long).to_owned(), value);
        return Ok(Value::Object(m));
    }
    // The core schema's tags on collections (`!!map`, `!!seq`) change nothing; others on a
    // collection are refused by CloudFormation, and here taken as they stand.
    Ok(value)
}

/// A scalar's value: typed by the core schema when plain, a string when quoted or a block;
/// then its tag applied.
fn scalar(
    text: &str,
    style: ScalarStyle,
    tag: Option<&Tag>,
    at: Position,
) -> Result<Value, YamlError> {
    match tag {
        Some(t) if t.handle == "tag:yaml.org,2002:" || t.handle == "!!" => {
            let v = match t.suffix.as_str() {
                "str" => Some(Value::String(text.to_owned())),
                "int" | "float" => number(text).map(Value::Number),
                "bool" => boolean(text).map(Value::Bool),
                "null" => Some(Value::Null),
                _ => Some(Value::String(text.to_owned())),
            };
            let said = || Msg::YamlNotOfTag { text: text.to_owned(), tag: t.suffix.clone() };
            v.ok_or_else(|| error(said(), at, false))
        }
        Some(t) => tagged(Value::String(text.to_owned()), Some(t), at),
        None if style == ScalarStyle::Plain => Ok(plain(text)),
        None => Ok(Value::String(text.to_owned())),
    }
}

/// A plain scalar by YAML 1.2's core schema.
fn plain(text: &str) -> Value {
    if matches!(text, "" | "~" | "null" | "Null" | "NULL") {
        return Value::Null;
    }
    if let Some(b) = boolean(text) {
        return Value::Bool(b);
    }
    number(text).map_or_else(|| Value::String(text.to_owned()), Value::Number)
}

fn boolean(text: &str) -> Option<bool> {
    match text {
        "true" | "True" | "TRUE" => Some(true),
        "false" | "False" | "FALSE" => Some(false),
        _ => None,
    }
}

/// A core-schema number: decimal, `0o` octal or `0x` hexadecimal integers, and decimal floats
/// (infinities and NaN have no JSON form and stay strings).
fn number(text: &str) -> Option<Number> {
    let digits = text.strip_prefix(['-', '+']).unwrap_or(text);
    if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        let t = text.strip_prefix('+').unwrap_or(text);
        return t
            .parse::<i64>()
            .map(Number::from)
            .ok()
            .or_else(|| t.parse::<u64>().map(Number::from).ok())
            .or_else(|| t.parse::<f64>().ok().and_then(Number::from_f64));
    }
    if let Some(oct) = text.strip_prefix("0o") {
        return i64::from_str_radix(oct, 8).ok().map(Number::from);
    }
    if let Some(hex) = text.strip_prefix("0x") {
        return i64::from_str_radix(hex, 16).ok().map(Number::from);
    }
    let float =
        digits.bytes().all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'+' | b'-'))
            && digits.bytes().next().is_some_and(|b| b.is_ascii_digit() || b == b'.')
            && digits.bytes().any(|b| b.is_ascii_digit());
    if !float {
        return None;
    }
    text.parse::<f64>().ok().filter(|f| f.is_finite()).and_then(Number::from_f64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn pos(d: &Document, p: &str) -> (usize, usize) {
        let at = d.positions.get(p).copied().unwrap_or_default();
        (at.line, at.column)
    }

    #[test]
    fn short_forms_become_long_forms() {
        let d = parse(
            "A: !Ref B\nC: !GetAtt D.E.F\nG: !Sub 'x-${H}'\nI: !Join [',', [a, !Ref J]]\nK: !If\n  - Cond\n  - 1\n  - !Ref AWS::NoValue\n",
        )
        .unwrap();
        assert_eq!(
            d.value,
            json!({
                "A": {"Ref": "B"},
                "C": {"Fn::GetAtt": ["D", "E.F"]},
                "G": {"Fn::Sub": "x-${H}"},
                "I": {"Fn::Join": [",", ["a", {"Ref": "J"}]]},
                "K": {"Fn::If": ["Cond", 1, {"Ref": "AWS::NoValue"}]}
            })
        );
        assert_eq!(pos(&d, "/A"), (1, 1));
        assert_eq!(pos(&d, "/I/Fn::Join/1/1"), (4, 20));
        assert_eq!(pos(&d, "/I/Fn::Join/1/1/Ref"), (4, 20));
        assert_eq!(pos(&d, "/K/Fn::If/2"), (8, 5));
    }

    #[test]
    fn scalars_follow_the_core_schema() {
        let d = parse("a: 10\nb: '10'\nc: 10.5\nd: true\ne: ~\nf: yes\ng: 0x1F\nh: !!str 5\ni: .inf\nj: |\n  text\n").unwrap();
        assert_eq!(
            d.value,
            json!({"a": 10, "b": "10", "c": 10.5, "d": true, "e": null, "f": "yes", "g": 31, "h": "5", "i": ".inf", "j": "text\n"})
        );
    }

    #[test]
    fn anchors_and_aliases_expand() {
        let d = parse("base: &b {x: 1, y: [2]}\ncopy: *b\n").unwrap();
        assert_eq!(d.value, json!({"base": {"x": 1, "y": [2]}, "copy": {"x": 1, "y": [2]}}));
        assert_eq!(pos(&d, "/copy"), (2, 1));
    }

    #[test]
    fn an_alias_bomb_is_refused_by_the_limit() {
        let mut text = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        let mut prev = 'a';
        for name in ['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'] {
            text.push_str(&format!("{name}: &{name} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"));
            prev = name;
        }
        let e = parse(&text).unwrap_err();
        assert!(e.limit);
        assert!(e.message.contains("100000 nodes"), "{}", e.message);
    }

    #[test]
    fn deep_nesting_is_refused() {
        let e = parse(&"[".repeat(200)).unwrap_err();
        assert!(e.message.contains("recursion limit") || e.limit, "{}", e.message);
        let block: String = (0..300).map(|i| format!("{}k:\n", " ".repeat(i))).collect();
        let e = parse(&block).unwrap_err();
        assert!(e.limit && e.message.contains("128 levels"), "{}", e.message);
    }

    #[test]
    fn errors_carry_positions() {
        let e = parse("a: [1, 2\nb: 3\n").unwrap_err();
        assert!(!e.limit);
        assert!(e.at.line >= 1);
        let e = parse("a: !Bogus x\n").unwrap_err();
        assert!(e.message.contains("unknown tag !Bogus"), "{}", e.message);
        assert_eq!(parse("").unwrap().value, Value::Null);
        assert!(parse("? [a]\n: b\n").is_err());
    }
}
