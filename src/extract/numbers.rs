//! Numbers, in digits or in words, with their scale: "60,000", "3.5", "twenty-five",
//! "a dozen", "1.2 million", "hundreds of", "tens of thousands of".

use super::cursor::Cursor;
use super::lexicon::{Lex, scale_value};
use super::token::TokKind;

/// A number found at some token.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Number {
    /// Index of its first token.
    pub first: usize,
    /// Index just past its last token.
    pub end: usize,
    /// Its value, scale applied.
    pub value: f64,
    /// Written in words ("two"), not digits.
    pub spelled: bool,
    /// Only a rough size: "hundreds of", "several", "a few".
    pub vague: bool,
    /// For a plain run of digits (no separator, no decimal point), how many digits.
    pub plain_digits: Option<usize>,
}

/// Parses a run of ASCII digits with optional thousands commas and a decimal point.
pub(crate) fn digits_value(text: &str) -> Option<f64> {
    let mut integer = 0.0_f64;
    let mut fraction = 0.0_f64;
    let mut scale = 1.0_f64;
    let mut after_point = false;
    let mut any = false;
    for byte in text.bytes() {
        match byte {
            b'0'..=b'9' => {
                any = true;
                let digit = f64::from(byte - b'0');
                if after_point {
                    scale /= 10.0;
                    fraction += digit * scale;
                } else {
                    integer = integer * 10.0 + digit;
                }
            }
            b',' => {}
            b'.' => after_point = true,
            _ => return None,
        }
    }
    any.then_some(integer + fraction)
}

fn word_at(cur: Cursor<'_>, index: usize) -> Option<(&str, Lex)> {
    let token = cur.tok(index)?;
    (token.kind == TokKind::Word).then(|| (token.text(cur.text), token.lex))
}

/// The number that starts at token `index`, if any.
pub(crate) fn number_at(cur: Cursor<'_>, index: usize) -> Option<Number> {
    let token = cur.tokens.get(index)?;
    match token.kind {
        TokKind::Num => {
            let raw = token.text(cur.text);
            let mut value = digits_value(raw)?;
            let plain_digits = raw.bytes().all(|b| b.is_ascii_digit()).then_some(raw.len());
            let mut end = index + 1;
            // "1.2 million", "60 thousand".
            if let Some(next) = cur.tokens.get(end)
                && let Lex::Scale(scale) = next.lex
                && next.space_before
                && !next.break_before
            {
                value *= scale_value(scale);
                end += 1;
            }
            let plain_digits = if end == index + 1 { plain_digits } else { None };
            Some(Number {
                first: index,
                end,
                value,
                spelled: false,
                vague: false,
                plain_digits,
            })
        }
        TokKind::Word => spelled_at(cur, index),
        _ => None,
    }
}

#[expect(clippy::too_many_lines, reason = "one grammar of number words, read top to bottom")]
fn spelled_at(cur: Cursor<'_>, index: usize) -> Option<Number> {
    let (word, lex) = word_at(cur, index)?;
    // Every word this grammar starts on has one of these classes ("a", "an", "several",
    // "many" and "few" are frame words): the walk asks at every "the", so reject by class
    // before any string compare.
    if !matches!(lex, Lex::Frame | Lex::Number(_) | Lex::Scale(_) | Lex::ScalePlural(_)) {
        return None;
    }
    let lower_is = |w: &str| word.eq_ignore_ascii_case(w);
    // "a dozen", "a hundred", "a million", "a few", "a couple of".
    if lower_is("a") || lower_is("an") {
        let (next_word, next_lex) = word_at(cur, index + 1)?;
        if let Lex::Scale(scale) = next_lex {
            let scale = scale_value(scale);
            let mut number = spelled_at(cur, index + 1)?;
            number.first = index;
            if number.value < scale {
                number.value = scale;
            }
            return Some(number);
        }
        if next_word.eq_ignore_ascii_case("few") {
            return Some(vague(index, index + 2, 3.0));
        }
        if next_word.eq_ignore_ascii_case("couple") {
            let of = word_at(cur, index + 2).is_some_and(|(w, _)| w.eq_ignore_ascii_case("of"));
            return Some(vague(index, index + 2 + usize::from(of), 2.0));
        }
        return None;
    }
    if lower_is("several") || lower_is("many") || lower_is("few") {
        return Some(vague(index, index + 1, 3.0));
    }
    if let Lex::ScalePlural(scale) = lex {
        // "hundreds of", "tens of thousands of".
        let mut end = index + 1;
        let mut value = scale_value(scale);
        if let Some((of, _)) = word_at(cur, end)
            && of.eq_ignore_ascii_case("of")
        {
            end += 1;
            if let Some((_, Lex::ScalePlural(more))) = word_at(cur, end) {
                value *= scale_value(more);
                end += 1;
                if word_at(cur, end).is_some_and(|(w, _)| w.eq_ignore_ascii_case("of")) {
                    end += 1;
                }
            }
        }
        return Some(vague(index, end, value));
    }
    if !matches!(lex, Lex::Number(_) | Lex::Scale(_)) {
        return None;
    }
    // Standard composition: units and tens add up, "hundred" multiplies the group,
    // "thousand" and above close the group.
    let mut total = 0.0_f64;
    let mut group = 0.0_f64;
    let mut end = index;
    let mut last_was_number = false;
    while let Some(token) = cur.tokens.get(end) {
        match token.lex {
            Lex::Number(value) if token.kind == TokKind::Word => {
                let value = f64::from(value);
                if last_was_number && group % 100.0 >= 20.0 && value < 10.0 && group % 10.0 == 0.0 {
                    group += value;
                } else if last_was_number {
                    break;
                } else {
                    group += value;
                }
                last_was_number = true;
                end += 1;
            }
            Lex::Scale(scale) if token.kind == TokKind::Word => {
                let scale = scale_value(scale);
                if group == 0.0 {
                    group = 1.0;
                }
                if scale >= 1000.0 {
                    total += group * scale;
                    group = 0.0;
                } else {
                    group *= scale;
                }
                last_was_number = false;
                end += 1;
            }
            _ => {
                // "twenty-five": a hyphen glued on both sides.
                let joined = token.kind == TokKind::Punct
                    && token.text(cur.text) == "-"
                    && !token.space_before
                    && cur.tokens.get(end + 1).is_some_and(|next| {
                        !next.space_before && matches!(next.lex, Lex::Number(_)) && next.kind == TokKind::Word
                    });
                // "one hundred and twenty".
                let and = token.is(cur.text, "and")
                    && !last_was_number
                    && cur
                        .tokens
                        .get(end + 1)
                        .is_some_and(|next| matches!(next.lex, Lex::Number(_)));
                if joined {
                    end += 1;
                    // the next number joins the group: twenty + five
                    if let Some(Lex::Number(value)) = cur.tokens.get(end).map(|t| t.lex) {
                        group += f64::from(value);
                        end += 1;
                        last_was_number = true;
                    }
                } else if and {
                    end += 1;
                } else {
                    break;
                }
            }
        }
    }
    if end == index {
        return None;
    }
    Some(Number {
        first: index,
        end,
        value: total + group,
        spelled: true,
        vague: false,
        plain_digits: None,
    })
}

fn vague(first: usize, end: usize, value: f64) -> Number {
    Number {
        first,
        end,
        value,
        spelled: true,
        vague: true,
        plain_digits: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::token::tokenize;

    fn value(text: &str) -> Option<(f64, usize)> {
        let tokens = tokenize(text);
        number_at(crate::extract::cursor::Cursor::new(text, &tokens), 0).map(|n| (n.value, n.end))
    }

    #[test]
    fn digits_and_words() {
        assert_eq!(value("60,000 soldiers"), Some((60_000.0, 1)));
        assert_eq!(value("3.5"), Some((3.5, 1)));
        assert_eq!(value("1.2 million"), Some((1_200_000.0, 2)));
        assert_eq!(value("twenty-five"), Some((25.0, 3)));
        assert_eq!(value("two hundred and forty"), Some((240.0, 4)));
        assert_eq!(value("a dozen eggs"), Some((12.0, 2)));
        assert_eq!(value("three million"), Some((3e6, 2)));
        assert_eq!(value("hundreds of people"), Some((100.0, 2)));
        assert_eq!(value("tens of thousands of"), Some((1e4, 4)));
        assert_eq!(value("two three"), Some((2.0, 1)));
        assert_eq!(value("soldiers"), None);
    }

    #[test]
    fn the_words_that_open_a_vague_number_are_frame_words() {
        // `spelled_at` rejects every other class before comparing words.
        for word in ["a", "an", "several", "many", "few"] {
            assert_eq!(crate::extract::lexicon::classify(word), Lex::Frame, "{word}");
        }
    }
}
