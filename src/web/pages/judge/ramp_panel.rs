//! The Judge page's third panel: a ramp planned from the watched canary's rate, error rate,
//! tolerance and α (`canarylab ramp`): each step's minutes, requests and blast radius, its AWS and
//! NCP calls, the AWS CLI script, and a link that watches the plan.

use serde_json::Value;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::model::Watch;
use crate::i18n::site::fill;
use crate::web::format::number;
use crate::web::i18n::{lang_of, use_lang, use_site};

/// What the plan is made from.
#[derive(Properties, PartialEq)]
pub struct RampPanelProps {
    /// The watched canary's values (rate, error rate, tolerance, α, steps).
    pub watch: Watch,
    /// Watch the planned ramp (its minutes per step, a canary as good as the baseline).
    pub on_watch: Callback<Watch>,
}

fn num(v: &Value, ptr: &str) -> f64 {
    v.pointer(ptr).and_then(Value::as_f64).unwrap_or(0.0)
}

/// The plan's table, calls and script.
#[component]
pub fn RampPanel(props: &RampPanelProps) -> Html {
    let t = &use_site().judge.ramp;
    let lang = use_lang();
    let power = use_state(|| 80.0_f64);
    let doc = props.watch.ramp_document(*power / 100.0);
    let plan = use_memo((doc, lang), |(d, l)| crate::judge::ramp::ramp_in(d, *l));
    let on_power = {
        let power = power.clone();
        Callback::from(move |e: Event| {
            let el: HtmlInputElement = e.target_unchecked_into();
            if let Some(p) = crate::doc::number(&el.value()).filter(|p| *p > 0.0 && *p < 100.0) {
                power.set(p);
            }
        })
    };
    let body = match &*plan {
        Err(report) => html! {
            <ul class="diags" data-testid="ramp-problems">
                { for report.localized(lang).diagnostics().iter().map(|d| html! {
                    <li class="diag error"><p>{ fill(t.problem, &[("at", &d.path), ("message", &d.message), ("hint", &d.hint)]) }</p></li>
                }) }
            </ul>
        },
        Ok(p) => {
            let minutes = num(p, "/minutesPerStep") as u32;
            let on_watch = {
                let (w, cb) = (props.watch.clone(), props.on_watch.clone());
                Callback::from(move |_: MouseEvent| {
                    cb.emit(Watch { minutes, err_canary: w.err_base, ..w.clone() });
                })
            };
            let steps = p.get("steps").and_then(Value::as_array).cloned().unwrap_or_default();
            let calls = |gw: &str| {
                let all: Vec<Value> = steps
                    .iter()
                    .flat_map(|s| s.get(gw).and_then(Value::as_array).cloned().unwrap_or_default())
                    .collect();
                crate::doc::pretty(&all)
            };
            html! {
                <>
                    <p data-testid="ramp-summary">{ fill(t.summary, &[
                        ("minutes", &number(f64::from(minutes), 3)),
                        ("promote", &format!("{:.0} %", 100.0 * num(p, "/expected/promote"))),
                        ("rollback", &format!("{:.0} %", 100.0 * num(p, "/expected/rollback"))),
                    ]) }</p>
                    <div class="table-wrap" tabindex="0" role="region" aria-label={t.table}>
                        <table class="ramp-table">
                            <thead><tr>{ for t.columns.iter().map(|c| html! { <th scope="col">{ *c }</th> }) }</tr></thead>
                            <tbody>
                                { for steps.iter().map(|s| {
                                    let promotion = s.get("promotion").and_then(Value::as_bool).unwrap_or(false);
                                    let cell = |ptr: &str| if promotion { String::new() } else { number(num(s, ptr), 3) };
                                    html! { <tr>
                                        <th scope="row">{ if promotion { t.promotion.to_owned() } else { format!("{} %", number(num(s, "/percent"), 3)) } }</th>
                                        <td>{ cell("/minutes") }</td>
                                        <td>{ cell("/requests") }</td>
                                        <td>{ cell("/canaryRequests") }</td>
                                        <td>{ cell("/blastRadius/worstCase") }</td>
                                        <td>{ cell("/blastRadius/atTolerance") }</td>
                                    </tr> }
                                }) }
                            </tbody>
                        </table>
                    </div>
                    <div class="toolbar"><button type="button" onclick={on_watch}>{ t.watch }</button></div>
                    <details><summary>{ t.aws_calls }</summary><pre class="json" tabindex="0">{ calls("aws") }</pre></details>
                    <details><summary>{ t.ncp_calls }</summary><pre class="json" tabindex="0">{ calls("ncp") }</pre></details>
                    <details><summary>{ t.script }</summary><pre class="snippet" data-testid="ramp-script" tabindex="0">{ p.get("script").and_then(Value::as_str).unwrap_or("").to_owned() }</pre></details>
                    <ul class="muted">{ for p.get("notes").and_then(Value::as_array).cloned().unwrap_or_default().iter().map(|n| {
                        let note = n.as_str().unwrap_or("").to_owned();
                        html! { <li lang={lang_of(&note, lang)}>{ note }</li> }
                    }) }</ul>
                </>
            }
        }
    };
    html! {
        <section aria-labelledby="j-ramp" class="judge-ramp">
            <h2 id="j-ramp">{ t.heading }</h2>
            <p>{ t.intro }</p>
            <div class="inputs">
                <label for="ramp-power">{ t.power }
                    <input id="ramp-power" type="number" min="1" max="99" step="1" value={power.to_string()} onchange={on_power} />
                </label>
            </div>
            { body }
        </section>
    }
}
