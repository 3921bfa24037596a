//! The landing page: what canary releases are on AWS and NCP, and what canarylab does.

use yew::prelude::*;

use crate::web::i18n::{rich, use_lang, use_site};
use crate::web::route::Route;

/// The landing page.
#[component]
pub fn Home() -> Html {
    let site = use_site();
    let (t, nav) = (&site.home, &site.common.nav);
    let lang = use_lang();
    let tool = |r: Route, text: &'static str| {
        html! { <li><a href={r.link(lang)}>{ r.pick(nav) }</a>{ text }</li> }
    };
    html! {
        <article class="home">
            <h1>{ t.heading }</h1>
            <p class="lede">{ t.lede }</p>
            <section class="cards" aria-label={t.gateways}>
                <div class="card">
                    <h2>{ t.aws_heading }</h2>
                    <p>{ rich(t.aws_settings) }</p>
                    <p>{ rich(t.aws_calls) }</p>
                </div>
                <div class="card">
                    <h2>{ t.ncp_heading }</h2>
                    <p>{ rich(t.ncp_modes) }</p>
                </div>
            </section>
            <section aria-labelledby="what">
                <h2 id="what">{ t.what_heading }</h2>
                <ul class="tools">
                    { tool(Route::Validate, t.validate) }
                    { tool(Route::Lifecycle, t.lifecycle) }
                    { tool(Route::Traffic, t.traffic) }
                    { tool(Route::Judge, t.judge) }
                    { tool(Route::Learn, t.learn) }
                </ul>
                <p>{ rich(t.ci) }</p>
            </section>
        </article>
    }
}
