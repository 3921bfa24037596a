//! "Check a file": paste, open or drop a CloudFormation or SAM template, a Terraform plan or a
//! deploy script. Its API Gateway requests are validated and run in order through the simulated
//! gateway (`input::check`, the CLI's `check`), and each diagnostic names its line and column;
//! choosing one selects that line. The file is read in the page: nothing leaves it.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{
    DragEvent, File, FileReader, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement,
};
use yew::prelude::*;

use crate::input::{self, FileReport, Finding, Kind};
use crate::report::Severity;

use super::model;
use crate::i18n::site::fill;
use crate::i18n::site::validate::Validate;
use crate::web::i18n::rich;

/// What the panel holds: the text, the kind chosen (`None`: told from the text) and the file's
/// name, when it came from one.
#[derive(Clone, Default, PartialEq)]
struct Input {
    text: String,
    kind: Option<Kind>,
    name: Option<String>,
}

/// Reads `file` as text, then hands it to `done` with its name.
fn read(file: File, done: Callback<(String, String)>) {
    let Ok(reader) = FileReader::new() else { return };
    let name = file.name();
    let target = reader.clone();
    let onload = Closure::once_into_js(move || {
        if let Some(text) = target.result().ok().and_then(|r| r.as_string()) {
            done.emit((name, text));
        }
    });
    reader.set_onload(Some(onload.unchecked_ref()));
    let _ = reader.read_as_text(&file);
}

/// The verdict line: the kind read, and how many errors and warnings.
fn verdict(r: &FileReport, v: &Validate) -> String {
    let t = &v.check_file;
    let kind = r.kind.map_or(t.read_unknown, |k| match k {
        Kind::CloudFormation => t.read_cloudformation,
        Kind::Terraform => t.read_terraform,
        Kind::AwsCli => t.read_awscli,
    });
    let errors = model::count(r.count(Severity::Error), &v.report.errors);
    let warnings = model::count(r.count(Severity::Warning), &v.report.warnings);
    if r.is_valid() {
        fill(t.valid, &[("kind", &kind), ("warnings", &warnings)])
    } else {
        fill(t.invalid, &[("kind", &kind), ("errors", &errors), ("warnings", &warnings)])
    }
}

/// The panel.
#[component]
pub fn CheckFile() -> Html {
    let lang = crate::web::i18n::use_lang();
    let v = &crate::web::i18n::use_site().validate;
    let t = &v.check_file;
    let input = use_state(Input::default);
    let dragging = use_state(|| false);
    let area = use_node_ref();
    let report = use_memo(((*input).clone(), lang), |(i, lang)| {
        (!i.text.trim().is_empty()).then(|| {
            let mut r = input::check(&i.text, i.kind, i.name.as_deref());
            for f in &mut r.findings {
                f.diagnostic = f.diagnostic.localized(*lang);
            }
            Rc::new(r)
        })
    });

    let loaded = {
        let input = input.clone();
        Callback::from(move |(name, text): (String, String)| {
            input.set(Input { text, kind: input.kind, name: Some(name) });
        })
    };
    let on_input = {
        let input = input.clone();
        Callback::from(move |e: InputEvent| {
            let t: HtmlTextAreaElement = e.target_unchecked_into();
            input.set(Input { text: t.value(), ..(*input).clone() });
        })
    };
    let on_kind = {
        let input = input.clone();
        Callback::from(move |e: Event| {
            let s: HtmlSelectElement = e.target_unchecked_into();
            input.set(Input { kind: Kind::from_name(&s.value()), ..(*input).clone() });
        })
    };
    let on_open = {
        let loaded = loaded.clone();
        Callback::from(move |e: Event| {
            let el: HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = el.files().and_then(|f| f.get(0)) {
                read(file, loaded.clone());
            }
            el.set_value("");
        })
    };
    let on_dragover = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(true);
        })
    };
    let on_dragleave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let on_drop = {
        let (dragging, loaded) = (dragging.clone(), loaded.clone());
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            let file = e.data_transfer().and_then(|d| d.files()).and_then(|f| f.get(0));
            if let Some(file) = file {
                read(file, loaded.clone());
            }
        })
    };
    let on_goto = {
        let (area, text) = (area.clone(), input.text.clone());
        Callback::from(move |line: usize| {
            if let Some(t) = area.cast::<HtmlTextAreaElement>() {
                let (start, end) = model::line_range(&text, line);
                let _ = t.focus();
                let _ = t.set_selection_range(start, end);
            }
        })
    };

    let kinds = Kind::ALL.iter().map(|k| {
        let label = match k {
            Kind::CloudFormation => t.kind_cloudformation,
            Kind::Terraform => t.kind_terraform,
            Kind::AwsCli => t.kind_awscli,
        };
        html! { <option value={k.name()} selected={input.kind == Some(*k)}>{ label }</option> }
    });
    let drop_class = classes!("drop", (*dragging).then_some("dragging"));
    html! {
        <section class="check-file" aria-labelledby="check-file-h">
            <h2 id="check-file-h">{ t.heading }</h2>
            <p class="lede">{ rich(t.lede) }</p>
            <div class="check-controls">
                <label for="check-kind">{ t.kind }{" "}</label>
                <select id="check-kind" onchange={on_kind}>
                    <option value="" selected={input.kind.is_none()}>{ t.tell_kind }</option>
                    { for kinds }
                </select>
                <label class="open-file">{ t.open }{" "}<input type="file" id="check-open" onchange={on_open} /></label>
                { for input.name.as_ref().map(|n| html! { <span class="file-name">{ n.clone() }</span> }) }
            </div>
            <div class={drop_class} ondragover={on_dragover} ondragleave={on_dragleave} ondrop={on_drop}>
                <textarea id="check-text" ref={area} spellcheck="false" aria-label={t.label}
                    aria-describedby="check-verdict" placeholder={t.placeholder}
                    value={input.text.clone()} oninput={on_input} />
            </div>
            <div class="check-report" aria-live="polite">
                { match report.as_ref() {
                    None => html! { <p id="check-verdict" class="verdict">{ t.nothing }</p> },
                    Some(r) => html! {
                        <>
                            <p id="check-verdict" class={classes!("verdict", r.is_valid().then_some("ok"))}>{ verdict(r, v) }</p>
                            <ol class="diags check-diags">
                                { for r.findings.iter().map(|f| finding(f, &on_goto, v)) }
                            </ol>
                        </>
                    },
                } }
            </div>
        </section>
    }
}

/// One finding: where it is, then what and why.
fn finding(f: &Finding, on_goto: &Callback<usize>, v: &Validate) -> Html {
    let (t, r) = (&v.check_file, &v.report);
    let d = &f.diagnostic;
    let line = f.at.line;
    let (class, sev) = if d.severity == Severity::Error {
        ("diag error", r.error)
    } else {
        ("diag warning", r.warning)
    };
    let path = if d.path.is_root() { r.document } else { d.path.as_str() };
    let request = f.request.as_ref().map(|r| format!("{} {} ({})", r.action, r.path, r.from));
    html! {
        <li {class}>
            <div class="diag-head">
                <span class="sev">{ sev }</span>
                <button type="button" class="link at" onclick={on_goto.reform(move |_: MouseEvent| line)}>
                    { fill(t.at, &[("line", &model::group(f.at.line)), ("column", &model::group(f.at.column))]) }
                </button>
                <code class="path">{ path.to_owned() }</code>
                <code class="code">{ d.code.name() }</code>
            </div>
            <p class="msg">{ &d.message }</p>
            <p class="hint">{ fill(r.hint, &[("hint", &d.hint)]) }</p>
            { for request.map(|q| html! { <p class="field">{ fill(t.in_request, &[("request", &q)]) }</p> }) }
        </li>
    }
}
