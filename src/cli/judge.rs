//! `canarylab judge` (may I promote yet?) and `canarylab ramp` (how should I ramp?): the
//! documents of docs/judge.md read through the host, the core's answer printed, and the verdict
//! as the exit code a deploy script gates on.

use std::fmt::Write as _;

use serde_json::{Map, Value};

use super::{Arg, Args, EXIT_INVALID, EXIT_USAGE, Host, Outcome, is_help, read_input, to_pretty};
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

fn judge_help() -> String {
    format!(
        "Usage: canarylab {JUDGE_USAGE}\n\
         \n\
         May the canary be promoted yet? Reads the requests and errors of both sides and answers\n\
         rollback, wait or promote with tests that stay valid however often you run it (docs/judge.md).\n\
         \n\
         DOC (default --input document): {{\"alpha\"?, \"tolerance\", \"baseline\": {{\"requests\", \"errors\"}},\n\
         \"canary\": {{...}}}}, or {{\"alpha\"?, \"tolerance\", \"series\": [{{\"time\", \"baseline\", \"canary\"}}, ...]}}\n\
         with each point one interval's counts (not running totals). --alpha and --tolerance override the\n\
         document's (alpha defaults to 0.05; tolerance, the largest increase in error rate you accept, is\n\
         required: 0.005 is half a percentage point).\n\
         \n\
         --input cloudwatch: the JSON `aws cloudwatch get-metric-data` prints, as DOC, with the query Id of\n\
         each series:\n\
           --baseline-requests ID --baseline-errors ID --canary-requests ID --canary-errors ID\n\
           [--baseline-latency ID --canary-latency ID]\n\
         (requests: Count's SampleCount; errors: 5XXError's Sum; latency: a per-minute Latency statistic).\n\
         Without DOC, each of those options names a FILE holding what `get-metric-statistics` prints for\n\
         that series (5XXError with --statistics SampleCount Sum serves as both requests and errors).\n\
         Periods are sorted by time; a period missing from one series, PartialData or a NextToken is an\n\
         error. --tolerance is required; the canary's metrics dimension is yours to name in the query.\n\
         \n\
         Output: JSON (default) {{\"verdict\", \"reason\", \"pValue\", \"difference\": {{\"estimate\",\n\
         \"confidenceSequence\"}}, \"needed\", \"latency\"?, \"history\"?, ...}}; --format text: a verdict line.\n\
         Exit: 0 promote, 1 rollback, 3 wait, 2 bad input (diagnostics on stderr), usage error or\n\
         unreadable file.\n"
    )
}

fn ramp_help() -> String {
    format!(
        "Usage: canarylab {RAMP_USAGE}\n\
         \n\
         Plans a canary's ramp (docs/judge.md, \"Planning a ramp\"). DOC: {{\"baselineErrorRate\",\n\
         \"requestsPerSecond\", \"tolerance\", \"alpha\"? (0.05), \"power\"? (0.8), \"steps\"? ([1, 5, 25, 100]),\n\
         \"minMinutes\"? (1), \"aws\"?: {{\"restApiId\", \"stageName\", \"apiName\", \"baselineMetricsStage\",\n\
         \"canaryMetricsStage\"}}, \"ncp\"?: {{\"productId\", \"apiId\", \"stageId\", \"canaryEndpointDomain\"}}}}.\n\
         \n\
         Prints the plan as JSON: minutes a step, each step's requests and blast radius, the AWS calls\n\
         (CreateDeployment, UpdateStage patchOperations, the promotion) and NCP calls (Edit Canary bodies,\n\
         PromoteCanary) of each step, the rollback calls, and \"script\": a bash script that runs the ramp\n\
         with the AWS CLI and `canarylab judge` after every minute. --format script prints the script alone.\n\
         Exit: 0 planned, 1 invalid document, 2 usage error or unreadable file.\n"
    )
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

pub(super) fn judge(mut p: Args, host: &mut dyn Host) -> Result<Outcome, String> {
    let mut file = None;
    let mut opts = Options::default();
    let mut format = Format::Json;
    let mut series: [Option<String>; 6] = Default::default();
    while let Some(arg) = p.next()? {
        match arg {
            Arg::Opt(o) if is_help(&o) => return Ok(Outcome::ok(judge_help())),
            Arg::Opt(o) if o == "--alpha" || o == "--tolerance" => {
                let v = p.value(&o)?;
                let n = crate::doc::number(&v)
                    .ok_or_else(|| format!("{o} needs a number such as 0.05, got '{v}'"))?;
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
                        return Err(format!("unknown input '{other}': use document or cloudwatch"));
                    }
                };
            }
            Arg::Opt(o) if o == "--format" || o == "-f" => {
                format = match p.value(&o)?.as_str() {
                    "json" => Format::Json,
                    "text" => Format::Text,
                    other => return Err(format!("unknown format '{other}': use json or text")),
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
        return Err(
            "the series options (--baseline-requests, ...) go with --input cloudwatch".to_owned()
        );
    }
    let (doc, files) = match (opts.input, file) {
        (Source::Document, None) => {
            return Err("judge needs a DOC file (or - for standard input)".to_owned());
        }
        (Source::Document, Some(f)) => match read_json(host, &f) {
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
                return Err(format!("--input cloudwatch needs {}", missing.join(", ")));
            }
            if series[4].is_some() != series[5].is_some() {
                return Err("give --baseline-latency and --canary-latency together".to_owned());
            }
            if opts.tolerance.is_none() {
                return Err("--input cloudwatch needs --tolerance (such as 0.005)".to_owned());
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
                    match read_json(host, &f) {
                        Ok(doc) => (doc, None),
                        Err(o) => return Ok(o),
                    }
                }
                None => match statistics_files(host, &series) {
                    Ok((doc, files)) => (doc, Some(files)),
                    Err(o) => return Ok(o),
                },
            }
        }
    };
    Ok(match judge::judge(&doc, &opts) {
        Ok(value) => verdict(&value, format),
        Err(report) => bad_input(&report, format, files.as_ref()),
    })
}

/// Reads a file (or standard input) as JSON; malformed JSON is bad input (exit 2).
fn read_json(host: &mut dyn Host, file: &str) -> Result<Value, Outcome> {
    let text = read_input(host, file)?;
    let mut report = Report::new();
    crate::doc::parse_into_report(&text, &mut report).ok_or_else(|| Outcome {
        code: EXIT_USAGE,
        stdout: String::new(),
        stderr: prefixed(&report, Some(file)),
    })
}

/// The get-metric-statistics files of `--input cloudwatch` without DOC, as the core's
/// `{"baseline": {"requests": OUT, ...}, "canary": {...}}`; each file read once.
fn statistics_files(
    host: &mut dyn Host,
    series: &[Option<String>; 6],
) -> Result<(Value, Files), Outcome> {
    let mut read: Vec<(String, Value)> = Vec::new();
    let mut sides: Map<String, Value> = Map::new();
    let mut files = Vec::new();
    for ((_, side, role), file) in SERIES.iter().zip(series) {
        let Some(file) = file else { continue };
        let value = match read.iter().find(|(f, _)| f == file) {
            Some((_, v)) => v.clone(),
            None => {
                let v = read_json(host, file)?;
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
/// files names that file and the pointer inside it.
fn prefixed(report: &Report, file: Option<&str>) -> String {
    let mut out = String::new();
    for d in report.diagnostics() {
        let line = d.to_line();
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

fn bad_input(report: &Report, format: Format, files: Option<&Files>) -> Outcome {
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
                let _ = writeln!(stderr, "{f}: {}", d.to_line());
            }
            None => {
                let _ = writeln!(stderr, "{}", d.to_line());
            }
        }
    }
    let stdout = if format == Format::Json { to_pretty(&report.to_json()) } else { String::new() };
    Outcome { code: EXIT_USAGE, stdout, stderr }
}

fn verdict(value: &Value, format: Format) -> Outcome {
    let code = match value.get("verdict").and_then(Value::as_str) {
        Some("promote") => EXIT_PROMOTE,
        Some("rollback") => EXIT_ROLLBACK,
        _ => EXIT_WAIT,
    };
    let stdout = match format {
        Format::Json => to_pretty(value),
        Format::Text => match serde_json::from_value::<TextView>(value.clone()) {
            Ok(j) => j.text(),
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
    fn text(&self) -> String {
        let [lo, hi] = self.difference.confidence_sequence;
        let mut s = format!("{}: {}\n", self.verdict.name(), self.reason);
        let _ = writeln!(
            s,
            "  p-value {} (rollback at {}); difference {} in [{}, {}] (promote below {})",
            significant(self.p_value),
            significant(self.alpha),
            percent(self.difference.estimate),
            percent(lo),
            percent(hi),
            percent(self.tolerance)
        );
        if let Some(n) = &self.needed {
            let minutes = n.minutes.map(|m| format!(", about {m} minutes")).unwrap_or_default();
            let _ = writeln!(
                s,
                "  needed: about {} more canary requests ({} in all{minutes}), toward {}",
                n.canary_requests,
                n.requests,
                n.toward.name()
            );
        }
        s
    }
}

pub(super) fn ramp(mut p: Args, host: &mut dyn Host) -> Result<Outcome, String> {
    let mut file = None;
    let mut script = false;
    while let Some(arg) = p.next()? {
        match arg {
            Arg::Opt(o) if is_help(&o) => return Ok(Outcome::ok(ramp_help())),
            Arg::Opt(o) if o == "--format" || o == "-f" => {
                script = match p.value(&o)?.as_str() {
                    "json" => false,
                    "script" => true,
                    other => return Err(format!("unknown format '{other}': use json or script")),
                };
            }
            Arg::Value(v) if file.is_none() => file = Some(v),
            other => return Err(other.unexpected()),
        }
    }
    let Some(file) = file else {
        return Err("ramp needs a DOC file (or - for standard input)".to_owned());
    };
    let text = match read_input(host, &file) {
        Ok(t) => t,
        Err(o) => return Ok(o),
    };
    Ok(match crate::doc::with_document(&text, judge::ramp::ramp) {
        Ok(plan) if script => {
            Outcome::ok(plan.get("script").and_then(Value::as_str).unwrap_or_default().to_owned())
        }
        Ok(plan) => Outcome::ok(to_pretty(&plan)),
        Err(report) => {
            Outcome { code: EXIT_INVALID, stdout: String::new(), stderr: report.to_text() }
        }
    })
}
