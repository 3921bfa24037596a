//! A tool page that has not landed yet: says what it will do, so navigation already works.

use yew::prelude::*;

use crate::web::route::Route;

/// Props: which tool page.
#[derive(Properties, PartialEq)]
pub struct PlannedProps {
    /// The page being shown.
    pub route: Route,
}

/// Placeholder for a tool page still being built.
#[component]
pub fn Planned(props: &PlannedProps) -> Html {
    html! {
        <article>
            <h1>{ props.route.label() }</h1>
            <p>{"This page is being built. Until it lands, the same capability is on its way to the "}
               <code>{"canarylab"}</code>{" command line."}</p>
        </article>
    }
}
