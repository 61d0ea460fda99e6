/// Why a page gave no article.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    /// Nothing that reads as article text was left once the page furniture was dropped:
    /// an empty page, a page of links, or one whose text is all drawn by scripts.
    #[error("no article text found")]
    NoArticleText,
}
