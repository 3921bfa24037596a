//! Property tests: arbitrary JSON and arbitrary patch operations never panic the validators or
//! the simulated gateway, and a failed call leaves the state unchanged.

use proptest::prelude::*;
use serde_json::{Value, json};

use canarylab::aws::gateway::Gateway;
use canarylab::aws::model::{Deployment, Stage};
use canarylab::aws::request::Action;

fn arb_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(Value::from),
        ".{0,12}".prop_map(Value::from),
        prop::sample::select(vec![
            "/canarySettings/percentTraffic",
            "/*/*",
            "true",
            "50",
            "replace",
            "copy",
            "remove",
            "add",
            "/variables/v"
        ])
        .prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 64, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(
                prop::sample::select(vec![
                    "restApiId",
                    "stageName",
                    "deploymentId",
                    "canarySettings",
                    "percentTraffic",
                    "patchOperations",
                    "op",
                    "path",
                    "value",
                    "from",
                    "variables",
                    "stageVariableOverrides",
                    "x"
                ]),
                inner,
                0..6
            )
            .prop_map(|m| Value::Object(m.into_iter().map(|(k, v)| (k.to_owned(), v)).collect())),
        ]
    })
}

fn arb_op() -> impl Strategy<Value = Value> {
    let ops =
        prop::sample::select(vec!["add", "remove", "replace", "copy", "move", "test", "nope"]);
    let paths = prop::sample::select(vec![
        "/deploymentId",
        "/description",
        "/cacheClusterEnabled",
        "/cacheClusterSize",
        "/tracingEnabled",
        "/variables",
        "/variables/v",
        "/variables/bad:name",
        "/accessLogSettings",
        "/accessLogSettings/format",
        "/accessLogSettings/destinationArn",
        "/accessLogSettings/x",
        "/canarySettings",
        "/canarySettings/deploymentId",
        "/canarySettings/percentTraffic",
        "/canarySettings/useStageCache",
        "/canarySettings/stageVariableOverrides",
        "/canarySettings/stageVariableOverrides/v",
        "/canarySettings/bad",
        "/*/*",
        "/*/*/metrics/enabled",
        "/*/*/throttling/burstLimit",
        "/~1a/GET/caching/ttlInSeconds",
        "/~1a/GET",
        "/*/*/logging/loglevel",
        "/x/y/z",
        "",
    ]);
    let values = prop::option::of(prop::sample::select(vec![
        "true",
        "false",
        "50",
        "-1",
        "150",
        "NaN",
        "0.5",
        "INFO",
        "dep1",
        "dep2",
        "nope",
        "",
        "a b",
        "$context.requestId",
    ]));
    let froms = prop::option::of(prop::sample::select(vec![
        "/canarySettings/deploymentId",
        "/canarySettings/stageVariableOverrides",
        "/variables",
    ]));
    (ops, paths, values, froms).prop_map(|(op, path, value, from)| {
        let mut o = json!({"op": op, "path": path});
        if let Some(v) = value {
            o["value"] = json!(v);
        }
        if let Some(f) = from {
            o["from"] = json!(f);
        }
        o
    })
}

fn gateway() -> Gateway {
    let mut stage = Stage::new("prod".into(), "dep1".into());
    stage.variables.insert("v".into(), "x".into());
    let deployments = ["dep1", "dep2"].map(|id| Deployment {
        id: id.into(),
        description: None,
        created_date: None,
    });
    Gateway::new(deployments.to_vec(), vec![stage], Default::default())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn validators_never_panic(payload in arb_json()) {
        for api in canarylab::api::APIS {
            let report = canarylab::api::validate_value(api, &payload).unwrap();
            // Every diagnostic carries a well-formed pointer and a code.
            for d in report.diagnostics() {
                prop_assert!(canarylab::pointer::Pointer::parse(d.path.as_str()).is_some());
                prop_assert!(!d.code.is_empty());
            }
        }
        let _ = canarylab::scenario::run(&payload);
    }

    #[test]
    fn any_text_never_panics(text in "\\PC{0,200}") {
        let _ = canarylab::api::validate_text("aws.update-stage", &text).unwrap();
    }

    #[test]
    fn failed_calls_leave_state_unchanged(ops in prop::collection::vec(prop::collection::vec(arb_op(), 1..5), 1..6)) {
        let mut gw = gateway();
        for batch in ops {
            let before = (gw.stages().to_vec(), gw.deployments().to_vec());
            let params = json!({"restApiId": "a", "stageName": "prod", "patchOperations": batch});
            // The static validator and the gateway agree on what is refused before state matters.
            let static_ok = canarylab::aws::validate(Action::UpdateStage, &params).is_valid();
            match gw.call(Action::UpdateStage, &params) {
                Ok(r) => {
                    prop_assert!(static_ok, "gateway accepted what the validator refused: {params}");
                    prop_assert_eq!(r.status, 200);
                    let pt = r.body.pointer("/canarySettings/percentTraffic").and_then(Value::as_f64);
                    prop_assert!(pt.is_none_or(|p| (0.0..=100.0).contains(&p)));
                }
                Err(_) => prop_assert_eq!((gw.stages().to_vec(), gw.deployments().to_vec()), before),
            }
        }
    }
}
