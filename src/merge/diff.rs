//! Two reviews of one article side by side: what File ▸ Compare with… shows and
//! `claimdesk diff` prints.
//!
//! The window calls [`compare`] with the open project (left) and the other review (right),
//! lists [`Comparison::pairs`] as they come (disagreements first, then other differences,
//! then agreement, each in text order), filters with [`ClaimPair::disagrees`] /
//! [`ClaimPair::differs`], and selects a pair's claim by [`ClaimPair::left`]. Nothing here
//! borrows the projects, so the view can keep the result across frames.

use super::align::align;
use crate::model::{Claim, ClaimId, Conflict, Kind, Project, Status};

/// What an analyst decided about a claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Verdict {
    /// A verdict: sourced, disputed or unverified (confirmed).
    Status(Status),
    /// "Not a claim".
    Dismissed,
}

impl Verdict {
    /// Every verdict, in the order tables show them.
    pub const ALL: [Verdict; 4] = [
        Verdict::Status(Status::Sourced),
        Verdict::Status(Status::Disputed),
        Verdict::Status(Status::Unverified),
        Verdict::Dismissed,
    ];

    /// The decision on `claim`, if an analyst made one: dismissed, or a status set (or
    /// confirmed) by hand. A claim still to review, or whose verdict is in an open merge
    /// conflict, has none.
    pub fn of(claim: &Claim) -> Option<Verdict> {
        if claim.dismissed {
            Some(Verdict::Dismissed)
        } else if claim.reviewed
            && !claim
                .conflicts
                .iter()
                .any(|conflict| matches!(conflict, Conflict::Verdict { .. }))
        {
            Some(Verdict::Status(claim.status))
        } else {
            None
        }
    }

    /// Position in [`Verdict::ALL`] (rows and columns of a confusion matrix).
    pub fn index(self) -> usize {
        match self {
            Verdict::Status(Status::Sourced) => 0,
            Verdict::Status(Status::Disputed) => 1,
            Verdict::Status(Status::Unverified) => 2,
            Verdict::Dismissed => 3,
        }
    }

    /// The name shown to people.
    pub fn label(self) -> &'static str {
        match self {
            Verdict::Status(status) => status.label(),
            Verdict::Dismissed => "Dismissed",
        }
    }
}

impl std::fmt::Display for Verdict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.label())
    }
}

/// A way two versions of a claim differ.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Difference {
    /// Only the left review has the claim.
    OnlyLeft,
    /// Only the right review has the claim.
    OnlyRight,
    /// Different decisions (one of them may be "still to review").
    Verdict,
    /// Different kinds.
    Kind,
    /// Different notes.
    Note,
    /// Different sources.
    Sources,
}

/// One claim in both reviews (or in one of them).
#[derive(Clone, Debug, PartialEq)]
pub struct ClaimPair {
    /// Its id in the left review.
    pub left: Option<ClaimId>,
    /// Its id in the right review.
    pub right: Option<ClaimId>,
    /// Its byte range in the left article's text (`None` if it could not be placed there).
    pub span: Option<std::ops::Range<usize>>,
    /// The claimed words.
    pub quote: String,
    /// Its kind (the left review's, when both have it).
    pub kind: Kind,
    /// The left review's decision.
    pub left_verdict: Option<Verdict>,
    /// The right review's decision.
    pub right_verdict: Option<Verdict>,
    /// How the two differ; empty when they agree on everything compared.
    pub differences: Vec<Difference>,
}

impl ClaimPair {
    /// Both reviews decided, differently.
    pub fn disagrees(&self) -> bool {
        matches!((self.left_verdict, self.right_verdict), (Some(left), Some(right)) if left != right)
    }

    /// The two differ in anything compared.
    pub fn differs(&self) -> bool {
        !self.differences.is_empty()
    }
}

/// Two reviews compared (see the module documentation).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Comparison {
    /// Every claim of either review: disagreements first, then other differences, then the
    /// claims both see alike; each group in text order.
    pub pairs: Vec<ClaimPair>,
}

impl Comparison {
    /// Claims both reviews decided differently.
    pub fn disagreements(&self) -> usize {
        self.pairs.iter().filter(|pair| pair.disagrees()).count()
    }

    /// Claims that differ in anything.
    pub fn differing(&self) -> usize {
        self.pairs.iter().filter(|pair| pair.differs()).count()
    }

    /// Claims both reviews have.
    pub fn matched(&self) -> usize {
        self.pairs
            .iter()
            .filter(|pair| pair.left.is_some() && pair.right.is_some())
            .count()
    }
}

/// Compares two reviews of the same article (the same text, or a text their claims can be
/// found in again by quote and context).
pub fn compare(left: &Project, right: &Project) -> Comparison {
    let mut pairs: Vec<ClaimPair> = align(&[left, right])
        .into_iter()
        .filter_map(|aligned| {
            let left_claim = aligned
                .claims
                .first()
                .copied()
                .flatten()
                .and_then(|index| left.claims.get(index));
            let right_claim = aligned
                .claims
                .get(1)
                .copied()
                .flatten()
                .and_then(|index| right.claims.get(index));
            let shown = left_claim.or(right_claim)?;
            Some(ClaimPair {
                left: left_claim.map(|claim| claim.id),
                right: right_claim.map(|claim| claim.id),
                span: aligned.span,
                quote: shown.quote.clone(),
                kind: shown.kind,
                left_verdict: left_claim.and_then(Verdict::of),
                right_verdict: right_claim.and_then(Verdict::of),
                differences: differences(left_claim, right_claim),
            })
        })
        .collect();
    // Stable: text order within each group.
    pairs.sort_by_key(|pair| match (pair.disagrees(), pair.differs()) {
        (true, _) => 0,
        (false, true) => 1,
        (false, false) => 2,
    });
    Comparison { pairs }
}

fn differences(left: Option<&Claim>, right: Option<&Claim>) -> Vec<Difference> {
    match (left, right) {
        (Some(left), Some(right)) => {
            let mut found = Vec::new();
            if Verdict::of(left) != Verdict::of(right) {
                found.push(Difference::Verdict);
            }
            if left.kind != right.kind {
                found.push(Difference::Kind);
            }
            if left.note != right.note {
                found.push(Difference::Note);
            }
            let mut left_sources = left.sources.clone();
            let mut right_sources = right.sources.clone();
            let by_fields = |a: &crate::model::Source, b: &crate::model::Source| {
                (&a.url, &a.title, &a.note).cmp(&(&b.url, &b.title, &b.note))
            };
            left_sources.sort_by(by_fields);
            right_sources.sort_by(by_fields);
            if left_sources != right_sources {
                found.push(Difference::Sources);
            }
            found
        }
        (Some(_), None) => vec![Difference::OnlyLeft],
        (None, Some(_)) => vec![Difference::OnlyRight],
        (None, None) => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Article, Detection, Stamp};

    fn review() -> Project {
        let text = "Biden spoke for 50 minutes on Thursday, a second call.";
        let detections = ["50 minutes", "Thursday", "second"]
            .iter()
            .map(|words| {
                let start = text.find(words).unwrap();
                Detection::new(start..start + words.len(), Kind::Measure, 0..text.len())
            })
            .collect();
        Project::from_detections(Article::new("t", text), detections)
    }

    #[test]
    fn disagreements_come_first_then_other_differences() {
        let stamp = Stamp::at_unix(0, "ana");
        let mut left = review();
        let mut right = review();
        left.claims[0].set_status(crate::model::Status::Sourced, &stamp);
        right.claims[0].set_status(crate::model::Status::Sourced, &stamp);
        left.claims[1].set_note("readout", &stamp);
        left.claims[2].set_status(crate::model::Status::Sourced, &stamp);
        right.claims[2].set_dismissed(true, &stamp);
        let comparison = compare(&left, &right);
        let order: Vec<_> = comparison.pairs.iter().map(|pair| pair.quote.as_str()).collect();
        assert_eq!(order, ["second", "Thursday", "50 minutes"]);
        assert!(comparison.pairs[0].disagrees());
        assert_eq!(comparison.pairs[0].right_verdict, Some(Verdict::Dismissed));
        assert_eq!(comparison.pairs[1].differences, [Difference::Note]);
        assert!(!comparison.pairs[2].differs());
        assert_eq!(
            (comparison.disagreements(), comparison.differing(), comparison.matched()),
            (1, 2, 3)
        );
    }
}
