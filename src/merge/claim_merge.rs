//! One claim, three versions: the field-by-field rules of `claimdesk merge`.

use super::lists::{attribution, merge_lists, pick3, union_history};
use crate::model::{Claim, Conflict, Kind, KindValue, Side};

/// Merges the two sides' versions of a claim that `base` had (or, for a claim both sides
/// added over the same words, [`fresh_base`]). Conflicting fields keep the base value and
/// get a [`Conflict`] with both sides.
pub(super) fn merge_claim(base: &Claim, ours: &Claim, theirs: &Claim) -> Claim {
    if let Some(same) = pick3(base, ours, theirs) {
        return same;
    }
    let mut conflicts = Vec::new();
    let side = |claim: &Claim, prefixes: &[&str]| attribution(&base.history, &claim.history, prefixes);

    // Where the claim stands: moves together (a re-anchoring moves all five). Both moving it
    // differently happens only after both re-anchored it; `validate` finds it again anyway.
    let span = |claim: &Claim| {
        (
            claim.start,
            claim.end,
            claim.quote.clone(),
            claim.prefix.clone(),
            claim.suffix.clone(),
        )
    };
    let (start, end, quote, prefix, suffix) =
        pick3(&span(base), &span(ours), &span(theirs)).unwrap_or_else(|| span(ours));

    let verdict = |claim: &Claim| (claim.status, claim.reviewed);
    let (status, reviewed) = match pick3(&verdict(base), &verdict(ours), &verdict(theirs)) {
        Some(decided) => decided,
        // The same status, only one side confirmed it: confirmed.
        None if ours.status == theirs.status => (ours.status, true),
        None => {
            conflicts.push(Conflict::Verdict {
                ours: sided(ours.status, side(ours, &["status"])),
                theirs: sided(theirs.status, side(theirs, &["status"])),
            });
            (base.status, base.reviewed)
        }
    };

    let kind_value = |claim: &Claim| KindValue {
        kind: claim.kind,
        value: claim.value.clone(),
    };
    let KindValue { kind, value } =
        pick3(&kind_value(base), &kind_value(ours), &kind_value(theirs)).unwrap_or_else(|| {
            conflicts.push(Conflict::Kind {
                ours: sided(kind_value(ours), side(ours, &["kind"])),
                theirs: sided(kind_value(theirs), side(theirs, &["kind"])),
            });
            kind_value(base)
        });

    let note = pick3(&base.note, &ours.note, &theirs.note).unwrap_or_else(|| {
        conflicts.push(Conflict::Note {
            ours: sided(ours.note.clone(), side(ours, &["note"])),
            theirs: sided(theirs.note.clone(), side(theirs, &["note"])),
        });
        base.note.clone()
    });

    let sources = pick3(&base.sources, &ours.sources, &theirs.sources)
        .unwrap_or_else(|| merge_lists(&base.sources, &ours.sources, &theirs.sources));

    let dismissed = merge_dismissed(base, ours, theirs, &mut conflicts);

    let history = pick3(&base.history, &ours.history, &theirs.history)
        .unwrap_or_else(|| union_history(&ours.history, &theirs.history));
    let mut all_conflicts = pick3(&base.conflicts, &ours.conflicts, &theirs.conflicts)
        .unwrap_or_else(|| merge_lists(&base.conflicts, &ours.conflicts, &theirs.conflicts));
    for conflict in conflicts {
        if !all_conflicts.contains(&conflict) {
            all_conflicts.push(conflict);
        }
    }

    Claim {
        id: ours.id,
        start,
        end,
        quote,
        prefix,
        suffix,
        kind,
        value,
        // The detector's word, not an analyst's: a side that re-detected it wins.
        confidence: if ours.confidence == base.confidence {
            theirs.confidence
        } else {
            ours.confidence
        },
        status,
        reviewed,
        dismissed,
        orphaned: ours.orphaned && theirs.orphaned,
        sources,
        note,
        history,
        conflicts: all_conflicts,
    }
}

/// The claim as it stood when an analyst added it over these words, before anyone reviewed
/// it: the common ancestor of a claim both sides added independently.
pub(super) fn fresh_base(claim: &Claim) -> Claim {
    Claim {
        end: claim.end,
        prefix: claim.prefix.clone(),
        suffix: claim.suffix.clone(),
        confidence: claim.confidence,
        ..Claim::unreviewed(claim.id, claim.start, &claim.quote, Kind::Statement)
    }
}

/// A bool cannot change two different ways; what needs care is a dismissal on one side
/// while the other side worked on the claim: the work wins and the question is recorded.
fn merge_dismissed(base: &Claim, ours: &Claim, theirs: &Claim, conflicts: &mut Vec<Conflict>) -> bool {
    let newly_dismissed = |claim: &Claim| claim.dismissed && !base.dismissed;
    let dismissal_against_work = (newly_dismissed(ours) && !theirs.dismissed && worked_on(base, theirs))
        || (newly_dismissed(theirs) && !ours.dismissed && worked_on(base, ours));
    if dismissal_against_work {
        let side = |claim: &Claim| {
            let prefixes: &[&str] = if claim.dismissed { &["dismissed"] } else { &[] };
            sided(claim.dismissed, attribution(&base.history, &claim.history, prefixes))
        };
        conflicts.push(Conflict::Dismissed {
            ours: side(ours),
            theirs: side(theirs),
        });
        false
    } else {
        pick3(&base.dismissed, &ours.dismissed, &theirs.dismissed).unwrap_or(ours.dismissed)
    }
}

/// Whether `side` changed what an analyst decides about the claim (dismissal aside).
fn worked_on(base: &Claim, side: &Claim) -> bool {
    side.status != base.status
        || side.reviewed != base.reviewed
        || side.note != base.note
        || side.sources != base.sources
        || side.kind != base.kind
        || side.value != base.value
}

fn sided<T>(value: T, (by, at): (String, String)) -> Side<T> {
    Side { value, by, at }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ClaimId, Pick, Source, Stamp, Status};

    fn base() -> Claim {
        Claim {
            prefix: "In a ".into(),
            suffix: ", their".into(),
            ..Claim::unreviewed(ClaimId(3), 4, "50-minute call", Kind::Measure)
        }
    }

    fn ana() -> Stamp {
        Stamp::at_unix(1_795_943_523, "ana")
    }

    fn ben() -> Stamp {
        Stamp::at_unix(1_795_950_000, "ben")
    }

    fn source(url: &str) -> Source {
        Source {
            url: url.into(),
            ..Source::default()
        }
    }

    #[test]
    fn one_sided_changes_are_taken_from_each_side() {
        let mut ours = base();
        ours.set_status(Status::Sourced, &ana());
        let mut theirs = base();
        theirs.set_note("call length per the Kremlin readout", &ben());
        let merged = merge_claim(&base(), &ours, &theirs);
        assert_eq!((merged.status, merged.reviewed), (Status::Sourced, true));
        assert_eq!(merged.note, "call length per the Kremlin readout");
        assert!(merged.conflicts.is_empty());
        assert_eq!(merged.history.len(), 2);
        assert_eq!(merged.history[0].by, "ana", "sorted by time");
    }

    #[test]
    fn different_verdicts_are_recorded_with_who_and_when() {
        let mut ours = base();
        ours.set_status(Status::Sourced, &ana());
        let mut theirs = base();
        theirs.set_status(Status::Disputed, &ben());
        let merged = merge_claim(&base(), &ours, &theirs);
        assert_eq!(
            (merged.status, merged.reviewed),
            (Status::Unverified, false),
            "base kept while open"
        );
        let [Conflict::Verdict { ours, theirs }] = merged.conflicts.as_slice() else {
            panic!("one verdict conflict: {:?}", merged.conflicts);
        };
        assert_eq!((ours.value, ours.by.as_str()), (Status::Sourced, "ana"));
        assert_eq!(
            (theirs.value, theirs.by.as_str(), theirs.at.as_str()),
            (Status::Disputed, "ben", "2026-11-29T11:00:00Z")
        );

        let mut resolved = merged.clone();
        resolved.resolve_conflict(0, Pick::Theirs, &ana()).unwrap();
        assert_eq!((resolved.status, resolved.reviewed), (Status::Disputed, true));
        assert!(resolved.conflicts.is_empty());
        assert!(resolved.history.last().unwrap().what.contains("kept theirs"));
        assert!(merged.clone().resolve_conflict(1, Pick::Ours, &ana()).is_err());
    }

    #[test]
    fn different_notes_conflict_and_same_note_does_not() {
        let mut ours = base();
        ours.set_note("per readout", &ana());
        let mut theirs = base();
        theirs.set_note("per readout", &ben());
        assert!(merge_claim(&base(), &ours, &theirs).conflicts.is_empty());
        theirs.set_note("unconfirmed", &ben());
        let mut merged = merge_claim(&base(), &ours, &theirs);
        assert_eq!(merged.conflicts.len(), 1);
        assert_eq!(merged.note, "");
        merged.resolve_conflict(0, Pick::Ours, &ben()).unwrap();
        assert_eq!(merged.note, "per readout");
    }

    #[test]
    fn sources_are_joined_and_removals_stay_removed() {
        let mut start = base();
        start.sources = vec![source("https://a.example"), source("https://b.example")];
        let mut ours = start.clone();
        ours.remove_source(1, &ana());
        ours.add_source(source("https://c.example"), &ana());
        let mut theirs = start.clone();
        theirs.add_source(source("https://d.example"), &ben());
        let merged = merge_claim(&start, &ours, &theirs);
        let urls: Vec<_> = merged.sources.iter().map(|source| source.url.as_str()).collect();
        assert_eq!(urls, ["https://a.example", "https://c.example", "https://d.example"]);
        assert!(merged.conflicts.is_empty());
    }

    #[test]
    fn a_dismissal_against_an_edit_keeps_the_edit_and_flags_it() {
        let mut ours = base();
        ours.set_dismissed(true, &ana());
        let mut theirs = base();
        theirs.set_status(Status::Disputed, &ben());
        let merged = merge_claim(&base(), &ours, &theirs);
        assert!(!merged.dismissed);
        assert_eq!(merged.status, Status::Disputed);
        let [
            Conflict::Dismissed {
                ours: dismissed,
                theirs: kept,
            },
        ] = merged.conflicts.as_slice()
        else {
            panic!("one dismissal conflict: {:?}", merged.conflicts);
        };
        assert!(dismissed.value && !kept.value);
        assert_eq!((dismissed.by.as_str(), kept.by.as_str()), ("ana", "ben"));
        let mut resolved = merged.clone();
        resolved.resolve_conflict(0, Pick::Ours, &ben()).unwrap();
        assert!(resolved.dismissed);

        // A dismissal the other side did not touch is simply taken.
        let untouched = merge_claim(&base(), &ours, &{
            let mut other = base();
            other.history.push(ben().change("looked at it"));
            other
        });
        assert!(untouched.dismissed && untouched.conflicts.is_empty());
    }

    #[test]
    fn a_restore_on_one_side_is_taken() {
        let mut start = base();
        start.dismissed = true;
        let mut ours = start.clone();
        ours.set_dismissed(false, &ana());
        let mut theirs = start.clone();
        theirs.set_note("still looks like a claim", &ben());
        let merged = merge_claim(&start, &ours, &theirs);
        assert!(!merged.dismissed);
        let merged = merge_claim(&start, &theirs, &ours);
        assert!(!merged.dismissed);
    }

    #[test]
    fn kind_conflicts_carry_each_sides_value() {
        let mut ours = base();
        ours.set_kind(Kind::Count, &ana());
        let mut theirs = base();
        theirs.set_kind(Kind::Date, &ben());
        let mut merged = merge_claim(&base(), &ours, &theirs);
        assert_eq!(merged.kind, Kind::Measure);
        merged.resolve_conflict(0, Pick::Theirs, &ana()).unwrap();
        assert_eq!(merged.kind, Kind::Date);
    }
}
