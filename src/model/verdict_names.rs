use serde::{Deserialize, Serialize};

use super::Status;

/// What each status is called in published reviews (`ClaimReview` `alternateName`, report
/// legends): newsrooms have house verdict names, so the project can rename them.
///
/// Every field defaults on its own, so a project file may rename just one status.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct VerdictNames {
    /// The name for [`Status::Sourced`]; "Supported" by default.
    pub sourced: String,
    /// The name for [`Status::Disputed`]; "Disputed" by default.
    pub disputed: String,
    /// The name for [`Status::Unverified`]; "Unverified" by default.
    pub unverified: String,
}

impl Default for VerdictNames {
    fn default() -> Self {
        Self {
            sourced: "Supported".to_owned(),
            disputed: "Disputed".to_owned(),
            unverified: "Unverified".to_owned(),
        }
    }
}

impl VerdictNames {
    /// The published name of `status`. A name left blank falls back to the status's label,
    /// so a report never shows an empty verdict.
    pub fn name(&self, status: Status) -> &str {
        let name = match status {
            Status::Sourced => &self.sourced,
            Status::Disputed => &self.disputed,
            Status::Unverified => &self.unverified,
        };
        if name.trim().is_empty() {
            status.label()
        } else {
            name.trim()
        }
    }

    /// Whether these are the default names: the project file then leaves them out, so
    /// projects that never renamed a verdict keep the same bytes.
    pub fn is_default(&self) -> bool {
        *self == Self::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_and_blank_fallback() {
        let mut names = VerdictNames::default();
        assert!(names.is_default());
        assert_eq!(names.name(Status::Sourced), "Supported");
        names.disputed = "  ".into();
        assert_eq!(names.name(Status::Disputed), "Disputed");
        assert!(!names.is_default());
    }

    #[test]
    fn a_project_file_may_rename_one_verdict() {
        let names: VerdictNames = ron::from_str("(sourced: \"True\")").unwrap();
        assert_eq!(names.name(Status::Sourced), "True");
        assert_eq!(names.name(Status::Unverified), "Unverified");
    }
}
