//! Durations a number word does not start: "for decades", "months and even years" (likely:
//! no length is stated), "half an hour", "an hour", "a decade ago".

use super::build::build;
use crate::extract::cursor::Cursor;
use crate::extract::lexicon::{DURATION_VERBS, Lex, RATE_WORDS};
use crate::extract::numbers::Number;
use crate::extract::recognizer::Hit;
use crate::model::{DateValue, Kind, Value};

/// A number read from words that are not a number: "half" in "half an hour", "an" in "an hour".
const fn implied(first: usize, end: usize, value: f64) -> Number {
    Number {
        first,
        end,
        value,
        spelled: true,
        vague: false,
        plain_digits: None,
    }
}

/// Half of one unit of time: "half an hour", "half a day"; `index` is "half".
pub(super) fn half_unit(cur: Cursor<'_>, index: usize, floor: usize) -> Option<Hit> {
    if !cur.is(index, "half") {
        return None;
    }
    let one_unit = cur.is_any(index + 1, &["a", "an"]) && matches!(cur.lex(index + 2), Lex::TimeUnit(_));
    if !one_unit {
        return None;
    }
    build(cur, &implied(index, index + 2, 0.5), floor)
}

/// One unit of time after "a" or "an": "an hour", "a decade", "a year ago" — but "twice a
/// day", "once a year" are rates.
pub(super) fn one_unit(cur: Cursor<'_>, index: usize, floor: usize) -> Option<Hit> {
    let unit = cur.tok(index + 1)?;
    let singular =
        matches!(unit.lex, Lex::TimeUnit(_)) && !unit.text(cur.text).ends_with('s') && unit.text(cur.text).len() > 2;
    if !cur.is_any(index, &["a", "an"]) || !singular {
        return None;
    }
    let rate = cur.is_any(index.wrapping_sub(1), RATE_WORDS);
    if rate && !cur.is(index + 2, "ago") {
        return None;
    }
    build(cur, &implied(index, index + 1, 1.0), floor)
}

/// "for decades", "for months", "months and even years", "years later": a plural unit of time
/// with no number is still a duration when a preposition or a list puts it in that role.
pub(super) fn bare_duration(cur: Cursor<'_>, index: usize, floor: usize) -> Option<Hit> {
    // "for decades", "for months", "months and even years": a plural unit of time with no
    // number is still a duration when a preposition or a list puts it in that role.
    let token = cur.tok(index)?;
    let Lex::TimeUnit(_) = token.lex else {
        return None;
    };
    let word = token.text(cur.text);
    if !word.ends_with('s') || word.len() < 4 || token.is_capitalised(cur.text) && index > 0 && !token.break_before {
        return None;
    }
    let prev = index.checked_sub(1).filter(|&p| p >= floor);
    let mut start = index;
    let prev_word = prev.and_then(|p| cur.tok(p));
    let framed = prev_word.is_some_and(|p| DURATION_VERBS.iter().any(|w| p.is(cur.text, w)))
        || (prev_word.is_some_and(|p| p.is(cur.text, "of"))
            && index
                .checked_sub(2)
                .is_some_and(|m| m >= floor && cur.tok(m).is_some_and(|t| t.is(cur.text, "matter"))));
    let listed = prev_word.is_some_and(|p| p.is(cur.text, "even") || p.is(cur.text, "and") || p.is(cur.text, "or"))
        || cur
            .tok(index + 1)
            .is_some_and(|n| n.is(cur.text, "and") || n.is(cur.text, "or"))
            && matches!(cur.tok(index + 2).map(|t| t.lex), Some(Lex::TimeUnit(_) | Lex::Stop));
    let long = cur.tok(index + 1).is_some_and(|n| {
        n.is(cur.text, "long") || n.is(cur.text, "later") || n.is(cur.text, "ago") || n.is(cur.text, "earlier")
    });
    if framed {
        // "for decades" keeps its preposition: without it "decades" says nothing.
        if let Some(p) = prev
            && prev_word.is_some_and(|t| t.is(cur.text, "for"))
        {
            start = p;
        }
    } else if !(listed || long) {
        return None;
    }
    let mut end = index + 1;
    let mut kind = Kind::Measure;
    let mut value = None;
    if cur.tok(end).is_some_and(|n| n.is(cur.text, "ago")) {
        end += 1;
        kind = Kind::Date;
        value = Some(Value::Date(DateValue {
            relative: cur.span_text(start, end),
            ..DateValue::default()
        }));
    }
    // With no number the length is vague: a claim only on one reading.
    Some(Hit::new(start, end, kind, value).likely())
}
