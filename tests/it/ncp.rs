//! The NCP model: scenario and validator fixtures, the endpoint matcher against NCP's own regex,
//! and the assumptions.

use canarylab::json;
use proptest::prelude::*;

use crate::fixtures::{check_scenarios, check_validator_cases};
use canarylab::ncp::endpoint;

/// Each `tests/fixtures/ncp/scenarios/*.json` replays to its expected output.
#[test]
fn scenarios() {
    check_scenarios("ncp/scenarios");
}

/// Each `tests/fixtures/ncp/validate/*.json` case gives exactly its diagnostics.
#[test]
fn validator_cases() {
    check_validator_cases("ncp/validate");
}

/// NCP's `canaryEndpointDomain` pattern, as its OpenAPI file states it, anchored as Java's
/// `@Pattern` matches (whole string). Loaded from the spec text at test time would need the file;
/// the pattern is short and fixed, so the test carries it.
const SPEC_PATTERN: &str = r"^(?:((http|https)://)(([\w.-]+\.[a-zA-Z0-9]+)|(([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])\.){3}([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5]))(:([0-9]|[1-9]\d|[1-9]\d{2}|[1-9]\d{3}|[1-5]\d{4}|6[0-4]\d{3}|65[0-4]\d{2}|655[0-2]\d|6553[0-5]))?(/[a-zA-Z0-9&%_./-~-]*)?|((http|https)://)([^@]+)@(([\w.-]+\.[a-zA-Z0-9]+)|(([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])\.){3}([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5]))(:([0-9]|[1-9]\d|[1-9]\d{2}|[1-9]\d{3}|[1-5]\d{4}|6[0-4]\d{3}|65[0-4]\d{2}|655[0-2]\d|6553[0-5]))?(/[a-zA-Z0-9&%_./-~-]*)?|NONE)$";

fn oracle() -> regex_lite::Regex {
    regex_lite::Regex::new(SPEC_PATTERN).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4096))]

    /// The hand-written matcher agrees with the spec's regex on URL-shaped strings built from
    /// the characters that matter (scheme, dots, colons, @, digits, path punctuation, non-ASCII).
    #[test]
    fn endpoint_matches_the_spec_regex(
        scheme in prop::sample::select(vec!["http://", "https://", "ftp://", "", "HTTP://"]),
        body in "[a-z0-9_.:@/%&#!+{}|é 例-]{0,24}",
    ) {
        let s = format!("{scheme}{body}");
        prop_assert_eq!(endpoint::matches(&s), oracle().is_match(&s), "{}", s);
    }

    /// And on arbitrary text.
    #[test]
    fn endpoint_matches_on_any_text(s in "\\PC{0,40}") {
        prop_assert_eq!(endpoint::matches(&s), oracle().is_match(&s), "{}", s);
    }
}

#[test]
fn endpoint_edge_cases_agree_with_the_spec_regex() {
    let re = oracle();
    for s in [
        "https://a.b",
        "https://a.b:65535",
        "https://a.b:65536",
        "https://a.b:0",
        "https://a.b:00",
        "https://a.b:/x",
        "https://1.2.3.4/",
        "https://u:p@a.b:8080/x@y",
        "https://@a.b",
        "https://a@b@c.d",
        "https://a.b/!",
        "https://a.b/~{}|",
        "https://.b",
        "https://a.",
        "https://a..b",
        "https://-.b",
        "NONE",
        "NONEx",
        "https://a.b\n",
    ] {
        assert_eq!(endpoint::matches(s), re.is_match(s), "{s:?}");
    }
}

#[test]
fn a_bad_assumption_is_a_scenario_diagnostic() {
    let doc = json!({"provider": "ncp", "assumptions": {"conditionMatch": "some"}, "calls": []});
    let report = canarylab::scenario::run(&doc).unwrap_err();
    let d = &report.diagnostics()[0];
    assert_eq!((d.path.as_str(), d.code), ("/assumptions", "scenario.assumptions"));
    assert!(d.message.contains("unknown variant `some`"), "{}", d.message);
}

#[test]
fn unknown_stage_members_and_half_canaries_are_refused() {
    let doc = json!({"provider": "ncp", "calls": [{"action": "Promote"}],
        "stages": [{"stageId": "s1", "stagename": "x", "canaryDistributionRate": 5}]});
    let report = canarylab::scenario::run(&doc).unwrap_err();
    let got: Vec<(&str, &str)> =
        report.diagnostics().iter().map(|d| (d.path.as_str(), d.code)).collect();
    assert_eq!(
        got,
        [
            ("/stages/0/stagename", "param.unknown"),
            ("/stages/0/canaryDeploymentNo", "scenario.state"),
            ("/calls/0/action", "scenario.action"),
        ]
    );
}
