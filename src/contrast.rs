//! AWS's UpdateStage patch operations against RFC 6902: the same operation applied to the same
//! stage by the simulated gateway ([`crate::aws::gateway::Gateway`]) and by `json_patch::patch`
//! on the stage's GetStage JSON. UpdateStage's operations look like JSON Patch (`op`, `path`,
//! `value`, `from`) but follow AWS's own rules; each [`Case`] is one place where the two part
//! ways, computed live (the Learn page shows them, a test pins them).

use serde_json::{Value, json};

use crate::aws::gateway::Gateway;
use crate::aws::model::{Deployment, Stage};
use crate::aws::request::Action;
use crate::clock::Clock;

/// What one side did with the operation.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    /// Accepted: the stage JSON afterwards.
    Applied(Value),
    /// Refused: the error type (AWS's exception, or json_patch's `PatchError`) and its message.
    Refused {
        /// `BadRequestException`, `PatchError`, ...
        kind: String,
        /// The message, as the service or the library writes it.
        message: String,
    },
}

/// One operation, both ways.
#[derive(Clone, Debug, PartialEq)]
pub struct Case {
    /// A short name for the difference.
    pub title: &'static str,
    /// The patch operation, exactly as both sides receive it.
    pub op: Value,
    /// The stage before, as GetStage returns it (the document RFC 6902 patches).
    pub before: Value,
    /// AWS's rules (the simulated gateway's UpdateStage). A success omits `lastUpdatedDate`,
    /// which AWS stamps on every update, so that only the operation's effect shows.
    pub aws: Outcome,
    /// RFC 6902 (`json_patch::patch` on `before`).
    pub rfc: Outcome,
    /// Why they differ, in one sentence.
    pub why: &'static str,
}

/// The REST API every case starts from: two deployments, one stage named `prod`.
fn gateway(stage: &Value) -> Option<Gateway> {
    let stage: Stage = serde_json::from_value(stage.clone()).ok()?;
    let deployments = ["dep001", "dep002"].map(|id| Deployment {
        id: id.to_owned(),
        description: None,
        created_date: None,
    });
    Some(Gateway::new(deployments.to_vec(), vec![stage], Clock::default()))
}

/// Runs `op` both ways on `stage` (given as GetStage shows it; omitted members take AWS's
/// defaults).
pub fn compare(title: &'static str, stage: &Value, op: Value, why: &'static str) -> Case {
    let Some(mut gw) = gateway(stage) else {
        let bad = Outcome::Refused { kind: "Stage".to_owned(), message: "not a stage".to_owned() };
        return Case { title, op, before: stage.clone(), aws: bad.clone(), rfc: bad, why };
    };
    let before = gw.stages().first().map(crate::doc::to_value).unwrap_or(Value::Null);
    let params =
        json!({"restApiId": "abcd1e2f3g", "stageName": "prod", "patchOperations": [op.clone()]});
    let aws = match gw.call(Action::UpdateStage, &params) {
        Ok(mut r) => {
            if let Some(m) = r.body.as_object_mut() {
                m.shift_remove("lastUpdatedDate");
            }
            Outcome::Applied(r.body)
        }
        Err(e) => Outcome::Refused { kind: e.type_name().to_owned(), message: e.message },
    };
    let rfc = match serde_json::from_value::<json_patch::Patch>(json!([op.clone()])) {
        Ok(patch) => {
            let mut doc = before.clone();
            match json_patch::patch(&mut doc, &patch) {
                Ok(()) => Outcome::Applied(doc),
                Err(e) => {
                    Outcome::Refused { kind: "PatchError".to_owned(), message: e.to_string() }
                }
            }
        }
        Err(e) => Outcome::Refused { kind: "invalid patch".to_owned(), message: e.to_string() },
    };
    Case { title, op, before, aws, rfc, why }
}

/// The cases the Learn page shows, in its order.
pub fn cases() -> Vec<Case> {
    let plain = json!({"deploymentId": "dep001", "stageName": "prod",
        "variables": {"backend": "prod.internal"}});
    let with_canary = json!({"deploymentId": "dep001", "stageName": "prod",
        "variables": {"backend": "prod.internal", "region": "eu-west-1"},
        "canarySettings": {"deploymentId": "dep002", "percentTraffic": 10.0,
            "stageVariableOverrides": {"backend": "canary.internal"}}});
    vec![
        compare(
            "replace on a path that is not there",
            &plain,
            json!({"op": "replace", "path": "/canarySettings/percentTraffic", "value": "10.0"}),
            "AWS's replace creates what is missing (here a canary with its defaults: the stage's \
             own deployment, no stage cache), while RFC 6902's replace needs the target to exist.",
        ),
        compare(
            "copy that merges",
            &with_canary,
            json!({"op": "copy", "from": "/canarySettings/stageVariableOverrides",
                "path": "/variables"}),
            "AWS lays the canary's overrides over the stage variables, so the promotion keeps the \
             variables the canary did not override (region), while RFC 6902's copy puts the \
             overrides object in place of /variables as a whole.",
        ),
        compare(
            "removing a variable that is not there",
            &plain,
            json!({"op": "remove", "path": "/variables/flag"}),
            "AWS does not document this case: canarylab's gateway accepts it and changes nothing \
             (its choice, listed in docs/aws-unknowns.md), while RFC 6902's remove needs the \
             value to exist.",
        ),
        compare(
            "~1 kept in method-setting keys",
            &plain,
            json!({"op": "replace", "path": "/~1pets/GET/metrics/enabled", "value": "true"}),
            "AWS reads the path by its own grammar, /{resourcePath}/{httpMethod}/metrics/enabled, \
             and keeps ~1 in the method-settings key ~1pets/GET (creating the entry with the \
             default settings), while RFC 6901 decodes ~1 to / and looks for a member named \
             /pets at the top of the document.",
        ),
        compare(
            "values are strings",
            &with_canary,
            json!({"op": "replace", "path": "/canarySettings/percentTraffic", "value": "50.0"}),
            "UpdateStage values are always strings that AWS converts to the field's type (a \
             double here), while RFC 6902 puts the JSON value in as it is: a string.",
        ),
        compare(
            "add is not an upsert",
            &plain,
            json!({"op": "add", "path": "/variables/flag", "value": "on"}),
            "UpdateStage accepts add only on the two access-log fields (replace is its upsert), \
             while RFC 6902's add creates the member.",
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn applied(o: &Outcome) -> &Value {
        match o {
            Outcome::Applied(v) => v,
            Outcome::Refused { kind, message } => panic!("refused: {kind}: {message}"),
        }
    }

    fn refused(o: &Outcome) -> (&str, &str) {
        match o {
            Outcome::Refused { kind, message } => (kind, message),
            Outcome::Applied(v) => panic!("applied: {v}"),
        }
    }

    #[test]
    fn each_case_differs_as_it_says() {
        let cases = cases();
        let [missing, merge, absent, tilde, strings, add] = cases.as_slice() else {
            panic!("six cases")
        };

        let canary = &applied(&missing.aws)["canarySettings"];
        assert_eq!(
            canary,
            &json!({"deploymentId": "dep001", "percentTraffic": 10.0, "useStageCache": false})
        );
        assert_eq!(
            refused(&missing.rfc),
            (
                "PatchError",
                "operation '/0' failed at path '/canarySettings/percentTraffic': path is invalid"
            )
        );

        assert_eq!(
            applied(&merge.aws)["variables"],
            json!({"backend": "canary.internal", "region": "eu-west-1"})
        );
        assert_eq!(applied(&merge.rfc)["variables"], json!({"backend": "canary.internal"}));

        assert_eq!(applied(&absent.aws), &absent.before);
        assert_eq!(refused(&absent.rfc).0, "PatchError");

        let entry = &applied(&tilde.aws)["methodSettings"]["~1pets/GET"];
        assert_eq!(entry["metricsEnabled"], json!(true));
        assert_eq!(entry["cacheTtlInSeconds"], json!(300));
        assert!(refused(&tilde.rfc).1.contains("'/~1pets/GET/metrics/enabled': path is invalid"));

        assert_eq!(applied(&strings.aws)["canarySettings"]["percentTraffic"], json!(50.0));
        assert_eq!(applied(&strings.rfc)["canarySettings"]["percentTraffic"], json!("50.0"));

        assert_eq!(
            refused(&add.aws),
            ("BadRequestException", "Invalid add operation with path: /variables/flag")
        );
        assert_eq!(
            applied(&add.rfc)["variables"],
            json!({"backend": "prod.internal", "flag": "on"})
        );
    }

    #[test]
    fn the_before_document_is_what_get_stage_returns() {
        let case = &cases()[0];
        assert_eq!(case.before["cacheClusterStatus"], json!("NOT_AVAILABLE"));
        assert_eq!(case.before["methodSettings"], json!({}));
        assert!(case.before.get("lastUpdatedDate").is_none());
    }
}
