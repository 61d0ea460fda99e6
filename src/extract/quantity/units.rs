//! Units after a number: symbols ("%", "°C", "×"), words ("metres", "per cent", "percentage
//! points"), glued scales ("$6billion", "1.2m"), hyphenated units ("50-minute"), currency
//! signs before it, and lists sharing one unit ("4.5, 6 and 13 kg").

use crate::extract::cursor::Cursor;
use crate::extract::lexicon::{self, DURATION_ADJECTIVES, GLUED_SCALES, TEMPERATURE_SCALES, Unit};
use crate::extract::token::TokKind;

/// A unit found after a number, and the token just past it.
pub(super) struct UnitMatch {
    pub unit: Unit,
    pub end: usize,
    /// Joined to the number by a hyphen: "50-minute".
    pub hyphenated: bool,
}

pub(super) fn scale_suffix(word: &str, currency: bool) -> Option<f64> {
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
pub(super) fn glued_unit_like(suffix: &str, number: &str) -> bool {
    let ascii = suffix.bytes().all(|b| b.is_ascii_alphabetic());
    let small = number.contains('.') || number.len() <= 2;
    let lower_first = suffix.bytes().next().is_some_and(|b| b.is_ascii_lowercase());
    ascii && (2..=3).contains(&suffix.len()) && suffix.bytes().any(|b| b.is_ascii_lowercase()) && (lower_first || small)
}

/// The unit right after token `index - 1`, if any: the first of the unit rules that reads one.
pub(super) fn unit_at(cur: Cursor<'_>, index: usize) -> Option<UnitMatch> {
    let token = cur.tok(index)?;
    if token.break_before {
        return None;
    }
    match token.kind {
        TokKind::Punct => hyphenated_unit(cur, index)
            .or_else(|| degree_unit(cur, index))
            .or_else(|| symbol_unit(cur, index)),
        TokKind::Word if matches!(token.text(cur.text), "C" | "F") => temperature_letter(cur, index),
        TokKind::Word => per_cent(cur, index).or_else(|| word_unit(cur, index)),
        _ => None,
    }
}

/// A unit with no second word and no hyphen.
const fn plain(name: &'static str, end: usize) -> UnitMatch {
    UnitMatch {
        unit: Unit { name, secs: None },
        end,
        hyphenated: false,
    }
}

/// A unit joined by a hyphen: "50-minute", "2-hour", "30-day"; and "a 45-second spot": after a
/// hyphen "second" is the unit of time, never the rank.
fn hyphenated_unit(cur: Cursor<'_>, index: usize) -> Option<UnitMatch> {
    if !cur.is(index, "-") || !cur.glued(index) {
        return None;
    }
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
    Some(UnitMatch {
        unit,
        end: index + 2,
        hyphenated: true,
    })
}

/// Degrees, with a glued scale or compass point: "5 °C", "−4°C", "54 °N", "40°".
fn degree_unit(cur: Cursor<'_>, index: usize) -> Option<UnitMatch> {
    if cur.word(index) != "°" {
        return None;
    }
    let marked = cur.glued(index + 1)
        && cur.kind_is(index + 1, TokKind::Word)
        && matches!(cur.word(index + 1), "C" | "F" | "K" | "N" | "S" | "E" | "W");
    Some(plain("°", if marked { index + 2 } else { index + 1 }))
}

/// A unit written as a symbol: "%", "‰", "‱", "′", "″", "×" (times).
fn symbol_unit(cur: Cursor<'_>, index: usize) -> Option<UnitMatch> {
    let name = match cur.word(index) {
        "%" => "%",
        "×" => "times",
        "‰" | "‱" | "′" | "″" => "‰",
        _ => return None,
    };
    Some(plain(name, index + 1))
}

/// "per cent" in two words.
fn per_cent(cur: Cursor<'_>, index: usize) -> Option<UnitMatch> {
    (cur.is(index, "per") && cur.is(index + 1, "cent")).then_some(plain("%", index + 2))
}

/// "15C", "5F": a temperature, glued only ("grade 5 C" is none); "13C/12C" is an isotope
/// ratio.
fn temperature_letter(cur: Cursor<'_>, index: usize) -> Option<UnitMatch> {
    let ratio = cur.glued(index + 1) && cur.is_any(index + 1, &["/", "-"]);
    let name = if cur.word(index) == "C" { "°C" } else { "°F" };
    (cur.glued(index) && !ratio).then_some(plain(name, index + 1))
}

/// A unit word from the lexicon ("metres", "kg", "mmol/L"), with its second word
/// ("percentage points", "degrees Fahrenheit"), or short letters glued to the number that read
/// as a unit ("12Gb").
fn word_unit(cur: Cursor<'_>, index: usize) -> Option<UnitMatch> {
    let token = cur.tok(index)?;
    let word = token.text(cur.text);
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
pub(super) fn unit_after_adjective(cur: Cursor<'_>, index: usize) -> Option<UnitMatch> {
    let adjective = cur.tok(index)?;
    let counts_time = DURATION_ADJECTIVES.iter().any(|w| adjective.is(cur.text, w));
    if !counts_time || adjective.break_before {
        return None;
    }
    let found = unit_at(cur, index + 1)?;
    (found.unit.secs.is_some() && !found.hyphenated).then_some(found)
}

/// A currency sign or code right before token `index`; returns its first token and code.
pub(super) fn currency_before(cur: Cursor<'_>, index: usize, floor: usize) -> Option<(usize, &'static str)> {
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

/// After a bare number at `end - 1`: further numbers joined by commas, "and", "or", the last
/// with a unit. Returns the token after the unit and the unit.
pub(super) fn list_with_unit(cur: Cursor<'_>, end: usize) -> Option<(usize, UnitMatch)> {
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
