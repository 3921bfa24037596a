//! `canarylab check`: the files AWS users already have, read as the calls they make.
//!
//! A CloudFormation or SAM template (JSON or YAML, CDK's `cdk.out` templates included), a
//! Terraform plan (`terraform show -json`) or a shell script of `aws apigateway` commands becomes
//! a list of AWS requests in boto3's shape ([`Call`]), each remembering where in the file every
//! part of it came from. Each request goes through the same validators as `validate`
//! ([`crate::aws::validate`]), and then, in the order the file's tool would send them, through the
//! simulated REST API ([`crate::aws::gateway::Gateway`]), which catches what only the sequence
//! shows (a canary deployment to a stage not yet created, a deployment deleted while a stage
//! still serves it). Every diagnostic is translated back into the file: a JSON Pointer within the
//! file (for a script: within the command's request) with the line and column it sits at.
//!
//! - [`yaml`]: YAML into a value with positions, short-form tags kept as their long forms;
//! - [`cloudformation`], [`terraform`], [`awscli`]: each kind's mapping onto requests;
//! - `shell`: shell words with their positions; `simulate`: the calls run in order.
//!
//! Everything here is pure: text in, a [`FileReport`] out. The faces (CLI `check`, npm `check`,
//! the site's panel) only read files and print.

pub mod awscli;
pub mod cloudformation;
mod shell;
mod simulate;
pub mod terraform;
pub mod yaml;

use std::collections::HashMap;

use serde::{Serialize, Serializer};
use serde_json::{Map, Value};

use crate::aws::request::Action;
use crate::code::Code;
use crate::i18n::Msg;
use crate::pointer::Pointer;
use crate::report::{Diagnostic, Report, Said, Severity};

/// The kinds of file `check` reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    /// A CloudFormation or SAM template, JSON or YAML (CDK's synthesized templates too).
    CloudFormation,
    /// A Terraform plan as `terraform show -json` prints it.
    Terraform,
    /// A shell script or command line with `aws apigateway` commands.
    AwsCli,
}

impl Kind {
    /// Every kind, in the order `--input` lists them.
    pub const ALL: [Kind; 3] = [Kind::CloudFormation, Kind::Terraform, Kind::AwsCli];

    /// The name `--input` and npm's `{input}` take.
    pub const fn name(self) -> &'static str {
        match self {
            Kind::CloudFormation => "cloudformation",
            Kind::Terraform => "terraform",
            Kind::AwsCli => "aws-cli",
        }
    }

    /// The kind named `name`.
    pub fn from_name(name: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.name() == name)
    }
}

impl Serialize for Kind {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

/// A place in a file: 1-based line and column (the column counts characters).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Position {
    /// The line, from 1.
    pub line: usize,
    /// The column, from 1, in characters.
    pub column: usize,
}

impl Default for Position {
    fn default() -> Self {
        Position { line: 1, column: 1 }
    }
}

/// The request a finding is about, when it comes from one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RequestRef {
    /// The AWS action, such as `CreateStage`.
    pub action: &'static str,
    /// Where in the request (boto3's names), as `validate` would report it.
    pub path: Pointer,
    /// What in the file makes the request: a resource's logical id or address, or the command.
    pub from: String,
}

/// One diagnostic, located in the file.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    /// The diagnostic. Its `path` is a JSON Pointer within the file (for a script: within the
    /// command's request, as `validate` would report it); it carries no fix (a fix patches a
    /// request, not the file).
    pub diagnostic: Diagnostic,
    /// Where it is.
    pub at: Position,
    /// The request it comes from, if any.
    pub request: Option<RequestRef>,
}

impl Serialize for Finding {
    /// `{"path", "line", "column", "code", "severity", "message", "hint", "request"?}`.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let d = &self.diagnostic;
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("path", &d.path)?;
        m.serialize_entry("line", &self.at.line)?;
        m.serialize_entry("column", &self.at.column)?;
        m.serialize_entry("code", &d.code)?;
        m.serialize_entry("severity", &d.severity)?;
        m.serialize_entry("message", &d.message)?;
        m.serialize_entry("hint", &d.hint)?;
        if let Some(r) = &self.request {
            m.serialize_entry("request", r)?;
        }
        m.end()
    }
}

impl Finding {
    /// One line: `LINE:COLUMN: path: severity[code]: message (hint: ...)`.
    pub fn to_line(&self) -> String {
        format!("{}:{}: {}", self.at.line, self.at.column, self.diagnostic.to_line())
    }
}

/// What `check` found in one file.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FileReport {
    /// The kind the file was read as; `None` when it could not be told.
    pub kind: Option<Kind>,
    /// Every finding, in the order of the file (line, then column).
    pub findings: Vec<Finding>,
}

impl FileReport {
    /// True when no finding is an error (warnings are allowed).
    pub fn is_valid(&self) -> bool {
        self.findings.iter().all(|f| f.diagnostic.severity != Severity::Error)
    }

    /// How many findings have the given severity.
    pub fn count(&self, severity: Severity) -> usize {
        self.findings.iter().filter(|f| f.diagnostic.severity == severity).count()
    }

    /// The JSON form: `{"kind", "valid", "diagnostics"}` (the CLI adds `"file"`).
    pub fn to_json(&self) -> Value {
        let mut m = Map::new();
        m.insert("kind".into(), crate::doc::to_value(&self.kind));
        m.insert("valid".into(), Value::Bool(self.is_valid()));
        m.insert("diagnostics".into(), crate::doc::to_value(&self.findings));
        Value::Object(m)
    }
}

/// Tells a file's kind from its text, and from its name when the text does not say.
pub fn detect(text: &str, name: Option<&str>) -> Option<Kind> {
    let body = text.trim_start_matches('\u{feff}').trim_start();
    if body.starts_with('{') {
        // A plan has resource_changes (or at least Terraform's version members); a template has
        // Resources.
        let head = body.get(..body.len().min(1 << 16)).unwrap_or(body);
        if head.contains("\"resource_changes\"") || head.contains("\"terraform_version\"") {
            return Some(Kind::Terraform);
        }
        if body.contains("\"Resources\"") || head.contains("\"AWSTemplateFormatVersion\"") {
            return Some(Kind::CloudFormation);
        }
        if body.contains("\"resource_changes\"") {
            return Some(Kind::Terraform);
        }
    }
    let top_key = |key: &str| {
        text.lines().any(|l| {
            l.strip_prefix(key).is_some_and(|r| r.trim_start().starts_with(':'))
                || l.strip_prefix(&format!("\"{key}\""))
                    .is_some_and(|r| r.trim_start().starts_with(':'))
        })
    };
    if top_key("Resources") || top_key("AWSTemplateFormatVersion") || top_key("Transform") {
        return Some(Kind::CloudFormation);
    }
    if body.starts_with("#!") || shell::mentions_aws(text) {
        return Some(Kind::AwsCli);
    }
    let ext = name.and_then(|n| n.rsplit_once('.')).map(|(_, e)| e.to_ascii_lowercase());
    match ext.as_deref() {
        Some("yaml" | "yml" | "template") => Some(Kind::CloudFormation),
        Some("sh" | "bash" | "zsh" | "ksh") => Some(Kind::AwsCli),
        _ => None,
    }
}

/// Checks one file: read as `kind` (or as [`detect`] tells), mapped onto AWS requests, each
/// validated and the whole sequence simulated; every diagnostic located in the file.
pub fn check(text: &str, kind: Option<Kind>, name: Option<&str>) -> FileReport {
    let Some(kind) = kind.or_else(|| detect(text, name)) else {
        let mut out = Out::default();
        out.say(Loc::File(Pointer::root()), Code::InputKind, Msg::KindUnknown, Msg::NameTheKind);
        return out.finish(None, &Source::Json(text));
    };
    let (out, source) = match kind {
        Kind::CloudFormation => cloudformation::check(text),
        Kind::Terraform => terraform::check(text),
        Kind::AwsCli => (awscli::check(text), Source::Script),
    };
    out.finish(Some(kind), &source)
}

// ---------------------------------------------------------------- the shared machinery

/// Where something is in the file, before positions are looked up.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Loc {
    /// A JSON Pointer within a JSON or YAML file; its position is looked up at the end.
    File(Pointer),
    /// A position known already (a script's word, a syntax error). The finding's path is then the
    /// request's pointer, or the root.
    At(Position),
}

/// One part of a request and where it came from.
#[derive(Clone, Debug)]
pub(crate) struct Mapped {
    /// The part, in the request (boto3's names).
    pub payload: Pointer,
    /// Where it came from.
    pub loc: Loc,
    /// Whether what lies under it has the same shape in the file (a map of variables), so a
    /// pointer below it translates member by member.
    pub subtree: bool,
}

/// One AWS request a file makes.
#[derive(Clone, Debug)]
pub(crate) struct Call {
    /// The action.
    pub action: Action,
    /// The parameters, in boto3's shape.
    pub params: Value,
    /// What in the file makes it (a logical id, an address, `aws apigateway update-stage`).
    pub from: String,
    /// Where it is: the resource or the command.
    pub anchor: Loc,
    /// Where each part came from.
    pub map: Vec<Mapped>,
    /// Parts whose value the file does not give (diagnostics at or under them are dropped).
    pub unresolved: Vec<Pointer>,
    /// Whether the request is complete enough to run through the simulated gateway.
    pub complete: bool,
    /// Whether the tool refuses it before sending it (an AWS CLI command with an unknown
    /// option): like a request the service refuses, it changes nothing.
    pub refused: bool,
    /// For a CreateDeployment: the name the file gives the new deployment's id (a logical id,
    /// an address, a shell variable), which later requests use in its place.
    pub creates: Option<String>,
}

impl Call {
    pub(crate) fn new(action: Action, from: impl Into<String>, anchor: Loc) -> Self {
        Call {
            action,
            params: Value::Object(Map::new()),
            from: from.into(),
            anchor,
            map: Vec::new(),
            unresolved: Vec::new(),
            complete: true,
            refused: false,
            creates: None,
        }
    }

    /// Sets the parameter at `payload` (creating the objects above it) and records where it
    /// came from.
    pub(crate) fn set(&mut self, payload: &Pointer, value: Value, loc: Loc, subtree: bool) {
        set_at(&mut self.params, payload, value);
        self.map.push(Mapped { payload: payload.clone(), loc, subtree });
    }

    /// Records where a part came from without setting it (an object built member by member).
    pub(crate) fn locate(&mut self, payload: &Pointer, loc: Loc) {
        self.map.push(Mapped { payload: payload.clone(), loc, subtree: false });
    }

    /// Marks a part the file does not give: nothing is reported about it, and the request is
    /// not simulated.
    pub(crate) fn unresolved(&mut self, payload: &Pointer) {
        self.unresolved.push(payload.clone());
        self.complete = false;
    }

    /// The stage the request is about.
    pub(crate) fn stage_name(&self) -> Option<&str> {
        self.params.get("stageName").and_then(Value::as_str)
    }

    /// Where a pointer into the request is in the file.
    fn loc_of(&self, p: &Pointer) -> (Loc, Pointer) {
        let best = self
            .map
            .iter()
            .filter(|m| is_under(p, &m.payload))
            .max_by_key(|m| m.payload.as_str().len());
        let loc = match best {
            None => self.anchor.clone(),
            Some(m) => match &m.loc {
                Loc::File(fp) if m.subtree => {
                    let rest = p.as_str().get(m.payload.as_str().len()..).unwrap_or_default();
                    Loc::File(
                        Pointer::parse(&format!("{}{rest}", fp.as_str()))
                            .unwrap_or_else(|| fp.clone()),
                    )
                }
                other => other.clone(),
            },
        };
        let path = match &loc {
            Loc::File(fp) => fp.clone(),
            Loc::At(_) => p.clone(),
        };
        (loc, path)
    }
}

/// Whether `p` is `base` or lies under it.
pub(crate) fn is_under(p: &Pointer, base: &Pointer) -> bool {
    let (p, b) = (p.as_str(), base.as_str());
    p == b || (p.starts_with(b) && p.as_bytes().get(b.len()) == Some(&b'/'))
}

/// Sets `value` at `at` in `root`, creating objects on the way (arrays are built by the caller).
fn set_at(root: &mut Value, at: &Pointer, value: Value) {
    let tokens: Vec<String> = at.tokens().collect();
    if tokens.is_empty() {
        *root = value;
        return;
    }
    let mut cur = root;
    for (i, t) in tokens.iter().enumerate() {
        let last = i + 1 == tokens.len();
        cur = match cur {
            Value::Object(m) => {
                let slot = m.entry(t.clone()).or_insert_with(|| Value::Object(Map::new()));
                if last {
                    *slot = value;
                    return;
                }
                slot
            }
            Value::Array(items) => {
                let Some(slot) = t.parse::<usize>().ok().and_then(|n| items.get_mut(n)) else {
                    return;
                };
                if last {
                    *slot = value;
                    return;
                }
                slot
            }
            _ => return,
        };
    }
}

/// A finding before its position is looked up.
#[derive(Clone, Debug)]
pub(crate) struct Pending {
    loc: Loc,
    path: Pointer,
    diagnostic: Diagnostic,
    request: Option<RequestRef>,
}

/// What a kind's reader produces: findings, located or about to be.
#[derive(Default)]
pub(crate) struct Out {
    pending: Vec<Pending>,
}

/// How positions are found at the end.
pub(crate) enum Source<'a> {
    /// JSON text: [`crate::locate::positions`].
    Json(&'a str),
    /// YAML: the positions recorded while reading.
    Yaml(HashMap<String, Position>),
    /// A script: every location is a [`Loc::Script`].
    Script,
}

/// A diagnostic written from catalogue entries ([`Report::say`]'s).
fn said(path: Pointer, code: Code, message: Msg, hint: Msg) -> Diagnostic {
    let mut d = Diagnostic::new(path, code, message.to_string(), hint.to_string());
    d.said = Some(Box::new(Said { message, hint, fix: None }));
    d
}

impl Out {
    /// Records a finding the reader made itself (not from a request), as catalogue entries, so
    /// it is written in any language.
    pub(crate) fn say(&mut self, loc: Loc, code: Code, message: Msg, hint: Msg) {
        let path = match &loc {
            Loc::File(p) => p.clone(),
            Loc::At(_) => Pointer::root(),
        };
        let diagnostic = said(path.clone(), code, message, hint);
        self.pending.push(Pending { loc, path, diagnostic, request: None });
    }

    /// Records a finding the reader made about a part of a script's request: located at `at`,
    /// with the request's pointer as its path.
    pub(crate) fn say_in(
        &mut self,
        at: Position,
        path: Pointer,
        code: Code,
        message: Msg,
        hint: Msg,
    ) {
        let diagnostic = said(path.clone(), code, message, hint);
        self.pending.push(Pending { loc: Loc::At(at), path, diagnostic, request: None });
    }

    /// Records a finding about a request, at a pointer into it.
    pub(crate) fn about(&mut self, call: &Call, d: Diagnostic) {
        let at = d.path.clone();
        if call.unresolved.iter().any(|u| is_under(&at, u)) {
            return;
        }
        let (loc, path) = call.loc_of(&at);
        let request =
            Some(RequestRef { action: call.action.name(), path: at, from: call.from.clone() });
        let mut diagnostic = d;
        diagnostic.path = path.clone();
        diagnostic.fix = None;
        self.pending.push(Pending { loc, path, diagnostic, request });
    }

    /// Validates every request and runs them in order through the simulated gateway.
    pub(crate) fn run(
        &mut self,
        calls: &[Call],
        seed: &simulate::Seed,
        hints: &dyn Fn(&str) -> Option<Msg>,
    ) {
        let mut valid = Vec::with_capacity(calls.len());
        for call in calls {
            let report: Report = crate::aws::validate(call.action, &call.params);
            valid.push(report.is_valid());
            for d in report.diagnostics() {
                self.about(call, d.clone());
            }
        }
        let outcome = simulate::run(calls, &valid, seed);
        if let Some(call) = outcome.cut.and_then(|i| calls.get(i)) {
            self.pending.push(Pending {
                loc: call.anchor.clone(),
                path: match &call.anchor {
                    Loc::File(p) => p.clone(),
                    Loc::At(_) => Pointer::root(),
                },
                diagnostic: said(
                    Pointer::root(),
                    Code::InputNotChecked,
                    Msg::NotRun { max: simulate::MAX_SIMULATED, from: call.from.to_string() },
                    Msg::CheckInParts,
                ),
                request: None,
            });
        }
        if let Some(refusal) = outcome.refusal {
            if let Some(call) = calls.get(refusal.call) {
                let e = &refusal.error;
                let message = Msg::ServiceRefuses {
                    action: call.action.name().to_owned(),
                    from: call.from.to_string(),
                    status: usize::from(e.status()),
                    error_type: e.type_name().to_owned(),
                    message: e.message.clone(),
                };
                let hint = hints(&e.message).unwrap_or(Msg::ServiceRefusalHint);
                let d = said(Pointer::root(), Code::InputServiceError, message, hint);
                self.pending.push(Pending {
                    loc: call.anchor.clone(),
                    path: match &call.anchor {
                        Loc::File(p) => p.clone(),
                        Loc::At(_) => Pointer::root(),
                    },
                    diagnostic: Diagnostic { path: Pointer::root(), ..d },
                    request: Some(RequestRef {
                        action: call.action.name(),
                        path: Pointer::root(),
                        from: call.from.clone(),
                    }),
                });
            }
        }
    }

    /// Looks the positions up and sorts the findings by them.
    pub(crate) fn finish(self, kind: Option<Kind>, source: &Source<'_>) -> FileReport {
        let positions: Vec<Position> = match source {
            Source::Json(text) => {
                let wanted: Vec<&str> = self
                    .pending
                    .iter()
                    .map(|p| match &p.loc {
                        Loc::File(fp) => fp.as_str(),
                        Loc::At(_) => "",
                    })
                    .collect();
                crate::locate::positions(text, &wanted)
                    .into_iter()
                    .map(|(line, column)| Position { line, column })
                    .collect()
            }
            Source::Yaml(map) => self
                .pending
                .iter()
                .map(|p| match &p.loc {
                    Loc::File(fp) => nearest(map, fp),
                    Loc::At(at) => *at,
                })
                .collect(),
            Source::Script => Vec::new(),
        };
        let mut findings: Vec<Finding> = self
            .pending
            .into_iter()
            .enumerate()
            .map(|(i, p)| {
                let at = match &p.loc {
                    Loc::At(at) => *at,
                    Loc::File(_) => positions.get(i).copied().unwrap_or_default(),
                };
                let mut diagnostic = p.diagnostic;
                diagnostic.path = p.path;
                Finding { diagnostic, at, request: p.request }
            })
            .collect();
        // Where a Terraform canary is said to serve the stage's deployment, the general lint
        // that says the same is left out.
        let said: std::collections::HashSet<Pointer> = findings
            .iter()
            .filter(|f| f.diagnostic.code == Code::InputTerraformCanaryDeployment)
            .map(|f| f.diagnostic.path.clone())
            .collect();
        findings.retain(|f| {
            f.diagnostic.code != Code::AwsCanarySameDeployment || !said.contains(&f.diagnostic.path)
        });
        findings.sort_by_key(|f| (f.at.line, f.at.column));
        findings.dedup_by(|a, b| a.diagnostic == b.diagnostic && a.at == b.at);
        FileReport { kind, findings }
    }
}

/// The position of `p` in a YAML document, or of its nearest ancestor that has one.
fn nearest(map: &HashMap<String, Position>, p: &Pointer) -> Position {
    let mut s = p.as_str();
    loop {
        if let Some(at) = map.get(s) {
            return *at;
        }
        match s.rfind('/') {
            Some(i) => s = s.get(..i).unwrap_or_default(),
            None => return Position::default(),
        }
    }
}

/// A number as a string the way the SDKs write a double or an integer into UpdateStage's
/// string values.
pub(crate) fn number_text(n: &serde_json::Number) -> String {
    n.to_string()
}

/// The text of a scalar as a string parameter takes it (`"10"` for 10, `"true"` for true).
pub(crate) fn scalar_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(number_text(n)),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// The order in which dependent steps can run: `after[n]` lists the steps that wait for step
/// `n`. Among the steps ready, the lowest index first (the file's order); steps caught in a
/// cycle follow, in index order, so every step appears exactly once.
pub(crate) fn creation_order(after: &[Vec<usize>]) -> Vec<usize> {
    let mut waiting = vec![0usize; after.len()];
    for t in after.iter().flatten() {
        if let Some(w) = waiting.get_mut(*t) {
            *w += 1;
        }
    }
    let mut ready: std::collections::BTreeSet<usize> =
        (0..after.len()).filter(|n| waiting.get(*n) == Some(&0)).collect();
    let mut done = vec![false; after.len()];
    let mut order = Vec::with_capacity(after.len());
    while order.len() < after.len() {
        // The first step ready; in a cycle, the first not yet done.
        let next = ready.pop_first().or_else(|| done.iter().position(|d| !d));
        let Some(n) = next else { break };
        if done.get(n).copied().unwrap_or(true) {
            continue;
        }
        if let Some(d) = done.get_mut(n) {
            *d = true;
        }
        order.push(n);
        for t in after.get(n).into_iter().flatten() {
            if let Some(w) = waiting.get_mut(*t) {
                *w = w.saturating_sub(1);
                if *w == 0 && !done.get(*t).copied().unwrap_or(true) {
                    ready.insert(*t);
                }
            }
        }
    }
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_are_told_apart() {
        assert_eq!(
            detect("{\"format_version\": \"1.2\", \"terraform_version\": \"1.9.0\"}", None),
            Some(Kind::Terraform)
        );
        assert_eq!(detect("{\"Resources\": {}}", None), Some(Kind::CloudFormation));
        assert_eq!(
            detect("AWSTemplateFormatVersion: '2010-09-09'\nResources: {}\n", None),
            Some(Kind::CloudFormation)
        );
        assert_eq!(detect("#!/bin/sh\necho hi\n", None), Some(Kind::AwsCli));
        assert_eq!(
            detect("aws apigateway update-stage --rest-api-id a --stage-name b", None),
            Some(Kind::AwsCli)
        );
        assert_eq!(detect("hello", None), None);
        assert_eq!(detect("hello", Some("deploy.sh")), Some(Kind::AwsCli));
        for k in Kind::ALL {
            assert_eq!(Kind::from_name(k.name()), Some(k));
        }
    }

    #[test]
    fn set_at_builds_objects() {
        let mut v = Value::Object(Map::new());
        set_at(&mut v, &Pointer::root().join("a").join("b"), Value::from(1));
        set_at(&mut v, &Pointer::root().join("c"), Value::from("x"));
        assert_eq!(v, serde_json::json!({"a": {"b": 1}, "c": "x"}));
        assert!(is_under(&Pointer::root().join("a").join("b"), &Pointer::root().join("a")));
        assert!(!is_under(&Pointer::root().join("ab"), &Pointer::root().join("a")));
        assert!(is_under(&Pointer::root().join("ab"), &Pointer::root()));
    }
}
