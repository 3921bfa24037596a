//! Learn: short pages on canary releases in AWS and NCP, the fields, promotion, AWS's patch
//! operations against RFC 6902 (side by side, computed in the page by [`crate::contrast`]), and
//! why observed shares wander, each linking into the tools with an example loaded.

pub mod contrast;
pub mod judging;

use serde_json::{Value, json};
use yew::prelude::*;

use crate::web::examples;
use contrast::PatchContrasts;
use judging::Judging;

fn enc(s: &str) -> String {
    js_sys::encode_uri_component(s).as_string().unwrap_or_default()
}

/// A link to the validate page with `api`'s example loaded.
fn validate_link(api: &str) -> String {
    format!("#/validate?api={}&payload={}", enc(api), enc(examples::payload(api).1))
}

/// A link to the traffic page with these inputs (see `pages::traffic::inputs::Inputs`; a member
/// left out keeps its default).
fn traffic_link(inputs: &Value) -> String {
    format!("#/traffic?in={}", enc(&inputs.to_string()))
}

/// A link to the lifecycle page replaying `scenario`.
fn lifecycle_link(scenario: &Value) -> String {
    format!("#/lifecycle?s={}", enc(&scenario.to_string()))
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
    let lifecycle_aws = lifecycle_link(&aws_promotion());
    let lifecycle_ncp = lifecycle_link(&ncp_edit_before_enable());
    let wander = traffic_link(
        &json!({"mode": "aws", "percent": 5, "requests": 1000, "runs": 500, "guess": true, "seed": 7}),
    );
    let ratchet = traffic_link(&json!({
        "mode": "sticky-cookie", "percent": 10, "requests": 20000, "clients": 2000, "runs": 100,
        "seed": 3,
    }));
    let power = traffic_link(&json!({
        "mode": "aws", "percent": 1, "requests": 100000, "runs": 100, "err_stage": 1,
        "err_canary": 2, "rps": 50, "seed": 1,
    }));
    html! {
        <article class="learn">
            <h1>{"Learn: canary releases on API gateways"}</h1>

            <section aria-labelledby="l-aws">
                <h2 id="l-aws">{"Amazon API Gateway (REST APIs)"}</h2>
                <p>{"A stage serves one deployment. Its "}<code>{"canarySettings"}</code>{" add a second one: "}
                   <code>{"deploymentId"}</code>{" (the canary's deployment), "}<code>{"percentTraffic"}</code>
                   {" (a double from 0.0 to 100.0: each request goes to the canary at random with that probability), "}
                   <code>{"stageVariableOverrides"}</code>{" (canary requests see the stage's variables with these laid over them) and "}
                   <code>{"useStageCache"}</code>{" (whether canary requests may use the stage cache)."}</p>
                <p>{"CreateDeployment with "}<code>{"canarySettings"}</code>{" makes the new deployment the canary of an existing stage. \
                    UpdateStage changes it with patch operations whose values are always strings ("}<code>{"\"10.0\""}</code>
                   {", "}<code>{"\"true\""}</code>{") and whose paths follow a fixed grammar. "}<code>{"replace"}</code>
                   {" creates a missing canary with defaults; "}<code>{"add"}</code>{" is refused."}</p>
                <p>{"Promotion is three operations: set the share to 0, copy the overrides into the stage variables, copy the canary's \
                    deployment to the stage. The canary stays, at 0 %, until "}<code>{"remove /canarySettings"}</code>{"."}</p>
                <p><a href={validate_link("aws.update-stage")}>{"Validate the promotion"}</a>{" · "}
                   <a href={lifecycle_aws}>{"Replay a canary and its promotion"}</a></p>
            </section>

            <PatchContrasts />

            <section aria-labelledby="l-ncp">
                <h2 id="l-ncp">{"NAVER Cloud Platform API Gateway"}</h2>
                <p>{"A stage's canary has its own calls: enable, edit, promote, disable. Edit Canary picks one of two modes with "}
                   <code>{"useDistributionRate"}</code>{": "}<code>{"true"}</code>{" sends "}<code>{"canaryDistributionRate"}</code>
                   {" percent of requests (stored as a 32-bit float), "}<code>{"false"}</code>{" sends requests whose header or query \
                    parameter matches one of "}<code>{"canaryConditions"}</code>{". Each mode requires fields the other ignores."}</p>
                <p>{"NCP's docs and its API spec disagree: the docs type the cache TTL and throttle as strings with the example value 0, \
                    which the spec refuses; canarylab follows the spec and warns where a payload meets a disagreement. What neither \
                    says (AND or OR conditions, header-name case, editing without a canary, what promotion leaves) is a named \
                    assumption you can switch."}</p>
                <p><a href={validate_link("ncp.edit-canary")}>{"Validate the docs' example"}</a>{" · "}
                   <a href={lifecycle_ncp}>{"See the error for editing before enabling"}</a></p>
            </section>

            <section aria-labelledby="l-wander">
                <h2 id="l-wander">{"Why the observed share wanders"}</h2>
                <p>{"A per-request split is a coin flip per request. With a share p and n requests, the canary's count is binomial: \
                    its standard deviation is √(n·p·(1−p)), so the observed share wanders by √(p·(1−p)/n). At 5 % and 1,000 requests \
                    that is ±0.7 points: 4 % or 6.5 % are ordinary. A 95 % interval (Wilson, or the exact Clopper-Pearson) says which \
                    shares the data cannot rule out."}</p>
                <p>{"Sticky splits wander differently: hashing a client id puts whole clients on a side, and a canary-only sticky cookie \
                    ratchets clients onto the canary, 1−(1−p)^k of them after k requests each: at 10 %, 65 % after 10 requests."}</p>
                <p><a href={wander}>{"Guess, then run 500 splits of 1,000 requests at 5 %"}</a>{" · "}
                   <a href={ratchet}>{"Watch a sticky cookie ratchet"}</a></p>
            </section>

            <section aria-labelledby="l-power">
                <h2 id="l-power">{"How many requests before an error rate means something"}</h2>
                <p>{"To tell a canary failing 2 % of requests from a stage failing 1 % (two-sided 5 % test, power 80 %) takes about \
                    2,300 requests on each side at a 50/50 split. At a 1 % canary the canary still needs about a thousand requests, \
                    but they arrive a hundred times slower: small canaries cost time, not requests."}</p>
                <p><a href={power}>{"Size a 1 % canary at 50 requests per second"}</a></p>
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
