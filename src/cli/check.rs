//! `canarylab check FILE|-... [--input KIND] [--format text|json]`: CloudFormation and SAM
//! templates, Terraform plans and AWS CLI scripts, read as the requests they make
//! ([`crate::input`]), every diagnostic located in the file.

use std::fmt::Write as _;

use serde_json::Value;

use super::{Arg, Args, EXIT_INVALID, EXIT_OK, Host, Outcome, is_help, read_input, to_pretty};
use crate::i18n::Lang;
use crate::input::{self, FileReport, Kind};
use crate::report::Severity;

pub(super) const USAGE: &str =
    "check FILE|-... [--input cloudformation|terraform|aws-cli] [--format text|json]";

fn help() -> String {
    format!(
        "Usage: canarylab {USAGE}\n\n\
         Reads each FILE as the API Gateway requests it makes: a CloudFormation or SAM template\n\
         (JSON or YAML; CDK's cdk.out/*.template.json too), a Terraform plan (terraform show -json\n\
         plan.out) or a shell script with aws apigateway commands. Each request is validated as\n\
         `validate` does, and the requests run in order through the simulated API Gateway.\n\
         The kind is told from the text (and the file name); --input names it.\n\n\
         Text (default): one line per diagnostic, `FILE:LINE:COLUMN: path: severity[code]: message\n\
         (hint: ...)`, where path is a JSON Pointer within the file (for a script: within the\n\
         command's request); a verdict per file on stderr.\n\
         JSON: {{\"file\", \"kind\", \"valid\", \"diagnostics\": [{{\"path\", \"line\", \"column\", \"code\",\n\
         \"severity\", \"message\", \"hint\", \"request\"?}}]}} (an array of them for several files).\n\
         Exit: 0 valid (warnings allowed), 1 invalid, 2 usage error or unreadable file.\n"
    )
}

/// Output format of `check`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    Json,
}

pub(super) fn check(mut p: Args, host: &mut dyn Host) -> Result<Outcome, String> {
    let lang = p.lang;
    let mut format = Format::Text;
    let mut kind = None;
    let mut files = Vec::new();
    while let Some(arg) = p.next()? {
        match arg {
            Arg::Opt(o) if o == "--format" || o == "-f" => {
                format = match p.value(&o)?.as_str() {
                    "text" => Format::Text,
                    "json" => Format::Json,
                    other => return Err(format!("unknown format '{other}': use text or json")),
                }
            }
            Arg::Opt(o) if o == "--input" || o == "-i" => {
                let name = p.value(&o)?;
                let names: Vec<&str> = Kind::ALL.iter().map(|k| k.name()).collect();
                kind =
                    Some(Kind::from_name(&name).ok_or_else(|| {
                        format!("unknown input '{name}': use {}", names.join(", "))
                    })?);
            }
            Arg::Opt(o) if is_help(&o) => return Ok(Outcome::ok(help())),
            Arg::Value(v) => files.push(v),
            other => return Err(other.unexpected()),
        }
    }
    if files.is_empty() {
        return Err("check needs at least one FILE (or - for standard input)".to_owned());
    }
    // Every input is read before anything is checked: an unreadable one is a usage error.
    let mut texts = Vec::with_capacity(files.len());
    for file in &files {
        match read_input(host, file) {
            Ok(t) => texts.push(t),
            Err(o) => return Ok(o),
        }
    }
    let reports: Vec<FileReport> = files
        .iter()
        .zip(&texts)
        .map(|(file, text)| input::check(text, kind, (file != "-").then_some(file.as_str())))
        .map(|r| localized(r, lang))
        .collect();
    let mut out = Outcome::default();
    match format {
        Format::Text => {
            for (file, r) in files.iter().zip(&reports) {
                print_text(&mut out, file, r, lang);
            }
        }
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
    out.code = if reports.iter().all(FileReport::is_valid) { EXIT_OK } else { EXIT_INVALID };
    Ok(out)
}

/// The findings with their diagnostics written in `lang` (`--lang`).
fn localized(r: FileReport, lang: Lang) -> FileReport {
    let findings = (r.findings.into_iter())
        .map(|f| input::Finding { diagnostic: f.diagnostic.localized(lang), ..f })
        .collect();
    FileReport { findings, ..r }
}

fn print_text(out: &mut Outcome, file: &str, r: &FileReport, lang: Lang) {
    let name = if file == "-" { "<stdin>" } else { file };
    for f in &r.findings {
        let (line, column) = (f.at.line, f.at.column);
        let _ = writeln!(out.stdout, "{name}:{line}:{column}: {}", f.diagnostic.to_line_in(lang));
    }
    let kind = r.kind.map_or("unknown kind", Kind::name);
    let verdict = if r.is_valid() { "valid" } else { "invalid" };
    let _ = writeln!(
        out.stderr,
        "{name}: {kind}, {verdict} ({} errors, {} warnings)",
        r.count(Severity::Error),
        r.count(Severity::Warning)
    );
}
