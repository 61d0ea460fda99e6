//! Days and periods told from now or from another date: "yesterday", "tomorrow afternoon",
//! "the end of the year", "the year before", "over the weekend", "the following week", "in
//! the coming days", "at that time", "earlier this month", "recent years".

use super::{date_at, found, is_period_noun, relative_date, relative_span};
use crate::extract::cursor::Cursor;
use crate::extract::lexicon::{
    ANY_NUMBER_MODIFIERS, BEFORE_AFTER, COMPOUND_UNITS, DAY_BEFORE_AFTER, DAY_NOUNS, EVERY_WORDS, Lex,
    PERIOD_BOUNDARIES, PERIOD_MODIFIERS, PLURAL_PERIOD_MODIFIERS, RECURRING_PERIODS, RELATIVE_UNITS,
    SEQUENCE_MODIFIERS, SPAN_PREPOSITIONS, STRETCH_MODIFIERS, STRETCH_NOUNS, THAT_TIME_PREPOSITIONS, THROUGHOUT_WORDS,
    UNIT_BOUNDARIES, VAGUE_PERIOD_NOUNS,
};
use crate::extract::recognizer::Hit;
use crate::extract::token::TokKind;
use crate::model::{DateValue, Kind, Value};

/// A day named from today, with its part of the day: "yesterday", "tomorrow afternoon",
/// "tonight", "earlier today".
pub(super) fn named_day(cur: Cursor<'_>, index: usize, floor: usize) -> Option<Hit> {
    let next = index + 1;
    // "tonight night" is no phrase; "yesterday night" is.
    let part_of_day = cur.lex(next) == Lex::DayPart && cur.same_line(next) && !cur.is(next, "night")
        || cur.is(next, "night") && !cur.is(index, "tonight");
    let end = if part_of_day { next + 1 } else { next };
    relative_date(cur, index, end, floor)
}

/// "the" followed by a word on the same line: the index of that word.
fn after_the(cur: Cursor<'_>, index: usize) -> Option<usize> {
    let next = index + 1;
    (cur.is(index, "the") && cur.same_line(next)).then_some(next)
}

/// A boundary or part of another date: "the end of the year", "the start of April", "the
/// rest of 2019", "the end of the day Saturday"; `index` is "the".
pub(super) fn part_of_period(cur: Cursor<'_>, index: usize, _floor: usize) -> Option<Hit> {
    let boundary = after_the(cur, index)?;
    if !cur.is_any(boundary, PERIOD_BOUNDARIES) || !cur.is(index + 2, "of") {
        return None;
    }
    let inner_at = index + 3;
    // One level only: "the end of the end of …" must not recurse down the text.
    let nested = cur.is(inner_at, "the") && cur.is_any(inner_at + 1, PERIOD_BOUNDARIES);
    if nested {
        return None;
    }
    let inner = date_at(cur, inner_at, inner_at).or_else(|| {
        // "the end of the year": a bare period noun is enough after "the end of".
        let noun = cur.tok(inner_at + 1)?;
        (cur.is(inner_at, "the") && !noun.break_before && is_period_noun(cur.text, noun))
            .then(|| Hit::new(inner_at, inner_at + 2, Kind::Date, None))
    })?;
    let mut end = inner.tokens.end;
    if matches!(cur.lex(end), Lex::Weekday(_)) && cur.same_line(end) && cur.capitalised(end) {
        end += 1;
    }
    around_date(cur, index, end, inner)
}

/// The date over `first..end` that holds the date `inner`: its value (the year, the month it
/// knows) with `first..end`'s words.
fn around_date(cur: Cursor<'_>, first: usize, end: usize, inner: Hit) -> Option<Hit> {
    let mut value = match inner.value {
        Some(Value::Date(value)) => value,
        _ => DateValue::default(),
    };
    value.relative = cur.span_text(first, end);
    found(first, end, value)
}

/// A stretch of another date, named by a season, a part of the day, a week, a month or a
/// part: "the summer of 1969", "the night of July 4", "the week of June 3", "the first week of
/// March", "the early part of 2018" — one date, as TIMEX3 marks it, not a stretch noun and a
/// date apart. Only before a date: "the night of the attack" and "the fall of Rome" are no
/// dates here. `index` is "the".
pub(super) fn stretch_of_date(cur: Cursor<'_>, index: usize, _floor: usize) -> Option<Hit> {
    let mut noun = after_the(cur, index)?;
    if matches!(cur.lex(noun), Lex::Ordinal(_)) || cur.is_any(noun, STRETCH_MODIFIERS) {
        noun += 1;
    }
    let of = noun + 1;
    if !cur.same_line(noun) || !cur.is_any(noun, STRETCH_NOUNS) || !cur.is(of, "of") || !cur.same_line(of + 1) {
        return None;
    }
    let inner = date_at(cur, of + 1, of + 1)?;
    around_date(cur, index, inner.tokens.end, inner)
}

/// A unit of time and its boundary in one hyphenated word: "year-end", "month-end",
/// "week-start", "year-to-date", "month-to-date". TIMEX3 marks the word (not the "by"
/// before it); as an adjective ("year-end bonus") it is still the date.
pub(super) fn unit_compound(cur: Cursor<'_>, index: usize, _floor: usize) -> Option<Hit> {
    if !matches!(cur.lex(index), Lex::TimeUnit(_)) || !cur.is_any(index, COMPOUND_UNITS) {
        return None;
    }
    let glued_hyphen = |at: usize| cur.is(at, "-") && cur.glued(at) && cur.glued(at + 1);
    if !glued_hyphen(index + 1) {
        return None;
    }
    let end = if cur.is_any(index + 2, UNIT_BOUNDARIES) {
        index + 3
    } else if cur.is(index + 2, "to") && glued_hyphen(index + 3) && cur.is(index + 4, "date") {
        index + 5
    } else {
        return None;
    };
    relative_span(cur, index, end)
}

/// A unit told from a date just mentioned: "the year before", "the week after", "the month
/// earlier" — at the end of a clause only ("the year before the war" is the war's date).
pub(super) fn unit_before_after(cur: Cursor<'_>, index: usize, _floor: usize) -> Option<Hit> {
    let unit = after_the(cur, index)?;
    if !cur.is_any(unit, RELATIVE_UNITS) {
        return None;
    }
    let link = unit + 1;
    let clause_ends = cur
        .tok(link + 1)
        .is_none_or(|t| t.kind == TokKind::Punct || t.break_before);
    (cur.is_any(unit, RELATIVE_UNITS) && cur.is_any(link, BEFORE_AFTER) && cur.same_line(link) && clause_ends)
        .then(|| relative_span(cur, index, link + 1))
        .flatten()
}

/// One day or moment after "the", with a preposition of span before it: "the weekend", "over
/// the weekend", "throughout the day", "the evening", "the day before."
pub(super) fn the_day_noun(cur: Cursor<'_>, index: usize, floor: usize) -> Option<Hit> {
    let noun = after_the(cur, index)?;
    let named = cur.lex(noun) == Lex::DayPart || cur.is_any(noun, DAY_NOUNS);
    if !named || cur.capitalised(noun) {
        return None;
    }
    let first = match index.checked_sub(1) {
        Some(before) if before >= floor && cur.is_any(before, THROUGHOUT_WORDS) => before,
        _ => index,
    };
    let mut end = noun + 1;
    if cur.is_any(end, DAY_BEFORE_AFTER) && cur.kind_is(end + 1, TokKind::Punct) {
        end += 1;
    }
    relative_span(cur, first, end)
}

/// A period placed in a sequence after "the": "the next day", "the following week", "the
/// same day", "the previous year", "the following Monday morning"; in the plural with its
/// preposition, "in the coming days", "over the past weeks".
pub(super) fn sequence_period(cur: Cursor<'_>, index: usize, floor: usize) -> Option<Hit> {
    let modifier = after_the(cur, index)?;
    if !cur.is_any(modifier, SEQUENCE_MODIFIERS) {
        return None;
    }
    let noun_at = modifier + 1;
    let noun = cur.tok(noun_at).filter(|noun| !noun.break_before)?;
    let plural = noun.text(cur.text).ends_with('s');
    let plural_ok = cur.is_any(modifier, PLURAL_PERIOD_MODIFIERS);
    let period = is_period_noun(cur.text, noun) && (plural_ok || !plural) || noun.is(cur.text, "weekend");
    if !period {
        return None;
    }
    let first = match index.checked_sub(1) {
        Some(before) if plural && before >= floor && cur.is_any(before, SPAN_PREPOSITIONS) => before,
        _ => index,
    };
    let mut end = noun_at + 1;
    if matches!(noun.lex, Lex::Weekday(_)) && cur.lex(end) == Lex::DayPart {
        end += 1;
    }
    relative_span(cur, first, end)
}

/// "that time" after "at", "by", "since", "until": a time just told.
pub(super) fn that_time(cur: Cursor<'_>, index: usize, _floor: usize) -> Option<Hit> {
    let told = cur.is(index, "that")
        && cur.is(index + 1, "time")
        && cur.same_line(index + 1)
        && cur.is_any(index.wrapping_sub(1), THAT_TIME_PREPOSITIONS);
    if !told {
        return None;
    }
    found(
        index,
        index + 2,
        DateValue {
            relative: Some("that time".to_owned()),
            ..DateValue::default()
        },
    )
}

/// A period pointed at from now: "this week", "last month", "next year", "each year",
/// "this morning", "recent years" (likely: no period anyone can check).
pub(super) fn modified_period(cur: Cursor<'_>, index: usize, floor: usize) -> Option<Hit> {
    if !cur.is_any(index, PERIOD_MODIFIERS) {
        return None;
    }
    let noun = cur.tok(index + 1)?;
    // Weekdays are taken from the weekday itself ("last Tuesday"); a capitalised period noun
    // is a name ("Next Summer", the film), except "Year" in a headline.
    if noun.break_before
        || !is_period_noun(cur.text, noun)
        || matches!(noun.lex, Lex::Weekday(_))
        || noun.is_capitalised(cur.text) && !noun.is(cur.text, "year")
    {
        return None;
    }
    // "recent years" wants a plural, "this year" a singular; "last years" and "past months"
    // take either.
    let plural = noun.text(cur.text).ends_with('s');
    let either = cur.is_any(index, ANY_NUMBER_MODIFIERS);
    let recent = cur.is(index, "recent");
    if !either && plural != recent {
        return None;
    }
    // "every year", "each spring" are frequencies of a unit of time or of a season; "his every
    // day life" and "each summer camp" use them as adjectives.
    let recurs = matches!(noun.lex, Lex::TimeUnit(_)) || RECURRING_PERIODS.iter().any(|w| noun.is(cur.text, w));
    if cur.is_any(index, EVERY_WORDS)
        && (!recurs
            || cur.tok(index + 2).is_some_and(|n| {
                n.kind == TokKind::Word && n.lex == Lex::Other && !n.break_before && !n.is_capitalised(cur.text)
            }))
    {
        return None;
    }
    // "this half" means nothing alone.
    if cur.is_any(index + 1, VAGUE_PERIOD_NOUNS) {
        return None;
    }
    let mut end = index + 2;
    if cur.lex(end) == Lex::DayPart && cur.same_line(end) {
        end += 1;
    }
    let hit = relative_date(cur, index, end, floor)?;
    Some(if recent { hit.likely() } else { hit })
}
