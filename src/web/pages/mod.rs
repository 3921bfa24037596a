//! One module per page.

pub mod home;
pub mod lifecycle;
pub mod not_found;
pub mod planned;
pub mod validate;
