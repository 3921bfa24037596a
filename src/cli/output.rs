//! How `validate` (and every command that reports diagnostics over files) talks to CI: the output
//! formats (`text`, `json`, `github` annotations, SARIF 2.1.0), `--quiet`, `--deny warnings`,
//! `--allow CODE`, and the same policy read from `canarylab.toml` or a `canarylab` key in
//! `package.json`, as linters do it.

use std::fmt::Write as _;

use serde::Deserialize;
use serde_json::{Value, json};

use super::{Arg, Host};
use crate::code::Code;
use crate::i18n::{Lang, Msg, describe};
use crate::report::{Diagnostic, Report, Severity};

/// Output format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Format {
    /// One line per diagnostic, a verdict per file on stderr.
    Text,
    /// The report as JSON (an array of reports with their file for several inputs).
    Json,
    /// GitHub Actions workflow commands: `::error file=...,line=...::message`.
    Github,
    /// One SARIF 2.1.0 log for every file (code scanning).
    Sarif,
}

impl Format {
    fn parse(name: &str) -> Result<Format, Msg> {
        match name {
            "text" => Ok(Format::Text),
            "json" => Ok(Format::Json),
            "github" => Ok(Format::Github),
            "sarif" => Ok(Format::Sarif),
            other => Err(Msg::UnknownFormat {
                value: other.to_owned(),
                choices: "text, json, github, sarif".into(),
            }),
        }
    }
}

/// What counts and what is shown: `--allow`, `--deny warnings`, `--quiet`, and the format.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Policy {
    pub(super) format: Format,
    /// Codes never reported.
    pub(super) allow: Vec<Code>,
    /// Warnings make a file invalid.
    pub(super) deny_warnings: bool,
    /// Only problems, and one summary line.
    pub(super) quiet: bool,
}

impl Default for Policy {
    fn default() -> Self {
        Policy { format: Format::Text, allow: Vec::new(), deny_warnings: false, quiet: false }
    }
}

impl Policy {
    /// Reads one of the policy's options, if `arg` is one: `Ok(true)` when it was.
    pub(super) fn option(
        &mut self,
        arg: &Arg,
        value: &mut dyn FnMut(&str) -> Result<String, Msg>,
    ) -> Result<bool, Msg> {
        let Arg::Opt(o) = arg else { return Ok(false) };
        match o.as_str() {
            "--format" | "-f" => self.format = Format::parse(&value(o)?)?,
            "--quiet" | "-q" => self.quiet = true,
            "--deny" => self.deny(&value(o)?)?,
            "--allow" => {
                for name in value(o)?.split(',') {
                    self.allow(name.trim())?;
                }
            }
            _ => return Ok(false),
        }
        Ok(true)
    }

    fn deny(&mut self, what: &str) -> Result<(), Msg> {
        match what {
            "warnings" => {
                self.deny_warnings = true;
                Ok(())
            }
            other => Err(Msg::DenyWarnings { value: other.to_owned() }),
        }
    }

    fn allow(&mut self, name: &str) -> Result<(), Msg> {
        let code =
            Code::from_name(name).ok_or_else(|| Msg::UnknownAllowCode { name: name.to_owned() })?;
        if !self.allow.contains(&code) {
            self.allow.push(code);
        }
        Ok(())
    }

    /// Adds what the project's configuration says: `canarylab.toml`, or else the `canarylab`
    /// key of `package.json`, in the working directory. Neither file is required; one that is
    /// there but malformed is a usage error, so a typo never silently changes what CI checks.
    pub(super) fn configure(&mut self, host: &mut dyn Host) -> Result<(), Msg> {
        let config = if let Ok(text) = host.read_file(CONFIG_FILE) {
            toml::from_str::<Config>(&text)
                .map_err(|e| Msg::ConfigError { file: CONFIG_FILE.into(), error: e.to_string() })?
        } else if let Ok(text) = host.read_file("package.json") {
            // A package.json that is not JSON is not canarylab's to judge: only its key is.
            let Ok(package) = crate::doc::parse(&text) else { return Ok(()) };
            match package.get("canarylab") {
                Some(key) => Config::deserialize(key).map_err(|e| Msg::ConfigError {
                    file: "package.json, key \"canarylab\"".into(),
                    error: e.to_string(),
                })?,
                None => return Ok(()),
            }
        } else {
            return Ok(());
        };
        for name in &config.allow {
            self.allow(name)?;
        }
        for what in &config.deny {
            self.deny(what)?;
        }
        Ok(())
    }

    /// The report without the allowed codes.
    pub(super) fn filter(&self, report: &Report) -> Report {
        let mut kept = Report::new();
        for d in report.diagnostics().iter().filter(|d| !self.allow.contains(&d.code)) {
            kept.add(d.clone());
        }
        kept
    }

    /// Whether a (filtered) report passes.
    pub(super) fn passes(&self, report: &Report) -> bool {
        report.is_valid() && !(self.deny_warnings && report.count(Severity::Warning) > 0)
    }
}

/// The configuration file's name.
pub(super) const CONFIG_FILE: &str = "canarylab.toml";

/// `canarylab.toml`, or the `canarylab` key of `package.json`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Config {
    /// Codes never reported.
    #[serde(default)]
    allow: Vec<String>,
    /// `["warnings"]`: warnings fail the check.
    #[serde(default)]
    deny: Vec<String>,
}

/// One file's diagnostics (after the policy's filter), with where each one is in the file.
pub(super) struct FileReport<'a> {
    /// The file as named on the command line (`-` for standard input).
    pub(super) file: &'a str,
    pub(super) report: &'a Report,
    /// Line and column (1-based) of each diagnostic, in order.
    pub(super) positions: Vec<(usize, usize)>,
}

impl<'a> FileReport<'a> {
    /// A report on JSON text: each diagnostic placed at its pointer's line and column.
    pub(super) fn on_text(file: &'a str, text: &str, report: &'a Report) -> Self {
        let pointers: Vec<&str> = report.diagnostics().iter().map(|d| d.path.as_str()).collect();
        FileReport { file, report, positions: crate::locate::positions(text, &pointers) }
    }

    fn places(&self) -> impl Iterator<Item = (&Diagnostic, (usize, usize))> {
        self.report
            .diagnostics()
            .iter()
            .zip(self.positions.iter().copied().chain(std::iter::repeat((1, 1))))
    }
}

/// "3 files: 2 valid, 1 invalid, 4 warnings".
#[cfg(test)]
pub(super) fn summary(files: &[FileReport<'_>], policy: &Policy) -> String {
    summary_in(files, policy, Lang::En)
}

/// [`summary`] in `lang`.
pub(super) fn summary_in(files: &[FileReport<'_>], policy: &Policy, lang: Lang) -> String {
    let n = files.len();
    let valid = files.iter().filter(|f| policy.passes(f.report)).count();
    let warnings: usize = files.iter().map(|f| f.report.count(Severity::Warning)).sum();
    Msg::Summary { files: n, valid, invalid: n - valid, warnings }.render(lang)
}

/// GitHub Actions annotations, one per diagnostic, with the file and the line.
#[cfg(test)]
pub(super) fn github(files: &[FileReport<'_>]) -> String {
    github_in(files, Lang::En)
}

/// [`github`] with the labels of `lang` (the diagnostics are written in it already).
pub(super) fn github_in(files: &[FileReport<'_>], lang: Lang) -> String {
    let words = lang.words();
    let mut out = String::new();
    for f in files {
        for (d, (line, col)) in f.places() {
            let level = match d.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            };
            let mut props = String::new();
            if f.file != "-" {
                let _ = write!(props, "file={},", property(f.file));
            }
            let _ = write!(props, "line={line},col={col},title={}", property(d.code.name()));
            let place = if d.path.is_root() { words.document } else { d.path.as_str() };
            let text = format!("{place}: {} ({}: {})", d.message, words.hint, d.hint);
            let _ = writeln!(out, "::{level} {props}::{}", data(&text));
        }
    }
    out
}

/// A workflow command's message: `%`, CR and LF escaped as GitHub reads them back.
fn data(s: &str) -> String {
    s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// A workflow command's property value: also `:` and `,`, which separate properties.
fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}

/// One SARIF 2.1.0 log: the rules are the codes that occur, each result points at its file,
/// line and column, keeps its JSON Pointer in `properties`, and carries its fix when it has one
/// (as a description: SARIF's `fixes` edit text, and canarylab's fixes edit JSON).
///
/// The rules are described, and the hints labelled, in `lang` (the diagnostics are written in it
/// already).
pub(super) fn sarif_in(files: &[FileReport<'_>], lang: Lang) -> String {
    let words = lang.words();
    let mut codes: Vec<Code> =
        files.iter().flat_map(|f| f.report.diagnostics().iter().map(|d| d.code)).collect();
    codes.sort();
    codes.dedup();
    let level = |s: Severity| match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
    };
    let rules: Vec<Value> = codes
        .iter()
        .map(|c| {
            json!({"id": c.name(), "shortDescription": {"text": describe(*c, lang)},
                   "defaultConfiguration": {"level": level(c.severity())},
                   "help": {"text": format!("canarylab explain {}", c.name())}})
        })
        .collect();
    let mut results = Vec::new();
    for f in files {
        let uri = if f.file == "-" { "stdin" } else { f.file };
        for (d, (line, col)) in f.places() {
            let mut r = json!({
                "ruleId": d.code.name(),
                "ruleIndex": codes.iter().position(|c| *c == d.code).unwrap_or(0),
                "level": level(d.severity),
                "message": {"text": format!("{} ({}: {})", d.message, words.hint, d.hint)},
                "locations": [{"physicalLocation": {
                    "artifactLocation": {"uri": uri},
                    "region": {"startLine": line, "startColumn": col}}}],
                "properties": {"jsonPointer": d.path.as_str()},
            });
            if let (Some(fix), Some(props)) = (&d.fix, r.get_mut("properties")) {
                props["fix"] = crate::doc::to_value(fix);
            }
            results.push(r);
        }
    }
    let log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "canarylab", "version": crate::VERSION,
                                "informationUri": "https://www.npmjs.com/package/canarylab",
                                "rules": rules}},
            "results": results,
        }],
    });
    crate::doc::pretty(&log) + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pointer::Pointer;

    #[test]
    fn annotations_escape_what_github_reads_as_syntax() {
        let mut r = Report::new();
        r.push(Pointer::root().join("a"), Code::ParamType, "50% off:\nnow", "x, y");
        let files = [FileReport { file: "dir/a,b.json", report: &r, positions: vec![(3, 5)] }];
        assert_eq!(
            github(&files),
            "::error file=dir/a%2Cb.json,line=3,col=5,title=param.type::/a: 50%25 off:%0Anow (hint: x, y)\n"
        );
    }

    #[test]
    fn the_summary_counts_files_and_warnings() {
        let (mut bad, mut warned, ok) = (Report::new(), Report::new(), Report::new());
        bad.push(Pointer::root(), Code::ParamType, "m", "h");
        warned.push(Pointer::root(), Code::NcpModeIgnored, "m", "h");
        let f = |file, report| FileReport { file, report, positions: Vec::new() };
        let files = [f("a", &bad), f("b", &warned), f("c", &ok)];
        assert_eq!(summary(&files, &Policy::default()), "3 files: 2 valid, 1 invalid, 1 warning");
        let deny = Policy { deny_warnings: true, ..Policy::default() };
        assert_eq!(summary(&files, &deny), "3 files: 1 valid, 2 invalid, 1 warning");
    }
}
