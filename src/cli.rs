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
const COMMANDS: &[Command] = &[];

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
#[allow(dead_code)] // used by the subcommands as each capability lands
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
