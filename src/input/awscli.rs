//! AWS CLI command lines and shell scripts: every `aws apigateway create-deployment`,
//! `create-stage`, `update-stage`, `delete-stage` and `delete-deployment` as the request the AWS
//! CLI sends.
//!
//! Option values are read as the AWS CLI reads them: JSON when they start with `{` or `[`, the
//! CLI's shorthand otherwise (`percentTraffic=10,useStageCache=false`,
//! `stageVariableOverrides={v=2}`; `--patch-operations op=replace,path=/x,value=y op=remove,...`,
//! one operation per word), with the shorthand's scalars typed as the API's members are (a double,
//! a boolean). `--cli-input-json` gives the whole request as JSON (inline; a `file://` reference
//! cannot be read here and is reported as not checked). Variables the script assigns before a
//! command are expanded; a variable that captures a `create-deployment`'s output
//! (`ID=$(aws apigateway create-deployment ... --query id --output text)`) stands for that
//! deployment in later commands; any other unknown variable leaves its value unchecked. The
//! requests then run through the simulated gateway in script order, for the stages the script
//! creates itself.

use std::collections::HashMap;

use serde_json::{Map, Number, Value};

use super::shell::{self, Piece, Token, Word};
use super::simulate::Seed;
use super::{Call, Loc, Out, Position};
use crate::aws::request::Action;
use crate::check::closest;
use crate::code::Code;
use crate::i18n::{JsonType, Msg};
use crate::pointer::Pointer;

/// Reads a script and checks its `aws apigateway` commands.
pub(crate) fn check(text: &str) -> Out {
    let mut out = Out::default();
    let tokens = match shell::read(text) {
        Ok(t) => t,
        Err(e) => {
            let message = Msg::CliNotShellWords { error: e.said };
            out.say(Loc::At(e.at), Code::InputSyntax, message, Msg::CliCloseQuote);
            return out;
        }
    };
    let mut script = Script::default();
    // The words of the command being read at each level (the top, then each substitution).
    let mut levels: Vec<(Option<usize>, Vec<Word>)> = vec![(None, Vec::new())];
    for (index, token) in tokens.into_iter().enumerate() {
        match token {
            Token::Word(w) => {
                if let Some((_, words)) = levels.last_mut() {
                    words.push(w);
                }
            }
            Token::End => {
                let words = levels.last_mut().map(|(_, w)| std::mem::take(w)).unwrap_or_default();
                script.command(words, &mut out);
            }
            Token::Open => {
                script.opened.push(script.calls.len());
                levels.push((Some(index), Vec::new()));
            }
            Token::Close => {
                let Some((id, words)) = levels.pop() else { continue };
                script.command(words, &mut out);
                let first = script.opened.pop().unwrap_or(script.calls.len());
                if let Some(id) = id {
                    // The substitution's value: the last request made inside it.
                    let made = (first < script.calls.len()).then(|| script.calls.len() - 1);
                    script.substitutions.insert(id, made);
                }
                if levels.is_empty() {
                    levels.push((None, Vec::new()));
                }
            }
        }
    }
    for (_, words) in levels {
        script.command(words, &mut out);
    }
    out.run(&script.calls, &Seed::default(), &hint_for);
    out
}

fn hint_for(message: &str) -> Option<Msg> {
    Some(if message.contains("must already be created") {
        Msg::CliStageFirst
    } else if message.contains("Non canary deployment not supported") {
        Msg::CliStageHasCanary
    } else if message.contains("Promotion not available") {
        Msg::CliNoCanaryYet
    } else if message.contains("Active stages") {
        Msg::CliMoveStageOff
    } else if message.contains("already exists") {
        Msg::CliStageTwice
    } else {
        return None;
    })
}

/// What a variable holds.
#[derive(Clone, Debug)]
enum Var {
    /// Known text.
    Known(String),
    /// The id of the deployment a request creates: the variable's name stands for it.
    Deployment(String),
}

/// A word with the script's variables expanded.
#[derive(Clone, Debug, Default)]
struct Expanded {
    text: String,
    /// Each character's position.
    pos: Vec<Position>,
    start: Position,
    /// Variables and substitutions whose value is not known.
    unknown: Vec<String>,
}

impl Expanded {
    fn at(&self, char_index: usize) -> Position {
        self.pos.get(char_index).or(self.pos.last()).copied().unwrap_or(self.start)
    }
}

#[derive(Default)]
struct Script {
    vars: HashMap<String, Var>,
    calls: Vec<Call>,
    /// For each substitution (by its token index): the request it made, if any.
    substitutions: HashMap<usize, Option<usize>>,
    /// How many requests existed when each open substitution started.
    opened: Vec<usize>,
}

/// How an option's value is read.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Opt {
    /// A string member.
    Text(&'static str),
    /// An identifier or a name: an unknown variable in it stands for itself.
    Id(&'static str),
    /// A boolean flag: `--x` is true, `--no-x` false.
    Flag(&'static str),
    /// A map of strings.
    Map(&'static str),
    /// `--canary-settings`.
    Canary,
    /// `--patch-operations`: one operation per word.
    PatchOps,
    /// `--cli-input-json`.
    InputJson,
}

const CREATE_DEPLOYMENT: &[(&str, Opt)] = &[
    ("rest-api-id", Opt::Id("restApiId")),
    ("stage-name", Opt::Id("stageName")),
    ("stage-description", Opt::Text("stageDescription")),
    ("description", Opt::Text("description")),
    ("cache-cluster-enabled", Opt::Flag("cacheClusterEnabled")),
    ("cache-cluster-size", Opt::Text("cacheClusterSize")),
    ("variables", Opt::Map("variables")),
    ("canary-settings", Opt::Canary),
    ("tracing-enabled", Opt::Flag("tracingEnabled")),
    ("cli-input-json", Opt::InputJson),
];
const CREATE_STAGE: &[(&str, Opt)] = &[
    ("rest-api-id", Opt::Id("restApiId")),
    ("stage-name", Opt::Id("stageName")),
    ("deployment-id", Opt::Id("deploymentId")),
    ("description", Opt::Text("description")),
    ("cache-cluster-enabled", Opt::Flag("cacheClusterEnabled")),
    ("cache-cluster-size", Opt::Text("cacheClusterSize")),
    ("variables", Opt::Map("variables")),
    ("documentation-version", Opt::Text("documentationVersion")),
    ("canary-settings", Opt::Canary),
    ("tracing-enabled", Opt::Flag("tracingEnabled")),
    ("tags", Opt::Map("tags")),
    ("cli-input-json", Opt::InputJson),
];
const UPDATE_STAGE: &[(&str, Opt)] = &[
    ("rest-api-id", Opt::Id("restApiId")),
    ("stage-name", Opt::Id("stageName")),
    ("patch-operations", Opt::PatchOps),
    ("cli-input-json", Opt::InputJson),
];
const DELETE_STAGE: &[(&str, Opt)] = &[
    ("rest-api-id", Opt::Id("restApiId")),
    ("stage-name", Opt::Id("stageName")),
    ("cli-input-json", Opt::InputJson),
];
const DELETE_DEPLOYMENT: &[(&str, Opt)] = &[
    ("rest-api-id", Opt::Id("restApiId")),
    ("deployment-id", Opt::Id("deploymentId")),
    ("cli-input-json", Opt::InputJson),
];

/// The AWS CLI's global options that take a value, and those that do not.
const GLOBAL_VALUED: &[&str] = &[
    "region",
    "profile",
    "output",
    "query",
    "endpoint-url",
    "ca-bundle",
    "cli-read-timeout",
    "cli-connect-timeout",
    "cli-binary-format",
    "color",
];
const GLOBAL_FLAGS: &[&str] = &[
    "debug",
    "no-verify-ssl",
    "no-paginate",
    "no-sign-request",
    "no-cli-pager",
    "cli-auto-prompt",
    "no-cli-auto-prompt",
    "version",
];

/// Words that may stand before a command without being it.
const PREFIXES: &[&str] = &[
    "sudo", "time", "command", "exec", "nohup", "env", "if", "then", "else", "elif", "do", "while",
    "until", "!", "{", "}",
];

fn is_assignment(w: &Word) -> Option<(String, usize)> {
    let Some(Piece::Text(s, _)) = w.pieces.first() else { return None };
    let eq = s.find('=')?;
    let name = s.get(..eq)?;
    let ok = !name.is_empty()
        && name.chars().next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    ok.then(|| (name.to_owned(), s.get(..eq).map_or(0, |n| n.chars().count()) + 1))
}

impl Script {
    fn expand(&self, w: &Word, skip_chars: usize) -> Expanded {
        let mut e = Expanded { start: w.start, ..Expanded::default() };
        let mut skipped = 0usize;
        for piece in &w.pieces {
            match piece {
                Piece::Text(s, pos) => {
                    for (c, p) in s.chars().zip(pos) {
                        if skipped < skip_chars {
                            skipped += 1;
                            continue;
                        }
                        e.text.push(c);
                        e.pos.push(*p);
                    }
                }
                Piece::Var(name, at) => match self.vars.get(name) {
                    Some(Var::Known(v)) => {
                        e.text.push_str(v);
                        e.pos.extend(std::iter::repeat_n(*at, v.chars().count()));
                    }
                    Some(Var::Deployment(symbol)) => {
                        e.text.push_str(symbol);
                        e.pos.extend(std::iter::repeat_n(*at, symbol.chars().count()));
                    }
                    None => {
                        let shown = format!("${name}");
                        e.unknown.push(shown.clone());
                        e.pos.extend(std::iter::repeat_n(*at, shown.chars().count()));
                        e.text.push_str(&shown);
                    }
                },
                Piece::Subst(_, at) => {
                    e.text.push_str("$(...)");
                    e.pos.extend(std::iter::repeat_n(*at, 6));
                    e.unknown.push("$(...)".to_owned());
                }
            }
        }
        e
    }

    fn command(&mut self, words: Vec<Word>, out: &mut Out) {
        let mut i = 0;
        let mut assignments = Vec::new();
        while let Some(w) = words.get(i) {
            let text = self.expand(w, 0).text;
            if matches!(text.as_str(), "export" | "readonly" | "local" | "declare" | "typeset") {
                i += 1;
                continue;
            }
            if text.starts_with('-') && !assignments.is_empty() {
                i += 1;
                continue;
            }
            match is_assignment(w) {
                Some((name, skip)) => {
                    assignments.push((name, w, skip));
                    i += 1;
                }
                None => break,
            }
        }
        if i >= words.len() {
            for (name, w, skip) in assignments {
                self.assign(name, w, skip);
            }
            return;
        }
        while words.get(i).is_some_and(|w| PREFIXES.contains(&self.expand(w, 0).text.as_str())) {
            i += 1;
            while words.get(i).is_some_and(|w| is_assignment(w).is_some()) {
                i += 1;
            }
        }
        let Some(program) = words.get(i) else { return };
        let program = self.expand(program, 0).text;
        if program != "aws" && !program.ends_with("/aws") {
            return;
        }
        let args: Vec<Expanded> = words.iter().skip(i + 1).map(|w| self.expand(w, 0)).collect();
        if let Some(call) = self.aws(&args, out) {
            self.calls.push(call);
        }
    }

    fn assign(&mut self, name: String, w: &Word, skip: usize) {
        // `NAME=$(aws apigateway create-deployment ...)`: the variable stands for that
        // deployment's id.
        let subst = w.pieces.iter().find_map(|p| match p {
            Piece::Subst(id, _) => Some(*id),
            _ => None,
        });
        let only_subst = w.pieces.iter().all(|p| match p {
            Piece::Text(s, _) => s.chars().count() == skip,
            Piece::Subst(..) => true,
            Piece::Var(..) => false,
        });
        if let (Some(id), true) = (subst, only_subst) {
            let made = self.substitutions.get(&id).copied().flatten();
            if let Some(call) = made.and_then(|c| self.calls.get_mut(c)) {
                if call.action == Action::CreateDeployment {
                    let symbol = format!("${name}");
                    call.creates = Some(symbol.clone());
                    self.vars.insert(name, Var::Deployment(symbol));
                    return;
                }
            }
        }
        let e = self.expand(w, skip);
        if e.unknown.is_empty() {
            self.vars.insert(name, Var::Known(e.text));
        } else {
            self.vars.remove(&name);
        }
    }

    /// One `aws ...` command: the request it makes, if it is one canarylab checks.
    fn aws(&self, args: &[Expanded], out: &mut Out) -> Option<Call> {
        let mut service: Option<&Expanded> = None;
        let mut operation: Option<&Expanded> = None;
        let mut rest: Vec<&Expanded> = Vec::new();
        let mut i = 0;
        while let Some(a) = args.get(i) {
            i += 1;
            if let Some(name) = a.text.strip_prefix("--") {
                let name = name.split('=').next().unwrap_or(name);
                if GLOBAL_VALUED.contains(&name) {
                    if !a.text.contains('=') {
                        i += 1;
                    }
                    continue;
                }
                if GLOBAL_FLAGS.contains(&name) {
                    continue;
                }
            }
            if operation.is_some() || a.text.starts_with("--") {
                rest.push(a);
            } else if service.is_none() {
                service = Some(a);
            } else {
                operation = Some(a);
            }
        }
        if service.map(|s| s.text.as_str()) != Some("apigateway") {
            return None;
        }
        let op = operation?;
        let (action, table) = match op.text.as_str() {
            "create-deployment" => (Action::CreateDeployment, CREATE_DEPLOYMENT),
            "create-stage" => (Action::CreateStage, CREATE_STAGE),
            "update-stage" => (Action::UpdateStage, UPDATE_STAGE),
            "delete-stage" => (Action::DeleteStage, DELETE_STAGE),
            "delete-deployment" => (Action::DeleteDeployment, DELETE_DEPLOYMENT),
            _ => return None,
        };
        let from = format!("aws apigateway {} (line {})", op.text, op.start.line);
        let mut call = Call::new(action, from, Loc::At(op.start));
        let mut explicit: Vec<Pointer> = Vec::new();
        // A command the AWS CLI itself refuses is never sent: it is not simulated.
        let mut refused = false;
        let mut j = 0;
        while let Some(a) = rest.get(j) {
            j += 1;
            let Some(long) = a.text.strip_prefix("--") else {
                refused = true;
                out.say(
                    Loc::At(a.start),
                    Code::InputCliOption,
                    Msg::CliUnexpectedArgument { value: a.text.clone(), command: op.text.clone() },
                    Msg::CliQuoteSpaces,
                );
                continue;
            };
            if long == "generate-cli-skeleton" {
                return None;
            }
            let (name, inline) = match long.split_once('=') {
                Some((n, v)) => (n, Some(v)),
                None => (long, None),
            };
            let found =
                table.iter().find(|(n, _)| *n == name).map(|(_, o)| (*o, true)).or_else(|| {
                    let base = name.strip_prefix("no-")?;
                    table
                        .iter()
                        .find(|(n, o)| *n == base && matches!(o, Opt::Flag(_)))
                        .map(|(_, o)| (*o, false))
                });
            if name == "cli-input-yaml" {
                out.say(
                    Loc::At(a.start),
                    Code::InputNotChecked,
                    Msg::CliYamlNotRead { command: op.text.clone() },
                    Msg::CliWriteJson { command: op.text.clone() },
                );
                return None;
            }
            let Some((opt, positive)) = found else {
                refused = true;
                // What follows an unknown option is taken as its value, as the CLI lists both.
                let value = rest.get(j).filter(|v| inline.is_none() && !v.text.starts_with("--"));
                let shown = match value {
                    Some(v) => {
                        j += 1;
                        format!("--{name}, {}", v.text)
                    }
                    None => format!("--{name}"),
                };
                let names: Vec<&str> = table.iter().map(|(n, _)| *n).collect();
                let hint = match closest(name, &names) {
                    Some(near) => Msg::CliDidYouMeanOption { near: near.to_owned() },
                    None => {
                        Msg::CliTakesOptions { command: op.text.clone(), list: names.join(", --") }
                    }
                };
                let command = op.text.clone();
                let message = Msg::CliNoOption { command, name: name.to_owned(), shown };
                out.say(Loc::At(a.start), Code::InputCliOption, message, hint);
                continue;
            };
            if let Opt::Flag(key) = opt {
                let at = Pointer::root().join(key);
                call.set(&at, Value::Bool(positive), Loc::At(a.start), false);
                explicit.push(at);
                continue;
            }
            // The value: attached, the next word, or (for a list) every word up to the next option.
            let mut values: Vec<Expanded> = Vec::new();
            if let Some(v) = inline {
                let mut e = (*a).clone();
                let skip = name.chars().count() + 3;
                e.text = v.to_owned();
                e.pos = a.pos.iter().skip(skip).copied().collect();
                e.start = e.pos.first().copied().unwrap_or(a.start);
                values.push(e);
            } else {
                while let Some(v) = rest.get(j).filter(|v| !v.text.starts_with("--")) {
                    values.push((*v).clone());
                    j += 1;
                    if opt != Opt::PatchOps {
                        break;
                    }
                }
            }
            let Some(first) = values.first() else {
                refused = true;
                out.say(
                    Loc::At(a.start),
                    Code::InputCliOption,
                    Msg::CliNeedsValue { name: name.to_owned() },
                    Msg::CliGiveValue { name: name.to_owned() },
                );
                continue;
            };
            if opt == Opt::InputJson {
                if !self.input_json(&mut call, first, &op.text, out) {
                    return None;
                }
                continue;
            }
            let key = match opt {
                Opt::Text(k) | Opt::Id(k) | Opt::Map(k) | Opt::Flag(k) => k,
                Opt::Canary => "canarySettings",
                Opt::PatchOps => "patchOperations",
                Opt::InputJson => continue,
            };
            let at = Pointer::root().join(key);
            explicit.push(at.clone());
            if let Some(file) = values
                .iter()
                .find(|v| v.text.starts_with("file://") || v.text.starts_with("fileb://"))
            {
                out.say_in(
                    file.start,
                    at.clone(),
                    Code::InputNotChecked,
                    Msg::CliFileOption { name: name.to_owned(), file: file.text.clone() },
                    Msg::CliCheckFile { command: op.text.clone() },
                );
                call.locate(&at, Loc::At(file.start));
                call.unresolved(&at);
                continue;
            }
            let unknown: Vec<&String> = values.iter().flat_map(|v| v.unknown.iter()).collect();
            if !unknown.is_empty() {
                if let Opt::Id(_) = opt {
                    // An identifier stands for itself; a stage name too, unchecked.
                    call.set(&at, Value::String(first.text.clone()), Loc::At(first.start), false);
                    call.unresolved.push(at);
                    continue;
                }
                let list = unknown.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ");
                out.say_in(
                    first.start,
                    at.clone(),
                    Code::InputUnresolved,
                    Msg::CliUnsetVariables { name: name.to_owned(), list },
                    Msg::CliAssignVariable,
                );
                call.locate(&at, Loc::At(first.start));
                call.unresolved(&at);
                continue;
            }
            match opt {
                Opt::Text(_) | Opt::Id(_) => {
                    call.set(&at, Value::String(first.text.clone()), Loc::At(first.start), false);
                }
                Opt::Map(_) => self.structure(&mut call, &at, first, Shape::Map, name, out),
                Opt::Canary => {
                    let shape = if action == Action::CreateStage {
                        Shape::StageCanary
                    } else {
                        Shape::DeploymentCanary
                    };
                    self.structure(&mut call, &at, first, shape, name, out);
                }
                Opt::PatchOps => {
                    if first.text.trim_start().starts_with('[') {
                        self.structure(&mut call, &at, first, Shape::Ops, name, out);
                    } else {
                        call.set(&at, Value::Array(Vec::new()), Loc::At(first.start), false);
                        for (n, v) in values.iter().enumerate() {
                            let item = at.join(n);
                            let Some(items) = call
                                .params
                                .get_mut("patchOperations")
                                .and_then(Value::as_array_mut)
                            else {
                                break;
                            };
                            items.push(Value::Null);
                            self.structure(&mut call, &item, v, Shape::Op, name, out);
                        }
                    }
                }
                Opt::Flag(_) | Opt::InputJson => {}
            }
        }
        call.refused = refused;
        Some(call)
    }

    /// `--cli-input-json`: the request as inline JSON (options given as well win). False when
    /// the command is not checked at all.
    fn input_json(&self, call: &mut Call, v: &Expanded, op: &str, out: &mut Out) -> bool {
        if v.text.starts_with("file://") || v.text.starts_with("fileb://") {
            let file = v.text.trim_start_matches("fileb://").trim_start_matches("file://");
            out.say(
                Loc::At(v.start),
                Code::InputNotChecked,
                Msg::CliRequestFromFile { file: v.text.clone() },
                Msg::CliValidateFile { command: op.to_owned(), file: file.to_owned() },
            );
            return false;
        }
        if !v.unknown.is_empty() {
            out.say(
                Loc::At(v.start),
                Code::InputUnresolved,
                Msg::CliInputJsonVariables,
                Msg::CliWriteRequestOut,
            );
            return false;
        }
        match crate::doc::parse(&v.text) {
            Ok(Value::Object(m)) => {
                for (k, member) in m {
                    if call.params.get(&k).is_none() {
                        let at = Pointer::root().join(k.as_str());
                        call.set(&at, member.clone(), Loc::At(v.start), false);
                        locate_json(call, &at, &member, v, &Pointer::root().join(k.as_str()));
                    }
                }
                true
            }
            Ok(other) => {
                out.say(
                    Loc::At(v.start),
                    Code::InputCliValue,
                    Msg::CliInputJsonNotObject { got: JsonType::of(&other) },
                    Msg::CliWholeRequest,
                );
                false
            }
            Err(e) => {
                out.say(
                    Loc::At(json_error_at(v, &e)),
                    Code::InputCliValue,
                    Msg::CliInputJsonNotJson { error: e.to_string() },
                    Msg::CliFixJson,
                );
                false
            }
        }
    }

    /// A structured value, as JSON or as the CLI's shorthand, typed for its shape.
    fn structure(
        &self,
        call: &mut Call,
        at: &Pointer,
        v: &Expanded,
        shape: Shape,
        name: &str,
        out: &mut Out,
    ) {
        let trimmed = v.text.trim_start();
        if trimmed.starts_with('{') || trimmed.starts_with('[') {
            match crate::doc::parse(&v.text) {
                Ok(value) => {
                    call.set(at, value.clone(), Loc::At(v.start), false);
                    locate_json(call, at, &value, v, &Pointer::root());
                }
                Err(e) => {
                    out.say_in(
                        json_error_at(v, &e),
                        at.clone(),
                        Code::InputCliValue,
                        Msg::CliJsonLike { name: name.to_owned(), error: e.to_string() },
                        Msg::CliFixJsonOrShorthand,
                    );
                    call.locate(at, Loc::At(v.start));
                    call.unresolved(at);
                }
            }
            return;
        }
        let parsed = Shorthand { chars: v.text.chars().collect(), i: 0, keys: Vec::new() }.parse();
        let (value, keys) = match parsed {
            Ok(p) => p,
            Err((message, index)) => {
                out.say_in(
                    v.at(index),
                    at.clone(),
                    Code::InputCliValue,
                    Msg::CliBadShorthand { name: name.to_owned(), error: message },
                    Msg::CliWriteShorthand,
                );
                call.locate(at, Loc::At(v.start));
                call.unresolved(at);
                return;
            }
        };
        call.set(at, Value::Object(Map::new()), Loc::At(v.start), false);
        for (key, index) in &keys {
            call.locate(&pointer_under(at, key), Loc::At(v.at(*index)));
        }
        let mut value = value;
        if let Value::Object(m) = &mut value {
            for (k, member) in m.iter_mut() {
                let index = keys
                    .iter()
                    .find(|(p, _)| p == &format!("/{}", escape(k)))
                    .map_or(0, |(_, i)| *i);
                let want = shape.member(k);
                if let Err(why) = retype(member, want) {
                    out.say_in(
                        v.at(index),
                        at.join(k.as_str()),
                        Code::InputCliValue,
                        Msg::CliMemberRefused { name: name.to_owned(), key: k.clone(), why },
                        Msg::CliWriteMember { key: k.clone(), want: want.describe().to_owned() },
                    );
                    call.unresolved(&at.join(k.as_str()));
                }
            }
        }
        super::set_at(&mut call.params, at, value);
    }
}

/// What an option's structure holds.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Shape {
    Map,
    DeploymentCanary,
    StageCanary,
    Ops,
    Op,
}

/// The type the CLI converts a shorthand scalar to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Scalar {
    Text,
    Double,
    Bool,
    Map,
}

impl Scalar {
    fn describe(self) -> &'static str {
        match self {
            Scalar::Text => "text",
            Scalar::Double => "a number, such as 10 or 12.5",
            Scalar::Bool => "true or false",
            Scalar::Map => "a map: {name=value,name=value}",
        }
    }
}

impl Shape {
    fn member(self, key: &str) -> Scalar {
        match (self, key) {
            (Shape::DeploymentCanary | Shape::StageCanary, "percentTraffic") => Scalar::Double,
            (Shape::DeploymentCanary | Shape::StageCanary, "useStageCache") => Scalar::Bool,
            (Shape::DeploymentCanary | Shape::StageCanary, "stageVariableOverrides") => Scalar::Map,
            _ => Scalar::Text,
        }
    }
}

/// A shorthand scalar (text) as the type its member takes.
fn retype(v: &mut Value, want: Scalar) -> Result<(), Box<Msg>> {
    let Value::String(s) = v else {
        return match (want, &*v) {
            (Scalar::Map, Value::Object(_)) => Ok(()),
            (Scalar::Map, _) => Err(Box::new(Msg::ShListForMap)),
            _ => Err(Box::new(Msg::ShListForValue)),
        };
    };
    match want {
        Scalar::Text => Ok(()),
        Scalar::Double => match crate::doc::number(s).and_then(Number::from_f64) {
            Some(n) => {
                *v = Value::Number(n);
                Ok(())
            }
            None => Err(Box::new(Msg::ShNotNumber { text: s.clone() })),
        },
        Scalar::Bool => match s.to_ascii_lowercase().as_str() {
            "true" => {
                *v = Value::Bool(true);
                Ok(())
            }
            "false" => {
                *v = Value::Bool(false);
                Ok(())
            }
            _ => Err(Box::new(Msg::ShNotBool { text: s.clone() })),
        },
        Scalar::Map => Err(Box::new(Msg::ShNotMap { text: s.clone() })),
    }
}

fn escape(token: &str) -> String {
    Pointer::root().join(token).as_str().trim_start_matches('/').to_owned()
}

/// `base` extended by a relative pointer (`/a/b`).
fn pointer_under(base: &Pointer, rel: &str) -> Pointer {
    Pointer::parse(&format!("{}{rel}", base.as_str())).unwrap_or_else(|| base.clone())
}

/// Records where each node of a JSON value inside a word is.
fn locate_json(call: &mut Call, at: &Pointer, value: &Value, v: &Expanded, inner: &Pointer) {
    let mut pointers = Vec::new();
    collect(value, inner.clone(), &mut pointers, 0);
    let texts: Vec<&str> = pointers.iter().map(Pointer::as_str).collect();
    let found = crate::locate::positions(&v.text, &texts);
    let base_len = inner.as_str().len();
    for (p, (line, col)) in pointers.iter().zip(found) {
        let rel = p.as_str().get(base_len..).unwrap_or_default();
        call.locate(&pointer_under(at, rel), Loc::At(v.at(char_index(&v.text, line, col))));
    }
}

fn collect(v: &Value, at: Pointer, out: &mut Vec<Pointer>, depth: usize) {
    if depth > 32 {
        return;
    }
    match v {
        Value::Object(m) => {
            for (k, c) in m {
                let p = at.join(k.as_str());
                out.push(p.clone());
                collect(c, p, out, depth + 1);
            }
        }
        Value::Array(items) => {
            for (i, c) in items.iter().enumerate() {
                let p = at.join(i);
                out.push(p.clone());
                collect(c, p, out, depth + 1);
            }
        }
        _ => {}
    }
}

/// The character index of a 1-based line and column in `text`.
fn char_index(text: &str, line: usize, col: usize) -> usize {
    let mut index = 0;
    for (n, l) in text.split('\n').enumerate() {
        if n + 1 == line {
            return index + col.saturating_sub(1);
        }
        index += l.chars().count() + 1;
    }
    index
}

/// Where serde_json's error points, in the script.
fn json_error_at(v: &Expanded, e: &serde_json::Error) -> Position {
    v.at(char_index(&v.text, e.line().max(1), e.column().max(1)))
}

/// The AWS CLI's shorthand: `key=value,key=[a,b],key={k=v}`; values may be quoted with `"` or
/// `'`, and `\` escapes the next character.
struct Shorthand {
    chars: Vec<char>,
    i: usize,
    /// Each key's pointer (relative to the top) and character index.
    keys: Vec<(String, usize)>,
}

type Parsed = Result<(Value, Vec<(String, usize)>), (Box<Msg>, usize)>;

impl Shorthand {
    fn parse(mut self) -> Parsed {
        let v = self.structure(&Pointer::root(), None, 0)?;
        self.ws();
        if self.i < self.chars.len() {
            return Err((Box::new(Msg::ShUnexpectedText), self.i));
        }
        Ok((v, self.keys))
    }

    fn ws(&mut self) {
        while self.chars.get(self.i).is_some_and(|c| c.is_whitespace()) {
            self.i += 1;
        }
    }

    fn structure(
        &mut self,
        at: &Pointer,
        close: Option<char>,
        depth: usize,
    ) -> Result<Value, (Box<Msg>, usize)> {
        if depth > 32 {
            return Err((Box::new(Msg::ShTooDeep), self.i));
        }
        let mut m = Map::new();
        loop {
            self.ws();
            if close.is_some() && self.chars.get(self.i).copied() == close {
                self.i += 1;
                return Ok(Value::Object(m));
            }
            let start = self.i;
            let mut key = String::new();
            while let Some(c) = self
                .chars
                .get(self.i)
                .copied()
                .filter(|c| *c != '=' && *c != ',' && Some(*c) != close)
            {
                key.push(c);
                self.i += 1;
            }
            let key = key.trim().to_owned();
            if self.chars.get(self.i) != Some(&'=') || key.is_empty() {
                let found = (self.chars.get(start..self.i))
                    .map(|c| c.iter().collect::<String>())
                    .unwrap_or_default();
                return Err((Box::new(Msg::ShExpectedKeyValue { found }), start));
            }
            self.i += 1;
            let child = at.join(key.as_str());
            self.keys.push((child.as_str().to_owned(), start));
            let value = self.value(&child, close, depth)?;
            m.insert(key, value);
            self.ws();
            match self.chars.get(self.i).copied() {
                Some(',') => self.i += 1,
                None if close.is_none() => return Ok(Value::Object(m)),
                Some(c) if Some(c) == close => {}
                None => {
                    let what = format!("'{}'", if close == Some('}') { '{' } else { '[' });
                    return Err((Box::new(Msg::ShUnclosed { what }), self.i));
                }
                Some(c) => return Err((Box::new(Msg::ShUnexpected { c: c.to_string() }), self.i)),
            }
        }
    }

    fn value(
        &mut self,
        at: &Pointer,
        close: Option<char>,
        depth: usize,
    ) -> Result<Value, (Box<Msg>, usize)> {
        self.ws();
        match self.chars.get(self.i).copied() {
            Some('{') => {
                self.i += 1;
                self.structure(at, Some('}'), depth + 1)
            }
            Some('[') => {
                self.i += 1;
                let mut items = Vec::new();
                loop {
                    self.ws();
                    if self.chars.get(self.i) == Some(&']') {
                        self.i += 1;
                        return Ok(Value::Array(items));
                    }
                    let item = self.value(&at.join(items.len()), Some(']'), depth + 1)?;
                    items.push(item);
                    self.ws();
                    match self.chars.get(self.i).copied() {
                        Some(',') => self.i += 1,
                        Some(']') => {}
                        _ => {
                            let what = "'['".to_owned();
                            return Err((Box::new(Msg::ShUnclosed { what }), self.i));
                        }
                    }
                }
            }
            Some(q @ ('"' | '\'')) => {
                let start = self.i;
                self.i += 1;
                let mut s = String::new();
                loop {
                    match self.chars.get(self.i).copied() {
                        Some(c) if c == q => {
                            self.i += 1;
                            return Ok(Value::String(s));
                        }
                        Some('\\') => {
                            self.i += 1;
                            if let Some(c) = self.chars.get(self.i).copied() {
                                s.push(c);
                                self.i += 1;
                            }
                        }
                        Some(c) => {
                            s.push(c);
                            self.i += 1;
                        }
                        None => {
                            let what = q.to_string();
                            return Err((Box::new(Msg::ShUnclosed { what }), start));
                        }
                    }
                }
            }
            _ => {
                let mut s = String::new();
                while let Some(c) = self.chars.get(self.i).copied() {
                    if c == ',' || Some(c) == close || (close == Some(']') && c == ']') {
                        break;
                    }
                    if c == '\\' {
                        self.i += 1;
                        if let Some(c) = self.chars.get(self.i).copied() {
                            s.push(c);
                            self.i += 1;
                        }
                        continue;
                    }
                    s.push(c);
                    self.i += 1;
                }
                Ok(Value::String(s.trim_end().to_owned()))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn short(text: &str) -> Parsed {
        Shorthand { chars: text.chars().collect(), i: 0, keys: Vec::new() }.parse()
    }

    #[test]
    fn shorthand_reads_structures_lists_and_quotes() {
        let (v, keys) =
            short("percentTraffic=10,stageVariableOverrides={a=1,b=\"x,y\"},l=[p,q]").unwrap();
        assert_eq!(
            v,
            json!({"percentTraffic": "10", "stageVariableOverrides": {"a": "1", "b": "x,y"}, "l": ["p", "q"]})
        );
        assert_eq!(keys.first(), Some(&("/percentTraffic".to_owned(), 0)));
        assert!(keys.iter().any(|(k, i)| k == "/stageVariableOverrides/b" && *i == 46));
        assert!(short("percentTraffic").is_err());
        assert!(short("a={b=1").is_err());
        assert_eq!(
            short("op=replace,path=/canarySettings/percentTraffic,value=50.0").unwrap().0["path"],
            "/canarySettings/percentTraffic"
        );
    }
}
