//! The native `canarylab` binary as a CI job runs it: arguments in, text and exit code out.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Output, Stdio};

use canarylab::code::Code;

fn canarylab(args: &[&str]) -> Output {
    crate::canarylab_bin().args(args).output().unwrap()
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

// ---------------------------------------------------------------- explain

#[test]
fn explain_prints_a_code_and_lists_them_all() {
    let out = canarylab(&["explain", "aws.percent-traffic.range"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        text(out.stdout),
        "code:        aws.percent-traffic.range\nseverity:    error\n\
         description: percentTraffic outside 0.0 to 100.0\n"
    );
    let out = canarylab(&["explain"]);
    assert_eq!(out.status.code(), Some(0));
    let list = text(out.stdout);
    assert_eq!(list.lines().count(), Code::ALL.len());
    assert!(list.lines().any(|l| l.starts_with("ncp.docs.ttl ") && l.contains(" warning ")));

    let out = canarylab(&["explain", "aws.percent-trafic.range"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(out.stdout).is_empty());
    assert!(
        text(out.stderr).starts_with(
            "error: unknown code 'aws.percent-trafic.range': did you mean aws.percent-traffic.range"
        ),
        "names the near code"
    );
    let out = canarylab(&["explain", "zzz"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(out.stderr).contains("`canarylab explain` lists every code"));
}

/// The README's table of codes in `Code::ALL`'s order; on a difference the failure prints the
/// table to paste into the "Diagnostic codes" section.
#[test]
fn the_readme_lists_every_code() {
    let rows: Vec<String> = Code::ALL
        .iter()
        .map(|c| {
            let description = c.description().replace('|', "\\|");
            format!("| `{}` | {} | {description} |", c.name(), c.severity().as_str())
        })
        .collect();
    let readme = include_str!("../../README.md");
    let section = readme.split_once("\n## Diagnostic codes\n").map_or("", |(_, s)| s);
    let section = section.split_once("\n## ").map_or(section, |(s, _)| s);
    let listed: Vec<&str> = section.lines().filter(|l| l.starts_with("| `")).collect();
    assert!(
        listed == rows,
        "README.md's \"Diagnostic codes\" table is not Code::ALL; the table is:\n\n\
         | code | severity | description |\n|---|---|---|\n{}\n",
        rows.join("\n")
    );
}

// ---------------------------------------------------------------- validate --fix

/// A fresh directory for one test's files, under the system's temporary directory.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("canarylab-it-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn path_str(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// A payload with nothing to fix, in a layout of its own.
const CLEAN: &str = "{ \"restApiId\": \"a1b2c3d4e5\", \"stageName\": \"prod\",\n  \"patchOperations\": [\n\t{\"op\": \"replace\", \"path\": \"/description\", \"value\": \"v2\"}] }";

/// The fixable example as its fixes leave it: both values strings AWS accepts.
fn fixed_example() -> serde_json::Value {
    serde_json::json!({"restApiId": "a1b2c3d4e5", "stageName": "prod", "patchOperations": [
        {"op": "replace", "path": "/canarySettings/percentTraffic", "value": "10"},
        {"op": "replace", "path": "/variables/release", "value": "v2beta"}
    ]})
}

#[test]
fn fix_rewrites_each_file_in_its_layout_and_reports_what_remains() {
    let dir = scratch("fix");
    let original = std::fs::read_to_string(example("aws/update-stage-fixable.json")).unwrap();
    let value: serde_json::Value = serde_json::from_str(&original).unwrap();
    let (pretty, compact, clean) =
        (dir.join("pretty.json"), dir.join("compact.json"), dir.join("clean.json"));
    std::fs::write(&pretty, &original).unwrap();
    std::fs::write(&compact, value.to_string()).unwrap();
    std::fs::write(&clean, CLEAN).unwrap();

    let files = [path_str(&pretty), path_str(&compact), path_str(&clean)];
    let out = canarylab(&["validate", "aws.update-stage", "--fix", files[0], files[1], files[2]]);
    assert_eq!(out.status.code(), Some(0), "{}", text(out.stderr));
    let want = fixed_example();
    // Indented text keeps its indent and trailing newline; compact text stays on one line.
    let pretty_text = std::fs::read_to_string(&pretty).unwrap();
    assert_eq!(pretty_text, serde_json::to_string_pretty(&want).unwrap() + "\n");
    assert_eq!(std::fs::read_to_string(&compact).unwrap(), want.to_string());
    // A file with nothing to fix is not rewritten: its own layout stays, byte for byte.
    assert_eq!(std::fs::read_to_string(&clean).unwrap(), CLEAN);
    let stderr = text(out.stderr);
    assert!(stderr.contains(&format!("{}: applied 2 fixes\n", files[0])), "{stderr}");
    assert!(stderr.contains(&format!("{}: valid (0 errors, 1 warnings)", files[1])), "{stderr}");
    assert!(!stderr.contains(&format!("{}: applied", files[2])), "{stderr}");
    // What remains is reported as without --fix: the warning, on stdout.
    assert!(text(out.stdout).contains("warning[aws.canary.implicit-create]"));

    // Standard input has nowhere to go back to.
    let out = canarylab(&["validate", "aws.update-stage", "--fix", "-"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(out.stderr).contains("use --fix-dry-run -"));
    // An unreadable file stops the run before anything is written.
    std::fs::write(&compact, value.to_string()).unwrap();
    let missing = dir.join("missing.json");
    let out = canarylab(&["validate", "aws.update-stage", "--fix", files[1], path_str(&missing)]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(std::fs::read_to_string(&compact).unwrap(), value.to_string());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn fix_dry_run_prints_the_fixed_payloads_and_writes_nothing() {
    let file = example("aws/update-stage-fixable.json");
    let original = std::fs::read_to_string(&file).unwrap();
    let out = canarylab(&["validate", "aws.update-stage", &file, "--fix-dry-run"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(text(out.stdout), serde_json::to_string_pretty(&fixed_example()).unwrap() + "\n");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), original);
    // The diagnostics that remain go to stderr, as the payload has stdout.
    let stderr = text(out.stderr);
    assert!(stderr.starts_with("/patchOperations/0/path: warning[aws.canary.implicit-create]"));
    assert!(
        stderr
            .ends_with(&format!("{file}: applied 2 fixes\n{file}: valid (0 errors, 1 warnings)\n")),
        "{stderr}"
    );

    // Several files: each payload after a header line, ending in a newline.
    let dir = scratch("dry-run");
    let clean = dir.join("clean.json");
    std::fs::write(&clean, CLEAN).unwrap();
    let clean = path_str(&clean);
    let out = canarylab(&["validate", "aws.update-stage", "--fix-dry-run", &file, clean]);
    let stdout = text(out.stdout);
    assert!(stdout.starts_with(&format!("==> {file} <==\n{{\n  \"restApiId\"")), "{stdout}");
    assert!(stdout.ends_with(&format!("}}\n==> {clean} <==\n{CLEAN}\n")), "{stdout}");
    assert_eq!(std::fs::read_to_string(clean).unwrap(), CLEAN);
    std::fs::remove_dir_all(&dir).unwrap();

    // JSON: the report with the fixes applied and the payload.
    let out = canarylab(&["validate", "aws.update-stage", &file, "--fix-dry-run", "-f", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["payload"], fixed_example());
    assert_eq!(v["applied"][0]["patch"][0]["path"], "/patchOperations/0/value");
    assert_eq!(v["valid"], true);

    // Standard input works for a dry run.
    let mut child = crate::canarylab_bin()
        .args(["validate", "aws.update-stage", "--fix-dry-run", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(original.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(text(out.stdout), serde_json::to_string_pretty(&fixed_example()).unwrap() + "\n");
}

#[test]
fn validate_text_names_the_fix_a_diagnostic_offers() {
    let out =
        canarylab(&["validate", "aws.update-stage", &example("aws/update-stage-fixable.json")]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = text(out.stdout);
    let first = stdout.lines().next().unwrap();
    assert!(first.starts_with("/patchOperations/0/value: error[param.type]: "), "{first}");
    assert!(first.ends_with(" (fix: write \"10\")"), "{first}");
    let out = canarylab(&[
        "validate",
        "aws.update-stage",
        &example("aws/update-stage-fixable.json"),
        "-f",
        "json",
    ]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["diagnostics"][0]["fix"]["description"], "write \"10\"");
    assert!(v.get("applied").is_none(), "no fix keys without --fix");
}
