//! The landing page: what canary releases are on AWS and NCP, and what canarylab does.

use yew::prelude::*;

use crate::web::route::Route;

/// The landing page.
#[component]
pub fn Home() -> Html {
    html! {
        <article class="home">
            <h1>{"See what a canary release will do before you call the real service"}</h1>
            <p class="lede">
                {"A canary release sends a slice of an API's traffic to a new deployment before it takes all of it. \
                  canarylab checks the requests that set one up, replays them against a simulated gateway, and \
                  shows how the split behaves, all inside this page."}
            </p>
            <section class="cards" aria-label="Gateways">
                <div class="card">
                    <h2>{"Amazon API Gateway (REST APIs)"}</h2>
                    <p>{"A stage's "}<code>{"canarySettings"}</code>{" names a second deployment and a "}
                       <code>{"percentTraffic"}</code>{" between 0.0 and 100.0. Each request is sent to the canary at \
                       random with that probability, and canary requests see the stage variables with "}
                       <code>{"stageVariableOverrides"}</code>{" laid over them."}</p>
                    <p>{"You create a canary with CreateDeployment or CreateStage, and change, promote or remove it with \
                       UpdateStage patch operations. Those have sharp edges: every value is a string, paths look like \
                       JSON Pointers but follow a fixed grammar, "}<code>{"replace"}</code>{" creates what is missing, \
                       and promotion leaves the canary in place at 0 %."}</p>
                </div>
                <div class="card">
                    <h2>{"NAVER Cloud Platform API Gateway"}</h2>
                    <p>{"A stage's canary is enabled, edited, promoted and disabled through its own calls. Edit Canary \
                       chooses one of two modes: a distribution rate (a share of requests, 0 to 100) or conditions \
                       (requests whose header or query parameter matches go to the canary). Each mode requires fields \
                       the other ignores, and NCP's docs and API spec disagree on several of them."}</p>
                </div>
            </section>
            <section aria-labelledby="what">
                <h2 id="what">{"What canarylab does"}</h2>
                <ul class="tools">
                    <li><a href={Route::Validate.href()}>{"Validate"}</a>
                        {": check a CreateDeployment, CreateStage, UpdateStage or Edit Canary payload against every \
                          documented constraint and see every problem at once, each with its JSON Pointer, a stable \
                          code, a message and a hint."}</li>
                    <li><a href={Route::Lifecycle.href()}>{"Lifecycle"}</a>
                        {": run calls against a simulated REST API or NCP stage and get what the real service returns: \
                          the resulting stage, or the service's own error."}</li>
                    <li><a href={Route::Traffic.href()}>{"Traffic"}</a>
                        {": simulate the split with seeded Monte Carlo runs: observed against configured share with \
                          confidence bands, what each request sees, and how many requests it takes to judge a \
                          canary's error rate."}</li>
                    <li><a href={Route::Learn.href()}>{"Learn"}</a>
                        {": short pages on canary releases, each field, promotion, and why observed shares wander."}</li>
                </ul>
                <p>{"The same checks run in your CI through the "}<code>{"canarylab"}</code>
                   {" command and the npm package. Nothing is sent anywhere: there are no accounts and no network \
                     requests."}</p>
            </section>
        </article>
    }
}
