use serde::{Deserialize, Serialize};

use super::anchor::{find_anchor, prefix_before, suffix_after};
use super::{Article, Claim, ClaimId, Detection, Kind, ModelError, Stamp, Status, VerdictNames};

/// The newest project file format this build reads and writes. Older formats load
/// (migrated); newer ones are refused with the file untouched.
///
/// - 1: the original format.
/// - 2: claims may carry merge `conflicts`. An older claimdesk would silently drop them on
///   save, so a file that holds any is written as format 2, which that build refuses.
pub const FORMAT_VERSION: u32 = 2;

/// The format of a project without conflicts: still 1, so that a review with nothing
/// unresolved stays readable by every claimdesk (see [`Project::required_format`]).
pub const FORMAT_PLAIN: u32 = 1;

/// A review: the article, its claims and everything the analyst decided about them.
///
/// Invariant after [`Project::validate`]: claims are in text order (start ascending, longer
/// first on ties), ids are unique, and every claim not flagged `orphaned` has a valid span
/// whose text equals its `quote`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Project {
    /// Schema version of the file.
    pub format: u32,
    /// The article under review.
    pub article: Article,
    /// The claims, in text order.
    #[serde(default)]
    pub claims: Vec<Claim>,
    /// What the statuses are called in published reviews; left out of the file when they
    /// are the defaults.
    #[serde(default, skip_serializing_if = "VerdictNames::is_default")]
    pub verdicts: VerdictNames,
}

/// What [`Project::validate`] had to repair.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ValidationReport {
    /// Claims whose offsets did not fit and were found again by their quote.
    pub reanchored: Vec<ClaimId>,
    /// Claims that could not be found in the text: kept, flagged `orphaned`.
    pub orphaned: Vec<ClaimId>,
}

/// Claims per status, dismissed ones left out.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StatusCounts {
    /// Claims not dismissed.
    pub total: usize,
    /// Of those, the ones an analyst has set a status on.
    pub reviewed: usize,
    /// Status Sourced.
    pub sourced: usize,
    /// Status Disputed.
    pub disputed: usize,
    /// Status Unverified.
    pub unverified: usize,
    /// Dismissed claims (not in `total`).
    pub dismissed: usize,
}

impl StatusCounts {
    /// The count for one status.
    pub fn of(&self, status: Status) -> usize {
        match status {
            Status::Sourced => self.sourced,
            Status::Disputed => self.disputed,
            Status::Unverified => self.unverified,
        }
    }
}

impl Project {
    /// A project for `article` whose claims are the detector's findings, in text order,
    /// numbered from 1.
    pub fn from_detections(article: Article, detections: Vec<Detection>) -> Self {
        let mut project = Self {
            format: FORMAT_PLAIN,
            article,
            claims: Vec::with_capacity(detections.len()),
            verdicts: VerdictNames::default(),
        };
        for (n, detection) in (1u64..).zip(detections) {
            let Some(quote) = project.article.text.get(detection.start..detection.end) else {
                continue;
            };
            if detection.start >= detection.end {
                continue;
            }
            let claim = project.new_claim(ClaimId(n), detection.start, detection.end, quote, detection.kind);
            project.claims.push(Claim {
                value: detection.value,
                confidence: detection.confidence,
                ..claim
            });
        }
        project.sort_claims();
        project
    }

    fn new_claim(&self, id: ClaimId, start: usize, end: usize, quote: &str, kind: Kind) -> Claim {
        let text = &self.article.text;
        Claim {
            end,
            prefix: prefix_before(text, start).to_owned(),
            suffix: suffix_after(text, end).to_owned(),
            ..Claim::unreviewed(id, start, quote, kind)
        }
    }

    /// The oldest file format that holds everything in this project: [`FORMAT_VERSION`] when a
    /// claim has open merge conflicts, else [`FORMAT_PLAIN`]. Files are written with it.
    pub fn required_format(&self) -> u32 {
        if self.claims.iter().any(|claim| !claim.conflicts.is_empty()) {
            FORMAT_VERSION
        } else {
            FORMAT_PLAIN
        }
    }

    /// The claims with open merge conflicts, in text order.
    pub fn conflicted_claims(&self) -> impl Iterator<Item = &Claim> {
        self.claims.iter().filter(|claim| !claim.conflicts.is_empty())
    }

    /// Settles conflict `index` of claim `claim_id` by keeping one side (see
    /// [`Claim::resolve_conflict`]); the window calls this from its command handler, after
    /// keeping the claim for undo.
    pub fn resolve_conflict(
        &mut self,
        claim_id: ClaimId,
        index: usize,
        pick: super::Pick,
        stamp: &Stamp,
    ) -> Result<(), ModelError> {
        self.claim_mut(claim_id)?.resolve_conflict(index, pick, stamp)?;
        self.format = self.required_format();
        Ok(())
    }

    /// The id the next new claim gets: one past the largest ever used in this project.
    pub fn next_claim_id(&self) -> ClaimId {
        ClaimId(self.claims.iter().map(|claim| claim.id.0).max().unwrap_or(0) + 1)
    }

    /// The claim with `claim_id`.
    pub fn claim(&self, claim_id: ClaimId) -> Option<&Claim> {
        self.claims.iter().find(|claim| claim.id == claim_id)
    }

    /// The claim with `claim_id`, to change it.
    pub fn claim_mut(&mut self, claim_id: ClaimId) -> Result<&mut Claim, ModelError> {
        self.claims
            .iter_mut()
            .find(|claim| claim.id == claim_id)
            .ok_or(ModelError::NoSuchClaim(claim_id))
    }

    /// Checks that `start..end` is a span a claim can have in this article.
    pub fn check_span(&self, start: usize, end: usize) -> Result<&str, ModelError> {
        let text = &self.article.text;
        if start >= end {
            return Err(ModelError::EmptySpan { start, end });
        }
        if end > text.len() {
            return Err(ModelError::OutOfBounds {
                start,
                end,
                len: text.len(),
            });
        }
        for offset in [start, end] {
            if !text.is_char_boundary(offset) {
                return Err(ModelError::NotCharBoundary { offset });
            }
        }
        let quote = text.get(start..end).ok_or(ModelError::OutOfBounds {
            start,
            end,
            len: text.len(),
        })?;
        if quote.trim().is_empty() {
            return Err(ModelError::Blank);
        }
        Ok(quote)
    }

    /// Adds a claim the analyst marked by hand over `start..end` (white space at its ends is
    /// trimmed off). Returns its id.
    pub fn add_claim(&mut self, start: usize, end: usize, kind: Kind, stamp: &Stamp) -> Result<ClaimId, ModelError> {
        let quote = self.check_span(start, end)?;
        let trimmed_start = start + (quote.len() - quote.trim_start().len());
        let trimmed_end = end - (quote.len() - quote.trim_end().len());
        let quote = quote.trim().to_owned();
        let claim_id = self.next_claim_id();
        let mut claim = self.new_claim(claim_id, trimmed_start, trimmed_end, &quote, kind);
        claim.history.push(stamp.change(format!("added by hand as {kind}")));
        self.claims.push(claim);
        self.sort_claims();
        Ok(claim_id)
    }

    /// Puts claims in text order: by start, the longer first when two start together (so an
    /// enclosing quote comes before the count inside it), then by id.
    pub fn sort_claims(&mut self) {
        self.claims
            .sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)).then(a.id.cmp(&b.id)));
    }

    /// Counts per status over the claims that are not dismissed.
    pub fn counts(&self) -> StatusCounts {
        let mut counts = StatusCounts::default();
        for claim in &self.claims {
            if claim.dismissed {
                counts.dismissed += 1;
                continue;
            }
            counts.total += 1;
            counts.reviewed += usize::from(claim.reviewed);
            match claim.status {
                Status::Sourced => counts.sourced += 1,
                Status::Disputed => counts.disputed += 1,
                Status::Unverified => counts.unverified += 1,
            }
        }
        counts
    }

    /// Makes the project meet its invariant: claims whose offsets don't fit the text are
    /// found again by their quote and context, claims that can't be found are flagged
    /// `orphaned` (never dropped), and claims are put in text order.
    pub fn validate(&mut self) -> ValidationReport {
        let mut report = ValidationReport::default();
        let text = &self.article.text;
        for claim in &mut self.claims {
            let fits = text.get(claim.start..claim.end) == Some(claim.quote.as_str()) && claim.start < claim.end;
            if fits {
                if claim.orphaned {
                    claim.orphaned = false;
                    report.reanchored.push(claim.id);
                }
                continue;
            }
            if let Some(at) = find_anchor(text, &claim.quote, &claim.prefix, &claim.suffix, claim.start) {
                claim.start = at;
                claim.end = at + claim.quote.len();
                claim.orphaned = false;
                report.reanchored.push(claim.id);
            } else {
                claim.orphaned = true;
                report.orphaned.push(claim.id);
            }
        }
        self.sort_claims();
        report
    }

    /// The first id used by more than one claim, if any.
    pub fn duplicate_claim_id(&self) -> Option<ClaimId> {
        let mut ids: Vec<ClaimId> = self.claims.iter().map(|claim| claim.id).collect();
        ids.sort_unstable();
        ids.windows(2).find_map(|pair| match pair {
            [a, b] if a == b => Some(*a),
            _ => None,
        })
    }

    /// The innermost claim (not dismissed, not orphaned) covering byte `offset`.
    pub fn claim_at_byte(&self, offset: usize) -> Option<&Claim> {
        self.claims
            .iter()
            .filter(|claim| !claim.dismissed && !claim.orphaned && claim.start <= offset && offset < claim.end)
            .min_by_key(|claim| claim.end - claim.start)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Source, Status};

    fn stamp() -> Stamp {
        Stamp::at_unix(1_795_943_523, "ana")
    }

    fn sample() -> Project {
        let text = "Biden spoke for 50 minutes on Thursday. «Ça va», dit-il.";
        let detections = vec![
            Detection::new(30..38, Kind::Date, 0..39),
            Detection::new(16..26, Kind::Measure, 0..39),
        ];
        Project::from_detections(Article::new("Call", text), detections)
    }

    #[test]
    fn detections_become_claims_in_text_order_with_context() {
        let project = sample();
        let quotes: Vec<_> = project.claims.iter().map(|claim| claim.quote.as_str()).collect();
        assert_eq!(quotes, ["50 minutes", "Thursday"]);
        assert_eq!(project.claims[0].prefix, "Biden spoke for ");
        assert_eq!(project.next_claim_id(), ClaimId(3));
    }

    #[test]
    fn setting_a_status_marks_reviewed_and_records_history() {
        let mut project = sample();
        let claim_id = project.claims[0].id;
        let claim = project.claim_mut(claim_id).unwrap();
        claim.set_status(Status::Sourced, &stamp());
        assert!(claim.reviewed);
        assert_eq!(claim.history.last().unwrap().what, "status Unverified → Sourced");
        assert_eq!(claim.history.last().unwrap().at, "2026-11-29T09:12:03Z");
        let counts = project.counts();
        assert_eq!((counts.total, counts.reviewed, counts.sourced), (2, 1, 1));
    }

    #[test]
    fn add_claim_checks_the_span() {
        let mut project = sample();
        let text_len = project.article.text.len();
        let e_acute = project.article.text.find('Ç').unwrap();
        assert_eq!(
            project.add_claim(5, 5, Kind::Statement, &stamp()),
            Err(ModelError::EmptySpan { start: 5, end: 5 })
        );
        assert!(matches!(
            project.add_claim(0, text_len + 1, Kind::Statement, &stamp()),
            Err(ModelError::OutOfBounds { .. })
        ));
        assert_eq!(
            project.add_claim(e_acute + 1, e_acute + 3, Kind::Statement, &stamp()),
            Err(ModelError::NotCharBoundary { offset: e_acute + 1 })
        );
        assert_eq!(
            project.add_claim(5, 6, Kind::Statement, &stamp()),
            Err(ModelError::Blank)
        );
        let claim_id = project.add_claim(5, 12, Kind::Statement, &stamp()).unwrap();
        let claim = project.claim(claim_id).unwrap();
        assert_eq!((claim.quote.as_str(), claim.start), ("spoke", 6));
        assert_eq!(claim_id, ClaimId(3));
    }

    #[test]
    fn validate_reanchors_and_flags_without_dropping() {
        let mut project = sample();
        project.article.text.insert_str(0, "Today: ");
        project.claims[1].quote = "Friday".into();
        let report = project.validate();
        assert_eq!(report.reanchored, vec![ClaimId(2)]);
        assert_eq!(report.orphaned, vec![ClaimId(1)]);
        assert_eq!(project.claims.len(), 2);
        let moved = project.claim(ClaimId(2)).unwrap();
        assert_eq!(&project.article.text[moved.byte_range()], "50 minutes");
        assert!(project.claim(ClaimId(1)).unwrap().orphaned);
    }

    #[test]
    fn sources_dismissal_and_notes_keep_history() {
        let mut project = sample();
        let claim = project.claim_mut(ClaimId(1)).unwrap();
        claim.add_source(
            Source {
                url: "https://a.example".into(),
                ..Source::default()
            },
            &stamp(),
        );
        assert!(claim.edit_source(
            0,
            Source {
                url: "https://b.example".into(),
                ..Source::default()
            },
            &stamp()
        ));
        assert!(!claim.edit_source(3, Source::default(), &stamp()));
        assert!(claim.remove_source(0, &stamp()));
        assert!(!claim.remove_source(0, &stamp()));
        claim.set_note("checked against the readout", &stamp());
        claim.set_dismissed(true, &stamp());
        assert_eq!(claim.history.len(), 5);
        assert_eq!(project.counts().dismissed, 1);
        assert_eq!(project.counts().total, 1);
    }

    #[test]
    fn innermost_claim_wins_a_click() {
        let mut project = sample();
        let whole = project.add_claim(0, 39, Kind::Statement, &stamp()).unwrap();
        assert_eq!(project.claim_at_byte(17).map(|claim| claim.id), Some(ClaimId(2)));
        assert_eq!(project.claim_at_byte(2).map(|claim| claim.id), Some(whole));
        assert_eq!(project.claim_at_byte(500), None);
    }
}
