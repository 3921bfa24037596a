//! Diagnostics: one vocabulary for every check canarylab makes.
//!
//! Validators never stop at the first problem: they push every [`Diagnostic`] they find into a
//! [`Report`]. Its JSON form, `{"valid": bool, "diagnostics": [...]}`, is a public contract shared
//! by the CLI, the npm package and the site.

use serde::Serialize;

use crate::pointer::Pointer;

/// How bad a diagnostic is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The real service would refuse the request.
    Error,
    /// The request is legal but does something users often do not expect.
    Warning,
}

impl Severity {
    /// `"error"` or `"warning"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// One problem found in a request.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// Where the problem is: a JSON Pointer into the request as the user wrote it.
    pub path: Pointer,
    /// A stable, machine-readable code such as `aws.percent-traffic.range`.
    pub code: &'static str,
    /// Whether the service refuses the request or only surprises.
    pub severity: Severity,
    /// What is wrong, in the service's own words where it has them.
    pub message: String,
    /// What to do about it.
    pub hint: String,
}

/// Every diagnostic found in one request, in the order the checks found them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    diagnostics: Vec<Diagnostic>,
}

impl Report {
    /// An empty report.
    pub fn new() -> Self {
        Self::default()
    }

    /// Records an error.
    pub fn error(
        &mut self,
        path: Pointer,
        code: &'static str,
        message: impl Into<String>,
        hint: impl Into<String>,
    ) {
        self.push(path, code, Severity::Error, message.into(), hint.into());
    }

    /// Records a warning.
    pub fn warning(
        &mut self,
        path: Pointer,
        code: &'static str,
        message: impl Into<String>,
        hint: impl Into<String>,
    ) {
        self.push(path, code, Severity::Warning, message.into(), hint.into());
    }

    fn push(
        &mut self,
        path: Pointer,
        code: &'static str,
        severity: Severity,
        message: String,
        hint: String,
    ) {
        self.diagnostics.push(Diagnostic { path, code, severity, message, hint });
    }

    /// True when no diagnostic is an error (warnings are allowed).
    pub fn is_valid(&self) -> bool {
        self.diagnostics.iter().all(|d| d.severity != Severity::Error)
    }

    /// The diagnostics, in the order they were found.
    pub fn diagnostics(&self) -> &[Diagnostic] {
        &self.diagnostics
    }

    /// How many diagnostics have the given severity.
    pub fn count(&self, severity: Severity) -> usize {
        self.diagnostics.iter().filter(|d| d.severity == severity).count()
    }

    /// The human-readable form: one line per diagnostic (see [`Diagnostic::to_line`]).
    pub fn to_text(&self) -> String {
        self.diagnostics.iter().map(|d| d.to_line() + "\n").collect()
    }
}

impl Diagnostic {
    /// One line: `path: severity[code]: message (hint: ...)`; the root path prints as `(document)`.
    pub fn to_line(&self) -> String {
        let path = if self.path.is_root() { "(document)" } else { self.path.as_str() };
        format!(
            "{path}: {}[{}]: {} (hint: {})",
            self.severity.as_str(),
            self.code,
            self.message,
            self.hint
        )
    }
}

impl Serialize for Report {
    /// `{"valid": bool, "diagnostics": [...]}`: the public contract.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut r = s.serialize_struct("Report", 2)?;
        r.serialize_field("valid", &self.is_valid())?;
        r.serialize_field("diagnostics", &self.diagnostics)?;
        r.end()
    }
}

impl Report {
    /// The JSON form as compact text.
    pub fn to_json_text(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The JSON form as a value.
    pub fn to_json(&self) -> serde_json::Value {
        crate::doc::to_value(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_shape_is_the_public_contract() {
        let mut r = Report::new();
        r.warning(Pointer::root().join("a"), "x.warn", "careful", "look");
        assert!(r.is_valid());
        r.error(Pointer::root().join("b").join(0), "x.err", "bad", "fix it");
        assert!(!r.is_valid());
        assert_eq!(crate::doc::parse(&r.to_json_text()).ok(), Some(r.to_json()));
        assert_eq!(
            r.to_json(),
            serde_json::json!({"valid": false, "diagnostics": [
                {"path": "/a", "code": "x.warn", "severity": "warning", "message": "careful", "hint": "look"},
                {"path": "/b/0", "code": "x.err", "severity": "error", "message": "bad", "hint": "fix it"}
            ]})
        );
    }
}
