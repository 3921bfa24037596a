//! canarylab in Korean: `--lang ko` on the native binary. canarylab's own words change language;
//! codes, pointers, severities and what the simulated services answer do not.

use std::process::Output;

use serde_json::Value;

fn canarylab(args: &[&str]) -> Output {
    let out =
        crate::canarylab_bin().args(args).current_dir(env!("CARGO_MANIFEST_DIR")).output().unwrap();
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

/// A scenario's results are the simulated service's answers: the same in every language (this
/// one has no warnings). A malformed scenario's diagnostics are canarylab's words: in Korean.
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
    let run = crate::run_with_stdin;
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
    // A document that reads: the same summary in every language but its words (the notes and
    // the detail's statement).
    let fine = doc.replace("\"true\"", "true");
    let summary = |args: &[&str]| -> Value {
        let out = run(args, &fine);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let (en, ko) = (summary(&["simulate", "-"]), summary(&["simulate", "-", "--lang=ko"]));
    assert_eq!(en["notes"], serde_json::json!(["NCP stores the rate as a 32-bit float: 25 %"]));
    assert_eq!(
        ko["notes"],
        serde_json::json!(["NCP는 비율을 32비트 부동소수점으로 저장합니다. 저장값: 25 %"])
    );
    assert_eq!(ko["detail"]["statement"], "요청 100개를 모두 하나씩 시뮬레이션했습니다");
    let words = |mut v: Value| {
        v["notes"] = Value::Null;
        v["detail"]["statement"] = Value::Null;
        v
    };
    assert_eq!(words(en), words(ko));
}

/// The summary's words, rewritten from the catalogue, are the engine's own in English, whatever
/// the document asks the engine to describe (every request one by one, the cache, the throttle,
/// the sticky cookie's pinned clients, values NCP reads other than as written); in Korean every
/// note is Korean.
#[test]
fn simulate_notes_are_the_engines_words_in_english() {
    use canarylab::i18n::Lang;
    use canarylab::traffic::{config, prepare};
    let read = |path: &str| -> Value {
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
    };
    let mut docs = vec![
        read("examples/traffic/aws-10-percent.json"),
        read("examples/traffic/ncp-conditions.json"),
        read("examples/traffic/sticky-cookie.json"),
    ];
    // Drawn past the detailed requests: with cache, throttle, both, neither; a sticky cookie.
    for (i, base) in docs.clone().iter().enumerate() {
        let mut v = base.clone();
        v["workload"]["requests"] = 5_000_000_000u64.into();
        v["detailRequests"] = 1000.into();
        v["runs"] = 3.into();
        if i == 2 {
            v["workload"]["clients"] = 1000.into();
        }
        docs.push(v);
    }
    let ncp = serde_json::json!({"provider": "ncp", "assumptions": {"coercion": "jackson"},
        "stage": {"stageId": "s1", "deployedStageDeploymentNo": "1", "canaryDeploymentNo": 2,
                  "useDistributionRate": "true", "canaryDistributionRate": 33.3333333,
                  "canaryThrottleRps": 10},
        "workload": {"requests": 20000000, "ratePerSecond": 50}, "detailRequests": 10, "runs": 2});
    docs.push(ncp);
    let mut seen = std::collections::BTreeSet::new();
    for doc in &docs {
        let mut sim = prepare(doc, None).unwrap();
        sim.finish();
        let summary = sim.summary();
        let mut en = summary.clone();
        config::localize_summary(&mut en, sim.config(), Lang::En);
        assert_eq!(en, summary);
        let statement = config::detail_statement(&summary).unwrap();
        assert_eq!(summary["detail"]["statement"], statement.to_string(), "{doc}");
        let notes: Vec<String> = sim.config().said_notes.iter().map(ToString::to_string).collect();
        assert_eq!(&sim.config().notes, &notes);
        let mut ko = summary.clone();
        config::localize_summary(&mut ko, sim.config(), Lang::Ko);
        let ko_notes = ko["notes"].as_array().unwrap();
        assert_eq!(ko_notes.len(), summary["notes"].as_array().unwrap().len(), "{ko}");
        for n in ko_notes.iter().chain([&ko["detail"]["statement"]]) {
            assert!(korean(n.as_str().unwrap()), "{n}");
        }
        seen.insert(
            summary["detail"]["statement"]
                .as_str()
                .unwrap()
                .split(';')
                .next()
                .unwrap()
                .split(" from")
                .next()
                .unwrap()
                .to_owned(),
        );
    }
    // Each way the engine words its first part was met.
    for first in [
        "all 5",
        "cache",
        "cache and throttle",
        "throttle",
        "the first 1,000 requests simulated one by one",
    ] {
        assert!(seen.iter().any(|s| s.starts_with(first)), "{first}: {seen:?}");
    }
}

/// A scenario that does not read: canarylab's words in Korean, serde's and the clock's figures
/// kept; English as it was.
#[test]
fn a_malformed_scenario_in_korean() {
    let doc = serde_json::json!({"provider": "aws",
        "clock": {"start": "2026-02-29T00:00:00Z"},
        "account": {"cloudwatchRoleArn": "role/x"},
        "deployments": [{"id": 7}],
        "calls": [{"action": "Promote"}]});
    let report = canarylab::scenario::run(&doc).unwrap_err();
    let en: Vec<(String, String)> =
        report.diagnostics().iter().map(|d| (d.message.clone(), d.hint.clone())).collect();
    assert_eq!(
        en[0],
        (
            "\"2026-02-29T00:00:00Z\" is not a UTC time like 2026-01-01T00:00:00Z: 2026-02 has no day 29: it has 28 days".to_owned(),
            "write a real calendar time as YYYY-MM-DDTHH:MM:SSZ".to_owned()
        )
    );
    let ko = report.localized(canarylab::i18n::Lang::Ko);
    let said: Vec<(&str, &str, &str)> = ko
        .diagnostics()
        .iter()
        .map(|d| (d.path.as_str(), d.message.as_str(), d.hint.as_str()))
        .collect();
    assert_eq!(
        said[0].1,
        "2026-01-01T00:00:00Z 같은 UTC 시각이 아닙니다: \"2026-02-29T00:00:00Z\". 없는 날짜입니다: 2026-02-29 (이 달의 날수: 28)"
    );
    assert!(said.iter().all(|(_, m, h)| korean(m) && korean(h)), "{said:#?}");
    let paths: Vec<&str> = said.iter().map(|s| s.0).collect();
    assert_eq!(
        paths,
        ["/clock/start", "/deployments/0", "/account/cloudwatchRoleArn", "/calls/0/action"]
    );
    // serde's own words stay as they are inside the Korean sentence.
    assert!(said[1].1.starts_with("읽을 수 없습니다: invalid type: integer `7`"), "{}", said[1].1);
    assert_eq!(said[3].1, "알 수 없는 AWS 액션입니다: \"Promote\"");
}

/// A traffic document's diagnostics in Korean, codes and pointers unchanged.
#[test]
fn a_traffic_document_in_korean() {
    let doc = serde_json::json!({"provider": "gcp", "split": "sticky", "runs": 0, "alpha": 2,
        "workload": {"requests": 10, "ratePerSecond": 5, "phases": [{"perSecond": -1}],
                     "headers": [{"name": "x", "values": [{"value": "a", "weight": -1}]}]}});
    let report = canarylab::traffic::config::parse(&doc).unwrap_err();
    let ko = report.localized(canarylab::i18n::Lang::Ko);
    for (e, k) in report.diagnostics().iter().zip(ko.diagnostics()) {
        assert_eq!((&e.path, e.code), (&k.path, k.code));
        assert!(!korean(&e.message) && korean(&k.message) && korean(&k.hint), "{k:?}");
    }
    let messages: Vec<&str> = ko.diagnostics().iter().map(|d| d.message.as_str()).collect();
    assert!(
        messages.contains(&"runs 값은 범위 안의 정수여야 합니다(범위: 1~1000000, 받은 값: 0)"),
        "{messages:#?}"
    );
    assert!(messages.contains(&"알 수 없는 provider입니다: \"gcp\""), "{messages:#?}");
}

/// Each line's place, severity and code: what no language changes.
fn heads(out: &str) -> Vec<String> {
    out.lines().map(|l| l.split(": ").take(2).collect::<Vec<_>>().join(": ")).collect()
}

/// An AWS payload: canarylab's words in Korean, AWS's own message kept verbatim inside them.
#[test]
fn an_aws_payload_in_korean_keeps_aws_words_and_codes() {
    let file = "examples/aws/update-stage-fixable.json";
    let en = canarylab(&["validate", "aws.update-stage", file]);
    let ko = canarylab(&["validate", "aws.update-stage", file, "--lang", "ko"]);
    assert_eq!((en.status.code(), ko.status.code()), (Some(1), Some(1)));
    let (en_out, ko_out) = (text(&en.stdout), text(&ko.stdout));
    assert_eq!(heads(&en_out), heads(&ko_out));
    assert!(ko_out.lines().all(korean) && !korean(&en_out), "{ko_out}");
    let aws = "Invalid stage variable value: v2(beta).  Please use values with alphanumeric characters and the symbols ' ', -', '.', '_', ':', '/', '?', '&', '=', and ','.";
    assert!(en_out.contains(aws) && ko_out.contains(&format!("AWS의 오류 메시지: {aws}")));
    assert!(ko_out.contains("(수정: 스테이지 변수 값에 쓸 수 없는 문자를 뺍니다: \"v2beta\")"));
    assert_eq!(text(&ko.stderr), format!("{file}: 유효하지 않습니다 (오류 2개, 경고 0개)\n"));
}

/// `check` on a SAM template: every finding at the same line, column, pointer and code, in
/// Korean; the verdict line too.
#[test]
fn check_reads_a_template_in_korean() {
    let file = "tests/fixtures/input/sam-canary.yaml";
    let en = canarylab(&["check", file]);
    let ko = canarylab(&["check", file, "--lang", "ko"]);
    assert_eq!(en.status.code(), ko.status.code());
    let (en_out, ko_out) = (text(&en.stdout), text(&ko.stdout));
    // `FILE:LINE:COLUMN: path: severity[code]` is the line up to its third ": ".
    let place = |out: &str| -> Vec<String> {
        out.lines().map(|l| l.splitn(4, ": ").take(3).collect::<Vec<_>>().join(": ")).collect()
    };
    assert!(!en_out.is_empty());
    assert_eq!(place(&en_out), place(&ko_out));
    assert!(ko_out.lines().all(korean) && !korean(&en_out), "{ko_out}");
    assert!(ko_out.contains(
        "warning[input.unresolved]: 템플릿만으로는 알 수 없는 값입니다: PercentTraffic (the parameter CanaryPercent has no Default)"
    ));
    assert!(
        text(&ko.stderr).starts_with(&format!("{file}: cloudformation, 유효하지 않습니다 (오류 "))
    );
}

/// A judge document that does not read: the same codes and pointers, the words in Korean (text
/// on stderr, and the JSON report on stdout).
#[test]
fn judge_reports_a_bad_document_in_korean() {
    let doc = r#"{"tolerance": 2, "baseline": {"requests": 10, "errors": 20},
        "canary": {"requests": 10, "errors": 1}}"#;
    let run = |lang: &str| crate::run_with_stdin(&["judge", "-", "--lang", lang], doc);
    let (en, ko) = (run("en"), run("ko"));
    assert_eq!((en.status.code(), ko.status.code()), (Some(2), Some(2)));
    let (en_err, ko_err) = (text(&en.stderr), text(&ko.stderr));
    assert_eq!(heads(&en_err), heads(&ko_err));
    assert_eq!(
        ko_err,
        "/tolerance: error[judge.range]: tolerance 값은 0보다 크고 1보다 작아야 하지만 2입니다 (힌트: 1에 대한 분수로 쓰십시오. 0.005는 오류가 0.5 퍼센트포인트 늘어나는 것까지 받아들입니다)\n\
         /baseline/errors: error[judge.errors-exceed]: 요청 10개 중 오류 20개입니다. 한쪽이 받은 요청보다 많은 요청을 실패할 수는 없습니다 (힌트: errors는 requests 중 실패한 요청의 수입니다(비율이 아닌 5XXError의 Sum))\n"
    );
    assert!(en_err.starts_with(
        "/tolerance: error[judge.range]: tolerance must be greater than 0 and less than 1, got 2"
    ));
    let codes = |out: &Output| -> Vec<Value> {
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        v["diagnostics"].as_array().unwrap().iter().map(|d| d["code"].clone()).collect()
    };
    assert_eq!(codes(&en), codes(&ko));
}

/// `plan`: the operations are the same in every language; what UpdateStage cannot do is said in
/// Korean, and so is the line that counts it.
#[test]
fn plan_says_what_it_cannot_do_in_korean() {
    let wanted =
        std::env::temp_dir().join(format!("canarylab-ko-plan-{}.json", std::process::id()));
    let current = std::fs::read_to_string("examples/aws/stage-canary.json").unwrap();
    std::fs::write(&wanted, current.replace("\"prod\"", "\"production\"")).unwrap();
    let wanted = wanted.to_str().unwrap();
    let en = canarylab(&["plan", "examples/aws/stage-canary.json", wanted]);
    let ko = canarylab(&["plan", "--lang", "ko", "examples/aws/stage-canary.json", wanted]);
    let _ = std::fs::remove_file(wanted);
    assert_eq!((en.status.code(), ko.status.code()), (Some(1), Some(1)));
    let (en_plan, ko_plan): (Value, Value) =
        (serde_json::from_slice(&en.stdout).unwrap(), serde_json::from_slice(&ko.stdout).unwrap());
    assert_eq!(en_plan["patchOperations"], ko_plan["patchOperations"]);
    assert_eq!(en_plan["unsupported"][0]["path"], "/stageName");
    assert_eq!(
        ko_plan["unsupported"][0]["reason"],
        "UpdateStage는 이름으로 스테이지를 찾으므로 이름을 바꿀 수 없습니다. 새 이름으로 스테이지를 만들고(CreateStage) 예전 스테이지를 삭제하십시오"
    );
    assert_eq!(text(&en.stderr), "1 difference UpdateStage cannot make (see \"unsupported\")\n");
    assert_eq!(
        text(&ko.stderr),
        "UpdateStage로 만들 수 없는 차이가 1개 있습니다(\"unsupported\" 참고)\n"
    );
}

/// `--help` and every command's help in Korean: the same usage lines, options and commands,
/// the words around them Korean; usage errors too.
#[test]
fn help_and_usage_errors_in_korean() {
    let en = text(&canarylab(&["--help"]).stdout);
    let ko = text(&canarylab(&["--help", "--lang", "ko"]).stdout);
    assert!(!korean(&en) && korean(&ko));
    let usage_lines = |s: &str| -> Vec<String> {
        // A command's usage line: two spaces, then its name (its description is indented more).
        let usage =
            |l: &&str| l.starts_with("  ") && l.chars().nth(2).is_some_and(char::is_alphabetic);
        s.lines().filter(usage).map(str::to_owned).collect()
    };
    assert_eq!(usage_lines(&en), usage_lines(&ko));
    assert_eq!(usage_lines(&en).len(), 8);
    assert!(ko.contains("사용법: canarylab <COMMAND> [ARGS]"));
    for cmd in ["validate", "check", "run", "simulate", "plan", "judge", "ramp", "explain"] {
        let en = canarylab(&[cmd, "--help"]);
        let ko = canarylab(&[cmd, "--help", "--lang", "ko"]);
        assert_eq!((en.status.code(), ko.status.code()), (Some(0), Some(0)), "{cmd}");
        let (en, ko) = (text(&en.stdout), text(&ko.stdout));
        assert!(en.starts_with(&format!("Usage: canarylab {cmd}")), "{en}");
        assert!(ko.starts_with(&format!("사용법: canarylab {cmd}")) && !korean(&en), "{ko}");
        // The usage line itself is the same; the text after it is Korean.
        assert_eq!(
            en.lines().next().unwrap().split_once(' '),
            ko.lines().next().unwrap().split_once(' ').map(|(_, u)| ("Usage:", u))
        );
        assert!(ko.lines().skip(1).filter(|l| !l.is_empty()).any(korean), "{cmd}: {ko}");
    }
    let out = canarylab(&["frobnicate", "--lang", "ko"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        text(&out.stderr),
        "오류: 알 수 없는 명령입니다: 'frobnicate'\n\n사용법은 `canarylab --help`로 확인하십시오.\n"
    );
    let out = canarylab(&["validate", "aws.nope", "x.json", "--lang", "ko"]);
    assert!(text(&out.stderr).starts_with("오류: 알 수 없는 API입니다: 'aws.nope'."));
}

/// A scenario's lint in Korean: the promotion of a stage that had no canary warns in the
/// result, with its code; the service's own answers stay as the service writes them.
#[test]
fn a_scenario_lint_in_korean() {
    let file = "tests/fixtures/aws/scenarios/promotion-no-canary.json";
    let scenario = |lang: &str| -> Value {
        let fixture: Value = serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
        let path = std::env::temp_dir()
            .join(format!("canarylab-ko-scenario-{lang}-{}.json", std::process::id()));
        std::fs::write(&path, fixture["scenario"].to_string()).unwrap();
        let out = canarylab(&["run", path.to_str().unwrap(), "--lang", lang]);
        let _ = std::fs::remove_file(&path);
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let (en, ko) = (scenario("en"), scenario("ko"));
    // `run` prints what the simulated service answers, in its own words, whatever the language;
    // the warnings beside it are canarylab's lints, in the language asked, codes and paths kept.
    let warning = |v: &Value| v["results"][1]["warnings"][0].clone();
    assert_eq!(warning(&en)["code"], "aws.promotion.no-canary");
    assert_eq!(
        (warning(&ko)["code"].clone(), warning(&ko)["path"].clone()),
        (warning(&en)["code"].clone(), warning(&en)["path"].clone())
    );
    assert!(
        warning(&en)["message"]
            .as_str()
            .unwrap()
            .starts_with("the stage had no canary before this call")
    );
    assert!(
        warning(&ko)["message"]
            .as_str()
            .unwrap()
            .starts_with("이 호출 전에는 스테이지에 카나리가 없었으므로")
    );
    let without_words = |mut v: Value| {
        for r in v["results"].as_array_mut().unwrap() {
            for w in r.get_mut("warnings").and_then(Value::as_array_mut).into_iter().flatten() {
                w["message"] = Value::Null;
                w["hint"] = Value::Null;
            }
        }
        v
    };
    assert_eq!(without_words(en), without_words(ko));
}

/// `judge`'s verdict: the same verdict, figures and exit code in either language; the reason
/// and the labels of the text format in Korean.
#[test]
fn judge_gives_its_reason_in_korean() {
    let file = "examples/judge/totals.json";
    let en = canarylab(&["judge", file]);
    let ko = canarylab(&["judge", file, "--lang", "ko"]);
    assert_eq!((en.status.code(), ko.status.code()), (Some(0), Some(0)));
    let (mut en_v, mut ko_v): (Value, Value) =
        (serde_json::from_slice(&en.stdout).unwrap(), serde_json::from_slice(&ko.stdout).unwrap());
    assert!(en_v["reason"].as_str().unwrap().starts_with("the canary's error rate is at most"));
    assert!(
        ko_v["reason"]
            .as_str()
            .unwrap()
            .starts_with("카나리의 오류율은 기준보다 최대 0.26 % 높으며")
    );
    en_v["reason"] = Value::Null;
    ko_v["reason"] = Value::Null;
    assert_eq!(en_v, ko_v);
    let text = text(&canarylab(&["judge", file, "--format", "text", "--lang", "ko"]).stdout);
    assert!(text.starts_with("promote: 카나리의 오류율은"), "{text}");
    assert!(
        text.contains("\n  p-value 1 (rollback 기준 0.05), 차이 -0.025 %, 범위 [-0.265 %, 0.26 %]")
    );
}

/// Without `--lang`, the locale decides as `setlocale` ranks it for messages: `LC_ALL`, then
/// `LC_MESSAGES`, then `LANG`; a `ko` locale is Korean, anything else (C, ja_JP) English;
/// `--lang` wins over every one.
#[test]
fn the_locale_picks_the_language_without_lang() {
    let run = |env: &[(&str, &str)], extra: &[&str]| {
        let mut c = crate::canarylab_bin();
        c.args(["validate", "ncp.edit-canary", DOCS_TYPES]).args(extra);
        c.current_dir(env!("CARGO_MANIFEST_DIR"));
        for (k, v) in env {
            c.env(k, v);
        }
        let out = c.output().unwrap();
        (out.status.code(), text(&out.stdout), text(&out.stderr))
    };
    let en = run(&[], &[]);
    let ko = run(&[], &["--lang", "ko"]);
    assert!(!korean(&en.2) && korean(&ko.2));
    for (env, want) in [
        (&[("LANG", "ko_KR.UTF-8")][..], &ko),
        (&[("LANG", "ko_KR.UTF-8"), ("LC_ALL", "C")][..], &en),
        (&[("LANG", "en_US.UTF-8"), ("LC_MESSAGES", "ko_KR.UTF-8")][..], &ko),
        (&[("LANG", "ko"), ("LC_MESSAGES", "")][..], &ko),
        (&[("LANG", "ja_JP.UTF-8")][..], &en),
        (&[("LANG", "C")][..], &en),
    ] {
        assert_eq!(&run(env, &[]), want, "{env:?}");
    }
    assert_eq!(run(&[("LANG", "ko_KR.UTF-8")], &["--lang=en"]), en);
}
