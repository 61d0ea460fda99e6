//! Dates and times: "January 9-10", "Jan. 12", "13th January 2022", "in 2014", "the 1990s",
//! "Thursday night", "3 p.m.", "yesterday", "earlier this week", "over the weekend",
//! "the 20th century", "the first half".

use super::Found;
use super::lexicon::Lex;
use super::token::{TokKind, Token};
use crate::model::{DatePoint, DateValue, Kind, Value};

fn tok(tokens: &[Token], index: usize) -> Option<&Token> {
    tokens.get(index)
}

fn is_text(text: &str, tokens: &[Token], index: usize, word: &str) -> bool {
    tokens.get(index).is_some_and(|t| t.is(text, word))
}

fn is_any(text: &str, tokens: &[Token], index: usize, words: &[&str]) -> bool {
    tokens.get(index).is_some_and(|t| words.iter().any(|w| t.is(text, w)))
}

/// Whether token `index` continues the line (no paragraph break before it).
fn same_line(tokens: &[Token], index: usize) -> bool {
    tokens.get(index).is_some_and(|t| !t.break_before)
}

const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Words after which a bare year or a month is a date: "in 2014", "since May".
const DATE_PREPOSITIONS: &[&str] = &[
    "in",
    "since",
    "until",
    "till",
    "by",
    "from",
    "before",
    "after",
    "during",
    "early",
    "late",
    "mid",
    "of",
    "through",
    "throughout",
    "to",
    "between",
    "circa",
    "around",
    "last",
    "next",
    "this",
    "on",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "year",
    "end",
    "start",
    "beginning",
    "and",
    "or",
    "as",
    "ca",
    "c",
    "at",
    "for",
    "into",
    "every",
    "each",
    "past",
    "same",
    "early-",
    "Since",
    "In",
];

/// A small integer token as a day of the month, with an optional glued "th".
fn day_at(text: &str, tokens: &[Token], index: usize) -> Option<(u8, usize)> {
    let token = tok(tokens, index)?;
    if token.kind != TokKind::Num || token.break_before {
        return None;
    }
    let raw = token.text(text);
    if raw.len() > 2 || !raw.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let day = raw.parse::<u8>().ok()?;
    if !(1..=31).contains(&day) {
        return None;
    }
    let mut end = index + 1;
    if let Some(suffix) = tok(tokens, end)
        && !suffix.space_before
        && matches!(suffix.text(text), "st" | "nd" | "rd" | "th")
    {
        end += 1;
    }
    // "9am" is an hour, "9-year" a measure.
    if let Some(next) = tok(tokens, end)
        && !next.space_before
        && next.kind == TokKind::Word
    {
        return None;
    }
    Some((day, end))
}

/// A four-digit year token.
fn year_at(text: &str, tokens: &[Token], index: usize) -> Option<i32> {
    let token = tok(tokens, index)?;
    if token.kind != TokKind::Num {
        return None;
    }
    let raw = token.text(text);
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
fn month_at(text: &str, tokens: &[Token], index: usize) -> Option<(u8, usize)> {
    let token = tok(tokens, index)?;
    let month = month_of(token)?;
    if !token.is_capitalised(text) {
        return None;
    }
    let word = token.text(text);
    let abbreviated = word.len() <= 4 && !matches!(word.to_ascii_lowercase().as_str(), "may" | "june" | "july");
    let mut end = index + 1;
    if abbreviated {
        if is_text(text, tokens, end, ".") && tok(tokens, end).is_some_and(|t| !t.space_before) {
            end += 1;
        }
        // "Jan" is also a name: only a date before a day or a year.
        if !tok(tokens, end).is_some_and(|t| t.kind == TokKind::Num && !t.break_before) {
            return None;
        }
        return Some((month, end));
    }
    let followed_by_number = tok(tokens, end).is_some_and(|t| t.kind == TokKind::Num && !t.break_before)
        || (is_text(text, tokens, end, ",") && year_at(text, tokens, end + 1).is_some());
    let preceded = index.checked_sub(1).and_then(|i| tok(tokens, i)).is_some_and(|p| {
        !tok(tokens, index).is_some_and(|t| t.break_before) && DATE_PREPOSITIONS.iter().any(|w| p.is(text, w))
            || (p.text(text) == "-" && !p.space_before)
    });
    let ambiguous =
        matches!(month, 3 | 5 | 8) || word.eq_ignore_ascii_case("june") || word.eq_ignore_ascii_case("april");
    if followed_by_number
        || preceded
        || !ambiguous
            && !tok(tokens, end).is_some_and(|t| t.kind == TokKind::Word && t.is_capitalised(text) && !t.break_before)
    {
        return Some((month, end));
    }
    None
}

/// A relative date over tokens `index..end`, with the frame words before it ("over the
/// weekend", "earlier this week") taken in; its value is the words themselves.
fn relative_date(text: &str, tokens: &[Token], index: usize, end: usize, floor: usize) -> Option<(Found, usize)> {
    relative_span(text, tokens, frame_before(text, tokens, index, floor), end)
}

/// A relative date over tokens `first..end`; its value is the words themselves.
fn relative_span(text: &str, tokens: &[Token], first: usize, end: usize) -> Option<(Found, usize)> {
    let relative = relative_text(text, tokens, first, end);
    found(
        tokens,
        first,
        end,
        DateValue {
            relative,
            ..DateValue::default()
        },
    )
}

fn found(tokens: &[Token], first: usize, end: usize, value: DateValue) -> Option<(Found, usize)> {
    let start = tok(tokens, first)?.start;
    let stop = tok(tokens, end.checked_sub(1)?)?.end;
    (start < stop).then_some((
        Found {
            start,
            end: stop,
            kind: Kind::Date,
            value: Some(Value::Date(value)),
        },
        end,
    ))
}

fn relative_text(text: &str, tokens: &[Token], first: usize, end: usize) -> Option<String> {
    let start = tok(tokens, first)?.start;
    let stop = tok(tokens, end.checked_sub(1)?)?.end;
    text.get(start..stop).map(str::to_owned)
}

/// Nouns that name a stretch of time a modifier can point at: "this week", "last summer".
fn is_period_noun(text: &str, token: &Token) -> bool {
    if token.kind != TokKind::Word {
        return false;
    }
    match token.lex {
        Lex::TimeUnit(code) => super::lexicon::time_secs(code) >= 86_400.0 && token.text(text).len() >= 3,
        Lex::DayPart | Lex::Weekday(_) => true,
        _ => [
            "weekend", "weekends", "summer", "winter", "spring", "autumn", "quarter", "season", "semester", "term",
            "session", "half",
        ]
        .iter()
        .any(|w| token.is(text, w)),
    }
}

/// Extends a date leftwards over "earlier", "later", "early", "late", "over".
fn frame_before(text: &str, tokens: &[Token], first: usize, floor: usize) -> usize {
    let Some(before) = first.checked_sub(1).filter(|&b| b >= floor) else {
        return first;
    };
    if tok(tokens, first).is_some_and(|t| t.break_before) {
        return first;
    }
    if is_any(
        text,
        tokens,
        before,
        &["earlier", "later", "early", "late", "mid", "since"],
    ) && !is_text(text, tokens, before, "since")
    {
        return before;
    }
    first
}

/// The date or time that starts at token `index`, if any.
#[allow(clippy::too_many_lines, reason = "one case per shape of date")]
pub(crate) fn date_at(text: &str, tokens: &[Token], index: usize, floor: usize) -> Option<(Found, usize)> {
    let token = tok(tokens, index)?;
    match token.kind {
        TokKind::Word => word_date(text, tokens, index, floor),
        TokKind::Num => number_date(text, tokens, index, floor),
        TokKind::Punct if token.text(text) == "'" || token.text(text) == "’" => {
            // "the '90s".
            let num = tok(tokens, index + 1)?;
            let s = tok(tokens, index + 2)?;
            if num.space_before
                || num.kind != TokKind::Num
                || num.text(text).len() != 2
                || s.space_before
                || s.text(text) != "s"
            {
                return None;
            }
            let decade = 1900 + num.text(text).parse::<i32>().ok()?;
            let first = if index
                .checked_sub(1)
                .is_some_and(|b| b >= floor && is_text(text, tokens, b, "the"))
            {
                index - 1
            } else {
                index
            };
            found(
                tokens,
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

#[allow(clippy::too_many_lines, reason = "one case per shape of date")]
fn word_date(text: &str, tokens: &[Token], index: usize, floor: usize) -> Option<(Found, usize)> {
    let token = tok(tokens, index)?;
    // Month first: "January 9-10", "Jan. 12", "September 2010", "January".
    if let Some((month, after)) = month_at(text, tokens, index) {
        let mut value = DateValue {
            month: Some(month),
            ..DateValue::default()
        };
        let mut end = after;
        if let Some((day, day_end)) = day_at(text, tokens, after) {
            value.day = Some(day);
            end = day_end;
            // "January 9-10", "January 9 to 12".
            if let Some(link) = tok(tokens, end) {
                let dash = matches!(link.text(text), "-" | "–");
                if (dash || link.is(text, "to") || link.is(text, "through"))
                    && !link.break_before
                    && let Some((until, until_end)) = day_at(text, tokens, end + 1)
                    && until > day
                    && (dash || link.is(text, "to"))
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
            let comma = is_text(text, tokens, end, ",");
            let year_index = if comma { end + 1 } else { end };
            if let Some(year) = year_at(text, tokens, year_index).filter(|_| same_line(tokens, year_index)) {
                value.year = Some(year);
                if let Some(until) = &mut value.until {
                    until.year = Some(year);
                }
                end = year_index + 1;
            }
        } else {
            let of = is_text(text, tokens, end, "of") || is_text(text, tokens, end, ",");
            let year_index = if of { end + 1 } else { end };
            if let Some(year) = year_at(text, tokens, year_index).filter(|_| same_line(tokens, year_index)) {
                value.year = Some(year);
                end = year_index + 1;
            }
        }
        let first = frame_before(text, tokens, index, floor);
        return found(tokens, first, end, value);
    }
    if let Lex::Weekday(day) = token.lex {
        if !token.is_capitalised(text) {
            return None;
        }
        let mut first = index;
        let mut end = index + 1;
        if tok(tokens, end).is_some_and(|t| t.lex == Lex::DayPart && !t.break_before) {
            end += 1;
        }
        if let Some(before) = index.checked_sub(1).filter(|&b| b >= floor)
            && is_any(
                text,
                tokens,
                before,
                &["last", "next", "this", "past", "coming", "previous", "following"],
            )
        {
            first = before;
            if before
                .checked_sub(1)
                .is_some_and(|t| t >= floor && is_text(text, tokens, t, "the"))
            {
                first = before - 1;
            }
        }
        let weekday = WEEKDAYS
            .get(usize::from(day).saturating_sub(1))
            .map(|w| (*w).to_owned());
        let relative = (first < index)
            .then(|| relative_text(text, tokens, first, index + 1))
            .flatten();
        return found(
            tokens,
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
        if tok(tokens, end).is_some_and(|t| {
            t.lex == Lex::DayPart && !t.break_before && !t.is(text, "night")
                || t.is(text, "night") && !token.is(text, "tonight")
        }) {
            end += 1;
        }
        return relative_date(text, tokens, index, end, floor);
    }
    if token.lex == Lex::DayPart {
        // "noon", "midnight" stand alone; "the evening" needs its article.
        if token.is(text, "noon") || token.is(text, "midnight") || token.is(text, "midday") {
            return found(
                tokens,
                index,
                index + 1,
                DateValue {
                    time: Some(token.text(text).to_owned()),
                    ..DateValue::default()
                },
            );
        }
        return None;
    }
    // Ordinals of time: "the 20th century" is handled from the number; here "the first half",
    // "the fourth or fifth day", "second year".
    if let Lex::Ordinal(_) = token.lex {
        return ordinal_period(text, tokens, index, index + 1, floor);
    }
    // "the 1990s" / "the sixties".
    if token.is(text, "the") {
        let next = tok(tokens, index + 1)?;
        if next.break_before {
            return None;
        }
        // "the end of the year", "the start of March", "the end of the day Saturday".
        let boundary_words = ["end", "start", "beginning", "middle", "rest", "turn"];
        if boundary_words.iter().any(|w| next.is(text, w))
            && is_text(text, tokens, index + 2, "of")
            // One level only: "the end of the end of …" must not recurse down the text.
            && !(is_text(text, tokens, index + 3, "the")
                && is_any(text, tokens, index + 4, &boundary_words))
            && let Some((inner, mut end)) =
                date_at(text, tokens, index + 3, index + 3).or_else(|| {
                    // "the end of the year": a bare period noun is enough after "the end of".
                    let noun = tok(tokens, index + 4)?;
                    (is_text(text, tokens, index + 3, "the")
                        && !noun.break_before
                        && is_period_noun(text, noun))
                    .then(|| {
                        (
                            Found {
                                start: 0,
                                end: 0,
                                kind: Kind::Date,
                                value: None,
                            },
                            index + 5,
                        )
                    })
                })
        {
            if tok(tokens, end)
                .is_some_and(|t| matches!(t.lex, Lex::Weekday(_)) && !t.break_before && t.is_capitalised(text))
            {
                end += 1;
            }
            let relative = relative_text(text, tokens, index, end);
            let mut value = match inner.value {
                Some(Value::Date(value)) => value,
                _ => DateValue::default(),
            };
            value.relative = relative;
            return found(tokens, index, end, value);
        }
        if [
            "sixties",
            "seventies",
            "eighties",
            "nineties",
            "fifties",
            "forties",
            "thirties",
            "twenties",
        ]
        .iter()
        .any(|w| next.is(text, w))
        {
            return found(
                tokens,
                index,
                index + 2,
                DateValue {
                    relative: Some(next.text(text).to_owned()),
                    ..DateValue::default()
                },
            );
        }
        // "the year before", "the week after", "the month earlier": relative to a date just told.
        if ["year", "week", "month", "decade"].iter().any(|w| next.is(text, w))
            && is_any(
                text,
                tokens,
                index + 2,
                &["before", "after", "earlier", "later", "prior"],
            )
            && tok(tokens, index + 2).is_some_and(|t| !t.break_before)
            && tok(tokens, index + 3).is_none_or(|t| t.kind == TokKind::Punct || t.break_before)
        {
            let relative = relative_text(text, tokens, index, index + 3);
            return found(
                tokens,
                index,
                index + 3,
                DateValue {
                    relative,
                    ..DateValue::default()
                },
            );
        }
        // "the weekend", "the evening", "the day", "the moment".
        let period = next.lex == Lex::DayPart
            || ["weekend", "weekends", "day", "moment"]
                .iter()
                .any(|w| next.is(text, w));
        if period && !next.is_capitalised(text) {
            let mut first = index;
            if index
                .checked_sub(1)
                .is_some_and(|b| b >= floor && is_any(text, tokens, b, &["over", "during", "throughout"]))
            {
                first = index - 1;
            }
            // "the day before", "the day after".
            let mut end = index + 2;
            if is_any(text, tokens, end, &["before", "after"])
                && tok(tokens, end + 1).is_some_and(|t| t.kind == TokKind::Punct)
            {
                end += 1;
            }
            return relative_span(text, tokens, first, end);
        }
        // "the next day", "the following week", "the same day", "the previous year", and in
        // the plural "the coming days", "the past weeks".
        let plural_ok = ["coming", "past", "next", "following", "last"]
            .iter()
            .any(|w| next.is(text, w));
        if ["next", "following", "previous", "same", "past", "coming", "last"]
            .iter()
            .any(|w| next.is(text, w))
            && let Some(noun) = tok(tokens, index + 2)
            && !noun.break_before
            && (is_period_noun(text, noun) && (plural_ok || !noun.text(text).ends_with('s'))
                || noun.is(text, "weekend"))
        {
            let mut first = index;
            // "in the coming days", "over the past weeks": the preposition frames the span.
            if noun.text(text).ends_with('s')
                && index
                    .checked_sub(1)
                    .is_some_and(|b| b >= floor && is_any(text, tokens, b, &["in", "over", "during", "for", "within"]))
            {
                first = index - 1;
            }
            let mut end = index + 3;
            if let Lex::Weekday(_) = noun.lex
                && tok(tokens, end).is_some_and(|t| t.lex == Lex::DayPart)
            {
                end += 1;
            }
            return relative_span(text, tokens, first, end);
        }
        return None;
    }
    // Holidays, from their "Day": "Waitangi Day", "Independence Day", "Mother's Day".
    if token.text(text) == "Day" && token.space_before && !token.break_before {
        let mut first = index.checked_sub(1)?;
        if tok(tokens, first).is_some_and(|t| t.kind == TokKind::Poss) {
            first = first.checked_sub(1)?;
        }
        let name = tok(tokens, first)?;
        let named = first >= floor
            && name.kind == TokKind::Word
            && name.is_capitalised(text)
            && name.text(text).len() > 2
            && !matches!(name.lex, Lex::Stop | Lex::Frame | Lex::Approx | Lex::Ordinal(_));
        if named {
            let relative = relative_text(text, tokens, first, index + 1);
            return found(
                tokens,
                first,
                index + 1,
                DateValue {
                    relative,
                    ..DateValue::default()
                },
            );
        }
    }
    // "that time", "at the time".
    if token.is(text, "that")
        && is_text(text, tokens, index + 1, "time")
        && same_line(tokens, index + 1)
        && index
            .checked_sub(1)
            .is_some_and(|b| is_any(text, tokens, b, &["at", "by", "since", "until"]))
    {
        return found(
            tokens,
            index,
            index + 2,
            DateValue {
                relative: Some("that time".to_owned()),
                ..DateValue::default()
            },
        );
    }
    // "this week", "last month", "next year", "each year", "recent years".
    let modifier = [
        "this", "last", "next", "past", "coming", "current", "every", "each", "recent",
    ]
    .iter()
    .any(|w| token.is(text, w));
    if modifier {
        let noun = tok(tokens, index + 1)?;
        if noun.break_before
            || !is_period_noun(text, noun)
            || noun.is_capitalised(text)
                && noun.lex != Lex::Weekday(0)
                && !matches!(noun.lex, Lex::Weekday(_))
                && !noun.is(text, "year")
        {
            return None;
        }
        if let Lex::Weekday(_) = noun.lex {
            // Handled from the weekday itself.
            return None;
        }
        // "recent years" wants a plural, "this year" a singular; "last years" and "past
        // months" take either.
        let plural = noun.text(text).ends_with('s');
        let either = token.is(text, "last") || token.is(text, "past");
        if !either && plural != token.is(text, "recent") {
            return None;
        }
        if (token.is(text, "every") || token.is(text, "each")) && !matches!(noun.lex, Lex::TimeUnit(_)) {
            return None;
        }
        // "his every day life": an adjective before a noun, not a frequency.
        if (token.is(text, "every") || token.is(text, "each"))
            && tok(tokens, index + 2).is_some_and(|n| {
                n.kind == TokKind::Word && n.lex == Lex::Other && !n.break_before && !n.is_capitalised(text)
            })
        {
            return None;
        }
        // "this half" means nothing alone.
        if noun.is(text, "half") || noun.is(text, "term") || noun.is(text, "session") {
            return None;
        }
        let mut end = index + 2;
        if tok(tokens, end).is_some_and(|t| t.lex == Lex::DayPart && !t.break_before) {
            end += 1;
        }
        return relative_date(text, tokens, index, end, floor);
    }
    None
}

/// "the first half", "the 20th minute", "the fourth or fifth day", "second year":
/// an ordinal of a unit of time.
fn ordinal_period(
    text: &str,
    tokens: &[Token],
    index: usize,
    mut after: usize,
    floor: usize,
) -> Option<(Found, usize)> {
    // "fourth or fifth day".
    if is_text(text, tokens, after, "or") {
        let other = tok(tokens, after + 1)?;
        if matches!(other.lex, Lex::Ordinal(_)) {
            after += 2;
        } else if other.kind == TokKind::Num
            && tok(tokens, after + 2)
                .is_some_and(|s| !s.space_before && matches!(s.text(text), "st" | "nd" | "rd" | "th"))
        {
            after += 3;
        }
    }
    let noun = tok(tokens, after)?;
    if noun.break_before || noun.kind != TokKind::Word {
        return None;
    }
    let is_unit = match noun.lex {
        Lex::TimeUnit(_) => !noun.text(text).ends_with('s') && noun.text(text).len() > 2,
        _ => ["half", "quarter", "century", "anniversary", "millennium"]
            .iter()
            .any(|w| noun.is(text, w)),
    };
    if !is_unit {
        return None;
    }
    // "a second" is a unit of time, not an ordinal.
    let mut first = index;
    if index
        .checked_sub(1)
        .is_some_and(|b| b >= floor && is_text(text, tokens, b, "the"))
    {
        first = index - 1;
    }
    let relative = relative_text(text, tokens, first, after + 1);
    found(
        tokens,
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

#[allow(clippy::too_many_lines, reason = "one case per shape of date")]
fn number_date(text: &str, tokens: &[Token], index: usize, floor: usize) -> Option<(Found, usize)> {
    let token = tok(tokens, index)?;
    let raw = token.text(text);
    // Digits glued to letters or to a preceding word are codes: "IE6", "A320".
    if !token.space_before
        && !token.break_before
        && let Some(prev) = index.checked_sub(1).and_then(|i| tok(tokens, i))
    {
        if matches!(prev.kind, TokKind::Word | TokKind::Num) {
            return None;
        }
        // A minus or a currency sign makes it an amount; "mid-1990s" stays a date.
        let p = prev.text(text);
        if (p == "-"
            && !index
                .checked_sub(2)
                .is_some_and(|i| is_any(text, tokens, i, &["mid", "pre", "post", "early", "late"])))
            || matches!(
                p,
                "$" | "€" | "£" | "−" | "~" | "∼" | "<" | ">" | "≥" | "≤" | "#" | "/" | "." | "+" | "±"
            )
        {
            return None;
        }
    }
    let next = tok(tokens, index + 1);
    let glued_next = next.filter(|n| !n.space_before && !n.break_before);
    let small = raw.len() <= 2 && raw.bytes().all(|b| b.is_ascii_digit());

    // Times: "22:30", "6:00am", "3 p.m.", "3pm", "15:11 GMT".
    if small {
        let hour = raw.parse::<u32>().ok()?;
        let mut end = index + 1;
        let mut clock = false;
        if glued_next.is_some_and(|n| n.text(text) == ":")
            && let Some(minutes) =
                tok(tokens, index + 2).filter(|m| !m.space_before && m.kind == TokKind::Num && m.text(text).len() == 2)
        {
            let minute = minutes.text(text).parse::<u32>().ok()?;
            if hour <= 24 && minute < 60 {
                end = index + 3;
                clock = true;
            }
        }
        let mut meridiem = false;
        if let Some(_m) =
            tok(tokens, end).filter(|m| !m.break_before && m.kind == TokKind::Word && is_meridiem(m.text(text)))
            && hour <= 12
        {
            meridiem = true;
            end += 1;
        }
        let mut zone = false;
        if (clock || meridiem)
            && tok(tokens, end).is_some_and(|z| !z.break_before && z.space_before && is_time_zone(z.text(text)))
        {
            zone = true;
            end += 1;
        }
        let context = index.checked_sub(1).is_some_and(|b| {
            is_any(
                text,
                tokens,
                b,
                &[
                    "at", "by", "until", "till", "from", "before", "after", "around", "about", "since", "to", "and",
                    "of",
                ],
            )
        });
        if meridiem
            || zone
            || (clock
                && (context
                    || hour >= 10
                        && tok(tokens, index + 2)
                            .is_some_and(|m| m.text(text).ends_with('0') || m.text(text).ends_with('5'))))
        {
            let time = relative_text(text, tokens, index, end);
            return found(
                tokens,
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
    if let Some((day, day_end)) = day_at(text, tokens, index) {
        let of = is_text(text, tokens, day_end, "of");
        let month_index = if of { day_end + 1 } else { day_end };
        if let Some((month, mut end)) = tok(tokens, month_index)
            .filter(|t| !t.break_before)
            .and_then(|_| month_at(text, tokens, month_index))
        {
            let mut value = DateValue {
                month: Some(month),
                day: Some(day),
                ..DateValue::default()
            };
            let comma = is_text(text, tokens, end, ",");
            let year_index = if comma { end + 1 } else { end };
            if let Some(year) = year_at(text, tokens, year_index).filter(|_| same_line(tokens, year_index)) {
                value.year = Some(year);
                end = year_index + 1;
            }
            let mut first = index;
            if of
                && index
                    .checked_sub(1)
                    .is_some_and(|b| b >= floor && is_text(text, tokens, b, "the"))
            {
                first = index - 1;
            }
            return found(tokens, first, end, value);
        }
        // "the 20th century", "the 62nd minute".
        if day_end == index + 2
            && let Some(period) = ordinal_period(text, tokens, index, day_end, floor)
        {
            return Some(period);
        }
    }
    // An ordinal in digits larger than a day: "the 21st century" is covered above only up to 31.
    if glued_next.is_some_and(|n| matches!(n.text(text), "st" | "nd" | "rd" | "th")) {
        return ordinal_period(text, tokens, index, index + 2, floor);
    }

    // Decades: "the 1990s", "1960s", "mid-1990s".
    if raw.len() == 4 && raw.ends_with('0') && glued_next.is_some_and(|n| n.text(text) == "s") {
        let decade = raw.parse::<i32>().ok()?;
        let mut first = index;
        if let Some(b) = index.checked_sub(1).filter(|&b| b >= floor) {
            if is_any(text, tokens, b, &["the", "early", "mid", "late"]) {
                first = b;
                if b.checked_sub(1)
                    .is_some_and(|t| t >= floor && is_text(text, tokens, t, "the"))
                {
                    first = b - 1;
                }
            } else if is_text(text, tokens, b, "-")
                && b.checked_sub(1)
                    .is_some_and(|m| m >= floor && is_any(text, tokens, m, &["mid", "early", "late"]))
            {
                first = b - 1;
            }
        }
        return found(
            tokens,
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
        && next.is_some_and(|z| z.space_before && !z.break_before && is_time_zone(z.text(text)))
        && raw.parse::<u32>().is_ok_and(|hhmm| hhmm / 100 < 24 && hhmm % 100 < 60)
    {
        let time = relative_text(text, tokens, index, index + 2);
        return found(
            tokens,
            index,
            index + 2,
            DateValue {
                time,
                ..DateValue::default()
            },
        );
    }
    // Years.
    let year = year_at(text, tokens, index)?;
    let prev = index
        .checked_sub(1)
        .filter(|&b| b >= floor)
        .and_then(|b| tok(tokens, b));
    let prev_date_word = prev.is_some_and(|p| !token.break_before && DATE_PREPOSITIONS.iter().any(|w| p.is(text, w)));
    if let Some(n) = glued_next
        && (n.kind == TokKind::Word
            || matches!(n.text(text), "%" | "°" | "." | ",")
                && tok(tokens, index + 2).is_some_and(|t| !t.space_before && t.kind == TokKind::Num))
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
        let unitish = super::lexicon::unit_after(n.text(text)).is_some()
            || matches!(n.text(text), "%" | "°" | "-" | "×") && !n.space_before;
        if unitish && !(n.text(text) == "-" || n.text(text) == "–") {
            return None;
        }
        if n.kind == TokKind::Word && !n.is_capitalised(text) && matches!(n.lex, Lex::Other) && !prev_date_word {
            let determiner = prev.is_some_and(|p| {
                p.is(text, "the") || p.kind == TokKind::Poss || p.is(text, "its") || p.is(text, "their")
            });
            if !determiner {
                let plural = n.text(text).ends_with('s');
                if plural || year < 1800 {
                    return None;
                }
            }
        }
        // "2010-2014", "2010–14": one range.
        if matches!(n.text(text), "-" | "–")
            && !n.space_before
            && let Some(other) = tok(tokens, index + 2).filter(|o| !o.space_before && o.kind == TokKind::Num)
        {
            let other_raw = other.text(text);
            let until = match other_raw.len() {
                4 => year_at(text, tokens, index + 2),
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
        if p.is(text, "in") && !token.break_before {
            // "in 2014": the preposition is what makes a bare number a date.
            first = index - 1;
        } else if (p.is(text, "early") || p.is(text, "late") || p.is(text, "mid")) && !token.break_before {
            first = index - 1;
        } else if p.text(text) == "-"
            && !p.space_before
            && index
                .checked_sub(2)
                .is_some_and(|m| m >= floor && is_any(text, tokens, m, &["mid", "early", "late"]))
        {
            first = index - 2;
        }
    }
    found(tokens, first, end, value)
}

#[cfg(test)]
mod tests {
    use crate::extract::extract;
    use crate::model::{DateValue, Kind, Value};

    fn dates(text: &str) -> Vec<String> {
        extract(text)
            .into_iter()
            .filter(|d| d.kind == Kind::Date)
            .map(|d| text[d.start..d.end].to_owned())
            .collect()
    }

    fn first_date(text: &str) -> DateValue {
        extract(text)
            .into_iter()
            .find_map(|d| match d.value {
                Some(Value::Date(v)) => Some(v),
                _ => None,
            })
            .expect("a date")
    }

    #[test]
    fn absolute_dates() {
        assert_eq!(dates("a meeting in January 9-10, followed by"), ["January 9-10"]);
        assert_eq!(dates("on Jan. 12 the"), ["Jan. 12"]);
        assert_eq!(dates("from 13th January 2022 on"), ["13th January 2022"]);
        assert_eq!(dates("was captured in 2014 and"), ["in 2014"]);
        assert_eq!(dates("since the 1990s."), ["the 1990s"]);
        assert_eq!(dates("scheduled for January 13th."), ["January 13th"]);
        assert_eq!(
            dates("Monday, May 18, 2015\nOn Friday"),
            ["Monday", "May 18, 2015", "Friday"]
        );
        let v = first_date("January 9-10");
        assert_eq!(
            (v.month, v.day, v.until.and_then(|u| u.day)),
            (Some(1), Some(9), Some(10))
        );
        assert_eq!(first_date("May 18, 2015").year, Some(2015));
    }

    #[test]
    fn months_that_are_words() {
        assert!(dates("You may go. They march on.").is_empty());
        assert_eq!(dates("talks in January could"), ["January"]);
        assert_eq!(dates("in May the"), ["May"]);
    }

    #[test]
    fn relative_dates_and_times() {
        assert_eq!(dates("first time earlier this week, although"), ["earlier this week"]);
        assert_eq!(dates("a report over the weekend that"), ["over the weekend"]);
        assert_eq!(dates("died yesterday afternoon."), ["yesterday afternoon"]);
        assert_eq!(dates("two years ago."), ["two years ago"]);
        assert_eq!(dates("at 3 p.m. on Thursday night"), ["3 p.m.", "Thursday night"]);
        assert_eq!(dates("closed at 22:30, and"), ["22:30"]);
        assert_eq!(dates("in the 20th century"), ["the 20th century"]);
        assert_eq!(dates("last year and next month"), ["last year", "next month"]);
        assert_eq!(
            first_date("earlier this week").relative.as_deref(),
            Some("earlier this week")
        );
        assert_eq!(
            dates("by the end of the year and the start of March"),
            ["the end of the year", "the start of March"]
        );
        assert_eq!(first_date("the start of March").month, Some(3));
        assert_eq!(
            dates("on Waitangi Day, on Mother's Day and the year before."),
            ["Waitangi Day", "Mother's Day", "the year before"]
        );
        assert_eq!(
            dates("In the coming days and the next day, but not in his every day life."),
            ["In the coming days", "the next day"]
        );
        assert_eq!(
            dates("profit rose from $3.8 billion a year earlier."),
            ["a year earlier"]
        );
    }

    #[test]
    fn amounts_are_not_years() {
        assert!(dates("1500 soldiers and 2000 m and 1,999 votes").is_empty());
    }
}
