//! The overview page's texts in Korean.

use crate::i18n::site::home::Home;

/// The overview page's texts.
pub(super) const TEXT: Home = Home {
    heading: "실제 서비스를 호출하기 전에 카나리 릴리스가 무엇을 할지 확인하십시오",
};
