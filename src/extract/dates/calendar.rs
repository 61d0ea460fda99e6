//! Dates of the calendar: month first ("January 9-10", "Oct. 31", "September 2010"), day first
//! ("13th January 2022", "the 15th of May") and weekdays ("last Tuesday morning").

use super::{found, frame_before};
use crate::extract::cursor::Cursor;
use crate::extract::lexicon::{DATE_PREPOSITIONS, Lex, WEEKDAY_MODIFIERS, WEEKDAYS};
use crate::extract::recognizer::Hit;
use crate::extract::token::TokKind;
use crate::model::{DatePoint, DateValue};

/// A small integer token as a day of the month, with an optional glued "th": the day and the
/// token after it.
fn day_at(cur: Cursor<'_>, index: usize) -> Option<(u8, usize)> {
    let token = cur.tok(index)?;
    if token.kind != TokKind::Num || token.break_before {
        return None;
    }
    let raw = token.text(cur.text);
    if raw.len() > 2 || !raw.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let day = raw.parse::<u8>().ok()?;
    if !(1..=31).contains(&day) {
        return None;
    }
    let mut end = index + 1;
    if cur.glued(end) && matches!(cur.word(end), "st" | "nd" | "rd" | "th") {
        end += 1;
    }
    // "9am" is an hour, "9-year" a measure.
    if cur.glued(end) && cur.kind_is(end, TokKind::Word) {
        return None;
    }
    Some((day, end))
}

/// A four-digit year token.
pub(crate) fn year_at(cur: Cursor<'_>, index: usize) -> Option<i32> {
    let token = cur.tok(index)?;
    if token.kind != TokKind::Num {
        return None;
    }
    let raw = token.text(cur.text);
    if raw.len() != 4 || !raw.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let year = raw.parse::<i32>().ok()?;
    (1000..=2199).contains(&year).then_some(year)
}

/// A year at `index` (or after a comma there) on the same line: the year and the token after it.
fn year_after(cur: Cursor<'_>, index: usize, joiners: &[&str]) -> Option<(i32, usize)> {
    let at = if cur.is_any(index, joiners) { index + 1 } else { index };
    let year = year_at(cur, at).filter(|_| cur.same_line(at))?;
    Some((year, at + 1))
}

/// A month name at `index` that is really a month; returns the month and the token after it
/// (past an abbreviation's full stop).
fn month_at(cur: Cursor<'_>, index: usize) -> Option<(u8, usize)> {
    let token = cur.tok(index)?;
    let Lex::Month(month) = token.lex else {
        return None;
    };
    if !token.is_capitalised(cur.text) {
        return None;
    }
    let word = token.text(cur.text);
    let abbreviated = word.len() <= 4 && !["may", "june", "july"].iter().any(|w| word.eq_ignore_ascii_case(w));
    let mut end = index + 1;
    let number_next = |at: usize| cur.kind_is(at, TokKind::Num) && cur.same_line(at);
    if abbreviated {
        if cur.is(end, ".") && cur.glued(end) {
            end += 1;
        }
        // "Jan" is also a name: only a date before a day or a year.
        return number_next(end).then_some((month, end));
    }
    let followed_by_number = number_next(end) || (cur.is(end, ",") && year_at(cur, end + 1).is_some());
    let preceded = cur.before(index).is_some_and(|p| {
        cur.same_line(index) && DATE_PREPOSITIONS.iter().any(|w| p.is(cur.text, w))
            || (p.text(cur.text) == "-" && !p.space_before)
    });
    // "March", "May", "August", "June", "April" are also verbs and names: alone, they are a
    // month only when no capitalised word follows ("April Ross").
    let ambiguous =
        matches!(month, 3 | 5 | 8) || word.eq_ignore_ascii_case("june") || word.eq_ignore_ascii_case("april");
    let name_follows = cur.kind_is(end, TokKind::Word) && cur.capitalised(end) && cur.same_line(end);
    (followed_by_number || preceded || !ambiguous && !name_follows).then_some((month, end))
}

/// Month first: "January 9-10", "March 3-5, 2026", "Oct. 31", "June 2, 2025",
/// "September 2010", "May of 2019", "January" alone.
pub(super) fn month_first(cur: Cursor<'_>, index: usize, floor: usize) -> Option<Hit> {
    let (month, after) = month_at(cur, index)?;
    let mut value = DateValue {
        month: Some(month),
        ..DateValue::default()
    };
    let mut end = after;
    if let Some((day, day_end)) = day_at(cur, after) {
        value.day = Some(day);
        end = day_end;
        if let Some((until, until_end)) = day_range_end(cur, day_end, day) {
            value.until = Some(DatePoint {
                year: None,
                month: Some(month),
                day: Some(until),
            });
            end = until_end;
        }
        if let Some((year, year_end)) = year_after(cur, end, &[","]) {
            value.year = Some(year);
            if let Some(until) = &mut value.until {
                until.year = Some(year);
            }
            end = year_end;
        }
    } else if let Some((year, year_end)) = year_after(cur, end, &["of", ","]) {
        value.year = Some(year);
        end = year_end;
    }
    found(frame_before(cur, index, floor), end, value)
}

/// The second day of "9-10" or "9 to 12" after the first day `day`, ending at `link`: the last
/// day and the token after it.
fn day_range_end(cur: Cursor<'_>, link: usize, day: u8) -> Option<(u8, usize)> {
    let dash = cur.is_any(link, &["-", "–"]);
    if !(dash || cur.is(link, "to")) || !cur.same_line(link) {
        return None;
    }
    day_at(cur, link + 1).filter(|&(until, _)| until > day)
}

/// Day first: "13th January 2022", "4th July 1998", "13 January", "the 15th of May".
pub(super) fn day_month(cur: Cursor<'_>, index: usize, floor: usize) -> Option<Hit> {
    let (day, day_end) = day_at(cur, index)?;
    let of = cur.is(day_end, "of");
    let month_index = if of { day_end + 1 } else { day_end };
    if !cur.same_line(month_index) {
        return None;
    }
    let (month, mut end) = month_at(cur, month_index)?;
    let mut value = DateValue {
        month: Some(month),
        day: Some(day),
        ..DateValue::default()
    };
    if let Some((year, year_end)) = year_after(cur, end, &[","]) {
        value.year = Some(year);
        end = year_end;
    }
    let first = if of { super::with_the(cur, index, floor) } else { index };
    found(first, end, value)
}

/// A weekday, with the part of the day after it and the modifier before it: "Thursday",
/// "Thursday night", "last Tuesday morning", "the following Monday".
pub(super) fn weekday(cur: Cursor<'_>, index: usize, floor: usize) -> Option<Hit> {
    let token = cur.tok(index)?;
    let Lex::Weekday(day) = token.lex else {
        return None;
    };
    if !token.is_capitalised(cur.text) {
        return None;
    }
    let mut first = index;
    let mut end = index + 1;
    if cur.lex(end) == Lex::DayPart && cur.same_line(end) {
        end += 1;
    }
    if let Some(before) = index.checked_sub(1).filter(|&b| b >= floor)
        && cur.is_any(before, WEEKDAY_MODIFIERS)
    {
        first = super::with_the(cur, before, floor);
    }
    let weekday = WEEKDAYS
        .get(usize::from(day).saturating_sub(1))
        .map(|w| (*w).to_owned());
    let relative = (first < index).then(|| cur.span_text(first, index + 1)).flatten();
    found(
        first,
        end,
        DateValue {
            weekday,
            relative,
            ..DateValue::default()
        },
    )
}
