//! The small three-way rules every field shares: take a one-sided change, take the same
//! change once, join lists without reviving what one side removed.

use std::collections::HashSet;

use crate::model::Change;

/// The merged value when the rule can decide: both sides agree, or only one side changed.
/// `None` when both changed it differently (a conflict for the caller to handle).
pub(super) fn pick3<T: PartialEq + Clone>(base: &T, ours: &T, theirs: &T) -> Option<T> {
    if ours == theirs || theirs == base {
        Some(ours.clone())
    } else if ours == base {
        Some(theirs.clone())
    } else {
        None
    }
}

/// Three-way merge of an unordered list (sources, recorded conflicts): an item stays when
/// both sides have it or one side added it; an item one side removed stays removed. Ours
/// come first in their order, then what only theirs added. No item twice.
pub(super) fn merge_lists<T: PartialEq + Clone>(base: &[T], ours: &[T], theirs: &[T]) -> Vec<T> {
    let mut merged: Vec<T> = Vec::with_capacity(ours.len().max(theirs.len()));
    let kept_ours = ours.iter().filter(|item| theirs.contains(item) || !base.contains(item));
    let added_theirs = theirs
        .iter()
        .filter(|item| !ours.contains(item) && !base.contains(item));
    for item in kept_ours.chain(added_theirs) {
        if !merged.contains(item) {
            merged.push(item.clone());
        }
    }
    merged
}

/// Both histories joined: every entry of either side once, oldest first. Each side's own
/// order is kept (entries made in one second stay in the order they were made); where the
/// two interleave, the entry with the earlier (time, analyst, words) goes first, so the
/// result does not depend on which side is "ours".
pub(super) fn union_history(ours: &[Change], theirs: &[Change]) -> Vec<Change> {
    let key = |change: &Change| (change.at.clone(), change.by.clone(), change.what.clone());
    let mut joined: Vec<&Change> = Vec::with_capacity(ours.len() + theirs.len());
    let (mut ours_iter, mut theirs_iter) = (ours.iter().peekable(), theirs.iter().peekable());
    loop {
        let next = match (ours_iter.peek(), theirs_iter.peek()) {
            (Some(a), Some(b)) => match key(a).cmp(&key(b)) {
                std::cmp::Ordering::Less => ours_iter.next(),
                std::cmp::Ordering::Greater => theirs_iter.next(),
                std::cmp::Ordering::Equal => {
                    theirs_iter.next();
                    ours_iter.next()
                }
            },
            (Some(_), None) => ours_iter.next(),
            (None, Some(_)) => theirs_iter.next(),
            (None, None) => break,
        };
        if let Some(change) = next {
            joined.push(change);
        }
    }
    let mut seen: HashSet<(&str, &str, &str)> = HashSet::with_capacity(joined.len());
    let mut merged: Vec<Change> = joined
        .into_iter()
        .filter(|change| seen.insert((change.at.as_str(), change.by.as_str(), change.what.as_str())))
        .cloned()
        .collect();
    // Stable: only a history edited by hand is out of order, and then only it moves.
    merged.sort_by(|a, b| a.at.cmp(&b.at));
    merged
}

/// Who made a side's change to a field, and when: the newest entry of `side` that `base`
/// does not have and whose words start with one of `prefixes` (any new entry when none
/// does). Empty strings when the side's history says nothing new.
pub(super) fn attribution(base: &[Change], side: &[Change], prefixes: &[&str]) -> (String, String) {
    let fresh: Vec<&Change> = side.iter().filter(|change| !base.contains(change)).collect();
    let about_field = fresh
        .iter()
        .rev()
        .find(|change| prefixes.iter().any(|prefix| change.what.starts_with(prefix)));
    match about_field.or(fresh.last()) {
        Some(change) => (change.by.clone(), change.at.clone()),
        None => (String::new(), String::new()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(at: &str, by: &str, what: &str) -> Change {
        Change {
            at: at.into(),
            by: by.into(),
            what: what.into(),
        }
    }

    #[test]
    fn pick3_takes_one_sided_and_shared_changes() {
        assert_eq!(pick3(&1, &1, &1), Some(1));
        assert_eq!(pick3(&1, &2, &1), Some(2));
        assert_eq!(pick3(&1, &1, &3), Some(3));
        assert_eq!(pick3(&1, &4, &4), Some(4));
        assert_eq!(pick3(&1, &2, &3), None);
    }

    #[test]
    fn lists_join_without_reviving_removals() {
        // base a b c; ours removed b, added d; theirs removed c, added e and d.
        let merged = merge_lists(&["a", "b", "c"], &["a", "c", "d"], &["a", "b", "e", "d"]);
        assert_eq!(merged, ["a", "d", "e"]);
    }

    #[test]
    fn history_union_is_sorted_once_and_the_same_both_ways() {
        let shared = change("2026-01-01T00:00:00Z", "ana", "status Unverified → Sourced");
        let ours = vec![
            shared.clone(),
            change("2026-01-02T00:00:00Z", "ana", "note edited"),
            change("2026-01-02T00:00:00Z", "ana", "source added: x"),
        ];
        let theirs = vec![shared.clone(), change("2026-01-01T12:00:00Z", "ben", "note edited")];
        let merged = union_history(&ours, &theirs);
        let words: Vec<_> = merged
            .iter()
            .map(|change| (change.by.as_str(), change.what.as_str()))
            .collect();
        assert_eq!(
            words,
            [
                ("ana", "status Unverified → Sourced"),
                ("ben", "note edited"),
                ("ana", "note edited"),
                ("ana", "source added: x"),
            ]
        );
        assert_eq!(union_history(&theirs, &ours), merged);
    }

    #[test]
    fn attribution_names_the_side_that_made_the_change() {
        let base = vec![change("2026-01-01T00:00:00Z", "ana", "status Unverified → Sourced")];
        let mut side = base.clone();
        side.push(change("2026-01-03T00:00:00Z", "ben", "status Sourced → Disputed"));
        side.push(change("2026-01-04T00:00:00Z", "ben", "note edited"));
        assert_eq!(
            attribution(&base, &side, &["status"]),
            ("ben".to_owned(), "2026-01-03T00:00:00Z".to_owned())
        );
        assert_eq!(attribution(&base, &side, &["kind"]).1, "2026-01-04T00:00:00Z");
        assert_eq!(attribution(&base, &base, &["status"]), (String::new(), String::new()));
    }
}
