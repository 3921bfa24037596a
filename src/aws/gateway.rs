//! The simulated REST API: deployments and stages, and the calls with AWS's semantics
//! (`docs/aws-behaviour.md`). Every call is all-or-nothing: it works on a copy and commits only on
//! success, so a failed call leaves the state unchanged.

use serde_json::{Value, json};

use crate::doc::to_value;

use super::error::{AwsError, ErrorKind, msg};
use super::model::{
    AccessLogSettings, Account, CacheClusterStatus, CanarySettings, Deployment, MethodSetting,
    Stage,
};
use super::patch::{AccessLogField, MethodField, MethodValue, StageField, Step};
use super::request::{self, Action, CreateDeployment, CreateStage, Request};
use super::variables::MAX_VARIABLES;
use crate::clock::{Clock, iso8601, mint_id};
use crate::report::{Report, Severity};

/// A successful call: HTTP status and JSON body (`null` for 202 with no body).
#[derive(Clone, Debug, PartialEq)]
pub struct Response {
    /// HTTP status (200, 201 or 202).
    pub status: u16,
    /// The response body.
    pub body: Value,
}

/// One simulated REST API.
#[derive(Clone, Debug, Default)]
pub struct Gateway {
    deployments: Vec<Deployment>,
    stages: Vec<Stage>,
    clock: Clock,
    minted: u64,
    account: Account,
}

impl Gateway {
    /// A REST API holding `deployments` and `stages`, with a simulated clock.
    pub fn new(deployments: Vec<Deployment>, stages: Vec<Stage>, clock: Clock) -> Self {
        Gateway { deployments, stages, clock, minted: 0, account: Account::default() }
    }

    /// The same REST API in an account with these settings (by default the CloudWatch Logs role
    /// is set).
    pub fn with_account(mut self, account: Account) -> Self {
        self.account = account;
        self
    }

    /// The account's settings.
    pub fn account(&self) -> &Account {
        &self.account
    }

    /// The deployments, in creation order.
    pub fn deployments(&self) -> &[Deployment] {
        &self.deployments
    }

    /// The stages, in creation order.
    pub fn stages(&self) -> &[Stage] {
        &self.stages
    }

    /// Calls an action with boto3-style parameters. On error the state is unchanged.
    pub fn call(&mut self, action: Action, params: &Value) -> Result<Response, AwsError> {
        let mut report = Report::new();
        let parsed = request::parse(action, params, &mut report);
        if let Some(d) = report.diagnostics().iter().find(|d| d.severity == Severity::Error) {
            let kind = if d.code.name().starts_with("param.") {
                ErrorKind::ParamValidation
            } else {
                ErrorKind::BadRequest
            };
            return Err(AwsError { kind, message: d.service_message().to_owned() });
        }
        let Some(req) = parsed else {
            return Err(AwsError {
                kind: ErrorKind::ParamValidation,
                message: "invalid parameters".to_owned(),
            });
        };
        let mut next = self.clone();
        let now = iso8601(next.clock.tick());
        next.settle_caches();
        let response = next.execute(req, &now)?;
        *self = next;
        Ok(response)
    }

    /// Time has passed since the last call: cache clusters finish being created or deleted.
    fn settle_caches(&mut self) {
        for s in &mut self.stages {
            match s.cache_cluster_status {
                CacheClusterStatus::CreateInProgress | CacheClusterStatus::FlushInProgress => {
                    s.cache_cluster_status = CacheClusterStatus::Available
                }
                CacheClusterStatus::DeleteInProgress => {
                    s.cache_cluster_status = CacheClusterStatus::NotAvailable
                }
                _ => {}
            }
        }
    }

    fn execute(&mut self, req: Request, now: &str) -> Result<Response, AwsError> {
        match req {
            Request::CreateDeployment(r) => self.create_deployment(r, now),
            Request::CreateStage(r) => self.create_stage(r, now),
            Request::UpdateStage { stage_name, steps } => {
                self.update_stage(&stage_name, &steps, now)
            }
            Request::GetStage { stage_name } => Ok(ok(200, to_value(self.stage(&stage_name)?))),
            Request::GetStages { deployment_id } => {
                let items: Vec<&Stage> = self
                    .stages
                    .iter()
                    .filter(|s| deployment_id.as_ref().is_none_or(|d| *d == s.deployment_id))
                    .collect();
                Ok(ok(200, json!({ "item": items })))
            }
            Request::DeleteStage { stage_name } => {
                let i = self.stage_index(&stage_name)?;
                self.stages.remove(i);
                Ok(ok(202, Value::Null))
            }
            Request::DeleteDeployment { deployment_id } => {
                let Some(i) = self.deployments.iter().position(|d| d.id == deployment_id) else {
                    return Err(AwsError::not_found(msg::INVALID_DEPLOYMENT));
                };
                // A stage's own deployment first, then a canary's ("Deleting a deployment"); which
                // message wins when both point at it is canarylab's choice.
                if self.stages.iter().any(|s| s.deployment_id == deployment_id) {
                    return Err(AwsError::bad_request(msg::ACTIVE_STAGES));
                }
                let canary_points = |s: &Stage| {
                    s.canary_settings.as_ref().is_some_and(|c| c.deployment_id == deployment_id)
                };
                if self.stages.iter().any(canary_points) {
                    return Err(AwsError::bad_request(msg::ACTIVE_CANARY_STAGES));
                }
                self.deployments.remove(i);
                Ok(ok(202, Value::Null))
            }
            Request::GetDeployments => Ok(ok(200, json!({ "items": self.deployments }))),
        }
    }

    fn stage_index(&self, name: &str) -> Result<usize, AwsError> {
        self.stages
            .iter()
            .position(|s| s.stage_name == name)
            .ok_or_else(|| AwsError::not_found(msg::INVALID_STAGE))
    }

    fn stage(&self, name: &str) -> Result<&Stage, AwsError> {
        self.stages
            .iter()
            .find(|s| s.stage_name == name)
            .ok_or_else(|| AwsError::not_found(msg::INVALID_STAGE))
    }

    fn deployment_exists(&self, id: &str) -> Result<(), AwsError> {
        if self.deployments.iter().any(|d| d.id == id) {
            Ok(())
        } else {
            Err(AwsError::bad_request(msg::DEPLOYMENT_ID_DOES_NOT_EXIST))
        }
    }

    fn mint(&mut self) -> String {
        loop {
            let id = mint_id(self.minted, 6);
            self.minted += 1;
            if !self.deployments.iter().any(|d| d.id == id) {
                return id;
            }
        }
    }

    fn create_deployment(&mut self, r: CreateDeployment, now: &str) -> Result<Response, AwsError> {
        let stage_name = r.stage_name.clone().filter(|n| !n.is_empty());
        let existing =
            stage_name.as_deref().and_then(|n| self.stages.iter().position(|s| s.stage_name == n));
        if let (Some(name), Some(_), None) = (&stage_name, &r.canary_settings, existing) {
            return Err(AwsError::bad_request(msg::canary_stage_must_exist(name)));
        }
        if let (Some(name), None, Some(i)) = (&stage_name, &r.canary_settings, existing) {
            if self.stages.get(i).is_some_and(|s| s.canary_settings.is_some()) {
                return Err(AwsError::bad_request(msg::non_canary_on_canary_stage(name)));
            }
        }
        let id = self.mint();
        let deployment = Deployment {
            id: id.clone(),
            description: r.description.clone(),
            created_date: Some(now.to_owned()),
        };
        self.deployments.push(deployment.clone());
        match (stage_name, existing) {
            (Some(_), Some(i)) => {
                let Some(stage) = self.stages.get_mut(i) else { return Err(internal()) };
                match r.canary_settings {
                    // The new deployment becomes the canary; the stage's deploymentId and
                    // variables stay. Old override keys are dropped: canarylab's choice (unknown).
                    Some(c) => {
                        stage.canary_settings = Some(CanarySettings::with(
                            id,
                            c.percent_traffic,
                            c.stage_variable_overrides,
                            c.use_stage_cache,
                        ));
                    }
                    None => {
                        stage.deployment_id = id;
                        if let Some(d) = r.stage_description {
                            stage.description = Some(d);
                        }
                        if let Some(vars) = r.variables {
                            stage.variables.extend(vars);
                        }
                        apply_stage_options(
                            stage,
                            r.cache_cluster_enabled,
                            r.cache_cluster_size,
                            r.tracing_enabled,
                        );
                    }
                }
                stage.last_updated_date = Some(now.to_owned());
            }
            (Some(name), None) => {
                let mut stage = Stage::new(name, id);
                stage.description = r.stage_description;
                stage.variables = r.variables.unwrap_or_default();
                apply_stage_options(
                    &mut stage,
                    r.cache_cluster_enabled,
                    r.cache_cluster_size,
                    r.tracing_enabled,
                );
                stamp_created(&mut stage, now);
                self.stages.push(stage);
            }
            (None, _) => {}
        }
        Ok(ok(201, to_value(&deployment)))
    }

    fn create_stage(&mut self, r: CreateStage, now: &str) -> Result<Response, AwsError> {
        if self.stages.iter().any(|s| s.stage_name == r.stage_name) {
            return Err(AwsError {
                kind: ErrorKind::Conflict,
                message: msg::STAGE_EXISTS.to_owned(),
            });
        }
        self.deployment_exists(&r.deployment_id)?;
        let mut stage = Stage::new(r.stage_name, r.deployment_id);
        if let Some(c) = r.canary_settings {
            let deployment_id = c.deployment_id.unwrap_or_else(|| stage.deployment_id.clone());
            self.deployment_exists(&deployment_id)?;
            stage.canary_settings = Some(CanarySettings::with(
                deployment_id,
                c.percent_traffic,
                c.stage_variable_overrides,
                c.use_stage_cache,
            ));
        }
        stage.description = r.description;
        stage.variables = r.variables;
        stage.documentation_version = r.documentation_version;
        stage.tags = r.tags;
        apply_stage_options(
            &mut stage,
            r.cache_cluster_enabled,
            r.cache_cluster_size,
            r.tracing_enabled,
        );
        stamp_created(&mut stage, now);
        let body = to_value(&stage);
        self.stages.push(stage);
        Ok(ok(201, body))
    }

    fn update_stage(
        &mut self,
        name: &str,
        steps: &[Step],
        now: &str,
    ) -> Result<Response, AwsError> {
        let i = self.stage_index(name)?;
        // Without the account's CloudWatch Logs role, an operation that turns logging on is
        // refused before any is applied ("Logging and the account's CloudWatch role"; judging
        // by the operations, not by the stage they leave, is canarylab's choice).
        if !self.account.has_cloudwatch_role() && steps.iter().any(Step::enables_logging) {
            return Err(AwsError::bad_request(msg::CLOUDWATCH_ROLE_NOT_SET));
        }
        let Some(mut stage) = self.stages.get(i).cloned() else { return Err(internal()) };
        for step in steps {
            self.apply(&mut stage, step)?;
        }
        stage.last_updated_date = Some(now.to_owned());
        let body = to_value(&stage);
        if let Some(slot) = self.stages.get_mut(i) {
            *slot = stage;
        }
        Ok(ok(200, body))
    }

    /// Applies one planned step to a stage (ops are applied in order; later ops see earlier ones).
    fn apply(&self, s: &mut Stage, step: &Step) -> Result<(), AwsError> {
        match step {
            Step::SetDeploymentId(id) => {
                self.deployment_exists(id)?;
                s.deployment_id.clone_from(id);
            }
            Step::SetText(field, v) => match field {
                StageField::Description => s.description.clone_from(v),
                StageField::CacheClusterSize => s.cache_cluster_size.clone_from(v),
                StageField::ClientCertificateId => s.client_certificate_id.clone_from(v),
                StageField::DocumentationVersion => s.documentation_version.clone_from(v),
                _ => {}
            },
            Step::SetBool(StageField::CacheClusterEnabled, b) => set_cache(s, *b),
            Step::SetBool(_, b) => s.tracing_enabled = *b,
            Step::SetVariable(k, v) => {
                s.variables.insert(k.clone(), v.clone());
                if s.variables.len() > MAX_VARIABLES {
                    return Err(AwsError::bad_request(msg::too_many_variables(s.variables.len())));
                }
            }
            // Removing a variable that is not there is a no-op: canarylab's choice (unknown).
            Step::RemoveVariable(k) => {
                s.variables.remove(k);
            }
            Step::RemoveVariables => s.variables.clear(),
            Step::SetAccessLog(field, v) => {
                let log = s.access_log_settings.get_or_insert_with(AccessLogSettings::default);
                match field {
                    AccessLogField::DestinationArn => log.destination_arn = Some(v.clone()),
                    AccessLogField::Format => log.format = Some(v.clone()),
                }
            }
            Step::RemoveAccessLog => s.access_log_settings = None,
            // Removing a canary that does not exist is a no-op: canarylab's choice (unknown).
            Step::RemoveCanary => s.canary_settings = None,
            Step::SetCanaryDeployment(id) => {
                self.deployment_exists(id)?;
                canary(s).deployment_id.clone_from(id);
            }
            Step::SetCanaryPercent(p) => canary(s).percent_traffic = *p,
            Step::SetCanaryUseStageCache(b) => canary(s).use_stage_cache = *b,
            Step::SetOverride(k, v) => {
                canary(s).stage_variable_overrides.insert(k.clone(), v.clone());
            }
            Step::RemoveOverride(k) => {
                if let Some(c) = s.canary_settings.as_mut() {
                    c.stage_variable_overrides.remove(k);
                }
            }
            Step::SetMethod(key, field, value) => {
                let seed = s.method_settings.get("*/*").cloned().unwrap_or_default();
                let entry = s.method_settings.entry(key.to_owned()).or_insert(seed);
                set_method(entry, *field, value);
            }
            Step::RemoveMethodEntry(key) => {
                if s.method_settings.remove(key).is_none() {
                    return Err(AwsError::bad_request(msg::cannot_remove(key)));
                }
            }
            Step::PromoteDeployment => {
                let c = s
                    .canary_settings
                    .as_ref()
                    .ok_or_else(|| AwsError::bad_request(msg::PROMOTION_NOT_AVAILABLE))?;
                s.deployment_id = c.deployment_id.clone();
            }
            Step::PromoteVariables => {
                let c = s
                    .canary_settings
                    .as_ref()
                    .ok_or_else(|| AwsError::bad_request(msg::PROMOTION_NOT_AVAILABLE))?;
                let overrides = c.stage_variable_overrides.clone();
                s.variables.extend(overrides);
            }
        }
        Ok(())
    }
}

/// A new stage's dates: created and last updated now.
fn stamp_created(stage: &mut Stage, now: &str) {
    stage.created_date = Some(now.to_owned());
    stage.last_updated_date = Some(now.to_owned());
}

fn ok(status: u16, body: Value) -> Response {
    Response { status, body }
}

fn internal() -> AwsError {
    AwsError::bad_request("internal error in the simulator")
}

/// The stage's canary, created with AWS's defaults when missing (`docs/aws-behaviour.md`,
/// "Canary settings via UpdateStage").
fn canary(s: &mut Stage) -> &mut CanarySettings {
    let stage_deployment = s.deployment_id.clone();
    s.canary_settings.get_or_insert_with(|| CanarySettings::defaults_for(&stage_deployment))
}

/// Turning the cache on starts creating it (`CREATE_IN_PROGRESS`, `AVAILABLE` from the next call
/// on); turning it off starts deleting it. The default size is 0.5 (`docs/aws-behaviour.md`,
/// "Cache cluster").
fn set_cache(s: &mut Stage, on: bool) {
    if on && !s.cache_cluster_enabled {
        s.cache_cluster_status = CacheClusterStatus::CreateInProgress;
        s.cache_cluster_size.get_or_insert_with(|| "0.5".to_owned());
    } else if !on && s.cache_cluster_enabled {
        s.cache_cluster_status = CacheClusterStatus::DeleteInProgress;
    }
    s.cache_cluster_enabled = on;
}

fn apply_stage_options(
    s: &mut Stage,
    cache: Option<bool>,
    size: Option<String>,
    tracing: Option<bool>,
) {
    if let Some(size) = size {
        s.cache_cluster_size = Some(size);
    }
    if let Some(on) = cache {
        set_cache(s, on);
    }
    if let Some(t) = tracing {
        s.tracing_enabled = t;
    }
}

fn set_method(m: &mut MethodSetting, field: MethodField, value: &MethodValue) {
    match (field, value) {
        (MethodField::MetricsEnabled, MethodValue::Bool(b)) => m.metrics_enabled = *b,
        (MethodField::DataTrace, MethodValue::Bool(b)) => m.data_trace_enabled = *b,
        (MethodField::CachingEnabled, MethodValue::Bool(b)) => m.caching_enabled = *b,
        (MethodField::DataEncrypted, MethodValue::Bool(b)) => m.cache_data_encrypted = *b,
        (MethodField::RequireAuthorization, MethodValue::Bool(b)) => {
            m.require_authorization_for_cache_control = *b
        }
        (MethodField::BurstLimit, MethodValue::Int(n)) => m.throttling_burst_limit = *n,
        (MethodField::TtlInSeconds, MethodValue::Int(n)) => m.cache_ttl_in_seconds = *n,
        (MethodField::RateLimit, MethodValue::Double(x)) => m.throttling_rate_limit = *x,
        (MethodField::LoggingLevel, MethodValue::Text(t)) => m.logging_level = Some(t.clone()),
        (MethodField::Strategy, MethodValue::Text(t)) => {
            m.unauthorized_cache_control_header_strategy = t.clone()
        }
        _ => {}
    }
}
