//! The hashed n-gram features of a sentence: the one definition shared by the scorer and the
//! training command, so a model is always read with the features it was trained on.
//!
//! The sentence is normalised first (ASCII lower case, every digit `0`, curly quotes and
//! apostrophes straight) so that "50 percent" and "90 percent", "We've" and "we’ve" share
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

fn fnv_step(hash: u64, byte: u8) -> u64 {
    (hash ^ u64::from(byte)).wrapping_mul(FNV_PRIME)
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

/// The sentence's bytes, normalised as the module explains. Non-ASCII bytes other than the
/// curly quotes are kept as they are: they still make useful (byte) n-grams.
fn normalise(sentence: &str, out: &mut Vec<u8>) {
    out.clear();
    let mut bytes = sentence.as_bytes();
    if bytes.len() > MAX_SENTENCE_BYTES {
        bytes = bytes.get(..MAX_SENTENCE_BYTES).unwrap_or(bytes);
    }
    let mut index = 0;
    while let Some(&byte) = bytes.get(index) {
        // U+2018/U+2019 (‘ ’) and U+201C/U+201D (“ ”) are E2 80 98/99/9C/9D in UTF-8.
        if byte == 0xE2 && bytes.get(index + 1) == Some(&0x80) {
            match bytes.get(index + 2) {
                Some(0x98 | 0x99) => {
                    out.push(b'\'');
                    index += 3;
                    continue;
                }
                Some(0x9C | 0x9D) => {
                    out.push(b'"');
                    index += 3;
                    continue;
                }
                _ => {}
            }
        }
        out.push(match byte {
            b'0'..=b'9' => b'0',
            _ => byte.to_ascii_lowercase(),
        });
        index += 1;
    }
}

fn is_word_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte >= 0x80
}

/// Punctuation that says something about the sentence (a question, an amount) and becomes a
/// word of its own.
fn is_telling_punctuation(byte: u8) -> bool {
    matches!(byte, b'?' | b'!' | b'%' | b'$' | b'"')
}

/// The words of the normalised sentence as byte ranges: runs of letters and digits, with an
/// apostrophe inside a word kept ("don't"), plus the telling punctuation marks.
fn words(text: &[u8], out: &mut Vec<(usize, usize)>) {
    out.clear();
    let mut index = 0;
    while let Some(&byte) = text.get(index) {
        if is_word_byte(byte) {
            let start = index;
            index += 1;
            while let Some(&next) = text.get(index) {
                let inner_apostrophe = next == b'\'' && text.get(index + 1).is_some_and(|&after| is_word_byte(after));
                if is_word_byte(next) || inner_apostrophe {
                    index += 1;
                } else {
                    break;
                }
            }
            out.push((start, index));
        } else {
            if is_telling_punctuation(byte) {
                out.push((index, index + 1));
            }
            index += 1;
        }
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
    text: Vec<u8>,
    words: Vec<(usize, usize)>,
    padded: Vec<u8>,
}

/// Calls `emit` with the bucket of every feature of `sentence` (a feature that occurs twice is
/// emitted twice). Returns how many were emitted.
pub fn for_each_feature(
    sentence: &str,
    config: FeatureConfig,
    scratch: &mut Scratch,
    mut emit: impl FnMut(u32),
) -> usize {
    let mask = (1_u64 << config.bits) - 1;
    let Scratch {
        text,
        words: spans,
        padded,
    } = scratch;
    normalise(sentence, text);
    words(text, spans);
    let mut count = 0;
    let mut emit_hash = |hash: u64| {
        emit(bucket(hash, mask));
        count += 1;
    };

    emit_hash(fnv_step(fnv_step(FNV_OFFSET, TAG_LENGTH), length_bucket(spans.len())));

    let word_at = |span: (usize, usize)| text.get(span.0..span.1).unwrap_or_default();
    let mut previous: &[u8] = b"<s>";
    for &span in spans.iter() {
        let word = word_at(span);
        emit_hash(fnv_bytes(fnv_step(FNV_OFFSET, TAG_WORD), word));
        if config.bigrams {
            emit_hash(fnv_bytes(
                fnv_step(fnv_bytes(fnv_step(FNV_OFFSET, TAG_BIGRAM), previous), b' '),
                word,
            ));
        }
        previous = word;
    }
    if config.bigrams {
        emit_hash(fnv_bytes(
            fnv_step(fnv_bytes(fnv_step(FNV_OFFSET, TAG_BIGRAM), previous), b' '),
            b"</s>",
        ));
    }

    if config.char_max >= config.char_min && config.char_min > 0 {
        let (low, high) = (usize::from(config.char_min), usize::from(config.char_max));
        for &span in spans.iter() {
            padded.clear();
            padded.push(b' ');
            padded.extend_from_slice(word_at(span));
            padded.push(b' ');
            for start in 0..padded.len() {
                let mut hash = fnv_step(FNV_OFFSET, TAG_CHARS);
                for (offset, &byte) in padded.iter().skip(start).take(high).enumerate() {
                    hash = fnv_step(hash, byte);
                    if offset + 1 >= low {
                        emit_hash(hash);
                    }
                }
            }
        }
    }
    count
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

    #[test]
    fn words_keep_inner_apostrophes_and_telling_punctuation() {
        let mut text = Vec::new();
        normalise("Don't 'quote' me? 5%", &mut text);
        let mut spans = Vec::new();
        words(&text, &mut spans);
        let found: Vec<&[u8]> = spans.iter().filter_map(|&(a, b)| text.get(a..b)).collect();
        assert_eq!(found, vec![&b"don't"[..], b"quote", b"me", b"?", b"0", b"%"]);
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
