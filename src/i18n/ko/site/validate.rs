//! The Validate page's texts in Korean.

use crate::i18n::site::validate::Validate;

/// The Validate page's texts.
pub(super) const TEXT: Validate = Validate { heading: "페이로드 검증" };
