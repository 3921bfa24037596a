//! The frame's texts in English.

use crate::i18n::site::common::{Common, PerRoute};

/// The frame's texts.
pub(super) const TEXT: Common = Common {
    nav: PerRoute {
        home: "Overview",
        validate: "Validate",
        lifecycle: "Lifecycle",
        traffic: "Traffic",
        judge: "Judge",
        learn: "Learn",
        not_found: "Not found",
    },
    titles: PerRoute {
        home: "canarylab: canary releases on API gateways, before you call the service",
        validate: "Validate a payload · canarylab",
        lifecycle: "Replay the canary lifecycle · canarylab",
        traffic: "Simulate the traffic split · canarylab",
        judge: "Judge a canary · canarylab",
        learn: "Learn · canarylab",
        not_found: "No such page · canarylab",
    },
    nav_label: "Main",
    skip: "Skip to the page",
    language: "Language",
    footer: "canarylab {version} · runs entirely in your browser: no request leaves this page.",
    not_found_heading: "No such page",
    not_found_text: "This link names no page of canarylab.",
    not_found_link: "Go to the overview.",
};
