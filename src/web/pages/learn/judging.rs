//! Learn: judging a canary. Why a fixed test re-run every minute cries wolf, what the judge does
//! instead (docs/judge.md), and links into the Judge page with a canary loaded.

use yew::prelude::*;

use crate::web::i18n::{use_lang, use_site};
use crate::web::pages::judge::model::Watch;
use crate::web::route::Route;

/// The learn page's section on judging a canary.
#[component]
pub fn Judging() -> Html {
    let same = Watch::default();
    let worse = Watch { err_canary: same.err_base + same.tolerance, seed: 2, ..Watch::default() };
    let wolf = Watch { seed: 4, ..Watch::default() };
    let t = &use_site().learn.judging;
    let lang = use_lang();
    let link = |w: &Watch| Route::with_lang(&w.link(), lang);
    html! {
        <section aria-labelledby="l-judge">
            <h2 id="l-judge">{ t.heading }</h2>
            <p>{ t.wolf }</p>
            <p>{ t.quiet }</p>
            <p>{ t.method }</p>
            <p>{ t.price }</p>
            <p><a href={link(&wolf)}>{ t.wolf_link }</a>{" · "}
               <a href={link(&worse)}>{ t.worse_link }</a>{" · "}
               <a href={link(&same)}>{ t.ramp_link }</a></p>
        </section>
    }
}
