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

/// The most requests of one group (requests sharing stages and deployments) run through the
/// simulated gateway; the rest are validated only.
pub(crate) const MAX_SIMULATED: usize = 2_000;

/// What the run found.
#[derive(Clone, Debug, Default)]
pub(crate) struct Outcome {
    /// The first request the simulated gateway refused.
    pub refusal: Option<Refusal>,
    /// The first request not run because its group had run [`MAX_SIMULATED`] already.
    pub cut: Option<usize>,
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
///
/// Requests that share no stage and no deployment cannot affect each other, so each such group
/// runs on a gateway of its own (the gateway copies its whole state on every call): the work
/// grows with the file, not with its square. The first stop among the groups is the run's.
pub(crate) fn run(calls: &[Call], valid: &[bool], seed: &Seed) -> Outcome {
    // A deployment ties requests together only when one of them creates it or deletes it: one
    // that merely exists is in every group.
    let mut binding: HashSet<String> = calls.iter().filter_map(|c| c.creates.clone()).collect();
    for c in calls.iter().filter(|c| c.action == Action::DeleteDeployment) {
        binding.extend(deployment_ids(c));
    }
    let mut groups = Groups::default();
    let mut of_call = Vec::with_capacity(calls.len());
    for call in calls {
        let mut keys: Vec<String> = deployment_ids(call)
            .into_iter()
            .filter(|d| binding.contains(d))
            .map(|d| format!("d:{d}"))
            .collect();
        keys.extend(call.creates.iter().map(|d| format!("d:{d}")));
        keys.extend(call.stage_name().map(|s| format!("s:{s}")));
        of_call.push(groups.join(&keys));
    }
    let seeded: Vec<Option<usize>> = seed
        .stages
        .iter()
        .map(|st| {
            let mut keys = vec![format!("s:{}", st.stage_name)];
            let ids = stage_deployments(st).into_iter().filter(|d| binding.contains(d));
            keys.extend(ids.map(|d| format!("d:{d}")));
            groups.join(&keys)
        })
        .collect();
    let mut members: HashMap<usize, Vec<usize>> = HashMap::new();
    for (i, g) in of_call.iter().enumerate() {
        // A request that names nothing stands alone.
        let g = g.map_or(usize::MAX - i, |g| groups.root(g));
        members.entry(g).or_default().push(i);
    }
    let mut first: Option<(usize, Option<Refusal>)> = None;
    let mut cut: Option<usize> = None;
    for (g, indices) in members {
        let stages: Vec<Stage> = seed
            .stages
            .iter()
            .zip(&seeded)
            .filter(|(_, s)| s.map(|s| groups.root(s)) == Some(g))
            .map(|(st, _)| st.clone())
            .collect();
        let (stop, group_cut) = run_group(calls, &indices, valid, &stages, seed.fresh);
        if let Some(stop) = stop {
            if first.as_ref().is_none_or(|(at, _)| stop.0 < *at) {
                first = Some(stop);
            }
        }
        cut = match (cut, group_cut) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
    }
    let stopped = first.as_ref().map(|(at, _)| *at);
    Outcome {
        refusal: first.and_then(|(_, refusal)| refusal),
        // A cut after the run stopped changed nothing.
        cut: cut.filter(|c| stopped.is_none_or(|s| *c < s)),
    }
}

/// Union-find over stage names and deployment ids.
#[derive(Default)]
struct Groups {
    index: HashMap<String, usize>,
    parent: Vec<usize>,
}

impl Groups {
    fn root(&mut self, mut i: usize) -> usize {
        while let Some(&p) = self.parent.get(i) {
            if p == i {
                break;
            }
            let grand = self.parent.get(p).copied().unwrap_or(p);
            if let Some(slot) = self.parent.get_mut(i) {
                *slot = grand;
            }
            i = p;
        }
        i
    }

    /// Puts every key in one group; that group (`None` for no keys).
    fn join(&mut self, keys: &[String]) -> Option<usize> {
        let mut group: Option<usize> = None;
        for k in keys {
            let next = self.parent.len();
            let i = *self.index.entry(k.clone()).or_insert(next);
            if i == next {
                self.parent.push(i);
            }
            let r = self.root(i);
            group = Some(match group {
                None => r,
                Some(g) => {
                    let g = self.root(g);
                    if let Some(slot) = self.parent.get_mut(r) {
                        *slot = g;
                    }
                    g
                }
            });
        }
        group
    }
}

/// What one group's run gives: where it stopped, with the refusal when the service refused
/// there (a request already refused by the checks stops it without one); and the first request
/// left out past [`MAX_SIMULATED`].
type GroupRun = (Option<(usize, Option<Refusal>)>, Option<usize>);

/// Runs one group's requests (`indices`, in order).
fn run_group(
    calls: &[Call],
    indices: &[usize],
    valid: &[bool],
    stages: &[Stage],
    fresh: bool,
) -> GroupRun {
    let group: Vec<(usize, &Call)> =
        indices.iter().filter_map(|&i| Some((i, calls.get(i)?))).collect();
    let symbols: HashSet<&str> = group.iter().filter_map(|(_, c)| c.creates.as_deref()).collect();
    // Every deployment the file names but does not create is taken to exist.
    let mut existing: Vec<String> = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    for id in group
        .iter()
        .flat_map(|(_, c)| deployment_ids(c))
        .chain(stages.iter().flat_map(stage_deployments))
    {
        if !symbols.contains(id.as_str()) && seen.insert(id.clone()) {
            existing.push(id);
        }
    }
    let deployments = existing
        .iter()
        .filter_map(|id| serde_json::from_value::<Deployment>(serde_json::json!({"id": id})).ok())
        .collect();
    let mut gateway = Gateway::new(deployments, stages.to_vec(), Clock::default());
    // Stages whose state is known: those seeded, and those the file creates, from the request
    // that creates them on.
    let created: HashSet<&str> = group
        .iter()
        .filter(|(_, c)| creates_stage(c, fresh))
        .filter_map(|(_, c)| c.stage_name())
        .collect();
    let mut unknown: HashSet<String> = HashSet::new();
    for (_, c) in &group {
        if let Some(s) = c.stage_name() {
            if !created.contains(s) && !stages.iter().any(|st| st.stage_name == s) {
                unknown.insert(s.to_owned());
            }
        }
    }
    let mut minted: HashMap<String, String> = HashMap::new();
    let mut ran = 0usize;
    for (i, call) in group {
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
            return (Some((i, None)), None);
        }
        if ran == MAX_SIMULATED {
            return (None, Some(i));
        }
        ran += 1;
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
            Err(error) => return (Some((i, Some(Refusal { call: i, error }))), None),
        }
    }
    (None, None)
}

fn stage_deployments(s: &Stage) -> Vec<String> {
    let mut ids = vec![s.deployment_id.clone()];
    if let Some(c) = &s.canary_settings {
        ids.push(c.deployment_id.clone());
    }
    ids
}
