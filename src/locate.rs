//! Where a JSON Pointer points in JSON text: the line of the member's key (or of the array item),
//! so the site can mark the offending field in place. A small position-tracking scanner, lenient
//! by design: on malformed text it reports what it saw before the error.

use crate::pointer::Pointer;

/// The 1-based line of each pointer in `text`; a pointer to a missing member falls back to its
/// nearest present ancestor (a missing required field marks the object that lacks it).
pub fn lines(text: &str, pointers: &[&str]) -> Vec<usize> {
    let mut seen: Vec<(String, usize)> = Vec::new();
    let mut s = Scanner { bytes: text.as_bytes(), i: 0, line: 1 };
    s.value(Pointer::root(), &mut seen, 0);
    pointers
        .iter()
        .map(|p| {
            let mut p = (*p).to_owned();
            loop {
                if let Some((_, line)) = seen.iter().find(|(q, _)| *q == p) {
                    return *line;
                }
                match p.rfind('/') {
                    Some(i) => p.truncate(i),
                    None => return 1,
                }
            }
        })
        .collect()
}

struct Scanner<'a> {
    bytes: &'a [u8],
    i: usize,
    line: usize,
}

impl Scanner<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.i).copied()
    }

    fn bump(&mut self) {
        if self.peek() == Some(b'\n') {
            self.line += 1;
        }
        self.i += 1;
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
    fn value(&mut self, at: Pointer, seen: &mut Vec<(String, usize)>, depth: usize) -> Option<()> {
        self.ws();
        if depth > 128 {
            return None;
        }
        match self.peek()? {
            b'{' => {
                seen.push((at.as_str().to_owned(), self.line));
                self.bump();
                loop {
                    self.ws();
                    if self.peek()? == b'}' {
                        self.bump();
                        return Some(());
                    }
                    let line = self.line;
                    let key = self.string()?;
                    let child = at.join(key.as_str());
                    seen.push((child.as_str().to_owned(), line));
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
                seen.push((at.as_str().to_owned(), self.line));
                self.bump();
                let mut n = 0usize;
                loop {
                    self.ws();
                    if self.peek()? == b']' {
                        self.bump();
                        return Some(());
                    }
                    let child = at.join(n);
                    seen.push((child.as_str().to_owned(), self.line));
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
                    seen.push((String::new(), self.line));
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
    use super::lines;

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
}
