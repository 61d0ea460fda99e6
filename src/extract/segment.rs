//! Paragraphs and sentences.
//!
//! A line break always ends a sentence (articles come one paragraph a line). Inside a line a
//! sentence ends at `.`, `!`, `?` or `…` (with any closing quote or bracket after it) when the
//! next token can start a sentence and the word before the full stop is not an abbreviation
//! ("U.S.", "Mr.", "Jan. 12", "Gen.", "No. 5", initials as in "L. Ron Hubbard"). Decimals never
//! reach this code: "3.5" is one token.

use super::lexicon::WordKeys;
use super::token::{TokKind, Token};

/// A sentence as a byte range of the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Sentence {
    /// Byte offset of its first token.
    pub start: usize,
    /// Byte offset just past its last token.
    pub end: usize,
    /// Index of its first token.
    pub first_token: usize,
    /// Index just past its last token.
    pub end_token: usize,
}

fn is_abbreviation(word: &str) -> bool {
    const ABBREVIATIONS: &[&str] = &[
        "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "maj", "cpl", "adm",
        "cmdr", "st", "jr", "sr", "inc", "ltd", "co", "corp", "vs", "v", "approx", "fig", "figs", "eq", "eqs", "vol",
        "ref", "refs", "dept", "univ", "ave", "blvd", "mt", "ft", "rev", "hon", "pres", "supt", "insp", "det", "mme",
        "messrs", "bros", "est", "pp", "ca", "cf", "al", "ed", "eds", "op", "nr", "apt", "tel", "sec", "jan", "feb",
        "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "nos", "gens", "sens", "reps",
        "govs", "atty", "supp", "min", "max", "ch",
    ];
    // Asked at every full stop after a word: the list is looked up by packed key.
    static KEYS: WordKeys = WordKeys::new(|at| ABBREVIATIONS.get(at).copied());
    KEYS.first_row(word.as_bytes()).is_some()
}

/// Capitalised words that commonly open a sentence: after "U.S." they say the sentence ended.
fn is_sentence_opener(word: &str) -> bool {
    const OPENERS: &[&str] = &[
        "the",
        "a",
        "an",
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "in",
        "but",
        "this",
        "that",
        "these",
        "those",
        "his",
        "her",
        "their",
        "its",
        "on",
        "at",
        "as",
        "and",
        "however",
        "after",
        "for",
        "some",
        "when",
        "while",
        "if",
        "there",
        "officials",
        "according",
        "meanwhile",
        "still",
        "yet",
        "so",
        "since",
        "despite",
        "although",
        "our",
        "my",
    ];
    OPENERS.iter().any(|opener| word.eq_ignore_ascii_case(opener))
}

fn is_closer(text: &str, token: &Token) -> bool {
    token.kind == TokKind::Punct && matches!(token.text(text), "”" | "\"" | "’" | "'" | "''" | ")" | "]" | "»")
}

fn can_start_sentence(text: &str, token: &Token) -> bool {
    match token.kind {
        TokKind::Word => token.is_capitalised(text),
        TokKind::Num | TokKind::Code => true,
        TokKind::Poss => false,
        TokKind::Punct => {
            let symbol = token.text(text);
            matches!(
                symbol,
                "“" | "``" | "\"" | "‘" | "'" | "(" | "[" | "«" | "—" | "–" | "-" | "•" | "*"
            ) || symbol
                .chars()
                .next()
                // Emoji and other symbols open sentences too ("… this month. 🇷🇺 Officials said").
                .is_some_and(|c| !c.is_ascii() && !matches!(c, '”' | '’' | '»' | '…' | '›'))
        }
    }
}

/// Whether a full stop after `tokens[index - 1]` (the word right before it) ends a sentence,
/// given the token after the stop.
fn stop_ends_sentence(text: &str, tokens: &[Token], stop: usize, next: &Token) -> bool {
    let Some(before) = stop.checked_sub(1).and_then(|i| tokens.get(i)) else {
        return true;
    };
    let Some(stop_token) = tokens.get(stop) else {
        return true;
    };
    if before.end != stop_token.start || before.kind != TokKind::Word {
        return true;
    }
    let word = before.text(text);
    if word.len() == 1 && word.chars().all(|c| c.is_ascii_uppercase()) {
        // An initial: "L. Ron Hubbard".
        return false;
    }
    if is_abbreviation(word) {
        // "No." and month abbreviations are only abbreviations before a number.
        const NEED_A_NUMBER: &[&str] = &[
            "no", "nos", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "sec",
            "min", "max", "al", "co", "ed", "op",
        ];
        let needs_number = NEED_A_NUMBER
            .iter()
            .any(|abbreviation| word.eq_ignore_ascii_case(abbreviation));
        return needs_number && next.kind != TokKind::Num;
    }
    true
}

/// Splits the text into sentences. Every token belongs to exactly one sentence.
pub(crate) fn sentences(text: &str, tokens: &[Token]) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut first = 0;
    let mut index = 0;
    while index < tokens.len() {
        let Some(token) = tokens.get(index) else {
            break;
        };
        if token.break_before && index > first {
            close(&mut out, tokens, first, index);
            first = index;
        }
        // Most tokens are words that cannot end a sentence: test one byte before slicing.
        // Without branches on the kind (words and punctuation alternate unpredictably): a
        // word may end one with a full stop, punctuation with '.', '!', '?' or '…' (whose
        // last byte is 0xA6).
        let last_byte = text.as_bytes().get(token.end.wrapping_sub(1)).copied().unwrap_or(0);
        let (is_word, is_punct) = (token.kind == TokKind::Word, token.kind == TokKind::Punct);
        #[expect(
            clippy::needless_bitwise_bool,
            reason = "branchless on purpose: the kinds alternate unpredictably token after token"
        )]
        let may_end = ((is_word | is_punct) & (last_byte == b'.'))
            | (is_punct & ((last_byte == b'!') | (last_byte == b'?') | (last_byte == 0xA6)));
        if !may_end {
            index += 1;
            continue;
        }
        let mut end_here = None;
        let word = token.text(text);
        if token.kind == TokKind::Punct && matches!(word, "." | "!" | "?" | "…") {
            // Swallow a run of stops and closing quotes: `?”`, `...`, `.)`.
            let mut after = index + 1;
            while let Some(next) = tokens.get(after) {
                if next.space_before || next.break_before {
                    break;
                }
                let next_text = next.text(text);
                if matches!(next_text, "." | "!" | "?" | "…") || is_closer(text, next) {
                    after += 1;
                } else {
                    break;
                }
            }
            match tokens.get(after) {
                None => end_here = Some(after),
                Some(next) if next.break_before => end_here = Some(after),
                Some(next) if next.space_before && can_start_sentence(text, next) => {
                    let ellipsis =
                        word == "…" || (word == "." && tokens.get(index + 1).is_some_and(|t| t.text(text) == "."));
                    if ellipsis && !next.is_capitalised(text) {
                        // "... and" continues.
                    } else if word != "." || ellipsis || stop_ends_sentence(text, tokens, index, next) {
                        end_here = Some(after);
                    }
                }
                _ => {}
            }
            if end_here.is_none() {
                index = after.max(index + 1);
                continue;
            }
        } else if token.kind == TokKind::Word && word.ends_with('.') && word.len() > 2 {
            // A dotted abbreviation at the end of a sentence: "… in the U.S. The …".
            if let Some(next) = tokens.get(index + 1)
                && next.space_before
                && !next.break_before
                && ((next.kind == TokKind::Word && is_sentence_opener(next.text(text)))
                    || matches!(next.text(text), "“" | "\""))
            {
                end_here = Some(index + 1);
            }
        }
        if let Some(end) = end_here {
            close(&mut out, tokens, first, end);
            first = end;
            index = end;
        } else {
            index += 1;
        }
    }
    if first < tokens.len() {
        close(&mut out, tokens, first, tokens.len());
    }
    out
}

fn close(out: &mut Vec<Sentence>, tokens: &[Token], first: usize, end_token: usize) {
    let (Some(head), Some(tail)) = (tokens.get(first), end_token.checked_sub(1).and_then(|i| tokens.get(i))) else {
        return;
    };
    out.push(Sentence {
        start: head.start,
        end: tail.end,
        first_token: first,
        end_token,
    });
}

/// The sentence that holds byte `pos` (or the nearest one before it).
pub(crate) fn sentence_at(sentences: &[Sentence], pos: usize) -> Option<&Sentence> {
    let index = sentences.partition_point(|s| s.start <= pos);
    index.checked_sub(1).and_then(|i| sentences.get(i))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::token::tokenize;

    fn split(text: &str) -> Vec<&str> {
        let tokens = tokenize(text);
        sentences(text, &tokens).iter().map(|s| &text[s.start..s.end]).collect()
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        assert_eq!(
            split("Mr. Smith met Gen. Lee on Jan. 12 in the U.S. Army base. He left."),
            ["Mr. Smith met Gen. Lee on Jan. 12 in the U.S. Army base.", "He left."]
        );
        assert_eq!(
            split("It cost 3.5 m. L. Ron Hubbard wrote it."),
            ["It cost 3.5 m.", "L. Ron Hubbard wrote it."]
        );
        assert_eq!(split("See No. 5 now. Then go."), ["See No. 5 now.", "Then go."]);
    }

    #[test]
    fn quotes_ellipses_and_lines() {
        assert_eq!(
            split("“Go!” he said. “Now?” Yes."),
            ["“Go!” he said.", "“Now?”", "Yes."]
        );
        assert_eq!(split("wait... and see. Done"), ["wait... and see.", "Done"]);
        assert_eq!(split("one\ntwo"), ["one", "two"]);
        assert_eq!(split("in the U.S. The end"), ["in the U.S.", "The end"]);
    }
}
