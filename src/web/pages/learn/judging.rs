//! Learn: judging a canary. Why a fixed test re-run every minute cries wolf, what the judge does
//! instead (docs/judge.md), and links into the Judge page with a canary loaded.

use yew::prelude::*;

use crate::web::pages::judge::model::Watch;

/// The learn page's section on judging a canary.
#[component]
pub fn Judging() -> Html {
    let same = Watch::default();
    let worse = Watch { err_canary: same.err_base + same.tolerance, seed: 2, ..Watch::default() };
    let wolf = Watch { seed: 4, ..Watch::default() };
    html! {
        <section aria-labelledby="l-judge">
            <h2 id="l-judge">{"Judging a canary: why a test re-run every minute cries wolf"}</h2>
            <p>{"The usual canary check compares the canary's error rate with the baseline's every minute, with a fixed threshold or a z-test at 5 %. \
                A 5 % test is wrong 5 % of the time when nothing is wrong, once. Asked again every minute, on the counts so far, each look is \
                another chance to cross the line, and the chances add up: over a ramp of 33 one-minute looks, a z-test rolls back about 39 % \
                of canaries that fail exactly as often as the baseline (run once at the end, 6 %). The first minutes are the worst: \
                with 30 canary requests, two failures look like a disaster. That is the flaky minute that rolls a good canary back."}</p>
            <p>{"The other mistakes are quieter. A canary that has served no requests is no evidence of anything, yet a check that needs \
                traffic fails it. And a column of zeros is not a pass: 200 clean canary requests against a 0.5 % baseline cannot rule \
                out that the canary fails twice as often."}</p>
            <p>{"canarylab's judge uses tests whose guarantee covers every look at once. To roll back, it keeps a running likelihood \
                ratio: how much better \"the canary fails more often\" explains the failures seen so far than \"both fail equally\", \
                averaged over how much more often. Under \"both equal\" that ratio is a fair bet, and a fair bet started at 1 reaches 20 \
                with a chance of at most 1 in 20, however often you look and whenever you stop (Ville's inequality): so it rolls back \
                when the ratio reaches 1/α. To promote, it keeps a confidence sequence for the difference in error rates, a band that \
                holds at every minute at once, and promotes when the band's top is below the tolerance you accept. In the same \
                simulated ramps, the judge rolls back about 1 % of the equal canaries, and catches 98 % of those worse by the tolerance."}</p>
            <p>{"The price is patience: holding at every look takes more requests than one look at a fixed sample size. The ramp planner \
                works out how long each step must hold for the judge to decide with the power you ask for."}</p>
            <p><a href={wolf.link()}>{"Watch an A/A canary: the z-test cries wolf, the judge waits"}</a>{" · "}
               <a href={worse.link()}>{"Watch a canary worse by half a point"}</a>{" · "}
               <a href={same.link()}>{"Plan a ramp"}</a></p>
        </section>
    }
}
