//! Hash routes: `#/ko/validate`, `#/en/lifecycle`, ... A pure mapping, testable on the host.
//!
//! The first segment may name the language (`en`, `ko`); the rest names the page, and the query
//! after `?` is the page's state.

use crate::i18n::Lang;
use crate::i18n::site::common::PerRoute;

/// A page of the site.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    /// The landing page.
    Home,
    /// Validate request payloads.
    Validate,
    /// Replay the canary lifecycle against a simulated gateway.
    Lifecycle,
    /// Simulate the traffic split.
    Traffic,
    /// Judge a canary's counts; plan its ramp.
    Judge,
    /// Short pages on canary releases.
    Learn,
    /// A fragment that names no page.
    NotFound,
}

/// A hash split into its language (if it names one), its page path and its query.
fn split(hash: &str) -> (Option<Lang>, &str, Option<&str>) {
    let hash = hash.trim_start_matches('#');
    let (path, query) = match hash.split_once('?') {
        Some((p, q)) => (p, Some(q)),
        None => (hash, None),
    };
    let mut segments = path.trim_start_matches('/').splitn(2, '/');
    let first = segments.next().unwrap_or_default();
    match Lang::ALL.into_iter().find(|l| l.name() == first) {
        Some(lang) => (Some(lang), segments.next().unwrap_or_default(), query),
        None => (None, path.trim_start_matches('/'), query),
    }
}

impl Route {
    /// The pages in navigation order.
    pub const NAV: [Route; 6] = [
        Route::Home,
        Route::Validate,
        Route::Lifecycle,
        Route::Traffic,
        Route::Judge,
        Route::Learn,
    ];

    /// Parses a location hash such as `#/ko/traffic?seed=1` or `#/traffic?seed=1`.
    pub fn from_hash(hash: &str) -> Route {
        match split(hash).1.trim_end_matches('/') {
            "" => Route::Home,
            "validate" => Route::Validate,
            "lifecycle" => Route::Lifecycle,
            "traffic" => Route::Traffic,
            "judge" => Route::Judge,
            "learn" => Route::Learn,
            _ => Route::NotFound,
        }
    }

    /// The language a hash names, if it names one.
    pub fn lang_of(hash: &str) -> Option<Lang> {
        split(hash).0
    }

    /// `hash` in `lang`: the same page and query under `#/<lang>/`.
    pub fn with_lang(hash: &str, lang: Lang) -> String {
        let (_, path, query) = split(hash);
        match query {
            Some(q) => format!("#/{}/{path}?{q}", lang.name()),
            None => format!("#/{}/{path}", lang.name()),
        }
    }

    /// The page's path without language: `#/traffic` (what pages pass to `state::set_query`).
    pub fn href(self) -> &'static str {
        match self {
            Route::Home | Route::NotFound => "#/",
            Route::Validate => "#/validate",
            Route::Lifecycle => "#/lifecycle",
            Route::Traffic => "#/traffic",
            Route::Judge => "#/judge",
            Route::Learn => "#/learn",
        }
    }

    /// The link to this page in `lang`: `#/ko/traffic`.
    pub fn link(self, lang: Lang) -> String {
        Route::with_lang(self.href(), lang)
    }

    /// This route's entry in a per-route table (its label, its title).
    pub fn pick(self, table: &PerRoute) -> &'static str {
        match self {
            Route::Home => table.home,
            Route::Validate => table.validate,
            Route::Lifecycle => table.lifecycle,
            Route::Traffic => table.traffic,
            Route::Judge => table.judge,
            Route::Learn => table.learn,
            Route::NotFound => table.not_found,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_map_to_pages_and_back() {
        for r in Route::NAV {
            assert_eq!(Route::from_hash(r.href()), r);
            for lang in Lang::ALL {
                assert_eq!(Route::from_hash(&r.link(lang)), r);
                assert_eq!(Route::lang_of(&r.link(lang)), Some(lang));
            }
        }
        assert_eq!(Route::from_hash(""), Route::Home);
        assert_eq!(Route::from_hash("#/traffic?seed=7"), Route::Traffic);
        assert_eq!(Route::from_hash("#/ko/traffic?seed=7"), Route::Traffic);
        assert_eq!(Route::from_hash("#/judge?w=%7B%7D"), Route::Judge);
        assert_eq!(Route::from_hash("#/validate/"), Route::Validate);
        assert_eq!(Route::from_hash("#/en/"), Route::Home);
        assert_eq!(Route::from_hash("#/ko"), Route::Home);
        assert_eq!(Route::from_hash("#/nope"), Route::NotFound);
        assert_eq!(Route::from_hash("#/ja/traffic"), Route::NotFound);
        assert_eq!(Route::lang_of("#/traffic"), None);
    }

    #[test]
    fn a_language_switch_keeps_the_page_and_its_state() {
        assert_eq!(Route::with_lang("#/traffic?seed=7", Lang::Ko), "#/ko/traffic?seed=7");
        assert_eq!(Route::with_lang("#/ko/traffic?seed=7", Lang::En), "#/en/traffic?seed=7");
        assert_eq!(Route::with_lang("", Lang::Ko), "#/ko/");
        assert_eq!(Route::with_lang("#/en/", Lang::Ko), "#/ko/");
    }
}
