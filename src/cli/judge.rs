//! `canarylab judge` (may I promote yet?) and `canarylab ramp` (how should I ramp?): the
//! documents of docs/judge.md read through the host, the core's answer printed, and the verdict
//! as the exit code a deploy script gates on.

use std::fmt::Write as _;

use serde_json::{Map, Value};

use super::{Arg, Args, EXIT_INVALID, EXIT_USAGE, Host, Outcome, is_help, read_input, to_pretty};
use crate::i18n::{Lang, Msg};
use crate::judge::input::{Options, Queries, SideQueries, Source};
use crate::judge::stats::Verdict;
use crate::judge::{self, percent, significant};
use crate::report::Report;

pub(super) const JUDGE_USAGE: &str =
    "judge DOC|- [--alpha A] [--tolerance T] [--input document|cloudwatch] [--format json|text]";
pub(super) const RAMP_USAGE: &str = "ramp DOC|- [--format json|script]";

/// Exit code: the judge says promote.
pub(super) const EXIT_PROMOTE: i32 = 0;
/// Exit code: the judge says roll back.
pub(super) const EXIT_ROLLBACK: i32 = 1;
/// Exit code: the judge says wait.
pub(super) const EXIT_WAIT: i32 = 3;

fn judge_help(lang: Lang) -> String {
    Msg::UsageLine { usage: JUDGE_USAGE.to_owned() }.render(lang) + &Msg::HelpJudge.render(lang)
}

fn ramp_help(lang: Lang) -> String {
    Msg::UsageLine { usage: RAMP_USAGE.to_owned() }.render(lang) + &Msg::HelpRamp.render(lang)
}

/// The output format of `judge`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Json,
    Text,
}

/// Which get-metric-statistics file holds each series: `(side, role, file)`.
type Files = Vec<(String, String, String)>;

/// The six series options of `--input cloudwatch`, in order.
const SERIES: [(&str, &str, &str); 6] = [
    ("--baseline-requests", "baseline", "requests"),
    ("--baseline-errors", "baseline", "errors"),
    ("--canary-requests", "canary", "requests"),
    ("--canary-errors", "canary", "errors"),
    ("--baseline-latency", "baseline", "latency"),
    ("--canary-latency", "canary", "latency"),
];

pub(super) fn judge(mut p: Args, host: &mut dyn Host) -> Result<Outcome, Msg> {
    let lang = p.lang;
    let mut file = None;
    let mut opts = Options::default();
    let mut format = Format::Json;
    let mut series: [Option<String>; 6] = Default::default();
    while let Some(arg) = p.next()? {
        match arg {
            Arg::Opt(o) if is_help(&o) => return Ok(Outcome::ok(judge_help(lang))),
            Arg::Opt(o) if o == "--alpha" || o == "--tolerance" => {
                let v = p.value(&o)?;
                let n = crate::doc::number(&v)
                    .ok_or_else(|| Msg::NeedsNumber { opt: o.clone(), value: v.clone() })?;
                if o == "--alpha" {
                    opts.alpha = Some(n);
                } else {
                    opts.tolerance = Some(n);
                }
            }
            Arg::Opt(o) if o == "--input" => {
                opts.input = match p.value(&o)?.as_str() {
                    "document" => Source::Document,
                    "cloudwatch" => Source::Cloudwatch,
                    other => {
                        return Err(Msg::UnknownJudgeInput { value: other.to_owned() });
                    }
                };
            }
            Arg::Opt(o) if o == "--format" || o == "-f" => {
                format = match p.value(&o)?.as_str() {
                    "json" => Format::Json,
                    "text" => Format::Text,
                    other => {
                        let choices = "json, text".into();
                        return Err(Msg::UnknownFormat { value: other.to_owned(), choices });
                    }
                };
            }
            Arg::Opt(o) if SERIES.iter().any(|s| s.0 == o) => {
                let v = p.value(&o)?;
                if let Some(slot) =
                    SERIES.iter().position(|s| s.0 == o).and_then(|i| series.get_mut(i))
                {
                    *slot = Some(v);
                }
            }
            Arg::Value(v) if file.is_none() => file = Some(v),
            other => return Err(other.unexpected()),
        }
    }
    if opts.input == Source::Document && series.iter().any(Option::is_some) {
        return Err(Msg::SeriesWithCloudwatch);
    }
    let (doc, files) = match (opts.input, file) {
        (Source::Document, None) => {
            return Err(Msg::NeedsFile { command: "judge".into(), what: "DOC".into() });
        }
        (Source::Document, Some(f)) => match read_json(host, &f, lang) {
            Ok(doc) => (doc, None),
            Err(o) => return Ok(o),
        },
        (Source::Cloudwatch, file) => {
            let missing: Vec<&str> = SERIES
                .iter()
                .zip(&series)
                .take(4)
                .filter(|(_, v)| v.is_none())
                .map(|(s, _)| s.0)
                .collect();
            if !missing.is_empty() {
                return Err(Msg::CloudwatchNeeds { list: missing.join(", ") });
            }
            if series[4].is_some() != series[5].is_some() {
                return Err(Msg::LatencyTogether);
            }
            if opts.tolerance.is_none() {
                return Err(Msg::CloudwatchNeedsTolerance);
            }
            match file {
                Some(f) => {
                    let [br, be, cr, ce, bl, cl] = series;
                    let side =
                        |requests: Option<String>, errors: Option<String>, latency| SideQueries {
                            requests: requests.unwrap_or_default(),
                            errors: errors.unwrap_or_default(),
                            latency,
                        };
                    opts.queries =
                        Some(Queries { baseline: side(br, be, bl), canary: side(cr, ce, cl) });
                    match read_json(host, &f, lang) {
                        Ok(doc) => (doc, None),
                        Err(o) => return Ok(o),
                    }
                }
                None => match statistics_files(host, &series, lang) {
                    Ok((doc, files)) => (doc, Some(files)),
                    Err(o) => return Ok(o),
                },
            }
        }
    };
    Ok(match judge::judge_in(&doc, &opts, lang) {
        Ok(value) => verdict(&value, format, lang),
        Err(report) => bad_input(&report, format, files.as_ref(), lang),
    })
}

/// Reads a file (or standard input) as JSON; malformed JSON is bad input (exit 2).
fn read_json(host: &mut dyn Host, file: &str, lang: Lang) -> Result<Value, Outcome> {
    let text = read_input(host, file, lang)?;
    let mut report = Report::new();
    crate::doc::parse_into_report(&text, &mut report).ok_or_else(|| Outcome {
        code: EXIT_USAGE,
        stdout: String::new(),
        stderr: prefixed(&report, Some(file), lang),
    })
}

/// The get-metric-statistics files of `--input cloudwatch` without DOC, as the core's
/// `{"baseline": {"requests": OUT, ...}, "canary": {...}}`; each file read once.
fn statistics_files(
    host: &mut dyn Host,
    series: &[Option<String>; 6],
    lang: Lang,
) -> Result<(Value, Files), Outcome> {
    let mut read: Vec<(String, Value)> = Vec::new();
    let mut sides: Map<String, Value> = Map::new();
    let mut files = Vec::new();
    for ((_, side, role), file) in SERIES.iter().zip(series) {
        let Some(file) = file else { continue };
        let value = match read.iter().find(|(f, _)| f == file) {
            Some((_, v)) => v.clone(),
            None => {
                let v = read_json(host, file, lang)?;
                read.push((file.clone(), v.clone()));
                v
            }
        };
        if let Value::Object(m) =
            sides.entry((*side).to_owned()).or_insert_with(|| Value::Object(Map::new()))
        {
            m.insert((*role).to_owned(), value);
        }
        files.push(((*side).to_owned(), (*role).to_owned(), file.clone()));
    }
    Ok((Value::Object(sides), files))
}

/// Diagnostics as text lines; with `files`, a diagnostic inside one of the get-metric-statistics
/// files names that file and the pointer inside it. In `lang`.
fn prefixed(report: &Report, file: Option<&str>, lang: Lang) -> String {
    let mut out = String::new();
    for d in report.diagnostics() {
        let line = d.localized(lang).to_line_in(lang);
        match file {
            Some(f) => {
                let _ = writeln!(out, "{f}: {line}");
            }
            None => {
                let _ = writeln!(out, "{line}");
            }
        }
    }
    out
}

/// `report` is written in `lang` already; its lines take that language's labels.
fn bad_input(report: &Report, format: Format, files: Option<&Files>, lang: Lang) -> Outcome {
    let mut stderr = String::new();
    for d in report.diagnostics() {
        let tokens: Vec<String> = d.path.tokens().collect();
        let file = files.and_then(|fs| {
            let (side, role) = (tokens.first()?, tokens.get(1)?);
            fs.iter().find(|(s, r, _)| s == side && r == role).map(|f| f.2.clone())
        });
        match file {
            Some(f) => {
                let mut inner = crate::pointer::Pointer::root();
                for t in tokens.iter().skip(2) {
                    inner.push(t);
                }
                let mut d = d.clone();
                d.path = inner;
                let _ = writeln!(stderr, "{f}: {}", d.to_line_in(lang));
            }
            None => {
                let _ = writeln!(stderr, "{}", d.to_line_in(lang));
            }
        }
    }
    let stdout = if format == Format::Json { to_pretty(&report.to_json()) } else { String::new() };
    Outcome { code: EXIT_USAGE, stdout, stderr }
}

/// The judgement (its reason in `lang` already) as JSON, or as text with the labels of `lang`.
fn verdict(value: &Value, format: Format, lang: Lang) -> Outcome {
    let code = match value.get("verdict").and_then(Value::as_str) {
        Some("promote") => EXIT_PROMOTE,
        Some("rollback") => EXIT_ROLLBACK,
        _ => EXIT_WAIT,
    };
    let stdout = match format {
        Format::Json => to_pretty(value),
        Format::Text => match serde_json::from_value::<TextView>(value.clone()) {
            Ok(j) => j.text(lang),
            Err(_) => to_pretty(value),
        },
    };
    Outcome { code, stdout, stderr: String::new() }
}

/// The parts of a judgement (`judge::Judgement`) the text format prints; should a field be
/// renamed, `--format text` falls back to JSON and the CLI test of the text format fails.
#[derive(serde::Deserialize)]
#[serde(rename_all = "camelCase")]
struct TextView {
    verdict: Verdict,
    reason: String,
    alpha: f64,
    tolerance: f64,
    p_value: f64,
    difference: DifferenceView,
    needed: Option<NeededView>,
}

#[derive(serde::Deserialize)]
#[serde(rename_all = "camelCase")]
struct DifferenceView {
    estimate: f64,
    confidence_sequence: [f64; 2],
}

#[derive(serde::Deserialize)]
#[serde(rename_all = "camelCase")]
struct NeededView {
    toward: Verdict,
    canary_requests: u64,
    requests: u64,
    minutes: Option<f64>,
}

impl TextView {
    fn text(&self, lang: Lang) -> String {
        let [lo, hi] = self.difference.confidence_sequence;
        let mut s = format!("{}: {}\n", self.verdict.name(), self.reason);
        let figures = Msg::JudgeFigures {
            p: significant(self.p_value),
            alpha: significant(self.alpha),
            estimate: percent(self.difference.estimate),
            interval: format!("[{}, {}]", percent(lo), percent(hi)),
            tolerance: percent(self.tolerance),
        };
        let _ = writeln!(s, "{}", figures.render(lang));
        if let Some(n) = &self.needed {
            let needed = Msg::JudgeNeeded {
                canary_requests: n.canary_requests,
                requests: n.requests,
                minutes: n.minutes.map(|m| format!("{m}")),
                toward: n.toward.name().to_owned(),
            };
            let _ = writeln!(s, "{}", needed.render(lang));
        }
        s
    }
}

pub(super) fn ramp(mut p: Args, host: &mut dyn Host) -> Result<Outcome, Msg> {
    let lang = p.lang;
    let mut file = None;
    let mut script = false;
    while let Some(arg) = p.next()? {
        match arg {
            Arg::Opt(o) if is_help(&o) => return Ok(Outcome::ok(ramp_help(lang))),
            Arg::Opt(o) if o == "--format" || o == "-f" => {
                script = match p.value(&o)?.as_str() {
                    "json" => false,
                    "script" => true,
                    other => {
                        let choices = "json, script".into();
                        return Err(Msg::UnknownFormat { value: other.to_owned(), choices });
                    }
                };
            }
            Arg::Value(v) if file.is_none() => file = Some(v),
            other => return Err(other.unexpected()),
        }
    }
    let Some(file) = file else {
        return Err(Msg::NeedsFile { command: "ramp".into(), what: "DOC".into() });
    };
    let text = match read_input(host, &file, lang) {
        Ok(t) => t,
        Err(o) => return Ok(o),
    };
    Ok(match crate::doc::with_document(&text, |d| judge::ramp::ramp_in(d, lang)) {
        Ok(plan) if script => {
            Outcome::ok(plan.get("script").and_then(Value::as_str).unwrap_or_default().to_owned())
        }
        Ok(plan) => Outcome::ok(to_pretty(&plan)),
        Err(report) => {
            Outcome { code: EXIT_INVALID, stdout: String::new(), stderr: report.to_text_in(lang) }
        }
    })
}
