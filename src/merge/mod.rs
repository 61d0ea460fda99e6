//! Team review: three-way merge, comparison and agreement of reviews of one article. Pure:
//! no egui, no I/O — the command line (`cli::merge`, `cli::diff`, `cli::agreement`) and the
//! window read the files and call these.
//!
//! All positions are UTF-8 byte offsets into an article text, as in [`crate::model`].
//!
//! - [`merge_projects`]: claim by claim and field by field; what two analysts changed
//!   differently is recorded in the file as [`Conflict`](crate::model::Conflict)s, never as
//!   conflict markers. The window resolves them with
//!   [`Project::resolve_conflict`](crate::model::Project::resolve_conflict).
//! - [`compare`]: the claims of two reviews side by side, disagreements first — what
//!   File ▸ Compare with… shows and `claimdesk diff` prints.
//! - [`agreement`]: how often reviewers agree on verdicts (raw, Cohen's κ, Fleiss' κ,
//!   Krippendorff's α), overall and per claim kind, with confusion matrices.

mod agreement;
mod align;
mod claim_merge;
mod diff;
mod error;
mod lists;
mod three_way;

pub use agreement::{
    AgreementReport, AgreementStats, PairConfusion, agreement, cohen_kappa, fleiss_kappa, krippendorff_alpha_nominal,
};
pub use align::{AlignedClaim, align};
pub use diff::{ClaimPair, Comparison, Difference, Verdict, compare};
pub use error::MergeError;
pub use three_way::{MergeOutcome, Renumbered, merge_projects};
