/// Why a page gave no article.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    /// The page shows a reader no text at all: an empty page, or one whose text is all
    /// drawn by scripts. (A page whose story cannot be told from its furniture is imported
    /// whole instead, with a notice.)
    #[error("no article text found")]
    NoArticleText,
}
