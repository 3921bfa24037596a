//! The Traffic page's texts in English.

use crate::i18n::site::traffic::Traffic;

/// The Traffic page's texts.
pub(super) const TEXT: Traffic = Traffic { heading: "Simulate the traffic split" };
