//! Numbers for people, the same in every language: thousands separated by commas (`84,000,000`),
//! as many digits as the number can mean (`0.811`, not `0.8112800499082532`), and never `inf`,
//! `NaN` or a 309-digit integer. Plain functions of plain numbers, so any page can use them and
//! they are tested natively.

/// What a number that cannot be shown (not finite) shows instead.
pub const NOT_A_NUMBER: &str = "—";

/// A whole number with thousands separators: `1,000,000`.
pub fn int(n: u64) -> String {
    crate::traffic::config::group(n)
}

/// `x` rounded to a whole number, with thousands separators and its sign: `-1,235`.
pub fn whole(x: f64) -> String {
    if !x.is_finite() {
        return NOT_A_NUMBER.to_owned();
    }
    let r = x.round();
    // Past 2^64 there are no more whole numbers to separate: show the magnitude.
    if r.abs() >= 1.8e19 {
        return format!("{r:.3e}");
    }
    let sign = if r < 0.0 { "-" } else { "" };
    format!("{sign}{}", int(r.abs() as u64))
}

/// `x` with `digits` significant digits (at least one decimal kept below 10), trailing zeros
/// dropped, thousands separated: `0.811`, `12.5`, `1,234`, `0.00042`.
pub fn number(x: f64, digits: u32) -> String {
    if !x.is_finite() {
        return NOT_A_NUMBER.to_owned();
    }
    if x == 0.0 {
        return "0".to_owned();
    }
    let magnitude = libm::floor(libm::log10(x.abs())) as i32;
    let decimals = (digits as i32 - 1 - magnitude).clamp(0, 12) as usize;
    if decimals == 0 {
        return whole(x);
    }
    let text = format!("{:.*}", decimals, x.abs());
    let text = text.trim_end_matches('0').trim_end_matches('.');
    let (int_part, frac) = text.split_once('.').unwrap_or((text, ""));
    let grouped = int_part.parse::<u64>().map(int).unwrap_or_else(|_| int_part.to_owned());
    let sign =
        if x < 0.0 && text.bytes().any(|b| b.is_ascii_digit() && b != b'0') { "-" } else { "" };
    if frac.is_empty() { format!("{sign}{grouped}") } else { format!("{sign}{grouped}.{frac}") }
}

/// A fraction of 1 as a percent with sensible digits and a space before the sign: `5 %`,
/// `4.6 %`, `0.35 %`, `12.5 %`. Three significant digits, at most two decimals from 1 % up.
pub fn percent(fraction: f64) -> String {
    let p = fraction * 100.0;
    if !p.is_finite() {
        return NOT_A_NUMBER.to_owned();
    }
    let digits = if p.abs() >= 1.0 { 3 } else { 2 };
    format!("{} %", number(p, digits))
}

/// A share on a scale whose steps are `step` apart (both fractions of 1): a chart's ticks, an
/// interval's ends. As many decimals as the step needs, so two neighbours never read the same
/// (at 10^12 requests a run's spread is a millionth of a percent, and `5 %` at every tick would
/// say nothing); otherwise as [`percent`].
pub fn percent_at(fraction: f64, step: f64) -> String {
    let (p, s) = (fraction * 100.0, (step * 100.0).abs());
    if !p.is_finite() {
        return NOT_A_NUMBER.to_owned();
    }
    if !(s.is_finite() && s > 0.0) || s >= 0.1 {
        return percent(fraction);
    }
    let decimals = (-libm::floor(libm::log10(s) + 1e-9)).clamp(0.0, 12.0) as usize;
    let text = format!("{p:.decimals$}");
    format!("{} %", text.trim_end_matches('0').trim_end_matches('.'))
}

/// A percent that was typed or configured (`5`, `12.5`): shown as given, without float noise.
pub fn percent_value(p: f64) -> String {
    format!("{} %", number(p, 6))
}

/// A share `k / n` as a percent with the digits `n` can resolve: 1,000 requests resolve 0.1 %,
/// so `46 / 1,000` is `4.6 %`; at most four decimals.
pub fn share(k: u64, n: u64) -> String {
    if n == 0 {
        return NOT_A_NUMBER.to_owned();
    }
    let p = k as f64 / n as f64 * 100.0;
    // 100 / n is the step between two shares; one decimal per factor of ten below 1 %.
    let step = 100.0 / n as f64;
    let decimals = (-libm::floor(libm::log10(step))).clamp(0.0, 4.0) as usize;
    let text = format!("{p:.decimals$}");
    let text =
        if text.contains('.') { text.trim_end_matches('0').trim_end_matches('.') } else { &text };
    format!("{text} %")
}

/// `text` as a number the way people type it: spaces and thousands commas ignored (`100,000`),
/// the exponent form accepted (`1e6`); `None` when it is not a finite number.
pub fn parse(text: &str) -> Option<f64> {
    let cleaned: String =
        text.chars().filter(|c| !matches!(c, ',' | '_' | ' ' | '\u{a0}')).collect();
    crate::doc::number(&cleaned)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_numbers_get_separators() {
        assert_eq!(int(0), "0");
        assert_eq!(int(84_000_000), "84,000,000");
        assert_eq!(int(10_000_000_000), "10,000,000,000");
        assert_eq!(whole(-1234.6), "-1,235");
        assert_eq!(whole(f64::INFINITY), NOT_A_NUMBER);
        assert_eq!(whole(1e308), "1.000e308");
    }

    #[test]
    fn numbers_keep_the_digits_that_mean_something() {
        assert_eq!(number(0.811_280_049_908_253_2, 3), "0.811");
        assert_eq!(number(12.5, 3), "12.5");
        assert_eq!(number(12.0, 3), "12");
        assert_eq!(number(1234.567, 3), "1,235");
        assert_eq!(number(0.000_421_9, 2), "0.00042");
        assert_eq!(number(-0.25, 3), "-0.25");
        assert_eq!(number(0.0, 3), "0");
        assert_eq!(number(f64::NAN, 3), NOT_A_NUMBER);
    }

    #[test]
    fn percents_for_people() {
        assert_eq!(percent(0.05), "5 %");
        assert_eq!(percent(0.046), "4.6 %");
        assert_eq!(percent(0.003_512), "0.35 %");
        assert_eq!(percent(0.125), "12.5 %");
        assert_eq!(percent(0.999_99), "100 %");
        assert_eq!(percent(f64::MAX), NOT_A_NUMBER);
        assert_eq!(percent_value(5.0), "5 %");
        assert_eq!(percent_value(12.5), "12.5 %");
        assert_eq!(percent_value(0.1 + 0.2), "0.3 %");
    }

    #[test]
    fn shares_show_what_the_count_resolves() {
        assert_eq!(share(46, 1_000), "4.6 %");
        assert_eq!(share(50, 1_000), "5 %");
        assert_eq!(share(4_987, 100_000), "4.987 %");
        assert_eq!(share(3, 7), "43 %");
        assert_eq!(share(84_000_000, 10_000_000_000), "0.84 %");
        assert_eq!(share(1, 0), NOT_A_NUMBER);
    }

    #[test]
    fn typed_numbers_read_as_people_write_them() {
        assert_eq!(parse("100,000"), Some(100_000.0));
        assert_eq!(parse(" 1e6 "), Some(1e6));
        assert_eq!(parse("3.5"), Some(3.5));
        assert_eq!(parse("ten"), None);
        assert_eq!(parse("inf"), None);
        assert_eq!(parse("1e309"), None);
        assert_eq!(parse(""), None);
    }

    #[test]
    fn shares_on_a_fine_scale_keep_the_digits_that_tell_them_apart() {
        assert_eq!(percent_at(0.05, 0.01), "5 %");
        assert_eq!(percent_at(0.050_000_002, 0.000_000_001), "5.0000002 %");
        assert_eq!(percent_at(0.0499, 0.0001), "4.99 %");
        let ticks: Vec<String> =
            [0.049_999_9, 0.05, 0.050_000_1].iter().map(|t| percent_at(*t, 0.000_000_1)).collect();
        assert_eq!(ticks, ["4.99999 %", "5 %", "5.00001 %"]);
        assert_eq!(percent_at(f64::NAN, 0.1), percent(f64::NAN));
    }
}
