//! Pronoun speakers resolved to a name: "he said" → the person "he" most likely is.
//!
//! The rule, kept simple so that an analyst can predict it:
//!
//! 1. "he"/"him"/"his" and "she"/"her" refer to a **person with a name**: a [`Mention`] whose
//!    hint is [`EntityHint::Person`] or [`EntityHint::Name`] and that holds a proper noun;
//!    a gender told by a title or noun ("Mr", "Ms", "spokeswoman") must not clash.
//!    "they"/"them"/"their" refer to a named organisation or to named people; "it"/"its" to
//!    a named organisation.
//! 2. Among compatible mentions, the one in the **latest sentence** wins (the pronoun's own
//!    sentence counts only for mentions before the pronoun: the caller passes only those);
//!    within that sentence the **first** wins, because the subject comes first in English and
//!    a speaker is usually the subject.
//! 3. Mentions more than [`MAX_SENTENCES_BACK`] sentences before the pronoun are not used:
//!    past that a guess is more often wrong than useful. No compatible mention: unresolved
//!    (the claim keeps "he" alone).

use super::chunk::phrases;
use super::noun_phrase::{EntityHint, Gender};
use super::tag::Tag;
use super::token_range::TokenRange;

/// How many sentences back a pronoun may look for its name.
pub const MAX_SENTENCES_BACK: usize = 4;

/// A named noun phrase that a later pronoun may refer to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    /// The number of the sentence it is in (any increasing numbering).
    pub sentence: usize,
    /// Its tokens in that sentence.
    pub range: TokenRange,
    /// The words as written, joined by spaces: what the claim shows ("he (Ed Marsh)").
    pub text: String,
    /// Person, people, organisation…
    pub hint: EntityHint,
    /// A gender its words tell, if any.
    pub gender: Option<Gender>,
}

/// The named noun phrases of one tagged sentence, in order: the antecedents a pronoun in a
/// later sentence may take. Call it for each sentence before the pronoun's.
pub fn mentions(sentence: usize, words: &[&str], tags: &[Tag]) -> Vec<Mention> {
    phrases(words, tags)
        .filter(|phrase| phrase.has_name(tags))
        .map(|phrase| Mention {
            sentence,
            range: phrase.range,
            text: phrase.range.text(words),
            hint: phrase.hint(words, tags),
            gender: phrase.gender(words),
        })
        .collect()
}

/// What a pronoun may refer to.
enum Wanted {
    Person(Gender),
    Plural,
    Thing,
}

fn wanted(pronoun: &str) -> Option<Wanted> {
    match pronoun.to_lowercase().as_str() {
        "he" | "him" | "his" | "himself" => Some(Wanted::Person(Gender::Male)),
        "she" | "her" | "hers" | "herself" => Some(Wanted::Person(Gender::Female)),
        "they" | "them" | "their" | "themselves" => Some(Wanted::Plural),
        "it" | "its" | "itself" => Some(Wanted::Thing),
        _ => None,
    }
}

fn compatible(wanted: &Wanted, mention: &Mention) -> bool {
    match wanted {
        Wanted::Person(gender) => {
            matches!(mention.hint, EntityHint::Person | EntityHint::Name)
                && mention.gender.is_none_or(|told| told == *gender)
        }
        Wanted::Plural => matches!(mention.hint, EntityHint::Organisation | EntityHint::People),
        Wanted::Thing => mention.hint == EntityHint::Organisation,
    }
}

/// The mention `pronoun` (in sentence `sentence`) refers to, by the rule above; `earlier` are
/// the mentions before the pronoun, in text order. `None` for a word that is not a third-person
/// pronoun or when nothing fits.
pub fn resolve_pronoun<'m>(pronoun: &str, sentence: usize, earlier: &'m [Mention]) -> Option<&'m Mention> {
    let wanted = wanted(pronoun)?;
    let oldest = sentence.saturating_sub(MAX_SENTENCES_BACK);
    let latest = earlier
        .iter()
        .filter(|mention| mention.sentence >= oldest && mention.sentence <= sentence)
        .filter(|mention| compatible(&wanted, mention))
        .map(|mention| mention.sentence)
        .max()?;
    earlier
        .iter()
        .find(|mention| mention.sentence == latest && compatible(&wanted, mention))
}

#[cfg(test)]
mod tests {
    use super::*;
    use Tag::*;

    fn sentence_mentions(number: usize, sentence: &str, tags: &[Tag]) -> Vec<Mention> {
        let words: Vec<&str> = sentence.split(' ').collect();
        assert_eq!(words.len(), tags.len(), "one tag per word in {sentence:?}");
        mentions(number, &words, tags)
    }

    fn resolve(pronoun: &str, at: usize, earlier: &[Mention]) -> Option<String> {
        resolve_pronoun(pronoun, at, earlier).map(|mention| mention.text.clone())
    }

    #[test]
    fn he_and_she_take_the_latest_compatible_named_person() {
        let mut earlier = sentence_mentions(0, "Ed Marsh runs the Harbour Trust", &[Nnp, Nnp, Vbz, Dt, Nnp, Nnp]);
        earlier.extend(sentence_mentions(1, "Ms Ana Ruiz met him", &[Nnp, Nnp, Nnp, Vbd, Prp]));
        assert_eq!(resolve("she", 2, &earlier).as_deref(), Some("Ms Ana Ruiz"));
        // "Ms" says Ruiz is not "he": the latest compatible one is Ed Marsh.
        assert_eq!(resolve("He", 2, &earlier).as_deref(), Some("Ed Marsh"));
        // An organisation is "they" or "it", never "he".
        assert_eq!(resolve("they", 2, &earlier).as_deref(), Some("the Harbour Trust"));
        assert_eq!(resolve("it", 2, &earlier).as_deref(), Some("the Harbour Trust"));
    }

    #[test]
    fn the_subject_of_the_latest_sentence_wins_and_old_names_fade() {
        let earlier = sentence_mentions(3, "Tom Reed thanked Jo Lind", &[Nnp, Nnp, Vbd, Nnp, Nnp]);
        assert_eq!(resolve("he", 4, &earlier).as_deref(), Some("Tom Reed"));
        assert_eq!(
            resolve("he", 3 + MAX_SENTENCES_BACK + 1, &earlier),
            None,
            "too far back"
        );
        assert_eq!(resolve("we", 4, &earlier), None, "not a third-person pronoun");
        assert_eq!(
            resolve("they", 4, &earlier),
            None,
            "two people are not named as a group"
        );
    }
}
