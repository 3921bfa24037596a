//! The Judge page's second panel: the user's own counts (a judge document, or what `aws
//! cloudwatch get-metric-data` printed) judged in the page, as `canarylab judge` would.

use serde_json::Value;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::model::Counts;
use crate::i18n::site::fill;
use crate::i18n::site::judge::Judge as Words;
use crate::judge::{percent, significant};
use crate::web::format::number;
use crate::web::i18n::{Lang, lang_of, rich, use_lang, use_site};

/// The counts panel.
#[component]
pub fn CountsPanel() -> Html {
    let words = &use_site().judge;
    let t = &words.counts;
    let lang = use_lang();
    let counts = use_state(Counts::default);
    // The language is part of the key: problems are written in it.
    let result = use_memo(((*counts).clone(), lang), |(c, _)| c.judge());
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
    html! {
        <section aria-labelledby="j-counts" class="judge-counts">
            <h2 id="j-counts">{ t.heading }</h2>
            <p>{ rich(t.intro) }</p>
            <div class="toolbar" role="group" aria-label={t.kind}>
                <button type="button" aria-pressed={(!c.cloudwatch).to_string()} onclick={on_kind(false)}>{ t.kind_document }</button>
                <button type="button" aria-pressed={c.cloudwatch.to_string()} onclick={on_kind(true)}>{ t.kind_cloudwatch }</button>
            </div>
            { if c.cloudwatch { html! {
                <div class="inputs">
                    { for t.queries.iter().enumerate().map(|(i, label)| {
                        let id = format!("cw-{i}");
                        html! {
                            <label for={id.clone()}>{ *label }
                                <input id={id} type="text" value={c.ids.get(i).cloned().unwrap_or_default()} onchange={on_id(i)} />
                            </label>
                        }
                    }) }
                    <label for="cw-tolerance">{ t.tolerance }
                        <input id="cw-tolerance" type="text" inputmode="decimal" value={c.tolerance.clone()} onchange={on_tolerance} />
                    </label>
                </div>
            } } else { html! {} } }
            <label for="counts-text" class="muted">{ t.text }</label>
            <textarea id="counts-text" class="counts-text" spellcheck="false" value={c.text.clone()} oninput={on_text} />
            { match &*result {
                Ok(j) => judgement(j, words, lang),
                Err(problems) => html! {
                    <div class="diagnostics" data-testid="counts-problems">
                        <h3 class="bad">{ if problems.len() == 1 { t.not_judged_one.to_owned() } else { fill(t.not_judged, &[("n", &number(problems.len() as f64, 3))]) } }</h3>
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

/// A verdict's name (`promote`, `rollback`, `wait`) as the page says it.
fn verdict_word(name: &str, words: &Words) -> &'static str {
    match name {
        "promote" => words.verdicts.promote,
        "rollback" => words.verdicts.rollback,
        _ => words.verdicts.wait,
    }
}

/// The verdict, its reason and the numbers behind it.
fn judgement(j: &Value, words: &Words, lang: Lang) -> Html {
    let t = &words.counts;
    let reason = j.get("reason").and_then(Value::as_str).unwrap_or("").to_owned();
    let verdict = j.get("verdict").and_then(Value::as_str).unwrap_or("wait").to_owned();
    let class = match verdict.as_str() {
        "promote" => "ok",
        "rollback" => "bad",
        _ => "muted",
    };
    let needed = j.get("needed").filter(|n| !n.is_null()).map(|n| {
        let toward = verdict_word(n.get("toward").and_then(Value::as_str).unwrap_or(""), words);
        let (more, all) = (number(num(n, "/canaryRequests"), 3), number(num(n, "/requests"), 3));
        match n.get("minutes").and_then(Value::as_f64) {
            Some(m) => fill(
                t.needed_minutes,
                &[("more", &more), ("all", &all), ("minutes", &number(m, 3)), ("toward", &toward)],
            ),
            None => fill(t.needed, &[("more", &more), ("all", &all), ("toward", &toward)]),
        }
    });
    html! {
        <div class="judge-result" data-testid="counts-result">
            <p class={classes!("verdict", class)} data-testid="counts-verdict">{ format!("{}: ", verdict_word(&verdict, words).to_uppercase()) }<span lang={lang_of(&reason, lang)}>{ reason.clone() }</span></p>
            <dl class="judge-numbers">
                <dt>{ t.p_value }</dt><dd>{ significant(num(j, "/pValue")) }</dd>
                <dt>{ t.difference }</dt>
                <dd>{ fill(t.difference_value, &[("estimate", &percent(num(j, "/difference/estimate"))), ("low", &percent(num(j, "/difference/confidenceSequence/0"))), ("high", &percent(num(j, "/difference/confidenceSequence/1")))]) }</dd>
                <dt>{ t.looks }</dt><dd>{ number(num(j, "/looks"), 3) }</dd>
            </dl>
            { for needed.map(|n| html! { <p data-testid="counts-needed">{ n }</p> }) }
        </div>
    }
}
