//! `canaryEndpointDomain`: NCP's URL pattern, matched as NCP's Java backend matches it.
//!
//! The spec's pattern (reference §1.3) is, anchored as bean validation anchors it:
//!
//! ```text
//! SCHEME HOST PORT? PATH?  |  SCHEME [^@]+ @ HOST PORT? PATH?  |  NONE
//! SCHEME = (http|https)://      HOST = [\w.-]+\.[a-zA-Z0-9]+  |  IPv4
//! PORT   = :0..65535 (no leading zeros)      PATH = /[a-zA-Z0-9&%_./-~-]*
//! ```
//!
//! Quirks kept on purpose, because the service has them: `\w` is ASCII (Java's default), so
//! `https://例え.jp` is refused; the IPv4 branch is subsumed by the domain branch, so
//! `https://256.1.1.1` passes; the path class holds the range `/-~` (0x2F..=0x7E), so `{`, `|`,
//! `<`, `@`, `?` pass while `!`..`,` (0x21..=0x2C, incl. `#` and `+`) do not; `none` is refused.
//!
//! Hand-written rather than `regex-lite`: the grammar is fixed and small, this is ~20x faster
//! (the whole body validates in well under 2 µs) and keeps ~29 KB of regex engine out of the wasm.
//! The spec's own regex is the test oracle (`tests/it/ncp.rs`, property test against
//! `regex-lite`).

/// True when `s` matches NCP's `canaryEndpointDomain` pattern as a whole.
///
/// Byte by byte: every character the pattern accepts outside the userinfo is ASCII, and a byte
/// of a multi-byte character is never one of the ASCII bytes looked for, so bytes decide exactly
/// what characters would (and several times faster, for `request::clean`).
pub fn matches(s: &str) -> bool {
    if s == super::model::NONE {
        return true;
    }
    let Some(rest) = s.strip_prefix("https://").or_else(|| s.strip_prefix("http://")) else {
        return false;
    };
    let rest = rest.as_bytes();
    // Branch 1: no userinfo. Branch 2: `[^@]+@` then the same tail; `[^@]+` cannot hold an `@`,
    // so the `@` it stops at is the first one.
    host_port_path(rest)
        || rest
            .iter()
            .position(|&b| b == b'@')
            .is_some_and(|at| at > 0 && rest.get(at + 1..).is_some_and(host_port_path))
}

/// `HOST (:PORT)? (/PATH)?` as the whole of `s`, in one pass. Neither the host nor the port can
/// contain `:` or `/`, so each ends at the first of them: the regex has no other way to split.
///
/// HOST is `[\w.-]+\.[a-zA-Z0-9]+`: the split is at the last dot (the suffix cannot contain one),
/// so the host is good when all of it is `[\w.-]`, something precedes its last dot and only
/// letters and digits follow it. Every dotted-quad IPv4 address is such a host, which is why the
/// spec's IPv4 branch never decides. PORT is 0..=65535 in decimal, without leading zeros.
///
/// Plain loops rather than iterator adapters: the size-first build would call a closure per byte.
fn host_port_path(s: &[u8]) -> bool {
    let mut i = 0;
    let (mut last_dot, mut suffix_len, mut suffix_alnum) = (None, 0, true);
    while let Some(&b) = s.get(i) {
        match b {
            b':' | b'/' => break,
            b'.' => (last_dot, suffix_len, suffix_alnum) = (Some(i), 0, true),
            b'_' | b'-' => suffix_alnum = false,
            _ if b.is_ascii_alphanumeric() => suffix_len += 1,
            _ => return false,
        }
        i += 1;
    }
    if !(last_dot.is_some_and(|d| d > 0) && suffix_len > 0 && suffix_alnum) {
        return false;
    }
    if s.get(i) == Some(&b':') {
        i += 1;
        let (start, mut port) = (i, 0u32);
        while let Some(&b) = s.get(i) {
            match b {
                b'/' => break,
                b'0'..=b'9' if i - start < 5 => port = port * 10 + u32::from(b - b'0'),
                _ => return false,
            }
            i += 1;
        }
        let digits = i - start;
        if digits == 0 || port > 65_535 || (digits > 1 && s.get(start) == Some(&b'0')) {
            return false;
        }
    }
    match s.get(i) {
        None => true,
        Some(b'/') => {
            i += 1;
            while let Some(&b) = s.get(i) {
                if !path_byte(b) {
                    return false;
                }
                i += 1;
            }
            true
        }
        Some(_) => false,
    }
}

/// `[a-zA-Z0-9&%_./-~-]`: the range `/-~` covers 0x2F..=0x7E, which includes every other member.
fn path_byte(b: u8) -> bool {
    matches!(b, b'/'..=b'~' | b'&' | b'%' | b'.' | b'-')
}

#[cfg(test)]
mod tests {
    use super::matches;

    #[test]
    fn reference_examples() {
        for ok in [
            "https://example.com",
            "http://10.0.0.1:8080/api",
            "NONE",
            "https://user:pw@example.com",
            "https://exa_mple.com",
            "https://example.com:0",
            "https://256.1.1.1",
            "https://example.com/{x}|<>",
        ] {
            assert!(matches(ok), "{ok}");
        }
        for bad in [
            "none",
            "ftp://example.com",
            "example.com",
            "https://localhost",
            "https://example.com:65536",
            "https://exa mple.com",
            "https://example.com/a#b",
            "https://例え.jp",
            "",
            "https://example.com:08",
            "https://@example.com",
        ] {
            assert!(!matches(bad), "{bad}");
        }
    }
}
