//! The Learn page's side-by-side: each UpdateStage operation of [`crate::contrast`] applied by the
//! simulated gateway (AWS's rules) and by json-patch (RFC 6902), computed in the page.

use yew::prelude::*;

use crate::contrast::{self, Case, Outcome};
use crate::web::components::DiffView;

/// The section: what differs, then every case.
#[component]
pub fn PatchContrasts() -> Html {
    html! {
        <section aria-labelledby="l-rfc" class="contrasts">
            <h2 id="l-rfc">{"UpdateStage's patch operations are not RFC 6902"}</h2>
            <p>{"UpdateStage takes "}<code>{"patchOperations"}</code>{" that look like JSON Patch ("}<code>{"op"}</code>{", "}
               <code>{"path"}</code>{", "}<code>{"value"}</code>{", "}<code>{"from"}</code>{") but follow AWS's own rules. \
                Each operation below runs twice, here in the page: on canarylab's simulated REST API, with AWS's rules, and \
                with json-patch (RFC 6902) on the stage's GetStage JSON. Lines marked + and - are what changed; AWS also \
                stamps "}<code>{"lastUpdatedDate"}</code>{" on every update, left out here."}</p>
            { for contrast::cases().iter().map(case_view) }
        </section>
    }
}

/// One operation both ways: the operation, the stage before, each side's result, and why.
fn case_view(c: &Case) -> Html {
    let before = crate::doc::pretty(&c.before);
    let outcome = |o: &Outcome| match o {
        Outcome::Applied(after) => html! {
            <>
                <p class="verdict ok">{"Accepted"}</p>
                <DiffView old={before.clone()} new={crate::doc::pretty(after)} />
            </>
        },
        Outcome::Refused { kind, message } => html! {
            <p class="verdict bad"><strong>{ kind.clone() }</strong>{": "}{ message.clone() }</p>
        },
    };
    html! {
        <article class="contrast" data-testid="contrast">
            <h3>{ c.title }</h3>
            <pre class="json op">{ c.op.to_string() }</pre>
            <details><summary>{"The stage before (GetStage)"}</summary><pre class="json">{ before.clone() }</pre></details>
            <div class="contrast-grid">
                <div data-testid="aws"><h4>{"AWS (the simulated gateway)"}</h4>{ outcome(&c.aws) }</div>
                <div data-testid="rfc"><h4>{"RFC 6902 (json-patch)"}</h4>{ outcome(&c.rfc) }</div>
            </div>
            <p class="why">{ c.why }</p>
        </article>
    }
}
