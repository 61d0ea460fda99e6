use serde::{Deserialize, Serialize};

use super::{Change, Confidence, Kind, Source, Stamp, Status, Value};

/// A claim's id: unique within its project and never reused, so notes, history and exported
/// annotations keep pointing at the same claim whatever is added or dismissed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ClaimId(pub u64);

impl std::fmt::Display for ClaimId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "#{}", self.0)
    }
}

/// One checkable claim of the article and the analyst's review of it.
///
/// `start..end` is a UTF-8 byte range of the article text on char boundaries, and `quote` is
/// exactly the text there; [`Project::validate`](super::Project) re-anchors claims whose
/// offsets no longer fit by `quote`, `prefix` and `suffix`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// Stable id.
    pub id: ClaimId,
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset just past the claim.
    pub end: usize,
    /// The claimed words, exactly `article.text[start..end]`.
    pub quote: String,
    /// A few words of text before the claim, to find it again (W3C `TextQuoteSelector`).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub prefix: String,
    /// A few words of text after the claim.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub suffix: String,
    /// What sort of claim.
    pub kind: Kind,
    /// What the detector understood of it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<Value>,
    /// How sure the detector was; files from before this field load as sure, and sure
    /// claims are not written, so old and new files stay byte-identical.
    #[serde(default, skip_serializing_if = "super::is_sure")]
    pub confidence: Confidence,
    /// The analyst's verdict.
    #[serde(default)]
    pub status: Status,
    /// True once an analyst set any status.
    #[serde(default)]
    pub reviewed: bool,
    /// "Not a claim": kept so that re-detection won't bring it back.
    #[serde(default)]
    pub dismissed: bool,
    /// Its span could not be found in the article text on load: shown to the analyst, kept.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub orphaned: bool,
    /// Evidence.
    #[serde(default)]
    pub sources: Vec<Source>,
    /// The analyst's note.
    #[serde(default)]
    pub note: String,
    /// Every change, oldest first.
    #[serde(default)]
    pub history: Vec<Change>,
}

impl Claim {
    /// The byte range in the article text.
    pub fn byte_range(&self) -> std::ops::Range<usize> {
        self.start..self.end
    }

    /// Sets the verdict, marks the claim reviewed and records the change. Setting the status
    /// it already has still marks it reviewed (the analyst confirmed it) but adds no history.
    pub fn set_status(&mut self, status: Status, stamp: &Stamp) {
        if self.status != status {
            let what = format!("status {} → {}", self.status, status);
            self.history.push(stamp.change(what));
            self.status = status;
        } else if !self.reviewed {
            self.history.push(stamp.change(format!("status confirmed {status}")));
        }
        self.reviewed = true;
    }

    /// Marks the claim "not a claim" (or takes that back).
    pub fn set_dismissed(&mut self, dismissed: bool, stamp: &Stamp) {
        if self.dismissed != dismissed {
            self.dismissed = dismissed;
            self.history
                .push(stamp.change(if dismissed { "dismissed" } else { "restored" }));
        }
    }

    /// Corrects what sort of claim this is (a claim added by hand starts as a Statement; the
    /// detector can be wrong). Its detected value belongs to the old kind and is dropped.
    pub fn set_kind(&mut self, kind: Kind, stamp: &Stamp) {
        if self.kind != kind {
            self.history.push(stamp.change(format!("kind {} → {kind}", self.kind)));
            self.kind = kind;
            self.value = None;
        }
    }

    /// Replaces the note.
    pub fn set_note(&mut self, note: &str, stamp: &Stamp) {
        if self.note != note {
            note.clone_into(&mut self.note);
            self.history.push(stamp.change("note edited"));
        }
    }

    /// Adds a source at the end.
    pub fn add_source(&mut self, source: Source, stamp: &Stamp) {
        self.history.push(stamp.change(format!("source added: {}", source.url)));
        self.sources.push(source);
    }

    /// Replaces source `index`; false if there is none.
    pub fn edit_source(&mut self, index: usize, source: Source, stamp: &Stamp) -> bool {
        let Some(slot) = self.sources.get_mut(index) else {
            return false;
        };
        if *slot != source {
            self.history
                .push(stamp.change(format!("source edited: {}", source.url)));
            *slot = source;
        }
        true
    }

    /// Removes source `index`; false if there is none.
    pub fn remove_source(&mut self, index: usize, stamp: &Stamp) -> bool {
        if index >= self.sources.len() {
            return false;
        }
        let removed = self.sources.remove(index);
        self.history
            .push(stamp.change(format!("source removed: {}", removed.url)));
        true
    }

    /// Whether `needle` (lower case) appears in the claim's text, note or sources.
    pub fn matches_search(&self, needle_lower: &str) -> bool {
        if needle_lower.is_empty() {
            return true;
        }
        let hit = |text: &str| text.to_lowercase().contains(needle_lower);
        hit(&self.quote)
            || hit(&self.note)
            || self
                .sources
                .iter()
                .any(|source| hit(&source.url) || hit(&source.title) || hit(&source.note))
            || self
                .value
                .as_ref()
                .and_then(Value::speaker)
                .is_some_and(|speaker| hit(&speaker.name))
    }
}
