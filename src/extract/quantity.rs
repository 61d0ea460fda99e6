//! Counts and measures: a number or a range, with what makes it approximate before it and its
//! unit or the thing counted after it. "about 10,000 soldiers", "60,000 to 90,000 Russian
//! soldiers", "$5bn", "between 20 and 60 g", "over the past two months", "50-minute call".

use super::Found;
use super::lexicon::{self, Lex, Unit};
use super::numbers::{Number, number_at};
use super::token::{TokKind, Token};
use crate::model::{Approx, DateValue, Kind, Quantity, Value};

/// A unit found after a number, and the token just past it.
struct UnitMatch {
    unit: Unit,
    end: usize,
    /// Joined to the number by a hyphen: "50-minute".
    hyphenated: bool,
}

fn tok(tokens: &[Token], index: usize) -> Option<&Token> {
    tokens.get(index)
}

fn is_text(text: &str, tokens: &[Token], index: usize, word: &str) -> bool {
    tokens.get(index).is_some_and(|t| t.is(text, word))
}

/// Whether token `index` follows its predecessor with no space.
fn glued(tokens: &[Token], index: usize) -> bool {
    tokens.get(index).is_some_and(|t| !t.space_before)
}

fn scale_suffix(word: &str, currency: bool) -> Option<f64> {
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

/// Whether letters glued to a number read as an unlisted unit ("5Rp", "1kR", "0.9mH") rather
/// than a code ("3D"), a citation year ("2010a") or an isotope ("206Pb").
fn glued_unit_like(suffix: &str, number: &str) -> bool {
    let ascii = suffix.bytes().all(|b| b.is_ascii_alphabetic());
    let small = number.contains('.') || number.len() <= 2;
    let lower_first = suffix.bytes().next().is_some_and(|b| b.is_ascii_lowercase());
    ascii && (2..=3).contains(&suffix.len()) && suffix.bytes().any(|b| b.is_ascii_lowercase()) && (lower_first || small)
}

/// The unit right after token `index - 1`, if any.
#[allow(clippy::too_many_lines, reason = "one case per way of writing a unit, in order")]
fn unit_at(text: &str, tokens: &[Token], index: usize) -> Option<UnitMatch> {
    let token = tok(tokens, index)?;
    if token.break_before {
        return None;
    }
    let word = token.text(text);
    // "50-minute", "2-hour", "30-day".
    if token.kind == TokKind::Punct && word == "-" && !token.space_before {
        let next = tok(tokens, index + 1)?;
        if next.space_before || next.kind != TokKind::Word {
            return None;
        }
        let unit = lexicon::unit_after(next.text(text))?;
        return Some(UnitMatch {
            unit,
            end: index + 2,
            hyphenated: true,
        });
    }
    if token.kind == TokKind::Punct && word == "°" {
        // "5 °C", "−4°C", "54 °N", "40°N".
        if let Some(next) = tok(tokens, index + 1)
            && !next.space_before
            && next.kind == TokKind::Word
            && matches!(next.text(text), "C" | "F" | "K" | "N" | "S" | "E" | "W")
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
    if word.eq_ignore_ascii_case("per") && is_text(text, tokens, index + 1, "cent") {
        return Some(UnitMatch {
            unit: Unit { name: "%", secs: None },
            end: index + 2,
            hyphenated: false,
        });
    }
    // Single letters spaced from the number are units only in technical prose, where the
    // next thing is punctuation or a number, not a word: "24 h,", "5 s." but "5 s of".
    if token.space_before && matches!(word, "s" | "h" | "l" | "t" | "A" | "V" | "N" | "J" | "W" | "K") {
        let next_is_word = tok(tokens, index + 1).is_some_and(|n| n.kind == TokKind::Word && !n.break_before);
        if next_is_word {
            return None;
        }
    }
    // "15C", "5F": temperatures, glued only ("grade 5 C" is not one).
    if matches!(word, "C" | "F") {
        // "13C/12C" is an isotope ratio.
        let ratio = tok(tokens, index + 1).is_some_and(|n| !n.space_before && matches!(n.text(text), "/" | "-"));
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
                .and_then(|i| tok(tokens, i))
                .is_some_and(|n| n.kind == TokKind::Num && glued_unit_like(word, n.text(text)))
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
    if let Some(second) = tok(tokens, end).filter(|t| !t.break_before && t.kind == TokKind::Word) {
        if unit.name == "%" && (second.is(text, "points") || second.is(text, "point")) {
            unit = Unit {
                name: "percentage points",
                secs: None,
            };
            end += 1;
        } else if unit.name == "°"
            && ["fahrenheit", "celsius", "centigrade", "kelvin"]
                .iter()
                .any(|w| second.is(text, w))
        {
            end += 1;
        }
    }
    // "mmol/L", "km/h", "mg/kg".
    if is_text(text, tokens, end, "/")
        && glued(tokens, end)
        && glued(tokens, end + 1)
        && let Some(next) = tok(tokens, end + 1)
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
fn unit_after_adjective(text: &str, tokens: &[Token], index: usize) -> Option<UnitMatch> {
    let adjective = tok(tokens, index)?;
    let counts_time = [
        "working",
        "business",
        "full",
        "whole",
        "consecutive",
        "straight",
        "more",
        "additional",
        "extra",
        "calendar",
        "solid",
        "long",
        "short",
    ]
    .iter()
    .any(|w| adjective.is(text, w));
    if !counts_time || adjective.break_before {
        return None;
    }
    let found = unit_at(text, tokens, index + 1)?;
    (found.unit.secs.is_some() && !found.hyphenated).then_some(found)
}

/// A currency sign or code right before token `index`; returns its first token and code.
fn currency_before(text: &str, tokens: &[Token], index: usize, floor: usize) -> Option<(usize, &'static str)> {
    let before = index.checked_sub(1).filter(|&b| b >= floor)?;
    let token = tok(tokens, before)?;
    let code = lexicon::currency_before(token.text(text))?;
    if tok(tokens, index).is_some_and(|t| t.break_before) {
        return None;
    }
    // "US$ 20,000": a prefix glued to the sign.
    if let Some(prefix) = before.checked_sub(1).filter(|&b| b >= floor)
        && !token.space_before
        && tok(tokens, prefix)
            .is_some_and(|p| matches!(p.text(text), "US" | "A" | "C" | "HK" | "NZ" | "R" | "AU" | "CA" | "S"))
    {
        return Some((prefix, code));
    }
    if token.kind == TokKind::Word && !tok(tokens, index).is_some_and(|t| t.space_before) {
        // "USD5" is odd enough to be a code.
        return None;
    }
    Some((before, code))
}

/// "Maria Lopez, 34,": an age; the "0" of "1 – 0": a score.
fn is_age_name_or_score(text: &str, tokens: &[Token], index: usize, token: &Token, prev: &Token) -> bool {
    // "Maria Lopez, 34, said", "the suspect, 25, fired": an age in apposition, not an amount.
    if prev.text(text) == ","
        && tok(tokens, index + 1).is_some_and(|n| n.text(text) == ",")
        && index
            .checked_sub(2)
            .and_then(|i| tok(tokens, i))
            .is_some_and(|w| w.kind == TokKind::Word)
    {
        return true;
    }
    // The second number of a score ("1 – 0"): its first number was already judged.
    if matches!(prev.text(text), "-" | "–" | "—")
        && !token.break_before
        && index
            .checked_sub(2)
            .and_then(|i| tok(tokens, i))
            .is_some_and(|n| n.kind == TokKind::Num)
    {
        return true;
    }
    false
}

/// Whether what stands before the number makes it a code, a label or a citation:
/// "IE6", "COVID-19", "s−1", "Figure 2", "phases 3, 5, and 7", "(22)".
fn is_reference(text: &str, tokens: &[Token], index: usize, token: &Token, prev: &Token) -> bool {
    if !token.space_before && !token.break_before {
        match prev.kind {
            // "IE6", "H1N1", "A320".
            TokKind::Word | TokKind::Code | TokKind::Poss | TokKind::Num => return true,
            TokKind::Punct => {
                let p = prev.text(text);
                if p == "#" || p == "/" || p == "_" || p == "@" || p == "." || p == ":" || p == ")" || p == "]" {
                    // "#2", "a/1", "(ClO4)2": references, codes, subscripts.
                    return true;
                }
                // "s−1", "m-2": an exponent glued to a unit symbol.
                if matches!(p, "−" | "-" | "–")
                    && !prev.space_before
                    && index
                        .checked_sub(2)
                        .and_then(|i| tok(tokens, i))
                        .is_some_and(|w| w.kind == TokKind::Word)
                {
                    let w = index
                        .checked_sub(2)
                        .and_then(|i| tok(tokens, i))
                        .map_or("", |w| w.text(text));
                    if !matches!(
                        w.to_ascii_lowercase().as_str(),
                        "mid" | "pre" | "post" | "early" | "late" | "over" | "under" | "top" | "about"
                    ) {
                        return true;
                    }
                }
                if matches!(p, "-" | "–" | "—") {
                    // "COVID-19", "F-16": a hyphen glued to a capitalised code word.
                    if let Some(word) = index.checked_sub(2).and_then(|i| tok(tokens, i)) {
                        if !prev.space_before && word.kind == TokKind::Word {
                            let w = word.text(text);
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
    if is_age_name_or_score(text, tokens, index, token, prev) {
        return true;
    }
    // "Figure 2", "No. 5", "Table 3", and lists of them: "phases 3, 5, and 7". Only a bare
    // number continues such a list ("Fig. 10, 350 electrons" counts, "column, 407 ppm"
    // measures), and the list must hold a number ("clones, 26 (72%)" is not a label).
    let bare = !tok(tokens, index + 1).is_some_and(|n| {
        (countable_word(text, n) && is_plural(n.text(text))) || unit_at(text, tokens, index + 1).is_some()
    });
    let mut back = index;
    let mut passed_number = false;
    while back + 12 > index {
        let Some(p) = back.checked_sub(1).and_then(|i| tok(tokens, i)) else {
            break;
        };
        let direct = back == index;
        let label_at = |l: &Token| l.kind == TokKind::Word && lexicon::is_label_word(l.text(text));
        if label_at(p) && (direct || passed_number) {
            return true;
        }
        if p.text(text) == "."
            && back.checked_sub(2).and_then(|i| tok(tokens, i)).is_some_and(label_at)
            && (direct || passed_number)
        {
            return true;
        }
        let listed = p.kind == TokKind::Num
            || matches!(p.text(text), "," | "-" | "–")
            || p.is(text, "and")
            || p.is(text, "or")
            || p.is(text, "to");
        if !listed || p.break_before || !bare {
            break;
        }
        passed_number |= p.kind == TokKind::Num;
        back -= 1;
    }
    is_citation(text, tokens, index, prev)
}

/// A number inside a citation: "[12]", "[3, 4]", "(22)", "(14–17)".
fn is_citation(text: &str, tokens: &[Token], index: usize, prev: &Token) -> bool {
    let opening = prev.text(text);
    if opening == "[" || opening == "(" || (opening == "," && in_brackets(text, tokens, index)) {
        let mut i = index + 1;
        while let Some(t) = tok(tokens, i) {
            match t.text(text) {
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
fn is_not_an_amount(text: &str, tokens: &[Token], index: usize) -> bool {
    let Some(token) = tok(tokens, index) else {
        return true;
    };
    let prev = index.checked_sub(1).and_then(|i| tok(tokens, i));
    if let Some(prev) = prev
        && is_reference(text, tokens, index, token, prev)
    {
        return true;
    }
    // "3D", "5G": digits glued to letters that are no unit, then more letters or digits.
    if let Some(next) = tok(tokens, index + 1) {
        if !next.space_before && next.kind == TokKind::Word {
            let w = next.text(text);
            let after_currency = prev.is_some_and(|p| lexicon::currency_before(p.text(text)).is_some());
            let known = lexicon::unit_after(w).is_some()
                || matches!(w, "C" | "F")
                || scale_suffix(w, after_currency).is_some()
                || matches!(w, "s" | "st" | "nd" | "rd" | "th" | "am" | "pm" | "a.m." | "p.m.");
            // A short glued suffix with a lower-case letter reads as a unit ("5Rp", "1kR");
            // all capitals are codes ("3D", "5G", "4K").
            let unit_like = glued_unit_like(w, token.text(text))
                && tok(tokens, index + 2).is_none_or(|n| n.space_before || n.kind == TokKind::Punct);
            if !known && !unit_like {
                return true;
            }
        }
        if !next.space_before && next.kind == TokKind::Num {
            return true;
        }
    }
    // "9/11", "24/7", "22/10a": numbers joined by a slash are names, dates or codes.
    if tok(tokens, index + 1).is_some_and(|n| !n.space_before && n.text(text) == "/")
        && tok(tokens, index + 2).is_some_and(|n| !n.space_before && n.kind == TokKind::Num)
    {
        return true;
    }
    // "1-D", "3-D": a number glued by a hyphen to a letter code.
    if let (Some(hyphen), Some(code)) = (tok(tokens, index + 1), tok(tokens, index + 2))
        && hyphen.text(text) == "-"
        && !hyphen.space_before
        && !code.space_before
        && code.kind == TokKind::Word
    {
        let w = code.text(text);
        if w.len() <= 3 && w.chars().all(|c| c.is_ascii_uppercase()) && lexicon::unit_after(w).is_none() {
            return true;
        }
    }
    // "1 = agree": a number being defined is a label.
    if tok(tokens, index + 1).is_some_and(|n| n.text(text) == "=") {
        return true;
    }
    // A list marker: "1." or "2)" opening a paragraph.
    if token.break_before
        && let Some(next) = tok(tokens, index + 1)
        && !next.space_before
        && matches!(next.text(text), "." | ")")
    {
        return true;
    }
    false
}

fn in_brackets(text: &str, tokens: &[Token], index: usize) -> bool {
    let floor = index.saturating_sub(12);
    let mut i = index;
    while i > floor {
        i -= 1;
        match tok(tokens, i).map(|t| t.text(text)) {
            Some("[" | "(") => return true,
            Some("," | "-" | "–") => {}
            Some(_) if tok(tokens, i).is_some_and(|t| t.kind == TokKind::Num) => {}
            _ => return false,
        }
    }
    false
}

/// After a bare number at `end - 1`: further numbers joined by commas, "and", "or", the last
/// with a unit. Returns the token after the unit and the unit.
fn list_with_unit(text: &str, tokens: &[Token], end: usize) -> Option<(usize, UnitMatch)> {
    let mut index = end;
    let mut items = 1;
    while items < 12 {
        let sep = tok(tokens, index)?;
        if sep.break_before {
            return None;
        }
        let mut next = index;
        if sep.text(text) == "," {
            next += 1;
            if is_text(text, tokens, next, "and") || is_text(text, tokens, next, "or") {
                next += 1;
            }
        } else if sep.is(text, "and") || sep.is(text, "or") {
            next += 1;
        } else {
            return None;
        }
        let item = tok(tokens, next)?;
        if item.kind != TokKind::Num || item.break_before {
            return None;
        }
        items += 1;
        index = next + 1;
        if let Some(found) = unit_at(text, tokens, index) {
            return (items >= 2 && !found.hyphenated).then_some((found.end, found));
        }
    }
    None
}

/// Words that make the following number approximate, longest first; the approximation each
/// stands for.
const APPROX_PHRASES: &[(&[&str], Approx)] = &[
    (&["more", "than"], Approx::AtLeast),
    (&["greater", "than"], Approx::AtLeast),
    (&["higher", "than"], Approx::AtLeast),
    (&["larger", "than"], Approx::AtLeast),
    (&["in", "excess", "of"], Approx::AtLeast),
    (&["upwards", "of"], Approx::AtLeast),
    (&["at", "least"], Approx::AtLeast),
    (&["no", "fewer", "than"], Approx::AtLeast),
    (&["no", "less", "than"], Approx::AtLeast),
    (&["as", "many", "as"], Approx::AtMost),
    (&["as", "much", "as"], Approx::AtMost),
    (&["as", "high", "as"], Approx::AtMost),
    (&["as", "few", "as"], Approx::AtLeast),
    (&["as", "little", "as"], Approx::AtLeast),
    (&["as", "low", "as"], Approx::AtLeast),
    (&["less", "than"], Approx::AtMost),
    (&["fewer", "than"], Approx::AtMost),
    (&["lower", "than"], Approx::AtMost),
    (&["smaller", "than"], Approx::AtMost),
    (&["at", "most"], Approx::AtMost),
    (&["up", "to"], Approx::AtMost),
    (&["no", "more", "than"], Approx::AtMost),
    (&["close", "to"], Approx::About),
    (&["just", "over"], Approx::AtLeast),
    (&["well", "over"], Approx::AtLeast),
    (&["just", "under"], Approx::AtMost),
    (&["an", "estimated"], Approx::About),
    (&["on", "average"], Approx::About),
    (&["an", "average", "of"], Approx::About),
    (&["a", "total", "of"], Approx::Exact),
    (&["about"], Approx::About),
    (&["around"], Approx::About),
    (&["approximately"], Approx::About),
    (&["approx"], Approx::About),
    (&["roughly"], Approx::About),
    (&["nearly"], Approx::About),
    (&["almost"], Approx::About),
    (&["some"], Approx::About),
    (&["circa"], Approx::About),
    (&["estimated"], Approx::About),
    (&["over"], Approx::AtLeast),
    (&["above"], Approx::AtLeast),
    (&["exceeding"], Approx::AtLeast),
    (&["under"], Approx::AtMost),
    (&["below"], Approx::AtMost),
    (&["within"], Approx::AtMost),
    (&["only"], Approx::Exact),
    (&["just"], Approx::Exact),
    (&["exactly"], Approx::Exact),
    (&["precisely"], Approx::Exact),
    (&["every"], Approx::Exact),
    (&["each"], Approx::Exact),
    (&["another"], Approx::Exact),
];

fn symbol_approx(symbol: &str) -> Option<Approx> {
    match symbol {
        "~" | "∼" | "≈" | "≃" | "≅" | "±" => Some(Approx::About),
        ">" | "≥" | "⩾" | "≧" | "+" => Some(Approx::AtLeast),
        "<" | "≤" | "⩽" | "≦" => Some(Approx::AtMost),
        _ => None,
    }
}

/// Looks back from token `first` for approximation words; returns the new first token.
fn approx_before(text: &str, tokens: &[Token], first: usize, floor: usize) -> (usize, Approx) {
    let mut start = first;
    let mut approx = Approx::Exact;
    // Symbols glued or spaced: "∼56 Ma", "< 0.1", "≥16".
    if let Some(before) = start.checked_sub(1).filter(|&b| b >= floor)
        && let Some(token) = tok(tokens, before)
        && token.kind == TokKind::Punct
        && !tok(tokens, start).is_some_and(|t| t.break_before)
        && let Some(symbol) = symbol_approx(token.text(text))
    {
        approx = symbol;
        start = before;
    }
    let Some(last) = start
        .checked_sub(1)
        .filter(|&s| s >= floor)
        .and_then(|s| tok(tokens, s))
    else {
        return (start, approx);
    };
    if last.kind != TokKind::Word || tok(tokens, start).is_some_and(|t| t.break_before) {
        return (start, approx);
    }
    for (words, meaning) in APPROX_PHRASES {
        // The word right before the number first: it rules out almost every phrase.
        if !words.last().is_some_and(|w| last.is(text, w)) {
            continue;
        }
        let Some(phrase_start) = start.checked_sub(words.len()).filter(|&s| s >= floor) else {
            continue;
        };
        let matches = words.iter().enumerate().all(|(k, w)| {
            tok(tokens, phrase_start + k).is_some_and(|t| {
                t.kind == TokKind::Word && t.is(text, w) && !t.break_before || (k == 0 && t.is(text, w))
            })
        });
        if matches && !tok(tokens, start).is_some_and(|t| t.break_before) {
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
fn duration_frame_before(text: &str, tokens: &[Token], first: usize, floor: usize) -> usize {
    let mut start = first;
    let Some(before) = start.checked_sub(1).filter(|&b| b >= floor) else {
        return start;
    };
    let Some(token) = tok(tokens, before) else {
        return start;
    };
    if token.kind == TokKind::Word
        && [
            "past",
            "last",
            "next",
            "previous",
            "coming",
            "following",
            "first",
            "final",
            "recent",
        ]
        .iter()
        .any(|w| token.is(text, w))
    {
        start = before;
        if let Some(the) = start.checked_sub(1).filter(|&b| b >= floor)
            && is_text(text, tokens, the, "the")
        {
            start = the;
            if let Some(prep) = start.checked_sub(1).filter(|&b| b >= floor)
                && ["over", "in", "for", "during", "within", "throughout"]
                    .iter()
                    .any(|w| is_text(text, tokens, prep, w))
            {
                start = prep;
            }
        }
    }
    start
}

/// Whether a word may be part of the noun phrase naming what is counted.
fn countable_word(text: &str, token: &Token) -> bool {
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

fn is_plural(word: &str) -> bool {
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
fn counted_after(text: &str, tokens: &[Token], index: usize, singular: Option<bool>) -> Option<usize> {
    let mut end = index;
    let mut last_plural = None;
    let mut first_word_end = None;
    while end < index + 4 {
        let Some(token) = tok(tokens, end) else { break };
        if !countable_word(text, token) {
            break;
        }
        let word = token.text(text);
        // A capitalised word counts only as an adjective before a lower-case noun:
        // "Russian soldiers", not "0 Panama".
        if token.is_capitalised(text) {
            let next_ok = tok(tokens, end + 1).is_some_and(|n| countable_word(text, n) && !n.is_capitalised(text));
            if !next_ok {
                break;
            }
        }
        // Verbs right after a number ("107 killed", "20 remaining") end the phrase.
        let verbish = word.len() > 4 && (word.ends_with("ed") || word.ends_with("ing"));
        // ... unless a plural noun follows: "three screening cycles".
        let modifier = tok(tokens, end + 1).is_some_and(|n| countable_word(text, n) && is_plural(n.text(text)));
        // After the noun, such a word is the verb: "vendors offered products".
        let after_noun = end > index && word.len() > 4 && word.ends_with("ed");
        if (verbish && end == index && !modifier) || after_noun {
            break;
        }
        end += 1;
        if first_word_end.is_none() && !token.is_capitalised(text) {
            first_word_end = Some(end);
        }
        if is_plural(word) && !token.is_capitalised(text) {
            last_plural = Some(end);
        }
        // Glued hyphen compounds: "pro-Russian separatists", "year-old".
        while is_text(text, tokens, end, "-")
            && glued(tokens, end)
            && tok(tokens, end + 1).is_some_and(|n| !n.space_before && n.kind == TokKind::Word)
        {
            end += 2;
            if tok(tokens, end - 1).is_some_and(|t| is_plural(t.text(text))) {
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

fn span_text(text: &str, tokens: &[Token], first: usize, end: usize) -> Option<String> {
    let start = tok(tokens, first)?.start;
    let stop = tok(tokens, end.checked_sub(1)?)?.end;
    text.get(start..stop).map(str::to_owned)
}

/// The count or measure that has a number at token `index`, or a duration word there.
#[allow(
    clippy::too_many_lines,
    reason = "one linear recipe: number, range, unit, prefix, noun"
)]
pub(crate) fn quantity_at(text: &str, tokens: &[Token], index: usize, floor: usize) -> Option<(Found, usize)> {
    let token = tok(tokens, index)?;
    if token.kind == TokKind::Word && matches!(token.lex, Lex::TimeUnit(_)) {
        return bare_duration(text, tokens, index, floor);
    }
    if token.kind == TokKind::Num && is_not_an_amount(text, tokens, index) {
        return None;
    }
    // "3rd" is a rank, for the ordinal recogniser.
    if token.kind == TokKind::Num
        && tok(tokens, index + 1).is_some_and(|n| !n.space_before && matches!(n.text(text), "st" | "nd" | "rd" | "th"))
    {
        return None;
    }
    // "half an hour", "half a day".
    if token.kind == TokKind::Word && token.is(text, "half") {
        if (is_text(text, tokens, index + 1, "an") || is_text(text, tokens, index + 1, "a"))
            && matches!(tok(tokens, index + 2).map(|t| t.lex), Some(Lex::TimeUnit(_)))
        {
            let number = Number {
                first: index,
                end: index + 2,
                value: 0.5,
                spelled: true,
                vague: false,
                plain_digits: None,
            };
            return build(text, tokens, &number, floor);
        }
        return None;
    }
    // "an hour", "a decade": one unit of time.
    if token.kind == TokKind::Word
        && (token.is(text, "a") || token.is(text, "an"))
        && let Some(unit_token) = tok(tokens, index + 1)
        && let Lex::TimeUnit(_) = unit_token.lex
        && !unit_token.text(text).ends_with('s')
        && unit_token.text(text).len() > 2
    {
        // "twice a day", "once a year", "per year" are rates, not durations.
        let rate = index.checked_sub(1).and_then(|i| tok(tokens, i)).is_some_and(|p| {
            ["twice", "once", "times", "per", "thrice"]
                .iter()
                .any(|w| p.is(text, w))
        });
        let ago_or_later = tok(tokens, index + 2).is_some_and(|n| n.is(text, "ago"));
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
        return build(text, tokens, &number, floor);
    }
    let number = number_at(text, tokens, index)?;
    if number.spelled {
        let word = token.text(text);
        // "no one", "one of the", "the one", "one another".
        if word.eq_ignore_ascii_case("one") {
            let prev_blocks = index.checked_sub(1).and_then(|i| tok(tokens, i)).is_some_and(|p| {
                [
                    "no", "any", "every", "some", "each", "the", "this", "that", "which", "anyone", "someone",
                    "everyone",
                ]
                .iter()
                .any(|w| p.is(text, w))
            });
            let next_blocks = tok(tokens, index + 1).is_some_and(|n| {
                n.kind == TokKind::Poss || ["of", "another", "who", "that", "which", "-", "in", "way", "thing"].iter().any(|w| n.is(text, w))
                    // "One day, …" tells a story; "less than one day" measures.
                    || n.is(text, "day") && !index.checked_sub(1).and_then(|i| tok(tokens, i)).is_some_and(|p| matches!(p.lex, Lex::Approx) || p.is(text, "than"))
            });
            if prev_blocks || next_blocks {
                return None;
            }
        }
    }
    build(text, tokens, &number, floor)
}

fn bare_duration(text: &str, tokens: &[Token], index: usize, floor: usize) -> Option<(Found, usize)> {
    // "for decades", "for months", "months and even years": a plural unit of time with no
    // number is still a duration when a preposition or a list puts it in that role.
    let token = tok(tokens, index)?;
    let Lex::TimeUnit(_) = token.lex else {
        return None;
    };
    let word = token.text(text);
    if !word.ends_with('s') || word.len() < 4 || token.is_capitalised(text) && index > 0 && !token.break_before {
        return None;
    }
    let prev = index.checked_sub(1).filter(|&p| p >= floor);
    let mut start = index;
    let prev_word = prev.and_then(|p| tok(tokens, p));
    let framed = prev_word.is_some_and(|p| {
        ["for", "over", "within", "lasting", "took", "takes", "spent", "waited"]
            .iter()
            .any(|w| p.is(text, w))
    }) || (prev_word.is_some_and(|p| p.is(text, "of"))
        && index
            .checked_sub(2)
            .is_some_and(|m| m >= floor && tok(tokens, m).is_some_and(|t| t.is(text, "matter"))));
    let listed = prev_word.is_some_and(|p| p.is(text, "even") || p.is(text, "and") || p.is(text, "or"))
        || tok(tokens, index + 1).is_some_and(|n| n.is(text, "and") || n.is(text, "or"))
            && matches!(
                tok(tokens, index + 2).map(|t| t.lex),
                Some(Lex::TimeUnit(_) | Lex::Stop)
            );
    let long = tok(tokens, index + 1)
        .is_some_and(|n| n.is(text, "long") || n.is(text, "later") || n.is(text, "ago") || n.is(text, "earlier"));
    if framed {
        // "for decades" keeps its preposition: without it "decades" says nothing.
        if let Some(p) = prev
            && prev_word.is_some_and(|t| t.is(text, "for"))
        {
            start = p;
        }
    } else if !(listed || long) {
        return None;
    }
    let mut end = index + 1;
    let mut kind = Kind::Measure;
    let mut value = None;
    if tok(tokens, end).is_some_and(|n| n.is(text, "ago")) {
        end += 1;
        kind = Kind::Date;
        value = Some(Value::Date(DateValue {
            relative: span_text(text, tokens, start, end),
            ..DateValue::default()
        }));
    }
    let found = Found {
        start: tok(tokens, start)?.start,
        end: tok(tokens, end - 1)?.end,
        kind,
        value,
    };
    Some((found, end))
}

/// Builds the claim around `number`: range, unit, counted noun, approximation, prefixes.
#[allow(
    clippy::too_many_lines,
    reason = "one linear recipe: number, range, unit, prefix, noun"
)]
fn build(text: &str, tokens: &[Token], number: &Number, floor: usize) -> Option<(Found, usize)> {
    let mut first = number.first;
    let mut low = number.value;
    let mut high: Option<f64> = None;
    let mut end = number.end;
    let mut unit: Option<Unit> = None;
    let mut hyphenated = false;
    let mut currency: Option<&'static str> = None;

    // Sign: "−4", "-2" (a minus glued to the number, not a hyphen between words).
    if let Some(sign_index) = first.checked_sub(1).filter(|&s| s >= floor)
        && let Some(sign) = tok(tokens, sign_index)
    {
        let glued_sign = !tok(tokens, first).is_some_and(|t| t.space_before);
        let after_word = sign_index
            .checked_sub(1)
            .and_then(|i| tok(tokens, i))
            .is_some_and(|p| !sign.space_before && !matches!(p.kind, TokKind::Punct));
        if glued_sign && !after_word && !number.spelled && matches!(sign.text(text), "−" | "-" | "–") {
            low = -low;
            first = sign_index;
        }
    }
    if let Some((currency_first, code)) = currency_before(text, tokens, first, floor) {
        currency = Some(code);
        first = currency_first;
    }
    // Scale glued to the number: "1.2m", "$5bn", "3k".
    // A bare "m" is a metre unless people or things follow: "1.2m people".
    let counted_follows = tok(tokens, end + 1)
        .is_some_and(|n| countable_word(text, n) && !n.is_capitalised(text) && is_plural(n.text(text)));
    if let Some(next) = tok(tokens, end)
        && !next.space_before
        && next.kind == TokKind::Word
        && !number.spelled
        && let Some(scale) = scale_suffix(next.text(text), currency.is_some() || counted_follows)
    {
        low *= scale;
        end += 1;
    }
    if let Some(found) = unit_at(text, tokens, end).or_else(|| unit_after_adjective(text, tokens, end)) {
        // "two seconds" but not "the second": `unit_after` knows "seconds" only.
        unit = Some(found.unit);
        hyphenated = found.hyphenated;
        end = found.end;
    } else if tok(tokens, end).is_some_and(|t| t.is(text, "second")) && (number.value - 1.0).abs() < f64::EPSILON {
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
        .is_some_and(|b| is_text(text, tokens, b, "between"));
    if unit.is_none()
        && !number.spelled
        && !after_between
        && let Some((list_end, list_unit)) = list_with_unit(text, tokens, end)
    {
        unit = Some(list_unit.unit);
        hyphenated = false;
        end = list_end.max(list_unit.end);
    }
    // Range: "60,000 to 90,000", "9-10", "between 20 and 60", "1.4%–3.1%", "six or seven".
    let between = first
        .checked_sub(1)
        .filter(|&b| b >= floor)
        .filter(|&b| is_text(text, tokens, b, "between"));
    let from = first
        .checked_sub(1)
        .filter(|&b| b >= floor)
        .filter(|&b| is_text(text, tokens, b, "from"));
    if let Some(connector) = tok(tokens, end).filter(|t| !t.break_before) {
        let c = connector.text(text);
        let dash = matches!(c, "-" | "–" | "—" | "‒");
        let word_link = connector.is(text, "to")
            || connector.is(text, "through")
            || connector.is(text, "and") && between.is_some()
            || connector.is(text, "or") && !hyphenated;
        if (dash && !hyphenated) || word_link {
            let mut second_index = end + 1;
            let second_currency = tok(tokens, second_index).and_then(|t| lexicon::currency_before(t.text(text)));
            // "from ∼20 ppm to ∼180 ppm", "$5 to $10".
            if second_currency.is_some()
                || tok(tokens, second_index).is_some_and(|t| symbol_approx(t.text(text)).is_some())
            {
                second_index += 1;
            }
            let negative = tok(tokens, second_index).is_some_and(|t| {
                matches!(t.text(text), "−" | "-")
                    && tok(tokens, second_index + 1).is_some_and(|n| !n.space_before && n.kind == TokKind::Num)
            });
            if negative {
                second_index += 1;
            }
            let second = number_at(text, tokens, second_index).filter(|n| {
                // A range joins like with like: digits with digits, words with words.
                n.spelled == number.spelled && !n.vague && tok(tokens, n.first).is_some_and(|t| !t.break_before)
            });
            if let Some(second) = second {
                let mut value = if negative { -second.value } else { second.value };
                let mut second_end = second.end;
                if let Some(next) = tok(tokens, second_end)
                    && !next.space_before
                    && next.kind == TokKind::Word
                    && let Some(scale) = scale_suffix(next.text(text), currency.is_some())
                {
                    value *= scale;
                    second_end += 1;
                }
                let second_unit = unit_at(text, tokens, second_end);
                let plausible = if dash
                    && !connector.space_before
                    && !(tok(tokens, second_index).is_some_and(|t| t.space_before))
                {
                    value >= low || negative || low < 0.0
                } else if dash {
                    // Spaced dashes also separate scores ("1 – 0") and clauses.
                    value >= low && (unit.is_some() || second_unit.is_some())
                } else if connector.is(text, "or") {
                    unit.is_none() && (value - low).abs() <= 10.0 && value > low
                } else {
                    true
                };
                let is_code = tok(tokens, second_end).is_some_and(|n| {
                    !n.space_before
                        && (n.kind == TokKind::Num
                            || (n.kind == TokKind::Word
                                && second_unit.is_none()
                                && scale_suffix(n.text(text), true).is_none()))
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
    if tok(tokens, end).is_some_and(|t| t.text(text) == "±" && !t.break_before)
        && let Some(spread) = number_at(text, tokens, end + 1).filter(|n| !n.spelled)
    {
        end = spread.end;
        if let Some(found) = unit_at(text, tokens, end) {
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
        && !matches!(tok(tokens, number.first).map(|t| t.lex), Some(Lex::ScalePlural(_)))
    {
        // "several", "a few" only make claims about time: "a few days".
        return None;
    }

    let is_time = unit.is_some_and(|u| u.secs.is_some());
    // Prefixes.
    if is_time {
        first = duration_frame_before(text, tokens, first, floor);
    }
    let (with_approx, mut approx) = approx_before(text, tokens, first, floor);
    if with_approx < first {
        // "over the past": the frame came first; "just over 24 hours": approximation first.
        let blocked = is_time && first < number.first && tok(tokens, first).is_some_and(|t| t.is(text, "over"));
        if blocked {
            approx = Approx::Exact;
        } else {
            first = with_approx;
            // "only about", "just over": one more approximation word.
            let (again, _) = approx_before(text, tokens, first, floor);
            if again < first && again + 1 >= first {
                first = again;
            }
        }
    }
    if between.is_some_and(|b| b == first) {
        // "between 20 and 60" is a range, not an approximation.
    }
    if let Some(word) = tok(tokens, number.first)
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
        if hyphenated && let Some(noun) = tok(tokens, end) {
            let old = noun.is(text, "-")
                && is_text(text, tokens, end + 1, "old")
                && glued(tokens, end)
                && glued(tokens, end + 1);
            if old {
                end += 2;
            } else if noun.kind == TokKind::Word
                && noun.space_before
                && !noun.is_capitalised(text)
                && countable_word(text, noun)
            {
                end += 1;
            }
        }
        // "two years ago", "a year earlier" are dates.
        if tok(tokens, end)
            .is_some_and(|t| (t.is(text, "ago") || t.is(text, "earlier") || t.is(text, "later")) && !t.break_before)
        {
            end += 1;
            let start = tok(tokens, first)?.start;
            let stop = tok(tokens, end - 1)?.end;
            let relative = text.get(start..stop).map(str::to_owned);
            let found = Found {
                start,
                end: stop,
                kind: Kind::Date,
                value: Some(Value::Date(DateValue {
                    relative,
                    ..DateValue::default()
                })),
            };
            return Some((found, end));
        }
    } else if unit.is_none() {
        kind = Kind::Count;
        let mut noun_start = end;
        if is_text(text, tokens, noun_start, "of") && number.vague {
            noun_start += 1;
        }
        let singular = (low - 1.0).abs() < f64::EPSILON && high.is_none();
        // "a 6.4-magnitude earthquake", "a five-member team": the hyphenated word and its noun.
        let hyphen_word = is_text(text, tokens, noun_start, "-")
            && glued(tokens, noun_start)
            && tok(tokens, noun_start + 1).is_some_and(|w| {
                !w.space_before && w.kind == TokKind::Word && !w.is_capitalised(text) && countable_word(text, w)
            });
        if hyphen_word {
            let noun_end = counted_after(text, tokens, noun_start + 2, None)
                .filter(|&e| e <= noun_start + 3)
                .unwrap_or(noun_start + 2);
            counted = span_text(text, tokens, noun_start + 1, noun_end);
            end = noun_end;
        } else if let Some(noun_end) = counted_after(
            text,
            tokens,
            noun_start,
            if singular {
                Some(true)
            } else if number.spelled || number.vague {
                None
            } else {
                Some(false)
            },
        ) {
            counted = span_text(text, tokens, noun_start, noun_end);
            end = noun_end;
        } else if number.spelled || number.vague {
            // A number word with nothing counted ("the two met") says little.
            return None;
        }
    }

    // A count right after an acronym is part of a name: "FTSE 100 index", "G20 summit"; but
    // statistics keep their numbers: "95% CI 1.11–1.62", "OR 2.3".
    if kind == Kind::Count && high.is_none() && first == number.first {
        let acronym = first.checked_sub(1).and_then(|p| tok(tokens, p)).is_some_and(|p| {
            let w = p.text(text);
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
        let named = first.checked_sub(1).and_then(|p| tok(tokens, p)).is_some_and(|p| {
            p.kind == TokKind::Word
                && p.is_capitalised(text)
                && !p.break_before
                && p.space_before
                && !matches!(p.lex, Lex::Month(_))
        });
        if named {
            return None;
        }
    }
    let start = tok(tokens, first)?.start;
    let stop = tok(tokens, end.checked_sub(1)?)?.end;
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
    Some((
        Found {
            start,
            end: stop,
            kind,
            value: Some(Value::Quantity(quantity)),
        },
        end,
    ))
}

#[cfg(test)]
mod tests {
    use crate::extract::extract;
    use crate::model::{Approx, Kind, Value};

    fn quantities(text: &str) -> Vec<(String, Kind)> {
        extract(text)
            .into_iter()
            .filter(|d| matches!(d.kind, Kind::Count | Kind::Measure))
            .map(|d| (text[d.start..d.end].to_owned(), d.kind))
            .collect()
    }

    fn first_quantity(text: &str) -> crate::model::Quantity {
        extract(text)
            .into_iter()
            .find_map(|d| match d.value {
                Some(Value::Quantity(q)) => Some(q),
                _ => None,
            })
            .expect("a quantity")
    }

    #[test]
    fn counts_with_what_is_counted() {
        assert_eq!(
            quantities("the 60,000 to 90,000 Russian soldiers who"),
            [("60,000 to 90,000 Russian soldiers".to_owned(), Kind::Count)]
        );
        assert_eq!(
            quantities("withdraw about 10,000 soldiers, and"),
            [("about 10,000 soldiers".to_owned(), Kind::Count)]
        );
        assert_eq!(
            quantities("has taken two avenues,"),
            [("two avenues".to_owned(), Kind::Count)]
        );
        let q = first_quantity("about 10,000 soldiers");
        assert_eq!(
            (q.low, q.approx, q.counted.as_deref()),
            (10_000.0, Approx::About, Some("soldiers"))
        );
        let q = first_quantity("60,000 to 90,000 Russian soldiers");
        assert_eq!((q.low, q.high), (60_000.0, Some(90_000.0)));
    }

    #[test]
    fn measures_money_percent_units() {
        assert!((first_quantity("it cost $5bn.").low - 5e9).abs() < 1.0);
        assert_eq!(first_quantity("it cost $5bn.").unit.as_deref(), Some("USD"));
        assert!((first_quantity("£3.2 million").low - 3.2e6).abs() < 1.0);
        assert_eq!(first_quantity("€20 fee").unit.as_deref(), Some("EUR"));
        assert_eq!(first_quantity("paid 20 dollars").unit.as_deref(), Some("USD"));
        assert_eq!(first_quantity("rose 31% in").unit.as_deref(), Some("%"));
        assert!((first_quantity("fell to −4°C").low + 4.0).abs() < 1e-9);
        assert_eq!(first_quantity("between 20 and 60 g").high, Some(60.0));
        assert_eq!(first_quantity("up to 40 ppm").approx, Approx::AtMost);
        assert_eq!(first_quantity("∼56 Ma").approx, Approx::About);
        assert_eq!(
            quantities("≥7.0 mmol/L here"),
            [("≥7.0 mmol/L".to_owned(), Kind::Measure)]
        );
    }

    #[test]
    fn durations() {
        assert_eq!(
            quantities("In a 50-minute call, their"),
            [("50-minute call".to_owned(), Kind::Measure)]
        );
        assert_eq!(first_quantity("a 50-minute call").duration_secs, Some(3000.0));
        assert_eq!(
            quantities("deployments over the past two months alarmed"),
            [("over the past two months".to_owned(), Kind::Measure)]
        );
        assert_eq!(
            quantities("fought for decades."),
            [("for decades".to_owned(), Kind::Measure)]
        );
        assert_eq!(
            quantities("after nearly half an hour, the"),
            [("nearly half an hour".to_owned(), Kind::Measure)]
        );
    }

    #[test]
    fn spelled_scaled_and_approximate() {
        assert_eq!(
            quantities("hundreds of people fled"),
            [("hundreds of people".to_owned(), Kind::Count)]
        );
        assert_eq!(quantities("a dozen eggs"), [("a dozen eggs".to_owned(), Kind::Count)]);
        assert_eq!(
            quantities("twenty-five soldiers died"),
            [("twenty-five soldiers".to_owned(), Kind::Count)]
        );
        assert!((first_quantity("1.2m people").low - 1_200_000.0).abs() < 1e-6);
        assert_eq!(first_quantity("≈ 5 km").approx, Approx::About);
        assert_eq!(first_quantity("< 2 ppm").approx, Approx::AtMost);
        assert_eq!(first_quantity("more than 300 people").approx, Approx::AtLeast);
        assert_eq!(first_quantity("at least 76 people").approx, Approx::AtLeast);
        assert_eq!(
            quantities("rose from 2 to 4 kg."),
            [("from 2 to 4 kg".to_owned(), Kind::Measure)]
        );
        assert_eq!(
            quantities("in 4.5, 6 and 13 kg beds"),
            [("4.5, 6 and 13 kg".to_owned(), Kind::Measure)]
        );
        assert_eq!(
            quantities("within twenty working days."),
            [("within twenty working days".to_owned(), Kind::Measure)]
        );
    }

    #[test]
    fn scores_and_uncertainties() {
        assert!(quantities("Sweden won 2-1; Belgium 3 – 0 Panama.").is_empty());
        assert_eq!(
            quantities("dated at 93.90±0.15 Ma (Meyers)"),
            [("93.90±0.15 Ma".to_owned(), Kind::Measure)]
        );
        assert!(quantities("samples 1 and 2 on day 14 in months 5 and 7").is_empty());
        assert!(quantities("Maria Lopez, 34, said. The FTSE 100 rose. Call 555-1234.").is_empty());
        assert!(quantities("the suspect, 25, fired near the 9/11 memorial").is_empty());
        assert_eq!(
            quantities("dropped 6 percentage points to 41%"),
            [
                ("6 percentage points".to_owned(), Kind::Measure),
                ("41%".to_owned(), Kind::Measure)
            ]
        );
        assert_eq!(
            quantities("rose 4% to 215p"),
            [("4%".to_owned(), Kind::Measure), ("215p".to_owned(), Kind::Measure)]
        );
        assert_eq!(
            quantities("a 6.4-magnitude earthquake struck"),
            [("6.4-magnitude earthquake".to_owned(), Kind::Count)]
        );
    }

    #[test]
    fn not_amounts() {
        assert!(quantities("one of the leaders and no one else").is_empty());
        assert!(quantities("see https://example.org/2020/10 or mail a1@b2.org").is_empty());
        assert!(quantities("IE6 and COVID-19 and the 3D model, Figure 2, [12]").is_empty());
        assert!(quantities("1. First item\n2. Second item").is_empty());
        assert!(quantities("at phases 3, 5, and 7 (14–17) on Voyager 1 in s−1 units (22)").is_empty());
    }
}
