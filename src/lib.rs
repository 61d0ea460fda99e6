//! claimdesk: a desktop workbench for fact-checkers.
//!
//! The pure core — [`model`], [`extract`], [`store`], [`export`], [`library`] — knows nothing of the
//! window; `app` and `ui` (feature `gui`) sit on top of it.

#[cfg(feature = "gui")]
pub mod app;
pub mod checkworthy;
pub mod cli;
pub mod clock;
pub mod export;
pub mod extract;
pub mod hash;
pub mod library;
pub mod merge;
pub mod model;
pub mod store;
pub mod syntax;
#[cfg(feature = "gui")]
pub mod ui;
