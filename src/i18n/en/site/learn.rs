//! The Learn page's texts in English.

use crate::i18n::site::learn::Learn;

/// The Learn page's texts.
pub(super) const TEXT: Learn = Learn { heading: "Learn: canary releases on API gateways" };
