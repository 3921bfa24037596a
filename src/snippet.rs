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
                Some(body) => (payload, body),
                None => (&Value::Null, payload),
            };
            let id = |k: &str, placeholder: &str| {
                ids.get(k)
                    .and_then(Value::as_str)
                    .map_or_else(|| placeholder.to_owned(), str::to_owned)
            };
            let url = format!(
                "https://apigateway.apigw.ntruss.com/api/v1/products/{}/apis/{}/stages/{}/canary",
                id("productId", "{product-id}"),
                id("apiId", "{api-id}"),
                id("stageId", "{stage-id}")
            );
            let json = body.to_string();
            format!(
                "curl -X PATCH {} \\\n  -H 'Content-Type: application/json' \\\n  -H \"x-ncp-apigw-timestamp: $TIMESTAMP_MS\" \\\n  -H \"x-ncp-iam-access-key: $NCP_ACCESS_KEY\" \\\n  -H \"x-ncp-apigw-signature-v2: $SIGNATURE\" \\\n  --data {}",
                shell_quote(&url),
                shell_quote(&json)
            )
        }
    }
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
}
