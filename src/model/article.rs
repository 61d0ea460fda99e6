use serde::{Deserialize, Serialize};

/// The article under review. Its text is stored in the project so the review never depends
/// on the original file still existing.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    /// Headline.
    pub title: String,
    /// Where the text came from (a path or URL as given), if anywhere.
    #[serde(default)]
    pub origin: Option<String>,
    /// Byline, when the source page names one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub byline: Option<String>,
    /// Publication date as the source gives it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    /// Canonical URL of the article, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The whole text, line endings normalised to `\n`. All claim offsets point into it.
    pub text: String,
}

impl Article {
    /// An article with a title and text and nothing else known.
    pub fn new(title: impl Into<String>, text: impl Into<String>) -> Self {
        Self {
            title: title.into(),
            text: text.into(),
            ..Self::default()
        }
    }
}
