//! The review's data and its invariants: no egui, no I/O.
//!
//! All positions in the model are UTF-8 byte offsets into `Article::text`, always on char
//! boundaries. Only the article view converts them to egui's char indices.

pub mod anchor;
mod article;
mod change;
mod claim;
mod confidence;
mod conflict;
mod detection;
mod error;
mod kind;
mod project;
mod source;
mod status;
mod value;
mod value_text;
mod verdict_names;

pub use article::Article;
pub use change::{Change, Stamp, rfc3339_utc};
pub use claim::{Claim, ClaimId};
pub use confidence::{Confidence, is_sure};
pub use conflict::{Conflict, KindValue, Pick, Side};
pub use detection::Detection;
pub use error::ModelError;
pub use kind::Kind;
pub use project::{FORMAT_PLAIN, FORMAT_VERSION, Project, StatusCounts, ValidationReport};
pub use source::{Source, openable_url};
pub use status::Status;
pub use value::{Approx, DatePoint, DateValue, Ordinal, Quantity, QuoteValue, Speaker, StatementValue, Value};
pub use value_text::describe_timestamp;
pub use verdict_names::VerdictNames;
