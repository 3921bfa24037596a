//! The site: a Yew single-page app over the core. Everything runs in the browser; nothing leaves
//! the page.
//!
//! [`route`] maps the URL fragment to a page (hash routing, so any static server can host
//! `dist/`); [`app`] is the root component that owns the route; `pages/` has one file per page.

pub mod app;
pub mod charts;
pub mod components;
pub mod examples;
pub mod format;
pub mod i18n;
pub mod pages;
pub mod route;
pub mod state;

/// Mounts the app on the page's `<div id="app">` (or on `<body>` when it is missing), and
/// registers the service worker that keeps the site working offline once the page has loaded.
pub fn start() {
    if let Some(w) = web_sys::window() {
        // A failed registration (file:// pages, private modes) only costs offline use. Its
        // install fetches every file the site has, so it waits for the page's own load rather
        // than compete with it.
        let register = |w: &web_sys::Window| {
            let _ = w.navigator().service_worker().register("sw.js");
        };
        if w.document().is_some_and(|d| d.ready_state() == "complete") {
            register(&w);
        } else {
            let target = w.clone();
            gloo_events::EventListener::once(&w, "load", move |_| register(&target)).forget();
        }
    }
    let root =
        web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("app"));
    match root {
        Some(el) => {
            yew::Renderer::<app::App>::with_root(el).render();
        }
        None => {
            yew::Renderer::<app::App>::new().render();
        }
    }
}
