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
/// `2026-01-01T00:00:00+00:00`. The calendar arithmetic is Howard Hinnant's `civil_from_days`
/// and `days_from_civil`: UTC with no leap seconds needs nothing more.
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

/// Why a text is not a UTC time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum DateError {
    /// Not `YYYY-MM-DDTHH:MM:SS` (digits and separators exactly so) followed by `Z` or `+00:00`.
    Shape,
    /// A month outside 01 to 12.
    Month(u32),
    /// A day the month does not have (day 00, 2026-02-29, 2026-04-31, ...).
    Day {
        /// The year.
        year: u32,
        /// The month, 1 to 12.
        month: u32,
        /// The day as written.
        day: u32,
    },
    /// An hour past 23.
    Hour(u32),
    /// A minute past 59.
    Minute(u32),
    /// A second past 59: epoch seconds count no leap seconds.
    Second(u32),
}

impl std::fmt::Display for DateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            DateError::Shape => f.write_str("the text is not YYYY-MM-DDTHH:MM:SS followed by Z"),
            DateError::Month(m) => write!(f, "there is no month {m:02}"),
            DateError::Day { year, month, day } => write!(
                f,
                "{year:04}-{month:02} has no day {day:02}: it has {} days",
                days_in_month(year, month)
            ),
            DateError::Hour(h) => write!(f, "there is no hour {h:02}: hours run from 00 to 23"),
            DateError::Minute(m) => {
                write!(f, "there is no minute {m:02}: minutes run from 00 to 59")
            }
            DateError::Second(s) => write!(
                f,
                "there is no second {s:02}: seconds run from 00 to 59 (leap seconds are not counted)"
            ),
        }
    }
}

impl std::error::Error for DateError {}

/// Parses `YYYY-MM-DDTHH:MM:SS` followed by `Z` or `+00:00` into epoch seconds. Only real
/// calendar times parse: `2026-02-29` is refused (2026 is not a leap year), `2028-02-29` is not.
pub fn parse_iso8601(text: &str) -> Result<i64, DateError> {
    let core = text.strip_suffix('Z').or_else(|| text.strip_suffix("+00:00")).unwrap_or("");
    let sep = |at: usize, c: u8| core.as_bytes().get(at) == Some(&c);
    let shaped = core.len() == 19
        && sep(4, b'-')
        && sep(7, b'-')
        && sep(10, b'T')
        && sep(13, b':')
        && sep(16, b':');
    let digits = |from: usize, to: usize| {
        core.get(from..to)
            .filter(|d| d.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|d| d.parse::<u32>().ok())
    };
    let fields = [(0, 4), (5, 7), (8, 10), (11, 13), (14, 16), (17, 19)].map(|(a, b)| digits(a, b));
    let ([Some(y), Some(m), Some(d), Some(hh), Some(mm), Some(ss)], true) = (fields, shaped) else {
        return Err(DateError::Shape);
    };
    if !(1..=12).contains(&m) {
        return Err(DateError::Month(m));
    }
    if d == 0 || d > days_in_month(y, m) {
        return Err(DateError::Day { year: y, month: m, day: d });
    }
    if hh > 23 {
        return Err(DateError::Hour(hh));
    }
    if mm > 59 {
        return Err(DateError::Minute(mm));
    }
    if ss > 59 {
        return Err(DateError::Second(ss));
    }
    let (y, m, d) = (i64::from(y), i64::from(m), i64::from(d));
    Ok(days_from_civil(y, m, d) * 86_400 + i64::from(hh * 3600 + mm * 60 + ss))
}

/// The days of a month of the Gregorian calendar (`month` 1 to 12).
fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        _ => 31,
    }
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
            assert_eq!(parse_iso8601(&iso8601(s)), Ok(s));
            assert_eq!(parse_iso8601(&iso8601_z(s)), Ok(s));
        }
        assert_eq!(iso8601_z(Clock::DEFAULT_START), "2026-01-01T00:00:00Z");
    }

    /// Only real calendar times parse, and a refusal names what is wrong.
    #[test]
    fn only_real_calendar_times_parse() {
        use DateError::{Day, Hour, Minute, Month, Second, Shape};
        let day = |year, month, day| Err(Day { year, month, day });
        let cases: &[(&str, Result<i64, DateError>)] = &[
            ("2026-01-01T00:00:00Z", Ok(Clock::DEFAULT_START)),
            ("2026-01-01T00:00:00+00:00", Ok(Clock::DEFAULT_START)),
            ("2026-12-31T23:59:59Z", Ok(1_798_761_599)),
            ("2028-02-29T00:00:00Z", Ok(1_835_395_200)),
            ("2000-02-29T00:00:00Z", Ok(951_782_400)),
            ("1970-01-01T00:00:00Z", Ok(0)),
            ("2026-02-29T00:00:00Z", day(2026, 2, 29)),
            ("1900-02-29T00:00:00Z", day(1900, 2, 29)),
            ("2026-02-31T00:00:00Z", day(2026, 2, 31)),
            ("2026-04-31T00:00:00Z", day(2026, 4, 31)),
            ("2026-01-32T00:00:00Z", day(2026, 1, 32)),
            ("2026-01-00T00:00:00Z", day(2026, 1, 0)),
            ("2026-13-01T00:00:00Z", Err(Month(13))),
            ("2026-00-01T00:00:00Z", Err(Month(0))),
            ("2026-01-01T24:00:00Z", Err(Hour(24))),
            ("2026-01-01T99:00:00Z", Err(Hour(99))),
            ("2026-01-01T23:60:00Z", Err(Minute(60))),
            ("2026-01-01T23:59:60Z", Err(Second(60))),
            ("2026-1-1T0:0:0Z", Err(Shape)),
            ("2026-01-01 00:00:00Z", Err(Shape)),
            ("2026-01-01t00:00:00Z", Err(Shape)),
            ("2026-01-01T00:00:00", Err(Shape)),
            ("2026-01-01T00:00:00+01:00", Err(Shape)),
            ("2026-01-01T00:00:00.5Z", Err(Shape)),
            ("+026-01-01T00:00:00Z", Err(Shape)),
            ("2026-01-+1T00:00:00Z", Err(Shape)),
            ("yesterday", Err(Shape)),
            ("", Err(Shape)),
        ];
        for (text, want) in cases {
            assert_eq!(&parse_iso8601(text), want, "{text}");
        }
        assert_eq!(
            parse_iso8601("2026-02-29T00:00:00Z").map_err(|e| e.to_string()),
            Err("2026-02 has no day 29: it has 28 days".to_owned())
        );
        assert_eq!(
            parse_iso8601("2026-13-01T00:00:00Z").map_err(|e| e.to_string()),
            Err("there is no month 13".to_owned())
        );
        assert_eq!(
            parse_iso8601("2026-01-01T24:00:00Z").map_err(|e| e.to_string()),
            Err("there is no hour 24: hours run from 00 to 23".to_owned())
        );
    }

    /// Ids are pinned (a scenario's output must not change between versions), shaped like AWS's
    /// deployment ids, and distinct over a long run.
    #[test]
    fn ids_are_pinned_and_distinct() {
        let first: Vec<String> = (0..4).map(|n| mint_id(n, 6)).collect();
        assert_eq!(first, ["hs8mqz", "fdz138", "wwohvt", "jz8fnn"]);
        assert_eq!(mint_id(0, 10), "hs8mqzu3kx");
        let ids: std::collections::HashSet<String> = (0..10_000).map(|n| mint_id(n, 6)).collect();
        assert_eq!(ids.len(), 10_000);
        assert!(ids.iter().all(|id| {
            id.len() == 6 && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        }));
    }
}
