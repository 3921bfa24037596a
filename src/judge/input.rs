//! What `canarylab judge` reads: a judge document (totals or a series), or the JSON the AWS CLI
//! prints for `aws cloudwatch get-metric-data` and `get-metric-statistics`. Untrusted: each is a
//! `serde_json::Value` walked with [`Obj`], and every problem is a diagnostic at its JSON Pointer,
//! all of them at once, before any verdict is built (docs/judge.md, "Input").
//!
//! ```json
//! {"alpha": 0.05, "tolerance": 0.005,
//!  "baseline": {"requests": 120000, "errors": 600}, "canary": {"requests": 6000, "errors": 33}}
//! {"alpha": 0.05, "tolerance": 0.005,
//!  "series": [{"time": "2026-01-01T00:01:00Z", "baseline": {"requests": 2900, "errors": 14},
//!              "canary": {"requests": 31, "errors": 0}}, ...]}
//! ```

use serde::Deserialize;
use serde_json::Value;

use super::stats::Counts;
use crate::check::Obj;
use crate::code::Code;
use crate::i18n::Msg;
use crate::pointer::Pointer;
use crate::report::Report;

/// The level used when neither the document nor the caller names one.
pub const DEFAULT_ALPHA: f64 = 0.05;

/// The largest count read (beyond it an f64 no longer holds every whole number exactly).
pub const MAX_COUNT: f64 = 9_007_199_254_740_991.0;

/// The latency minutes compared at most (the most recent ones): the comparison looks at every
/// pair of minutes.
pub const MAX_LATENCY_MINUTES: usize = 2_000;

/// The judge's level and tolerance.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Settings {
    /// The chance of a wrong rollback (and of a wrong promotion) the judge allows.
    pub alpha: f64,
    /// The largest increase in error rate (a fraction: 0.005 is half a percentage point) that
    /// still promotes.
    pub tolerance: f64,
}

/// One interval of counts, or the totals.
#[derive(Clone, Debug, PartialEq)]
pub struct Point {
    /// The time as the input wrote it (`None` for totals).
    pub time: Option<Value>,
    /// The time in seconds, for ordering and rates.
    pub seconds: Option<f64>,
    /// The baseline's requests and errors.
    pub baseline: Counts,
    /// The canary's requests and errors.
    pub canary: Counts,
}

/// A checked input: the settings, the intervals in time order, and latency if given.
#[derive(Clone, Debug, PartialEq)]
pub struct Input {
    /// Level and tolerance.
    pub settings: Settings,
    /// The intervals (one point for totals).
    pub points: Vec<Point>,
    /// Whether the input was a series (each point an interval) rather than totals.
    pub series: bool,
    /// Per-minute latency statistics `(baseline, canary)`, when given.
    pub latency: Option<(Vec<f64>, Vec<f64>)>,
}

/// How a caller (CLI flags, npm options) qualifies the document.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Options {
    /// Overrides the document's alpha (and is the only source for CloudWatch input).
    pub alpha: Option<f64>,
    /// Overrides the document's tolerance (and is the only source for CloudWatch input).
    pub tolerance: Option<f64>,
    /// What the document is.
    #[serde(default)]
    pub input: Source,
    /// For get-metric-data output: which query is which side.
    pub queries: Option<Queries>,
}

/// What kind of document the judge reads.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Source {
    /// A judge document: totals or a series.
    #[default]
    Document,
    /// The AWS CLI's CloudWatch output.
    Cloudwatch,
}

/// Which get-metric-data query holds each side's requests, errors and (optionally) latency.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Queries {
    /// The baseline's queries.
    pub baseline: SideQueries,
    /// The canary's queries.
    pub canary: SideQueries,
}

/// One side's query Ids.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SideQueries {
    /// Count's SampleCount (the requests).
    pub requests: String,
    /// 5XXError's Sum (the failed requests).
    pub errors: String,
    /// A per-minute Latency statistic, if it is to be compared.
    #[serde(default)]
    pub latency: Option<String>,
}

/// Reads whatever `opts` says the document is.
pub fn read(doc: &Value, opts: &Options) -> Result<Input, Report> {
    match opts.input {
        Source::Document => document(doc, opts),
        Source::Cloudwatch => cloudwatch(doc, opts),
    }
}

// ---------------------------------------------------------------- settings

/// The settings from the caller's options, else the document's members (when there is a
/// document to hold them); a missing tolerance or a value out of range is reported.
fn settings(obj: Option<&Obj<'_>>, opts: &Options, report: &mut Report) -> Option<Settings> {
    let pick = |key: &str, given: Option<f64>, report: &mut Report| match given {
        Some(v) => Some((v, Pointer::root().join(key))),
        None => obj.and_then(|o| o.number(key, false, report).map(|v| (v, o.path(key)))),
    };
    let alpha = match pick("alpha", opts.alpha, report) {
        Some((a, at)) => in_range(a, at, "alpha", 0.5, Msg::AlphaExample, report),
        None => Some(DEFAULT_ALPHA),
    };
    let tolerance = match pick("tolerance", opts.tolerance, report) {
        Some((t, at)) => in_range(t, at, "tolerance", 1.0, Msg::ToleranceExample, report),
        None => {
            let at = obj.map_or_else(|| Pointer::root().join("tolerance"), |o| o.path("tolerance"));
            let message = Msg::MissingParameter { key: "tolerance".into() };
            report.say(at, Code::ParamMissing, message, Msg::GiveTolerance);
            None
        }
    };
    Some(Settings { alpha: alpha?, tolerance: tolerance? })
}

fn in_range(
    v: f64,
    at: Pointer,
    key: &str,
    max: f64,
    example: Msg,
    report: &mut Report,
) -> Option<f64> {
    if v > 0.0 && v < max {
        return Some(v);
    }
    let message =
        Msg::JudgeRange { key: key.to_owned(), max: format!("{max}"), got: format!("{v}") };
    report.say(at, Code::JudgeRange, message, example);
    None
}

// ---------------------------------------------------------------- judge documents

const DOCUMENT: [&str; 6] = ["alpha", "tolerance", "baseline", "canary", "series", "comment"];
const SIDE: [&str; 3] = ["requests", "errors", "latency"];
const POINT: [&str; 3] = ["time", "baseline", "canary"];

/// Reads a judge document: `{"alpha"?, "tolerance", "baseline", "canary"}` or `{"alpha"?,
/// "tolerance", "series": [...]}`; the options' alpha and tolerance win over the document's.
pub fn document(doc: &Value, opts: &Options) -> Result<Input, Report> {
    let mut report = Report::new();
    let Some(obj) = Obj::new(doc, Pointer::root(), "a judge document", &mut report) else {
        return Err(report);
    };
    obj.only(&DOCUMENT, &mut report);
    let _ = obj.string("comment", false, &mut report);
    let settings = settings(Some(&obj), opts, &mut report);
    let totals = obj.get("baseline").is_some() || obj.get("canary").is_some();
    let read = match (totals, obj.get("series").is_some()) {
        (true, true) => {
            report.say(obj.path("series"), Code::JudgeDocument, Msg::JudgeBoth, Msg::JudgeGiveOne);
            None
        }
        (false, false) => {
            let (message, hint) = (Msg::JudgeNoCounts, Msg::JudgeAddCounts);
            report.say(Pointer::root(), Code::JudgeDocument, message, hint);
            None
        }
        (true, false) => totals_of(&obj, &mut report),
        (false, true) => series_of(&obj, &mut report),
    };
    match (settings, read, report.is_valid()) {
        (Some(settings), Some((points, series, latency)), true) => {
            Ok(Input { settings, points, series, latency })
        }
        _ => Err(report),
    }
}

type Read = (Vec<Point>, bool, Option<(Vec<f64>, Vec<f64>)>);

fn totals_of(obj: &Obj<'_>, report: &mut Report) -> Option<Read> {
    let baseline = side(obj, "baseline", LatencyShape::Minutes, report);
    let canary = side(obj, "canary", LatencyShape::Minutes, report);
    let ((baseline, lb), (canary, lc)) = (baseline?, canary?);
    let latency = latency_pair(obj, lb, lc, report)?;
    let point = Point { time: None, seconds: None, baseline, canary };
    Some((vec![point], false, latency))
}

fn series_of(obj: &Obj<'_>, report: &mut Report) -> Option<Read> {
    let items = obj.array("series", true, report)?;
    if items.is_empty() {
        let (message, hint) = (Msg::SeriesEmpty, Msg::SeriesAddPoint);
        report.say(obj.path("series"), Code::JudgeSeriesEmpty, message, hint);
        return None;
    }
    let mut points = Vec::with_capacity(items.len());
    let (mut lat_b, mut lat_c) = (Vec::new(), Vec::new());
    let mut ok = true;
    let mut previous: Option<(f64, String)> = None;
    for (i, item) in items.iter().enumerate() {
        let Some(p) = Obj::new(item, obj.path("series").join(i), "a series point", report) else {
            ok = false;
            continue;
        };
        p.only(&POINT, report);
        let time = p.require("time", report).and_then(|t| time_of(t, p.path("time"), report));
        if let Some(seconds) = time {
            let shown = p.get("time").map(Value::to_string).unwrap_or_default();
            if let Some((before, before_shown)) = &previous {
                if seconds <= *before {
                    report.say(
                        p.path("time"),
                        Code::JudgeSeriesOrder,
                        Msg::SeriesOrder { time: shown.clone(), before: before_shown.clone() },
                        Msg::SeriesSort,
                    );
                }
            }
            previous = Some((seconds, shown));
        }
        let baseline = side(&p, "baseline", LatencyShape::One, report);
        let canary = side(&p, "canary", LatencyShape::One, report);
        match (time, baseline, canary) {
            (Some(seconds), Some((baseline, lb)), Some((canary, lc))) => {
                if let Some(pair) = latency_pair(&p, lb, lc, report) {
                    if let Some((b, c)) = pair {
                        lat_b.extend(b);
                        lat_c.extend(c);
                    }
                } else {
                    ok = false;
                }
                let time = p.get("time").cloned();
                points.push(Point { time, seconds: Some(seconds), baseline, canary });
            }
            _ => ok = false,
        }
    }
    let latency = (!lat_b.is_empty()).then_some((lat_b, lat_c));
    ok.then_some((points, true, latency))
}

/// Where a side's latency may be given: per-minute values in an array (totals), or one value
/// (a series point).
#[derive(Clone, Copy, PartialEq, Eq)]
enum LatencyShape {
    Minutes,
    One,
}

/// A side `{"requests", "errors", "latency"?}`: its counts and latency values.
fn side(
    obj: &Obj<'_>,
    key: &str,
    shape: LatencyShape,
    report: &mut Report,
) -> Option<(Counts, Option<Vec<f64>>)> {
    let Some(s) = obj.object(key, report) else {
        if obj.get(key).is_none() {
            obj.require(key, report);
        }
        return None;
    };
    s.only(&SIDE, report);
    let requests = s.require("requests", report).and_then(|v| count(v, s.path("requests"), report));
    let errors = s.require("errors", report).and_then(|v| count(v, s.path("errors"), report));
    if let (Some(r), Some(e)) = (requests, errors) {
        if e > r {
            report.say(
                s.path("errors"),
                Code::JudgeErrorsExceed,
                Msg::ErrorsExceed { errors: e, requests: r },
                Msg::ErrorsAreFailed,
            );
            return None;
        }
    }
    let latency = match (shape, s.get("latency")) {
        (_, None) => Some(None),
        (LatencyShape::One, Some(v)) => {
            latency_value(v, s.path("latency"), report).map(|l| Some(vec![l]))
        }
        (LatencyShape::Minutes, Some(Value::Array(items))) => {
            let values: Vec<Option<f64>> = (items.iter().enumerate())
                .map(|(i, v)| latency_value(v, s.path("latency").join(i), report))
                .collect();
            values.into_iter().collect::<Option<Vec<f64>>>().map(Some)
        }
        (LatencyShape::Minutes, Some(other)) => {
            crate::check::type_error(
                report,
                s.path("latency"),
                "latency",
                "an array of per-minute values",
                other,
            );
            None
        }
    };
    Some((Counts { requests: requests?, errors: errors? }, latency?))
}

/// Latency on both sides or on neither: `Some(None)` for neither, `None` after a report.
fn latency_pair(
    obj: &Obj<'_>,
    baseline: Option<Vec<f64>>,
    canary: Option<Vec<f64>>,
    report: &mut Report,
) -> Option<Option<(Vec<f64>, Vec<f64>)>> {
    match (baseline, canary) {
        (None, None) => Some(None),
        (Some(b), Some(c)) => Some(Some((b, c))),
        (Some(_), None) | (None, Some(_)) => {
            let missing = if obj.map.get("canary").and_then(|c| c.get("latency")).is_some() {
                "baseline"
            } else {
                "canary"
            };
            report.say(
                obj.path(missing).join("latency"),
                Code::JudgeLatency,
                Msg::LatencyOneSide { missing: missing.to_owned() },
                Msg::LatencyBothSides,
            );
            None
        }
    }
}

fn latency_value(v: &Value, at: Pointer, report: &mut Report) -> Option<f64> {
    match v.as_f64() {
        Some(l) if v.is_number() && l >= 0.0 && l.is_finite() => Some(l),
        Some(l) if v.is_number() => {
            let message = Msg::LatencyRange { got: format!("{l}") };
            report.say(at, Code::JudgeLatency, message, Msg::LatencyStatistic);
            None
        }
        _ => {
            crate::check::type_error(report, at, "latency", "a number", v);
            None
        }
    }
}

/// A count: a whole number from 0 up (`120` or `120.0`, as CloudWatch prints it).
pub fn count(v: &Value, at: Pointer, report: &mut Report) -> Option<u64> {
    let Some(n) = v.as_f64().filter(|_| v.is_number()) else {
        let key = at.tokens().last().unwrap_or_default();
        crate::check::type_error(report, at, &key, "a number", v);
        return None;
    };
    let got = v.to_string();
    let problem = if n < 0.0 {
        Some(Msg::CountNegative { got })
    } else if n.fract() != 0.0 {
        Some(Msg::CountFraction { got })
    } else if n > MAX_COUNT {
        Some(Msg::CountTooLarge { got })
    } else {
        None
    };
    match problem {
        None => Some(n as u64),
        Some(message) => {
            report.say(at, Code::JudgeCount, message, Msg::CountsAreWhole);
            None
        }
    }
}

/// A time: an ISO 8601 UTC timestamp (`2026-01-01T00:01:00Z`, `+00:00`, fractions of a second
/// allowed), as seconds since the epoch; or a number of seconds (any origin).
pub fn time_of(v: &Value, at: Pointer, report: &mut Report) -> Option<f64> {
    let parsed = match v {
        Value::Number(n) => n.as_f64().filter(|s| s.is_finite()).ok_or_else(String::new),
        Value::String(s) => timestamp(s),
        _ => Err(String::new()),
    };
    match parsed {
        Ok(s) => Some(s),
        Err(why) => {
            let message = Msg::BadTime { time: v.to_string(), why };
            report.say(at, Code::JudgeTime, message, Msg::WriteTimes);
            None
        }
    }
}

/// An ISO 8601 UTC timestamp in seconds, fractional seconds kept.
fn timestamp(s: &str) -> Result<f64, String> {
    // `2026-01-01T00:01:00.250Z`: the fraction is read apart from the calendar time.
    let (head, rest) = s.split_at_checked(19).unwrap_or((s, ""));
    let (fraction, zone) = match rest.strip_prefix('.') {
        Some(r) => {
            let digits = r.bytes().take_while(u8::is_ascii_digit).count();
            let (d, zone) = r.split_at_checked(digits).unwrap_or((r, ""));
            let f = format!("0.{d}").parse::<f64>().map_err(|_| String::new())?;
            (if d.is_empty() { return Err(String::new()) } else { f }, zone)
        }
        None => (0.0, rest),
    };
    let secs = crate::clock::parse_iso8601(&format!("{head}{zone}")).map_err(|e| e.to_string())?;
    Ok(secs as f64 + fraction)
}

// ---------------------------------------------------------------- CloudWatch

/// One series read from CloudWatch: values by time, each with the pointer it came from.
struct Series {
    /// What the series is, for messages: `baseline requests (query "m1")`.
    what: String,
    /// Where its timestamps are, for a missing point's diagnostic.
    at: Pointer,
    values: Vec<(f64, String, f64, Pointer)>,
}

impl Series {
    fn get(&self, t: f64) -> Option<&(f64, String, f64, Pointer)> {
        self.values.iter().find(|v| v.0 == t)
    }
}

/// Reads the AWS CLI's CloudWatch output: a get-metric-data result with the options' queries,
/// or `{"baseline": {"requests": OUT, "errors": OUT, "latency"?: OUT}, "canary": {...}}` with a
/// get-metric-statistics output for each.
pub fn cloudwatch(doc: &Value, opts: &Options) -> Result<Input, Report> {
    let mut report = Report::new();
    let settings = settings(None, opts, &mut report);
    let Some(obj) = Obj::new(doc, Pointer::root(), "CloudWatch output", &mut report) else {
        return Err(report);
    };
    let series = if obj.get("MetricDataResults").is_some() {
        metric_data(&obj, opts.queries.as_ref(), &mut report)
    } else if obj.get("baseline").is_some() || obj.get("canary").is_some() {
        statistics_sides(&obj, &mut report)
    } else {
        let hint = if obj.get("Datapoints").is_some() {
            Msg::StatisticsPerSide
        } else {
            Msg::GiveMetricData
        };
        report.say(Pointer::root(), Code::JudgeCloudwatchOutput, Msg::NotCloudwatch, hint);
        None
    };
    let (Some(settings), Some(series), true) = (settings, series, report.is_valid()) else {
        return Err(report);
    };
    let [br, be, cr, ce, bl, cl] = series;
    let (Some(br), Some(be), Some(cr), Some(ce)) = (br, be, cr, ce) else {
        return Err(report);
    };
    // Every period any count series has must be in all four.
    let mut times: Vec<f64> =
        [&br, &be, &cr, &ce].iter().flat_map(|s| s.values.iter().map(|v| v.0)).collect();
    times.sort_unstable_by(f64::total_cmp);
    times.dedup();
    if times.is_empty() {
        report.say(Pointer::root(), Code::JudgeSeriesEmpty, Msg::NoDatapoints, Msg::WidenRange);
        return Err(report);
    }
    let mut points = Vec::with_capacity(times.len());
    for &t in &times {
        let got: Vec<Option<&(f64, String, f64, Pointer)>> =
            [&br, &be, &cr, &ce].iter().map(|s| s.get(t)).collect();
        let shown = got.iter().flatten().next().map(|v| v.1.clone()).unwrap_or_default();
        for (s, g) in [&br, &be, &cr, &ce].iter().zip(&got) {
            if g.is_none() {
                report.say(
                    s.at.clone(),
                    Code::JudgeCloudwatchMissing,
                    Msg::PeriodMissing { what: s.what.clone(), time: shown.clone() },
                    Msg::FillZero,
                );
            }
        }
        if let [Some(b_r), Some(b_e), Some(c_r), Some(c_e)] = got.as_slice() {
            let fits = |r: &(f64, String, f64, Pointer),
                        e: &(f64, String, f64, Pointer),
                        report: &mut Report| {
                if e.2 > r.2 {
                    report.say(
                        e.3.clone(),
                        Code::JudgeErrorsExceed,
                        Msg::ErrorsAt {
                            errors: e.2.to_string(),
                            time: e.1.clone(),
                            requests: r.2.to_string(),
                        },
                        Msg::SameSideMetrics,
                    );
                }
            };
            fits(b_r, b_e, &mut report);
            fits(c_r, c_e, &mut report);
            points.push(Point {
                time: Some(Value::String(shown.clone())),
                seconds: Some(t),
                baseline: Counts { requests: b_r.2 as u64, errors: b_e.2 as u64 },
                canary: Counts { requests: c_r.2 as u64, errors: c_e.2 as u64 },
            });
        }
    }
    if !report.is_valid() {
        return Err(report);
    }
    let latency = match (bl, cl) {
        (Some(b), Some(c)) => {
            let mut pairs: Vec<(f64, f64, f64)> =
                b.values.iter().filter_map(|v| c.get(v.0).map(|w| (v.0, v.2, w.2))).collect();
            pairs.sort_unstable_by(|a, b| a.0.total_cmp(&b.0));
            (!pairs.is_empty())
                .then(|| (pairs.iter().map(|p| p.1).collect(), pairs.iter().map(|p| p.2).collect()))
        }
        _ => None,
    };
    Ok(Input { settings, points, series: true, latency })
}

/// The six series (baseline requests, errors, canary requests, errors, baseline latency, canary
/// latency) of a get-metric-data output.
fn metric_data(
    obj: &Obj<'_>,
    queries: Option<&Queries>,
    report: &mut Report,
) -> Option<[Option<Series>; 6]> {
    let results = obj.array("MetricDataResults", true, report)?;
    if let Some(token) = obj.get("NextToken") {
        report.say(
            obj.path("NextToken"),
            Code::JudgeCloudwatchStatus,
            Msg::NextToken { token: token.to_string() },
            Msg::FetchPages,
        );
    }
    let Some(q) = queries else {
        let ids: Vec<String> =
            results.iter().filter_map(|r| r.get("Id")?.as_str()).map(str::to_owned).collect();
        report.say(
            obj.path("MetricDataResults"),
            Code::JudgeCloudwatchOutput,
            Msg::NameQueries { ids: ids.join(", ") },
            Msg::QueryOptions,
        );
        return None;
    };
    let find = |id: &str, what: &str, role: Role, report: &mut Report| -> Option<Series> {
        let found = results.iter().position(|r| r.get("Id").and_then(Value::as_str) == Some(id));
        let Some(i) = found else {
            let ids: Vec<&str> = results.iter().filter_map(|r| r.get("Id")?.as_str()).collect();
            report.say(
                obj.path("MetricDataResults"),
                Code::JudgeCloudwatchOutput,
                Msg::NoQuery { id: id.to_owned(), what: what.to_owned(), ids: ids.join(", ") },
                Msg::NameRunIds,
            );
            return None;
        };
        let at = obj.path("MetricDataResults").join(i);
        let r = Obj::new(results.get(i)?, at, "a MetricDataResults item", report)?;
        match r.string("StatusCode", false, report) {
            None | Some("Complete") => {}
            Some("PartialData") => report.say(
                r.path("StatusCode"),
                Code::JudgeCloudwatchStatus,
                Msg::PartialData { what: what.to_owned() },
                Msg::FetchPages,
            ),
            Some(other) => report.say(
                r.path("StatusCode"),
                Code::JudgeCloudwatchStatus,
                Msg::QueryStatus { what: what.to_owned(), status: other.to_owned() },
                Msg::SeeMessages,
            ),
        }
        let what = format!("{what} (query \"{id}\")");
        let times = r.array("Timestamps", true, report)?;
        let values = r.array("Values", true, report)?;
        if times.len() != values.len() {
            report.say(
                r.path("Values"),
                Code::JudgeCloudwatchOutput,
                Msg::LengthsDiffer { what: what.clone(), times: times.len(), values: values.len() },
                Msg::AsPrinted,
            );
            return None;
        }
        let mut out = Vec::with_capacity(times.len());
        for (j, (t, v)) in times.iter().zip(values).enumerate() {
            let t_at = r.path("Timestamps").join(j);
            let v_at = r.path("Values").join(j);
            let (Some(secs), Some(value)) =
                (time_of(t, t_at, report), role.value(v, v_at.clone(), report))
            else {
                continue;
            };
            out.push((secs, t.as_str().map_or_else(|| t.to_string(), str::to_owned), value, v_at));
        }
        Some(Series { what, at: r.path("Timestamps"), values: unique(out, report)? })
    };
    let mut series = [None, None, None, None, None, None];
    let wanted = [
        (Some(&q.baseline.requests), "baseline requests", Role::Count),
        (Some(&q.baseline.errors), "baseline errors", Role::Count),
        (Some(&q.canary.requests), "canary requests", Role::Count),
        (Some(&q.canary.errors), "canary errors", Role::Count),
        (q.baseline.latency.as_ref(), "baseline latency", Role::Latency),
        (q.canary.latency.as_ref(), "canary latency", Role::Latency),
    ];
    for (slot, (id, what, role)) in series.iter_mut().zip(wanted) {
        if let Some(id) = id {
            *slot = find(id, what, role, report);
        }
    }
    Some(series)
}

/// What a series holds: counts, or latency in milliseconds.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    Count,
    Latency,
}

impl Role {
    fn value(self, v: &Value, at: Pointer, report: &mut Report) -> Option<f64> {
        match self {
            Role::Count => count(v, at, report).map(|n| n as f64),
            Role::Latency => latency_value(v, at, report),
        }
    }
}

/// The values with each time once; a repeated time is reported.
fn unique(
    mut values: Vec<(f64, String, f64, Pointer)>,
    report: &mut Report,
) -> Option<Vec<(f64, String, f64, Pointer)>> {
    values.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut ok = true;
    for pair in values.windows(2) {
        if let [a, b] = pair {
            if a.0 == b.0 {
                ok = false;
                report.say(
                    b.3.clone(),
                    Code::JudgeCloudwatchOutput,
                    Msg::PeriodTwice { time: b.1.clone() },
                    Msg::MergeOnce,
                );
            }
        }
    }
    ok.then_some(values)
}

/// The series of `{"baseline": {"requests", "errors", "latency"?}, "canary": {...}}`, each a
/// get-metric-statistics output.
fn statistics_sides(obj: &Obj<'_>, report: &mut Report) -> Option<[Option<Series>; 6]> {
    obj.only(&["baseline", "canary"], report);
    let mut series = [None, None, None, None, None, None];
    for (side, offset) in [("baseline", 0), ("canary", 2)] {
        let Some(s) = obj.object(side, report) else {
            obj.require(side, report);
            continue;
        };
        s.only(&["requests", "errors", "latency"], report);
        for (key, stat, slot) in [
            ("requests", Stat::SampleCount, offset),
            ("errors", Stat::Sum, offset + 1),
            ("latency", Stat::Latency, 4 + offset / 2),
        ] {
            let Some(out) = s.object(key, report) else {
                if key != "latency" && s.get(key).is_none() {
                    s.require(key, report);
                }
                continue;
            };
            if let Some(place) = series.get_mut(slot) {
                *place = statistics(&out, &format!("{side} {key}"), stat, report);
            }
        }
    }
    Some(series)
}

/// Which statistic of a get-metric-statistics datapoint a role reads.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Stat {
    /// Requests: SampleCount (of Count, or of 5XXError: one sample per request).
    SampleCount,
    /// Errors: 5XXError's Sum.
    Sum,
    /// Latency: the one extended statistic (a percentile), else Average.
    Latency,
}

/// One get-metric-statistics output as a series.
fn statistics(out: &Obj<'_>, what: &str, stat: Stat, report: &mut Report) -> Option<Series> {
    let label = out.string("Label", false, report);
    if stat == Stat::Sum && label.is_some_and(|l| l != "5XXError") {
        report.say(
            out.path("Label"),
            Code::JudgeCloudwatchMetric,
            Msg::Not5xx { what: what.to_owned(), label: label.unwrap_or_default().to_owned() },
            Msg::Run5xxSum,
        );
        return None;
    }
    let points = out.array("Datapoints", true, report)?;
    let mut values = Vec::with_capacity(points.len());
    for (i, p) in points.iter().enumerate() {
        let Some(d) = Obj::new(p, out.path("Datapoints").join(i), "a datapoint", report) else {
            continue;
        };
        let time =
            d.require("Timestamp", report).and_then(|t| time_of(t, d.path("Timestamp"), report));
        let (key, at, v) = match stat {
            Stat::SampleCount => ("SampleCount", d.path("SampleCount"), d.get("SampleCount")),
            Stat::Sum => ("Sum", d.path("Sum"), d.get("Sum")),
            Stat::Latency => match d.get("ExtendedStatistics").and_then(Value::as_object) {
                Some(m) if m.len() == 1 => {
                    let (k, v) = m.iter().next()?;
                    ("ExtendedStatistics", d.path("ExtendedStatistics").join(k), Some(v))
                }
                _ => ("Average", d.path("Average"), d.get("Average")),
            },
        };
        let Some(v) = v else {
            let flag = match stat {
                Stat::SampleCount => "--statistics SampleCount",
                Stat::Sum => "--statistics Sum",
                Stat::Latency => "--statistics Average (or --extended-statistics p99)",
            };
            report.say(
                at,
                Code::JudgeCloudwatchMetric,
                Msg::NoStatistic { what: what.to_owned(), key: key.to_owned() },
                Msg::RunWith { flag: flag.to_owned() },
            );
            continue;
        };
        let role = if stat == Stat::Latency { Role::Latency } else { Role::Count };
        let value = role.value(v, at.clone(), report);
        if let (Some(secs), Some(value)) = (time, value) {
            let shown = d.get("Timestamp").and_then(Value::as_str).unwrap_or_default().to_owned();
            values.push((secs, shown, value, at));
        }
    }
    Some(Series {
        what: what.to_owned(),
        at: out.path("Datapoints"),
        values: unique(values, report)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn timestamps_read_with_and_without_fractions() {
        assert_eq!(timestamp("1970-01-01T00:01:00Z"), Ok(60.0));
        assert_eq!(timestamp("1970-01-01T00:01:00+00:00"), Ok(60.0));
        assert_eq!(timestamp("1970-01-01T00:01:00.5Z"), Ok(60.5));
        assert!(timestamp("1970-01-01T00:01:00.Z").is_err());
        assert!(timestamp("yesterday").is_err());
    }

    #[test]
    fn settings_come_from_options_first() {
        let doc = json!({"tolerance": 0.01, "baseline": {"requests": 1, "errors": 0},
                         "canary": {"requests": 1, "errors": 0}});
        let opts = Options { alpha: Some(0.1), ..Options::default() };
        let input = document(&doc, &opts).unwrap();
        assert_eq!(input.settings, Settings { alpha: 0.1, tolerance: 0.01 });
    }
}
