//! claimdesk: a desktop workbench for fact-checkers.
//!
//! The pure core — [`model`], [`extract`], [`store`], [`export`] — knows nothing of the
//! window; `app` and `ui` (feature `gui`) sit on top of it.

pub mod extract;
pub mod model;
pub mod store;
pub mod cli;
#[cfg(feature = "gui")]
pub mod app;
#[cfg(feature = "gui")]
pub mod ui;
