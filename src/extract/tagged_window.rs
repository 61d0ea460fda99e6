//! Part-of-speech tags for a few tokens around a quote: the tagger runs lazily, only on the
//! windows the speaker finder asks for, so extraction stays fast on text without quotes.

use super::cursor::Cursor;
use super::speakers::is_title_or_initial;
use crate::syntax::{Tag, Tagger};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

/// Most tokens a window holds: a subject, its appositions and the verb fit easily, and the
/// cost per quote stays bounded.
pub(crate) const MAX_WINDOW: usize = 48;

/// A window's first token, its end, and whether its tags were corrected for names
/// ([`TaggedWindow::around`]) or are the tagger's own ([`TaggedWindow::exactly`]).
type WindowKey = (usize, usize, bool);

thread_local! {
    /// How many more words this thread's current scan may tag (see [`set_budget`]).
    static BUDGET: Cell<usize> = const { Cell::new(usize::MAX) };
    /// The tags of every window tagged in this thread's current scan, by token range: two
    /// quotes that share an attribution ask for the same window, and get it tagged once.
    static TAGGED: RefCell<HashMap<WindowKey, Vec<Tag>>> = RefCell::new(HashMap::new());
}

/// Sets how many words the speaker finder may tag in the scan that starts now: an eighth of the
/// text's tokens plus a margin. Prose never comes near it (quotes are a small part of any
/// article); a text that is nothing but quotes ("“Yes,” he said." a million times) stops
/// tagging there and the rest of its quotes get the rules without tags, so extraction time
/// stays bounded by the text's length at the tagger's cost per word, not several times it.
///
/// Without `tagging` ([`super::Layers::tagger`] off) the budget is nothing: every quote gets
/// the rules without tags, as when the weights fail to load.
///
/// It also forgets the windows tagged in the scan before: call it once at the start of each.
pub(crate) fn set_budget(tokens: usize, tagging: bool) {
    let words = if tagging { tokens / 8 + 4096 } else { 0 };
    BUDGET.with(|budget| budget.set(words));
    TAGGED.with(|tagged| tagged.borrow_mut().clear());
}

/// The tags of the window `key`, from the scan's memory or by tagging it with `tag` (charged
/// to the budget); `None` when the budget is spent.
fn tags_of(key: WindowKey, tag: impl FnOnce() -> Vec<Tag>) -> Option<Vec<Tag>> {
    if let Some(known) = TAGGED.with(|tagged| tagged.borrow().get(&key).cloned()) {
        return Some(known);
    }
    let count = key.1.checked_sub(key.0)?;
    let left = BUDGET.with(Cell::get);
    if left < count {
        return None;
    }
    BUDGET.with(|budget| budget.set(left - count));
    let tags = tag();
    TAGGED.with(|tagged| tagged.borrow_mut().insert(key, tags.clone()));
    Some(tags)
}

/// The words and tags of tokens `first..first + tags.len()` of the text.
pub(crate) struct TaggedWindow<'t> {
    /// Token index (in the extractor's tokens) of the window's first word.
    pub first: usize,
    /// The token texts, as the tagger saw them.
    pub words: Vec<&'t str>,
    /// One tag per word.
    pub tags: Vec<Tag>,
}

impl<'t> TaggedWindow<'t> {
    /// Tags tokens `first..end` (cut to [`MAX_WINDOW`] tokens around `keep`, and to the
    /// paragraph of `keep`: a line break ends the window). `None` when the shipped tagger
    /// cannot load or the scan's budget of tagged words is spent; the caller then uses its
    /// rules without tags.
    pub fn around(cur: Cursor<'t>, first: usize, end: usize, keep: usize) -> Option<TaggedWindow<'t>> {
        let tagger = Tagger::shared().ok()?;
        let end = end
            .min(cur.tokens.len())
            .min(first.max(keep.saturating_sub(MAX_WINDOW / 2)) + MAX_WINDOW);
        let mut first = first.max(end.saturating_sub(MAX_WINDOW)).min(keep);
        // A paragraph break before `keep` starts the window there.
        for index in (first + 1..=keep).rev() {
            if cur.tok(index).is_some_and(|t| t.break_before) {
                first = index;
                break;
            }
        }
        let mut last = end;
        for index in keep + 1..end {
            if cur.tok(index).is_some_and(|t| t.break_before) {
                last = index;
                break;
            }
        }
        let words: Vec<&str> = (first..last).map(|index| cur.word(index)).collect();
        let tags = tags_of((first, last, true), || {
            let mut tags = tagger.tag(&words);
            // The tokens split "Dr." and "J." from their full stop, which the tagger reads as
            // a sentence end: a stop glued to a title or an initial before a capitalised word
            // is part of the name.
            for local in 1..words.len() {
                let glued = cur.tok(first + local).is_some_and(|t| !t.space_before);
                let is_stop = words.get(local) == Some(&".");
                let after_name_part = words.get(local - 1).is_some_and(|w| is_title_or_initial(w));
                let before_name = words
                    .get(local + 1)
                    .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase));
                if glued && is_stop && after_name_part && before_name {
                    for at in [local - 1, local] {
                        if let Some(tag) = tags.get_mut(at) {
                            *tag = Tag::Nnp;
                        }
                    }
                }
            }
            tags
        })?;
        Some(TaggedWindow { first, words, tags })
    }

    /// Tags exactly tokens `first..end` (a sentence or the part of one before a word), within
    /// the scan's budget; `None` past it or without the tagger.
    pub fn exactly(cur: Cursor<'t>, first: usize, end: usize) -> Option<TaggedWindow<'t>> {
        let tagger = Tagger::shared().ok()?;
        let end = end.min(cur.tokens.len());
        let words: Vec<&str> = (first..end).map(|index| cur.word(index)).collect();
        let tags = tags_of((first, end, false), || tagger.tag(&words))?;
        Some(TaggedWindow { first, words, tags })
    }

    /// Corrects the tags around the speech verb at text token `verb`, which the lexicon has
    /// already told is a verb:
    /// - the verb itself is tagged a verb whatever the tagger guessed ("a message stating" has
    ///   "stating" as NN otherwise, which glues it into the noun phrase before it);
    /// - a capitalised word right before it that the tagger took for a verb is a name
    ///   ("Wilkins said" at a paragraph's start reads "Wilkins" as VBZ): a finite verb never
    ///   stands right before a speech verb as its subject.
    pub fn mark_speech_verb(&mut self, verb: usize) {
        let Some(local) = self.local(verb) else {
            return;
        };
        let word = self.words.get(local).copied().unwrap_or("");
        let verb_tag = if word.ends_with("ing") {
            Tag::Vbg
        } else if word.ends_with('s') {
            Tag::Vbz
        } else {
            Tag::Vbd
        };
        if let Some(tag) = self.tags.get_mut(local)
            && !tag.is_verb()
        {
            *tag = verb_tag;
        }
        // The run of words before the verb is its subject: a capitalised word there that the
        // tagger read as a verb is a name, whether right before the verb ("Wilkins said") or
        // before a noun of the subject ("Kremlin adviser Yuri Ushakov said", where a
        // sentence-initial "Kremlin" reads as an imperative).
        let mut at = local;
        while let Some(before) = at.checked_sub(1) {
            let Some(tag) = self.tags.get(before).copied() else {
                break;
            };
            if tag.is_punctuation() {
                break;
            }
            let next_is_noun = before + 1 == local || self.tags.get(before + 1).is_some_and(|next| next.is_noun());
            let capitalised = self
                .words
                .get(before)
                .is_some_and(|word| word.chars().next().is_some_and(char::is_uppercase));
            if capitalised
                && next_is_noun
                && matches!(tag, Tag::Vb | Tag::Vbp | Tag::Vbz | Tag::Vbd | Tag::Vbn)
                && let Some(slot) = self.tags.get_mut(before)
            {
                *slot = Tag::Nnp;
            }
            at = before;
            if local - at > 6 {
                break;
            }
        }
    }

    /// The window's index of text token `index`, if it is inside.
    pub fn local(&self, index: usize) -> Option<usize> {
        index.checked_sub(self.first).filter(|local| *local < self.words.len())
    }
}
