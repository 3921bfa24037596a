//! The Traffic page's texts in Korean.

use crate::i18n::site::traffic::Traffic;

/// The Traffic page's texts.
pub(super) const TEXT: Traffic = Traffic { heading: "트래픽 분할 시뮬레이션" };
