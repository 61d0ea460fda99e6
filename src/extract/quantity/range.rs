//! Ranges: "60,000 to 90,000", "9-10", "between 20 and 60", "from 5 to 10 mg", "1.4%–3.1%",
//! "$5 to $10", "six or seven". A dash also joins scores ("won 2-1") and telephone numbers
//! ("555-1234"): those are no amount at all.

use super::build::Draft;
use super::prefixes::symbol_approx;
use super::units::{UnitMatch, scale_suffix, unit_at};
use crate::extract::cursor::Cursor;
use crate::extract::lexicon;
use crate::extract::numbers::{Number, number_at};
use crate::extract::token::TokKind;

/// The second number of a range and what it brought along.
struct Second {
    /// Its value (negated after a minus, scaled by a glued scale).
    value: f64,
    /// The token after it (and its glued scale).
    end: usize,
    /// Its unit, if one follows.
    unit: Option<UnitMatch>,
    /// A currency sign before it.
    currency: Option<&'static str>,
    /// A minus before it: "-5 to -2".
    negative: bool,
    /// It follows the connector with no space: "9-10".
    glued: bool,
    /// The number as read.
    number: Number,
}

/// Widens the draft over a range after its first number; `None` when the dash makes the
/// numbers a score or a telephone number.
pub(super) fn range(cur: Cursor<'_>, number: &Number, floor: usize, draft: &mut Draft) -> Option<()> {
    let connector_at = draft.end;
    let Some(connector) = cur.tok(connector_at).filter(|t| !t.break_before) else {
        return Some(());
    };
    let opener = draft.first.checked_sub(1).filter(|&b| b >= floor);
    let between = opener.filter(|&b| cur.is(b, "between"));
    let from = opener.filter(|&b| cur.is(b, "from"));
    let dash = matches!(connector.text(cur.text), "-" | "–" | "—" | "‒");
    let word_link = cur.is_any(connector_at, &["to", "through"])
        || cur.is(connector_at, "and") && between.is_some()
        || cur.is(connector_at, "or") && !draft.hyphenated;
    if !(dash && !draft.hyphenated || word_link) {
        return Some(());
    }
    let Some(second) = second_number(cur, number, connector_at + 1, draft) else {
        return Some(());
    };
    let plausible = if dash && !connector.space_before && second.glued {
        second.value >= draft.low || second.negative || draft.low < 0.0
    } else if dash {
        // Spaced dashes also separate scores ("1 – 0") and clauses.
        second.value >= draft.low && (draft.unit.is_some() || second.unit.is_some())
    } else if cur.is(connector_at, "or") {
        draft.unit.is_none() && (second.value - draft.low).abs() <= 10.0 && second.value > draft.low
    } else {
        true
    };
    let is_code = cur.glued(second.end)
        && (cur.kind_is(second.end, TokKind::Num)
            || cur.kind_is(second.end, TokKind::Word)
                && second.unit.is_none()
                && scale_suffix(cur.word(second.end), true).is_none());
    // "rose 4% to 215p": two different units are two amounts; "rose 0.3% to $1.2290": a
    // currency on the second alone is another amount.
    let units_agree = match (draft.unit, second.unit.as_ref()) {
        (Some(first_unit), Some(other)) => first_unit.name == other.unit.name,
        _ => true,
    } && second
        .currency
        .is_none_or(|code| draft.currency == Some(code) || draft.currency.is_none() && draft.unit.is_none());
    // "555-1234" is a telephone number.
    let digits = |n: &Number| n.plain_digits.unwrap_or(0);
    if dash && digits(number) == 3 && digits(&second.number) == 4 {
        return None;
    }
    // "won 2-1", "Sweden 1 – 0 Korea": a score, not an amount.
    if dash && !plausible && draft.unit.is_none() && second.unit.is_none() && !second.negative {
        return None;
    }
    if plausible && !is_code && units_agree {
        draft.high = Some(second.value);
        draft.end = second.end;
        if let Some(found) = second.unit {
            if draft.unit.is_none() {
                draft.hyphenated = found.hyphenated;
            }
            draft.unit = Some(found.unit);
            draft.end = found.end;
        }
        if let Some(opener) = between.or(from) {
            draft.first = opener;
        }
    }
    Some(())
}

/// The number after a range's connector at `at - 1`, past a currency sign, an approximation
/// symbol or a minus ("from ∼20 ppm to ∼180 ppm", "$5 to $10", "-5 to -2"); like with like:
/// digits with digits, words with words.
fn second_number(cur: Cursor<'_>, number: &Number, at: usize, draft: &Draft) -> Option<Second> {
    let mut index = at;
    let currency = cur.tok(index).and_then(|t| lexicon::currency_before(t.text(cur.text)));
    if currency.is_some()
        || cur
            .tok(index)
            .is_some_and(|t| symbol_approx(t.text(cur.text)).is_some())
    {
        index += 1;
    }
    let negative = cur.is_any(index, &["−", "-"]) && cur.glued(index + 1) && cur.kind_is(index + 1, TokKind::Num);
    if negative {
        index += 1;
    }
    let glued = cur.glued(index);
    let second = number_at(cur, index)
        .filter(|n| n.spelled == number.spelled && !n.vague && cur.tok(n.first).is_some_and(|t| !t.break_before))?;
    let mut value = if negative { -second.value } else { second.value };
    let mut end = second.end;
    if cur.glued(end)
        && cur.kind_is(end, TokKind::Word)
        && let Some(scale) = scale_suffix(cur.word(end), draft.currency.is_some())
    {
        value *= scale;
        end += 1;
    }
    Some(Second {
        value,
        end,
        unit: unit_at(cur, end),
        currency,
        negative,
        glued,
        number: second,
    })
}
