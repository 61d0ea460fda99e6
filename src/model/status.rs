use serde::{Deserialize, Serialize};

/// The analyst's verdict on a claim.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Status {
    /// Not (yet) backed or contradicted by a source. Every detected claim starts here.
    #[default]
    Unverified,
    /// Backed by at least one source the analyst trusts.
    Sourced,
    /// Contradicted by the evidence.
    Disputed,
}

impl Status {
    /// Every status, in the order buttons and reports show them.
    pub const ALL: [Status; 3] = [Status::Sourced, Status::Disputed, Status::Unverified];

    /// The name shown to people.
    pub fn label(self) -> &'static str {
        match self {
            Status::Unverified => "Unverified",
            Status::Sourced => "Sourced",
            Status::Disputed => "Disputed",
        }
    }

    /// The lower-case name used on the command line, in CSV and JSON.
    pub fn slug(self) -> &'static str {
        match self {
            Status::Unverified => "unverified",
            Status::Sourced => "sourced",
            Status::Disputed => "disputed",
        }
    }
}

impl std::fmt::Display for Status {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.label())
    }
}
