//! The Validate page's texts in English.

use crate::i18n::site::validate::Validate;

/// The Validate page's texts.
pub(super) const TEXT: Validate = Validate { heading: "Validate a payload" };
