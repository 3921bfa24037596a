//! The Learn page's texts in English.

use crate::i18n::site::learn::{Aws, Case, Contrast, Judging, Learn, Ncp, Power, Wander};

/// The Learn page's texts.
pub(super) const TEXT: Learn = Learn {
    heading: "Learn: canary releases on API gateways",
    aws: Aws {
        heading: "Amazon API Gateway (REST APIs)",
        settings: "A stage serves one deployment. Its `canarySettings` add a second one: `deploymentId` (the canary's \
                   deployment), `percentTraffic` (a double from 0.0 to 100.0: each request goes to the canary at random \
                   with that probability), `stageVariableOverrides` (canary requests see the stage's variables with \
                   these laid over them) and `useStageCache` (whether canary requests may use the stage cache).",
        calls: "CreateDeployment with `canarySettings` makes the new deployment the canary of an existing stage. \
                UpdateStage changes it with patch operations whose values are always strings (`\"10.0\"`, `\"true\"`) \
                and whose paths follow a fixed grammar. `replace` creates a missing canary with defaults; `add` is \
                refused.",
        promotion: "Promotion is three operations: set the share to 0, copy the overrides into the stage variables, \
                    copy the canary's deployment to the stage. The canary stays, at 0 %, until \
                    `remove /canarySettings`.",
        validate_link: "Validate the promotion",
        replay_link: "Replay a canary and its promotion",
    },
    contrast: Contrast {
        heading: "UpdateStage's patch operations are not RFC 6902",
        intro: "UpdateStage takes `patchOperations` that look like JSON Patch (`op`, `path`, `value`, `from`) but \
                follow AWS's own rules. Each operation below runs twice, here in the page: on canarylab's simulated \
                REST API, with AWS's rules, and with json-patch (RFC 6902) on the stage's GetStage JSON. Lines marked \
                + and - are what changed; AWS also stamps `lastUpdatedDate` on every update, left out here.",
        before: "The stage before (GetStage)",
        aws_side: "AWS (the simulated gateway)",
        rfc_side: "RFC 6902 (json-patch)",
        accepted: "Accepted",
        cases: &[
            Case {
                title: "replace on a path that is not there",
                why: "AWS's replace creates what is missing (here a canary with its defaults: the stage's own \
                      deployment, no stage cache), while RFC 6902's replace needs the target to exist.",
            },
            Case {
                title: "copy that merges",
                why: "AWS lays the canary's overrides over the stage variables, so the promotion keeps the variables \
                      the canary did not override (region), while RFC 6902's copy puts the overrides object in place \
                      of /variables as a whole.",
            },
            Case {
                title: "removing a variable that is not there",
                why: "AWS does not document this case: canarylab's gateway accepts it and changes nothing (its \
                      choice, listed in docs/aws-unknowns.md), while RFC 6902's remove needs the value to exist.",
            },
            Case {
                title: "~1 kept in method-setting keys",
                why: "AWS reads the path by its own grammar, /{resourcePath}/{httpMethod}/metrics/enabled, and keeps \
                      ~1 in the method-settings key ~1pets/GET (creating the entry with the default settings), while \
                      RFC 6901 decodes ~1 to / and looks for a member named /pets at the top of the document.",
            },
            Case {
                title: "values are strings",
                why: "UpdateStage values are always strings that AWS converts to the field's type (a double here), \
                      while RFC 6902 puts the JSON value in as it is: a string.",
            },
            Case {
                title: "add is not an upsert",
                why: "UpdateStage accepts add only on the two access-log fields (replace is its upsert), while RFC \
                      6902's add creates the member.",
            },
        ],
    },
    ncp: Ncp {
        heading: "NAVER Cloud Platform API Gateway",
        modes: "A stage's canary has its own calls: enable, edit, promote, disable. Edit Canary picks one of two modes \
                with `useDistributionRate`: `true` sends `canaryDistributionRate` percent of requests (stored as a \
                32-bit float), `false` sends requests whose header or query parameter matches one of \
                `canaryConditions`. Each mode requires fields the other ignores.",
        disagreements: "NCP's docs and its API spec disagree: the docs type the cache TTL and throttle as strings with \
                        the example value 0, which the spec refuses; canarylab follows the spec and warns where a \
                        payload meets a disagreement. What neither says (AND or OR conditions, header-name case, \
                        editing without a canary, what promotion leaves) is a named assumption you can switch.",
        validate_link: "Validate the docs' example",
        error_link: "See the error for editing before enabling",
    },
    wander: Wander {
        heading: "Why the observed share wanders",
        binomial: "A per-request split is a coin flip per request. With a share p and n requests, the canary's count \
                   is binomial: its standard deviation is √(n·p·(1−p)), so the observed share wanders by \
                   √(p·(1−p)/n). At 5 % and 1,000 requests that is ±0.7 points: 4 % or 6.5 % are ordinary. A 95 % \
                   interval (Wilson, or the exact Clopper-Pearson) says which shares the data cannot rule out.",
        sticky: "Sticky splits wander differently: hashing a client id puts whole clients on a side, and a canary-only \
                 sticky cookie ratchets clients onto the canary, 1−(1−p)^k of them after k requests each: at 10 %, \
                 65 % after 10 requests.",
        guess_link: "Guess, then run 500 splits of 1,000 requests at 5 %",
        ratchet_link: "Watch a sticky cookie ratchet",
    },
    power: Power {
        heading: "How many requests before an error rate means something",
        text: "To tell a canary failing 2 % of requests from a stage failing 1 % (two-sided 5 % test, power 80 %) takes \
               about 2,300 requests on each side at a 50/50 split. At a 1 % canary the canary still needs about a \
               thousand requests, but they arrive a hundred times slower: small canaries cost time, not requests.",
        link: "Size a 1 % canary at 50 requests per second",
    },
    judging: Judging {
        heading: "Judging a canary: why a test re-run every minute cries wolf",
        wolf: "The usual canary check compares the canary's error rate with the baseline's every minute, with a fixed \
               threshold or a z-test at 5 %. A 5 % test is wrong 5 % of the time when nothing is wrong, once. Asked \
               again every minute, on the counts so far, each look is another chance to cross the line, and the \
               chances add up: over a ramp of 33 one-minute looks, a z-test rolls back about 39 % of canaries that \
               fail exactly as often as the baseline (run once at the end, 6 %). The first minutes are the worst: \
               with 30 canary requests, two failures look like a disaster. That is the flaky minute that rolls a good \
               canary back.",
        quiet: "The other mistakes are quieter. A canary that has served no requests is no evidence of anything, yet a \
                check that needs traffic fails it. And a column of zeros is not a pass: 200 clean canary requests \
                against a 0.5 % baseline cannot rule out that the canary fails twice as often.",
        method: "canarylab's judge uses tests whose guarantee covers every look at once. To roll back, it keeps a \
                 running likelihood ratio: how much better \"the canary fails more often\" explains the failures seen \
                 so far than \"both fail equally\", averaged over how much more often. Under \"both equal\" that ratio \
                 is a fair bet, and a fair bet started at 1 reaches 20 with a chance of at most 1 in 20, however often \
                 you look and whenever you stop (Ville's inequality): so it rolls back when the ratio reaches 1/α. To \
                 promote, it keeps a confidence sequence for the difference in error rates, a band that holds at every \
                 minute at once, and promotes when the band's top is below the tolerance you accept. In the same \
                 simulated ramps, the judge rolls back about 1 % of the equal canaries, and catches 98 % of those worse \
                 by the tolerance.",
        price: "The price is patience: holding at every look takes more requests than one look at a fixed sample size. \
                The ramp planner works out how long each step must hold for the judge to decide with the power you \
                ask for.",
        wolf_link: "Watch an A/A canary: the z-test cries wolf, the judge waits",
        worse_link: "Watch a canary worse by half a point",
        ramp_link: "Plan a ramp",
    },
};
