//! Under the editor: where the payload is kept (the address bar holds a few KB; a larger payload
//! stays in this browser) and "Copy link", which packs the view into one compressed link.

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use yew::prelude::*;

use super::Kept;
use super::editor::Handle;
use super::model;
use crate::i18n::site::fill;
use crate::web::state::{self, LinkError};

/// The view to share and what is known about where it is kept.
#[derive(Properties, PartialEq)]
pub struct ShareProps {
    /// The API.
    pub api: AttrValue,
    /// The editor (the payload as typed, even mid-pause).
    pub editor: Handle,
    /// Where the payload is kept.
    pub kept: Kept,
}

/// What the last "Copy link" did.
#[derive(Clone, Debug, PartialEq)]
enum Copied {
    /// On the clipboard (and shown).
    Done(String),
    /// The clipboard refused: the link is shown to copy by hand.
    Shown(String),
    /// Too long even packed.
    TooBig(usize),
}

/// The notes and the button.
#[component]
pub fn Share(props: &ShareProps) -> Html {
    let t = &crate::web::i18n::use_site().validate.editor;
    let copied = use_state(|| None::<Copied>);
    let onclick = {
        let (api, editor, copied) = (props.api.clone(), props.editor.clone(), copied.clone());
        Callback::from(move |_: MouseEvent| {
            let text = editor.text().unwrap_or_default();
            match state::packed_link("#/validate", &[("api", api.to_string()), ("payload", text)]) {
                Err(LinkError::TooBig { size }) => copied.set(Some(Copied::TooBig(size))),
                Err(_) => {}
                Ok(link) => {
                    copied.set(Some(Copied::Shown(link.clone())));
                    let Some(w) = web_sys::window() else { return };
                    let promise = w.navigator().clipboard().write_text(&link);
                    let done = {
                        let copied = copied.clone();
                        Closure::once_into_js(move || copied.set(Some(Copied::Done(link))))
                    };
                    // A refusal leaves the link shown, to copy by hand.
                    let refused = Closure::once_into_js(|| ());
                    let then = js_sys::Reflect::get(&promise, &"then".into())
                        .ok()
                        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
                    if let Some(then) = then {
                        let _ = then.call2(&promise, &done, &refused);
                    }
                }
            }
        })
    };
    let kept = &props.kept;
    let limit = model::size(state::LINK_LIMIT);
    let note = |class: &'static str, text: String| html! { <p class={classes!("note", class)}>{ text }</p> };
    html! {
        <div class="share" data-testid="share">
            <div class="toolbar">
                <button type="button" class="copy-link" {onclick}>{ t.copy_link }</button>
            </div>
            { for kept.left_out.map(|n| note("kept", fill(t.url_left_out, &[("size", &model::size(n))]))) }
            { for kept.not_stored.then(|| note("bad", t.not_stored.to_owned())) }
            { for kept.missing.then(|| note("bad", t.link_without_payload.to_owned())) }
            { for kept.unreadable.as_ref().map(|e| {
                let why = match e {
                    LinkError::UnpacksTooBig => fill(t.link_unpacks_too_big, &[("limit", &model::size(state::UNPACKED_LIMIT))]),
                    _ => t.link_corrupt.to_owned(),
                };
                note("bad", fill(t.link_unreadable, &[("why", &why)]))
            }) }
            { match &*copied {
                None => html! {},
                Some(Copied::Done(link)) => html! {
                    <>
                        { note("ok", fill(t.link_copied, &[("size", &model::size(link.len()))])) }
                        <input class="link-out" readonly=true value={link.clone()} aria-label={t.copy_link} />
                    </>
                },
                Some(Copied::TooBig(n)) => note("bad", fill(t.link_too_big, &[("size", &model::size(*n)), ("limit", &limit)])),
                Some(Copied::Shown(link)) => html! {
                    <>
                        { note("", fill(t.link_shown, &[("size", &model::size(link.len()))])) }
                        <input class="link-out" readonly=true value={link.clone()} aria-label={t.copy_link} />
                    </>
                },
            } }
        </div>
    }
}
