//! The `canarylab` command line, shared by the native binary and the npm package's bin.
//!
//! [`run`] takes the arguments and a [`Host`] that reads files and standard input, and returns
//! what to print and the exit code. It does no IO itself, so the native binary
//! (`src/bin/canarylab.rs`) and the npm bin (through `js::run_cli`) behave identically: same
//! arguments, same output, same exit codes.
//!
//! Exit codes: 0 success (warnings allowed), 1 the input is invalid (including malformed JSON),
//! 2 usage error or unreadable input.

use std::fmt::Write as _;

use crate::json::ToJson;

/// Exit code: success.
pub const EXIT_OK: i32 = 0;
/// Exit code: the input was read but is invalid.
pub const EXIT_INVALID: i32 = 1;
/// Exit code: bad arguments, or an input that could not be read.
pub const EXIT_USAGE: i32 = 2;

/// Where the CLI reads its inputs from. The native binary reads the file system; the npm bin
/// passes Node's `fs`.
pub trait Host {
    /// The contents of the file at `path` as UTF-8 text, or why it cannot be read.
    fn read_file(&mut self, path: &str) -> Result<String, String>;
    /// All of standard input as UTF-8 text, or why it cannot be read.
    fn read_stdin(&mut self) -> Result<String, String>;
}

/// What a CLI run prints and how it exits.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    /// The exit code.
    pub code: i32,
    /// Text for standard output.
    pub stdout: String,
    /// Text for standard error.
    pub stderr: String,
}

impl Outcome {
    fn ok(stdout: String) -> Self {
        Self { code: EXIT_OK, stdout, stderr: String::new() }
    }

    fn usage(message: impl std::fmt::Display) -> Self {
        Self {
            code: EXIT_USAGE,
            stdout: String::new(),
            stderr: format!("error: {message}\n\nRun `canarylab --help` for usage.\n"),
        }
    }
}

/// The help text.
pub fn help() -> String {
    let mut s = format!(
        "canarylab {}\nSee what an API Gateway canary release will do before you call the real service.\n\n\
         Usage: canarylab <COMMAND> [ARGS]\n\nCommands:\n",
        crate::VERSION
    );
    for c in COMMANDS {
        let _ = writeln!(s, "  {:<44} {}", c.usage, c.about);
    }
    s.push_str(
        "\nOptions:\n  -h, --help     Print help\n  -V, --version  Print version\n\n\
         Exit codes: 0 success (warnings allowed), 1 invalid input, 2 usage error or unreadable file.\n",
    );
    s
}

/// One subcommand: its name, a usage line, a one-line description and its entry point.
struct Command {
    name: &'static str,
    usage: &'static str,
    about: &'static str,
    run: fn(lexopt::Parser, &mut dyn Host) -> Result<Outcome, lexopt::Error>,
}

/// The subcommands. Each capability adds its own row.
const COMMANDS: &[Command] = &[
    Command {
        name: "validate",
        usage: "validate API FILE|-... [--format text|json]",
        about: "Check request payloads (API: aws.create-deployment, aws.create-stage, aws.update-stage, ncp.edit-canary)",
        run: validate,
    },
    Command {
        name: "run",
        usage: "run SCENARIO|-",
        about: "Run a scenario against a simulated gateway; print the results and final state as JSON",
        run: run_scenario,
    },
    Command {
        name: "simulate",
        usage: "simulate CONFIG|- [--seed N]",
        about: "Simulate the traffic split (seeded Monte Carlo); print the summary as JSON",
        run: simulate,
    },
];

/// Output format of `validate`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    Json,
}

fn validate(mut p: lexopt::Parser, host: &mut dyn Host) -> Result<Outcome, lexopt::Error> {
    use lexopt::prelude::*;
    let mut format = Format::Text;
    let mut positional = Vec::new();
    while let Some(arg) = p.next()? {
        match arg {
            Long("format") | Short('f') => {
                format = match p.value()?.string()?.as_str() {
                    "text" => Format::Text,
                    "json" => Format::Json,
                    other => {
                        return Ok(Outcome::usage(format!(
                            "unknown format '{other}': use text or json"
                        )));
                    }
                }
            }
            Short('h') | Long("help") => {
                return Ok(Outcome::ok(format!(
                    "Usage: canarylab validate API FILE|-... [--format text|json]\n\nAPIs: {}\n\n\
                     Text (default): one line per diagnostic. JSON: {{\"valid\": bool, \"diagnostics\": [...]}}\n\
                     (an array of {{\"file\", \"valid\", \"diagnostics\"}} for several files).\n\
                     Exit: 0 valid (warnings allowed), 1 invalid or malformed JSON, 2 usage error or unreadable file.\n",
                    crate::api::APIS.join(", ")
                )));
            }
            Value(v) => positional.push(v.string()?),
            _ => return Err(arg.unexpected()),
        }
    }
    let Some((api, files)) = positional.split_first() else {
        return Ok(Outcome::usage(
            "validate needs an API and at least one FILE (or - for standard input)",
        ));
    };
    if files.is_empty() {
        return Ok(Outcome::usage("validate needs at least one FILE (or - for standard input)"));
    }
    if !crate::api::APIS.contains(&api.as_str()) {
        return Ok(Outcome::usage(crate::api::UnknownApi(api.clone())));
    }
    let mut out = Outcome::default();
    let mut json_items = Vec::new();
    let mut any_invalid = false;
    for file in files {
        let text = match read_input(host, file) {
            Ok(t) => t,
            Err(o) => return Ok(o),
        };
        let report = match crate::api::validate_text(api, &text) {
            Ok(r) => r,
            Err(e) => return Ok(Outcome::usage(e)),
        };
        any_invalid |= !report.is_valid();
        match format {
            Format::Json => json_items.push((file.clone(), report)),
            Format::Text => {
                let prefix = if files.len() > 1 { format!("{file}:") } else { String::new() };
                for d in report.diagnostics() {
                    let _ = writeln!(out.stdout, "{prefix}{}", d.to_line());
                }
                let errors = report.count(crate::report::Severity::Error);
                let warnings = report.count(crate::report::Severity::Warning);
                let name = if file == "-" { "<stdin>" } else { file.as_str() };
                let verdict = if report.is_valid() { "valid" } else { "invalid" };
                let _ = writeln!(
                    out.stderr,
                    "{name}: {verdict} ({errors} errors, {warnings} warnings)"
                );
            }
        }
    }
    if format == Format::Json {
        let value = if let [(_, report)] = json_items.as_slice() {
            report.to_json()
        } else {
            let items: Vec<crate::json::Value> = json_items
                .iter()
                .map(|(file, r)| {
                    crate::json!({"file": file, "valid": r.is_valid(), "diagnostics": r.diagnostics()})
                })
                .collect();
            crate::json::Value::Array(items)
        };
        out.stdout = to_pretty(&value);
    }
    out.code = if any_invalid { EXIT_INVALID } else { EXIT_OK };
    Ok(out)
}

fn run_scenario(mut p: lexopt::Parser, host: &mut dyn Host) -> Result<Outcome, lexopt::Error> {
    use lexopt::prelude::*;
    let mut file = None;
    while let Some(arg) = p.next()? {
        match arg {
            Short('h') | Long("help") => {
                return Ok(Outcome::ok(
                    "Usage: canarylab run SCENARIO|-\n\nPrints {\"results\": [...], \"state\": {...}} as JSON.\n\
                     Exit: 0 the scenario ran (calls may have returned service errors), 1 malformed scenario,\n\
                     2 usage error or unreadable file.\n"
                        .to_owned(),
                ));
            }
            Value(v) if file.is_none() => file = Some(v.string()?),
            _ => return Err(arg.unexpected()),
        }
    }
    let Some(file) = file else {
        return Ok(Outcome::usage("run needs a SCENARIO file (or - for standard input)"));
    };
    Ok(run_document(host, &file, crate::scenario::run))
}

fn simulate(mut p: lexopt::Parser, host: &mut dyn Host) -> Result<Outcome, lexopt::Error> {
    use lexopt::prelude::*;
    let mut file = None;
    let mut seed = None;
    while let Some(arg) = p.next()? {
        match arg {
            Short('h') | Long("help") => {
                return Ok(Outcome::ok(
                    "Usage: canarylab simulate CONFIG|- [--seed N]\n\n\
                     Runs the traffic document CONFIG (see the README) and prints the summary as JSON:\n\
                     \"requests\", \"counts\": {\"stage\", \"canary\"}, \"share\": {\"configured\", \"observed\",\n\
                     \"ci95\", \"exact95\"}, sides, path, runs, sampleSize, sample. Shares are fractions of 1.\n\
                     --seed N overrides the document's seed (default 0); the same seed gives the same output.\n\
                     Exit: 0 done, 1 invalid document, 2 usage error or unreadable file.\n"
                        .to_owned(),
                ));
            }
            Long("seed") => {
                let v = p.value()?.string()?;
                match v.parse::<u64>() {
                    Ok(n) => seed = Some(n),
                    Err(_) => {
                        return Ok(Outcome::usage(format!(
                            "--seed needs a whole number from 0 to {}, got '{v}'",
                            u64::MAX
                        )));
                    }
                }
            }
            Value(v) if file.is_none() => file = Some(v.string()?),
            _ => return Err(arg.unexpected()),
        }
    }
    let Some(file) = file else {
        return Ok(Outcome::usage("simulate needs a CONFIG file (or - for standard input)"));
    };
    Ok(run_document(host, &file, |doc| crate::traffic::simulate(doc, seed)))
}

/// Reads a document, runs `f` on it and prints the result as JSON (exit 0), or its
/// diagnostics on stderr (exit 1).
fn run_document(
    host: &mut dyn Host,
    file: &str,
    f: impl FnOnce(&crate::json::Value) -> Result<crate::json::Value, crate::report::Report>,
) -> Outcome {
    let text = match read_input(host, file) {
        Ok(t) => t,
        Err(o) => return o,
    };
    match crate::json::with_document(&text, f) {
        Ok(value) => Outcome::ok(to_pretty(&value)),
        Err(r) => invalid(&r),
    }
}

fn invalid(report: &crate::report::Report) -> Outcome {
    Outcome { code: EXIT_INVALID, stdout: String::new(), stderr: report.to_text() }
}

fn to_pretty(v: &crate::json::Value) -> String {
    let mut s = crate::json::to_pretty(v);
    s.push('\n');
    s
}

/// Runs the CLI. `args` excludes the program name.
pub fn run(args: Vec<String>, host: &mut dyn Host) -> Outcome {
    let mut parser = lexopt::Parser::from_args(args);
    let first = match parser.next() {
        Ok(Some(arg)) => arg,
        Ok(None) => return Outcome::usage("no command given"),
        Err(e) => return Outcome::usage(e),
    };
    match first {
        lexopt::Arg::Short('h') | lexopt::Arg::Long("help") => Outcome::ok(help()),
        lexopt::Arg::Short('V') | lexopt::Arg::Long("version") => {
            Outcome::ok(format!("canarylab {}\n", crate::VERSION))
        }
        lexopt::Arg::Value(name) => {
            let name = name.to_string_lossy().into_owned();
            if name == "help" {
                return Outcome::ok(help());
            }
            match COMMANDS.iter().find(|c| c.name == name) {
                Some(cmd) => (cmd.run)(parser, host).unwrap_or_else(Outcome::usage),
                None => Outcome::usage(format!("unknown command '{name}'")),
            }
        }
        other => Outcome::usage(other.unexpected()),
    }
}

/// Reads a `FILE|-` argument through the host. Errors become a usage outcome (exit 2).
fn read_input(host: &mut dyn Host, arg: &str) -> Result<String, Outcome> {
    let read = if arg == "-" { host.read_stdin() } else { host.read_file(arg) };
    read.map_err(|why| Outcome {
        code: EXIT_USAGE,
        stdout: String::new(),
        stderr: format!(
            "error: cannot read {}: {why}\n",
            if arg == "-" { "standard input" } else { arg }
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    struct NoFiles;
    impl Host for NoFiles {
        fn read_file(&mut self, path: &str) -> Result<String, String> {
            Err(format!("no such file: {path}"))
        }
        fn read_stdin(&mut self) -> Result<String, String> {
            Ok(String::new())
        }
    }

    fn cli(args: &[&str]) -> Outcome {
        run(args.iter().map(|s| (*s).to_owned()).collect(), &mut NoFiles)
    }

    #[test]
    fn version_and_help() {
        assert_eq!(cli(&["--version"]).stdout, format!("canarylab {}\n", crate::VERSION));
        assert_eq!(cli(&["-V"]).code, EXIT_OK);
        let help = cli(&["--help"]);
        assert_eq!(help.code, EXIT_OK);
        assert!(help.stdout.starts_with("canarylab "));
        assert_eq!(cli(&["help"]).stdout, help.stdout);
    }

    #[test]
    fn usage_errors_exit_2() {
        assert_eq!(cli(&[]).code, EXIT_USAGE);
        let out = cli(&["frobnicate"]);
        assert_eq!(out.code, EXIT_USAGE);
        assert!(out.stderr.contains("unknown command 'frobnicate'"));
        assert_eq!(cli(&["--nope"]).code, EXIT_USAGE);
    }
}
