//! The Lifecycle page's texts in English.

use crate::i18n::site::lifecycle::Lifecycle;

/// The Lifecycle page's texts.
pub(super) const TEXT: Lifecycle = Lifecycle { heading: "Replay the canary lifecycle" };
