//! The overview page's texts in English.

use crate::i18n::site::home::Home;

/// The overview page's texts.
pub(super) const TEXT: Home =
    Home { heading: "See what a canary release will do before you call the real service" };
