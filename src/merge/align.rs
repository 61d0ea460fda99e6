//! Which claims of several reviews of one article are the same claim.
//!
//! Two claims are the same when they cover the same words of the article. Every review's
//! claims are placed in the first review's text: directly when the texts are the same and the
//! offsets fit, else found again by quote and context ([`find_anchor`]).

use std::collections::BTreeMap;

use crate::model::Project;
use crate::model::anchor::find_anchor;

/// One claim as it appears across reviews.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AlignedClaim {
    /// Its byte range in the first review's article text; `None` for a claim that could not
    /// be placed there (it appears in one review only).
    pub span: Option<std::ops::Range<usize>>,
    /// For each review, in the order given, the index of the claim in its `claims`.
    pub claims: Vec<Option<usize>>,
}

/// Aligns the claims of `reviews` (the first one's text is the reference), in the reference
/// text's order; claims no text position could be found for come last.
pub fn align(reviews: &[&Project]) -> Vec<AlignedClaim> {
    let Some(reference) = reviews.first() else {
        return Vec::new();
    };
    let text = reference.article.text.as_str();
    // Key: start, then longer first (as the project orders claims), then which occurrence of
    // that span within one review (two claims over the same words stay two).
    let mut placed: BTreeMap<(usize, std::cmp::Reverse<usize>, usize), AlignedClaim> = BTreeMap::new();
    let mut unplaced = Vec::new();
    for (review_index, review) in reviews.iter().enumerate() {
        let same_text = review.article.text == text;
        let mut seen: BTreeMap<(usize, usize), usize> = BTreeMap::new();
        for (claim_index, claim) in review.claims.iter().enumerate() {
            let fits = same_text && !claim.orphaned && text.get(claim.byte_range()) == Some(claim.quote.as_str());
            let start = if fits {
                Some(claim.start)
            } else {
                find_anchor(text, &claim.quote, &claim.prefix, &claim.suffix, claim.start)
            };
            let Some(start) = start else {
                let mut claims = vec![None; reviews.len()];
                if let Some(slot) = claims.get_mut(review_index) {
                    *slot = Some(claim_index);
                }
                unplaced.push(AlignedClaim { span: None, claims });
                continue;
            };
            let end = start + claim.quote.len();
            let occurrence = seen.entry((start, end)).or_insert(0);
            let key = (start, std::cmp::Reverse(end), *occurrence);
            *occurrence += 1;
            let entry = placed.entry(key).or_insert_with(|| AlignedClaim {
                span: Some(start..end),
                claims: vec![None; reviews.len()],
            });
            if let Some(slot) = entry.claims.get_mut(review_index) {
                *slot = Some(claim_index);
            }
        }
    }
    placed.into_values().chain(unplaced).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Article, Detection, Kind};

    fn review(text: &str, spans: &[(&str, Kind)]) -> Project {
        let detections = spans
            .iter()
            .filter_map(|(words, kind)| {
                let start = text.find(words)?;
                Some(Detection::new(start..start + words.len(), *kind, 0..text.len()))
            })
            .collect();
        Project::from_detections(Article::new("t", text), detections)
    }

    #[test]
    fn same_words_align_across_a_changed_text() {
        let a = review(
            "Biden spoke for 50 minutes on Thursday.",
            &[("50 minutes", Kind::Measure), ("Thursday", Kind::Date)],
        );
        let b = review(
            "Update: Biden spoke for 50 minutes on Thursday.",
            &[("Thursday", Kind::Date), ("Biden", Kind::Statement)],
        );
        let aligned = align(&[&a, &b]);
        let rows: Vec<_> = aligned
            .iter()
            .map(|row| (row.span.clone(), row.claims.clone()))
            .collect();
        assert_eq!(
            rows,
            [
                (Some(0..5), vec![None, Some(0)]),
                (Some(16..26), vec![Some(0), None]),
                (Some(30..38), vec![Some(1), Some(1)]),
            ]
        );
    }

    #[test]
    fn a_claim_that_cannot_be_found_stays_alone() {
        let a = review("One two three.", &[("two", Kind::Count)]);
        let mut b = review("One two three.", &[("two", Kind::Count)]);
        b.article.text = "Something else entirely.".into();
        b.claims[0].quote = "four".into();
        let aligned = align(&[&a, &b]);
        assert_eq!(aligned.len(), 2);
        assert_eq!(
            aligned[1],
            AlignedClaim {
                span: None,
                claims: vec![None, Some(0)]
            }
        );
    }
}
