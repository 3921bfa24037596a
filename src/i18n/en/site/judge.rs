//! The Judge page's texts in English.

use crate::i18n::site::judge::{Chart, Counts, Fields, Judge, Ramp, Verdicts, Watch};

/// The Judge page's texts.
pub(super) const TEXT: Judge = Judge {
    heading: "Judge a canary",
    lede: "May I promote yet? canarylab answers rollback, wait or promote with tests that stay valid however often \
           you ask, every minute included. Watch why that matters, judge your own counts, and plan a ramp.",
    method: "The method, its formulas and its sources: `docs/judge.md` in the repository.",
    learn_link: "Learn: why re-running a test every minute fails",
    verdicts: Verdicts { promote: "promote", rollback: "rollback", wait: "wait" },
    watch: Watch {
        heading: "Watch both tests judge a canary",
        intro: "A canary is simulated minute by minute: the traffic engine routes each minute's requests at the step's \
                share, and each side's failures are drawn at its error rate. After every minute both tests look at \
                the counts so far.",
        fields: Fields {
            steps: "Canary steps (%)",
            rps: "Requests per second",
            minutes: "Minutes per step",
            err_base: "Baseline error rate (%)",
            err_canary: "Canary error rate (%)",
            tolerance: "Tolerance (percentage points)",
            alpha: "α (%)",
            seed: "Seed",
        },
        same: "A/A: canary as good as the baseline",
        worse: "Canary worse by the tolerance",
        next_seed: "Another canary (next seed)",
        judge_rollback: "The judge rolls back at minute {minute}.",
        judge_promote: "The judge promotes at minute {minute}.",
        judge_wait: "The judge is still waiting after {minutes} minutes.",
        naive_rollback: "The z-test, re-run every minute, says roll back at minute {minute}.",
        naive_never: "The z-test never rejects in these {minutes} minutes.",
        cried_wolf: "It cried wolf: both sides fail equally often.",
        run: "Run {runs} canaries like this one",
        running: "{done} of {runs} canaries judged…",
        tally_same: "Of {runs} A/A canaries (as good as the baseline), each judged after every minute:",
        tally_like: "Of {runs} canaries like this one, each judged after every minute:",
        tally_naive: "the z-test re-run every minute said roll back for {alarms} ({alarms_share}); run once at the \
                      end it would have for {at_end} ({at_end_share});",
        tally_judge: "the judge rolled back {rollbacks} ({rollbacks_share}) and promoted {promotes} ({promotes_share}).",
    },
    chart: Chart {
        minutes: "minutes",
        alpha: "α = {value}",
        tolerance: "tolerance {value}",
        alarm: "minute {minute}: the z-test says roll back (p = {p})",
        p_caption: "p-value after each minute (log scale): the judge's always-valid p-value (amber) only falls, and \
                    rolls back when it reaches α (dashed); the z-test re-run on the counts so far (grey) wanders, and \
                    each dot below α is a rollback it would have ordered.",
        cs_caption: "Canary minus baseline error rate: observed (line) and its confidence sequence (shaded), valid at \
                     every minute at once. Promote once the shaded band's top is below the tolerance (dashed).",
    },
    counts: Counts {
        heading: "Judge your own counts",
        intro: "Paste a judge document (totals, or a series of intervals) or the JSON `aws cloudwatch get-metric-data` \
                printed. The page answers as `canarylab judge` does; nothing leaves it.",
        kind: "What the text is",
        kind_document: "Judge document",
        kind_cloudwatch: "CloudWatch get-metric-data",
        queries: &[
            "Baseline requests query",
            "Baseline errors query",
            "Canary requests query",
            "Canary errors query",
        ],
        tolerance: "Tolerance (a fraction)",
        text: "Counts",
        not_judged_one: "Not judged: 1 problem",
        not_judged: "Not judged: {n} problems",
        problem: "{at}: {message} (hint: {hint})",
        document: "(document)",
        tolerance_problem: "tolerance: give it as a fraction, such as 0.005",
        p_value: "Always-valid p-value",
        difference: "Difference in error rate",
        difference_value: "{estimate} in [{low}, {high}]",
        looks: "Intervals judged",
        needed: "To decide: about {more} more canary requests ({all} in all), most likely toward {toward}.",
        needed_minutes: "To decide: about {more} more canary requests ({all} in all, about {minutes} minutes at the \
                         latest rate), most likely toward {toward}.",
    },
    ramp: Ramp {
        heading: "Plan a ramp",
        intro: "From the canary above: its request rate, the baseline's error rate, the tolerance, α and the steps. \
                Each canary step holds as long as it takes for the judge to decide, with the power below, by the end \
                of the last one.",
        power: "Power (%)",
        summary: "{minutes} minutes a step: by the end of the last canary step the judge should have promoted a \
                  canary as good as the baseline (chance about {promote}) and rolled back one worse by the tolerance \
                  (about {rollback}).",
        table: "The plan, step by step",
        columns: &[
            "Step",
            "Minutes",
            "Requests",
            "Canary requests",
            "Worst case failed",
            "Failed at tolerance",
        ],
        promotion: "100 %: promote",
        watch: "Watch this ramp above",
        aws_calls: "AWS calls, step by step",
        ncp_calls: "NCP calls, step by step",
        script: "The AWS CLI script (judges every minute)",
        problem: "{at}: {message} (hint: {hint})",
    },
};
