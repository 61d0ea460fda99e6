use crate::model::{Project, VerdictNames};

/// Who exports, when, and what verdicts are called.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ExportOptions {
    /// The reviewer's (or organisation's) name: report header, `ClaimReview` `author`,
    /// annotation `creator`. `None` leaves it out.
    pub reviewer: Option<String>,
    /// The date (or RFC 3339 time) of the export, passed in so that output is deterministic:
    /// report date, `ClaimReview` `datePublished`, annotation `generated`.
    pub date: String,
    /// The names the verdicts are published under.
    pub verdict_names: VerdictNames,
}

impl ExportOptions {
    /// Options for exporting `project`: its own verdict names, the given reviewer and date.
    pub fn for_project(project: &Project, reviewer: Option<String>, date: impl Into<String>) -> Self {
        Self {
            reviewer,
            date: date.into(),
            verdict_names: project.verdicts.clone(),
        }
    }

    /// The reviewer's name, if one is given and not blank.
    pub(super) fn reviewer_name(&self) -> Option<&str> {
        self.reviewer.as_deref().map(str::trim).filter(|name| !name.is_empty())
    }
}
