//! Times of day: "22:30", "6:00am", "3 p.m. EST", "15:11 GMT", "1600 GMT", "noon".

use super::time_span;
use crate::extract::cursor::Cursor;
use crate::extract::lexicon::{CLOCK_WORDS, TIME_PREPOSITIONS, is_meridiem, is_time_zone};
use crate::extract::recognizer::Hit;
use crate::extract::token::TokKind;
use crate::model::DateValue;

/// One or two digits at `index` as an hour.
fn hour_at(cur: Cursor<'_>, index: usize) -> Option<u32> {
    let raw = cur.word(index);
    if !cur.kind_is(index, TokKind::Num) || raw.len() > 2 || !raw.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    raw.parse().ok()
}

/// "22:30", "9:05": an hour and glued minutes that could be a time; the hour and the token
/// after the minutes.
pub(super) fn clock_reading(cur: Cursor<'_>, index: usize) -> Option<(u32, usize)> {
    let hour = hour_at(cur, index)?;
    let colon = index + 1;
    if !(cur.is(colon, ":") && cur.glued(colon) && cur.same_line(colon)) {
        return None;
    }
    let minutes = index + 2;
    if !(cur.glued(minutes) && cur.kind_is(minutes, TokKind::Num) && cur.word(minutes).len() == 2) {
        return None;
    }
    let minute = cur.word(minutes).parse::<u32>().ok()?;
    (hour <= 24 && minute < 60).then_some((hour, index + 3))
}

/// A time of day written with digits: "22:30" after "at" or ending in 0 or 5, "6:00am",
/// "3 p.m.", "3pm", "15:11 GMT", "8 p.m. EST".
pub(super) fn clock_time(cur: Cursor<'_>, index: usize) -> Option<Hit> {
    let hour = hour_at(cur, index)?;
    let reading = clock_reading(cur, index);
    let mut end = reading.map_or(index + 1, |(_, end)| end);
    let meridiem = hour <= 12 && cur.same_line(end) && cur.kind_is(end, TokKind::Word) && is_meridiem(cur.word(end));
    if meridiem {
        end += 1;
    }
    let zone = (reading.is_some() || meridiem)
        && cur.same_line(end)
        && !cur.glued(end)
        && cur.tok(end).is_some()
        && is_time_zone(cur.word(end));
    if zone {
        end += 1;
    }
    // A bare "12:30" is a time after "at", "until", … or when its minutes are round; else it
    // may be a score or a ratio.
    let after_preposition = cur.is_any(index.wrapping_sub(1), TIME_PREPOSITIONS);
    let round = hour >= 10 && (cur.word(index + 2).ends_with('0') || cur.word(index + 2).ends_with('5'));
    let stated = meridiem || zone || reading.is_some() && (after_preposition || round);
    stated.then(|| time_span(cur, index, end)).flatten()
}

/// Military time before a zone: "1600 GMT", "0930 UTC".
pub(super) fn military_time(cur: Cursor<'_>, index: usize, _floor: usize) -> Option<Hit> {
    let raw = cur.word(index);
    let zone = index + 1;
    let zoned = cur.tok(zone).is_some() && !cur.glued(zone) && cur.same_line(zone) && is_time_zone(cur.word(zone));
    let hhmm = raw.parse::<u32>().ok().filter(|_| raw.len() == 4)?;
    (zoned && hhmm / 100 < 24 && hhmm % 100 < 60)
        .then(|| time_span(cur, index, index + 2))
        .flatten()
}

/// A time named by a word that stands alone: "noon", "midnight", "midday" ("the evening"
/// needs its article, see `relative`).
pub(super) fn clock_word(cur: Cursor<'_>, index: usize, _floor: usize) -> Option<Hit> {
    if !cur.is_any(index, CLOCK_WORDS) {
        return None;
    }
    super::found(
        index,
        index + 1,
        DateValue {
            time: Some(cur.word(index).to_owned()),
            ..DateValue::default()
        },
    )
}
