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

// ---------------------------------------------------------------- plan

use canarylab::aws::gateway::Gateway;
use canarylab::aws::model::{Deployment, Stage};
use canarylab::aws::plan::{IGNORED, plan};
use canarylab::aws::request::Action;
use proptest::prelude::*;
use serde_json::{Value, json};

/// An UpdateStage operation AWS's grammar takes (the gateway may still refuse it for the state:
/// a promotion without a canary, removing a method-settings entry that is not there).
fn arb_valid_op() -> impl Strategy<Value = Value> {
    let replace = |path: &'static str, values: Vec<&'static str>| {
        prop::sample::select(values)
            .prop_map(move |v| json!({"op": "replace", "path": path, "value": v}))
    };
    let remove = |paths: Vec<&'static str>| {
        prop::sample::select(paths).prop_map(|p| json!({"op": "remove", "path": p}))
    };
    let method = arb_method_op();
    prop_oneof![
        1 => replace("/deploymentId", vec!["dep1", "dep2", "dep3"]),
        1 => replace("/description", vec!["one", "two", ""]),
        1 => replace("/cacheClusterEnabled", vec!["true", "false"]),
        1 => replace("/cacheClusterSize", vec!["0.5", "6.1"]),
        1 => replace("/tracingEnabled", vec!["true", "false"]),
        1 => replace("/clientCertificateId", vec!["cert1", ""]),
        1 => replace("/documentationVersion", vec!["1.0", ""]),
        1 => replace("/variables/v", vec!["1", "2"]),
        1 => replace("/variables/w", vec!["1", "x:y"]),
        1 => remove(vec!["/variables/v", "/variables/w", "/variables", "/accessLogSettings", "/canarySettings"]),
        1 => replace("/accessLogSettings/format", vec!["$context.requestId", "$context.requestId $context.status"]),
        1 => replace("/accessLogSettings/destinationArn", vec!["arn:aws:logs:us-east-1:1:log-group:g"]),
        1 => replace("/canarySettings/deploymentId", vec!["dep1", "dep2", "dep3"]),
        1 => replace("/canarySettings/percentTraffic", vec!["0", "10", "50.5", "100", "66.660000"]),
        1 => replace("/canarySettings/useStageCache", vec!["true", "false"]),
        1 => replace("/canarySettings/stageVariableOverrides/v", vec!["3"]),
        1 => replace("/canarySettings/stageVariableOverrides/u", vec!["4"]),
        1 => remove(vec!["/canarySettings/stageVariableOverrides/v", "/canarySettings/stageVariableOverrides/u"]),
        1 => Just(json!({"op": "copy", "from": "/canarySettings/deploymentId", "path": "/deploymentId"})),
        1 => Just(json!({"op": "copy", "from": "/canarySettings/stageVariableOverrides", "path": "/variables"})),
        6 => method,
    ]
}

/// A method-settings operation: a leaf replaced (which makes the entry, from `*/*`), or a whole
/// entry removed.
fn arb_method_op() -> impl Strategy<Value = Value> {
    let leaf = (
        prop::sample::select(vec!["*/*", "~1a/GET", "~1b/POST"]),
        prop::sample::select(vec![
            ("metrics/enabled", vec!["true", "false"]),
            ("logging/loglevel", vec!["OFF", "ERROR", "INFO"]),
            ("logging/dataTrace", vec!["true", "false"]),
            ("throttling/burstLimit", vec!["100", "-1"]),
            ("throttling/rateLimit", vec!["50.5", "-1", "10000"]),
            ("caching/enabled", vec!["true", "false"]),
            ("caching/ttlInSeconds", vec!["0", "300", "3600"]),
            ("caching/dataEncrypted", vec!["true"]),
            ("caching/requireAuthorizationForCacheControl", vec!["false"]),
            ("caching/unauthorizedCacheControlHeaderStrategy", vec!["FAIL_WITH_403"]),
        ]),
        any::<prop::sample::Index>(),
    )
        .prop_map(|(key, (leaf, values), i)| {
            json!({"op": "replace", "path": format!("/{key}/{leaf}"), "value": *i.get(&values)})
        });
    let entry = prop::sample::select(vec!["/*/*", "/~1a/GET", "/~1b/POST"])
        .prop_map(|p| json!({"op": "remove", "path": p}));
    prop_oneof![3 => leaf, 1 => entry]
}

fn base_gateway() -> Gateway {
    let mut stage = Stage::new("prod".into(), "dep1".into());
    stage.variables.insert("v".into(), "x".into());
    let deployments = ["dep1", "dep2", "dep3"].map(|id| Deployment {
        id: id.into(),
        description: None,
        created_date: None,
    });
    Gateway::new(deployments.to_vec(), vec![stage], Default::default())
}

/// Runs batches of operations (a refused batch changes nothing) and returns the stage.
fn after(gw: &mut Gateway, batches: &[Vec<Value>]) -> Stage {
    for ops in batches {
        let params = json!({"restApiId": "a", "stageName": "prod", "patchOperations": ops});
        let _ = gw.call(Action::UpdateStage, &params);
    }
    gw.stages()[0].clone()
}

/// The stage's JSON without what the service stamps itself.
fn comparable(s: &Stage) -> Value {
    let mut v = serde_json::to_value(s).unwrap();
    for k in IGNORED {
        v.as_object_mut().unwrap().remove(k);
    }
    v
}

/// The plan's operations run by a fresh gateway from `current`: the stage they leave.
fn apply(current: &Stage, ops: &Value) -> Stage {
    let deployments = ["dep1", "dep2", "dep3"].map(|id| Deployment {
        id: id.into(),
        description: None,
        created_date: None,
    });
    let mut gw = Gateway::new(deployments.to_vec(), vec![current.clone()], Default::default());
    let params = json!({"restApiId": "a", "stageName": current.stage_name, "patchOperations": ops});
    // The static validator passes every operation of a plan.
    let report = canarylab::aws::validate(Action::UpdateStage, &params);
    assert!(report.is_valid(), "{}", report.to_text());
    gw.call(Action::UpdateStage, &params).unwrap();
    gw.stages()[0].clone()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// For a stage reachable from another by UpdateStage, the plan has nothing unsupported and,
    /// applied by the simulated gateway, gives the wanted stage.
    #[test]
    fn plan_reaches_every_reachable_stage(
        first in prop::collection::vec(prop::collection::vec(arb_valid_op(), 1..6), 0..5),
        then in prop::collection::vec(prop::collection::vec(arb_valid_op(), 1..6), 1..5),
    ) {
        let mut gw = base_gateway();
        let current = after(&mut gw, &first);
        let wanted = after(&mut gw, &then);
        let p = plan(&current, &wanted);
        prop_assert!(p.unsupported.is_empty(), "{:?}\nfrom {}\nto {}", p.unsupported,
            comparable(&current), comparable(&wanted));
        let ops = serde_json::to_value(&p.patch_operations).unwrap();
        let got = apply(&current, &ops);
        prop_assert_eq!(comparable(&got), comparable(&wanted), "operations {}", ops);
        // From a stage to itself: nothing to do.
        prop_assert_eq!(plan(&wanted, &wanted), Default::default());
    }

    /// Method settings alone, any two reachable from the base (each is reachable from the
    /// other): entries copy `*/*` when made, and nothing unsets a log level, so an entry that
    /// must lose one is made again, and `*/*` too when a new entry must not copy its level.
    #[test]
    fn plan_reaches_every_reachable_method_setting(
        left in prop::collection::vec(prop::collection::vec(arb_method_op(), 1..8), 0..5),
        right in prop::collection::vec(prop::collection::vec(arb_method_op(), 1..8), 0..5),
    ) {
        let current = after(&mut base_gateway(), &left);
        let wanted = after(&mut base_gateway(), &right);
        let p = plan(&current, &wanted);
        prop_assert!(p.unsupported.is_empty(), "{:?}", p.unsupported);
        let ops = serde_json::to_value(&p.patch_operations).unwrap();
        prop_assert_eq!(comparable(&apply(&current, &ops)), comparable(&wanted), "operations {}", ops);
    }

    /// Between two stages reachable from one base, only an unset cacheClusterSize is out of
    /// reach, and everything else the plan reaches.
    #[test]
    fn plan_between_branches_says_what_it_cannot_do(
        left in prop::collection::vec(prop::collection::vec(arb_valid_op(), 1..6), 0..5),
        right in prop::collection::vec(prop::collection::vec(arb_valid_op(), 1..6), 0..5),
    ) {
        let current = after(&mut base_gateway(), &left);
        let wanted = after(&mut base_gateway(), &right);
        let p = plan(&current, &wanted);
        for u in &p.unsupported {
            prop_assert_eq!(u.path.as_str(), "/cacheClusterSize", "{:?}", p.unsupported);
        }
        let ops = serde_json::to_value(&p.patch_operations).unwrap();
        let mut got = comparable(&apply(&current, &ops));
        let mut want = comparable(&wanted);
        for v in [&mut got, &mut want] {
            v.as_object_mut().unwrap().remove("cacheClusterSize");
        }
        prop_assert_eq!(got, want, "operations {}", ops);
    }
}

/// What plan cannot do, each with why, and the operations it writes, in order.
#[test]
fn plan_lowers_the_diff_onto_updatestage_paths() {
    let stage = |v: Value| serde_json::from_value::<Stage>(v).unwrap();
    let current = stage(json!({
        "stageName": "prod", "deploymentId": "d1", "description": "old",
        "cacheClusterEnabled": true, "cacheClusterSize": "0.5", "cacheClusterStatus": "AVAILABLE",
        "variables": {"v": "1", "gone": "x"},
        "accessLogSettings": {"destinationArn": "arn:aws:logs:us-east-1:1:log-group:g", "format": "$context.requestId"},
        "methodSettings": {"*/*": {"loggingLevel": "INFO"}, "a/b/GET": {}},
        "tags": {"team": "a"},
        "createdDate": "2026-01-01T00:00:00+00:00", "lastUpdatedDate": "2026-01-01T00:00:00+00:00"}));
    let wanted = stage(json!({
        "stageName": "live", "deploymentId": "d1",
        "cacheClusterEnabled": true, "cacheClusterStatus": "CREATE_IN_PROGRESS",
        "variables": {"v": "2"},
        "accessLogSettings": {"destinationArn": "arn:aws:logs:us-east-1:1:log-group:g"},
        "canarySettings": {"deploymentId": "d2", "percentTraffic": 10.0, "stageVariableOverrides": {"v": "3"}},
        "methodSettings": {"*/*": {"loggingLevel": "INFO"}, "~1pets/GET": {"metricsEnabled": true}},
        "tags": {"team": "b"},
        "lastUpdatedDate": "2027-01-01T00:00:00+00:00"}));
    let p = serde_json::to_value(plan(&current, &wanted)).unwrap();
    assert_eq!(
        p,
        json!({
            "patchOperations": [
                {"op": "remove", "path": "/variables/gone"},
                {"op": "remove", "path": "/*/*"},
                {"op": "remove", "path": "/accessLogSettings"},
                {"op": "replace", "path": "/description", "value": ""},
                {"op": "replace", "path": "/variables/v", "value": "2"},
                {"op": "replace", "path": "/accessLogSettings/destinationArn", "value": "arn:aws:logs:us-east-1:1:log-group:g"},
                {"op": "replace", "path": "/canarySettings/deploymentId", "value": "d2"},
                {"op": "replace", "path": "/canarySettings/percentTraffic", "value": "10.0"},
                {"op": "replace", "path": "/canarySettings/stageVariableOverrides/v", "value": "3"},
                {"op": "replace", "path": "/~1pets/GET/metrics/enabled", "value": "true"},
                {"op": "replace", "path": "/*/*/logging/loglevel", "value": "INFO"}
            ],
            "unsupported": [
                {"path": "/cacheClusterSize", "reason": "UpdateStage can replace cacheClusterSize with another size but cannot unset it"},
                {"path": "/methodSettings/a~1b~1GET", "reason": "UpdateStage addresses a method setting as /{resourcePath}/{httpMethod}, one '/' between them: the key \"a/b/GET\" is not that"},
                {"path": "/stageName", "reason": "UpdateStage finds a stage by its name and cannot rename it: create a stage with the new name (CreateStage) and delete the old one"},
                {"path": "/tags/team", "reason": "UpdateStage has no path for tags: use TagResource and UntagResource on the stage's ARN"}
            ]
        })
    );
}

/// A log level cannot be unset: an entry that must lose its level is removed and made again,
/// from the `*/*` AWS copies into a new entry.
#[test]
fn plan_makes_an_entry_again_to_drop_its_log_level() {
    let stage = |v: Value| serde_json::from_value::<Stage>(v).unwrap();
    let current = stage(json!({"stageName": "prod", "deploymentId": "d1", "methodSettings": {
        "*/*": {"metricsEnabled": true},
        "~1pets/GET": {"loggingLevel": "INFO", "cachingEnabled": true}}}));
    let wanted = stage(json!({"stageName": "prod", "deploymentId": "d1", "methodSettings": {
        "*/*": {"metricsEnabled": true},
        "~1pets/GET": {"metricsEnabled": true, "cachingEnabled": true}}}));
    let p = serde_json::to_value(plan(&current, &wanted)).unwrap();
    assert_eq!(
        p,
        json!({"patchOperations": [
            {"op": "remove", "path": "/~1pets/GET"},
            {"op": "replace", "path": "/~1pets/GET/caching/enabled", "value": "true"}
        ], "unsupported": []})
    );
}

/// The documents' way in: a stage that does not read as GetStage returns it is a `plan.stage`
/// diagnostic under `/current` or `/wanted`; text that is not JSON, `json.syntax`.
#[test]
fn plan_reports_what_is_not_a_stage() {
    let report = canarylab::aws::plan::run_text(r#"{"stageName": "a"}"#, "{").unwrap_err();
    let got: Vec<(&str, &str)> =
        report.diagnostics().iter().map(|d| (d.path.as_str(), d.code.name())).collect();
    assert_eq!(got, [("/current", "plan.stage"), ("/wanted", "json.syntax")]);
    assert_eq!(report.diagnostics()[0].message, "missing field `deploymentId`");
    let ok = canarylab::aws::plan::run(
        &json!({"stageName": "a", "deploymentId": "d1"}),
        &json!({"stageName": "a", "deploymentId": "d2"}),
    )
    .unwrap();
    assert_eq!(
        ok,
        json!({"patchOperations": [{"op": "replace", "path": "/deploymentId", "value": "d2"}], "unsupported": []})
    );
}

/// `canarylab plan`: the operations on stdout as JSON; exit 0 when they reach the wanted stage, 1
/// when something cannot be made (stdout still the plan) or a stage is invalid (its diagnostics
/// on stderr, after the file's name), 2 for a usage error.
#[test]
fn the_plan_command_prints_the_operations_and_exits_by_what_it_found() {
    let example = |f: &str| format!("{}/examples/aws/{f}", env!("CARGO_MANIFEST_DIR"));
    let out = crate::canarylab_bin()
        .args(["plan", &example("stage-canary.json"), &example("stage-promoted.json")])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let p: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(p["patchOperations"][0], json!({"op": "remove", "path": "/canarySettings"}));
    assert_eq!(p["patchOperations"].as_array().unwrap().len(), 7);
    assert_eq!(p["unsupported"], json!([]));

    let run = |args: &[&str], stdin: &str| {
        let out = crate::run_with_stdin(args, stdin);
        let text = |b: Vec<u8>| String::from_utf8(b).unwrap();
        (out.status.code(), text(out.stdout), text(out.stderr))
    };
    let renamed = r#"{"stageName": "live", "deploymentId": "a1b2c3"}"#;
    let (code, stdout, stderr) = run(&["plan", &example("stage-canary.json"), "-"], renamed);
    assert_eq!(code, Some(1));
    assert!(stdout.contains("\"path\": \"/stageName\""), "{stdout}");
    assert!(
        stderr.ends_with("1 difference UpdateStage cannot make (see \"unsupported\")\n"),
        "{stderr}"
    );
    let (code, stdout, stderr) =
        run(&["plan", "-", &example("stage-canary.json")], "{\"stageName\": 1}");
    assert_eq!((code, stdout.as_str()), (Some(1), ""));
    assert!(stderr.starts_with("(stdin): (document): error[plan.stage]: "), "{stderr}");
    assert_eq!(run(&["plan", "-", "-"], "").0, Some(2));
    assert_eq!(run(&["plan", "one.json"], "").0, Some(2));
}

/// An override that differs from a stage variable in letter case alone is renamed by its fix;
/// a nearer-but-different name is only a hint (`validate --fix` applies every fix offered).
#[test]
fn an_override_typo_is_fixed_only_when_it_is_surely_one() {
    let payload = json!({"restApiId": "a", "stageName": "prod", "deploymentId": "d1",
        "variables": {"backend": "v1", "region": "eu"},
        "canarySettings": {"deploymentId": "d2", "percentTraffic": 10,
                           "stageVariableOverrides": {"Backend": "v2", "regoin": "us"}}});
    let report = canarylab::aws::validate(Action::CreateStage, &payload);
    let fixes: Vec<_> =
        report.diagnostics().iter().map(|d| (d.path.as_str(), d.fix.is_some())).collect();
    assert_eq!(
        fixes,
        [
            ("/canarySettings/stageVariableOverrides/Backend", true),
            ("/canarySettings/stageVariableOverrides/regoin", false)
        ]
    );
    assert!(report.diagnostics()[1].hint.starts_with("did you mean \"region\"?"));
    let fixed = canarylab::fix::apply(&payload, &canarylab::fix::offered(&report)).unwrap();
    assert_eq!(
        fixed["canarySettings"]["stageVariableOverrides"],
        json!({"backend": "v2", "regoin": "us"})
    );
}
