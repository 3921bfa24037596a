//! One module per page (a folder for a page with components of its own).

pub mod home;
pub mod judge;
pub mod learn;
pub mod lifecycle;
pub mod not_found;
pub mod traffic;
pub mod validate;
