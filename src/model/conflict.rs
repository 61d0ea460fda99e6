use serde::{Deserialize, Serialize};

use super::{Kind, Status, Value};

/// Two analysts changed the same field of one claim in different ways, and a merge
/// (`claimdesk merge`) could not choose: both values are kept here, in the project file, until
/// an analyst picks one with [`Project::resolve_conflict`](super::Project::resolve_conflict).
///
/// While a conflict is open the claim's own field holds the value both sides started from
/// (the merge base), so nothing unresolved is published as if it were decided.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Conflict {
    /// Different verdicts.
    Verdict {
        /// Our side (the branch being merged into).
        ours: Side<Status>,
        /// Their side.
        theirs: Side<Status>,
    },
    /// Different notes.
    Note {
        /// Our side.
        ours: Side<String>,
        /// Their side.
        theirs: Side<String>,
    },
    /// Different kinds (or detected values) for the claim.
    Kind {
        /// Our side.
        ours: Side<KindValue>,
        /// Their side.
        theirs: Side<KindValue>,
    },
    /// One side dismissed the claim ("not a claim") while the other worked on it. The merge
    /// kept the work — the claim is not dismissed — and asks whether it should be.
    Dismissed {
        /// Our side: `true` if we dismissed it.
        ours: Side<bool>,
        /// Their side: `true` if they dismissed it.
        theirs: Side<bool>,
    },
}

/// One side of a [`Conflict`]: its value, and who set it when (from that side's history;
/// empty when the history does not say).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Side<T> {
    /// The value on this side.
    pub value: T,
    /// The analyst who made the change.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub by: String,
    /// When, as RFC 3339 UTC.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub at: String,
}

/// A claim's kind together with the detected value that belongs to it (changing the kind
/// drops the value, so the two conflict together).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct KindValue {
    /// What sort of claim.
    pub kind: Kind,
    /// What the detector (or analyst) understood of it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<Value>,
}

/// Which side of a [`Conflict`] the analyst keeps.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Pick {
    /// Keep our value.
    Ours,
    /// Keep their value.
    Theirs,
}

impl Conflict {
    /// The field in conflict, in words: "verdict", "note", "kind", "dismissal".
    pub fn field(&self) -> &'static str {
        match self {
            Conflict::Verdict { .. } => "verdict",
            Conflict::Note { .. } => "note",
            Conflict::Kind { .. } => "kind",
            Conflict::Dismissed { .. } => "dismissal",
        }
    }

    /// Both values in words, ours first, for lists and the command line.
    pub fn describe_sides(&self) -> (String, String) {
        fn who<T>(side: &Side<T>, value: String) -> String {
            match (side.by.is_empty(), side.at.is_empty()) {
                (true, true) => value,
                (false, true) => format!("{value} ({})", side.by),
                (true, false) => format!("{value} ({})", side.at),
                (false, false) => format!("{value} ({}, {})", side.by, side.at),
            }
        }
        match self {
            Conflict::Verdict { ours, theirs } => {
                (who(ours, ours.value.to_string()), who(theirs, theirs.value.to_string()))
            }
            Conflict::Note { ours, theirs } => (
                who(ours, format!("{:?}", ours.value)),
                who(theirs, format!("{:?}", theirs.value)),
            ),
            Conflict::Kind { ours, theirs } => (
                who(ours, ours.value.kind.to_string()),
                who(theirs, theirs.value.kind.to_string()),
            ),
            Conflict::Dismissed { ours, theirs } => {
                let words = |dismissed: bool| if dismissed { "dismissed" } else { "kept" }.to_owned();
                (who(ours, words(ours.value)), who(theirs, words(theirs.value)))
            }
        }
    }

    /// The same conflict seen from the other branch (ours and theirs exchanged).
    #[must_use]
    pub fn swapped(self) -> Self {
        match self {
            Conflict::Verdict { ours, theirs } => Conflict::Verdict {
                ours: theirs,
                theirs: ours,
            },
            Conflict::Note { ours, theirs } => Conflict::Note {
                ours: theirs,
                theirs: ours,
            },
            Conflict::Kind { ours, theirs } => Conflict::Kind {
                ours: theirs,
                theirs: ours,
            },
            Conflict::Dismissed { ours, theirs } => Conflict::Dismissed {
                ours: theirs,
                theirs: ours,
            },
        }
    }
}
