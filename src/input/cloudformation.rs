//! CloudFormation and SAM templates (JSON or YAML; CDK's `cdk.out/*.template.json` is the same
//! format) as the API Gateway requests CloudFormation makes for them.
//!
//! - `AWS::ApiGateway::Deployment`: CreateDeployment (`StageName`, `Description`,
//!   `DeploymentCanarySettings`, and from `StageDescription` what CreateDeployment takes), then an
//!   UpdateStage for the rest of `StageDescription` (its `CanarySetting`, method settings, access
//!   log, client certificate, documentation version);
//! - `AWS::ApiGateway::Stage`: CreateStage (`CanarySetting`, `Variables`, ...), then an
//!   UpdateStage for `MethodSettings`, `AccessLogSetting` and `ClientCertificateId`;
//! - `AWS::Serverless::Api` (SAM): the deployment SAM generates, then its stage as above, with
//!   `Globals.Api` filling what the resource leaves out.
//!
//! Intrinsic functions are resolved symbolically where the template says enough: a `Ref` to a
//! deployment stands for that deployment (its logical id is its id), a `Ref` to a stage is its
//! `StageName`, a parameter is its `Default`, and `Fn::Sub`, `Fn::Join`, `Fn::Select` and
//! `Fn::FindInMap` are worked out from those. Anything else (`Fn::If`, `Fn::ImportValue`, a
//! parameter without a default) leaves its property unchecked, with an `input.unresolved`
//! warning. The requests run through the simulated gateway in the order CloudFormation creates the
//! resources (dependencies first), as a stack being created.

use std::collections::{HashMap, HashSet};

use serde_json::{Map, Number, Value, json};

use super::simulate::Seed;
use super::{Call, Loc, Out, Position, Source, scalar_text, yaml};
use crate::aws::request::Action;
use crate::check::closest;
use crate::code::Code;
use crate::doc::type_name;
use crate::i18n::{JsonType, Msg};
use crate::pointer::Pointer;

const DEPLOYMENT: &str = "AWS::ApiGateway::Deployment";
const STAGE: &str = "AWS::ApiGateway::Stage";
const SAM_API: &str = "AWS::Serverless::Api";

/// The properties of each resource type, as CloudFormation's schema lists them.
const STAGE_PROPS: &[&str] = &[
    "AccessLogSetting",
    "CacheClusterEnabled",
    "CacheClusterSize",
    "CanarySetting",
    "ClientCertificateId",
    "DeploymentId",
    "Description",
    "DocumentationVersion",
    "MethodSettings",
    "RestApiId",
    "StageName",
    "Tags",
    "TracingEnabled",
    "Variables",
];
const DEPLOYMENT_PROPS: &[&str] =
    &["DeploymentCanarySettings", "Description", "RestApiId", "StageDescription", "StageName"];
const STAGE_DESCRIPTION_PROPS: &[&str] = &[
    "AccessLogSetting",
    "CacheClusterEnabled",
    "CacheClusterSize",
    "CacheDataEncrypted",
    "CacheTtlInSeconds",
    "CachingEnabled",
    "CanarySetting",
    "ClientCertificateId",
    "DataTraceEnabled",
    "Description",
    "DocumentationVersion",
    "LoggingLevel",
    "MethodSettings",
    "MetricsEnabled",
    "Tags",
    "ThrottlingBurstLimit",
    "ThrottlingRateLimit",
    "TracingEnabled",
    "Variables",
];
const STAGE_CANARY_PROPS: &[&str] =
    &["DeploymentId", "PercentTraffic", "StageVariableOverrides", "UseStageCache"];
const DEPLOYMENT_CANARY_PROPS: &[&str] =
    &["PercentTraffic", "StageVariableOverrides", "UseStageCache"];
const ACCESS_LOG_PROPS: &[&str] = &["DestinationArn", "Format"];
/// A method setting's members: the method, and each setting with the UpdateStage leaf it sets.
const METHOD_KEY_PROPS: &[&str] = &["ResourcePath", "HttpMethod"];
const METHOD_LEAVES: &[(&str, &str)] = &[
    ("CacheDataEncrypted", "caching/dataEncrypted"),
    ("CacheTtlInSeconds", "caching/ttlInSeconds"),
    ("CachingEnabled", "caching/enabled"),
    ("DataTraceEnabled", "logging/dataTrace"),
    ("LoggingLevel", "logging/loglevel"),
    ("MetricsEnabled", "metrics/enabled"),
    ("ThrottlingBurstLimit", "throttling/burstLimit"),
    ("ThrottlingRateLimit", "throttling/rateLimit"),
];

/// Reads a template and checks what it asks of API Gateway.
pub(crate) fn check(text: &str) -> (Out, Source<'_>) {
    let mut out = Out::default();
    let body = text.trim_start_matches('\u{feff}');
    let (doc, source) = if body.trim_start().starts_with('{') {
        match crate::doc::parse(body) {
            Ok(v) => (v, Source::Json(body)),
            Err(e) => {
                let at = Position { line: e.line().max(1), column: e.column().max(1) };
                let message = Msg::MalformedJson { error: e.to_string() };
                out.say(Loc::At(at), Code::JsonSyntax, message, Msg::FixJsonFirst);
                return (out, Source::Json(body));
            }
        }
    } else {
        match yaml::parse(body) {
            Ok(d) => (d.value, Source::Yaml(d.positions)),
            Err(e) => {
                let (code, hint) = if e.limit {
                    (Code::InputLimit, Msg::YamlLimitHint)
                } else {
                    (Code::InputSyntax, Msg::FixYamlFirst)
                };
                out.say(Loc::At(e.at), code, *e.said, hint);
                return (out, Source::Yaml(HashMap::new()));
            }
        }
    };
    let Some(template) = Template::new(&doc, &mut out) else { return (out, source) };
    let calls = template.calls(&mut out);
    let seed = Seed { stages: Vec::new(), fresh: true };
    out.run(&calls, &seed, &hint_for);
    (out, source)
}

/// What to do about a refusal the simulated gateway gives a stack's requests.
fn hint_for(message: &str) -> Option<Msg> {
    Some(if message.contains("must already be created") {
        Msg::CfnStageFirst
    } else if message.contains("Non canary deployment not supported") {
        Msg::CfnStageHasCanary
    } else if message.contains("already exists") {
        Msg::CfnSameStage
    } else if message.contains("Deployment id does not exist") {
        Msg::CfnPointDeployment
    } else {
        return None;
    })
}

/// A template's parts the mapping reads.
struct Template<'a> {
    resources: &'a Map<String, Value>,
    parameters: Option<&'a Map<String, Value>>,
    mappings: Option<&'a Map<String, Value>>,
    globals_api: Option<&'a Map<String, Value>>,
}

/// The type a property's value must have in the request.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Want {
    /// An identifier: unresolved, it stands for itself by name (nothing checks its text).
    Id,
    /// A stage name.
    Name,
    /// A string.
    Text,
    /// A number.
    Number,
    /// A boolean.
    Bool,
}

/// A property: its name, value and where it is.
type Prop<'a> = (&'a str, &'a Value, Pointer);

impl<'a> Template<'a> {
    fn new(doc: &'a Value, out: &mut Out) -> Option<Self> {
        let Some(root) = doc.as_object() else {
            let message = Msg::CfnNotObject { got: JsonType::of(doc) };
            out.say(Loc::File(Pointer::root()), Code::InputShape, message, Msg::CheckTemplate);
            return None;
        };
        let Some(resources) = root.get("Resources").and_then(Value::as_object) else {
            let (message, hint) = (Msg::CfnNoResources, Msg::CfnResourcesShape);
            out.say(Loc::File(Pointer::root()), Code::InputShape, message, hint);
            return None;
        };
        let globals_api = root.get("Globals").and_then(|g| g.get("Api")).and_then(Value::as_object);
        Some(Template {
            resources,
            parameters: root.get("Parameters").and_then(Value::as_object),
            mappings: root.get("Mappings").and_then(Value::as_object),
            globals_api,
        })
    }

    fn type_of(&self, id: &str) -> Option<&'a str> {
        self.resources.get(id)?.get("Type")?.as_str()
    }

    /// A resource's properties with their pointers; for a SAM API, `Globals.Api` fills in what
    /// the resource does not set.
    fn props(&self, id: &str) -> Vec<Prop<'a>> {
        let base = Pointer::root().join("Resources").join(id).join("Properties");
        let own =
            self.resources.get(id).and_then(|r| r.get("Properties")).and_then(Value::as_object);
        let mut props: Vec<Prop<'a>> = own
            .iter()
            .flat_map(|m| m.iter())
            .map(|(k, v)| (k.as_str(), v, base.join(k.as_str())))
            .collect();
        if self.type_of(id) == Some(SAM_API) {
            let globals = Pointer::root().join("Globals").join("Api");
            for (k, v) in self.globals_api.iter().flat_map(|m| m.iter()) {
                if !props.iter().any(|(name, ..)| name == k) {
                    props.push((k.as_str(), v, globals.join(k.as_str())));
                }
            }
        }
        props
    }

    // ------------------------------------------------------------ resolving intrinsics

    /// A value with its intrinsic function worked out, or what it is when that cannot be done.
    fn resolve(&self, v: &Value, depth: usize) -> Result<Value, String> {
        if depth > 16 {
            return Err("a chain of references too long to follow".to_owned());
        }
        let Some((name, arg)) = intrinsic(v) else { return Ok(v.clone()) };
        match name {
            "Ref" => match arg.as_str() {
                Some(target) => self.reference(target, depth),
                None => Err("a Ref to something other than a name".to_owned()),
            },
            "Fn::GetAtt" => {
                let parts: Vec<String> = match arg {
                    Value::Array(items) => {
                        items.iter().filter_map(|i| self.text(i, depth + 1).ok()).collect()
                    }
                    Value::String(s) => s.splitn(2, '.').map(str::to_owned).collect(),
                    _ => Vec::new(),
                };
                match parts.as_slice() {
                    [resource, attr] if self.resources.contains_key(resource.as_str()) => {
                        Ok(Value::String(format!("{resource}.{attr}")))
                    }
                    _ => Err("Fn::GetAtt of a resource the template does not define".to_owned()),
                }
            }
            "Fn::Sub" => self.sub(arg, depth),
            "Fn::Join" => {
                let [delim, list] = arg.as_array().map(Vec::as_slice).unwrap_or_default() else {
                    return Err("Fn::Join without [delimiter, list]".to_owned());
                };
                let delim = self.text(delim, depth + 1)?;
                let list = self.resolve(list, depth + 1)?;
                let items = list.as_array().ok_or("Fn::Join of something other than a list")?;
                let parts: Result<Vec<String>, String> =
                    items.iter().map(|i| self.text(i, depth + 1)).collect();
                Ok(Value::String(parts?.join(&delim)))
            }
            "Fn::Select" => {
                let [index, list] = arg.as_array().map(Vec::as_slice).unwrap_or_default() else {
                    return Err("Fn::Select without [index, list]".to_owned());
                };
                let index = self.text(index, depth + 1)?;
                let list = self.resolve(list, depth + 1)?;
                let item =
                    index.parse::<usize>().ok().and_then(|i| list.as_array()?.get(i).cloned());
                let item = item.ok_or("Fn::Select of an index past its list")?;
                self.resolve(&item, depth + 1)
            }
            "Fn::FindInMap" => {
                let [map, top, second] = arg.as_array().map(Vec::as_slice).unwrap_or_default()
                else {
                    return Err("Fn::FindInMap without [map, key, key]".to_owned());
                };
                let (map, top, second) = (
                    self.text(map, depth + 1)?,
                    self.text(top, depth + 1)?,
                    self.text(second, depth + 1)?,
                );
                let found = self.mappings.and_then(|m| m.get(&map)?.get(&top)?.get(&second));
                found.cloned().ok_or_else(|| {
                    format!("Fn::FindInMap [{map}, {top}, {second}], which Mappings does not have")
                })
            }
            other => Err(other.to_owned()),
        }
    }

    /// What `Ref target` stands for.
    fn reference(&self, target: &str, depth: usize) -> Result<Value, String> {
        if let Some(p) = self.parameters.and_then(|p| p.get(target)) {
            return match p.get("Default") {
                Some(d) => self.resolve(d, depth + 1),
                None => Err(format!("the parameter {target} has no Default")),
            };
        }
        if target.starts_with("AWS::") {
            return Err(format!("it is the pseudo parameter {target}"));
        }
        // SAM's generated resources: `MyApi.Stage` is the stage's name, `MyApi.Deployment` the
        // deployment it generates.
        if let Some((api, part)) = target.split_once('.') {
            if self.type_of(api) == Some(SAM_API) {
                return match part {
                    "Stage" => self.stage_name_of(api, depth),
                    _ => Ok(Value::String(target.to_owned())),
                };
            }
        }
        match self.type_of(target) {
            Some(STAGE) => self.stage_name_of(target, depth),
            Some(_) => Ok(Value::String(target.to_owned())),
            None => Err(format!("a Ref to {target}, which the template does not define")),
        }
    }

    fn stage_name_of(&self, id: &str, depth: usize) -> Result<Value, String> {
        match self.props(id).into_iter().find(|(k, ..)| *k == "StageName") {
            Some((_, v, _)) => self.resolve(v, depth + 1),
            None => Ok(Value::String(id.to_owned())),
        }
    }

    /// A value that must come out as text.
    fn text(&self, v: &Value, depth: usize) -> Result<String, String> {
        let r = self.resolve(v, depth)?;
        scalar_text(&r).ok_or_else(|| format!("{} where text is needed", type_name(&r)))
    }

    fn sub(&self, arg: &Value, depth: usize) -> Result<Value, String> {
        let (template, vars) = match arg {
            Value::String(s) => (s.as_str(), None),
            Value::Array(items) => match items.as_slice() {
                [Value::String(s), Value::Object(vars)] => (s.as_str(), Some(vars)),
                _ => return Err("Fn::Sub without a string".to_owned()),
            },
            _ => return Err("Fn::Sub without a string".to_owned()),
        };
        let mut out = String::new();
        let mut rest = template;
        while let Some(i) = rest.find("${") {
            out.push_str(rest.get(..i).unwrap_or_default());
            let after = rest.get(i + 2..).unwrap_or_default();
            let Some(end) = after.find('}') else {
                out.push_str(rest.get(i..).unwrap_or_default());
                rest = "";
                break;
            };
            let name = after.get(..end).unwrap_or_default();
            rest = after.get(end + 1..).unwrap_or_default();
            if let Some(literal) = name.strip_prefix('!') {
                out.push_str("${");
                out.push_str(literal);
                out.push('}');
                continue;
            }
            let value = match vars.and_then(|v| v.get(name)) {
                Some(v) => self.text(v, depth + 1)?,
                None if name.contains('.') && !name.starts_with("AWS::") => {
                    let (r, a) = name.split_once('.').unwrap_or((name, ""));
                    if self.type_of(r) == Some(SAM_API) && a == "Stage" {
                        self.text(&json!({"Ref": name}), depth + 1)?
                    } else {
                        self.text(&json!({"Fn::GetAtt": [r, a]}), depth + 1)?
                    }
                }
                None => self.text(&json!({"Ref": name}), depth + 1)?,
            };
            out.push_str(&value);
        }
        out.push_str(rest);
        Ok(Value::String(out))
    }

    // ------------------------------------------------------------ order

    /// The resources each resource depends on: what it references, and its DependsOn.
    fn dependencies(&self) -> HashMap<&'a str, HashSet<String>> {
        let mut deps = HashMap::new();
        for (id, r) in self.resources {
            let mut found = HashSet::new();
            if let Some(p) = r.get("Properties") {
                references(p, &mut found, 0);
            }
            match r.get("DependsOn") {
                Some(Value::String(s)) => {
                    found.insert(s.clone());
                }
                Some(Value::Array(items)) => {
                    found.extend(items.iter().filter_map(Value::as_str).map(str::to_owned));
                }
                _ => {}
            }
            if self.type_of(id) == Some(SAM_API) {
                if let Some(g) = self.globals_api {
                    references(&Value::Object(g.clone()), &mut found, 0);
                }
            }
            let found = found
                .into_iter()
                .map(|t| t.split_once('.').map_or(t.clone(), |(r, _)| r.to_owned()))
                .filter(|t| self.resources.contains_key(t) && t != id)
                .collect();
            deps.insert(id.as_str(), found);
        }
        deps
    }

    /// The resources in the order CloudFormation can create them (dependencies first; among
    /// those ready, the template's order), then any caught in a cycle.
    fn order(&self, deps: &HashMap<&'a str, HashSet<String>>) -> Vec<&'a str> {
        let ids: Vec<&'a str> = self.resources.keys().map(String::as_str).collect();
        let index: HashMap<&str, usize> = ids.iter().enumerate().map(|(i, id)| (*id, i)).collect();
        // For each resource, those that wait for it.
        let mut users: Vec<Vec<usize>> = vec![Vec::new(); ids.len()];
        for (i, id) in ids.iter().enumerate() {
            for d in deps.get(id).into_iter().flatten() {
                if let Some(u) = index.get(d.as_str()).and_then(|j| users.get_mut(*j)) {
                    u.push(i);
                }
            }
        }
        super::creation_order(&users).into_iter().filter_map(|i| ids.get(i).copied()).collect()
    }

    /// Whether `from` depends on `to`, directly or through other resources. The search is
    /// bounded: past 10,000 resources it answers yes (no finding rather than a slow one).
    fn depends_on(deps: &HashMap<&str, HashSet<String>>, from: &str, to: &str) -> bool {
        let mut seen: HashSet<&str> = HashSet::new();
        let mut stack = vec![from];
        while let Some(id) = stack.pop() {
            if seen.len() > 10_000 {
                return true;
            }
            for d in deps.get(id).into_iter().flatten() {
                if d == to {
                    return true;
                }
                if seen.insert(d.as_str()) {
                    stack.push(d.as_str());
                }
            }
        }
        false
    }

    // ------------------------------------------------------------ requests

    fn calls(&self, out: &mut Out) -> Vec<Call> {
        let deps = self.dependencies();
        let mut calls = Vec::new();
        // The stages the template's resources create, by name: for the order check.
        let mut stages: HashMap<String, &str> = HashMap::new();
        for (id, _) in self.resources {
            if matches!(self.type_of(id), Some(STAGE | SAM_API)) {
                if let Ok(Value::String(name)) = self.stage_name_of(id, 0) {
                    stages.entry(name).or_insert(id.as_str());
                }
            }
        }
        for id in self.order(&deps) {
            let Some(r) = self.resources.get(id) else { continue };
            let at = Pointer::root().join("Resources").join(id);
            match r.get("Type").and_then(Value::as_str) {
                Some(DEPLOYMENT) => self.deployment(id, &at, out, &mut calls, &deps, &stages),
                Some(STAGE) => self.stage(id, &at, out, &mut calls, false),
                Some(SAM_API) => self.stage(id, &at, out, &mut calls, true),
                _ => {}
            }
        }
        calls
    }

    fn deployment(
        &self,
        id: &str,
        at: &Pointer,
        out: &mut Out,
        calls: &mut Vec<Call>,
        deps: &HashMap<&str, HashSet<String>>,
        stages: &HashMap<String, &str>,
    ) {
        let props = self.props(id);
        self.known(&props, DEPLOYMENT_PROPS, DEPLOYMENT, out);
        let mut call = Call::new(Action::CreateDeployment, id, Loc::File(at.clone()));
        call.creates = Some(id.to_owned());
        let root = Pointer::root();
        let mut description: Option<Prop<'_>> = None;
        let mut stage_name = None;
        for (name, v, file) in &props {
            match *name {
                "RestApiId" => {
                    self.field(&mut call, &root.join("restApiId"), v, file, Want::Id, name, out)
                }
                "StageName" => {
                    self.field(&mut call, &root.join("stageName"), v, file, Want::Name, name, out);
                    stage_name = Some(file.clone());
                }
                "Description" => {
                    self.field(&mut call, &root.join("description"), v, file, Want::Text, name, out)
                }
                "DeploymentCanarySettings" => {
                    self.canary(&mut call, v, file, DEPLOYMENT_CANARY_PROPS, out);
                }
                "StageDescription" => description = Some((name, v, file.clone())),
                _ => {}
            }
        }
        let mut extras = None;
        if let Some((_, v, file)) = description {
            extras = self.stage_description(&mut call, v, &file, out);
        }
        // A canary deployment needs its stage to exist already: if the template creates that
        // stage, this deployment must wait for it.
        if let (Some(file), Some(name)) =
            (&stage_name, call.params.pointer("/stageName").and_then(Value::as_str))
        {
            if call.params.get("canarySettings").is_some() {
                if let Some(stage_id) = stages.get(name).filter(|s| **s != id) {
                    if !Self::depends_on(deps, id, stage_id) {
                        out.say(
                            Loc::File(file.clone()),
                            Code::InputCfnOrder,
                            Msg::CfnOrder {
                                stage_id: stage_id.to_string(),
                                name: name.to_string(),
                            },
                            Msg::CfnOrderHint { stage_id: stage_id.to_string() },
                        );
                        call.complete = false;
                    }
                }
            }
        }
        let stage = call.params.get("stageName").and_then(Value::as_str).map(str::to_owned);
        let rest = call.params.get("restApiId").cloned();
        calls.push(call);
        if let (Some(mut update), Some(stage)) = (extras, stage) {
            set_target(&mut update, rest, &stage, at);
            calls.push(update);
        }
    }

    /// A Deployment's StageDescription: what CreateDeployment takes goes into `call`; the rest
    /// into the UpdateStage that follows (returned when there is anything).
    fn stage_description(
        &self,
        call: &mut Call,
        v: &Value,
        file: &Pointer,
        out: &mut Out,
    ) -> Option<Call> {
        let m = self.object(v, file, "StageDescription", out)?;
        let props: Vec<Prop<'_>> =
            m.iter().map(|(k, v)| (k.as_str(), v, file.join(k.as_str()))).collect();
        self.known(&props, STAGE_DESCRIPTION_PROPS, "StageDescription", out);
        let root = Pointer::root();
        let mut update = Call::new(Action::UpdateStage, call.from.clone(), Loc::File(file.clone()));
        for (name, v, f) in &props {
            match *name {
                "Description" => {
                    self.field(call, &root.join("stageDescription"), v, f, Want::Text, name, out)
                }
                "CacheClusterEnabled" => {
                    self.field(call, &root.join("cacheClusterEnabled"), v, f, Want::Bool, name, out)
                }
                "CacheClusterSize" => {
                    self.field(call, &root.join("cacheClusterSize"), v, f, Want::Text, name, out)
                }
                "TracingEnabled" => {
                    self.field(call, &root.join("tracingEnabled"), v, f, Want::Bool, name, out)
                }
                "Variables" => self.map(call, &root.join("variables"), v, f, name, out),
                "CanarySetting" => {
                    let Some(c) = self.object(v, f, name, out) else { continue };
                    let cprops: Vec<Prop<'_>> =
                        c.iter().map(|(k, v)| (k.as_str(), v, f.join(k.as_str()))).collect();
                    self.known(&cprops, DEPLOYMENT_CANARY_PROPS, "CanarySetting", out);
                    for (cname, cv, cf) in &cprops {
                        match *cname {
                            "PercentTraffic" => self.op(
                                &mut update,
                                "/canarySettings/percentTraffic",
                                cv,
                                cf,
                                cname,
                                out,
                            ),
                            "UseStageCache" => self.op(
                                &mut update,
                                "/canarySettings/useStageCache",
                                cv,
                                cf,
                                cname,
                                out,
                            ),
                            "StageVariableOverrides" => {
                                for (k, ov) in cv.as_object().into_iter().flatten() {
                                    let path =
                                        format!("/canarySettings/stageVariableOverrides/{k}");
                                    self.op(
                                        &mut update,
                                        &path,
                                        ov,
                                        &cf.join(k.as_str()),
                                        cname,
                                        out,
                                    );
                                }
                            }
                            _ => {}
                        }
                    }
                }
                "ClientCertificateId" => {
                    self.op(&mut update, "/clientCertificateId", v, f, name, out)
                }
                "DocumentationVersion" => {
                    self.op(&mut update, "/documentationVersion", v, f, name, out)
                }
                _ => {}
            }
        }
        // The stage-wide method settings, then the per-method ones and the access log.
        for (prop, leaf) in METHOD_LEAVES {
            if let Some((_, v, f)) = props.iter().find(|(n, ..)| n == prop) {
                self.op(&mut update, &format!("/*/*/{leaf}"), v, f, prop, out);
            }
        }
        self.method_settings_and_log(&mut update, &props, out);
        has_ops(&update).then_some(update)
    }

    /// AWS::ApiGateway::Stage, or a SAM API's stage (after the deployment SAM generates).
    fn stage(&self, id: &str, at: &Pointer, out: &mut Out, calls: &mut Vec<Call>, sam: bool) {
        let props = self.props(id);
        let root = Pointer::root();
        if !sam {
            self.known(&props, STAGE_PROPS, STAGE, out);
        }
        if sam {
            let mut deployment = Call::new(
                Action::CreateDeployment,
                format!("{id}.Deployment"),
                Loc::File(at.clone()),
            );
            deployment.creates = Some(format!("{id}.Deployment"));
            deployment.set(
                &root.join("restApiId"),
                Value::String(id.to_owned()),
                Loc::File(at.clone()),
                false,
            );
            calls.push(deployment);
        }
        let mut call = Call::new(Action::CreateStage, id, Loc::File(at.clone()));
        if sam {
            call.set(
                &root.join("restApiId"),
                Value::String(id.to_owned()),
                Loc::File(at.clone()),
                false,
            );
            call.set(
                &root.join("deploymentId"),
                Value::String(format!("{id}.Deployment")),
                Loc::File(at.clone()),
                false,
            );
        }
        if !props.iter().any(|(n, ..)| *n == "StageName") {
            // CloudFormation names the stage itself; SAM requires the name.
            call.set(
                &root.join("stageName"),
                Value::String(id.to_owned()),
                Loc::File(at.clone()),
                false,
            );
        }
        let mut update = Call::new(Action::UpdateStage, id, Loc::File(at.clone()));
        for (name, v, f) in &props {
            match *name {
                "RestApiId" if !sam => {
                    self.field(&mut call, &root.join("restApiId"), v, f, Want::Id, name, out)
                }
                "DeploymentId" if !sam => {
                    self.field(&mut call, &root.join("deploymentId"), v, f, Want::Id, name, out)
                }
                "StageName" => {
                    self.field(&mut call, &root.join("stageName"), v, f, Want::Name, name, out)
                }
                "Description" if !sam => {
                    self.field(&mut call, &root.join("description"), v, f, Want::Text, name, out)
                }
                "CacheClusterEnabled" => self.field(
                    &mut call,
                    &root.join("cacheClusterEnabled"),
                    v,
                    f,
                    Want::Bool,
                    name,
                    out,
                ),
                "CacheClusterSize" => self.field(
                    &mut call,
                    &root.join("cacheClusterSize"),
                    v,
                    f,
                    Want::Text,
                    name,
                    out,
                ),
                "DocumentationVersion" => self.field(
                    &mut call,
                    &root.join("documentationVersion"),
                    v,
                    f,
                    Want::Text,
                    name,
                    out,
                ),
                "TracingEnabled" => {
                    self.field(&mut call, &root.join("tracingEnabled"), v, f, Want::Bool, name, out)
                }
                "Variables" => self.map(&mut call, &root.join("variables"), v, f, name, out),
                "Tags" if !sam => self.tags(&mut call, v, f, out),
                "CanarySetting" => self.canary(&mut call, v, f, STAGE_CANARY_PROPS, out),
                "ClientCertificateId" => {
                    self.op(&mut update, "/clientCertificateId", v, f, name, out)
                }
                _ => {}
            }
        }
        self.method_settings_and_log(&mut update, &props, out);
        let stage = call.params.get("stageName").and_then(Value::as_str).map(str::to_owned);
        let rest = call.params.get("restApiId").cloned();
        calls.push(call);
        if let (true, Some(stage)) = (has_ops(&update), stage) {
            set_target(&mut update, rest, &stage, at);
            calls.push(update);
        }
    }

    fn method_settings_and_log(&self, update: &mut Call, props: &[Prop<'_>], out: &mut Out) {
        for (name, v, f) in props {
            match *name {
                "MethodSettings" => {
                    let Some(items) = v.as_array() else {
                        match intrinsic(v) {
                            Some((what, _)) => unresolved(out, f, name, what),
                            None => self.type_error(f, name, "a list", v, out),
                        }
                        continue;
                    };
                    for (i, item) in items.iter().enumerate() {
                        let f = f.join(i);
                        let Some(m) = self.object(item, &f, "a method setting", out) else {
                            continue;
                        };
                        let mprops: Vec<Prop<'_>> =
                            m.iter().map(|(k, v)| (k.as_str(), v, f.join(k.as_str()))).collect();
                        let mut allowed: Vec<&str> = METHOD_KEY_PROPS.to_vec();
                        allowed.extend(METHOD_LEAVES.iter().map(|(p, _)| *p));
                        self.known(&mprops, &allowed, "MethodSetting", out);
                        let part = |key: &str, default: &str| -> Result<String, ()> {
                            match m.get(key) {
                                None => Ok(default.to_owned()),
                                Some(v) => self.text(v, 0).map_err(|_| ()),
                            }
                        };
                        let (Ok(resource), Ok(method)) =
                            (part("ResourcePath", "/*"), part("HttpMethod", "*"))
                        else {
                            out.say(
                                Loc::File(f.clone()),
                                Code::InputUnresolved,
                                Msg::CfnMethodUnresolved,
                                Msg::CfnWriteMethodText,
                            );
                            continue;
                        };
                        // CloudFormation's ResourcePath is the encoded path with its leading '/':
                        // `/~1pets` for /pets, `/*` for every resource, `/` for the root.
                        let resource = match resource.strip_prefix('/').unwrap_or(&resource) {
                            "" => "~1".to_owned(),
                            r => r.to_owned(),
                        };
                        for (prop, leaf) in METHOD_LEAVES {
                            if let Some(v) = m.get(*prop) {
                                let path = format!("/{resource}/{method}/{leaf}");
                                self.op(update, &path, v, &f.join(*prop), prop, out);
                            }
                        }
                    }
                }
                "AccessLogSetting" => {
                    let Some(m) = self.object(v, f, name, out) else { continue };
                    let lprops: Vec<Prop<'_>> =
                        m.iter().map(|(k, v)| (k.as_str(), v, f.join(k.as_str()))).collect();
                    self.known(&lprops, ACCESS_LOG_PROPS, "AccessLogSetting", out);
                    for (lname, lv, lf) in &lprops {
                        match *lname {
                            "DestinationArn" => self.op(
                                update,
                                "/accessLogSettings/destinationArn",
                                lv,
                                lf,
                                lname,
                                out,
                            ),
                            "Format" => {
                                self.op(update, "/accessLogSettings/format", lv, lf, lname, out)
                            }
                            _ => {}
                        }
                    }
                }
                _ => {}
            }
        }
    }

    // ------------------------------------------------------------ properties into parameters

    /// Reports the properties `allowed` does not have, as CloudFormation refuses them.
    fn known(&self, props: &[Prop<'_>], allowed: &[&str], what: &str, out: &mut Out) {
        for (name, _, file) in props {
            if allowed.contains(name) {
                continue;
            }
            let hint = match closest(name, allowed) {
                Some(near) => Msg::CfnDidYouMean { near: near.to_owned() },
                None => Msg::CfnRemoveIt { what: what.to_owned(), list: allowed.join(", ") },
            };
            let message = Msg::CfnNoProperty { what: what.to_owned(), name: (*name).to_owned() };
            out.say(Loc::File(file.clone()), Code::InputProperty, message, hint);
        }
    }

    fn object<'v>(
        &self,
        v: &'v Value,
        file: &Pointer,
        name: &str,
        out: &mut Out,
    ) -> Option<&'v Map<String, Value>> {
        match v {
            Value::Object(m) if intrinsic(v).is_none() => Some(m),
            _ if intrinsic(v).is_some() => {
                let function = intrinsic(v).map_or("", |(n, _)| n).to_owned();
                out.say(
                    Loc::File(file.clone()),
                    Code::InputUnresolved,
                    Msg::CfnIntrinsic { name: name.to_owned(), function },
                    Msg::CfnWriteObjectOut,
                );
                None
            }
            _ => {
                self.type_error(file, name, "an object", v, out);
                None
            }
        }
    }

    fn type_error(&self, file: &Pointer, name: &str, want: &str, got: &Value, out: &mut Out) {
        let (name, want) = (name.to_owned(), want.to_owned());
        out.say(
            Loc::File(file.clone()),
            Code::InputType,
            Msg::CfnType { name: name.clone(), want: want.clone(), got: JsonType::of(got) },
            Msg::CfnWriteAs { name, want },
        );
    }

    /// One property into one parameter.
    #[allow(clippy::too_many_arguments)]
    fn field(
        &self,
        call: &mut Call,
        payload: &Pointer,
        v: &Value,
        file: &Pointer,
        want: Want,
        name: &str,
        out: &mut Out,
    ) {
        let loc = Loc::File(file.clone());
        let resolved = match self.resolve(v, 0) {
            Ok(r) => r,
            Err(what) => {
                if want == Want::Id {
                    // An identifier stands for itself: nothing checks its text.
                    call.set(payload, Value::String(format!("({what})")), loc, false);
                    return;
                }
                if want == Want::Name {
                    call.set(payload, Value::String(format!("({what})")), loc, false);
                } else {
                    call.locate(payload, loc.clone());
                }
                call.unresolved(payload);
                unresolved(out, file, name, &what);
                return;
            }
        };
        let value = match want {
            Want::Id | Want::Name | Want::Text => scalar_text(&resolved).map(Value::String),
            Want::Number => match &resolved {
                Value::Number(_) => Some(resolved.clone()),
                Value::String(s) => number(s).map(Value::Number),
                _ => None,
            },
            Want::Bool => match &resolved {
                Value::Bool(_) => Some(resolved.clone()),
                Value::String(s) if s.eq_ignore_ascii_case("true") => Some(Value::Bool(true)),
                Value::String(s) if s.eq_ignore_ascii_case("false") => Some(Value::Bool(false)),
                _ => None,
            },
        };
        match value {
            Some(value) => call.set(payload, value, loc, false),
            None => {
                let wanted = match want {
                    Want::Number => "a number",
                    Want::Bool => "true or false",
                    _ => "text",
                };
                self.type_error(file, name, wanted, &resolved, out);
                call.locate(payload, loc);
                call.unresolved(payload);
            }
        }
    }

    /// A map of strings (variables, overrides) into a parameter, entry by entry.
    fn map(
        &self,
        call: &mut Call,
        payload: &Pointer,
        v: &Value,
        file: &Pointer,
        name: &str,
        out: &mut Out,
    ) {
        let Some(m) = self.object(v, file, name, out) else {
            call.locate(payload, Loc::File(file.clone()));
            call.unresolved(payload);
            return;
        };
        call.set(payload, Value::Object(Map::new()), Loc::File(file.clone()), true);
        for (k, ev) in m {
            self.field(
                call,
                &payload.join(k.as_str()),
                ev,
                &file.join(k.as_str()),
                Want::Text,
                k,
                out,
            );
        }
    }

    /// Tags: CloudFormation's list of `{Key, Value}` into CreateStage's map.
    fn tags(&self, call: &mut Call, v: &Value, file: &Pointer, out: &mut Out) {
        let Some(items) = v.as_array() else {
            self.type_error(file, "Tags", "a list of {Key, Value}", v, out);
            return;
        };
        let payload = Pointer::root().join("tags");
        call.set(&payload, Value::Object(Map::new()), Loc::File(file.clone()), false);
        for (i, item) in items.iter().enumerate() {
            let (Some(k), Some(tv)) = (item.get("Key"), item.get("Value")) else { continue };
            let Ok(k) = self.text(k, 0) else { continue };
            let f = file.join(i).join("Value");
            self.field(call, &payload.join(k.as_str()), tv, &f, Want::Text, "Tags", out);
        }
    }

    /// A canary setting into `canarySettings`.
    fn canary(&self, call: &mut Call, v: &Value, file: &Pointer, allowed: &[&str], out: &mut Out) {
        let payload = Pointer::root().join("canarySettings");
        let Some(m) = self.object(v, file, "the canary setting", out) else {
            call.locate(&payload, Loc::File(file.clone()));
            call.unresolved(&payload);
            return;
        };
        let props: Vec<Prop<'_>> =
            m.iter().map(|(k, v)| (k.as_str(), v, file.join(k.as_str()))).collect();
        self.known(&props, allowed, "the canary setting", out);
        call.set(&payload, Value::Object(Map::new()), Loc::File(file.clone()), false);
        for (name, cv, f) in &props {
            match *name {
                "DeploymentId" => {
                    self.field(call, &payload.join("deploymentId"), cv, f, Want::Id, name, out)
                }
                "PercentTraffic" => self.field(
                    call,
                    &payload.join("percentTraffic"),
                    cv,
                    f,
                    Want::Number,
                    name,
                    out,
                ),
                "UseStageCache" => {
                    self.field(call, &payload.join("useStageCache"), cv, f, Want::Bool, name, out)
                }
                "StageVariableOverrides" => {
                    self.map(call, &payload.join("stageVariableOverrides"), cv, f, name, out);
                }
                _ => {}
            }
        }
    }

    /// A `replace` operation setting `path` to a property's value, as CloudFormation sends it.
    fn op(
        &self,
        update: &mut Call,
        path: &str,
        v: &Value,
        file: &Pointer,
        name: &str,
        out: &mut Out,
    ) {
        let value = match self.resolve(v, 0) {
            Ok(r) => r,
            Err(what) => {
                unresolved(out, file, name, &what);
                return;
            }
        };
        let Some(text) = scalar_text(&value) else {
            self.type_error(file, name, "text, a number or true or false", &value, out);
            return;
        };
        let ops = Pointer::root().join("patchOperations");
        let Some(list) = update
            .params
            .as_object_mut()
            .map(|m| m.entry("patchOperations").or_insert_with(|| Value::Array(Vec::new())))
        else {
            return;
        };
        let Some(list) = list.as_array_mut() else { return };
        let i = list.len();
        list.push(json!({"op": "replace", "path": path, "value": text}));
        update.locate(&ops.join(i), Loc::File(file.clone()));
    }
}

/// The intrinsic function a value is (`{"Ref": ...}`, `{"Fn::Sub": ...}`): its name and argument.
fn intrinsic(v: &Value) -> Option<(&str, &Value)> {
    let m = v.as_object()?;
    if m.len() != 1 {
        return None;
    }
    let (k, arg) = m.iter().next()?;
    (k == "Ref" || k == "Condition" || k.starts_with("Fn::")).then_some((k.as_str(), arg))
}

/// The resources a value refers to (Ref, Fn::GetAtt, the names in Fn::Sub).
fn references(v: &Value, found: &mut HashSet<String>, depth: usize) {
    if depth > yaml::MAX_DEPTH {
        return;
    }
    match v {
        Value::Object(m) => {
            if let Some((name, arg)) = intrinsic(v) {
                match (name, arg) {
                    ("Ref", Value::String(s)) => {
                        found.insert(s.clone());
                    }
                    ("Fn::GetAtt", Value::Array(items)) => {
                        if let Some(s) = items.first().and_then(Value::as_str) {
                            found.insert(s.to_owned());
                        }
                    }
                    ("Fn::GetAtt", Value::String(s)) => {
                        found.insert(s.split('.').next().unwrap_or_default().to_owned());
                    }
                    ("Fn::Sub", arg) => {
                        let text = match arg {
                            Value::Array(items) => items.first().and_then(Value::as_str),
                            other => other.as_str(),
                        };
                        let mut rest = text.unwrap_or_default();
                        while let Some(i) = rest.find("${") {
                            let after = rest.get(i + 2..).unwrap_or_default();
                            let end = after.find('}').unwrap_or(after.len());
                            let name = after.get(..end).unwrap_or_default();
                            if !name.starts_with('!') {
                                found.insert(name.split('.').next().unwrap_or_default().to_owned());
                            }
                            rest = after.get(end..).unwrap_or_default();
                        }
                    }
                    _ => {}
                }
            }
            for child in m.values() {
                references(child, found, depth + 1);
            }
        }
        Value::Array(items) => items.iter().for_each(|i| references(i, found, depth + 1)),
        _ => {}
    }
}

fn unresolved(out: &mut Out, file: &Pointer, name: &str, what: &str) {
    out.say(
        Loc::File(file.clone()),
        Code::InputUnresolved,
        Msg::CfnUnresolved { name: name.to_owned(), what: what.to_owned() },
        Msg::CfnGiveDefault,
    );
}

/// A number written as text, as CloudFormation converts it for a numeric property.
fn number(s: &str) -> Option<Number> {
    let n = crate::doc::number(s)?;
    match s.trim().parse::<i64>() {
        Ok(i) => Some(Number::from(i)),
        Err(_) => Number::from_f64(n),
    }
}

fn has_ops(update: &Call) -> bool {
    update.params.get("patchOperations").and_then(Value::as_array).is_some_and(|a| !a.is_empty())
}

/// Points an UpdateStage at the stage its resource creates.
fn set_target(update: &mut Call, rest: Option<Value>, stage: &str, at: &Pointer) {
    let root = Pointer::root();
    let missing = rest.is_none();
    let rest = rest.unwrap_or_else(|| Value::String(String::new()));
    update.set(&root.join("restApiId"), rest, Loc::File(at.clone()), false);
    if missing {
        // Reported on the request that creates the stage.
        update.unresolved(&root.join("restApiId"));
    }
    update.set(
        &root.join("stageName"),
        Value::String(stage.to_owned()),
        Loc::File(at.clone()),
        false,
    );
}
