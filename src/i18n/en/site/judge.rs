//! The Judge page's texts in English.

use crate::i18n::site::judge::Judge;

/// The Judge page's texts.
pub(super) const TEXT: Judge = Judge { heading: "Judge a canary" };
