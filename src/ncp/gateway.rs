//! The simulated NCP API Gateway stages: enable, edit, deploy to, promote and disable a stage's
//! canary, and get the stage, with NCP's response shapes and error body. Every call is
//! all-or-nothing: a failed call leaves the state unchanged. Deployment numbers come from a
//! counter (one past the highest number in the starting state) and times from the simulated
//! clock, which advances once per successful call.

use crate::code::Code;
use serde_json::Value;
use serde_json::json;

use super::assume::{AfterPromote, Assumptions, Coercion, EditWithoutCanary};
use super::error::{NcpError, details};
use super::model::{Canary, EditCanary, NONE, Stage, StageCanary};
use super::request::{self, Ids};
use crate::check::Obj;
use crate::clock::{Clock, iso8601_z};
use crate::i18n::Msg;
use crate::pointer::Pointer;
use crate::report::{Diagnostic, Report, Severity};

/// Most characters a deployment description may have (canarylab's reading of NCP's console).
const MAX_DESCRIPTION: usize = 300;

/// The calls the simulated stage answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// `POST .../canary`: 200 with the canary DTO.
    EnableCanary,
    /// `PATCH .../canary` with an Edit Canary body: 200 with the canary DTO.
    EditCanary,
    /// Deploy the API's current version to the canary. NCP has no public API for this (presumably
    /// the console does it: `docs/ncp-behaviour.md`, "The canary calls"); simulated so a scenario
    /// can put a new version on the canary.
    /// Body `{"deploymentDescription"?}`; 200 with the canary DTO.
    DeployCanary,
    /// `POST .../canary/promote`: 204.
    PromoteCanary,
    /// `DELETE .../canary`: 204.
    DisableCanary,
    /// `GET .../stages/{stage-id}`: 200 with `{"stage": ...}`.
    GetStage,
}

impl Action {
    /// Every action.
    pub const ALL: [Action; 6] = [
        Action::EnableCanary,
        Action::EditCanary,
        Action::DeployCanary,
        Action::PromoteCanary,
        Action::DisableCanary,
        Action::GetStage,
    ];

    /// The action's name in scenarios.
    pub fn name(self) -> &'static str {
        match self {
            Action::EnableCanary => "EnableCanary",
            Action::EditCanary => "EditCanary",
            Action::DeployCanary => "DeployCanary",
            Action::PromoteCanary => "PromoteCanary",
            Action::DisableCanary => "DisableCanary",
            Action::GetStage => "GetStage",
        }
    }

    /// The action named `name`.
    pub fn from_name(name: &str) -> Option<Action> {
        Action::ALL.into_iter().find(|a| a.name() == name)
    }
}

/// A successful call: HTTP status and body (`null` for 204).
#[derive(Clone, Debug, PartialEq)]
pub struct Response {
    /// 200 or 204.
    pub status: u16,
    /// The body.
    pub body: Value,
    /// Values of the request the service read other than as written (`coercion=jackson`): what
    /// it did with them, at their pointers in the call's params.
    pub warnings: Vec<Diagnostic>,
}

impl Response {
    fn new(status: u16, body: Value) -> Self {
        Response { status, body, warnings: Vec::new() }
    }
}

/// The stages of one NCP account, as the simulated service holds them.
#[derive(Clone, Debug)]
pub struct Gateway {
    stages: Vec<Stage>,
    clock: Clock,
    next_deployment_no: i64,
    assumptions: Assumptions,
}

impl Gateway {
    /// A service holding `stages`, with a simulated clock and the given assumptions.
    pub fn new(stages: Vec<Stage>, clock: Clock, assumptions: Assumptions) -> Self {
        let highest = stages
            .iter()
            .flat_map(|s| {
                [
                    s.info.deployed_stage_deployment_no,
                    s.canary.as_ref().map(|c| c.canary_deployment_no),
                ]
            })
            .flatten()
            .max()
            .unwrap_or(0);
        Gateway { stages, clock, next_deployment_no: highest.saturating_add(1), assumptions }
    }

    /// The stages, in the order given.
    pub fn stages(&self) -> &[Stage] {
        &self.stages
    }

    /// Calls `action` with `{"productId", "apiId", "stageId", "body"?}`. On error the state is
    /// unchanged.
    pub fn call(&mut self, action: Action, params: &Value) -> Result<Response, NcpError> {
        let ((ids, edit, description), warnings) =
            parse(action, params, self.assumptions.coercion)?;
        let mut next = self.clone();
        let now = iso8601_z(next.clock.tick());
        let mut response = next.execute(action, &ids, edit, description, &now)?;
        response.warnings = warnings;
        *self = next;
        Ok(response)
    }

    fn execute(
        &mut self,
        action: Action,
        ids: &Ids,
        edit: Option<EditCanary>,
        description: Option<String>,
        now: &str,
    ) -> Result<Response, NcpError> {
        let a = self.assumptions;
        let mut no = self.next_deployment_no;
        let stage = self
            .stages
            .iter_mut()
            .find(|s| {
                s.info.stage_id == ids.stage_id
                    && s.info.api_id.as_ref().is_none_or(|a| *a == ids.api_id)
            })
            .ok_or_else(|| {
                NcpError::not_found(details::stage_not_found(&ids.stage_id, &ids.api_id))
            })?;
        let id = &ids.stage_id;
        let response = match action {
            Action::GetStage => Response::new(200, json!({ "stage": stage })),
            Action::EnableCanary => {
                if stage.canary.is_some() {
                    return Err(NcpError::bad_request(details::already_enabled(id)));
                }
                enable(stage, &mut no, now)?;
                dto(stage)
            }
            Action::EditCanary => {
                if stage.canary.is_none() {
                    match a.edit_without_canary {
                        EditWithoutCanary::Reject => {
                            return Err(NcpError::bad_request(details::not_enabled(id)));
                        }
                        EditWithoutCanary::Enable => enable(stage, &mut no, now)?,
                    }
                }
                if let (Some(c), Some(e)) = (stage.canary.as_mut(), edit) {
                    apply(c, e);
                }
                dto(stage)
            }
            Action::DeployCanary => {
                let Some(c) = stage.canary.as_mut() else {
                    return Err(NcpError::bad_request(details::not_enabled(id)));
                };
                c.canary_deployment_no = mint(&mut no);
                c.canary_deployed_time = now.to_owned();
                c.canary_deployment_description = description.unwrap_or_default();
                dto(stage)
            }
            Action::PromoteCanary => {
                let Some(c) = stage.canary.as_ref() else {
                    return Err(NcpError::bad_request(details::not_enabled(id)));
                };
                stage.info.deployed_stage_deployment_no = Some(c.canary_deployment_no);
                if a.after_promote == AfterPromote::DisableCanary {
                    stage.canary = None;
                }
                Response::new(204, Value::Null)
            }
            Action::DisableCanary => {
                if stage.canary.take().is_none() {
                    return Err(NcpError::bad_request(details::not_enabled(id)));
                }
                Response::new(204, Value::Null)
            }
        };
        self.next_deployment_no = no;
        Ok(response)
    }
}

fn mint(no: &mut i64) -> i64 {
    let n = *no;
    *no = no.saturating_add(1);
    n
}

/// A fresh canary: a new deployment copying the stage's, rate mode at 0 %, endpoint `NONE`, the
/// stage's cache TTL and throttle (canarylab's choice: the canary starts as a copy of the stage).
fn enable(stage: &mut Stage, no: &mut i64, now: &str) -> Result<(), NcpError> {
    if stage.info.deployed_stage_deployment_no.is_none() {
        return Err(NcpError::bad_request(details::not_deployed(&stage.info.stage_id)));
    }
    stage.canary = Some(StageCanary {
        canary_deployment_no: mint(no),
        canary_deployed_time: now.to_owned(),
        canary_deployment_description: String::new(),
        canary_endpoint_domain: NONE.to_owned(),
        canary_cache_ttl_sec: stage.info.cache_ttl_sec,
        canary_throttle_rps: stage.info.throttle_rps,
        canary_distribution_rate: 0.0,
        use_distribution_rate: true,
        canary_conditions: Vec::new(),
    });
    Ok(())
}

/// Edit Canary: the required fields replace; optional fields replace when given and keep their
/// value when left out (PATCH semantics, canarylab's reading).
fn apply(c: &mut StageCanary, e: EditCanary) {
    c.use_distribution_rate = e.use_distribution_rate;
    c.canary_endpoint_domain = e.canary_endpoint_domain;
    if let Some(r) = e.canary_distribution_rate {
        c.canary_distribution_rate = r;
    }
    if let Some(list) = e.canary_conditions {
        c.canary_conditions = list;
    }
    if e.canary_cache_ttl_sec.is_some() {
        c.canary_cache_ttl_sec = e.canary_cache_ttl_sec;
    }
    if e.canary_throttle_rps.is_some() {
        c.canary_throttle_rps = e.canary_throttle_rps;
    }
}

fn dto(stage: &Stage) -> Response {
    let body = stage.canary_dto().map_or(Value::Null, |c: Canary| json!(c));
    Response::new(200, body)
}

type Parsed = (Ids, Option<EditCanary>, Option<String>);

/// Checks a call's parameters, JSON types read as `coercion` says: the first error becomes NCP's
/// 400 (its details in English: they stand for the service's answer); the values read other
/// than as written come back with the call.
fn parse(
    action: Action,
    params: &Value,
    coercion: Coercion,
) -> Result<(Parsed, Vec<Diagnostic>), NcpError> {
    let mut report = Report::new();
    let parsed = parse_into(action, params, coercion, &mut report);
    if let Some(d) = report.diagnostics().iter().find(|d| d.severity == Severity::Error) {
        return Err(NcpError::bad_request(format!("{}: {}", d.path.as_str(), d.service_message())));
    }
    let warnings =
        report.diagnostics().iter().filter(|d| super::coerce::is_coercion(d)).cloned().collect();
    let parsed = parsed.ok_or_else(|| NcpError::bad_request("invalid request"))?;
    Ok((parsed, warnings))
}

fn parse_into(
    action: Action,
    params: &Value,
    coercion: Coercion,
    report: &mut Report,
) -> Option<Parsed> {
    let env = Obj::new(params, Pointer::root(), "the call's params", report)?;
    let ids = request::path_ids(&env, report);
    match action {
        Action::EditCanary => {
            let edit = request::envelope_body(&env, coercion, report);
            Some((ids?, Some(edit?), None))
        }
        Action::DeployCanary => {
            env.only(request::envelope_fields(), report);
            let description = env.object("body", report).and_then(|b| {
                b.only(&["deploymentDescription"], report);
                let d = b.string("deploymentDescription", false, report)?;
                if d.chars().count() > MAX_DESCRIPTION {
                    report.say(
                        b.path("deploymentDescription"),
                        Code::NcpDescriptionLength,
                        Msg::DescriptionTooLong { max: MAX_DESCRIPTION },
                        Msg::ShortenIt,
                    );
                }
                Some(d.to_owned())
            });
            Some((ids?, None, description))
        }
        _ => {
            env.only(&["productId", "apiId", "stageId"], report);
            Some((ids?, None, None))
        }
    }
}
