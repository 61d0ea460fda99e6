//! A claim's verdict in a report's words: "To review" before an analyst has given one, else
//! the verdict as the window names it, with the name it is published under beside it where
//! the two differ ("Sourced (published as Supported)"), so an editor reading the report and
//! the analyst reading the window mean the same thing.

use super::marks::status_glyph;
use crate::model::{Claim, Status, VerdictNames};

/// What a claim no analyst has given a verdict yet is called in every report.
pub const TO_REVIEW: &str = "To review";

/// The glyph of a claim still to review; verdicts have theirs in [`status_glyph`].
pub(super) const TO_REVIEW_GLYPH: &str = "•";

/// The class suffix (`s-…`, `g-…`) of a claim still to review in the HTML report.
pub(super) const TO_REVIEW_SLUG: &str = "to-review";

/// `status` as the window names it, with its published name beside it when that differs:
/// "Sourced (published as Supported)", "Disputed".
pub fn status_text(status: Status, names: &VerdictNames) -> String {
    let published = names.name(status);
    if published == status.label() {
        status.label().to_owned()
    } else {
        format!("{} (published as {published})", status.label())
    }
}

/// `claim`'s verdict in words: [`TO_REVIEW`] until reviewed, else [`status_text`].
pub fn verdict_text(claim: &Claim, names: &VerdictNames) -> String {
    if claim.reviewed {
        status_text(claim.status, names)
    } else {
        TO_REVIEW.to_owned()
    }
}

/// The glyph that marks `claim` without colour: its verdict's, or `•` while to review.
pub(super) fn claim_glyph(claim: &Claim) -> &'static str {
    if claim.reviewed {
        status_glyph(claim.status)
    } else {
        TO_REVIEW_GLYPH
    }
}

/// The HTML class suffix of `claim`: its status slug, or `to-review`.
pub(super) fn claim_slug(claim: &Claim) -> &'static str {
    if claim.reviewed {
        claim.status.slug()
    } else {
        TO_REVIEW_SLUG
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_published_name_stands_beside_the_verdict_where_it_differs() {
        let names = VerdictNames::default();
        let cases = [
            (Status::Sourced, "Sourced (published as Supported)"),
            (Status::Disputed, "Disputed"),
            (Status::Unverified, "Unverified"),
        ];
        for (status, expected) in cases {
            assert_eq!(status_text(status, &names), expected);
        }
        let house = VerdictNames {
            sourced: "Sourced".into(),
            disputed: "False".into(),
            unverified: "  ".into(),
        };
        assert_eq!(status_text(Status::Sourced, &house), "Sourced");
        assert_eq!(status_text(Status::Disputed, &house), "Disputed (published as False)");
        assert_eq!(
            status_text(Status::Unverified, &house),
            "Unverified",
            "a blank name falls back"
        );
    }
}
