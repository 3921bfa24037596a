//! JSON text out: compact, or pretty with two-space indents. The output is byte for byte what
//! serde_json wrote before canarylab had its own value type (same escapes, same float digits
//! through the same `zmij` formatter), so every pinned CLI output stayed the same.

use super::value::{Map, N, Number, Value};

/// Compact JSON text.
pub fn compact(v: &Value) -> String {
    let mut out = String::with_capacity(64);
    write(&mut out, v, None);
    out
}

/// Pretty JSON text: two-space indents, `"key": value`, empty arrays and objects as `[]`/`{}`.
pub fn pretty(v: &Value) -> String {
    let mut out = String::with_capacity(256);
    write(&mut out, v, Some(0));
    out
}

/// Appends `v`; `indent` is the current depth for pretty output, `None` for compact.
fn write(out: &mut String, v: &Value, indent: Option<usize>) {
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(true) => out.push_str("true"),
        Value::Bool(false) => out.push_str("false"),
        Value::Number(n) => number(out, n),
        Value::String(s) => string(out, s),
        Value::Array(items) => {
            if items.is_empty() {
                out.push_str("[]");
                return;
            }
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                newline(out, indent.map(|d| d + 1));
                write(out, item, indent.map(|d| d + 1));
            }
            newline(out, indent);
            out.push(']');
        }
        Value::Object(map) => object(out, map, indent),
    }
}

fn object(out: &mut String, map: &Map, indent: Option<usize>) {
    if map.is_empty() {
        out.push_str("{}");
        return;
    }
    out.push('{');
    for (i, (k, v)) in map.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        newline(out, indent.map(|d| d + 1));
        string(out, k);
        out.push_str(if indent.is_some() { ": " } else { ":" });
        write(out, v, indent.map(|d| d + 1));
    }
    newline(out, indent);
    out.push('}');
}

fn newline(out: &mut String, indent: Option<usize>) {
    if let Some(depth) = indent {
        out.push('\n');
        for _ in 0..depth {
            out.push_str("  ");
        }
    }
}

/// Appends a number: integers in decimal, doubles as their shortest round-trip form (`50.0`,
/// `0.1`, `1e-7`).
pub(crate) fn number(out: &mut String, n: &Number) {
    match n.0 {
        N::U(u) => integer(out, u, false),
        N::I(i) => integer(out, i.unsigned_abs(), true),
        N::F(f) => out.push_str(zmij::Buffer::new().format_finite(f)),
    }
}

/// Appends `u` in decimal.
pub fn write_integer(out: &mut String, u: u64) {
    integer(out, u, false);
}

/// Decimal digits without `core::fmt` (integer formatting is on every hot output path).
fn integer(out: &mut String, mut u: u64, negative: bool) {
    let mut buf = [0u8; 20];
    let mut at = buf.len();
    loop {
        at -= 1;
        if let Some(slot) = buf.get_mut(at) {
            *slot = b'0' + (u % 10) as u8;
        }
        u /= 10;
        if u == 0 {
            break;
        }
    }
    if negative {
        out.push('-');
    }
    // Only ASCII digits were written.
    out.push_str(std::str::from_utf8(buf.get(at..).unwrap_or_default()).unwrap_or_default());
}

/// Appends a quoted string: `"` and `\` escaped, control characters as `\n`-style or `\u00XX`
/// escapes, everything else (all non-ASCII too) as is.
pub fn string(out: &mut String, s: &str) {
    out.push('"');
    let bytes = s.as_bytes();
    let mut run = 0;
    let mut i = 0;
    loop {
        i = super::plain_run(bytes, i);
        let Some(&b) = bytes.get(i) else { break };
        i += 1;
        let esc = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            0..=0x1f => "",
            _ => continue,
        };
        out.push_str(s.get(run..i - 1).unwrap_or_default());
        run = i;
        if esc.is_empty() {
            let hex = |d: u8| char::from(if d < 10 { b'0' + d } else { b'a' + d - 10 });
            out.push_str("\\u00");
            out.push(hex(b >> 4));
            out.push(hex(b & 0xf));
        } else {
            out.push_str(esc);
        }
    }
    out.push_str(s.get(run..).unwrap_or_default());
    out.push('"');
}

/// A double as Rust's `{}` prints it (`50`, `0.1`, `0.0000001`, `-0`), for messages: the
/// shortest round-trip digits from `zmij`, laid out without an exponent. Core's own float
/// formatting would add ~15 KB to the wasm for the same digits.
pub fn display(f: f64) -> String {
    if f.is_nan() {
        return "NaN".to_owned();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf" } else { "-inf" }.to_owned();
    }
    plain(zmij::Buffer::new().format_finite(f))
}

/// A float32 as Rust's `{}` prints it (the shortest digits that read back as the same float32).
pub fn display_f32(f: f32) -> String {
    if !f.is_finite() {
        return display(f64::from(f));
    }
    plain(zmij::Buffer::new().format_finite(f))
}

/// A double rounded to `decimals` places (`{:.3}`), for messages; halves round away from zero.
pub fn fixed(f: f64, decimals: u32) -> String {
    let scale = libm::pow(10.0, f64::from(decimals));
    let scaled = libm::round(f * scale);
    if !scaled.is_finite() || scaled.abs() >= 9_007_199_254_740_992.0 {
        return display(libm::round(f));
    }
    let mut digits = display(scaled.abs());
    let d = decimals as usize;
    if d > 0 {
        if digits.len() <= d {
            digits = "0".repeat(d + 1 - digits.len()) + &digits;
        }
        digits.insert(digits.len() - d, '.');
    }
    if scaled < 0.0 { format!("-{digits}") } else { digits }
}

/// zmij's text (`1.5`, `50.0`, `1e-7`, `1.2e+21`) laid out as plain decimal without a trailing
/// `.0`.
fn plain(text: &str) -> String {
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (mantissa, exp) = match body.split_once('e') {
        Some((m, e)) => (m, e.trim_start_matches('+').parse::<i64>().unwrap_or(0)),
        None => (body, 0),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let all: String = int.chars().chain(frac.chars()).collect();
    let lead = all.len() - all.trim_start_matches('0').len();
    let digits = all.trim_matches('0');
    let mut out = String::with_capacity(24);
    if negative {
        out.push('-');
    }
    if digits.is_empty() {
        out.push('0');
        return out;
    }
    // The decimal point sits `point` digits into `digits`.
    let point = int.len() as i64 + exp - lead as i64;
    let len = digits.len() as i64;
    if point <= 0 {
        out.push_str("0.");
        out.push_str(&"0".repeat(point.unsigned_abs() as usize));
        out.push_str(digits);
    } else if point >= len {
        out.push_str(digits);
        out.push_str(&"0".repeat((point - len) as usize));
    } else {
        let (a, b) = digits.split_at(point as usize);
        out.push_str(a);
        out.push('.');
        out.push_str(b);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json;

    #[test]
    fn writes_as_serde_json_wrote() {
        let v = json!({"a": 1, "b": [1.5, -2, 50.0, 1e-7, 1e21], "c": {}, "d": [], "e": "q\"\\\n\u{1}é", "f": null, "g": true});
        assert_eq!(
            compact(&v),
            r#"{"a":1,"b":[1.5,-2,50.0,1e-7,1e+21],"c":{},"d":[],"e":"q\"\\\n\u0001é","f":null,"g":true}"#
        );
        assert_eq!(
            pretty(&json!({"a": [1, {"b": null}], "c": {}})),
            "{\n  \"a\": [\n    1,\n    {\n      \"b\": null\n    }\n  ],\n  \"c\": {}\n}"
        );
        assert_eq!(compact(&json!(u64::MAX)), "18446744073709551615");
        assert_eq!(compact(&json!(i64::MIN)), "-9223372036854775808");
        assert_eq!(compact(&json!(f64::NAN)), "null");
    }

    #[test]
    fn display_matches_core() {
        for f in
            [0.0, -0.0, 1.0, 50.0, 0.1, 1e-7, 1.5e-300, 1e21, 123456.789, -2.5, 1e300, 5e-324, 0.3]
        {
            assert_eq!(display(f), format!("{f}"), "{f:e}");
        }
        for f in [5.962134f32, 0.1, 1e-10, 3.4e38, 10.0] {
            assert_eq!(display_f32(f), format!("{f}"));
        }
        for (f, d) in [(0.123456, 3), (2.0, 0), (1234.5678, 2), (-0.5004, 3), (0.0004, 2)] {
            assert_eq!(fixed(f, d), format!("{f:.*}", d as usize), "{f} {d}");
        }
    }
}
