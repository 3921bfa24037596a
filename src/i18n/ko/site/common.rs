//! The frame's texts in Korean.

use crate::i18n::site::common::{Common, PerRoute};

/// The frame's texts.
pub(super) const TEXT: Common = Common {
    nav: PerRoute {
        home: "개요",
        validate: "검증",
        lifecycle: "수명 주기",
        traffic: "트래픽",
        judge: "판정",
        learn: "배우기",
        not_found: "페이지 없음",
    },
    titles: PerRoute {
        home: "canarylab: 서비스를 호출하기 전에 보는 API 게이트웨이의 카나리 릴리스",
        validate: "페이로드 검증 · canarylab",
        lifecycle: "카나리 수명 주기 재현 · canarylab",
        traffic: "트래픽 분할 시뮬레이션 · canarylab",
        judge: "카나리 판정 · canarylab",
        learn: "배우기 · canarylab",
        not_found: "없는 페이지 · canarylab",
    },
    nav_label: "주 메뉴",
    skip: "본문으로 건너뛰기",
    language: "언어",
    footer: "canarylab {version} · 모든 것이 브라우저 안에서 실행됩니다. 어떤 요청도 이 페이지를 벗어나지 않습니다.",
    not_found_heading: "없는 페이지입니다",
    not_found_text: "이 링크가 가리키는 canarylab 페이지가 없습니다.",
    not_found_link: "개요로 이동하십시오.",
};
