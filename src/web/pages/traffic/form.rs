//! The Traffic page's form: the split mode, the share slider with its text box, the numeric
//! inputs, NCP's assumptions in condition mode and the "guess first" switch. Every edit hands the
//! page a whole new form; a refused text stays in its box, marked, with the limit said under it.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::inputs::{FIELDS, Form, Limit, MODES, Problem};
use crate::i18n::site::traffic::{Fields, Limits, Traffic};
use crate::ncp::assume::{ConditionMatch, HeaderNames};
use crate::web::format;
use crate::web::i18n::{fill, rich, use_site};

/// The label of the field with this id.
pub fn label(t: &Fields, id: &str) -> &'static str {
    match id {
        "percent" => t.percent,
        "header" => t.header,
        "query" => t.query,
        "requests" => t.requests,
        "runs" => t.runs,
        "rps" => t.rps,
        "ttl" => t.ttl,
        "keys" => t.keys,
        "throttle" => t.throttle,
        "clients" => t.clients,
        "err-stage" => t.err_stage,
        "err-canary" => t.err_canary,
        "alpha" => t.alpha,
        "power" => t.power,
        "band-lo" => t.band_lo,
        "band-hi" => t.band_hi,
        "guess-lo" => t.guess_lo,
        "guess-hi" => t.guess_hi,
        _ => t.seed,
    }
}

/// What a refused field takes, in words.
pub fn problem_text(t: &Limits, p: Problem) -> String {
    let n = |v: f64| format::number(v, 6);
    match p {
        Problem::Limit(Limit::Whole { min, max }) => {
            fill(t.whole, &[("min", &format::int(min)), ("max", &format::int(max))])
        }
        Problem::Limit(Limit::Closed { min, max }) => {
            fill(t.closed, &[("min", &n(min)), ("max", &n(max))])
        }
        Problem::Limit(Limit::Open { min, max }) => {
            fill(t.open, &[("min", &n(min)), ("max", &n(max))])
        }
        Problem::Limit(Limit::Above { min, max }) => {
            fill(t.above, &[("min", &n(min)), ("max", &n(max))])
        }
        Problem::Order(lo) => fill(t.order, &[("min", &n(lo))]),
    }
}

/// The fields the student's question needs, shown first.
const MAIN: [&str; 5] = ["header", "query", "requests", "runs", "clients"];
/// The rest, in a fold.
const MORE: [&str; 9] =
    ["rps", "ttl", "keys", "throttle", "err-stage", "err-canary", "alpha", "power", "seed"];

/// A field's text changed: `(id, text)`.
pub type Edit = (&'static str, String);

/// One numeric field.
#[derive(Properties, PartialEq)]
pub struct NumberFieldProps {
    /// The field's id.
    pub id: &'static str,
    /// The form it shows.
    pub form: Rc<Form>,
    /// Refused, from the engine (a limit the field's own check cannot see, such as the work a
    /// run may take).
    #[prop_or_default]
    pub engine: Option<AttrValue>,
    /// Each committed edit.
    pub on_edit: Callback<Edit>,
}

/// A label, a text box that keeps what was typed, and the limit under it when it is refused
/// (`aria-invalid`, `aria-describedby`).
#[component]
pub fn NumberField(props: &NumberFieldProps) -> Html {
    let t = &use_site().traffic;
    let id = props.id;
    // A field with no default (the guess) may stay empty: nothing guessed yet is no mistake.
    let optional = super::inputs::field(id).is_some_and(|f| f.default.is_empty());
    let blank = optional && props.form.text(id).trim().is_empty();
    let problem = props
        .form
        .value(id)
        .err()
        .filter(|_| !blank)
        .map(|p| problem_text(&t.limits, p))
        .or_else(|| props.engine.as_ref().map(ToString::to_string));
    let err_id = format!("{id}-err");
    let on_change = props.on_edit.reform(move |e: Event| {
        let el: HtmlInputElement = e.target_unchecked_into();
        (id, el.value())
    });
    html! {
        <div class={classes!("field", problem.is_some().then_some("invalid"))}>
            <label for={id}>{ label(&t.fields, id) }</label>
            <input {id} type="text" inputmode="decimal" autocomplete="off" spellcheck="false"
                value={props.form.text(id).to_owned()} onchange={on_change}
                aria-invalid={problem.is_some().then_some("true")}
                aria-describedby={problem.is_some().then(|| err_id.clone())} />
            { for problem.map(|p| html! { <p id={err_id.clone()} class="field-error">{ p }</p> }) }
        </div>
    }
}

/// The form shown and where edits go.
#[derive(Properties, PartialEq)]
pub struct InputsFormProps {
    /// What the form shows.
    pub form: Rc<Form>,
    /// Problems the engine found, by field id (already in the reader's language).
    pub engine: Rc<Vec<(&'static str, String)>>,
    /// The form after an edit.
    pub on_change: Callback<Form>,
}

fn mode_label(t: &Traffic, mode: &str) -> &'static str {
    match mode {
        "ncp-rate" => t.modes.ncp_rate,
        "ncp-conditions" => t.modes.ncp_conditions,
        "sticky-hash" => t.modes.sticky_hash,
        "sticky-cookie" => t.modes.sticky_cookie,
        _ => t.modes.aws,
    }
}

/// The mode toggle, the assumptions (NCP condition mode), then the inputs.
#[component]
pub fn InputsForm(props: &InputsFormProps) -> Html {
    let t = &use_site().traffic;
    let form = &props.form;
    let change = |f: Rc<dyn Fn(&mut Form)>| {
        let (form, on_change) = (form.clone(), props.on_change.clone());
        move || {
            let mut next = (*form).clone();
            f(&mut next);
            on_change.emit(next);
        }
    };
    let on_edit = {
        let (form, on_change) = (form.clone(), props.on_change.clone());
        Callback::from(move |(id, text): Edit| {
            let mut next = (*form).clone();
            next.set(id, &text);
            on_change.emit(next);
        })
    };
    // The slider re-runs as it moves (input events), the text boxes on change.
    let on_slide = on_edit.reform(|e: InputEvent| {
        let el: HtmlInputElement = e.target_unchecked_into();
        ("percent", el.value())
    });
    let on_guess_toggle = {
        let (form, on_change) = (form.clone(), props.on_change.clone());
        Callback::from(move |e: Event| {
            let el: HtmlInputElement = e.target_unchecked_into();
            on_change.emit(Form { guess: el.checked(), ..(*form).clone() });
        })
    };
    let on_mode = |mode: &'static str| {
        let apply = change(Rc::new(move |f: &mut Form| f.mode = mode.to_owned()));
        Callback::from(move |_: MouseEvent| apply())
    };
    let radio = |name: &'static str,
                 value: &'static str,
                 text: &'static str,
                 checked: bool,
                 set: Rc<dyn Fn(&mut Form)>| {
        let apply = change(set);
        let id = format!("{name}-{value}");
        html! {
            <label for={id.clone()} class="check">
                <input id={id} type="radio" {name} {value} {checked} onchange={Callback::from(move |_: Event| apply())} />
                { text }
            </label>
        }
    };
    let engine = |id: &str| {
        props.engine.iter().find(|(f, _)| *f == id).map(|(_, m)| AttrValue::from(m.clone()))
    };
    let slider = form.value("percent").unwrap_or(0.0);
    // The fold opens by itself when something in it is refused, so no problem is out of sight.
    // It is never closed for the reader, only opened: a field being corrected stays in view.
    let more_open =
        MORE.iter().any(|id| form.shows(id) && (form.value(id).is_err() || engine(id).is_some()));
    let fold = use_node_ref();
    {
        let fold = fold.clone();
        use_effect_with(more_open, move |open| {
            if let (true, Some(el)) = (*open, fold.cast::<web_sys::Element>()) {
                let _ = el.set_attribute("open", "");
            }
        });
    }
    html! {
        <>
            <div class="toolbar modes" role="group" aria-label={t.modes.label}>
                { for MODES.iter().map(|m| html! {
                    <button type="button" aria-pressed={(form.mode == *m).to_string()} onclick={on_mode(m)}>{ mode_label(t, m) }</button>
                }) }
            </div>
            { if form.mode == "ncp-conditions" { html! {
                <fieldset class="assumptions">
                    <legend>{ t.assumptions.legend }</legend>
                    <p class="muted">{ rich(t.assumptions.intro) }</p>
                    <div role="radiogroup" aria-label={t.assumptions.header_names}>
                        <span class="question">{ t.assumptions.header_names }</span>
                        { radio("headerNames", "case-insensitive", t.assumptions.case_insensitive,
                            form.header_names == HeaderNames::CaseInsensitive, Rc::new(|f| f.header_names = HeaderNames::CaseInsensitive)) }
                        { radio("headerNames", "exact", t.assumptions.exact,
                            form.header_names == HeaderNames::Exact, Rc::new(|f| f.header_names = HeaderNames::Exact)) }
                    </div>
                    <div role="radiogroup" aria-label={t.assumptions.condition_match}>
                        <span class="question">{ t.assumptions.condition_match }</span>
                        { radio("conditionMatch", "any", t.assumptions.any,
                            form.condition_match == ConditionMatch::Any, Rc::new(|f| f.condition_match = ConditionMatch::Any)) }
                        { radio("conditionMatch", "all", t.assumptions.all,
                            form.condition_match == ConditionMatch::All, Rc::new(|f| f.condition_match = ConditionMatch::All)) }
                    </div>
                </fieldset>
            } } else { html! {} } }
            <div class="inputs">
                { if form.shows("percent") { html! {
                    <div class="share">
                        <NumberField id="percent" form={form.clone()} on_edit={on_edit.clone()} />
                        <input id="percent-slider" type="range" min="0" max="100" step="0.5" aria-label={t.fields.percent_slider}
                            value={slider.to_string()} oninput={on_slide} />
                    </div>
                } } else { html! {} } }
                { for FIELDS.iter().filter(|f| MAIN.contains(&f.id) && form.shows(f.id)).map(|f| html! {
                    <NumberField id={f.id} form={form.clone()} engine={engine(f.id)} on_edit={on_edit.clone()} />
                }) }
                <label class="check"><input id="guess-first" type="checkbox" checked={form.guess} onchange={on_guess_toggle} />{ t.guess.switch }</label>
            </div>
            <details class="more" ref={fold.clone()}>
                <summary>{ t.more }</summary>
                <div class="inputs">
                    { for FIELDS.iter().filter(|f| MORE.contains(&f.id) && form.shows(f.id)).map(|f| html! {
                        <NumberField id={f.id} form={form.clone()} engine={engine(f.id)} on_edit={on_edit.clone()} />
                    }) }
                </div>
            </details>
        </>
    }
}
