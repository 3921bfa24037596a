//! Applying the fixes a report offers: each [`Fix`] is an RFC 6902 patch on the payload as the
//! user wrote it, applied with json-patch (atomically: a patch that does not apply leaves the
//! payload as it was). The CLI's `--fix`, the npm package's `applyFixes` and the site's "Fix"
//! button all go through here.

use serde_json::Value;

use crate::report::{Fix, Report};

/// Why a set of fixes could not be applied.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FixError {
    /// The description of the fix that failed.
    pub fix: String,
    /// json-patch's reason.
    pub reason: String,
}

impl std::fmt::Display for FixError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the fix \"{}\" does not apply: {}", self.fix, self.reason)
    }
}

impl std::error::Error for FixError {}

/// Every fix the report offers, in the report's order.
pub fn offered(report: &Report) -> Vec<&Fix> {
    report.diagnostics().iter().filter_map(|d| d.fix.as_ref()).collect()
}

/// `payload` with `fixes` applied one after the other. Two fixes that touch the same member (a
/// path both renamed and re-quoted) apply in order; a fix whose target an earlier one moved fails,
/// and then nothing is applied.
pub fn apply(payload: &Value, fixes: &[&Fix]) -> Result<Value, FixError> {
    let mut out = payload.clone();
    for fix in fixes {
        json_patch::patch(&mut out, &fix.patch)
            .map_err(|e| FixError { fix: fix.description.clone(), reason: e.to_string() })?;
    }
    Ok(out)
}

/// JSON text with `fixes` applied, written back in the text's own layout where it can: compact
/// text stays on one line, indented text keeps its indent (two spaces, four, or a tab). Members
/// keep their order. What JSON does not keep (comments are not JSON; spacing inside a line) is
/// written as serde_json writes it.
pub fn apply_text(text: &str, fixes: &[&Fix]) -> Result<String, FixError> {
    let value = crate::doc::parse(text)
        .map_err(|e| FixError { fix: "(read the payload)".to_owned(), reason: e.to_string() })?;
    let fixed = apply(&value, fixes)?;
    Ok(write_like(text, &fixed))
}

/// How many times [`fix_until_settled`] validates, fixes and validates again at most.
pub const MAX_ROUNDS: usize = 10;

/// A text payload after [`fix_until_settled`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Settled {
    /// The payload with every applied fix, in its own layout; the input, byte for byte, when no
    /// fix applied.
    pub text: String,
    /// The fixes applied, in the order they were applied.
    pub applied: Vec<Fix>,
    /// The report on [`Settled::text`]: what remains.
    pub report: Report,
    /// The round of fixes that did not apply, if one did not (the text stops before it).
    pub error: Option<FixError>,
}

/// `text` with every fix its report offers applied, then validated again, and fixed again while
/// the new report offers fixes that change it (at most [`MAX_ROUNDS`] rounds): fixing one problem
/// can bring a check into reach that the problem hid. Each round is all-or-nothing
/// ([`apply_text`]); a round that does not apply ends the loop with the text of the round before.
pub fn fix_until_settled(text: &str, validate: impl Fn(&str) -> Report) -> Settled {
    let mut settled =
        Settled { text: text.to_owned(), applied: Vec::new(), report: validate(text), error: None };
    for _ in 0..MAX_ROUNDS {
        let fixes = offered(&settled.report);
        if fixes.is_empty() {
            break;
        }
        let fixed = match apply_text(&settled.text, &fixes) {
            Ok(t) if t == settled.text => break,
            Ok(t) => t,
            Err(e) => {
                settled.error = Some(e);
                break;
            }
        };
        settled.applied.extend(fixes.into_iter().cloned());
        settled.report = validate(&fixed);
        settled.text = fixed;
    }
    settled
}

/// `value` written in the layout of `original`.
pub fn write_like(original: &str, value: &Value) -> String {
    let trailing_newline = original.ends_with('\n');
    let mut out = match indent_of(original) {
        None => value.to_string(),
        Some(indent) => {
            let mut buf = Vec::new();
            let formatter = serde_json::ser::PrettyFormatter::with_indent(indent.as_bytes());
            let mut ser = serde_json::Serializer::with_formatter(&mut buf, formatter);
            match serde::Serialize::serialize(value, &mut ser) {
                Ok(()) => String::from_utf8(buf).unwrap_or_default(),
                Err(_) => crate::doc::pretty(value),
            }
        }
    };
    if trailing_newline {
        out.push('\n');
    }
    out
}

/// The indent of the first indented line, or `None` for text on one line.
fn indent_of(text: &str) -> Option<&str> {
    let mut lines = text.trim().lines().skip(1);
    if text.trim().lines().count() < 2 {
        return None;
    }
    lines
        .find_map(|l| {
            let body = l.trim_start_matches([' ', '\t']);
            let indent = l.get(..l.len() - body.len())?;
            (!indent.is_empty() && !body.is_empty()).then_some(indent)
        })
        .or(Some("  "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::code::Code;
    use crate::pointer::Pointer;

    fn quote_fix() -> Fix {
        Fix::replace("quote it", &Pointer::root().join("a"), Value::String("10".into()))
    }

    #[test]
    fn applies_and_keeps_the_layout() {
        let fix = quote_fix();
        assert_eq!(
            apply_text(r#"{"a":10,"b":[1,2]}"#, &[&fix]).unwrap(),
            r#"{"a":"10","b":[1,2]}"#
        );
        assert_eq!(
            apply_text("{\n    \"a\": 10,\n    \"b\": true\n}\n", &[&fix]).unwrap(),
            "{\n    \"a\": \"10\",\n    \"b\": true\n}\n"
        );
        assert_eq!(
            apply_text("{\n\t\"b\": true,\n\t\"a\": 10\n}", &[&fix]).unwrap(),
            "{\n\t\"b\": true,\n\t\"a\": \"10\"\n}"
        );
    }

    #[test]
    fn a_fix_that_does_not_apply_changes_nothing() {
        let fix = Fix::replace("x", &Pointer::root().join("missing"), Value::Null);
        let e = apply(&serde_json::json!({"a": 1}), &[&quote_fix(), &fix]).unwrap_err();
        assert_eq!(e.fix, "x");
        assert!(apply_text("not json", &[&fix]).is_err());
    }

    /// A validator for the tests: `"a"` must be a string, and once it is, `"b"` must be too.
    fn strings_a_then_b(text: &str) -> Report {
        let mut r = Report::new();
        let v = crate::doc::parse(text).unwrap();
        for key in ["a", "b"] {
            let at = Pointer::root().join(key);
            match v.get(key) {
                Some(Value::String(_)) => continue,
                Some(n) => {
                    let fix = Fix::replace("quote it", &at, Value::String(n.to_string()));
                    r.push_fix(at, Code::ParamType, "m", "h", Some(fix));
                }
                None => r.push(at, Code::ParamMissing, "m", "h"),
            }
            break;
        }
        r
    }

    #[test]
    fn fixes_until_no_fix_is_offered() {
        let s = fix_until_settled("{\"a\": 1, \"b\": 2}\n", strings_a_then_b);
        assert_eq!(s.text, "{\"a\":\"1\",\"b\":\"2\"}\n");
        assert_eq!(s.applied.len(), 2);
        assert!(s.report.diagnostics().is_empty() && s.error.is_none());

        // Nothing to fix: the text comes back byte for byte, with what remains.
        let s = fix_until_settled("{ \"b\": 2 }", strings_a_then_b);
        assert_eq!((s.text.as_str(), s.applied.len()), ("{ \"b\": 2 }", 0));
        assert_eq!(s.report.diagnostics()[0].code, Code::ParamMissing);
    }

    #[test]
    fn a_round_that_does_not_apply_stops_the_loop() {
        let broken = |_: &str| {
            let mut r = Report::new();
            let fix = Fix::replace("x", &Pointer::root().join("missing"), Value::Null);
            r.push_fix(Pointer::root(), Code::ParamType, "m", "h", Some(fix));
            r
        };
        let s = fix_until_settled("{}", broken);
        assert_eq!((s.text.as_str(), s.applied.len()), ("{}", 0));
        assert_eq!(s.error.map(|e| e.fix), Some("x".to_owned()));
        // A fix that changes nothing does not loop.
        let idle = |_: &str| {
            let mut r = Report::new();
            let fix = Fix::replace("same", &Pointer::root().join("a"), Value::from(1));
            r.push_fix(Pointer::root(), Code::ParamType, "m", "h", Some(fix));
            r
        };
        let s = fix_until_settled("{\"a\":1}", idle);
        assert_eq!((s.text.as_str(), s.applied.len(), s.error), ("{\"a\":1}", 0, None));
    }

    #[test]
    fn offered_lists_the_fixes_in_order() {
        let mut r = Report::new();
        r.push(Pointer::root(), Code::ParamType, "m", "h");
        r.push_fix(Pointer::root().join("a"), Code::ParamType, "m", "h", Some(quote_fix()));
        assert_eq!(offered(&r), [&quote_fix()]);
    }
}
