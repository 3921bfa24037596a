//! canarylab's own JSON reader and writer (src/json) against serde_json as an independent oracle:
//! the same values, the same text out, and for broken text the same message at the same line and
//! column (the wording canarylab's diagnostics had when serde_json parsed for it).

use proptest::prelude::*;

/// JSON-ish text: valid documents with random whitespace, then sometimes a few bytes
/// inserted, deleted or replaced, so both valid and broken text are covered.
fn arb_text() -> impl Strategy<Value = String> {
    let leaf = prop_oneof![
        Just("null".to_owned()),
        Just("true".to_owned()),
        Just("false".to_owned()),
        any::<i64>().prop_map(|i| i.to_string()),
        any::<u64>().prop_map(|u| u.to_string()),
        any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(|f| format!("{f:e}")),
        any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(|f| f.to_string()),
        "-?[0-9]{1,25}(\\.[0-9]{1,25})?([eE][+-]?[0-9]{1,3})?",
        ".{0,8}".prop_map(|s| serde_json::to_string(&s).unwrap()),
        "\"(\\\\u[0-9a-fA-F]{4}|\\\\[nrtbf\"/\\\\]|[a-z é])*\"",
    ];
    let doc = leaf.prop_recursive(4, 48, 5, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(|v| format!("[{}]", v.join(","))),
            prop::collection::vec(("[a-c]{1,2}", inner), 0..5).prop_map(|m| {
                let members: Vec<String> =
                    m.into_iter().map(|(k, v)| format!("\"{k}\" :\n{v}")).collect();
                format!("{{ {} }}", members.join(" , "))
            }),
        ]
    });
    (doc, prop::collection::vec((any::<prop::sample::Index>(), 0u8..4, any::<char>()), 0..3))
        .prop_map(|(mut text, edits)| {
            for (at, kind, c) in edits {
                let len = text.chars().count();
                let i = if len == 0 { 0 } else { at.index(len) };
                let mut chars: Vec<char> = text.chars().collect();
                match kind {
                    0 => chars.insert(i, c),
                    1 if i < len => {
                        chars.remove(i);
                    }
                    2 if i < len => {
                        chars[i] = ['{', '}', '[', ']', ',', ':', '"', '\\'][(c as usize) % 8]
                    }
                    _ => {}
                }
                text = chars.into_iter().collect();
            }
            text
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4096))]

    #[test]
    fn reads_and_writes_as_serde_json_does(text in arb_text()) {
        let ours = canarylab::json::parse(&text);
        let theirs = serde_json::from_str::<serde_json::Value>(&text);
        match (ours, theirs) {
            (Ok(a), Ok(b)) => {
                prop_assert_eq!(canarylab::json::to_string(&a), serde_json::to_string(&b).unwrap());
                prop_assert_eq!(canarylab::json::to_pretty(&a), serde_json::to_string_pretty(&b).unwrap());
            }
            (Err(a), Err(b)) => prop_assert_eq!(a.to_string(), b.to_string()),
            (a, b) => prop_assert!(false, "{text:?}: ours {a:?}, serde_json {:?}", b.map(|_| ())),
        }
    }
}

#[test]
fn deep_and_wide_input_is_handled() {
    let deep = "[".repeat(129) + &"]".repeat(129);
    assert_eq!(
        canarylab::json::parse(&deep).unwrap_err().to_string(),
        serde_json::from_str::<serde_json::Value>(&deep).unwrap_err().to_string()
    );
    // 200,000 members, half of them repeats: first position, last value, in O(n log n).
    let members: Vec<String> = (0..200_000).map(|i| format!("\"k{}\":{i}", i % 100_000)).collect();
    let text = format!("{{{}}}", members.join(","));
    let v = canarylab::json::parse(&text).unwrap();
    let m = v.as_object().unwrap();
    assert_eq!(m.len(), 100_000);
    assert_eq!(m.get("k7").and_then(canarylab::json::Value::as_u64), Some(100_007));
    assert_eq!(m.keys().nth(7).map(String::as_str), Some("k7"));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4096))]

    /// Decimals the fast path cannot take (long digit strings, far exponents, subnormals, the
    /// edge of overflow) round exactly as Rust's own parser rounds them.
    #[test]
    fn decimals_round_like_core(digits in "0|[1-9][0-9]{0,39}", frac in "[0-9]{0,40}", exp in -360i32..330) {
        let text = if frac.is_empty() { format!("{digits}e{exp}") } else { format!("{digits}.{frac}e{exp}") };
        let want = text.parse::<f64>().unwrap();
        let got = canarylab::json::parse(&text);
        if want.is_finite() {
            prop_assert_eq!(got.ok().and_then(|v| v.as_f64()).map(f64::to_bits), Some(want.to_bits()), "{}", text);
        } else {
            prop_assert!(got.is_err(), "{}", text);
        }
    }
}
