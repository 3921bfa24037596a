//! The Learn page's texts in Korean.

use crate::i18n::site::learn::Learn;

/// The Learn page's texts.
pub(super) const TEXT: Learn =
    Learn { heading: "배우기: API 게이트웨이의 카나리 릴리스" };
