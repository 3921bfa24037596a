//! `canarylab explain [CODE]`: what a diagnostic code means, from the one table of codes
//! ([`Code`]); without a code, every code, one a line.

use std::fmt::Write as _;

use super::{Arg, Args, Host, Outcome, is_help};
use crate::code::Code;

pub(super) const USAGE: &str = "explain [CODE]";

/// How many near codes an unknown code's error names at most.
const NEAR: usize = 5;

pub(super) fn explain(mut p: Args, _: &mut dyn Host) -> Result<Outcome, String> {
    let mut code = None;
    while let Some(arg) = p.next()? {
        match arg {
            Arg::Opt(o) if is_help(&o) => {
                return Ok(Outcome::ok(
                    "Usage: canarylab explain [CODE]\n\n\
                     Prints what a diagnostic code means: its name, severity and description.\n\
                     Without CODE, lists every code, one a line.\n\
                     Exit: 0 done, 2 usage error or unknown code.\n"
                        .to_owned(),
                ));
            }
            Arg::Value(v) if code.is_none() => code = Some(v),
            other => return Err(other.unexpected()),
        }
    }
    let Some(name) = code else { return Ok(Outcome::ok(list())) };
    let Some(code) = Code::from_name(&name) else { return Err(unknown(&name)) };
    Ok(Outcome::ok(format!(
        "code:        {}\nseverity:    {}\ndescription: {}\n",
        code.name(),
        code.severity().as_str(),
        code.description()
    )))
}

/// Every code, one a line: name, severity, description, in columns.
fn list() -> String {
    let width = Code::ALL.iter().map(|c| c.name().len()).max().unwrap_or(0);
    let mut out = String::new();
    for c in Code::ALL {
        let (name, severity) = (c.name(), c.severity().as_str());
        let _ = writeln!(out, "{name:<width$}  {severity:<7}  {}", c.description());
    }
    out
}

/// The error for a name that is no code, naming the codes near it.
fn unknown(name: &str) -> String {
    match near(name).as_slice() {
        [] => format!("unknown code '{name}': `canarylab explain` lists every code"),
        [one] => format!("unknown code '{name}': did you mean {one}?"),
        [most @ .., last] => {
            format!("unknown code '{name}': did you mean {} or {last}?", most.join(", "))
        }
    }
}

/// The codes near `name`, nearest first: those within a small edit distance (case aside), and
/// those whose name holds it (`percent-traffic`, `ncp.docs`).
fn near(name: &str) -> Vec<&'static str> {
    let want = name.to_ascii_lowercase();
    let mut scored: Vec<(usize, &'static str)> = Code::ALL
        .iter()
        .map(|c| (strsim::levenshtein(&want, c.name()), c.name()))
        .filter(|(d, n)| *d <= 2 + want.len() / 8 || (want.len() >= 3 && n.contains(&want)))
        .collect();
    scored.sort_unstable();
    scored.into_iter().take(NEAR).map(|(_, n)| n).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn near_codes_come_nearest_first() {
        assert_eq!(near("aws.patch.pth").first(), Some(&"aws.patch.path"));
        assert_eq!(near("AWS.PATCH.PATH"), ["aws.patch.path"]);
        assert_eq!(near("ncp.docs").len(), NEAR);
        assert!(near("ncp.docs").iter().all(|n| n.starts_with("ncp.docs.")));
        assert_eq!(near("frobnicate"), Vec::<&str>::new());
        assert_eq!(unknown("param.typo"), "unknown code 'param.typo': did you mean param.type?");
    }

    #[test]
    fn the_list_has_every_code_once() {
        let list = list();
        assert_eq!(list.lines().count(), Code::ALL.len());
        for (line, c) in list.lines().zip(Code::ALL) {
            assert!(line.starts_with(c.name()) && line.ends_with(c.description()), "{line}");
        }
    }
}
