//! canarylab: see what an API Gateway canary release will do before you call the real service.
//!
//! One pure core with three faces. Read the modules in this order:
//!
//! - [`pointer`] and [`report`]: the vocabulary every check shares, an RFC 6901 JSON Pointer and
//!   the [`report::Diagnostic`] (path, stable code, severity, message, hint);
//! - [`doc`]: reading untrusted JSON text into serde_json values, with line and column on failure, and
//!   [`check`]: walking untrusted JSON objects, recording every problem;
//! - [`i18n`]: canarylab's own words in English and Korean, one catalogue per language;
//! - [`aws`]: Amazon API Gateway (REST) stages, deployments and canary settings;
//! - [`ncp`]: NAVER Cloud Platform API Gateway stage canaries;
//! - [`traffic`]: the seeded Monte Carlo simulator of the canary split;
//! - [`input`]: the files AWS users already have (CloudFormation and SAM templates, Terraform
//!   plans, AWS CLI scripts) read as the requests they make, checked and located in the file;
//! - [`judge`]: judging a real canary from its counts (sequential tests valid at every look) and
//!   planning its ramp;
//! - [`snippet`], [`locate`] and [`diff`]: pure helpers for the faces (copy-as commands, where a
//!   pointer sits in JSON text, line diffs), and [`contrast`]: the same patch operation under
//!   AWS's rules and under RFC 6902;
//! - the faces: [`cli`] (the `canarylab` command, also behind the npm bin), `js` (npm exports,
//!   feature `js`) and `web` (the Yew site, feature `web`).
//!
//! The core does no IO, reads no clock and no OS entropy: every input, seed and simulated time
//! comes from the caller, so the same input gives the same output natively, in Node and in the
//! browser. See ARCHITECTURE.md for the invariants.

pub mod api;
pub mod aws;
pub mod check;
pub mod cli;
pub mod clock;
pub mod code;
pub mod contrast;
pub mod diff;
pub mod doc;
pub mod fix;
pub mod i18n;
pub mod input;
pub mod judge;
pub mod locate;
pub mod ncp;
pub mod pointer;
pub mod report;
pub mod scenario;
pub mod snippet;
pub mod traffic;

#[cfg(feature = "js")]
pub mod js;
#[cfg(feature = "web")]
pub mod web;

/// The crate's version, as the CLI, the npm package and the site report it.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
