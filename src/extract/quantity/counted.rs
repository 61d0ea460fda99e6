//! What a number counts: the noun phrase after it ("60,000 to 90,000 Russian soldiers",
//! "More than 1.4 million Canadians", "three screening cycles").
//!
//! Read by word lists, not by the tagger in `src/syntax`: tagging a window around each number
//! word that is followed by no plural noun ("three different vascular risk prediction
//! algorithms", "the three said") was tried and gave better counted phrases, but halved the
//! speed of `benches/extract.rs` (news 33.3 → 16.1 MB/s, varied 14.5 → 7.2 MB/s, same
//! sitting): the tagger reads about 70,000 words a second, too slow for every candidate.

use crate::extract::cursor::Cursor;
use crate::extract::lexicon::{self, Lex};
use crate::extract::token::{TokKind, Token};

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

/// Whether `word` reads as a plural noun ("soldiers", "men"; not "glass", "status").
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
pub(super) fn counted_after(cur: Cursor<'_>, index: usize, singular: Option<bool>) -> Option<usize> {
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
