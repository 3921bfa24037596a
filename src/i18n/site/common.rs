//! The frame's texts: navigation, each route's title, the language switch, the footer and the
//! not-found page (keys; the values are in `en::site::common` and `ko::site::common`).

use serde::Serialize;

/// One text per route.
#[derive(Debug, Serialize)]
pub struct PerRoute {
    /// The overview.
    pub home: &'static str,
    /// Validate.
    pub validate: &'static str,
    /// Lifecycle.
    pub lifecycle: &'static str,
    /// Traffic.
    pub traffic: &'static str,
    /// Judge.
    pub judge: &'static str,
    /// Learn.
    pub learn: &'static str,
    /// A fragment that names no page.
    pub not_found: &'static str,
}

/// The frame's texts.
#[derive(Debug, Serialize)]
pub struct Common {
    /// The navigation bar's labels.
    pub nav: PerRoute,
    /// The browser tab's title on each route.
    pub titles: PerRoute,
    /// The navigation landmark's accessible name.
    pub nav_label: &'static str,
    /// The first control of every page: moves the keyboard past the navigation.
    pub skip: &'static str,
    /// The language switch's accessible name.
    pub language: &'static str,
    /// The footer; `{version}` is canarylab's version.
    pub footer: &'static str,
    /// The not-found page's heading.
    pub not_found_heading: &'static str,
    /// The not-found page's text before its link.
    pub not_found_text: &'static str,
    /// The not-found page's link to the overview.
    pub not_found_link: &'static str,
}
