//! The Judge page's texts in Korean.

use crate::i18n::site::judge::Judge;

/// The Judge page's texts.
pub(super) const TEXT: Judge = Judge { heading: "카나리 판정" };
