//! Pronoun speakers resolved to a name: the claim keeps "he" as written (its span) and adds
//! who "he" is.
//!
//! The rule is [`syntax::resolve_pronoun`]'s, kept simple so an analyst can predict it: the
//! named person (for "he"/"she") or organisation or group (for "they") mentioned **most
//! recently** — in the latest of the [`syntax::MAX_SENTENCES_BACK`] sentences before the
//! pronoun, or earlier in its own sentence — and within that sentence the first one (the
//! subject comes first). A title or noun that tells a gender ("Ms", "spokeswoman") must not
//! clash. Nothing compatible: the pronoun stays unresolved.
//!
//! Only the sentences before a pronoun speaker are tagged, each on its own, within the scan's
//! tagging budget ([`super::tagged_window`]).

use super::cursor::Cursor;
use super::segment::Sentence;
use super::tagged_window::TaggedWindow;
use crate::syntax::{self, Mention};

/// The pronouns a speaker may be that are resolved.
const RESOLVED: &[&str] = &["he", "she", "they"];

/// Most tokens read back from the pronoun for names: two long sentences or four short ones
/// (tagging is most of the speaker finder's cost, so the window is kept small).
const MAX_TOKENS_BACK: usize = 60;

/// What the pronoun speaker at token `pronoun` refers to, as the article writes it.
pub(crate) fn refers_to(cur: Cursor<'_>, sentences: &[Sentence], pronoun: usize) -> Option<String> {
    if !cur.is_any(pronoun, RESOLVED) {
        return None;
    }
    let at = cur.tok(pronoun)?.start;
    let own = sentences.partition_point(|s| s.start <= at).checked_sub(1)?;
    let oldest = own.saturating_sub(syntax::MAX_SENTENCES_BACK);
    let floor = pronoun.saturating_sub(MAX_TOKENS_BACK);
    let mut mentions: Vec<(Mention, usize)> = Vec::new();
    for number in oldest..=own {
        let Some(sentence) = sentences.get(number) else {
            continue;
        };
        let first = sentence.first_token.max(floor);
        // In the pronoun's own sentence only the words before it.
        let end = if number == own { pronoun } else { sentence.end_token };
        if first >= end {
            continue;
        }
        let Some(window) = TaggedWindow::exactly(cur, first, end) else {
            // Out of budget: leave the pronoun unresolved rather than guess from less.
            return None;
        };
        mentions.extend(
            syntax::mentions(number, &window.words, &window.tags)
                .into_iter()
                .map(|mention| (mention, window.first)),
        );
    }
    let earlier: Vec<Mention> = mentions.iter().map(|(mention, _)| mention.clone()).collect();
    let found = syntax::resolve_pronoun(cur.word(pronoun), own, &earlier)?;
    let offset = mentions
        .iter()
        .find(|(mention, _)| mention == found)
        .map(|(_, first)| *first)?;
    // The name as the article writes it ("Malaysia’s Prime Minister"), not words joined.
    cur.span_text(offset + found.range.start, offset + found.range.end)
}

#[cfg(test)]
mod tests {
    use crate::extract::extract;
    use crate::model::{Kind, Value};

    /// (speaker as written, what it refers to) of each quote in `text`.
    fn speakers(text: &str) -> Vec<(String, Option<String>)> {
        extract(text)
            .into_iter()
            .filter(|d| d.kind == Kind::Quote)
            .filter_map(|d| match d.value {
                Some(Value::Quote(q)) => q.speaker.map(|s| (s.name, s.refers_to)),
                _ => None,
            })
            .collect()
    }

    fn pair(name: &str, refers_to: Option<&str>) -> (String, Option<String>) {
        (name.to_owned(), refers_to.map(str::to_owned))
    }

    #[test]
    fn he_and_she_take_the_latest_named_person() {
        assert_eq!(
            speakers("Ed Marsh has fished the bay for sixty years. “We never saw it coming,” he said."),
            [pair("he", Some("Ed Marsh"))]
        );
        // The latest sentence with a name wins over an older one.
        assert_eq!(
            speakers(
                "Tom Reed chaired the meeting. Later Ana Ruiz took the floor. “This plan will not work,” she said."
            ),
            [pair("she", Some("Ana Ruiz"))]
        );
        // A title that tells the gender rules a name out.
        assert_eq!(
            speakers("Mr Olu Ade met Ms Kim Lee on Friday. “It went well,” she said."),
            [pair("she", Some("Ms Kim Lee"))]
        );
    }

    #[test]
    fn they_take_an_organisation_and_nothing_compatible_leaves_the_pronoun() {
        assert_eq!(
            speakers("The Harbour Trust met on Monday. “We will appeal,” they said."),
            [pair("they", Some("The Harbour Trust"))]
        );
        assert_eq!(
            speakers("The weather turned cold. “We will appeal,” he said."),
            [pair("he", None)]
        );
        // Five sentences back is too far.
        assert_eq!(
            speakers("Ed Marsh left. It rained. It snowed. It rained. It cleared. “Fine,” he said."),
            [pair("he", None)]
        );
    }

    #[test]
    fn a_named_speaker_is_not_resolved() {
        assert_eq!(
            speakers("Ed Marsh came. “Hello,” said Rosa Diaz."),
            [pair("Rosa Diaz", None)]
        );
    }
}
