//! The native `canarylab` binary as a CI job runs it: arguments in, text and exit code out.

use std::process::{Command, Output};

fn canarylab(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_canarylab")).args(args).output().unwrap()
}

#[test]
fn version_matches_the_crate() {
    let out = canarylab(&["--version"]);
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        format!("canarylab {}\n", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn help_lists_usage_and_exit_codes() {
    let out = canarylab(&["--help"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("Usage: canarylab <COMMAND>"), "{text}");
    assert!(text.contains("Exit codes: 0 success"), "{text}");
}

#[test]
fn unknown_command_is_a_usage_error() {
    let out = canarylab(&["launch-rockets"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr).unwrap().contains("unknown command 'launch-rockets'"));
}
