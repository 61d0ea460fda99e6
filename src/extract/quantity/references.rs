//! Numbers that are no amount: codes ("IE6", "COVID-19", "4K"), labels and their lists
//! ("Figure 2", "phases 3, 5, and 7"), citations ("[12]", "(14–17)"), ages in apposition
//! ("Amy Lee, 29,"), the second number of a score, telephone numbers and list markers.

use super::counted::{countable_word, is_plural};
use super::units::{glued_unit_like, scale_suffix, unit_at};
use crate::extract::cursor::Cursor;
use crate::extract::lexicon;
use crate::extract::token::{TokKind, Token};

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
    // A panel letter glued to the number ("Figures 3I and 3J", "Fig. 2B") keeps it bare: "J"
    // and "C" read as units only outside such a list.
    let bare = panel_letter(cur, index + 1)
        || !cur.tok(index + 1).is_some_and(|n| {
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
            || back.checked_sub(1).is_some_and(|at| panel_letter(cur, at))
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

/// Whether token `at` is one capital letter glued to a number before it and followed by no
/// glued word: the panel of a figure, "3C" in "Figures 3A and 3C".
fn panel_letter(cur: Cursor<'_>, at: usize) -> bool {
    let word = cur.word(at);
    cur.glued(at)
        && word.len() == 1
        && word.bytes().all(|b| b.is_ascii_uppercase())
        && at.checked_sub(1).is_some_and(|n| cur.kind_is(n, TokKind::Num))
        && !(cur.glued(at + 1) && cur.kind_is(at + 1, TokKind::Word))
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
pub(super) fn is_not_an_amount(cur: Cursor<'_>, index: usize) -> bool {
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
