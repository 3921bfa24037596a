//! The integration tests: one binary, one module per capability, each driven by data fixtures.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

mod aws;
mod ci;
mod cli;
mod fixes;
mod fixtures;
mod i18n;
mod input;
mod judge;
mod ncp;
mod robustness;
mod scenario;
mod traffic;
mod traffic_scale;

/// The native binary, run as a user without a locale of their own would run it: the tests pin
/// English, which a developer's `LANG=ko_KR.UTF-8` would otherwise change (the CLI reads it when
/// no `--lang` is given).
pub fn canarylab_bin() -> std::process::Command {
    let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_canarylab"));
    for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        c.env_remove(var);
    }
    c
}

/// [`canarylab_bin`] run with `args` and `stdin` as its standard input, its output captured.
pub fn run_with_stdin(args: &[&str], stdin: &str) -> std::process::Output {
    use std::io::Write as _;
    use std::process::Stdio;
    let mut child = canarylab_bin()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}
