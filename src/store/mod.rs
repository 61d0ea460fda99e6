//! Files in and out: articles, project files, atomic writes. No egui.

mod analyst;
mod article_file;
pub mod atomic;
mod error;
mod fingerprint;
pub mod html;
pub mod lock;
pub mod markdown;
mod paths;
mod project_file;
mod read;
pub mod recovery;
mod session;

pub use analyst::{analyst_name_from, default_analyst_name};
pub use article_file::{
    DecodeError, Decoded, ImportedArticle, MAX_ARTICLE_BYTES, article_from_text, decode_text, file_stem,
    normalise_newlines, read_article, read_text_article,
};
pub use error::StoreError;
pub use fingerprint::Fingerprint;
pub use paths::{PROJECT_EXTENSION, is_project_path, project_path_for_article};
pub use project_file::{
    LoadedProject, MAX_PROJECT_BYTES, load_project, parse_project, parse_project_bytes, project_to_ron, save_project,
    save_project_with,
};
pub use read::read_limited;
pub use session::{FileSession, RecoveryOffer, SaveOutcome};
