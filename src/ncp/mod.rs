//! NAVER Cloud Platform API Gateway: a stage's canary (enable, edit, deploy, promote, disable),
//! as NCP's OpenAPI description specifies it (`docs/ncp-behaviour.md` gives each fact and its
//! evidence).
//!
//! Where NCP's docs and spec disagree, canarylab follows the spec and warns (`ncp.docs.*`); where
//! both are silent, the behaviour is a named, switchable [`assume::Assumptions`]; every choice is
//! listed in `docs/ncp-unknowns.md`.
//!
//! - [`model`]: the shapes (Edit Canary body, condition, canary DTO, stage);
//! - [`endpoint`]: NCP's `canaryEndpointDomain` URL pattern, with its quirks;
//! - [`request`]: checking an Edit Canary request, every problem at once;
//! - [`assume`]: the switchable assumptions, and [`coerce`]: how NCP reads JSON types under them;
//! - [`gateway`]: the simulated stages;
//! - [`error`]: NCP's error body and statuses.

pub mod assume;
pub mod coerce;
pub mod endpoint;
pub mod error;
pub mod gateway;
pub mod model;
pub mod request;

use crate::report::Report;

/// Validates an Edit Canary payload: the bare body or the envelope
/// `{"productId", "apiId", "stageId", "body"}`, under the default assumptions.
pub fn validate_edit_canary(payload: &serde_json::Value) -> Report {
    validate_edit_canary_with(payload, &assume::Assumptions::default())
}

/// [`validate_edit_canary`] under `assumptions` (of which the validator reads `coercion`: how
/// NCP reads JSON types).
pub fn validate_edit_canary_with(
    payload: &serde_json::Value,
    assumptions: &assume::Assumptions,
) -> Report {
    let mut report = Report::new();
    request::validate(payload, assumptions.coercion, &mut report);
    report
}
