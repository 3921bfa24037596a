//! The errors the simulated NCP service returns: HTTP status and NCP's error body
//! `{"error": {"errorCode", "message", "details"}}`, `errorCode` a string (`docs/ncp-behaviour.md`,
//! "Errors").
//!
//! Known from NCP's common error table: 400 / `100` / `Bad Request Exception` and
//! 404 / `300` / `Not Found`. The API Gateway management API's own `details` texts are unknown:
//! every `details` here is canarylab's wording (listed in `docs/ncp-unknowns.md`).

use serde_json::Value;
use serde_json::json;

/// An NCP error response.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NcpError {
    /// HTTP status.
    pub status: u16,
    /// NCP's error code (a string in the body).
    pub error_code: &'static str,
    /// NCP's message for the code.
    pub message: &'static str,
    /// What exactly went wrong.
    pub details: String,
}

impl NcpError {
    /// 400 / `100` / `Bad Request Exception`.
    pub fn bad_request(details: impl Into<String>) -> Self {
        NcpError {
            status: 400,
            error_code: "100",
            message: "Bad Request Exception",
            details: details.into(),
        }
    }

    /// 404 / `300` / `Not Found`.
    pub fn not_found(details: impl Into<String>) -> Self {
        NcpError { status: 404, error_code: "300", message: "Not Found", details: details.into() }
    }

    /// The `error` member of NCP's body: `{"errorCode", "message", "details"}`.
    pub fn to_json(&self) -> Value {
        json!({"errorCode": self.error_code, "message": self.message, "details": self.details})
    }
}

impl std::fmt::Display for NcpError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {} {}: {}", self.status, self.error_code, self.message, self.details)
    }
}

impl std::error::Error for NcpError {}

/// Every `details` text the simulated stage produces (all canarylab's wording), once.
pub mod details {
    /// A stage id that is not in the API.
    pub fn stage_not_found(stage: &str, api: &str) -> String {
        format!("Stage '{stage}' does not exist in API '{api}'")
    }
    /// Enable on a stage that already has a canary.
    pub fn already_enabled(stage: &str) -> String {
        format!("Canary is already enabled on stage '{stage}'")
    }
    /// Edit, deploy, promote or disable without a canary.
    pub fn not_enabled(stage: &str) -> String {
        format!("Canary is not enabled on stage '{stage}'")
    }
    /// Enable on a stage that was never deployed.
    pub fn not_deployed(stage: &str) -> String {
        format!("Stage '{stage}' has no deployment to copy to the canary")
    }
}
