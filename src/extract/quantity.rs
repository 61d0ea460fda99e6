//! Counts and measures: a number or a range, with what makes it approximate before it and its
//! unit or the thing counted after it. "about 10,000 soldiers", "60,000 to 90,000 Russian
//! soldiers", "$5bn", "between 20 and 60 g", "over the past two months", "50-minute call".

use super::cursor::Cursor;
use super::lexicon::{
    self, APPROX_PHRASES, DURATION_ADJECTIVES, DURATION_FRAMES, DURATION_PREPOSITIONS, DURATION_VERBS, GLUED_SCALES,
    Lex, ONE_IDIOM_NOUNS, ONE_PRONOUN_AFTER, ONE_PRONOUN_BEFORE, RATE_WORDS, TEMPERATURE_SCALES, Unit,
};
use super::numbers::{Number, number_at};
use super::recognizer::{Hit, Recognizer, Scope};
use super::token::{TokKind, Token};
use crate::model::{Approx, DateValue, Kind, Quantity, Value};

/// A unit found after a number, and the token just past it.
struct UnitMatch {
    unit: Unit,
    end: usize,
    /// Joined to the number by a hyphen: "50-minute".
    hyphenated: bool,
}

fn scale_suffix(word: &str, currency: bool) -> Option<f64> {
    // Money glued to its scale word: "$6billion", "3.1million".
    if let Some(&(_, scale)) = GLUED_SCALES.iter().find(|(name, _)| word.eq_ignore_ascii_case(name)) {
        return Some(scale);
    }
    match word {
        "bn" | "bln" | "Bn" | "BN" => Some(1e9),
        "mn" | "mln" | "Mn" => Some(1e6),
        "tn" | "trn" => Some(1e12),
        "m" | "M" if currency => Some(1e6),
        "b" | "B" if currency => Some(1e9),
        "k" | "K" if currency => Some(1e3),
        "k" => Some(1e3),
        _ => None,
    }
}

/// Whether letters glued to a number read as an unlisted unit ("12Gb", "4mK") rather than a
/// code ("3D"), a citation year ("1998b") or an isotope ("235U").
fn glued_unit_like(suffix: &str, number: &str) -> bool {
    let ascii = suffix.bytes().all(|b| b.is_ascii_alphabetic());
    let small = number.contains('.') || number.len() <= 2;
    let lower_first = suffix.bytes().next().is_some_and(|b| b.is_ascii_lowercase());
    ascii && (2..=3).contains(&suffix.len()) && suffix.bytes().any(|b| b.is_ascii_lowercase()) && (lower_first || small)
}

/// The unit right after token `index - 1`, if any.
#[expect(clippy::too_many_lines, reason = "one case per way of writing a unit, in order")]
fn unit_at(cur: Cursor<'_>, index: usize) -> Option<UnitMatch> {
    let token = cur.tok(index)?;
    if token.break_before {
        return None;
    }
    let word = token.text(cur.text);
    // "50-minute", "2-hour", "30-day", and "a 45-second spot": after a hyphen "second" is
    // the unit of time, never the rank.
    if token.kind == TokKind::Punct && word == "-" && !token.space_before {
        let next = cur.tok(index + 1)?;
        if next.space_before || next.kind != TokKind::Word {
            return None;
        }
        let unit = lexicon::unit_after(next.text(cur.text)).or_else(|| {
            next.is(cur.text, "second").then_some(Unit {
                name: "second",
                secs: Some(1.0),
            })
        })?;
        return Some(UnitMatch {
            unit,
            end: index + 2,
            hyphenated: true,
        });
    }
    if token.kind == TokKind::Punct && word == "°" {
        // "5 °C", "−4°C", "54 °N", "40°N".
        if let Some(next) = cur.tok(index + 1)
            && !next.space_before
            && next.kind == TokKind::Word
            && matches!(next.text(cur.text), "C" | "F" | "K" | "N" | "S" | "E" | "W")
        {
            return Some(UnitMatch {
                unit: Unit { name: "°", secs: None },
                end: index + 2,
                hyphenated: false,
            });
        }
        return Some(UnitMatch {
            unit: Unit { name: "°", secs: None },
            end: index + 1,
            hyphenated: false,
        });
    }
    if token.kind == TokKind::Punct && matches!(word, "%" | "‰" | "‱" | "′" | "″" | "×") {
        let name = if word == "%" {
            "%"
        } else if word == "×" {
            "times"
        } else {
            "‰"
        };
        return Some(UnitMatch {
            unit: Unit { name, secs: None },
            end: index + 1,
            hyphenated: false,
        });
    }
    if token.kind != TokKind::Word {
        return None;
    }
    if word.eq_ignore_ascii_case("per") && cur.is(index + 1, "cent") {
        return Some(UnitMatch {
            unit: Unit { name: "%", secs: None },
            end: index + 2,
            hyphenated: false,
        });
    }
    // Single letters spaced from the number are units only in technical prose, where the
    // next thing is punctuation or a number, not a word: "24 h,", "5 s." but "5 s of".
    if token.space_before && matches!(word, "s" | "h" | "l" | "t" | "A" | "V" | "N" | "J" | "W" | "K") {
        let next_is_word = cur
            .tok(index + 1)
            .is_some_and(|n| n.kind == TokKind::Word && !n.break_before);
        if next_is_word {
            return None;
        }
    }
    // "15C", "5F": temperatures, glued only ("grade 5 C" is not one).
    if matches!(word, "C" | "F") {
        // "13C/12C" is an isotope ratio.
        let ratio = cur
            .tok(index + 1)
            .is_some_and(|n| !n.space_before && matches!(n.text(cur.text), "/" | "-"));
        return (!token.space_before && !ratio).then_some(UnitMatch {
            unit: Unit {
                name: if word == "C" { "°C" } else { "°F" },
                secs: None,
            },
            end: index + 1,
            hyphenated: false,
        });
    }
    let unit = match lexicon::unit_after(word) {
        Some(unit) => unit,
        None if !token.space_before
            && index
                .checked_sub(1)
                .and_then(|i| cur.tok(i))
                .is_some_and(|n| n.kind == TokKind::Num && glued_unit_like(word, n.text(cur.text)))
            && !matches!(word, "st" | "nd" | "rd" | "th" | "am" | "pm") =>
        {
            Unit {
                name: "unit",
                secs: None,
            }
        }
        None => return None,
    };
    let mut end = index + 1;
    let mut unit = unit;
    // "6 percentage points" (not a percentage: "fell 6 percentage points to 41%" is two
    // amounts), "104 degrees Fahrenheit": the unit's second word.
    if let Some(second) = cur.tok(end).filter(|t| !t.break_before && t.kind == TokKind::Word) {
        if unit.name == "%" && (second.is(cur.text, "points") || second.is(cur.text, "point")) {
            unit = Unit {
                name: "percentage points",
                secs: None,
            };
            end += 1;
        } else if unit.name == "°" && TEMPERATURE_SCALES.iter().any(|w| second.is(cur.text, w)) {
            end += 1;
        }
    }
    // "mmol/L", "km/h", "mg/kg".
    if cur.is(end, "/")
        && cur.glued(end)
        && cur.glued(end + 1)
        && let Some(next) = cur.tok(end + 1)
        && next.kind == TokKind::Word
    {
        end += 2;
    }
    Some(UnitMatch {
        unit,
        end,
        hyphenated: false,
    })
}

/// "twenty working days", "two full weeks", "three more years": a unit of time after one
/// adjective that only says how the time is counted.
fn unit_after_adjective(cur: Cursor<'_>, index: usize) -> Option<UnitMatch> {
    let adjective = cur.tok(index)?;
    let counts_time = DURATION_ADJECTIVES.iter().any(|w| adjective.is(cur.text, w));
    if !counts_time || adjective.break_before {
        return None;
    }
    let found = unit_at(cur, index + 1)?;
    (found.unit.secs.is_some() && !found.hyphenated).then_some(found)
}

/// A currency sign or code right before token `index`; returns its first token and code.
fn currency_before(cur: Cursor<'_>, index: usize, floor: usize) -> Option<(usize, &'static str)> {
    let before = index.checked_sub(1).filter(|&b| b >= floor)?;
    let token = cur.tok(before)?;
    let code = lexicon::currency_before(token.text(cur.text))?;
    if cur.tok(index).is_some_and(|t| t.break_before) {
        return None;
    }
    // "US$ 20,000": a prefix glued to the sign.
    if let Some(prefix) = before.checked_sub(1).filter(|&b| b >= floor)
        && !token.space_before
        && cur.tok(prefix).is_some_and(|p| {
            matches!(
                p.text(cur.text),
                "US" | "A" | "C" | "HK" | "NZ" | "R" | "AU" | "CA" | "S"
            )
        })
    {
        return Some((prefix, code));
    }
    if token.kind == TokKind::Word && !cur.tok(index).is_some_and(|t| t.space_before) {
        // "USD5" is odd enough to be a code.
        return None;
    }
    Some((before, code))
}

/// "Maria Lopez, 34,": an age; the "0" of "1 – 0": a score.
fn is_age_name_or_score(cur: Cursor<'_>, index: usize, token: &Token, prev: &Token) -> bool {
    // "Maria Lopez, 34, said", "the suspect, 25, fired": an age in apposition, not an amount.
    if prev.text(cur.text) == ","
        && cur.tok(index + 1).is_some_and(|n| n.text(cur.text) == ",")
        && index
            .checked_sub(2)
            .and_then(|i| cur.tok(i))
            .is_some_and(|w| w.kind == TokKind::Word)
    {
        return true;
    }
    // The second number of a score ("1 – 0"): its first number was already judged.
    if matches!(prev.text(cur.text), "-" | "–" | "—")
        && !token.break_before
        && index
            .checked_sub(2)
            .and_then(|i| cur.tok(i))
            .is_some_and(|n| n.kind == TokKind::Num)
    {
        return true;
    }
    false
}

/// Whether what stands before the number makes it a code, a label or a citation:
/// "IE6", "COVID-19", "s−1", "Figure 2", "phases 3, 5, and 7", "(22)".
fn is_reference(cur: Cursor<'_>, index: usize, token: &Token, prev: &Token) -> bool {
    if !token.space_before && !token.break_before {
        match prev.kind {
            // "IE6", "H1N1", "A320".
            TokKind::Word | TokKind::Code | TokKind::Poss | TokKind::Num => return true,
            TokKind::Punct => {
                let p = prev.text(cur.text);
                if p == "#" || p == "/" || p == "_" || p == "@" || p == "." || p == ":" || p == ")" || p == "]" {
                    // "#2", "a/1", "(ClO4)2": references, codes, subscripts.
                    return true;
                }
                // "s−1", "m-2": an exponent glued to a unit symbol.
                if matches!(p, "−" | "-" | "–")
                    && !prev.space_before
                    && index
                        .checked_sub(2)
                        .and_then(|i| cur.tok(i))
                        .is_some_and(|w| w.kind == TokKind::Word)
                {
                    let w = index
                        .checked_sub(2)
                        .and_then(|i| cur.tok(i))
                        .map_or("", |w| w.text(cur.text));
                    if !matches!(
                        w.to_ascii_lowercase().as_str(),
                        "mid" | "pre" | "post" | "early" | "late" | "over" | "under" | "top" | "about"
                    ) {
                        return true;
                    }
                }
                if matches!(p, "-" | "–" | "—") {
                    // "COVID-19", "F-16": a hyphen glued to a capitalised code word.
                    if let Some(word) = index.checked_sub(2).and_then(|i| cur.tok(i)) {
                        if !prev.space_before && word.kind == TokKind::Word {
                            let w = word.text(cur.text);
                            let upper = w.chars().filter(|c| c.is_uppercase()).count();
                            if upper >= 2 || w.len() == 1 {
                                return true;
                            }
                        }
                        if !prev.space_before && word.kind == TokKind::Num {
                            // "555-1234" is a phone number, not a range (ranges are caught
                            // before this point, from their first number).
                            return true;
                        }
                    }
                }
            }
        }
    }
    if is_age_name_or_score(cur, index, token, prev) {
        return true;
    }
    // "Figure 2", "No. 5", "Table 3", and lists of them: "phases 3, 5, and 7". Only a bare
    // number continues such a list ("Table 4, 120 patients" counts, "row, 30 mg" measures),
    // and the list must hold a number ("rows, 14 (20%)" is not a label).
    let bare = !cur.tok(index + 1).is_some_and(|n| {
        (countable_word(cur.text, n) && is_plural(n.text(cur.text))) || unit_at(cur, index + 1).is_some()
    });
    let mut back = index;
    let mut passed_number = false;
    while back + 12 > index {
        let Some(p) = back.checked_sub(1).and_then(|i| cur.tok(i)) else {
            break;
        };
        let direct = back == index;
        let label_at = |l: &Token| l.kind == TokKind::Word && lexicon::is_label_word(l.text(cur.text));
        if label_at(p) && (direct || passed_number) {
            return true;
        }
        if p.text(cur.text) == "."
            && back.checked_sub(2).and_then(|i| cur.tok(i)).is_some_and(label_at)
            && (direct || passed_number)
        {
            return true;
        }
        let listed = p.kind == TokKind::Num
            || matches!(p.text(cur.text), "," | "-" | "–")
            || p.is(cur.text, "and")
            || p.is(cur.text, "or")
            || p.is(cur.text, "to");
        if !listed || p.break_before || !bare {
            break;
        }
        passed_number |= p.kind == TokKind::Num;
        back -= 1;
    }
    is_citation(cur, index, prev)
}

/// A number inside a citation: "[12]", "[3, 4]", "(22)", "(14–17)".
fn is_citation(cur: Cursor<'_>, index: usize, prev: &Token) -> bool {
    let opening = prev.text(cur.text);
    if opening == "[" || opening == "(" || (opening == "," && in_brackets(cur, index)) {
        let mut i = index + 1;
        while let Some(t) = cur.tok(i) {
            match t.text(cur.text) {
                "]" | ")" => return true,
                "," | "-" | "–" => i += 1,
                _ if t.kind == TokKind::Num => i += 1,
                _ => break,
            }
            if i > index + 12 {
                break;
            }
        }
    }
    false
}

/// Whether the number at `index` is part of an identifier, a label or a reference.
fn is_not_an_amount(cur: Cursor<'_>, index: usize) -> bool {
    let Some(token) = cur.tok(index) else {
        return true;
    };
    let prev = index.checked_sub(1).and_then(|i| cur.tok(i));
    if let Some(prev) = prev
        && is_reference(cur, index, token, prev)
    {
        return true;
    }
    // "3D", "5G": digits glued to letters that are no unit, then more letters or digits.
    if let Some(next) = cur.tok(index + 1) {
        if !next.space_before && next.kind == TokKind::Word {
            let w = next.text(cur.text);
            let after_currency = prev.is_some_and(|p| lexicon::currency_before(p.text(cur.text)).is_some());
            let known = lexicon::unit_after(w).is_some()
                || matches!(w, "C" | "F")
                || scale_suffix(w, after_currency).is_some()
                || matches!(w, "s" | "st" | "nd" | "rd" | "th" | "am" | "pm" | "a.m." | "p.m.");
            // A short glued suffix with a lower-case letter reads as a unit ("5Rp", "1kR");
            // all capitals are codes ("3D", "5G", "4K").
            let unit_like = glued_unit_like(w, token.text(cur.text))
                && cur
                    .tok(index + 2)
                    .is_none_or(|n| n.space_before || n.kind == TokKind::Punct);
            if !known && !unit_like {
                return true;
            }
        }
        if !next.space_before && next.kind == TokKind::Num {
            return true;
        }
    }
    // "9/11", "24/7", "22/10a": numbers joined by a slash are names, dates or codes.
    if cur
        .tok(index + 1)
        .is_some_and(|n| !n.space_before && n.text(cur.text) == "/")
        && cur
            .tok(index + 2)
            .is_some_and(|n| !n.space_before && n.kind == TokKind::Num)
    {
        return true;
    }
    // "1-D", "3-D": a number glued by a hyphen to a letter code.
    if let (Some(hyphen), Some(code)) = (cur.tok(index + 1), cur.tok(index + 2))
        && hyphen.text(cur.text) == "-"
        && !hyphen.space_before
        && !code.space_before
        && code.kind == TokKind::Word
    {
        let w = code.text(cur.text);
        if w.len() <= 3 && w.chars().all(|c| c.is_ascii_uppercase()) && lexicon::unit_after(w).is_none() {
            return true;
        }
    }
    // "1 = agree": a number being defined is a label.
    if cur.tok(index + 1).is_some_and(|n| n.text(cur.text) == "=") {
        return true;
    }
    // A list marker: "1." or "2)" opening a paragraph.
    if token.break_before
        && let Some(next) = cur.tok(index + 1)
        && !next.space_before
        && matches!(next.text(cur.text), "." | ")")
    {
        return true;
    }
    false
}

fn in_brackets(cur: Cursor<'_>, index: usize) -> bool {
    let floor = index.saturating_sub(12);
    let mut i = index;
    while i > floor {
        i -= 1;
        match cur.tok(i).map(|t| t.text(cur.text)) {
            Some("[" | "(") => return true,
            Some("," | "-" | "–") => {}
            Some(_) if cur.tok(i).is_some_and(|t| t.kind == TokKind::Num) => {}
            _ => return false,
        }
    }
    false
}

/// After a bare number at `end - 1`: further numbers joined by commas, "and", "or", the last
/// with a unit. Returns the token after the unit and the unit.
fn list_with_unit(cur: Cursor<'_>, end: usize) -> Option<(usize, UnitMatch)> {
    let mut index = end;
    let mut items = 1;
    while items < 12 {
        let sep = cur.tok(index)?;
        if sep.break_before {
            return None;
        }
        let mut next = index;
        if sep.text(cur.text) == "," {
            next += 1;
            if cur.is(next, "and") || cur.is(next, "or") {
                next += 1;
            }
        } else if sep.is(cur.text, "and") || sep.is(cur.text, "or") {
            next += 1;
        } else {
            return None;
        }
        let item = cur.tok(next)?;
        if item.kind != TokKind::Num || item.break_before {
            return None;
        }
        items += 1;
        index = next + 1;
        if let Some(found) = unit_at(cur, index) {
            return (items >= 2 && !found.hyphenated).then_some((found.end, found));
        }
    }
    None
}

fn symbol_approx(symbol: &str) -> Option<Approx> {
    match symbol {
        "~" | "∼" | "≈" | "≃" | "≅" | "±" => Some(Approx::About),
        ">" | "≥" | "⩾" | "≧" | "+" => Some(Approx::AtLeast),
        "<" | "≤" | "⩽" | "≦" => Some(Approx::AtMost),
        _ => None,
    }
}

/// Looks back from token `first` for approximation words; returns the new first token.
pub(crate) fn approx_before(cur: Cursor<'_>, first: usize, floor: usize) -> (usize, Approx) {
    let mut start = first;
    let mut approx = Approx::Exact;
    // Symbols glued or spaced: "∼56 Ma", "< 0.1", "≥16".
    if let Some(before) = start.checked_sub(1).filter(|&b| b >= floor)
        && let Some(token) = cur.tok(before)
        && token.kind == TokKind::Punct
        && !cur.tok(start).is_some_and(|t| t.break_before)
        && let Some(symbol) = symbol_approx(token.text(cur.text))
    {
        approx = symbol;
        start = before;
    }
    let Some(last) = start.checked_sub(1).filter(|&s| s >= floor).and_then(|s| cur.tok(s)) else {
        return (start, approx);
    };
    if last.kind != TokKind::Word || cur.tok(start).is_some_and(|t| t.break_before) {
        return (start, approx);
    }
    for (words, meaning) in APPROX_PHRASES {
        // The word right before the number first: it rules out almost every phrase.
        if !words.last().is_some_and(|w| last.is(cur.text, w)) {
            continue;
        }
        let Some(phrase_start) = start.checked_sub(words.len()).filter(|&s| s >= floor) else {
            continue;
        };
        let matches = words.iter().enumerate().all(|(k, w)| {
            cur.tok(phrase_start + k).is_some_and(|t| {
                t.kind == TokKind::Word && t.is(cur.text, w) && !t.break_before || (k == 0 && t.is(cur.text, w))
            })
        });
        if matches && !cur.tok(start).is_some_and(|t| t.break_before) {
            if approx == Approx::Exact {
                approx = *meaning;
            }
            // "just over", "nearly" after "only": take one more word of the same kind.
            start = phrase_start;
            break;
        }
    }
    (start, approx)
}

/// Words that can open the phrase around a duration: "over the past two months",
/// "the next 30 hours", "for the last decade".
fn duration_frame_before(cur: Cursor<'_>, first: usize, floor: usize) -> usize {
    let mut start = first;
    let Some(before) = start.checked_sub(1).filter(|&b| b >= floor) else {
        return start;
    };
    let Some(token) = cur.tok(before) else {
        return start;
    };
    if token.kind == TokKind::Word && DURATION_FRAMES.iter().any(|w| token.is(cur.text, w)) {
        start = before;
        if let Some(the) = start.checked_sub(1).filter(|&b| b >= floor)
            && cur.is(the, "the")
        {
            start = the;
            if let Some(prep) = start.checked_sub(1).filter(|&b| b >= floor)
                && DURATION_PREPOSITIONS.iter().any(|w| cur.is(prep, w))
            {
                start = prep;
            }
        }
    }
    start
}

/// Whether a word may be part of the noun phrase naming what is counted.
pub(crate) fn countable_word(text: &str, token: &Token) -> bool {
    if token.kind != TokKind::Word || token.break_before {
        return false;
    }
    if !matches!(token.lex, Lex::Other | Lex::DayPart) {
        return false;
    }
    let word = token.text(text);
    if lexicon::is_speech_verb(word) {
        return false;
    }
    let lower_end = |suffix: &str| {
        word.len() > suffix.len() + 2
            && word
                .get(word.len() - suffix.len()..)
                .is_some_and(|end| end.eq_ignore_ascii_case(suffix))
    };
    !(lower_end("ly") || word.contains('.'))
}

pub(crate) fn is_plural(word: &str) -> bool {
    let bytes = word.as_bytes();
    let ends = |suffix: &[u8]| {
        bytes.len() > suffix.len()
            && bytes
                .get(bytes.len() - suffix.len()..)
                .is_some_and(|e| e.eq_ignore_ascii_case(suffix))
    };
    (ends(b"s") && !ends(b"ss") && !ends(b"us") && !ends(b"is")) || lexicon::is_irregular_plural(word)
}

/// The counted noun phrase starting at token `index`: its end token, if any.
/// `Some(true)` for exactly one, `Some(false)` for a number in digits above one (its noun is
/// plural: "500,000 remain" counts nothing), `None` when the text does not say.
fn counted_after(cur: Cursor<'_>, index: usize, singular: Option<bool>) -> Option<usize> {
    let mut end = index;
    let mut last_plural = None;
    let mut first_word_end = None;
    while end < index + 4 {
        let Some(token) = cur.tok(end) else { break };
        if !countable_word(cur.text, token) {
            break;
        }
        let word = token.text(cur.text);
        // A capitalised word counts as an adjective before a lower-case noun ("Russian
        // soldiers", not "0 Panama"), or as the counted people or things when it is a plural
        // that ends the name ("1.4 million Canadians", "40 Democrats").
        let capitalised_plural = token.is_capitalised(cur.text)
            && is_plural(word)
            && word.len() > 3
            && !cur
                .tok(end + 1)
                .is_some_and(|n| n.kind == TokKind::Word && n.is_capitalised(cur.text) && !n.break_before);
        if token.is_capitalised(cur.text) && !capitalised_plural {
            let next_ok = cur
                .tok(end + 1)
                .is_some_and(|n| countable_word(cur.text, n) && !n.is_capitalised(cur.text));
            if !next_ok {
                break;
            }
        }
        if capitalised_plural {
            end += 1;
            last_plural = Some(end);
            break;
        }
        // Verbs right after a number ("107 killed", "20 remaining") end the phrase.
        let verbish = word.len() > 4 && (word.ends_with("ed") || word.ends_with("ing"));
        // ... unless a plural noun follows: "three screening cycles".
        let modifier = cur
            .tok(end + 1)
            .is_some_and(|n| countable_word(cur.text, n) && is_plural(n.text(cur.text)));
        // After the noun, such a word is the verb: "vendors offered products".
        let after_noun = end > index && word.len() > 4 && word.ends_with("ed");
        if (verbish && end == index && !modifier) || after_noun {
            break;
        }
        end += 1;
        if first_word_end.is_none() && !token.is_capitalised(cur.text) {
            first_word_end = Some(end);
        }
        if is_plural(word) && !token.is_capitalised(cur.text) {
            last_plural = Some(end);
        }
        // Glued hyphen compounds: "pro-Russian separatists", "year-old".
        while cur.is(end, "-")
            && cur.glued(end)
            && cur
                .tok(end + 1)
                .is_some_and(|n| !n.space_before && n.kind == TokKind::Word)
        {
            end += 2;
            if cur.tok(end - 1).is_some_and(|t| is_plural(t.text(cur.text))) {
                last_plural = Some(end);
            }
        }
    }
    match singular {
        Some(true) => first_word_end.or(last_plural),
        Some(false) => last_plural,
        None => last_plural.or(first_word_end),
    }
}

/// The count or measure that has a number at token `index`, or a duration word there.
pub(crate) fn quantity_at(cur: Cursor<'_>, index: usize, floor: usize) -> Option<Hit> {
    let token = cur.tok(index)?;
    if token.kind == TokKind::Word && matches!(token.lex, Lex::TimeUnit(_)) {
        return bare_duration(cur, index, floor);
    }
    if token.kind == TokKind::Num && is_not_an_amount(cur, index) {
        return None;
    }
    // "3rd" is a rank, for the ordinal recogniser.
    if token.kind == TokKind::Num
        && cur
            .tok(index + 1)
            .is_some_and(|n| !n.space_before && matches!(n.text(cur.text), "st" | "nd" | "rd" | "th"))
    {
        return None;
    }
    // "half an hour", "half a day".
    if token.kind == TokKind::Word && token.is(cur.text, "half") {
        if (cur.is(index + 1, "an") || cur.is(index + 1, "a"))
            && matches!(cur.tok(index + 2).map(|t| t.lex), Some(Lex::TimeUnit(_)))
        {
            let number = Number {
                first: index,
                end: index + 2,
                value: 0.5,
                spelled: true,
                vague: false,
                plain_digits: None,
            };
            return build(cur, &number, floor);
        }
        return None;
    }
    // "an hour", "a decade": one unit of time.
    if token.kind == TokKind::Word
        && (token.is(cur.text, "a") || token.is(cur.text, "an"))
        && let Some(unit_token) = cur.tok(index + 1)
        && let Lex::TimeUnit(_) = unit_token.lex
        && !unit_token.text(cur.text).ends_with('s')
        && unit_token.text(cur.text).len() > 2
    {
        // "twice a day", "once a year", "per year" are rates, not durations.
        let rate = index
            .checked_sub(1)
            .and_then(|i| cur.tok(i))
            .is_some_and(|p| RATE_WORDS.iter().any(|w| p.is(cur.text, w)));
        let ago_or_later = cur.tok(index + 2).is_some_and(|n| n.is(cur.text, "ago"));
        if rate && !ago_or_later {
            return None;
        }
        let number = Number {
            first: index,
            end: index + 1,
            value: 1.0,
            spelled: true,
            vague: false,
            plain_digits: None,
        };
        return build(cur, &number, floor);
    }
    let number = number_at(cur, index)?;
    if number.spelled {
        let word = token.text(cur.text);
        // "one" as a pronoun ("no one", "one of the", "one another") or as the determiner of
        // an idiom ("at one point", "on one hand"); "less than one day" still measures.
        if word.eq_ignore_ascii_case("one") {
            let prev_blocks = cur.is_any(index.wrapping_sub(1), ONE_PRONOUN_BEFORE);
            let measured = cur
                .before(index)
                .is_some_and(|p| matches!(p.lex, Lex::Approx) || p.is(cur.text, "than"));
            let next_blocks = cur.kind_is(index + 1, TokKind::Poss)
                || cur.is_any(index + 1, ONE_PRONOUN_AFTER)
                || cur.is_any(index + 1, ONE_IDIOM_NOUNS) && !measured;
            if prev_blocks || next_blocks {
                return None;
            }
        }
    }
    build(cur, &number, floor)
}

fn bare_duration(cur: Cursor<'_>, index: usize, floor: usize) -> Option<Hit> {
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

/// Builds the claim around `number`: range, unit, counted noun, approximation, prefixes.
#[expect(
    clippy::too_many_lines,
    reason = "one linear recipe: number, range, unit, prefix, noun"
)]
fn build(cur: Cursor<'_>, number: &Number, floor: usize) -> Option<Hit> {
    let mut first = number.first;
    let mut low = number.value;
    let mut high: Option<f64> = None;
    let mut end = number.end;
    let mut unit: Option<Unit> = None;
    let mut hyphenated = false;
    let mut currency: Option<&'static str> = None;

    // Sign: "−4", "-2" (a minus glued to the number, not a hyphen between words).
    if let Some(sign_index) = first.checked_sub(1).filter(|&s| s >= floor)
        && let Some(sign) = cur.tok(sign_index)
    {
        let glued_sign = !cur.tok(first).is_some_and(|t| t.space_before);
        let after_word = sign_index
            .checked_sub(1)
            .and_then(|i| cur.tok(i))
            .is_some_and(|p| !sign.space_before && !matches!(p.kind, TokKind::Punct));
        if glued_sign && !after_word && !number.spelled && matches!(sign.text(cur.text), "−" | "-" | "–") {
            low = -low;
            first = sign_index;
        }
    }
    if let Some((currency_first, code)) = currency_before(cur, first, floor) {
        currency = Some(code);
        first = currency_first;
    }
    // Scale glued to the number: "1.2m", "$5bn", "3k".
    // A bare "m" is a metre unless people or things follow: "1.2m people".
    let counted_follows = cur
        .tok(end + 1)
        .is_some_and(|n| countable_word(cur.text, n) && !n.is_capitalised(cur.text) && is_plural(n.text(cur.text)));
    if let Some(next) = cur.tok(end)
        && !next.space_before
        && next.kind == TokKind::Word
        && !number.spelled
        && let Some(scale) = scale_suffix(next.text(cur.text), currency.is_some() || counted_follows)
    {
        low *= scale;
        end += 1;
    }
    if let Some(found) = unit_at(cur, end).or_else(|| unit_after_adjective(cur, end)) {
        // "two seconds" but not "the second": `unit_after` knows "seconds" only.
        unit = Some(found.unit);
        hyphenated = found.hyphenated;
        end = found.end;
    } else if cur.tok(end).is_some_and(|t| t.is(cur.text, "second")) && (number.value - 1.0).abs() < f64::EPSILON {
        unit = Some(Unit {
            name: "second",
            secs: Some(1.0),
        });
        end += 1;
    }

    // A list sharing the last item's unit: "4.5, 6 and 13 kg", "2619.60, 2617.35, and 2614.71 m".
    let after_between = first
        .checked_sub(1)
        .filter(|&b| b >= floor)
        .is_some_and(|b| cur.is(b, "between"));
    if unit.is_none()
        && !number.spelled
        && !after_between
        && let Some((list_end, list_unit)) = list_with_unit(cur, end)
    {
        unit = Some(list_unit.unit);
        hyphenated = false;
        end = list_end.max(list_unit.end);
    }
    // Range: "60,000 to 90,000", "9-10", "between 20 and 60", "1.4%–3.1%", "six or seven".
    let between = first
        .checked_sub(1)
        .filter(|&b| b >= floor)
        .filter(|&b| cur.is(b, "between"));
    let from = first
        .checked_sub(1)
        .filter(|&b| b >= floor)
        .filter(|&b| cur.is(b, "from"));
    if let Some(connector) = cur.tok(end).filter(|t| !t.break_before) {
        let c = connector.text(cur.text);
        let dash = matches!(c, "-" | "–" | "—" | "‒");
        let word_link = connector.is(cur.text, "to")
            || connector.is(cur.text, "through")
            || connector.is(cur.text, "and") && between.is_some()
            || connector.is(cur.text, "or") && !hyphenated;
        if (dash && !hyphenated) || word_link {
            let mut second_index = end + 1;
            let second_currency = cur
                .tok(second_index)
                .and_then(|t| lexicon::currency_before(t.text(cur.text)));
            // "from ∼20 ppm to ∼180 ppm", "$5 to $10".
            if second_currency.is_some()
                || cur
                    .tok(second_index)
                    .is_some_and(|t| symbol_approx(t.text(cur.text)).is_some())
            {
                second_index += 1;
            }
            let negative = cur.tok(second_index).is_some_and(|t| {
                matches!(t.text(cur.text), "−" | "-")
                    && cur
                        .tok(second_index + 1)
                        .is_some_and(|n| !n.space_before && n.kind == TokKind::Num)
            });
            if negative {
                second_index += 1;
            }
            let second = number_at(cur, second_index).filter(|n| {
                // A range joins like with like: digits with digits, words with words.
                n.spelled == number.spelled && !n.vague && cur.tok(n.first).is_some_and(|t| !t.break_before)
            });
            if let Some(second) = second {
                let mut value = if negative { -second.value } else { second.value };
                let mut second_end = second.end;
                if let Some(next) = cur.tok(second_end)
                    && !next.space_before
                    && next.kind == TokKind::Word
                    && let Some(scale) = scale_suffix(next.text(cur.text), currency.is_some())
                {
                    value *= scale;
                    second_end += 1;
                }
                let second_unit = unit_at(cur, second_end);
                let plausible =
                    if dash && !connector.space_before && !(cur.tok(second_index).is_some_and(|t| t.space_before)) {
                        value >= low || negative || low < 0.0
                    } else if dash {
                        // Spaced dashes also separate scores ("1 – 0") and clauses.
                        value >= low && (unit.is_some() || second_unit.is_some())
                    } else if connector.is(cur.text, "or") {
                        unit.is_none() && (value - low).abs() <= 10.0 && value > low
                    } else {
                        true
                    };
                let is_code = cur.tok(second_end).is_some_and(|n| {
                    !n.space_before
                        && (n.kind == TokKind::Num
                            || (n.kind == TokKind::Word
                                && second_unit.is_none()
                                && scale_suffix(n.text(cur.text), true).is_none()))
                });
                // "rose 4% to 215p": two different units are two amounts.
                let units_agree = match (unit, second_unit.as_ref()) {
                    (Some(first_unit), Some(second)) => first_unit.name == second.unit.name,
                    _ => true,
                } && match second_currency {
                    // "rose 0.3% to $1.2290": a currency on the second alone is another amount.
                    Some(second_code) => currency == Some(second_code) || (currency.is_none() && unit.is_none()),
                    None => true,
                };
                // "555-1234" is a telephone number.
                let digits = |n: &Number| n.plain_digits.unwrap_or(0);
                if dash && digits(number) == 3 && digits(&second) == 4 {
                    return None;
                }
                // "won 2-1", "Sweden 1 – 0 Korea": a score, not an amount.
                if dash && !plausible && unit.is_none() && second_unit.is_none() && !negative {
                    return None;
                }
                if plausible && !is_code && units_agree {
                    high = Some(value);
                    end = second_end;
                    if let Some(found) = second_unit {
                        if unit.is_none() {
                            hyphenated = found.hyphenated;
                        }
                        unit = Some(found.unit);
                        end = found.end;
                    }
                    if let Some(b) = between {
                        first = b;
                    } else if let Some(f) = from {
                        first = f;
                    }
                }
            }
        }
    }

    // An uncertainty after the value belongs to it: "93.90 ± 0.15 Ma", "5.2±1.1%".
    if cur.tok(end).is_some_and(|t| t.text(cur.text) == "±" && !t.break_before)
        && let Some(spread) = number_at(cur, end + 1).filter(|n| !n.spelled)
    {
        end = spread.end;
        if let Some(found) = unit_at(cur, end) {
            if unit.is_none() {
                unit = Some(found.unit);
            }
            end = found.end;
        }
    }
    // Currency words after the number: "20 dollars".
    if unit.is_none()
        && let Some(code) = currency
    {
        unit = Some(Unit { name: code, secs: None });
    }
    if number.vague
        && unit.is_none_or(|u| u.secs.is_none())
        && !matches!(cur.tok(number.first).map(|t| t.lex), Some(Lex::ScalePlural(_)))
    {
        // "several", "a few" only make claims about time: "a few days".
        return None;
    }

    let is_time = unit.is_some_and(|u| u.secs.is_some());
    // Prefixes.
    if is_time {
        first = duration_frame_before(cur, first, floor);
    }
    let (with_approx, mut approx) = approx_before(cur, first, floor);
    if with_approx < first {
        // "over the past": the frame came first; "just over 24 hours": approximation first.
        let blocked = is_time && first < number.first && cur.tok(first).is_some_and(|t| t.is(cur.text, "over"));
        if blocked {
            approx = Approx::Exact;
        } else {
            first = with_approx;
            // "only about", "just over": one more approximation word.
            let (again, _) = approx_before(cur, first, floor);
            if again < first && again + 1 >= first {
                first = again;
            }
        }
    }
    if between.is_some_and(|b| b == first) {
        // "between 20 and 60" is a range, not an approximation.
    }
    if let Some(word) = cur.tok(number.first)
        && matches!(word.lex, Lex::ScalePlural(_))
        && approx == Approx::Exact
    {
        approx = Approx::AtLeast;
    }
    if number.vague && approx == Approx::Exact {
        approx = Approx::About;
    }

    let mut kind = Kind::Measure;
    let mut counted: Option<String> = None;
    if is_time {
        // "50-minute call": the noun the hyphenated duration describes.
        if hyphenated && let Some(noun) = cur.tok(end) {
            let old = noun.is(cur.text, "-") && cur.is(end + 1, "old") && cur.glued(end) && cur.glued(end + 1);
            if old {
                end += 2;
            } else if noun.kind == TokKind::Word
                && noun.space_before
                && !noun.is_capitalised(cur.text)
                && countable_word(cur.text, noun)
            {
                end += 1;
            }
        }
        // "two years ago", "a year earlier" are dates.
        if cur.tok(end).is_some_and(|t| {
            (t.is(cur.text, "ago") || t.is(cur.text, "earlier") || t.is(cur.text, "later")) && !t.break_before
        }) {
            end += 1;
            let relative = cur.span_text(first, end);
            let value = Value::Date(DateValue {
                relative,
                ..DateValue::default()
            });
            return Some(Hit::new(first, end, Kind::Date, Some(value)));
        }
    } else if unit.is_none() {
        kind = Kind::Count;
        let mut noun_start = end;
        if cur.is(noun_start, "of") && number.vague {
            noun_start += 1;
        }
        let singular = (low - 1.0).abs() < f64::EPSILON && high.is_none();
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
            counted = cur.span_text(noun_start + 1, noun_end);
            end = noun_end;
        } else if let Some(noun_end) = counted_after(
            cur,
            noun_start,
            if singular {
                Some(true)
            } else if number.spelled || number.vague {
                None
            } else {
                Some(false)
            },
        ) {
            counted = cur.span_text(noun_start, noun_end);
            end = noun_end;
        } else if number.spelled || number.vague {
            // A number word with nothing counted ("the two met") says little.
            return None;
        }
    }

    // A count right after an acronym is part of a name: "FTSE 100 index", "G20 summit"; but
    // statistics keep their numbers: "95% CI 1.11–1.62", "OR 2.3".
    if kind == Kind::Count && high.is_none() && first == number.first {
        let acronym = first.checked_sub(1).and_then(|p| cur.tok(p)).is_some_and(|p| {
            let w = p.text(cur.text);
            p.kind == TokKind::Word
                && !p.break_before
                && w.len() >= 2
                && w.chars().all(|c| c.is_ascii_uppercase())
                && !matches!(w, "CI" | "OR" | "HR" | "RR" | "SD" | "SE" | "IQR" | "SEM" | "AOR")
                && lexicon::currency_before(w).is_none()
        });
        if acronym {
            return None;
        }
    }
    if kind == Kind::Count && counted.is_none() && high.is_none() && approx == Approx::Exact && first == number.first {
        // A bare number right after a capitalised word is part of a name: "Voyager 1",
        // "Windows 10", "OAE 2".
        let named = first.checked_sub(1).and_then(|p| cur.tok(p)).is_some_and(|p| {
            p.kind == TokKind::Word
                && p.is_capitalised(cur.text)
                && !p.break_before
                && p.space_before
                && !matches!(p.lex, Lex::Month(_))
        });
        if named {
            return None;
        }
    }
    let unit_name = unit.map(|u| u.name.to_owned());
    let duration_secs = unit.and_then(|u| u.secs).map(|secs| secs * low);
    let quantity = Quantity {
        low,
        high,
        unit: unit_name,
        counted,
        approx,
        duration_secs,
    };
    let hit = (first < end).then(|| Hit::new(first, end, kind, Some(Value::Quantity(quantity))))?;
    // "a few days", "several weeks": a duration of no stated length.
    Some(if number.vague && is_time { hit.likely() } else { hit })
}

/// Counts and measures (see the module docs): anchored on numbers, number words and units of time.
pub(crate) struct Quantities;

impl Recognizer for Quantities {
    fn name(&self) -> &'static str {
        "quantities"
    }

    fn scope(&self) -> Scope {
        Scope::Anchored
    }

    fn at(&self, cursor: Cursor<'_>, index: usize, floor: usize) -> Option<Hit> {
        quantity_at(cursor, index, floor)
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::cases::{Case, check, likely, no, valued, yes};
    use crate::model::Kind::{Count, Date, Measure};

    /// Sentences written for these rules, except the rows marked as regressions from the
    /// project's sample article.
    const CASES: &[Case] = &[
        // Counts and what is counted.
        valued(
            "Police said about 2,500 protesters marched.",
            "about 2,500 protesters",
            Count,
            "about 2,500 protesters",
        ),
        valued(
            "Between 40 and 60 families were moved.",
            "Between 40 and 60 families",
            Count,
            "40 to 60 families",
        ),
        yes("The firm hired three engineers in May.", "three engineers", Count),
        yes("Only 12 schools stayed open.", "Only 12 schools", Count),
        valued(
            "More than 1.4 million Canadians voted early.",
            "More than 1.4 million Canadians",
            Count,
            "at least 1.4 million Canadians",
        ),
        yes(
            "At least 40 Democrats signed the letter.",
            "At least 40 Democrats",
            Count,
        ),
        yes("Hundreds of residents left the valley.", "Hundreds of residents", Count),
        yes("A dozen reporters waited outside.", "A dozen reporters", Count),
        yes("Twenty-one miners were rescued.", "Twenty-one miners", Count),
        // Money, percentages and units.
        valued(
            "The deal is worth $6billion, analysts say.",
            "$6billion",
            Measure,
            "$6 billion",
        ),
        valued(
            "It raised $3.1million in a week.",
            "$3.1million",
            Measure,
            "$3.1 million",
        ),
        valued("The fund lost €450m last year.", "€450m", Measure, "€450 million"),
        valued("Inflation eased to 2.4% in May.", "2.4%", Measure, "2.4%"),
        valued("Tickets cost 15 pounds each.", "15 pounds", Measure, "£15"),
        yes("The tower is 328 metres tall.", "328 metres", Measure),
        yes("Temperatures fell to −12°C overnight.", "−12°C", Measure),
        yes("Doses range from 5 to 10 mg daily.", "from 5 to 10 mg", Measure),
        yes(
            "Lead levels reached 3.2, 4.8 and 7.1 ppm.",
            "3.2, 4.8 and 7.1 ppm",
            Measure,
        ),
        valued(
            "A 6.4-magnitude earthquake hit the coast.",
            "6.4-magnitude",
            Measure,
            "6.4 magnitude",
        ),
        yes(
            "The rate fell 3 percentage points to 38%.",
            "3 percentage points",
            Measure,
        ),
        // Durations.
        valued(
            "She ran a 45-second spot on radio.",
            "45-second spot",
            Measure,
            "45 seconds",
        ),
        valued(
            "A 90-minute debate followed.",
            "90-minute debate",
            Measure,
            "90 minutes",
        ),
        yes("Repairs took nearly half an hour.", "nearly half an hour", Measure),
        yes("Crews worked for the next 72 hours.", "for the next 72 hours", Measure),
        yes("He waited within ten working days.", "within ten working days", Measure),
        likely("The families have waited for years.", "for years", Measure),
        likely("Talks could take several weeks.", "several weeks", Measure),
        yes("They met two weeks ago.", "two weeks ago", Date),
        // Not amounts: pronouns, idioms, names and codes.
        no("At one point the crowd went quiet.", "one", Count),
        no("On one hand the plan is cheap.", "one", Count),
        no("No one saw one of the guards.", "one", Count),
        no("The motel sits on Route 66 near town.", "66", Count),
        no("He flew a Boeing 737 to Lima, then drove Highway 401.", "401", Count),
        no("It runs Windows 11 and sits at the G20 summit.", "11", Count),
        no("See Figure 4 and Table 2 in section 3.", "4", Count),
        no("Call 555-0199 for the iPhone 15.", "555-0199", Count),
        no("The 4K screen and the F-35 jet.", "4K", Count),
        no("Amy Lee, 29, said she was fine.", "29", Count),
        // Regressions from the sample article (dev gold).
        yes(
            "the 60,000 to 90,000 Russian soldiers who",
            "60,000 to 90,000 Russian soldiers",
            Count,
        ),
        yes("In a 50-minute call, their", "50-minute call", Measure),
        yes(
            "deployments over the past two months alarmed",
            "over the past two months",
            Measure,
        ),
    ];

    #[test]
    fn cases() {
        check(CASES);
    }
}
