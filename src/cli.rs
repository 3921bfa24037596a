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

use crate::i18n::{Lang, Msg};

mod check;
mod explain;
mod judge;
mod output;
mod plan;
mod simulate;
mod validate;

/// Exit code: success.
pub const EXIT_OK: i32 = 0;
/// Exit code: the input was read but is invalid.
pub const EXIT_INVALID: i32 = 1;
/// Exit code: bad arguments, or an input that could not be read.
pub const EXIT_USAGE: i32 = 2;

/// Where the CLI reads its inputs from and writes fixed files to. The native binary uses the file
/// system; the npm bin passes Node's `fs`.
pub trait Host {
    /// The contents of the file at `path` as UTF-8 text, or why it cannot be read.
    fn read_file(&mut self, path: &str) -> Result<String, String>;
    /// All of standard input as UTF-8 text, or why it cannot be read.
    fn read_stdin(&mut self) -> Result<String, String>;
    /// Replaces the contents of the file at `path` with `text` (`validate --fix`), or says why
    /// it cannot.
    fn write_file(&mut self, path: &str, text: &str) -> Result<(), String>;
    /// Whether standard error is a terminal: `simulate` draws its progress bar only there,
    /// unless `--progress` asks. By default, no.
    fn stderr_is_terminal(&self) -> bool {
        false
    }
    /// Milliseconds on a clock that only moves forward, for how long a run has taken (a progress
    /// bar waits a second before it appears). By default it never moves.
    fn clock_ms(&mut self) -> f64 {
        0.0
    }
    /// Writes `text` to standard error now (a progress bar redrawn in place), rather than with
    /// the outcome's text at the end. By default, nowhere.
    fn progress(&mut self, text: &str) {
        let _ = text;
    }
    /// The environment variable `name`, if it is set (the locale's `LC_ALL`, `LC_MESSAGES` and
    /// `LANG`: the language when no `--lang` is given). By default, none is.
    fn env_var(&self, name: &str) -> Option<String> {
        let _ = name;
        None
    }
}

/// The language the locale asks for, as `setlocale` ranks its variables for messages: the first
/// of `LC_ALL`, `LC_MESSAGES` and `LANG` that is set and not empty decides (`LC_ALL=C` is
/// English even with `LANG=ko_KR.UTF-8`). Korean for a `ko` locale (`ko_KR.UTF-8`), English for
/// anything else, `C` and `POSIX` included: a locale is the user's setting for every program,
/// so one canarylab does not speak is not an error.
pub fn locale_lang(host: &dyn Host) -> Lang {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|name| host.env_var(name).filter(|v| !v.is_empty()))
        .and_then(|tag| Lang::from_name(&tag))
        .unwrap_or_default()
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

    fn usage(message: &Msg, lang: Lang) -> Self {
        let stderr = Msg::UsageError { error: message.render(lang) }.render(lang);
        Self { code: EXIT_USAGE, stdout: String::new(), stderr }
    }
}

/// The help text, in `lang`.
pub fn help(lang: Lang) -> String {
    let mut s = Msg::HelpHead { version: crate::VERSION.to_owned() }.render(lang);
    s.push_str(&Msg::HelpCommands.render(lang));
    s.push('\n');
    for c in COMMANDS {
        let _ = writeln!(s, "  {}\n      {}", c.usage, (c.about)().render(lang));
    }
    s.push_str(&Msg::HelpOptions.render(lang));
    s
}

/// A subcommand's entry point: its arguments after the name; `Err` is a usage error.
type Entry = fn(Args, &mut dyn Host) -> Result<Outcome, Msg>;

/// One subcommand: its name, a usage line, a one-line description and its entry point.
struct Command {
    name: &'static str,
    usage: &'static str,
    about: fn() -> Msg,
    run: Entry,
}

/// The subcommands, in the order `--help` lists them.
const COMMANDS: &[Command] = &[
    Command {
        name: "validate",
        usage: validate::USAGE,
        about: || Msg::AboutValidate,
        run: validate::validate,
    },
    Command { name: "check", usage: check::USAGE, about: || Msg::AboutCheck, run: check::check },
    Command { name: "run", usage: "run SCENARIO|-", about: || Msg::AboutRun, run: run_scenario },
    Command {
        name: "simulate",
        usage: simulate::USAGE,
        about: || Msg::AboutSimulate,
        run: simulate::simulate,
    },
    Command { name: "plan", usage: plan::USAGE, about: || Msg::AboutPlan, run: plan::plan },
    Command {
        name: "judge",
        usage: judge::JUDGE_USAGE,
        about: || Msg::AboutJudge,
        run: judge::judge,
    },
    Command { name: "ramp", usage: judge::RAMP_USAGE, about: || Msg::AboutRamp, run: judge::ramp },
    Command {
        name: "explain",
        usage: explain::USAGE,
        about: || Msg::AboutExplain,
        run: explain::explain,
    },
];

impl Command {
    fn run(&self, args: Args, host: &mut dyn Host) -> Outcome {
        let lang = args.lang;
        (self.run)(args, host).unwrap_or_else(|m| Outcome::usage(&m, lang))
    }
}

/// One command-line argument as a subcommand reads it.
enum Arg {
    /// An option as written, without an attached value: `--format`, `-f`.
    Opt(String),
    /// Anything else, `-` (standard input) included, and everything after `--`.
    Value(String),
}

/// A subcommand's arguments. The grammar: `--name value`, `--name=value`, `-x value`, `-xvalue`,
/// `--` ends the options. Written here rather than taken from lexopt, which has the same
/// grammar but works on `OsString`s and quotes values in its messages with `Debug` (Unicode
/// escaping tables in every wasm build that carries the CLI). Arguments arrive here as UTF-8 text
/// (the native binary checks them), so there is no `OsString` side.
struct Args {
    rest: std::vec::IntoIter<String>,
    /// `(option, value)` from `--name=value` or `-xvalue`, for [`Args::value`] to take.
    attached: Option<(String, String)>,
    values_only: bool,
    /// The language of canarylab's own words (`--lang`, taken out by [`run`] for every command).
    lang: Lang,
}

impl Args {
    fn new(rest: std::vec::IntoIter<String>) -> Self {
        Self { rest, attached: None, values_only: false, lang: Lang::En }
    }

    /// The arguments without `--lang LANG` (or `--lang=LANG`) before a `--`, and the language
    /// it names, if one does: every command takes it, before or after its name.
    fn take_lang(all: Vec<String>) -> Result<(Vec<String>, Option<Lang>), Msg> {
        let mut lang = None;
        let mut kept = Vec::with_capacity(all.len());
        let mut all = all.into_iter();
        while let Some(arg) = all.next() {
            let tag = match arg.strip_prefix("--lang") {
                Some("") => {
                    Some(all.next().ok_or_else(|| Msg::OptionNeedsValue { opt: "--lang".into() })?)
                }
                Some(rest) => rest.strip_prefix('=').map(str::to_owned),
                None => None,
            };
            let Some(tag) = tag else {
                let end = arg == "--";
                kept.push(arg);
                if end {
                    kept.extend(all.by_ref());
                }
                continue;
            };
            lang = match tag.as_str() {
                "en" => Some(Lang::En),
                "ko" => Some(Lang::Ko),
                other => return Err(Msg::UnknownLanguage { tag: other.to_owned() }),
            };
        }
        Ok((kept, lang))
    }

    fn next(&mut self) -> Result<Option<Arg>, Msg> {
        if let Some((opt, value)) = self.attached.take() {
            return Err(Msg::OptionTakesNoValue { opt, value });
        }
        let Some(arg) = self.rest.next() else { return Ok(None) };
        if self.values_only || arg == "-" || !arg.starts_with('-') {
            return Ok(Some(Arg::Value(arg)));
        }
        if arg == "--" {
            self.values_only = true;
            return self.next();
        }
        let (opt, value) = match arg.strip_prefix("--") {
            Some(long) => match long.split_once('=') {
                Some((name, value)) => (format!("--{name}"), Some(value)),
                None => (arg.clone(), None),
            },
            None => {
                // A short option is one character; what follows it (after an optional `=`) is
                // its value.
                let mut chars = arg.chars();
                chars.next(); // the '-'
                let opt = chars.next().map(|c| format!("-{c}")).unwrap_or_default();
                let rest = chars.as_str();
                (opt, (!rest.is_empty()).then(|| rest.strip_prefix('=').unwrap_or(rest)))
            }
        };
        self.attached = value.map(|v| (opt.clone(), v.to_owned()));
        Ok(Some(Arg::Opt(opt)))
    }

    /// The value of option `opt`: attached to it, or the next argument, whatever it looks like.
    fn value(&mut self, opt: &str) -> Result<String, Msg> {
        match self.attached.take() {
            Some((_, value)) => Ok(value),
            None => self.rest.next().ok_or_else(|| Msg::OptionNeedsValue { opt: opt.to_owned() }),
        }
    }
}

impl Arg {
    /// The error for an argument the subcommand does not take.
    fn unexpected(self) -> Msg {
        match self {
            Arg::Opt(name) => Msg::UnknownOption { name },
            Arg::Value(value) => Msg::UnexpectedArgument { value },
        }
    }
}

fn run_scenario(mut p: Args, host: &mut dyn Host) -> Result<Outcome, Msg> {
    let mut file = None;
    while let Some(arg) = p.next()? {
        match arg {
            Arg::Opt(o) if is_help(&o) => {
                let usage = Msg::UsageLine { usage: "run SCENARIO|-".to_owned() };
                return Ok(Outcome::ok(usage.render(p.lang) + &Msg::HelpRun.render(p.lang)));
            }
            Arg::Value(v) if file.is_none() => file = Some(v),
            other => return Err(other.unexpected()),
        }
    }
    let Some(file) = file else {
        let needs = Msg::NeedsFile { command: "run".into(), what: "SCENARIO".into() };
        return Ok(Outcome::usage(&needs, p.lang));
    };
    let lang = p.lang;
    Ok(run_document(host, &file, lang, |doc| crate::scenario::run_in(doc, lang)))
}

/// Reads a document, runs `f` on it and prints the result as JSON (exit 0), or its
/// diagnostics on stderr in `lang` (exit 1). The result is what the simulated service answers,
/// in its own words whatever the language.
fn run_document(
    host: &mut dyn Host,
    file: &str,
    lang: Lang,
    f: impl FnOnce(&serde_json::Value) -> Result<serde_json::Value, crate::report::Report>,
) -> Outcome {
    let text = match read_input(host, file, lang) {
        Ok(t) => t,
        Err(o) => return o,
    };
    match crate::doc::with_document(&text, f) {
        Ok(value) => Outcome::ok(to_pretty(&value)),
        Err(r) => invalid_in(&r, lang),
    }
}

/// The diagnostics of an invalid document, in `lang`, on stderr (exit 1).
fn invalid_in(report: &crate::report::Report, lang: Lang) -> Outcome {
    Outcome { code: EXIT_INVALID, stdout: String::new(), stderr: report.to_text_in(lang) }
}

fn to_pretty(v: &serde_json::Value) -> String {
    let mut s = crate::doc::pretty(v);
    s.push('\n');
    s
}

fn is_help(opt: &str) -> bool {
    opt == "-h" || opt == "--help"
}

/// Runs the CLI. `args` excludes the program name; the first is the command (or `--help`,
/// `--version`), so which command runs never depends on what follows it. `--lang LANG` may stand
/// anywhere before a `--`; without it, the locale's language ([`locale_lang`]).
pub fn run(args: Vec<String>, host: &mut dyn Host) -> Outcome {
    let (args, lang) = match Args::take_lang(args) {
        Ok((args, Some(lang))) => (args, lang),
        Ok((args, None)) => (args, locale_lang(host)),
        Err(e) => return Outcome::usage(&e, locale_lang(host)),
    };
    let mut args = args.into_iter();
    let Some(first) = args.next() else { return Outcome::usage(&Msg::NoCommand, lang) };
    match first.as_str() {
        name if name == "help" || is_help(name) => Outcome::ok(help(lang)),
        "-V" | "--version" => Outcome::ok(format!("canarylab {}\n", crate::VERSION)),
        name => match COMMANDS.iter().find(|c| c.name == name) {
            Some(cmd) => {
                let mut args = Args::new(args);
                args.lang = lang;
                cmd.run(args, host)
            }
            None if name.starts_with('-') => {
                Outcome::usage(&Msg::UnknownOption { name: name.to_owned() }, lang)
            }
            None => Outcome::usage(&Msg::UnknownCommand { name: name.to_owned() }, lang),
        },
    }
}

/// Reads a `FILE|-` argument through the host. Errors become a usage outcome (exit 2), said in
/// `lang` (the host's reason as the host gives it).
fn read_input(host: &mut dyn Host, arg: &str, lang: Lang) -> Result<String, Outcome> {
    let read = if arg == "-" { host.read_stdin() } else { host.read_file(arg) };
    read.map_err(|why| {
        let file = if arg == "-" { Msg::StandardInput.render(lang) } else { arg.to_owned() };
        let stderr = Msg::CannotRead { file, why }.render(lang);
        Outcome { code: EXIT_USAGE, stdout: String::new(), stderr }
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
        fn write_file(&mut self, path: &str, _: &str) -> Result<(), String> {
            Err(format!("read-only: {path}"))
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
        assert_eq!(help.stdout, super::help(Lang::En));
    }

    #[test]
    fn usage_errors_exit_2() {
        assert_eq!(cli(&[]).code, EXIT_USAGE);
        let out = cli(&["frobnicate"]);
        assert_eq!(out.code, EXIT_USAGE);
        assert!(out.stderr.contains("unknown command 'frobnicate'"));
        assert_eq!(cli(&["--nope"]).code, EXIT_USAGE);
    }

    /// The argument grammar, case by case: what each command line reports. `Ok` is an outcome
    /// that got past the arguments (here: to reading a file NoFiles does not have).
    #[test]
    fn argument_grammar() {
        let usage = |m: &str| Err(format!("error: {m}\n\nRun `canarylab --help` for usage.\n"));
        let read = |f: &str| Ok(format!("error: cannot read {f}: no such file: {f}\n"));
        let read_ko = |f: &str| Ok(format!("오류: 읽을 수 없습니다: {f}: no such file: {f}\n"));
        let cases: &[(&[&str], Result<String, String>)] = &[
            (&[], usage("no command given")),
            (&["--nope"], usage("unknown option '--nope'")),
            (&["--", "validate"], usage("unknown option '--'")),
            (&["validate", "aws.create-stage", "a.json", "--format", "json"], read("a.json")),
            (&["validate", "aws.create-stage", "a.json", "--format=json"], read("a.json")),
            (&["validate", "aws.create-stage", "a.json", "-fjson"], read("a.json")),
            (&["validate", "aws.create-stage", "a.json", "-f=json"], read("a.json")),
            (&["validate", "aws.create-stage", "-f", "text", "--", "-x.json"], read("-x.json")),
            (
                &["validate", "aws.create-stage", "a.json", "--format"],
                usage("option '--format' needs a value"),
            ),
            (
                &["validate", "aws.create-stage", "a.json", "--format="],
                usage("unknown format '': use text, json, github or sarif"),
            ),
            (
                &["validate", "aws.create-stage", "a.json", "-fyaml"],
                usage("unknown format 'yaml': use text, json, github or sarif"),
            ),
            (
                &["validate", "aws.create-stage", "a.json", "--fmt", "json"],
                usage("unknown option '--fmt'"),
            ),
            (&["validate", "aws.create-stage", "a.json", "-x"], usage("unknown option '-x'")),
            (
                &["validate", "aws.nope", "a.json"],
                usage(
                    "unknown API 'aws.nope': use one of aws.create-deployment, aws.create-stage, aws.update-stage, ncp.edit-canary",
                ),
            ),
            (&["validate", "aws.create-stage", "a.json", "--fix"], read("a.json")),
            (&["validate", "aws.create-stage", "--fix-dry-run", "-"], Ok(String::new())),
            (
                &["validate", "aws.create-stage", "a.json", "--fix", "-"],
                usage(
                    "--fix writes each FILE back, and standard input has nowhere to go back to: use --fix-dry-run - to print the fixed payload",
                ),
            ),
            (
                &["validate", "aws.create-stage", "a.json", "--fix", "--fix-dry-run"],
                usage("use --fix or --fix-dry-run, not both"),
            ),
            (
                &["validate", "aws.create-stage", "a.json", "--fix=yes"],
                usage("option '--fix' takes no value, got 'yes'"),
            ),
            (&["explain"], Err(String::new())),
            (&["explain", "param.type", "x"], usage("unexpected argument 'x'")),
            (
                &["explain", "param.typo"],
                usage("unknown code 'param.typo': did you mean param.type?"),
            ),
            (&["run"], usage("run needs a SCENARIO file (or - for standard input)")),
            (&["run", "a.json", "b.json"], usage("unexpected argument 'b.json'")),
            (&["run", "--help=yes", "a.json"], Err(String::new())),
            (
                &["simulate", "a.json", "--seed", "x"],
                usage("--seed needs a whole number from 0 to 18446744073709551615, got 'x'"),
            ),
            (&["simulate", "a.json", "--seed=7"], read("a.json")),
            (
                &["simulate", "--seed", "--", "a.json"],
                usage("--seed needs a whole number from 0 to 18446744073709551615, got '--'"),
            ),
            (&["simulate", "-"], Ok(String::new())),
            (&["--lang=ko", "validate", "aws.create-stage", "a.json"], read_ko("a.json")),
            (&["validate", "--lang", "ko", "aws.create-stage", "a.json"], read_ko("a.json")),
            (
                &["validate", "aws.create-stage", "a.json", "-x", "--lang", "ko"],
                Err("오류: 알 수 없는 옵션입니다: '-x'\n\n사용법은 `canarylab --help`로 확인하십시오.\n"
                    .to_owned()),
            ),
            (&["validate", "aws.create-stage", "--", "--lang"], read("--lang")),
            (
                &["validate", "aws.create-stage", "a.json", "--lang", "fr"],
                usage("unknown language 'fr': use en or ko"),
            ),
            (&["explain", "--lang"], usage("option '--lang' needs a value")),
            (
                &["validate", "aws.create-stage", "a.json", "--language=ko"],
                usage("unknown option '--language'"),
            ),
            (
                &["validate", "ncp.edit-canary", "--assume", "coercion=jackson", "a.json"],
                read("a.json"),
            ),
            (
                &["validate", "ncp.edit-canary", "--assume", "coercion=lenient", "a.json"],
                usage(
                    "--assume: coercion=lenient: unknown variant `lenient`, expected `strict` or `jackson`",
                ),
            ),
            (
                &["validate", "ncp.edit-canary", "--assume=nope=1", "a.json"],
                usage(
                    "--assume: unknown assumption 'nope': use one of conditionMatch, headerNames, editWithoutCanary, afterPromote, coercion",
                ),
            ),
            (
                &["validate", "ncp.edit-canary", "--assume", "jackson", "a.json"],
                usage(
                    "--assume: 'jackson' is not NAME=VALUE; the assumptions are: conditionMatch, headerNames, editWithoutCanary, afterPromote, coercion",
                ),
            ),
        ];
        for (args, want) in cases {
            let out = cli(args);
            let got = match out.code {
                EXIT_USAGE
                    if out.stderr.starts_with("error: cannot read")
                        || out.stderr.starts_with("오류: 읽을 수 없습니다") =>
                {
                    Ok(out.stderr)
                }
                EXIT_USAGE => Err(out.stderr),
                EXIT_OK => Err(String::new()), // help
                _ => Ok(String::new()),        // ran: an empty document is invalid
            };
            assert_eq!(&got, want, "{args:?}");
        }
    }
}
