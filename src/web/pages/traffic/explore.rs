//! The explorable's arithmetic over a finished run: how many runs fall in a band of shares, where
//! the middle 95 % of runs fell, a guessed range scored against that run-to-run spread, and the
//! sample-size curve. Plain functions of counts and numbers, tested natively.

use crate::traffic::stats;

/// Runs whose observed share `k / n` lies within `lo..=hi` percent. Compared as `100·k` against
/// `hi·n`, so a share exactly at an end (35 of 1,000 at 3.5 %) counts whatever the binary
/// fractions say.
pub fn in_band(counts: &[u64], n: u64, lo: f64, hi: f64) -> u64 {
    let n = n as f64;
    let slack = |v: f64| v.abs() * 1e-12;
    counts
        .iter()
        .filter(|k| {
            let x = **k as f64 * 100.0;
            x >= lo * n - slack(lo * n) && x <= hi * n + slack(hi * n)
        })
        .count() as u64
}

/// The shares (fractions of 1) between which the middle 95 % of runs fell: the 2.5th and the
/// 97.5th percentile of the runs' counts.
pub fn middle95(counts: &[u64], n: u64) -> Option<(f64, f64)> {
    if counts.is_empty() || n == 0 {
        return None;
    }
    let mut sorted = counts.to_vec();
    sorted.sort_unstable();
    let last = (sorted.len() - 1) as f64;
    let at = |q: f64| sorted.get((q * last).round() as usize).copied().unwrap_or(0);
    Some((at(0.025) as f64 / n as f64, at(0.975) as f64 / n as f64))
}

/// How a guessed range compares with the run-to-run spread.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Verdict {
    /// It held fewer than 90 % of runs: narrower than the spread.
    Narrow,
    /// It held nearly every run and is half again as wide as the middle 95 %.
    Wide,
    /// About as wide as the spread.
    Good,
}

/// A guessed range (percent) scored against the runs: runs inside, and the verdict.
pub fn score(counts: &[u64], n: u64, (lo, hi): (f64, f64)) -> Option<(u64, Verdict)> {
    let (s_lo, s_hi) = middle95(counts, n)?;
    let inside = in_band(counts, n, lo, hi);
    let held = inside as f64 / counts.len() as f64;
    let verdict = if held < 0.9 {
        Verdict::Narrow
    } else if held >= 0.995 && (hi - lo) / 100.0 > 1.5 * (s_hi - s_lo).max(1.0 / n as f64) {
        Verdict::Wide
    } else {
        Verdict::Good
    };
    Some((inside, verdict))
}

/// The sample-size curve at a baseline stage error rate `stage` (fraction of 1) with a share `w`
/// on the canary: `(increase in percentage points, requests that must arrive)` for increases up
/// to about twice the reader's own (`mine`, percentage points) or the baseline, whichever is
/// larger. Empty when the question has no answer (no share on the canary, levels out of range).
pub fn curve(stage: f64, mine: f64, w: f64, alpha: f64, power: f64) -> Vec<(f64, f64)> {
    let top = (2.0 * mine / 100.0).max(stage).min((1.0 - stage) * 0.95);
    if top.is_nan() || top <= 0.0 {
        return Vec::new();
    }
    (1..=48)
        .filter_map(|i| {
            let d = top * f64::from(i) / 48.0;
            let s = stats::sample_size(stage, stage + d, w, alpha, power)?;
            Some((d * 100.0, s.total))
        })
        .collect()
}

/// Seconds in the unit a reader would use: `(template key, amount as shown)`; the page fills the
/// unit's template in its language.
pub fn duration(secs: f64) -> (Unit, String) {
    use crate::web::format::number;
    if secs < 120.0 {
        (Unit::Seconds, number(secs.round(), 3))
    } else if secs < 7200.0 {
        (Unit::Minutes, number((secs / 60.0).round(), 3))
    } else if secs < 172_800.0 {
        (Unit::Hours, number(secs / 3600.0, 2))
    } else {
        (Unit::Days, number(secs / 86_400.0, 2))
    }
}

/// A unit of time.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Unit {
    /// s
    Seconds,
    /// min
    Minutes,
    /// h
    Hours,
    /// days
    Days,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_band_counts_runs_at_its_ends() {
        let counts = [30, 35, 36, 50, 65, 70];
        assert_eq!(in_band(&counts, 1000, 0.0, 3.5), 2);
        assert_eq!(in_band(&counts, 1000, 3.5, 6.5), 4);
        assert_eq!(in_band(&counts, 1000, 6.6, 100.0), 1);
        assert_eq!(in_band(&[], 1000, 0.0, 100.0), 0);
    }

    #[test]
    fn the_middle_95_and_a_guess_against_it() {
        let counts: Vec<u64> = (0..=100).map(|i| 30 + i * 40 / 100).collect(); // 3 % .. 7 %
        let (lo, hi) = middle95(&counts, 1000).unwrap();
        assert!((lo - 0.031).abs() < 1e-9 && (hi - 0.069).abs() < 1e-9, "{lo} {hi}");
        assert_eq!(score(&counts, 1000, (4.9, 5.1)).unwrap().1, Verdict::Narrow);
        assert_eq!(score(&counts, 1000, (3.0, 7.0)).unwrap(), (101, Verdict::Good));
        assert_eq!(score(&counts, 1000, (0.0, 20.0)).unwrap().1, Verdict::Wide);
        assert_eq!(middle95(&[], 1000), None);
    }

    #[test]
    fn the_curve_falls_as_the_increase_grows() {
        let c = curve(0.01, 1.0, 0.05, 0.05, 0.8);
        assert_eq!(c.len(), 48);
        assert!(c.windows(2).all(|p| p[1].1 < p[0].1), "fewer requests for larger increases");
        let (x, _) = c.last().unwrap();
        assert!((x - 2.0).abs() < 1e-9);
        // At +1 point (2 % against 1 %), 5 % on the canary: the engine's own sample size.
        let one = c.iter().find(|(x, _)| (x - 1.0).abs() < 1e-9).unwrap().1;
        let direct = stats::sample_size(0.01, 0.02, 0.05, 0.05, 0.8).unwrap().total;
        assert_eq!(one, direct);
        assert!(curve(0.01, 1.0, 0.0, 0.05, 0.8).is_empty());
    }

    #[test]
    fn durations_pick_their_unit() {
        assert_eq!(duration(59.6), (Unit::Seconds, "60".into()));
        assert_eq!(duration(600.0), (Unit::Minutes, "10".into()));
        assert_eq!(duration(9000.0), (Unit::Hours, "2.5".into()));
        assert_eq!(duration(259_200.0), (Unit::Days, "3".into()));
    }
}
