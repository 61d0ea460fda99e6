//! File ▸ Compare with…: the open review beside another review of the same article.
//!
//! Comparing reads the other file and never changes the open review: the comparison lives
//! beside the project in the workbench, is recomputed when the open review changes, and is
//! dropped on leaving compare mode (or opening another file).

use std::path::{Path, PathBuf};

use crate::merge::{AgreementStats, ClaimPair, Comparison, agreement, compare};
use crate::model::Project;

use super::AppError;

/// Below this share of the other review's claims found in the open article, it is taken to
/// be a review of another article (a re-anchored review of an edited text finds most of its
/// claims again; an unrelated article finds almost none).
const MIN_FOUND_SHARE: f64 = 0.5;

/// The other review and how it compares with the open one.
#[derive(Clone, Debug)]
pub struct CompareMode {
    /// Where the other review was read from.
    path: PathBuf,
    /// The other review, as read (never edited).
    other: Project,
    /// Claim by claim, disagreements first.
    comparison: Comparison,
    /// Verdict agreement over claims both reviews decided.
    agreement: AgreementStats,
    /// Whether the list shows only the claims the two decided differently.
    only_disagreements: bool,
    /// Whether the two article texts differ (claims matched by words and context).
    texts_differ: bool,
}

impl CompareMode {
    /// Reads the review at `path` and compares `ours` with it. A file that is not a review,
    /// or is a review of another article, is refused with the reason.
    pub fn open(ours: &Project, path: &Path) -> Result<Self, AppError> {
        let loaded = crate::store::load_project(path).map_err(|error| {
            AppError::refused(format!(
                "Not compared: {} could not be read as a review ({error})",
                path.display()
            ))
        })?;
        Self::new(ours, loaded.project, path.to_path_buf())
    }

    /// Compares `ours` with `other` (read from `path`); refused if `other` reviews another
    /// article.
    pub fn new(ours: &Project, other: Project, path: PathBuf) -> Result<Self, AppError> {
        let texts_differ = ours.article.text != other.article.text;
        if texts_differ {
            let found = crate::merge::align(&[ours, &other])
                .iter()
                .filter(|aligned| aligned.span.is_some() && aligned.claims.get(1).copied().flatten().is_some())
                .count();
            #[expect(clippy::cast_precision_loss, reason = "claim counts are far below 2^52")]
            let share = found as f64 / other.claims.len().max(1) as f64;
            // A different text with no claims to match it by is another article too.
            if share < MIN_FOUND_SHARE {
                return Err(AppError::refused(format!(
                    "Not compared: {} is a review of another article (“{}”): {found} of its {} claims are in this one",
                    path.display(),
                    other.article.title,
                    other.claims.len()
                )));
            }
        }
        let mut mode = Self {
            path,
            comparison: Comparison::default(),
            agreement: AgreementStats::default(),
            other,
            only_disagreements: false,
            texts_differ,
        };
        mode.refresh(ours);
        Ok(mode)
    }

    /// Compares again after the open review changed.
    pub fn refresh(&mut self, ours: &Project) {
        self.comparison = compare(ours, &self.other);
        self.agreement = agreement(&[ours, &self.other]).overall;
    }

    /// Where the other review was read from.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The other review.
    pub fn other(&self) -> &Project {
        &self.other
    }

    /// Every claim of either review, disagreements first.
    pub fn comparison(&self) -> &Comparison {
        &self.comparison
    }

    /// Verdict agreement (raw, Cohen's κ) over claims both reviews decided.
    pub fn agreement(&self) -> &AgreementStats {
        &self.agreement
    }

    /// Whether the two article texts differ.
    pub fn texts_differ(&self) -> bool {
        self.texts_differ
    }

    /// Whether only disagreements are listed.
    pub fn only_disagreements(&self) -> bool {
        self.only_disagreements
    }

    /// Lists only disagreements (or every claim).
    pub fn set_only_disagreements(&mut self, only: bool) {
        self.only_disagreements = only;
    }

    /// The pairs the list shows, in order.
    pub fn shown(&self) -> impl Iterator<Item = &ClaimPair> {
        self.comparison
            .pairs
            .iter()
            .filter(|pair| !self.only_disagreements || pair.disagrees())
    }

    /// The agreement in words: "Agreement on 4 claims both decided: 75 % raw, Cohen's κ 0.64".
    pub fn agreement_text(&self) -> String {
        let stats = &self.agreement;
        if stats.items == 0 {
            return "No claim decided in both reviews yet: no agreement to measure".to_owned();
        }
        let raw = stats
            .raw
            .map_or_else(|| "–".to_owned(), |raw| format!("{:.0} %", raw * 100.0));
        let kappa = stats.cohen_kappa.map_or_else(
            || "Cohen's κ undefined (every decision the same)".to_owned(),
            |kappa| format!("Cohen's κ {kappa:.2}"),
        );
        let claims = if stats.items == 1 { "claim" } else { "claims" };
        format!("Agreement on {} {claims} both decided: {raw} raw, {kappa}", stats.items)
    }
}
