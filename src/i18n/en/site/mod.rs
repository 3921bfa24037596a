//! The site's texts in English, one module per page.

mod common;
mod home;
mod judge;
mod learn;
mod lifecycle;
mod traffic;
mod validate;

use crate::i18n::site::Site;

/// Every text of the site.
pub const SITE: Site = Site {
    common: common::TEXT,
    home: home::TEXT,
    validate: validate::TEXT,
    lifecycle: lifecycle::TEXT,
    traffic: traffic::TEXT,
    judge: judge::TEXT,
    learn: learn::TEXT,
};
