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

/// The stepwise run gives the state before the first call and after each one; the last is the
/// run's final state, and failed calls leave it as it was.
#[test]
fn stepwise_states_follow_the_calls() {
    for (name, fx) in crate::fixtures::load("aws/scenarios")
        .into_iter()
        .chain(crate::fixtures::load("ncp/scenarios"))
    {
        let (out, states) = canarylab::scenario::run_stepwise(&fx["scenario"]).unwrap();
        let results = out["results"].as_array().unwrap();
        assert_eq!(states.len(), results.len() + 1, "{name}");
        assert_eq!(states.last(), Some(&out["state"]), "{name}");
        for (i, r) in results.iter().enumerate() {
            if r.get("error").is_some() {
                assert_eq!(states[i], states[i + 1], "{name}: failed call {i} changed the state");
            }
        }
    }
}
