//! A diff of two pretty-printed JSON texts (longest common subsequence over lines) for the
//! Lifecycle and Learn pages: the stage after a step against the stage before it.
//!
//! Lines are compared by what they say, not how they end: `"a": 1,` and `"a": 1` are the same
//! member, so a member added after the last one does not show its neighbour as removed and added
//! again because it gained a comma. [`hunks`] keeps only the changed lines with a few lines of
//! context around each, so a one-member change in a long stage is not lost in the rest. Stages
//! print as a few dozen lines, so the O(n·m) table is tiny.

/// One line of a diff.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Line<'a> {
    /// In both (as the new text writes it).
    Same(&'a str),
    /// Only in the new text.
    Added(&'a str),
    /// Only in the old text.
    Removed(&'a str),
}

/// A row of a diff with its unchanged stretches folded: a line, or how many lines are hidden.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Row<'a> {
    /// A line shown.
    Line(Line<'a>),
    /// So many unchanged lines not shown.
    Skipped(usize),
}

/// What a line says, without the separator pretty-printed JSON puts after all but the last
/// member of an object or array.
fn value_of(line: &str) -> &str {
    let t = line.trim_end();
    t.strip_suffix(',').unwrap_or(t)
}

/// The lines of `old` and `new`, in order, each marked same, added or removed (compared by
/// [`value_of`]).
pub fn lines<'a>(old: &'a str, new: &'a str) -> Vec<Line<'a>> {
    let a: Vec<&str> = old.lines().collect();
    let b: Vec<&str> = new.lines().collect();
    let ka: Vec<&str> = a.iter().map(|l| value_of(l)).collect();
    let kb: Vec<&str> = b.iter().map(|l| value_of(l)).collect();
    let (n, m) = (a.len(), b.len());
    // lcs[i][j] = LCS length of a[i..] and b[j..], flattened.
    let w = m + 1;
    let mut lcs = vec![0u32; (n + 1) * w];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            let v = if ka.get(i) == kb.get(j) {
                lcs.get((i + 1) * w + j + 1).copied().unwrap_or(0) + 1
            } else {
                let down = lcs.get((i + 1) * w + j).copied().unwrap_or(0);
                let right = lcs.get(i * w + j + 1).copied().unwrap_or(0);
                down.max(right)
            };
            if let Some(cell) = lcs.get_mut(i * w + j) {
                *cell = v;
            }
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut out = Vec::with_capacity(n.max(m));
    while i < n || j < m {
        match (a.get(i), b.get(j)) {
            (Some(_), Some(y)) if ka.get(i) == kb.get(j) => {
                out.push(Line::Same(y));
                i += 1;
                j += 1;
            }
            (Some(x), Some(y)) => {
                let down = lcs.get((i + 1) * w + j).copied().unwrap_or(0);
                let right = lcs.get(i * w + j + 1).copied().unwrap_or(0);
                if down >= right {
                    out.push(Line::Removed(x));
                    i += 1;
                } else {
                    out.push(Line::Added(y));
                    j += 1;
                }
            }
            (Some(x), None) => {
                out.push(Line::Removed(x));
                i += 1;
            }
            (None, Some(y)) => {
                out.push(Line::Added(y));
                j += 1;
            }
            (None, None) => break,
        }
    }
    out
}

/// `diff` with only the changed lines and `context` unchanged lines before and after each; the
/// unchanged lines between are one [`Row::Skipped`]. No change at all gives no rows.
pub fn hunks<'a>(diff: &[Line<'a>], context: usize) -> Vec<Row<'a>> {
    let changed: Vec<usize> = (diff.iter().enumerate())
        .filter(|(_, l)| !matches!(l, Line::Same(_)))
        .map(|(i, _)| i)
        .collect();
    if changed.is_empty() {
        return Vec::new();
    }
    let near = |i: usize| {
        let from = changed.partition_point(|&c| c + context < i);
        changed.get(from).is_some_and(|&c| c <= i + context)
    };
    let mut out = Vec::new();
    let mut skipped = 0;
    for (i, line) in diff.iter().enumerate() {
        if near(i) {
            if skipped > 0 {
                out.push(Row::Skipped(skipped));
                skipped = 0;
            }
            out.push(Row::Line(line.clone()));
        } else {
            skipped += 1;
        }
    }
    if skipped > 0 {
        out.push(Row::Skipped(skipped));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{Line, Row, hunks, lines};

    #[test]
    fn marks_changed_lines() {
        let d = lines("a\nb\nc", "a\nx\nc\nd");
        assert_eq!(
            d,
            [
                Line::Same("a"),
                Line::Removed("b"),
                Line::Added("x"),
                Line::Same("c"),
                Line::Added("d")
            ]
        );
        assert_eq!(lines("", "z"), [Line::Added("z")]);
    }

    #[test]
    fn a_member_added_last_does_not_redraw_its_neighbour() {
        let old = "{\n  \"a\": 1,\n  \"b\": 2\n}";
        let new = "{\n  \"a\": 1,\n  \"b\": 2,\n  \"c\": 3\n}";
        assert_eq!(
            lines(old, new),
            [
                Line::Same("{"),
                Line::Same("  \"a\": 1,"),
                Line::Same("  \"b\": 2,"),
                Line::Added("  \"c\": 3"),
                Line::Same("}")
            ]
        );
        // And removed last: the neighbour loses its comma, nothing else.
        let back = lines(new, old);
        assert_eq!(back.iter().filter(|l| !matches!(l, Line::Same(_))).count(), 1);
        assert_eq!(back.get(3), Some(&Line::Removed("  \"c\": 3")));
    }

    #[test]
    fn a_changed_value_deep_in_a_stage_shows_with_its_context_only() {
        let stage = |percent: &str| {
            let v = serde_json::json!({
                "stageName": "prod", "deploymentId": "d1",
                "variables": {"a": "1", "b": "2", "c": "3", "d": "4"},
                "canarySettings": {"deploymentId": "d2", "percentTraffic": percent.parse::<f64>().unwrap_or(0.0),
                                   "useStageCache": false},
                "tracingEnabled": false, "cacheClusterEnabled": false,
            });
            crate::doc::pretty(&v)
        };
        let (old, new) = (stage("10"), stage("50"));
        let rows = hunks(&lines(&old, &new), 2);
        let shown: Vec<String> = rows
            .iter()
            .map(|r| match r {
                Row::Line(Line::Same(t)) => format!("  {}", t.trim()),
                Row::Line(Line::Added(t)) => format!("+ {}", t.trim()),
                Row::Line(Line::Removed(t)) => format!("- {}", t.trim()),
                Row::Skipped(n) => format!("… {n}"),
            })
            .collect();
        assert_eq!(
            shown,
            [
                "… 9",
                "  \"canarySettings\": {",
                "  \"deploymentId\": \"d2\",",
                "- \"percentTraffic\": 10.0,",
                "+ \"percentTraffic\": 50.0,",
                "  \"useStageCache\": false",
                "  },",
                "… 3"
            ]
        );
        assert_eq!(hunks(&lines(&old, &old), 2), []);
    }

    #[test]
    fn nearby_changes_share_one_hunk() {
        let d = lines("a\nb\nc\nd\ne\nf\ng", "A\nb\nc\nD\ne\nf\ng");
        let rows = hunks(&d, 1);
        assert_eq!(rows.iter().filter(|r| matches!(r, Row::Skipped(_))).count(), 1);
        assert_eq!(rows.last(), Some(&Row::Skipped(2)));
    }
}
