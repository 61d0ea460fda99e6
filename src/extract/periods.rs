//! Named periods of the calendar: parts of a year ("the fourth quarter", "the first half of
//! 2023", "Q3 2024", "first-quarter"), fiscal years ("fiscal 2023", "FY2024", "the 2022-23
//! financial year"), periods named by a year ("the 2019 period", "the 2021 season") and
//! holidays ("Christmas Eve", "Labour Day", "Mother's Day").
//!
//! Extents follow TimeML TIMEX3 (one expression from its determiner to its last time word,
//! "of 2023" included because it anchors the part); see `dates/mod.rs` for where claimdesk differs (a part of a year with no year is likely).

use super::cursor::Cursor;
use super::dates::year_at;
use super::lexicon::{HOLIDAY_TAILS, Lex, PERIOD_DETERMINERS, YEAR_KINDS, YEAR_PARTS, YEAR_PERIOD_NOUNS};
use super::recognizer::{Hit, Recognizer, Scope};
use super::token::TokKind;
use crate::model::{DateValue, Kind, Value};

/// Named periods (see the module docs).
pub(crate) struct Periods;

impl Recognizer for Periods {
    fn name(&self) -> &'static str {
        "periods"
    }

    fn scope(&self) -> Scope {
        Scope::Anchored
    }

    fn at(&self, cursor: Cursor<'_>, index: usize, floor: usize) -> Option<Hit> {
        let token = cursor.tok(index)?;
        match (token.kind, token.lex) {
            (TokKind::Num, _) => coded_period(cursor, index, floor)
                .or_else(|| ranked_part(cursor, index, floor))
                .or_else(|| year_period(cursor, index, floor)),
            (TokKind::Word, Lex::Ordinal(_)) => ranked_part(cursor, index, floor),
            (TokKind::Word, Lex::Calendar) => fiscal_year(cursor, index, floor),
            (TokKind::Word, Lex::Holiday) if cursor.is(index, "eve") => day_holiday(cursor, index, floor),
            (TokKind::Word, Lex::Holiday) => holiday(cursor, index, floor),
            (TokKind::Word, Lex::TimeUnit(_)) => day_holiday(cursor, index, floor),
            _ => None,
        }
    }
}

/// A date claim over `first..end` whose value is its words (and its year when known).
fn period(cur: Cursor<'_>, first: usize, end: usize, year: Option<i32>) -> Option<Hit> {
    let value = DateValue {
        year,
        relative: cur.span_text(first, end),
        ..DateValue::default()
    };
    (first < end).then(|| Hit::new(first, end, Kind::Date, Some(Value::Date(value))))
}

/// Takes in up to two determiners before `first` ("the", "its", "the last"), above `floor`.
fn with_determiner(cur: Cursor<'_>, first: usize, floor: usize) -> usize {
    let one = |at: usize| match at.checked_sub(1) {
        Some(before) if before >= floor && cur.same_line(at) && cur.is_any(before, PERIOD_DETERMINERS) => before,
        _ => at,
    };
    // Up to two: "the last financial year".
    one(one(first))
}

/// A year written right after `index` on the same line, as "2023" or "fiscal 2023": the
/// token after it and the year.
fn year_after(cur: Cursor<'_>, index: usize) -> Option<(usize, i32)> {
    if !cur.same_line(index) {
        return None;
    }
    year_at(cur, index).map(|year| (index + 1, year))
}

/// "of 2023", "of the year", "of this year", "of last year", "of fiscal 2024" after a part
/// of a year: the token after it and the year if one is written.
fn of_year(cur: Cursor<'_>, index: usize) -> Option<(usize, Option<i32>)> {
    if !cur.is(index, "of") || !cur.same_line(index) {
        return None;
    }
    let next = index + 1;
    if let Some((end, year)) = year_after(cur, next) {
        return Some((end, Some(year)));
    }
    if cur.is_any(next, PERIOD_DETERMINERS) && cur.is(next + 1, "year") && cur.same_line(next + 1) {
        return Some((next + 2, None));
    }
    if cur.lex(next) == Lex::Calendar
        && let Some((end, year)) = year_after(cur, next + 1)
    {
        return Some((end, Some(year)));
    }
    None
}

/// A part of a year ranked by an ordinal: "the fourth quarter", "the first half of 2023",
/// "its third quarter", "3rd quarter", "first-quarter" (as an adjective).
fn ranked_part(cur: Cursor<'_>, index: usize, floor: usize) -> Option<Hit> {
    // The rank: a word ordinal, or digits with a glued st/nd/rd/th.
    let (rank, mut after) = match cur.lex(index) {
        Lex::Ordinal(rank) => (u32::from(rank), index + 1),
        _ if cur.kind_is(index, TokKind::Num)
            && cur.glued(index + 1)
            && cur.is_any(index + 1, &["st", "nd", "rd", "th"]) =>
        {
            (cur.word(index).parse::<u32>().ok()?, index + 2)
        }
        _ => return None,
    };
    // "first-quarter profit": the hyphenated adjective is the whole period.
    let hyphenated = cur.is(after, "-") && cur.glued(after) && cur.glued(after + 1);
    if hyphenated {
        after += 1;
    }
    let part = cur.tok(after).filter(|t| !t.break_before)?;
    let &(_, parts) = YEAR_PARTS.iter().find(|(word, _)| part.is(cur.text, word))?;
    if rank == 0 || rank > u32::from(parts) {
        return None;
    }
    let mut end = after + 1;
    let mut year = None;
    let mut anchored = false;
    if !hyphenated && let Some((of_end, anchor_year)) = of_year(cur, end) {
        end = of_end;
        year = anchor_year;
        anchored = true;
    } else if !hyphenated && let Some((year_end, written)) = year_after(cur, end) {
        // "the fourth quarter 2023".
        end = year_end;
        year = Some(written);
        anchored = true;
    }
    let first = with_determiner(cur, index, floor);
    // A bare "first half" with neither a determiner nor a year is a match's half or a
    // recipe's quarter more often than a date; the date recogniser decides those.
    if first == index && year.is_none() && !hyphenated {
        return None;
    }
    // Halves without a year are a match's halves as often as a year's; leave them to the
    // dates recogniser, which keeps today's extent for "the first half".
    if parts == 2 && year.is_none() && end == after + 1 && !hyphenated {
        return None;
    }
    // With no year written or pointed at ("of last year") it is a quarter of this year, of a
    // match or of a recipe: only likely a date.
    let hit = period(cur, first, end, year)?;
    Some(if anchored { hit } else { hit.likely() })
}

/// "Q3", "Q3 2024", "H1 2023", "FY2024", "FY23": a coded period; `index` is its number,
/// glued to the letters before it.
fn coded_period(cur: Cursor<'_>, index: usize, floor: usize) -> Option<Hit> {
    let letters = index.checked_sub(1).filter(|&l| l >= floor)?;
    if !cur.glued(index) || !cur.kind_is(letters, TokKind::Word) {
        return None;
    }
    // Glued letters or digits after it make a code: "Q3X", "H1N1".
    if cur.glued(index + 1) && cur.tok(index + 1).is_some_and(|t| t.kind != TokKind::Punct) {
        return None;
    }
    let code = cur.word(letters);
    let digits = cur.word(index);
    let year = match code {
        "Q" if matches!(digits, "1" | "2" | "3" | "4") => None,
        "H" if matches!(digits, "1" | "2") => None,
        "FY" if digits.len() == 4 => year_at(cur, index),
        "FY" if digits.len() == 2 => digits.parse::<i32>().ok().map(|yy| 2000 + yy),
        _ => return None,
    };
    let mut end = index + 1;
    let mut year = year;
    if year.is_none()
        && let Some((year_end, written)) = year_after(cur, end)
    {
        end = year_end;
        year = Some(written);
    }
    period(cur, letters, end, year)
}

/// "fiscal 2023", "fiscal year 2023", "the fiscal year", "last financial year", "FY 2024".
fn fiscal_year(cur: Cursor<'_>, index: usize, floor: usize) -> Option<Hit> {
    let mut end = index + 1;
    let said_year = cur.is(end, "year") && cur.same_line(end);
    if said_year {
        end += 1;
    }
    let mut year = None;
    if let Some((year_end, written)) = year_after(cur, end) {
        end = year_end;
        year = Some(written);
        // "fiscal 2022-23".
        if cur.is_any(end, &["-", "–"]) && cur.glued(end) && cur.glued(end + 1) && cur.kind_is(end + 1, TokKind::Num)
        {
            end += 2;
        }
    }
    let first = with_determiner(cur, index, floor);
    // "fiscal policy", "financial crisis": only a year, or "year" after a determiner, makes
    // the word a period.
    if year.is_none() && !(said_year && first < index) {
        return None;
    }
    // "FY" alone is upper case; "fy" in running text is something else.
    if cur.is(index, "fy") && cur.word(index) != "FY" {
        return None;
    }
    period(cur, first, end, year)
}

/// "the 2019 period", "the 2022-23 season", "the 2024 fiscal year": a period named by its
/// year; `index` is the year.
fn year_period(cur: Cursor<'_>, index: usize, floor: usize) -> Option<Hit> {
    let year = year_at(cur, index)?;
    let mut end = index + 1;
    // "2022-23", "2015–2019".
    if cur.is_any(end, &["-", "–"]) && cur.glued(end) && cur.glued(end + 1) && cur.kind_is(end + 1, TokKind::Num) {
        end += 2;
    }
    if cur.is_any(end, YEAR_KINDS) && cur.is(end + 1, "year") {
        end += 1;
    }
    if !cur.same_line(end) || !cur.is_any(end, YEAR_PERIOD_NOUNS) {
        return None;
    }
    end += 1;
    let first = with_determiner(cur, index, floor);
    // Without a determiner "2019 season tickets" is still a period, but "in 2019 half of
    // them" is not: ask for a determiner unless the noun is "period" or "season".
    if first == index && !cur.is_any(end - 1, &["period", "season"]) {
        return None;
    }
    period(cur, first, end, Some(year))
}

/// "Christmas", "Christmas Eve", "Easter Sunday", "Ramadan": a holiday named by its own word.
fn holiday(cur: Cursor<'_>, index: usize, floor: usize) -> Option<Hit> {
    // "Johnnie Christmas": after a capitalised word inside a sentence it is a surname.
    let surname = cur.same_line(index)
        && cur
            .before(index)
            .is_some_and(|p| p.kind == TokKind::Word && p.is_capitalised(cur.text) && p.space_before);
    if !cur.capitalised(index) || surname {
        return None;
    }
    let mut end = index + 1;
    let tail = cur.tok(end).filter(|t| !t.break_before);
    if tail.is_some_and(|t| HOLIDAY_TAILS.iter().any(|w| t.text(cur.text) == *w) || matches!(t.lex, Lex::Weekday(_))) {
        end += 1;
    }
    // "Christmas tree", "Easter egg": a lower-case noun after the name makes it an adjective.
    if end == index + 1
        && cur.tok(end).is_some_and(|t| {
            t.kind == TokKind::Word && t.lex == Lex::Other && !t.is_capitalised(cur.text) && !t.break_before
        })
    {
        return None;
    }
    let first = with_determiner(cur, index, floor);
    period(cur, first, end, None)
}

/// "Labour Day", "Mother's Day", "New Year's Eve": a holiday named by the words before its
/// "Day"; `index` is "Day" (capitalised, after a capitalised name).
fn day_holiday(cur: Cursor<'_>, index: usize, floor: usize) -> Option<Hit> {
    let token = cur.tok(index)?;
    if !matches!(token.text(cur.text), "Day" | "Eve") || !token.space_before || token.break_before {
        return None;
    }
    let mut first = index.checked_sub(1)?;
    if cur.kind_is(first, TokKind::Poss) {
        first = first.checked_sub(1)?;
    }
    let name = cur.tok(first)?;
    let named = first >= floor
        && name.kind == TokKind::Word
        && name.is_capitalised(cur.text)
        && name.text(cur.text).len() > 2
        && !matches!(
            name.lex,
            Lex::Stop | Lex::Frame | Lex::Approx | Lex::Ordinal(_) | Lex::Weekday(_)
        );
    if !named {
        return None;
    }
    // "New Year's Day": one more capitalised word of the name.
    if let Some(before) = first.checked_sub(1)
        && before >= floor
        && cur.same_line(first)
        && cur.capitalised(before)
        && cur.lex(before) == Lex::Other
        && cur.is(before, "New")
    {
        first = before;
    }
    period(cur, first, index + 1, None)
}

#[cfg(test)]
mod tests {
    use crate::extract::cases::{Case, check, likely, no, yes};
    use crate::model::Kind::Date;

    /// Sentences written for these rules; none is from a gold set.
    const CASES: &[Case] = &[
        // Parts of a year ranked by an ordinal.
        likely(
            "Profit fell in the fourth quarter, the bank said.",
            "the fourth quarter",
            Date,
        ),
        likely("Its second quarter was the weakest.", "Its second quarter", Date),
        yes(
            "Sales rose in the first half of 2023 as prices eased.",
            "the first half of 2023",
            Date,
        ),
        yes(
            "Its third quarter of last year was weak.",
            "Its third quarter of last year",
            Date,
        ),
        yes("The 3rd quarter of 2021 set a record.", "The 3rd quarter of 2021", Date),
        likely(
            "The firm posted first-quarter profit of $2 million.",
            "first-quarter",
            Date,
        ),
        yes(
            "The fourth quarter of 2019 was a record.",
            "The fourth quarter of 2019",
            Date,
        ),
        yes(
            "The second half of the year looks better.",
            "The second half of the year",
            Date,
        ),
        no("Only a quarter of the cake was left.", "quarter", Date),
        // Coded periods.
        yes("Revenue in Q3 2024 beat forecasts.", "Q3 2024", Date),
        yes("Shipments slowed in Q2, then recovered.", "Q2", Date),
        yes("The plan covers FY2025 and beyond.", "FY2025", Date),
        yes("Results for H1 2022 are due.", "H1 2022", Date),
        no("The Q7 model and the H1N1 virus.", "Q7", Date),
        // Fiscal years.
        yes(
            "The agency spent more in fiscal 2023 than planned.",
            "fiscal 2023",
            Date,
        ),
        yes("Debt grew during fiscal year 2021.", "fiscal year 2021", Date),
        yes(
            "Losses narrowed in the last financial year.",
            "the last financial year",
            Date,
        ),
        yes("The budget for fiscal 2022-23 was cut.", "fiscal 2022-23", Date),
        no("The fiscal policy of the council was unclear.", "fiscal", Date),
        no("A financial crisis followed.", "financial", Date),
        // Periods named by a year.
        yes("Prices were flat over the 2019 period.", "the 2019 period", Date),
        yes("He retired after the 2021 season ended.", "the 2021 season", Date),
        yes(
            "Grants for the 2022-23 school year were late.",
            "the 2022-23 school year",
            Date,
        ),
        yes("Spending in the 2024 fiscal year rose.", "the 2024 fiscal year", Date),
        // Holidays.
        yes("Stores close early on Christmas Eve.", "Christmas Eve", Date),
        yes("They met again at Easter.", "Easter", Date),
        yes("Fasting ends after Ramadan, officials said.", "Ramadan", Date),
        yes("Parades are held on Labour Day each year.", "Labour Day", Date),
        yes("Calls peak on Mother's Day.", "Mother's Day", Date),
        yes("Fireworks lit up the sky on New Year's Day.", "New Year's Day", Date),
        yes("Crowds gathered on New Year's Eve downtown.", "New Year's Eve", Date),
        yes("The shops shut early on Hogmanay Eve.", "Hogmanay Eve", Date),
        yes(
            "Flights were full on Christmas Eve and Boxing Day.",
            "Christmas Eve",
            Date,
        ),
        yes("Flights were full on Christmas Eve and Boxing Day.", "Boxing Day", Date),
        no("Eve Smith said the vote was close.", "Eve", Date),
        no("Adam and Eve left the garden.", "Eve", Date),
        no("On the eve of the vote, rallies grew.", "eve", Date),
        no("They sold a Christmas tree.", "Christmas", Date),
        // A holiday and its stretch: period, season, break.
        yes("Sales jumped over the Christmas period.", "the Christmas period", Date),
        yes("Roads were busy during the Easter break.", "the Easter break", Date),
        yes("Hiring slows in the Ramadan season.", "the Ramadan season", Date),
        no("The book is drawn by Johnnie Christmas.", "Christmas", Date),
    ];

    #[test]
    fn cases() {
        check(CASES);
    }
}
