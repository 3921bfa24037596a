//! `canarylab explain [CODE]`: what a diagnostic code means, from the one table of codes
//! ([`Code`]); without a code, every code, one a line.

use std::fmt::Write as _;

use super::{Arg, Args, Host, Outcome, is_help};
use crate::code::Code;
use crate::i18n::{Lang, describe};

pub(super) const USAGE: &str = "explain [CODE] [--lang en|ko]";

/// How many near codes an unknown code's error names at most.
const NEAR: usize = 5;

pub(super) fn explain(mut p: Args, _: &mut dyn Host) -> Result<Outcome, String> {
    let mut code = None;
    while let Some(arg) = p.next()? {
        match arg {
            Arg::Opt(o) if is_help(&o) => {
                return Ok(Outcome::ok(
                    "Usage: canarylab explain [CODE] [--lang en|ko]\n\n\
                     Prints what a diagnostic code means: its name, severity and description.\n\
                     Without CODE, lists every code, one a line. --lang ko: the descriptions and\n\
                     labels in Korean (names and severities stay as they are).\n\
                     Exit: 0 done, 2 usage error or unknown code.\n"
                        .to_owned(),
                ));
            }
            Arg::Value(v) if code.is_none() => code = Some(v),
            other => return Err(other.unexpected()),
        }
    }
    let lang = p.lang;
    let Some(name) = code else { return Ok(Outcome::ok(list(lang))) };
    let Some(code) = Code::from_name(&name) else { return Err(unknown(&name)) };
    Ok(Outcome::ok(card(code, lang)))
}

/// One code: its name, severity and description under labels of `lang`, the values aligned.
fn card(code: Code, lang: Lang) -> String {
    let w = lang.words();
    let labels = [w.code, w.severity, w.description];
    // Hangul takes two columns in a terminal: align on the labels' display width.
    let width = |s: &str| s.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum::<usize>();
    let widest = labels.iter().map(|l| width(l)).max().unwrap_or(0);
    let values = [code.name(), code.severity().as_str(), describe(code, lang)];
    labels
        .iter()
        .zip(values)
        .map(|(label, value)| {
            let pad = " ".repeat(widest - width(label) + 1);
            format!("{label}:{pad}{value}\n")
        })
        .collect()
}

/// Every code, one a line: name, severity, description (in `lang`), in columns.
fn list(lang: Lang) -> String {
    let width = Code::ALL.iter().map(|c| c.name().len()).max().unwrap_or(0);
    let mut out = String::new();
    for c in Code::ALL {
        let (name, severity) = (c.name(), c.severity().as_str());
        let _ = writeln!(out, "{name:<width$}  {severity:<7}  {}", describe(*c, lang));
    }
    out
}

/// The error for a name that is no code, naming the codes near it.
fn unknown(name: &str) -> String {
    match near(name).as_slice() {
        [] => format!("unknown code '{name}': `canarylab explain` lists every code"),
        [one] => format!("unknown code '{name}': did you mean {one}?"),
        [most @ .., last] => {
            format!("unknown code '{name}': did you mean {} or {last}?", most.join(", "))
        }
    }
}

/// The codes near `name`, nearest first: those within a small edit distance (case aside), and
/// those whose name holds it (`percent-traffic`, `ncp.docs`).
fn near(name: &str) -> Vec<&'static str> {
    let want = name.to_ascii_lowercase();
    let mut scored: Vec<(usize, &'static str)> = Code::ALL
        .iter()
        .map(|c| (strsim::levenshtein(&want, c.name()), c.name()))
        .filter(|(d, n)| *d <= 2 + want.len() / 8 || (want.len() >= 3 && n.contains(&want)))
        .collect();
    scored.sort_unstable();
    scored.into_iter().take(NEAR).map(|(_, n)| n).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn near_codes_come_nearest_first() {
        assert_eq!(near("aws.patch.pth").first(), Some(&"aws.patch.path"));
        assert_eq!(near("AWS.PATCH.PATH"), ["aws.patch.path"]);
        assert_eq!(near("ncp.docs").len(), NEAR);
        assert!(near("ncp.docs").iter().all(|n| n.starts_with("ncp.docs.")));
        assert_eq!(near("frobnicate"), Vec::<&str>::new());
        assert_eq!(unknown("param.typo"), "unknown code 'param.typo': did you mean param.type?");
    }

    #[test]
    fn the_list_has_every_code_once() {
        let list = list(Lang::En);
        assert_eq!(list.lines().count(), Code::ALL.len());
        for (line, c) in list.lines().zip(Code::ALL) {
            assert!(line.starts_with(c.name()) && line.ends_with(c.description()), "{line}");
        }
        let ko = super::list(Lang::Ko);
        for (line, c) in ko.lines().zip(Code::ALL) {
            assert!(line.ends_with(describe(*c, Lang::Ko)), "{line}");
        }
    }

    #[test]
    fn a_card_aligns_its_values_in_either_language() {
        assert_eq!(
            card(Code::ParamType, Lang::En),
            "code:        param.type\nseverity:    error\ndescription: a parameter has the wrong JSON type\n"
        );
        assert_eq!(
            card(Code::ParamType, Lang::Ko),
            "코드:   param.type\n심각도: error\n설명:   파라미터의 JSON 타입이 잘못되었습니다\n"
        );
    }
}
