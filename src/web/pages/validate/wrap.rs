//! How the editor's lines wrap, so the gutter can number logical lines beside wrapped text and a
//! jump can scroll to a line: the visual rows before each logical line.
//!
//! The textarea wraps with `white-space: break-spaces` and `word-break: break-all` in a
//! monospace font, so a line of printable ASCII takes exactly `ceil(len / cols)` rows (at least
//! one): every character is one column wide, any character may end a row, and spaces wrap like
//! the rest instead of hanging past the edge. That arithmetic runs on a megabyte in about a
//! millisecond, so the gutter follows every keystroke. Lines with other characters (wide
//! scripts, emoji, tabs) are measured by the browser in a hidden copy of the editor, once per
//! distinct line and width, and cached.

/// Rows of a line the arithmetic covers, or `None` when the browser must measure it.
pub fn rows_of(line: &str, cols: usize) -> Option<u32> {
    if !line.bytes().all(|b| (0x20..0x7f).contains(&b)) {
        return None;
    }
    let rows = line.len().div_ceil(cols.max(1)).max(1);
    Some(u32::try_from(rows).unwrap_or(u32::MAX))
}

/// The distinct lines of `text` the arithmetic does not cover and `known` does not have.
pub fn unmeasured(text: &str, cols: usize, known: impl Fn(&str) -> bool) -> Vec<&str> {
    let mut out: Vec<&str> =
        text.split('\n').filter(|l| rows_of(l, cols).is_none() && !known(l)).collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// The wrapped layout of a text: the first row of each logical line, and the total.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Wrap {
    /// `starts[i]` is the row line `i` (0-based) starts on; the last entry is the row count.
    starts: Vec<u32>,
}

impl Wrap {
    /// The layout of `text` at `cols` columns; `measured` gives the rows of lines the arithmetic
    /// does not cover (a line it has no figure for is estimated by its characters).
    pub fn new(text: &str, cols: usize, measured: impl Fn(&str) -> Option<u32>) -> Wrap {
        let mut starts = Vec::with_capacity(text.len() / 24 + 2);
        let mut row = 0u32;
        for line in text.split('\n') {
            starts.push(row);
            let rows = rows_of(line, cols).or_else(|| measured(line)).unwrap_or_else(|| {
                let n = line.chars().count().div_ceil(cols.max(1)).max(1);
                u32::try_from(n).unwrap_or(u32::MAX)
            });
            row = row.saturating_add(rows);
        }
        starts.push(row);
        Wrap { starts }
    }

    /// How many logical lines.
    pub fn lines(&self) -> usize {
        self.starts.len().saturating_sub(1)
    }

    /// How many rows in all.
    pub fn rows(&self) -> u32 {
        self.starts.last().copied().unwrap_or(0)
    }

    /// The row 0-based `line` starts on (the end for a line past the last).
    pub fn top(&self, line: usize) -> u32 {
        self.starts.get(line).copied().unwrap_or_else(|| self.rows())
    }

    /// How many rows 0-based `line` takes.
    pub fn height(&self, line: usize) -> u32 {
        self.top(line + 1).saturating_sub(self.top(line))
    }

    /// The 0-based line that row `row` belongs to.
    pub fn line_at(&self, row: u32) -> usize {
        self.starts
            .partition_point(|s| *s <= row)
            .saturating_sub(1)
            .min(self.lines().saturating_sub(1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_lines_wrap_by_arithmetic_and_others_are_measured() {
        assert_eq!(rows_of("", 10), Some(1));
        assert_eq!(rows_of("0123456789", 10), Some(1));
        assert_eq!(rows_of("0123456789a", 10), Some(2));
        assert_eq!(rows_of("\t{", 10), None);
        assert_eq!(rows_of("\"é\"", 10), None);
        let text = "ab\n한국어\nab\n한국어\n😀";
        assert_eq!(unmeasured(text, 10, |l| l == "😀"), ["한국어"]);
    }

    #[test]
    fn rows_lines_and_back() {
        let text = format!("{{\n{}\n\"é\"\n}}", "x".repeat(25));
        let w = Wrap::new(&text, 10, |l| (l == "\"é\"").then_some(2));
        assert_eq!((w.lines(), w.rows()), (4, 1 + 3 + 2 + 1));
        assert_eq!((w.top(0), w.top(1), w.top(2), w.top(3), w.top(9)), (0, 1, 4, 6, 7));
        assert_eq!((w.height(1), w.height(2)), (3, 2));
        let at: Vec<usize> = (0..8).map(|r| w.line_at(r)).collect();
        assert_eq!(at, [0, 1, 1, 1, 2, 2, 3, 3], "a row past the end belongs to the last line");
        assert_eq!(Wrap::new("", 10, |_| None).lines(), 1);
        assert_eq!(Wrap::new("한", 10, |_| None).rows(), 1, "unmeasured: estimated");
    }
}
