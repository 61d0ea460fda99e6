//! Check-worthiness: how much a sentence looks like a factual claim worth checking. Pure: no
//! egui, no I/O (the model is compiled in).
//!
//! [`CheckWorthiness`] is a logistic regression over hashed word unigrams and bigrams
//! ([`features`]; the format also takes character n-grams, which were measured slightly
//! better on held-out debates but ten times slower to score), trained on the `ClaimBuster`
//! dataset (Arslan et al., ICWSM 2020, CC BY 4.0, doi 10.5281/zenodo.3609356; see
//! `assets/models/ATTRIBUTION.md`): a sentence
//! scores its probability of being a check-worthy factual sentence (`ClaimBuster`'s "CFS").
//! Train it again with
//!
//! ```text
//! cargo run --release --no-default-features --features train --bin train-checkworthy -- DATA_DIR
//! ```
//!
//! (a binary with `required-features`, so neither the window nor the dev-dependencies are
//! built); it verifies the CSVs' SHA-256, chooses the regularisation on held-out debates,
//! writes `assets/models/checkworthy.bin` and prints precision, recall and F1 on
//! `ClaimBuster`'s `groundtruth.csv`, from which [`THRESHOLD`] and [`SURE_THRESHOLD`] come.
//!
//! The model learnt from debate speech; [`skip_reason`] keeps the parts of a news page that
//! are not prose (headlines without a verb, bylines, captions, prompts) from becoming claims.

pub mod features;
mod filter;
mod lexicon;
mod model;
mod model_error;
mod phrase_table;
mod skip;
mod verb_forms;

pub use filter::skip_reason;
pub use model::CheckWorthiness;
pub use model_error::ModelError;
pub use skip::Skip;

/// A sentence scoring at least this is a statement claim. Chosen by the training command as
/// the score that maximises F1 of the check-worthy class on `ClaimBuster`'s `groundtruth.csv`.
pub const THRESHOLD: f32 = 0.36;

/// A statement claim scoring at least this is confident ("likely" below it). Chosen by the
/// training command as the lowest score at which precision on `groundtruth.csv` reaches 0.95.
pub const SURE_THRESHOLD: f32 = 0.71;

/// Which features a model uses; stored in the model's header so a model is always read with
/// the features it was trained on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FeatureConfig {
    /// The model has `1 << bits` weights (hash buckets).
    pub bits: u8,
    /// Whether word bigrams are features (unigrams always are).
    pub bigrams: bool,
    /// Shortest character n-gram; no character n-grams when 0.
    pub char_min: u8,
    /// Longest character n-gram.
    pub char_max: u8,
}

#[cfg(test)]
mod tests;
