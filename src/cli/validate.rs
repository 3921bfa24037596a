//! `canarylab validate API FILE|-... [--format text|json|github|sarif] [--quiet] [--deny warnings]
//! [--allow CODE] [--fix | --fix-dry-run]`: the validators over files, for CI (`output` holds the
//! formats and the policy); with `--fix`, the fixes their reports offer written back.

use std::fmt::Write as _;

use serde_json::{Map, Value, json};

use super::output::{self, FileReport, Format, Policy};
use super::{Arg, Args, EXIT_INVALID, EXIT_OK, Host, Outcome, is_help, read_input, to_pretty};
use crate::api::Api;
use crate::fix::Settled;
use crate::i18n::{Lang, Msg};
use crate::ncp::assume::Assumptions;
use crate::report::{Diagnostic, Report, Severity};

pub(super) const USAGE: &str = "validate API FILE|-... [--format text|json|github|sarif] [--quiet] [--deny warnings] [--allow CODE] [--fix|--fix-dry-run] [--assume NAME=VALUE] [--lang en|ko]";

/// What `validate` does with the fixes the reports offer.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Fixing {
    /// Nothing: report them.
    Off,
    /// `--fix`: apply them and write each file back.
    InPlace,
    /// `--fix-dry-run`: apply them and print the payloads.
    DryRun,
}

/// A `validate` command line, read.
struct Request {
    api: Api,
    files: Vec<String>,
    policy: Policy,
    fixing: Fixing,
    /// `--assume`: the NCP assumptions the validator reads (`coercion`).
    assumptions: Assumptions,
}

/// One input after validation (and, when fixing, after its fixes).
struct Checked {
    file: String,
    /// What remains to report.
    report: Report,
    /// When fixing: the payload, the fixes applied, and a round that did not apply.
    fixed: Option<Settled>,
}

fn help(lang: Lang) -> String {
    let usage = Msg::UsageLine { usage: USAGE.to_owned() }.render(lang);
    let apis = crate::api::APIS.join(", ");
    usage + &Msg::HelpValidate { apis, rounds: crate::fix::MAX_ROUNDS }.render(lang)
}

pub(super) fn validate(p: Args, host: &mut dyn Host) -> Result<Outcome, Msg> {
    let lang = p.lang;
    let Some(mut request) = read_args(p)? else { return Ok(Outcome::ok(help(lang))) };
    request.policy.configure(host)?;
    // Every input is read before anything is checked or written: an unreadable one stops the
    // run before any file changes.
    let mut texts = Vec::with_capacity(request.files.len());
    for file in &request.files {
        match read_input(host, file, lang) {
            Ok(t) => texts.push(t),
            Err(o) => return Ok(o),
        }
    }
    let mut out = Outcome::default();
    let mut checked = Vec::with_capacity(texts.len());
    for (file, text) in request.files.iter().zip(&texts) {
        let item = check(request.api, &request.assumptions, request.fixing, file, text);
        if let (Fixing::InPlace, Some(fixed)) = (request.fixing, &item.fixed) {
            if fixed.text != *text {
                if let Err(why) = host.write_file(file, &fixed.text) {
                    let why = Msg::CannotWrite { file: file.clone(), why };
                    let _ = writeln!(out.stderr, "{}", why.render(lang));
                    out.code = super::EXIT_USAGE;
                    return Ok(out);
                }
            }
        }
        checked.push(item);
    }
    let policy = &request.policy;
    for c in &mut checked {
        c.report = policy.filter(&c.report).localized(lang);
    }
    let files: Vec<FileReport<'_>> = checked
        .iter()
        .zip(&texts)
        .map(|(c, text)| {
            let text = c.fixed.as_ref().map_or(text.as_str(), |f| f.text.as_str());
            FileReport::on_text(&c.file, text, &c.report)
        })
        .collect();
    let many = checked.len() > 1;
    match policy.format {
        Format::Text => {
            for c in &checked {
                print_text(&mut out, c, request.fixing, many, policy, lang);
            }
            if many || policy.quiet {
                let _ = writeln!(out.stderr, "{}", output::summary_in(&files, policy, lang));
            }
        }
        Format::Json => print_json(&mut out, &checked, request.fixing, policy),
        Format::Github => {
            out.stdout.push_str(&output::github_in(&files, lang));
            let _ = writeln!(out.stderr, "{}", output::summary_in(&files, policy, lang));
        }
        Format::Sarif => out.stdout.push_str(&output::sarif_in(&files, lang)),
    }
    let valid = checked.iter().all(|c| policy.passes(&c.report));
    out.code = if valid { EXIT_OK } else { EXIT_INVALID };
    Ok(out)
}

/// The command line; `None` for `--help`.
fn read_args(mut p: Args) -> Result<Option<Request>, Msg> {
    let mut policy = Policy::default();
    let mut fixing = Fixing::Off;
    let mut assumptions = Assumptions::default();
    let mut positional = Vec::new();
    while let Some(arg) = p.next()? {
        if policy.option(&arg, &mut |o| p.value(o))? {
            continue;
        }
        match arg {
            Arg::Opt(o) if o == "--fix" || o == "--fix-dry-run" => {
                let mode = if o == "--fix" { Fixing::InPlace } else { Fixing::DryRun };
                if fixing != Fixing::Off && fixing != mode {
                    return Err(Msg::FixOrDryRun);
                }
                fixing = mode;
            }
            Arg::Opt(o) if o == "--assume" => {
                assumptions = (assumptions.with(&p.value(&o)?))
                    .map_err(|e| Msg::AssumeError { error: e.to_string() })?;
            }
            Arg::Opt(o) if is_help(&o) => return Ok(None),
            Arg::Value(v) => positional.push(v),
            other => return Err(other.unexpected()),
        }
    }
    let mut positional = positional.into_iter();
    let Some(api) = positional.next() else {
        return Err(Msg::ValidateNeedsApi);
    };
    let files: Vec<String> = positional.collect();
    if files.is_empty() {
        return Err(Msg::NeedsFiles { command: "validate".into() });
    }
    let api = Api::from_name(&api)
        .map_err(|_| Msg::UnknownApi { name: api.clone(), list: crate::api::APIS.join(", ") })?;
    if fixing == Fixing::InPlace && files.iter().any(|f| f == "-") {
        return Err(Msg::FixNotStdin);
    }
    Ok(Some(Request { api, files, policy, fixing, assumptions }))
}

/// Validates one input (under `assumptions`) and, when fixing, fixes it until it settles.
fn check(api: Api, assumptions: &Assumptions, fixing: Fixing, file: &str, text: &str) -> Checked {
    let file = file.to_owned();
    if fixing == Fixing::Off {
        return Checked { file, report: api.validate_text_with(text, assumptions), fixed: None };
    }
    let settled = crate::fix::fix_until_settled(text, |t| api.validate_text_with(t, assumptions));
    Checked { file, report: settled.report.clone(), fixed: Some(settled) }
}

/// The text format: the diagnostics (on stderr when the payload takes stdout), then what was
/// fixed and the verdict on stderr, in `lang` (the report is already written in it).
fn print_text(
    out: &mut Outcome,
    c: &Checked,
    fixing: Fixing,
    many: bool,
    policy: &Policy,
    lang: Lang,
) {
    let prefix = if many { format!("{}:", c.file) } else { String::new() };
    let name = if c.file == "-" { "<stdin>" } else { c.file.as_str() };
    if let (Fixing::DryRun, Some(fixed)) = (fixing, &c.fixed) {
        if many {
            let _ = writeln!(out.stdout, "==> {} <==", c.file);
        }
        out.stdout.push_str(&fixed.text);
        if many && !fixed.text.ends_with('\n') {
            out.stdout.push('\n');
        }
    }
    let lines = if fixing == Fixing::DryRun { &mut out.stderr } else { &mut out.stdout };
    for d in c.report.diagnostics() {
        let _ = writeln!(lines, "{prefix}{}", line(d, lang));
    }
    let file = name.to_owned();
    if let Some(fixed) = &c.fixed {
        if !fixed.applied.is_empty() {
            let applied = Msg::AppliedFixes { file: file.clone(), count: fixed.applied.len() };
            let _ = writeln!(out.stderr, "{}", applied.render(lang));
        }
        if let Some(e) = &fixed.error {
            let why = e.to_string();
            let _ =
                writeln!(out.stderr, "{}", Msg::NotFixed { file: file.clone(), why }.render(lang));
        }
    }
    if policy.quiet {
        return;
    }
    let verdict = Msg::Verdict {
        file,
        valid: policy.passes(&c.report),
        errors: c.report.count(Severity::Error),
        warnings: c.report.count(Severity::Warning),
    };
    let _ = writeln!(out.stderr, "{}", verdict.render(lang));
}

/// A diagnostic's line in `lang`, with the fix it offers.
fn line(d: &Diagnostic, lang: Lang) -> String {
    match &d.fix {
        Some(fix) => format!("{} ({}: {})", d.to_line_in(lang), lang.words().fix, fix.description),
        None => d.to_line_in(lang),
    }
}

/// The JSON format: the report (an array of reports with their file for several inputs); when
/// fixing, each with the fixes applied and, for a dry run, the fixed payload.
fn print_json(out: &mut Outcome, checked: &[Checked], fixing: Fixing, policy: &Policy) {
    let item = |c: &Checked, with_file: bool| {
        let mut m = Map::new();
        if with_file {
            m.insert("file".into(), json!(c.file));
        }
        if let Some(fixed) = &c.fixed {
            if fixing == Fixing::DryRun {
                m.insert("payload".into(), crate::doc::parse(&fixed.text).unwrap_or(Value::Null));
            }
            m.insert("applied".into(), crate::doc::to_value(&fixed.applied));
            if let Some(e) = &fixed.error {
                m.insert("notApplied".into(), json!({"fix": e.fix, "reason": e.reason}));
            }
        }
        m.insert("valid".into(), json!(policy.passes(&c.report)));
        m.insert("diagnostics".into(), crate::doc::to_value(c.report.diagnostics()));
        Value::Object(m)
    };
    let value = match checked {
        [one] => item(one, false),
        many => Value::Array(many.iter().map(|c| item(c, true)).collect()),
    };
    out.stdout = to_pretty(&value);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fix::FixError;

    /// A round of fixes that did not apply is said on stderr (text) and in `notApplied` (JSON).
    #[test]
    fn a_round_that_did_not_apply_is_reported() {
        let error = FixError { fix: "quote it".into(), reason: "path is invalid".into() };
        let settled = Settled {
            text: "{}".into(),
            applied: Vec::new(),
            report: Report::new(),
            error: Some(error),
        };
        let checked =
            Checked { file: "a.json".into(), report: Report::new(), fixed: Some(settled) };
        let mut out = Outcome::default();
        print_text(&mut out, &checked, Fixing::InPlace, false, &Policy::default(), Lang::En);
        assert_eq!(
            out.stderr,
            "a.json: not fixed: the fix \"quote it\" does not apply: path is invalid\n\
             a.json: valid (0 errors, 0 warnings)\n"
        );
        let mut out = Outcome::default();
        print_json(&mut out, std::slice::from_ref(&checked), Fixing::DryRun, &Policy::default());
        let v = crate::doc::parse(&out.stdout).unwrap();
        assert_eq!(
            v,
            json!({"payload": {}, "applied": [], "notApplied": {"fix": "quote it", "reason": "path is invalid"},
                   "valid": true, "diagnostics": []})
        );
    }
}
