//! The Learn page's texts in Korean.

use crate::i18n::site::learn::{Aws, Case, Contrast, Judging, Learn, Ncp, Power, Wander};

/// The Learn page's texts.
pub(super) const TEXT: Learn = Learn {
    heading: "배우기: API 게이트웨이의 카나리 릴리스",
    aws: Aws {
        heading: "Amazon API Gateway의 REST API",
        settings: "스테이지는 배포 하나를 서비스합니다. 스테이지의 `canarySettings`는 두 번째 배포를 추가합니다. \
                   `deploymentId`(카나리의 배포), `percentTraffic`(0.0에서 100.0 사이의 double: 각 요청은 그 확률로 \
                   무작위로 카나리에 갑니다), `stageVariableOverrides`(카나리 요청은 스테이지 변수 위에 이 값을 덮어쓴 \
                   결과를 봅니다), `useStageCache`(카나리 요청이 스테이지 캐시를 쓸 수 있는지)입니다.",
        calls: "`canarySettings`를 넣은 CreateDeployment는 새 배포를 기존 스테이지의 카나리로 만듭니다. UpdateStage는 \
                패치 작업으로 카나리를 변경하며, 그 값은 언제나 문자열(`\"10.0\"`, `\"true\"`)이고 경로는 정해진 \
                문법을 따릅니다. `replace`는 없는 카나리를 기본값으로 만들고, `add`는 거부됩니다.",
        promotion: "승격은 세 작업입니다. 비율을 0으로 설정하고, 재정의 값을 스테이지 변수로 복사하고, 카나리의 배포를 \
                    스테이지로 복사합니다. 카나리는 `remove /canarySettings`를 할 때까지 0 %로 남습니다.",
        validate_link: "승격 요청 검증하기",
        replay_link: "카나리 생성과 승격 재현하기",
    },
    contrast: Contrast {
        heading: "UpdateStage의 패치 작업은 RFC 6902가 아닙니다",
        intro: "UpdateStage가 받는 `patchOperations`는 JSON Patch(`op`, `path`, `value`, `from`)처럼 보이지만 AWS \
                고유의 규칙을 따릅니다. 아래의 각 작업은 이 페이지 안에서 두 번 실행됩니다. 한 번은 canarylab이 \
                시뮬레이션한 REST API에서 AWS의 규칙으로, 한 번은 스테이지의 GetStage JSON에 json-patch(RFC 6902)로 \
                실행합니다. +와 -로 표시한 줄이 바뀐 부분입니다. AWS는 업데이트할 때마다 `lastUpdatedDate`도 \
                기록하지만 여기서는 생략했습니다.",
        before: "작업 전의 스테이지 (GetStage)",
        aws_side: "AWS (시뮬레이션한 게이트웨이)",
        rfc_side: "RFC 6902 (json-patch 라이브러리)",
        accepted: "적용됨",
        cases: &[
            Case {
                title: "없는 경로에 대한 replace",
                why: "AWS의 replace는 없는 것을 만들지만(여기서는 기본값을 가진 카나리: 스테이지 자신의 배포, 스테이지 \
                      캐시 사용 안 함), RFC 6902의 replace는 대상이 있어야 합니다.",
            },
            Case {
                title: "병합하는 copy",
                why: "AWS는 카나리의 재정의 값을 스테이지 변수 위에 덮어쓰므로, 승격해도 카나리가 재정의하지 않은 변수\
                      (region)는 남습니다. RFC 6902의 copy는 재정의 객체로 /variables 전체를 바꿉니다.",
            },
            Case {
                title: "없는 변수의 삭제",
                why: "AWS는 이 경우를 문서화하지 않았습니다. canarylab의 게이트웨이는 이를 받아들이고 아무것도 바꾸지 \
                      않습니다(canarylab의 선택이며 docs/aws-unknowns.md에 있습니다). RFC 6902의 remove는 값이 \
                      있어야 합니다.",
            },
            Case {
                title: "메서드 설정 키에 남는 ~1",
                why: "AWS는 경로를 자체 문법 /{resourcePath}/{httpMethod}/metrics/enabled로 읽고, 메서드 설정 키 \
                      ~1pets/GET에 ~1을 그대로 둡니다(기본 설정으로 항목을 만듭니다). RFC 6901은 ~1을 /로 \
                      디코딩하고 문서 최상위에서 /pets라는 멤버를 찾습니다.",
            },
            Case {
                title: "값은 문자열입니다",
                why: "UpdateStage의 값은 언제나 문자열이며 AWS가 필드의 타입(여기서는 double)으로 변환합니다. RFC 6902는 \
                      JSON 값을 그대로, 즉 문자열로 넣습니다.",
            },
            Case {
                title: "add는 upsert가 아닙니다",
                why: "UpdateStage는 두 액세스 로그 필드에만 add를 받습니다(upsert는 replace가 합니다). RFC 6902의 add는 \
                      멤버를 만듭니다.",
            },
        ],
    },
    ncp: Ncp {
        heading: "NAVER Cloud Platform의 API Gateway",
        modes: "스테이지의 카나리에는 전용 호출이 있습니다. 활성화, 편집, 승격, 비활성화입니다. Edit Canary는 \
                `useDistributionRate`로 두 모드 중 하나를 고릅니다. `true`이면 요청의 `canaryDistributionRate` \
                퍼센트를 보내고(32비트 float로 저장), `false`이면 헤더나 쿼리 파라미터가 `canaryConditions` 중 하나와 \
                일치하는 요청을 보냅니다. 각 모드는 다른 모드가 무시하는 필드를 요구합니다.",
        disagreements: "NCP의 문서와 API 명세는 서로 다릅니다. 문서는 캐시 TTL과 스로틀을 예시 값 0과 함께 문자열로 \
                        적지만 명세는 이를 거부합니다. canarylab은 명세를 따르고, 페이로드가 이런 불일치에 걸리면 \
                        경고합니다. 어느 쪽도 말하지 않는 것(조건의 AND/OR, 헤더 이름의 대소문자, 카나리 없이 편집, \
                        승격 후 남는 것)은 이름 붙은 가정이며 바꿀 수 있습니다.",
        validate_link: "문서의 예시 검증하기",
        error_link: "활성화 전에 편집할 때의 오류 보기",
    },
    wander: Wander {
        heading: "관측한 비율이 흔들리는 이유",
        binomial: "요청 단위 분할은 요청마다 동전을 던지는 것과 같습니다. 비율 p와 요청 n개에서 카나리의 요청 수는 \
                   이항 분포를 따릅니다. 표준 편차는 √(n·p·(1−p))이므로 관측 비율은 √(p·(1−p)/n)만큼 흔들립니다. \
                   5 %와 요청 1,000개라면 ±0.7%p이므로 4 %나 6.5 %도 흔한 결과입니다. 95 % 구간(Wilson 또는 정확한 \
                   Clopper-Pearson)은 데이터가 배제할 수 없는 비율을 알려 줍니다.",
        sticky: "고정(sticky) 분할은 다르게 흔들립니다. 클라이언트 ID를 해시하면 클라이언트 전체가 한쪽으로 가고, \
                 카나리 전용 sticky 쿠키는 클라이언트를 카나리 쪽으로 계속 옮깁니다. 각각 요청 k개 뒤에는 \
                 1−(1−p)^k만큼이 옮겨 가며, 10 %라면 요청 10개 뒤에 65 %입니다.",
        guess_link: "먼저 추측한 다음, 5 %로 요청 1,000개의 분할을 500번 실행하기",
        ratchet_link: "sticky 쿠키가 클라이언트를 옮기는 모습 보기",
    },
    power: Power {
        heading: "오류율이 의미를 가지려면 요청이 얼마나 필요한가",
        text: "요청의 2 %가 실패하는 카나리와 1 %가 실패하는 스테이지를 구별하려면(양측 5 % 검정, 검정력 80 %) 50/50 \
               분할에서 양쪽에 각각 약 2,300개의 요청이 필요합니다. 1 % 카나리라도 카나리에는 여전히 약 1,000개의 \
               요청이 필요하지만, 요청이 100배 느리게 도착합니다. 작은 카나리는 요청이 아니라 시간을 더 씁니다.",
        link: "초당 요청 50개에서 1 % 카나리의 크기 정하기",
    },
    judging: Judging {
        heading: "카나리 판정: 매분 다시 실행하는 검정이 거짓 경보를 내는 이유",
        wolf: "흔한 카나리 검사는 매분 카나리의 오류율을 기준과 비교합니다. 고정된 임계값이나 5 % z-검정을 씁니다. \
               5 % 검정은 아무 문제가 없을 때 한 번 물으면 5 %의 확률로 틀립니다. 그런데 매분 그때까지의 요청 수로 \
               다시 물으면 매번이 선을 넘을 또 한 번의 기회가 되고, 그 기회는 쌓입니다. 1분씩 33번 보는 단계별 \
               증량에서 z-검정은 기준과 똑같이 실패하는 카나리의 약 39 %를 롤백합니다(마지막에 한 번만 실행하면 \
               6 %). 처음 몇 분이 가장 나쁩니다. 카나리 요청 30개에서 실패 두 번은 재앙처럼 보입니다. 이것이 좋은 \
               카나리를 롤백시키는 불안정한 1분입니다.",
        quiet: "다른 실수는 더 조용합니다. 요청을 하나도 받지 않은 카나리는 아무것도 증명하지 않지만, 트래픽이 필요한 \
                검사는 그 카나리를 실패로 처리합니다. 그리고 0만 있는 열은 통과가 아닙니다. 0.5 % 기준에 대해 깨끗한 \
                카나리 요청 200개로는 카나리가 두 배 자주 실패할 가능성을 배제할 수 없습니다.",
        method: "canarylab의 판정기는 모든 확인에 동시에 보장이 성립하는 검정을 씁니다. 롤백을 위해서는 누적 우도비를 \
                 유지합니다. 지금까지 본 실패를 \"카나리가 더 자주 실패한다\"가 \"양쪽이 똑같이 실패한다\"보다 얼마나 \
                 더 잘 설명하는지를, 얼마나 더 자주인지에 대해 평균한 값입니다. \"양쪽이 같다\"일 때 이 비율은 공정한 \
                 내기이고, 1에서 시작한 공정한 내기가 20에 닿을 확률은 얼마나 자주 보든, 언제 멈추든 최대 20분의 \
                 1입니다(Ville 부등식). 그래서 비율이 1/α에 닿으면 롤백합니다. 승격을 위해서는 오류율 차이에 대한 \
                 신뢰 수열, 즉 모든 분에서 동시에 성립하는 띠를 유지하고, 띠의 위쪽 끝이 허용 폭 아래로 내려가면 \
                 승격합니다. 같은 시뮬레이션 증량에서 판정기는 같은 카나리의 약 1 %를 롤백하고, 허용 폭만큼 나쁜 \
                 카나리의 98 %를 잡아냅니다.",
        price: "대가는 인내입니다. 모든 확인에서 성립하려면 고정된 표본 크기로 한 번 볼 때보다 요청이 더 필요합니다. \
                증량 계획기는 판정기가 원하는 검정력으로 결정하려면 각 단계를 얼마나 유지해야 하는지 계산합니다.",
        wolf_link: "A/A 카나리 보기: z-검정은 거짓 경보를 내고 판정기는 기다립니다",
        worse_link: "0.5%p 나쁜 카나리 보기",
        ramp_link: "단계별 증량 계획하기",
    },
};
