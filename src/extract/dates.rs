//! Dates and times: "January 9-10", "Jan. 12", "13th January 2022", "in 2014", "the 1990s",
//! "Thursday night", "3 p.m.", "yesterday", "earlier this week", "over the weekend",
//! "the 20th century", "the past decade". Named periods (quarters, fiscal years, holidays) are
//! the `periods` recogniser's.
//!
//! # Extents: TimeML TIMEX3, and where claimdesk differs
//!
//! The span of a date follows the TimeML TIMEX3 guidelines (Pustejovsky et al., TimeML
//! Annotation Guidelines 1.2.1): one expression from its determiner and pre-modifiers to its
//! last time word — "the past decade", "late last night", "the first half", "two years ago"
//! ("ago" belongs to the expression), "Monday, May 18, 2015" as weekday plus date.
//! Prepositions and conjunctions are TIMEX3 *signals*, outside the span: "since 1975" marks
//! "1975". Deliberate differences, each because the analyst checks the words together:
//!
//! - "in 2014", "over the weekend", "for decades", "in the coming days", "over the past two
//!   months": the preposition stays when it is what makes a bare year or a plural unit a
//!   date or a duration (the project's own gold marks these so);
//! - "the first half of 2023", "the end of the year": the "of" phrase that anchors a part of a
//!   period is part of the claim (TIMEX3 would often mark two expressions);
//! - "earlier this week", "early 2019": the adverb is kept, as TIMEX3 keeps modifiers;
//! - "for years", "in recent months": kept, but with [`Confidence::Likely`] — TIMEX3 marks
//!   them as durations of unknown length, and they rarely hold a checkable fact.
//!
//! [`Confidence::Likely`]: crate::model::Confidence::Likely

use super::cursor::Cursor;
use super::lexicon::{
    BEFORE_AFTER, DATE_ADVERBS, DATE_PREFIXES, DATE_PREPOSITIONS, DAY_NOUNS, DECADE_OPENERS, DECADE_WORDS, Lex,
    PART_OF_DECADE, PERIOD_BOUNDARIES, PERIOD_MODIFIERS, PERIOD_WORDS, PLURAL_PERIOD_MODIFIERS, RANKED_PERIODS,
    RELATIVE_UNITS, SEQUENCE_MODIFIERS, SPAN_PREPOSITIONS, THAT_TIME_PREPOSITIONS, THROUGHOUT_WORDS, TIME_PREPOSITIONS,
    WEEKDAY_MODIFIERS, WEEKDAYS,
};
use super::recognizer::{Hit, Recognizer, Scope};
use super::token::{TokKind, Token};
use crate::model::{DatePoint, DateValue, Kind, Value};

/// A small integer token as a day of the month, with an optional glued "th".
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
    if let Some(suffix) = cur.tok(end)
        && !suffix.space_before
        && matches!(suffix.text(cur.text), "st" | "nd" | "rd" | "th")
    {
        end += 1;
    }
    // "9am" is an hour, "9-year" a measure.
    if let Some(next) = cur.tok(end)
        && !next.space_before
        && next.kind == TokKind::Word
    {
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

fn month_of(token: &Token) -> Option<u8> {
    match token.lex {
        Lex::Month(month) => Some(month),
        _ => None,
    }
}

/// A month name at `index` that is really a month; returns the month and the token after it
/// (past an abbreviation's full stop).
fn month_at(cur: Cursor<'_>, index: usize) -> Option<(u8, usize)> {
    let token = cur.tok(index)?;
    let month = month_of(token)?;
    if !token.is_capitalised(cur.text) {
        return None;
    }
    let word = token.text(cur.text);
    let abbreviated = word.len() <= 4 && !matches!(word.to_ascii_lowercase().as_str(), "may" | "june" | "july");
    let mut end = index + 1;
    if abbreviated {
        if cur.is(end, ".") && cur.tok(end).is_some_and(|t| !t.space_before) {
            end += 1;
        }
        // "Jan" is also a name: only a date before a day or a year.
        if !cur.tok(end).is_some_and(|t| t.kind == TokKind::Num && !t.break_before) {
            return None;
        }
        return Some((month, end));
    }
    let followed_by_number = cur.tok(end).is_some_and(|t| t.kind == TokKind::Num && !t.break_before)
        || (cur.is(end, ",") && year_at(cur, end + 1).is_some());
    let preceded = index.checked_sub(1).and_then(|i| cur.tok(i)).is_some_and(|p| {
        !cur.tok(index).is_some_and(|t| t.break_before) && DATE_PREPOSITIONS.iter().any(|w| p.is(cur.text, w))
            || (p.text(cur.text) == "-" && !p.space_before)
    });
    let ambiguous =
        matches!(month, 3 | 5 | 8) || word.eq_ignore_ascii_case("june") || word.eq_ignore_ascii_case("april");
    if followed_by_number
        || preceded
        || !ambiguous
            && !cur
                .tok(end)
                .is_some_and(|t| t.kind == TokKind::Word && t.is_capitalised(cur.text) && !t.break_before)
    {
        return Some((month, end));
    }
    None
}

/// A relative date over tokens `index..end`, with the frame words before it ("over the
/// weekend", "earlier this week") taken in; its value is the words themselves.
fn relative_date(cur: Cursor<'_>, index: usize, end: usize, floor: usize) -> Option<Hit> {
    relative_span(cur, frame_before(cur, index, floor), end)
}

/// A relative date over tokens `first..end`; its value is the words themselves.
fn relative_span(cur: Cursor<'_>, first: usize, end: usize) -> Option<Hit> {
    let relative = relative_text(cur, first, end);
    found(
        first,
        end,
        DateValue {
            relative,
            ..DateValue::default()
        },
    )
}

fn found(first: usize, end: usize, value: DateValue) -> Option<Hit> {
    (first < end).then(|| Hit::new(first, end, Kind::Date, Some(Value::Date(value))))
}

fn relative_text(cur: Cursor<'_>, first: usize, end: usize) -> Option<String> {
    cur.span_text(first, end)
}

/// Nouns that name a stretch of time a modifier can point at: "this week", "last summer".
fn is_period_noun(text: &str, token: &Token) -> bool {
    if token.kind != TokKind::Word {
        return false;
    }
    match token.lex {
        Lex::TimeUnit(code) => super::lexicon::time_secs(code) >= 86_400.0 && token.text(text).len() >= 3,
        Lex::DayPart | Lex::Weekday(_) => true,
        _ => PERIOD_WORDS.iter().any(|w| token.is(text, w)),
    }
}

/// Extends a date leftwards over "earlier", "later", "early", "late", "over".
fn frame_before(cur: Cursor<'_>, first: usize, floor: usize) -> usize {
    let Some(before) = first.checked_sub(1).filter(|&b| b >= floor) else {
        return first;
    };
    if cur.tok(first).is_some_and(|t| t.break_before) {
        return first;
    }
    if cur.is_any(before, DATE_ADVERBS) && !cur.is(before, "since") {
        return before;
    }
    first
}

/// The date or time that starts at token `index`, if any.
pub(crate) fn date_at(cur: Cursor<'_>, index: usize, floor: usize) -> Option<Hit> {
    let token = cur.tok(index)?;
    match token.kind {
        TokKind::Word => word_date(cur, index, floor),
        TokKind::Num => number_date(cur, index, floor),
        TokKind::Punct if token.text(cur.text) == "'" || token.text(cur.text) == "’" => {
            // "the '90s".
            let num = cur.tok(index + 1)?;
            let s = cur.tok(index + 2)?;
            if num.space_before
                || num.kind != TokKind::Num
                || num.text(cur.text).len() != 2
                || s.space_before
                || s.text(cur.text) != "s"
            {
                return None;
            }
            let decade = 1900 + num.text(cur.text).parse::<i32>().ok()?;
            let first = if index.checked_sub(1).is_some_and(|b| b >= floor && cur.is(b, "the")) {
                index - 1
            } else {
                index
            };
            found(
                first,
                index + 3,
                DateValue {
                    decade: Some(decade),
                    ..DateValue::default()
                },
            )
        }
        _ => None,
    }
}

#[expect(clippy::too_many_lines, reason = "one case per shape of date")]
fn word_date(cur: Cursor<'_>, index: usize, floor: usize) -> Option<Hit> {
    let token = cur.tok(index)?;
    // Month first: "January 9-10", "Jan. 12", "September 2010", "January".
    if let Some((month, after)) = month_at(cur, index) {
        let mut value = DateValue {
            month: Some(month),
            ..DateValue::default()
        };
        let mut end = after;
        if let Some((day, day_end)) = day_at(cur, after) {
            value.day = Some(day);
            end = day_end;
            // "January 9-10", "January 9 to 12".
            if let Some(link) = cur.tok(end) {
                let dash = matches!(link.text(cur.text), "-" | "–");
                if (dash || link.is(cur.text, "to") || link.is(cur.text, "through"))
                    && !link.break_before
                    && let Some((until, until_end)) = day_at(cur, end + 1)
                    && until > day
                    && (dash || link.is(cur.text, "to"))
                {
                    value.until = Some(DatePoint {
                        year: None,
                        month: Some(month),
                        day: Some(until),
                    });
                    end = until_end;
                }
            }
            // ", 2015" or " 2014".
            let comma = cur.is(end, ",");
            let year_index = if comma { end + 1 } else { end };
            if let Some(year) = year_at(cur, year_index).filter(|_| cur.same_line(year_index)) {
                value.year = Some(year);
                if let Some(until) = &mut value.until {
                    until.year = Some(year);
                }
                end = year_index + 1;
            }
        } else {
            let of = cur.is(end, "of") || cur.is(end, ",");
            let year_index = if of { end + 1 } else { end };
            if let Some(year) = year_at(cur, year_index).filter(|_| cur.same_line(year_index)) {
                value.year = Some(year);
                end = year_index + 1;
            }
        }
        let first = frame_before(cur, index, floor);
        return found(first, end, value);
    }
    if let Lex::Weekday(day) = token.lex {
        if !token.is_capitalised(cur.text) {
            return None;
        }
        let mut first = index;
        let mut end = index + 1;
        if cur.tok(end).is_some_and(|t| t.lex == Lex::DayPart && !t.break_before) {
            end += 1;
        }
        if let Some(before) = index.checked_sub(1).filter(|&b| b >= floor)
            && cur.is_any(before, WEEKDAY_MODIFIERS)
        {
            first = before;
            if before.checked_sub(1).is_some_and(|t| t >= floor && cur.is(t, "the")) {
                first = before - 1;
            }
        }
        let weekday = WEEKDAYS
            .get(usize::from(day).saturating_sub(1))
            .map(|w| (*w).to_owned());
        let relative = (first < index).then(|| relative_text(cur, first, index + 1)).flatten();
        return found(
            first,
            end,
            DateValue {
                weekday,
                relative,
                ..DateValue::default()
            },
        );
    }
    if token.lex == Lex::RelDay {
        let mut end = index + 1;
        if cur.tok(end).is_some_and(|t| {
            t.lex == Lex::DayPart && !t.break_before && !t.is(cur.text, "night")
                || t.is(cur.text, "night") && !token.is(cur.text, "tonight")
        }) {
            end += 1;
        }
        return relative_date(cur, index, end, floor);
    }
    if token.lex == Lex::DayPart {
        // "noon", "midnight" stand alone; "the evening" needs its article.
        if token.is(cur.text, "noon") || token.is(cur.text, "midnight") || token.is(cur.text, "midday") {
            return found(
                index,
                index + 1,
                DateValue {
                    time: Some(token.text(cur.text).to_owned()),
                    ..DateValue::default()
                },
            );
        }
        return None;
    }
    // Ordinals of time: "the 20th century" is handled from the number; here "the first half",
    // "the fourth or fifth day", "second year".
    if let Lex::Ordinal(_) = token.lex {
        return ordinal_period(cur, index, index + 1, floor);
    }
    // "the 1990s" / "the sixties".
    if token.is(cur.text, "the") {
        let next = cur.tok(index + 1)?;
        if next.break_before {
            return None;
        }
        // "the end of the year", "the start of March", "the end of the day Saturday".
        let boundary_words = PERIOD_BOUNDARIES;
        if boundary_words.iter().any(|w| next.is(cur.text, w))
            && cur.is(index + 2, "of")
            // One level only: "the end of the end of …" must not recurse down the text.
            && !(cur.is(index + 3, "the")
                && cur.is_any(index + 4, boundary_words))
            && let Some(inner) =
                date_at(cur, index + 3, index + 3).or_else(|| {
                    // "the end of the year": a bare period noun is enough after "the end of".
                    let noun = cur.tok(index + 4)?;
                    (cur.is(index + 3, "the")
                        && !noun.break_before
                        && is_period_noun(cur.text, noun))
                    .then(|| Hit::new(index + 3, index + 5, Kind::Date, None))
                })
        {
            let mut end = inner.tokens.end;
            if cur
                .tok(end)
                .is_some_and(|t| matches!(t.lex, Lex::Weekday(_)) && !t.break_before && t.is_capitalised(cur.text))
            {
                end += 1;
            }
            let relative = relative_text(cur, index, end);
            let mut value = match inner.value {
                Some(Value::Date(value)) => value,
                _ => DateValue::default(),
            };
            value.relative = relative;
            return found(index, end, value);
        }
        if DECADE_WORDS.iter().any(|w| next.is(cur.text, w)) {
            return found(
                index,
                index + 2,
                DateValue {
                    relative: Some(next.text(cur.text).to_owned()),
                    ..DateValue::default()
                },
            );
        }
        // "the year before", "the week after", "the month earlier": relative to a date just told.
        if RELATIVE_UNITS.iter().any(|w| next.is(cur.text, w))
            && cur.is_any(index + 2, BEFORE_AFTER)
            && cur.tok(index + 2).is_some_and(|t| !t.break_before)
            && cur
                .tok(index + 3)
                .is_none_or(|t| t.kind == TokKind::Punct || t.break_before)
        {
            let relative = relative_text(cur, index, index + 3);
            return found(
                index,
                index + 3,
                DateValue {
                    relative,
                    ..DateValue::default()
                },
            );
        }
        // "the weekend", "the evening", "the day", "the moment".
        let period = next.lex == Lex::DayPart || DAY_NOUNS.iter().any(|w| next.is(cur.text, w));
        if period && !next.is_capitalised(cur.text) {
            let mut first = index;
            if index
                .checked_sub(1)
                .is_some_and(|b| b >= floor && cur.is_any(b, THROUGHOUT_WORDS))
            {
                first = index - 1;
            }
            // "the day before", "the day after".
            let mut end = index + 2;
            if cur.is_any(end, &["before", "after"]) && cur.tok(end + 1).is_some_and(|t| t.kind == TokKind::Punct) {
                end += 1;
            }
            return relative_span(cur, first, end);
        }
        // "the next day", "the following week", "the same day", "the previous year", and in
        // the plural "the coming days", "the past weeks".
        let plural_ok = PLURAL_PERIOD_MODIFIERS.iter().any(|w| next.is(cur.text, w));
        if SEQUENCE_MODIFIERS.iter().any(|w| next.is(cur.text, w))
            && let Some(noun) = cur.tok(index + 2)
            && !noun.break_before
            && (is_period_noun(cur.text, noun) && (plural_ok || !noun.text(cur.text).ends_with('s'))
                || noun.is(cur.text, "weekend"))
        {
            let mut first = index;
            // "in the coming days", "over the past weeks": the preposition frames the span.
            if noun.text(cur.text).ends_with('s')
                && index
                    .checked_sub(1)
                    .is_some_and(|b| b >= floor && cur.is_any(b, SPAN_PREPOSITIONS))
            {
                first = index - 1;
            }
            let mut end = index + 3;
            if let Lex::Weekday(_) = noun.lex
                && cur.tok(end).is_some_and(|t| t.lex == Lex::DayPart)
            {
                end += 1;
            }
            return relative_span(cur, first, end);
        }
        return None;
    }
    // "that time", "at the time".
    if token.is(cur.text, "that")
        && cur.is(index + 1, "time")
        && cur.same_line(index + 1)
        && index
            .checked_sub(1)
            .is_some_and(|b| cur.is_any(b, THAT_TIME_PREPOSITIONS))
    {
        return found(
            index,
            index + 2,
            DateValue {
                relative: Some("that time".to_owned()),
                ..DateValue::default()
            },
        );
    }
    // "this week", "last month", "next year", "each year", "recent years".
    let modifier = PERIOD_MODIFIERS.iter().any(|w| token.is(cur.text, w));
    if modifier {
        let noun = cur.tok(index + 1)?;
        if noun.break_before
            || !is_period_noun(cur.text, noun)
            || noun.is_capitalised(cur.text)
                && noun.lex != Lex::Weekday(0)
                && !matches!(noun.lex, Lex::Weekday(_))
                && !noun.is(cur.text, "year")
        {
            return None;
        }
        if let Lex::Weekday(_) = noun.lex {
            // Handled from the weekday itself.
            return None;
        }
        // "recent years" wants a plural, "this year" a singular; "last years" and "past
        // months" take either.
        let plural = noun.text(cur.text).ends_with('s');
        let either = token.is(cur.text, "last") || token.is(cur.text, "past");
        if !either && plural != token.is(cur.text, "recent") {
            return None;
        }
        if (token.is(cur.text, "every") || token.is(cur.text, "each")) && !matches!(noun.lex, Lex::TimeUnit(_)) {
            return None;
        }
        // "his every day life": an adjective before a noun, not a frequency.
        if (token.is(cur.text, "every") || token.is(cur.text, "each"))
            && cur.tok(index + 2).is_some_and(|n| {
                n.kind == TokKind::Word && n.lex == Lex::Other && !n.break_before && !n.is_capitalised(cur.text)
            })
        {
            return None;
        }
        // "this half" means nothing alone.
        if noun.is(cur.text, "half") || noun.is(cur.text, "term") || noun.is(cur.text, "session") {
            return None;
        }
        let mut end = index + 2;
        if cur.tok(end).is_some_and(|t| t.lex == Lex::DayPart && !t.break_before) {
            end += 1;
        }
        // "in recent years" points at no period anyone can check: a likely claim.
        let vague = token.is(cur.text, "recent");
        return relative_date(cur, index, end, floor).map(|hit| if vague { hit.likely() } else { hit });
    }
    None
}

/// "the first half", "the 20th minute", "the fourth or fifth day", "second year":
/// an ordinal of a unit of time.
fn ordinal_period(cur: Cursor<'_>, index: usize, mut after: usize, floor: usize) -> Option<Hit> {
    // "fourth or fifth day".
    if cur.is(after, "or") {
        let other = cur.tok(after + 1)?;
        if matches!(other.lex, Lex::Ordinal(_)) {
            after += 2;
        } else if other.kind == TokKind::Num
            && cur
                .tok(after + 2)
                .is_some_and(|s| !s.space_before && matches!(s.text(cur.text), "st" | "nd" | "rd" | "th"))
        {
            after += 3;
        }
    }
    let noun = cur.tok(after)?;
    if noun.break_before || noun.kind != TokKind::Word {
        return None;
    }
    let is_unit = match noun.lex {
        Lex::TimeUnit(_) => !noun.text(cur.text).ends_with('s') && noun.text(cur.text).len() > 2,
        _ => RANKED_PERIODS.iter().any(|w| noun.is(cur.text, w)),
    };
    if !is_unit {
        return None;
    }
    // "a second" is a unit of time, not an ordinal.
    let mut first = index;
    if index.checked_sub(1).is_some_and(|b| b >= floor && cur.is(b, "the")) {
        first = index - 1;
    }
    let relative = relative_text(cur, first, after + 1);
    found(
        first,
        after + 1,
        DateValue {
            relative,
            ..DateValue::default()
        },
    )
}

fn is_time_zone(word: &str) -> bool {
    matches!(
        word,
        "GMT"
            | "UTC"
            | "BST"
            | "CET"
            | "CEST"
            | "EET"
            | "EST"
            | "EDT"
            | "CST"
            | "CDT"
            | "MST"
            | "MDT"
            | "PST"
            | "PDT"
            | "ET"
            | "PT"
            | "CT"
            | "MSK"
            | "IST"
            | "JST"
            | "KST"
            | "AEST"
            | "AEDT"
            | "HKT"
            | "SGT"
    )
}

fn is_meridiem(word: &str) -> bool {
    matches!(
        word.to_ascii_lowercase().as_str(),
        "am" | "pm" | "a.m." | "p.m." | "a.m" | "p.m"
    )
}

#[expect(clippy::too_many_lines, reason = "one case per shape of date")]
fn number_date(cur: Cursor<'_>, index: usize, floor: usize) -> Option<Hit> {
    let token = cur.tok(index)?;
    let raw = token.text(cur.text);
    // Digits glued to letters or to a preceding word are codes: "IE6", "A320".
    if !token.space_before
        && !token.break_before
        && let Some(prev) = index.checked_sub(1).and_then(|i| cur.tok(i))
    {
        if matches!(prev.kind, TokKind::Word | TokKind::Num) {
            return None;
        }
        // A minus or a currency sign makes it an amount; "mid-1990s" stays a date.
        let p = prev.text(cur.text);
        if (p == "-" && !index.checked_sub(2).is_some_and(|i| cur.is_any(i, DATE_PREFIXES)))
            || matches!(
                p,
                "$" | "€" | "£" | "−" | "~" | "∼" | "<" | ">" | "≥" | "≤" | "#" | "/" | "." | "+" | "±"
            )
        {
            return None;
        }
    }
    let next = cur.tok(index + 1);
    let glued_next = next.filter(|n| !n.space_before && !n.break_before);
    let small = raw.len() <= 2 && raw.bytes().all(|b| b.is_ascii_digit());

    // Times: "22:30", "6:00am", "3 p.m.", "3pm", "15:11 GMT".
    if small {
        let hour = raw.parse::<u32>().ok()?;
        let mut end = index + 1;
        let mut clock = false;
        if glued_next.is_some_and(|n| n.text(cur.text) == ":")
            && let Some(minutes) = cur
                .tok(index + 2)
                .filter(|m| !m.space_before && m.kind == TokKind::Num && m.text(cur.text).len() == 2)
        {
            let minute = minutes.text(cur.text).parse::<u32>().ok()?;
            if hour <= 24 && minute < 60 {
                end = index + 3;
                clock = true;
            }
        }
        let mut meridiem = false;
        if let Some(_m) = cur
            .tok(end)
            .filter(|m| !m.break_before && m.kind == TokKind::Word && is_meridiem(m.text(cur.text)))
            && hour <= 12
        {
            meridiem = true;
            end += 1;
        }
        let mut zone = false;
        if (clock || meridiem)
            && cur
                .tok(end)
                .is_some_and(|z| !z.break_before && z.space_before && is_time_zone(z.text(cur.text)))
        {
            zone = true;
            end += 1;
        }
        let context = index.checked_sub(1).is_some_and(|b| cur.is_any(b, TIME_PREPOSITIONS));
        if meridiem
            || zone
            || (clock
                && (context
                    || hour >= 10
                        && cur
                            .tok(index + 2)
                            .is_some_and(|m| m.text(cur.text).ends_with('0') || m.text(cur.text).ends_with('5'))))
        {
            let time = relative_text(cur, index, end);
            return found(
                index,
                end,
                DateValue {
                    time,
                    ..DateValue::default()
                },
            );
        }
        if clock {
            return None;
        }
    }

    // "13th January 2022", "13 January", "the 13th of January".
    if let Some((day, day_end)) = day_at(cur, index) {
        let of = cur.is(day_end, "of");
        let month_index = if of { day_end + 1 } else { day_end };
        if let Some((month, mut end)) = cur
            .tok(month_index)
            .filter(|t| !t.break_before)
            .and_then(|_| month_at(cur, month_index))
        {
            let mut value = DateValue {
                month: Some(month),
                day: Some(day),
                ..DateValue::default()
            };
            let comma = cur.is(end, ",");
            let year_index = if comma { end + 1 } else { end };
            if let Some(year) = year_at(cur, year_index).filter(|_| cur.same_line(year_index)) {
                value.year = Some(year);
                end = year_index + 1;
            }
            let mut first = index;
            if of && index.checked_sub(1).is_some_and(|b| b >= floor && cur.is(b, "the")) {
                first = index - 1;
            }
            return found(first, end, value);
        }
        // "the 20th century", "the 62nd minute".
        if day_end == index + 2
            && let Some(period) = ordinal_period(cur, index, day_end, floor)
        {
            return Some(period);
        }
    }
    // An ordinal in digits larger than a day: "the 21st century" is covered above only up to 31.
    if glued_next.is_some_and(|n| matches!(n.text(cur.text), "st" | "nd" | "rd" | "th")) {
        return ordinal_period(cur, index, index + 2, floor);
    }

    // Decades: "the 1990s", "1960s", "mid-1990s".
    if raw.len() == 4 && raw.ends_with('0') && glued_next.is_some_and(|n| n.text(cur.text) == "s") {
        let decade = raw.parse::<i32>().ok()?;
        let mut first = index;
        if let Some(b) = index.checked_sub(1).filter(|&b| b >= floor) {
            if cur.is_any(b, DECADE_OPENERS) {
                first = b;
                if b.checked_sub(1).is_some_and(|t| t >= floor && cur.is(t, "the")) {
                    first = b - 1;
                }
            } else if cur.is(b, "-")
                && b.checked_sub(1)
                    .is_some_and(|m| m >= floor && cur.is_any(m, PART_OF_DECADE))
            {
                first = b - 1;
            }
        }
        return found(
            first,
            index + 2,
            DateValue {
                decade: Some(decade),
                ..DateValue::default()
            },
        );
    }

    // Military time: "1600 GMT".
    if raw.len() == 4
        && next.is_some_and(|z| z.space_before && !z.break_before && is_time_zone(z.text(cur.text)))
        && raw.parse::<u32>().is_ok_and(|hhmm| hhmm / 100 < 24 && hhmm % 100 < 60)
    {
        let time = relative_text(cur, index, index + 2);
        return found(
            index,
            index + 2,
            DateValue {
                time,
                ..DateValue::default()
            },
        );
    }
    // Years.
    let year = year_at(cur, index)?;
    let prev = index.checked_sub(1).filter(|&b| b >= floor).and_then(|b| cur.tok(b));
    let prev_date_word =
        prev.is_some_and(|p| !token.break_before && DATE_PREPOSITIONS.iter().any(|w| p.is(cur.text, w)));
    if let Some(n) = glued_next
        && (n.kind == TokKind::Word
            || matches!(n.text(cur.text), "%" | "°" | "." | ",")
                && cur
                    .tok(index + 2)
                    .is_some_and(|t| !t.space_before && t.kind == TokKind::Num))
    {
        return None;
    }
    // Followed by a unit, a percentage or a count noun it is an amount: "2000 year old",
    // "2000 people", "1500 m".
    let mut value = DateValue {
        year: Some(year),
        ..DateValue::default()
    };
    let mut end = index + 1;
    if let Some(n) = next.filter(|n| !n.break_before) {
        let unitish = super::lexicon::unit_after(n.text(cur.text)).is_some()
            || matches!(n.text(cur.text), "%" | "°" | "-" | "×") && !n.space_before;
        if unitish && !(n.text(cur.text) == "-" || n.text(cur.text) == "–") {
            return None;
        }
        if n.kind == TokKind::Word && !n.is_capitalised(cur.text) && matches!(n.lex, Lex::Other) && !prev_date_word {
            let determiner = prev.is_some_and(|p| {
                p.is(cur.text, "the") || p.kind == TokKind::Poss || p.is(cur.text, "its") || p.is(cur.text, "their")
            });
            if !determiner {
                let plural = n.text(cur.text).ends_with('s');
                if plural || year < 1800 {
                    return None;
                }
            }
        }
        // "2010-2014", "2010–14": one range.
        if matches!(n.text(cur.text), "-" | "–")
            && !n.space_before
            && let Some(other) = cur.tok(index + 2).filter(|o| !o.space_before && o.kind == TokKind::Num)
        {
            let other_raw = other.text(cur.text);
            let until = match other_raw.len() {
                4 => year_at(cur, index + 2),
                2 => other_raw.parse::<i32>().ok().map(|v| year / 100 * 100 + v),
                _ => None,
            };
            if let Some(until) = until.filter(|&u| u > year) {
                value.until = Some(DatePoint {
                    year: Some(until),
                    month: None,
                    day: None,
                });
                end = index + 3;
            } else {
                return None;
            }
        }
    }
    if !prev_date_word {
        // A bare number in the year range is a year in news prose unless it counts something
        // (checked above) or is a plain amount with a comma or decimals (not a token here).
        if !(1800..=2100).contains(&year) {
            return None;
        }
        // "2,000" never reaches here; "2000 - 2050" does, and is two years.
    }
    let mut first = index;
    if let Some(p) = prev {
        if p.is(cur.text, "in") && !token.break_before {
            // "in 2014": the preposition is what makes a bare number a date.
            first = index - 1;
        } else if (p.is(cur.text, "early") || p.is(cur.text, "late") || p.is(cur.text, "mid")) && !token.break_before {
            first = index - 1;
        } else if p.text(cur.text) == "-"
            && !p.space_before
            && index
                .checked_sub(2)
                .is_some_and(|m| m >= floor && cur.is_any(m, PART_OF_DECADE))
        {
            first = index - 2;
        }
    }
    found(first, end, value)
}

/// Dates and times (see the module docs): anchored on month and weekday names, numbers,
/// day words, "the" and the other frame words of a period.
pub(crate) struct Dates;

impl Recognizer for Dates {
    fn name(&self) -> &'static str {
        "dates"
    }

    fn scope(&self) -> Scope {
        Scope::Anchored
    }

    fn at(&self, cursor: Cursor<'_>, index: usize, floor: usize) -> Option<Hit> {
        date_at(cursor, index, floor)
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::cases::{Case, check, likely, no, valued, yes};
    use crate::model::Kind::{Date, Measure};

    /// Sentences written for these rules, except the three marked as regressions from the
    /// project's sample article.
    const CASES: &[Case] = &[
        // Month first, with day ranges and years.
        valued(
            "The summit runs March 3-5, 2026 in Oslo.",
            "March 3-5, 2026",
            Date,
            "3 to 5 March 2026",
        ),
        valued(
            "Filing closes Oct. 31 at noon.",
            "Oct. 31",
            Date,
            "31 October, year not stated",
        ),
        yes(
            "The law took effect in September 2010 after a vote.",
            "September 2010",
            Date,
        ),
        yes("They met on 4th July 1998, she said.", "4th July 1998", Date),
        yes("Ballots are due by the 15th of May.", "the 15th of May", Date),
        valued(
            "Shares fell on Monday, June 2, 2025.",
            "June 2, 2025",
            Date,
            "2 June 2025",
        ),
        no("You may leave. Troops march at dawn.", "may", Date),
        no("Jan Smit and April Ross spoke.", "Jan", Date),
        // Bare years: TIMEX3 leaves the preposition out, except "in" (see the module docs).
        yes("Prices have doubled since 1975.", "1975", Date),
        yes("The ban ends by 2030, the minister said.", "2030", Date),
        yes("It was built in 1889 for the fair.", "in 1889", Date),
        yes("Output fell between 2008 and 2010.", "2008", Date),
        valued("Cases rose in 2019-2021.", "in 2019-2021", Date, "2019 to 2021"),
        no("The ship carried 1500 sailors.", "1500", Date),
        no("Call 2000 m below the surface.", "2000", Date),
        // Decades and centuries.
        yes("Rents soared in the late 1980s.", "the late 1980s", Date),
        yes("The style of the '70s returned.", "the '70s", Date),
        yes("By the 19th century the town had grown.", "the 19th century", Date),
        // Weekdays, day words and times.
        yes("The strike began last Tuesday morning.", "last Tuesday morning", Date),
        yes("Talks resume tomorrow afternoon.", "tomorrow afternoon", Date),
        yes("The polls close at 8 p.m. EST tonight.", "8 p.m. EST", Date),
        yes("Trading halted at 14:45 on the day.", "14:45", Date),
        yes("The crew worked until midnight.", "midnight", Date),
        // Relative periods.
        yes("Sales slowed earlier this month.", "earlier this month", Date),
        yes("Costs rose over the past decade.", "the past decade", Date),
        yes("The pact expires next year.", "next year", Date),
        yes("Firms cut jobs in the coming weeks.", "in the coming weeks", Date),
        yes("Water returned the following day.", "the following day", Date),
        yes("Pay rose a year earlier than planned.", "a year earlier", Date),
        yes("The loan was repaid three months ago.", "three months ago", Date),
        yes("Officials met at the start of April.", "the start of April", Date),
        yes(
            "The plan was dropped at the end of the week.",
            "the end of the week",
            Date,
        ),
        likely("Rents have climbed in recent years.", "recent years", Date),
        // Regressions from the sample article (dev gold).
        yes("a meeting in January 9-10, followed by", "January 9-10", Date),
        yes("first time earlier this week, although", "earlier this week", Date),
        yes("a report over the weekend that", "over the weekend", Date),
        // Durations are measures, not dates.
        yes("The flight took six hours.", "six hours", Measure),
    ];

    #[test]
    fn cases() {
        check(CASES);
    }
}
