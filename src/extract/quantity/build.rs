//! The claim around a number, built by a list of small steps ([`STEPS`]), each for one class
//! of what can stand around a number: a sign, a currency, a glued scale, a unit, a range, an
//! uncertainty, an approximation, what is counted. Every step reads and widens one [`Draft`];
//! a step that finds the number is no amount ends the claim (`None`).
#![expect(
    clippy::unnecessary_wraps,
    reason = "every step has the signature of a row of STEPS; most never end the claim"
)]

use super::counted::{countable_word, counted_after, is_plural};
use super::prefixes::{approx_before, duration_frame_before};
use super::range;
use super::units::{currency_before, list_with_unit, scale_suffix, unit_after_adjective, unit_at};
use crate::extract::cursor::Cursor;
use crate::extract::lexicon::{
    self, BEFORE_AFTER, Lex, NAME_DETERMINERS, RATE_LINKS, STATISTIC_ACRONYMS, STREET_WORDS, Unit,
};
use crate::extract::numbers::Number;
use crate::extract::recognizer::Hit;
use crate::extract::token::TokKind;
use crate::model::{Approx, DateValue, Kind, Quantity, Value};

/// The claim as the steps have widened it so far.
pub(super) struct Draft {
    /// First token of the claim.
    pub first: usize,
    /// Token just past the claim.
    pub end: usize,
    /// The value, or the low end of a range.
    pub low: f64,
    /// The high end of a range.
    pub high: Option<f64>,
    /// The unit after the number (or the range).
    pub unit: Option<Unit>,
    /// The unit is joined to the number by a hyphen: "50-minute".
    pub hyphenated: bool,
    /// A currency sign or code before the number.
    pub currency: Option<&'static str>,
    pub approx: Approx,
    pub kind: Kind,
    /// What is counted, for a count.
    pub counted: Option<String>,
    /// "two years ago": the duration is told from now, and the claim is a date.
    pub told_from_now: bool,
    /// What the amount is per, for a rate: "hour" in "60 miles an hour".
    pub per: Option<String>,
}

impl Draft {
    /// A unit of time after the number: the claim is a duration.
    fn is_time(&self) -> bool {
        self.unit.is_some_and(|unit| unit.secs.is_some())
    }
}

/// One step: widens the draft around `number`, or says it is no amount (`None`).
type Step = fn(Cursor<'_>, &Number, usize, &mut Draft) -> Option<()>;

/// The steps in order; each row names the class it reads.
const STEPS: &[Step] = &[
    // "−4", "-2": a minus glued to the number.
    sign,
    // "$5", "US$ 20,000", "€450m".
    currency_prefix,
    // "$6billion", "1.2m people", "3k".
    glued_scale,
    // "328 metres", "2.4%", "50-minute", "ten working days", "one second".
    unit,
    // "4.5, 6 and 13 kg": a list sharing its last item's unit.
    shared_unit,
    // "60,000 to 90,000", "between 20 and 60", "1.4%–3.1%", "six or seven".
    range::range,
    // "93.90 ± 0.15 Ma".
    uncertainty,
    // "20 dollars" read from "$20".
    currency_unit,
    // "several", "a few" only make claims about time: "a few days".
    vague_needs_time,
    // "over the past two months", "about", "more than".
    prefixes,
    // "50-minute call", "two years ago".
    duration_tail,
    // "about 2,500 protesters": what is counted.
    counted_noun,
    // "60 miles an hour", "$50 per person": a rate.
    rate,
    // "FTSE 100", "Windows 10": a number in a name.
    name_number,
];

/// The claim around `number`, if it is an amount.
pub(super) fn build(cur: Cursor<'_>, number: &Number, floor: usize) -> Option<Hit> {
    let mut draft = Draft {
        first: number.first,
        end: number.end,
        low: number.value,
        high: None,
        unit: None,
        hyphenated: false,
        currency: None,
        approx: Approx::Exact,
        kind: Kind::Measure,
        counted: None,
        told_from_now: false,
        per: None,
    };
    for step in STEPS {
        step(cur, number, floor, &mut draft)?;
    }
    finish(cur, number, draft)
}

/// The hit for a finished draft.
fn finish(cur: Cursor<'_>, number: &Number, draft: Draft) -> Option<Hit> {
    if draft.first >= draft.end {
        return None;
    }
    if draft.told_from_now {
        let value = Value::Date(DateValue {
            relative: cur.span_text(draft.first, draft.end),
            ..DateValue::default()
        });
        return Some(Hit::new(draft.first, draft.end, Kind::Date, Some(value)));
    }
    let is_time = draft.is_time();
    let unit = match (draft.unit, &draft.per) {
        (Some(unit), Some(per)) => Some(format!("{} per {per}", unit.name)),
        (None, Some(per)) => Some(format!("per {per}")),
        (unit, None) => unit.map(|u| u.name.to_owned()),
    };
    let quantity = Quantity {
        low: draft.low,
        high: draft.high,
        unit,
        counted: draft.counted,
        approx: draft.approx,
        duration_secs: draft.unit.and_then(|u| u.secs).map(|secs| secs * draft.low),
    };
    let hit = Hit::new(draft.first, draft.end, draft.kind, Some(Value::Quantity(quantity)));
    // "a few days", "several weeks": a duration of no stated length.
    Some(if number.vague && is_time { hit.likely() } else { hit })
}

/// The token before `at`, if it is above `floor`.
fn before(at: usize, floor: usize) -> Option<usize> {
    at.checked_sub(1).filter(|&b| b >= floor)
}

/// A minus glued to the number and not to a word before it: "−4", "fell to -2" (but "pre-2008"
/// is a hyphen).
fn sign(cur: Cursor<'_>, number: &Number, floor: usize, draft: &mut Draft) -> Option<()> {
    let Some(sign_index) = before(draft.first, floor) else {
        return Some(());
    };
    let glued_sign = cur.glued(draft.first);
    // "pre-2008", "Covid-19": a hyphen glued to a word before it joins a compound.
    let joins_word = cur.glued(sign_index)
        && sign_index
            .checked_sub(1)
            .and_then(|i| cur.tok(i))
            .is_some_and(|p| p.kind != TokKind::Punct);
    if glued_sign && !joins_word && !number.spelled && cur.is_any(sign_index, &["−", "-", "–"]) {
        draft.low = -draft.low;
        draft.first = sign_index;
    }
    Some(())
}

/// A currency sign or code before the number: "$5", "US$ 20,000", "EUR 30".
fn currency_prefix(cur: Cursor<'_>, _number: &Number, floor: usize, draft: &mut Draft) -> Option<()> {
    if let Some((first, code)) = currency_before(cur, draft.first, floor) {
        draft.currency = Some(code);
        draft.first = first;
    }
    Some(())
}

/// A scale glued to the number: "1.2m", "$5bn", "$6billion", "3k". A bare "m" is a metre
/// unless money or counted people or things make it a million: "1.2m people".
fn glued_scale(cur: Cursor<'_>, number: &Number, _floor: usize, draft: &mut Draft) -> Option<()> {
    let end = draft.end;
    let counted_follows = cur
        .tok(end + 1)
        .is_some_and(|n| countable_word(cur.text, n) && !n.is_capitalised(cur.text) && is_plural(n.text(cur.text)));
    if cur.glued(end)
        && cur.kind_is(end, TokKind::Word)
        && !number.spelled
        && let Some(scale) = scale_suffix(cur.word(end), draft.currency.is_some() || counted_follows)
    {
        draft.low *= scale;
        draft.end += 1;
    }
    Some(())
}

/// The unit after the number: "328 metres", "2.4%", "50-minute", "ten working days"; "one
/// second" (but "the second" is a rank: only after the number one).
fn unit(cur: Cursor<'_>, number: &Number, _floor: usize, draft: &mut Draft) -> Option<()> {
    let end = draft.end;
    if let Some(found) = unit_at(cur, end).or_else(|| unit_after_adjective(cur, end)) {
        draft.unit = Some(found.unit);
        draft.hyphenated = found.hyphenated;
        draft.end = found.end;
    } else if cur.is(end, "second") && (number.value - 1.0).abs() < f64::EPSILON {
        draft.unit = Some(Unit {
            name: "second",
            secs: Some(1.0),
        });
        draft.end += 1;
    }
    Some(())
}

/// A list sharing the last item's unit: "4.5, 6 and 13 kg", "2619.60, 2617.35, and 2614.71 m"
/// ("between 20 and 60" is a range, for the next step).
fn shared_unit(cur: Cursor<'_>, number: &Number, floor: usize, draft: &mut Draft) -> Option<()> {
    let after_between = before(draft.first, floor).is_some_and(|b| cur.is(b, "between"));
    if draft.unit.is_none()
        && !number.spelled
        && !after_between
        && let Some((list_end, list_unit)) = list_with_unit(cur, draft.end)
    {
        draft.unit = Some(list_unit.unit);
        draft.hyphenated = false;
        draft.end = list_end.max(list_unit.end);
    }
    Some(())
}

/// An uncertainty after the value belongs to it: "93.90 ± 0.15 Ma", "5.2±1.1%".
fn uncertainty(cur: Cursor<'_>, _number: &Number, _floor: usize, draft: &mut Draft) -> Option<()> {
    if cur.is(draft.end, "±")
        && cur.same_line(draft.end)
        && let Some(spread) = crate::extract::numbers::number_at(cur, draft.end + 1).filter(|n| !n.spelled)
    {
        draft.end = spread.end;
        if let Some(found) = unit_at(cur, draft.end) {
            draft.unit = draft.unit.or(Some(found.unit));
            draft.end = found.end;
        }
    }
    Some(())
}

/// Money with no unit word is in its currency: "$20" is 20 dollars.
fn currency_unit(_cur: Cursor<'_>, _number: &Number, _floor: usize, draft: &mut Draft) -> Option<()> {
    if draft.unit.is_none()
        && let Some(code) = draft.currency
    {
        draft.unit = Some(Unit { name: code, secs: None });
    }
    Some(())
}

/// "several", "a few" claim something only about time ("a few days"); "hundreds of" counts.
fn vague_needs_time(cur: Cursor<'_>, number: &Number, _floor: usize, draft: &mut Draft) -> Option<()> {
    let counts = matches!(cur.lex(number.first), Lex::ScalePlural(_));
    (!number.vague || draft.is_time() || counts).then_some(())
}

/// What stands before the claim: the frame of a duration ("over the past two months") and an
/// approximation ("about", "more than", "just over"); "hundreds" is at least, "several" about.
fn prefixes(cur: Cursor<'_>, number: &Number, floor: usize, draft: &mut Draft) -> Option<()> {
    let is_time = draft.is_time();
    if is_time {
        draft.first = duration_frame_before(cur, draft.first, floor);
    }
    let (with_approx, approx) = approx_before(cur, draft.first, floor);
    draft.approx = approx;
    if with_approx < draft.first {
        // "over the past": the frame came first; "just over 24 hours": approximation first.
        let framed = is_time && draft.first < number.first && cur.is(draft.first, "over");
        if framed {
            draft.approx = Approx::Exact;
        } else {
            draft.first = with_approx;
            // "only about", "just over": one more approximation word.
            let (again, _) = approx_before(cur, draft.first, floor);
            if again < draft.first && again + 1 >= draft.first {
                draft.first = again;
            }
        }
    }
    if matches!(cur.lex(number.first), Lex::ScalePlural(_)) && draft.approx == Approx::Exact {
        draft.approx = Approx::AtLeast;
    }
    if number.vague && draft.approx == Approx::Exact {
        draft.approx = Approx::About;
    }
    Some(())
}

/// After a duration: the noun a hyphenated one describes ("50-minute call", "a 45-second
/// spot", "a 3-year-old") and "ago", "earlier", "later", which make it a date ("two years
/// ago").
fn duration_tail(cur: Cursor<'_>, _number: &Number, _floor: usize, draft: &mut Draft) -> Option<()> {
    if !draft.is_time() {
        return Some(());
    }
    let end = draft.end;
    if draft.hyphenated && cur.tok(end).is_some() {
        let old = cur.is(end, "-") && cur.is(end + 1, "old") && cur.glued(end) && cur.glued(end + 1);
        if old {
            draft.end += 2;
        } else if let Some(noun) = cur.tok(end)
            && noun.kind == TokKind::Word
            && noun.space_before
            && !noun.is_capitalised(cur.text)
            && countable_word(cur.text, noun)
        {
            draft.end += 1;
        }
    }
    if cur.is_any(draft.end, lexicon::FROM_NOW_WORDS) && cur.same_line(draft.end) {
        draft.end += 1;
        draft.told_from_now = true;
    }
    Some(())
}

/// A number with no unit counts what follows it: "about 2,500 protesters", "a five-member
/// team", "hundreds of residents". A number word that counts nothing ("the two met") is no
/// claim.
fn counted_noun(cur: Cursor<'_>, number: &Number, _floor: usize, draft: &mut Draft) -> Option<()> {
    if draft.unit.is_some() {
        return Some(());
    }
    draft.kind = Kind::Count;
    let mut noun_start = draft.end;
    if cur.is(noun_start, "of") && number.vague {
        noun_start += 1;
    }
    let singular = (draft.low - 1.0).abs() < f64::EPSILON && draft.high.is_none();
    // "a 6.4-magnitude earthquake", "a five-member team": the hyphenated word and its noun.
    let hyphen_word = cur.is(noun_start, "-")
        && cur.glued(noun_start)
        && cur.tok(noun_start + 1).is_some_and(|w| {
            !w.space_before && w.kind == TokKind::Word && !w.is_capitalised(cur.text) && countable_word(cur.text, w)
        });
    if hyphen_word {
        let noun_end = counted_after(cur, noun_start + 2, None)
            .filter(|&e| e <= noun_start + 3)
            .unwrap_or(noun_start + 2);
        draft.counted = cur.span_text(noun_start + 1, noun_end);
        draft.end = noun_end;
        return Some(());
    }
    let number_says = if singular {
        Some(true)
    } else if number.spelled || number.vague {
        None
    } else {
        Some(false)
    };
    if let Some(noun_end) = counted_after(cur, noun_start, number_says) {
        draft.counted = cur.span_text(noun_start, noun_end);
        draft.end = noun_end;
        return Some(());
    }
    (!(number.spelled || number.vague)).then_some(())
}

/// A rate after an amount: "60 miles an hour", "$15 an hour", "2,000 calories a day", "400
/// cases a week", "$50 per person". The amount and what it is per are one claim (the "an
/// hour" alone is no duration of its own). Not after a duration: "two hours a day" stays a
/// duration, as TIMEX3 marks it. Not when a word after the unit ties it to another time: "$500
/// a month earlier", "20 people a day before" ("a month earlier" is a date of its own).
fn rate(cur: Cursor<'_>, _number: &Number, _floor: usize, draft: &mut Draft) -> Option<()> {
    let (link, what) = (draft.end, draft.end + 1);
    if draft.is_time() || !cur.is_any(link, RATE_LINKS) || !cur.same_line(link) || !cur.same_line(what) {
        return Some(());
    }
    let Some(token) = cur
        .tok(what)
        .filter(|t| t.kind == TokKind::Word && !t.is_capitalised(cur.text))
    else {
        return Some(());
    };
    let word = token.text(cur.text);
    // One hour, day or week: "an hour", not "a few hours".
    let time = matches!(token.lex, Lex::TimeUnit(_)) && !word.ends_with('s');
    // A unit of measure: "$3 a gallon", "$90 per barrel".
    let measure = unit_at(cur, what).is_some_and(|found| found.end == what + 1 && found.unit.secs.is_none());
    // After "per", any noun: "per person", "per head", "per capita".
    let per_noun = cur.is(link, "per") && token.lex == Lex::Other;
    let tied = cur.is_any(what + 1, BEFORE_AFTER) || cur.is_any(what + 1, lexicon::FROM_NOW_WORDS);
    if (time || measure || per_noun) && !tied {
        draft.per = Some(word.to_lowercase());
        draft.end = what + 1;
    }
    Some(())
}

/// A count right after an acronym or a capitalised word is part of a name: "FTSE 100 index",
/// "Voyager 1", "Windows 10", "OAE 2"; statistics keep their numbers ("95% CI 1.11–1.62").
fn name_number(cur: Cursor<'_>, number: &Number, _floor: usize, draft: &mut Draft) -> Option<()> {
    if draft.kind != Kind::Count || draft.high.is_some() || draft.first != number.first {
        return Some(());
    }
    let Some(p) = draft.first.checked_sub(1).and_then(|p| cur.tok(p)) else {
        return Some(());
    };
    let word = p.text(cur.text);
    let acronym = p.kind == TokKind::Word
        && !p.break_before
        && word.len() >= 2
        && word.chars().all(|c| c.is_ascii_uppercase())
        && !STATISTIC_ACRONYMS.contains(&word)
        && lexicon::currency_before(word).is_none();
    let capitalised_before = p.kind == TokKind::Word
        && p.is_capitalised(cur.text)
        && !p.break_before
        && p.space_before
        && !matches!(p.lex, Lex::Month(_));
    let named = draft.counted.is_none() && draft.approx == Approx::Exact && capitalised_before;
    // "the Apollo 11 crew", "a Boeing 737 jet": a determiner, one capitalised name word and
    // the number name one thing, whatever noun follows ("gave the Kurds 300 rifles": a plural
    // name is the people given to, and the number counts).
    let determined_name = capitalised_before
        && draft.approx == Approx::Exact
        && !word.ends_with('s')
        && draft
            .first
            .checked_sub(2)
            .is_some_and(|d| cur.is_any(d, NAME_DETERMINERS) && cur.same_line(d + 1));
    (!(acronym || named || determined_name || house_number(cur, number))).then_some(())
}

/// A house number: "10 Downing Street", "1600 Pennsylvania Avenue" (up to three capitalised
/// words, then a street word).
fn house_number(cur: Cursor<'_>, number: &Number) -> bool {
    (number.end..number.end + 3)
        .take_while(|&at| cur.kind_is(at, TokKind::Word) && cur.capitalised(at) && cur.same_line(at))
        .any(|at| cur.is_any(at + 1, STREET_WORDS) && cur.capitalised(at + 1) && cur.same_line(at + 1))
}
