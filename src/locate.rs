//! Where a JSON Pointer points in JSON text: the line and column of the member's key (or of the
//! array item), so the site can mark the offending field in place and `canarylab check` can name
//! the line and column in a template or plan. A small position-tracking scanner, lenient by
//! design: on malformed text it reports what it saw before the error.

use std::collections::HashMap;

use crate::pointer::Pointer;

/// The 1-based line of each pointer in `text`; a pointer to a missing member falls back to its
/// nearest present ancestor (a missing required field marks the object that lacks it).
pub fn lines(text: &str, pointers: &[&str]) -> Vec<usize> {
    positions(text, pointers).into_iter().map(|(line, _)| line).collect()
}

/// The 1-based line and column of each pointer in `text`, with [`lines`]' fallback to the
/// nearest present ancestor. Columns count characters (Unicode scalar values), not bytes.
pub fn positions(text: &str, pointers: &[&str]) -> Vec<(usize, usize)> {
    let mut seen = HashMap::new();
    let mut s = Scanner { bytes: text.as_bytes(), i: 0, line: 1, column: 0 };
    s.value(Pointer::root(), &mut seen, 0);
    pointers
        .iter()
        .map(|p| {
            let mut p = *p;
            loop {
                if let Some(at) = seen.get(p) {
                    return *at;
                }
                match p.rfind('/') {
                    Some(i) => p = p.get(..i).unwrap_or_default(),
                    None => return (1, 1),
                }
            }
        })
        .collect()
}

/// Where each member and item starts, by pointer; the first occurrence wins.
type Seen = HashMap<String, (usize, usize)>;

struct Scanner<'a> {
    bytes: &'a [u8],
    i: usize,
    line: usize,
    /// The characters before the current byte on its line.
    column: usize,
}

impl Scanner<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.i).copied()
    }

    fn bump(&mut self) {
        match self.peek() {
            Some(b'\n') => {
                self.line += 1;
                self.column = 0;
            }
            // UTF-8 continuation bytes are 0b10xxxxxx: every other byte starts a character.
            Some(b) if (b & 0xC0) != 0x80 => self.column += 1,
            _ => {}
        }
        self.i += 1;
    }

    /// The current line and column (1-based; the column in characters).
    fn here(&self) -> (usize, usize) {
        (self.line, self.column + 1)
    }

    fn mark(&self, at: &Pointer, seen: &mut Seen) {
        seen.entry(at.as_str().to_owned()).or_insert_with(|| self.here());
    }

    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.bump();
        }
    }

    fn string(&mut self) -> Option<String> {
        if self.peek() != Some(b'"') {
            return None;
        }
        self.bump();
        let start = self.i;
        while let Some(b) = self.peek() {
            match b {
                b'"' => {
                    // The string literal as written, quotes included: serde_json decodes its
                    // escapes; a literal it refuses is taken as it stands.
                    let literal = self.bytes.get(start - 1..=self.i).unwrap_or_default();
                    let raw = self.bytes.get(start..self.i).unwrap_or_default();
                    self.bump();
                    return Some(
                        serde_json::from_slice::<String>(literal)
                            .unwrap_or_else(|_| String::from_utf8_lossy(raw).into_owned()),
                    );
                }
                b'\\' => {
                    self.bump();
                    self.bump();
                }
                _ => self.bump(),
            }
        }
        None
    }

    /// Scans one value at `at`, recording where each member and item starts.
    fn value(&mut self, at: Pointer, seen: &mut Seen, depth: usize) -> Option<()> {
        self.ws();
        if depth > 128 {
            return None;
        }
        match self.peek()? {
            b'{' => {
                self.mark(&at, seen);
                self.bump();
                loop {
                    self.ws();
                    if self.peek()? == b'}' {
                        self.bump();
                        return Some(());
                    }
                    let here = self.here();
                    let key = self.string()?;
                    let child = at.join(key.as_str());
                    seen.entry(child.as_str().to_owned()).or_insert(here);
                    self.ws();
                    if self.peek()? != b':' {
                        return None;
                    }
                    self.bump();
                    self.value(child, seen, depth + 1)?;
                    self.ws();
                    match self.peek()? {
                        b',' => self.bump(),
                        b'}' => {}
                        _ => return None,
                    }
                }
            }
            b'[' => {
                self.mark(&at, seen);
                self.bump();
                let mut n = 0usize;
                loop {
                    self.ws();
                    if self.peek()? == b']' {
                        self.bump();
                        return Some(());
                    }
                    let child = at.join(n);
                    self.mark(&child, seen);
                    self.value(child, seen, depth + 1)?;
                    n += 1;
                    self.ws();
                    match self.peek()? {
                        b',' => self.bump(),
                        b']' => {}
                        _ => return None,
                    }
                }
            }
            b'"' => self.string().map(|_| ()),
            _ => {
                if at.is_root() {
                    self.mark(&at, seen);
                }
                while matches!(self.peek(), Some(b) if !matches!(b, b',' | b'}' | b']' | b' ' | b'\n' | b'\r' | b'\t'))
                {
                    self.bump();
                }
                Some(())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{lines, positions};

    #[test]
    fn finds_members_items_and_falls_back_to_ancestors() {
        let text = "{\n  \"a\": 1,\n  \"b\": {\n    \"c/d\": [\n      true,\n      {\"e\": null}\n    ]\n  }\n}";
        assert_eq!(
            lines(
                text,
                &["/a", "/b", "/b/c~1d", "/b/c~1d/1", "/b/c~1d/1/e", "/b/missing", "", "/zz"]
            ),
            [2, 3, 4, 6, 6, 3, 1, 1]
        );
        // Keys are decoded: escapes name the same member as the plain spelling.
        let escaped = "{\n\"c\\u002fd\": 1,\n\"x\\\"y\": 2,\n\"\\ud800\": 3\n}";
        assert_eq!(lines(escaped, &["/c~1d", "/x\"y", "/\\ud800"]), [2, 3, 4]);
        // Malformed text: what came before the error is still located.
        assert_eq!(lines("{\n \"a\": [1,\n", &["/a", "/a/1"]), [2, 2]);
    }

    #[test]
    fn columns_count_characters() {
        let text = "{\n  \"a\": [10, \"x\"],\n  \"é\": {\"ü\": 1}\n}";
        assert_eq!(
            positions(text, &["", "/a", "/a/0", "/a/1", "/é", "/é/ü", "/é/nope", "/zz"]),
            [(1, 1), (2, 3), (2, 9), (2, 13), (3, 3), (3, 9), (3, 3), (1, 1)]
        );
    }
}
