//! The hashed n-gram features of a sentence: the one definition shared by the scorer and the
//! training command, so a model is always read with the features it was trained on.
//!
//! The sentence is normalised as it is read (ASCII lower case, every digit `0`, curly quotes
//! and apostrophes straight) so that "50 percent" and "90 percent", "We've" and "we’ve" share
//! features. Then it yields:
//! - word unigrams and bigrams (with sentence-start and sentence-end markers),
//! - if the model asks for them, character n-grams of each word padded with spaces (" the",
//!   "the ", …), which carry suffixes, numbers and unseen names,
//! - a bucket of the sentence's length in words (very short sentences are rarely claims).
//!
//! Every feature is a bucket index in `0..1 << bits`, found with FNV-1a (the house hash, the
//! same on every platform) over a family tag and the feature's bytes.

use super::FeatureConfig;

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// Family tags keep a word, a bigram and a character n-gram with the same bytes apart.
const TAG_WORD: u8 = 1;
const TAG_BIGRAM: u8 = 2;
const TAG_CHARS: u8 = 3;
const TAG_LENGTH: u8 = 4;

/// A sentence longer than this is cut before featurising: claims are never this long, and the
/// cap bounds the cost of one pathological "sentence" (a 10 MB line without full stops).
pub const MAX_SENTENCE_BYTES: usize = 2048;

const fn fnv_step(hash: u64, byte: u8) -> u64 {
    (hash ^ byte as u64).wrapping_mul(FNV_PRIME)
}

fn fnv_bytes(hash: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(hash, |hash, &byte| fnv_step(hash, byte))
}

/// Folds the 64-bit hash to a bucket: FNV's low bits alone mix poorly, the high half helps.
fn bucket(hash: u64, mask: u64) -> u32 {
    // The mask keeps at most 24 bits, so the value always fits.
    #[expect(clippy::cast_possible_truncation, reason = "masked to at most 24 bits")]
    let index = ((hash ^ (hash >> 29)) & mask) as u32;
    index
}

/// The straight quote that the curly quote at `index` of `bytes` stands for, if one is there:
/// U+2018/U+2019 (‘ ’) and U+201C/U+201D (“ ”) are E2 80 98/99/9C/9D in UTF-8.
fn curly_quote_at(bytes: &[u8], index: usize) -> Option<u8> {
    match bytes.get(index..index + 3)? {
        [0xE2, 0x80, 0x98 | 0x99] => Some(b'\''),
        [0xE2, 0x80, 0x9C | 0x9D] => Some(b'"'),
        _ => None,
    }
}

/// The normalised byte at `index` of `bytes` and how many bytes of `bytes` it stands for, as
/// the module explains: curly quotes and apostrophes straight, ASCII lower case, every digit
/// `0`. Non-ASCII bytes other than the curly quotes are kept as they are: they still make
/// useful (byte) n-grams.
fn normalised_at(bytes: &[u8], index: usize) -> Option<(u8, usize)> {
    let &byte = bytes.get(index)?;
    if byte == 0xE2
        && let Some(quote) = curly_quote_at(bytes, index)
    {
        return Some((quote, 3));
    }
    Some((
        match byte {
            b'0'..=b'9' => b'0',
            _ => byte.to_ascii_lowercase(),
        },
        1,
    ))
}

fn is_word_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte >= 0x80
}

/// Punctuation that says something about the sentence (a question, an amount) and becomes a
/// word of its own.
fn is_telling_punctuation(byte: u8) -> bool {
    matches!(byte, b'?' | b'!' | b'%' | b'$' | b'"')
}

/// A byte between words, in [`BYTE_CLASSES`].
const BETWEEN: u8 = 0;
/// A byte whose part depends on what surrounds it: an apostrophe (inside a word or not), 0xE2
/// (a curly quote, or a word byte) and the telling punctuation (a word of its own).
const SPECIAL: u8 = 1;

/// What each byte is to the word splitter, one lookup per byte: [`BETWEEN`], [`SPECIAL`], or
/// else (letters, digits, other non-ASCII bytes) the normalised word byte, never 0 or 1.
#[expect(clippy::indexing_slicing, reason = "filled in a loop over the table's own length")]
const BYTE_CLASSES: [u8; 256] = {
    let mut table = [BETWEEN; 256];
    let mut byte = 0;
    while byte < 256 {
        #[expect(clippy::cast_possible_truncation, reason = "byte < 256")]
        let value = byte as u8;
        table[byte] = match value {
            b'0'..=b'9' => b'0',
            b'A'..=b'Z' | b'a'..=b'z' => value.to_ascii_lowercase(),
            b'\'' | 0xE2 | b'?' | b'!' | b'%' | b'$' | b'"' => SPECIAL,
            0x80..=0xFF => value,
            _ => BETWEEN,
        };
        byte += 1;
    }
    table
};

fn class_of(byte: u8) -> u8 {
    BYTE_CLASSES.get(usize::from(byte)).copied().unwrap_or(BETWEEN)
}

/// The words of the sentence, normalised as they are read (no copy of the sentence is made):
/// runs of letters and digits, with an apostrophe inside a word kept ("don't"), plus the
/// telling punctuation marks. Calls `sink(Some(byte))` for each byte of a word and
/// `sink(None)` where the word ends. Only the first [`MAX_SENTENCE_BYTES`] bytes are read.
#[inline]
fn scan_words(sentence: &str, mut sink: impl FnMut(Option<u8>)) {
    let bytes = sentence.as_bytes();
    let bytes = bytes.get(..MAX_SENTENCE_BYTES).unwrap_or(bytes);
    let mut index = 0;
    while let Some(&byte) = bytes.get(index) {
        // Between words: a word starts, a telling mark is a word of its own, the rest is
        // skipped.
        match class_of(byte) {
            BETWEEN => {
                index += 1;
                continue;
            }
            SPECIAL => {
                let (normal, width) = normalised_at(bytes, index).unwrap_or((byte, 1));
                if is_telling_punctuation(normal) {
                    sink(Some(normal));
                    sink(None);
                }
                if !is_word_byte(normal) {
                    index += width;
                    continue;
                }
                // 0xE2 starting no curly quote: a word byte, read below.
            }
            _ => {}
        }
        // Inside a word, until a byte that is not part of it (left for the loop above).
        while let Some(&next) = bytes.get(index) {
            let class = class_of(next);
            if class > SPECIAL {
                sink(Some(class));
                index += 1;
                continue;
            }
            if class == BETWEEN {
                break;
            }
            let Some((normal, width)) = normalised_at(bytes, index) else {
                break;
            };
            let inner_apostrophe =
                normal == b'\'' && normalised_at(bytes, index + width).is_some_and(|(after, _)| is_word_byte(after));
            if !is_word_byte(normal) && !inner_apostrophe {
                break;
            }
            sink(Some(normal));
            index += width;
        }
        sink(None);
    }
}

/// The length bucket of a sentence of `words` words.
fn length_bucket(words: usize) -> u8 {
    match words {
        0..=2 => 0,
        3..=4 => 1,
        5..=6 => 2,
        7..=9 => 3,
        10..=14 => 4,
        15..=22 => 5,
        23..=34 => 6,
        _ => 7,
    }
}

/// Reusable buffers, so that scoring many sentences allocates only once.
#[derive(Default)]
pub struct Scratch {
    /// The buckets of the sentence being featurised.
    buckets: Vec<u32>,
    /// A word padded with spaces, for character n-grams.
    padded: Vec<u8>,
}

/// Calls `emit` with the bucket of every feature of `sentence`, in no particular order (a
/// feature that occurs twice is emitted twice). Returns how many were emitted.
pub fn for_each_feature(
    sentence: &str,
    config: FeatureConfig,
    scratch: &mut Scratch,
    mut emit: impl FnMut(u32),
) -> usize {
    let buckets = buckets(sentence, config, scratch);
    for &index in buckets {
        emit(index);
    }
    buckets.len()
}

/// The word features as they are read, byte by byte: the hashes of the word being read (as a
/// unigram, as the bigram it ends, as the start of the bigram it begins) and the buckets found
/// so far, written into a slice long enough for every byte to end a word.
struct WordHashes<'b> {
    out: &'b mut [u32],
    /// How many buckets of `out` are found.
    found: usize,
    /// 2 with bigrams (a word ends with its unigram and its bigram), else 1.
    per_word: usize,
    mask: u64,
    unigram: u64,
    bigram: u64,
    next_prefix: u64,
    /// The hash of "previous word, space" in the bigram family.
    after_previous: u64,
    /// 1 inside a word, else 0.
    in_word: u64,
    words: usize,
}

/// The unigram family's hash before a word's bytes.
const WORD_START: u64 = fnv_step(FNV_OFFSET, TAG_WORD);
/// The bigram family's hash before a bigram's bytes.
const BIGRAM_START: u64 = fnv_step(FNV_OFFSET, TAG_BIGRAM);
/// "<s> " in the bigram family: the sentence-start marker stands before the first word.
const AFTER_START: u64 = fnv_step(fnv_step(fnv_step(fnv_step(BIGRAM_START, b'<'), b's'), b'>'), b' ');

impl WordHashes<'_> {
    /// One byte: `byte` (normalised) if `is_word` is 1, else a byte between words, which ends
    /// the word being read if there is one. Without a branch: ordinary prose is a word end
    /// every few bytes, and a branch on it was mispredicted at nearly every one. The buckets
    /// of the word being read are written at every byte and kept (counted) only where a word
    /// ends; the hashes are advanced at every byte and reset, by masks, where none is read.
    #[inline]
    fn step(&mut self, byte: u8, is_word: u64) {
        let ends = self.in_word & (is_word ^ 1);
        if let Some(slot) = self.out.get_mut(self.found) {
            *slot = bucket(self.unigram, self.mask);
        }
        if let Some(slot) = self.out.get_mut(self.found + 1) {
            *slot = bucket(self.bigram, self.mask);
        }
        #[expect(clippy::cast_possible_truncation, reason = "0 or 1")]
        let ends_count = ends as usize;
        self.found += ends_count * self.per_word;
        self.words += ends_count;
        let (keep, reset) = (is_word.wrapping_neg(), ends.wrapping_neg());
        self.after_previous = (fnv_step(self.next_prefix, b' ') & reset) | (self.after_previous & !reset);
        self.unigram = (fnv_step(self.unigram, byte) & keep) | (WORD_START & !keep);
        self.bigram = (fnv_step(self.bigram, byte) & keep) | (self.after_previous & !keep);
        self.next_prefix = (fnv_step(self.next_prefix, byte) & keep) | (BIGRAM_START & !keep);
        self.in_word = is_word;
    }

    fn push(&mut self, index: u32) {
        if let Some(slot) = self.out.get_mut(self.found) {
            *slot = index;
        }
        self.found += 1;
    }
}

/// The word features of `bytes` (already cut to [`MAX_SENTENCE_BYTES`]) into `out`, which
/// holds at least `2 * bytes.len() + 2` buckets: the words as [`scan_words`] cuts them, then
/// the sentence-end bigram and the length. Returns how many buckets were written.
///
/// [`scan_words`] reads the same words; this is its loop made flat for the common bytes (a
/// letter or digit, a byte between words: one table lookup and no branch), with the bytes
/// whose part depends on what surrounds them (apostrophes, curly quotes, telling
/// punctuation: [`SPECIAL`]) decided as it decides them.
fn word_buckets(bytes: &[u8], config: FeatureConfig, out: &mut [u32]) -> usize {
    let mut hashes = WordHashes {
        out,
        found: 0,
        per_word: if config.bigrams { 2 } else { 1 },
        mask: (1_u64 << config.bits) - 1,
        unigram: WORD_START,
        bigram: AFTER_START,
        next_prefix: BIGRAM_START,
        after_previous: AFTER_START,
        in_word: 0,
        words: 0,
    };
    let mut index = 0;
    while let Some(&byte) = bytes.get(index) {
        let class = class_of(byte);
        if class != SPECIAL {
            hashes.step(class, u64::from(class > SPECIAL));
            index += 1;
            continue;
        }
        let (normal, width) = normalised_at(bytes, index).unwrap_or((byte, 1));
        if hashes.in_word == 1 {
            // Inside a word: a word byte (0xE2 starting no curly quote) or an apostrophe
            // before a word byte goes on with it; anything else ends it and is then read as
            // between words.
            let inner_apostrophe =
                normal == b'\'' && normalised_at(bytes, index + width).is_some_and(|(after, _)| is_word_byte(after));
            if is_word_byte(normal) || inner_apostrophe {
                hashes.step(normal, 1);
                index += width;
                continue;
            }
            hashes.step(BETWEEN, 0);
        }
        // Between words: a telling mark is a word of its own, 0xE2 starting no curly quote
        // starts a word, the rest is skipped.
        if is_telling_punctuation(normal) {
            hashes.step(normal, 1);
            hashes.step(BETWEEN, 0);
        }
        if is_word_byte(normal) {
            hashes.step(normal, 1);
        }
        index += width;
    }
    hashes.step(BETWEEN, 0);
    if config.bigrams {
        let end = bucket(fnv_bytes(hashes.after_previous, b"</s>"), hashes.mask);
        hashes.push(end);
    }
    let length = bucket(
        fnv_step(fnv_step(FNV_OFFSET, TAG_LENGTH), length_bucket(hashes.words)),
        hashes.mask,
    );
    hashes.push(length);
    hashes.found
}

/// The bucket of every feature of `sentence`, in no particular order (a feature that occurs
/// twice is there twice), in `scratch`.
///
/// This runs on every sentence of every article. One pass over the sentence makes the word
/// features ([`word_buckets`]): each byte of a word advances, side by side, the hash of the
/// word, of the bigram that ends with it and of the bigram that starts with it, so no byte is
/// read twice. The buckets are gathered, not handed to a callback, so that the scorer sums its
/// weights in one short loop of independent lookups into a local (through a callback the sum
/// lived in memory, updated at every word end). A model with character n-grams costs a second
/// pass.
pub(super) fn buckets<'s>(sentence: &str, config: FeatureConfig, scratch: &'s mut Scratch) -> &'s [u32] {
    let mask = (1_u64 << config.bits) - 1;
    let Scratch { buckets, padded } = scratch;
    let bytes = sentence.as_bytes();
    let bytes = bytes.get(..MAX_SENTENCE_BYTES).unwrap_or(bytes);
    // Room for a word end at every byte; the buffer only grows, so that it is not cleared
    // (filled) for every sentence.
    let room = 2 * bytes.len() + 2;
    if buckets.len() < room {
        buckets.resize(room, 0);
    }
    let found = word_buckets(bytes, config, buckets);
    if config.char_max >= config.char_min && config.char_min > 0 {
        buckets.truncate(found);
        let (low, high) = (usize::from(config.char_min), usize::from(config.char_max));
        padded.clear();
        padded.push(b' ');
        scan_words(sentence, |byte| {
            if let Some(byte) = byte {
                padded.push(byte);
                return;
            }
            padded.push(b' ');
            for start in 0..padded.len() {
                let mut hash = fnv_step(FNV_OFFSET, TAG_CHARS);
                for (offset, &byte) in padded.iter().skip(start).take(high).enumerate() {
                    hash = fnv_step(hash, byte);
                    if offset + 1 >= low {
                        buckets.push(bucket(hash, mask));
                    }
                }
            }
            padded.clear();
            padded.push(b' ');
        });
        return buckets;
    }
    buckets.get(..found).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    const CONFIG: FeatureConfig = FeatureConfig {
        bits: 18,
        bigrams: true,
        char_min: 3,
        char_max: 5,
    };

    fn features(sentence: &str) -> Vec<u32> {
        let mut out = Vec::new();
        let mut scratch = Scratch::default();
        for_each_feature(sentence, CONFIG, &mut scratch, |index| out.push(index));
        out.sort_unstable();
        out
    }

    #[test]
    fn normalisation_merges_case_digits_and_curly_quotes() {
        assert_eq!(features("We’ve cut 50 percent."), features("we've cut 90 percent."));
        assert_ne!(features("We cut taxes."), features("We raised taxes."));
    }

    /// The normalised words of `sentence`, as the features see them.
    fn words_of(sentence: &str) -> Vec<String> {
        let mut found = Vec::new();
        let mut word = Vec::new();
        scan_words(sentence, |byte| match byte {
            Some(byte) => word.push(byte),
            None => found.push(String::from_utf8_lossy(&std::mem::take(&mut word)).into_owned()),
        });
        found
    }

    #[test]
    fn words_keep_inner_apostrophes_and_telling_punctuation() {
        assert_eq!(
            words_of("Don't 'quote' me? 5%"),
            ["don't", "quote", "me", "?", "0", "%"]
        );
        // Curly quotes are straightened before the words are cut: "we’ve" is one word, “ a
        // telling quote mark; other non-ASCII bytes (a dash) are word bytes.
        assert_eq!(words_of("We’ve “said” it’"), ["we've", "\"", "said", "\"", "it"]);
        assert_eq!(words_of("a—b ‘c’"), ["a—b", "c"]);
    }

    /// The word buckets as `scan_words` cuts the words, one word at a time: what
    /// [`word_buckets`] computes in its flat loop, written the plain way.
    fn word_buckets_by_scan(sentence: &str, config: FeatureConfig) -> Vec<u32> {
        let mask = (1_u64 << config.bits) - 1;
        let mut out = Vec::new();
        let mut after_previous = AFTER_START;
        let (mut unigram, mut bigram, mut next_prefix) = (WORD_START, after_previous, BIGRAM_START);
        let mut words = 0;
        scan_words(sentence, |byte| {
            if let Some(byte) = byte {
                unigram = fnv_step(unigram, byte);
                bigram = fnv_step(bigram, byte);
                next_prefix = fnv_step(next_prefix, byte);
                return;
            }
            words += 1;
            out.push(bucket(unigram, mask));
            if config.bigrams {
                out.push(bucket(bigram, mask));
            }
            after_previous = fnv_step(next_prefix, b' ');
            (unigram, bigram, next_prefix) = (WORD_START, after_previous, BIGRAM_START);
        });
        if config.bigrams {
            out.push(bucket(fnv_bytes(after_previous, b"</s>"), mask));
        }
        out.push(bucket(
            fnv_step(fnv_step(FNV_OFFSET, TAG_LENGTH), length_bucket(words)),
            mask,
        ));
        out
    }

    #[test]
    fn the_flat_word_loop_cuts_words_as_scan_words_does() {
        // The two readers of words must never drift apart: training's character n-grams and
        // the tests read words through `scan_words`, the scorer through `word_buckets`.
        let long = "ab’c ".repeat(600);
        let sentences = [
            "",
            "   ",
            "Don't 'quote' me? 5%",
            "We’ve “said” it’ — a—b ‘c’ \"x\" $5!?",
            "O'Neill's '90s rock ''n'' roll'",
            "ünïcödé wörds, \u{212a}elvin İstanbul ΣΑΣ.",
            "end with an apostrophe' and a curly one’",
            long.as_str(),
        ];
        for bigrams in [true, false] {
            let config = FeatureConfig { bigrams, ..CONFIG };
            for sentence in sentences {
                let bytes = sentence.as_bytes();
                let bytes = bytes.get(..MAX_SENTENCE_BYTES).unwrap_or(bytes);
                let mut out = vec![0; 2 * bytes.len() + 2];
                let found = word_buckets(bytes, config, &mut out);
                let mut flat = out[..found].to_vec();
                let mut plain = word_buckets_by_scan(sentence, config);
                flat.sort_unstable();
                plain.sort_unstable();
                assert_eq!(flat, plain, "{sentence:?}, bigrams {bigrams}");
            }
        }
    }

    #[test]
    fn every_bucket_is_in_range_and_empty_text_still_has_its_length() {
        for sentence in ["", "   ", "a", "ünïcödé wörds ‘here’", &"x".repeat(10_000)] {
            let found = features(sentence);
            assert!(!found.is_empty());
            assert!(found.iter().all(|&index| index < 1 << CONFIG.bits));
        }
    }

    #[test]
    fn a_huge_sentence_is_cut_so_its_cost_is_bounded() {
        let mut scratch = Scratch::default();
        let huge = "word ".repeat(1_000_000);
        let count = for_each_feature(&huge, CONFIG, &mut scratch, |_| {});
        assert!(count < MAX_SENTENCE_BYTES * 4, "{count} features");
    }
}
