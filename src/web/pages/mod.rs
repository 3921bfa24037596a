//! One module per page.

pub mod home;
pub mod learn;
pub mod lifecycle;
pub mod not_found;
pub mod traffic;
pub mod validate;
