//! Where a review stands, as every report and `claimdesk check` count it: claims still *to
//! review* are kept apart from claims reviewed and found *unverified* (a fresh article has
//! "23 to review", not "23 unverified"), and a claim marked Sourced with no source is counted
//! so an editor sees it.

use crate::model::{Claim, ClaimId, Project, Status};

/// The claims of a review by where they stand, dismissed ones counted apart.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReviewCounts {
    /// Claims not dismissed.
    pub total: usize,
    /// Of those, the ones no analyst has given a verdict yet.
    pub to_review: usize,
    /// Of those, the ones with a verdict.
    pub reviewed: usize,
    /// Reviewed and found Sourced.
    pub sourced: usize,
    /// Reviewed and found Disputed.
    pub disputed: usize,
    /// Reviewed and found Unverified (a verdict, unlike "to review").
    pub unverified: usize,
    /// Dismissed claims ("not a claim"; not in `total`).
    pub dismissed: usize,
    /// Reviewed claims marked Sourced that name no source, in text order.
    pub sourced_without_source: Vec<ClaimId>,
}

impl ReviewCounts {
    /// The counts of `project`.
    pub fn of(project: &Project) -> Self {
        let mut counts = Self::default();
        for claim in &project.claims {
            if claim.dismissed {
                counts.dismissed += 1;
                continue;
            }
            counts.total += 1;
            if !claim.reviewed {
                counts.to_review += 1;
                continue;
            }
            counts.reviewed += 1;
            match claim.status {
                Status::Sourced => counts.sourced += 1,
                Status::Disputed => counts.disputed += 1,
                Status::Unverified => counts.unverified += 1,
            }
            if lacks_source(claim) {
                counts.sourced_without_source.push(claim.id);
            }
        }
        counts
    }

    /// The reviewed claims with verdict `status`.
    pub fn of_status(&self, status: Status) -> usize {
        match status {
            Status::Sourced => self.sourced,
            Status::Disputed => self.disputed,
            Status::Unverified => self.unverified,
        }
    }
}

/// Whether `claim` is reviewed as Sourced but names no source (no source with a URL or a
/// title): the verdict says there is evidence and the review does not show it.
pub fn lacks_source(claim: &Claim) -> bool {
    claim.reviewed
        && claim.status == Status::Sourced
        && claim
            .sources
            .iter()
            .all(|source| source.url.trim().is_empty() && source.title.trim().is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Article, Kind, Source, Stamp};

    #[test]
    fn to_review_and_unverified_are_counted_apart() {
        let text = "One two three four five six.";
        let mut project = Project::from_detections(Article::new("t", text), Vec::new());
        let stamp = Stamp::at_unix(0, "ana");
        let ids: Vec<ClaimId> = ["One", "two", "three", "four", "five"]
            .iter()
            .map(|word| {
                let start = text.find(word).unwrap();
                project
                    .add_claim(start, start + word.len(), Kind::Statement, &stamp)
                    .unwrap()
            })
            .collect();
        let source = Source {
            url: "https://a.example".into(),
            ..Source::default()
        };
        project
            .claim_mut(ids[0])
            .unwrap()
            .set_status(Status::Unverified, &stamp);
        project.claim_mut(ids[1]).unwrap().set_status(Status::Sourced, &stamp);
        let claim = project.claim_mut(ids[2]).unwrap();
        claim.set_status(Status::Sourced, &stamp);
        claim.add_source(source, &stamp);
        project.claim_mut(ids[3]).unwrap().set_dismissed(true, &stamp);
        let counts = ReviewCounts::of(&project);
        assert_eq!(
            (counts.total, counts.to_review, counts.reviewed, counts.dismissed),
            (4, 1, 3, 1)
        );
        assert_eq!(
            (counts.sourced, counts.disputed, counts.unverified),
            (2, 0, 1),
            "the unreviewed claim is not counted as unverified"
        );
        assert_eq!(counts.sourced_without_source, [ids[1]]);
    }
}
