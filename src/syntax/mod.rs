//! Syntax for the extractor: a part-of-speech tagger, noun phrases and the speaker of a quote.
//!
//! Pure: no egui, no I/O at run time (the weights are compiled in). Positions here are **token
//! indices** into the word list the caller tagged ([`TokenRange`]); the caller converts to byte
//! offsets with its own tokens.
//!
//! - [`Tagger`]: an averaged-perceptron tagger over Penn Treebank tags ([`Tag`]), trained on
//!   GUM's train split by `cargo run --release --no-default-features --features train --bin
//!   train-tagger -- PATH_TO_GUM` (see `src/bin/train-tagger.rs`).
//! - [`noun_phrases`] and the [`NounPhrase`] helpers: base noun phrases from the tags;
//!   [`counted_noun`]: what a number counts.
//! - [`speaker_after_verb`], [`speaker_before_verb`]: the speaker of a speech verb.
//! - [`resolve_pronoun`]: "he"/"she"/"they" → the most recent compatible named speaker.

mod chunk;
mod conllu;
mod feature_table;
mod features;
mod lexicon;
mod model_error;
mod noun_phrase;
mod pronoun;
mod speaker;
mod tag;
mod tagger;
mod token_range;
mod train;
mod weights_file;

pub use chunk::{counted_noun, noun_phrase_ending_at, noun_phrase_starting_at, noun_phrases};
pub use conllu::{TaggedSentence, TreebankDocument, read_documents};
pub use model_error::ModelError;
pub use noun_phrase::{EntityHint, Gender, NounPhrase};
pub use pronoun::{MAX_SENTENCES_BACK, Mention, mentions, resolve_pronoun};
pub use speaker::{Speaker, speaker_after_verb, speaker_before_verb};
pub use tag::Tag;
pub use tagger::Tagger;
pub use token_range::TokenRange;
pub use train::{TrainOptions, accuracy, train, with_joined_contractions};
