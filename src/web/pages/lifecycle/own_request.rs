//! "Your own request": pick an action, paste its parameters, and run it as the timeline's next
//! step, on the stage as the timeline leaves it. The text is kept (storage) until it runs, so a
//! reload loses nothing typed; text that is not JSON runs nothing and says why.

use serde_json::Value;
use web_sys::{HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::scenario::{self, OwnProblem, pretty};
use crate::web::i18n::{fill, use_site};
use crate::web::state;

/// The gateway and where a call goes.
#[derive(Properties, PartialEq)]
pub struct OwnRequestProps {
    /// `aws` or `ncp`: which actions are offered.
    pub provider: AttrValue,
    /// Appends the call to the timeline.
    pub on_add: Callback<Value>,
}

fn example(provider: &str, action: &str) -> String {
    pretty(&scenario::example_params(provider, action))
}

/// A collapsed box: the action, the parameters, Run.
#[component]
pub fn OwnRequest(props: &OwnRequestProps) -> Html {
    let t = &use_site().lifecycle.own;
    let provider = props.provider.to_string();
    let actions = scenario::actions(&provider);
    let first = actions.first().copied().unwrap_or_default();
    let key = |what: &str| format!("lifecycle.own.{provider}.{what}");
    let action = use_state({
        let (stored, actions) = (state::load(&key("action")), actions.clone());
        move || stored.filter(|a| actions.contains(&a.as_str())).unwrap_or_else(|| first.to_owned())
    });
    let text = use_state({
        let (stored, provider, action) =
            (state::load(&key("text")), provider.clone(), (*action).clone());
        move || stored.unwrap_or_else(|| example(&provider, &action))
    });
    let problem = use_state(|| None::<OwnProblem>);
    let on_action = {
        let (action, text, provider) = (action.clone(), text.clone(), provider.clone());
        Callback::from(move |e: Event| {
            let s: HtmlSelectElement = e.target_unchecked_into();
            let next = s.value();
            // The example follows the action until the user has typed over it.
            if *text == example(&provider, &action) {
                text.set(example(&provider, &next));
                state::save(&format!("lifecycle.own.{provider}.text"), &example(&provider, &next));
            }
            state::save(&format!("lifecycle.own.{provider}.action"), &next);
            action.set(next);
        })
    };
    let on_input = {
        let (text, provider) = (text.clone(), provider.clone());
        Callback::from(move |e: InputEvent| {
            let a: HtmlTextAreaElement = e.target_unchecked_into();
            state::save(&format!("lifecycle.own.{provider}.text"), &a.value());
            text.set(a.value());
        })
    };
    let on_example = {
        let (text, provider, action) = (text.clone(), provider.clone(), action.clone());
        Callback::from(move |_: MouseEvent| {
            state::save(&format!("lifecycle.own.{provider}.text"), &example(&provider, &action));
            text.set(example(&provider, &action));
        })
    };
    let on_run = {
        let (text, action, problem, on_add) =
            (text.clone(), action.clone(), problem.clone(), props.on_add.clone());
        Callback::from(move |_: MouseEvent| match scenario::own_call(&action, &text) {
            Ok(call) => {
                problem.set(None);
                on_add.emit(call);
            }
            Err(p) => problem.set(Some(p)),
        })
    };
    html! {
        <details class="own-request" data-testid="own">
            <summary>{ t.summary }</summary>
            <p>{ t.intro }</p>
            <div class="own-row">
                <label for="own-action">{ t.action }</label>
                <select id="own-action" onchange={on_action}>
                    { for actions.iter().map(|a| html! { <option value={*a} selected={*a == action.as_str()}>{ *a }</option> }) }
                </select>
                <button type="button" onclick={on_example}>{ t.example }</button>
            </div>
            <label for="own-params">{ t.params }</label>
            <textarea id="own-params" spellcheck="false" value={(*text).clone()} oninput={on_input} />
            <div class="toolbar"><button type="button" class="primary" onclick={on_run}>{ t.run }</button></div>
            { for (*problem).as_ref().map(|p| html! {
                <p class="bad" role="alert" data-testid="own-problem">{ match p {
                    OwnProblem::NotJson(e) => fill(t.not_json, &[("error", e)]),
                    OwnProblem::NotObject => t.not_object.to_owned(),
                } }</p>
            }) }
        </details>
    }
}
