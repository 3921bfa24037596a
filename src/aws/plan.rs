//! `plan`: the UpdateStage `patchOperations` that take a stage from one GetStage JSON to
//! another, in AWS's path grammar, and what UpdateStage cannot change.
//!
//! The two stages' JSON is diffed with `json_patch::diff` (RFC 6902) and each of its operations
//! lowered onto UpdateStage's grammar (`docs/aws-behaviour.md`, "UpdateStage paths"): a replace
//! of a stage field is a `replace` with the value as a string; a map (`variables`, the canary's
//! overrides) added or removed whole is one operation per entry; a whole canary added is its
//! fields replaced one by one (the first creates it), removed is `remove /canarySettings`; an
//! access-log field removed alone is the whole settings removed and the other field set again
//! (AWS refuses to remove one); a method-settings entry is created by replacing its leaves,
//! starting from the copy of `*/*` AWS makes (`docs/aws-behaviour.md`, "Method settings"), or
//! removed whole. Removals come first, so that no map passes AWS's limits on the way.
//!
//! Every operation is checked by [`patch::plan`], the parser the validator and the gateway
//! share, and the whole plan is then run by the simulated gateway on the current stage: what
//! it leaves different from the wanted stage is reported as unsupported, so a plan with nothing
//! unsupported is one the gateway has proved. The comparison leaves out what the service stamps
//! itself ([`IGNORED`]: `createdDate`, `lastUpdatedDate`, and `cacheClusterStatus`, which
//! follows `cacheClusterEnabled` through its transitions on its own).

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use super::gateway::Gateway;
use super::model::{Deployment, MethodSetting, Stage};
use super::patch::{self, MethodField, RawOp, Target};
use super::request::Action;
use crate::code::Code;
use crate::i18n::{Lang, Msg};
use crate::pointer::Pointer;
use crate::report::Report;

/// The members the service writes itself, not compared: the dates, and the cache's status,
/// which moves from `CREATE_IN_PROGRESS` to `AVAILABLE` (or `DELETE_IN_PROGRESS` to
/// `NOT_AVAILABLE`) without a call.
pub const IGNORED: [&str; 3] = ["createdDate", "lastUpdatedDate", "cacheClusterStatus"];

/// One UpdateStage patch operation, as the API takes it (`value` always a string).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Operation {
    /// `replace` or `remove`.
    pub op: &'static str,
    /// The path in UpdateStage's grammar.
    pub path: String,
    /// The value, for `replace`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

/// A difference UpdateStage cannot make.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Unsupported {
    /// A JSON Pointer into the stage JSON (the wanted stage's, or the current one's for what
    /// should go).
    pub path: String,
    /// Why, in English.
    pub reason: String,
    /// The catalogue entry `reason` was written from, for [`Plan::localized`].
    #[serde(skip)]
    pub said: Msg,
}

impl Unsupported {
    fn new(path: String, said: Msg) -> Self {
        Unsupported { path, reason: said.to_string(), said }
    }
}

impl Plan {
    /// The plan with each reason written in `lang`.
    pub fn localized(&self, lang: Lang) -> Plan {
        let mut plan = self.clone();
        for u in &mut plan.unsupported {
            u.reason = u.said.render(lang);
        }
        plan
    }
}

/// The operations, and what they cannot do.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Plan {
    /// The UpdateStage `patchOperations`, in order.
    pub patch_operations: Vec<Operation>,
    /// What is left different, each with why.
    pub unsupported: Vec<Unsupported>,
}

/// The plan from `current` to `wanted`, proved on the simulated gateway.
pub fn plan(current: &Stage, wanted: &Stage) -> Plan {
    let mut b = Builder::new(current, wanted);
    for op in json_patch::diff(&comparable(current), &comparable(wanted)).iter() {
        b.lower(op);
    }
    let mut plan = b.finish();
    prove(current, wanted, &mut plan);
    plan.unsupported.sort_by(|a, b| a.path.cmp(&b.path));
    plan
}

/// Reads a stage as GetStage returns it (omitted members take AWS's defaults); a failure is a
/// `plan.stage` diagnostic at `at`.
pub fn read_stage(doc: &Value, at: Pointer, report: &mut Report) -> Option<Stage> {
    // serde's error names the member ("missing field `stageName`"); the pointer is the stage's.
    match Stage::deserialize(doc) {
        Ok(stage) => Some(stage),
        Err(e) => {
            let message = Msg::StageUnreadable { error: e.to_string() };
            report.say(at, Code::PlanStage, message, Msg::GiveStageAsGetStage);
            None
        }
    }
}

/// The plan between two documents as JSON (`{"patchOperations", "unsupported"}`), or the report
/// of why they are not stages (pointers under `/current` and `/wanted`).
pub fn run(current: &Value, wanted: &Value) -> Result<Value, Report> {
    let mut report = Report::new();
    let c = read_stage(current, Pointer::root().join("current"), &mut report);
    let w = read_stage(wanted, Pointer::root().join("wanted"), &mut report);
    match (c, w) {
        (Some(c), Some(w)) => Ok(crate::doc::to_value(&plan(&c, &w))),
        _ => Err(report),
    }
}

/// [`run`] from JSON text: text that is not JSON is a `json.syntax` diagnostic at `/current` or
/// `/wanted`.
pub fn run_text(current: &str, wanted: &str) -> Result<Value, Report> {
    run_text_in(current, wanted, Lang::En)
}

/// [`run_text`] with each reason for what UpdateStage cannot change written in `lang`
/// ([`Plan::localized`]); the report's diagnostics are rendered by the face.
pub fn run_text_in(current: &str, wanted: &str, lang: Lang) -> Result<Value, Report> {
    let mut report = Report::new();
    let mut read = |text: &str, name: &str| {
        let at = Pointer::root().join(name);
        let mut syntax = Report::new();
        let doc = crate::doc::parse_into_report(text, &mut syntax);
        for d in syntax.diagnostics() {
            let mut d = d.clone();
            d.path = at.clone();
            report.add(d);
        }
        read_stage(&doc?, at, &mut report)
    };
    match (read(current, "current"), read(wanted, "wanted")) {
        (Some(c), Some(w)) => Ok(crate::doc::to_value(&plan(&c, &w).localized(lang))),
        _ => Err(report),
    }
}

/// A stage's JSON without what the service stamps itself.
fn comparable(s: &Stage) -> Value {
    let mut v = crate::doc::to_value(s);
    if let Some(m) = v.as_object_mut() {
        for k in IGNORED {
            m.remove(k);
        }
    }
    v
}

/// An operation before its check, with the place in the stage JSON it is for.
struct Planned {
    op: Operation,
    at: Pointer,
}

/// The lowering: operations in buckets that fix their order.
struct Builder<'a> {
    current: &'a Stage,
    wanted: &'a Stage,
    removes: Vec<Planned>,
    fields: Vec<Planned>,
    variables: Vec<Planned>,
    access_log: Vec<Planned>,
    reset_access_log: bool,
    canary: Vec<Planned>,
    methods: BTreeSet<String>,
    unsupported: Vec<Unsupported>,
}

fn replace(path: impl Into<String>, value: impl Into<String>, at: Pointer) -> Planned {
    Planned { op: Operation { op: "replace", path: path.into(), value: Some(value.into()) }, at }
}

fn remove(path: impl Into<String>, at: Pointer) -> Planned {
    Planned { op: Operation { op: "remove", path: path.into(), value: None }, at }
}

/// A JSON value as UpdateStage's string: text as it is, booleans and integers as written,
/// doubles with their fraction (`50.0`), read back exactly.
fn text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Number(n) => match n.as_i64() {
            Some(i) if !n.is_f64() => i.to_string(),
            _ => double(n.as_f64().unwrap_or_default()),
        },
        other => other.to_string(),
    }
}

/// A double as text that reads back as the same double (`50.0`, `0.1`, `1e-7`).
fn double(x: f64) -> String {
    format!("{x:?}")
}

impl<'a> Builder<'a> {
    fn new(current: &'a Stage, wanted: &'a Stage) -> Self {
        Builder {
            current,
            wanted,
            removes: Vec::new(),
            fields: Vec::new(),
            variables: Vec::new(),
            access_log: Vec::new(),
            reset_access_log: false,
            canary: Vec::new(),
            methods: BTreeSet::new(),
            unsupported: Vec::new(),
        }
    }

    fn cannot(&mut self, at: &Pointer, reason: Msg) {
        self.unsupported.push(Unsupported::new(at.as_str().to_owned(), reason));
    }

    /// One RFC 6902 operation of the diff, in UpdateStage's terms.
    fn lower(&mut self, op: &json_patch::PatchOperation) {
        use json_patch::PatchOperation as P;
        let (removed, value) = match op {
            P::Add(o) => (false, Some(&o.value)),
            P::Replace(o) => (false, Some(&o.value)),
            P::Remove(_) => (true, None),
            // `diff` writes only add, remove and replace.
            _ => return,
        };
        let Some(at) = Pointer::parse(op.path().as_str()) else { return };
        let tokens: Vec<String> = at.tokens().collect();
        let tokens: Vec<&str> = tokens.iter().map(String::as_str).collect();
        let value_text = value.map(text);
        match (tokens.as_slice(), value_text) {
            (["stageName"], _) => self.cannot(&at, Msg::PlanNoRename),
            (["webAclArn"], _) => self.cannot(&at, Msg::PlanNoWebAcl),
            (["tags", ..], _) => self.cannot(&at, Msg::PlanNoTags),
            (["cacheClusterSize"], None) => self.cannot(&at, Msg::PlanCacheSizeUnset),
            ([field @ ("description" | "clientCertificateId" | "documentationVersion")], v) => {
                // An empty value clears the field (the simulated gateway's reading;
                // docs/aws-unknowns.md).
                self.fields.push(replace(format!("/{field}"), v.unwrap_or_default(), at.clone()));
            }
            (
                [
                    field @ ("deploymentId"
                    | "cacheClusterEnabled"
                    | "cacheClusterSize"
                    | "tracingEnabled"),
                ],
                Some(v),
            ) => self.fields.push(replace(format!("/{field}"), v, at.clone())),
            (["variables"], _) => {
                if removed {
                    for k in self.current.variables.keys() {
                        let p = at.join(k.as_str());
                        self.removes.push(remove(format!("/variables/{k}"), p));
                    }
                } else {
                    for (k, v) in &self.wanted.variables {
                        let p = at.join(k.as_str());
                        self.variables.push(replace(format!("/variables/{k}"), v, p));
                    }
                }
            }
            (["variables", k], None) => {
                self.removes.push(remove(format!("/variables/{k}"), at.clone()))
            }
            (["variables", k], Some(v)) => {
                self.variables.push(replace(format!("/variables/{k}"), v, at.clone()));
            }
            (["accessLogSettings"], None) => {
                self.removes.push(remove("/accessLogSettings", at.clone()));
            }
            (["accessLogSettings"], Some(_)) | (["accessLogSettings", _], None) => {
                self.reset_access_log |= removed;
                self.set_access_log();
            }
            (["accessLogSettings", leaf @ ("destinationArn" | "format")], Some(v)) => {
                self.access_log.push(replace(format!("/accessLogSettings/{leaf}"), v, at.clone()));
            }
            (["canarySettings"], None) => self.removes.push(remove("/canarySettings", at.clone())),
            (["canarySettings"], Some(_)) => self.create_canary(&at),
            (
                ["canarySettings", field @ ("deploymentId" | "percentTraffic" | "useStageCache")],
                Some(v),
            ) => self.canary.push(replace(format!("/canarySettings/{field}"), v, at.clone())),
            (["canarySettings", "stageVariableOverrides"], _) => {
                let (current, wanted) = (self.current_overrides(), self.wanted_overrides());
                if removed {
                    for k in current.keys() {
                        let path = format!("/canarySettings/stageVariableOverrides/{k}");
                        self.removes.push(remove(path, at.join(k.as_str())));
                    }
                } else {
                    for (k, v) in wanted {
                        let path = format!("/canarySettings/stageVariableOverrides/{k}");
                        self.canary.push(replace(path, v, at.join(k.as_str())));
                    }
                }
            }
            (["canarySettings", "stageVariableOverrides", k], v) => {
                let path = format!("/canarySettings/stageVariableOverrides/{k}");
                match v {
                    Some(v) => self.canary.push(replace(path, v, at.clone())),
                    None => self.removes.push(remove(path, at.clone())),
                }
            }
            (["methodSettings", ..], _) => match tokens.get(1) {
                Some(key) => {
                    self.methods.insert((*key).to_owned());
                }
                None => {
                    let keys = self.current.method_settings.keys();
                    let all = keys.chain(self.wanted.method_settings.keys()).cloned();
                    self.methods.extend(all);
                }
            },
            _ => self.cannot(&at, Msg::PlanNoPath),
        }
    }

    fn current_overrides(&self) -> crate::aws::model::StringMap {
        let c = self.current.canary_settings.as_ref();
        c.map(|c| c.stage_variable_overrides.clone()).unwrap_or_default()
    }

    fn wanted_overrides(&self) -> crate::aws::model::StringMap {
        let c = self.wanted.canary_settings.as_ref();
        c.map(|c| c.stage_variable_overrides.clone()).unwrap_or_default()
    }

    /// Access-log settings set again from the wanted stage's (after removing them, when a field
    /// must go).
    fn set_access_log(&mut self) {
        self.access_log.clear();
        let at = Pointer::root().join("accessLogSettings");
        let Some(log) = &self.wanted.access_log_settings else { return };
        let leaves = [("destinationArn", &log.destination_arn), ("format", &log.format)];
        for (leaf, v) in leaves {
            if let Some(v) = v {
                let path = format!("/accessLogSettings/{leaf}");
                self.access_log.push(replace(path, v, at.join(leaf)));
            }
        }
        if self.access_log.is_empty() {
            self.cannot(&at, Msg::PlanAccessLogEmpty);
        }
    }

    /// A canary where there was none: its deployment first (that creates it), then what differs
    /// from the canary AWS creates (0.0 %, no stage cache, no overrides).
    fn create_canary(&mut self, at: &Pointer) {
        let Some(c) = &self.wanted.canary_settings else { return };
        let p = |k: &str| at.join(k);
        self.canary.push(replace(
            "/canarySettings/deploymentId",
            &c.deployment_id,
            p("deploymentId"),
        ));
        if c.percent_traffic != 0.0 {
            let v = double(c.percent_traffic);
            self.canary.push(replace("/canarySettings/percentTraffic", v, p("percentTraffic")));
        }
        if c.use_stage_cache {
            self.canary.push(replace("/canarySettings/useStageCache", "true", p("useStageCache")));
        }
        for (k, v) in &c.stage_variable_overrides {
            let path = format!("/canarySettings/stageVariableOverrides/{k}");
            self.canary.push(replace(path, v, p("stageVariableOverrides").join(k.as_str())));
        }
    }

    /// The method-settings operations for every entry the diff touched. Removals first; then
    /// entries other than `*/*`, created from the `*/*` AWS copies into a new entry; `*/*` last,
    /// so that it is the current one they copy. A new entry without a log level cannot copy a
    /// `*/*` that has one (nothing unsets a log level): then `*/*` is removed first and made
    /// again after them, and an entry whose log level must go is removed and made again.
    fn methods(&mut self) -> Vec<Planned> {
        const STAR: &str = "*/*";
        let (current, wanted) = (self.current, self.wanted);
        let (cur, want) = (&current.method_settings, &wanted.method_settings);
        let at = Pointer::root().join("methodSettings");
        let mut gone = BTreeSet::new();
        let mut create = BTreeSet::new();
        let mut update = BTreeSet::new();
        for key in std::mem::take(&mut self.methods) {
            if !addressable(&key) {
                self.cannot(&at.join(key.as_str()), Msg::PlanMethodKey { key: key.clone() });
                continue;
            }
            match (cur.get(&key), want.get(&key)) {
                (Some(_), None) => {
                    gone.insert(key);
                }
                (None, Some(_)) => {
                    create.insert(key);
                }
                (Some(c), Some(w)) if c.logging_level.is_some() && w.logging_level.is_none() => {
                    gone.insert(key.clone());
                    create.insert(key);
                }
                (Some(_), Some(_)) => {
                    update.insert(key);
                }
                (None, None) => {}
            }
        }
        let mut seed = cur.get(STAR).filter(|_| !gone.contains(STAR));
        let unlevelled =
            |k: &String| k != STAR && want.get(k).is_some_and(|w| w.logging_level.is_none());
        if seed.is_some_and(|s| s.logging_level.is_some()) && create.iter().any(unlevelled) {
            gone.insert(STAR.to_owned());
            update.remove(STAR);
            if want.contains_key(STAR) {
                create.insert(STAR.to_owned());
            }
            seed = None;
        }
        let mut out = Vec::new();
        for key in &gone {
            self.removes.push(remove(format!("/{key}"), at.join(key.as_str())));
        }
        let default = MethodSetting::default();
        let order = |k: &&String| k.as_str() != STAR;
        let star_last = create.iter().filter(order).chain(create.iter().filter(|k| !order(k)));
        for key in star_last {
            let Some(w) = want.get(key) else { continue };
            // `*/*` itself is made while no `*/*` exists: from AWS's defaults.
            let from = if key == STAR { &default } else { seed.unwrap_or(&default) };
            let before = out.len();
            leaf_ops(key, from, w, &at, &mut out);
            if out.len() == before {
                let v = w.metrics_enabled.to_string();
                let p = at.join(key.as_str()).join("metricsEnabled");
                out.push(replace(format!("/{key}/metrics/enabled"), v, p));
            }
        }
        let star_last = update.iter().filter(order).chain(update.iter().filter(|k| !order(k)));
        for key in star_last {
            if let (Some(c), Some(w)) = (cur.get(key), want.get(key)) {
                leaf_ops(key, c, w, &at, &mut out);
            }
        }
        out
    }

    fn finish(mut self) -> Plan {
        let methods = self.methods();
        if self.reset_access_log {
            let at = Pointer::root().join("accessLogSettings");
            self.removes.push(remove("/accessLogSettings", at));
        }
        let mut plan = Plan { patch_operations: Vec::new(), unsupported: self.unsupported };
        let all = (self.removes.into_iter())
            .chain(self.fields)
            .chain(self.variables)
            .chain(self.access_log)
            .chain(self.canary)
            .chain(methods);
        let mut seen = BTreeSet::new();
        for Planned { op, at } in all {
            if !seen.insert((op.op, op.path.clone())) {
                continue;
            }
            let raw = RawOp {
                op: Some(op.op),
                path: Some(&op.path),
                value: op.value.as_deref(),
                from: None,
            };
            match patch::plan(raw) {
                Ok(_) => plan.patch_operations.push(op),
                Err(e) => plan.unsupported.push(Unsupported::new(
                    at.as_str().to_owned(),
                    Msg::PlanRefused {
                        op: op.op.to_owned(),
                        path: op.path.clone(),
                        error: e.message,
                    },
                )),
            }
        }
        plan
    }
}

/// Whether a method-settings key can be written in a path: `{resourcePath}/{httpMethod}`, both
/// non-empty, and not read as another family of the grammar.
fn addressable(key: &str) -> bool {
    let leaf = format!("/{key}/metrics/enabled");
    patch::parse_path(&leaf) == Target::Method(key.to_owned(), MethodField::MetricsEnabled)
        && patch::parse_path(&format!("/{key}")) == Target::MethodEntry(key.to_owned())
}

/// The replaces that make the entry `key` hold `w` where it holds `from`.
fn leaf_ops(
    key: &str,
    from: &MethodSetting,
    w: &MethodSetting,
    at: &Pointer,
    out: &mut Vec<Planned>,
) {
    for (leaf, field, before, after) in
        leaves(from).into_iter().zip(leaves(w)).map(|(a, b)| (a.0, a.1, a.2, b.2))
    {
        if let Some(v) = after.filter(|v| Some(v) != before.as_ref()) {
            let p = at.join(key).join(field);
            out.push(replace(format!("/{key}/{leaf}"), v, p));
        }
    }
}

/// Each leaf of a method setting: its path under the key, its GetStage field, its value as
/// UpdateStage's string (`None`: no log level).
fn leaves(m: &MethodSetting) -> [(&'static str, &'static str, Option<String>); 10] {
    let b = |x: bool| Some(x.to_string());
    [
        ("metrics/enabled", "metricsEnabled", b(m.metrics_enabled)),
        ("logging/loglevel", "loggingLevel", m.logging_level.clone()),
        ("logging/dataTrace", "dataTraceEnabled", b(m.data_trace_enabled)),
        (
            "throttling/burstLimit",
            "throttlingBurstLimit",
            Some(m.throttling_burst_limit.to_string()),
        ),
        ("throttling/rateLimit", "throttlingRateLimit", Some(double(m.throttling_rate_limit))),
        ("caching/enabled", "cachingEnabled", b(m.caching_enabled)),
        ("caching/ttlInSeconds", "cacheTtlInSeconds", Some(m.cache_ttl_in_seconds.to_string())),
        ("caching/dataEncrypted", "cacheDataEncrypted", b(m.cache_data_encrypted)),
        (
            "caching/requireAuthorizationForCacheControl",
            "requireAuthorizationForCacheControl",
            b(m.require_authorization_for_cache_control),
        ),
        (
            "caching/unauthorizedCacheControlHeaderStrategy",
            "unauthorizedCacheControlHeaderStrategy",
            Some(m.unauthorized_cache_control_header_strategy.clone()),
        ),
    ]
}

/// Runs the plan on the simulated gateway, from the current stage, every deployment the two
/// stages name existing; what the result leaves different from the wanted stage, and not
/// already said, is unsupported.
fn prove(current: &Stage, wanted: &Stage, plan: &mut Plan) {
    let mut ids = BTreeSet::new();
    for s in [current, wanted] {
        ids.insert(s.deployment_id.clone());
        if let Some(c) = &s.canary_settings {
            ids.insert(c.deployment_id.clone());
        }
    }
    let deployments =
        ids.into_iter().map(|id| Deployment { id, description: None, created_date: None });
    let mut gw = Gateway::new(deployments.collect(), vec![current.clone()], Default::default());
    let params = json!({"restApiId": "plan", "stageName": current.stage_name,
                        "patchOperations": plan.patch_operations});
    if let Err(e) = gw.call(Action::UpdateStage, &params) {
        let said = Msg::PlanGatewayRefuses { error: e.to_string() };
        plan.unsupported.push(Unsupported::new(String::new(), said));
        return;
    }
    let Some(got) = gw.stages().first() else { return };
    let (got, want) = (comparable(got), comparable(wanted));
    let said: Vec<String> = plan.unsupported.iter().map(|u| u.path.clone()).collect();
    let covered = |p: &str| {
        said.iter()
            .any(|s| p == s || p.starts_with(&format!("{s}/")) || s.starts_with(&format!("{p}/")))
    };
    let mut residue: BTreeMap<String, Msg> = BTreeMap::new();
    for op in json_patch::diff(&got, &want).iter() {
        let p = op.path().as_str().to_owned();
        if covered(&p) {
            continue;
        }
        let show = |v: Option<&Value>| v.map(Value::to_string);
        let reason = Msg::PlanResidue { got: show(got.pointer(&p)), want: show(want.pointer(&p)) };
        residue.insert(p, reason);
    }
    plan.unsupported.extend(residue.into_iter().map(|(path, said)| Unsupported::new(path, said)));
}
