//! Quotations and who said them.
//!
//! Quote marks are paired per paragraph. News style lets a quote run over paragraphs: the
//! paragraph ends with no closing mark and the next one opens afresh (or, in some corpora,
//! simply goes on and closes). A quote left open when a new one opens in the same paragraph
//! ends at the last sentence end before the new mark. Single quotes are never outer marks
//! here: in news they are apostrophes, headline quotes or nested quotes.
//!
//! The speaker comes from the attribution after the quote (`,” said X`, `,” X said`,
//! `” - X`), else from the attribution before it in its sentence (`X said …“`,
//! `according to X, “`), else from the quote it continues or the quote before it.

use super::Found;
use super::lexicon::{self, Lex};
use super::segment::{Sentence, sentence_at};
use super::token::{TokKind, Token};
use crate::model::{Kind, QuoteValue, Speaker, Value};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mark {
    Open,
    Close,
}

/// A quote found by pairing marks, before its speaker is known.
#[derive(Clone, Debug)]
struct RawQuote {
    /// Token index of the first token inside the quote.
    first: usize,
    /// Token index just past the last token inside the quote.
    end: usize,
    /// Index of the opening mark, if any (a continued paragraph may have none).
    opener: Option<usize>,
    /// Index of the closing mark, if any.
    closer: Option<usize>,
    /// Index (in the list of quotes) of the quote this one continues, across a paragraph.
    continues: Option<usize>,
    speaker: Option<(usize, usize)>,
}

fn tok(tokens: &[Token], index: usize) -> Option<&Token> {
    tokens.get(index)
}

fn classify_mark(text: &str, tokens: &[Token], index: usize, open: bool) -> Option<Mark> {
    let token = tok(tokens, index)?;
    if token.kind != TokKind::Punct {
        return None;
    }
    match token.text(text) {
        "“" | "«" | "„" => Some(Mark::Open),
        "”" | "»" => Some(Mark::Close),
        "\"" => {
            let before_space = token.space_before || token.break_before || index == 0;
            let next = tok(tokens, index + 1);
            let after_space = next.is_none_or(|n| n.space_before || n.break_before);
            let after_punct = next.is_some_and(|n| {
                n.kind == TokKind::Punct && matches!(n.text(text), "," | "." | ";" | ":" | ")" | "?" | "!")
            });
            let prev_opening = index
                .checked_sub(1)
                .and_then(|i| tok(tokens, i))
                .is_some_and(|p| matches!(p.text(text), "(" | "[" | "—" | "–" | "-" | ":"));
            let opener_like = (before_space || prev_opening) && !after_space;
            let closer_like = !before_space && (after_space || after_punct);
            let after_intro = index
                .checked_sub(1)
                .and_then(|i| tok(tokens, i))
                .is_some_and(|p| matches!(p.text(text), "," | ":") && !token.space_before);
            match (opener_like, closer_like) {
                (_, true) if after_intro && !open => Some(Mark::Open),
                (true, false) => Some(Mark::Open),
                (false, true) => Some(Mark::Close),
                _ => Some(if open { Mark::Close } else { Mark::Open }),
            }
        }
        _ => None,
    }
}

/// The last sentence end strictly between tokens `from` and `to`, as a token index.
fn last_sentence_end(sentences: &[Sentence], tokens: &[Token], from: usize, to: usize) -> Option<usize> {
    let to_token = tok(tokens, to)?;
    let sentence = sentence_at(sentences, to_token.start)?;
    (sentence.first_token > from + 1 && sentence.first_token <= to).then_some(sentence.first_token)
}

#[allow(clippy::too_many_lines, reason = "one state machine over the marks of a text")]
fn pair_marks(text: &str, tokens: &[Token], sentences: &[Sentence]) -> Vec<RawQuote> {
    let mut quotes: Vec<RawQuote> = Vec::new();
    let mut open: Option<usize> = None;
    let mut carried: Option<usize> = None; // quote left open at the previous paragraph's end
    let mut paragraph_start = 0;
    let mut seen_mark_in_paragraph = false;
    for (index, token) in tokens.iter().enumerate() {
        if token.break_before && index > 0 {
            // Paragraph end: an open quote runs to it.
            carried = None;
            if let Some(opener) = open.take()
                && opener + 1 < index
            {
                quotes.push(RawQuote {
                    first: opener + 1,
                    end: index,
                    opener: Some(opener),
                    closer: None,
                    continues: None,
                    speaker: None,
                });
                carried = Some(quotes.len() - 1);
            }
            paragraph_start = index;
            seen_mark_in_paragraph = false;
        }
        if token.kind != TokKind::Punct {
            continue;
        }
        let Some(mark) = classify_mark(text, tokens, index, open.is_some()) else {
            continue;
        };
        let first_mark = !seen_mark_in_paragraph;
        seen_mark_in_paragraph = true;
        match mark {
            Mark::Open => {
                if let Some(previous) = open {
                    // An unclosed quote: it ends with the last sentence before this mark.
                    if let Some(end) = last_sentence_end(sentences, tokens, previous, index) {
                        quotes.push(RawQuote {
                            first: previous + 1,
                            end,
                            opener: Some(previous),
                            closer: None,
                            continues: None,
                            speaker: None,
                        });
                    }
                }
                // A fresh opening mark at a paragraph's start continues a quote left open.
                let continues = if index == paragraph_start { carried } else { None };
                open = Some(index);
                if continues.is_some() {
                    carried = continues;
                } else if first_mark {
                    carried = None;
                }
            }
            Mark::Close => {
                if let Some(opener) = open.take() {
                    let continues = if opener == paragraph_start { carried } else { None };
                    if opener + 1 < index {
                        quotes.push(RawQuote {
                            first: opener + 1,
                            end: index,
                            opener: Some(opener),
                            closer: Some(index),
                            continues,
                            speaker: None,
                        });
                    }
                } else if first_mark && carried.is_some() && paragraph_start < index {
                    // The quote went on into this paragraph without a new opening mark.
                    quotes.push(RawQuote {
                        first: paragraph_start,
                        end: index,
                        opener: None,
                        closer: Some(index),
                        continues: carried,
                        speaker: None,
                    });
                }
                carried = None;
            }
        }
    }
    if let Some(opener) = open
        && opener + 1 < tokens.len()
    {
        quotes.push(RawQuote {
            first: opener + 1,
            end: tokens.len(),
            opener: Some(opener),
            closer: None,
            continues: None,
            speaker: None,
        });
    }
    quotes
}

fn is_clause_word(text: &str, token: &Token) -> bool {
    [
        "that", "and", "but", "because", "while", "when", "as", "after", "before", "which", "who", "if", "so",
        "though", "although", "where", "then", "whether",
    ]
    .iter()
    .any(|w| token.is(text, w))
}

/// Words that end a speaker's noun phrase after the verb: "said X in a statement".
fn ends_speaker(text: &str, token: &Token) -> bool {
    token.break_before
        || (token.kind == TokKind::Punct && !matches!(token.text(text), "-" | "." | "'" | "’"))
        || (token.kind == TokKind::Punct && token.text(text) == ".")
        || [
            "in",
            "on",
            "at",
            "to",
            "during",
            "after",
            "before",
            "when",
            "while",
            "who",
            "which",
            "that",
            "as",
            "because",
            "adding",
            "according",
            "and",
            "but",
            "with",
            "from",
            "last",
            "this",
            "yesterday",
            "today",
            "on",
            "via",
            "told",
            "said",
            "says",
            "earlier",
            "later",
            "recently",
            "previously",
            "also",
        ]
        .iter()
        .any(|w| token.is(text, w))
        || matches!(token.lex, Lex::Weekday(_) | Lex::RelDay)
}

/// The speaker phrase that starts at token `index` (after "said"), as a token range.
fn speaker_after(text: &str, tokens: &[Token], index: usize) -> Option<(usize, usize)> {
    let mut end = index;
    while end < index + 12 {
        let Some(token) = tok(tokens, end) else { break };
        // "Dr. John Smith", "L. Ron Hubbard": a title or an initial keeps its full stop.
        let title_stop = token.text(text) == "."
            && !token.space_before
            && end > index
            && tok(tokens, end - 1).is_some_and(|t| is_title_or_initial(t.text(text)))
            && tok(tokens, end + 1)
                .is_some_and(|n| n.kind == TokKind::Word && n.is_capitalised(text) && !n.break_before);
        if !title_stop && ends_speaker(text, token) {
            break;
        }
        end += 1;
    }
    // Drop a trailing possessive or hyphen.
    while end > index && tok(tokens, end - 1).is_some_and(|t| t.kind != TokKind::Word) {
        end -= 1;
    }
    (end > index && tok(tokens, index).is_some_and(|t| t.kind == TokKind::Word)).then_some((index, end))
}

fn is_title_or_initial(word: &str) -> bool {
    (word.len() == 1 && word.chars().all(|c| c.is_ascii_uppercase()))
        || [
            "Dr", "Mr", "Mrs", "Ms", "Prof", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Capt", "Sgt", "St", "Rev",
            "Hon", "Maj", "Adm", "Supt", "Insp", "Det",
        ]
        .contains(&word)
}

/// Words that may stand between a subject and its speech verb: "has said", "also told".
fn is_auxiliary(text: &str, token: &Token) -> bool {
    [
        "has",
        "had",
        "have",
        "was",
        "is",
        "also",
        "later",
        "then",
        "previously",
        "earlier",
        "once",
        "reportedly",
        "further",
        "repeatedly",
        "publicly",
        "recently",
        "had",
        "would",
        "will",
        "did",
        "once",
        "subsequently",
        "simply",
        "just",
        "again",
    ]
    .iter()
    .any(|w| token.is(text, w))
}

/// The subject before a speech verb at `verb`, bounded below by `floor`.
fn speaker_before(text: &str, tokens: &[Token], verb: usize, floor: usize) -> Option<(usize, usize)> {
    let mut end = verb;
    while end > floor && tok(tokens, end - 1).is_some_and(|t| is_auxiliary(text, t)) {
        end -= 1;
    }
    if end > floor && tok(tokens, end - 1).is_some_and(|t| t.text(text) == ",") {
        // "Cynthia Thompson, curator of …, said": the subject runs back over its appositive.
        let comma = end - 1;
        let mut first = comma;
        while first > floor && first + 30 > comma {
            let Some(token) = tok(tokens, first - 1) else {
                break;
            };
            let stop = (token.kind == TokKind::Word
                && (is_clause_word(text, token)
                    || lexicon::is_speech_verb(token.text(text)) && !token.is_capitalised(text)))
                || (token.kind == TokKind::Punct
                    && !matches!(token.text(text), "," | "-" | "." | "'" | "’" | "(" | ")"))
                || tok(tokens, first).is_some_and(|t| t.break_before);
            if stop {
                break;
            }
            first -= 1;
        }
        while first < comma && tok(tokens, first).is_some_and(|t| t.kind != TokKind::Word) {
            first += 1;
        }
        return (first < comma).then_some((first, comma));
    }
    let mut first = end;
    while first > floor && first + 10 > end {
        let Some(token) = tok(tokens, first - 1) else {
            break;
        };
        let punct_ok = token.kind == TokKind::Poss
            || (token.kind == TokKind::Punct && matches!(token.text(text), "-" | "." | "'" | "’"));
        if (token.kind != TokKind::Word && !punct_ok)
            || is_clause_word(text, token)
            || tok(tokens, first).is_some_and(|t| t.break_before)
        {
            break;
        }
        if token.kind == TokKind::Word && lexicon::is_speech_verb(token.text(text)) {
            break;
        }
        first -= 1;
    }
    while first < end && tok(tokens, first).is_some_and(|t| t.kind != TokKind::Word) {
        first += 1;
    }
    (first < end).then_some((first, end))
}

/// A speech verb that reports speech (not "called" or "read" used otherwise).
fn speech_verb_at(text: &str, tokens: &[Token], index: usize) -> bool {
    tok(tokens, index).is_some_and(|t| {
        t.kind == TokKind::Word
            && !t.is_capitalised(text)
            && lexicon::is_speech_verb(t.text(text))
            && !t.is(text, "according")
            && !t.is(text, "called")
            && !t.is(text, "calls")
            && !t.is(text, "dubbed")
            && !t.is(text, "read")
    })
}

/// Attribution right after a closing mark: `,” said X`, `,” X said`, `” - X`.
fn attribution_after(text: &str, tokens: &[Token], closer: usize) -> Option<(usize, usize)> {
    let mut index = closer + 1;
    let next = tok(tokens, index)?;
    if next.break_before {
        return None;
    }
    // A full stop after the mark ends the sentence: what follows is a new one.
    if next.kind == TokKind::Punct && matches!(next.text(text), "." | "!" | "?" | ";") {
        return None;
    }
    if next.kind == TokKind::Punct && matches!(next.text(text), "," | "(") {
        index += 1;
    }
    let token = tok(tokens, index)?;
    if token.break_before {
        return None;
    }
    if token.kind == TokKind::Punct && matches!(token.text(text), "-" | "—" | "–") {
        return speaker_after(text, tokens, index + 1);
    }
    if speech_verb_at(text, tokens, index) {
        return speaker_after(text, tokens, index + 1);
    }
    if token.is(text, "according") && tok(tokens, index + 1).is_some_and(|t| t.is(text, "to")) {
        return speaker_after(text, tokens, index + 2);
    }
    // "X said", "the minister told reporters".
    let mut verb = index;
    while verb < index + 16 {
        let t = tok(tokens, verb)?;
        if t.break_before && verb > index {
            return None;
        }
        if speech_verb_at(text, tokens, verb) {
            return (verb > index)
                .then_some((index, verb))
                .and_then(|(f, v)| speaker_before(text, tokens, v, f));
        }
        let ok = t.kind == TokKind::Word
            || t.kind == TokKind::Poss
            || (t.kind == TokKind::Punct && matches!(t.text(text), "-" | "." | ","));
        if !ok || (t.kind == TokKind::Word && is_clause_word(text, t)) {
            return None;
        }
        verb += 1;
    }
    None
}

/// Attribution before the opening mark, in the same sentence: `X said … “`, `according to X, “`.
fn attribution_before(
    text: &str,
    tokens: &[Token],
    sentences: &[Sentence],
    opener: usize,
    short: bool,
) -> Option<(usize, usize)> {
    let token = tok(tokens, opener)?;
    let sentence = sentence_at(sentences, token.start)?;
    let floor = sentence.first_token.max(opener.saturating_sub(40));
    let verb = speech_verb_before(text, tokens, opener, floor)?;
    // A one- or two-word quote far from the verb, or behind another quote, is more likely a
    // scare quote or a name.
    let crosses_quote = (verb..opener)
        .any(|i| tok(tokens, i).is_some_and(|t| t.kind == TokKind::Punct && matches!(t.text(text), "”" | "\"")));
    if short && (opener - verb > 8 || crosses_quote) {
        return None;
    }
    subject_of(text, tokens, verb, floor, Some(opener))
}

/// The nearest speech verb before token `end`, not before `floor`.
fn speech_verb_before(text: &str, tokens: &[Token], end: usize, floor: usize) -> Option<usize> {
    let mut index = end;
    while index > floor {
        index -= 1;
        let t = tok(tokens, index)?;
        if t.is(text, "according") && tok(tokens, index + 1).is_some_and(|n| n.is(text, "to")) {
            return Some(index);
        }
        // "called the sentence “dangerous”" attributes; "a print called “X”" names (filtered later).
        let calls = (t.is(text, "called") || t.is(text, "calls")) && index + 1 < end;
        if speech_verb_at(text, tokens, index) || calls {
            return Some(index);
        }
    }
    None
}

/// Who speaks through the verb at `verb`: its subject, the object of "according to", the
/// subject of an earlier verb it is coordinated with ("X said …, and said “…”"), or the
/// phrase after an inverted verb ("said the minister: “…”").
fn subject_of(
    text: &str,
    tokens: &[Token],
    verb: usize,
    floor: usize,
    opener: Option<usize>,
) -> Option<(usize, usize)> {
    if tok(tokens, verb).is_some_and(|t| t.is(text, "according")) {
        return speaker_after(text, tokens, verb + 2);
    }
    // "he said …, adding that …": a participle speaks with the subject of the verb before it.
    // Not "a message stating …", whose speaker is the noun before it.
    let participle = tok(tokens, verb).is_some_and(|t| t.text(text).ends_with("ing"))
        && verb
            .checked_sub(1)
            .and_then(|i| tok(tokens, i))
            .is_some_and(|p| p.text(text) == ",");
    if participle && let Some(earlier) = speech_verb_before(text, tokens, verb, floor) {
        return subject_of(text, tokens, earlier, floor, None);
    }
    if let Some(subject) = speaker_before(text, tokens, verb, floor) {
        return Some(subject);
    }
    let before = verb.checked_sub(1).and_then(|i| tok(tokens, i));
    if before.is_some_and(|t| t.is(text, "and") || t.is(text, "but") || t.is(text, "then")) {
        let earlier = speech_verb_before(text, tokens, verb - 1, floor)?;
        return subject_of(text, tokens, earlier, floor, None);
    }
    // Inverted: "said the minister: “…" — only when the phrase reaches the quote.
    let (first, end) = speaker_after(text, tokens, verb + 1)?;
    let reaches =
        opener.is_some_and(|o| end <= o && (end..o).all(|i| tok(tokens, i).is_some_and(|t| t.kind == TokKind::Punct)));
    reaches.then_some((first, end))
}

/// For a quote that opens its sentence with no attribution of its own: the speaker named by a
/// speech verb in the sentence before ("Heald noted … . “…”", "Rathbun stated,¶“…”").
fn attribution_previous_sentence(
    text: &str,
    tokens: &[Token],
    sentences: &[Sentence],
    opener: usize,
) -> Option<(usize, usize)> {
    let token = tok(tokens, opener)?;
    let sentence = sentence_at(sentences, token.start)?;
    if sentence.first_token != opener {
        return None;
    }
    let previous = sentence_at(sentences, tok(tokens, opener.checked_sub(1)?)?.start)?;
    // Across a paragraph break only an introduction ending in ":" or "," hands on its speaker.
    if token.break_before && !tok(tokens, opener - 1).is_some_and(|t| matches!(t.text(text), ":" | ",")) {
        return None;
    }
    let floor = previous.first_token.max(previous.end_token.saturating_sub(30));
    // Only the sentence's own words: stop at a quote mark, whose speaker is handled elsewhere.
    let mut index = previous.end_token;
    while index > floor {
        index -= 1;
        let t = tok(tokens, index)?;
        if t.kind == TokKind::Punct && matches!(t.text(text), "”" | "\"" | "“") {
            return None;
        }
        if speech_verb_at(text, tokens, index)
            || (t.is(text, "according") && tok(tokens, index + 1).is_some_and(|n| n.is(text, "to")))
        {
            return subject_of(text, tokens, index, previous.first_token, None);
        }
    }
    None
}

fn is_title_like(text: &str, tokens: &[Token], first: usize, end: usize) -> bool {
    let mut words = 0;
    let mut end = end;
    while end > first && tok(tokens, end - 1).is_some_and(|t| matches!(t.text(text), "." | ",")) {
        end -= 1;
    }
    for index in first..end {
        let Some(token) = tok(tokens, index) else {
            return false;
        };
        match token.kind {
            TokKind::Word => {
                words += 1;
                let small = [
                    "of", "the", "and", "a", "an", "in", "on", "for", "to", "vs", "at", "or", "with", "by", "from",
                    "into", "over",
                ]
                .iter()
                .any(|w| token.is(text, w));
                if !small && !token.is_capitalised(text) {
                    return false;
                }
            }
            TokKind::Punct if matches!(token.text(text), "," | "." | "!" | "?" | ";" | "“" | "”" | "\"") => {
                return false;
            }
            _ => {}
        }
    }
    (1..=12).contains(&words)
}

fn word_count(tokens: &[Token], first: usize, end: usize) -> usize {
    tokens
        .get(first..end)
        .map_or(0, |slice| slice.iter().filter(|t| t.kind == TokKind::Word).count())
}

/// Every quotation in the text, with its speaker where the text names one.
pub(crate) fn quotes(text: &str, tokens: &[Token], sentences: &[Sentence]) -> Vec<Found> {
    let mut raw = pair_marks(text, tokens, sentences);
    // Speakers from the attribution around each quote.
    for quote in &mut raw {
        let after = quote.closer.and_then(|closer| attribution_after(text, tokens, closer));
        let short = word_count(tokens, quote.first, quote.end) <= 2;
        let before = || {
            quote
                .opener
                .and_then(|opener| attribution_before(text, tokens, sentences, opener, short))
        };
        quote.speaker = after.or_else(before);
    }
    share_speakers(text, tokens, sentences, &mut raw);
    raw.iter().filter_map(|quote| to_found(text, tokens, quote)).collect()
}

/// Quotes without an attribution of their own take one from the quotes and sentences around
/// them, most specific first.
fn share_speakers(text: &str, tokens: &[Token], sentences: &[Sentence], raw: &mut [RawQuote]) {
    // Continued quotes share their speaker, in both directions.
    for index in 0..raw.len() {
        let Some(parent) = raw.get(index).and_then(|q| q.continues) else {
            continue;
        };
        let child = raw.get(index).and_then(|q| q.speaker);
        let parent_speaker = raw.get(parent).and_then(|q| q.speaker);
        match (parent_speaker, child) {
            (Some(speaker), None) => {
                if let Some(q) = raw.get_mut(index) {
                    q.speaker = Some(speaker);
                }
            }
            (None, Some(speaker)) => {
                let mut at = Some(parent);
                while let Some(p) = at {
                    let Some(q) = raw.get_mut(p) else { break };
                    if q.speaker.is_some() {
                        break;
                    }
                    q.speaker = Some(speaker);
                    at = q.continues;
                }
            }
            _ => {}
        }
    }
    // Fragments of one sentence share the attribution that ends it:
    // "“…,” including “…,” said X."
    for index in (0..raw.len().saturating_sub(1)).rev() {
        if raw.get(index).is_some_and(|q| q.speaker.is_some()) {
            continue;
        }
        let (Some(current), Some(next)) = (raw.get(index), raw.get(index + 1)) else {
            continue;
        };
        let (Some(a), Some(b)) = (tok(tokens, current.first), tok(tokens, next.first)) else {
            continue;
        };
        let same = sentence_at(sentences, a.start).map(|s| s.start) == sentence_at(sentences, b.start).map(|s| s.start);
        if same && current.closer.is_some() {
            let speaker = next.speaker;
            if let Some(q) = raw.get_mut(index) {
                q.speaker = speaker;
            }
        }
    }
    // Quotes of one sentence are one voice: "described it as “dangerous” and “ideological”",
    // "said … “…” after … “…”".
    for index in 1..raw.len() {
        if raw.get(index).is_some_and(|q| q.speaker.is_some()) {
            continue;
        }
        let (Some(previous), Some(current)) = (raw.get(index - 1), raw.get(index)) else {
            continue;
        };
        let (Some(a), Some(b)) = (tok(tokens, previous.first), tok(tokens, current.first)) else {
            continue;
        };
        let same = sentence_at(sentences, a.start).map(|s| s.start) == sentence_at(sentences, b.start).map(|s| s.start);
        if same && previous.closer.is_some() {
            let speaker = previous.speaker;
            if let Some(q) = raw.get_mut(index) {
                q.speaker = speaker;
            }
        }
    }
    // Then the sentence before, for quotes that open their sentence.
    for quote in raw.iter_mut() {
        if quote.speaker.is_none() && quote.continues.is_none() {
            quote.speaker = quote
                .opener
                .and_then(|opener| attribution_previous_sentence(text, tokens, sentences, opener));
        }
    }
    // A quote that opens a sentence right after an attributed quote of the same paragraph
    // ("…,” she said. “…”) or opens the paragraph after one is the same voice.
    for index in 1..raw.len() {
        if raw.get(index).is_some_and(|q| q.speaker.is_some()) {
            continue;
        }
        let (Some(previous), Some(current)) = (raw.get(index - 1), raw.get(index)) else {
            continue;
        };
        let Some(opener) = current.opener else {
            continue;
        };
        let Some(open_token) = tok(tokens, opener) else {
            continue;
        };
        let opens_sentence = sentence_at(sentences, open_token.start).is_some_and(|s| s.first_token == opener);
        let gap_ok = previous.end + 40 > opener;
        if opens_sentence && gap_ok {
            let speaker = previous.speaker;
            if let Some(q) = raw.get_mut(index) {
                q.speaker = speaker;
            }
        }
    }
}

/// The claim for one paired quote, unless it is a title, a name or a scare quote.
fn to_found(text: &str, tokens: &[Token], quote: &RawQuote) -> Option<Found> {
    let first = tok(tokens, quote.first)?;
    let last = quote.end.checked_sub(1).and_then(|i| tok(tokens, i))?;
    if first.start >= last.end {
        return None;
    }
    let words = word_count(tokens, quote.first, quote.end);
    if words == 0 {
        return None;
    }
    // Titles and names in quotes ("Cowboys and Indians", "Anonymous") and words introduced
    // as names ("called “X”") are not speech.
    // ("“No,” he said" is speech: an attributed quote ending in , ! or ?).
    let spoken = quote.speaker.is_some() && last.kind == TokKind::Punct && matches!(last.text(text), "," | "!" | "?");
    if quote.continues.is_none() && !spoken && is_title_like(text, tokens, quote.first, quote.end) {
        return None;
    }
    let named = quote
        .opener
        .and_then(|o| o.checked_sub(1))
        .and_then(|p| tok(tokens, p))
        .is_some_and(|p| {
            [
                "called",
                "named",
                "dubbed",
                "titled",
                "entitled",
                "nicknamed",
                "word",
                "term",
                "phrase",
                "label",
                "labelled",
                "labeled",
                "branded",
                "so-called",
                "headlined",
                "reading",
                "marked",
            ]
            .iter()
            .any(|w| p.is(text, w))
        });
    if named {
        return None;
    }
    // One or two words in quotes with nobody saying them are scare quotes.
    let full_sentence = quote
        .end
        .checked_sub(1)
        .and_then(|i| tok(tokens, i))
        .is_some_and(|t| matches!(t.text(text), "." | "!" | "?"));
    if words <= 2 && quote.speaker.is_none() && !(full_sentence && words == 2) {
        return None;
    }
    let speaker = quote.speaker.and_then(|(s, e)| {
        let start = tok(tokens, s)?.start;
        let end = tok(tokens, e.checked_sub(1)?)?.end;
        Some(Speaker {
            name: text.get(start..end)?.to_owned(),
            start,
            end,
        })
    });
    Some(Found {
        start: first.start,
        end: last.end,
        kind: Kind::Quote,
        value: Some(Value::Quote(QuoteValue { speaker })),
    })
}

#[cfg(test)]
mod tests {
    use crate::extract::extract;
    use crate::model::{Kind, Value};

    fn quotes(text: &str) -> Vec<(String, Option<String>)> {
        extract(text)
            .into_iter()
            .filter(|d| d.kind == Kind::Quote)
            .map(|d| {
                let speaker = match &d.value {
                    Some(Value::Quote(q)) => q.speaker.as_ref().map(|s| s.name.clone()),
                    _ => None,
                };
                (text[d.start..d.end].to_owned(), speaker)
            })
            .collect()
    }

    fn q(text: &str, speaker: Option<&str>) -> (String, Option<String>) {
        (text.to_owned(), speaker.map(str::to_owned))
    }

    #[test]
    fn speaker_after_the_quote() {
        assert_eq!(
            quotes("“We will act,” said White House press secretary Jen Psaki."),
            [q("We will act,", Some("White House press secretary Jen Psaki"))]
        );
        assert_eq!(quotes("\"It is over,\" Smith said."), [q("It is over,", Some("Smith"))]);
        assert_eq!(
            quotes("\"It is the third time,\" said Dr. John Smith, a seismologist."),
            [q("It is the third time,", Some("Dr. John Smith"))]
        );
    }

    #[test]
    fn speaker_before_the_quote() {
        assert_eq!(
            quotes("Kremlin adviser Yuri Ushakov said the call created “a good background” for talks."),
            [q("a good background", Some("Kremlin adviser Yuri Ushakov"))]
        );
        assert_eq!(
            quotes("Despite talks, officials on both sides described the tone as “serious”."),
            [q("serious", Some("officials on both sides"))]
        );
    }

    #[test]
    fn unclosed_and_multi_paragraph_quotes() {
        let text = "“Both agreed. Ushakov said Putin “reacted immediately” today.";
        assert_eq!(
            quotes(text),
            [q("Both agreed.", None), q("reacted immediately", Some("Ushakov"))]
        );
        let text = "“First part of it,\n“second part of it,” she said.";
        assert_eq!(
            quotes(text),
            [
                q("First part of it,", Some("she")),
                q("second part of it,", Some("she"))
            ]
        );
        let text = "He said, \"first part here.\nSecond part here.\"\nNext.";
        assert_eq!(
            quotes(text),
            [q("first part here.", Some("He")), q("Second part here.", Some("He"))]
        );
    }

    #[test]
    fn participles_speak_with_their_clause_subject() {
        assert_eq!(
            quotes("“No,” he said on Friday, adding that it had “always supported the plan.”"),
            [q("No,", Some("he")), q("always supported the plan.", Some("he"))]
        );
        assert_eq!(
            quotes("All they get is a message stating, “The site is down.”"),
            [q("The site is down.", Some("All they get is a message"))]
        );
    }

    #[test]
    fn quotes_of_one_sentence_share_the_speaker() {
        assert_eq!(
            quotes("Galantino has called the ruling “dangerous” and “ideological”."),
            [q("dangerous", Some("Galantino")), q("ideological", Some("Galantino"))]
        );
        // The sentence after the closing mark is not the attribution.
        assert_eq!(
            quotes("Wilkins said, “He liked the flash”. She explained it."),
            [q("He liked the flash", Some("Wilkins"))]
        );
    }

    #[test]
    fn names_and_scare_quotes_are_not_quotes() {
        assert!(quotes("a print called \"Cowboys and Indians\" and the \"forced\" labour").is_empty());
    }
}
