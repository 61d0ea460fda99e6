/// Why reviews could not be merged; nothing was written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MergeError {
    /// Both sides changed the article text itself, differently: claims could not be placed.
    #[error("both sides changed the article text, differently; merge the text by hand first")]
    ArticleTextDiffers,
    /// No common ancestor, and the two sides review different texts.
    #[error("the two sides have no common version and review different article texts")]
    UnrelatedArticles,
}
