//! The overview page's texts (keys; the values are in `en::site::home` and `ko::site::home`).

use serde::Serialize;

/// The overview page's texts. Inline code is written between backticks.
#[derive(Debug, Serialize)]
pub struct Home {
    /// The page's heading.
    pub heading: &'static str,
    /// The paragraph under the heading: what a canary release is and what canarylab does.
    pub lede: &'static str,
    /// The accessible name of the two gateways' cards.
    pub gateways: &'static str,
    /// The AWS card's heading.
    pub aws_heading: &'static str,
    /// The AWS card: what `canarySettings` does to requests.
    pub aws_settings: &'static str,
    /// The AWS card: the calls that create and change a canary, and their sharp edges.
    pub aws_calls: &'static str,
    /// The NCP card's heading.
    pub ncp_heading: &'static str,
    /// The NCP card: its calls and Edit Canary's two modes.
    pub ncp_modes: &'static str,
    /// The heading over the list of tools.
    pub what_heading: &'static str,
    /// After the link to Validate: what it does.
    pub validate: &'static str,
    /// After the link to Lifecycle: what it does.
    pub lifecycle: &'static str,
    /// After the link to Traffic: what it does.
    pub traffic: &'static str,
    /// After the link to Judge: what it does.
    pub judge: &'static str,
    /// After the link to Learn: what it does.
    pub learn: &'static str,
    /// The closing paragraph: the same checks in CI, nothing sent anywhere.
    pub ci: &'static str,
}
