//! Terraform plans (`terraform show -json plan.out`) as the API Gateway requests the AWS provider
//! makes to apply them.
//!
//! Each `resource_changes` item of type `aws_api_gateway_deployment`, `aws_api_gateway_stage` or
//! `aws_api_gateway_method_settings` becomes the provider's requests: CreateDeployment or
//! CreateStage from `change.after` for a create (and an UpdateStage for what CreateStage does not
//! take), the UpdateStage operations the provider computes from `before` and `after` for an
//! update, UpdateStage operations for method settings, DeleteDeployment and DeleteStage for a
//! delete. Values known only after apply are worked out from the plan's `configuration` where they
//! are references (a stage's `deployment_id = aws_api_gateway_deployment.v2.id` stands for that
//! deployment); other unknown values leave their parameter unchecked. The requests run through
//! the simulated gateway in the order Terraform applies them (dependencies first; a replaced
//! resource's old instance destroyed first, or last with `create_before_destroy`), from the stages
//! the plan's prior state holds.
//!
//! The provider's behaviour this relies on is in `docs/aws-behaviour.md`, "Terraform's AWS
//! provider and canaries".

use std::collections::{HashMap, HashSet};

use serde_json::{Map, Value, json};

use super::simulate::Seed;
use super::{Call, Loc, Out, Position, Source, scalar_text};
use crate::aws::model::Stage;
use crate::aws::request::Action;
use crate::code::Code;
use crate::i18n::{JsonType, Msg};
use crate::pointer::Pointer;

const DEPLOYMENT: &str = "aws_api_gateway_deployment";
const STAGE: &str = "aws_api_gateway_stage";
const METHOD_SETTINGS: &str = "aws_api_gateway_method_settings";

/// `settings` attributes of `aws_api_gateway_method_settings` and the UpdateStage leaf each sets.
const METHOD_LEAVES: &[(&str, &str)] = &[
    ("metrics_enabled", "metrics/enabled"),
    ("logging_level", "logging/loglevel"),
    ("data_trace_enabled", "logging/dataTrace"),
    ("throttling_burst_limit", "throttling/burstLimit"),
    ("throttling_rate_limit", "throttling/rateLimit"),
    ("caching_enabled", "caching/enabled"),
    ("cache_ttl_in_seconds", "caching/ttlInSeconds"),
    ("cache_data_encrypted", "caching/dataEncrypted"),
    ("require_authorization_for_cache_control", "caching/requireAuthorizationForCacheControl"),
    (
        "unauthorized_cache_control_header_strategy",
        "caching/unauthorizedCacheControlHeaderStrategy",
    ),
];

/// Reads a plan and checks what it asks of API Gateway.
pub(crate) fn check(text: &str) -> (Out, Source<'_>) {
    let mut out = Out::default();
    let body = text.trim_start_matches('\u{feff}');
    let doc = match crate::doc::parse(body) {
        Ok(v) => v,
        Err(e) => {
            let at = Position { line: e.line().max(1), column: e.column().max(1) };
            let message = Msg::MalformedJson { error: e.to_string() };
            out.say(Loc::At(at), Code::JsonSyntax, message, Msg::TfFixJson);
            return (out, Source::Json(body));
        }
    };
    let Some(changes) = doc.get("resource_changes").and_then(Value::as_array) else {
        out.say(Loc::File(Pointer::root()), Code::InputShape, Msg::TfNoChanges, Msg::TfGiveJson);
        return (out, Source::Json(body));
    };
    let plan = Plan::new(changes, doc.get("configuration"));
    let (calls, seed) = plan.calls(&mut out);
    out.run(&calls, &seed, &hint_for);
    (out, Source::Json(body))
}

fn hint_for(message: &str) -> Option<Msg> {
    Some(if message.contains("Active stages") {
        Msg::TfCreateBeforeDestroy
    } else if message.contains("must already be created") {
        Msg::TfStageFirst
    } else if message.contains("Non canary deployment not supported") {
        Msg::TfRemoveCanary
    } else if message.contains("already exists") {
        Msg::TfSameStage
    } else {
        return None;
    })
}

/// One resource change.
struct Change<'a> {
    index: usize,
    address: &'a str,
    kind: &'a str,
    actions: Vec<&'a str>,
    before: Option<&'a Map<String, Value>>,
    after: Option<&'a Map<String, Value>>,
    after_unknown: Option<&'a Value>,
    /// The resource's expressions in the configuration, when the plan has them.
    expressions: Option<&'a Value>,
    /// The module the resource is in (`module.a.`), for its references.
    module: String,
}

/// An attribute of `after`.
enum Attr<'a> {
    /// Not set (absent, null, or an empty string, list or map: what the provider skips).
    Unset,
    /// Known only after apply.
    Unknown,
    /// The value.
    Is(&'a Value),
}

impl<'a> Change<'a> {
    fn at(&self) -> Pointer {
        Pointer::root().join("resource_changes").join(self.index)
    }

    fn after_at(&self, path: &[&str]) -> Pointer {
        path.iter().fold(self.at().join("change").join("after"), |p, t| p.join(*t))
    }

    /// `after` at `path` (an attribute, or `block/0/attribute`).
    fn attr(&self, path: &[&str]) -> Attr<'a> {
        let unknown = self
            .after_unknown
            .and_then(|root| {
                path.iter().try_fold(root, |v, t| match v {
                    Value::Array(items) => items.get(t.parse::<usize>().ok()?),
                    other => other.get(*t),
                })
            })
            .is_some_and(|v| v == &Value::Bool(true));
        if unknown {
            return Attr::Unknown;
        }
        let mut cur: Option<&'a Value> = None;
        for (i, t) in path.iter().enumerate() {
            cur = if i == 0 {
                self.after.and_then(|m| m.get(*t))
            } else {
                match cur {
                    Some(Value::Array(items)) => t.parse::<usize>().ok().and_then(|n| items.get(n)),
                    Some(other) => other.get(*t),
                    None => None,
                }
            };
        }
        match cur {
            None | Some(Value::Null) => Attr::Unset,
            Some(Value::String(s)) if s.is_empty() => Attr::Unset,
            Some(Value::Array(a)) if a.is_empty() => Attr::Unset,
            Some(Value::Object(m)) if m.is_empty() => Attr::Unset,
            Some(v) => Attr::Is(v),
        }
    }

    fn before(&self, key: &str) -> Option<&'a Value> {
        self.before?.get(key).filter(|v| !v.is_null())
    }

    /// The references the configuration gives for an attribute (`block/0/attribute` for one in
    /// a block).
    fn references(&self, path: &[&str]) -> Vec<String> {
        let mut cur = self.expressions;
        for t in path {
            cur = match cur {
                Some(Value::Array(items)) => t.parse::<usize>().ok().and_then(|n| items.get(n)),
                Some(other) => other.get(*t),
                None => None,
            };
        }
        cur.and_then(|e| e.get("references"))
            .and_then(Value::as_array)
            .map(|refs| {
                refs.iter()
                    .filter_map(Value::as_str)
                    .map(|r| format!("{}{r}", self.module))
                    .collect()
            })
            .unwrap_or_default()
    }

    fn creates(&self) -> bool {
        self.actions.contains(&"create")
    }

    fn deletes(&self) -> bool {
        self.actions.contains(&"delete")
    }
}

struct Plan<'a> {
    changes: Vec<Change<'a>>,
    /// The changes by address without instance key.
    by_address: HashMap<&'a str, Vec<&'a str>>,
}

/// The configuration's resources by module (`module.a.module.b.`, instance keys left out) and
/// address: each resource's expressions.
type Config<'a> = HashMap<String, HashMap<&'a str, &'a Value>>;

fn index_config<'a>(module: Option<&'a Value>, prefix: String, out: &mut Config<'a>, depth: usize) {
    let Some(module) = module else { return };
    if depth > 32 {
        return;
    }
    let resources = module.get("resources").and_then(Value::as_array).into_iter().flatten();
    let here = out.entry(prefix.clone()).or_default();
    for r in resources {
        if let (Some(a), Some(e)) = (r.get("address").and_then(Value::as_str), r.get("expressions"))
        {
            here.insert(a, e);
        }
    }
    for (name, call) in module.get("module_calls").and_then(Value::as_object).into_iter().flatten()
    {
        index_config(call.get("module"), format!("{prefix}module.{name}."), out, depth + 1);
    }
}

/// A resource's configuration: its expressions, and its module prefix as its address writes it.
fn config_of<'a>(config: &Config<'a>, address: &str) -> (Option<&'a Value>, String) {
    let mut prefix = String::new();
    let mut plain_prefix = String::new();
    let mut rest = address;
    while let Some(after) = rest.strip_prefix("module.") {
        let (name, tail) = after.split_once('.').unwrap_or((after, ""));
        prefix.push_str(&format!("module.{name}."));
        plain_prefix.push_str(&format!("module.{}.", name.split('[').next().unwrap_or(name)));
        rest = tail;
    }
    let found = config.get(&plain_prefix).and_then(|m| m.get(strip_index(rest))).copied();
    (found, prefix)
}

/// An address without its instance key (`a.b[0]` is `a.b`).
fn strip_index(address: &str) -> &str {
    if address.ends_with(']') {
        address.rsplit_once('[').map_or(address, |(a, _)| a)
    } else {
        address
    }
}

/// The resource a reference names (`aws_api_gateway_deployment.v2.id` names
/// `aws_api_gateway_deployment.v2`), with its module prefix.
fn resource_of(reference: &str) -> Option<String> {
    let (module, rest) = match reference.rfind("module.") {
        Some(_) => {
            let mut prefix = String::new();
            let mut rest = reference;
            while let Some(after) = rest.strip_prefix("module.") {
                let (name, tail) = after.split_once('.')?;
                prefix.push_str(&format!("module.{name}."));
                rest = tail;
            }
            (prefix, rest)
        }
        None => (String::new(), reference),
    };
    let mut parts = rest.splitn(3, '.');
    let (kind, name) = (parts.next()?, parts.next()?);
    let managed = kind.contains('_')
        && !matches!(
            kind,
            "data" | "var" | "local" | "each" | "count" | "path" | "self" | "terraform"
        );
    managed.then(|| format!("{module}{kind}.{}", strip_index(name)))
}

impl<'a> Plan<'a> {
    fn new(items: &'a [Value], configuration: Option<&'a Value>) -> Self {
        let mut config = Config::new();
        index_config(
            configuration.and_then(|c| c.get("root_module")),
            String::new(),
            &mut config,
            0,
        );
        let mut changes = Vec::new();
        for (index, rc) in items.iter().enumerate() {
            let (Some(address), Some(kind)) =
                (rc.get("address").and_then(Value::as_str), rc.get("type").and_then(Value::as_str))
            else {
                continue;
            };
            if rc.get("mode").and_then(Value::as_str).is_some_and(|m| m != "managed") {
                continue;
            }
            let change = rc.get("change");
            let actions = change
                .and_then(|c| c.get("actions"))
                .and_then(Value::as_array)
                .map(|a| a.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            let (expressions, module) = config_of(&config, address);
            changes.push(Change {
                index,
                address,
                kind,
                actions,
                before: change.and_then(|c| c.get("before")).and_then(Value::as_object),
                after: change.and_then(|c| c.get("after")).and_then(Value::as_object),
                after_unknown: change.and_then(|c| c.get("after_unknown")),
                expressions,
                module,
            });
        }
        let mut by_address: HashMap<&'a str, Vec<&'a str>> = HashMap::new();
        for c in &changes {
            by_address.entry(strip_index(c.address)).or_default().push(c.address);
        }
        Plan { changes, by_address }
    }

    /// The address of the one change a reference names.
    fn target(&self, reference: &str) -> Option<&'a str> {
        let wanted = resource_of(reference)?;
        match self.by_address.get(wanted.as_str())?.as_slice() {
            [one] => Some(*one),
            _ => None,
        }
    }

    /// Everything a change's configuration refers to, as change addresses.
    fn dependencies(&self, c: &Change<'a>) -> HashSet<&'a str> {
        let mut refs = Vec::new();
        collect_references(c.expressions, &mut refs, 0);
        refs.iter()
            .filter_map(|r| self.target(&format!("{}{r}", c.module)))
            .filter(|a| *a != c.address)
            .collect()
    }

    fn calls(&self, out: &mut Out) -> (Vec<Call>, Seed) {
        // The steps, each (change, destroy?), and what must come before each.
        let mut steps: Vec<(usize, bool)> = Vec::new();
        for (i, c) in self.changes.iter().enumerate() {
            let destroy_first = c.actions.first() == Some(&"delete");
            if destroy_first && c.deletes() {
                steps.push((i, true));
            }
            if c.creates() || c.actions.contains(&"update") {
                steps.push((i, false));
            }
            if !destroy_first && c.deletes() {
                steps.push((i, true));
            }
        }
        let deps: Vec<HashSet<&str>> = self.changes.iter().map(|c| self.dependencies(c)).collect();
        let order = apply_order(&self.changes, &steps, &deps);
        let mut calls = Vec::new();
        for (i, destroy) in order {
            let Some(c) = self.changes.get(i) else { continue };
            match (c.kind, destroy) {
                (DEPLOYMENT, false) if c.creates() => calls.push(self.create_deployment(c, out)),
                (DEPLOYMENT, true) => calls.extend(self.delete_deployment(c)),
                (STAGE, false) if c.creates() => calls.extend(self.create_stage(c, out)),
                (STAGE, false) => calls.extend(self.update_stage(c, out)),
                (STAGE, true) => calls.extend(self.delete_stage(c)),
                (METHOD_SETTINGS, false) => calls.extend(self.method_settings(c, out)),
                (METHOD_SETTINGS, true) => calls.extend(self.remove_method_settings(c)),
                _ => {}
            }
        }
        let stages = self
            .changes
            .iter()
            .filter(|c| c.kind == STAGE)
            .filter_map(|c| stage_from_state(c.before?))
            .collect();
        (calls, Seed { stages, fresh: false })
    }

    // ------------------------------------------------------------ attributes into parameters

    /// An identifier: its value, or what it references when known only after apply.
    fn id(&self, call: &mut Call, c: &Change<'a>, payload: &Pointer, path: &[&str]) {
        let loc = Loc::File(c.after_at(path));
        let value = match c.attr(path) {
            Attr::Is(v) => scalar_text(v).unwrap_or_default(),
            Attr::Unknown => match c.references(path).iter().find_map(|r| self.target(r)) {
                Some(address) => address.to_owned(),
                None => "(known after apply)".to_owned(),
            },
            Attr::Unset => return,
        };
        call.set(payload, Value::String(value), loc, false);
    }

    /// A `canary_settings` block's share, overrides and stage-cache flag, under `canary` in the
    /// request (the same for a stage and a deployment).
    fn canary_values(&self, call: &mut Call, c: &Change<'a>, canary: &Pointer, out: &mut Out) {
        for (member, attr) in [
            ("percentTraffic", "percent_traffic"),
            ("stageVariableOverrides", "stage_variable_overrides"),
            ("useStageCache", "use_stage_cache"),
        ] {
            self.value(call, c, &canary.join(member), &["canary_settings", "0", attr], out);
        }
    }

    /// A plain attribute; unknown ones are left unchecked, with a warning.
    fn value(
        &self,
        call: &mut Call,
        c: &Change<'a>,
        payload: &Pointer,
        path: &[&str],
        out: &mut Out,
    ) {
        let at = c.after_at(path);
        match c.attr(path) {
            Attr::Is(v) => {
                call.set(payload, v.clone(), Loc::File(at), matches!(v, Value::Object(_)))
            }
            Attr::Unknown => {
                call.locate(payload, Loc::File(at.clone()));
                call.unresolved(payload);
                unknown(out, &at, path.last().copied().unwrap_or_default());
            }
            Attr::Unset => {}
        }
    }

    fn rest_api(&self, call: &mut Call, c: &Change<'a>) {
        let root = Pointer::root();
        match c.attr(&["rest_api_id"]) {
            Attr::Unset if c.before("rest_api_id").is_some() => {
                let v = c.before("rest_api_id").cloned().unwrap_or_default();
                call.set(&root.join("restApiId"), v, Loc::File(c.at()), false);
            }
            _ => self.id(call, c, &root.join("restApiId"), &["rest_api_id"]),
        }
    }

    fn create_deployment(&self, c: &Change<'a>, out: &mut Out) -> Call {
        let root = Pointer::root();
        let mut call = Call::new(Action::CreateDeployment, c.address, Loc::File(c.at()));
        call.creates = Some(c.address.to_owned());
        self.rest_api(&mut call, c);
        self.value(&mut call, c, &root.join("stageName"), &["stage_name"], out);
        self.value(&mut call, c, &root.join("stageDescription"), &["stage_description"], out);
        self.value(&mut call, c, &root.join("description"), &["description"], out);
        self.value(&mut call, c, &root.join("variables"), &["variables"], out);
        if let Attr::Is(_) = c.attr(&["canary_settings", "0"]) {
            let canary = root.join("canarySettings");
            call.set(
                &canary,
                Value::Object(Map::new()),
                Loc::File(c.after_at(&["canary_settings", "0"])),
                false,
            );
            self.canary_values(&mut call, c, &canary, out);
        }
        call
    }

    fn delete_deployment(&self, c: &Change<'a>) -> Option<Call> {
        let id = c.before("id")?.clone();
        let mut call = Call::new(Action::DeleteDeployment, c.address, Loc::File(c.at()));
        let root = Pointer::root();
        let rest = c.before("rest_api_id").cloned().unwrap_or_default();
        call.set(&root.join("restApiId"), rest, Loc::File(c.at()), false);
        call.set(&root.join("deploymentId"), id, Loc::File(c.at()), false);
        Some(call)
    }

    fn delete_stage(&self, c: &Change<'a>) -> Option<Call> {
        let name = c.before("stage_name")?.clone();
        let mut call = Call::new(Action::DeleteStage, c.address, Loc::File(c.at()));
        let root = Pointer::root();
        let rest = c.before("rest_api_id").cloned().unwrap_or_default();
        call.set(&root.join("restApiId"), rest, Loc::File(c.at()), false);
        call.set(&root.join("stageName"), name, Loc::File(c.at()), false);
        Some(call)
    }

    /// The canary's deployment: `canary_settings.deployment_id`, or what the provider sends
    /// without it (the stage's own), with the warning that says so.
    fn canary_deployment(
        &self,
        call: &mut Call,
        c: &Change<'a>,
        payload: &Pointer,
        out: &mut Out,
    ) -> Option<Value> {
        let path = ["canary_settings", "0", "deployment_id"];
        match c.attr(&path) {
            Attr::Unset => {
                let at = c.after_at(&["canary_settings", "0"]);
                out.say(
                    Loc::File(at.clone()),
                    Code::InputTerraformCanaryDeployment,
                    Msg::TfCanaryNoDeployment,
                    Msg::TfCanaryDeploymentHint,
                );
                let stage = call.params.get("deploymentId").cloned();
                if let Some(id) = &stage {
                    call.set(payload, id.clone(), Loc::File(at), false);
                }
                stage
            }
            _ => {
                self.id(call, c, payload, &path);
                call.params.pointer("/canarySettings/deploymentId").cloned()
            }
        }
    }

    fn create_stage(&self, c: &Change<'a>, out: &mut Out) -> Vec<Call> {
        let root = Pointer::root();
        let mut call = Call::new(Action::CreateStage, c.address, Loc::File(c.at()));
        self.rest_api(&mut call, c);
        self.value(&mut call, c, &root.join("stageName"), &["stage_name"], out);
        self.id(&mut call, c, &root.join("deploymentId"), &["deployment_id"]);
        self.value(&mut call, c, &root.join("description"), &["description"], out);
        self.value(
            &mut call,
            c,
            &root.join("cacheClusterEnabled"),
            &["cache_cluster_enabled"],
            out,
        );
        self.value(&mut call, c, &root.join("cacheClusterSize"), &["cache_cluster_size"], out);
        self.value(
            &mut call,
            c,
            &root.join("documentationVersion"),
            &["documentation_version"],
            out,
        );
        self.value(&mut call, c, &root.join("tracingEnabled"), &["xray_tracing_enabled"], out);
        self.value(&mut call, c, &root.join("variables"), &["variables"], out);
        self.value(&mut call, c, &root.join("tags"), &["tags"], out);
        if let Attr::Is(_) = c.attr(&["canary_settings", "0"]) {
            let canary = root.join("canarySettings");
            call.set(
                &canary,
                Value::Object(Map::new()),
                Loc::File(c.after_at(&["canary_settings", "0"])),
                false,
            );
            self.canary_deployment(&mut call, c, &canary.join("deploymentId"), out);
            self.canary_values(&mut call, c, &canary, out);
        }
        let mut calls = vec![call];
        // What CreateStage does not take, the provider sets with an UpdateStage right after.
        let mut update = self.stage_update_call(c, &calls);
        let log = ["access_log_settings", "0"];
        if let Attr::Is(_) = c.attr(&log) {
            op(
                &mut update,
                c,
                "replace",
                "/accessLogSettings/destinationArn",
                &["access_log_settings", "0", "destination_arn"],
                out,
            );
            op(
                &mut update,
                c,
                "replace",
                "/accessLogSettings/format",
                &["access_log_settings", "0", "format"],
                out,
            );
        }
        op(&mut update, c, "replace", "/clientCertificateId", &["client_certificate_id"], out);
        if has_ops(&update) {
            calls.push(update);
        }
        calls
    }

    /// An UpdateStage on the stage a change manages.
    fn stage_update_call(&self, c: &Change<'a>, _: &[Call]) -> Call {
        let root = Pointer::root();
        let mut update = Call::new(Action::UpdateStage, c.address, Loc::File(c.at()));
        self.rest_api(&mut update, c);
        match c.attr(&["stage_name"]) {
            Attr::Is(v) => update.set(
                &root.join("stageName"),
                v.clone(),
                Loc::File(c.after_at(&["stage_name"])),
                false,
            ),
            _ => {
                if let Some(v) = c.before("stage_name") {
                    update.set(&root.join("stageName"), v.clone(), Loc::File(c.at()), false);
                }
            }
        }
        update
    }

    /// The operations the provider sends for an updated stage: one per changed attribute.
    fn update_stage(&self, c: &Change<'a>, out: &mut Out) -> Option<Call> {
        let mut update = self.stage_update_call(c, &[]);
        let changed =
            |key: &str| c.before.and_then(|b| b.get(key)) != c.after.and_then(|a| a.get(key));
        if changed("deployment_id") {
            let ops = Pointer::root().join("patchOperations");
            let i = push_op(&mut update, json!({"op": "replace", "path": "/deploymentId"}));
            let payload = ops.join(i).join("value");
            update.locate(&ops.join(i), Loc::File(c.after_at(&["deployment_id"])));
            self.id(&mut update, c, &payload, &["deployment_id"]);
        }
        for (key, path) in [
            ("description", "/description"),
            ("cache_cluster_enabled", "/cacheClusterEnabled"),
            ("cache_cluster_size", "/cacheClusterSize"),
            ("client_certificate_id", "/clientCertificateId"),
            ("documentation_version", "/documentationVersion"),
            ("xray_tracing_enabled", "/tracingEnabled"),
        ] {
            if changed(key) {
                op(&mut update, c, "replace", path, &[key], out);
            }
        }
        if changed("variables") {
            map_ops(&mut update, c, "variables", &["variables"], "/variables/");
        }
        if changed("access_log_settings") {
            match c.attr(&["access_log_settings", "0"]) {
                Attr::Unset => {
                    let i =
                        push_op(&mut update, json!({"op": "remove", "path": "/accessLogSettings"}));
                    update.locate(
                        &Pointer::root().join("patchOperations").join(i),
                        Loc::File(c.after_at(&["access_log_settings"])),
                    );
                }
                _ => {
                    op(
                        &mut update,
                        c,
                        "replace",
                        "/accessLogSettings/destinationArn",
                        &["access_log_settings", "0", "destination_arn"],
                        out,
                    );
                    op(
                        &mut update,
                        c,
                        "replace",
                        "/accessLogSettings/format",
                        &["access_log_settings", "0", "format"],
                        out,
                    );
                }
            }
        }
        let canary = ["canary_settings", "0"];
        let has_canary = matches!(c.attr(&canary), Attr::Is(_));
        if has_canary {
            // Said whether or not it changed: the plan applies it.
            if let Attr::Unset = c.attr(&["canary_settings", "0", "deployment_id"]) {
                let mut scratch = Call::new(Action::CreateStage, c.address, Loc::File(c.at()));
                self.canary_deployment(&mut scratch, c, &Pointer::root().join("x"), out);
            }
        }
        if changed("canary_settings") {
            if has_canary {
                op(
                    &mut update,
                    c,
                    "replace",
                    "/canarySettings/percentTraffic",
                    &["canary_settings", "0", "percent_traffic"],
                    out,
                );
                op(
                    &mut update,
                    c,
                    "replace",
                    "/canarySettings/useStageCache",
                    &["canary_settings", "0", "use_stage_cache"],
                    out,
                );
                map_ops(
                    &mut update,
                    c,
                    "canary_settings",
                    &["canary_settings", "0", "stage_variable_overrides"],
                    "/canarySettings/stageVariableOverrides/",
                );
                if let Attr::Is(_) | Attr::Unknown =
                    c.attr(&["canary_settings", "0", "deployment_id"])
                {
                    let ops = Pointer::root().join("patchOperations");
                    let i = push_op(
                        &mut update,
                        json!({"op": "replace", "path": "/canarySettings/deploymentId"}),
                    );
                    update.locate(
                        &ops.join(i),
                        Loc::File(c.after_at(&["canary_settings", "0", "deployment_id"])),
                    );
                    self.id(
                        &mut update,
                        c,
                        &ops.join(i).join("value"),
                        &["canary_settings", "0", "deployment_id"],
                    );
                }
            } else {
                let i = push_op(&mut update, json!({"op": "remove", "path": "/canarySettings"}));
                update.locate(
                    &Pointer::root().join("patchOperations").join(i),
                    Loc::File(c.after_at(&["canary_settings"])),
                );
            }
        }
        has_ops(&update).then_some(update)
    }

    fn method_settings(&self, c: &Change<'a>, out: &mut Out) -> Option<Call> {
        let root = Pointer::root();
        let mut call = Call::new(Action::UpdateStage, c.address, Loc::File(c.at()));
        self.rest_api(&mut call, c);
        self.value(&mut call, c, &root.join("stageName"), &["stage_name"], out);
        let method = match c.attr(&["method_path"]) {
            Attr::Is(Value::String(s)) => s.clone(),
            Attr::Unknown => {
                unknown(out, &c.after_at(&["method_path"]), "method_path");
                return None;
            }
            _ => return None,
        };
        let create = c.creates();
        for (attr, leaf) in METHOD_LEAVES {
            let path = ["settings", "0", attr];
            let was = c.before.and_then(|b| b.get("settings")?.get(0)?.get(*attr));
            let now = c.after.and_then(|a| a.get("settings")?.get(0)?.get(*attr));
            if !create && was == now {
                continue;
            }
            op(&mut call, c, "replace", &format!("/{method}/{leaf}"), &path, out);
        }
        has_ops(&call).then_some(call)
    }

    fn remove_method_settings(&self, c: &Change<'a>) -> Option<Call> {
        let method = c.before("method_path")?.as_str()?.to_owned();
        let mut call = Call::new(Action::UpdateStage, c.address, Loc::File(c.at()));
        let root = Pointer::root();
        call.set(
            &root.join("restApiId"),
            c.before("rest_api_id").cloned().unwrap_or_default(),
            Loc::File(c.at()),
            false,
        );
        call.set(
            &root.join("stageName"),
            c.before("stage_name").cloned().unwrap_or_default(),
            Loc::File(c.at()),
            false,
        );
        push_op(&mut call, json!({"op": "remove", "path": format!("/{method}")}));
        // The provider takes "no method setting for this method" as done: not simulated.
        call.complete = false;
        Some(call)
    }
}

/// The steps in the order Terraform applies them: what a resource uses is created or updated
/// before it; a replaced resource's old instance goes first, or (with `create_before_destroy`)
/// after every user moved to the new one; users being destroyed go before what they use. Among
/// the steps ready, the plan's order; a cycle is broken in that order too.
fn apply_order(
    changes: &[Change<'_>],
    steps: &[(usize, bool)],
    deps: &[HashSet<&str>],
) -> Vec<(usize, bool)> {
    let id: HashMap<(usize, bool), usize> =
        steps.iter().enumerate().map(|(n, s)| (*s, n)).collect();
    let index: HashMap<&str, usize> =
        changes.iter().enumerate().map(|(i, c)| (c.address, i)).collect();
    let mut after: Vec<Vec<usize>> = vec![Vec::new(); steps.len()];
    let mut edge = |from: Option<&usize>, to: Option<&usize>| {
        if let (Some(f), Some(t)) = (from, to) {
            if let Some(list) = after.get_mut(*f) {
                list.push(*t);
            }
        }
    };
    for (i, c) in changes.iter().enumerate() {
        let destroy_first = c.actions.first() == Some(&"delete");
        let (apply, destroy) = (id.get(&(i, false)), id.get(&(i, true)));
        if destroy_first {
            edge(destroy, apply);
        } else {
            edge(apply, destroy);
        }
        for used in deps.get(i).into_iter().flatten().filter_map(|a| index.get(a)) {
            let used_change = changes.get(*used);
            let cbd = used_change.is_some_and(|u| u.actions.first() != Some(&"delete"));
            edge(id.get(&(*used, false)), apply);
            if cbd {
                edge(apply, id.get(&(*used, true)));
            }
            edge(destroy, id.get(&(*used, true)));
        }
    }
    super::creation_order(&after).into_iter().filter_map(|n| steps.get(n).copied()).collect()
}

/// Appends an operation; its index.
fn push_op(call: &mut Call, op: Value) -> usize {
    let Some(m) = call.params.as_object_mut() else { return 0 };
    let list = m.entry("patchOperations").or_insert_with(|| Value::Array(Vec::new()));
    match list.as_array_mut() {
        Some(items) => {
            items.push(op);
            items.len() - 1
        }
        None => 0,
    }
}

fn has_ops(call: &Call) -> bool {
    call.params.get("patchOperations").and_then(Value::as_array).is_some_and(|a| !a.is_empty())
}

/// A `replace` (or other) operation with an attribute's value as the provider writes it: booleans
/// as `true`/`false`, doubles with six decimals (`%f`), integers as they are. An unset attribute
/// sends nothing.
fn op(call: &mut Call, c: &Change<'_>, kind: &str, path: &str, attr: &[&str], out: &mut Out) {
    let at = c.after_at(attr);
    let value = match c.attr(attr) {
        Attr::Unset => return,
        Attr::Unknown => {
            unknown(out, &at, attr.last().copied().unwrap_or_default());
            return;
        }
        Attr::Is(v) => v,
    };
    let text = match value {
        Value::Number(n) if n.is_f64() => format!("{:.6}", n.as_f64().unwrap_or_default()),
        Value::Number(n)
            if attr.last() == Some(&"percent_traffic")
                || attr.last() == Some(&"throttling_rate_limit") =>
        {
            format!("{:.6}", n.as_f64().unwrap_or_default())
        }
        other => match scalar_text(other) {
            Some(t) => t,
            None => {
                let attr = attr.last().copied().unwrap_or_default().to_owned();
                let message = Msg::TfNotText { attr, got: JsonType::of(other) };
                out.say(Loc::File(at), Code::InputType, message, Msg::TfSingleValue);
                return;
            }
        },
    };
    let i = push_op(call, json!({"op": kind, "path": path, "value": text}));
    call.locate(&Pointer::root().join("patchOperations").join(i), Loc::File(at));
}

/// The operations for a changed map (variables, overrides): remove what went, replace what is
/// new or changed, as the provider diffs them.
fn map_ops(call: &mut Call, c: &Change<'_>, _: &str, attr: &[&str], prefix: &str) {
    let get = |m: Option<&Map<String, Value>>| -> Map<String, Value> {
        let mut cur = m.and_then(|m| m.get(*attr.first()?));
        for t in attr.iter().skip(1) {
            cur = match cur {
                Some(Value::Array(items)) => t.parse::<usize>().ok().and_then(|n| items.get(n)),
                Some(other) => other.get(*t),
                None => None,
            };
        }
        cur.and_then(Value::as_object).cloned().unwrap_or_default()
    };
    let (old, new) = (get(c.before), get(c.after));
    let ops = Pointer::root().join("patchOperations");
    for k in old.keys().filter(|k| !new.contains_key(*k)) {
        let i = push_op(call, json!({"op": "remove", "path": format!("{prefix}{k}")}));
        call.locate(&ops.join(i), Loc::File(c.after_at(attr)));
    }
    for (k, v) in &new {
        if old.get(k) == Some(v) {
            continue;
        }
        let i = push_op(
            call,
            json!({"op": "replace", "path": format!("{prefix}{k}"), "value": scalar_text(v).unwrap_or_default()}),
        );
        let mut at = c.after_at(attr);
        at.push(k.as_str());
        call.locate(&ops.join(i), Loc::File(at));
    }
}

fn unknown(out: &mut Out, at: &Pointer, name: &str) {
    out.say(
        Loc::File(at.clone()),
        Code::InputUnresolved,
        Msg::TfAfterApply { name: name.to_owned() },
        Msg::TfSetFromKnown,
    );
}

/// Every reference in a configuration's expressions.
fn collect_references(v: Option<&Value>, out: &mut Vec<String>, depth: usize) {
    let Some(v) = v else { return };
    if depth > 64 {
        return;
    }
    match v {
        Value::Object(m) => {
            if let Some(refs) = m.get("references").and_then(Value::as_array) {
                out.extend(refs.iter().filter_map(Value::as_str).map(str::to_owned));
            }
            for child in m.values() {
                collect_references(Some(child), out, depth + 1);
            }
        }
        Value::Array(items) => {
            items.iter().for_each(|i| collect_references(Some(i), out, depth + 1))
        }
        _ => {}
    }
}

/// A stage as the prior state holds it, in GetStage's shape.
fn stage_from_state(s: &Map<String, Value>) -> Option<Stage> {
    let text =
        |k: &str| s.get(k).and_then(Value::as_str).filter(|t| !t.is_empty()).map(str::to_owned);
    let map = |v: Option<&Value>| -> Map<String, Value> {
        v.and_then(Value::as_object).cloned().unwrap_or_default()
    };
    let mut stage = Map::new();
    stage.insert("stageName".into(), Value::String(text("stage_name")?));
    stage.insert("deploymentId".into(), Value::String(text("deployment_id")?));
    if let Some(d) = text("description") {
        stage.insert("description".into(), Value::String(d));
    }
    if let Some(b) = s.get("cache_cluster_enabled").and_then(Value::as_bool) {
        stage.insert("cacheClusterEnabled".into(), Value::Bool(b));
    }
    if let Some(size) = text("cache_cluster_size") {
        stage.insert("cacheClusterSize".into(), Value::String(size));
    }
    if let Some(b) = s.get("xray_tracing_enabled").and_then(Value::as_bool) {
        stage.insert("tracingEnabled".into(), Value::Bool(b));
    }
    let vars = map(s.get("variables"));
    if !vars.is_empty() {
        stage.insert("variables".into(), Value::Object(vars));
    }
    if let Some(c) = s.get("canary_settings").and_then(|c| c.get(0)) {
        let mut canary = Map::new();
        let id = c
            .get("deployment_id")
            .and_then(Value::as_str)
            .filter(|t| !t.is_empty())
            .map(str::to_owned);
        canary.insert("deploymentId".into(), Value::String(id.or_else(|| text("deployment_id"))?));
        if let Some(p) = c.get("percent_traffic").filter(|v| v.is_number()) {
            canary.insert("percentTraffic".into(), p.clone());
        }
        let overrides = map(c.get("stage_variable_overrides"));
        if !overrides.is_empty() {
            canary.insert("stageVariableOverrides".into(), Value::Object(overrides));
        }
        if let Some(b) = c.get("use_stage_cache").and_then(Value::as_bool) {
            canary.insert("useStageCache".into(), Value::Bool(b));
        }
        stage.insert("canarySettings".into(), Value::Object(canary));
    }
    serde_json::from_value(Value::Object(stage)).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_name_resources() {
        assert_eq!(
            resource_of("aws_api_gateway_deployment.v2.id").as_deref(),
            Some("aws_api_gateway_deployment.v2")
        );
        assert_eq!(
            resource_of("aws_api_gateway_deployment.v2").as_deref(),
            Some("aws_api_gateway_deployment.v2")
        );
        assert_eq!(
            resource_of("module.api.aws_api_gateway_stage.s.stage_name").as_deref(),
            Some("module.api.aws_api_gateway_stage.s")
        );
        assert_eq!(resource_of("var.stage"), None);
        assert_eq!(resource_of("local.x"), None);
        assert_eq!(strip_index("a.b[0]"), "a.b");
        assert_eq!(strip_index("a.b[\"k\"]"), "a.b");
    }
}
