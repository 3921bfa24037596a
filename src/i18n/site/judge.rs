//! The Judge page's texts (keys; the values are in `en::site::judge` and `ko::site::judge`).

use serde::Serialize;

/// The Judge page's texts.
#[derive(Debug, Serialize)]
pub struct Judge {
    /// The page's heading.
    pub heading: &'static str,
}
