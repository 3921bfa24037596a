//! The page for a fragment that names no page.

use yew::prelude::*;

use crate::web::i18n::{use_lang, use_site};
use crate::web::route::Route;

/// Shown for an unknown `#/...` fragment.
#[component]
pub fn NotFound() -> Html {
    let t = &use_site().common;
    let lang = use_lang();
    html! {
        <article>
            <h1>{ t.not_found_heading }</h1>
            <p>{ t.not_found_text }{" "}<a href={Route::Home.link(lang)}>{ t.not_found_link }</a></p>
        </article>
    }
}
