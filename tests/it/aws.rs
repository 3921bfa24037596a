//! The AWS model against data fixtures: scenarios (the simulated REST API) and validator cases.

use crate::fixtures::{check_scenarios, check_validator_cases};

/// Each `tests/fixtures/aws/scenarios/*.json` replays to its expected output.
#[test]
fn scenarios() {
    check_scenarios("aws/scenarios");
}

/// Each `tests/fixtures/aws/validate/*.json` case gives exactly its diagnostics.
#[test]
fn validator_cases() {
    check_validator_cases("aws/validate");
}
