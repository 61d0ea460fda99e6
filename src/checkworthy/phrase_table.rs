//! A list of lexicon phrases indexed by first byte, so that looking for any of them at a
//! position compares only the few that start with the byte there, instead of running one
//! substring search per phrase over the sentence (which was most of the filter's time).

use std::ops::Range;

/// Phrases (lower case, as in the lexicon) grouped by their first byte.
pub(super) struct PhraseTable {
    /// The phrases, sorted by first byte (stable, so in lexicon order within a byte).
    phrases: Vec<&'static str>,
    /// For each byte, the range of `phrases` that start with it.
    by_first_byte: Vec<Range<usize>>,
    /// The first bytes of the phrases with bit 5 set (ASCII lower case, for letters).
    folded_first_bytes: Vec<u8>,
}

impl PhraseTable {
    /// The table of `phrases`. An empty phrase could never be told apart from no match, so
    /// the lexicon has none (a test checks) and one here would be ignored.
    pub(super) fn new(phrases: impl IntoIterator<Item = &'static str>) -> PhraseTable {
        let mut phrases: Vec<&'static str> = phrases.into_iter().filter(|phrase| !phrase.is_empty()).collect();
        phrases.sort_by_key(|phrase| phrase.as_bytes().first().copied());
        let mut by_first_byte = vec![0..0; 256];
        let mut start = 0;
        while let Some(&first) = phrases.get(start).and_then(|phrase| phrase.as_bytes().first()) {
            let end = start
                + phrases
                    .get(start..)
                    .unwrap_or_default()
                    .iter()
                    .take_while(|phrase| phrase.as_bytes().first() == Some(&first))
                    .count();
            if let Some(range) = by_first_byte.get_mut(usize::from(first)) {
                *range = start..end;
            }
            start = end;
        }
        let mut folded_first_bytes: Vec<u8> = phrases
            .iter()
            .filter_map(|phrase| phrase.as_bytes().first())
            .map(|first| first | 0x20)
            .collect();
        folded_first_bytes.dedup();
        PhraseTable {
            phrases,
            by_first_byte,
            folded_first_bytes,
        }
    }

    fn starting_with(&self, byte: u8) -> &[&'static str] {
        self.by_first_byte
            .get(usize::from(byte))
            .and_then(|range| self.phrases.get(range.clone()))
            .unwrap_or_default()
    }

    /// The phrases that `text` holds at byte `at`, each followed by the end of a word: the
    /// end of `text`, a character that is not a letter or digit, or a phrase that itself ends
    /// with punctuation ("related:").
    pub(super) fn at<'t>(&'t self, text: &'t str, at: usize) -> impl Iterator<Item = &'static str> + 't {
        let rest = text.get(at..).unwrap_or_default();
        let first = rest.as_bytes().first().copied();
        first
            .map(|byte| self.starting_with(byte))
            .unwrap_or_default()
            .iter()
            .copied()
            .filter(move |phrase| {
                rest.starts_with(phrase)
                    && (phrase.ends_with(|c: char| !c.is_alphanumeric())
                        || rest
                            .get(phrase.len()..)
                            .and_then(|after| after.chars().next())
                            .is_none_or(|c| !c.is_alphanumeric()))
            })
    }

    /// Whether `text` holds one of the phrases as whole words: starting where a word starts
    /// (after a character that is not a letter or digit) and ending as [`PhraseTable::at`]
    /// says.
    pub(super) fn holds_as_words(&self, text: &str) -> bool {
        let mut after_alphanumeric = false;
        text.char_indices().any(|(at, c)| {
            let found = !after_alphanumeric && self.at(text, at).next().is_some();
            after_alphanumeric = c.is_alphanumeric();
            found
        })
    }

    /// Whether `bytes` hold one of the phrases anywhere, even inside a word, ASCII case
    /// ignored.
    pub(super) fn occurs_ignoring_ascii_case(&self, bytes: &[u8]) -> bool {
        // This runs on every sentence, so it goes eight bytes at a time: setting bit 5 of
        // every byte folds ASCII case (and makes a few other bytes look alike, which the
        // comparison at a candidate sorts out), and each folded first byte is looked for in
        // all eight at once.
        const LOW_BITS: u64 = 0x7F7F_7F7F_7F7F_7F7F;
        const BIT_5: u64 = 0x2020_2020_2020_2020;
        // 0x80 in each byte of `word` that is zero, exactly (no carry crosses a byte).
        let zero_bytes = |word: u64| !(((word & LOW_BITS) + LOW_BITS) | word | LOW_BITS);
        let mut blocks = bytes.chunks_exact(8);
        let mut start = 0;
        for block in blocks.by_ref() {
            let folded = u64::from_le_bytes(block.try_into().unwrap_or_default()) | BIT_5;
            let mut candidates = self.folded_first_bytes.iter().fold(0, |found, &first| {
                found | zero_bytes(folded ^ (u64::from(first) * 0x0101_0101_0101_0101))
            });
            while candidates != 0 {
                if self.at_ignoring_ascii_case(bytes, start + candidates.trailing_zeros() as usize / 8) {
                    return true;
                }
                candidates &= candidates - 1;
            }
            start += 8;
        }
        (start..bytes.len()).any(|at| self.at_ignoring_ascii_case(bytes, at))
    }

    /// Whether one of the phrases starts at `at` of `bytes`, ASCII case ignored.
    fn at_ignoring_ascii_case(&self, bytes: &[u8], at: usize) -> bool {
        let rest = bytes.get(at..).unwrap_or_default();
        rest.first().is_some_and(|byte| {
            self.starting_with(byte.to_ascii_lowercase()).iter().any(|phrase| {
                // Byte by byte, so that most candidates are given up at their second byte.
                rest.len() >= phrase.len()
                    && rest
                        .iter()
                        .zip(phrase.as_bytes())
                        .all(|(byte, expected)| byte.eq_ignore_ascii_case(expected))
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::PhraseTable;

    fn table() -> PhraseTable {
        PhraseTable::new(["read more", "related:", "sign up", "subscribe", "see also", ""])
    }

    #[test]
    fn a_phrase_is_found_at_a_position_only_if_a_word_ends_after_it() {
        let table = table();
        assert_eq!(table.at("read more here", 0).collect::<Vec<_>>(), ["read more"]);
        assert_eq!(table.at("x subscribe", 2).collect::<Vec<_>>(), ["subscribe"]);
        assert_eq!(table.at("subscribers", 0).count(), 0);
        assert_eq!(table.at("related:x", 0).collect::<Vec<_>>(), ["related:"]);
        assert_eq!(table.at("read mores", 0).count(), 0);
        assert_eq!(table.at("", 0).count(), 0);
        assert_eq!(table.at("read more", 40).count(), 0);
    }

    #[test]
    fn whole_words_start_after_a_non_letter() {
        let table = table();
        assert!(table.holds_as_words("please sign up."));
        assert!(table.holds_as_words("«subscribe»"));
        assert!(!table.holds_as_words("resign up"));
        assert!(!table.holds_as_words("ésubscribe"));
        assert!(!table.holds_as_words(""));
    }

    #[test]
    fn anywhere_ignoring_case_matches_inside_words() {
        let table = table();
        assert!(table.occurs_ignoring_ascii_case(b"PLEASE SUBSCRIBERS"));
        assert!(table.occurs_ignoring_ascii_case(b"xSee Alsox"));
        assert!(!table.occurs_ignoring_ascii_case(b"see als"));
        assert!(!table.occurs_ignoring_ascii_case(b""));
        // Across the blocks the search goes by, and in the short last one.
        for at in 0..70 {
            let mut text = vec![b'x'; 80];
            if let Some(window) = text.get_mut(at..at + 8) {
                window.copy_from_slice(b"See also");
            }
            assert!(table.occurs_ignoring_ascii_case(&text), "at {at}");
            assert!(
                !table.occurs_ignoring_ascii_case(text.get(..at + 7).unwrap_or_default()),
                "cut at {at}"
            );
        }
    }
}
