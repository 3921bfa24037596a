//! A non-allocating cursor over JSON text, for fast paths that only need to recognise the common
//! case of one known document shape (`ncp::request::clean`).
//!
//! It reads a strict subset of JSON: strings without escapes or control characters, `true` and
//! `false`, non-negative numbers without an exponent, objects and arrays. Everything else
//! (including every syntax error) is `None`, and the caller falls back to the full reader
//! ([`super::parse`]), which says why. So a fast path built on it can be conservative but never
//! wrong about the text being JSON: anything accepted here the full reader accepts too, with the
//! same values.
//!
//! Why not the full reader: it builds a tree, allocating a `String` per key and string, which is
//! most of what checking a small, valid payload costs (issue 7's speed goal).

/// The cursor: a position in the text. Every method skips leading whitespace.
pub(crate) struct Scan<'a> {
    text: &'a str,
    i: usize,
}

impl<'a> Scan<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        Scan { text, i: 0 }
    }

    // The small steps everything else is made of: always inlined, even in the size-first
    // release build, where a call per byte would cost more than the work.
    #[inline(always)]
    fn byte(&self) -> Option<u8> {
        self.text.as_bytes().get(self.i).copied()
    }

    /// The next byte after whitespace, not consumed.
    #[inline(always)]
    fn peek(&mut self) -> Option<u8> {
        while let Some(b' ' | b'\n' | b'\r' | b'\t') = self.byte() {
            self.i += 1;
        }
        self.byte()
    }

    #[inline(always)]
    fn eat(&mut self, b: u8) -> Option<()> {
        self.peek()?;
        self.eat_here(b)
    }

    /// `b` at the position itself, without skipping whitespace.
    #[inline(always)]
    fn eat_here(&mut self, b: u8) -> Option<()> {
        (self.byte()? == b).then(|| self.i += 1)
    }

    /// Skips ASCII digits; how many.
    #[inline(always)]
    fn skip_digits(&mut self) -> usize {
        let start = self.i;
        while let Some(b'0'..=b'9') = self.byte() {
            self.i += 1;
        }
        self.i - start
    }

    /// A string without escapes or control characters.
    pub(crate) fn string(&mut self) -> Option<&'a str> {
        self.eat(b'"')?;
        let start = self.i;
        self.i = super::plain_run(self.text.as_bytes(), start);
        self.eat_here(b'"')?;
        self.text.get(start..self.i - 1)
    }

    /// `true` or `false`.
    pub(crate) fn boolean(&mut self) -> Option<bool> {
        self.peek()?;
        let rest = self.text.get(self.i..)?;
        let (value, len) = if rest.starts_with("true") {
            (true, 4)
        } else if rest.starts_with("false") {
            (false, 5)
        } else {
            return None;
        };
        self.i += len;
        Some(value)
    }

    /// A non-negative integer (`0` or digits without a leading zero) that fits a `u64`.
    pub(crate) fn unsigned(&mut self) -> Option<u64> {
        let digits = self.digits()?;
        if self.byte() == Some(b'.') {
            return None;
        }
        super::read::small_integer(digits)
    }

    /// A non-negative number without an exponent, as the full reader converts it.
    pub(crate) fn number(&mut self) -> Option<f64> {
        self.peek()?;
        let start = self.i;
        let int = self.digits()?;
        if self.byte() != Some(b'.') {
            #[allow(clippy::cast_precision_loss)] // as the full reader's `N::U` reads as f64
            return super::read::small_integer(int).map(|u| u as f64);
        }
        self.i += 1;
        if self.skip_digits() == 0 {
            return None;
        }
        if let Some(b'e' | b'E') = self.byte() {
            return None;
        }
        super::read::decimal(self.text.get(start..self.i)?).filter(|f| f.is_finite())
    }

    /// `0` or `[1-9][0-9]*`, not followed by an exponent.
    fn digits(&mut self) -> Option<&'a str> {
        let first = self.peek()?;
        let start = self.i;
        let n = self.skip_digits();
        if n == 0 || (n > 1 && first == b'0') {
            return None;
        }
        if let Some(b'e' | b'E') = self.byte() {
            return None;
        }
        self.text.get(start..self.i)
    }

    /// An object whose keys are all among `names`: `member` reads the value of `names[i]`, once
    /// for each time the key appears. Any other key is `None`.
    pub(crate) fn members(
        &mut self,
        names: &[&str],
        mut member: impl FnMut(usize, &mut Self) -> Option<()>,
    ) -> Option<()> {
        self.eat(b'{')?;
        if self.peek()? == b'}' {
            self.i += 1;
            return Some(());
        }
        loop {
            let key = self.string()?;
            let i = names.iter().position(|name| {
                name.len() == key.len() && same(name.as_bytes(), key.as_bytes())
            })?;
            self.eat(b':')?;
            member(i, self)?;
            match self.peek()? {
                b',' => self.i += 1,
                b'}' => {
                    self.i += 1;
                    return Some(());
                }
                _ => return None,
            }
        }
    }

    /// An array: `item` reads each item. The number of items.
    pub(crate) fn items(&mut self, mut item: impl FnMut(&mut Self) -> Option<()>) -> Option<usize> {
        self.eat(b'[')?;
        if self.peek()? == b']' {
            self.i += 1;
            return Some(0);
        }
        let mut n = 0;
        loop {
            item(self)?;
            n += 1;
            match self.peek()? {
                b',' => self.i += 1,
                b']' => {
                    self.i += 1;
                    return Some(n);
                }
                _ => return None,
            }
        }
    }

    /// Nothing but whitespace is left.
    pub(crate) fn end(&mut self) -> Option<()> {
        self.peek().is_none().then_some(())
    }
}

/// `a == b` for slices of the same length, a word at a time: the size-first build compares slices
/// with a byte loop (wasm's `memcmp`), and matching keys is most of the comparing a fast path does.
fn same(a: &[u8], b: &[u8]) -> bool {
    let word = |s: &[u8], i: usize| s.get(i..i + 8).and_then(|w| <[u8; 8]>::try_from(w).ok());
    let mut i = 0;
    while let (Some(x), Some(y)) = (word(a, i), word(b, i)) {
        if u64::from_le_bytes(x) != u64::from_le_bytes(y) {
            return false;
        }
        i += 8;
    }
    while let (Some(x), Some(y)) = (a.get(i), b.get(i)) {
        if x != y {
            return false;
        }
        i += 1;
    }
    a.len() == b.len()
}

#[cfg(test)]
mod tests {
    use super::Scan;

    #[test]
    fn reads_the_subset_and_refuses_the_rest() {
        assert_eq!(Scan::new(r#" "a b" "#).string(), Some("a b"));
        assert_eq!(Scan::new(r#""a\"b""#).string(), None);
        assert_eq!(Scan::new("\"a\tb\"").string(), None);
        assert_eq!(Scan::new("\"abc").string(), None);
        assert_eq!(Scan::new("12").unsigned(), Some(12));
        for refused in ["012", "-1", "1.0", "1e2", "", "x", "99999999999999999999"] {
            assert_eq!(Scan::new(refused).unsigned(), None, "{refused:?}");
        }
        assert_eq!(Scan::new(" 12.5").number(), Some(12.5));
        for refused in ["12.", "1.5e1", "-0.5", ".5"] {
            assert_eq!(Scan::new(refused).number(), None, "{refused:?}");
        }
        assert_eq!(Scan::new("false").boolean(), Some(false));
        assert_eq!(Scan::new("nul").boolean(), None);
        let mut s = Scan::new(r#"{"a": [1, 2], "b": {}, "a": []} "#);
        let mut seen = Vec::new();
        let read = s.members(&["b", "a"], |i, s| {
            seen.push(i);
            if i == 1 {
                s.items(|s| s.unsigned().map(drop)).map(drop)
            } else {
                s.members(&[], |_, _| None)
            }
        });
        assert_eq!((read, s.end(), seen), (Some(()), Some(()), vec![1, 0, 1]));
        for refused in ["{\"a\":1,}", "{\"a\" 1}", "[1,]", "{\"a\":1} x", "{\"ab\":1}", "{\"\":1}"]
        {
            let mut s = Scan::new(refused);
            let read = if refused.starts_with('[') {
                s.items(|s| s.unsigned().map(drop)).map(drop)
            } else {
                s.members(&["a"], |_, s| s.unsigned().map(drop))
            };
            assert!(read.and_then(|()| s.end()).is_none(), "{refused:?}");
        }
        for (a, b) in
            [("", ""), ("canaryCacheTtlSec", "canaryCacheTtlSec"), ("abcdefgh", "abcdefgh")]
        {
            assert!(super::same(a.as_bytes(), b.as_bytes()));
        }
        for (a, b) in [
            ("", "a"),
            ("canaryCacheTtlSec", "canaryCacheTtlSeC"),
            ("canaryCacheTtlSec", "canaryThrottleRps"),
            ("abcdefgh", "abcdefgi"),
        ] {
            assert!(!super::same(a.as_bytes(), b.as_bytes()), "{a} {b}");
        }
    }
}
