//! The integration tests: one binary, one module per capability, each driven by data fixtures.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

mod aws;
mod ci;
mod cli;
mod fixes;
mod fixtures;
mod i18n;
mod input;
mod judge;
mod ncp;
mod robustness;
mod scenario;
mod traffic;
mod traffic_scale;
