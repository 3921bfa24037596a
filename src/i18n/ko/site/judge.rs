//! The Judge page's texts in Korean.

use crate::i18n::site::judge::{Chart, Counts, Fields, Judge, Ramp, Verdicts, Watch};

/// The Judge page's texts.
pub(super) const TEXT: Judge = Judge {
    heading: "카나리 판정",
    lede: "이제 승격해도 됩니까? canarylab은 몇 번을 묻더라도, 매분 묻더라도 유효한 검정으로 롤백, 대기, 승격 중 \
           하나를 답합니다. 그것이 왜 중요한지 지켜보고, 직접 모은 요청 수를 판정하고, 단계별 증량을 계획하십시오.",
    method: "방법, 수식, 출처: 저장소의 `docs/judge.md`를 참고하십시오.",
    learn_link: "배우기: 매분 검정을 다시 실행하면 왜 실패하는가",
    verdicts: Verdicts { promote: "승격", rollback: "롤백", wait: "대기" },
    watch: Watch {
        heading: "두 검정이 카나리를 판정하는 모습 보기",
        intro: "카나리를 1분 단위로 시뮬레이션합니다. 트래픽 엔진이 매분의 요청을 해당 단계의 비율로 라우팅하고, 양쪽의 \
                실패는 각자의 오류율로 추출합니다. 매분이 끝날 때마다 두 검정이 그때까지의 요청 수를 봅니다.",
        fields: Fields {
            steps: "카나리 단계 (%)",
            rps: "초당 요청 수",
            minutes: "단계당 시간(분)",
            err_base: "기준 오류율 (%)",
            err_canary: "카나리 오류율 (%)",
            tolerance: "허용 폭 (%p)",
            alpha: "유의 수준 α (%)",
            seed: "시드",
        },
        same: "A/A: 기준과 같은 카나리",
        worse: "허용 폭만큼 나쁜 카나리",
        next_seed: "다른 카나리 (다음 시드)",
        judge_rollback: "판정: {minute}분째에 롤백합니다.",
        judge_promote: "판정: {minute}분째에 승격합니다.",
        judge_wait: "판정: {minutes}분이 지나도 아직 대기 중입니다.",
        naive_rollback: "매분 다시 실행한 z-검정은 {minute}분째에 롤백하라고 합니다.",
        naive_never: "z-검정은 이 {minutes}분 동안 한 번도 기각하지 않습니다.",
        cried_wolf: "거짓 경보입니다. 양쪽은 똑같이 자주 실패합니다.",
        run: "이런 카나리 {runs}개 실행",
        running: "카나리 {runs}개 중 {done}개 판정…",
        tally_same: "A/A 카나리(기준과 같은 카나리) {runs}개를 각각 매분 판정한 결과:",
        tally_like: "이런 카나리 {runs}개를 각각 매분 판정한 결과:",
        tally_naive: "매분 다시 실행한 z-검정은 {alarms}개({alarms_share})에 롤백하라고 했고, 마지막에 한 번만 \
                      실행했다면 {at_end}개({at_end_share})였습니다.",
        tally_judge: "판정기는 {rollbacks}개({rollbacks_share})를 롤백하고 {promotes}개({promotes_share})를 \
                      승격했습니다.",
    },
    chart: Chart {
        minutes: "분",
        alpha: "유의 수준 {value}",
        tolerance: "허용 폭 {value}",
        alarm: "{minute}분: z-검정은 롤백하라고 합니다 (p = {p})",
        p_caption: "매분 뒤의 p-값 (로그 눈금): 판정기의 항상 유효한 p-값(주황)은 내려가기만 하고, α(점선)에 닿으면 \
                    롤백합니다. 그때까지의 요청 수로 다시 실행한 z-검정(회색)은 오르내리며, α 아래의 점 하나하나가 \
                    z-검정이 명령했을 롤백입니다.",
        cs_caption: "카나리 오류율에서 기준 오류율을 뺀 값: 관측값(선)과 그 신뢰 수열(음영)이며, 모든 분에서 동시에 \
                     유효합니다. 음영 띠의 위쪽 끝이 허용 폭(점선) 아래로 내려가면 승격합니다.",
    },
    counts: Counts {
        heading: "직접 모은 요청 수 판정",
        intro: "판정 문서(합계 또는 구간별 계열)나 `aws cloudwatch get-metric-data`가 출력한 JSON을 붙여 넣으십시오. \
                이 페이지는 `canarylab judge`와 똑같이 답하며, 아무것도 페이지 밖으로 나가지 않습니다.",
        kind: "입력 종류",
        kind_document: "판정 문서",
        kind_cloudwatch: "CloudWatch get-metric-data 출력",
        queries: &[
            "기준 요청 수 쿼리",
            "기준 오류 수 쿼리",
            "카나리 요청 수 쿼리",
            "카나리 오류 수 쿼리",
        ],
        tolerance: "허용 폭 (비율)",
        text: "요청 수",
        not_judged_one: "판정하지 않았습니다: 문제 1개",
        not_judged: "판정하지 않았습니다: 문제 {n}개",
        problem: "{at}: {message} (도움말: {hint})",
        document: "(문서 전체)",
        tolerance_problem: "tolerance: 0.005처럼 비율로 입력하십시오",
        p_value: "항상 유효한 p-값",
        difference: "오류율 차이",
        difference_value: "{estimate}, 구간 [{low}, {high}]",
        looks: "판정한 구간 수",
        needed: "판정하려면: 카나리 요청이 약 {more}개 더 필요합니다(전체 {all}개). 예상 결과: {toward}.",
        needed_minutes: "판정하려면: 카나리 요청이 약 {more}개 더 필요합니다(전체 {all}개, 최근 속도로 약 {minutes}분). \
                         예상 결과: {toward}.",
    },
    ramp: Ramp {
        heading: "단계별 증량 계획",
        intro: "위 카나리의 요청 속도, 기준 오류율, 허용 폭, α, 단계로 계획합니다. 각 카나리 단계는 마지막 단계가 끝날 \
                때까지 판정기가 아래 검정력으로 결정할 수 있을 만큼 유지합니다.",
        power: "검정력 (%)",
        summary: "단계당 {minutes}분: 마지막 카나리 단계가 끝날 때까지 판정기는 기준과 같은 카나리를 승격하고(확률 약 \
                  {promote}), 허용 폭만큼 나쁜 카나리를 롤백해야 합니다(약 {rollback}).",
        table: "단계별 계획",
        columns: &[
            "단계",
            "시간(분)",
            "요청 수",
            "카나리 요청 수",
            "최악의 경우 실패 수",
            "허용 폭에서의 실패 수",
        ],
        promotion: "100 %: 승격",
        watch: "이 계획을 위에서 지켜보기",
        aws_calls: "AWS 호출, 단계별",
        ncp_calls: "NCP 호출, 단계별",
        script: "AWS CLI 스크립트 (매분 판정)",
        problem: "{at}: {message} (도움말: {hint})",
    },
};
