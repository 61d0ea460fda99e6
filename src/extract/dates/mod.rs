//! Dates and times: "January 9-10", "Jan. 12", "13th January 2022", "in 2014", "the 1990s",
//! "Thursday night", "3 p.m.", "yesterday", "earlier this week", "over the weekend",
//! "the 20th century", "the past decade". Named periods (quarters, fiscal years, holidays) are
//! the `periods` recogniser's.
//!
//! # How the rules are laid out
//!
//! Each rule is one function for one class of date, named by it in its comment, and tried from
//! the anchor it starts on ([`word_rules`] picks them by the anchor's word class,
//! [`number_rules`] lists those that start on digits). The first rule that matches wins. A new
//! class of date is a new function in the file of its family and a row in one of these lists:
//!
//! - [`calendar`]: dates of the calendar — month first, day first, weekdays;
//! - [`clock`]: times of day — "22:30", "3 p.m. EST", "1600 GMT", "noon";
//! - [`decades`]: "the 1990s", "the '70s", "the sixties";
//! - [`ranked`]: ordinals of a unit of time — "the 20th century", "the first half";
//! - [`relative`]: days and periods told from now or from another date — "yesterday", "the
//!   following week", "the end of the year", "this month", "at that time";
//! - [`years`]: a bare year or a range of years — "in 2014", "since 1975", "2010-2014".
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
//!   them as durations of unknown length, and they rarely hold a checkable fact;
//! - "the first half", "the second quarter" with no year: TIMEX3 marks them as dates whose
//!   year comes from the document; here they are [`Confidence::Likely`], because without a
//!   year they are a match's halves or a recipe's quarters as often as a year's.
//!
//! [`Confidence::Likely`]: crate::model::Confidence::Likely

mod calendar;
mod clock;
mod decades;
mod ranked;
mod relative;
mod years;

pub(crate) use calendar::year_at;

use super::cursor::Cursor;
use super::lexicon::{
    DATE_ADVERBS, DATE_PREFIXES, DAY_NOUNS, DECADE_WORDS, Lex, PERIOD_BOUNDARIES, PERIOD_WORDS, RELATIVE_UNITS,
    SEQUENCE_MODIFIERS, STRETCH_MODIFIERS, STRETCH_NOUNS, WordKeys,
};
use super::recognizer::{Hit, Recognizer, Scope};
use super::token::{TokKind, Token};
use crate::model::{DateValue, Kind, Value};

/// The first hit of `rules` at token `index` (reaching back no further than `floor`), each
/// rule the date of its class whose anchor is that token, tried in order. The rules are
/// called directly, not through a list of function pointers: the walk asks at every "the".
macro_rules! first_rule {
    ($cur:expr, $index:expr, $floor:expr; $($rule:path),+ $(,)?) => {{
        let (cur, index, floor) = ($cur, $index, $floor);
        None$(.or_else(|| $rule(cur, index, floor)))+
    }};
}

/// The rules that can start on a word, by the word's class (a month name starts only month
/// dates, and so on); the rest start on "the", "that" or a modifier such as "this".
fn word_rules(cur: Cursor<'_>, index: usize, floor: usize, lex: Lex) -> Option<Hit> {
    match lex {
        Lex::Month(_) => first_rule!(cur, index, floor; calendar::month_first),
        Lex::Weekday(_) => first_rule!(cur, index, floor; calendar::weekday),
        Lex::RelDay => first_rule!(cur, index, floor; relative::named_day),
        Lex::DayPart => first_rule!(cur, index, floor; clock::clock_word),
        Lex::Ordinal(_) => first_rule!(cur, index, floor; ranked::ranked_word),
        // "the", the most common anchor, starts only the first five and only before one of
        // their words: one look-up instead of five rules.
        _ if cur.is(index, "the") && !may_follow_the(cur, index + 1) => None,
        _ => first_rule!(cur, index, floor;
            relative::unit_compound,
            relative::part_of_period,
            relative::stretch_of_date,
            decades::decade_word,
            relative::unit_before_after,
            relative::the_day_noun,
            relative::sequence_period,
            relative::that_time,
            relative::modified_period,
        ),
    }
}

/// Whether token `next`, after "the", is a word one of the rules that start on "the" needs
/// there: a boundary of a period ([`relative::part_of_period`]), a decade in words
/// ([`decades::decade_word`]), a unit told from a date ([`relative::unit_before_after`]), a
/// day noun or a part of the day ([`relative::the_day_noun`]), a sequence modifier
/// ([`relative::sequence_period`]). Their tables, searched as one.
fn may_follow_the(cur: Cursor<'_>, next: usize) -> bool {
    const TABLES: [&[&str]; 7] = [
        PERIOD_BOUNDARIES,
        DECADE_WORDS,
        RELATIVE_UNITS,
        DAY_NOUNS,
        SEQUENCE_MODIFIERS,
        STRETCH_NOUNS,
        STRETCH_MODIFIERS,
    ];
    static KEYS: WordKeys = WordKeys::new(|at| TABLES.iter().flat_map(|table| table.iter()).nth(at).copied());
    matches!(cur.lex(next), Lex::DayPart | Lex::Ordinal(_))
        || cur
            .tok(next)
            .is_some_and(|token| KEYS.first_row(token.text(cur.text).as_bytes()).is_some())
}

/// The rules that start on digits, in order: a clock time before a day ("9:30" is no 9th),
/// a day before a year, a decade or a zone-marked time before a bare year.
fn number_rules(cur: Cursor<'_>, index: usize, floor: usize) -> Option<Hit> {
    first_rule!(cur, index, floor;
        calendar::day_month,
        ranked::ranked_digits,
        decades::decade_digits,
        clock::military_time,
        years::year,
    )
}

/// The date or time that starts at token `index`, if any.
pub(crate) fn date_at(cur: Cursor<'_>, index: usize, floor: usize) -> Option<Hit> {
    let token = cur.tok(index)?;
    match token.kind {
        TokKind::Word => word_rules(cur, index, floor, token.lex),
        TokKind::Num => number_date(cur, index, floor),
        TokKind::Punct if matches!(token.text(cur.text), "'" | "’") => decades::apostrophe_decade(cur, index, floor),
        _ => None,
    }
}

/// A date that starts on digits, unless the digits are part of a code or an amount.
fn number_date(cur: Cursor<'_>, index: usize, floor: usize) -> Option<Hit> {
    if is_code_or_amount(cur, index) {
        return None;
    }
    if let Some(time) = clock::clock_time(cur, index) {
        return Some(time);
    }
    // A clock reading that is no time ("a 12:30 ratio") is no day or year either.
    if clock::clock_reading(cur, index).is_some() {
        return None;
    }
    number_rules(cur, index, floor)
}

/// Digits glued to letters or to a word before them are codes ("IE6", "A320"); after a minus,
/// a currency sign or a comparison they are an amount. "mid-1990s" stays a date.
fn is_code_or_amount(cur: Cursor<'_>, index: usize) -> bool {
    let Some(token) = cur.tok(index) else {
        return true;
    };
    if token.space_before || token.break_before {
        return false;
    }
    let Some(prev) = cur.before(index) else {
        return false;
    };
    if matches!(prev.kind, TokKind::Word | TokKind::Num) {
        return true;
    }
    let p = prev.text(cur.text);
    (p == "-" && !index.checked_sub(2).is_some_and(|i| cur.is_any(i, DATE_PREFIXES)))
        || matches!(
            p,
            "$" | "€" | "£" | "−" | "~" | "∼" | "<" | ">" | "≥" | "≤" | "#" | "/" | "." | "+" | "±"
        )
}

/// A date claim over tokens `first..end` with `value`.
fn found(first: usize, end: usize, value: DateValue) -> Option<Hit> {
    (first < end).then(|| Hit::new(first, end, Kind::Date, Some(Value::Date(value))))
}

/// A date over tokens `first..end` whose value is its own words ("the following week").
fn relative_span(cur: Cursor<'_>, first: usize, end: usize) -> Option<Hit> {
    found(
        first,
        end,
        DateValue {
            relative: cur.span_text(first, end),
            ..DateValue::default()
        },
    )
}

/// A time of day over tokens `first..end` whose value is its own words ("3 p.m. EST").
fn time_span(cur: Cursor<'_>, first: usize, end: usize) -> Option<Hit> {
    found(
        first,
        end,
        DateValue {
            time: cur.span_text(first, end),
            ..DateValue::default()
        },
    )
}

/// A relative date over tokens `index..end`, with the frame adverb before it ("earlier this
/// week", "over the weekend") taken in.
fn relative_date(cur: Cursor<'_>, index: usize, end: usize, floor: usize) -> Option<Hit> {
    relative_span(cur, frame_before(cur, index, floor), end)
}

/// Extends a date leftwards over one frame adverb: "earlier", "later", "early", "late", "over".
fn frame_before(cur: Cursor<'_>, first: usize, floor: usize) -> usize {
    let Some(before) = first.checked_sub(1).filter(|&b| b >= floor) else {
        return first;
    };
    if !cur.same_line(first) {
        return first;
    }
    if cur.is_any(before, DATE_ADVERBS) && !cur.is(before, "since") {
        return before;
    }
    first
}

/// Takes in a "the" right before `first`, above `floor`.
fn with_the(cur: Cursor<'_>, first: usize, floor: usize) -> usize {
    match first.checked_sub(1) {
        Some(before) if before >= floor && cur.is(before, "the") => before,
        _ => first,
    }
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
mod tests;
