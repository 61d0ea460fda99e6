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
use super::lexicon::{
    self, AUXILIARIES, CLAUSE_WORDS, COPULAS, Lex, NON_SPEAKER_PRONOUNS, PASSIVE_AUXILIARIES, PERSONAL_PRONOUNS,
    QUESTION_AUXILIARIES, QUESTION_WORDS, SPEAKER_ENDINGS, TITLES,
};
use super::segment::{Sentence, sentence_at};
use super::tagged_window::TaggedWindow;
use super::token::{TokKind, Token};
use crate::syntax::{self, Tag};

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
///
/// The inverted subject of a speech verb (`said Rosa Diaz, 52, a teacher`) or the object of
/// "according to": the noun phrase the tagger's chunker finds there
/// ([`syntax::speaker_after_verb`]); a reported clause ("said the plan would fail") gives none.
pub(crate) fn speaker_after(cur: Cursor<'_>, index: usize) -> Option<(usize, usize)> {
    // "said he.": a pronoun alone needs no tags (and most quotes in a long run of them end
    // so, which keeps the tagger off the hot path).
    if cur.is_any(index, PERSONAL_PRONOUNS)
        && cur
            .tok(index + 1)
            .is_none_or(|t| t.kind == TokKind::Punct || t.break_before)
    {
        return Some((index, index + 1));
    }
    // "said Smith.", "said Jen Psaki,": a short name that runs to punctuation is the phrase
    // the walk finds; tagging it would change nothing.
    let walked = speaker_after_walk(cur, index);
    if let Some((first, end)) = walked
        && end - first <= 3
        && (end - first == 1 || (first..end).all(|at| cur.capitalised(at)))
        && cur.tok(end).is_none_or(|t| t.kind == TokKind::Punct || t.break_before)
    {
        return walked;
    }
    if let Some(mut window) = TaggedWindow::around(cur, index.saturating_sub(3), index + 12, index) {
        if index.checked_sub(1).is_some_and(|verb| speech_verb_at(cur, verb)) {
            window.mark_speech_verb(index - 1);
        }
        let local = window.local(index)?;
        let found = syntax::speaker_after_verb(&window.words, &window.tags, local)
            .map(|speaker| (window.first + speaker.range.start, window.first + speaker.range.end));
        return found;
    }
    // Without the tagger (its weights failed to load): the word walk.
    speaker_after_walk(cur, index)
}

/// [`speaker_after`] without tags: the words up to the first that ends a speaker.
fn speaker_after_walk(cur: Cursor<'_>, index: usize) -> Option<(usize, usize)> {
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

pub(crate) fn is_title_or_initial(word: &str) -> bool {
    (word.len() == 1 && word.chars().all(|c| c.is_ascii_uppercase())) || TITLES.contains(&word)
}

/// Words that may stand between a subject and its speech verb: "has said", "also told".
fn is_auxiliary(text: &str, token: &Token) -> bool {
    AUXILIARIES.iter().any(|w| token.is(text, w))
}

/// The subject before a speech verb at `verb`, bounded below by `floor`.
///
/// The subject noun phrase of the verb as the tagger's chunker cuts the sentence
/// ([`syntax::speaker_before_verb`]): appositions between commas are stepped over back to the
/// name (`Ed Marsh, 88, said`), a fronted clause stays out (a phrase never crosses its comma),
/// and a clause fragment is no noun phrase, so no speaker.
pub(crate) fn speaker_before(cur: Cursor<'_>, verb: usize, floor: usize) -> Option<(usize, usize)> {
    // Tagged from before `floor` too: a word at the window's edge is tagged worse without
    // the words before it. The phrase found is cut at `floor`.
    // "…,” he said": a pronoun alone after punctuation needs no tags.
    let mut end = verb;
    while end > floor && cur.tok(end - 1).is_some_and(|t| is_auxiliary(cur.text, t)) {
        end -= 1;
    }
    if let Some(pronoun) = end.checked_sub(1).filter(|at| *at >= floor)
        && cur.is_any(pronoun, PERSONAL_PRONOUNS)
        && (pronoun == floor || cur.tok(pronoun - 1).is_some_and(|t| t.kind == TokKind::Punct))
    {
        return Some((pronoun, pronoun + 1));
    }
    // "…,” Smith said", "Jen Psaki told": one to three capitalised words after punctuation
    // are a name; tagging them would change nothing.
    let name_first = (end.saturating_sub(3).max(floor)..end)
        .find(|at| (*at..end).all(|word| cur.kind_is(word, TokKind::Word) && cur.capitalised(word)));
    if let Some(first) = name_first
        && (first == floor
            || cur
                .tok(first - 1)
                .is_some_and(|t| t.kind == TokKind::Punct && t.text(cur.text) != "."))
        && cur.tok(first).is_some_and(|t| !is_clause_word(cur.text, t))
    {
        return Some((first, end));
    }
    if let Some(mut window) = TaggedWindow::around(cur, verb.saturating_sub(20), verb + 2, verb) {
        window.mark_speech_verb(verb);
        let local = window.local(verb)?;
        let found = syntax::speaker_before_verb(&window.words, &window.tags, local)
            .map(|speaker| {
                (
                    (window.first + speaker.range.start).max(floor),
                    window.first + speaker.range.end,
                )
            })
            .filter(|(first, end)| first < end);
        return found;
    }
    // Without the tagger (its weights failed to load): the word walk.
    speaker_before_walk(cur, verb, floor)
}

/// [`speaker_before`] without tags: a walk back over the words a subject may hold.
fn speaker_before_walk(cur: Cursor<'_>, verb: usize, floor: usize) -> Option<(usize, usize)> {
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
///
/// A passive speech verb ("residents were told", "the army has been told to prepare") names
/// who was spoken to, not who spoke: it is no attribution, and the search goes on past it.
pub(crate) fn speech_verb_at(cur: Cursor<'_>, index: usize) -> bool {
    let passive = index
        .checked_sub(1)
        .is_some_and(|before| cur.is_any(before, PASSIVE_AUXILIARIES))
        && cur.tok(index).is_some_and(|t| !t.text(cur.text).ends_with("ing"));
    !passive
        && cur.tok(index).is_some_and(|t| {
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
    // A quote that ends its own sentence ("…again.” The poster wrote that “…”): a speech
    // verb in the next sentence that goes on to open another quote introduces that one.
    let quote_ended = closer
        .checked_sub(1)
        .and_then(|i| cur.tok(i))
        .is_some_and(|t| matches!(t.text(cur.text), "." | "!" | "?"));
    // "X said", "the minister told reporters".
    let mut verb = index;
    let mut in_relative = false;
    while verb < index + 16 {
        let t = cur.tok(verb)?;
        if t.break_before && verb > index {
            return None;
        }
        if speech_verb_at(cur, verb) {
            if quote_ended && opens_quote_after(cur, verb) {
                return None;
            }
            return (verb > index)
                .then_some((index, verb))
                .and_then(|(f, v)| speaker_before(cur, v, f));
        }
        // An age or a count between commas is an apposition: "Ed Marsh, 88, said".
        let ok = t.kind == TokKind::Word
            || (t.kind == TokKind::Num && (in_relative || verb.checked_sub(1).is_some_and(|i| cur.is(i, ","))))
            || t.kind == TokKind::Poss
            || (t.kind == TokKind::Punct && matches!(t.text(cur.text), "-" | "." | ","));
        // A relative clause after a comma belongs to the subject: "Smith, who led it, said".
        let relative = t.kind == TokKind::Word
            && cur.is_any(verb, &["who", "which"])
            && verb.checked_sub(1).is_some_and(|i| cur.is(i, ","));
        if !ok || (t.kind == TokKind::Word && is_clause_word(cur.text, t) && !relative) {
            return None;
        }
        in_relative |= relative;
        verb += 1;
    }
    None
}

/// Whether token `index` is a double quotation mark of any style (curly, straight, PTB).
fn is_quote_mark(cur: Cursor<'_>, index: usize) -> bool {
    cur.tok(index)
        .is_some_and(|t| t.kind == TokKind::Punct && matches!(t.text(cur.text), "“" | "”" | "\"" | "``" | "''"))
}

/// Most words a citation line's name phrase holds ("Former harbour master Ana Ruiz").
const MAX_CITATION_NAME_WORDS: usize = 6;
/// Most tokens a whole citation line holds after the quote, source title included.
const MAX_CITATION_TOKENS: usize = 16;

/// Class: a citation line after a quote that ends its sentence — the epigraph convention
/// `“…” Ana Ruiz, harbour master` or `“…” Anonymous blogger, “Title of the post”`. The rest of
/// the paragraph is a short name phrase (capitalised first word, no verb of speech), then
/// optionally a comma and a source, with no sentence end of its own outside quote marks. A
/// following sentence ("“We lost.” The team flew home.") ends with a full stop: not a citation.
pub(crate) fn attribution_citation(cur: Cursor<'_>, closer: usize) -> Option<(usize, usize)> {
    let quote_ended = cur
        .before(closer)
        .is_some_and(|t| matches!(t.text(cur.text), "." | "!" | "?"));
    let first = closer + 1;
    let head = cur.tok(first)?;
    if !quote_ended || head.break_before || head.kind != TokKind::Word || !head.is_capitalised(cur.text) {
        return None;
    }
    if is_clause_word(cur.text, head) || cur.is_any(first, PERSONAL_PRONOUNS) {
        return None;
    }
    // The line to the paragraph's end: bounded, and no sentence end outside quote marks.
    let mut end = first;
    let mut in_quote = false;
    while let Some(token) = cur.tok(end) {
        if end > first && token.break_before {
            break;
        }
        if end - first >= MAX_CITATION_TOKENS {
            return None;
        }
        let text = token.text(cur.text);
        if is_quote_mark(cur, end) {
            in_quote = !in_quote;
        } else if !in_quote && matches!(text, "." | "!" | "?" | ";" | ":") && !cur.glued(end) {
            return None;
        } else if !in_quote && matches!(text, "." | "!" | "?") {
            // A full stop glued to a word ends the line's sentence unless it closes an
            // initial or a title ("J. Smith", "Dr. Rao").
            let after_name_part = cur.before(end).is_some_and(|t| is_title_or_initial(t.text(cur.text)));
            if !after_name_part {
                return None;
            }
        }
        end += 1;
    }
    // The name phrase: up to the first comma or quote mark.
    let name_end = (first..end)
        .find(|&at| {
            cur.tok(at)
                .is_some_and(|t| t.kind == TokKind::Punct && !matches!(t.text(cur.text), "." | "-"))
        })
        .unwrap_or(end);
    let words = (first..name_end).filter(|&at| cur.kind_is(at, TokKind::Word)).count();
    let verb_inside = (first..name_end).any(|at| speech_verb_at(cur, at));
    (words > 0 && words <= MAX_CITATION_NAME_WORDS && !verb_inside).then_some((first, name_end))
}

/// Class: a quote that answers a direct question in the sentence just before it, in the same
/// paragraph — `Why did she want to go? “It's Warhol.”`: the subject of the question (after
/// its question word and inverted auxiliary) speaks the answer. A pronoun subject needs no
/// tags; any other is the noun phrase the tagger finds there. "it", "this", "there" speak
/// nothing.
pub(crate) fn attribution_question(cur: Cursor<'_>, sentences: &[Sentence], opener: usize) -> Option<(usize, usize)> {
    let token = cur.tok(opener)?;
    if token.break_before {
        return None;
    }
    let mark = opener.checked_sub(1)?;
    let sentence = sentence_at(sentences, token.start)?;
    if sentence.first_token != opener || !cur.is(mark, "?") {
        return None;
    }
    let question = sentence_at(sentences, cur.tok(mark)?.start)?;
    let wh = question.first_token;
    if !cur.is_any(wh, QUESTION_WORDS) || !cur.is_any(wh + 1, QUESTION_AUXILIARIES) {
        return None;
    }
    // Only the narrator's question: a quote mark inside it makes it someone's words.
    let quoted = (wh..question.end_token).any(|at| is_quote_mark(cur, at));
    let subject = wh + 2;
    if quoted || cur.is_any(subject, NON_SPEAKER_PRONOUNS) {
        return None;
    }
    if cur.is_any(subject, PERSONAL_PRONOUNS) {
        return Some((subject, subject + 1));
    }
    // A name: its run of capitalised words. The tagger reads the bare verb after a subject in
    // an inverted question as part of a name ("does Ana Ruiz cope"), so names need no tags.
    if cur.capitalised(subject) && cur.kind_is(subject, TokKind::Word) {
        let end = (subject..question.end_token)
            .find(|&at| !(cur.kind_is(at, TokKind::Word) && cur.capitalised(at)))
            .unwrap_or(question.end_token);
        return Some((subject, end));
    }
    let window = TaggedWindow::exactly(cur, wh, question.end_token)?;
    let phrase = syntax::noun_phrase_starting_at(&window.words, &window.tags, 2)?;
    Some((window.first + phrase.range.start, window.first + phrase.range.end))
}

/// Whether an opening quote mark follows the verb at `verb` before its sentence ends.
fn opens_quote_after(cur: Cursor<'_>, verb: usize) -> bool {
    for index in verb + 1..verb + 10 {
        let Some(t) = cur.tok(index) else {
            return false;
        };
        if t.break_before || matches!(t.text(cur.text), "." | "!" | "?") {
            return false;
        }
        if matches!(t.text(cur.text), "“" | "``" | "\"") {
            return true;
        }
    }
    false
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
            .is_some_and(|t| t.kind == TokKind::Punct && matches!(t.text(cur.text), "”" | "''" | "\""))
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
    // "…, quoting the state agency, …", "citing a leaked letter": the object of a verb of
    // citing is the source that speaks.
    if cur.is_any(verb, &["quoting", "citing"]) {
        return speaker_after(cur, verb + 1);
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
        // Reported thought inside reported speech: in "X said he believes …" or "X said that
        // she thinks …" the pronoun is X; the outer verb's subject speaks.
        let pronoun = subject.1 == subject.0 + 1 && cur.is_any(subject.0, &["he", "she", "they"]);
        if pronoun
            && let Some(outer) = speech_verb_before(cur, subject.0, floor)
            && (outer + 1 == subject.0 || outer + 2 == subject.0 && cur.is(outer + 1, "that"))
            && let Some(outer_subject) = speaker_before(cur, outer, floor)
        {
            return Some(outer_subject);
        }
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
        if is_quote_mark(cur, index) {
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

/// A quote introduced by a colon with no speech verb (`her reply: “NO DEAL.”`, `The paper
/// cited examples, including: “…”`): the subject of the introducing clause's first finite
/// verb, or the possessive before a noun that ends the clause ("her reply", "the firm's
/// answer").
pub(crate) fn attribution_colon(cur: Cursor<'_>, sentences: &[Sentence], opener: usize) -> Option<(usize, usize)> {
    let colon = opener.checked_sub(1)?;
    if !cur.is(colon, ":") {
        return None;
    }
    let sentence = sentence_at(sentences, cur.tok(colon)?.start)?;
    let floor = sentence.first_token.max(colon.saturating_sub(40));
    let mut window = TaggedWindow::around(cur, floor, colon + 1, colon)?;
    let last = window.local(colon)?;
    // The possessive that owns the noun before the colon: "Her reply:", "the union's answer:".
    let owner = last.checked_sub(2).filter(|at| {
        window.tags.get(last - 1).is_some_and(|tag| tag.is_noun())
            && window.tags.get(*at).is_some_and(|tag| *tag == Tag::PrpS)
    });
    if let Some(at) = owner {
        let index = window.first + at;
        return Some((index, index + 1));
    }
    // "the union's answer:": the owner is the phrase up to the possessive ending.
    let owner_phrase = last
        .checked_sub(1)
        .filter(|noun| window.tags.get(*noun).is_some_and(|tag| tag.is_noun()))
        .filter(|noun| window.tags.get(noun.wrapping_sub(1)) == Some(&Tag::Pos))
        .and_then(|noun| syntax::noun_phrase_ending_at(&window.words, &window.tags, noun))
        .filter(|phrase| phrase.range.start + 2 < last);
    if let Some(phrase) = owner_phrase {
        return Some((window.first + phrase.range.start, window.first + last - 2));
    }
    let verb = (0..last).find(|at| {
        window
            .tags
            .get(*at)
            .is_some_and(|tag| matches!(tag, Tag::Vbd | Tag::Vbz | Tag::Vbp))
    })?;
    window.mark_speech_verb(window.first + verb);
    let speaker = syntax::speaker_before_verb(&window.words, &window.tags, verb)?;
    Some((window.first + speaker.range.start, window.first + speaker.range.end))
}
