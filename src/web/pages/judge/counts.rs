//! The Judge page's second panel: the user's own counts (a judge document, or what `aws
//! cloudwatch get-metric-data` printed) judged in the page, as `canarylab judge` would.

use serde_json::Value;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::model::Counts;
use crate::judge::{percent, significant};

/// The counts panel.
#[component]
pub fn CountsPanel() -> Html {
    let counts = use_state(Counts::default);
    let result = use_memo((*counts).clone(), Counts::judge);
    let on_text = {
        let counts = counts.clone();
        Callback::from(move |e: InputEvent| {
            let el: HtmlTextAreaElement = e.target_unchecked_into();
            counts.set(Counts { text: el.value(), ..(*counts).clone() });
        })
    };
    let on_kind = |cloudwatch: bool| {
        let counts = counts.clone();
        Callback::from(move |_: MouseEvent| {
            let text =
                if cloudwatch { Counts::cloudwatch_example() } else { Counts::default().text };
            counts.set(Counts { text, cloudwatch, ..(*counts).clone() });
        })
    };
    let on_id = |i: usize| {
        let counts = counts.clone();
        Callback::from(move |e: Event| {
            let el: HtmlInputElement = e.target_unchecked_into();
            let mut next = (*counts).clone();
            if let Some(slot) = next.ids.get_mut(i) {
                *slot = el.value();
            }
            counts.set(next);
        })
    };
    let on_tolerance = {
        let counts = counts.clone();
        Callback::from(move |e: Event| {
            let el: HtmlInputElement = e.target_unchecked_into();
            counts.set(Counts { tolerance: el.value(), ..(*counts).clone() });
        })
    };
    let c = &*counts;
    let labels = [
        "Baseline requests query",
        "Baseline errors query",
        "Canary requests query",
        "Canary errors query",
    ];
    html! {
        <section aria-labelledby="j-counts" class="judge-counts">
            <h2 id="j-counts">{"Judge your own counts"}</h2>
            <p>{"Paste a judge document (totals, or a series of intervals) or the JSON "}<code>{"aws cloudwatch get-metric-data"}</code>{" printed. The page answers as "}<code>{"canarylab judge"}</code>{" does; nothing leaves it."}</p>
            <div class="toolbar" role="group" aria-label="What the text is">
                <button type="button" aria-pressed={(!c.cloudwatch).to_string()} onclick={on_kind(false)}>{"Judge document"}</button>
                <button type="button" aria-pressed={c.cloudwatch.to_string()} onclick={on_kind(true)}>{"CloudWatch get-metric-data"}</button>
            </div>
            { if c.cloudwatch { html! {
                <div class="inputs">
                    { for labels.iter().enumerate().map(|(i, label)| {
                        let id = format!("cw-{i}");
                        html! {
                            <label for={id.clone()}>{ *label }
                                <input id={id} type="text" value={c.ids.get(i).cloned().unwrap_or_default()} onchange={on_id(i)} />
                            </label>
                        }
                    }) }
                    <label for="cw-tolerance">{"Tolerance (a fraction)"}
                        <input id="cw-tolerance" type="text" inputmode="decimal" value={c.tolerance.clone()} onchange={on_tolerance} />
                    </label>
                </div>
            } } else { html! {} } }
            <label for="counts-text" class="muted">{"Counts"}</label>
            <textarea id="counts-text" class="counts-text" spellcheck="false" value={c.text.clone()} oninput={on_text} />
            { match &*result {
                Ok(j) => judgement(j),
                Err(problems) => html! {
                    <div class="diagnostics" data-testid="counts-problems">
                        <h2 class="bad">{ format!("Not judged: {} problem{}", problems.len(), if problems.len() == 1 { "" } else { "s" }) }</h2>
                        <ul class="diags">
                            { for problems.iter().map(|p| html! { <li class="diag error"><p>{ p.clone() }</p></li> }) }
                        </ul>
                    </div>
                },
            } }
        </section>
    }
}

fn num(v: &Value, ptr: &str) -> f64 {
    v.pointer(ptr).and_then(Value::as_f64).unwrap_or(0.0)
}

/// The verdict, its reason and the numbers behind it.
fn judgement(j: &Value) -> Html {
    let verdict = j.get("verdict").and_then(Value::as_str).unwrap_or("wait").to_owned();
    let class = match verdict.as_str() {
        "promote" => "ok",
        "rollback" => "bad",
        _ => "muted",
    };
    let needed = j.get("needed").filter(|n| !n.is_null()).map(|n| {
        let minutes = n
            .get("minutes")
            .and_then(Value::as_f64)
            .map(|m| format!(", about {m} minutes at the latest rate"))
            .unwrap_or_default();
        format!(
            "To decide: about {} more canary requests ({} in all{minutes}), most likely toward {}.",
            num(n, "/canaryRequests"),
            num(n, "/requests"),
            n.get("toward").and_then(Value::as_str).unwrap_or("")
        )
    });
    html! {
        <div class="judge-result" data-testid="counts-result">
            <p class={classes!("verdict", class)} data-testid="counts-verdict">{ format!("{}: ", verdict.to_uppercase()) }{ j.get("reason").and_then(Value::as_str).unwrap_or("").to_owned() }</p>
            <dl class="judge-numbers">
                <dt>{"Always-valid p-value"}</dt><dd>{ significant(num(j, "/pValue")) }</dd>
                <dt>{"Difference in error rate"}</dt>
                <dd>{ format!("{} in [{}, {}]", percent(num(j, "/difference/estimate")), percent(num(j, "/difference/confidenceSequence/0")), percent(num(j, "/difference/confidenceSequence/1"))) }</dd>
                <dt>{"Intervals judged"}</dt><dd>{ num(j, "/looks") }</dd>
            </dl>
            { for needed.map(|n| html! { <p data-testid="counts-needed">{ n }</p> }) }
        </div>
    }
}
