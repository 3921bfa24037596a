//! The Traffic page's texts (keys; the values are in `en::site::traffic` and `ko::site::traffic`).

use serde::Serialize;

/// The split modes' button labels.
#[derive(Debug, Serialize)]
pub struct Modes {
    /// The toolbar's accessible name.
    pub label: &'static str,
    /// AWS: each request drawn at random.
    pub aws: &'static str,
    /// NCP with `useDistributionRate: true`.
    pub ncp_rate: &'static str,
    /// NCP with conditions.
    pub ncp_conditions: &'static str,
    /// NGINX `split_clients`: a client hashed into a bucket.
    pub sticky_hash: &'static str,
    /// A cookie set by the canary that pins its client.
    pub sticky_cookie: &'static str,
}

/// The numeric inputs' labels, one per field.
#[derive(Debug, Serialize)]
pub struct Fields {
    /// The canary share, percent (the text box beside the slider).
    pub percent: &'static str,
    /// The slider's accessible name.
    pub percent_slider: &'static str,
    /// Share of requests sending the canary header (condition mode).
    pub header: &'static str,
    /// Share of requests with the canary query parameter (condition mode).
    pub query: &'static str,
    /// Requests per run.
    pub requests: &'static str,
    /// Repeated runs.
    pub runs: &'static str,
    /// Arrival rate.
    pub rps: &'static str,
    /// Cache TTL.
    pub ttl: &'static str,
    /// Distinct cache keys.
    pub keys: &'static str,
    /// Throttle.
    pub throttle: &'static str,
    /// Distinct clients (sticky modes).
    pub clients: &'static str,
    /// The stage's error rate.
    pub err_stage: &'static str,
    /// The canary's error rate.
    pub err_canary: &'static str,
    /// The test's level.
    pub alpha: &'static str,
    /// The test's power.
    pub power: &'static str,
    /// The seed.
    pub seed: &'static str,
    /// The lower end of the runs counted under the histogram.
    pub band_lo: &'static str,
    /// Its upper end.
    pub band_hi: &'static str,
    /// The lower end of the guessed range.
    pub guess_lo: &'static str,
    /// Its upper end.
    pub guess_hi: &'static str,
}

/// What an input takes, said when the typed text is not in it. `{min}` and `{max}` are numbers
/// formatted for people.
#[derive(Debug, Serialize)]
pub struct Limits {
    /// A whole number in a closed range.
    pub whole: &'static str,
    /// Any number in a closed range.
    pub closed: &'static str,
    /// A number strictly inside a range.
    pub open: &'static str,
    /// A number above `{min}`, at most `{max}`.
    pub above: &'static str,
    /// An upper end below its lower end; `{min}` is the lower end.
    pub order: &'static str,
    /// Under the form when any input is refused: nothing ran.
    pub not_run: &'static str,
    /// At the field the engine blames when a run would take more work than it takes; `{max}` is
    /// the engine's limit in steps.
    pub work: &'static str,
}

/// The NCP assumptions the simulation depends on, switchable in the page.
#[derive(Debug, Serialize)]
pub struct Assumptions {
    /// The group's legend.
    pub legend: &'static str,
    /// What the group is.
    pub intro: &'static str,
    /// Header names in conditions: the question.
    pub header_names: &'static str,
    /// Case-insensitive names.
    pub case_insensitive: &'static str,
    /// Byte-exact names.
    pub exact: &'static str,
    /// Several conditions: the question.
    pub condition_match: &'static str,
    /// Any one condition.
    pub any: &'static str,
    /// Every condition.
    pub all: &'static str,
}

/// The "guess first" prompt and its score.
#[derive(Debug, Serialize)]
pub struct Guess {
    /// The switch in the form.
    pub switch: &'static str,
    /// The prompt's heading.
    pub heading: &'static str,
    /// The question; `{requests}`, `{percent}`, `{runs}`.
    pub question: &'static str,
    /// The question in NCP condition mode, where no percent is set: `{requests}`, `{expected}`
    /// (the share the conditions give), `{runs}`.
    pub question_conditions: &'static str,
    /// The Reveal button.
    pub reveal: &'static str,
    /// The Reveal button while no range is guessed (the result is shown without a score).
    pub reveal_without: &'static str,
    /// How many runs the guessed range held: `{lo}`, `{hi}`, `{inside}`, `{runs}`, `{share}`.
    pub held: &'static str,
    /// Where the middle 95 % of runs fell: `{lo}`, `{hi}`.
    pub spread: &'static str,
    /// The range held fewer than 90 % of runs.
    pub narrow: &'static str,
    /// The range held nearly all runs and is much wider than the spread.
    pub wide: &'static str,
    /// The range is about as wide as the spread.
    pub good: &'static str,
}

/// The run's headline, facts and notes.
#[derive(Debug, Serialize)]
pub struct Facts {
    /// The headline: `{share}` of `{requests}` requests.
    pub observed: &'static str,
    /// The configured share, `{share}`.
    pub configured: &'static str,
    /// Condition mode has no configured share.
    pub by_conditions: &'static str,
    /// The share the split should give on average, `{share}`.
    pub expected: &'static str,
    /// This run's intervals: `{wlo}`, `{whi}`, `{elo}`, `{ehi}`.
    pub interval: &'static str,
    /// The repeated runs: `{runs}`, `{mean}`, `{sd}`.
    pub spread: &'static str,
    /// How often a run's interval held the expected share: `{coverage}`.
    pub coverage: &'static str,
    /// The time the run took, `{ms}`.
    pub timing: &'static str,
    /// NCP's stored rate, `{stored}` (digits as a 32-bit float gives them).
    pub float32: &'static str,
    /// Sticky hash: `{inside}` of `{count}` clients in the canary's bucket.
    pub hashed: &'static str,
    /// Sticky cookie: the chance a client with `{k}` requests is pinned, `{chance}`.
    pub ratchet: &'static str,
}

/// What was simulated request by request, when not every request was. `{prefix}` is how many
/// were, `{requests}` all of them.
#[derive(Debug, Serialize)]
pub struct Detail {
    /// Only the sample of first requests.
    pub sample: &'static str,
    /// The cache from the first requests.
    pub cache: &'static str,
    /// The throttle from the first requests.
    pub throttle: &'static str,
    /// Both.
    pub both: &'static str,
    /// What was drawn exactly, after `{first}` (one of the above).
    pub drawn: &'static str,
    /// The same for the sticky cookie, whose pinned clients are drawn too.
    pub drawn_pinned: &'static str,
}

/// One side of the split.
#[derive(Debug, Serialize)]
pub struct Sides {
    /// The stage's card heading.
    pub stage: &'static str,
    /// The canary's card heading.
    pub canary: &'static str,
    /// The deployment row.
    pub deployment: &'static str,
    /// The requests row.
    pub requests: &'static str,
    /// The cache row.
    pub cache: &'static str,
    /// The throttle row.
    pub throttled: &'static str,
    /// The stage variables row.
    pub variables: &'static str,
    /// No stage variables.
    pub none: &'static str,
    /// No cache.
    pub no_cache: &'static str,
    /// The cache: `{hits}`, `{misses}`, `{ratio}`.
    pub cache_line: &'static str,
    /// The same, when the canary shares the stage's cache.
    pub cache_shared: &'static str,
    /// No throttle.
    pub no_throttle: &'static str,
    /// The throttle: `{throttled}`, `{rate}`, `{burst}`.
    pub throttle_line: &'static str,
    /// The same, when the canary shares the stage's bucket.
    pub throttle_shared: &'static str,
}

/// The charts: captions, axis titles and what hovering a mark says.
#[derive(Debug, Serialize)]
pub struct Charts {
    /// The share path's caption.
    pub path_caption: &'static str,
    /// Its x axis.
    pub path_x: &'static str,
    /// Its y axis.
    pub path_y: &'static str,
    /// The histogram's caption: `{runs}`, `{law}` (the binomial written as a formula).
    pub histogram_caption: &'static str,
    /// The same when no binomial fits (sticky and condition splits).
    pub histogram_caption_plain: &'static str,
    /// Its x axis.
    pub histogram_x: &'static str,
    /// Its y axis.
    pub histogram_y: &'static str,
    /// A bar: `{from}`, `{to}`, `{runs}`.
    pub bar: &'static str,
    /// A bar of one run: `{from}`, `{to}`.
    pub bar_one: &'static str,
    /// The line at the configured share: `{share}`.
    pub configured: &'static str,
    /// Counting runs under the histogram: the group's name.
    pub band_legend: &'static str,
    /// `{inside}` of `{runs}` runs at or below `{hi}`.
    pub band_below: &'static str,
    /// `{inside}` of `{runs}` runs at or above `{lo}`.
    pub band_above: &'static str,
    /// `{inside}` of `{runs}` runs from `{lo}` to `{hi}`.
    pub band_between: &'static str,
    /// The request strip's caption: `{n}` requests.
    pub strip_caption: &'static str,
    /// A request in the strip: `{i}`, `{side}`.
    pub strip_request: &'static str,
    /// Added when it was a cache hit.
    pub strip_hit: &'static str,
    /// Added when it was throttled.
    pub strip_throttled: &'static str,
    /// The sample-size curve's caption: `{base}`, `{alpha}`, `{power}`, `{share}`.
    pub curve_caption: &'static str,
    /// Its x axis.
    pub curve_x: &'static str,
    /// Its y axis.
    pub curve_y: &'static str,
    /// A point: `{increase}`, `{requests}`.
    pub curve_point: &'static str,
}

/// The sample-size section.
#[derive(Debug, Serialize)]
pub struct SampleSize {
    /// Its heading.
    pub heading: &'static str,
    /// The answer: `{canary}`, `{stage}`, `{alpha}`, `{power}`, `{canary_requests}`,
    /// `{stage_requests}`, `{total}`, `{duration}`, `{rps}`.
    pub answer: &'static str,
    /// When there is no answer.
    pub no_answer: &'static str,
    /// Durations: `{n}` seconds.
    pub seconds: &'static str,
    /// `{n}` minutes.
    pub minutes: &'static str,
    /// `{n}` hours.
    pub hours: &'static str,
    /// `{n}` days.
    pub days: &'static str,
}

/// The Traffic page's texts.
#[derive(Debug, Serialize)]
pub struct Traffic {
    /// The page's heading.
    pub heading: &'static str,
    /// The student's question, under the heading.
    pub lede: &'static str,
    /// The split modes.
    pub modes: Modes,
    /// The inputs.
    pub fields: Fields,
    /// Refused inputs.
    pub limits: Limits,
    /// The fold over the settings the question does not need (arrivals, cache, throttle, error
    /// rates, the test, the seed).
    pub more: &'static str,
    /// NCP's assumptions.
    pub assumptions: Assumptions,
    /// Run again.
    pub run: &'static str,
    /// Run with the next seed.
    pub new_seed: &'static str,
    /// Stop a run.
    pub cancel: &'static str,
    /// The progress bar's accessible name.
    pub progress: &'static str,
    /// After Cancel.
    pub cancelled: &'static str,
    /// Guess first.
    pub guess: Guess,
    /// The run's facts.
    pub facts: Facts,
    /// What went request by request.
    pub detail: Detail,
    /// The sides.
    pub sides: Sides,
    /// The charts.
    pub charts: Charts,
    /// The sample size.
    pub sample_size: SampleSize,
}
