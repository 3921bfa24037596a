//! The root component: navigation, the language switch, and the page the URL fragment names.

use std::rc::Rc;

use gloo_events::EventListener;
use yew::prelude::*;

use super::i18n::{self, Lang, fill};
use super::pages;
use super::route::Route;
use super::state;

/// The language a visit starts in: the URL's, else the remembered or the browser's.
fn initial_lang() -> Lang {
    Route::lang_of(&state::hash()).unwrap_or_else(i18n::preferred)
}

/// Puts the language in use into a URL that names none, so the address bar can be shared.
fn name_lang_in_url() {
    let hash = state::hash();
    if Route::lang_of(&hash).is_none() {
        state::replace_hash(&Route::with_lang(&hash, i18n::current()));
    }
}

/// The navigations so far. A reducer, so the listener made at the first render counts on from
/// the latest value rather than from the value it captured.
#[derive(Default, PartialEq)]
struct Visits(u32);

impl Reducible for Visits {
    type Action = ();

    fn reduce(self: Rc<Self>, (): ()) -> Rc<Self> {
        Rc::new(Visits(self.0.wrapping_add(1)))
    }
}

/// The whole site.
#[component]
pub fn App() -> Html {
    let route = use_state(|| Route::from_hash(&state::hash()));
    let lang = use_state(initial_lang);
    // Counts the navigations (hashchange): the pages write their own state with replaceState,
    // which fires none, so each one is a link followed or an address typed, and the page is
    // made again from the new URL rather than keeping the view it had.
    let visit = use_reducer(Visits::default);
    if i18n::current() != *lang {
        i18n::set_current(*lang);
    }
    {
        let (route, lang, visit) = (route.clone(), lang.clone(), visit.clone());
        use_effect_with((), move |_| {
            i18n::set_current(*lang);
            name_lang_in_url();
            let window = web_sys::window();
            let listener = window.map(|w| {
                EventListener::new(&w, "hashchange", move |_| {
                    let hash = state::hash();
                    route.set(Route::from_hash(&hash));
                    visit.dispatch(());
                    match Route::lang_of(&hash) {
                        Some(l) => lang.set(l),
                        None => name_lang_in_url(),
                    }
                })
            });
            move || drop(listener)
        });
    }
    let current = *route;
    let site = crate::i18n::site::site(*lang);
    use_effect_with((current, *lang), move |(r, _)| {
        if let Some(d) = web_sys::window().and_then(|w| w.document()) {
            d.set_title(r.pick(&site.common.titles));
        }
    });
    // After a move to another page, focus goes to the page itself, so a screen reader reads the
    // new page and the next Tab starts in it rather than back in the navigation.
    let shown = use_mut_ref(|| current);
    let main = use_node_ref();
    {
        let main = main.clone();
        use_effect_with(current, move |r| {
            if *shown.borrow() != *r {
                *shown.borrow_mut() = *r;
                if let Some(el) = main.cast::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        });
    }
    let skip = {
        let main = main.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(el) = main.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        })
    };
    let switch_to = |to: Lang| {
        let lang = lang.clone();
        Callback::from(move |_: MouseEvent| {
            state::replace_hash(&Route::with_lang(&state::hash(), to));
            i18n::remember(to);
            lang.set(to);
        })
    };
    html! {
        <ContextProvider<Lang> context={*lang}>
            <button type="button" class="skip" onclick={skip}>{ site.common.skip }</button>
            <header class="top">
                <a class="brand" href={Route::Home.link(*lang)}>{"canarylab"}</a>
                <nav aria-label={site.common.nav_label}>
                    <ul>
                        { for Route::NAV.iter().map(|r| {
                            let here = *r == current;
                            html! {
                                <li>
                                    <a href={r.link(*lang)} aria-current={here.then_some("page")}>{ r.pick(&site.common.nav) }</a>
                                </li>
                            }
                        }) }
                    </ul>
                </nav>
                <div class="lang-switch" role="group" aria-label={site.common.language}>
                    { for [(Lang::En, "English"), (Lang::Ko, "한국어")].into_iter().map(|(l, name)| html! {
                        <button type="button" lang={l.name()} aria-pressed={(l == *lang).to_string()}
                            onclick={switch_to(l)}>{ name }</button>
                    }) }
                </div>
            </header>
            <main class="page" id="page" tabindex="-1" ref={main} key={visit.0}>
                { match current {
                    Route::Home => html! { <pages::home::Home /> },
                    Route::NotFound => html! { <pages::not_found::NotFound /> },
                    Route::Validate => html! { <pages::validate::Validate /> },
                    Route::Lifecycle => html! { <pages::lifecycle::Lifecycle /> },
                    Route::Traffic => html! { <pages::traffic::Traffic /> },
                    Route::Judge => html! { <pages::judge::Judge /> },
                    Route::Learn => html! { <pages::learn::Learn /> },
                } }
            </main>
            <footer class="foot">
                <p>{ fill(site.common.footer, &[("version", &crate::VERSION)]) }</p>
            </footer>
        </ContextProvider<Lang>>
    }
}
