//! The payload editor: a textarea that wraps long lines, a gutter that numbers the logical lines
//! beside the wrapped text and marks the ones diagnostics point at, and jump-to-line.
//!
//! Built to stay quick on a megabyte:
//! - the textarea is left to the browser while typing: the page writes a text into it only when
//!   the text came from elsewhere (an example, a fix, an undo), never what was just typed;
//! - an edit is handed to the page (checked, saved, drawn) only after the typing pauses
//!   (`model::check_delay`), so no keystroke waits for a check;
//! - the gutter draws only the numbers in view, placed by `wrap::Wrap` (arithmetic for ASCII
//!   lines, the browser's measure for the rest), recomputed at most once a frame. The measures
//!   come from a hidden textarea styled as the editor: a div of the same width wraps a column
//!   later than a textarea, which keeps room for the caret.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};
use std::rc::Rc;
use std::time::Duration;

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{Element, HtmlElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::model;
use super::wrap::{self, Wrap};
use crate::i18n::site::fill;
use crate::report::Severity;

/// The text, its marks, and where edits go.
#[derive(Properties, PartialEq)]
pub struct EditorProps {
    /// The payload the page holds.
    pub text: Rc<str>,
    /// Changes when `text` came from elsewhere than typing: then it is written into the textarea.
    pub shown: u64,
    /// The lines diagnostics point at (1-based), and their severity.
    pub marks: Rc<BTreeMap<usize, Severity>>,
    /// A request to show a line: `(request number, 1-based line)`; a new number scrolls to it,
    /// selects it and focuses the editor.
    pub goto: (u64, usize),
    /// The textarea, for the page to read and focus.
    pub area: NodeRef,
    /// The text, once typing pauses.
    pub on_change: Callback<String>,
}

/// What the gutter shows: the numbers in view, where they sit, and how each is marked.
#[derive(Clone, Debug, Default, PartialEq)]
struct View {
    rows: Vec<Row>,
    lines: usize,
    bytes: usize,
    digits: usize,
    pending: bool,
}

#[derive(Clone, Debug, PartialEq)]
struct Row {
    line: usize,
    top: f64,
    height: f64,
    mark: Option<Severity>,
}

/// The editor's measures and layout, kept between frames.
#[derive(Default)]
struct Geo {
    cols: usize,
    width: f64,
    line_h: f64,
    pad_top: f64,
    /// Top and bottom padding.
    pad_v: f64,
    wrap: Wrap,
    bytes: usize,
    /// Rows of measured lines at `width`.
    measured: HashMap<String, u32>,
    marks: Rc<BTreeMap<usize, Severity>>,
    frame_pending: bool,
    /// An edit since the last frame may have changed the lines' layout.
    relayout: bool,
    /// The editor's size changed since the last measure.
    resized: bool,
    /// Counts edits, so only the last one's pause hands the text over.
    edits: u64,
    pending: bool,
}

type Shared = Rc<RefCell<Geo>>;

/// Up to this size every edit lays the text out again in the next frame; above it, typing
/// within a line waits for the pause (other edits, such as a new line or a paste, do not).
const LIVE_LAYOUT_LIMIT: usize = 256 * 1024;

fn px(s: &str) -> f64 {
    s.trim_end_matches("px").parse().unwrap_or(0.0)
}

/// The rows `text` takes in the mirror (a hidden textarea like the editor's, so the browser's
/// own textarea layout decides, caret room and all).
fn probe_rows(probe: &HtmlTextAreaElement, text: &str, geo: &Geo) -> u32 {
    probe.set_value(text);
    let h = f64::from(probe.scroll_height()) - geo.pad_v;
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let rows = (h / geo.line_h.max(1.0)).round() as u32;
    rows.max(1)
}

/// Reads the font and width when the editor's width changed: the columns a row holds (found in
/// the mirror: the longest run of `x` that stays on one row), the row height and the padding.
fn measure(geo: &mut Geo, area: &HtmlTextAreaElement, probe: &HtmlTextAreaElement) -> Option<()> {
    // Between resizes nothing is read from the layout, so a keystroke forces none.
    if geo.cols > 0 && !geo.resized {
        return Some(());
    }
    let window = web_sys::window()?;
    let style = window.get_computed_style(area).ok()??;
    let line_h = px(&style.get_property_value("line-height").ok()?);
    let pad_top = px(&style.get_property_value("padding-top").ok()?);
    let pad_v = pad_top + px(&style.get_property_value("padding-bottom").ok()?);
    let width = area.get_bounding_client_rect().width();
    if (width - geo.width).abs() < 0.01 && (line_h - geo.line_h).abs() < 0.01 && geo.cols > 0 {
        geo.resized = false;
        return Some(());
    }
    *geo = Geo {
        width,
        line_h,
        pad_top,
        pad_v,
        marks: geo.marks.clone(),
        edits: geo.edits,
        pending: geo.pending,
        ..Geo::default()
    };
    let (mut lo, mut hi) = (1usize, 4096usize);
    while lo < hi {
        let mid = (lo + hi).div_ceil(2);
        if probe_rows(probe, &"x".repeat(mid), geo) == 1 {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    geo.cols = lo;
    probe.set_value("");
    Some(())
}

/// Lays the current text out again (after an edit, a resize or a new text).
fn relayout(geo: &Shared, area: &NodeRef, mirror: &NodeRef) {
    let (Some(a), Some(m)) =
        (area.cast::<HtmlTextAreaElement>(), mirror.cast::<HtmlTextAreaElement>())
    else {
        return;
    };
    let text = a.value();
    let mut g = geo.borrow_mut();
    if measure(&mut g, &a, &m).is_none() {
        return;
    }
    let cols = g.cols;
    let unknown: Vec<String> = wrap::unmeasured(&text, cols, |l| g.measured.contains_key(l))
        .into_iter()
        .map(str::to_owned)
        .collect();
    if !unknown.is_empty() {
        for line in unknown {
            let rows = probe_rows(&m, &line, &g);
            g.measured.insert(line, rows);
        }
        m.set_value("");
    }
    g.wrap = Wrap::new(&text, cols, |l| g.measured.get(l).copied());
    g.bytes = text.len();
}

/// The gutter's rows in view.
fn view(geo: &Shared, area: &NodeRef) -> View {
    let g = geo.borrow();
    let Some(a) = area.cast::<Element>() else { return View::default() };
    let (top, height) = (f64::from(a.scroll_top()), f64::from(a.client_height()));
    let lh = g.line_h.max(1.0);
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let first_row = ((top - g.pad_top) / lh).floor().max(0.0) as u32;
    let mut rows = Vec::new();
    let mut line = g.wrap.line_at(first_row);
    while line < g.wrap.lines() {
        let y = g.pad_top + f64::from(g.wrap.top(line)) * lh - top;
        if y > height {
            break;
        }
        let h = f64::from(g.wrap.height(line)) * lh;
        rows.push(Row {
            line: line + 1,
            top: y,
            height: h,
            mark: g.marks.get(&(line + 1)).copied(),
        });
        line += 1;
    }
    let lines = g.wrap.lines();
    View { rows, lines, bytes: g.bytes, digits: model::group(lines).len(), pending: g.pending }
}

/// Places the children of `parent` at the rows' tops and heights (and sets its width).
fn place<'a>(parent: &NodeRef, rows: impl Iterator<Item = &'a Row>, width: Option<&str>) {
    let Some(p) = parent.cast::<HtmlElement>() else { return };
    if let Some(w) = width {
        let _ = p.style().set_property("width", w);
    }
    let children = p.children();
    for (i, r) in (0..children.length()).zip(rows) {
        if let Some(el) = children.item(i).and_then(|c| c.dyn_into::<HtmlElement>().ok()) {
            let style = el.style();
            let _ = style.set_property("top", &format!("{:.2}px", r.top));
            let _ = style.set_property("height", &format!("{:.2}px", r.height));
        }
    }
}

/// Runs `f` on the next animation frame.
fn on_frame(f: impl FnOnce() + 'static) {
    let f = Closure::once_into_js(f);
    if let Some(w) = web_sys::window() {
        let _ = w.request_animation_frame(f.unchecked_ref());
    }
}

/// The editor.
#[component]
pub fn Editor(props: &EditorProps) -> Html {
    let t = &crate::web::i18n::use_site().validate.editor;
    let geo: Shared = use_mut_ref(Geo::default);
    let mirror = use_node_ref();
    let shown = use_state_eq(View::default);
    geo.borrow_mut().marks = props.marks.clone();

    let refresh = {
        let (geo, area, shown) = (geo.clone(), props.area.clone(), shown.clone());
        Rc::new(move || shown.set(view(&geo, &area)))
    };
    let redo = {
        let (geo, area, mirror, refresh) =
            (geo.clone(), props.area.clone(), mirror.clone(), refresh.clone());
        Rc::new(move || {
            relayout(&geo, &area, &mirror);
            refresh();
        })
    };

    // A text from elsewhere is written into the textarea, then laid out.
    use_effect_with(props.shown, {
        let (area, text, redo) = (props.area.clone(), props.text.clone(), redo.clone());
        move |_| {
            if let Some(a) = area.cast::<HtmlTextAreaElement>() {
                if a.value() != *text {
                    a.set_value(&text);
                }
            }
            redo();
        }
    });
    // New marks: the rows in view are drawn again.
    use_effect_with(props.marks.clone(), {
        let (geo, refresh) = (geo.clone(), refresh.clone());
        move |_| {
            geo.borrow_mut().pending = false;
            refresh();
        }
    });
    // A change of the editor's width (the window, a scrollbar coming to the page, fonts) changes
    // how lines wrap.
    use_effect_with((), {
        let (redo, area, geo) = (redo.clone(), props.area.clone(), geo.clone());
        move |()| {
            let callback = Closure::<dyn Fn()>::new({
                let geo = geo.clone();
                move || {
                    geo.borrow_mut().resized = true;
                    redo();
                }
            });
            let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok();
            if let (Some(o), Some(a)) = (&observer, area.cast::<Element>()) {
                o.observe(&a);
            }
            move || {
                if let Some(o) = observer {
                    o.disconnect();
                }
                drop(callback);
            }
        }
    });
    // A jump: the line scrolled into view (a third from the top), selected, focused.
    use_effect_with(props.goto, {
        let (geo, area, redo) = (geo.clone(), props.area.clone(), redo.clone());
        move |(n, line)| {
            if *n == 0 {
                return;
            }
            let Some(a) = area.cast::<HtmlTextAreaElement>() else { return };
            redo();
            let (start, end) = model::line_range(&a.value(), *line);
            let _ = a.focus();
            let _ = a.set_selection_range(start, end);
            let g = geo.borrow();
            let y = g.pad_top + f64::from(g.wrap.top(line.saturating_sub(1))) * g.line_h;
            let target = (y - f64::from(a.client_height()) / 3.0).max(0.0);
            #[allow(clippy::cast_possible_truncation)]
            a.set_scroll_top(target as i32);
            let options = web_sys::ScrollIntoViewOptions::new();
            options.set_block(web_sys::ScrollLogicalPosition::Nearest);
            if let Some(box_) = a.parent_element() {
                box_.scroll_into_view_with_scroll_into_view_options(&options);
            }
            drop(g);
            redo();
        }
    });

    let on_input = {
        let (geo, area, redo, refresh, on_change) = (
            geo.clone(),
            props.area.clone(),
            redo.clone(),
            refresh.clone(),
            props.on_change.clone(),
        );
        Callback::from(move |e: InputEvent| {
            // Autofill, extensions and scripts send a plain `input` Event, which has no
            // `inputType`: read it only from a real InputEvent, and before borrowing the shared
            // layout (a JS exception while it is borrowed would leave it borrowed for good).
            let inserted_text = e
                .dyn_ref::<web_sys::InputEvent>()
                .is_some_and(|ie| ie.input_type() == "insertText");
            let (edit, delay, schedule) = {
                let mut g = geo.borrow_mut();
                g.edits += 1;
                // Typing within a line of a large text waits for the pause to lay out again:
                // reading a megabyte back from the textarea each frame costs more than the
                // keystroke itself, and all it can change is one line's rows.
                let typing = inserted_text && g.bytes > LIVE_LAYOUT_LIMIT;
                g.relayout |= !typing;
                let schedule = !g.frame_pending;
                g.frame_pending = true;
                g.pending = true;
                (g.edits, model::check_delay(g.bytes), schedule)
            };
            if schedule {
                let (geo, redo, refresh) = (geo.clone(), redo.clone(), refresh.clone());
                on_frame(move || {
                    let relayout = {
                        let mut g = geo.borrow_mut();
                        g.frame_pending = false;
                        std::mem::take(&mut g.relayout)
                    };
                    if relayout { redo() } else { refresh() }
                });
            }
            let (geo, area, on_change, redo) =
                (geo.clone(), area.clone(), on_change.clone(), redo.clone());
            yew::platform::spawn_local(async move {
                yew::platform::time::sleep(Duration::from_millis(u64::from(delay))).await;
                if geo.borrow().edits != edit {
                    return;
                }
                geo.borrow_mut().pending = false;
                if let Some(a) = area.cast::<HtmlTextAreaElement>() {
                    on_change.emit(a.value());
                }
                redo();
            });
        })
    };
    let on_scroll = {
        let refresh = refresh.clone();
        Callback::from(move |_: Event| refresh())
    };

    // The site's CSP refuses style attributes, so rows are placed through the CSSOM.
    let (gutter, bands) = (use_node_ref(), use_node_ref());
    use_effect_with((*shown).clone(), {
        let (gutter, bands) = (gutter.clone(), bands.clone());
        move |v: &View| {
            let width = format!("{}ch", v.digits.max(2) + 2);
            place(&gutter, v.rows.iter(), Some(&width));
            place(&bands, v.rows.iter().filter(|r| r.mark.is_some()), None);
        }
    });
    let v = &*shown;
    let status =
        fill(t.status, &[("lines", &model::group(v.lines)), ("size", &model::size(v.bytes))]);
    html! {
        <div class="code-editor-wrap">
            <div class="code-editor" data-testid="editor">
                <div class="gutter" aria-hidden="true" ref={gutter}>
                    { for v.rows.iter().map(|r| {
                        let class = classes!("ln", r.mark.map(|m| if m == Severity::Error { "err" } else { "warn" }));
                        html! { <span {class} data-line={r.line.to_string()}>{ r.line }</span> }
                    }) }
                </div>
                <div class="bands" aria-hidden="true" ref={bands}>
                    { for v.rows.iter().filter_map(|r| r.mark.map(|m| {
                        let class = classes!("band", if m == Severity::Error { "err" } else { "warn" });
                        html! { <span {class} data-line={r.line.to_string()} /> }
                    })) }
                </div>
                <textarea id="payload" ref={props.area.clone()} spellcheck="false" aria-label={t.label}
                    aria-describedby="verdict" oninput={on_input} onscroll={on_scroll} />
                <textarea class="mirror" ref={mirror} aria-hidden="true" tabindex="-1" readonly=true />
            </div>
            <p class="editor-status" data-testid="editor-status">
                { status }
                { for v.pending.then(|| html! { <span class="checking">{ " · " }{ t.checking }</span> }) }
            </p>
        </div>
    }
}
