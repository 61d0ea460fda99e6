use serde::{Deserialize, Serialize};

use super::{
    Change, Confidence, Conflict, Kind, KindValue, ModelError, Pick, QuoteValue, Source, Speaker, Stamp, Status, Value,
};

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
    /// Changes two analysts made differently, recorded by a merge until one is picked
    /// ([`Claim::resolve_conflict`]). Files that hold any are written as format 2.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<Conflict>,
}

impl Claim {
    /// A claim over `quote`, found at byte `start`, as it stands before anyone reviewed it: no
    /// value, confidence Sure, verdict Unverified, no sources, note or history. The context
    /// (`prefix`, `suffix`) is the caller's to fill from the article.
    pub fn unreviewed(id: ClaimId, start: usize, quote: &str, kind: Kind) -> Self {
        Claim {
            id,
            start,
            end: start + quote.len(),
            quote: quote.to_owned(),
            prefix: String::new(),
            suffix: String::new(),
            kind,
            value: None,
            confidence: Confidence::Sure,
            status: Status::Unverified,
            reviewed: false,
            dismissed: false,
            orphaned: false,
            sources: Vec::new(),
            note: String::new(),
            history: Vec::new(),
            conflicts: Vec::new(),
        }
    }

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

    /// Corrects what was understood of the claim (the number, the date, the rank…): the
    /// analyst's reading replaces the detector's. Records old and new in words.
    pub fn set_value(&mut self, value: Option<Value>, stamp: &Stamp) {
        if self.value != value {
            let words = |value: &Option<Value>| value.as_ref().map_or_else(|| "none".to_owned(), Value::describe);
            self.history
                .push(stamp.change(format!("value {} → {}", words(&self.value), words(&value))));
            self.value = value;
        }
    }

    /// Names who said a quote (`None`: nobody named). Only a Quote has a speaker; a Quote
    /// added by hand gets its first one here.
    pub fn set_speaker(&mut self, speaker: Option<Speaker>, stamp: &Stamp) -> Result<(), ModelError> {
        if self.kind != Kind::Quote {
            return Err(ModelError::NotAQuote(self.id));
        }
        let current = self.value.as_ref().and_then(Value::speaker);
        if current == speaker.as_ref() {
            return Ok(());
        }
        let name =
            |speaker: Option<&Speaker>| speaker.map_or_else(|| "none".to_owned(), |speaker| speaker.name.clone());
        let what = format!("speaker {} → {}", name(current), name(speaker.as_ref()));
        self.history.push(stamp.change(what));
        self.value = Some(Value::Quote(QuoteValue { speaker }));
        Ok(())
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

    /// Settles conflict number `index` (see [`Claim::conflicts`]) by keeping one side's value:
    /// the value is set through the same operation an analyst's edit would use (so history
    /// records the change), the conflict is removed, and history records the decision.
    /// Undo is the caller's: restore the claim as it was before.
    pub fn resolve_conflict(&mut self, index: usize, pick: Pick, stamp: &Stamp) -> Result<(), ModelError> {
        if index >= self.conflicts.len() {
            return Err(ModelError::NoSuchConflict {
                claim_id: self.id,
                index,
            });
        }
        let conflict = self.conflicts.remove(index);
        let field = conflict.field();
        let chosen = match pick {
            Pick::Ours => conflict,
            Pick::Theirs => conflict.swapped(),
        };
        match chosen {
            Conflict::Verdict { ours, .. } => self.set_status(ours.value, stamp),
            Conflict::Note { ours, .. } => self.set_note(&ours.value, stamp),
            Conflict::Kind { ours, .. } => self.set_kind_value(ours.value, stamp),
            Conflict::Dismissed { ours, .. } => self.set_dismissed(ours.value, stamp),
        }
        let side = match pick {
            Pick::Ours => "ours",
            Pick::Theirs => "theirs",
        };
        self.history
            .push(stamp.change(format!("merge conflict on {field} resolved: kept {side}")));
        Ok(())
    }

    /// Sets kind and value together (a conflict's side carries both).
    fn set_kind_value(&mut self, kind_value: KindValue, stamp: &Stamp) {
        if self.kind != kind_value.kind {
            self.history
                .push(stamp.change(format!("kind {} → {}", self.kind, kind_value.kind)));
        }
        self.kind = kind_value.kind;
        self.value = kind_value.value;
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Article, Project};

    fn quote_claim() -> Claim {
        let text = "“We are ready,” the minister said on Friday.";
        let mut project = Project::from_detections(Article::new("t", text), Vec::new());
        let end = text.find(',').unwrap() + "”".len() + 1;
        let claim_id = project.add_claim(0, end, Kind::Quote, &stamp()).unwrap();
        project.claim(claim_id).unwrap().clone()
    }

    fn stamp() -> Stamp {
        Stamp::at_unix(0, "ana")
    }

    #[test]
    fn a_quote_added_by_hand_gets_a_speaker_and_it_can_be_renamed_and_cleared() {
        let mut claim = quote_claim();
        assert_eq!(claim.value.as_ref().and_then(Value::speaker), None);
        let minister = Speaker {
            name: "the minister".to_owned(),
            start: 20,
            end: 32,
            refers_to: None,
        };
        claim.set_speaker(Some(minister.clone()), &stamp()).unwrap();
        assert_eq!(claim.value.as_ref().and_then(Value::speaker), Some(&minister));
        assert_eq!(claim.history.last().unwrap().what, "speaker none → the minister");
        let history = claim.history.len();
        claim.set_speaker(Some(minister), &stamp()).unwrap();
        assert_eq!(claim.history.len(), history, "the same speaker again records nothing");
        claim.set_speaker(None, &stamp()).unwrap();
        assert_eq!(claim.value.as_ref().and_then(Value::speaker), None);
        assert_eq!(claim.history.last().unwrap().what, "speaker the minister → none");
    }

    #[test]
    fn only_a_quote_has_a_speaker() {
        let mut claim = quote_claim();
        claim.set_kind(Kind::Date, &stamp());
        let before = claim.clone();
        let speaker = Speaker {
            name: "x".to_owned(),
            start: 0,
            end: 1,
            refers_to: None,
        };
        assert_eq!(
            claim.set_speaker(Some(speaker), &stamp()),
            Err(ModelError::NotAQuote(claim.id))
        );
        assert_eq!(claim, before, "a refused edit changes nothing");
    }

    #[test]
    fn a_corrected_value_is_recorded_in_words() {
        let mut claim = quote_claim();
        claim.set_kind(Kind::Ordinal, &stamp());
        let second = Value::Ordinal(crate::model::Ordinal {
            rank: 2,
            from_end: false,
        });
        claim.set_value(Some(second.clone()), &stamp());
        assert_eq!(claim.value, Some(second.clone()));
        assert_eq!(
            claim.history.last().unwrap().what,
            format!("value none → {}", second.describe())
        );
        let history = claim.history.len();
        claim.set_value(Some(second), &stamp());
        assert_eq!(claim.history.len(), history);
    }
}
