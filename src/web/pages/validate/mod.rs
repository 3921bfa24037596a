//! Validate: an editor per API, prefilled with the docs' examples; diagnostics update when typing
//! pauses, the offending lines are marked in the gutter and in place, "line N" scrolls there, a
//! diagnostic that has a fix applies it in one click (undoably), and the payload can be copied as
//! the command that sends it or as a link to this view.
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
pub mod share;

use std::collections::BTreeMap;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::i18n::Lang;
use crate::report::{Report, Severity};
use crate::web::examples;
use crate::web::i18n::{fill, use_lang, use_site};
use crate::web::state;
use api_picker::ApiPicker;
use check_file::CheckFile;
use copy_as::CopyAs;
use diagnostics::Diagnostics;
use editor::{Editor, Handle};
use model::{Action, Focus, State};
use share::Share;

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
    state::load(&text_key(api)).unwrap_or_else(|| examples::text(api).to_owned())
}

/// What the page says about where its state lives, beside "Copy link".
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Kept {
    /// The address bar left the payload out (its size in bytes).
    pub left_out: Option<usize>,
    /// This browser refused to store it.
    pub not_stored: bool,
    /// Opened from a link whose payload stayed in the browser that made it.
    pub missing: bool,
    /// Opened from a packed link that could not be read.
    pub unreadable: Option<state::LinkError>,
}

fn initial() -> (State, Kept) {
    let q = state::query();
    let api = q
        .get("api")
        .cloned()
        .or_else(|| state::load("validate.api"))
        .filter(|a| examples::APIS.contains(&a.as_str()))
        .unwrap_or_else(|| "aws.update-stage".to_owned());
    let stored = state::load(&text_key(&api));
    let kept = Kept {
        missing: q.get(state::STORED).is_some_and(|s| s.split(',').any(|k| k == "payload"))
            && !q.contains_key("payload")
            && stored.is_none(),
        unreadable: state::link_problem(),
        ..Kept::default()
    };
    let text =
        q.get("payload").cloned().or(stored).unwrap_or_else(|| examples::text(&api).to_owned());
    (State::new(api, text), kept)
}

/// Keeps `text` for `api`: in localStorage, and in the URL as far as it fits. Says what was kept.
fn remember(api: &str, text: &str) -> Kept {
    state::save("validate.api", api);
    let stored = state::save(&text_key(api), text);
    let left_out =
        state::set_query("#/validate", &[("api", api.to_owned()), ("payload", text.to_owned())]);
    Kept {
        left_out: left_out.iter().any(|k| k == "payload").then_some(text.len()),
        not_stored: !stored,
        ..Kept::default()
    }
}

/// The report on a text (in the reader's language), where each diagnostic points, and the
/// editor's marks.
struct Checked {
    report: Rc<Report>,
    lines: Rc<Vec<usize>>,
    marks: Rc<BTreeMap<usize, Severity>>,
}

fn check(api: &str, text: &str, lang: Lang) -> Checked {
    let report = crate::api::validate_text(api, text).unwrap_or_default().localized(lang);
    let pointers: Vec<&str> = report.diagnostics().iter().map(|d| d.path.as_str()).collect();
    let lines = crate::locate::lines(text, &pointers);
    let marks = model::marks(&report, &lines);
    Checked { report: Rc::new(report), lines: Rc::new(lines), marks: Rc::new(marks) }
}

/// Focuses `el` when it is an HTML element.
fn focus(el: Option<web_sys::Element>) -> bool {
    el.and_then(|e| e.dyn_into::<HtmlElement>().ok()).is_some_and(|e| e.focus().is_ok())
}

/// The validate page.
#[component]
pub fn Validate() -> Html {
    let (lang, site) = (use_lang(), use_site());
    let t = &site.validate;
    let start = use_memo((), |()| initial());
    let state = use_reducer({
        let start = start.clone();
        move || start.0.clone()
    });
    let kept = use_state({
        let start = start.clone();
        move || start.1.clone()
    });
    // A request to show the line a path points at: (request number, path).
    let goto = use_state(|| (0u64, String::new()));
    let (list, undo) = (use_node_ref(), use_node_ref());
    let editor = use_memo((), |()| Handle::default());
    let checked =
        use_memo((state.api.clone(), state.text.clone(), lang), |(a, t, l)| check(a, t, *l));
    let text: Rc<str> = (*use_memo(state.edits, {
        let text = state.text.clone();
        move |_| Rc::<str>::from(text)
    }))
    .clone();

    // Every change of API or text is remembered (URL, localStorage); the first render is not one.
    use_effect_with(state.edits, {
        let (state, kept) = (state.clone(), kept.clone());
        move |edits| {
            if *edits > 0 {
                kept.set(remember(&state.api, &state.text));
            }
        }
    });
    // Leaving the page (reload, close, another site) keeps what was typed since the last pause.
    use_effect_with((state.api.clone(), state.text.clone()), {
        let editor = (*editor).clone();
        move |(api, text): &(String, String)| {
            let (api, text) = (api.clone(), text.clone());
            let listener = web_sys::window().map(|w| {
                gloo_events::EventListener::new(&w, "pagehide", move |_| {
                    if let Some(now) = editor.take_typed(&text) {
                        remember(&api, &now);
                    }
                })
            });
            move || drop(listener)
        }
    });
    // After a fix or an undo, focus goes where the next keystroke is useful.
    use_effect_with((state.edits, state.focus), {
        let (editor, list, undo) = ((*editor).clone(), list.clone(), undo.clone());
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
                    editor.focus();
                }
            }
        }
    });

    let dispatch = state.dispatcher();
    // Takes what was typed since the last pause (the pause will not hand it over again), so
    // what follows acts on it.
    let take_typing = {
        let (dispatch, editor, text) = (dispatch.clone(), (*editor).clone(), state.text.clone());
        Rc::new(move || {
            if let Some(now) = editor.take_typed(&text) {
                dispatch.dispatch(Action::Type(now));
            }
        })
    };
    // Any other action acts on the text as typed.
    let act = {
        let (dispatch, take_typing) = (dispatch.clone(), take_typing.clone());
        Callback::from(move |action: Action| {
            take_typing();
            dispatch.dispatch(action);
        })
    };
    let on_change = dispatch.to_callback().reform(Action::Type);
    let on_api = act.reform(|api: String| Action::Switch { text: text_for(&api), api });
    let on_example = {
        let api = state.api.clone();
        act.reform(move |()| Action::Load(examples::text(&api).to_owned()))
    };
    let on_fix = act.reform(Action::Fix);
    let on_fix_all = act.reform(|()| Action::FixAll);
    let on_undo = act.reform(|()| Action::Undo);
    // The line is found in the text as typed, not as the report saw it.
    let on_goto = {
        let goto = goto.clone();
        Callback::from(move |path: String| {
            take_typing();
            goto.set((goto.0 + 1, path));
        })
    };
    // Found once per request, in the text that request sees.
    let goto_line = *use_memo(goto.0, {
        let (goto, state) = (goto.clone(), state.clone());
        move |n| {
            let line = crate::locate::lines(&state.text, &[goto.1.as_str()]).first().copied();
            (*n, line.unwrap_or(1))
        }
    });

    let last_fix = state.last_fix().map(|f| {
        AttrValue::from(match f {
            model::LastFix::One(what) => what.clone(),
            model::LastFix::Many(n) => fill(t.report.fixes, &[("n", &model::group(*n))]),
        })
    });
    let api = AttrValue::from(state.api.clone());
    html! {
        <article class="validate">
            <h1>{ t.heading }</h1>
            <p class="lede">{ t.lede }</p>
            <ApiPicker api={api.clone()} {on_api} {on_example} />
            <div class="split">
                <div class="editor-col">
                    <Editor text={text.clone()} shown={state.shown} opened={state.opened} marks={checked.marks.clone()} goto={goto_line}
                        handle={(*editor).clone()} {on_change} />
                    <Share api={api.clone()} editor={(*editor).clone()} kept={(*kept).clone()} />
                </div>
                <Diagnostics report={checked.report.clone()} lines={checked.lines.clone()}
                    {last_fix} problem={state.problem.clone().map(AttrValue::from)}
                    list_ref={list} undo_ref={undo} {on_goto} {on_fix} {on_fix_all} {on_undo} />
            </div>
            <CopyAs key={state.api.clone()} {api} text={AttrValue::from(text)} />
            <CheckFile />
        </article>
    }
}
