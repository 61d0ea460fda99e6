//! One noun phrase found by the chunker, with what the speaker finder asks of it.

use super::lexicon;
use super::tag::Tag;
use super::token_range::TokenRange;

/// What kind of thing a noun phrase names, as far as its words and tags tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntityHint {
    /// A personal pronoun: "he", "she", "they", "it".
    Pronoun,
    /// A named or described person: "Rosa Diaz", "Dr Reed", "a teacher", "the spokesman".
    Person,
    /// People in the plural: "officials", "residents".
    People,
    /// An organisation or other non-person source: "the agency", "NASA", "the Home Office",
    /// "a statement".
    Organisation,
    /// A proper name that could be either: "Rathbun", "Brighton".
    Name,
    /// Anything else: "the plan", "60,000 soldiers".
    Other,
}

/// A gender a title, a person noun or a pronoun tells.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    /// "Mr", "spokesman", "he".
    Male,
    /// "Ms", "spokeswoman", "she".
    Female,
}

/// A base noun phrase: determiner, modifiers and head, possibly possessed ("Malaysia's Prime
/// Minister") — no clauses, no commas.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NounPhrase {
    /// The tokens of the phrase.
    pub range: TokenRange,
    /// The index of its head (the last noun, number or pronoun of its first part: "Department"
    /// in "the Department of Justice", "Minister" in "Malaysia's Prime Minister").
    pub head: usize,
}

impl NounPhrase {
    /// Whether the phrase is a personal pronoun alone.
    pub fn is_pronoun(self, tags: &[Tag]) -> bool {
        self.range.len() == 1 && tags.get(self.head) == Some(&Tag::Prp)
    }

    /// Whether the head is a proper noun.
    pub fn is_proper(self, tags: &[Tag]) -> bool {
        tags.get(self.head).is_some_and(|tag| tag.is_proper_noun())
    }

    /// Whether any word of the phrase is a proper noun (a name is in it).
    pub fn has_name(self, tags: &[Tag]) -> bool {
        let slice = tags.get(self.range.start..self.range.end).unwrap_or_default();
        slice.iter().any(|tag| tag.is_proper_noun())
    }

    /// What the phrase names: person, people, organisation, pronoun, a name of either kind.
    pub fn hint(self, words: &[&str], tags: &[Tag]) -> EntityHint {
        if self.is_pronoun(tags) {
            return EntityHint::Pronoun;
        }
        let range = self.range.start..self.range.end;
        let phrase_words = words.get(range.clone()).unwrap_or_default();
        let phrase_tags = tags.get(range).unwrap_or_default();
        let head_word = words.get(self.head).copied().unwrap_or("");
        let head_tag = tags.get(self.head).copied().unwrap_or(Tag::Nn);
        // The head decides first: "the agency's spokesman" is a person, "Mayor's Office" not.
        if lexicon::is_organisation_word(head_word) {
            return EntityHint::Organisation;
        }
        if lexicon::is_person_noun(head_word) {
            return if head_tag == Tag::Nns {
                EntityHint::People
            } else {
                EntityHint::Person
            };
        }
        // The proper nouns of the phrase (walked again for each test: a phrase has a few words).
        let names = || {
            phrase_words
                .iter()
                .zip(phrase_tags)
                .filter(|(_, tag)| tag.is_proper_noun())
                .map(|(word, _)| *word)
        };
        let Some(first_name) = names().next() else {
            return EntityHint::Other;
        };
        if names().any(lexicon::is_organisation_word) {
            return EntityHint::Organisation;
        }
        // An acronym ("NASA", "KCNA") names an organisation far more often than a person.
        let acronym = |word: &str| {
            word.chars().filter(char::is_ascii_alphabetic).count() >= 2
                && word.chars().all(|c| c.is_ascii_uppercase() || c == '.')
        };
        if names().nth(1).is_none() && acronym(first_name) {
            return EntityHint::Organisation;
        }
        if phrase_words.iter().any(|word| lexicon::is_title(word)) {
            return EntityHint::Person;
        }
        // Two or three capitalised names in a row: a first name and a surname.
        let capitalised = names()
            .filter(|word| word.chars().next().is_some_and(char::is_uppercase))
            .count();
        if (2..=4).contains(&capitalised) && head_tag == Tag::Nnp {
            return EntityHint::Person;
        }
        EntityHint::Name
    }

    /// The gender the phrase's words tell ("Mr", "spokeswoman"), if any.
    pub fn gender(self, words: &[&str]) -> Option<Gender> {
        words
            .get(self.range.start..self.range.end)
            .unwrap_or_default()
            .iter()
            .find_map(|word| lexicon::gender_of(word))
    }
}
