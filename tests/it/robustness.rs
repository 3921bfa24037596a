//! Property tests: arbitrary JSON and arbitrary patch operations never panic the validators or
//! the simulated gateway, a failed call leaves the state unchanged, and a line diff rebuilds the
//! two texts it compares.

use proptest::prelude::*;
use serde_json::Value;
use serde_json::json;

use canarylab::aws::gateway::Gateway;
use canarylab::aws::model::{Deployment, Stage};
use canarylab::aws::request::Action;
use canarylab::diff::Line;
use canarylab::ncp::gateway::{Action as NcpAction, Gateway as NcpGateway};
use canarylab::ncp::model::Stage as NcpStage;

pub(crate) fn arb_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(|x| json!(x)),
        any::<i64>().prop_map(|x| json!(x)),
        any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(|x| json!(x)),
        ".{0,12}".prop_map(|x| json!(x)),
        prop::sample::select(vec![
            "/canarySettings/percentTraffic",
            "/*/*",
            "true",
            "50",
            "replace",
            "copy",
            "remove",
            "add",
            "/variables/v",
            "ncp",
            "aws",
            "NONE",
            "https://example.com",
            "REQUEST_HEADER",
            "sticky-cookie",
            "EditCanary",
            "UpdateStage"
        ])
        .prop_map(|x| json!(x)),
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
                    "x",
                    "provider",
                    "calls",
                    "stages",
                    "action",
                    "params",
                    "body",
                    "productId",
                    "apiId",
                    "stageId",
                    "useDistributionRate",
                    "canaryEndpointDomain",
                    "canaryDistributionRate",
                    "canaryConditions",
                    "canaryCacheTtlSec",
                    "canaryThrottleRps",
                    "parameterCode",
                    "parameterName",
                    "parameterValue",
                    "stage",
                    "workload",
                    "requests",
                    "split",
                    "clients",
                    "headers",
                    "canarySettings"
                ]),
                inner,
                0..6
            )
            .prop_map(|m| Value::Object(m.into_iter().map(|(k, v)| (k.to_owned(), v)).collect())),
        ]
    })
}

pub(crate) fn arb_op() -> impl Strategy<Value = Value> {
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
                prop_assert_eq!(d.severity, d.code.severity());
            }
        }
        let _ = canarylab::scenario::run(&payload);
    }

    #[test]
    fn any_text_never_panics(text in "\\PC{0,200}") {
        for api in canarylab::api::APIS {
            let _ = canarylab::api::validate_text(api, &text).unwrap();
        }
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

pub(crate) fn arb_ncp_call() -> impl Strategy<Value = (NcpAction, Value)> {
    let action = prop::sample::select(NcpAction::ALL.to_vec());
    let stage = prop::sample::select(vec!["s1", "s2", "nope", "", "stage-id-too-long"]);
    let body = prop::option::of((
        prop::option::of(any::<bool>()),
        prop::sample::select(vec!["NONE", "none", "https://c.example.com", "localhost", ""]),
        prop::option::of(prop_oneof![(-5.0f64..120.0).prop_map(|x| json!(x)), Just(json!("5"))]),
        prop::option::of(prop::collection::vec(
            (
                prop::sample::select(vec!["REQUEST_HEADER", "REQUEST_QUERY", "COOKIE"]),
                prop::sample::select(vec!["x-canary", ""]),
            ),
            0..3,
        )),
        prop::option::of(-1i64..4000),
        prop::option::of(prop_oneof![Just(json!(0)), Just(json!(10)), Just(json!("10"))]),
    ));
    (action, stage, body).prop_map(|(action, stage, body)| {
        let mut params = json!({"productId": "p1", "apiId": "a1", "stageId": stage});
        if let Some((mode, domain, rate, conds, ttl, rps)) = body {
            let mut b = json!({"canaryEndpointDomain": domain});
            if let Some(m) = mode {
                b["useDistributionRate"] = json!(m);
            }
            if let Some(r) = rate {
                b["canaryDistributionRate"] = r;
            }
            if let Some(cs) = conds {
                b["canaryConditions"] = cs
                    .into_iter()
                    .map(|(code, name)| json!({"parameterCode": code, "parameterName": name, "parameterValue": "on"}))
                    .collect();
            }
            if let Some(t) = ttl {
                b["canaryCacheTtlSec"] = json!(t);
            }
            if let Some(r) = rps {
                b["canaryThrottleRps"] = r;
            }
            params["body"] = b;
        }
        (action, params)
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// Random NCP call sequences: failed calls leave the stages unchanged, an accepted edit is one
    /// the static validator accepts, and every stage survives a JSON round trip.
    #[test]
    fn ncp_calls_are_all_or_nothing(calls in prop::collection::vec(arb_ncp_call(), 1..12)) {
        let stages: Vec<NcpStage> = serde_json::from_value(json!([
            {"apiId": "a1", "stageId": "s1", "deployedStageDeploymentNo": 1},
            {"stageId": "s2", "deployedStageDeploymentNo": 5, "canaryDeploymentNo": 6}
        ])).unwrap();
        let mut gw = NcpGateway::new(stages, Default::default(), Default::default());
        for (action, params) in calls {
            let before = gw.stages().to_vec();
            match gw.call(action, &params) {
                Ok(_) => {
                    if action == NcpAction::EditCanary {
                        let report = canarylab::ncp::validate_edit_canary(&params);
                        prop_assert!(report.is_valid(), "accepted {params}: {}", report.to_text());
                    }
                }
                Err(e) => {
                    prop_assert!(matches!(e.status, 400 | 404));
                    prop_assert_eq!(gw.stages(), &before[..]);
                }
            }
            for s in gw.stages() {
                let back = NcpStage::from_value(&serde_json::to_value(s).unwrap()).unwrap();
                prop_assert_eq!(&back, s);
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// The site's helpers take whatever the user typed: locating pointers in any text, diffing
    /// any two texts and rendering any payload never panic, and lines stay in range.
    #[test]
    fn face_helpers_never_panic(text in "\\PC{0,120}", other in "\\PC{0,60}", payload in arb_json(),
                                ptr in prop::sample::select(vec!["", "/a", "/a/0", "/~1x", "/restApiId", "/body/canaryConditions/0"])) {
        let lines = canarylab::locate::lines(&text, &[ptr]);
        prop_assert!(lines.iter().all(|l| *l >= 1 && *l <= text.split('\n').count().max(1)));
        let d = canarylab::diff::lines(&text, &other);
        prop_assert_eq!(sides(&d), (text.lines().collect(), other.lines().collect()));
        for api in canarylab::api::APIS {
            for kind in canarylab::snippet::kinds(api) {
                let _ = canarylab::snippet::render(*kind, api, &payload);
            }
        }
        let _ = canarylab::doc::number(&text);
    }

    /// A line diff stands for both texts: its kept and removed lines are the old text, its kept
    /// and added lines the new one, in order; and it keeps as many lines as the two have in
    /// common. The lines come from a few JSON-like ones, so texts share lines as stages do.
    #[test]
    fn line_diff_rebuilds_both_texts(
        old in prop::collection::vec(prop::sample::select(DIFF_LINES.to_vec()), 0..14),
        new in prop::collection::vec(prop::sample::select(DIFF_LINES.to_vec()), 0..14),
    ) {
        let (old, new) = (old.join("\n"), new.join("\n"));
        let d = canarylab::diff::lines(&old, &new);
        let (a, b) = sides(&d);
        prop_assert_eq!(&a, &old.lines().collect::<Vec<_>>());
        prop_assert_eq!(&b, &new.lines().collect::<Vec<_>>());
        let kept = d.iter().filter(|l| matches!(l, Line::Same(_))).count();
        prop_assert_eq!(kept, lcs_len(&a, &b));
    }

    /// Any JSON as a traffic document: checked without panicking (not run: a valid random
    /// document could ask for 2^40 requests).
    #[test]
    fn traffic_documents_never_panic(doc in arb_json()) {
        let _ = canarylab::traffic::config::parse(&doc);
    }
}

const DIFF_LINES: [&str; 7] = ["{", "}", "  \"a\": 1,", "  \"b\": 2", "  \"a\": 3,", "", "x"];

/// The two texts a line diff stands for: the old one from its kept and removed lines, the new
/// one from its kept and added lines.
fn sides<'a>(d: &[Line<'a>]) -> (Vec<&'a str>, Vec<&'a str>) {
    let (mut old, mut new) = (Vec::new(), Vec::new());
    for line in d {
        match *line {
            Line::Same(s) => {
                old.push(s);
                new.push(s);
            }
            Line::Removed(s) => old.push(s),
            Line::Added(s) => new.push(s),
        }
    }
    (old, new)
}

/// The length of a longest common subsequence of two line lists (one table row at a time,
/// written apart from `diff::lines`).
fn lcs_len(a: &[&str], b: &[&str]) -> usize {
    let mut row = vec![0usize; b.len() + 1];
    for x in a {
        let mut diagonal = 0;
        for (j, y) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = if x == y { diagonal + 1 } else { above.max(row[j]) };
            diagonal = above;
        }
    }
    row[b.len()]
}
