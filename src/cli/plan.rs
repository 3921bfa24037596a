//! `canarylab plan CURRENT WANTED`: the UpdateStage operations that take one stage (GetStage
//! JSON) to another, proved on the simulated gateway (`aws::plan`).

use super::{Arg, Args, EXIT_INVALID, EXIT_OK, Host, Outcome, is_help, read_input, to_pretty};
use crate::aws::plan;
use crate::i18n::{Lang, Msg};
use crate::pointer::Pointer;
use crate::report::Report;

pub(super) const USAGE: &str = "plan CURRENT WANTED";

fn help(lang: Lang) -> String {
    let usage = Msg::UsageLine { usage: USAGE.to_owned() }.render(lang);
    usage + &Msg::HelpPlan { ignored: plan::IGNORED.join(", ") }.render(lang)
}

pub(super) fn plan(mut p: Args, host: &mut dyn Host) -> Result<Outcome, Msg> {
    let lang = p.lang;
    let mut files = Vec::new();
    while let Some(arg) = p.next()? {
        match arg {
            Arg::Opt(o) if is_help(&o) => return Ok(Outcome::ok(help(lang))),
            Arg::Value(v) if files.len() < 2 => files.push(v),
            other => return Err(other.unexpected()),
        }
    }
    let [current, wanted] = files.as_slice() else {
        return Ok(Outcome::usage(&Msg::PlanNeedsTwo, lang));
    };
    if current == "-" && wanted == "-" {
        return Ok(Outcome::usage(&Msg::PlanStdinOnce, lang));
    }
    let mut texts = Vec::with_capacity(2);
    for file in [current, wanted] {
        match read_input(host, file, lang) {
            Ok(t) => texts.push(t),
            Err(o) => return Ok(o),
        }
    }
    let mut stderr = String::new();
    let mut stages = Vec::with_capacity(2);
    for (file, text) in [current, wanted].into_iter().zip(&texts) {
        let mut report = Report::new();
        let stage = crate::doc::parse_into_report(text, &mut report)
            .and_then(|doc| plan::read_stage(&doc, Pointer::root(), &mut report));
        let name = if file == "-" { "(stdin)" } else { file.as_str() };
        for line in report.to_text_in(lang).lines() {
            stderr.push_str(&format!("{name}: {line}\n"));
        }
        stages.push(stage);
    }
    let (Some(Some(c)), Some(Some(w))) = (stages.first(), stages.get(1)) else {
        return Ok(Outcome { code: EXIT_INVALID, stdout: String::new(), stderr });
    };
    let planned = plan::plan(c, w).localized(lang);
    let code = if planned.unsupported.is_empty() { EXIT_OK } else { EXIT_INVALID };
    if code != EXIT_OK {
        let n = planned.unsupported.len();
        stderr.push_str(&Msg::PlanUnsupported { n }.render(lang));
        stderr.push('\n');
    }
    Ok(Outcome { code, stdout: to_pretty(&crate::doc::to_value(&planned)), stderr })
}
