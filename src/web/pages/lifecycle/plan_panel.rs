//! Plan a stage change: the UpdateStage operations that take one stage (GetStage JSON) to
//! another, proved on the simulated gateway (`aws::plan`), with what UpdateStage cannot change.
//! The current stage can come from the timeline's last state, and the operations can go onto the
//! timeline as an UpdateStage call.

use std::rc::Rc;

use serde_json::{Value, json};
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use super::scenario::{at, pretty};
use crate::report::Report;
use crate::web::i18n::{rich, use_lang, use_site};

/// The stage a new panel plans from: a canary at 10 %.
pub fn example_current() -> Value {
    json!({
        "stageName": "prod", "deploymentId": "dep001",
        "variables": {"backend": "prod.internal"},
        "canarySettings": {"deploymentId": "dep002", "percentTraffic": 10.0,
                           "stageVariableOverrides": {"backend": "canary.internal"}},
    })
}

/// The stage a new panel plans to: the canary promoted and removed, metrics on.
pub fn example_wanted() -> Value {
    json!({
        "stageName": "prod", "deploymentId": "dep002",
        "variables": {"backend": "canary.internal"},
        "methodSettings": {"*/*": {"metricsEnabled": true}},
    })
}

/// The first stage of an AWS scenario after its calls (what the timeline ends with), or `None`
/// when the scenario does not run or has no stage.
pub fn last_stage(doc: &Value) -> Option<Value> {
    let out = crate::scenario::run(doc).ok()?;
    out.pointer("/state/stages/0").cloned()
}

/// The plan from `current` to `wanted` (GetStage JSON texts), each reason for what UpdateStage
/// cannot change written in `lang` (`aws::plan::Plan::localized`); `Err` holds why the texts are
/// not stages, as `aws::plan::run_text` reports it.
pub fn planned(current: &str, wanted: &str, lang: crate::i18n::Lang) -> Result<Value, Report> {
    crate::aws::plan::run_text_in(current, wanted, lang)
}

/// The UpdateStage call that runs `ops` on the stage named in `current` (JSON text).
pub fn update_call(current: &str, ops: &Value) -> Value {
    let stage = crate::doc::parse(current).ok();
    let name = stage.as_ref().and_then(|s| s.get("stageName")).cloned().unwrap_or(json!("prod"));
    json!({"action": "UpdateStage",
           "params": {"restApiId": "abcd1e2f3g", "stageName": name, "patchOperations": ops}})
}

/// The two stages being compared, and where the operations go.
#[derive(Properties, PartialEq)]
pub struct PlanPanelProps {
    /// The scenario, for its last stage (`None` when its text is not JSON).
    pub doc: Option<Rc<Value>>,
    /// Adds a call to the timeline.
    pub on_add: Callback<Value>,
}

/// A collapsed panel: two stages in, the operations (or why not) out.
#[component]
pub fn PlanPanel(props: &PlanPanelProps) -> Html {
    let t = &use_site().lifecycle.plan;
    let lang = use_lang();
    let current = use_state(|| pretty(&example_current()));
    let wanted = use_state(|| pretty(&example_wanted()));
    let planned = use_memo(((*current).clone(), (*wanted).clone(), lang), |(c, w, lang)| {
        planned(c, w, *lang)
    });
    let typed = |s: &UseStateHandle<String>| {
        let s = s.clone();
        Callback::from(move |e: InputEvent| {
            let t: HtmlTextAreaElement = e.target_unchecked_into();
            s.set(t.value());
        })
    };
    let aws = props.doc.as_deref().is_some_and(|d| at(d, "provider") == "aws");
    let from_timeline = {
        let (current, doc) = (current.clone(), props.doc.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(s) = doc.as_deref().and_then(last_stage) {
                current.set(pretty(&s));
            }
        })
    };
    let result = match &*planned {
        Err(report) => html! {
            <div class="bad" data-testid="plan-problems"><p>{ t.not_stages }</p>
                <ul>{ for report.localized(lang).diagnostics().iter().map(|d| html! { <li><code>{ d.path.as_str().to_owned() }</code>{": "}{ &d.message }</li> }) }</ul>
            </div>
        },
        Ok(plan) => {
            let ops = at(plan, "patchOperations").clone();
            let unsupported = at(plan, "unsupported").as_array().cloned().unwrap_or_default();
            let add = {
                let (on_add, current, ops) = (props.on_add.clone(), current.clone(), ops.clone());
                Callback::from(move |_: MouseEvent| on_add.emit(update_call(&current, &ops)))
            };
            let call = update_call(&current, &ops);
            let payload = json!({"restApiId": "<rest-api-id>",
                                 "stageName": at(at(&call, "params"), "stageName"),
                                 "patchOperations": ops});
            let cli =
                crate::snippet::render(crate::snippet::Kind::AwsCli, "aws.update-stage", &payload);
            html! {
                <div data-testid="plan-result">
                    <h3>{ if unsupported.is_empty() { t.proved } else { t.partly } }</h3>
                    <div class="patch">
                        <ol data-testid="plan-ops">{ for ops.as_array().map(Vec::as_slice).unwrap_or_default().iter().map(operation) }</ol>
                        <details><summary>{ t.as_json }</summary><pre class="json" tabindex="0">{ pretty(&json!({"patchOperations": ops})) }</pre></details>
                    </div>
                    if !unsupported.is_empty() {
                        <h3>{ t.cannot }</h3>
                        <ul class="unsupported" data-testid="plan-unsupported">
                            { for unsupported.iter().map(|u| html! {
                                <li><code class="path">{ at(u, "path").as_str().unwrap_or_default().to_owned() }</code>{": "}{ at(u, "reason").as_str().unwrap_or_default().to_owned() }</li>
                            }) }
                        </ul>
                    }
                    <details><summary>{ t.as_cli }</summary><pre class="json" tabindex="0">{ cli }</pre></details>
                    if aws {
                        <div class="toolbar"><button type="button" onclick={add}>{ t.add }</button></div>
                    }
                </div>
            }
        }
    };
    html! {
        <details class="plan-panel" data-testid="plan">
            <summary><h2 class="in-summary">{ t.summary }</h2></summary>
            <p>{ rich(t.intro) }</p>
            <div class="step-grid">
                <div>
                    <h3>{ t.current }</h3>
                    <textarea id="plan-current" spellcheck="false" aria-label={t.current_label} value={(*current).clone()} oninput={typed(&current)} />
                    if aws {
                        <div class="toolbar"><button type="button" onclick={from_timeline}>{ t.from_timeline }</button></div>
                    }
                </div>
                <div>
                    <h3>{ t.wanted }</h3>
                    <textarea id="plan-wanted" spellcheck="false" aria-label={t.wanted_label} value={(*wanted).clone()} oninput={typed(&wanted)} />
                </div>
            </div>
            { result }
        </details>
    }
}

/// One UpdateStage operation a line: `op`, the path in AWS's grammar, the value as a JSON string.
fn operation(op: &Value) -> Html {
    let text = |k: &str| at(op, k).as_str().unwrap_or_default().to_owned();
    let name = text("op");
    let kind = if name == "remove" { "op remove" } else { "op replace" };
    html! {
        <li>
            <code class={kind}>{ name }</code>{" "}<code class="path">{ text("path") }</code>
            { for op.get("value").map(|v| html! { <>{" "}<code class="value">{ v.to_string() }</code></> }) }
        </li>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_example_plans_and_goes_onto_the_timeline() {
        let (c, w) = (pretty(&example_current()), pretty(&example_wanted()));
        let plan = crate::aws::plan::run_text(&c, &w).unwrap();
        assert_eq!(plan["unsupported"], json!([]));
        // The call replays: from the example's stage, the operations give the wanted one.
        let doc = json!({"provider": "aws", "deployments": [{"id": "dep001"}, {"id": "dep002"}],
                         "stages": [example_current()],
                         "calls": [update_call(&c, &plan["patchOperations"])]});
        let out = crate::scenario::run(&doc).unwrap();
        assert_eq!(out["results"][0]["status"], 200);
        let last = last_stage(&doc).unwrap();
        assert_eq!(last["deploymentId"], "dep002");
        assert_eq!(last.get("canarySettings"), None);
        assert_eq!(last_stage(&json!({"provider": "gcp"})), None);
    }

    #[test]
    fn what_update_stage_cannot_change_is_said_in_korean() {
        use crate::i18n::Lang;
        let (c, mut w) = (example_current(), example_wanted());
        w["stageName"] = json!("live");
        let (c, w) = (pretty(&c), pretty(&w));
        let en = planned(&c, &w, Lang::En).unwrap();
        let ko = planned(&c, &w, Lang::Ko).unwrap();
        assert_eq!(en["patchOperations"], ko["patchOperations"]);
        let reason =
            |p: &Value| p["unsupported"][0]["reason"].as_str().unwrap_or_default().to_owned();
        assert_eq!(en["unsupported"][0]["path"], "/stageName");
        assert!(
            reason(&ko).chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c)),
            "{}",
            reason(&ko)
        );
        assert_ne!(reason(&en), reason(&ko));
        assert!(planned("{", &w, Lang::Ko).is_err());
    }
}
