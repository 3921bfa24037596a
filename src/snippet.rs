//! A payload as the command people will actually run: an AWS CLI call, a boto3 call, or (NCP)
//! a curl request with placeholders for the signing headers. Pure text generation, so the site's
//! "copy as" buttons are tested natively.

use serde_json::Value;

/// The languages a payload can be copied as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// `aws apigateway <command> --cli-input-json '...'`.
    AwsCli,
    /// A boto3 `client.<method>(...)` call.
    Boto3,
    /// `curl -X PATCH https://apigateway.apigw.ntruss.com/api/v1/...`.
    Curl,
}

/// Which kinds make sense for `api` (AWS: CLI and boto3; NCP: curl).
pub fn kinds(api: &str) -> &'static [Kind] {
    if api.starts_with("ncp.") { &[Kind::Curl] } else { &[Kind::AwsCli, Kind::Boto3] }
}

/// The snippet for `payload` (already parsed) of `api`.
pub fn render(kind: Kind, api: &str, payload: &Value) -> String {
    match kind {
        Kind::AwsCli => {
            let command = api.trim_start_matches("aws.");
            let json = payload.to_string();
            format!("aws apigateway {command} --cli-input-json {}", shell_quote(&json))
        }
        Kind::Boto3 => {
            let method = api.trim_start_matches("aws.").replace('-', "_");
            let mut s = String::from("import boto3\n\nclient = boto3.client(\"apigateway\")\n");
            s.push_str(&format!("response = client.{method}(\n"));
            if let Value::Object(m) = payload {
                for (k, v) in m {
                    s.push_str(&format!("    {k}={},\n", python(v, 1)));
                }
            }
            s.push_str(")\n");
            s
        }
        Kind::Curl => {
            let (ids, body) = match payload.get("body") {
                Some(body) => (payload, Some(body)),
                None => (&Value::Null, Some(payload)),
            };
            curl("PATCH", &canary_url(ids, "/canary"), body)
        }
    }
}

/// The API name a snippet takes for an AWS action of a scenario (`UpdateStage` →
/// `aws.update-stage`): the AWS CLI command is its kebab-case name, boto3's method its
/// snake-case name.
pub fn aws_api(action: &str) -> String {
    let mut out = String::from("aws.");
    for (i, c) in action.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            out.push('-');
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

/// The curl request for an NCP action of a scenario with its `params` (`{"productId", "apiId",
/// "stageId", "body"?}`): each action's method and path under the stage. `None` for an action
/// NCP publishes no API for (`DeployCanary`, which the console does).
pub fn ncp_call(action: &str, params: &Value) -> Option<String> {
    let (method, tail, body) = match action {
        "EnableCanary" => ("POST", "/canary", None),
        "EditCanary" => ("PATCH", "/canary", Some(params.get("body").unwrap_or(&Value::Null))),
        "PromoteCanary" => ("POST", "/canary/promote", None),
        "DisableCanary" => ("DELETE", "/canary", None),
        "GetStage" => ("GET", "", None),
        _ => return None,
    };
    Some(curl(method, &canary_url(params, tail), body))
}

/// The stage's URL with `tail` after it; ids missing from `ids` are placeholders.
fn canary_url(ids: &Value, tail: &str) -> String {
    let id = |k: &str, placeholder: &str| {
        ids.get(k).and_then(Value::as_str).map_or_else(|| placeholder.to_owned(), str::to_owned)
    };
    format!(
        "https://apigateway.apigw.ntruss.com/api/v1/products/{}/apis/{}/stages/{}{tail}",
        id("productId", "{product-id}"),
        id("apiId", "{api-id}"),
        id("stageId", "{stage-id}")
    )
}

/// A signed NCP API Gateway request as curl: the signing headers are shell variables to set.
fn curl(method: &str, url: &str, body: Option<&Value>) -> String {
    let mut s = format!(
        "curl -X {method} {} \\\n  -H \"x-ncp-apigw-timestamp: $TIMESTAMP_MS\" \\\n  -H \"x-ncp-iam-access-key: $NCP_ACCESS_KEY\" \\\n  -H \"x-ncp-apigw-signature-v2: $SIGNATURE\"",
        shell_quote(url)
    );
    if let Some(body) = body {
        s.push_str(&format!(
            " \\\n  -H 'Content-Type: application/json' \\\n  --data {}",
            shell_quote(&body.to_string())
        ));
    }
    s
}

/// Single-quotes for POSIX shells: `'` becomes `'\''`.
fn shell_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', "'\\''"))
}

/// A Python literal: JSON strings are valid Python strings; true/false/null are spelled the
/// Python way.
fn python(v: &Value, depth: usize) -> String {
    match v {
        Value::Null => "None".to_owned(),
        Value::Bool(true) => "True".to_owned(),
        Value::Bool(false) => "False".to_owned(),
        Value::Number(n) => n.to_string(),
        Value::String(_) => v.to_string(),
        Value::Array(items) if items.is_empty() => "[]".to_owned(),
        Value::Array(items) => {
            let pad = "    ".repeat(depth + 1);
            let inner: Vec<String> =
                items.iter().map(|i| format!("{pad}{},\n", python(i, depth + 1))).collect();
            format!("[\n{}{}]", inner.concat(), "    ".repeat(depth))
        }
        Value::Object(m) if m.is_empty() => "{}".to_owned(),
        Value::Object(m) => {
            let pad = "    ".repeat(depth + 1);
            let inner: Vec<String> = m
                .iter()
                .map(|(k, v)| {
                    format!("{pad}{}: {},\n", Value::from(k.as_str()), python(v, depth + 1))
                })
                .collect();
            format!("{{\n{}{}}}", inner.concat(), "    ".repeat(depth))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn aws_cli_and_boto3() {
        let p = json!({"restApiId": "a1", "stageName": "it's", "patchOperations": [{"op": "replace", "path": "/x", "value": "1"}]});
        assert_eq!(
            render(Kind::AwsCli, "aws.update-stage", &p),
            r#"aws apigateway update-stage --cli-input-json '{"restApiId":"a1","stageName":"it'\''s","patchOperations":[{"op":"replace","path":"/x","value":"1"}]}'"#
        );
        let b = render(
            Kind::Boto3,
            "aws.create-deployment",
            &json!({"restApiId": "a1", "canarySettings": {"useStageCache": false, "percentTraffic": 10.5}}),
        );
        assert_eq!(
            b,
            "import boto3\n\nclient = boto3.client(\"apigateway\")\nresponse = client.create_deployment(\n    restApiId=\"a1\",\n    canarySettings={\n        \"useStageCache\": False,\n        \"percentTraffic\": 10.5,\n    },\n)\n"
        );
    }

    #[test]
    fn curl_uses_the_envelope_ids_or_placeholders() {
        let c = render(
            Kind::Curl,
            "ncp.edit-canary",
            &json!({"productId": "p1", "apiId": "a1", "stageId": "s1", "body": {"useDistributionRate": true}}),
        );
        assert!(c.starts_with("curl -X PATCH 'https://apigateway.apigw.ntruss.com/api/v1/products/p1/apis/a1/stages/s1/canary'"));
        assert!(c.ends_with("--data '{\"useDistributionRate\":true}'"));
        let bare = render(Kind::Curl, "ncp.edit-canary", &json!({"useDistributionRate": true}));
        assert!(bare.contains("/products/{product-id}/apis/{api-id}/stages/{stage-id}/canary"));
        assert_eq!(kinds("ncp.edit-canary"), &[Kind::Curl]);
    }

    #[test]
    fn each_scenario_action_as_its_command() {
        assert_eq!(aws_api("UpdateStage"), "aws.update-stage");
        assert_eq!(aws_api("GetDeployments"), "aws.get-deployments");
        let get = render(
            Kind::Boto3,
            &aws_api("GetStage"),
            &json!({"restApiId": "a", "stageName": "prod"}),
        );
        assert!(
            get.contains("client.get_stage(\n    restApiId=\"a\",\n    stageName=\"prod\",\n)"),
            "{get}"
        );
        let ids = json!({"productId": "p1", "apiId": "a1", "stageId": "s1"});
        let promote = ncp_call("PromoteCanary", &ids).unwrap_or_default();
        assert!(promote.starts_with("curl -X POST 'https://apigateway.apigw.ntruss.com/api/v1/products/p1/apis/a1/stages/s1/canary/promote'"), "{promote}");
        assert!(!promote.contains("--data"));
        let off = ncp_call("DisableCanary", &ids).unwrap_or_default();
        assert!(
            off.starts_with("curl -X DELETE '") && off.contains("/stages/s1/canary' "),
            "{off}"
        );
        let mut edit = ids.clone();
        edit["body"] = json!({"canaryDistributionRate": 10});
        assert!(
            ncp_call("EditCanary", &edit)
                .unwrap_or_default()
                .ends_with("--data '{\"canaryDistributionRate\":10}'")
        );
        assert_eq!(ncp_call("DeployCanary", &ids), None);
    }
}
