//! The auxiliaries and verb forms of the lexicon as one set: every word of every unpunctuated
//! line is looked up here. A scan of the ~1,000 listed forms was once a sixth of extraction
//! time; a `HashSet` with the standard hasher still spent most of a lookup on hashing, so this
//! is a small open-addressing table under the house hash (FNV-1a), built once.

use std::sync::OnceLock;

use super::lexicon::{AUXILIARIES, VERB_FORMS};

/// The listed verb forms, lower case with straight apostrophes as the lexicon spells them.
pub(super) struct VerbForms {
    /// A power-of-two number of slots, at most half full, each form in the first free slot
    /// from its hash on.
    slots: Vec<Option<&'static str>>,
}

impl VerbForms {
    /// The lexicon's forms, built on first use.
    pub(super) fn shared() -> &'static VerbForms {
        static SHARED: OnceLock<VerbForms> = OnceLock::new();
        SHARED.get_or_init(|| VerbForms::new(AUXILIARIES.iter().chain(VERB_FORMS).copied()))
    }

    fn new(forms: impl Iterator<Item = &'static str> + Clone) -> VerbForms {
        let size = (forms.clone().count() * 2).next_power_of_two().max(2);
        let mut slots = vec![None; size];
        for form in forms {
            let mut at = slot_of(form, size);
            while let Some(Some(taken)) = slots.get(at) {
                if *taken == form {
                    break;
                }
                at = (at + 1) % size;
            }
            if let Some(slot) = slots.get_mut(at) {
                *slot = Some(form);
            }
        }
        VerbForms { slots }
    }

    /// Whether `word` (lower case, apostrophes straight) is a listed form.
    pub(super) fn contains(&self, word: &str) -> bool {
        let size = self.slots.len();
        let mut at = slot_of(word, size);
        // At most half the slots are taken, so a free one ends every search.
        while let Some(Some(form)) = self.slots.get(at) {
            if *form == word {
                return true;
            }
            at = (at + 1) % size;
        }
        false
    }
}

/// The slot a word's search starts at, in a table of `size` (a power of two) slots.
fn slot_of(word: &str, size: usize) -> usize {
    let hash = crate::hash::fnv1a(word.as_bytes());
    // The size is a power of two at most twice the lexicon: the masked value always fits.
    #[expect(clippy::cast_possible_truncation, reason = "masked to the table size")]
    let slot = ((hash ^ (hash >> 32)) & (size as u64 - 1)) as usize;
    slot
}

#[cfg(test)]
mod tests {
    use super::VerbForms;
    use crate::checkworthy::lexicon::{AUXILIARIES, VERB_FORMS};

    #[test]
    fn every_listed_form_is_found_and_nothing_else() {
        let forms = VerbForms::shared();
        for form in AUXILIARIES.iter().chain(VERB_FORMS) {
            assert!(forms.contains(form), "{form:?}");
        }
        for word in ["", "the", "Said", "saidx", "sai", "running", "don’t", "2024"] {
            assert!(!forms.contains(word), "{word:?}");
        }
    }

    /// A word with a digit is never a verb (the filter decides such words without a lookup).
    #[test]
    fn no_listed_form_has_a_digit_or_a_capital() {
        for form in AUXILIARIES.iter().chain(VERB_FORMS) {
            assert!(
                form.bytes().all(|byte| byte.is_ascii_lowercase() || byte == b'\''),
                "{form:?}"
            );
        }
    }
}
