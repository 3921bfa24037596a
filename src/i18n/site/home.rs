//! The overview page's texts (keys; the values are in `en::site::home` and `ko::site::home`).

use serde::Serialize;

/// The overview page's texts.
#[derive(Debug, Serialize)]
pub struct Home {
    /// The page's heading.
    pub heading: &'static str,
}
