//! The Learn page's side-by-side: each UpdateStage operation of [`crate::contrast`] applied by the
//! simulated gateway (AWS's rules) and by json-patch (RFC 6902), computed in the page.

use yew::prelude::*;

use crate::contrast::{self, Case, Outcome};
use crate::i18n::site::learn::Contrast;
use crate::web::components::DiffView;
use crate::web::i18n::{rich, use_site};

/// The section: what differs, then every case.
#[component]
pub fn PatchContrasts() -> Html {
    let t = &use_site().learn.contrast;
    html! {
        <section aria-labelledby="l-rfc" class="contrasts">
            <h2 id="l-rfc">{ t.heading }</h2>
            <p>{ rich(t.intro) }</p>
            { for contrast::cases().iter().enumerate().map(|(i, c)| case_view(c, i, t)) }
        </section>
    }
}

/// One operation both ways: the operation, the stage before, each side's result, and why. The
/// title and the why are the catalogue's `i`th case (the core's English if the catalogue has
/// fewer cases than the core).
fn case_view(c: &Case, i: usize, t: &Contrast) -> Html {
    let (title, why) = t.cases.get(i).map_or((c.title, c.why), |w| (w.title, w.why));
    let before = crate::doc::pretty(&c.before);
    let outcome = |o: &Outcome| match o {
        Outcome::Applied(after) => html! {
            <>
                <p class="verdict ok">{ t.accepted }</p>
                <DiffView old={before.clone()} new={crate::doc::pretty(after)} />
            </>
        },
        // The service's and json-patch's own words, as they write them.
        Outcome::Refused { kind, message } => html! {
            <p class="verdict bad" lang="en"><strong>{ kind.clone() }</strong>{": "}{ message.clone() }</p>
        },
    };
    html! {
        <article class="contrast" data-testid="contrast">
            <h3>{ title }</h3>
            <pre class="json op">{ c.op.to_string() }</pre>
            <details><summary>{ t.before }</summary><pre class="json" tabindex="0">{ before.clone() }</pre></details>
            <div class="contrast-grid">
                <div data-testid="aws"><h4>{ t.aws_side }</h4>{ outcome(&c.aws) }</div>
                <div data-testid="rfc"><h4>{ t.rfc_side }</h4>{ outcome(&c.rfc) }</div>
            </div>
            <p class="why">{ why }</p>
        </article>
    }
}
