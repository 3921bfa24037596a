//! The Lifecycle page's texts (keys; the values are in `en::site::lifecycle` and `ko::site::lifecycle`).

use serde::Serialize;

/// The Lifecycle page's texts.
#[derive(Debug, Serialize)]
pub struct Lifecycle {
    /// The page's heading.
    pub heading: &'static str,
}
