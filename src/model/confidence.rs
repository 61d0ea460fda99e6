use serde::{Deserialize, Serialize};

/// How sure the detector is that a span is a claim worth checking.
///
/// Vague or ambiguous findings ("for years", "the moment") are [`Confidence::Likely`]: the
/// window can dim or hide them, and every scorer still reads them. Analysts' own claims and
/// everything in files written before this field existed are [`Confidence::Sure`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    /// The text states it plainly: "50 minutes", "January 9", "“We will,” she said".
    #[default]
    Sure,
    /// A claim only on one reading: a duration with no number ("for years"), a vague period.
    Likely,
}

impl Confidence {
    /// The word the JSON output and reports use: "sure" or "likely".
    pub const fn slug(self) -> &'static str {
        match self {
            Self::Sure => "sure",
            Self::Likely => "likely",
        }
    }
}

/// For `skip_serializing_if`: a sure claim adds no bytes to a project file.
pub fn is_sure(confidence: &Confidence) -> bool {
    *confidence == Confidence::Sure
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_lower_case_words() {
        assert_eq!(Confidence::Sure.slug(), "sure");
        assert_eq!(Confidence::Likely.slug(), "likely");
        assert!(is_sure(&Confidence::default()));
    }
}
