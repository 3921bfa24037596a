//! Diagnostics: one vocabulary for every check canarylab makes.
//!
//! Validators never stop at the first problem: they push every [`Diagnostic`] they find into a
//! [`Report`]. Its JSON form, `{"valid": bool, "diagnostics": [...]}`, is a public contract shared
//! by the CLI, the npm package and the site.

use json_patch::{AddOperation, MoveOperation, PatchOperation, ReplaceOperation};
use serde::Serialize;
use serde_json::Value;

use crate::code::Code;
use crate::i18n::{Lang, Msg};
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
    /// A stable code such as `aws.percent-traffic.range` ([`Code`]).
    pub code: Code,
    /// Whether the service refuses the request or only surprises (the code's severity).
    pub severity: Severity,
    /// What is wrong, in the service's own words where it has them.
    pub message: String,
    /// What to do about it.
    pub hint: String,
    /// An edit of the payload that makes it pass this check, when one is known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fix: Option<Fix>,
    /// The service's own message when `message` is canarylab's shorter one (a "did you mean"
    /// instead of AWS's list of every path): what the simulated service answers with.
    #[serde(skip)]
    pub service_message: Option<String>,
    /// The catalogue entries `message`, `hint` and the fix's description were written from, so
    /// that the diagnostic can be written in another language ([`Diagnostic::localized`]);
    /// `None` for a diagnostic written in English only.
    #[serde(skip)]
    pub said: Option<Box<Said>>,
}

/// What a diagnostic says, as catalogue entries ([`crate::i18n`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Said {
    /// The message.
    pub message: Msg,
    /// The hint.
    pub hint: Msg,
    /// The fix's description, when the diagnostic has a fix.
    pub fix: Option<Msg>,
}

impl Diagnostic {
    /// A diagnostic; its severity is its code's.
    pub fn new(path: Pointer, code: Code, message: String, hint: String) -> Self {
        let severity = code.severity();
        Diagnostic {
            path,
            code,
            severity,
            message,
            hint,
            fix: None,
            service_message: None,
            said: None,
        }
    }

    /// The diagnostic written in `lang`: its message, hint and fix description rendered from the
    /// catalogue (unchanged where it has no catalogue entries). What the service says
    /// ([`Diagnostic::service_message`]) stays the English text.
    pub fn localized(&self, lang: Lang) -> Diagnostic {
        let mut d = self.clone();
        let Some(said) = &self.said else { return d };
        if lang == Lang::En {
            return d;
        }
        d.service_message.get_or_insert_with(|| self.message.clone());
        d.message = said.message.render(lang);
        d.hint = said.hint.render(lang);
        if let (Some(fix), Some(text)) = (d.fix.as_mut(), &said.fix) {
            fix.description = text.render(lang);
        }
        d
    }

    /// What the real service says about this problem.
    pub fn service_message(&self) -> &str {
        self.service_message.as_deref().unwrap_or(&self.message)
    }
}

/// A machine-applicable fix: an RFC 6902 patch on the payload as the user wrote it (pointers
/// relative to the document the report is about), applied with json-patch.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Fix {
    /// What the patch does, for people (`quote 10 as "10"`).
    pub description: String,
    /// The operations.
    pub patch: json_patch::Patch,
}

impl Fix {
    /// A fix of one operation.
    pub fn one(description: impl Into<String>, op: json_patch::PatchOperation) -> Fix {
        Fix { description: description.into(), patch: json_patch::Patch(vec![op]) }
    }

    /// Replace the value at `at` with `value`.
    pub fn replace(description: impl Into<String>, at: &Pointer, value: Value) -> Fix {
        let path = pointer(at);
        Fix::one(description, PatchOperation::Replace(ReplaceOperation { path, value }))
    }

    /// Add `value` at `at` (a new member, or `-` to append to an array).
    pub fn add(description: impl Into<String>, at: &Pointer, value: Value) -> Fix {
        let path = pointer(at);
        Fix::one(description, PatchOperation::Add(AddOperation { path, value }))
    }

    /// Move the member at `at` to its sibling named `name` (a renamed key).
    pub fn rename(description: impl Into<String>, at: &Pointer, name: &str) -> Fix {
        let from = pointer(at);
        let path = pointer(&at.parent().join(name));
        Fix::one(description, PatchOperation::Move(MoveOperation { from, path }))
    }
}

/// Our pointer as json-patch's: both are RFC 6901 text, so the conversion cannot fail for a
/// pointer we built (an unparsable one becomes the root, and applying the fix fails visibly).
fn pointer(at: &Pointer) -> json_patch::jsonptr::PointerBuf {
    json_patch::jsonptr::PointerBuf::parse(at.as_str()).unwrap_or_default()
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

    /// Records a diagnostic; its severity is its code's.
    pub fn push(
        &mut self,
        path: Pointer,
        code: Code,
        message: impl Into<String>,
        hint: impl Into<String>,
    ) {
        self.push_fix(path, code, message, hint, None);
    }

    /// Records a diagnostic with the fix that makes the payload pass its check, if one is known.
    pub fn push_fix(
        &mut self,
        path: Pointer,
        code: Code,
        message: impl Into<String>,
        hint: impl Into<String>,
        fix: Option<Fix>,
    ) {
        let mut d = Diagnostic::new(path, code, message.into(), hint.into());
        d.fix = fix;
        self.diagnostics.push(d);
    }

    /// Records a diagnostic whose message and hint are catalogue entries ([`crate::i18n`]): written
    /// in English here, and in any language by [`Report::localized`].
    pub fn say(&mut self, path: Pointer, code: Code, message: Msg, hint: Msg) {
        self.say_fix(path, code, message, hint, None);
    }

    /// [`Report::say`] with the fix that makes the payload pass its check, if one is known, and
    /// the catalogue entry of its description (which replaces the fix's own).
    pub fn say_fix(
        &mut self,
        path: Pointer,
        code: Code,
        message: Msg,
        hint: Msg,
        fix: Option<(Msg, Fix)>,
    ) {
        let mut d = Diagnostic::new(path, code, message.to_string(), hint.to_string());
        let fix_text = fix.map(|(text, mut fix)| {
            fix.description = text.to_string();
            d.fix = Some(fix);
            text
        });
        d.said = Some(Box::new(Said { message, hint, fix: fix_text }));
        self.diagnostics.push(d);
    }

    /// The report written in `lang` ([`Diagnostic::localized`]).
    pub fn localized(&self, lang: Lang) -> Report {
        Report { diagnostics: self.diagnostics.iter().map(|d| d.localized(lang)).collect() }
    }

    /// Records a diagnostic built by the caller.
    pub fn add(&mut self, d: Diagnostic) {
        self.diagnostics.push(d);
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
        self.to_text_in(Lang::En)
    }

    /// The human-readable form in `lang`: each diagnostic localized, one line each
    /// ([`Diagnostic::to_line_in`]).
    pub fn to_text_in(&self, lang: Lang) -> String {
        self.diagnostics.iter().map(|d| d.localized(lang).to_line_in(lang) + "\n").collect()
    }
}

impl Diagnostic {
    /// One line: `path: severity[code]: message (hint: ...)`; the root path prints as `(document)`.
    pub fn to_line(&self) -> String {
        self.to_line_in(Lang::En)
    }

    /// [`Diagnostic::to_line`] with the labels of `lang` (`(힌트: ...)`); the severity and the code
    /// stay as they are, and the message and hint as they are written (see
    /// [`Diagnostic::localized`]).
    pub fn to_line_in(&self, lang: Lang) -> String {
        let words = lang.words();
        let path = if self.path.is_root() { words.document } else { self.path.as_str() };
        format!(
            "{path}: {}[{}]: {} ({}: {})",
            self.severity.as_str(),
            self.code,
            self.message,
            words.hint,
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
        r.push(Pointer::root().join("a"), Code::NcpModeIgnored, "careful", "look");
        assert!(r.is_valid());
        let drop = json_patch::PatchOperation::Remove(json_patch::RemoveOperation {
            path: "/b/0".parse().unwrap(),
        });
        let fix = Some(Fix::one("drop it", drop));
        r.push_fix(Pointer::root().join("b").join(0), Code::ParamType, "bad", "fix it", fix);
        assert!(!r.is_valid());
        assert_eq!(crate::doc::parse(&r.to_json_text()).ok(), Some(r.to_json()));
        assert_eq!(
            r.to_json(),
            serde_json::json!({"valid": false, "diagnostics": [
                {"path": "/a", "code": Code::NcpModeIgnored, "severity": "warning", "message": "careful", "hint": "look"},
                {"path": "/b/0", "code": Code::ParamType, "severity": "error", "message": "bad", "hint": "fix it",
                 "fix": {"description": "drop it", "patch": [{"op": "remove", "path": "/b/0"}]}}
            ]})
        );
    }
}
