//! The overview page's texts in Korean.

use crate::i18n::site::home::Home;

/// The overview page's texts.
pub(super) const TEXT: Home = Home {
    heading: "실제 서비스를 호출하기 전에 카나리 릴리스가 무엇을 할지 확인하십시오",
    lede: "카나리 릴리스는 새 배포가 API의 트래픽 전체를 받기 전에 그 일부만 먼저 보냅니다. canarylab은 카나리를 \
           설정하는 요청을 검사하고, 시뮬레이션한 게이트웨이에서 다시 실행하고, 트래픽 분할이 어떻게 움직이는지 \
           보여 줍니다. 모두 이 페이지 안에서 실행됩니다.",
    gateways: "게이트웨이",
    aws_heading: "Amazon API Gateway의 REST API",
    aws_settings: "스테이지의 `canarySettings`는 두 번째 배포와 0.0에서 100.0 사이의 `percentTraffic`을 지정합니다. \
                   각 요청은 그 확률로 무작위로 카나리에 보내지고, 카나리 요청은 스테이지 변수 위에 \
                   `stageVariableOverrides`를 덮어쓴 값을 봅니다.",
    aws_calls: "카나리는 CreateDeployment나 CreateStage로 만들고, UpdateStage의 패치 작업으로 변경, 승격, 삭제합니다. \
                여기에는 함정이 있습니다. 모든 값은 문자열이고, 경로는 JSON Pointer처럼 보이지만 정해진 문법을 따르며, \
                `replace`는 없는 것을 만들고, 승격한 뒤에도 카나리는 0 %로 남습니다.",
    ncp_heading: "NAVER Cloud Platform의 API Gateway",
    ncp_modes: "스테이지의 카나리는 전용 호출로 활성화, 편집, 승격, 비활성화합니다. Edit Canary는 두 모드 중 하나를 \
                고릅니다. 배포 비율(요청의 비율, 0~100) 또는 조건(헤더나 쿼리 파라미터가 일치하는 요청이 카나리로 \
                갑니다)입니다. 각 모드는 다른 모드가 무시하는 필드를 요구하며, NCP의 문서와 API 명세는 그중 여러 \
                필드에서 서로 다릅니다.",
    what_heading: "canarylab이 하는 일",
    validate: ": CreateDeployment, CreateStage, UpdateStage, Edit Canary 페이로드를 문서화된 모든 제약으로 검사하고, \
               모든 문제를 한 번에 봅니다. 각 문제에는 JSON Pointer, 고정된 코드, 메시지, 도움말이 있습니다.",
    lifecycle: ": 시뮬레이션한 REST API나 NCP 스테이지에 호출을 실행하고, 실제 서비스가 돌려줄 결과를 받습니다. \
                바뀐 스테이지, 또는 서비스 자체의 오류입니다.",
    traffic: ": 시드를 고정한 몬테카를로 실행으로 트래픽 분할을 시뮬레이션합니다. 설정한 비율과 관측한 비율을 신뢰 \
              구간과 함께 비교하고, 각 요청이 무엇을 보는지, 카나리의 오류율을 판정하려면 요청이 얼마나 필요한지 \
              보여 줍니다.",
    judge: ": 카나리를 이제 승격해도 됩니까? 몇 번을 확인해도 유효한 검정을 지켜보고, 직접 모은 요청 수를 판정하고, \
            단계별 증량을 계획합니다.",
    learn: ": 카나리 릴리스, 각 필드, 승격, 그리고 관측한 비율이 흔들리는 이유를 짧게 설명합니다.",
    ci: "같은 검사를 `canarylab` 명령과 npm 패키지로 CI에서 실행할 수 있습니다. 어디에도 아무것도 보내지 않습니다. \
         계정도 없고 네트워크 요청도 없습니다.",
};
