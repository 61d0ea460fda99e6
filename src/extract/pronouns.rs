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
//! The search runs back from the pronoun one sentence at a time and stops at the first
//! sentence with a compatible name, which gives the rule's answer (the latest sentence wins)
//! while tagging as little as possible. Words inside quotation marks are left out: a name
//! in a quote is spoken about, not the one speaking ("“Tom was right,” he said" is not
//! Tom). A stretch with no capitalised word holds no name and is not tagged. Each stretch
//! tagged is remembered for the scan, so a run of "he said" quotes tags each sentence once,
//! within the scan's tagging budget ([`super::tagged_window`]).

use super::cursor::Cursor;
use super::segment::Sentence;
use super::tagged_window::TaggedWindow;
use crate::syntax::{self, Mention};
use std::collections::HashMap;
use std::collections::hash_map::Entry;

/// The pronouns a speaker may be that are resolved.
const RESOLVED: &[&str] = &["he", "she", "they"];

/// Most tokens read back from the pronoun for names: two long sentences or four short ones.
const MAX_TOKENS_BACK: usize = 60;

/// A stretch of one sentence outside quotation marks, as a token range.
type Stretch = (usize, usize);

/// Resolves the pronoun speakers of one text (see the module docs).
pub(crate) struct PronounResolver<'t> {
    cur: Cursor<'t>,
    sentences: &'t [Sentence],
    /// Token ranges inside quotation marks, sorted by start.
    quoted: Vec<(usize, usize)>,
    /// The mentions found in each stretch tagged so far, each with the stretch's first token.
    mentions: HashMap<Stretch, Vec<Mention>>,
    /// The answer for each pronoun token already asked about (quotes share speakers).
    resolved: HashMap<usize, Option<String>>,
}

impl<'t> PronounResolver<'t> {
    /// A resolver for the text under `cur`, whose quotations cover the token ranges `quoted`.
    pub fn new(cur: Cursor<'t>, sentences: &'t [Sentence], mut quoted: Vec<(usize, usize)>) -> Self {
        quoted.sort_unstable();
        Self {
            cur,
            sentences,
            quoted,
            mentions: HashMap::new(),
            resolved: HashMap::new(),
        }
    }

    /// What the pronoun speaker at token `pronoun` refers to, as the article writes it.
    pub fn refers_to(&mut self, pronoun: usize) -> Option<String> {
        if let Some(known) = self.resolved.get(&pronoun) {
            return known.clone();
        }
        let found = self.search(pronoun);
        self.resolved.insert(pronoun, found.clone());
        found
    }

    fn search(&mut self, pronoun: usize) -> Option<String> {
        let cur = self.cur;
        if !cur.is_any(pronoun, RESOLVED) {
            return None;
        }
        let at = cur.tok(pronoun)?.start;
        let own = self.sentences.partition_point(|s| s.start <= at).checked_sub(1)?;
        let oldest = own.saturating_sub(syntax::MAX_SENTENCES_BACK);
        let floor = pronoun.saturating_sub(MAX_TOKENS_BACK);
        for number in (oldest..=own).rev() {
            let Some(sentence) = self.sentences.get(number).copied() else {
                continue;
            };
            if sentence.end_token <= floor {
                break;
            }
            // In the pronoun's own sentence only the words before it.
            let end = if number == own { pronoun } else { sentence.end_token };
            let mut candidates: Vec<(Mention, usize)> = Vec::new();
            for stretch in self.stretches(sentence.first_token, end) {
                // Out of budget: leave the pronoun unresolved rather than guess from less.
                let mentions = self.mentions_in(stretch, number)?;
                candidates.extend(
                    mentions
                        .iter()
                        .filter(|mention| stretch.0 + mention.range.start >= floor)
                        .map(|mention| (mention.clone(), stretch.0)),
                );
            }
            let mentions: Vec<Mention> = candidates.iter().map(|(mention, _)| mention.clone()).collect();
            if let Some(found) = syntax::resolve_pronoun(cur.word(pronoun), own, &mentions) {
                let first = candidates
                    .iter()
                    .find(|(mention, _)| mention == found)
                    .map(|(_, first)| *first)?;
                // The name as the article writes it ("Malaysia’s Prime Minister").
                return cur.span_text(first + found.range.start, first + found.range.end);
            }
        }
        None
    }

    /// The parts of tokens `first..end` outside quotation marks, in order.
    fn stretches(&self, first: usize, end: usize) -> Vec<Stretch> {
        let mut out = Vec::new();
        let mut at = first;
        let from = self.quoted.partition_point(|&(_, quote_end)| quote_end <= first);
        for &(quote_first, quote_end) in self.quoted.get(from..).unwrap_or_default() {
            if quote_first >= end {
                break;
            }
            if quote_first > at {
                out.push((at, quote_first));
            }
            at = at.max(quote_end);
        }
        if at < end {
            out.push((at, end));
        }
        out
    }

    /// The mentions in `stretch` (of sentence `number`), tagging it the first time; `None`
    /// when the scan's tagging budget is spent.
    fn mentions_in(&mut self, stretch: Stretch, number: usize) -> Option<&[Mention]> {
        let cur = self.cur;
        match self.mentions.entry(stretch) {
            Entry::Occupied(known) => Some(known.into_mut().as_slice()),
            Entry::Vacant(slot) => {
                // Class: a stretch without a capitalised word ("I" aside) names nobody.
                let may_name = (stretch.0..stretch.1).any(|index| cur.capitalised(index) && cur.word(index) != "I");
                let found = if may_name {
                    let window = TaggedWindow::exactly(cur, stretch.0, stretch.1)?;
                    syntax::mentions(number, &window.words, &window.tags)
                } else {
                    Vec::new()
                };
                Some(slot.insert(found).as_slice())
            }
        }
    }
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
