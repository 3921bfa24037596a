//! The overview page's texts in English.

use crate::i18n::site::home::Home;

/// The overview page's texts.
pub(super) const TEXT: Home = Home {
    heading: "See what a canary release will do before you call the real service",
    lede: "A canary release sends a slice of an API's traffic to a new deployment before it takes all of it. \
           canarylab checks the requests that set one up, replays them against a simulated gateway, and shows \
           how the split behaves, all inside this page.",
    gateways: "Gateways",
    aws_heading: "Amazon API Gateway (REST APIs)",
    aws_settings: "A stage's `canarySettings` names a second deployment and a `percentTraffic` between 0.0 and \
                   100.0. Each request is sent to the canary at random with that probability, and canary requests \
                   see the stage variables with `stageVariableOverrides` laid over them.",
    aws_calls: "You create a canary with CreateDeployment or CreateStage, and change, promote or remove it with \
                UpdateStage patch operations. Those have sharp edges: every value is a string, paths look like JSON \
                Pointers but follow a fixed grammar, `replace` creates what is missing, and promotion leaves the \
                canary in place at 0 %.",
    ncp_heading: "NAVER Cloud Platform API Gateway",
    ncp_modes: "A stage's canary is enabled, edited, promoted and disabled through its own calls. Edit Canary chooses \
                one of two modes: a distribution rate (a share of requests, 0 to 100) or conditions (requests whose \
                header or query parameter matches go to the canary). Each mode requires fields the other ignores, \
                and NCP's docs and API spec disagree on several of them.",
    what_heading: "What canarylab does",
    validate: ": check a CreateDeployment, CreateStage, UpdateStage or Edit Canary payload against every documented \
               constraint and see every problem at once, each with its JSON Pointer, a stable code, a message and a \
               hint.",
    lifecycle: ": run calls against a simulated REST API or NCP stage and get what the real service returns: the \
                resulting stage, or the service's own error.",
    traffic: ": simulate the split with seeded Monte Carlo runs: observed against configured share with confidence \
              bands, what each request sees, and how many requests it takes to judge a canary's error rate.",
    judge: ": may the canary be promoted yet? Watch a test that stays valid however often you ask, judge your own \
            counts, and plan a ramp.",
    learn: ": short pages on canary releases, each field, promotion, and why observed shares wander.",
    ci: "The same checks run in your CI through the `canarylab` command and the npm package. Nothing is sent \
         anywhere: there are no accounts and no network requests.",
};
