//! The Traffic page's texts (keys; the values are in `en::site::traffic` and `ko::site::traffic`).

use serde::Serialize;

/// The Traffic page's texts.
#[derive(Debug, Serialize)]
pub struct Traffic {
    /// The page's heading.
    pub heading: &'static str,
}
