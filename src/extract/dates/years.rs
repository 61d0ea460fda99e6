//! Bare years and ranges of years: "in 2014", "since 1975", "by 2030", "early 2019",
//! "mid-2008", "2010-2014", "2010–14". A year is a date unless what follows makes the number
//! an amount ("2000 people", "1500 m", "2000 year old").

use super::{calendar::year_at, found};
use crate::extract::cursor::Cursor;
use crate::extract::lexicon::{self, DATE_PREPOSITIONS, Lex, PART_OF_DECADE, YEAR_DETERMINERS};
use crate::extract::recognizer::Hit;
use crate::extract::token::TokKind;
use crate::model::{DatePoint, DateValue};

/// What follows a year: nothing of note, the end of a range, or words that make it no year.
enum After {
    Nothing,
    Until(i32),
    NotAYear,
}

/// A year, or a range of years, at `index`: "in 2014", "since 1975" (TIMEX3 leaves "since"
/// out; "in" stays, see the module docs), "early 2019", "2010-2014".
pub(super) fn year(cur: Cursor<'_>, index: usize, floor: usize) -> Option<Hit> {
    let year = year_at(cur, index)?;
    let prev = index.checked_sub(1).filter(|&b| b >= floor);
    let after_date_word = prev.is_some_and(|p| cur.same_line(index) && cur.is_any(p, DATE_PREPOSITIONS));
    let mut value = DateValue {
        year: Some(year),
        ..DateValue::default()
    };
    let mut end = index + 1;
    if counts_something(cur, index, year, prev, after_date_word) {
        return None;
    }
    match range_after(cur, index, year) {
        After::NotAYear => return None,
        // "cooler by 1000–2000 K": a unit after the range makes both numbers amounts.
        After::Until(_) if cur.same_line(index + 3) && lexicon::unit_after(cur.word(index + 3)).is_some() => {
            return None;
        }
        After::Until(until) => {
            value.until = Some(DatePoint {
                year: Some(until),
                month: None,
                day: None,
            });
            end = index + 3;
        }
        After::Nothing => {}
    }
    // A bare number in the year range is a year in news prose unless it counts something
    // (checked above); out of that range only a date word makes it one ("by 2150").
    if !after_date_word && !(1800..=2100).contains(&year) {
        return None;
    }
    let first = match prev {
        // "in 2014": the preposition is what makes a bare number a date; "early 2019".
        Some(p) if cur.same_line(index) && (cur.is(p, "in") || cur.is_any(p, PART_OF_DECADE)) => p,
        // "mid-2008".
        Some(p)
            if cur.is(p, "-")
                && !cur.tok(p).is_some_and(|t| t.space_before)
                && p.checked_sub(1)
                    .is_some_and(|part| part >= floor && cur.is_any(part, PART_OF_DECADE)) =>
        {
            p - 1
        }
        _ => index,
    };
    found(first, end, value)
}

/// Whether what follows the year at `index` makes it an amount or a code: glued letters
/// ("2000s" is a decade, taken before), a unit or a percentage ("2000 m", "1500%"), a
/// decimal ("2000.5"), or a plural noun with no date word before ("2000 people").
fn counts_something(cur: Cursor<'_>, index: usize, year: i32, prev: Option<usize>, after_date_word: bool) -> bool {
    let next = index + 1;
    let glued = cur.glued(next) && cur.same_line(next);
    if glued
        && (cur.kind_is(next, TokKind::Word)
            || cur.is_any(next, &["%", "°", ".", ","]) && cur.glued(next + 1) && cur.kind_is(next + 1, TokKind::Num))
    {
        return true;
    }
    let Some(n) = cur.tok(next).filter(|n| !n.break_before) else {
        return false;
    };
    let word = n.text(cur.text);
    let unitish = lexicon::unit_after(word).is_some() || matches!(word, "%" | "°" | "-" | "×") && !n.space_before;
    if unitish && !matches!(word, "-" | "–") {
        return true;
    }
    // Before 1800 a lower-case word after the number makes it an amount even after a date
    // word ("at 1012 mbsl", "in 1500 cases"): news rarely dates so far back without a name
    // or a determiner after the year ("in 1066 the", "by 1500 BC").
    if n.kind == TokKind::Word
        && !n.is_capitalised(cur.text)
        && n.lex == Lex::Other
        && (!after_date_word || year < 1800)
    {
        // "the 2019 budget", "its 2020 report": a year that names a thing is still a date.
        let determiner = prev.is_some_and(|p| cur.kind_is(p, TokKind::Poss) || cur.is_any(p, YEAR_DETERMINERS));
        if !determiner && (word.ends_with('s') || year < 1800) {
            return true;
        }
    }
    false
}

/// A glued dash and a second year after the year at `index`: "2010-2014", "2010–14".
fn range_after(cur: Cursor<'_>, index: usize, year: i32) -> After {
    let dash = index + 1;
    let other = index + 2;
    let joined = cur.same_line(dash)
        && cur.is_any(dash, &["-", "–"])
        && cur.glued(dash)
        && cur.glued(other)
        && cur.kind_is(other, TokKind::Num);
    if !joined {
        return After::Nothing;
    }
    let other_raw = cur.word(other);
    let until = match other_raw.len() {
        4 => year_at(cur, other),
        2 => other_raw.parse::<i32>().ok().map(|yy| year / 100 * 100 + yy),
        _ => None,
    };
    match until {
        Some(until) if until > year => After::Until(until),
        _ => After::NotAYear,
    }
}
