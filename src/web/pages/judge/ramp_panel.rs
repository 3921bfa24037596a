//! The Judge page's third panel: a ramp planned from the watched canary's rate, error rate,
//! tolerance and α (`canarylab ramp`): each step's minutes, requests and blast radius, its AWS and
//! NCP calls, the AWS CLI script, and a link that watches the plan.

use serde_json::Value;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::model::Watch;

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
    let power = use_state(|| 80.0_f64);
    let doc = props.watch.ramp_document(*power / 100.0);
    let plan = use_memo(doc, crate::judge::ramp::ramp);
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
                { for report.diagnostics().iter().map(|d| html! {
                    <li class="diag error"><p>{ format!("{}: {} (hint: {})", d.path, d.message, d.hint) }</p></li>
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
                    <p data-testid="ramp-summary">{ format!(
                        "{minutes} minutes a step: by the end of the last canary step the judge should have promoted a canary as good as the baseline (chance about {:.0} %) and rolled back one worse by the tolerance (about {:.0} %).",
                        100.0 * num(p, "/expected/promote"), 100.0 * num(p, "/expected/rollback")) }</p>
                    <div class="table-wrap">
                        <table class="ramp-table">
                            <thead><tr><th scope="col">{"Step"}</th><th scope="col">{"Minutes"}</th><th scope="col">{"Requests"}</th><th scope="col">{"Canary requests"}</th><th scope="col">{"Worst case failed"}</th><th scope="col">{"Failed at tolerance"}</th></tr></thead>
                            <tbody>
                                { for steps.iter().map(|s| {
                                    let promotion = s.get("promotion").and_then(Value::as_bool).unwrap_or(false);
                                    html! { <tr>
                                        <th scope="row">{ if promotion { "100 %: promote".to_owned() } else { format!("{} %", num(s, "/percent")) } }</th>
                                        <td>{ if promotion { String::new() } else { num(s, "/minutes").to_string() } }</td>
                                        <td>{ if promotion { String::new() } else { num(s, "/requests").to_string() } }</td>
                                        <td>{ if promotion { String::new() } else { num(s, "/canaryRequests").to_string() } }</td>
                                        <td>{ if promotion { String::new() } else { num(s, "/blastRadius/worstCase").to_string() } }</td>
                                        <td>{ if promotion { String::new() } else { num(s, "/blastRadius/atTolerance").to_string() } }</td>
                                    </tr> }
                                }) }
                            </tbody>
                        </table>
                    </div>
                    <div class="toolbar"><button type="button" onclick={on_watch}>{"Watch this ramp above"}</button></div>
                    <details><summary>{"AWS calls, step by step"}</summary><pre class="json">{ calls("aws") }</pre></details>
                    <details><summary>{"NCP calls, step by step"}</summary><pre class="json">{ calls("ncp") }</pre></details>
                    <details><summary>{"The AWS CLI script (judges every minute)"}</summary><pre class="snippet" data-testid="ramp-script">{ p.get("script").and_then(Value::as_str).unwrap_or("").to_owned() }</pre></details>
                    <ul class="muted">{ for p.get("notes").and_then(Value::as_array).cloned().unwrap_or_default().iter().map(|n| html! { <li>{ n.as_str().unwrap_or("").to_owned() }</li> }) }</ul>
                </>
            }
        }
    };
    html! {
        <section aria-labelledby="j-ramp" class="judge-ramp">
            <h2 id="j-ramp">{"Plan a ramp"}</h2>
            <p>{"From the canary above: its request rate, the baseline's error rate, the tolerance, α and the steps. Each canary step holds as long as it takes for the judge to decide, with the power below, by the end of the last one."}</p>
            <div class="inputs">
                <label for="ramp-power">{"Power (%)"}
                    <input id="ramp-power" type="number" min="1" max="99" step="1" value={power.to_string()} onchange={on_power} />
                </label>
            </div>
            { body }
        </section>
    }
}
