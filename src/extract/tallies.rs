//! Vote tallies and scores: "voted 7-2", "a 5-4 decision", "won 3–1", "passed 52 to 48".
//!
//! Two small whole numbers joined by a dash or "to" are a tally only where the words around
//! say so (a tally verb before, a tally noun after: [`TALLY_BEFORE`], [`TALLY_AFTER`]);
//! elsewhere "7-2" may be a range, a date or a code, and the quantity recogniser decides.

use super::cursor::Cursor;
use super::lexicon::{TALLY_AFTER, TALLY_BEFORE};
use super::numbers::digits_value;
use super::recognizer::{Hit, Recognizer, Scope};
use super::token::TokKind;
use crate::model::{Kind, Quantity, Value};

/// Tallies and scores (see the module docs).
pub(crate) struct Tallies;

impl Recognizer for Tallies {
    fn name(&self) -> &'static str {
        "tallies"
    }

    fn scope(&self) -> Scope {
        Scope::Anchored
    }

    fn at(&self, cursor: Cursor<'_>, index: usize, floor: usize) -> Option<Hit> {
        tally_at(cursor, index, floor)
    }
}

/// A whole number of one to three digits at `index`, standing alone (nothing glued after it
/// but the tally's dash).
fn small_whole(cur: Cursor<'_>, index: usize) -> Option<f64> {
    let word = cur.word(index);
    if !cur.kind_is(index, TokKind::Num)
        || word.is_empty()
        || word.len() > 3
        || !word.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    digits_value(word)
}

fn tally_at(cur: Cursor<'_>, index: usize, floor: usize) -> Option<Hit> {
    let first_value = small_whole(cur, index)?;
    // A digit glued to a word before is a code ("A7-2").
    if cur.glued(index) && cur.before(index).is_some_and(|t| t.kind != TokKind::Punct) {
        return None;
    }
    let link = index + 1;
    let dash = cur.is_any(link, &["-", "–", "—"]);
    if !(dash || cur.is(link, "to")) || !cur.same_line(link) {
        return None;
    }
    let second = link + 1;
    let second_value = small_whole(cur, second)?;
    if !cur.same_line(second) || cur.glued(second + 1) && cur.tok(second + 1).is_some_and(|t| t.kind != TokKind::Punct)
    {
        return None;
    }
    // "to" joins ranges far more often than tallies: it needs a tally word on both sides
    // of the claim, or a tally noun after it.
    let before = (1..=3)
        .filter_map(|back| index.checked_sub(back))
        .filter(|&b| b >= floor)
        .any(|b| {
            cur.is_any(b, TALLY_BEFORE)
            // "beat Italy 3-1": a name may stand between the verb and the score.
            && (b + 1 == index || (b + 1..index).all(|n| cur.capitalised(n) || cur.is_any(n, &["a", "by"])))
        });
    let noun_after = cur.is_any(second + 1, TALLY_AFTER) && cur.same_line(second + 1);
    let tallied = if dash {
        before || noun_after
    } else {
        noun_after || before && cur.is_any(index.saturating_sub(1), &["by"])
    };
    if !tallied {
        return None;
    }
    let end = if noun_after { second + 2 } else { second + 1 };
    let value = Quantity {
        low: first_value,
        high: Some(second_value),
        unit: Some("tally".to_owned()),
        ..Quantity::default()
    };
    Some(Hit::new(index, end, Kind::Count, Some(Value::Quantity(value))))
}

#[cfg(test)]
mod tests {
    use crate::extract::cases::{Case, check, no, valued, yes};
    use crate::model::Kind::Count;

    /// Sentences written for these rules; none is from a gold set.
    const CASES: &[Case] = &[
        valued("The council voted 7-2 to close the pool.", "7-2", Count, "7 to 2 tally"),
        yes("Justices upheld the law in a 5–4 decision.", "5–4 decision", Count),
        yes("The bill passed on a 52-48 vote in the Senate.", "52-48 vote", Count),
        yes("Leeds won 3-1 at home on Saturday.", "3-1", Count),
        yes("They beat Italy 2-0 in the final.", "2-0", Count),
        yes("The motion was approved 11 to 4 votes.", "11 to 4 votes", Count),
        // No tally word: a range or nothing, never a tally.
        valued("Children aged 7-12 may enter.", "7-12", Count, "7 to 12"),
        valued(
            "The shop sold 20 to 30 lamps.",
            "20 to 30 lamps",
            Count,
            "20 to 30 lamps",
        ),
        no("Read chapters 3-5 before class.", "3-5", Count),
    ];

    #[test]
    fn cases() {
        check(CASES);
    }
}
