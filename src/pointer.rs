//! RFC 6901 JSON Pointers, as every diagnostic reports its location.
//!
//! A [`Pointer`] is kept in its encoded text form (`/patchOperations/2/value`), because that is
//! what users read and what every face prints. Tokens are escaped on the way in (`~` as `~0`,
//! `/` as `~1`) and unescaped by [`Pointer::tokens`].

use std::fmt;

/// An RFC 6901 JSON Pointer into a request document. The empty pointer names the whole document.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(transparent)]
pub struct Pointer(String);

impl Pointer {
    /// The pointer to the whole document (`""`).
    pub fn root() -> Self {
        Self::default()
    }

    /// Parses an encoded pointer. Returns `None` unless it is empty or starts with `/`, or if a
    /// `~` is followed by anything but `0` or `1`.
    pub fn parse(text: &str) -> Option<Self> {
        if !(text.is_empty() || text.starts_with('/')) {
            return None;
        }
        let mut chars = text.chars();
        while let Some(c) = chars.next() {
            if c == '~' && !matches!(chars.next(), Some('0' | '1')) {
                return None;
            }
        }
        Some(Self(text.to_owned()))
    }

    /// This pointer extended by one reference token (escaped here).
    #[must_use]
    pub fn join(&self, token: impl Token) -> Self {
        let mut out = self.clone();
        out.push(token);
        out
    }

    /// Appends one reference token, escaping `~` and `/`.
    pub fn push(&mut self, token: impl Token) {
        self.0.push('/');
        token.write_escaped(&mut self.0);
    }

    /// The encoded text, e.g. `/patchOperations/0/path`.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The unescaped reference tokens.
    pub fn tokens(&self) -> impl Iterator<Item = String> + '_ {
        self.0.split('/').skip(1).map(unescape)
    }

    /// The pointer to the enclosing object or array (the root's parent is the root).
    pub fn parent(&self) -> Pointer {
        Pointer(self.0.rfind('/').and_then(|i| self.0.get(..i)).unwrap_or_default().to_owned())
    }

    /// Whether this is the root pointer.
    pub fn is_root(&self) -> bool {
        self.0.is_empty()
    }
}

/// Unescapes one reference token (`~1` is `/`, `~0` is `~`), in RFC 6901's order (`~01` is `~1`).
pub fn unescape(token: &str) -> String {
    token.replace("~1", "/").replace("~0", "~")
}

/// Something that can be one reference token of a pointer: a key or an array index.
pub trait Token {
    /// Writes the token to `out`, escaped as RFC 6901 requires.
    fn write_escaped(&self, out: &mut String);
}

impl Token for &str {
    fn write_escaped(&self, out: &mut String) {
        if !self.bytes().any(|b| b == b'~' || b == b'/') {
            out.push_str(self);
            return;
        }
        for c in self.chars() {
            match c {
                '~' => out.push_str("~0"),
                '/' => out.push_str("~1"),
                c => out.push(c),
            }
        }
    }
}

impl Token for &String {
    fn write_escaped(&self, out: &mut String) {
        self.as_str().write_escaped(out);
    }
}

impl Token for usize {
    fn write_escaped(&self, out: &mut String) {
        out.push_str(&self.to_string());
    }
}

impl fmt::Display for Pointer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_unescapes_tokens() {
        let p = Pointer::root().join("a/b").join("m~n").join(3);
        assert_eq!(p.as_str(), "/a~1b/m~0n/3");
        assert_eq!(p.tokens().collect::<Vec<_>>(), ["a/b", "m~n", "3"]);
    }

    #[test]
    fn parse_checks_the_grammar() {
        assert_eq!(Pointer::parse(""), Some(Pointer::root()));
        assert!(Pointer::parse("/~1x/~0").is_some());
        assert!(Pointer::parse("x").is_none());
        assert!(Pointer::parse("/~2").is_none());
        assert!(Pointer::parse("/a~").is_none());
    }
}
