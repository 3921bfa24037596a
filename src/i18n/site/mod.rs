//! The site's words: every label, hint, explanation and caption the Yew pages show, as typed
//! tables, one struct per page ([`Site`] holds them all). Each language's values are one `const`
//! of these structs (`en::site::SITE`, `ko::site::SITE`), so a key missing in either language
//! does not compile, and the tests below fail on a Korean text left in English or a template
//! whose placeholders differ between the languages.
//!
//! Texts with parameters are templates: `{name}` marks a parameter, filled by [`fill`]. Inline
//! code is written between backticks; the site renders it as `<code>`. Texts that stand for what
//! AWS or NCP return are not here: they are the service's words, shown as the service writes them.
//!
//! The tables are plain data with no face's types, so they are tested natively with the rest of
//! the catalogue and the site only reads them.

pub mod common;
pub mod home;
pub mod judge;
pub mod learn;
pub mod lifecycle;
pub mod traffic;
pub mod validate;

use std::fmt::Display;

use serde::Serialize;

use super::Lang;

/// Every text of the site in one language.
#[derive(Debug, Serialize)]
pub struct Site {
    /// The frame: navigation, page titles, the language switch, the footer, the not-found page.
    pub common: common::Common,
    /// The overview page.
    pub home: home::Home,
    /// The Validate page.
    pub validate: validate::Validate,
    /// The Lifecycle page.
    pub lifecycle: lifecycle::Lifecycle,
    /// The Traffic page.
    pub traffic: traffic::Traffic,
    /// The Judge page.
    pub judge: judge::Judge,
    /// The Learn page.
    pub learn: learn::Learn,
}

/// The site's texts in `lang`.
pub fn site(lang: Lang) -> &'static Site {
    match lang {
        Lang::En => &super::en::site::SITE,
        Lang::Ko => &super::ko::site::SITE,
    }
}

/// `template` with each `{name}` replaced by its value in `args`; a placeholder without a value
/// stays as written, so a missing argument shows rather than vanishes.
pub fn fill(template: &str, args: &[(&str, &dyn Display)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let (before, from) = rest.split_at(open);
        out.push_str(before);
        let close = from.find('}');
        let name = close.and_then(|c| from.get(1..c));
        match (close, name.and_then(|n| args.iter().find(|(k, _)| *k == n))) {
            (Some(c), Some((_, v))) => {
                out.push_str(&v.to_string());
                rest = from.get(c + 1..).unwrap_or_default();
            }
            _ => {
                out.push('{');
                rest = from.get(1..).unwrap_or_default();
            }
        }
    }
    out.push_str(rest);
    out
}

/// Korean texts that are the same words in English because they are names the reader types or
/// sees on the service's console (products, tools, formats, symbols). Any other Korean text
/// without Hangul is English left untranslated, and a test fails on it.
pub const KEPT_AS_IS: &[&str] = &[
    "canarylab",
    "AWS",
    "NCP",
    "AWS CLI",
    "boto3",
    "curl",
    "JSON",
    "SARIF",
    "English",
    "한국어",
    "%",
    "·",
    "—",
    "→",
    "×",
    "",
];

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use serde_json::Value;

    use super::*;

    /// Every text in a table with its path (`traffic.title`).
    fn texts(v: &Value, path: String, out: &mut Vec<(String, String)>) {
        match v {
            Value::String(s) => out.push((path, s.clone())),
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    texts(item, format!("{path}[{i}]"), out);
                }
            }
            Value::Object(m) => {
                for (k, item) in m {
                    let p = if path.is_empty() { k.clone() } else { format!("{path}.{k}") };
                    texts(item, p, out);
                }
            }
            _ => {}
        }
    }

    fn table(lang: Lang) -> Vec<(String, String)> {
        let v = serde_json::to_value(site(lang)).unwrap_or(Value::Null);
        let mut out = Vec::new();
        texts(&v, String::new(), &mut out);
        out
    }

    fn placeholders(s: &str) -> BTreeSet<String> {
        s.split('{').skip(1).filter_map(|p| p.split_once('}')).map(|(n, _)| n.to_owned()).collect()
    }

    fn korean(s: &str) -> bool {
        s.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c))
    }

    /// Whether `s` has words of its own: letters outside its `{placeholders}` (a template such
    /// as `"{label} ({value})"` has none, so it reads the same in every language).
    fn has_words(s: &str) -> bool {
        let mut rest = s;
        let mut outside = String::new();
        while let Some(open) = rest.find('{') {
            outside.push_str(&rest[..open]);
            rest = rest[open..].split_once('}').map_or("", |(_, after)| after);
        }
        outside.push_str(rest);
        outside.chars().any(char::is_alphabetic)
    }

    #[test]
    fn every_korean_text_is_korean() {
        assert!(!has_words("{lines} · {size}") && has_words("{n} lines") && has_words("{n}행"));
        let untranslated: Vec<String> = table(Lang::Ko)
            .into_iter()
            .filter(|(_, s)| has_words(s) && !korean(s) && !KEPT_AS_IS.contains(&s.as_str()))
            .map(|(p, s)| format!("{p}: {s:?}"))
            .collect();
        assert!(untranslated.is_empty(), "left in English:\n{}", untranslated.join("\n"));
    }

    #[test]
    fn both_languages_have_the_same_texts_and_placeholders() {
        let (en, ko) = (table(Lang::En), table(Lang::Ko));
        assert_eq!(en.len(), ko.len(), "lists differ in length");
        for ((pe, se), (pk, sk)) in en.iter().zip(&ko) {
            assert_eq!(pe, pk);
            assert!(!se.is_empty() || sk.is_empty(), "{pe}: empty in English only");
            assert_eq!(placeholders(se), placeholders(sk), "{pe}: {se:?} against {sk:?}");
            assert_eq!(se.matches('`').count() % 2, 0, "{pe}: unbalanced backticks");
            assert_eq!(sk.matches('`').count() % 2, 0, "{pk}: unbalanced backticks");
        }
    }

    #[test]
    fn the_learn_page_explains_every_contrast_case_in_both_languages() {
        let cases = crate::contrast::cases();
        for lang in Lang::ALL {
            assert_eq!(site(lang).learn.contrast.cases.len(), cases.len(), "{lang:?}");
        }
        for (case, words) in cases.iter().zip(site(Lang::En).learn.contrast.cases) {
            assert_eq!(case.title, words.title);
            assert_eq!(case.why, words.why);
        }
    }

    #[test]
    fn fill_replaces_named_placeholders_and_keeps_the_rest() {
        assert_eq!(fill("{n} of {total}", &[("n", &3), ("total", &"1,000")]), "3 of 1,000");
        assert_eq!(fill("{missing} {", &[]), "{missing} {");
        assert_eq!(
            fill("전체 {total}개 중 {n}개", &[("n", &3), ("total", &10)]),
            "전체 10개 중 3개"
        );
    }
}
