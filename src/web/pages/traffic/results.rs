//! A finished run: the observed share with its intervals, the charts, both sides and the sample
//! size. The sentences are plain functions of the summary.

use std::rc::Rc;

use serde_json::Value;
use yew::prelude::*;

use super::inputs::Inputs;
use super::side::Side;
use crate::web::charts::{self, num};

/// The run to show.
#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    /// The simulator's summary.
    pub summary: Rc<Value>,
    /// How long the run took, in milliseconds.
    pub ms: f64,
    /// The inputs it ran with.
    pub inputs: Inputs,
    /// The reader's guess, as typed (may be empty).
    pub guess: AttrValue,
    /// Which run it was, for `data-run`.
    pub run: u64,
}

/// The results section.
#[component]
pub fn Results(props: &ResultsProps) -> Html {
    let s = &*props.summary;
    // What was simulated request by request and what was drawn, when not every request was.
    let detail = s.pointer("/detail/statement").and_then(Value::as_str);
    let drawn = detail.filter(|_| num(s, "/detail/requests") < num(s, "/requests"));
    let notes = s.get("notes").and_then(Value::as_array).into_iter().flatten();
    let notes = notes.filter_map(Value::as_str).filter(|n| Some(*n) != detail);
    html! {
        <section class="results" data-run={props.run.to_string()} aria-live="polite">
            <h2 id="share">{ format!("Observed {} of {} requests on the canary", pct(num(s, "/share/observed")), num(s, "/requests")) }</h2>
            <p class="facts" data-testid="facts">{ facts(s, props.ms) }</p>
            { for guess_line(s, &props.guess).map(|g| html! { <p class="guess-result">{ g }</p> }) }
            { for drawn.map(|d| html! { <p class="muted" data-testid="detail">{ sentence(d) }</p> }) }
            { for notes.map(|n| html! { <p class="muted">{ n.to_owned() }</p> }) }
            { for clients(s).map(|c| html! { <p class="clients">{ c }</p> }) }
            <div class="charts">
                { charts::share_path(s) }
                { charts::histogram(s) }
            </div>
            { charts::strip(s) }
            <div class="sides">
                <Side summary={props.summary.clone()} name="stage" />
                <Side summary={props.summary.clone()} name="canary" />
            </div>
            <section class="sample-size" aria-labelledby="ss-h">
                <h2 id="ss-h">{"How many requests before the error rate means something?"}</h2>
                { match sample_size(s, &props.inputs) {
                    Ok(t) => html! { <p data-testid="sample-size">{ t }</p> },
                    Err(t) => html! { <p>{ t }</p> },
                } }
            </section>
        </section>
    }
}

/// The summary's statement as a sentence: capital first, full stop last.
fn sentence(text: &str) -> String {
    let mut chars = text.chars();
    let first = chars.next().map(|c| c.to_uppercase().collect::<String>()).unwrap_or_default();
    format!("{first}{}.", chars.as_str())
}

/// A share (a fraction of 1) in percent with two decimals.
pub fn pct(x: f64) -> String {
    format!("{:.2} %", x * 100.0)
}

/// The share's configuration, intervals, repeated runs and the time taken.
pub fn facts(s: &Value, ms: f64) -> String {
    let configured = s.pointer("/share/configured").and_then(Value::as_f64);
    let expected = s.pointer("/share/expected").and_then(Value::as_f64);
    format!(
        "Configured {}{}. 95 % interval: Wilson {} to {}, exact {} to {}. Over {} runs the share averaged {} (sd {}); the 95 % interval covered the expected share in {} of them. Simulated in {:.1} ms.",
        configured.map_or("by conditions".to_owned(), pct),
        expected.map(|e| format!(", expected {}", pct(e))).unwrap_or_default(),
        pct(num(s, "/share/ci95/0")),
        pct(num(s, "/share/ci95/1")),
        pct(num(s, "/share/exact95/0")),
        pct(num(s, "/share/exact95/1")),
        num(s, "/runs/count"),
        pct(num(s, "/runs/mean")),
        pct(num(s, "/runs/sd")),
        pct(num(s, "/runs/ci95Coverage")),
        ms
    )
}

/// The guess against the run's 95 % band, when the guess is a number.
pub fn guess_line(s: &Value, guess: &str) -> Option<String> {
    let g = crate::doc::number(guess)?;
    let [lo, hi] = [num(s, "/share/ci95/0"), num(s, "/share/ci95/1")];
    let inside = (lo..=hi).contains(&(g / 100.0));
    Some(format!(
        "You guessed {g} %; this run observed {}, with a 95 % band of {} to {}: your guess is {} it.",
        pct(num(s, "/share/observed")),
        pct(lo),
        pct(hi),
        if inside { "inside" } else { "outside" }
    ))
}

/// Sticky splits: how clients ended up on the canary.
fn clients(s: &Value) -> Option<String> {
    let c = s.get("clients").filter(|v| !v.is_null())?;
    Some(c.get("ratchet").and_then(Value::as_str).map(str::to_owned).unwrap_or_else(|| {
        format!(
            "{} of {} clients hash into the canary bucket.",
            num(c, "/inCanaryBucket"),
            num(c, "/count")
        )
    }))
}

/// The requests needed to judge the error rates (`Ok`), or why there is no answer (`Err`).
pub fn sample_size(s: &Value, i: &Inputs) -> Result<String, String> {
    let ss = s.get("sampleSize").filter(|v| !v.is_null());
    match ss.and_then(|v| v.get("canaryRequests")).and_then(Value::as_f64) {
        Some(canary) => Ok(format!(
            "To tell a canary error rate of {} % from the stage's {} % (two-sided α = {} %, power {} %) at this split, the canary needs {} requests and the stage {} meanwhile: {} in all, about {} at {} requests per second.",
            i.err_canary,
            i.err_stage,
            i.alpha,
            i.power,
            canary,
            num(s, "/sampleSize/stageRequests"),
            num(s, "/sampleSize/totalRequests"),
            duration(num(s, "/sampleSize/seconds")),
            i.rps
        )),
        None => Err(ss
            .and_then(|v| v.get("reason"))
            .and_then(Value::as_str)
            .unwrap_or("Give two different error rates and a share between 0 and 100 %.")
            .to_owned()),
    }
}

/// Seconds in the unit a reader would use.
pub fn duration(secs: f64) -> String {
    if secs < 120.0 {
        format!("{secs:.0} s")
    } else if secs < 7200.0 {
        format!("{:.0} min", secs / 60.0)
    } else if secs < 172_800.0 {
        format!("{:.1} h", secs / 3600.0)
    } else {
        format!("{:.1} days", secs / 86_400.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::traffic::{config, engine::Simulation};
    use crate::web::pages::traffic::inputs::document;

    fn summary(i: &Inputs) -> Value {
        let mut sim = Simulation::new(config::parse(&document(i)).unwrap());
        sim.finish();
        sim.summary()
    }

    #[test]
    fn the_sentences_read_the_summary() {
        let i = Inputs { requests: 2000, runs: 20, ..Inputs::default() };
        let s = summary(&i);
        let facts = facts(&s, 1.24);
        assert!(facts.starts_with("Configured 5.00 %, expected 5.00 %. 95 % interval: Wilson "));
        assert!(facts.ends_with("Simulated in 1.2 ms."), "{facts}");
        let needed = sample_size(&s, &i).unwrap();
        assert!(needed.starts_with("To tell a canary error rate of 2 % from the stage's 1 %"));
        let equal = Inputs { err_canary: 1.0, ..i.clone() };
        assert!(sample_size(&summary(&equal), &equal).is_err());
        assert_eq!(clients(&s), None);
    }

    #[test]
    fn a_guess_is_inside_or_outside_the_band() {
        let s = serde_json::json!({"share": {"observed": 0.05, "ci95": [0.04, 0.06]}});
        assert!(guess_line(&s, "5").unwrap().ends_with("your guess is inside it."));
        assert!(guess_line(&s, "7.5").unwrap().ends_with("your guess is outside it."));
        assert_eq!(guess_line(&s, ""), None);
    }

    #[test]
    fn durations_pick_their_unit() {
        assert_eq!(duration(59.6), "60 s");
        assert_eq!(duration(600.0), "10 min");
        assert_eq!(duration(9000.0), "2.5 h");
        assert_eq!(duration(259_200.0), "3.0 days");
    }
}
