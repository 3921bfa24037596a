//! `canarylab check FILE|-... [--input KIND] [--format text|json|github|sarif] [--quiet]
//! [--deny warnings] [--allow CODE]`: CloudFormation and SAM
//! templates, Terraform plans and AWS CLI scripts, read as the requests they make
//! ([`crate::input`]), every diagnostic located in the file.

use std::fmt::Write as _;

use serde_json::Value;

use super::output::{self, Format, Policy};
use super::{Arg, Args, EXIT_INVALID, EXIT_OK, Host, Outcome, is_help, read_input, to_pretty};
use crate::i18n::{Lang, Msg};
use crate::input::{self, FileReport, Kind};
use crate::report::{Report, Severity};

pub(super) const USAGE: &str = "check FILE|-... [--input cloudformation|terraform|aws-cli] [--format text|json|github|sarif] [--quiet] [--deny warnings] [--allow CODE]";

fn help(lang: Lang) -> String {
    Msg::UsageLine { usage: USAGE.to_owned() }.render(lang) + &Msg::HelpCheck.render(lang)
}

pub(super) fn check(mut p: Args, host: &mut dyn Host) -> Result<Outcome, Msg> {
    let lang = p.lang;
    let mut policy = Policy::default();
    let mut kind = None;
    let mut files = Vec::new();
    while let Some(arg) = p.next()? {
        if policy.option(&arg, &mut |o| p.value(o))? {
            continue;
        }
        match arg {
            Arg::Opt(o) if o == "--input" || o == "-i" => {
                let name = p.value(&o)?;
                let names: Vec<&str> = Kind::ALL.iter().map(|k| k.name()).collect();
                kind = Some(Kind::from_name(&name).ok_or_else(|| Msg::UnknownInputKind {
                    value: name.clone(),
                    list: names.join(", "),
                })?);
            }
            Arg::Opt(o) if is_help(&o) => return Ok(Outcome::ok(help(lang))),
            Arg::Value(v) => files.push(v),
            other => return Err(other.unexpected()),
        }
    }
    if files.is_empty() {
        return Err(Msg::NeedsFiles { command: "check".into() });
    }
    policy.configure(host)?;
    // Every input is read before anything is checked: an unreadable one is a usage error.
    let mut texts = Vec::with_capacity(files.len());
    for file in &files {
        match read_input(host, file, lang) {
            Ok(t) => texts.push(t),
            Err(o) => return Ok(o),
        }
    }
    let reports: Vec<FileReport> = files
        .iter()
        .zip(&texts)
        .map(|(file, text)| input::check(text, kind, (file != "-").then_some(file.as_str())))
        .map(|r| allowed(localized(r, lang), &policy))
        .collect();
    // The same findings as reports with positions, for the CI formats and the verdicts.
    let as_reports: Vec<Report> = reports
        .iter()
        .map(|r| {
            let mut report = Report::new();
            r.findings.iter().for_each(|f| report.add(f.diagnostic.clone()));
            report
        })
        .collect();
    let placed: Vec<output::FileReport<'_>> = files
        .iter()
        .zip(&reports)
        .zip(&as_reports)
        .map(|((file, r), report)| output::FileReport {
            file,
            report,
            positions: r.findings.iter().map(|f| (f.at.line, f.at.column)).collect(),
        })
        .collect();
    let mut out = Outcome::default();
    match policy.format {
        Format::Text => {
            for ((file, r), report) in files.iter().zip(&reports).zip(&as_reports) {
                print_text(&mut out, file, r, lang, &policy, policy.passes(report));
            }
            if files.len() > 1 || policy.quiet {
                let _ = writeln!(out.stderr, "{}", output::summary_in(&placed, &policy, lang));
            }
        }
        Format::Github => {
            out.stdout.push_str(&output::github_in(&placed, lang));
            let _ = writeln!(out.stderr, "{}", output::summary_in(&placed, &policy, lang));
        }
        Format::Sarif => out.stdout.push_str(&output::sarif_in(&placed, lang)),
        Format::Json => {
            let item = |file: &String, r: &FileReport| {
                let mut v = r.to_json();
                if let Value::Object(m) = &mut v {
                    m.shift_insert(0, "file".to_owned(), Value::String(file.clone()));
                }
                v
            };
            let value = match (files.as_slice(), reports.as_slice()) {
                ([f], [r]) => item(f, r),
                _ => Value::Array(files.iter().zip(&reports).map(|(f, r)| item(f, r)).collect()),
            };
            out.stdout = to_pretty(&value);
        }
    }
    let valid = as_reports.iter().all(|r| policy.passes(r));
    out.code = if valid { EXIT_OK } else { EXIT_INVALID };
    Ok(out)
}

/// The findings with their diagnostics written in `lang` (`--lang`).
fn localized(r: FileReport, lang: Lang) -> FileReport {
    let findings = (r.findings.into_iter())
        .map(|f| input::Finding { diagnostic: f.diagnostic.localized(lang), ..f })
        .collect();
    FileReport { findings, ..r }
}

/// The findings without the codes the policy allows.
fn allowed(r: FileReport, policy: &Policy) -> FileReport {
    let findings =
        r.findings.into_iter().filter(|f| !policy.allow.contains(&f.diagnostic.code)).collect();
    FileReport { findings, ..r }
}

fn print_text(
    out: &mut Outcome,
    file: &str,
    r: &FileReport,
    lang: Lang,
    policy: &Policy,
    passes: bool,
) {
    let name = if file == "-" { "<stdin>" } else { file };
    for f in &r.findings {
        let (line, column) = (f.at.line, f.at.column);
        let _ = writeln!(out.stdout, "{name}:{line}:{column}: {}", f.diagnostic.to_line_in(lang));
    }
    if policy.quiet {
        return;
    }
    let verdict = Msg::CheckVerdict {
        file: name.to_owned(),
        kind: r.kind.map(Kind::name).unwrap_or_default().to_owned(),
        valid: passes,
        errors: r.count(Severity::Error),
        warnings: r.count(Severity::Warning),
    };
    let _ = writeln!(out.stderr, "{}", verdict.render(lang));
}
