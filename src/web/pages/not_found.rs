//! The page for a fragment that names no page.

use yew::prelude::*;

/// Shown for an unknown `#/...` fragment.
#[component]
pub fn NotFound() -> Html {
    html! {
        <article>
            <h1>{"No such page"}</h1>
            <p>{"This link names no page of canarylab. "}<a href="#/">{"Go to the overview."}</a></p>
        </article>
    }
}
