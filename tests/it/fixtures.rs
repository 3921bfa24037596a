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
            let v = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
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
