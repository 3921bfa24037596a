//! The Judge page's texts (keys; the values are in `en::site::judge` and `ko::site::judge`).
//! The judge's own sentences (a verdict's reason, the ramp's notes) come from the core.

use serde::Serialize;

/// The Judge page's texts. Inline code is written between backticks.
#[derive(Debug, Serialize)]
pub struct Judge {
    /// The page's heading.
    pub heading: &'static str,
    /// The paragraph under the heading.
    pub lede: &'static str,
    /// The closing line: where the method is written down.
    pub method: &'static str,
    /// The closing line's link to the Learn page's section.
    pub learn_link: &'static str,
    /// The verdicts by name (`promote`, `rollback`, `wait`).
    pub verdicts: Verdicts,
    /// The first panel: a simulated canary watched by both tests.
    pub watch: Watch,
    /// The two charts.
    pub chart: Chart,
    /// The second panel: the user's own counts.
    pub counts: Counts,
    /// The third panel: a ramp.
    pub ramp: Ramp,
}

/// A verdict as the page names it.
#[derive(Debug, Serialize)]
pub struct Verdicts {
    /// `promote`.
    pub promote: &'static str,
    /// `rollback`.
    pub rollback: &'static str,
    /// `wait`.
    pub wait: &'static str,
}

/// The watched canary's form labels.
#[derive(Debug, Serialize)]
pub struct Fields {
    /// The canary's steps, in percent, as a list.
    pub steps: &'static str,
    /// Requests per second.
    pub rps: &'static str,
    /// Minutes per step.
    pub minutes: &'static str,
    /// The baseline's error rate.
    pub err_base: &'static str,
    /// The canary's error rate.
    pub err_canary: &'static str,
    /// The largest acceptable increase.
    pub tolerance: &'static str,
    /// The level α.
    pub alpha: &'static str,
    /// The seed.
    pub seed: &'static str,
}

/// The first panel.
#[derive(Debug, Serialize)]
pub struct Watch {
    /// The panel's heading.
    pub heading: &'static str,
    /// How the canary is simulated.
    pub intro: &'static str,
    /// The form's labels.
    pub fields: Fields,
    /// The button that makes the canary as good as the baseline.
    pub same: &'static str,
    /// The button that makes the canary worse by the tolerance.
    pub worse: &'static str,
    /// The button that draws another canary.
    pub next_seed: &'static str,
    /// The judge rolled back; `{minute}`.
    pub judge_rollback: &'static str,
    /// The judge promoted; `{minute}`.
    pub judge_promote: &'static str,
    /// The judge has not decided; `{minutes}` is how long the canary ran.
    pub judge_wait: &'static str,
    /// The z-test rejected; `{minute}` is the first time.
    pub naive_rollback: &'static str,
    /// The z-test never rejected; `{minutes}` is how long the canary ran.
    pub naive_never: &'static str,
    /// Said after the z-test's rejection of a canary as good as the baseline.
    pub cried_wolf: &'static str,
    /// The button that judges many canaries; `{runs}`.
    pub run: &'static str,
    /// Progress of that run; `{done}` of `{runs}`.
    pub running: &'static str,
    /// The tally's first line for canaries as good as the baseline; `{runs}`.
    pub tally_same: &'static str,
    /// The tally's first line for other canaries; `{runs}`.
    pub tally_like: &'static str,
    /// The z-test's line; `{alarms}`, `{alarms_share}`, `{at_end}`, `{at_end_share}`.
    pub tally_naive: &'static str,
    /// The judge's line; `{rollbacks}`, `{rollbacks_share}`, `{promotes}`, `{promotes_share}`.
    pub tally_judge: &'static str,
}

/// The two charts' words.
#[derive(Debug, Serialize)]
pub struct Chart {
    /// The x axis.
    pub minutes: &'static str,
    /// The α line's label; `{value}`.
    pub alpha: &'static str,
    /// The tolerance line's label; `{value}`.
    pub tolerance: &'static str,
    /// A z-test alarm's tooltip; `{minute}`, `{p}`.
    pub alarm: &'static str,
    /// The p-value chart's caption.
    pub p_caption: &'static str,
    /// The difference chart's caption.
    pub cs_caption: &'static str,
}

/// The second panel.
#[derive(Debug, Serialize)]
pub struct Counts {
    /// The panel's heading.
    pub heading: &'static str,
    /// What to paste.
    pub intro: &'static str,
    /// The accessible name of the choice of input.
    pub kind: &'static str,
    /// A judge document.
    pub kind_document: &'static str,
    /// CloudWatch's output.
    pub kind_cloudwatch: &'static str,
    /// The four query ids: baseline requests, baseline errors, canary requests, canary errors.
    pub queries: &'static [&'static str],
    /// The tolerance, for CloudWatch input.
    pub tolerance: &'static str,
    /// The text area's label.
    pub text: &'static str,
    /// The heading over one problem.
    pub not_judged_one: &'static str,
    /// The heading over problems; `{n}` problems.
    pub not_judged: &'static str,
    /// A problem; `{at}` (a JSON Pointer), `{message}`, `{hint}`.
    pub problem: &'static str,
    /// `{at}` for the whole document.
    pub document: &'static str,
    /// The CloudWatch tolerance is not a number.
    pub tolerance_problem: &'static str,
    /// The always-valid p-value's label.
    pub p_value: &'static str,
    /// The difference's label.
    pub difference: &'static str,
    /// The difference and its band; `{estimate}`, `{low}`, `{high}`.
    pub difference_value: &'static str,
    /// The number of intervals' label.
    pub looks: &'static str,
    /// What a decision needs; `{more}`, `{all}`, `{toward}`.
    pub needed: &'static str,
    /// The same with the time it takes; `{more}`, `{all}`, `{minutes}`, `{toward}`.
    pub needed_minutes: &'static str,
}

/// The third panel.
#[derive(Debug, Serialize)]
pub struct Ramp {
    /// The panel's heading.
    pub heading: &'static str,
    /// Where the plan comes from.
    pub intro: &'static str,
    /// The power input's label.
    pub power: &'static str,
    /// The plan in a sentence; `{minutes}`, `{promote}` and `{rollback}` (percent).
    pub summary: &'static str,
    /// The table's accessible name (it scrolls sideways on a phone).
    pub table: &'static str,
    /// The table's column headings.
    pub columns: &'static [&'static str],
    /// The last row: promotion.
    pub promotion: &'static str,
    /// The button that watches the plan above.
    pub watch: &'static str,
    /// The AWS calls' disclosure.
    pub aws_calls: &'static str,
    /// The NCP calls' disclosure.
    pub ncp_calls: &'static str,
    /// The script's disclosure.
    pub script: &'static str,
    /// A problem with the plan's inputs; `{at}`, `{message}`, `{hint}`.
    pub problem: &'static str,
}
