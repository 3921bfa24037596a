//! The site's language: which one a visit starts in, how pages read their texts, and how the
//! choice is kept.
//!
//! The language is part of the URL (`#/ko/traffic?...`), so a shared link opens in the language
//! it was made in; a URL without one takes the last choice (localStorage), else the browser's
//! first language canarylab has, else English. The root component owns the choice and provides
//! it as a context; pages read it with [`use_lang`] and their texts with [`use_site`].

use std::cell::Cell;

use yew::prelude::*;

pub use crate::i18n::Lang;
pub use crate::i18n::site::{Site, fill};

use super::state;

thread_local! {
    /// The language in use, for code outside components that writes URLs (`state::set_query`).
    static CURRENT: Cell<Lang> = const { Cell::new(Lang::En) };
}

/// The language in use.
pub fn current() -> Lang {
    CURRENT.with(Cell::get)
}

/// Makes `lang` the language in use and sets it on `<html lang>`, so screen readers and fonts
/// follow it.
pub fn set_current(lang: Lang) {
    CURRENT.with(|c| c.set(lang));
    if let Some(root) =
        web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", lang.name());
    }
}

/// Remembers `lang`, chosen with the switch, for the next visit whose URL names no language.
/// Only a choice is kept: a visit that started in the browser's language keeps following it.
pub fn remember(lang: Lang) {
    state::save("lang", lang.name());
}

/// The language a visit starts in, when its URL names none: the last choice, else the browser's
/// first language canarylab has, else English.
pub fn preferred() -> Lang {
    if let Some(lang) = state::load("lang").and_then(|s| Lang::from_name(&s)) {
        return lang;
    }
    let langs = web_sys::window().map(|w| w.navigator().languages()).map(|a| a.to_vec());
    langs
        .unwrap_or_default()
        .iter()
        .filter_map(|v| v.as_string())
        .find_map(|tag| Lang::from_name(&tag))
        .unwrap_or_default()
}

/// The language the root component provides.
#[hook]
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}

/// The site's texts in the language in use.
#[hook]
pub fn use_site() -> &'static Site {
    crate::i18n::site::site(use_lang())
}

/// The longest code a following word is glued to: longer code must stay free to wrap on a phone.
const GLUE_MAX: usize = 24;

/// A catalogue text as HTML: the parts between backticks as `<code>`. A word that runs on from
/// the code (a Korean particle: `` `replace`는 ``) is kept on the code's line, as a line that
/// starts with a particle reads badly; long code and code with spaces in it may still wrap.
pub fn rich(text: &str) -> Html {
    let parts: Vec<&str> = text.split('`').collect();
    let mut out: Vec<Html> = Vec::with_capacity(parts.len());
    let mut carried = 0;
    for (i, part) in parts.iter().enumerate() {
        let part = part.get(carried..).unwrap_or_default();
        carried = 0;
        if i % 2 == 0 {
            out.push(html! { { part.to_owned() } });
            continue;
        }
        let next = parts.get(i + 1).copied().unwrap_or_default();
        let glued = next.find(char::is_whitespace).unwrap_or(next.len());
        let tail = next.get(..glued).unwrap_or_default();
        if tail.is_empty() || part.contains(' ') || part.chars().count() > GLUE_MAX {
            out.push(html! { <code>{ part.to_owned() }</code> });
        } else {
            carried = glued;
            out.push(html! { <span class="code-word"><code>{ part.to_owned() }</code>{ tail.to_owned() }</span> });
        }
    }
    html! { { for out } }
}

/// The `lang` attribute for a text that the page shows in the words it came in (a service's
/// message, the core's English before it is in the catalogue): `en` when the page is in another
/// language and the text has no Korean in it, so screen readers read it as English.
pub fn lang_of(text: &str, page: Lang) -> Option<&'static str> {
    let korean = text.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c));
    (page != Lang::En && !korean).then_some("en")
}
