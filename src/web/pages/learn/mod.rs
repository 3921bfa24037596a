//! Learn: short pages on canary releases in AWS and NCP, the fields, promotion, AWS's patch
//! operations against RFC 6902 (side by side, computed in the page by [`crate::contrast`]), and
//! why observed shares wander, each linking into the tools with an example loaded.

pub mod contrast;
pub mod judging;

use serde_json::{Value, json};
use yew::prelude::*;

use crate::web::examples;
use crate::web::i18n::{Lang, rich, use_lang, use_site};
use crate::web::route::Route;
use contrast::PatchContrasts;
use judging::Judging;

fn enc(s: &str) -> String {
    js_sys::encode_uri_component(s).as_string().unwrap_or_default()
}

/// A link to the validate page with `api`'s example loaded.
fn validate_link(api: &str, lang: Lang) -> String {
    let link = format!("#/validate?api={}&payload={}", enc(api), enc(examples::payload(api).1));
    Route::with_lang(&link, lang)
}

/// A link to the traffic page with these inputs (see `pages::traffic::inputs::Inputs`; a member
/// left out keeps its default).
fn traffic_link(inputs: &Value, lang: Lang) -> String {
    Route::with_lang(&format!("#/traffic?in={}", enc(&inputs.to_string())), lang)
}

/// A link to the lifecycle page replaying `scenario`.
fn lifecycle_link(scenario: &Value, lang: Lang) -> String {
    Route::with_lang(&format!("#/lifecycle?s={}", enc(&scenario.to_string())), lang)
}

/// An AWS scenario: a canary created on a stage, then promoted.
fn aws_promotion() -> Value {
    json!({
        "provider": "aws",
        "deployments": [{"id": "dep001"}],
        "stages": [{
            "deploymentId": "dep001", "stageName": "prod",
            "variables": {"backend": "prod.internal"},
        }],
        "calls": [
            {"action": "CreateDeployment", "params": {
                "restApiId": "abcd1e2f3g", "stageName": "prod",
                "canarySettings": {
                    "percentTraffic": 10.0,
                    "stageVariableOverrides": {"backend": "canary.internal"},
                },
            }},
            {"action": "UpdateStage", "params": {
                "restApiId": "abcd1e2f3g", "stageName": "prod",
                "patchOperations": [
                    {"op": "replace", "path": "/canarySettings/percentTraffic", "value": "0.0"},
                    {"op": "copy", "from": "/canarySettings/stageVariableOverrides", "path": "/variables"},
                    {"op": "copy", "from": "/canarySettings/deploymentId", "path": "/deploymentId"},
                ],
            }},
        ],
    })
}

/// An NCP scenario: a canary edited before it is enabled (NCP's error), then enabled.
fn ncp_edit_before_enable() -> Value {
    json!({
        "provider": "ncp",
        "stages": [{
            "apiId": "a1b2c3", "stageId": "s1", "stageName": "prod",
            "deployedStageDeploymentNo": 7,
        }],
        "calls": [
            {"action": "EditCanary", "params": {
                "productId": "p1a2b3c4", "apiId": "a1b2c3", "stageId": "s1",
                "body": {
                    "useDistributionRate": true, "canaryEndpointDomain": "NONE",
                    "canaryDistributionRate": 10,
                },
            }},
            {"action": "EnableCanary", "params": {
                "productId": "p1a2b3c4", "apiId": "a1b2c3", "stageId": "s1",
            }},
        ],
    })
}

/// The learn page.
#[component]
pub fn Learn() -> Html {
    let t = &use_site().learn;
    let lang = use_lang();
    let lifecycle_aws = lifecycle_link(&aws_promotion(), lang);
    let lifecycle_ncp = lifecycle_link(&ncp_edit_before_enable(), lang);
    let wander = traffic_link(
        &json!({"mode": "aws", "percent": 5, "requests": 1000, "runs": 500, "guess": true, "seed": 7}),
        lang,
    );
    let ratchet = traffic_link(
        &json!({
            "mode": "sticky-cookie", "percent": 10, "requests": 20000, "clients": 2000, "runs": 100,
            "seed": 3,
        }),
        lang,
    );
    let power = traffic_link(
        &json!({
            "mode": "aws", "percent": 1, "requests": 100000, "runs": 100, "err_stage": 1,
            "err_canary": 2, "rps": 50, "seed": 1,
        }),
        lang,
    );
    html! {
        <article class="learn">
            <h1>{ t.heading }</h1>

            <section aria-labelledby="l-aws">
                <h2 id="l-aws">{ t.aws.heading }</h2>
                <p>{ rich(t.aws.settings) }</p>
                <p>{ rich(t.aws.calls) }</p>
                <p>{ rich(t.aws.promotion) }</p>
                <p><a href={validate_link("aws.update-stage", lang)}>{ t.aws.validate_link }</a>{" · "}
                   <a href={lifecycle_aws}>{ t.aws.replay_link }</a></p>
            </section>

            <PatchContrasts />

            <section aria-labelledby="l-ncp">
                <h2 id="l-ncp">{ t.ncp.heading }</h2>
                <p>{ rich(t.ncp.modes) }</p>
                <p>{ rich(t.ncp.disagreements) }</p>
                <p><a href={validate_link("ncp.edit-canary", lang)}>{ t.ncp.validate_link }</a>{" · "}
                   <a href={lifecycle_ncp}>{ t.ncp.error_link }</a></p>
            </section>

            <section aria-labelledby="l-wander">
                <h2 id="l-wander">{ t.wander.heading }</h2>
                <p>{ t.wander.binomial }</p>
                <p>{ t.wander.sticky }</p>
                <p><a href={wander}>{ t.wander.guess_link }</a>{" · "}
                   <a href={ratchet}>{ t.wander.ratchet_link }</a></p>
            </section>

            <section aria-labelledby="l-power">
                <h2 id="l-power">{ t.power.heading }</h2>
                <p>{ t.power.text }</p>
                <p><a href={power}>{ t.power.link }</a></p>
            </section>

            <Judging />
        </article>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn statuses(scenario: &Value) -> Vec<u64> {
        let (out, _) = crate::scenario::run_stepwise(scenario).unwrap();
        out["results"].as_array().unwrap().iter().map(|r| r["status"].as_u64().unwrap()).collect()
    }

    #[test]
    fn the_linked_scenarios_replay_as_the_text_says() {
        assert_eq!(statuses(&aws_promotion()), [201, 200]);
        assert_eq!(statuses(&ncp_edit_before_enable()), [400, 200], "the edit comes too early");
    }
}
