//! The Learn page's texts (keys; the values are in `en::site::learn` and `ko::site::learn`).

use serde::Serialize;

/// The Learn page's texts.
#[derive(Debug, Serialize)]
pub struct Learn {
    /// The page's heading.
    pub heading: &'static str,
}
