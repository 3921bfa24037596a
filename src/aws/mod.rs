//! Amazon API Gateway (REST APIs): stages, deployments and canary settings, as AWS behaves.
//!
//! Every rule here follows a fact of `docs/aws-behaviour.md`, which gives the evidence for each.
//! Where AWS's behaviour or message is unknown, the choice is marked "chosen" or
//! "canarylab's choice" next to the code (all messages live in [`error::msg`]) and listed in
//! `docs/aws-unknowns.md`.
//!
//! - [`model`]: the shapes (Stage, CanarySettings, MethodSetting, ...);
//! - [`request`]: parsing and checking each action's parameters;
//! - [`patch`]: UpdateStage's path grammar and value coercion;
//! - [`variables`]: stage variable names and values;
//! - [`gateway`]: the simulated REST API;
//! - [`lint`]: warnings for what the service takes but users regret;
//! - [`plan`]: the UpdateStage operations from one stage to another, proved on the gateway;
//! - [`error`]: AWS's error types, statuses and messages.

pub mod error;
pub mod gateway;
pub mod lint;
pub mod model;
pub mod patch;
pub mod plan;
pub mod request;
pub mod variables;

use crate::report::Report;

/// Validates the parameters of `action` (static checks: no stage state), then lints what the
/// payload knows enough to lint ([`lint::request`]). Every problem is reported, each with its
/// JSON Pointer.
pub fn validate(action: request::Action, params: &serde_json::Value) -> Report {
    let mut report = Report::new();
    if let Some(req) = request::parse(action, params, &mut report) {
        lint::request(&req, params, &mut report);
    }
    report
}
