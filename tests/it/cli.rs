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

fn text(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).unwrap()
}

fn example(path: &str) -> String {
    format!("{}/examples/{path}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn validate_ncp_flags_the_docs_example_and_passes_a_typical_body() {
    let bad = example("ncp/edit-canary-docs-example.json");
    let good = example("ncp/edit-canary-rate.json");
    let out = canarylab(&["validate", "ncp.edit-canary", &good]);
    assert_eq!(out.status.code(), Some(0), "{}", text(out.stderr));
    // Valid, with the one docs-versus-spec note that NONE earns.
    let stdout = text(out.stdout);
    assert_eq!(stdout.lines().count(), 1, "{stdout}");
    assert!(stdout.starts_with("/body/canaryEndpointDomain: warning[ncp.docs.endpoint-none]"));

    let out = canarylab(&["validate", "ncp.edit-canary", &bad]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = text(out.stdout);
    assert!(
        stdout.contains("/canaryCacheTtlSec: error[ncp.ttl.range]: canaryCacheTtlSec must be between 1 and 3600, got 0"),
        "{stdout}"
    );
    assert!(text(out.stderr).contains("invalid (2 errors, 3 warnings)"));

    // Many files in one call, as a CI job runs it; JSON for machines.
    let out = canarylab(&["validate", "ncp.edit-canary", &good, &bad, "--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v[0]["valid"], true);
    assert_eq!(v[1]["valid"], false);
    assert_eq!(v[1]["diagnostics"][1]["code"], "ncp.ttl.range");
}

#[test]
fn run_replays_an_ncp_scenario() {
    let out = canarylab(&["run", &example("ncp/lifecycle.json")]);
    assert_eq!(out.status.code(), Some(0), "{}", text(out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let statuses: Vec<u64> =
        v["results"].as_array().unwrap().iter().map(|r| r["status"].as_u64().unwrap()).collect();
    assert_eq!(statuses, [200, 200, 200, 200, 204, 200]);
    assert_eq!(v["results"][5]["body"]["stage"]["deployedStageDeploymentNo"], 9);
}

#[test]
fn simulate_prints_the_summary_and_honours_the_seed() {
    let f = example("traffic/aws-10-percent.json");
    let out = canarylab(&["simulate", &f, "--seed", "99"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    // The same numbers the wasm test pins (tests/wasm_node.rs).
    assert_eq!(v["requests"], 100_000);
    assert_eq!(v["counts"], serde_json::json!({"stage": 89_833, "canary": 10_167}));
    assert_eq!(v["share"]["configured"], 0.1);
    assert_eq!(v["share"]["observed"], 0.10167);
    let ci = v["share"]["ci95"].as_array().unwrap();
    assert!(ci[0].as_f64().unwrap() < 0.10167 && 0.10167 < ci[1].as_f64().unwrap());

    let bad = canarylab(&["simulate", &f, "--seed", "minus-one"]);
    assert_eq!(bad.status.code(), Some(2));
    let out = canarylab(&["simulate", &example("ncp/edit-canary-rate.json")]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(out.stderr).contains("/provider: error[param.missing]"));
}
