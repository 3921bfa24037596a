//! The Validate page's state as plain values: the API, the payload text, and the fixes that can
//! be undone, changed only by [`State::reduce`]; and the small computations the page shows (the
//! verdict, which lines to mark, where a line starts for the file check's textarea, how long an
//! edit waits to be checked).

use std::collections::BTreeMap;

use crate::fix;
use crate::i18n::site::fill;
use crate::i18n::site::validate::{Count, Report as Texts};
use crate::report::{Fix, Report, Severity};

/// How many applied fixes can be undone, the latest first.
const UNDO_LIMIT: usize = 100;

/// What the page holds.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    /// The API the payload is for (`aws.update-stage`, ...).
    pub api: String,
    /// The payload as the user has it.
    pub text: String,
    /// The fixes that can be undone, the latest last. Only fixes and their undoing keep it: any
    /// other edit empties it, since restoring an older text would throw that edit away.
    undo: Vec<Applied>,
    /// Why the last fix could not be applied.
    pub problem: Option<String>,
    /// Counts every change of `api` or `text`, so the page knows when to remember them.
    pub edits: u64,
    /// Counts the changes of `text` that did not come from the editor (an example, another API,
    /// a fix, an undo): only those are written into the editor, which otherwise keeps what is
    /// typed without the page writing a megabyte back into it on each edit.
    pub shown: u64,
    /// Counts the texts shown for another API than the one before: the editor starts a new undo
    /// history for each, so undoing never brings one API's payload into another's.
    pub opened: u64,
    /// Where the keyboard focus should go after the last action.
    pub focus: Focus,
}

/// An applied fix: the text before it, and what it did.
#[derive(Clone, Debug, PartialEq)]
struct Applied {
    before: String,
    what: LastFix,
}

/// What the latest undoable fix did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LastFix {
    /// One fix, in its own words.
    One(String),
    /// "Fix all": how many fixes it applied.
    Many(usize),
}

/// Where the page moves the keyboard focus after an action (a button that disappears would
/// otherwise drop it on the page).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Focus {
    /// Leave it where it is.
    Stay,
    /// The "Undo fix" button, after a fix.
    Undo,
    /// The first "Fix" button (else the editor), after the last undo.
    FirstFix,
}

/// What can happen to the state.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// The user typed: the new text.
    Type(String),
    /// Another API was chosen, with the text to show for it.
    Switch {
        /// The API's name.
        api: String,
        /// Its text (the last typed for it, or its example).
        text: String,
    },
    /// The docs' example was loaded.
    Load(String),
    /// Apply one diagnostic's fix.
    Fix(Fix),
    /// Apply every offered fix, validate again, and repeat while fixes are offered (as the
    /// CLI's `--fix` does).
    FixAll,
    /// Restore the text from before the latest fix.
    Undo,
}

impl State {
    /// A state showing `text` for `api`, with nothing to undo.
    pub fn new(api: String, text: String) -> State {
        State {
            api,
            text,
            undo: Vec::new(),
            problem: None,
            edits: 0,
            shown: 0,
            opened: 0,
            focus: Focus::Stay,
        }
    }

    /// The state after `action`.
    pub fn reduce(&self, action: Action) -> State {
        let edited = |api: String, text: String| State {
            edits: self.edits + 1,
            shown: self.shown + 1,
            opened: self.opened,
            ..State::new(api, text)
        };
        match action {
            Action::Type(text) => State { shown: self.shown, ..edited(self.api.clone(), text) },
            Action::Switch { api, text } => State { opened: self.opened + 1, ..edited(api, text) },
            Action::Load(text) => edited(self.api.clone(), text),
            Action::Fix(fix) => match fix::apply_text(&self.text, &[&fix]) {
                Ok(text) => self.fixed(text, LastFix::One(fix.description), None),
                Err(e) => {
                    State { problem: Some(e.to_string()), focus: Focus::Stay, ..self.clone() }
                }
            },
            Action::FixAll => {
                let validate =
                    |t: &str| crate::api::validate_text(&self.api, t).unwrap_or_default();
                let settled = fix::fix_until_settled(&self.text, validate);
                let problem = settled.error.map(|e| e.to_string());
                match settled.applied.as_slice() {
                    [] => State { problem, focus: Focus::Stay, ..self.clone() },
                    [one] => {
                        self.fixed(settled.text, LastFix::One(one.description.clone()), problem)
                    }
                    all => self.fixed(settled.text, LastFix::Many(all.len()), problem),
                }
            }
            Action::Undo => {
                let mut undo = self.undo.clone();
                let Some(last) = undo.pop() else { return self.clone() };
                let focus = if undo.is_empty() { Focus::FirstFix } else { Focus::Undo };
                let next = edited(self.api.clone(), last.before);
                State { undo, focus, ..next }
            }
        }
    }

    /// The state showing `text`, the result of a fix that `what` says, undoably.
    fn fixed(&self, text: String, what: LastFix, problem: Option<String>) -> State {
        let mut undo = self.undo.clone();
        undo.push(Applied { before: self.text.clone(), what });
        if undo.len() > UNDO_LIMIT {
            undo.remove(0);
        }
        let next = State {
            edits: self.edits + 1,
            shown: self.shown + 1,
            opened: self.opened,
            ..State::new(self.api.clone(), text)
        };
        State { undo, problem, focus: Focus::Undo, ..next }
    }

    /// What the latest undoable fix did, if there is one.
    pub fn last_fix(&self) -> Option<&LastFix> {
        self.undo.last().map(|a| &a.what)
    }
}

/// `n` with its noun, in the page's words.
pub fn count(n: usize, c: &Count) -> String {
    if n == 1 { c.one.to_owned() } else { fill(c.many, &[("n", &group(n))]) }
}

/// `n` with thousands separators (`12,345`), as the site writes every count.
pub fn group(n: usize) -> String {
    crate::web::format::int(u64::try_from(n).unwrap_or(u64::MAX))
}

/// A size for people: bytes, KB or MB (1,024 bytes to the KB), one decimal under 10.
pub fn size(bytes: usize) -> String {
    #[allow(clippy::cast_precision_loss)]
    let b = bytes as f64;
    let (v, unit) = if bytes < 1024 {
        return format!("{} B", group(bytes));
    } else if bytes < 1024 * 1024 {
        (b / 1024.0, "KB")
    } else {
        (b / (1024.0 * 1024.0), "MB")
    };
    if v < 10.0 { format!("{v:.1} {unit}") } else { format!("{v:.0} {unit}") }
}

/// The heading over the diagnostics: valid or not, and the counts.
pub fn verdict(report: &Report, t: &Texts) -> String {
    let warnings = count(report.count(Severity::Warning), &t.warnings);
    if report.is_valid() {
        fill(t.valid, &[("warnings", &warnings)])
    } else {
        let errors = count(report.count(Severity::Error), &t.errors);
        fill(t.invalid, &[("errors", &errors), ("warnings", &warnings)])
    }
}

/// The lines diagnostics point at (1-based) and how each is marked: an error where any error
/// points, else a warning. `lines` holds each diagnostic's line.
pub fn marks(report: &Report, lines: &[usize]) -> BTreeMap<usize, Severity> {
    let mut out = BTreeMap::new();
    for (d, line) in report.diagnostics().iter().zip(lines) {
        let mark = out.entry(*line).or_insert(d.severity);
        if d.severity == Severity::Error {
            *mark = Severity::Error;
        }
    }
    out
}

/// How long the editor waits after the last keystroke before the text is checked, saved and
/// drawn again: 200 ms for most payloads, longer as the text grows (checking a megabyte takes a
/// good part of a second), up to 1 s. Typing never waits for a check.
pub fn check_delay(bytes: usize) -> u32 {
    let extra = u32::try_from(bytes / 2048).unwrap_or(u32::MAX);
    200u32.saturating_add(extra).min(1000)
}

/// Where 1-based `line` starts and ends in `text`, in the UTF-16 units a textarea's selection
/// counts.
pub fn line_range(text: &str, line: usize) -> (u32, u32) {
    let units = |s: &str| s.encode_utf16().count();
    let index = line.saturating_sub(1);
    let start: usize = text.split('\n').take(index).map(|l| units(l) + 1).sum();
    let len = text.split('\n').nth(index).map_or(0, units);
    let clamp = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    (clamp(start), clamp(start + len))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::validate_text;

    const SPACE: &str =
        r#"{"restApiId":"a","stageName":"prod","deploymentId":"d","variables":{"v":"a b"}}"#;

    /// The first fix the report on `text` offers.
    fn first_fix(api: &str, text: &str) -> Fix {
        let report = validate_text(api, text).unwrap();
        fix::offered(&report)[0].clone()
    }

    fn fix_first(s: &State) -> State {
        s.reduce(Action::Fix(first_fix(&s.api, &s.text)))
    }

    #[test]
    fn a_fix_applies_in_the_texts_layout_and_undo_restores_it_byte_for_byte() {
        let s = State::new("aws.create-stage".into(), SPACE.into());
        let fixed = fix_first(&s);
        assert_eq!(
            fixed.text,
            r#"{"restApiId":"a","stageName":"prod","deploymentId":"d","variables":{"v":"ab"}}"#
        );
        assert!(validate_text(&fixed.api, &fixed.text).unwrap().diagnostics().is_empty());
        assert_eq!(fixed.last_fix(), Some(&LastFix::One(first_fix(&s.api, SPACE).description)));
        assert_eq!((fixed.edits, fixed.focus), (1, Focus::Undo));
        let undone = fixed.reduce(Action::Undo);
        assert_eq!(undone.text, SPACE);
        assert_eq!((undone.last_fix(), undone.edits, undone.focus), (None, 2, Focus::FirstFix));
        assert_eq!(undone.reduce(Action::Undo), undone, "nothing left to undo");
    }

    #[test]
    fn indented_text_keeps_its_indent_and_odd_spacing_comes_back_on_undo() {
        let text = "{\n    \"restApiId\" :  \"a\",\n    \"stageName\": \"prod\",\n    \"deploymentId\": \"d\",\n    \"variables\": {\"v\": \"a b\"}\n}\n";
        let s = State::new("aws.create-stage".into(), text.into());
        let fixed = fix_first(&s);
        assert!(fixed.text.contains("\n    \"variables\": {\n        \"v\": \"ab\"\n    }\n}\n"));
        assert_eq!(fixed.reduce(Action::Undo).text, text);
    }

    #[test]
    fn fixes_stack_and_undo_one_at_a_time_and_fix_all_is_one_step() {
        let text = r#"{"restApiId":"a","stageName":"prod","deploymentId":"d","variables":{"v":"a b","w":"c d"}}"#;
        let s = State::new("aws.create-stage".into(), text.into());
        let one = fix_first(&s);
        let two = fix_first(&one);
        assert!(validate_text(&two.api, &two.text).unwrap().diagnostics().is_empty());
        let back = two.reduce(Action::Undo);
        assert_eq!((back.text.as_str(), back.focus), (one.text.as_str(), Focus::Undo));
        let both = s.reduce(Action::FixAll);
        assert_eq!(
            (both.text.as_str(), both.last_fix()),
            (two.text.as_str(), Some(&LastFix::Many(2)))
        );
        assert_eq!(both.reduce(Action::Undo).text, text);
        let single = State::new(s.api.clone(), SPACE.into()).reduce(Action::FixAll);
        assert_eq!(single.last_fix(), Some(&LastFix::One(first_fix(&s.api, SPACE).description)));
    }

    #[test]
    fn any_other_edit_ends_the_undo_history() {
        let fixed = fix_first(&State::new("aws.create-stage".into(), SPACE.into()));
        for action in [
            Action::Type("{}".into()),
            Action::Load("{}".into()),
            Action::Switch { api: "ncp.edit-canary".into(), text: "{}".into() },
        ] {
            let next = fixed.reduce(action);
            assert_eq!((next.last_fix(), next.edits, next.focus), (None, 2, Focus::Stay));
        }
    }

    #[test]
    fn only_texts_from_elsewhere_are_written_into_the_editor() {
        let s = State::new("aws.create-stage".into(), SPACE.into());
        let typed = s.reduce(Action::Type("{}".into()));
        assert_eq!((typed.edits, typed.shown), (1, 0), "typing is already in the editor");
        let loaded = typed.reduce(Action::Load(SPACE.into()));
        assert_eq!((loaded.edits, loaded.shown), (2, 1));
        let fixed = fix_first(&loaded);
        assert_eq!((fixed.edits, fixed.shown), (3, 2));
        assert_eq!(fixed.reduce(Action::Undo).shown, 3);
    }

    #[test]
    fn only_another_api_starts_a_new_undo_history_in_the_editor() {
        let s = State::new("aws.create-stage".into(), SPACE.into());
        let same =
            fix_first(&s.reduce(Action::Type(SPACE.into())).reduce(Action::Load(SPACE.into())));
        assert_eq!(same.reduce(Action::Undo).opened, 0, "typing, examples, fixes: one history");
        let other =
            same.reduce(Action::Switch { api: "ncp.edit-canary".into(), text: "{}".into() });
        assert_eq!((other.opened, other.shown), (1, same.shown + 1));
        assert_eq!(other.reduce(Action::Type("{ }".into())).opened, 1);
    }

    #[test]
    fn a_fix_that_does_not_apply_says_why_and_changes_nothing() {
        let s = State::new("aws.create-stage".into(), r#"{"a": 1}"#.into());
        let next = s.reduce(Action::Fix(first_fix("aws.create-stage", SPACE)));
        assert_eq!(next.text, s.text);
        assert!(next.problem.as_deref().unwrap().starts_with("the fix \""), "{next:?}");
        assert_eq!((next.edits, next.focus, next.last_fix()), (0, Focus::Stay, None));
        assert_eq!(next.reduce(Action::Type("{}".into())).problem, None);
        let broken = State::new("aws.create-stage".into(), "{".into());
        assert!(broken.reduce(Action::Fix(first_fix("aws.create-stage", SPACE))).problem.is_some());
        assert_eq!(broken.reduce(Action::FixAll), broken, "nothing offered, nothing done");
    }

    #[test]
    fn the_verdict_counts_errors_and_warnings_in_both_languages() {
        use crate::i18n::{Lang, site::site};
        let verdict_of = |api, text, lang| {
            verdict(&validate_text(api, text).unwrap(), &site(lang).validate.report)
        };
        assert_eq!(verdict_of("aws.create-stage", SPACE, Lang::En), "Invalid: 1 error, 0 warnings");
        let example = crate::web::examples::text("ncp.edit-canary");
        assert_eq!(
            verdict_of("ncp.edit-canary", example, Lang::En),
            "Invalid: 2 errors, 3 warnings"
        );
        assert_eq!(
            verdict_of("ncp.edit-canary", example, Lang::Ko),
            "유효하지 않음: 오류 2개, 경고 3개"
        );
        let fine = r#"{"restApiId":"a","stageName":"prod","deploymentId":"d"}"#;
        assert_eq!(verdict_of("aws.create-stage", fine, Lang::En), "Valid (0 warnings)");
    }

    #[test]
    fn counts_and_sizes_read_as_people_write_them() {
        assert_eq!(
            (group(0), group(999), group(1000), group(1_234_567)),
            ("0".into(), "999".into(), "1,000".into(), "1,234,567".into())
        );
        assert_eq!(
            (size(512), size(2048), size(1_000_000), size(20 << 20)),
            ("512 B".into(), "2.0 KB".into(), "977 KB".into(), "20 MB".into())
        );
        assert_eq!(
            (check_delay(100), check_delay(1 << 20), check_delay(usize::MAX)),
            (200, 712, 1000)
        );
    }

    #[test]
    fn marks_prefer_errors_and_lines_count_utf16_units() {
        let text = "{\n  \"restApiId\": \"a\",\n  \"stageName\": \"prod\",\n  \"deploymentId\": \"d\",\n  \"variables\": {\"v\": \"a b\"}\n}";
        let report = validate_text("aws.create-stage", text).unwrap();
        assert_eq!(marks(&report, &[5]), BTreeMap::from([(5, Severity::Error)]));
        assert_eq!(line_range("ab\n😀c\nd", 2), (3, 6));
        assert_eq!(line_range("ab\n😀c\nd", 3), (7, 8));
        assert_eq!(line_range("ab", 9), (3, 3));
    }
}
