//! canarylab in Korean: `--lang ko` on the native binary. canarylab's own words change language;
//! codes, pointers, severities and what the simulated services answer do not.

use std::process::{Command, Output};

use serde_json::Value;

fn canarylab(args: &[&str]) -> Output {
    let out = Command::new(env!("CARGO_BIN_EXE_canarylab"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(out.status.code().is_some(), "{args:?}: no exit code");
    out
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

/// Hangul syllables.
fn korean(s: &str) -> bool {
    s.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c))
}

const DOCS_TYPES: &str = "examples/ncp/edit-canary-docs-types.json";

#[test]
fn validate_speaks_korean_and_keeps_its_codes() {
    let en = canarylab(&["validate", "ncp.edit-canary", DOCS_TYPES]);
    let ko = canarylab(&["validate", "ncp.edit-canary", "--lang", "ko", DOCS_TYPES]);
    assert_eq!(en.status.code(), Some(1));
    assert_eq!(ko.status.code(), Some(1));
    let (en_out, ko_out) = (text(&en.stdout), text(&ko.stdout));
    assert_eq!(en_out.lines().count(), ko_out.lines().count());
    for (e, k) in en_out.lines().zip(ko_out.lines()) {
        // The path, the severity and the code as they were; the words after them in Korean.
        let head = |l: &str| l.split(": ").take(2).collect::<Vec<_>>().join(": ");
        assert_eq!(head(e), head(k));
        assert!(!korean(e) && korean(k), "{k}");
    }
    assert_eq!(
        ko_out.lines().next().unwrap(),
        "/body/canaryCacheTtlSec: error[param.type]: 파라미터 canaryCacheTtlSec의 타입이 잘못되었습니다 (필요: 정수, 실제: 문자열) (힌트: 따옴표를 빼십시오: 60) (수정: 다음 값으로 씁니다: 60)"
    );
    assert_eq!(text(&ko.stderr), format!("{DOCS_TYPES}: 유효하지 않습니다 (오류 2개, 경고 2개)\n"));
    // Before the command, or as --lang=ko: the same.
    for args in [
        &["--lang", "ko", "validate", "ncp.edit-canary", DOCS_TYPES][..],
        &["validate", "ncp.edit-canary", DOCS_TYPES, "--lang=ko"][..],
    ] {
        assert_eq!(canarylab(args).stdout, ko.stdout, "{args:?}");
    }
}

#[test]
fn json_github_and_sarif_carry_the_korean_words_and_the_same_codes() {
    let json = |lang: &str| -> Value {
        let out =
            canarylab(&["validate", "ncp.edit-canary", "-f", "json", "--lang", lang, DOCS_TYPES]);
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let (en, ko) = (json("en"), json("ko"));
    let pick = |v: &Value, k: &str| -> Vec<Value> {
        v["diagnostics"].as_array().unwrap().iter().map(|d| d[k].clone()).collect()
    };
    for key in ["path", "code", "severity"] {
        assert_eq!(pick(&en, key), pick(&ko, key), "{key}");
    }
    assert_eq!(en["diagnostics"][0]["fix"]["patch"], ko["diagnostics"][0]["fix"]["patch"]);
    for d in ko["diagnostics"].as_array().unwrap() {
        assert!(
            korean(d["message"].as_str().unwrap()) && korean(d["hint"].as_str().unwrap()),
            "{d}"
        );
    }
    assert!(korean(ko["diagnostics"][0]["fix"]["description"].as_str().unwrap()));

    let github =
        canarylab(&["validate", "ncp.edit-canary", "-f", "github", "--lang", "ko", DOCS_TYPES]);
    let first = text(&github.stdout);
    assert!(first.starts_with("::error file=examples/ncp/edit-canary-docs-types.json,line=9,col=5,title=param.type::/body/canaryCacheTtlSec: 파라미터"), "{first}");
    assert!(first.contains("(힌트: "), "{first}");
    assert_eq!(text(&github.stderr), "파일 1개: 유효 0개, 유효하지 않음 1개, 경고 2개\n");

    let sarif =
        canarylab(&["validate", "ncp.edit-canary", "-f", "sarif", "--lang", "ko", DOCS_TYPES]);
    let log: Value = serde_json::from_slice(&sarif.stdout).unwrap();
    let rules = log["runs"][0]["tool"]["driver"]["rules"].as_array().unwrap();
    let ids: Vec<&str> = rules.iter().filter_map(|r| r["id"].as_str()).collect();
    assert_eq!(ids, ["param.type", "ncp.docs.ttl", "ncp.docs.throttle"]);
    assert!(rules.iter().all(|r| korean(r["shortDescription"]["text"].as_str().unwrap())));
}

#[test]
fn fixes_and_verdicts_in_korean() {
    let out =
        canarylab(&["validate", "ncp.edit-canary", "--fix-dry-run", "--lang", "ko", DOCS_TYPES]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        text(&out.stderr),
        format!(
            "{DOCS_TYPES}: 수정 2개를 적용했습니다\n{DOCS_TYPES}: 유효합니다 (오류 0개, 경고 0개)\n"
        )
    );
}

#[test]
fn assume_coercion_jackson_reads_the_docs_types() {
    let out =
        canarylab(&["validate", "ncp.edit-canary", "--assume", "coercion=jackson", DOCS_TYPES]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(stdout.contains("warning[ncp.docs.ttl]: NCP's docs type canaryCacheTtlSec as String; its spec says int32 1..3600: under coercion=jackson \"60\" reads as 60"), "{stdout}");
    let bad = canarylab(&["validate", "ncp.edit-canary", "--assume", "coercion=loose", DOCS_TYPES]);
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn explain_describes_every_code_in_korean() {
    let out = canarylab(&["explain", "ncp.docs.ttl", "--lang", "ko"]);
    assert_eq!(
        text(&out.stdout),
        "코드:   ncp.docs.ttl\n심각도: warning\n설명:   NCP 문서와 스펙이 서로 다르게 정의한 canaryCacheTtlSec입니다\n"
    );
    let all = text(&canarylab(&["explain", "--lang", "ko"]).stdout);
    assert_eq!(all.lines().count(), canarylab::code::Code::ALL.len());
    assert!(all.lines().all(korean), "{all}");
}

/// A scenario's results are the simulated service's answers: the same in every language. A
/// malformed scenario's diagnostics are canarylab's words: in Korean.
#[test]
fn run_answers_as_the_service_and_reports_in_korean() {
    let en = canarylab(&["run", "tests/fixtures/ncp/scenarios/errors.json"]);
    let ko = canarylab(&["run", "--lang", "ko", "tests/fixtures/ncp/scenarios/errors.json"]);
    assert_eq!(en.status.code(), Some(1), "a fixture wraps its scenario: not a scenario itself");
    assert!(korean(&text(&ko.stderr)), "{}", text(&ko.stderr));
    let en = canarylab(&["run", "examples/ncp/lifecycle.json"]);
    let ko = canarylab(&["run", "examples/ncp/lifecycle.json", "--lang", "ko"]);
    assert_eq!(en.status.code(), Some(0));
    assert_eq!(en.stdout, ko.stdout);
}

#[test]
fn an_unknown_language_is_a_usage_error() {
    let out = canarylab(&["validate", "ncp.edit-canary", DOCS_TYPES, "--lang", "ja"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("unknown language 'ja': use en or ko"));
}

/// `simulate`: a traffic document that does not read is reported in Korean; one that reads gives
/// the same summary in every language.
#[test]
fn simulate_reports_in_korean() {
    use std::io::Write as _;
    let run = |args: &[&str], doc: &str| {
        let mut child = Command::new(env!("CARGO_BIN_EXE_canarylab"))
            .args(args)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(doc.as_bytes()).unwrap();
        child.wait_with_output().unwrap()
    };
    let doc = r#"{"provider": "ncp", "stage": {"stageId": "s1", "deployedStageDeploymentNo": 1,
        "canaryDeploymentNo": 2, "useDistributionRate": "true", "canaryDistributionRate": 25},
        "workload": {"requests": 100, "ratePerSecond": 10}, "runs": 2}"#;
    let out = run(&["simulate", "-", "--lang", "ko"], doc);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(
        stderr.starts_with("/stage: error[traffic.stage]: 스테이지를 읽을 수 없습니다: "),
        "{stderr}"
    );
    assert!(stderr.contains("(힌트: ") && stderr.contains("\"coercion\": \"jackson\""), "{stderr}");
    let fine = doc.replace("\"true\"", "true");
    assert_eq!(
        run(&["simulate", "-"], &fine).stdout,
        run(&["simulate", "-", "--lang=ko"], &fine).stdout
    );
}
