//! Components more than one page uses, one per file.

pub mod diff_view;

pub use diff_view::DiffView;
