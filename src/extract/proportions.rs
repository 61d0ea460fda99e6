//! Proportions: a share of something, "a fifth of the $2 billion", "about half of the funds",
//! "two-thirds of voters", "one in five adults", "one out of every $20", and a change by a
//! share, "fell by a third", "cut by half".
//!
//! The claim runs from the fraction to the end of what it is a share of, amounts included,
//! because "a fifth" alone says nothing an analyst can check. After "by" the share is of what
//! changed, which the sentence names before its verb: the claim is the fraction. Fraction words are the
//! [`FRACTIONS`] table; ordinals mean fractions only here, after a numerator and before "of".

use super::cursor::Cursor;
use super::lexicon::{FRACTIONS, Lex, SHARE_DETERMINERS, SHARE_PRONOUNS, WordKeys};
use super::numbers::number_at;
use super::quantity::{Quantities, approx_before, countable_word, is_plural};
use super::recognizer::{Hit, Recognizer, Scope};
use super::token::TokKind;
use crate::model::{Kind, Quantity, Value};

/// Proportions (see the module docs).
pub(crate) struct Proportions;

impl Recognizer for Proportions {
    fn name(&self) -> &'static str {
        "proportions"
    }

    fn scope(&self) -> Scope {
        Scope::Anchored
    }

    fn at(&self, cursor: Cursor<'_>, index: usize, floor: usize) -> Option<Hit> {
        fraction(cursor, index, floor).or_else(|| one_in_n(cursor, index, floor))
    }
}

/// The denominator a fraction word at `index` stands for.
fn denominator(cur: Cursor<'_>, index: usize) -> Option<f64> {
    static KEYS: WordKeys = WordKeys::new(|at| FRACTIONS.get(at).map(|(word, _)| *word));
    let token = cur.tok(index).filter(|t| t.kind == TokKind::Word)?;
    let row = KEYS.first_row(token.text(cur.text).as_bytes())?;
    FRACTIONS.get(row).map(|&(_, parts)| f64::from(parts))
}

/// What the share is of, starting at `index` (just past "of"): an amount ("the $2 billion"),
/// a noun phrase ("all voters", "the funds") or a pronoun ("them"). Returns its end and
/// its text.
fn share_of(cur: Cursor<'_>, index: usize) -> Option<(usize, Option<String>)> {
    if !cur.same_line(index) {
        return None;
    }
    if cur.is_any(index, SHARE_PRONOUNS) {
        return Some((index + 1, cur.span_text(index, index + 1)));
    }
    let mut first = index;
    if cur.is_any(first, SHARE_DETERMINERS) {
        first += 1;
    }
    // "the $2 billion", "the 300 staff": the amount is part of the share.
    if let Some(amount) = amount_at(cur, first) {
        return Some((amount.tokens.end, cur.span_text(index, amount.tokens.end)));
    }
    let mut end = first;
    // Up to three words, ending at the first plural: "voters backed" stops at "voters".
    while end < first + 3 && cur.tok(end).is_some_and(|t| countable_word(cur.text, t)) {
        end += 1;
        if is_plural(cur.word(end - 1)) {
            break;
        }
    }
    (end > first).then(|| (end, cur.span_text(index, end)))
}

/// An amount that starts at token `first`, its currency sign included: "$20", "300 staff".
fn amount_at(cur: Cursor<'_>, first: usize) -> Option<Hit> {
    Quantities
        .at(cur, first, first)
        .or_else(|| Quantities.at(cur, first + 1, first))
        .filter(|hit| hit.tokens.first == first)
}

/// A proportion claim over `first..end` of `share` (0–1).
fn proportion(
    cur: Cursor<'_>,
    first: usize,
    end: usize,
    share: f64,
    counted: Option<String>,
    floor: usize,
) -> Option<Hit> {
    let (first, approx) = approx_before(cur, first, floor);
    let value = Quantity {
        low: share,
        unit: Some("share".to_owned()),
        counted,
        approx,
        ..Quantity::default()
    };
    (first < end).then(|| Hit::new(first, end, Kind::Measure, Some(Value::Quantity(value))))
}

/// The numerator of a fraction that starts at `index` and where its fraction word is: "a",
/// "one", a number word or digits ("two-thirds"); "half" stands alone.
fn numerator_at(cur: Cursor<'_>, index: usize) -> Option<(f64, usize)> {
    if cur.is(index, "half") {
        Some((1.0, index))
    } else if cur.is_any(index, &["a", "an"]) {
        Some((1.0, index + 1))
    } else {
        let number = number_at(cur, index).filter(|n| !n.vague)?;
        let hyphen = cur.is(number.end, "-") && cur.glued(number.end) && cur.glued(number.end + 1);
        Some((number.value, if hyphen { number.end + 1 } else { number.end }))
    }
}

/// A fraction at `index`, read once for both of its readings: a share of something, or a
/// change by a share.
fn fraction(cur: Cursor<'_>, index: usize, floor: usize) -> Option<Hit> {
    let (numerator, denominator_at) = numerator_at(cur, index)?;
    let parts = denominator(cur, denominator_at)?;
    let fraction = Fraction {
        numerator,
        denominator_at,
        parts,
    };
    fraction_of(cur, index, floor, &fraction).or_else(|| fraction_by(cur, index, floor, &fraction))
}

/// A numerator and its fraction word, read at a proportion's first token.
struct Fraction {
    numerator: f64,
    /// Token index of the fraction word ("third", "half").
    denominator_at: usize,
    /// What the word divides by: 3 for "third".
    parts: f64,
}

impl Fraction {
    /// The share it says: 2/3 for "two-thirds".
    fn share(&self) -> f64 {
        self.numerator / self.parts
    }
}

/// A change by a share: "sales fell by a third", "cut by half", "rose by about two-thirds".
/// Only where the fraction ends its phrase (punctuation, the line's end or a function word
/// follow): "by a third party", "by a second vote" are ranks.
fn fraction_by(cur: Cursor<'_>, index: usize, floor: usize, fraction: &Fraction) -> Option<Hit> {
    let (first, _) = approx_before(cur, index, floor);
    let by = first.checked_sub(1).filter(|&b| b >= floor)?;
    if !cur.is(by, "by") || !cur.same_line(first) {
        return None;
    }
    let end = fraction.denominator_at + 1;
    let ends_phrase = cur
        .tok(end)
        .is_none_or(|t| t.break_before || t.kind == TokKind::Punct || matches!(t.lex, Lex::Stop | Lex::Approx));
    let share = fraction.share();
    if !ends_phrase || cur.is(end, "of") || !(share > 0.0 && share <= 1.0) {
        return None;
    }
    proportion(cur, index, end, share, None, floor)
}

/// "a fifth of the $2 billion", "two-thirds of voters", "half of all staff", "half the
/// country", "three quarters of them".
fn fraction_of(cur: Cursor<'_>, index: usize, floor: usize, fraction: &Fraction) -> Option<Hit> {
    let denominator_at = fraction.denominator_at;
    // "a second of", "one fifth" are fractions only when a share follows "of"; "half the
    // country" needs no "of".
    let after = denominator_at + 1;
    let of = cur.is(after, "of") && cur.same_line(after);
    let bare_half = denominator_at == index && cur.is_any(after, SHARE_DETERMINERS) && !cur.is_any(after, &["a", "an"]);
    if !of && !bare_half {
        return None;
    }
    let share_start = if of { after + 1 } else { after };
    let (end, counted) = share_of(cur, share_start)?;
    // "the second of May", "a quarter of an hour" are dates and durations.
    if matches!(cur.lex(share_start), Lex::Month(_)) {
        return None;
    }
    let share = fraction.share();
    if !(share > 0.0 && share <= 1.0) {
        return None;
    }
    proportion(cur, index, end, share, counted, floor)
}

/// "one in five adults", "nine out of ten dentists", "one out of every $20".
fn one_in_n(cur: Cursor<'_>, index: usize, floor: usize) -> Option<Hit> {
    let part = number_at(cur, index).filter(|n| !n.vague)?;
    let mut link = part.end;
    if cur.is(link, "in") {
        link += 1;
    } else if cur.is(link, "out") && cur.is(link + 1, "of") {
        link += 2;
    } else {
        return None;
    }
    if cur.is(link, "every") {
        link += 1;
    }
    if !cur.same_line(link) {
        return None;
    }
    // "one out of every $20": the whole is an amount.
    // Only an amount that opens with its currency sign: "one in five adults" counts.
    if number_at(cur, link).is_none()
        && let Some(amount) = amount_at(cur, link).filter(|hit| hit.kind != Kind::Date)
    {
        return proportion(
            cur,
            index,
            amount.tokens.end,
            0.0,
            cur.span_text(link, amount.tokens.end),
            floor,
        );
    }
    let whole = number_at(cur, link).filter(|n| !n.vague)?;
    // "one in 2019" is a date; a share's whole is a small number.
    if whole.plain_digits.is_some_and(|digits| digits >= 4) || whole.value <= part.value || whole.value > 1000.0 {
        return None;
    }
    let mut end = whole.end;
    let mut counted = None;
    let mut noun_end = end;
    while noun_end < end + 3
        && cur.tok(noun_end).is_some_and(|t| {
            countable_word(cur.text, t) && !t.is_capitalised(cur.text)
                || t.kind == TokKind::Word
                    && t.is_capitalised(cur.text)
                    && t.text(cur.text).ends_with('s')
                    && noun_end == end
        })
    {
        noun_end += 1;
        // "one in five adults smokes": the phrase ends at its first plural.
        if is_plural(cur.word(noun_end - 1)) {
            break;
        }
    }
    if noun_end > end {
        counted = cur.span_text(end, noun_end);
        end = noun_end;
    }
    proportion(cur, index, end, part.value / whole.value, counted, floor)
}

#[cfg(test)]
mod tests {
    use crate::extract::cases::{Case, check, no, valued, yes};
    use crate::model::Kind::Measure;

    /// Sentences written for these rules; none is from a gold set.
    const CASES: &[Case] = &[
        yes(
            "Officials set aside a fifth of the $2 billion for schools.",
            "a fifth of the $2 billion",
            Measure,
        ),
        valued(
            "About half of the funds went to roads.",
            "About half of the funds",
            Measure,
            "about 0.5 share the funds",
        ),
        yes("Two-thirds of voters backed the plan.", "Two-thirds of voters", Measure),
        yes("Nearly a third of them left early.", "Nearly a third of them", Measure),
        yes("Half the voters stayed home.", "Half the voters", Measure),
        yes(
            "Three quarters of the staff agreed.",
            "Three quarters of the staff",
            Measure,
        ),
        valued(
            "One in five adults smokes.",
            "One in five adults",
            Measure,
            "0.2 share adults",
        ),
        yes("Nine out of ten dentists agree.", "Nine out of ten dentists", Measure),
        yes(
            "They keep one out of every $20 raised.",
            "one out of every $20",
            Measure,
        ),
        yes(
            "Rates rose by a quarter of a percentage point.",
            "a quarter of a percentage point",
            Measure,
        ),
        // A change by a share.
        yes("Sales fell by a third in 2020.", "a third", Measure),
        yes("Costs were cut by a quarter, the firm said.", "a quarter", Measure),
        yes("Wages rose by half over the decade.", "half", Measure),
        yes("Traffic dropped by about two-thirds.", "about two-thirds", Measure),
        no("The deal was brokered by a third party.", "a third", Measure),
        no("It was settled by a second vote.", "a second", Measure),
    ];

    #[test]
    fn cases() {
        check(CASES);
    }
}
