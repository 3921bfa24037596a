//! The root component: navigation plus the page the URL fragment names.

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use yew::prelude::*;

use super::pages;
use super::route::Route;

fn current_route() -> Route {
    let hash = web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default();
    Route::from_hash(&hash)
}

/// The whole site.
#[component]
pub fn App() -> Html {
    let route = use_state(current_route);
    {
        let route = route.clone();
        use_effect_with((), move |_| {
            let listener = Closure::<dyn Fn()>::new(move || route.set(current_route()));
            let window = web_sys::window();
            if let Some(w) = &window {
                let _ = w.add_event_listener_with_callback(
                    "hashchange",
                    listener.as_ref().unchecked_ref(),
                );
            }
            move || {
                if let Some(w) = &window {
                    let _ = w.remove_event_listener_with_callback(
                        "hashchange",
                        listener.as_ref().unchecked_ref(),
                    );
                }
            }
        });
    }
    let current = *route;
    html! {
        <>
            <header class="top">
                <a class="brand" href="#/">{"canarylab"}</a>
                <nav aria-label="Main">
                    <ul>
                        { for Route::NAV.iter().map(|r| {
                            let here = *r == current;
                            html! {
                                <li>
                                    <a href={r.href()} aria-current={here.then_some("page")}>{ r.label() }</a>
                                </li>
                            }
                        }) }
                    </ul>
                </nav>
            </header>
            <div class="page" id="page">
                { match current {
                    Route::Home => html! { <pages::home::Home /> },
                    Route::NotFound => html! { <pages::not_found::NotFound /> },
                    Route::Validate => html! { <pages::validate::Validate /> },
                    Route::Lifecycle => html! { <pages::lifecycle::Lifecycle /> },
                    Route::Traffic => html! { <pages::traffic::Traffic /> },
                    Route::Judge => html! { <pages::judge::Judge /> },
                    Route::Learn => html! { <pages::learn::Learn /> },
                } }
            </div>
            <footer class="foot">
                <p>{ format!("canarylab {} · runs entirely in your browser: no request leaves this page.", crate::VERSION) }</p>
            </footer>
        </>
    }
}
