//! The Lifecycle page's texts in Korean.

use crate::i18n::site::lifecycle::Lifecycle;

/// The Lifecycle page's texts.
pub(super) const TEXT: Lifecycle = Lifecycle { heading: "카나리 수명 주기 재현" };
