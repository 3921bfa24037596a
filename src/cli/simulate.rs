//! `canarylab simulate`: a traffic document run to its summary, in chunks, with a progress bar on
//! standard error for runs that take a while.
//!
//! The bar is drawn only when standard error is a terminal and the run has taken more than a
//! second (`--progress` draws it from the start, and where standard error is not a terminal it
//! prints a line at every tenth instead of redrawing one); it is erased when the run ends, so what
//! a terminal keeps is the same as what a pipe gets. The clock, the terminal and the immediate
//! writes are the [`Host`]'s.

use super::{Arg, Args, Host, Outcome, invalid_in, is_help, read_input, to_pretty};
use crate::i18n::Msg;
use crate::traffic::engine::Progress;

pub(super) const USAGE: &str = "simulate CONFIG|- [--seed N] [--progress]";

/// Work between two looks at the clock: a few milliseconds natively.
const CHUNK: u64 = 1 << 19;

/// A run shows its bar once it has taken this long.
const QUIET_MS: f64 = 1_000.0;

pub(super) fn simulate(mut p: Args, host: &mut dyn Host) -> Result<Outcome, Msg> {
    let lang = p.lang;
    let mut file = None;
    let mut seed = None;
    let mut forced = false;
    while let Some(arg) = p.next()? {
        match arg {
            Arg::Opt(o) if is_help(&o) => {
                let usage = Msg::UsageLine { usage: USAGE.to_owned() }.render(lang);
                return Ok(Outcome::ok(usage + &Msg::HelpSimulate.render(lang)));
            }
            Arg::Opt(o) if o == "--seed" => {
                let v = p.value(&o)?;
                match v.parse::<u64>() {
                    Ok(n) => seed = Some(n),
                    Err(_) => {
                        let max = u64::MAX.to_string();
                        return Ok(Outcome::usage(&Msg::SeedNumber { value: v, max }, lang));
                    }
                }
            }
            Arg::Opt(o) if o == "--progress" => forced = true,
            Arg::Value(v) if file.is_none() => file = Some(v),
            other => return Err(other.unexpected()),
        }
    }
    let Some(file) = file else {
        let needs = Msg::NeedsFile { command: "simulate".into(), what: "CONFIG".into() };
        return Ok(Outcome::usage(&needs, lang));
    };
    let text = match read_input(host, &file, lang) {
        Ok(t) => t,
        Err(o) => return Ok(o),
    };
    let result = crate::doc::with_document(&text, |doc| {
        let mut sim = crate::traffic::prepare(doc, seed)?;
        let mut bar = Bar::new(host, forced);
        while !sim.is_done() {
            let at = sim.advance(CHUNK);
            bar.update(host, at);
        }
        bar.finish(host, sim.progress());
        let mut summary = sim.summary();
        crate::traffic::config::localize_summary(&mut summary, sim.config(), lang);
        Ok(summary)
    });
    Ok(match result {
        Ok(summary) => Outcome::ok(to_pretty(&summary)),
        Err(report) => invalid_in(&report, lang),
    })
}

/// The progress bar's state.
struct Bar {
    forced: bool,
    terminal: bool,
    start: f64,
    /// When the bar was last drawn (terminal), if it has been.
    drawn: Option<f64>,
    /// The last tenth reported as a line (not a terminal, `--progress`).
    tenth: Option<u64>,
}

impl Bar {
    fn new(host: &mut dyn Host, forced: bool) -> Self {
        Bar {
            forced,
            terminal: host.stderr_is_terminal(),
            start: host.clock_ms(),
            drawn: None,
            tenth: None,
        }
    }

    fn update(&mut self, host: &mut dyn Host, at: Progress) {
        if !(self.forced || self.terminal) {
            return;
        }
        let now = host.clock_ms();
        let elapsed = now - self.start;
        if !self.forced && elapsed < QUIET_MS {
            return;
        }
        let fraction = at.done as f64 / at.total.max(1) as f64;
        if self.terminal {
            // Ten redraws a second are plenty.
            if self.drawn.is_some_and(|t| now - t < 100.0) {
                return;
            }
            self.drawn = Some(now);
            host.progress(&format!("\r{}\x1b[K", line(fraction, elapsed)));
        } else {
            let tenth = (fraction * 10.0).floor() as u64;
            if self.tenth.is_none_or(|t| tenth > t) {
                self.tenth = Some(tenth);
                host.progress(&format!("{}\n", line(fraction, elapsed)));
            }
        }
    }

    /// Erases the bar (terminal), or reports the end (`--progress` elsewhere).
    fn finish(&mut self, host: &mut dyn Host, at: Progress) {
        if self.terminal && self.drawn.is_some() {
            host.progress("\r\x1b[K");
        } else if !self.terminal && self.forced && self.tenth != Some(10) {
            self.tenth = Some(10);
            let elapsed = host.clock_ms() - self.start;
            host.progress(&format!("{}\n", line(at.done as f64 / at.total.max(1) as f64, elapsed)));
        }
    }
}

/// `simulate [############------------------]  40 %  2.1 s`
fn line(fraction: f64, elapsed_ms: f64) -> String {
    const WIDTH: usize = 30;
    let fraction = fraction.clamp(0.0, 1.0);
    let full = ((fraction * WIDTH as f64).round() as usize).min(WIDTH);
    format!(
        "simulate [{}{}] {:3.0} %  {:.1} s",
        "#".repeat(full),
        "-".repeat(WIDTH - full),
        fraction * 100.0,
        elapsed_ms.max(0.0) / 1000.0
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A host whose clock moves 600 ms each time it is read, and which records what is written
    /// at once.
    struct Timed {
        terminal: bool,
        now: f64,
        written: Vec<String>,
    }

    impl Host for Timed {
        fn read_file(&mut self, _: &str) -> Result<String, String> {
            Ok(r#"{"provider": "aws", "runs": 4000, "pathPoints": 100,
                   "stage": {"deploymentId": "d1", "stageName": "p", "cacheClusterEnabled": true,
                             "methodSettings": {"*/*": {"cachingEnabled": true, "cacheTtlInSeconds": 60}},
                             "canarySettings": {"deploymentId": "d2", "percentTraffic": 10}},
                   "workload": {"requests": 3000000, "cacheKeys": 10}}"#
                .to_owned())
        }
        fn read_stdin(&mut self) -> Result<String, String> {
            Err("none".to_owned())
        }
        fn write_file(&mut self, _: &str, _: &str) -> Result<(), String> {
            Err("read-only".to_owned())
        }
        fn stderr_is_terminal(&self) -> bool {
            self.terminal
        }
        fn clock_ms(&mut self) -> f64 {
            self.now += 600.0;
            self.now
        }
        fn progress(&mut self, text: &str) {
            self.written.push(text.to_owned());
        }
    }

    fn run(terminal: bool, args: &[&str]) -> (Outcome, Vec<String>) {
        let mut host = Timed { terminal, now: 0.0, written: Vec::new() };
        let args = Args::new(args.iter().map(|a| (*a).to_owned()).collect::<Vec<_>>().into_iter());
        let out = simulate(args, &mut host).unwrap();
        (out, host.written)
    }

    /// On a terminal the bar appears once the run has taken a second, redraws in place, and is
    /// erased at the end; in a pipe nothing is written unless `--progress` asks, and then a line
    /// per tenth, ending at 100 %. The summary is the same either way.
    #[test]
    fn progress_only_where_it_helps() {
        let (out, bar) = run(true, &["doc.json"]);
        assert_eq!(out.code, 0, "{}", out.stderr);
        assert!(bar.len() >= 2, "{bar:?}");
        assert!(bar.first().unwrap().starts_with("\rsimulate ["), "{bar:?}");
        assert!(bar.first().unwrap().ends_with("  1.2 s\x1b[K"), "no bar before a second: {bar:?}");
        assert_eq!(bar.last().unwrap(), "\r\x1b[K");

        let (piped, none) = run(false, &["doc.json"]);
        assert!(none.is_empty(), "{none:?}");
        assert_eq!(piped, out);

        let (forced, lines) = run(false, &["doc.json", "--progress"]);
        assert_eq!(forced, out);
        assert!(lines.iter().all(|l| l.starts_with("simulate [") && l.ends_with(" s\n")));
        assert!(lines.last().unwrap().contains("100 %"), "{lines:?}");
        assert!(lines.len() <= 12, "{lines:?}");
    }

    #[test]
    fn the_line_reads() {
        assert_eq!(line(0.4, 2_100.0), "simulate [############------------------]  40 %  2.1 s");
        assert_eq!(line(1.0, 0.0), "simulate [##############################] 100 %  0.0 s");
    }
}
