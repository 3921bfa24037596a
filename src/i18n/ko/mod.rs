//! The Korean catalogue (한국어): every [`Msg`], the fixed [`Words`] and every code's description.
//!
//! 합니다체 throughout, instructions in -십시오; NCP's terms 스테이지, 카나리, 배포. Field names,
//! codes, JSON values and assumption names (`coercion=jackson`) stay as written: they are what the
//! reader types. No particle follows a parameter (its form would depend on the value).

pub mod site;

use super::{JsonType, Msg, SideTotals, Words};

/// The fixed words.
pub const WORDS: Words = Words {
    hint: "힌트",
    fix: "수정",
    document: "(문서 전체)",
    code: "코드",
    severity: "심각도",
    description: "설명",
};

/// A JSON type as a message names what it got.
fn name(t: JsonType) -> &'static str {
    match t {
        JsonType::Null => "null",
        JsonType::Boolean => "불리언",
        JsonType::Integer => "정수",
        JsonType::Number => "숫자",
        JsonType::String => "문자열",
        JsonType::Array => "배열",
        JsonType::Object => "객체",
    }
}

/// A JSON type as a message names what it wants.
fn want(t: JsonType) -> &'static str {
    match t {
        JsonType::Boolean => "불리언(true 또는 false)",
        JsonType::Object => "JSON 객체",
        other => name(other),
    }
}

/// A type as `check`'s CloudFormation reader names what a property must be (its English phrase).
fn phrase(want: &str) -> &str {
    match want {
        "a list" => "목록",
        "an object" => "객체",
        "a list of {Key, Value}" => "{Key, Value}의 목록",
        "text, a number or true or false" => "텍스트, 숫자, true/false 중 하나",
        "a number" => "숫자",
        "true or false" => "true나 false",
        "text" => "텍스트",
        "a number, such as 10 or 12.5" => "숫자(예: 10, 12.5)",
        "a map: {name=value,name=value}" => "맵: {name=value,name=value}",
        other => other,
    }
}

/// Both sides' totals in a judgement's reason.
fn ko_sides(s: &SideTotals) -> String {
    format!(
        "카나리: 요청 {}개 중 {}개 실패({}), 기준: 요청 {}개 중 {}개 실패({})",
        s.canary_requests,
        s.canary_errors,
        s.canary_rate,
        s.baseline_requests,
        s.baseline_errors,
        s.baseline_rate
    )
}

/// The message in Korean.
pub fn msg(m: &Msg) -> String {
    match m {
        Msg::MalformedJson { error } => format!("JSON 형식이 잘못되었습니다: {error}"),
        Msg::FixJsonFirst => {
            "JSON 문법부터 고치십시오. 파싱되기 전에는 다른 것을 검사할 수 없습니다".into()
        }
        // `what` is an English phrase; the diagnostic's path names the place.
        Msg::NotAnObject { what: _, got } => {
            format!("JSON 객체여야 하지만 {} 값입니다", name(*got))
        }
        Msg::WriteAnObject => {
            "파라미터를 JSON 객체로 작성하십시오: {\"name\": value, ...}".into()
        }
        Msg::UnknownParameter { key, allowed } => {
            format!("알 수 없는 파라미터입니다: \"{key}\". 가능한 파라미터: {allowed}")
        }
        Msg::DidYouMean { name } => {
            format!("혹시 \"{name}\"입니까? 이름은 대소문자를 구분합니다")
        }
        Msg::RemoveItParametersAre { list } => {
            format!("삭제하십시오. 파라미터는 다음과 같습니다: {list}")
        }
        Msg::RenameIt { name } => format!("이름을 바꿉니다: \"{name}\""),
        Msg::MissingParameter { key } => format!("필수 파라미터가 없습니다: \"{key}\""),
        Msg::AddParameter { key } => format!("다음 항목을 추가하십시오: \"{key}\""),
        Msg::InvalidType { key, want: w, got } => format!(
            "파라미터 {key}의 타입이 잘못되었습니다 (필요: {}, 실제: {})",
            want(*w),
            name(*got)
        ),
        Msg::InvalidTypePhrase { key, want, got } => format!(
            "파라미터 {key}의 타입이 잘못되었습니다 (필요: {want}, 실제: {})",
            name(*got)
        ),
        Msg::GiveAsPhrase { key, want } => format!("{key} 값은 다음과 같이 쓰십시오: {want}"),
        Msg::DropTheQuotes { value } => format!("따옴표를 빼십시오: {value}"),
        Msg::QuoteIt { value } => format!("따옴표로 감싸십시오: {value}"),
        Msg::GiveAs { key, want: w } => format!("{key} 값은 {} 타입으로 쓰십시오", want(*w)),
        Msg::WriteValue { value } => format!("다음 값으로 씁니다: {value}"),

        Msg::BodyRequired => "Edit Canary 요청 본문이 필요합니다".into(),
        Msg::SendBodyObject => {
            "useDistributionRate와 canaryEndpointDomain을 담은 JSON 객체를 보내십시오".into()
        }
        Msg::PathIdLength { key, len } => {
            format!("{key} 값은 1~10자여야 하지만 {len}자입니다")
        }
        Msg::CopyTheId => "콘솔이나 목록 조회 API의 응답에서 ID를 복사하십시오".into(),
        Msg::DocsPathId => "NCP 문서의 카나리 페이지는 경로 ID를 1~10자로, 스테이지 배포 페이지는 0~10자로 적고, 스펙은 0/10입니다".into(),
        Msg::EmptyIdHint => {
            "빈 ID는 URL에 빈 경로 구간을 남깁니다. 실제 ID를 쓰십시오".into()
        }
        Msg::NotABodyField { key } => {
            format!("Edit Canary의 필드가 아닙니다: \"{key}\". NCP는 이 필드를 무시합니다")
        }
        Msg::CertificateIdHint => "문서의 카나리 활성화 응답에는 canaryCertificateId가 있지만, 스펙의 요청 필드에는 없습니다. 삭제하십시오".into(),
        Msg::FieldsAre { list } => format!("필드는 다음과 같습니다: {list}"),
        Msg::EndpointTooLong { len, max } => {
            format!("canaryEndpointDomain이 너무 깁니다: {len}자 (최대 {max}자)")
        }
        Msg::ShortenUrl => "URL을 줄이십시오".into(),
        Msg::EndpointPattern { value } => {
            format!("canaryEndpointDomain이 NCP의 URL 패턴과 맞지 않습니다: \"{value}\"")
        }
        Msg::NoneInCapitals => "NONE은 대문자로 쓰십시오".into(),
        Msg::StartWithScheme => "http:// 또는 https://로 시작하거나 NONE을 쓰십시오".into(),
        Msg::Punycode => "NCP는 \\w를 ASCII로만 매칭합니다. 국제화 도메인 호스트는 퓨니코드(xn--...)로 쓰십시오".into(),
        Msg::UrlShape => "scheme://host.tld[:port][/path] 형식으로 쓰십시오. 호스트에는 점이 있어야 하고, 포트는 0~65535이며, 경로에는 ! \" # $ ' ( ) * + , 와 공백을 쓸 수 없습니다".into(),
        Msg::DocsEndpointNone => "NCP 문서는 canaryEndpointDomain을 필수로 적지만, 막 활성화한 카나리는 \"NONE\"을 반환합니다. 스펙의 패턴은 NONE을 허용합니다".into(),
        Msg::NoneMeans => "NONE은 카나리에 별도의 엔드포인트 도메인이 없다는 뜻입니다. 도메인을 지정하려면 http(s) URL을 쓰십시오".into(),
        Msg::RateRequired => {
            "useDistributionRate가 true이면 canaryDistributionRate가 필요합니다".into()
        }
        Msg::AddRate => {
            "카나리로 보낼 비율을 퍼센트로 추가하십시오. 예: \"canaryDistributionRate\": 10".into()
        }
        Msg::FixAddRate => "canaryDistributionRate: 0을 추가합니다(자리 표시용 값이므로 카나리 비율을 정하십시오)".into(),
        Msg::RateRange { got } => {
            format!("canaryDistributionRate는 0에서 100 사이여야 하지만 값이 {got}입니다")
        }
        Msg::GivePercentage => {
            "퍼센트로 쓰십시오. 10이면 요청 열 개 중 하나가 카나리로 갑니다".into()
        }
        Msg::RateFloat32 { written, stored } => format!(
            "NCP는 canaryDistributionRate를 32비트 부동소수점으로 저장합니다: 쓴 값 {written}, 다시 읽은 값 {stored}"
        ),
        Msg::FewerDigits => {
            "쓴 값을 그대로 돌려받으려면 유효숫자를 7자리 이하로 줄이십시오".into()
        }
        Msg::ModeIgnored { key, rate_mode } => {
            let (mode, now) = if *rate_mode { ("true", "비율") } else { ("false", "조건") };
            format!(
                "무시되는 필드입니다: {key}. useDistributionRate가 {mode}이므로 카나리는 {now} 모드로 동작합니다"
            )
        }
        Msg::RemoveOrSwitchMode { key, rate_mode } => {
            let (other, value) = if *rate_mode { ("조건", "false") } else { ("비율", "true") };
            format!(
                "{key} 필드를 삭제하거나, {other} 모드를 쓰려면 useDistributionRate를 {value}로 설정하십시오"
            )
        }
        Msg::ConditionsRequired => "useDistributionRate가 false이면 canaryConditions에 조건이 하나 이상 있어야 합니다".into(),
        Msg::AddCondition => "{\"parameterCode\": \"REQUEST_HEADER\", \"parameterName\": \"x-canary\", \"parameterValue\": \"on\"} 같은 조건을 추가하거나, useDistributionRate를 true로 설정하십시오".into(),
        Msg::FixAddCondition => "조건 x-canary: on을 추가합니다(자리 표시용 값이므로 실제 헤더나 쿼리로 바꾸십시오)".into(),
        Msg::ConditionNull => "canaryConditions의 항목은 null일 수 없습니다".into(),
        Msg::RemoveNull => "null을 삭제하거나 조건 객체를 쓰십시오".into(),
        Msg::DocsConditionFields => "NCP 문서는 parameterName, parameterCode, parameterValue를 \"Conditional\"로 표시하지만, 스펙은 모든 조건에 세 필드를 모두 요구합니다".into(),
        Msg::GiveAllThree => "세 필드를 모두 쓰십시오. canarylab은 스펙을 따릅니다".into(),
        Msg::ConditionCode { value } => format!(
            "parameterCode는 REQUEST_HEADER나 REQUEST_QUERY여야 하지만 값이 \"{value}\"입니다"
        ),
        Msg::HeaderOrQuery => {
            "헤더에는 REQUEST_HEADER를, 쿼리 파라미터에는 REQUEST_QUERY를 쓰십시오".into()
        }
        Msg::EmptyParameterName => {
            "parameterName이 비어 있으면 어떤 요청과도 일치하지 않습니다".into()
        }
        Msg::GiveParameterName => "헤더나 쿼리 파라미터의 이름을 쓰십시오".into(),
        Msg::DocsIntegerString { key, min, max } => format!(
            "NCP 문서는 {key}의 타입을 String으로 적고 예시 값으로 0을 듭니다. 스펙은 int32 {min}..{max}입니다"
        ),
        Msg::SendNumberStrict { read } => format!(
            "숫자로 보내십시오: {read}. canarylab은 스펙을 따릅니다(coercion=strict, 기본값). coercion=jackson 가정에서는 NCP가 이 문자열을 {read} 값으로 읽습니다"
        ),
        Msg::SendNumberNotString => {
            "문자열이 아닌 JSON 숫자로 보내십시오. canarylab은 스펙을 따릅니다".into()
        }
        Msg::ZeroBelowMinimum => "0은 최솟값 1보다 작습니다. canarylab은 스펙을 따릅니다".into(),
        Msg::IntRange { key, min, max, got } => {
            format!("{key} 값은 {min}에서 {max} 사이여야 하지만 {got}입니다")
        }
        Msg::LeaveOutZero => "0을 보내지 말고 필드를 빼십시오".into(),
        Msg::BringIntoRange => "범위 안의 값을 쓰십시오".into(),
        Msg::NotAnInteger { key, got } => {
            let got = if *got == JsonType::Number { "소수부가 있는 숫자" } else { name(*got) };
            format!("파라미터 {key}의 타입이 잘못되었습니다 (필요: 정수, 실제: {got})")
        }
        Msg::WithoutDecimalPoint { value } => format!("소수점 없이 쓰십시오: {value}"),
        Msg::GiveWholeNumber { key } => format!("{key} 값은 정수로 쓰십시오"),
        Msg::DescriptionTooLong { max } => {
            format!("deploymentDescription은 {max}자 이하여야 합니다")
        }
        Msg::ShortenIt => "줄이십시오".into(),

        Msg::Coerced { key, written, read, want: w } => format!(
            "{key} 값은 {written}입니다. coercion=jackson 가정에서는 NCP가 Jackson의 기본 동작대로 이 값을 {read} 값으로 읽습니다. 스펙의 타입은 {}입니다",
            name(*w)
        ),
        Msg::Truncated { key, written, read } => format!(
            "{key} 값 {written}에는 소수부가 있습니다. coercion=jackson 가정에서는 NCP가 Jackson의 기본 동작대로 int32의 소수부를 버리고 {read} 값을 저장합니다"
        ),
        Msg::DocsIntegerCoerced { key, min, max, written, read } => format!(
            "NCP 문서는 {key}의 타입을 String으로 적고, 스펙은 int32 {min}..{max}입니다. coercion=jackson 가정에서는 {written} 값을 {read} 값으로 읽습니다"
        ),
        Msg::WriteSpecType { read } => format!(
            "{read} 값으로 쓰십시오. 스펙의 타입이므로 어느 가정에서든 똑같이 읽히며, coercion=strict에서는 지금 쓴 값이 거부됩니다"
        ),
        Msg::JacksonRefuses { key, want: w } => format!(
            "{key} 값은 {} 타입으로 쓰십시오. Jackson의 기본 동작도 이 값은 거부합니다",
            want(*w)
        ),
        Msg::StrictRefusesJacksonReads { value, read } => format!(
            "{read} 값으로 쓰십시오. coercion=strict 가정(기본값)에서는 NCP가 {value} 값을 거부하고, coercion=jackson 가정에서는 {read} 값으로 읽습니다"
        ),

        Msg::StageUnreadable { error } => format!("스테이지를 읽을 수 없습니다: {error}"),
        Msg::StageAsGetReturns => "스테이지는 NCP의 스테이지 조회(GET) 응답과 같은 형태로 쓰십시오".into(),
        Msg::StageJacksonWouldRead => "스테이지는 NCP의 스테이지 조회(GET) 응답과 같은 형태(숫자와 불리언은 따옴표 없이)로 쓰거나, Jackson의 기본 동작대로 읽으려면 \"assumptions\": {\"coercion\": \"jackson\"}을 설정하십시오".into(),
        Msg::ConditionsAnArray => "canaryConditions는 조건의 배열로 쓰십시오. 스펙과 NCP의 최신 문서가 배열로 정의합니다(예전 문서는 Object로 적었습니다)".into(),

        Msg::WrapInArray => "조건을 배열로 감쌉니다: [{...}]".into(),

        Msg::PromotionNoCanary { deployment } => format!(
            "이 호출 전에는 스테이지에 카나리가 없었으므로 승격할 것이 없었습니다. copy 연산은 이 호출의 replace가 만든 카나리를 읽었고, 그 카나리의 배포는 카나리로 어떤 요청도 받은 적이 없습니다(배포: {deployment})"
        ),
        Msg::PromotionLeftCanary => "승격한 뒤에도 카나리가 남아 있습니다. 카나리는 이제 스테이지 자신의 배포를 서비스하며, 카나리를 삭제하기 전까지 스테이지는 카나리 설정 없는 배포를 받지 않습니다".into(),
        Msg::RemoveCanaryOnceDone => "승격이 끝나면 /canarySettings를 삭제하십시오(같은 UpdateStage에서 또는 다음 호출에서)".into(),
        Msg::CanaryFirstThenPromote => "새 버전을 먼저 카나리로 배포하고(canarySettings를 넣은 CreateDeployment, 또는 /canarySettings/deploymentId에 대한 UpdateStage), 트래픽 일부를 보내 확인한 뒤 승격하십시오".into(),

        Msg::AwsSays { text } => format!("AWS의 오류 메시지: {text}"),
        Msg::CanaryHasNoDeploymentId => "CreateDeployment의 카나리 설정에는 deploymentId가 없습니다. 지금 만드는 배포가 카나리가 됩니다".into(),
        Msg::PointCanaryWithUpdateStage => "기존 배포를 카나리로 지정하려면 UpdateStage의 replace /canarySettings/deploymentId를 쓰십시오".into(),
        Msg::PercentNotSet => "percentTraffic을 설정하지 않았습니다. 카나리가 0.0 %로 시작하므로 트래픽을 받지 않습니다".into(),
        Msg::SetPercentShare => "새 배포로 보낼 요청의 비율을 percentTraffic으로 설정하십시오. 예: 10.0".into(),
        Msg::CanaryGoesToStage => "카나리 배포는 기존 스테이지로 갑니다. \"stageName\"을 추가하십시오".into(),
        Msg::CanaryVariablesIgnored => "카나리 배포는 스테이지 변수를 바꾸지 않으므로(canarylab이 AWS의 동작을 읽은 방식) 이 값은 적용되지 않습니다".into(),
        Msg::PutInOverrides => "카나리 전용 값은 canarySettings.stageVariableOverrides에 넣고, 스테이지 변수는 UpdateStage로 설정하십시오".into(),
        Msg::CanaryDeploymentNotSet => "canarySettings.deploymentId를 설정하지 않았습니다. 카나리가 스테이지 자신의 배포를 서비스합니다(canarylab의 선택이며, AWS 문서는 카나리가 스테이지의 배포와 같은 상태로 시작한다고 설명합니다)".into(),
        Msg::SetCanaryDeployment => "canarySettings.deploymentId에 검증할 배포를 설정하십시오".into(),
        Msg::TooManyOps { n } => format!("한 요청의 연산 수: {n}. AWS는 큰 업데이트를 \"Update size too large. Try updating stage in multiple UpdateStage operations\"로 거부합니다(기준값은 알려지지 않았습니다)"),
        Msg::SplitOps => "연산을 여러 UpdateStage 호출로 나누십시오(호출마다 80개 이하)".into(),
        Msg::PromotionKeepsCanary => "승격해도 카나리는 남습니다. 이 copy 뒤에도 카나리가 있으며(percentTraffic을 \"0.0\"으로 설정했다면 0 %), 카나리를 삭제하기 전까지 스테이지는 카나리가 아닌 배포를 받지 못합니다".into(),
        Msg::AddRemoveCanary => "승격이 끝나면 {\"op\": \"remove\", \"path\": \"/canarySettings\"}를 추가하십시오(이 요청이나 다음 요청에)".into(),
        Msg::RemoveCanaryAfterPromotion => "승격 뒤에 카나리를 삭제합니다".into(),
        Msg::ImplicitCreate => "스테이지에 카나리가 없으면 이 replace가 기본값으로 카나리를 만듭니다: deploymentId = 스테이지 자신의 deploymentId, percentTraffic 0.0, useStageCache false".into(),
        Msg::AlsoReplaceCanaryDeployment => "새 배포를 검증하려면 /canarySettings/deploymentId도 replace하십시오(또는 CreateDeployment와 canarySettings로 카나리를 만드십시오)".into(),
        Msg::NotAnHttpMethod { method } => format!("HTTP 메서드가 아닙니다: \"{method}\". AWS는 이 경로를 받지만 설정은 어떤 메서드에도 적용되지 않습니다"),
        Msg::HttpMethodSegment => "두 번째 구간은 대문자 HTTP 메서드(GET, POST, ...)나 *입니다".into(),
        Msg::ResourcePathSlash { resource } => format!("리소스 경로가 ~1로 시작하지 않습니다: \"{resource}\". AWS는 키를 쓴 그대로 저장하므로 다음 리소스와 일치하지 않습니다: /{resource}"),
        Msg::WriteResourceSlash { resource, method } => format!("리소스 경로의 맨 앞 '/'를 ~1로 쓰십시오: /~1{resource}/{method}/..."),
        Msg::AccessLogRequestId => "액세스 로그 형식에는 $context.requestId가 있어야 합니다(AWS 문서의 요구 사항)".into(),
        Msg::AddRequestId => "형식에 $context.requestId를 추가하십시오".into(),
        Msg::ArnSuffix => "로그 그룹 ARN이 \":*\"로 끝납니다. API Gateway는 이것이 없는 ARN을 받습니다(CloudWatch Logs는 붙여서 출력합니다)".into(),
        Msg::UseValue { value } => format!("다음 값을 쓰십시오: {value}"),
        Msg::PercentIsPercentage => "percentTraffic은 0.0에서 100.0 사이의 퍼센트입니다. 10.0이면 요청의 10 %가 카나리로 갑니다".into(),
        Msg::OneOfSizes { list } => format!("다음 중 하나를 문자열로 쓰십시오(GB): {list}"),
        Msg::StageNameChars => "영문자, 숫자, '-', '_'만 쓰고 128자 이하로 쓰십시오".into(),
        Msg::KeepAtMost { max } => format!("항목을 {max}개 이하로 줄이십시오"),
        Msg::DropWhatValueCannotHold { clean } => format!("스테이지 변수 값에 쓸 수 없는 문자를 뺍니다: \"{clean}\""),
        Msg::GiveVariableName => "변수 이름을 영문자, 숫자, 밑줄로 쓰십시오".into(),
        Msg::NameCharacters { bad, example } => format!("이름에는 영문자, 숫자, '_'만 쓸 수 있습니다. 다음 문자를 빼십시오: {bad} (예: {example})"),
        Msg::ShortenTo { max } => format!("{max}자 이하로 줄이십시오"),
        Msg::ValueNotEmpty => "스테이지 변수 값은 비어 있을 수 없습니다".into(),
        Msg::ValueCharacters { bad } => format!("다음 문자를 빼십시오: {bad}. AWS 문서는 값을 영문자, 숫자와 - . _ ~ : / ? # & = , 로 정의합니다(오류 메시지는 공백을 포함하고 ~와 #를 빼지만, canarylab은 문서의 패턴을 따릅니다). 그 밖의 문자는 퍼센트 인코딩하십시오"),
        Msg::OpMoveTest => "SDK의 enum에는 move와 test도 있지만, UpdateStage는 add, remove, replace, copy만 받습니다".into(),
        Msg::UseAnOp => "add, remove, replace, copy 중 하나를 쓰십시오".into(),
        Msg::GivePath => "바꿀 필드의 경로를 쓰십시오".into(),
        Msg::AddOnlyOnAccessLog => "UpdateStage는 /accessLogSettings/destinationArn과 /accessLogSettings/format에서만 add를 받습니다. 없는 것을 만들어 주는 replace를 쓰십시오".into(),
        Msg::UseReplace => "replace로 바꿉니다".into(),
        Msg::SetAccessLogLeaves => "하위 필드를 하나씩 설정하십시오: /accessLogSettings/destinationArn, /accessLogSettings/format".into(),
        Msg::InvalidPathNear { path, near } => format!("잘못된 경로입니다: {path}. 이 경로를 찾으셨습니까? {near}"),
        Msg::WritePath { path } => format!("경로를 다음과 같이 씁니다: {path}"),
        Msg::MethodPathFourSegments => "메서드 설정 경로는 정확히 네 구간 /{resourcePath}/{httpMethod}/<group>/<name>입니다. 리소스 경로 안의 '/'는 ~1로 쓰십시오. 예: /~1pets~1{id}/GET/metrics/enabled".into(),
        Msg::PathIsCamelCase => "경로는 camelCase입니다: /documentationVersion".into(),
        Msg::FixedVocabulary { see_list } => format!("UpdateStage 경로는 스테이지 JSON을 가리키는 포인터가 아니라 정해진 목록입니다{}", if *see_list { ". 메시지의 목록을 참고하십시오" } else { "" }),
        Msg::CopyOnlyPromotes => "copy는 카나리 승격에만 씁니다: path /deploymentId와 from /canarySettings/deploymentId, 또는 path /variables와 from /canarySettings/stageVariableOverrides".into(),
        Msg::RemoveAccessLogField => "AWS는 액세스 로그 필드 하나만 삭제하는 것을 거부합니다(문서에는 있지만). /accessLogSettings 전체를 삭제하십시오".into(),
        Msg::RemoveOverridesMap => "AWS는 재정의 맵 전체를 삭제하는 것을 거부합니다(문서에는 있지만). /canarySettings/stageVariableOverrides/{name}으로 하나씩 삭제하거나 /canarySettings를 삭제하십시오".into(),
        Msg::RemoveCanaryField => "카나리 필드는 하나만 삭제할 수 없습니다. replace하거나, 카나리를 끄려면 /canarySettings를 삭제하십시오".into(),
        Msg::RemoveMethodSetting => "메서드 설정 하나만 삭제할 수는 없습니다. replace하거나 항목 /{resourcePath}/{httpMethod} 전체를 삭제하십시오".into(),
        Msg::RemoveWorksOn => "remove는 /canarySettings, /accessLogSettings, /variables, /variables/{name}, /canarySettings/stageVariableOverrides/{name}, 메서드 설정 항목 전체에 씁니다".into(),
        Msg::GiveNonEmptyAccessLog => "빈 값이 아닌 값을 쓰십시오. 액세스 로깅을 끄려면 /accessLogSettings를 삭제하십시오".into(),
        Msg::GiveExistingDeployment => "기존 배포의 ID를 쓰십시오".into(),
        Msg::PercentAsString => "percentTraffic은 퍼센트입니다. \"10\"이면 요청의 10 %가 카나리로 갑니다(0.0~100.0)".into(),
        Msg::MethodSettingLeaves => "메서드 설정 경로는 목록에 있는 하위 필드 중 하나로 끝납니다. 예: /*/*/metrics/enabled, /~1pets/GET/caching/ttlInSeconds".into(),
        Msg::CanaryNotOneObject => "카나리는 객체 하나로 설정하지 않습니다. 필드를 하나씩 replace하십시오. 예: /canarySettings/percentTraffic".into(),
        Msg::OverridesOneByOne => "canarylab의 선택입니다(AWS의 동작은 알려지지 않았습니다). 재정의는 /canarySettings/stageVariableOverrides/{name}으로 하나씩 replace하십시오".into(),
        Msg::EntriesOneByOne => "canarylab의 선택입니다(AWS 문서는 이 경로가 어떤 값을 받는지 말하지 않습니다). 항목을 하나씩 설정하십시오".into(),
        Msg::CanaryFields => "카나리의 필드는 deploymentId, percentTraffic, useStageCache, stageVariableOverrides/{name}입니다".into(),
        Msg::CacheTtlRange => "캐시 TTL은 0~3600초입니다(기본값 300)".into(),
        Msg::LoggingLevels => "OFF, ERROR, INFO 중 하나를 대문자로 쓰십시오".into(),
        Msg::OneOf { list } => format!("다음 중 하나를 쓰십시오: {list}"),
        Msg::WriteTrueFalse => "패치 값은 문자열입니다. \"true\"나 \"false\"로 쓰십시오".into(),
        Msg::WriteWholeNumberString => "정수를 문자열로 쓰십시오. 예: \"100\"".into(),
        Msg::WriteNumberString => "숫자를 문자열로 쓰십시오. 예: \"10.5\"".into(),
        Msg::SameDeployment { deployment } => format!("카나리가 스테이지 자신의 배포를 서비스합니다(배포: {deployment}). 카나리 요청도 스테이지와 같은 코드를 실행하므로 새로 검증하는 것이 없습니다(다른 것은 스테이지 변수 재정의뿐입니다)"),
        Msg::PointCanaryElsewhere => "카나리를 검증할 배포로 지정하거나, 승격이 끝났다면 /canarySettings를 삭제하십시오".into(),
        Msg::OverrideUnknownNear { near } => format!("이 이름을 찾으셨습니까? \"{near}\". 재정의는 카나리 요청에서 같은 이름의 스테이지 변수를 대신합니다"),
        Msg::OverrideUnknownDefine { name } => format!("재정의는 같은 이름의 스테이지 변수를 대신합니다. 스테이지의 배포에도 이 변수가 필요하면 스테이지에 정의하십시오: \"{name}\""),
        Msg::RenameOverride { name } => format!("재정의의 이름을 바꿉니다: \"{name}\""),
        Msg::OverrideUnknown { name } => format!("스테이지에 정의되지 않은 변수입니다: \"{name}\". 카나리 요청에는 새 변수로 보이고, 스테이지 요청에는 전혀 보이지 않습니다"),
        Msg::StageCacheOff { this_request } => format!("useStageCache가 true이지만 {}. 카나리 요청은 전혀 캐시되지 않습니다", if *this_request { "이 요청이 스테이지 캐시를 끕니다" } else { "스테이지 캐시가 꺼져 있습니다" }),
        Msg::TurnCacheOn { this_request } => format!("스테이지 캐시(cacheClusterEnabled)를 {}, 실제 동작이 드러나도록 useStageCache를 false로 설정하십시오", if *this_request { "켠 채로 두거나" } else { "켜거나" }),
        Msg::ZeroPercentOverrides { n } => format!("카나리가 0 %인데 스테이지 변수 재정의가 {n}개 있습니다. 카나리로 가는 요청이 없으므로 어떤 요청도 재정의를 보지 못합니다"),
        Msg::SetPercentForOverrides => "재정의를 검증할 요청의 비율로 percentTraffic을 설정하거나(예: 10.0), 재정의를 빼십시오".into(),
        Msg::FullTraffic => "카나리가 요청의 100 %를 받지만 여전히 카나리입니다. 스테이지 자신의 배포는 요청을 받지 않으며, 카나리를 삭제하기 전까지 스테이지는 카나리 설정 없는 배포를 받지 않습니다".into(),
        Msg::PromoteInstead => "카나리를 스테이지의 배포로 만들려면 승격하고(copy /deploymentId from /canarySettings/deploymentId, copy /variables from /canarySettings/stageVariableOverrides) /canarySettings를 삭제하십시오".into(),
        Msg::LoggingNoRole { key, level, service } => format!("계정에 CloudWatch Logs 역할이 없는데 실행 로깅이 켜져 있습니다(메서드: {key}, 수준: {level}). API Gateway는 이 로그를 쓸 수 없고, 로깅을 켜는 요청도 거부합니다(\"{service}\")"),
        Msg::DataTraceNoRole { key, service } => format!("계정에 CloudWatch Logs 역할이 없는데 전체 요청·응답 로깅이 켜져 있습니다(메서드: {key}). API Gateway는 이 로그를 쓸 수 없고, 로깅을 켜는 요청도 거부합니다(\"{service}\")"),
        Msg::AccessLogNoRole => "액세스 로깅이 켜져 있지만 계정에 CloudWatch Logs 역할이 없습니다. API Gateway는 액세스 로그를 쓸 수 없습니다".into(),
        Msg::SetCloudwatchRole => "먼저 계정의 CloudWatch Logs 역할을 설정하십시오(UpdateAccount /cloudwatchRoleArn 또는 AWS::ApiGateway::Account 리소스). 계정과 리전마다 한 번입니다".into(),

        Msg::GiveStageAsGetStage => "스테이지는 GetStage가 반환하는 형태로 쓰십시오(aws apigateway get-stage가 출력합니다)".into(),
        Msg::PlanNoRename => "UpdateStage는 이름으로 스테이지를 찾으므로 이름을 바꿀 수 없습니다. 새 이름으로 스테이지를 만들고(CreateStage) 예전 스테이지를 삭제하십시오".into(),
        Msg::PlanNoWebAcl => "UpdateStage에는 webAclArn 경로가 없습니다. 웹 ACL은 AWS WAF에서 연결하거나 해제하십시오".into(),
        Msg::PlanNoTags => "UpdateStage에는 tags 경로가 없습니다. 스테이지의 ARN에 TagResource와 UntagResource를 쓰십시오".into(),
        Msg::PlanCacheSizeUnset => "UpdateStage는 cacheClusterSize를 다른 크기로 바꿀 수는 있지만 설정을 없앨 수는 없습니다".into(),
        Msg::PlanNoPath => "UpdateStage에는 이 멤버의 경로가 없습니다".into(),
        Msg::PlanAccessLogEmpty => "UpdateStage는 destinationArn도 format도 없는 액세스 로그 설정을 만들 수 없습니다. AWS는 빈 값을 거부합니다".into(),
        Msg::PlanMethodKey { key } => format!("UpdateStage는 메서드 설정을 /{{resourcePath}}/{{httpMethod}} 형식(사이에 '/' 하나)으로 가리키는데, 이 키는 그 형식이 아닙니다: \"{key}\""),
        Msg::PlanRefused { op, path, error } => format!("UpdateStage가 거부하는 연산입니다: {op} {path}. AWS의 오류 메시지: {error}"),
        Msg::PlanGatewayRefuses { error } => format!("시뮬레이션된 게이트웨이가 이 연산들을 거부합니다: {error}"),
        Msg::PlanResidue { got, want } => format!("연산을 적용한 뒤 스테이지의 이 위치 값: {}, 원하는 스테이지의 값: {}", got.as_deref().unwrap_or("없음"), want.as_deref().unwrap_or("없음")),

        Msg::KindUnknown => "파일의 종류를 알 수 없습니다. CloudFormation 템플릿(Resources 없음), Terraform 플랜(resource_changes 없음), aws apigateway 명령이 있는 스크립트 중 어느 것도 아닙니다".into(),
        Msg::NameTheKind => "종류를 지정하십시오: --input cloudformation, --input terraform, --input aws-cli".into(),
        Msg::NotRun { max, from } => format!("시뮬레이션된 게이트웨이는 스테이지와 배포를 공유하는 요청을 최대 {max}개까지 실행합니다. 이 요청({from})부터는 검증만 하고 실행하지 않습니다"),
        Msg::CheckInParts => "모든 요청을 실행하려면 파일을 나누어 검사하십시오".into(),
        Msg::ServiceRefuses { action, from, status, error_type, message } => format!("시뮬레이션된 API Gateway가 이 요청을 거부합니다: {action} ({from}). AWS의 응답: {status} {error_type}: {message}"),
        Msg::ServiceRefusalHint => "파일의 호출을 순서대로 실행하면 AWS가 이렇게 답합니다(canarylab은 첫 거부에서 멈춥니다)".into(),
        Msg::MalformedYaml { error } => format!("YAML 형식이 잘못되었습니다: {error}"),
        Msg::YamlUnknownAnchor => "YAML 형식이 잘못되었습니다: 알 수 없는 앵커를 가리키는 별칭입니다".into(),
        Msg::YamlKeyNotScalar => "YAML 형식이 잘못되었습니다: 매핑 키가 스칼라가 아닙니다".into(),
        Msg::YamlNotOfTag { text, tag } => format!("YAML 형식이 잘못되었습니다: '{text}' 값은 !!{tag} 타입이 아닙니다"),
        Msg::YamlAliasLimit { max } => format!("이 문서의 별칭을 펼치면 노드가 canarylab의 한계인 {max}개를 넘습니다(\"billion laughs\" 같은 별칭 폭탄은 기하급수적으로 커집니다)"),
        Msg::YamlDepthLimit { max } => format!("중첩이 canarylab의 한계인 {max}단계보다 깊습니다"),
        Msg::YamlUnknownTag { tag, known } => format!("알 수 없는 태그입니다: !{tag}. CloudFormation의 짧은 형식: {known}"),
        Msg::FixYamlFirst => "YAML부터 고치십시오. 파싱되기 전에는 다른 것을 검사할 수 없습니다".into(),
        Msg::YamlLimitHint => "반복되는 부분을 직접 풀어 쓰거나 템플릿을 나누십시오. canarylab은 이 한계를 넘는 내용을 읽지 않습니다".into(),
        Msg::CfnNotObject { got } => format!("CloudFormation 템플릿은 Resources가 있는 객체여야 하지만 {} 값입니다", name(*got)),
        Msg::CheckTemplate => "이 파일이 템플릿인지 확인하십시오(CDK는 cdk.out/<stack>.template.json)".into(),
        Msg::CfnNoResources => "템플릿에 Resources 객체가 없습니다".into(),
        Msg::CfnResourcesShape => "템플릿은 리소스를 Resources 아래에 나열합니다: {LogicalId: {Type, Properties}}".into(),
        Msg::CfnOrder { stage_id, name } => format!("이 카나리 배포는 스테이지를 만드는 리소스에 의존하지 않습니다(리소스: {stage_id}, 스테이지: {name}). CloudFormation이 배포를 먼저 만들 수 있는데, AWS는 아직 없는 스테이지로 가는 카나리 배포를 거부합니다(\"Invalid deployment content specified.Stage {name} must already be created before making a canary release deployment\")"),
        Msg::CfnOrderHint { stage_id } => format!("스테이지가 먼저 만들어지도록 다음과 같이 쓰십시오: StageName: !Ref {stage_id} (또는 DependsOn: {stage_id} 추가)"),
        Msg::CfnMethodUnresolved => "이 메서드 설정의 ResourcePath나 HttpMethod를 템플릿에서 알아낼 수 없으므로 설정을 검사하지 않습니다".into(),
        Msg::CfnWriteMethodText => "텍스트로 쓰십시오. 예: ResourcePath: /~1pets, HttpMethod: GET".into(),
        Msg::CfnNoProperty { what, name } => format!("없는 속성입니다: {what}.{name}. CloudFormation이 거부합니다(\"Encountered unsupported property {name}\")"),
        Msg::CfnDidYouMean { near } => format!("이 속성을 찾으셨습니까? {near}. 속성 이름은 대소문자를 구분합니다"),
        Msg::CfnRemoveIt { what, list } => format!("삭제하십시오. 받는 속성({what}): {list}"),
        Msg::CfnIntrinsic { name, function } => format!("canarylab이 계산하지 않는 함수로 주어진 값이므로 내용을 검사하지 않습니다: {name} ({function})"),
        Msg::CfnWriteObjectOut => "검사하려면 템플릿에 객체를 직접 쓰십시오".into(),
        Msg::CfnType { name: n, want, got } => format!("{n} 값의 타입이 잘못되었습니다(필요: {}, 실제: {}). CloudFormation이 템플릿을 거부합니다", phrase(want), name(*got)),
        Msg::CfnWriteAs { name, want } => format!("{name} 값은 다음 형식으로 쓰십시오: {}", phrase(want)),
        Msg::CfnUnresolved { name, what } => format!("템플릿만으로는 알 수 없는 값입니다: {name} ({what}). 검사하지 않으며, 그 요청은 시뮬레이션된 게이트웨이에서 실행하지 않습니다"),
        Msg::CfnGiveDefault => "검사하려면 파라미터에 Default를 주거나 값을 직접 쓰십시오".into(),
        Msg::CfnStageFirst => "카나리 배포보다 스테이지를 먼저 만드십시오. 스테이지에 기본 배포(DeploymentId)를 주고, 카나리 배포가 StageName: !Ref TheStage(또는 DependsOn)로 스테이지를 가리키게 하면 CloudFormation이 스테이지 다음에 만듭니다".into(),
        Msg::CfnStageHasCanary => "스테이지에 카나리가 있습니다. 이 스테이지로 배포하려면 DeploymentCanarySettings가 필요하며, 아니면 먼저 스테이지의 카나리를 삭제하십시오".into(),
        Msg::CfnSameStage => "두 리소스가 같은 스테이지를 만듭니다. Deployment의 StageName과 AWS::ApiGateway::Stage가 모두 만듭니다. Deployment에서 StageName을 빼고 Stage의 DeploymentId가 그 배포를 가리키게 하십시오".into(),
        Msg::CfnPointDeployment => "DeploymentId(또는 CanarySetting.DeploymentId)가 스택이 만드는 배포를 가리키게 하십시오: DeploymentId: !Ref TheDeployment".into(),
        Msg::TfFixJson => "플랜은 `terraform show -json plan.out`이 출력하는 JSON입니다. 문법부터 고치십시오".into(),
        Msg::TfNoChanges => "플랜에 resource_changes 목록이 없습니다".into(),
        Msg::TfGiveJson => "canarylab에 플랜을 JSON으로 주십시오: terraform plan -out plan.out && terraform show -json plan.out > plan.json".into(),
        Msg::TfCanaryNoDeployment => "canary_settings에 deployment_id가 없습니다. AWS 프로바이더는 스테이지 자신의 deployment_id를 카나리의 것으로 보내므로(canary_settings에 deployment_id가 생기기 전 버전은 항상 그랬습니다) 카나리가 스테이지와 같은 배포를 서비스하고 아무것도 검증하지 않습니다".into(),
        Msg::TfCanaryDeploymentHint => "canary_settings.deployment_id를 새 배포(aws_api_gateway_deployment.<name>.id)로 설정하십시오. 그 속성이 없는 오래된 프로바이더라면 aws apigateway update-stage --patch-operations op=replace,path=/canarySettings/deploymentId,value=<id>로 카나리를 지정하십시오".into(),
        Msg::TfNotText { attr, got } => format!("프로바이더는 텍스트를 보내는데 {attr} 값이 {} 타입입니다", name(*got)),
        Msg::TfSingleValue => "플랜을 확인하십시오. 이 속성은 값 하나입니다".into(),
        Msg::TfAfterApply { name } => format!("apply 뒤에야 알 수 있는 값입니다: {name}. 검사하지 않으며, 그 요청은 시뮬레이션된 게이트웨이에서 실행하지 않습니다"),
        Msg::TfSetFromKnown => "플랜이 아는 값으로 설정하거나, 적용된 스테이지를 canarylab validate로 검사하십시오".into(),
        Msg::TfCreateBeforeDestroy => "스테이지가 아직 서비스하는 예전 배포를 Terraform이 삭제합니다. aws_api_gateway_deployment에 lifecycle { create_before_destroy = true }를 주어 스테이지가 먼저 새 배포로 옮겨 가게 하십시오".into(),
        Msg::TfStageFirst => "카나리 배포의 스테이지가 먼저 있어야 합니다. aws_api_gateway_stage로 만들고 stage_name에서 참조로 가리키십시오(aws_api_gateway_stage.x.stage_name)".into(),
        Msg::TfRemoveCanary => "스테이지에 카나리가 있습니다. 먼저 스테이지의 canary_settings를 삭제하거나 canary_settings와 함께 배포하십시오".into(),
        Msg::TfSameStage => "두 리소스가 같은 스테이지를 만듭니다. 배포의 stage_name과 aws_api_gateway_stage가 모두 만듭니다. 배포에서 stage_name을 빼십시오".into(),

        Msg::CliNotShellWords { error } => {
            format!("스크립트를 셸 단어로 읽을 수 없습니다: {}", msg(error))
        }
        Msg::CliCloseQuote => "따옴표나 치환을 닫으십시오. 스크립트를 읽을 수 있기 전에는 다른 것을 검사할 수 없습니다".into(),
        Msg::CliUnexpectedArgument { value, command } => format!("예상하지 못한 인수입니다: '{value}'. aws apigateway {command} 명령은 옵션만 받습니다"),
        Msg::CliQuoteSpaces => "공백이 있는 값은 따옴표로 감싸고, 이어지는 줄은 백슬래시로 이으십시오".into(),
        Msg::CliYamlNotRead { command } => format!("여기서는 --cli-input-yaml을 읽지 않습니다: aws apigateway {command}"),
        Msg::CliWriteJson { command } => format!("요청을 JSON으로 써서 다음 명령으로 검사하십시오: canarylab validate aws.{command}"),
        Msg::CliNoOption { command, name, shown } => format!("없는 옵션입니다: aws apigateway {command} --{name}. AWS CLI가 명령을 거부합니다(\"Unknown options: {shown}\")"),
        Msg::CliDidYouMeanOption { near } => format!("이 옵션을 찾으셨습니까? --{near}"),
        Msg::CliTakesOptions { command, list } => format!("aws apigateway {command} 명령이 받는 옵션: --{list}"),
        Msg::CliNeedsValue { name } => format!("옵션에 값이 필요합니다: --{name}. AWS CLI가 명령을 거부합니다"),
        Msg::CliGiveValue { name } => format!("옵션에 값을 주거나 옵션을 빼십시오: --{name}"),
        Msg::CliFileOption { name, file } => format!("canarylab이 여기서 열 수 없는 파일에서 읽는 옵션이므로 검사하지 않습니다: --{name} ({file})"),
        Msg::CliCheckFile { command } => format!("그 파일을 따로 검사하십시오: 그 파일이 속한 요청과 함께 canarylab validate aws.{command}"),
        Msg::CliUnsetVariables { name, list } => format!("스크립트가 이 명령 전에 설정하지 않는 변수가 있으므로 검사하지 않습니다: --{name} ({list})"),
        Msg::CliAssignVariable => "스크립트에서 변수를 할당하거나, 펼친 명령을 검사하십시오(set -x로 스크립트 실행)".into(),
        Msg::CliRequestFromFile { file } => format!("canarylab이 여기서 열 수 없는 파일에서 요청을 읽으므로 이 명령은 검사하지 않습니다: {file}"),
        Msg::CliValidateFile { command, file } => format!("그 파일을 따로 검사하십시오: canarylab validate aws.{command} {file}"),
        Msg::CliInputJsonVariables => "--cli-input-json에 스크립트가 이 명령 전에 설정하지 않는 변수가 있으므로 명령을 검사하지 않습니다".into(),
        Msg::CliWriteRequestOut => "요청을 직접 쓰거나 펼친 명령을 검사하십시오".into(),
        Msg::CliInputJsonNotObject { got } => format!("--cli-input-json은 JSON 객체여야 하지만 {} 값입니다", name(*got)),
        Msg::CliWholeRequest => "요청 전체를 {\"restApiId\": ..., \"stageName\": ..., ...} 형태로 쓰십시오".into(),
        Msg::CliInputJsonNotJson { error } => format!("--cli-input-json이 JSON이 아닙니다: {error}"),
        Msg::CliFixJson => "JSON을 고치십시오(셸에서는 작은따옴표로 감싸십시오)".into(),
        Msg::CliJsonLike { name, error } => format!("JSON처럼 시작하지만 JSON이 아닙니다: --{name}: {error}"),
        Msg::CliFixJsonOrShorthand => "JSON을 고치거나(셸에서는 작은따옴표로 감싸십시오) 축약 문법을 쓰십시오: key=value,key=value".into(),
        Msg::CliBadShorthand { name, error } => {
            format!("올바른 축약 문법이 아닙니다: --{name}: {}", msg(error))
        }
        Msg::CliWriteShorthand => "쉼표로 구분한 key=value 쌍으로 쓰거나(맵은 key={a=b}) JSON을 쓰십시오".into(),
        Msg::CliMemberRefused { name, key, why } => format!("--{name} {key}: {}. AWS CLI가 요청을 보내기 전에 명령을 거부합니다", msg(why)),
        Msg::CliWriteMember { key, want } => format!("{key} 값은 다음 형식으로 쓰십시오: {}", phrase(want)),
        Msg::CliStageFirst => "먼저 스테이지를 만들고(aws apigateway create-stage) 그 스테이지에 카나리를 배포하십시오".into(),
        Msg::CliStageHasCanary => "스테이지에 카나리가 있습니다. --canary-settings로 배포하거나 먼저 카나리를 삭제하십시오(update-stage --patch-operations op=remove,path=/canarySettings)".into(),
        Msg::CliNoCanaryYet => "스크립트의 이 시점에는 스테이지에 카나리가 없습니다. 승격하기 전에 카나리를 만드십시오".into(),
        Msg::CliMoveStageOff => "먼저 스테이지를 이 배포에서 다른 배포로 옮기십시오(update-stage --patch-operations op=replace,path=/deploymentId,value=<other id>)".into(),
        Msg::CliStageTwice => "스크립트가 이 스테이지를 두 번 만듭니다. 두 번째는 update-stage를 쓰십시오".into(),

        Msg::GiveTolerance => "받아들일 수 있는 오류율 증가의 최댓값을 분수로 쓰십시오. 0.005는 0.5 퍼센트포인트입니다".into(),
        Msg::JudgeRange { key, max, got } => format!("{key} 값은 0보다 크고 {max}보다 작아야 하지만 {got}입니다"),
        Msg::AlphaExample => "1에 대한 분수로 쓰십시오. 0.05는 판정이 틀릴 확률 5 %입니다".into(),
        Msg::ToleranceExample => "1에 대한 분수로 쓰십시오. 0.005는 오류가 0.5 퍼센트포인트 늘어나는 것까지 받아들입니다".into(),
        Msg::JudgeBoth => "문서에 합계(baseline과 canary)와 시계열이 모두 있습니다".into(),
        Msg::JudgeGiveOne => "하나만 쓰십시오: 지금까지의 합계, 또는 구간의 시계열(구간마다 차례로 판정합니다)".into(),
        Msg::JudgeNoCounts => "문서에 횟수가 없습니다. baseline과 canary의 합계도, 시계열도 없습니다".into(),
        Msg::JudgeAddCounts => "\"baseline\": {\"requests\", \"errors\"}와 \"canary\": {...}를 추가하거나, \"series\": [{\"time\", \"baseline\", \"canary\"}, ...]를 추가하십시오".into(),
        Msg::SeriesEmpty => "시계열에 포인트가 없습니다".into(),
        Msg::SeriesAddPoint => "구간마다 포인트를 하나씩 추가하십시오: {\"time\", \"baseline\": {\"requests\", \"errors\"}, \"canary\": {...}}".into(),
        Msg::SeriesOrder { time, before } => format!("시각이 이전 포인트보다 뒤가 아닙니다: {time} (이전: {before})"),
        Msg::SeriesSort => "포인트를 시각순으로, 시각마다 한 번씩 나열하십시오(시각으로 정렬하십시오)".into(),
        Msg::ErrorsExceed { errors, requests } => format!("요청 {requests}개 중 오류 {errors}개입니다. 한쪽이 받은 요청보다 많은 요청을 실패할 수는 없습니다"),
        Msg::ErrorsAreFailed => "errors는 requests 중 실패한 요청의 수입니다(비율이 아닌 5XXError의 Sum)".into(),
        Msg::LatencyOneSide { missing } => format!("latency가 한쪽에만 있습니다. 없는 쪽: {missing}"),
        Msg::LatencyBothSides => "latency는 양쪽 모두에(같은 통계, 밀리초 단위) 쓰거나 둘 다 빼십시오".into(),
        Msg::LatencyRange { got } => format!("latency는 0 이상의 밀리초 숫자여야 하지만 값이 {got}입니다"),
        Msg::LatencyStatistic => "그 분의 지연 시간 통계(Average나 백분위수)를 밀리초로 쓰십시오".into(),
        Msg::CountNegative { got } => format!("횟수는 음수일 수 없지만 값이 {got}입니다"),
        Msg::CountFraction { got } => format!("횟수는 정수여야 하지만 값이 {got}입니다"),
        Msg::CountTooLarge { got } => format!("횟수가 너무 커서 정확히 셀 수 없습니다: {got}"),
        Msg::CountsAreWhole => "횟수는 0 이상의 요청 수(정수)입니다(비율이나 평균이 아닙니다)".into(),
        Msg::BadTime { time, why } => format!("시각이 ISO 8601 UTC 타임스탬프도, 초 단위 숫자도 아닙니다: {time}{}", if why.is_empty() { String::new() } else { format!(" ({why})") }),
        Msg::WriteTimes => "시각은 2026-01-01T00:01:00Z(UTC)나 초(예: epoch 초)로 쓰십시오".into(),
        Msg::NotCloudwatch => "get-metric-data 출력(MetricDataResults 없음)도, 쪽마다의 get-metric-statistics 출력도 아닙니다".into(),
        Msg::StatisticsPerSide => "get-metric-statistics 출력 하나는 한쪽의 지표 하나입니다. {\"baseline\": {\"requests\": OUT, \"errors\": OUT}, \"canary\": {...}}로 주십시오(CLI: --baseline-requests FILE ...)".into(),
        Msg::GiveMetricData => "`aws cloudwatch get-metric-data`의 출력(쪽마다 쿼리 Id 지정)이나, 쪽마다의 get-metric-statistics 출력을 주십시오".into(),
        Msg::NoDatapoints => "CloudWatch 출력에 데이터 포인트가 없습니다".into(),
        Msg::WidenRange => "시간 범위(--start-time, --end-time)를 넓히고 차원을 확인하십시오. 데이터가 한 번도 없던 지표에 CloudWatch는 아무것도 반환하지 않습니다".into(),
        Msg::PeriodMissing { what, time } => format!("다른 시계열에는 값이 있는 구간에 값이 없습니다: {what}, {time}"),
        Msg::FillZero => "CloudWatch는 데이터가 없는 구간을 빼고 반환합니다. get-metric-data에서 각 쿼리를 지표 수식 FILL(m, 0)으로 감싸 모든 구간에 값이 있게 하거나, 네 시계열 모두에 데이터가 있는 범위를 판정하십시오".into(),
        Msg::ErrorsAt { errors, time, requests } => format!("요청보다 오류가 많습니다: 시각 {time}, 요청 {requests}개, 오류 {errors}개"),
        Msg::SameSideMetrics => "errors는 5XXError의 Sum, requests는 Count의 SampleCount여야 하며 같은 쪽의 것이어야 합니다".into(),
        Msg::NextToken { token } => format!("출력이 여러 페이지 중 하나입니다(NextToken {token}). 판정에는 모든 구간이 필요합니다"),
        Msg::FetchPages => "나머지 페이지(--next-token)를 가져와 합치거나 시간 범위를 줄이십시오".into(),
        Msg::NameQueries { ids } => format!("쪽마다 requests와 errors의 쿼리를 지정하십시오. 출력에 있는 쿼리: {ids}"),
        Msg::QueryOptions => "CLI에서는 --baseline-requests ID --baseline-errors ID --canary-requests ID --canary-errors ID로, npm에서는 options.queries로 지정하십시오".into(),
        Msg::NoQuery { id, what, ids } => format!("이 Id의 쿼리가 없습니다: \"{id}\" ({what}). 출력에 있는 쿼리: {ids}"),
        Msg::NameRunIds => "실행한 --metric-data-queries의 Id를 지정하십시오(Id는 대소문자를 구분합니다)".into(),
        Msg::PartialData { what } => format!("PartialData입니다: {what}. CloudWatch가 구간의 일부만 반환했습니다"),
        Msg::QueryStatus { what, status } => format!("쿼리가 완료되지 않았습니다: {what} (StatusCode {status})"),
        Msg::SeeMessages => "결과의 Messages를 보고, 쿼리의 권한과 차원을 확인하십시오".into(),
        Msg::LengthsDiffer { what, times, values } => format!("타임스탬프와 값의 수가 다릅니다: {what} (타임스탬프 {times}개, 값 {values}개)"),
        Msg::AsPrinted => "AWS CLI가 출력한 그대로 주십시오".into(),
        Msg::PeriodTwice { time } => format!("한 시계열에 같은 구간이 두 번 있습니다: {time}"),
        Msg::MergeOnce => "구간이 반복되지 않게 페이지를 합치십시오".into(),
        Msg::Not5xx { what, label } => format!("5XXError 지표여야 하지만 이 출력은 다른 지표입니다: {what} ({label})"),
        Msg::Run5xxSum => "get-metric-statistics를 --metric-name 5XXError --statistics Sum으로 실행하십시오(같은 출력에서 요청 수도 읽으려면 SampleCount도)".into(),
        Msg::NoStatistic { what, key } => format!("데이터 포인트에 필요한 통계가 없습니다: {what}, {key}"),
        Msg::RunWith { flag } => format!("get-metric-statistics를 다음 옵션으로 실행하십시오: {flag}"),

        Msg::MinMinutes { max, got } => format!("minMinutes는 1에서 {max} 사이의 정수여야 하지만 값이 {got}입니다"),
        Msg::ShortestStep => "가장 짧은 단계를 분 단위로 쓰십시오".into(),
        Msg::RateTooLow { rps } => format!("초당 요청 {rps}개는 분당 요청 1개보다 적습니다"),
        Msg::RateAtLeast => "판정은 매분 이루어집니다. 초당 1/60 이상의 비율을 쓰십시오".into(),
        Msg::RampNumberRange { key, lo, lo_in, hi, hi_in, got } => format!("{key} 값이 범위를 벗어났습니다(범위: {lo} {}, {hi} {}, 받은 값: {got})", if *lo_in { "이상" } else { "초과" }, if *hi_in { "이하" } else { "미만" }),
        Msg::RpsHint => "양쪽을 합친 스테이지의 초당 요청 수를 쓰십시오".into(),
        Msg::ToleranceFraction => "1에 대한 분수로 쓰십시오. 0.005는 오류가 0.5 퍼센트포인트 늘어나는 것까지 받아들입니다(baselineErrorRate + tolerance는 1보다 작아야 합니다)".into(),
        Msg::FractionFivePercent => "1에 대한 분수로 쓰십시오. 5 %는 0.05입니다".into(),
        Msg::StepNotRising { step } => format!("단계가 이전 단계보다 높지 않습니다: {step} %"),
        Msg::StepsRising => "카나리의 퍼센트를 오름차순으로 나열하십시오: [1, 5, 25, 100]".into(),
        Msg::StepRange { step } => format!("단계는 0 초과 100 이하의 퍼센트여야 하지만 값이 {step}입니다"),
        Msg::StepsArePercentages => "단계는 요청의 퍼센트입니다: [1, 5, 25, 100]".into(),
        Msg::LastStep100 => "마지막 단계는 승격인 100이어야 합니다".into(),
        Msg::EndWith100 => "단계를 100으로 끝내십시오. 예: [1, 5, 25, 100]".into(),
        Msg::OneCanaryStep => "100 전에 카나리 단계가 하나 이상 있어야 합니다".into(),
        Msg::SuchAsSteps => "예: [5, 100] 또는 [1, 5, 25, 100]".into(),
        Msg::RampTooLong { rps, max, power } => format!("초당 요청 {rps}개로는 검정력 {power}에 도달하는 데 단계마다 {max}분보다 오래 걸립니다"),
        Msg::RaiseRate => "비율, tolerance, alpha를 높이거나 power를 낮추십시오".into(),
        Msg::LatencyMethod => "기준선 대비 카나리의 분당 지연 시간의 Hodges-Lehmann 이동량과 Mann-Whitney 구간(정규 근사)".into(),
        Msg::LatencyNote => "분당 통계는 독립 표본이 아니며 이 구간은 반복해서 볼 때 유효하지 않습니다. 판정에 들어가지 않는 참고값입니다".into(),
        Msg::LatencyLatest { minutes } => format!("; 최근 {minutes}분을 비교했습니다"),
        Msg::RampNoteSteps => "각 단계는 정해진 분 동안 유지되며 매분 판정기가 실행됩니다. 롤백 판정이 나오면 즉시 증량을 끝냅니다. 마지막 카나리 단계에서는 첫 승격 판정에서 승격합니다".into(),
        Msg::RampNoteAws => "AWS: 첫 단계는 CreateDeployment로 카나리를 만듭니다(카나리는 새로 만드는 배포를 서비스합니다). 승격은 카나리의 배포와 변수 재정의를 스테이지로 복사한 뒤 카나리를 제거합니다(docs/aws-behaviour.md, \"Promotion\")".into(),
        Msg::RampNoteNcp => "NCP: DeployCanary는 NCP 콘솔에서만 할 수 있습니다(카나리에 배포하는 API 호출이 없습니다). 첫 Edit Canary 전에 콘솔에서 새 버전을 카나리에 배포하십시오".into(),
        Msg::RampNoteDimension => "스크립트에 CANARY_DIMENSION이 필요합니다. 카나리의 CloudWatch 지표가 쓰는 Stage 차원 값이며, AWS는 이를 문서화하지 않았습니다(aws cloudwatch list-metrics --namespace AWS/ApiGateway --metric-name Count로 찾으십시오)".into(),
        Msg::RampNoteStageCounts => "스테이지의 지표가 카나리의 요청도 세는지는 문서화되어 있지 않습니다. 스크립트는 기준선을 스테이지 값에서 카나리 값을 뺀 것으로 봅니다(STAGE_METRICS_INCLUDE_CANARY=yes, 안전한 쪽). 세지 않는다면 no로 설정하십시오".into(),

        Msg::ReasonRollback { p, alpha, sides } => format!("카나리가 기준(baseline)보다 자주 실패합니다. 항상 유효한 p-value({p})가 alpha({alpha}) 이하입니다. {}", ko_sides(sides)),
        Msg::ReasonPromote { above, confidence, tolerance, sides } => format!("카나리의 오류율은 기준보다 최대 {above} 높으며(신뢰 시퀀스 {confidence}), 허용 오차 {tolerance}보다 작습니다. {}", ko_sides(sides)),
        Msg::ReasonNoRequests => "카나리가 아직 요청을 하나도 받지 않았으므로 어느 쪽으로도 근거가 없습니다".into(),
        Msg::ReasonWait { p, alpha, above, tolerance, sides } => format!("아직 판정할 수 없습니다. p-value({p})가 alpha({alpha})보다 크고, 카나리의 오류율이 아직 기준보다 최대 {above} 높을 수 있습니다(허용 오차 {tolerance}). {}", ko_sides(sides)),
        Msg::JudgeFigures { p, alpha, estimate, interval, tolerance } => format!("  p-value {p} (rollback 기준 {alpha}), 차이 {estimate}, 범위 {interval} (promote 기준: {tolerance} 미만)"),
        Msg::JudgeNeeded { canary_requests, requests, minutes, toward } => format!("  필요: 카나리 요청 약 {canary_requests}개 더(전체 {requests}개{}), 향하는 판정: {toward}", minutes.as_ref().map(|m| format!(", 약 {m}분")).unwrap_or_default()),

        Msg::ShUnclosed { what } => format!("{what} 기호가 닫히지 않았습니다"),
        Msg::ShUnclosedSubstitution => "명령 치환이 닫히지 않았습니다".into(),
        Msg::ShUnexpectedText => "값 뒤에 예상하지 못한 텍스트가 있습니다".into(),
        Msg::ShExpectedKeyValue { found } => {
            format!("key=value 형식이어야 하지만 다른 텍스트가 있습니다: '{found}'")
        }
        Msg::ShTooDeep => "중첩이 너무 깊습니다".into(),
        Msg::ShUnexpected { c } => format!("예상하지 못한 문자입니다: '{c}'"),
        Msg::ShListForMap => "맵이 와야 할 곳에 목록이 있습니다".into(),
        Msg::ShListForValue => "값 하나가 와야 할 곳에 목록이나 맵이 있습니다".into(),
        Msg::ShNotNumber { text } => format!("숫자가 아닙니다: '{text}'"),
        Msg::ShNotBool { text } => format!("true나 false가 아닙니다: '{text}'"),
        Msg::ShNotMap { text } => format!("맵이 아닙니다: '{text}'"),

        Msg::HelpHead { version } => format!(
            "canarylab {version}\n실제 서비스를 호출하기 전에 API Gateway 카나리 배포가 무엇을 할지 확인합니다.\n\n\
             사용법: canarylab <COMMAND> [ARGS]\n\n"
        ),
        Msg::HelpCommands => "명령:".into(),
        Msg::HelpOptions => "\n옵션:\n  -h, --help     도움말을 출력합니다\n  -V, --version  버전을 출력합니다\n\
             \x20 --lang en|ko   canarylab 자신의 문장(메시지, 힌트, 판정, explain)을 영어(기본값)나\n\
             \x20                한국어로 씁니다. 코드와 AWS나 NCP가 하는 말은 그대로입니다\n\n\
             종료 코드: 0 성공(경고 허용), 1 유효하지 않은 입력, 2 사용법 오류 또는 읽을 수 없는 파일\n".into(),
        Msg::AboutValidate => "요청 페이로드를 검사합니다(API: aws.create-deployment, aws.create-stage, aws.update-stage, ncp.edit-canary). --fix는 제안된 수정을 적용합니다".into(),
        Msg::AboutCheck => "CloudFormation/SAM 템플릿, Terraform 플랜, AWS CLI 스크립트를 검사합니다. 그 안의 API Gateway 요청을 검증하고 시뮬레이션하며, 진단마다 줄과 열을 알려 줍니다".into(),
        Msg::AboutRun => "시나리오를 시뮬레이션된 게이트웨이에서 실행하고, 결과와 최종 상태를 JSON으로 출력합니다".into(),
        Msg::AboutSimulate => "트래픽 분할을 시뮬레이션합니다(시드 고정 몬테카를로, 어떤 규모에서도 정확한 횟수). 요약을 JSON으로 출력하고, 터미널에서는 진행 막대를 보여 줍니다".into(),
        Msg::AboutPlan => "한 스테이지(GetStage JSON)를 다른 스테이지로 바꾸는 UpdateStage patchOperations를 시뮬레이션된 게이트웨이에서 증명해 출력합니다".into(),
        Msg::AboutJudge => "카나리를 승격해도 됩니까? 양쪽의 요청과 오류(판정 문서 또는 CloudWatch 출력)로 rollback, wait, promote를 답합니다. 종료 코드 0 promote, 1 rollback, 3 wait, 2 잘못된 입력".into(),
        Msg::AboutRamp => "카나리의 단계별 증가 계획을 세웁니다: 단계마다 걸리는 분, 요청 수와 영향 범위, 각 단계의 AWS와 NCP 호출, 그리고 매분 판정하는 AWS CLI 스크립트".into(),
        Msg::AboutExplain => "진단 코드의 뜻을 출력합니다. CODE가 없으면 모든 코드를 출력합니다".into(),
        Msg::UsageLine { usage } => format!("사용법: canarylab {usage}\n"),
        Msg::HelpValidate { apis, rounds } => format!(
            "\nAPI: {apis}\n\n\
             텍스트(기본값): 진단마다 한 줄이며, 수정이 제안되면 (수정: ...)으로 끝납니다.\n\
             파일마다 판정을, 파일이 여럿이면 요약 한 줄을 stderr에 출력합니다.\n\
             JSON: {{\"valid\": bool, \"diagnostics\": [...]}} (파일이 여럿이면 {{\"file\", \"valid\", \"diagnostics\"}}의\n\
             배열).\n\
             --fix: 제안된 수정을 모두 적용하고 다시 검증하며(새 수정이 나오는 동안, 최대 {rounds}회),\n\
             바뀐 FILE을 원래 배치대로 다시 씁니다. 그다음 남은 문제를 보고합니다. -와는 함께 쓸 수 없습니다.\n\
             --fix-dry-run: 같은 일을 하지만, 수정한 페이로드를 파일에 쓰지 않고 stdout에 출력하며\n\
             (파일이 여럿이면 각각 `==> FILE <==` 줄 뒤에) 진단은 stderr에 출력합니다. JSON에서는\n\
             보고서마다 \"applied\"(적용한 수정, 적용되지 않은 회차는 \"notApplied\")가, --fix-dry-run에서는\n\
             \"payload\"가 추가됩니다.\n\
             github: GitHub Actions 주석(파일, 줄, 열). sarif: SARIF 2.1.0 로그 하나.\n\
             --quiet: 문제만 출력하고, 마지막에 요약 한 줄을 출력합니다.\n\
             --deny warnings: 경고도 검사 실패로 봅니다. --allow CODE(반복 가능, 또는 CODE,CODE):\n\
             CODE를 보고하지 않습니다. 둘 다 작업 디렉터리의 canarylab.toml(allow = [...], deny = [\"warnings\"])에서,\n\
             그 파일이 없으면 package.json의 \"canarylab\" 키에서도 읽습니다.\n\
             --assume NAME=VALUE(반복 가능): NCP 가정(docs/ncp-unknowns.md). 검증기는\n\
             NCP가 JSON 타입을 읽는 방식인 coercion=strict|jackson을 읽습니다(기본값은 스펙을 따르는 strict).\n\
             --lang en|ko: canarylab의 메시지, 힌트, 수정, 판정을 영어나 한국어로 씁니다.\n\
             종료 코드: 0 유효함(거부하지 않으면 경고 허용), 1 유효하지 않거나 JSON 형식이 잘못됨,\n\
             2 사용법 오류 또는 읽을 수 없는 파일\n"
        ),
        Msg::HelpCheck => "\n\
             각 FILE을 그것이 보내는 API Gateway 요청으로 읽습니다: CloudFormation이나 SAM 템플릿\n\
             (JSON 또는 YAML, CDK의 cdk.out/*.template.json 포함), Terraform 플랜(terraform show -json\n\
             plan.out), aws apigateway 명령이 있는 셸 스크립트. 요청마다 `validate`처럼 검증하고,\n\
             요청을 순서대로 시뮬레이션된 API Gateway에서 실행합니다.\n\
             종류는 텍스트(와 파일 이름)로 판단하며, --input으로 지정할 수 있습니다.\n\n\
             텍스트(기본값): 진단마다 한 줄, `FILE:LINE:COLUMN: path: severity[code]: message\n\
             (힌트: ...)`. path는 파일 안의 JSON Pointer입니다(스크립트에서는 그 명령의 요청 안).\n\
             파일마다 판정을 stderr에 출력합니다.\n\
             JSON: {\"file\", \"kind\", \"valid\", \"diagnostics\": [{\"path\", \"line\", \"column\", \"code\",\n\
             \"severity\", \"message\", \"hint\", \"request\"?}]} (파일이 여럿이면 그 배열).\n\
             종료 코드: 0 유효함(경고 허용), 1 유효하지 않음, 2 사용법 오류 또는 읽을 수 없는 파일\n".into(),
        Msg::HelpRun => "\n{\"results\": [...], \"state\": {...}}를 JSON으로 출력합니다.\n\
             종료 코드: 0 시나리오를 실행함(호출이 서비스 오류를 반환했을 수 있음), 1 잘못된 시나리오,\n\
             2 사용법 오류 또는 읽을 수 없는 파일\n".into(),
        Msg::HelpSimulate => "\n\
             트래픽 문서 CONFIG(README 참고)를 실행하고 요약을 JSON으로 출력합니다:\n\
             \"requests\", \"counts\": {\"stage\", \"canary\"}, \"share\": {\"configured\", \"observed\",\n\
             \"ci95\", \"exact95\"}, sides, detail, path, runs, errors, sampleSize, sample. 비율은\n\
             1에 대한 분수입니다. 처음 detailRequests개의 요청(기본값 1,000,000)은 하나씩 시뮬레이션하고,\n\
             그 뒤의 횟수는 정확한 분포에서 뽑습니다(\"detail\"이 어느 쪽인지 알려 줍니다).\n\
             --seed N은 문서의 시드를 대신합니다(기본값 0). 시드가 같으면 출력도 같습니다.\n\
             --progress는 터미널이 아니어도 처음부터 stderr에 진행 상황을 보여 줍니다\n\
             (없으면 실행이 1초를 넘을 때 터미널에 진행 막대가 나타납니다).\n\
             종료 코드: 0 완료, 1 유효하지 않은 문서, 2 사용법 오류 또는 읽을 수 없는 파일\n".into(),
        Msg::HelpPlan { ignored } => format!(
            "\n\
             CURRENT와 WANTED는 GetStage가 반환하는 형태의 스테이지(aws apigateway get-stage)이며, 파일이거나\n\
             표준 입력인 -입니다(둘 중 하나만). {{\"patchOperations\": [...], \"unsupported\": [...]}}를 출력합니다:\n\
             CURRENT를 WANTED로 바꾸는 UpdateStage 연산(시뮬레이션된 게이트웨이에서 실행해 증명함)과,\n\
             UpdateStage로 만들 수 없는 차이마다 그 이유입니다.\n\
             비교하지 않는 필드(서비스가 직접 씀): {ignored}\n\
             종료 코드: 0 연산이 WANTED에 도달함, 1 지원하지 않는 차이가 있거나 스테이지가 유효하지 않음,\n\
             2 사용법 오류 또는 읽을 수 없는 파일\n"
        ),
        Msg::HelpJudge => "\n\
             카나리를 이제 승격해도 됩니까? 양쪽의 요청과 오류를 읽고, 몇 번을 실행해도 유효한 검정으로\n\
             rollback, wait, promote 중 하나를 답합니다(docs/judge.md).\n\
             \n\
             DOC(기본값 --input document): {\"alpha\"?, \"tolerance\", \"baseline\": {\"requests\", \"errors\"},\n\
             \"canary\": {...}} 또는 {\"alpha\"?, \"tolerance\", \"series\": [{\"time\", \"baseline\", \"canary\"}, ...]}\n\
             (각 포인트는 한 구간의 횟수이며 누적 합계가 아닙니다). --alpha와 --tolerance는 문서의 값을\n\
             대신합니다(alpha 기본값 0.05. tolerance는 받아들일 수 있는 오류율 증가의 최댓값으로 필수입니다.\n\
             0.005는 0.5 퍼센트포인트입니다).\n\
             \n\
             --input cloudwatch: `aws cloudwatch get-metric-data`가 출력하는 JSON을 DOC로 읽으며, 시계열마다\n\
             쿼리 Id를 지정합니다:\n\
             --baseline-requests ID --baseline-errors ID --canary-requests ID --canary-errors ID\n\
             [--baseline-latency ID --canary-latency ID]\n\
             (requests: Count의 SampleCount, errors: 5XXError의 Sum, latency: 분 단위 Latency 통계).\n\
             DOC가 없으면 각 옵션은 그 시계열에 대해 `get-metric-statistics`가 출력한 내용을 담은 FILE을\n\
             가리킵니다(--statistics SampleCount Sum으로 받은 5XXError는 요청과 오류 둘 다로 쓰입니다).\n\
             구간은 시각순으로 정렬하며, 한 시계열에만 빠진 구간, PartialData, NextToken은 오류입니다.\n\
             --tolerance는 필수이며, 카나리 지표의 차원은 쿼리에서 직접 지정하십시오.\n\
             \n\
             출력: JSON(기본값) {\"verdict\", \"reason\", \"pValue\", \"difference\": {\"estimate\",\n\
             \"confidenceSequence\"}, \"needed\", \"latency\"?, \"history\"?, ...}. --format text: 판정 한 줄.\n\
             종료 코드: 0 promote, 1 rollback, 3 wait, 2 잘못된 입력(진단은 stderr), 사용법 오류 또는\n\
             읽을 수 없는 파일\n".into(),
        Msg::HelpRamp => "\n\
             카나리의 단계별 증가 계획을 세웁니다(docs/judge.md, \"Planning a ramp\"). DOC: {\"baselineErrorRate\",\n\
             \"requestsPerSecond\", \"tolerance\", \"alpha\"? (0.05), \"power\"? (0.8), \"steps\"? ([1, 5, 25, 100]),\n\
             \"minMinutes\"? (1), \"aws\"?: {\"restApiId\", \"stageName\", \"apiName\", \"baselineMetricsStage\",\n\
             \"canaryMetricsStage\"}, \"ncp\"?: {\"productId\", \"apiId\", \"stageId\", \"canaryEndpointDomain\"}}.\n\
             \n\
             계획을 JSON으로 출력합니다: 단계마다 걸리는 분, 각 단계의 요청 수와 영향 범위, 각 단계의 AWS 호출\n\
             (CreateDeployment, UpdateStage patchOperations, 승격)과 NCP 호출(Edit Canary 본문, PromoteCanary),\n\
             롤백 호출, 그리고 \"script\": AWS CLI로 증가 계획을 실행하고 매분 `canarylab judge`를 부르는 bash\n\
             스크립트. --format script는 스크립트만 출력합니다.\n\
             종료 코드: 0 계획함, 1 유효하지 않은 문서, 2 사용법 오류 또는 읽을 수 없는 파일\n".into(),
        Msg::HelpExplain => "\n\
             진단 코드의 뜻(이름, 심각도, 설명)을 출력합니다.\n\
             CODE가 없으면 모든 코드를 한 줄에 하나씩 나열합니다. --lang ko: 설명과\n\
             레이블을 한국어로 씁니다(이름과 심각도는 그대로입니다).\n\
             종료 코드: 0 완료, 2 사용법 오류 또는 알 수 없는 코드\n".into(),
        Msg::UsageError { error } => {
            format!("오류: {error}\n\n사용법은 `canarylab --help`로 확인하십시오.\n")
        }
        Msg::NoCommand => "명령이 없습니다".into(),
        Msg::UnknownCommand { name } => format!("알 수 없는 명령입니다: '{name}'"),
        Msg::UnknownOption { name } => format!("알 수 없는 옵션입니다: '{name}'"),
        Msg::UnexpectedArgument { value } => format!("예상하지 못한 인수입니다: '{value}'"),
        Msg::OptionNeedsValue { opt } => format!("옵션에 값이 필요합니다: '{opt}'"),
        Msg::OptionTakesNoValue { opt, value } => {
            format!("값을 받지 않는 옵션입니다: '{opt}' (받은 값: '{value}')")
        }
        Msg::UnknownLanguage { tag } => {
            format!("알 수 없는 언어입니다: '{tag}'. en이나 ko를 쓰십시오")
        }
        Msg::UnknownFormat { value, choices } => {
            format!("알 수 없는 형식입니다: '{value}'. 다음 중 하나를 쓰십시오: {choices}")
        }
        Msg::UnknownInputKind { value, list } => {
            format!("알 수 없는 입력 종류입니다: '{value}'. 다음 중 하나를 쓰십시오: {list}")
        }
        Msg::UnknownJudgeInput { value } => format!(
            "알 수 없는 입력 종류입니다: '{value}'. document나 cloudwatch를 쓰십시오"
        ),
        Msg::UnknownApi { name, list } => {
            format!("알 수 없는 API입니다: '{name}'. 다음 중 하나를 쓰십시오: {list}")
        }
        Msg::NeedsFile { command, what } => format!(
            "{command} 명령에는 {what} 파일(또는 표준 입력을 뜻하는 -)이 필요합니다"
        ),
        Msg::NeedsFiles { command } => format!(
            "{command} 명령에는 FILE(또는 표준 입력을 뜻하는 -)이 하나 이상 필요합니다"
        ),
        Msg::ValidateNeedsApi => "validate 명령에는 API와 FILE(또는 표준 입력을 뜻하는 -)이 하나 이상 필요합니다".into(),
        Msg::FixNotStdin => "--fix는 각 FILE에 다시 쓰는데, 표준 입력은 되돌려 쓸 곳이 없습니다. 수정한 페이로드를 출력하려면 --fix-dry-run -를 쓰십시오".into(),
        Msg::FixOrDryRun => "--fix와 --fix-dry-run 중 하나만 쓰십시오".into(),
        Msg::AssumeError { error } => format!("--assume 값을 읽을 수 없습니다: {error}"),
        Msg::DenyWarnings { value } => {
            format!("--deny에는 'warnings'만 쓸 수 있습니다. 받은 값: '{value}'")
        }
        Msg::UnknownAllowCode { name } => format!(
            "허용할 코드를 알 수 없습니다: '{name}'. `canarylab explain`이 코드를 나열합니다"
        ),
        Msg::ConfigError { file, error } => {
            format!("설정을 읽을 수 없습니다: {file}: {error}")
        }
        Msg::NeedsNumber { opt, value } => {
            format!("{opt} 옵션에는 0.05 같은 숫자가 필요합니다. 받은 값: '{value}'")
        }
        Msg::SeedNumber { value, max } => format!(
            "--seed에는 0에서 {max} 사이의 정수가 필요합니다. 받은 값: '{value}'"
        ),
        Msg::SeriesWithCloudwatch => {
            "시계열 옵션(--baseline-requests, ...)은 --input cloudwatch와 함께 쓰십시오".into()
        }
        Msg::CloudwatchNeeds { list } => {
            format!("--input cloudwatch에는 다음 옵션이 필요합니다: {list}")
        }
        Msg::LatencyTogether => {
            "--baseline-latency와 --canary-latency는 함께 쓰십시오".into()
        }
        Msg::CloudwatchNeedsTolerance => {
            "--input cloudwatch에는 --tolerance(예: 0.005)가 필요합니다".into()
        }
        Msg::PlanNeedsTwo => "plan 명령에는 스테이지 파일 두 개가 필요합니다: CURRENT WANTED (하나는 -일 수 있습니다)".into(),
        Msg::PlanStdinOnce => "plan은 표준 입력을 한 번만 읽습니다. CURRENT와 WANTED 중 하나만 -로 쓰십시오".into(),
        Msg::UnknownCode { name, near } if near.is_empty() => format!(
            "알 수 없는 코드입니다: '{name}'. `canarylab explain`이 모든 코드를 나열합니다"
        ),
        Msg::UnknownCode { name, near } => {
            format!("알 수 없는 코드입니다: '{name}'. 이 코드를 찾으셨습니까? {near}")
        }
        Msg::PlanUnsupported { n } => {
            format!("UpdateStage로 만들 수 없는 차이가 {n}개 있습니다(\"unsupported\" 참고)")
        }
        Msg::CannotWrite { file, why } => format!("오류: 쓸 수 없습니다: {file}: {why}"),
        Msg::CannotRead { file, why } => format!("오류: 읽을 수 없습니다: {file}: {why}\n"),
        Msg::StandardInput => "표준 입력".into(),

        Msg::Verdict { file, valid, errors, warnings } => format!(
            "{file}: {} (오류 {errors}개, 경고 {warnings}개)",
            if *valid { "유효합니다" } else { "유효하지 않습니다" }
        ),
        Msg::CheckVerdict { file, kind, valid, errors, warnings } => format!(
            "{file}: {}, {} (오류 {errors}개, 경고 {warnings}개)",
            if kind.is_empty() { "알 수 없는 종류" } else { kind },
            if *valid { "유효합니다" } else { "유효하지 않습니다" }
        ),
        Msg::Summary { files, valid, invalid, warnings } => format!(
            "파일 {files}개: 유효 {valid}개, 유효하지 않음 {invalid}개, 경고 {warnings}개"
        ),
        Msg::AppliedFixes { file, count } => format!("{file}: 수정 {count}개를 적용했습니다"),
        Msg::NotFixed { file, why } => format!("{file}: 수정하지 못했습니다: {why}"),

        Msg::UnknownProvider { name } => format!("알 수 없는 provider입니다: \"{name}\""),
        Msg::UseAwsOrNcp => "\"aws\" 또는 \"ncp\"를 쓰십시오".into(),
        Msg::NotUtcTime { text, problem } => format!(
            "2026-01-01T00:00:00Z 같은 UTC 시각이 아닙니다: \"{text}\". {}",
            msg(problem)
        ),
        Msg::DateShape => "YYYY-MM-DDTHH:MM:SS 뒤에 Z가 붙은 형식이 아닙니다".into(),
        Msg::DateMonth { month } => format!("없는 월입니다: {month}"),
        Msg::DateDay { month, day, days } => {
            format!("없는 날짜입니다: {month}-{day} (이 달의 날수: {days})")
        }
        Msg::DateHour { hour } => format!("없는 시입니다: {hour}. 시는 00부터 23까지입니다"),
        Msg::DateMinute { minute } => {
            format!("없는 분입니다: {minute}. 분은 00부터 59까지입니다")
        }
        Msg::DateSecond { second } => format!(
            "없는 초입니다: {second}. 초는 00부터 59까지입니다(윤초는 세지 않습니다)"
        ),
        Msg::WriteCalendarTime => {
            "실제 달력의 시각을 YYYY-MM-DDTHH:MM:SSZ 형식으로 쓰십시오".into()
        }
        Msg::Unreadable { error } => format!("읽을 수 없습니다: {error}"),
        Msg::EntryAsServiceReturns { key } => {
            format!("다음 목록의 각 항목을 서비스가 반환하는 형태로 쓰십시오: \"{key}\"")
        }
        Msg::SeeAssumptions => {
            "각 가정과 그 값은 docs/ncp-unknowns.md 문서를 참고하십시오".into()
        }
        Msg::SeeNcpUnknowns => "docs/ncp-unknowns.md 문서를 참고하십시오".into(),
        Msg::UnknownAction { provider, name } => {
            format!("알 수 없는 {provider} 액션입니다: \"{name}\"")
        }
        Msg::CanaryNeedsDeploymentNo => {
            "카나리 필드가 있는 스테이지에는 canaryDeploymentNo가 필요합니다".into()
        }
        Msg::GiveCanaryDeploymentNo => {
            "카나리의 배포 번호를 쓰거나 카나리 필드를 삭제하십시오".into()
        }
        Msg::NotAnArn { arn } => format!(
            "ARN이 아닙니다: \"{arn}\". 계정의 CloudWatch Logs 역할은 IAM 역할의 ARN입니다"
        ),
        Msg::WriteRoleArn => "역할의 ARN(arn:aws:iam::<account>:role/<name>)을 쓰거나, 역할이 없는 계정이면 null을 쓰십시오".into(),

        Msg::UnknownSplit { name } => format!("알 수 없는 split입니다: \"{name}\""),
        Msg::UseSplit => "\"service\"(게이트웨이가 실제로 나누는 방식), \"sticky-hash\", \"sticky-cookie\" 중 하나를 쓰십시오".into(),
        Msg::StickyNeedsShare => {
            "sticky split에는 비율이 필요하지만, 이 NCP 카나리는 조건 모드입니다".into()
        }
        Msg::UseServiceSplit => {
            "\"split\": \"service\"를 쓰거나 카나리를 비율 모드로 바꾸십시오".into()
        }
        Msg::StickyNeedsClients => "sticky split에는 clients가 필요합니다".into(),
        Msg::GiveClients => {
            "\"clients\"에 요청을 보내는 서로 다른 클라이언트의 수를 쓰십시오".into()
        }
        Msg::TooMuchWork { work, max } => format!(
            "이 시뮬레이션에 필요한 작업량이 엔진의 한도를 넘습니다(필요: 약 {work}단계, 한도: {max}단계)"
        ),
        Msg::LowerRequestsOrRuns => "이 조건 모드는 실행마다 요청을 하나씩 시뮬레이션합니다. requests나 runs를 줄이십시오".into(),
        Msg::LowerRuns => "runs를 줄이십시오(sticky cookie라면 clients도)".into(),
        Msg::WholeRange { key, min, max, got } => {
            format!("{key} 값은 범위 안의 정수여야 합니다(범위: {min}~{max}, 받은 값: {got})")
        }
        Msg::IntegerInRange { key } => format!("{key} 값은 범위 안의 정수로 쓰십시오"),
        Msg::FractionRange { key, got } => {
            format!("{key} 값은 0보다 크고 1보다 작아야 합니다(받은 값: {got})")
        }
        Msg::WriteFraction => "1에 대한 분수로 쓰십시오. 5 %는 0.05입니다".into(),
        Msg::RateOrPhases => "ratePerSecond와 phases는 함께 쓸 수 없습니다. 하나만 쓰십시오".into(),
        Msg::PhasesExample => {
            "phases 예: [{\"perSecond\": 10, \"seconds\": 60}, {\"perSecond\": 100}]".into()
        }
        Msg::NotPositive { key, got } => format!("{key} 값은 0보다 커야 합니다(받은 값: {got})"),
        Msg::GivePositive => "양수를 쓰십시오".into(),
        Msg::WeightNegative => "weight는 0 이상이어야 합니다".into(),
        Msg::RelativeFrequency => "상대 빈도를 쓰십시오".into(),
        Msg::NoPositiveWeight => {
            "요청 파라미터에는 weight가 양수인 값이 하나 이상 있어야 합니다".into()
        }
        Msg::ValuesExample => "values 예: [{\"value\": \"on\", \"weight\": 1}, {\"value\": null, \"weight\": 9}] (null: 보내지 않음)".into(),
        Msg::StageAsGetStage => "스테이지는 GetStage가 반환하는 형태로 쓰십시오".into(),
        Msg::TooManyConditions { max } => {
            format!("시뮬레이션할 수 있는 조건은 최대 {max}개입니다")
        }
        Msg::MergeConditions => "조건을 합치십시오".into(),

        Msg::AtPath { path, note } => format!("{path}: {}", msg(note)),
        Msg::Float32Rate { stored } => {
            format!("NCP는 비율을 32비트 부동소수점으로 저장합니다. 저장값: {stored} %")
        }
        Msg::DetailAll { requests } => {
            format!("요청 {requests}개를 모두 하나씩 시뮬레이션했습니다")
        }
        Msg::DetailDrawn { prefix, requests, cache, throttle, pinned } => {
            let first = match (cache, throttle) {
                (true, true) => format!("캐시와 스로틀은 처음 {prefix}개 요청에서 구했습니다"),
                (true, false) => format!("캐시는 처음 {prefix}개 요청에서 구했습니다"),
                (false, true) => format!("스로틀은 처음 {prefix}개 요청에서 구했습니다"),
                (false, false) => format!("처음 {prefix}개 요청을 하나씩 시뮬레이션했습니다"),
            };
            if *pinned {
                format!("{first}. 개수, 점유율 경로, 반복 실행, 고정된 클라이언트 수는 전체 {requests}개 요청에 대해 정확한 분포에서 추출합니다(sticky cookie는 고정된 클라이언트 수를 통해)")
            } else {
                format!("{first}. 개수, 점유율 경로, 반복 실행은 전체 {requests}개 요청에 대해 정확한 분포에서 추출합니다")
            }
        }
    }
}

/// Every code's description, by the code's name.
pub const DESCRIPTIONS: &[(&str, &str)] = &[
    ("json.syntax", "텍스트가 JSON이 아닙니다. 파싱되기 전에는 다른 것을 검사할 수 없습니다"),
    ("param.missing", "필수 파라미터가 없습니다"),
    ("param.unknown", "API에 없는 파라미터입니다(SDK는 요청을 보내기 전에 거부합니다)"),
    ("param.type", "파라미터의 JSON 타입이 잘못되었습니다"),
    (
        "aws.stage-name.pattern",
        "스테이지 이름에 영문자, 숫자, '-', '_' 외의 문자가 있거나 128자를 넘습니다",
    ),
    ("aws.percent-traffic.range", "percentTraffic이 0.0~100.0 범위를 벗어났습니다"),
    (
        "aws.cache-cluster-size.enum",
        "cacheClusterSize가 AWS의 크기(0.5~237 GB, 문자열) 중 하나가 아닙니다",
    ),
    (
        "aws.cache-control-strategy.enum",
        "unauthorizedCacheControlHeaderStrategy가 AWS의 세 값 중 하나가 아닙니다",
    ),
    ("aws.cache-ttl.range", "메서드의 캐시 TTL이 0~3600초 범위를 벗어났습니다"),
    ("aws.logging-level.enum", "로깅 수준이 OFF, ERROR, INFO 중 하나가 아닙니다"),
    (
        "aws.variable.name",
        "스테이지 변수(또는 재정의) 이름에 영문자, 숫자, '_' 외의 문자가 있습니다",
    ),
    ("aws.variable.name-length", "스테이지 변수 이름이 64자를 넘습니다"),
    ("aws.variable.value", "스테이지 변수 값이 비어 있거나 문서화된 패턴 밖의 문자가 있습니다"),
    ("aws.variable.value-length", "스테이지 변수 값이 512자를 넘습니다"),
    ("aws.variable.count", "스테이지 변수가 100개를 넘습니다"),
    ("aws.canary.no-stage-name", "카나리 배포에 대상 스테이지가 없습니다"),
    ("aws.canary.deployment-default", "카나리의 배포를 AWS 기본값에 맡깁니다"),
    (
        "aws.canary.deployment-is-new",
        "CreateDeployment의 카나리는 항상 지금 만드는 배포를 서비스합니다",
    ),
    ("aws.canary.implicit-create", "카나리 필드에 대한 replace가 AWS 기본값으로 카나리를 만듭니다"),
    ("aws.canary.percent-default", "percentTraffic이 없는 카나리에는 트래픽이 가지 않습니다(0 %)"),
    ("aws.canary.variables-ignored", "카나리 배포와 함께 준 스테이지 변수는 카나리에만 적용됩니다"),
    ("aws.patch.op", "UpdateStage가 지원하지 않는 패치 연산입니다"),
    ("aws.patch.path", "UpdateStage의 고정된 문법을 벗어난 패치 경로입니다"),
    ("aws.patch.add-refused", "replace만 받는 경로에 add를 썼습니다"),
    ("aws.patch.remove-refused", "제거할 수 없는 경로에 remove를 썼습니다"),
    ("aws.patch.copy", "UpdateStage가 지원하지 않는 copy입니다(카나리 승격만 copy를 씁니다)"),
    ("aws.patch.access-log-path", "format과 destinationArn 외의 액세스 로그 경로입니다"),
    ("aws.patch.method-setting-path", "문서화된 설정 밖의 메서드 설정 경로입니다"),
    ("aws.patch.value.missing", "값이 필요한 연산에 값이 없습니다"),
    ("aws.patch.value.empty", "AWS가 값을 요구하는 곳에 빈 값을 썼습니다"),
    ("aws.patch.value.boolean", "true나 false로 읽혀야 하는 값입니다"),
    ("aws.patch.value.double", "숫자로 읽혀야 하는 값입니다"),
    ("aws.patch.value.integer", "정수로 읽혀야 하는 값입니다"),
    (
        "aws.patch.too-many-ops",
        "한 번의 호출에 AWS가 받는다고 알려진 것보다 많은 패치 연산이 있습니다",
    ),
    ("aws.promotion.keeps-canary", "승격한 뒤에도 카나리가 남습니다(0 %)"),
    (
        "aws.promotion.no-canary",
        "카나리가 없던 스테이지에서 승격합니다. 검증된 것이 없어 승격할 것이 없습니다",
    ),
    ("aws.access-log.arn-suffix", "액세스 로그 대상 ARN이 ':*'로 끝납니다"),
    ("aws.access-log.request-id", "액세스 로그 형식에 $context.requestId가 없습니다"),
    ("aws.method-settings.resource-path", "메서드 설정 키의 리소스 경로가 잘못된 것 같습니다"),
    ("aws.method-settings.http-method", "메서드 설정 키의 HTTP 메서드가 잘못된 것 같습니다"),
    ("ncp.path-id.length", "상품, API 또는 스테이지 ID가 1~10자 범위를 벗어났습니다"),
    ("ncp.endpoint.length", "canaryEndpointDomain이 200자를 넘습니다"),
    ("ncp.endpoint.pattern", "canaryEndpointDomain이 NCP의 URL 패턴과 맞지 않습니다"),
    ("ncp.rate.required", "비율 모드인데 canaryDistributionRate가 없습니다"),
    ("ncp.rate.range", "canaryDistributionRate가 0~100 범위를 벗어났습니다"),
    (
        "ncp.rate.float32",
        "canaryDistributionRate가 NCP의 32비트 부동소수점으로 저장되면서 값이 바뀝니다",
    ),
    ("ncp.conditions.required", "조건 모드인데 canaryConditions가 없습니다"),
    ("ncp.condition.code", "조건의 parameterCode가 REQUEST_HEADER나 REQUEST_QUERY가 아닙니다"),
    ("ncp.condition.null", "조건이 null입니다"),
    (
        "ncp.condition.empty-name",
        "조건의 파라미터 이름이 비어 있어 어떤 요청과도 일치하지 않습니다",
    ),
    ("ncp.ttl.range", "canaryCacheTtlSec이 1~3600 범위를 벗어났습니다"),
    ("ncp.throttle.range", "canaryThrottleRps가 1~2147483647 범위를 벗어났습니다"),
    ("ncp.mode.ignored", "선택한 모드가 무시하는 필드입니다"),
    ("ncp.unknown-field", "NCP 스펙에 없는 본문 멤버입니다(서비스는 무시합니다)"),
    ("ncp.description.length", "배포 설명이 NCP가 허용하는 길이를 넘습니다"),
    ("ncp.docs.endpoint-none", "엔드포인트가 NONE입니다. 이 값을 두고 문서와 스펙이 서로 다릅니다"),
    ("ncp.docs.ttl", "NCP 문서와 스펙이 서로 다르게 정의한 canaryCacheTtlSec입니다"),
    ("ncp.docs.throttle", "NCP 문서와 스펙이 서로 다르게 정의한 canaryThrottleRps입니다"),
    ("ncp.docs.condition-fields", "NCP 문서와 스펙이 서로 다르게 정의한 조건 필드입니다"),
    ("ncp.docs.path-id", "빈 경로 ID입니다. NCP 문서와 스펙이 허용 길이를 서로 다르게 적습니다"),
    ("scenario.provider", "시나리오의 provider가 aws나 ncp가 아닙니다"),
    ("scenario.action", "시뮬레이션한 서비스에 없는 액션을 호출합니다"),
    ("scenario.clock", "시나리오 시계의 시작 시각이 UTC 시각이 아닙니다"),
    ("scenario.state", "시작 스테이지나 배포가 서비스가 반환하는 형태로 읽히지 않습니다"),
    ("scenario.assumptions", "NCP 가정의 이름이나 값을 알 수 없습니다"),
    ("traffic.provider", "트래픽 문서의 provider가 aws나 ncp가 아닙니다"),
    ("traffic.stage", "트래픽 문서의 스테이지가 서비스가 반환하는 형태로 읽히지 않습니다"),
    ("traffic.split", "split이 service, sticky-hash, sticky-cookie 중 하나가 아닙니다"),
    ("traffic.range", "워크로드나 통계 입력이 한계를 벗어났습니다"),
    ("traffic.phases", "도착 단계(phases)의 형식이 잘못되었습니다"),
    ("traffic.clients", "고정(sticky) 분할이 쓸 수 없는 클라이언트 수입니다"),
    ("traffic.values", "헤더나 쿼리 값의 가중치 형식이 잘못되었습니다"),
    ("traffic.conditions", "워크로드가 시험할 수 없는 조건 라우팅입니다"),
    ("traffic.assumptions", "NCP 가정의 이름이나 값을 알 수 없습니다"),
    (
        "input.kind",
        "파일의 종류(템플릿, 플랜, 스크립트)를 알 수 없습니다. --input으로 지정하십시오",
    ),
    (
        "input.syntax",
        "파일이 그 종류로 읽히지 않습니다(YAML이나 JSON 문법, 알 수 없는 YAML 태그, 셸 따옴표)",
    ),
    (
        "input.limit",
        "canarylab이 읽을 수 있는 한계를 넘는 파일입니다(너무 크게 펼쳐지는 YAML 별칭이나 너무 깊은 중첩)",
    ),
    (
        "input.shape",
        "템플릿이나 플랜에 그 종류에 있어야 할 부분이 없습니다(Resources 없음, resource_changes 없음)",
    ),
    ("input.property", "리소스 타입에 없는 템플릿 속성입니다(CloudFormation이 거부합니다)"),
    ("input.type", "속성이 받을 수 없는 타입의 템플릿 또는 플랜 값입니다"),
    (
        "input.unresolved",
        "파일을 실행해야만 알 수 있는 값입니다(내장 함수, 기본값 없는 파라미터, apply 뒤에 알게 되는 값, 셸 변수). 이 값에 의존하는 부분은 검사하지 않습니다",
    ),
    (
        "input.not-checked",
        "다른 파일(file://)에서 읽는 명령의 일부입니다. 그 파일은 따로 검사하십시오",
    ),
    ("input.cli.option", "명령이 받지 않는 aws apigateway 옵션이거나 값이 없는 옵션입니다"),
    (
        "input.cli.value",
        "AWS CLI 축약 문법도 JSON도 아니거나, 옵션이 받는 타입이 아닌 옵션 값입니다",
    ),
    (
        "input.service-error",
        "파일의 요청을 순서대로 실행할 때 시뮬레이션한 API Gateway가 거부하는 요청입니다",
    ),
    (
        "input.cfn.order",
        "CloudFormation이 필요한 스테이지보다 먼저 만들 수도 있는 카나리 배포입니다",
    ),
    (
        "input.terraform.canary-deployment",
        "deployment_id가 없는 Terraform 스테이지 카나리입니다. 프로바이더가 스테이지 자신의 배포를 보내므로 카나리가 아무것도 시험하지 않습니다",
    ),
    (
        "aws.canary.same-deployment",
        "스테이지 자신의 배포를 서비스하는 카나리라서 새로 시험하는 것이 없습니다",
    ),
    (
        "aws.canary.zero-percent-overrides",
        "0 % 카나리의 스테이지 변수 재정의는 어떤 요청에도 쓰이지 않습니다",
    ),
    ("aws.canary.override-unknown", "스테이지에 정의되지 않은 스테이지 변수를 재정의합니다"),
    ("aws.canary.stage-cache-off", "스테이지 캐시가 꺼져 있는데 useStageCache를 씁니다"),
    ("aws.canary.full-traffic", "100 % 카나리가 승격 없이 모든 요청을 서비스합니다"),
    ("aws.logging.no-role", "CloudWatch Logs 역할이 없는 계정에서 로깅을 켭니다"),
    ("scenario.account", "계정 설정이 서비스가 반환하는 형태로 읽히지 않습니다"),
    ("plan.stage", "plan에 준 스테이지가 GetStage가 반환하는 형태로 읽히지 않습니다"),
    ("judge.document", "판정 문서에 합계와 시계열이 둘 다 있거나 둘 다 없습니다"),
    ("judge.range", "alpha나 허용 오차가 한계를 벗어났습니다"),
    ("judge.count", "요청 수나 오류 수가 0 이상의 정수가 아닙니다"),
    ("judge.errors-exceed", "한쪽의 오류 수가 요청 수보다 많습니다"),
    ("judge.series.empty", "시계열이나 CloudWatch 출력에 데이터 포인트가 하나도 없습니다"),
    ("judge.series.order", "시계열의 시각이 증가하지 않습니다"),
    ("judge.time", "시각이 ISO 8601 UTC 타임스탬프도 아니고 초 단위 숫자도 아닙니다"),
    ("judge.latency", "지연 시간이 0 이상의 밀리초 숫자가 아니거나 한쪽에만 있습니다"),
    (
        "judge.cloudwatch.output",
        "AWS CLI가 출력하는 형태로 읽히지 않거나 이름 있는 쿼리가 없는 CloudWatch 출력입니다",
    ),
    (
        "judge.cloudwatch.status",
        "CloudWatch 결과가 부분적이거나(PartialData, NextToken) 실패했습니다",
    ),
    (
        "judge.cloudwatch.missing",
        "네 횟수 시계열 중 한쪽에는 있고 다른 쪽에는 없는 구간이 있습니다",
    ),
    (
        "judge.cloudwatch.metric",
        "get-metric-statistics 출력에 그 역할에 필요한 지표나 통계가 없습니다",
    ),
    ("ramp.range", "램프 입력이 한계를 벗어났거나, 램프가 플래너가 제시하는 것보다 깁니다"),
    ("ramp.steps", "램프 단계가 100 %까지 올라가지 않습니다"),
    ("ramp.ids", "램프의 호출에 넣을 수 없는 AWS 또는 NCP 식별자입니다"),
    (
        "ncp.coerced",
        "coercion=jackson 가정에서 NCP가 스펙의 타입으로 바꿔 읽는, 다른 JSON 타입의 값입니다",
    ),
];

/// The description of the code named `name`, if this catalogue has one.
pub fn description(name: &str) -> Option<&'static str> {
    DESCRIPTIONS.iter().find(|(n, _)| *n == name).map(|(_, d)| *d)
}
