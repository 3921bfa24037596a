//! A file's requests, run in order through the simulated REST API.
//!
//! What the file does not say is not guessed: a deployment id it names but does not create is
//! taken to exist, and a stage it neither creates nor states (a Terraform plan's prior state
//! does) is taken to be in a state canarylab does not know, so requests to it are only
//! validated, not run. The run stops at the first refusal, the service's or (for a request the
//! validators refuse) the one already reported: CloudFormation rolls back there, and a script run
//! with `set -e` or Terraform's dependents stop there too.

use std::collections::{HashMap, HashSet};

use serde_json::Value;

use super::Call;
use crate::aws::error::AwsError;
use crate::aws::gateway::Gateway;
use crate::aws::model::{Deployment, Stage};
use crate::aws::request::Action;
use crate::clock::Clock;

/// What the file's tool starts from.
#[derive(Clone, Debug, Default)]
pub(crate) struct Seed {
    /// Stages as they are before the file runs (a plan's prior state).
    pub stages: Vec<Stage>,
    /// Whether a CreateDeployment that names a stage the file does not otherwise know creates
    /// that stage (a CloudFormation stack being created), rather than touching one that may
    /// already exist (a script, a plan).
    pub fresh: bool,
}

/// The first request the simulated gateway refuses.
#[derive(Clone, Debug)]
pub(crate) struct Refusal {
    /// Its index in the calls.
    pub call: usize,
    /// What the gateway answered.
    pub error: AwsError,
}

/// The members of a request that hold a deployment id.
fn deployment_ids(call: &Call) -> Vec<String> {
    let p = &call.params;
    let mut ids = Vec::new();
    let mut push = |v: Option<&Value>| {
        if let Some(s) = v.and_then(Value::as_str) {
            ids.push(s.to_owned());
        }
    };
    push(p.get("deploymentId"));
    push(p.pointer("/canarySettings/deploymentId"));
    if let Some(ops) = p.get("patchOperations").and_then(Value::as_array) {
        for op in ops {
            if matches!(
                op.get("path").and_then(Value::as_str),
                Some("/deploymentId" | "/canarySettings/deploymentId")
            ) {
                push(op.get("value"));
            }
        }
    }
    ids
}

/// The request with the names of deployments the file creates replaced by their simulated ids;
/// `None` when one of them was not created (its request failed or was not run).
fn substitute(
    call: &Call,
    minted: &HashMap<String, String>,
    symbols: &HashSet<&str>,
) -> Option<Value> {
    let mut p = call.params.clone();
    let mut ok = true;
    let mut swap = |v: Option<&mut Value>| {
        if let Some(v) = v {
            if let Some(s) = v.as_str() {
                if let Some(id) = minted.get(s) {
                    *v = Value::String(id.clone());
                } else if symbols.contains(s) {
                    ok = false;
                }
            }
        }
    };
    swap(p.get_mut("deploymentId"));
    swap(p.pointer_mut("/canarySettings/deploymentId"));
    if let Some(ops) = p.get_mut("patchOperations").and_then(Value::as_array_mut) {
        for op in ops {
            let target = op.get("path").and_then(Value::as_str).map(str::to_owned);
            if matches!(target.as_deref(), Some("/deploymentId" | "/canarySettings/deploymentId")) {
                swap(op.get_mut("value"));
            }
        }
    }
    ok.then_some(p)
}

/// Whether the request makes its stage exist (so later requests to it can run).
fn creates_stage(call: &Call, fresh: bool) -> bool {
    match call.action {
        Action::CreateStage => true,
        Action::CreateDeployment => fresh && call.params.get("canarySettings").is_none(),
        _ => false,
    }
}

/// Runs the requests in order; the first refusal, if any. `valid[i]` says whether request `i`
/// passed the static checks (an invalid one was reported already, and is not run).
pub(crate) fn run(calls: &[Call], valid: &[bool], seed: &Seed) -> Option<Refusal> {
    let symbols: HashSet<&str> = calls.iter().filter_map(|c| c.creates.as_deref()).collect();
    // Every deployment the file names but does not create is taken to exist.
    let mut existing: Vec<String> = Vec::new();
    for id in
        calls.iter().flat_map(deployment_ids).chain(seed.stages.iter().flat_map(stage_deployments))
    {
        if !symbols.contains(id.as_str()) && !existing.contains(&id) {
            existing.push(id);
        }
    }
    let deployments = existing
        .iter()
        .filter_map(|id| serde_json::from_value::<Deployment>(serde_json::json!({"id": id})).ok())
        .collect();
    let mut gateway = Gateway::new(deployments, seed.stages.clone(), Clock::default());
    // Stages whose state is known: those seeded, and those the file creates, from the request
    // that creates them on.
    let created: HashSet<&str> = calls
        .iter()
        .filter(|c| creates_stage(c, seed.fresh))
        .filter_map(Call::stage_name)
        .collect();
    let mut unknown: HashSet<String> = HashSet::new();
    for c in calls {
        if let Some(s) = c.stage_name() {
            if !created.contains(s) && !seed.stages.iter().any(|st| st.stage_name == s) {
                unknown.insert(s.to_owned());
            }
        }
    }
    let mut minted: HashMap<String, String> = HashMap::new();
    for (i, call) in calls.iter().enumerate() {
        let stage = call.stage_name().map(str::to_owned);
        let known = match &stage {
            Some(s) => !unknown.contains(s),
            // A request about deployments alone.
            None => matches!(call.action, Action::DeleteDeployment | Action::CreateDeployment),
        };
        if !known {
            continue;
        }
        if !valid.get(i).copied().unwrap_or(false) || call.refused {
            // Refused already (and reported): what follows it depends on the refusal.
            return None;
        }
        let params = if call.complete { substitute(call, &minted, &symbols) } else { None };
        let Some(params) = params else {
            // Not run: from here on, what it did to its stage is not known.
            if let Some(s) = stage {
                unknown.insert(s);
            }
            continue;
        };
        match gateway.call(call.action, &params) {
            Ok(response) => {
                if let (Some(name), Some(id)) =
                    (&call.creates, response.body.get("id").and_then(Value::as_str))
                {
                    minted.insert(name.clone(), id.to_owned());
                }
            }
            Err(error) => return Some(Refusal { call: i, error }),
        }
    }
    None
}

fn stage_deployments(s: &Stage) -> Vec<String> {
    let mut ids = vec![s.deployment_id.clone()];
    if let Some(c) = &s.canary_settings {
        ids.push(c.deployment_id.clone());
    }
    ids
}
