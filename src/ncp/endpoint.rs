//! `canaryEndpointDomain`: NCP's URL pattern, run as written in its OpenAPI description.
//!
//! NCP's backend is Java, where bean validation's `@Pattern` matches the whole string and `\w`
//! and `\d` are ASCII. The pattern below is the spec's, character for character, except that
//! `[\w.-]` is written `(?-u:[\w.-])` and `\d` is written `(?-u:\d)`: Java's ASCII reading,
//! where the regex crate's default would be Unicode. It is anchored as Java anchors it.
//!
//! The quirks this keeps on purpose, because the service has them (docs/ncp-unknowns.md):
//! `https://例え.jp` is refused (ASCII `\w`); `https://256.1.1.1` passes (the domain branch
//! takes any dotted quad); the path class holds the range `/-~` (0x2F..=0x7E), so `{`, `|`, `<`,
//! `@`, `?` pass while `!`..`,` (including `#` and `+`) do not; `none` is refused.

use std::sync::LazyLock;

use regex::Regex;

/// The spec's `canaryEndpointDomain` pattern, with Java's ASCII `\w` and `\d` made explicit.
pub const PATTERN: &str = concat!(
    r"((http|https)://)(((?-u:[\w.-])+\.[a-zA-Z0-9]+)|(([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])\.){3}([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5]))",
    r"(:([0-9]|[1-9](?-u:\d)|[1-9](?-u:\d){2}|[1-9](?-u:\d){3}|[1-5](?-u:\d){4}|6[0-4](?-u:\d){3}|65[0-4](?-u:\d){2}|655[0-2](?-u:\d)|6553[0-5]))?(/[a-zA-Z0-9&%_./-~-]*)?",
    r"|((http|https)://)([^@]+)@(((?-u:[\w.-])+\.[a-zA-Z0-9]+)|(([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])\.){3}([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5]))",
    r"(:([0-9]|[1-9](?-u:\d)|[1-9](?-u:\d){2}|[1-9](?-u:\d){3}|[1-5](?-u:\d){4}|6[0-4](?-u:\d){3}|65[0-4](?-u:\d){2}|655[0-2](?-u:\d)|6553[0-5]))?(/[a-zA-Z0-9&%_./-~-]*)?",
    r"|NONE",
);

/// [`PATTERN`] anchored at both ends, compiled once for every face.
static ENDPOINT: LazyLock<Option<Regex>> =
    LazyLock::new(|| Regex::new(&format!("^(?:{PATTERN})$")).ok());

/// True when `s` matches NCP's `canaryEndpointDomain` pattern as a whole.
pub fn matches(s: &str) -> bool {
    // The pattern is a constant that a unit test compiles; were it ever refused, nothing matches.
    ENDPOINT.as_ref().is_some_and(|re| re.is_match(s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pattern_compiles() {
        assert!(ENDPOINT.is_some());
    }

    #[test]
    fn examples_the_spec_pattern_decides() {
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
