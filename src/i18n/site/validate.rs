//! The Validate page's texts (keys; the values are in `en::site::validate` and `ko::site::validate`).

use serde::Serialize;

/// The Validate page's texts.
#[derive(Debug, Serialize)]
pub struct Validate {
    /// The page's heading.
    pub heading: &'static str,
}
