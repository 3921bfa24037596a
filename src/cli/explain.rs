//! `canarylab explain [CODE]`: what a diagnostic code means, from the one table of codes
//! ([`Code`]); without a code, every code, one a line.

use std::fmt::Write as _;

use super::{Arg, Args, Host, Outcome, is_help};
use crate::code::Code;
use crate::i18n::{Lang, Msg, describe};

pub(super) const USAGE: &str = "explain [CODE] [--lang en|ko]";

/// How many near codes an unknown code's error names at most.
const NEAR: usize = 5;

pub(super) fn explain(mut p: Args, _: &mut dyn Host) -> Result<Outcome, Msg> {
    let mut code = None;
    while let Some(arg) = p.next()? {
        match arg {
            Arg::Opt(o) if is_help(&o) => {
                let usage = Msg::UsageLine { usage: USAGE.to_owned() }.render(p.lang);
                return Ok(Outcome::ok(usage + &Msg::HelpExplain.render(p.lang)));
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
fn unknown(name: &str) -> Msg {
    Msg::UnknownCode { name: name.to_owned(), near: near(name).join(", ") }
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
        let said = |name: &str, lang| unknown(name).render(lang);
        assert_eq!(
            said("param.typo", Lang::En),
            "unknown code 'param.typo': did you mean param.type?"
        );
        assert_eq!(
            said("ncp.endpoint", Lang::En),
            "unknown code 'ncp.endpoint': did you mean ncp.endpoint.length or ncp.endpoint.pattern?"
        );
        assert_eq!(
            said("param.typo", Lang::Ko),
            "알 수 없는 코드입니다: 'param.typo'. 이 코드를 찾으셨습니까? param.type"
        );
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
