//! A simulated clock and deterministic id minting, so simulated runs are reproducible: the core
//! never reads the real time.

/// Simulated UTC time in whole seconds since the Unix epoch; each call advances it by `step`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Clock {
    now: i64,
    step: i64,
}

impl Clock {
    /// 2026-01-01T00:00:00Z, advancing one second per call.
    pub const DEFAULT_START: i64 = 1_767_225_600;

    /// A clock at `start` (epoch seconds) that advances by `step` seconds per tick.
    pub fn new(start: i64, step: i64) -> Self {
        Clock { now: start, step }
    }

    /// Advances the clock and returns the new time.
    pub fn tick(&mut self) -> i64 {
        self.now = self.now.saturating_add(self.step);
        self.now
    }

    /// The current time.
    pub fn now(&self) -> i64 {
        self.now
    }
}

impl Default for Clock {
    fn default() -> Self {
        Clock::new(Clock::DEFAULT_START, 1)
    }
}

/// Formats epoch seconds as ISO 8601 UTC the way the AWS CLI prints dates:
/// `2026-01-01T00:00:00+00:00`. Hand-written (Howard Hinnant's civil-from-days) to keep date
/// crates out of the wasm builds.
pub fn iso8601(secs: i64) -> String {
    utc(secs, "+00:00")
}

/// Formats epoch seconds the way NCP's API prints dates: `2026-01-01T00:00:00Z`.
pub fn iso8601_z(secs: i64) -> String {
    utc(secs, "Z")
}

fn utc(secs: i64, zone: &str) -> String {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}{zone}", rem / 3600, rem % 3600 / 60, rem % 60)
}

/// Parses `YYYY-MM-DDTHH:MM:SS` followed by `Z` or `+00:00` into epoch seconds.
pub fn parse_iso8601(text: &str) -> Option<i64> {
    let core = text.strip_suffix('Z').or_else(|| text.strip_suffix("+00:00"))?;
    let (date, time) = core.split_once('T')?;
    let mut d = date.splitn(3, '-').map(|p| p.parse::<i64>().ok());
    let (y, m, day) = (d.next()??, d.next()??, d.next()??);
    let mut t = time.splitn(3, ':').map(|p| p.parse::<i64>().ok());
    let (hh, mm, ss) = (t.next()??, t.next()??, t.next()??);
    if !(1..=12).contains(&m)
        || !(1..=31).contains(&day)
        || hh > 23
        || mm > 59
        || ss > 60
        || hh < 0
        || mm < 0
        || ss < 0
    {
        return None;
    }
    Some(days_from_civil(y, m, day) * 86_400 + hh * 3600 + mm * 60 + ss)
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The `n`th id of a deterministic sequence of `len` lowercase alphanumerics, shaped like AWS's
/// deployment ids (`a1b2c3`). SplitMix64 scrambles the counter so ids look random but repeat
/// exactly from run to run.
pub fn mint_id(n: u64, len: usize) -> String {
    const ALPHABET: &[u8; 36] = b"abcdefghijklmnopqrstuvwxyz0123456789";
    let mut z = n.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^= z >> 31;
    let mut out = String::with_capacity(len);
    for _ in 0..len {
        out.push(char::from(ALPHABET.get((z % 36) as usize).copied().unwrap_or(b'a')));
        z /= 36;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_round_trip() {
        assert_eq!(iso8601(Clock::DEFAULT_START), "2026-01-01T00:00:00+00:00");
        assert_eq!(iso8601(951_782_400), "2000-02-29T00:00:00+00:00");
        for s in [0, 951_782_400, 1_767_225_600, 4_102_444_799] {
            assert_eq!(parse_iso8601(&iso8601(s)), Some(s));
        }
        assert_eq!(parse_iso8601("2026-01-01T00:00:00Z"), Some(Clock::DEFAULT_START));
        assert_eq!(iso8601_z(Clock::DEFAULT_START), "2026-01-01T00:00:00Z");
        assert_eq!(parse_iso8601("yesterday"), None);
    }

    #[test]
    fn ids_are_stable() {
        assert_eq!(mint_id(0, 6), mint_id(0, 6));
        assert_ne!(mint_id(0, 6), mint_id(1, 6));
        assert_eq!(mint_id(0, 6).len(), 6);
    }
}
