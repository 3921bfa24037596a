//! Validate: an editor per API, prefilled with the docs' examples; diagnostics update as you
//! type, the offending lines are marked in place, a diagnostic that has a fix applies it in one
//! click (undoably), and the payload can be copied as the command that sends it.
//!
//! `model` holds the page's state and its reducer as plain values; the other modules are its
//! components.

pub mod api_picker;
pub mod check_file;
pub mod copy_as;
pub mod diagnostic;
pub mod diagnostics;
pub mod editor;
pub mod fix_bar;
pub mod model;

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::report::Report;
use crate::web::examples;
use crate::web::state;
use api_picker::ApiPicker;
use check_file::CheckFile;
use copy_as::CopyAs;
use diagnostics::Diagnostics;
use editor::Editor;
use model::{Action, Focus, State};

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(State::reduce(&self, action))
    }
}

/// The localStorage key of what was typed for `api`.
fn text_key(api: &str) -> String {
    format!("validate.text.{api}")
}

/// The text to show for `api`: what was last typed for it, else its example.
fn text_for(api: &str) -> String {
    state::load(&text_key(api)).unwrap_or_else(|| examples::payload(api).1.to_owned())
}

fn initial() -> State {
    let q = state::query();
    let api = q
        .get("api")
        .cloned()
        .or_else(|| state::load("validate.api"))
        .filter(|a| examples::APIS.iter().any(|(n, _)| n == a))
        .unwrap_or_else(|| "aws.update-stage".to_owned());
    let text = q.get("payload").cloned().unwrap_or_else(|| text_for(&api));
    State::new(api, text)
}

fn remember(api: &str, text: &str) {
    state::save("validate.api", api);
    state::save(&text_key(api), text);
    state::set_query("#/validate", &[("api", api.to_owned()), ("payload", text.to_owned())]);
}

/// The report on a text, where each diagnostic points, and the editor's line marks.
struct Checked {
    report: Rc<Report>,
    lines: Rc<Vec<usize>>,
    marks: Rc<Vec<&'static str>>,
}

fn check(api: &str, text: &str) -> Checked {
    let report = crate::api::validate_text(api, text).unwrap_or_default();
    let pointers: Vec<&str> = report.diagnostics().iter().map(|d| d.path.as_str()).collect();
    let lines = crate::locate::lines(text, &pointers);
    let marks = model::marks(text, &report, &lines);
    Checked { report: Rc::new(report), lines: Rc::new(lines), marks: Rc::new(marks) }
}

/// Focuses `el` when it is an HTML element.
fn focus(el: Option<web_sys::Element>) -> bool {
    el.and_then(|e| e.dyn_into::<HtmlElement>().ok()).is_some_and(|e| e.focus().is_ok())
}

/// The validate page.
#[component]
pub fn Validate() -> Html {
    let state = use_reducer(initial);
    let (area, list, undo) = (use_node_ref(), use_node_ref(), use_node_ref());
    let checked = use_memo((state.api.clone(), state.text.clone()), |(a, t)| check(a, t));

    // Every change of API or text is remembered (URL, localStorage); the first render is not one.
    use_effect_with(state.edits, {
        let state = state.clone();
        move |edits| {
            if *edits > 0 {
                remember(&state.api, &state.text);
            }
        }
    });
    // After a fix or an undo, focus goes where the next keystroke is useful.
    use_effect_with((state.edits, state.focus), {
        let (area, list, undo) = (area.clone(), list.clone(), undo.clone());
        move |(_, target)| match target {
            Focus::Stay => {}
            Focus::Undo => {
                focus(undo.cast::<web_sys::Element>());
            }
            Focus::FirstFix => {
                let first = list
                    .cast::<web_sys::Element>()
                    .and_then(|l| l.query_selector("button.fix").ok().flatten());
                if !focus(first) {
                    focus(area.cast::<web_sys::Element>());
                }
            }
        }
    });

    let dispatch = state.dispatcher().to_callback();
    let on_input = dispatch.reform(Action::Type);
    let on_api = dispatch.reform(|api: String| Action::Switch { text: text_for(&api), api });
    let on_example = {
        let api = state.api.clone();
        dispatch.reform(move |()| Action::Load(examples::payload(&api).1.to_owned()))
    };
    let on_fix = dispatch.reform(Action::Fix);
    let on_fix_all = dispatch.reform(|()| Action::FixAll);
    let on_undo = dispatch.reform(|()| Action::Undo);
    let on_goto = {
        let (area, text) = (area.clone(), state.text.clone());
        Callback::from(move |line: usize| {
            if let Some(t) = area.cast::<HtmlTextAreaElement>() {
                let (start, end) = model::line_range(&text, line);
                let _ = t.focus();
                let _ = t.set_selection_range(start, end);
            }
        })
    };

    let api = AttrValue::from(state.api.clone());
    let text = AttrValue::from(state.text.clone());
    html! {
        <article class="validate">
            <h1>{"Validate a payload"}</h1>
            <p class="lede">{"Every documented constraint, every problem at once. Diagnostics update as you type; nothing leaves this page."}</p>
            <ApiPicker api={api.clone()} {on_api} {on_example} />
            <div class="split">
                <Editor text={text.clone()} marks={checked.marks.clone()} area={area.clone()} {on_input} />
                <Diagnostics report={checked.report.clone()} lines={checked.lines.clone()}
                    last_fix={state.last_fix().map(|d| AttrValue::from(d.to_owned()))}
                    problem={state.problem.clone().map(AttrValue::from)}
                    list_ref={list} undo_ref={undo} {on_goto} {on_fix} {on_fix_all} {on_undo} />
            </div>
            <CopyAs key={state.api.clone()} {api} {text} />
            <CheckFile />
        </article>
    }
}
