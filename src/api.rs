//! The validator registry: the API names the CLI, the npm package and the site accept.

use crate::json::Value;

use crate::aws;
use crate::report::Report;

/// Every validatable API, as `validate` names it.
pub const APIS: [&str; 4] =
    ["aws.create-deployment", "aws.create-stage", "aws.update-stage", "ncp.edit-canary"];

/// An API name that is not in [`APIS`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownApi(pub String);

impl std::fmt::Display for UnknownApi {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "unknown API '{}': use one of {}", self.0, APIS.join(", "))
    }
}

impl std::error::Error for UnknownApi {}

/// Validates a parsed payload.
pub fn validate_value(api: &str, payload: &Value) -> Result<Report, UnknownApi> {
    use aws::request::Action;
    let action = match api {
        "aws.create-deployment" => Action::CreateDeployment,
        "aws.create-stage" => Action::CreateStage,
        "aws.update-stage" => Action::UpdateStage,
        "ncp.edit-canary" => return Ok(crate::ncp::validate_edit_canary(payload)),
        other => return Err(UnknownApi(other.to_owned())),
    };
    Ok(aws::validate(action, payload))
}

/// Validates JSON text: malformed JSON is one `json.syntax` diagnostic with line and column.
pub fn validate_text(api: &str, text: &str) -> Result<Report, UnknownApi> {
    if !APIS.contains(&api) {
        return Err(UnknownApi(api.to_owned()));
    }
    // The common case, a clean NCP body, without building a tree (`ncp::request::clean`).
    if api == "ncp.edit-canary" && crate::ncp::request::clean(text) {
        return Ok(Report::new());
    }
    let mut report = Report::new();
    match crate::json::parse_into_report(text, &mut report) {
        Some(v) => validate_value(api, &v),
        None => Ok(report),
    }
}
