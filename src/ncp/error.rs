//! The errors the simulated NCP service returns: an HTTP status and NCP's error body
//! `{"error": {"errorCode", "message", "details"}}`, `errorCode` a string (`docs/ncp-behaviour.md`,
//! "Errors").
//!
//! The status, code and message of each [`ErrorCode`] are NCP's own (its common error table and
//! bodies NCP's gateway returned). The API Gateway management API's own `details` texts are
//! unknown: every `details` here is canarylab's wording (listed in `docs/ncp-unknowns.md`). They
//! are what the simulated service answers, so they stay in English whatever language canarylab
//! speaks.

use serde::Serialize;
use serde_json::Value;

/// NCP's error codes, each with its HTTP status and message as NCP writes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorCode {
    /// 400 / `100` / `Bad Request Exception`: a request NCP refuses.
    BadRequest,
    /// 401 / `200` / `Authentication Failed`: missing or wrong credentials.
    AuthenticationFailed,
    /// 401 / `210` / `Permission Denied`: no subscription to the API.
    PermissionDenied,
    /// 403 / `230` / `Forbidden`: no permission on the resource.
    Forbidden,
    /// 404 / `300` / `Not Found Exception`: no such resource.
    NotFound,
}

impl ErrorCode {
    /// Every code, in NCP's table order.
    pub const ALL: [ErrorCode; 5] = [
        ErrorCode::BadRequest,
        ErrorCode::AuthenticationFailed,
        ErrorCode::PermissionDenied,
        ErrorCode::Forbidden,
        ErrorCode::NotFound,
    ];

    /// The HTTP status.
    pub const fn status(self) -> u16 {
        match self {
            ErrorCode::BadRequest => 400,
            ErrorCode::AuthenticationFailed | ErrorCode::PermissionDenied => 401,
            ErrorCode::Forbidden => 403,
            ErrorCode::NotFound => 404,
        }
    }

    /// The `errorCode` member: a string.
    pub const fn code(self) -> &'static str {
        match self {
            ErrorCode::BadRequest => "100",
            ErrorCode::AuthenticationFailed => "200",
            ErrorCode::PermissionDenied => "210",
            ErrorCode::Forbidden => "230",
            ErrorCode::NotFound => "300",
        }
    }

    /// The `message` member, as NCP writes it. The not-found message is the one NCP's gateway
    /// returned in a real body (`Not Found Exception`), where the common table says `Not Found`.
    pub const fn message(self) -> &'static str {
        match self {
            ErrorCode::BadRequest => "Bad Request Exception",
            ErrorCode::AuthenticationFailed => "Authentication Failed",
            ErrorCode::PermissionDenied => "Permission Denied",
            ErrorCode::Forbidden => "Forbidden",
            ErrorCode::NotFound => "Not Found Exception",
        }
    }
}

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

/// The `error` member of NCP's body, in NCP's member order.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Member<'a> {
    error_code: &'a str,
    message: &'a str,
    details: &'a str,
}

/// NCP's whole error body.
#[derive(Serialize)]
struct Body<'a> {
    error: Member<'a>,
}

impl NcpError {
    /// The error `code` with canarylab's `details`.
    pub fn new(code: ErrorCode, details: impl Into<String>) -> Self {
        NcpError {
            status: code.status(),
            error_code: code.code(),
            message: code.message(),
            details: details.into(),
        }
    }

    /// 400 / `100` / `Bad Request Exception`.
    pub fn bad_request(details: impl Into<String>) -> Self {
        NcpError::new(ErrorCode::BadRequest, details)
    }

    /// 403 / `230` / `Forbidden`.
    pub fn forbidden(details: impl Into<String>) -> Self {
        NcpError::new(ErrorCode::Forbidden, details)
    }

    /// 404 / `300` / `Not Found Exception`.
    pub fn not_found(details: impl Into<String>) -> Self {
        NcpError::new(ErrorCode::NotFound, details)
    }

    /// The body exactly as NCP returns it: `{"error": {"errorCode", "message", "details"}}`.
    pub fn body(&self) -> Value {
        crate::doc::to_value(&Body { error: self.member() })
    }

    /// The body's `error` member, `{"errorCode", "message", "details"}`: what a scenario result
    /// carries as its `error` (so the result without `action`, `status` and `changes` is the body).
    pub fn to_json(&self) -> Value {
        crate::doc::to_value(&self.member())
    }

    fn member(&self) -> Member<'_> {
        Member { error_code: self.error_code, message: self.message, details: &self.details }
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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn bodies_are_ncps() {
        let e = NcpError::not_found("URL not found.");
        assert_eq!(
            e.body(),
            json!({"error": {"errorCode": "300", "message": "Not Found Exception", "details": "URL not found."}})
        );
        assert_eq!(e.body().to_string(), format!("{{\"error\":{}}}", e.to_json()));
        assert_eq!(e.status, 404);
        let table: Vec<(u16, &str, &str)> =
            ErrorCode::ALL.iter().map(|c| (c.status(), c.code(), c.message())).collect();
        assert_eq!(
            table,
            [
                (400, "100", "Bad Request Exception"),
                (401, "200", "Authentication Failed"),
                (401, "210", "Permission Denied"),
                (403, "230", "Forbidden"),
                (404, "300", "Not Found Exception"),
            ]
        );
        let f = NcpError::forbidden("x");
        assert_eq!((f.status, f.error_code, f.message), (403, "230", "Forbidden"));
    }
}
