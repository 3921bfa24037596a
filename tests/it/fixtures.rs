//! Loading data fixtures and matching JSON against expectations.

use serde_json::Value;

/// Every `*.json` under `tests/fixtures/<dir>`, as (file name, parsed value), sorted by name.
pub(crate) fn load(dir: &str) -> Vec<(String, Value)> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(dir);
    let mut files: Vec<_> = std::fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("{}: {e}", root.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no fixtures in {}", root.display());
    files
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap();
            let v = canarylab::doc::parse(&text).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            (p.file_name().unwrap().to_string_lossy().into_owned(), v)
        })
        .collect()
}

/// Checks that `actual` contains `expected`: objects match on the expected keys (an expected
/// `null` means the key must be absent), arrays match element by element and in length, other
/// values are equal. Returns the pointer of the first mismatch.
pub(crate) fn contains(actual: &Value, expected: &Value, at: &str) -> Result<(), String> {
    match (actual, expected) {
        (Value::Object(a), Value::Object(e)) => {
            for (k, ev) in e {
                let here = format!("{at}/{k}");
                match (a.get(k), ev) {
                    (None, Value::Null) => {}
                    (Some(av), Value::Null) => {
                        return Err(format!("{here}: expected absent, got {av}"));
                    }
                    (None, _) => return Err(format!("{here}: missing, expected {ev}")),
                    (Some(av), _) => contains(av, ev, &here)?,
                }
            }
            Ok(())
        }
        (Value::Array(a), Value::Array(e)) => {
            if a.len() != e.len() {
                return Err(format!("{at}: {} items, expected {}: {actual}", a.len(), e.len()));
            }
            for (i, (av, ev)) in a.iter().zip(e).enumerate() {
                contains(av, ev, &format!("{at}/{i}"))?;
            }
            Ok(())
        }
        _ if actual == expected => Ok(()),
        _ => Err(format!("{at}: got {actual}, expected {expected}")),
    }
}

/// Each `tests/fixtures/<dir>/*.json` scenario fixture is `{"comment", "scenario", "expect"}`; the
/// scenario's output must contain `expect` (see `fixtures::contains`).
pub(crate) fn check_scenarios(dir: &str) {
    for (name, fx) in load(dir) {
        let out = canarylab::scenario::run(&fx["scenario"])
            .unwrap_or_else(|r| panic!("{name}: {}", r.to_text()));
        if let Err(e) = contains(&out, &fx["expect"], "") {
            panic!("{name}: {e}\n{}", canarylab::doc::pretty(&out));
        }
    }
}

/// Each `tests/fixtures/<dir>/*.json` validator fixture is `{"cases": [{"comment", "api", "input",
/// "assumptions"?, "expect": [{"path", "code", "severity", "message"?}]}]}`: exactly these
/// diagnostics, in this order (under the NCP `assumptions` when the case has them).
pub(crate) fn check_validator_cases(dir: &str) {
    let mut n = 0;
    for (name, fx) in load(dir) {
        for case in fx["cases"].as_array().unwrap() {
            n += 1;
            let comment = case["comment"].as_str().unwrap_or_default();
            let api = case["api"].as_str().unwrap();
            let assumptions = case.get("assumptions").cloned().unwrap_or(serde_json::json!({}));
            let assumptions = serde_json::from_value(assumptions)
                .unwrap_or_else(|e| panic!("{name}: {comment}: assumptions: {e}"));
            let api = canarylab::api::Api::from_name(api).unwrap();
            let report = api.validate_value_with(&case["input"], &assumptions);
            let got = report.to_json();
            let got = got["diagnostics"].as_array().unwrap();
            let want = case["expect"].as_array().unwrap();
            let brief = |d: &Value| format!("{} {} {}", d["path"], d["code"], d["severity"]);
            assert_eq!(
                got.iter().map(brief).collect::<Vec<_>>(),
                want.iter().map(brief).collect::<Vec<_>>(),
                "{name}: {comment}\n{}",
                report.to_text()
            );
            for (g, w) in got.iter().zip(want) {
                if let Some(m) = w.get("message") {
                    assert_eq!(&g["message"], m, "{name}: {comment}");
                }
            }
            assert_eq!(report.is_valid(), want.iter().all(|d| d["severity"] == "warning"));
        }
    }
    assert!(n > 0);
}
