//! The native `canarylab` command. All behaviour lives in `canarylab::cli`; this file only
//! connects it to the process: arguments, files (read, and written by `validate --fix`), standard
//! input, output, whether standard error is a terminal, a monotonic clock and immediate writes to
//! standard error (the progress bar), the locale's variables (the language without `--lang`),
//! and the exit code.

use std::io::{IsTerminal, Read, Write};
use std::process::ExitCode;
use std::time::Instant;

use canarylab::cli::{self, Host};

struct Process {
    started: Instant,
}

impl Host for Process {
    fn read_file(&mut self, path: &str) -> Result<String, String> {
        std::fs::read_to_string(path).map_err(|e| io_message(&e))
    }

    fn read_stdin(&mut self) -> Result<String, String> {
        let mut s = String::new();
        std::io::stdin().read_to_string(&mut s).map_err(|e| io_message(&e))?;
        Ok(s)
    }

    fn write_file(&mut self, path: &str, text: &str) -> Result<(), String> {
        std::fs::write(path, text).map_err(|e| io_message(&e))
    }

    fn stderr_is_terminal(&self) -> bool {
        std::io::stderr().is_terminal()
    }

    fn clock_ms(&mut self) -> f64 {
        self.started.elapsed().as_secs_f64() * 1000.0
    }

    fn progress(&mut self, text: &str) {
        // Standard error is unbuffered; a failed write only loses a redraw.
        let _ = std::io::stderr().write_all(text.as_bytes());
    }

    fn env_var(&self, name: &str) -> Option<String> {
        // A value that is not UTF-8 names no locale canarylab knows.
        std::env::var(name).ok()
    }
}

fn main() -> ExitCode {
    let mut args = Vec::new();
    for arg in std::env::args_os().skip(1) {
        match arg.into_string() {
            Ok(a) => args.push(a),
            Err(a) => {
                eprintln!("error: argument is not valid UTF-8: {}", a.to_string_lossy());
                return ExitCode::from(cli::EXIT_USAGE as u8);
            }
        }
    }
    let out = cli::run(args, &mut Process { started: Instant::now() });
    // A closed pipe (`canarylab ... | head`) is not an error worth a panic: ignore write failures.
    let _ = std::io::stdout().write_all(out.stdout.as_bytes());
    let _ = std::io::stderr().write_all(out.stderr.as_bytes());
    ExitCode::from(u8::try_from(out.code).unwrap_or(cli::EXIT_USAGE as u8))
}

/// The OS's message without Rust's " (os error N)" suffix, so the native CLI and the npm bin
/// (which reports Node's message the same way) print the same line.
fn io_message(e: &std::io::Error) -> String {
    let text = e.to_string();
    match text.find(" (os error") {
        Some(i) => text.get(..i).unwrap_or(&text).to_owned(),
        None => text,
    }
}
