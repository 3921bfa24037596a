//! `canarylab check`: templates, plans and scripts read as the requests they make, each finding
//! pinned to its JSON Pointer, line and column in the fixture; bad input of every shape gets a
//! finding or a clear error, never a panic or a hang.

use std::process::Output;
use std::time::{Duration, Instant};

use canarylab::input::{FileReport, Kind, check, detect};
use canarylab::report::Severity;
use proptest::prelude::*;

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/input/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(path).unwrap()
}

/// Each finding as (line, column, code, path).
fn found(r: &FileReport) -> Vec<(usize, usize, String, String)> {
    r.findings
        .iter()
        .map(|f| {
            let d = &f.diagnostic;
            (f.at.line, f.at.column, d.code.name().to_owned(), d.path.as_str().to_owned())
        })
        .collect()
}

fn expect(r: &FileReport, want: &[(usize, usize, &str, &str)]) {
    let want: Vec<(usize, usize, String, String)> =
        want.iter().map(|(l, c, code, p)| (*l, *c, (*code).to_owned(), (*p).to_owned())).collect();
    assert_eq!(found(r), want, "{:#?}", r.findings);
}

#[test]
fn a_cdk_template_is_checked_where_it_is_written() {
    let text = fixture("cdk-canary.template.json");
    assert_eq!(detect(&text, Some("CanaryStack.template.json")), Some(Kind::CloudFormation));
    let r = check(&text, None, None);
    assert_eq!(r.kind, Some(Kind::CloudFormation));
    let stage = "/Resources/ApiDeploymentStageprod3EB9684E/Properties";
    let canary = "/Resources/CanaryDeploymentA1B2C3D4/Properties";
    expect(
        &r,
        &[
            (57, 9, "aws.canary.deployment-default", &format!("{stage}/CanarySetting")),
            (58, 11, "aws.percent-traffic.range", &format!("{stage}/CanarySetting/PercentTraffic")),
            (68, 13, "aws.logging-level.enum", &format!("{stage}/MethodSettings/0/LoggingLevel")),
            (86, 9, "input.cfn.order", &format!("{canary}/StageName")),
            (
                90,
                13,
                "aws.variable.name",
                &format!("{canary}/DeploymentCanarySettings/StageVariableOverrides/lambda alias"),
            ),
        ],
    );
    // Each finding names the request it comes from, in validate's terms.
    let range = &r.findings[1];
    let request = range.request.as_ref().unwrap();
    assert_eq!(request.action, "CreateStage");
    assert_eq!(request.path.as_str(), "/canarySettings/percentTraffic");
    assert_eq!(request.from, "ApiDeploymentStageprod3EB9684E");
    let level = r.findings[2].request.as_ref().unwrap();
    assert_eq!((level.action, level.path.as_str()), ("UpdateStage", "/patchOperations/1/value"));
}

#[test]
fn a_sam_template_with_short_forms_is_checked_where_it_is_written() {
    let text = fixture("sam-canary.yaml");
    assert_eq!(detect(&text, None), Some(Kind::CloudFormation));
    let r = check(&text, None, None);
    let api = "/Resources/OrdersApi/Properties";
    expect(
        &r,
        &[
            (23, 7, "aws.canary.deployment-default", &format!("{api}/CanarySetting")),
            (24, 9, "input.unresolved", &format!("{api}/CanarySetting/PercentTraffic")),
            (31, 11, "aws.cache-ttl.range", &format!("{api}/MethodSettings/0/CacheTtlInSeconds")),
            (
                41,
                9,
                "aws.patch.value.boolean",
                "/Resources/ReleaseDeployment/Properties/StageDescription/MetricsEnabled",
            ),
            (49, 7, "input.property", "/Resources/ManualStage/Properties/CanarySettings"),
            (53, 9, "aws.variable.name", "/Resources/ManualStage/Properties/Variables/bad-name"),
        ],
    );
    // The misspelt property gets the right one.
    assert!(r.findings[4].diagnostic.hint.contains("did you mean CanarySetting?"));
    // `!Ref CanaryPercent` has no default: said, not guessed.
    assert!(r.findings[1].diagnostic.message.contains("CanaryPercent has no Default"));
}

#[test]
fn a_terraform_plan_is_checked_in_apply_order() {
    let text = fixture("terraform-plan.json");
    assert_eq!(detect(&text, None), Some(Kind::Terraform));
    let r = check(&text, None, None);
    let after = |i: usize, rest: &str| format!("/resource_changes/{i}/change/after/{rest}");
    expect(
        &r,
        &[
            (5, 5, "input.service-error", "/resource_changes/0"),
            (54, 13, "input.terraform.canary-deployment", &after(1, "canary_settings/0")),
            (55, 15, "aws.canary.implicit-create", &after(1, "canary_settings/0/percent_traffic")),
            (81, 13, "input.terraform.canary-deployment", &after(2, "canary_settings/0")),
            (83, 15, "aws.percent-traffic.range", &after(2, "canary_settings/0/percent_traffic")),
            (109, 15, "aws.logging-level.enum", &after(3, "settings/0/logging_level")),
        ],
    );
    // The replaced deployment is destroyed while the stage still serves it.
    let refused = &r.findings[0].diagnostic;
    assert!(refused.message.contains("Active stages pointing to this deployment"), "{refused:?}");
    assert!(refused.hint.contains("create_before_destroy"));
}

#[test]
fn create_before_destroy_moves_the_stage_first() {
    let mut plan: serde_json::Value =
        serde_json::from_str(&fixture("terraform-plan.json")).unwrap();
    plan["resource_changes"][0]["change"]["actions"] = serde_json::json!(["create", "delete"]);
    let r = check(&plan.to_string(), Some(Kind::Terraform), None);
    assert!(!found(&r).iter().any(|f| f.2 == "input.service-error"), "{:#?}", r.findings);
}

#[test]
fn a_deploy_script_is_checked_word_by_word() {
    let text = fixture("deploy.sh");
    assert_eq!(detect(&text, None), Some(Kind::AwsCli));
    let r = check(&text, None, Some("deploy.sh"));
    expect(
        &r,
        &[
            (10, 17, "input.unresolved", "/description"),
            (15, 69, "aws.patch.value.double", "/patchOperations/0/value"),
            (16, 33, "aws.canary.implicit-create", "/patchOperations/1/path"),
            (19, 24, "aws.promotion.keeps-canary", "/patchOperations/0"),
            (25, 16, "input.service-error", ""),
            (28, 49, "param.type", "/canarySettings/percentTraffic"),
            (29, 96, "input.cli.option", ""),
            (30, 89, "input.not-checked", ""),
        ],
    );
    assert!(
        r.findings[4]
            .diagnostic
            .message
            .contains("Non canary deployment not supported on stage beta")
    );
    assert!(r.findings[6].diagnostic.hint.contains("did you mean --description?"));
}

#[test]
fn a_captured_deployment_id_stands_for_that_deployment() {
    // The stage is created by the script, its canary deployed, the canary's deployment read back
    // into a variable and used: every request runs, and the promotion's copy succeeds.
    let script = "\
aws apigateway create-stage --rest-api-id a --stage-name s --deployment-id base
ID=$(aws apigateway create-deployment --rest-api-id a --stage-name s \\
  --canary-settings percentTraffic=10 --query id --output text)
aws apigateway update-stage --rest-api-id a --stage-name s \\
  --patch-operations op=replace,path=/canarySettings/deploymentId,value=$ID \\
  op=copy,from=/canarySettings/deploymentId,path=/deploymentId op=remove,path=/canarySettings
aws apigateway delete-deployment --rest-api-id a --deployment-id base
aws apigateway delete-deployment --rest-api-id a --deployment-id \"$ID\"
";
    let r = check(script, None, None);
    let codes: Vec<String> = found(&r).into_iter().map(|f| f.2).collect();
    // Deleting the deployment the stage now serves is refused: the id was followed.
    assert_eq!(codes, ["input.service-error"], "{:#?}", r.findings);
    assert_eq!(r.findings[0].at.line, 8);
    assert!(r.findings[0].diagnostic.message.contains("Active stages pointing to this deployment"));
}

#[test]
fn cli_input_json_and_json_values_are_located_inside_the_quotes() {
    let script = "aws apigateway update-stage --cli-input-json \\\n  '{\"restApiId\": \"a\", \"stageName\": \"s\",\n    \"patchOperations\": [{\"op\": \"replace\", \"path\": \"/canarySettings/percentTraffic\", \"value\": \"200\"}]}'\n";
    let r = check(script, Some(Kind::AwsCli), None);
    expect(&r, &[(3, 85, "aws.percent-traffic.range", "/patchOperations/0/value")]);
}

#[test]
fn a_clean_template_is_valid() {
    let text = "\
Resources:
  Base:
    Type: AWS::ApiGateway::Deployment
    Properties:
      RestApiId: !Ref Api
  Prod:
    Type: AWS::ApiGateway::Stage
    Properties:
      RestApiId: !Ref Api
      DeploymentId: !Ref Base
      StageName: prod
  Canary:
    Type: AWS::ApiGateway::Deployment
    Properties:
      RestApiId: !Ref Api
      StageName: !Ref Prod
      DeploymentCanarySettings:
        PercentTraffic: 10
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties: {Name: api}
";
    let r = check(text, None, None);
    assert!(r.findings.is_empty(), "{:#?}", r.findings);
    assert!(r.is_valid());
    // Written the other way round, the canary deployment comes first and AWS refuses it.
    let broken = text.replace("StageName: !Ref Prod", "StageName: prod");
    let r = check(&broken, None, None);
    assert_eq!(found(&r).iter().map(|f| f.2.as_str()).collect::<Vec<_>>(), ["input.cfn.order"]);
    // A stage with a canary takes no plain deployment.
    let plain = text.replace("      DeploymentCanarySettings:\n        PercentTraffic: 10\n", "")
        .replace("      StageName: prod\n", "      StageName: prod\n      CanarySetting: {DeploymentId: !Ref Base, PercentTraffic: 5}\n");
    let r = check(&plain, None, None);
    let refused: Vec<_> =
        r.findings.iter().filter(|f| f.diagnostic.severity == Severity::Error).collect();
    assert_eq!(refused.len(), 1, "{:#?}", r.findings);
    assert_eq!(refused[0].diagnostic.code.name(), "input.service-error");
    assert!(refused[0].diagnostic.message.contains("Non canary deployment not supported"));
    assert_eq!(refused[0].at.line, 13);
}

// ---------------------------------------------------------------- bad input

#[test]
fn an_alias_bomb_is_refused_by_a_limit_that_is_named() {
    let mut text = String::from(
        "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n",
    );
    let names = ["b", "c", "d", "e", "f", "g", "h", "i"];
    let mut prev = "a";
    for name in names {
        let refs = vec![format!("*{prev}"); 9].join(",");
        text.push_str(&format!("{name}: &{name} [{refs}]\n"));
        prev = name;
    }
    text.push_str("Resources: {}\n");
    let started = Instant::now();
    let r = check(&text, Some(Kind::CloudFormation), None);
    assert!(started.elapsed() < Duration::from_secs(2));
    let f = &r.findings[0];
    assert_eq!(f.diagnostic.code.name(), "input.limit");
    assert!(f.diagnostic.message.contains("more than 100000 nodes"), "{}", f.diagnostic.message);
    assert!(!r.is_valid());
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    for text in [
        format!("Resources: {}", "[".repeat(100_000)),
        format!("{{\"Resources\": {}", "[".repeat(100_000)),
        format!(
            "Resources:\n{}",
            (0..2_000).map(|i| format!("{}k:\n", " ".repeat(i + 1))).collect::<String>()
        ),
        format!("{{\"resource_changes\": {}", "[".repeat(100_000)),
        format!("aws apigateway update-stage {}", "$(".repeat(10_000)),
    ] {
        let r = check(&text, None, None);
        assert!(!r.is_valid(), "{}", &text[..40.min(text.len())]);
    }
}

#[test]
fn intrinsics_anywhere_and_unknown_resources_are_taken_in_stride() {
    let text = r#"{
      "Parameters": {"P": {"Type": "Number", "Default": "25"}, "Q": {"Type": "String"}},
      "Mappings": {"M": {"prod": {"pct": 5}}},
      "Resources": {
        "X": {"Type": "Custom::Thing", "Properties": {"Anything": {"Fn::If": ["C", 1, 2]}}},
        "Dep": {"Type": "AWS::ApiGateway::Deployment", "Properties": {"RestApiId": {"Fn::ImportValue": "api"}}},
        "Next": {"Type": "AWS::ApiGateway::Deployment", "Properties": {"RestApiId": {"Fn::ImportValue": "api"}}},
        "S": {"Type": "AWS::ApiGateway::Stage", "Properties": {
          "RestApiId": {"Fn::ImportValue": "api"},
          "DeploymentId": {"Ref": "Dep"},
          "StageName": {"Fn::Join": ["-", ["prod", {"Fn::Select": [0, ["a", "b"]]}]]},
          "Variables": {"v": {"Fn::Sub": "${AWS::Region}-x"}, "w": {"Fn::Sub": ["${A}-y", {"A": "ok"}]}},
          "CanarySetting": {"DeploymentId": {"Ref": "Next"}, "PercentTraffic": {"Ref": "P"}, "UseStageCache": {"Fn::If": ["C", true, false]}},
          "MethodSettings": {"Fn::If": ["C", [], []]},
          "Tags": [{"Key": "k", "Value": {"Fn::FindInMap": ["M", "prod", "pct"]}}]
        }},
        "Broken": {"Type": "AWS::ApiGateway::Stage", "Properties": ["not", "an", "object"]},
        "Nothing": null,
        "Odd": {"Type": 7}
      }
    }"#;
    let r = check(text, None, None);
    let codes: Vec<String> = found(&r).into_iter().map(|f| f.2).collect();
    // The Region is not known, UseStageCache's condition neither, MethodSettings is a condition.
    assert_eq!(codes.iter().filter(|c| *c == "input.unresolved").count(), 3, "{:#?}", r.findings);
    assert!(!codes.iter().any(|c| c.starts_with("aws.")), "{:#?}", r.findings);
}

fn canarylab(args: &[&str]) -> Output {
    crate::canarylab_bin().args(args).output().unwrap()
}

#[test]
fn the_command_reports_like_validate() {
    let dir = format!("{}/tests/fixtures/input", env!("CARGO_MANIFEST_DIR"));
    let sam = format!("{dir}/sam-canary.yaml");
    let plan = format!("{dir}/terraform-plan.json");
    let out = canarylab(&["check", &sam]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let first = stdout.lines().next().unwrap();
    assert!(
        first.starts_with(&format!("{sam}:23:7: /Resources/OrdersApi/Properties/CanarySetting: warning[aws.canary.deployment-default]: "))
    );
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("cloudformation, invalid (4 errors, 2 warnings)"), "{stderr}");

    let out = canarylab(&["check", "--format", "json", &sam, &plan]);
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let items = v.as_array().unwrap();
    assert_eq!(items.len(), 2);
    assert_eq!(items[0]["file"], sam.as_str());
    assert_eq!(items[1]["kind"], "terraform");
    assert_eq!(items[1]["valid"], false);
    let d = &items[1]["diagnostics"][4];
    assert_eq!(d["path"], "/resource_changes/2/change/after/canary_settings/0/percent_traffic");
    assert_eq!((d["line"].as_u64(), d["column"].as_u64()), (Some(83), Some(15)));
    assert_eq!(d["request"]["action"], "CreateStage");
    assert_eq!(d["request"]["path"], "/canarySettings/percentTraffic");

    // One file: an object, with its file.
    let out =
        canarylab(&["check", "-f", "json", "--input", "aws-cli", &format!("{dir}/deploy.sh")]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["kind"], "aws-cli");
    assert!(v["file"].as_str().unwrap().ends_with("deploy.sh"));

    // Usage errors and unreadable files: exit 2.
    assert_eq!(canarylab(&["check"]).status.code(), Some(2));
    assert_eq!(canarylab(&["check", "--input", "helm", &sam]).status.code(), Some(2));
    assert_eq!(canarylab(&["check", "/no/such/file.yaml"]).status.code(), Some(2));
}

#[test]
fn a_file_of_no_known_kind_says_so() {
    let r = check("just some words\n", None, None);
    assert_eq!(found(&r).iter().map(|f| f.2.as_str()).collect::<Vec<_>>(), ["input.kind"]);
    let r = check("[1, 2]", Some(Kind::CloudFormation), None);
    assert_eq!(found(&r).iter().map(|f| f.2.as_str()).collect::<Vec<_>>(), ["input.shape"]);
    let r = check("{\"a\": 1}", Some(Kind::Terraform), None);
    assert_eq!(found(&r).iter().map(|f| f.2.as_str()).collect::<Vec<_>>(), ["input.shape"]);
    let r = check("Resources: [1, 2\n", None, None);
    assert_eq!(found(&r).iter().map(|f| f.2.as_str()).collect::<Vec<_>>(), ["input.syntax"]);
    let r = check("aws apigateway update-stage --stage-name 'open", None, None);
    assert_eq!(found(&r).iter().map(|f| f.2.as_str()).collect::<Vec<_>>(), ["input.syntax"]);
}

#[test]
fn a_large_template_is_read_quickly() {
    let mut text = String::from(
        "Resources:\n  Base:\n    Type: AWS::ApiGateway::Deployment\n    Properties: {RestApiId: api}\n",
    );
    for i in 0..2_000 {
        text.push_str(&format!(
            "  Stage{i}:\n    Type: AWS::ApiGateway::Stage\n    Properties:\n      RestApiId: api\n      DeploymentId: !Ref Base\n      StageName: s{i}\n      CanarySetting: {{DeploymentId: !Ref Base, PercentTraffic: 5}}\n"
        ));
    }
    let started = Instant::now();
    let r = check(&text, None, None);
    assert!(r.is_valid(), "{:#?}", &r.findings[..3.min(r.findings.len())]);
    assert!(started.elapsed() < Duration::from_secs(20), "{:?}", started.elapsed());
    // 2,001 requests share the deployment: the last is validated, not simulated, and said so.
    let cut: Vec<_> =
        r.findings.iter().filter(|f| f.diagnostic.code.name() == "input.not-checked").collect();
    assert_eq!(cut.len(), 1, "{cut:#?}");
    assert!(cut[0].diagnostic.message.contains("at most 2000 requests"));
    assert!(cut[0].diagnostic.message.contains("Stage1999"));

    // A plan and a script of thousands of requests that share nothing run each on its own.
    let mut changes = Vec::new();
    let mut script = String::new();
    for i in 0..3_000 {
        changes.push(serde_json::json!({
            "address": format!("aws_api_gateway_stage.s{i}"), "mode": "managed", "type": "aws_api_gateway_stage",
            "change": {"actions": ["update"],
                "before": {"rest_api_id": "a", "stage_name": format!("s{i}"), "deployment_id": format!("d{i}")},
                "after": {"rest_api_id": "a", "stage_name": format!("s{i}"), "deployment_id": format!("d{i}"),
                          "canary_settings": [{"percent_traffic": 10, "deployment_id": format!("e{i}")}]}}
        }));
        script.push_str(&format!("aws apigateway create-stage --rest-api-id a --stage-name s{i} --deployment-id d --canary-settings deploymentId=e,percentTraffic=5\n"));
    }
    let plan = serde_json::json!({"resource_changes": changes}).to_string();
    let started = Instant::now();
    let r = check(&plan, None, None);
    assert_eq!(r.count(Severity::Error), 0, "{:#?}", &r.findings[..3.min(r.findings.len())]);
    let r = check(&script, None, None);
    assert!(r.findings.is_empty(), "{:#?}", &r.findings[..3.min(r.findings.len())]);
    assert!(started.elapsed() < Duration::from_secs(20), "{:?}", started.elapsed());
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    /// Any text, read as any kind: a report, never a panic.
    #[test]
    fn any_text_gets_a_report(text in "(?s).{0,400}", kind in 0usize..4) {
        let kind = Kind::ALL.get(kind).copied();
        let _ = check(&text, kind, None);
    }

    /// Text built from the pieces these formats are made of, shuffled.
    #[test]
    fn format_shaped_text_gets_a_report(pieces in proptest::collection::vec(prop::sample::select(vec![
        "Resources:", "\n", "  ", "- ", ": ", "!Ref ", "!GetAtt ", "!Sub ", "&a ", "*a ", "{", "}", "[", "]", ",",
        "\"", "'", "Type: AWS::ApiGateway::Stage", "Properties:", "CanarySetting:", "PercentTraffic: ",
        "aws apigateway update-stage ", "--patch-operations ", "op=replace,path=/x,value=", "$(", ")", "\\\n",
        "{\"resource_changes\": [", "\"change\": {\"after\": ", "10", "x", "#", "<<EOF\n", "EOF\n",
    ]), 0..60), kind in 0usize..4) {
        let text: String = pieces.concat();
        let kind = Kind::ALL.get(kind).copied();
        let _ = check(&text, kind, None);
    }
}
