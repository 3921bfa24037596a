//! The Learn page's texts (keys; the values are in `en::site::learn` and `ko::site::learn`).

use serde::Serialize;

/// The Learn page's texts. Inline code is written between backticks.
#[derive(Debug, Serialize)]
pub struct Learn {
    /// The page's heading.
    pub heading: &'static str,
    /// Amazon API Gateway.
    pub aws: Aws,
    /// UpdateStage's patch operations against RFC 6902, side by side.
    pub contrast: Contrast,
    /// NCP API Gateway.
    pub ncp: Ncp,
    /// Why the observed share wanders.
    pub wander: Wander,
    /// How many requests an error rate needs.
    pub power: Power,
    /// Judging a canary.
    pub judging: Judging,
}

/// The section on Amazon API Gateway.
#[derive(Debug, Serialize)]
pub struct Aws {
    /// The heading.
    pub heading: &'static str,
    /// What `canarySettings` holds.
    pub settings: &'static str,
    /// CreateDeployment and UpdateStage.
    pub calls: &'static str,
    /// What promotion is.
    pub promotion: &'static str,
    /// The link to Validate with the promotion loaded.
    pub validate_link: &'static str,
    /// The link to Lifecycle with a canary and its promotion.
    pub replay_link: &'static str,
}

/// One operation of the side-by-side: its title and why the two sides differ (in the order of
/// `contrast::cases`).
#[derive(Debug, Serialize)]
pub struct Case {
    /// The case's title.
    pub title: &'static str,
    /// Why AWS and RFC 6902 differ here.
    pub why: &'static str,
}

/// The side-by-side.
#[derive(Debug, Serialize)]
pub struct Contrast {
    /// The heading.
    pub heading: &'static str,
    /// What the section shows.
    pub intro: &'static str,
    /// The disclosure with the stage before the operation.
    pub before: &'static str,
    /// The AWS side's heading.
    pub aws_side: &'static str,
    /// The RFC 6902 side's heading.
    pub rfc_side: &'static str,
    /// A side that applied the operation.
    pub accepted: &'static str,
    /// Each case, in order.
    pub cases: &'static [Case],
}

/// The section on NCP API Gateway.
#[derive(Debug, Serialize)]
pub struct Ncp {
    /// The heading.
    pub heading: &'static str,
    /// The calls and Edit Canary's modes.
    pub modes: &'static str,
    /// Where the docs and the spec disagree.
    pub disagreements: &'static str,
    /// The link to Validate with the docs' example.
    pub validate_link: &'static str,
    /// The link to Lifecycle with an edit before enabling.
    pub error_link: &'static str,
}

/// Why the observed share wanders.
#[derive(Debug, Serialize)]
pub struct Wander {
    /// The heading.
    pub heading: &'static str,
    /// A per-request split.
    pub binomial: &'static str,
    /// Sticky splits.
    pub sticky: &'static str,
    /// The link to guess then run.
    pub guess_link: &'static str,
    /// The link to a sticky cookie.
    pub ratchet_link: &'static str,
}

/// How many requests an error rate needs.
#[derive(Debug, Serialize)]
pub struct Power {
    /// The heading.
    pub heading: &'static str,
    /// The sample size.
    pub text: &'static str,
    /// The link to size a canary.
    pub link: &'static str,
}

/// Judging a canary.
#[derive(Debug, Serialize)]
pub struct Judging {
    /// The heading.
    pub heading: &'static str,
    /// Why a test re-run every minute cries wolf.
    pub wolf: &'static str,
    /// The quieter mistakes.
    pub quiet: &'static str,
    /// What the judge does instead.
    pub method: &'static str,
    /// Its price.
    pub price: &'static str,
    /// The link to an A/A canary.
    pub wolf_link: &'static str,
    /// The link to a worse canary.
    pub worse_link: &'static str,
    /// The link to the ramp planner.
    pub ramp_link: &'static str,
}
