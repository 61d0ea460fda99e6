//! Who said a quotation: the speaker finder the quote recogniser asks, one attribution
//! pattern per function, nearest first.
//!
//! `,” said X` and `,” X said` after the quote ([`attribution_after`]); `X said … “` and
//! `according to X, “` before it in its sentence ([`attribution_before`]); a speech verb in
//! the sentence before a quote that opens its own sentence
//! ([`attribution_previous_sentence`]). A speaker is the subject noun phrase of its verb
//! ([`subject_of`]), found by walking tokens; a noun-phrase chunker can replace that walk
//! here without touching the pairing of marks in `quotes.rs`.

use super::cursor::Cursor;
use super::lexicon::{self, AUXILIARIES, CLAUSE_WORDS, COPULAS, Lex, SPEAKER_ENDINGS, TITLES};
use super::segment::{Sentence, sentence_at};
use super::token::{TokKind, Token};

pub(crate) fn is_clause_word(text: &str, token: &Token) -> bool {
    CLAUSE_WORDS.iter().any(|w| token.is(text, w))
}

/// Words that end a speaker's noun phrase after the verb: "said X in a statement".
pub(crate) fn ends_speaker(text: &str, token: &Token) -> bool {
    token.break_before
        || (token.kind == TokKind::Punct && !matches!(token.text(text), "-" | "." | "'" | "’"))
        || (token.kind == TokKind::Punct && token.text(text) == ".")
        || SPEAKER_ENDINGS.iter().any(|w| token.is(text, w))
        || matches!(token.lex, Lex::Weekday(_) | Lex::RelDay)
}

/// The speaker phrase that starts at token `index` (after "said"), as a token range.
pub(crate) fn speaker_after(cur: Cursor<'_>, index: usize) -> Option<(usize, usize)> {
    let mut end = index;
    while end < index + 12 {
        let Some(token) = cur.tok(end) else { break };
        // "Dr. John Smith", "L. Ron Hubbard": a title or an initial keeps its full stop.
        let title_stop = token.text(cur.text) == "."
            && !token.space_before
            && end > index
            && cur.tok(end - 1).is_some_and(|t| is_title_or_initial(t.text(cur.text)))
            && cur
                .tok(end + 1)
                .is_some_and(|n| n.kind == TokKind::Word && n.is_capitalised(cur.text) && !n.break_before);
        if !title_stop && ends_speaker(cur.text, token) {
            break;
        }
        end += 1;
    }
    // Drop a trailing possessive or hyphen.
    while end > index && cur.tok(end - 1).is_some_and(|t| t.kind != TokKind::Word) {
        end -= 1;
    }
    (end > index && cur.tok(index).is_some_and(|t| t.kind == TokKind::Word)).then_some((index, end))
}

fn is_title_or_initial(word: &str) -> bool {
    (word.len() == 1 && word.chars().all(|c| c.is_ascii_uppercase())) || TITLES.contains(&word)
}

/// Words that may stand between a subject and its speech verb: "has said", "also told".
fn is_auxiliary(text: &str, token: &Token) -> bool {
    AUXILIARIES.iter().any(|w| token.is(text, w))
}

/// The subject before a speech verb at `verb`, bounded below by `floor`.
pub(crate) fn speaker_before(cur: Cursor<'_>, verb: usize, floor: usize) -> Option<(usize, usize)> {
    let mut end = verb;
    while end > floor && cur.tok(end - 1).is_some_and(|t| is_auxiliary(cur.text, t)) {
        end -= 1;
    }
    if end > floor && cur.tok(end - 1).is_some_and(|t| t.text(cur.text) == ",") {
        // "Cynthia Thompson, curator of …, said": the subject runs back over its appositive.
        let comma = end - 1;
        let mut first = comma;
        while first > floor && first + 30 > comma {
            let Some(token) = cur.tok(first - 1) else {
                break;
            };
            let stop = (token.kind == TokKind::Word
                && (is_clause_word(cur.text, token)
                    || lexicon::is_speech_verb(token.text(cur.text)) && !token.is_capitalised(cur.text)))
                || (token.kind == TokKind::Punct
                    && !matches!(token.text(cur.text), "," | "-" | "." | "'" | "’" | "(" | ")"))
                || cur.tok(first).is_some_and(|t| t.break_before);
            if stop {
                break;
            }
            first -= 1;
        }
        while first < comma && cur.tok(first).is_some_and(|t| t.kind != TokKind::Word) {
            first += 1;
        }
        return (first < comma).then_some((first, comma));
    }
    let mut first = end;
    while first > floor && first + 10 > end {
        let Some(token) = cur.tok(first - 1) else {
            break;
        };
        let punct_ok = token.kind == TokKind::Poss
            || (token.kind == TokKind::Punct && matches!(token.text(cur.text), "-" | "." | "'" | "’"));
        // "All they get is a message stating …": a copula ends the subject; what follows it
        // is the noun that speaks.
        if (token.kind != TokKind::Word && !punct_ok)
            || is_clause_word(cur.text, token)
            || COPULAS.iter().any(|w| token.is(cur.text, w))
            || cur.tok(first).is_some_and(|t| t.break_before)
        {
            break;
        }
        if token.kind == TokKind::Word && lexicon::is_speech_verb(token.text(cur.text)) {
            break;
        }
        first -= 1;
    }
    while first < end && cur.tok(first).is_some_and(|t| t.kind != TokKind::Word) {
        first += 1;
    }
    (first < end).then_some((first, end))
}

/// A speech verb that reports speech (not "called" or "read" used otherwise).
pub(crate) fn speech_verb_at(cur: Cursor<'_>, index: usize) -> bool {
    cur.tok(index).is_some_and(|t| {
        t.kind == TokKind::Word
            && !t.is_capitalised(cur.text)
            && lexicon::is_speech_verb(t.text(cur.text))
            && !t.is(cur.text, "according")
            && !t.is(cur.text, "called")
            && !t.is(cur.text, "calls")
            && !t.is(cur.text, "dubbed")
            && !t.is(cur.text, "read")
    })
}

/// Attribution right after a closing mark: `,” said X`, `,” X said`, `” - X`.
pub(crate) fn attribution_after(cur: Cursor<'_>, closer: usize) -> Option<(usize, usize)> {
    let mut index = closer + 1;
    let next = cur.tok(index)?;
    if next.break_before {
        return None;
    }
    // A full stop after the mark ends the sentence: what follows is a new one.
    if next.kind == TokKind::Punct && matches!(next.text(cur.text), "." | "!" | "?" | ";") {
        return None;
    }
    if next.kind == TokKind::Punct && matches!(next.text(cur.text), "," | "(") {
        index += 1;
    }
    let token = cur.tok(index)?;
    if token.break_before {
        return None;
    }
    if token.kind == TokKind::Punct && matches!(token.text(cur.text), "-" | "—" | "–") {
        return speaker_after(cur, index + 1);
    }
    if speech_verb_at(cur, index) {
        return speaker_after(cur, index + 1);
    }
    if token.is(cur.text, "according") && cur.tok(index + 1).is_some_and(|t| t.is(cur.text, "to")) {
        return speaker_after(cur, index + 2);
    }
    // "X said", "the minister told reporters".
    let mut verb = index;
    while verb < index + 16 {
        let t = cur.tok(verb)?;
        if t.break_before && verb > index {
            return None;
        }
        if speech_verb_at(cur, verb) {
            return (verb > index)
                .then_some((index, verb))
                .and_then(|(f, v)| speaker_before(cur, v, f));
        }
        let ok = t.kind == TokKind::Word
            || t.kind == TokKind::Poss
            || (t.kind == TokKind::Punct && matches!(t.text(cur.text), "-" | "." | ","));
        if !ok || (t.kind == TokKind::Word && is_clause_word(cur.text, t)) {
            return None;
        }
        verb += 1;
    }
    None
}

/// Attribution before the opening mark, in the same sentence: `X said … “`, `according to X, “`.
pub(crate) fn attribution_before(
    cur: Cursor<'_>,
    sentences: &[Sentence],
    opener: usize,
    short: bool,
) -> Option<(usize, usize)> {
    let token = cur.tok(opener)?;
    let sentence = sentence_at(sentences, token.start)?;
    let floor = sentence.first_token.max(opener.saturating_sub(40));
    let verb = speech_verb_before(cur, opener, floor)?;
    // A one- or two-word quote far from the verb, or behind another quote, is more likely a
    // scare quote or a name.
    let crosses_quote = (verb..opener).any(|i| {
        cur.tok(i)
            .is_some_and(|t| t.kind == TokKind::Punct && matches!(t.text(cur.text), "”" | "\""))
    });
    if short && (opener - verb > 8 || crosses_quote) {
        return None;
    }
    subject_of(cur, verb, floor, Some(opener))
}

/// The nearest speech verb before token `end`, not before `floor`.
pub(crate) fn speech_verb_before(cur: Cursor<'_>, end: usize, floor: usize) -> Option<usize> {
    let mut index = end;
    while index > floor {
        index -= 1;
        let t = cur.tok(index)?;
        if t.is(cur.text, "according") && cur.tok(index + 1).is_some_and(|n| n.is(cur.text, "to")) {
            return Some(index);
        }
        // "called the sentence “dangerous”" attributes; "a print called “X”" names (filtered later).
        let calls = (t.is(cur.text, "called") || t.is(cur.text, "calls")) && index + 1 < end;
        if speech_verb_at(cur, index) || calls {
            return Some(index);
        }
    }
    None
}

/// Who speaks through the verb at `verb`: its subject, the object of "according to", the
/// subject of an earlier verb it is coordinated with ("X said …, and said “…”"), or the
/// phrase after an inverted verb ("said the minister: “…”").
pub(crate) fn subject_of(cur: Cursor<'_>, verb: usize, floor: usize, opener: Option<usize>) -> Option<(usize, usize)> {
    if cur.tok(verb).is_some_and(|t| t.is(cur.text, "according")) {
        return speaker_after(cur, verb + 2);
    }
    // "he said …, adding that …": a participle speaks with the subject of the verb before it.
    // Not "a message stating …", whose speaker is the noun before it.
    let participle = cur.tok(verb).is_some_and(|t| t.text(cur.text).ends_with("ing"))
        && verb
            .checked_sub(1)
            .and_then(|i| cur.tok(i))
            .is_some_and(|p| p.text(cur.text) == ",");
    if participle && let Some(earlier) = speech_verb_before(cur, verb, floor) {
        return subject_of(cur, earlier, floor, None);
    }
    if let Some(subject) = speaker_before(cur, verb, floor) {
        return Some(subject);
    }
    let before = verb.checked_sub(1).and_then(|i| cur.tok(i));
    if before.is_some_and(|t| t.is(cur.text, "and") || t.is(cur.text, "but") || t.is(cur.text, "then")) {
        let earlier = speech_verb_before(cur, verb - 1, floor)?;
        return subject_of(cur, earlier, floor, None);
    }
    // Inverted: "said the minister: “…" — only when the phrase reaches the quote.
    let (first, end) = speaker_after(cur, verb + 1)?;
    let reaches =
        opener.is_some_and(|o| end <= o && (end..o).all(|i| cur.tok(i).is_some_and(|t| t.kind == TokKind::Punct)));
    reaches.then_some((first, end))
}

/// For a quote that opens its sentence with no attribution of its own: the speaker named by a
/// speech verb in the sentence before ("Heald noted … . “…”", "Rathbun stated,¶“…”").
pub(crate) fn attribution_previous_sentence(
    cur: Cursor<'_>,
    sentences: &[Sentence],
    opener: usize,
) -> Option<(usize, usize)> {
    let token = cur.tok(opener)?;
    let sentence = sentence_at(sentences, token.start)?;
    if sentence.first_token != opener {
        return None;
    }
    let previous = sentence_at(sentences, cur.tok(opener.checked_sub(1)?)?.start)?;
    // Across a paragraph break only an introduction ending in ":" or "," hands on its speaker.
    if token.break_before
        && !cur
            .tok(opener - 1)
            .is_some_and(|t| matches!(t.text(cur.text), ":" | ","))
    {
        return None;
    }
    let floor = previous.first_token.max(previous.end_token.saturating_sub(30));
    // Only the sentence's own words: stop at a quote mark, whose speaker is handled elsewhere.
    let mut index = previous.end_token;
    while index > floor {
        index -= 1;
        let t = cur.tok(index)?;
        if t.kind == TokKind::Punct && matches!(t.text(cur.text), "”" | "\"" | "“") {
            return None;
        }
        if speech_verb_at(cur, index)
            || (t.is(cur.text, "according") && cur.tok(index + 1).is_some_and(|n| n.is(cur.text, "to")))
        {
            return subject_of(cur, index, previous.first_token, None);
        }
    }
    None
}
