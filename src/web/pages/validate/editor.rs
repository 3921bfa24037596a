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

    #[wasm_bindgen(method, js_name = setText)]
    fn set_text(this: &PayloadEditor, text: &str);

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

/// The editor, for the rest of the page: what it holds now (typing included, before the pause
/// hands it over) and the focus.
#[derive(Clone, Default)]
pub struct Handle(Rc<RefCell<Option<PayloadEditor>>>);

impl PartialEq for Handle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Handle {
    /// The text in the editor, if it is there.
    pub fn text(&self) -> Option<String> {
        self.0.borrow().as_ref().map(PayloadEditor::text)
    }

    /// Moves the focus into the editor; false when there is none.
    pub fn focus(&self) -> bool {
        self.0.borrow().as_ref().map(PayloadEditor::focus).is_some()
    }

    fn with(&self, f: impl FnOnce(&PayloadEditor)) {
        if let Some(e) = self.0.borrow().as_ref() {
            f(e);
        }
    }
}

/// The text, its marks, and where edits go.
#[derive(Properties, PartialEq)]
pub struct EditorProps {
    /// The payload the page holds.
    pub text: Rc<str>,
    /// Changes when `text` came from elsewhere than typing: then it is written into the editor.
    pub shown: u64,
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
    lines: usize,
    bytes: usize,
    /// Typed text waits to be checked.
    pending: bool,
    /// The editor could not start: why.
    failed: Option<String>,
}

/// Counts edits, so only the last one's pause hands the text over.
#[derive(Default)]
struct Typing {
    edits: Cell<u64>,
    status: RefCell<Status>,
}

impl Typing {
    /// Changes the status line; true when it changed.
    fn update(&self, f: impl FnOnce(&mut Status)) -> bool {
        let mut s = self.status.borrow_mut();
        let before = s.clone();
        f(&mut s);
        *s != before
    }
}

/// The editor.
#[component]
pub fn Editor(props: &EditorProps) -> Html {
    let t = &crate::web::i18n::use_site().validate.editor;
    let host = use_node_ref();
    let typing = use_memo((), |()| Typing::default());
    let redraw = use_force_update();

    // Made once: the editor and the callback its edits go through.
    use_effect_with((), {
        let (host, handle, typing, redraw) =
            (host.clone(), props.handle.clone(), typing.clone(), redraw.clone());
        let (text, label, words, on_change) =
            (props.text.clone(), t.label, &t.words, props.on_change.clone());
        move |()| {
            let on_edit = Closure::<dyn Fn()>::new({
                let (handle, typing, redraw) = (handle.clone(), typing.clone(), redraw.clone());
                move || {
                    let edit = typing.edits.get() + 1;
                    typing.edits.set(edit);
                    if typing.update(|s| s.pending = true) {
                        redraw.force_update();
                    }
                    let delay = model::check_delay(typing.status.borrow().bytes);
                    let (handle, typing, on_change) =
                        (handle.clone(), typing.clone(), on_change.clone());
                    yew::platform::spawn_local(async move {
                        yew::platform::time::sleep(Duration::from_millis(u64::from(delay))).await;
                        if typing.edits.get() == edit {
                            if let Some(text) = handle.text() {
                                typing.update(|s| s.bytes = text.len());
                                on_change.emit(text);
                            }
                        }
                    });
                }
            });
            let made = host.cast::<HtmlElement>().map(|h| {
                PayloadEditor::new(
                    &h,
                    &text,
                    label,
                    &phrases(words),
                    on_edit.as_ref().unchecked_ref(),
                )
            });
            match made {
                Some(Ok(editor)) => {
                    typing.update(|s| {
                        s.lines = editor.lines() as usize;
                        s.bytes = text.len();
                    });
                    *handle.0.borrow_mut() = Some(editor);
                }
                Some(Err(e)) => {
                    let why = e.as_string().or_else(|| {
                        e.dyn_ref::<js_sys::Error>().map(|e| String::from(e.message()))
                    });
                    typing.update(|s| s.failed = Some(why.unwrap_or_default()));
                }
                None => {}
            }
            redraw.force_update();
            move || {
                if let Some(editor) = handle.0.borrow_mut().take() {
                    editor.destroy();
                }
                drop(on_edit);
            }
        }
    });
    // A text from elsewhere is written into the editor.
    use_effect_with(props.shown, {
        let (handle, text, typing, redraw) =
            (props.handle.clone(), props.text.clone(), typing.clone(), redraw.clone());
        move |_| {
            handle.with(|e| {
                e.set_text(&text);
                let lines = e.lines() as usize;
                if typing.update(|s| (s.lines, s.bytes) = (lines, text.len())) {
                    redraw.force_update();
                }
            });
        }
    });
    // New marks come with each check: the typed text has been handed over.
    use_effect_with(props.marks.clone(), {
        let (handle, typing, redraw) = (props.handle.clone(), typing.clone(), redraw.clone());
        move |marks| {
            let lines: Vec<u32> =
                marks.keys().map(|l| u32::try_from(*l).unwrap_or(u32::MAX)).collect();
            let errors: Vec<u8> = marks.values().map(|s| u8::from(*s == Severity::Error)).collect();
            handle.with(|e| {
                e.set_marks(&lines, &errors);
                let lines = e.lines() as usize;
                if typing.update(|s| (s.lines, s.pending) = (lines, false)) {
                    redraw.force_update();
                }
            });
        }
    });
    use_effect_with(props.goto, {
        let handle = props.handle.clone();
        move |(n, line)| {
            if *n > 0 {
                handle.with(|e| e.goto(u32::try_from(*line).unwrap_or(u32::MAX)));
            }
        }
    });
    use_effect_with(t.label, {
        let (handle, words) = (props.handle.clone(), &t.words);
        move |label| handle.with(|e| e.set_language(label, &phrases(words)))
    });

    let s = typing.status.borrow().clone();
    let line = match &s.failed {
        Some(why) => html! { <span class="bad">{ fill(t.failed, &[("why", why)]) }</span> },
        None => html! {
            <>
                { fill(t.status, &[("lines", &model::group(s.lines)), ("size", &model::size(s.bytes))]) }
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
