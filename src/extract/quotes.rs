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

use super::cursor::Cursor;
use super::lexicon::{NAMING_WORDS, TITLE_SMALL_WORDS};
use super::pronouns;
use super::recognizer::{Hit, Recognizer, Scope};
use super::segment::{Sentence, sentence_at};
use super::span::TokenSpan;
use super::speakers::{
    attribution_after, attribution_before, attribution_citation, attribution_colon, attribution_previous_sentence,
    attribution_question,
};
use super::tagged_window;
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

fn classify_mark(cur: Cursor<'_>, index: usize, open: bool) -> Option<Mark> {
    let token = cur.tok(index)?;
    if token.kind != TokKind::Punct {
        return None;
    }
    match token.text(cur.text) {
        // Typographic quotes, and the PTB convention of ``…'' (one token each).
        "“" | "«" | "„" | "``" => Some(Mark::Open),
        "”" | "»" | "''" => Some(Mark::Close),
        "\"" => {
            let before_space = token.space_before || token.break_before || index == 0;
            let next = cur.tok(index + 1);
            let after_space = next.is_none_or(|n| n.space_before || n.break_before);
            let after_punct = next.is_some_and(|n| {
                n.kind == TokKind::Punct && matches!(n.text(cur.text), "," | "." | ";" | ":" | ")" | "?" | "!")
            });
            let prev_opening = index
                .checked_sub(1)
                .and_then(|i| cur.tok(i))
                .is_some_and(|p| matches!(p.text(cur.text), "(" | "[" | "—" | "–" | "-" | ":"));
            let opener_like = (before_space || prev_opening) && !after_space;
            let closer_like = !before_space && (after_space || after_punct);
            let after_intro = index
                .checked_sub(1)
                .and_then(|i| cur.tok(i))
                .is_some_and(|p| matches!(p.text(cur.text), "," | ":") && !token.space_before);
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
    let to_token = tokens.get(to)?;
    let sentence = sentence_at(sentences, to_token.start)?;
    (sentence.first_token > from + 1 && sentence.first_token <= to).then_some(sentence.first_token)
}

#[allow(clippy::too_many_lines, reason = "one state machine over the marks of a text")]
fn pair_marks(cur: Cursor<'_>, sentences: &[Sentence]) -> Vec<RawQuote> {
    let mut quotes: Vec<RawQuote> = Vec::new();
    let mut open: Option<usize> = None;
    let mut carried: Option<usize> = None; // quote left open at the previous paragraph's end
    let mut paragraph_start = 0;
    let mut seen_mark_in_paragraph = false;
    for (index, token) in cur.tokens.iter().enumerate() {
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
        let Some(mark) = classify_mark(cur, index, open.is_some()) else {
            continue;
        };
        let first_mark = !seen_mark_in_paragraph;
        seen_mark_in_paragraph = true;
        match mark {
            Mark::Open => {
                if let Some(previous) = open {
                    // An unclosed quote: it ends with the last sentence before this mark.
                    if let Some(end) = last_sentence_end(sentences, cur.tokens, previous, index) {
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
        && opener + 1 < cur.tokens.len()
    {
        quotes.push(RawQuote {
            first: opener + 1,
            end: cur.tokens.len(),
            opener: Some(opener),
            closer: None,
            continues: None,
            speaker: None,
        });
    }
    quotes
}

fn is_title_like(cur: Cursor<'_>, first: usize, end: usize) -> bool {
    let mut words = 0;
    let mut end = end;
    while end > first && cur.tok(end - 1).is_some_and(|t| matches!(t.text(cur.text), "." | ",")) {
        end -= 1;
    }
    for index in first..end {
        let Some(token) = cur.tok(index) else {
            return false;
        };
        match token.kind {
            TokKind::Word => {
                words += 1;
                let small = TITLE_SMALL_WORDS.iter().any(|w| token.is(cur.text, w));
                if !small && !token.is_capitalised(cur.text) {
                    return false;
                }
            }
            TokKind::Punct if matches!(token.text(cur.text), "," | "." | "!" | "?" | ";" | "“" | "”" | "\"") => {
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
fn quotes(cur: Cursor<'_>, sentences: &[Sentence], out: &mut Vec<Hit>) {
    let mut raw = pair_marks(cur, sentences);
    tagged_window::set_budget(cur.tokens.len(), cur.layers.tagger);
    // Speakers from the attribution around each quote.
    for quote in &mut raw {
        let after = quote.closer.and_then(|closer| attribution_after(cur, closer));
        let short = word_count(cur.tokens, quote.first, quote.end) <= 2;
        let before = || {
            quote
                .opener
                .and_then(|opener| attribution_before(cur, sentences, opener, short))
        };
        let colon = || {
            quote
                .opener
                .and_then(|opener| attribution_colon(cur, sentences, opener))
        };
        let citation = || quote.closer.and_then(|closer| attribution_citation(cur, closer));
        quote.speaker = after.or_else(citation).or_else(before).or_else(colon);
    }
    share_speakers(cur, sentences, &mut raw);
    // Pronoun speakers: who they refer to (quotes share speaker spans; the resolver answers
    // each pronoun once).
    let quoted = raw.iter().map(|quote| (quote.first, quote.end)).collect();
    let mut resolver = pronouns::PronounResolver::new(cur, sentences, quoted);
    out.extend(raw.iter().filter_map(|quote| {
        let refers_to = quote
            .speaker
            .filter(|(first, end)| end - first == 1)
            .and_then(|(pronoun, _)| resolver.refers_to(pronoun));
        to_hit(cur, quote, refers_to)
    }));
}

/// Quotes without an attribution of their own take one from the quotes and sentences around
/// them, most specific first.
fn share_speakers(cur: Cursor<'_>, sentences: &[Sentence], raw: &mut [RawQuote]) {
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
        let (Some(a), Some(b)) = (cur.tok(current.first), cur.tok(next.first)) else {
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
        let (Some(a), Some(b)) = (cur.tok(previous.first), cur.tok(current.first)) else {
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
            quote.speaker = quote.opener.and_then(|opener| {
                attribution_previous_sentence(cur, sentences, opener)
                    .or_else(|| attribution_question(cur, sentences, opener))
            });
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
        let Some(open_token) = cur.tok(opener) else {
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
fn to_hit(cur: Cursor<'_>, quote: &RawQuote, refers_to: Option<String>) -> Option<Hit> {
    let first = cur.tok(quote.first)?;
    let last = quote.end.checked_sub(1).and_then(|i| cur.tok(i))?;
    if first.start >= last.end {
        return None;
    }
    let words = word_count(cur.tokens, quote.first, quote.end);
    if words == 0 {
        return None;
    }
    // Titles and names in quotes ("Cowboys and Indians", "Anonymous") and words introduced
    // as names ("called “X”") are not speech.
    // ("“No,” he said" is speech: an attributed quote ending in , ! or ?).
    let spoken =
        quote.speaker.is_some() && last.kind == TokKind::Punct && matches!(last.text(cur.text), "," | "!" | "?");
    // A colon introduces speech, not a title: `her reply: “NO DEAL.”`.
    let after_colon = quote
        .opener
        .and_then(|o| o.checked_sub(1))
        .is_some_and(|colon| cur.is(colon, ":"));
    if quote.continues.is_none() && !spoken && !after_colon && is_title_like(cur, quote.first, quote.end) {
        return None;
    }
    let named = quote
        .opener
        .and_then(|o| o.checked_sub(1))
        .and_then(|p| cur.tok(p))
        .is_some_and(|p| NAMING_WORDS.iter().any(|w| p.is(cur.text, w)));
    if named {
        return None;
    }
    // One or two words in quotes with nobody saying them are scare quotes.
    let full_sentence = quote
        .end
        .checked_sub(1)
        .and_then(|i| cur.tok(i))
        .is_some_and(|t| matches!(t.text(cur.text), "." | "!" | "?"));
    if words <= 2 && quote.speaker.is_none() && !(full_sentence && words == 2) {
        return None;
    }
    let speaker = quote.speaker.and_then(|(s, e)| {
        let bytes = cur.bytes(TokenSpan::new(s, e))?;
        Some(Speaker {
            name: bytes.text(cur.text)?.to_owned(),
            start: bytes.start,
            end: bytes.end,
            refers_to,
        })
    });
    let value = Value::Quote(QuoteValue { speaker });
    Some(Hit::new(quote.first, quote.end, Kind::Quote, Some(value)))
}

/// Quotations and their speakers (see the module docs): marks are paired over the whole
/// text, so the claims may hold dates and numbers.
pub(crate) struct Quotes;

impl Recognizer for Quotes {
    fn name(&self) -> &'static str {
        "quotes"
    }

    fn scope(&self) -> Scope {
        Scope::Text
    }

    fn scan(&self, cursor: Cursor<'_>, sentences: &[Sentence], out: &mut Vec<Hit>) {
        quotes(cursor, sentences, out);
    }
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

    use crate::extract::cases::{Case, check, no, valued};
    use crate::model::Kind::Quote;

    /// Sentences written for these rules; the tests after the table keep a few regressions
    /// from the project's sample article and the GUM articles.
    const CASES: &[Case] = &[
        valued(
            "“The roof will hold,” said the engineer, Maya Ortiz.",
            "The roof will hold,",
            Quote,
            "said by Maya Ortiz",
        ),
        valued(
            "“We are out of beds,” Dr. Anil Rao told reporters.",
            "We are out of beds,",
            Quote,
            "said by Dr. Anil Rao",
        ),
        valued(
            "The coach said, “We played badly and we know it.”",
            "We played badly and we know it.",
            Quote,
            "said by The coach",
        ),
        valued(
            "According to the mayor, “nobody will lose their home.”",
            "nobody will lose their home.",
            Quote,
            "said by the mayor",
        ),
        valued("“Not today,” she replied.", "Not today,", Quote, "said by she"),
        valued(
            "What they got was a note saying, “Back at five.”",
            "Back at five.",
            Quote,
            "said by a note",
        ),
        valued(
            "\"It is too early to tell,\" the minister added.",
            "It is too early to tell,",
            Quote,
            "said by the minister",
        ),
        // Appositions after the name: an age, a role, a relative clause (speakers.rs).
        valued(
            "“We never saw it coming,” Ed Marsh, 88, said in an interview.",
            "We never saw it coming,",
            Quote,
            "said by Ed Marsh",
        ),
        valued(
            "“The water came in overnight,” said Rosa Diaz, 52, a teacher.",
            "The water came in overnight,",
            Quote,
            "said by Rosa Diaz",
        ),
        valued(
            "“This is the end,” Hal Brooks, who has run the mill since 2001, said.",
            "This is the end,",
            Quote,
            "said by Hal Brooks",
        ),
        valued(
            "The minister, speaking in Oslo, said “the talks went well.”",
            "the talks went well.",
            Quote,
            "said by The minister",
        ),
        // A fronted clause before the subject stays out of it.
        valued(
            "In a 2019 interview about the plans the council could back, Tom Reed, head of policy, said the cuts were “not what anyone voted for.”",
            "not what anyone voted for.",
            Quote,
            "said by Tom Reed",
        ),
        valued(
            "After the vote on Tuesday, the board chairman said “the plan is dead.”",
            "the plan is dead.",
            Quote,
            "said by the board chairman",
        ),
        // Organisations speak; a post-modifier stays with its head.
        valued(
            "“No further comment will be made,” the agency said in a release.",
            "No further comment will be made,",
            Quote,
            "said by the agency",
        ),
        valued(
            "“Prices will rise,” economists at Nordbank warned.",
            "Prices will rise,",
            Quote,
            "said by economists at Nordbank",
        ),
        valued(
            "“We are stretched,” a spokesman for the Red Cross said.",
            "We are stretched,",
            Quote,
            "said by a spokesman for the Red Cross",
        ),
        // A clause fragment is never a speaker.
        valued(
            "Several groups - including the nurses' union - wanted the mayor to say “we will fund the wards.”",
            "we will fund the wards.",
            Quote,
            "speaker not named",
        ),
        // A passive speech verb names who was spoken to; the search goes on past it.
        valued(
            "According to the port authority, crews have been told to expect a “long and cold night”.",
            "long and cold night",
            Quote,
            "said by the port authority",
        ),
        valued(
            "Ms Orla Quinn said the pupils were told the school would close “for good this time”.",
            "for good this time",
            Quote,
            "said by Ms Orla Quinn",
        ),
        valued(
            "The court heard the guards were asked to leave “at once and quietly.”",
            "at once and quietly.",
            Quote,
            "speaker not named",
        ),
        // Reported thought inside reported speech: the outer subject speaks.
        valued(
            "Chief Inspector Mo Farrow said he believes the fire was “started on purpose”.",
            "started on purpose",
            Quote,
            "said by Chief Inspector Mo Farrow",
        ),
        valued(
            "The coach said that she thinks the team is “ready for anyone”.",
            "ready for anyone",
            Quote,
            "said by The coach",
        ),
        valued(
            "Ivan Petrov told us he believes the plan is “doomed”.",
            "doomed",
            Quote,
            "said by he (Ivan Petrov)",
        ),
        // A quote ending its sentence is not attributed by the next sentence's verb when that
        // verb opens a quote of its own.
        valued(
            "One reader wrote to us, “I cancelled my order.” The shop replied that “refunds take a week.”",
            "I cancelled my order.",
            Quote,
            "said by One reader",
        ),
        valued(
            "A nurse posted, “We need more staff.” Her manager said that “help is coming.”",
            "help is coming.",
            Quote,
            "said by Her manager",
        ),
        valued(
            "“We are done here.” Grace Obi said. “Go home.”",
            "We are done here.",
            Quote,
            "said by Grace Obi",
        ),
        // Verbs of citing: the object is the source.
        valued(
            "According to the Evening Post, quoting the state agency, the army is “on full alert”.",
            "on full alert",
            Quote,
            "said by the state agency",
        ),
        valued(
            "Citing a leaked memo, the paper said the plant would close “within the year”.",
            "within the year",
            Quote,
            "said by the paper",
        ),
        valued(
            "The ministry issued new rules, citing the regulator's view that the risk was “very high indeed”.",
            "very high indeed",
            Quote,
            "said by the regulator's view",
        ),
        // Participles of speech verbs in absolute clauses.
        valued(
            "Talks resumed on Monday, with the Herald reporting that both sides were “close to a deal”.",
            "close to a deal",
            Quote,
            "said by the Herald",
        ),
        valued(
            "The form is long, the council recommending “a quiet hour” to fill it in.",
            "a quiet hour",
            Quote,
            "said by the council",
        ),
        valued(
            "Fares will rise, the operator warning of “hard months ahead”.",
            "hard months ahead",
            Quote,
            "said by the operator",
        ),
        // A quote after a colon: the subject of the clause, or the owner of its last noun.
        valued("Her reply: “NO DEAL.”", "NO DEAL.", Quote, "said by Her"),
        valued(
            "The union's answer: “Not one job will go.”",
            "Not one job will go.",
            Quote,
            "said by The union",
        ),
        valued(
            "The Courier printed examples from the form, including: “Were you ever held against your will?”",
            "Were you ever held against your will?",
            Quote,
            "said by The Courier",
        ),
        // PTB-style quotes.
        valued(
            "``We will not move,'' said the tenants' leader, Ana Costa.",
            "We will not move,",
            Quote,
            "said by Ana Costa",
        ),
        valued(
            "The judge said ``the case is closed.''",
            "the case is closed.",
            Quote,
            "said by The judge",
        ),
        valued(
            "``It rained all week,'' Ken Ito said.",
            "It rained all week,",
            Quote,
            "said by Ken Ito",
        ),
        // A citation line after a quote that ends its sentence (speakers.rs,
        // attribution_citation): the name phrase, not its role or source.
        valued(
            "The pier reopened.\n“The tide waits for no one.” Ana Ruiz, harbour master\nWork starts soon.",
            "The tide waits for no one.",
            Quote,
            "said by Ana Ruiz",
        ),
        valued(
            "“Nothing here is ever lost.” Former mayor Tom Reed, “Letters from the Coast”",
            "Nothing here is ever lost.",
            Quote,
            "said by Former mayor Tom Reed",
        ),
        valued(
            "“We can still win this!” Dr. J. Okafor\nThe vote is on Monday.",
            "We can still win this!",
            Quote,
            "said by Dr. J. Okafor",
        ),
        // …but a sentence after the quote is no citation line.
        valued(
            "“We lost the final.” The team flew home on Sunday.",
            "We lost the final.",
            Quote,
            "speaker not named",
        ),
        // A quote that answers the narrator's question just before it (attribution_question).
        valued(
            "Why did she stay so late? “The work was not done.”",
            "The work was not done.",
            Quote,
            "said by she",
        ),
        valued(
            "What did the harbour master want? “A new pier, nothing less.”",
            "A new pier, nothing less.",
            Quote,
            "said by the harbour master",
        ),
        valued(
            "How does Ana Ruiz cope with the crowds? “One day at a time.”",
            "One day at a time.",
            Quote,
            "said by Ana Ruiz",
        ),
        // "it" asks nobody; a question inside quotes is someone's words, not the narrator's.
        valued(
            "Why is it still closed? “Nobody knows the answer.”",
            "Nobody knows the answer.",
            Quote,
            "speaker not named",
        ),
        no("The band played “Yellow Submarine” twice.", "Yellow Submarine", Quote),
        no("A film titled “The Long Night” opens soon.", "The Long Night", Quote),
        no("Critics saw the “success” as luck.", "success", Quote),
    ];

    #[test]
    fn cases() {
        check(CASES);
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
            [q("The site is down.", Some("a message"))]
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
