//! The payload editor: CodeMirror 6 (`www/editor/editor.js`, bundled into the site), which keeps
//! only the lines in view in the page, numbers them in a gutter, wraps long lines, marks the lines
//! diagnostics point at and scrolls to a line on request.
//!
//! Typing never waits for the page: the editor tells the page that an edit happened (no text
//! crosses), and the page reads the text and checks it only once typing pauses
//! (`model::check_delay`). Text from elsewhere (an example, a fix, an undo) is written into the
//! editor as the one change that differs, so the caret and the scroll stay.

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::rc::Rc;
use std::time::Duration;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;
use yew::prelude::*;

use super::model;
use crate::i18n::site::fill;
use crate::i18n::site::validate::EditorWords;
use crate::report::Severity;

#[wasm_bindgen(js_namespace = canarylabEditor)]
extern "C" {
    /// The editor's JS side (`www/editor/editor.js`).
    pub type PayloadEditor;

    /// An editor in `host` holding `text`, named `label`, speaking `phrases` (see [`phrases`]);
    /// `on_edit` is called on every edit typed (not on text the page sets). Fails when the
    /// editor's script is not in the page.
    #[wasm_bindgen(constructor, catch)]
    fn new(
        host: &HtmlElement,
        text: &str,
        label: &str,
        phrases: &js_sys::Object,
        on_edit: &js_sys::Function,
    ) -> Result<PayloadEditor, JsValue>;

    #[wasm_bindgen(method)]
    fn text(this: &PayloadEditor) -> String;

    #[wasm_bindgen(method)]
    fn lines(this: &PayloadEditor) -> u32;

    /// Writes `text` in as one undoable change, or (`fresh`) as the start of a new history.
    #[wasm_bindgen(method, js_name = setText)]
    fn set_text(this: &PayloadEditor, text: &str, fresh: bool);

    #[wasm_bindgen(method, js_name = setMarks)]
    fn set_marks(this: &PayloadEditor, lines: &[u32], errors: &[u8]);

    #[wasm_bindgen(method)]
    fn goto(this: &PayloadEditor, line: u32);

    #[wasm_bindgen(method)]
    fn focus(this: &PayloadEditor);

    #[wasm_bindgen(method, js_name = setLanguage)]
    fn set_language(this: &PayloadEditor, label: &str, phrases: &js_sys::Object);

    #[wasm_bindgen(method)]
    fn destroy(this: &PayloadEditor);
}

/// The event the editor's script sends once `canarylabEditor` is there.
const EDITOR_READY: &str = "canarylab-editor-ready";

/// Whether the editor's script has run.
fn editor_loaded() -> bool {
    js_sys::Reflect::has(&js_sys::global(), &JsValue::from_str("canarylabEditor")).unwrap_or(false)
}

/// Loads the editor's script, once per page: `index.html` names it (Trunk's hashed file, with its
/// integrity) in a script that does not run, so only this page pays for it.
fn load_editor() -> Option<()> {
    let document = web_sys::window()?.document()?;
    if document.query_selector("script[data-editor-loaded]").ok()?.is_some() {
        return Some(());
    }
    let named = document.query_selector("script[data-editor]").ok()??;
    let script = document.create_element("script").ok()?;
    script.set_attribute("type", "module").ok()?;
    script.set_attribute("data-editor-loaded", "").ok()?;
    for name in ["src", "integrity"] {
        if let Some(value) = named.get_attribute(name) {
            script.set_attribute(name, &value).ok()?;
        }
    }
    document.body()?.append_child(&script).ok()?;
    Some(())
}

/// CodeMirror's words in the reader's language, keyed by CodeMirror's English originals (its
/// `EditorState.phrases`).
fn phrases(w: &EditorWords) -> js_sys::Object {
    let pairs = [
        ("Find", w.find),
        ("Replace", w.replace),
        ("next", w.next),
        ("previous", w.previous),
        ("all", w.all),
        ("match case", w.match_case),
        ("regexp", w.regexp),
        ("by word", w.by_word),
        ("replace", w.replace_one),
        ("replace all", w.replace_all),
        ("close", w.close),
        ("current match", w.current_match),
        ("on line", w.on_line),
        ("replaced $ matches", w.replaced_matches),
        ("replaced match on line $", w.replaced_on_line),
        ("Go to line", w.go_to_line),
        ("go", w.go),
        ("Control character", w.control_character),
        ("Selection deleted", w.selection_deleted),
    ];
    let object = js_sys::Object::new();
    for (key, value) in pairs {
        let _ = js_sys::Reflect::set(&object, &key.into(), &value.into());
    }
    object
}

/// The editor, for the rest of the page: what was typed since the last hand-over, and the focus.
/// The page and the editor share it, with the line under the editor.
#[derive(Clone, Default)]
pub struct Handle(Rc<Shared>);

#[derive(Default)]
struct Shared {
    editor: RefCell<Option<PayloadEditor>>,
    /// Counts edits, so only the last one's pause hands the text over, and a text the page has
    /// taken is not handed over again.
    edits: Cell<u64>,
    status: RefCell<Status>,
    /// The page's text (kept at each render): what an editor made after its script has loaded
    /// starts with, and how long a pause waits.
    text: RefCell<Rc<str>>,
    /// The language the editor speaks, by its label.
    label: Cell<&'static str>,
}

impl PartialEq for Handle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Handle {
    /// The text typed since the last hand-over, if it differs from `known`; the hand-over the
    /// pause would make is cancelled, since the page has it now.
    pub fn take_typed(&self, known: &str) -> Option<String> {
        if !self.0.status.borrow().pending {
            return None;
        }
        self.0.edits.set(self.0.edits.get() + 1);
        self.0.status.borrow_mut().pending = false;
        self.with(PayloadEditor::text).filter(|t| t != known)
    }

    /// The text in the editor now, typing included.
    pub fn text(&self) -> Option<String> {
        self.with(PayloadEditor::text)
    }

    /// Moves the focus into the editor; false when there is none.
    pub fn focus(&self) -> bool {
        self.with(PayloadEditor::focus).is_some()
    }

    fn with<T>(&self, f: impl FnOnce(&PayloadEditor) -> T) -> Option<T> {
        self.0.editor.borrow().as_ref().map(f)
    }

    /// Changes the line under the editor; true when it changed.
    fn update(&self, f: impl FnOnce(&mut Status)) -> bool {
        let mut s = self.0.status.borrow_mut();
        let before = s.clone();
        f(&mut s);
        *s != before
    }
}

/// The text, its marks, and where edits go.
#[derive(Properties, PartialEq)]
pub struct EditorProps {
    /// The payload the page holds.
    pub text: Rc<str>,
    /// Changes when `text` came from elsewhere than typing: then it is written into the editor.
    pub shown: u64,
    /// Changes when `text` is another API's: the editor starts a new undo history.
    pub opened: u64,
    /// The lines diagnostics point at (1-based), and their severity.
    pub marks: Rc<BTreeMap<usize, Severity>>,
    /// A request to show a line: `(request number, 1-based line)`; a new number scrolls to it,
    /// selects it and focuses the editor.
    pub goto: (u64, usize),
    /// The editor, for the page to read and focus.
    pub handle: Handle,
    /// The text, once typing pauses.
    pub on_change: Callback<String>,
}

/// What the line under the editor says.
#[derive(Clone, Debug, Default, PartialEq)]
struct Status {
    /// Typed text waits to be checked.
    pending: bool,
    /// The editor could not start: why.
    failed: Option<String>,
    /// The editor's script has not loaded yet.
    loading: bool,
}

/// The editor.
#[component]
pub fn Editor(props: &EditorProps) -> Html {
    let t = &crate::web::i18n::use_site().validate.editor;
    let host = use_node_ref();
    let redraw = use_force_update();
    let handle = &props.handle;
    *handle.0.text.borrow_mut() = props.text.clone();

    // Made once: the editor and the callback its edits go through.
    use_effect_with((), {
        let (host, handle, redraw) = (host.clone(), handle.clone(), redraw.clone());
        let (label, words, on_change) = (t.label, &t.words, props.on_change.clone());
        move |()| {
            let on_edit = Closure::<dyn Fn()>::new({
                let (handle, redraw) = (handle.clone(), redraw.clone());
                move || {
                    let edit = handle.0.edits.get() + 1;
                    handle.0.edits.set(edit);
                    if handle.update(|s| s.pending = true) {
                        redraw.force_update();
                    }
                    let delay = model::check_delay(handle.0.text.borrow().len());
                    let (handle, on_change, redraw) =
                        (handle.clone(), on_change.clone(), redraw.clone());
                    yew::platform::spawn_local(async move {
                        yew::platform::time::sleep(Duration::from_millis(u64::from(delay))).await;
                        if handle.0.edits.get() != edit {
                            return;
                        }
                        let Some(text) = handle.text() else { return };
                        handle.update(|s| s.pending = false);
                        redraw.force_update();
                        on_change.emit(text);
                    });
                }
            });
            let start = {
                let (handle, redraw) = (handle.clone(), redraw.clone());
                let on_edit: js_sys::Function = on_edit.as_ref().clone().unchecked_into();
                move || {
                    let text = handle.0.text.borrow().clone();
                    let made = host
                        .cast::<HtmlElement>()
                        .map(|h| PayloadEditor::new(&h, &text, label, &phrases(words), &on_edit));
                    match made {
                        Some(Ok(editor)) => {
                            handle.update(|s| s.loading = false);
                            handle.0.label.set(label);
                            *handle.0.editor.borrow_mut() = Some(editor);
                        }
                        Some(Err(e)) => {
                            let why = e.as_string().or_else(|| {
                                e.dyn_ref::<js_sys::Error>().map(|e| String::from(e.message()))
                            });
                            handle.update(|s| {
                                (s.failed, s.loading) = (Some(why.unwrap_or_default()), false);
                            });
                        }
                        None => {}
                    }
                    redraw.force_update();
                }
            };
            // The editor's script says when it is there.
            let waiting = if editor_loaded() {
                start();
                None
            } else {
                handle.update(|s| s.loading = true);
                redraw.force_update();
                let listener = web_sys::window()
                    .map(|w| gloo_events::EventListener::once(&w, EDITOR_READY, move |_| start()));
                load_editor();
                listener
            };
            move || {
                drop(waiting);
                if let Some(editor) = handle.0.editor.borrow_mut().take() {
                    editor.destroy();
                }
                drop(on_edit);
            }
        }
    });
    // A text from elsewhere is written into the editor; another API's starts a new history.
    let opened = use_mut_ref(|| props.opened);
    use_effect_with(props.shown, {
        let (handle, text, redraw) = (handle.clone(), props.text.clone(), redraw.clone());
        let (opened, now) = (opened.clone(), props.opened);
        move |_| {
            let fresh = std::mem::replace(&mut *opened.borrow_mut(), now) != now;
            // The line under the editor was drawn before the text came in: drawn again.
            if handle.with(|e| e.set_text(&text, fresh)).is_some() {
                redraw.force_update();
            }
        }
    });
    // New marks come with each check.
    use_effect_with(props.marks.clone(), {
        let handle = handle.clone();
        move |marks| {
            let lines: Vec<u32> =
                marks.keys().map(|l| u32::try_from(*l).unwrap_or(u32::MAX)).collect();
            let errors: Vec<u8> = marks.values().map(|s| u8::from(*s == Severity::Error)).collect();
            handle.with(|e| e.set_marks(&lines, &errors));
        }
    });
    use_effect_with(props.goto, {
        let handle = handle.clone();
        move |(n, line)| {
            if *n > 0 {
                handle.with(|e| e.goto(u32::try_from(*line).unwrap_or(u32::MAX)));
            }
        }
    });
    // Another language (the editor is made in the one it starts in).
    use_effect_with(t.label, {
        let (handle, words) = (handle.clone(), &t.words);
        move |label| {
            if handle.0.label.replace(label) != *label {
                handle.with(|e| e.set_language(label, &phrases(words)));
            }
        }
    });

    let s = handle.0.status.borrow().clone();
    let lines = handle.with(|e| e.lines() as usize).unwrap_or(0);
    let line = match &s.failed {
        Some(why) => html! { <span class="bad">{ fill(t.failed, &[("why", why)]) }</span> },
        None if s.loading => html! { { t.loading } },
        None => html! {
            <>
                { fill(t.status, &[("lines", &model::count(lines, &t.lines)), ("size", &model::size(props.text.len()))]) }
                { for s.pending.then(|| html! { <span class="checking">{ " · " }{ t.checking }</span> }) }
            </>
        },
    };
    html! {
        <div class="code-editor-wrap">
            <div class="code-editor" data-testid="editor" data-describedby="verdict" ref={host} />
            <p class="editor-status" data-testid="editor-status">{ line }</p>
        </div>
    }
}
