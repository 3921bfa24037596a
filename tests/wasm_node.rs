//! The npm exports, called from JS in Node through wasm-bindgen-test.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::indexing_slicing)]

use rand::RngExt as _;
use serde_json::{Value, json};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

use canarylab::js;

/// A JS value as JSON, read back through serde-wasm-bindgen.
fn json(v: JsValue) -> Value {
    serde_wasm_bindgen::from_value(v).unwrap()
}

/// A JSON value as a plain JS object, as a caller of the package passes it.
fn object(v: &Value) -> JsValue {
    js_sys::JSON::parse(&v.to_string()).unwrap()
}

#[wasm_bindgen_test]
fn version_is_the_crate_version() {
    assert_eq!(js::version(), env!("CARGO_PKG_VERSION"));
}

#[wasm_bindgen_test]
fn validate_returns_nothing_for_a_clean_payload_and_a_plain_report_otherwise() {
    let clean = r#"{"useDistributionRate": true, "canaryEndpointDomain": "NONE", "canaryDistributionRate": 5}"#;
    let out = js::validate("ncp.edit-canary", clean.into()).unwrap();
    assert!(!out.is_undefined(), "NONE draws a docs-versus-spec warning");
    assert_eq!(json(out)["valid"], true);
    let clean = r#"{"useDistributionRate": true, "canaryEndpointDomain": "https://c.example.com", "canaryDistributionRate": 5}"#;
    assert!(js::validate("ncp.edit-canary", clean.into()).unwrap().is_undefined());

    let out = js::validate("aws.update-stage", "{\"restApiId\": ".into()).unwrap();
    let plain = js_sys::Object::get_prototype_of(&js_sys::Object::new());
    assert!(js_sys::Object::get_prototype_of(&out) == plain, "a plain object, not a Map");
    let report = json(out);
    assert_eq!(report["valid"], false);
    assert_eq!(report["diagnostics"][0]["code"], "json.syntax");
    assert!(js::validate("aws.nope", "{}".into()).is_err(), "an unknown API is misuse");
}

#[wasm_bindgen_test]
fn validate_reads_an_object_as_its_json_text() {
    for file in [
        include_str!("../examples/aws/update-stage-promote.json"),
        include_str!("../examples/ncp/edit-canary-docs-example.json"),
    ] {
        let payload: Value = serde_json::from_str(file).unwrap();
        for api in canarylab::api::APIS {
            let text = js::validate(api, file.into()).unwrap();
            let object = js::validate(api, object(&payload)).unwrap();
            assert_eq!(text.is_undefined(), object.is_undefined(), "{api}");
            if !text.is_undefined() {
                assert_eq!(json(text), json(object), "{api}");
            }
        }
    }
}

#[wasm_bindgen_test]
fn run_scenario_returns_results_with_changes() {
    let out =
        json(js::run_scenario(include_str!("../examples/ncp/lifecycle.json").into()).unwrap());
    let results = out["results"].as_array().unwrap();
    assert_eq!(results.len(), 6);
    assert!(results.iter().all(|r| r["changes"].is_array()));
    assert_eq!(json(js::run_scenario("[]".into()).unwrap())["valid"], false);
}

#[wasm_bindgen_test]
fn plan_returns_the_operations_or_a_report() {
    let current = r#"{"stageName": "prod", "deploymentId": "d1"}"#;
    let out =
        json(js::plan(current, r#"{"stageName": "prod", "deploymentId": "d2"}"#, None).unwrap());
    assert_eq!(
        out,
        json!({"patchOperations": [{"op": "replace", "path": "/deploymentId", "value": "d2"}],
               "unsupported": []})
    );
    assert_eq!(json(js::plan(current, "{", None).unwrap())["diagnostics"][0]["path"], "/wanted");
}

#[wasm_bindgen_test]
fn simulate_takes_an_object_or_text_with_the_same_result() {
    let mut small: Value =
        serde_json::from_str(include_str!("../examples/traffic/aws-10-percent.json")).unwrap();
    small["workload"]["requests"] = json!(2_000);
    small["runs"] = json!(5);
    let from_object = json(js::simulate(object(&small), Some(3), None).unwrap());
    let from_text =
        json(js::simulate(JsValue::from_str(&small.to_string()), Some(3), None).unwrap());
    assert_eq!(from_object, from_text);
    assert_eq!(from_object["requests"], 2_000);
    // A seed past 2^53 comes back as the nearest double, as JSON.parse would read it.
    let big = json(js::simulate(object(&small), Some(u64::MAX), None).unwrap());
    assert_eq!(big["seed"].as_f64(), Some(u64::MAX as f64));
}

/// A host as npm/api.js builds it: readers that return text or throw the reason as a string, and
/// a writer that throws its reason too.
fn host() -> js::CliHost {
    js_sys::Function::new_no_args(
        "return { readFile(p) { throw 'no such file: ' + p; }, readStdin() { return '{}'; }, \
         writeFile(p) { throw 'read-only: ' + p; } };",
    )
    .call0(&JsValue::NULL)
    .unwrap()
    .unchecked_into()
}

fn run_cli(args: &[&str]) -> Value {
    json(js::run_cli(args.iter().map(|a| (*a).to_owned()).collect(), &host()).unwrap())
}

#[wasm_bindgen_test]
fn run_cli_reports_code_and_output() {
    let version = format!("canarylab {}\n", env!("CARGO_PKG_VERSION"));
    assert_eq!(run_cli(&["--version"]), json!({"code": 0, "stdout": version, "stderr": ""}));
    // A reader's failure is the CLI's "cannot read" (exit 2); standard input comes from the host.
    assert_eq!(
        run_cli(&["run", "x.json"]),
        json!({"code": 2, "stdout": "", "stderr": "error: cannot read x.json: no such file: x.json\n"})
    );
    assert_eq!(run_cli(&["simulate", "-"])["code"], 1);
    assert_eq!(run_cli(&[])["code"], 2);
}

#[wasm_bindgen_test]
fn apply_fixes_keeps_the_payload_form() {
    let payload = r#"{"restApiId": "a", "stageName": "p", "patchOperations": [{"op": "replace", "path": "/description", "value": 7}]}"#;
    let report = json(js::validate("aws.update-stage", payload.into()).unwrap());
    let report = report.to_string();
    let text = js::apply_fixes(payload.into(), &report).unwrap().as_string().unwrap();
    assert_eq!(text, payload.replace(": ", ":").replace(", ", ",").replace(":7", ":\"7\""));
    let object =
        json(js::apply_fixes(object(&serde_json::from_str(payload).unwrap()), &report).unwrap());
    assert_eq!(object["patchOperations"][0]["value"], "7");
    assert!(js::apply_fixes("{}".into(), &report).is_err(), "a report about another payload");
    assert!(js::apply_fixes("{}".into(), "[]").is_err(), "not a report");
}

/// The PRNG gives the same numbers under wasm as natively (`tests/it/traffic.rs` pins them):
/// the raw xoshiro256++ stream and rand's draws over it.
#[wasm_bindgen_test]
fn prng_values_match_native() {
    let mut r = canarylab::traffic::rng::seeded(42);
    let got: Vec<u64> = (0..3).map(|_| rand::Rng::next_u64(&mut r)).collect();
    assert_eq!(
        got,
        [15_021_278_609_987_233_951, 5_881_210_131_331_364_753, 18_149_643_915_985_481_100]
    );
    let mut r = canarylab::traffic::rng::seeded(42);
    let picks: Vec<u64> = (0..3).map(|_| r.random_range(0..1000)).collect();
    assert_eq!(picks, [814, 318, 983]);
}

/// A whole simulation gives the native counts under wasm (seed 99 of the README's example;
/// the native CLI prints the same: `canarylab simulate examples/traffic/aws-10-percent.json
/// --seed 99`).
#[wasm_bindgen_test]
fn simulation_counts_match_native() {
    let doc: Value =
        canarylab::doc::parse(include_str!("../examples/traffic/aws-10-percent.json")).unwrap();
    let s = canarylab::traffic::simulate(&doc, Some(99)).unwrap();
    assert_eq!(s["counts"], json!({"stage": 89_833, "canary": 10_167}));
    assert_eq!(s["sides"]["canary"]["cache"]["hits"], 9_353);
    assert_eq!(s["runs"]["mean"].as_f64(), Some(0.099_966_950_000_000_01));
}

/// Past the requests simulated one by one the counts are drawn (rand_distr's binomial, with the
/// `libm` crate's math here and the platform's in native test builds): the same example at 10^12
/// requests gives the native numbers (`tests/it/traffic.rs` pins them too).
#[wasm_bindgen_test]
fn drawn_counts_match_native() {
    let mut doc: Value =
        canarylab::doc::parse(include_str!("../examples/traffic/aws-10-percent.json")).unwrap();
    doc["workload"]["requests"] = json!(1_000_000_000_000u64);
    let s = canarylab::traffic::simulate(&doc, Some(99)).unwrap();
    assert_eq!(s["counts"], json!({"stage": 899_999_852_922u64, "canary": 100_000_147_078u64}));
    assert_eq!(s["sides"]["canary"]["cache"]["hits"], 92_759);
    assert_eq!(s["errors"]["canary"]["errors"], 1_999_946_829u64);
    assert_eq!(s["runs"]["mean"].as_f64(), Some(0.099_999_977_603_899_96));
}

/// The digest of 21,000 binomial draws over n from 10 to 10^15 (`tests/it/traffic.rs`,
/// `binomial_draws_are_the_same_everywhere`, pins the same natively).
#[wasm_bindgen_test]
fn binomial_draws_match_native() {
    use canarylab::traffic::{rng, stats};
    let mut rng = rng::seeded(123);
    let (mut hash, mut sum) = (0xcbf2_9ce4_8422_2325u64, 0u64);
    for n in [10u64, 37, 1_000, 100_000, 1_000_000_000, 1_000_000_000_000, 1_000_000_000_000_000] {
        for p in [1e-9, 0.001, 0.1, 0.37, 0.5, 0.93] {
            for _ in 0..500 {
                let x = stats::draw_binomial(&mut rng, n, p);
                sum = sum.wrapping_add(x);
                for b in x.to_le_bytes() {
                    hash = (hash ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
                }
            }
        }
    }
    assert_eq!((hash, sum), (11_173_254_302_980_208_388, 951_451_451_321_600_752));
}

/// The judge's numbers for the examples, as tests/it/judge.rs pins them natively, to the last
/// bit; and the CLI's exit codes for its verdicts.
#[wasm_bindgen_test]
fn judge_and_ramp_match_native() {
    let series = json(
        js::judge(include_str!("../examples/judge/series.json").into(), JsValue::UNDEFINED, None)
            .unwrap(),
    );
    assert_eq!(series["likelihoodRatio"].as_f64(), Some(0.036_762_830_638_096_766));
    assert_eq!(
        series["difference"]["confidenceSequence"],
        json!([-0.006_348_467_928_842_184, 0.010_319_056_796_476_968])
    );
    assert_eq!(series["needed"]["canaryRequests"], 3381);
    let options = object(&json!({"input": "cloudwatch", "tolerance": 0.005, "queries": {
        "baseline": {"requests": "baselineRequests", "errors": "baselineErrors"},
        "canary": {"requests": "canaryRequests", "errors": "canaryErrors"}}}));
    let cw = json(
        js::judge(include_str!("../examples/judge/get-metric-data.json").into(), options, None)
            .unwrap(),
    );
    assert_eq!(cw["verdict"], "rollback");
    assert_eq!(cw["pValue"].as_f64(), Some(4.178_648_673_331_793e-9));
    assert_eq!(cw["history"][2]["pValue"].as_f64(), Some(0.000_757_756_252_755_020_4));
    let plan = json(js::ramp(include_str!("../examples/judge/ramp.json").into(), None).unwrap());
    assert_eq!(plan["expected"]["promote"].as_f64(), Some(0.828_820_790_760_116_4));
    assert_eq!(plan["expected"]["rollback"].as_f64(), Some(0.965_062_019_806_268_3));
    assert!(
        js::judge("{}".into(), object(&json!({"tolerence": 1})), None).is_err(),
        "an unknown option is misuse"
    );
    let bad = json(
        js::judge(r#"{"tolerance": 0.01, "series": []}"#.into(), JsValue::UNDEFINED, None).unwrap(),
    );
    assert_eq!(bad["diagnostics"][0]["code"], "judge.series.empty");
}

/// A simulation driven a chunk at a time (what `simulate` with `onProgress` and `simulateAsync`
/// do) ends with the summary `simulate` gives at once; an invalid document is a report.
#[wasm_bindgen_test]
fn a_simulation_in_chunks_ends_where_simulate_does() {
    let mut doc: Value =
        serde_json::from_str(include_str!("../examples/traffic/sticky-cookie.json")).unwrap();
    doc["workload"]["requests"] = json!(1_000_000_000u64);
    let whole = json(js::simulate(object(&doc), Some(5), None).unwrap());
    let started = js::start_simulation(object(&doc), Some(5), None).unwrap();
    let mut sim =
        <js::Simulation as wasm_bindgen::convert::TryFromJsValue>::try_from_js_value(started)
            .unwrap();
    let mut last = 0.0;
    while !sim.done() {
        let p = sim.advance(50_000);
        assert!(p[0] >= last && p[0] <= p[1]);
        last = p[0];
    }
    assert_eq!(json(sim.summary().unwrap()), whole);
    let bad = json(js::start_simulation("{\"provider\": \"gcp\"}".into(), None, None).unwrap());
    assert_eq!(bad["valid"], false);
}

/// Hangul syllables.
fn korean(s: &str) -> bool {
    s.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c))
}

/// Every export that returns canarylab's words takes a language: the words change, codes and
/// pointers do not; English is the default and what `None` gives; another tag is misuse.
#[wasm_bindgen_test]
fn every_export_with_words_takes_a_language() {
    let ko = || Some("ko".to_owned());
    // simulate and startSimulation: the report of an invalid document, and the summary's notes.
    let bad = json!({"provider": "gcp"});
    let (en_bad, ko_bad) = (
        json(js::simulate(object(&bad), None, None).unwrap()),
        json(js::simulate(object(&bad), None, ko()).unwrap()),
    );
    assert_eq!(en_bad["diagnostics"][0]["code"], ko_bad["diagnostics"][0]["code"]);
    assert!(korean(ko_bad["diagnostics"][0]["message"].as_str().unwrap()), "{ko_bad}");
    let started = json(js::start_simulation(object(&bad), None, ko()).unwrap());
    assert_eq!(started, ko_bad);
    let rate = json!({"provider": "ncp", "runs": 2, "workload": {"requests": 100},
        "stage": {"stageId": "s1", "deployedStageDeploymentNo": 1, "canaryDeploymentNo": 2,
                  "useDistributionRate": true, "canaryDistributionRate": 25}});
    let summary = json(js::simulate(object(&rate), None, ko()).unwrap());
    assert_eq!(summary["notes"][0], "NCP는 비율을 32비트 부동소수점으로 저장합니다. 저장값: 25 %");
    let started = js::start_simulation(object(&rate), None, ko()).unwrap();
    let mut run =
        <js::Simulation as wasm_bindgen::convert::TryFromJsValue>::try_from_js_value(started)
            .unwrap();
    while !run.done() {
        run.advance(1 << 16);
    }
    assert_eq!(json(run.summary().unwrap()), summary);
    // plan: a stage that is not JSON.
    let current = r#"{"stageName": "prod", "deploymentId": "d1"}"#;
    let broken = json(js::plan(current, "{", ko()).unwrap());
    assert!(
        broken["diagnostics"][0]["message"]
            .as_str()
            .unwrap()
            .starts_with("JSON 형식이 잘못되었습니다")
    );
    assert_eq!(
        json(js::plan(current, current, ko()).unwrap()),
        json(js::plan(current, current, None).unwrap())
    );
    // judge: the reason; ramp and check: their diagnostics.
    let series = include_str!("../examples/judge/series.json");
    let verdict = json(js::judge(series.into(), JsValue::UNDEFINED, ko()).unwrap());
    assert!(korean(verdict["reason"].as_str().unwrap()), "{verdict}");
    let ramp = json(js::ramp(r#"{"baselineErrorRate": 2}"#.into(), ko()).unwrap());
    assert!(korean(ramp["diagnostics"][0]["message"].as_str().unwrap()), "{ramp}");
    let script = "aws apigateway update-stage --rest-api-id a1 --stage-name prod \
                  --patch-operations op=replace,path=/canarySettings/percentTraffic,value=120\n";
    let (en, ko_check) = (
        json(js::check(script, None, None, None).unwrap()),
        json(js::check(script, None, None, ko()).unwrap()),
    );
    assert_eq!(en["diagnostics"][0]["code"], ko_check["diagnostics"][0]["code"]);
    assert_eq!(en["diagnostics"][0]["line"], ko_check["diagnostics"][0]["line"]);
    assert!(korean(ko_check["diagnostics"][0]["message"].as_str().unwrap()), "{ko_check}");
    // Malformed JSON, as text or nested past serde_json's limit: serde's words in the catalogue's
    // frame, in the language asked.
    let malformed = json(js::ramp("{".into(), ko()).unwrap());
    let message = malformed["diagnostics"][0]["message"].as_str().unwrap();
    assert!(message.starts_with("JSON 형식이 잘못되었습니다: EOF while parsing"), "{message}");
    let mut deep = json!(1);
    for _ in 0..200 {
        deep = json!([deep]);
    }
    let too_deep = json(js::simulate(object(&deep), None, ko()).unwrap());
    assert_eq!(
        too_deep["diagnostics"][0]["message"],
        "JSON 형식이 잘못되었습니다: recursion limit exceeded (more than 128 levels, or a cycle)"
    );
    let in_english = json(js::simulate(object(&deep), None, None).unwrap());
    assert_eq!(
        in_english["diagnostics"][0]["message"],
        "malformed JSON: recursion limit exceeded (more than 128 levels, or a cycle)"
    );
    // Misuse.
    assert!(js::ramp("{}".into(), Some("ja".to_owned())).is_err());
    assert!(js::check("", None, None, Some("KO".to_owned())).is_err());
}

/// The bin's locale: `LANG=ko_KR.UTF-8` speaks Korean unless `LC_ALL` or `--lang` says otherwise.
#[wasm_bindgen_test]
fn run_cli_reads_the_locale_from_the_host() {
    let host = |env: &str| -> js::CliHost {
        js_sys::Function::new_no_args(&format!(
            "const env = {env}; return {{ readFile(p) {{ throw 'no such file: ' + p; }}, \
             readStdin() {{ return '{{}}'; }}, writeFile(p) {{ throw 'read-only'; }}, \
             env(name) {{ return env[name]; }} }};"
        ))
        .call0(&JsValue::NULL)
        .unwrap()
        .unchecked_into()
    };
    let run = |args: &[&str], env: &str| -> Value {
        let args = args.iter().map(|a| (*a).to_owned()).collect();
        json(js::run_cli(args, &host(env)).unwrap())
    };
    let ko = run(&["frobnicate"], "{LANG: 'ko_KR.UTF-8'}");
    assert!(ko["stderr"].as_str().unwrap().starts_with("오류: "), "{ko}");
    let c = run(&["frobnicate"], "{LANG: 'ko_KR.UTF-8', LC_ALL: 'C'}");
    assert!(c["stderr"].as_str().unwrap().starts_with("error: unknown command"), "{c}");
    let asked = run(&["frobnicate", "--lang", "en"], "{LANG: 'ko_KR.UTF-8'}");
    assert_eq!(asked, c);
}
