//! The validator registry: the API names the CLI, the npm package and the site accept.

use serde_json::Value;

use crate::aws;
use crate::ncp::assume::Assumptions;
use crate::report::Report;

/// The gateway a document is about (`"provider"` in scenario and traffic documents).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Provider {
    /// Amazon API Gateway (REST APIs).
    Aws,
    /// NAVER Cloud Platform API Gateway.
    Ncp,
}

impl Provider {
    /// The provider named `name` (`aws` or `ncp`).
    pub fn from_name(name: &str) -> Option<Provider> {
        crate::doc::from_name(name)
    }
}

/// Every validatable API, as `validate` names it: [`Api::name`] of each of [`Api::ALL`].
pub const APIS: [&str; 4] = {
    let mut names = [""; 4];
    let mut i = 0;
    // Evaluated at compile time: an index out of bounds would not compile.
    #[allow(clippy::indexing_slicing)]
    while i < names.len() {
        names[i] = Api::ALL[i].name();
        i += 1;
    }
    names
};

/// An API name that is not in [`APIS`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownApi(pub String);

impl std::fmt::Display for UnknownApi {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "unknown API '{}': use one of {}", self.0, APIS.join(", "))
    }
}

impl std::error::Error for UnknownApi {}

/// A validatable API: [`APIS`] as a type, so that a caller holding one (the npm package's
/// `validateInput` takes its index) need not compare names again.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Api {
    /// `aws.create-deployment`.
    CreateDeployment,
    /// `aws.create-stage`.
    CreateStage,
    /// `aws.update-stage`.
    UpdateStage,
    /// `ncp.edit-canary`.
    EditCanary,
}

impl Api {
    /// Every API, in the order of [`APIS`].
    pub const ALL: [Api; 4] =
        [Api::CreateDeployment, Api::CreateStage, Api::UpdateStage, Api::EditCanary];

    /// The name `validate` knows it by.
    pub const fn name(self) -> &'static str {
        match self {
            Api::CreateDeployment => "aws.create-deployment",
            Api::CreateStage => "aws.create-stage",
            Api::UpdateStage => "aws.update-stage",
            Api::EditCanary => "ncp.edit-canary",
        }
    }

    /// The API named `name` (one of [`APIS`]).
    pub fn from_name(name: &str) -> Result<Api, UnknownApi> {
        Api::ALL
            .into_iter()
            .find(|api| api.name() == name)
            .ok_or_else(|| UnknownApi(name.to_owned()))
    }

    /// Validates a parsed payload.
    pub fn validate_value(self, payload: &Value) -> Report {
        self.validate_value_with(payload, &Assumptions::default())
    }

    /// Validates a parsed payload under NCP `assumptions` (the NCP validator reads `coercion`:
    /// how NCP reads JSON types; AWS's validators read none).
    pub fn validate_value_with(self, payload: &Value, assumptions: &Assumptions) -> Report {
        use aws::request::Action;
        let action = match self {
            Api::CreateDeployment => Action::CreateDeployment,
            Api::CreateStage => Action::CreateStage,
            Api::UpdateStage => Action::UpdateStage,
            Api::EditCanary => return crate::ncp::validate_edit_canary_with(payload, assumptions),
        };
        aws::validate(action, payload)
    }

    /// Validates JSON text: malformed JSON is one `json.syntax` diagnostic with line and column.
    pub fn validate_text(self, text: &str) -> Report {
        self.validate_text_with(text, &Assumptions::default())
    }

    /// [`Api::validate_text`] under NCP `assumptions` ([`Api::validate_value_with`]).
    pub fn validate_text_with(self, text: &str, assumptions: &Assumptions) -> Report {
        // The common case, a clean NCP body, without building a tree (`ncp::request::clean`):
        // a body of the spec's types reads the same under every assumption.
        if self == Api::EditCanary && crate::ncp::request::clean(text) {
            return Report::new();
        }
        let mut report = Report::new();
        match crate::doc::parse_into_report(text, &mut report) {
            Some(v) => self.validate_value_with(&v, assumptions),
            None => report,
        }
    }
}

/// Validates a parsed payload for the API named `api`.
pub fn validate_value(api: &str, payload: &Value) -> Result<Report, UnknownApi> {
    Ok(Api::from_name(api)?.validate_value(payload))
}

/// Validates JSON text for the API named `api` ([`Api::validate_text`]).
pub fn validate_text(api: &str, text: &str) -> Result<Report, UnknownApi> {
    Ok(Api::from_name(api)?.validate_text(text))
}
