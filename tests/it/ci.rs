//! CI output: GitHub annotations line by line, SARIF's shape, `--quiet`, `--deny warnings`,
//! `--allow`, the project policy from `canarylab.toml` or `package.json`, and the summary line.

use std::path::{Path, PathBuf};
use std::process::Output;

fn run_in(dir: &Path, args: &[&str]) -> Output {
    crate::canarylab_bin().current_dir(dir).args(args).output().unwrap()
}

fn text(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).unwrap()
}

/// A fresh directory holding the given files.
fn project(name: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("canarylab-ci-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for (file, content) in files {
        std::fs::write(dir.join(file), content).unwrap();
    }
    dir
}

/// Line 3 holds an error (a number where a string goes); line 5 a warning (a canary without its
/// share, placed at the canary); the file is otherwise valid.
const BAD: &str = "{\n  \"restApiId\": \"a\",\n  \"description\": 7,\n  \"stageName\": \"prod\",\n  \"canarySettings\": {\n    \"useStageCache\": false\n  }\n}\n";
/// Valid, one warning (the canary's share defaults to 0 %).
const WARNED: &str = "{\"restApiId\": \"a\", \"stageName\": \"prod\", \"canarySettings\": {}}\n";
const CLEAN: &str = "{\"restApiId\": \"a\", \"stageName\": \"prod\"}\n";

#[test]
fn github_annotations_name_file_line_column_and_code() {
    let dir = project("github", &[("bad.json", BAD), ("ok.json", CLEAN)]);
    let out = run_in(
        &dir,
        &["validate", "aws.create-deployment", "bad.json", "ok.json", "--format", "github"],
    );
    assert_eq!(out.status.code(), Some(1));
    let stdout = text(out.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{stdout}");
    assert!(lines[0].starts_with("::error file=bad.json,line=3,col=3,"), "{}", lines[0]);
    assert!(
        lines[0]
            .contains(",title=param.type::/description: Invalid type for parameter description"),
        "{}",
        lines[0]
    );
    assert!(lines[1].starts_with("::warning file=bad.json,line=5,col=3,"), "{}", lines[1]);
    // `%` is escaped as GitHub reads it back.
    assert!(lines[1].contains("0.0 %25"), "{}", lines[1]);
    assert!(lines[1].contains("title=aws.canary.percent-default::/canarySettings"), "{}", lines[1]);
    assert_eq!(text(out.stderr), "2 files: 1 valid, 1 invalid, 1 warning\n");
}

#[test]
fn sarif_is_one_log_with_rules_and_located_results() {
    let dir = project("sarif", &[("bad.json", BAD), ("warned.json", WARNED)]);
    let out = run_in(
        &dir,
        &["validate", "aws.create-deployment", "bad.json", "warned.json", "-f", "sarif"],
    );
    assert_eq!(out.status.code(), Some(1));
    let log: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(log["version"], "2.1.0");
    let run = &log["runs"][0];
    assert_eq!(run["tool"]["driver"]["name"], "canarylab");
    let rules: Vec<&str> = run["tool"]["driver"]["rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), 3);
    for r in results {
        // Each result's rule index points at its rule.
        assert_eq!(rules[r["ruleIndex"].as_u64().unwrap() as usize], r["ruleId"]);
    }
    assert_eq!(results[0]["locations"][0]["physicalLocation"]["region"]["startLine"], 3);
    assert_eq!(results[0]["properties"]["jsonPointer"], "/description");
    assert_eq!(results[0]["level"], "error");
    assert_eq!(
        results[2]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "warned.json"
    );
    // The fix travels as a property (SARIF's own fixes edit text).
    assert_eq!(results[0]["properties"]["fix"]["patch"][0]["value"], "7");
}

#[test]
fn quiet_prints_only_problems_and_one_summary() {
    let dir = project("quiet", &[("bad.json", BAD), ("ok.json", CLEAN)]);
    let out =
        run_in(&dir, &["validate", "aws.create-deployment", "bad.json", "ok.json", "--quiet"]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = text(out.stdout);
    assert_eq!(stdout.lines().count(), 2, "{stdout}");
    assert!(stdout.lines().all(|l| l.starts_with("bad.json:/")), "{stdout}");
    assert_eq!(text(out.stderr), "2 files: 1 valid, 1 invalid, 1 warning\n");
}

#[test]
fn deny_warnings_and_allow_change_the_verdict() {
    let dir = project("policy", &[("warned.json", WARNED)]);
    let args = ["validate", "aws.create-deployment", "warned.json"];
    assert_eq!(run_in(&dir, &args).status.code(), Some(0));
    let denied = run_in(&dir, &[&args[..], &["--deny", "warnings"]].concat());
    assert_eq!(denied.status.code(), Some(1));
    assert!(text(denied.stderr).contains("warned.json: invalid (0 errors, 1 warnings)"));
    let allowed = run_in(
        &dir,
        &[&args[..], &["--deny", "warnings", "--allow", "aws.canary.percent-default"]].concat(),
    );
    assert_eq!(allowed.status.code(), Some(0), "{}", text(allowed.stderr));
    assert_eq!(text(allowed.stdout), "");
    let unknown = run_in(&dir, &[&args[..], &["--allow", "aws.nope"]].concat());
    assert_eq!(unknown.status.code(), Some(2));
    assert!(text(unknown.stderr).contains("unknown code 'aws.nope' to allow"));
    let bad_deny = run_in(&dir, &[&args[..], &["--deny", "errors"]].concat());
    assert_eq!(bad_deny.status.code(), Some(2));
}

#[test]
fn the_project_policy_comes_from_canarylab_toml_or_package_json() {
    let args = ["validate", "aws.create-deployment", "warned.json"];
    let toml =
        project("toml", &[("warned.json", WARNED), ("canarylab.toml", "deny = [\"warnings\"]\n")]);
    assert_eq!(run_in(&toml, &args).status.code(), Some(1));
    let both = project(
        "toml-allow",
        &[
            ("warned.json", WARNED),
            ("canarylab.toml", "deny = [\"warnings\"]\nallow = [\"aws.canary.percent-default\"]\n"),
        ],
    );
    assert_eq!(run_in(&both, &args).status.code(), Some(0));
    let package = project(
        "package",
        &[
            ("warned.json", WARNED),
            ("package.json", "{\"name\": \"x\", \"canarylab\": {\"deny\": [\"warnings\"]}}"),
        ],
    );
    assert_eq!(run_in(&package, &args).status.code(), Some(1));
    let no_key = project(
        "package-no-key",
        &[("warned.json", WARNED), ("package.json", "{\"name\": \"x\"}")],
    );
    assert_eq!(run_in(&no_key, &args).status.code(), Some(0));
    let typo = project(
        "toml-typo",
        &[("warned.json", WARNED), ("canarylab.toml", "denny = [\"warnings\"]\n")],
    );
    let out = run_in(&typo, &args);
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(out.stderr);
    assert!(stderr.contains("canarylab.toml: "), "{stderr}");
}

#[test]
fn many_files_end_with_a_summary_line() {
    let files: Vec<(String, &str)> =
        (0..12).map(|i| (format!("f{i}.json"), if i == 3 { BAD } else { CLEAN })).collect();
    let refs: Vec<(&str, &str)> = files.iter().map(|(f, c)| (f.as_str(), *c)).collect();
    let dir = project("many", &refs);
    let mut args = vec!["validate", "aws.create-deployment"];
    args.extend(files.iter().map(|(f, _)| f.as_str()));
    let out = run_in(&dir, &args);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(text(out.stderr).lines().last(), Some("12 files: 11 valid, 1 invalid, 1 warning"));
}

#[test]
fn check_speaks_the_same_ci_formats_and_policy() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let template = "tests/fixtures/input/cdk-canary.template.json";
    let out = run_in(root, &["check", template, "--format", "github"]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = text(out.stdout);
    assert!(
        stdout.lines().all(|l| l.starts_with(&format!("::error file={template},line="))
            || l.starts_with(&format!("::warning file={template},line="))),
        "{stdout}"
    );
    assert!(stdout.contains("title=aws.percent-traffic.range::"), "{stdout}");
    let log: serde_json::Value =
        serde_json::from_slice(&run_in(root, &["check", template, "-f", "sarif"]).stdout).unwrap();
    let results = log["runs"][0]["results"].as_array().unwrap();
    assert_eq!(results.len(), stdout.lines().count());
    let allowed = run_in(
        root,
        &["check", template, "-f", "github", "--allow", "aws.canary.deployment-default"],
    );
    assert!(!text(allowed.stdout).contains("aws.canary.deployment-default"));
}
