//! The perceptron's features: what the tagger looks at for one word.
//!
//! The templates follow Collins (2002) and Honnibal's "A good part-of-speech tagger in about 200
//! lines of Python": the word, its prefixes and suffixes, its shape, the two previous tags and
//! the neighbouring words. Each feature is hashed to 32 bits (FNV-1a over the template number
//! and the strings), so the weights file stores no strings; a collision between two of the few
//! hundred thousand features costs a little accuracy, never a wrong answer elsewhere.
//!
//! Training (`train`) and tagging (`Tagger`) call the same functions here, so the two cannot
//! drift apart.

use super::tag::Tag;

/// FNV-1a over a template number and several strings, each piece closed by a separator byte
/// so that ("ab", "c") and ("a", "bc") differ.
#[derive(Clone, Copy)]
struct FeatureHash(u32);

impl FeatureHash {
    fn new(template: u8) -> FeatureHash {
        FeatureHash(0x811c_9dc5).byte(template)
    }

    fn byte(self, byte: u8) -> FeatureHash {
        FeatureHash((self.0 ^ u32::from(byte)).wrapping_mul(0x0100_0193))
    }

    fn text(self, text: &str) -> FeatureHash {
        text.bytes().fold(self, FeatureHash::byte).byte(0xff)
    }

    fn tag(self, tag: Option<Tag>) -> FeatureHash {
        // 0xfe stands for "before the sentence": no tag there.
        let code = tag.map_or(0xfe, |tag| u8::try_from(tag.index()).unwrap_or(0xfd));
        self.byte(code)
    }
}

/// One word as the features see it: the normalised form and its pieces, computed once per word.
#[derive(Clone, Copy)]
pub(crate) struct WordView<'a> {
    /// Lower-cased, digits folded, quotation marks unified: the dictionary key.
    pub norm: &'a str,
    /// The word as written (case kept: "US" is not "us").
    pub raw: &'a str,
    /// The shape: "Xx", "X.X.", "d,d", "x-x" (runs collapsed).
    pub shape: &'a str,
}

/// The view of no word: what the features see past either end of the sentence.
const NO_WORD: WordView<'static> = WordView {
    norm: "",
    raw: "",
    shape: "",
};

/// The normal forms and shapes of a sentence's words, written into one buffer: tagging a
/// sentence allocates twice, not three times per word.
#[derive(Default)]
pub(crate) struct WordViews {
    text: String,
    /// Per word: where its normal form ends and where its shape ends in `text` (each starts
    /// where the one before ends).
    ends: Vec<(usize, usize)>,
}

impl WordViews {
    /// The views of `words`.
    pub fn new(words: &[&str]) -> WordViews {
        let mut views = WordViews {
            text: String::with_capacity(words.iter().map(|word| word.len() * 2).sum()),
            ends: Vec::with_capacity(words.len()),
        };
        for word in words {
            push_normalised(word, &mut views.text);
            let norm_end = views.text.len();
            push_shape(word, &mut views.text);
            views.ends.push((norm_end, views.text.len()));
        }
        views
    }

    /// One view per word of `words` (the words this was built from).
    pub fn views<'a>(&'a self, words: &[&'a str]) -> Vec<WordView<'a>> {
        let mut start = 0;
        words
            .iter()
            .zip(&self.ends)
            .map(|(word, &(norm_end, shape_end))| {
                let view = WordView {
                    norm: self.text.get(start..norm_end).unwrap_or(""),
                    raw: word,
                    shape: self.text.get(norm_end..shape_end).unwrap_or(""),
                };
                start = shape_end;
                view
            })
            .collect()
    }
}

/// The normalised form of a word: what the tag dictionary and the word features use.
pub(crate) fn normalise(word: &str) -> String {
    let mut out = String::new();
    push_normalised(word, &mut out);
    out
}

/// Appends the normalised form of `word` to `out`.
fn push_normalised(word: &str, out: &mut String) {
    match word {
        "\u{201c}" | "\u{2018}" | "``" => return out.push_str("``"),
        "\u{201d}" | "\u{2019}" | "''" => return out.push_str("''"),
        "\u{2014}" | "\u{2013}" | "--" => return out.push_str("--"),
        _ => {}
    }
    let has_digit = word.bytes().any(|byte| byte.is_ascii_digit());
    if has_digit {
        let all_number = word
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | ':' | '/'));
        if all_number {
            let is_year = word.len() == 4 && word.bytes().all(|byte| byte.is_ascii_digit());
            return out.push_str(if is_year { "!year" } else { "!num" });
        }
    }
    if word.is_ascii() {
        // Copied whole and lowered in place: one copy, not one `char` push per byte.
        let start = out.len();
        out.push_str(word);
        if let Some(added) = out.get_mut(start..) {
            added.make_ascii_lowercase();
        }
    } else {
        // Typographic apostrophes spelt as the treebank spells them: "’s" is "'s", "don’t"
        // "don't". (`str::to_lowercase`, not per char: it knows a final sigma.)
        out.push_str(&word.to_lowercase().replace('\u{2019}', "'"));
    }
}

#[cfg(test)]
fn shape(word: &str) -> String {
    let mut out = String::new();
    push_shape(word, &mut out);
    out
}

/// Appends the shape of `word` to `out`.
fn push_shape(word: &str, out: &mut String) {
    let begin = out.len();
    let mut last = None;
    let mut run = 0;
    for c in word.chars() {
        let class = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_ascii_digit() {
            'd'
        } else {
            c
        };
        if Some(class) == last {
            run += 1;
            // A run of more than two is kept as two: "Xxxxx" and "Xxx" look alike.
            if run > 2 {
                continue;
            }
        } else {
            run = 1;
            last = Some(class);
        }
        out.push(class);
        if out.len() - begin > 12 {
            break;
        }
    }
}

/// The last `count` characters of `text` (all of it when shorter).
fn suffix(text: &str, count: usize) -> &str {
    let start = text
        .char_indices()
        .rev()
        .nth(count.saturating_sub(1))
        .map_or(0, |(index, _)| index);
    text.get(start..).unwrap_or(text)
}

/// The first `count` characters of `text` (all of it when shorter).
fn prefix(text: &str, count: usize) -> &str {
    let end = text.char_indices().nth(count).map_or(text.len(), |(index, _)| index);
    text.get(..end).unwrap_or(text)
}

/// Number of features [`static_features`] writes.
pub(crate) const STATIC_COUNT: usize = 21;

/// Hashes of the features of word `index` that do not depend on the tags chosen before it.
pub(crate) fn static_features(views: &[WordView], index: usize) -> [u32; STATIC_COUNT] {
    let at = |offset: isize| -> WordView<'_> {
        index
            .checked_add_signed(offset)
            .and_then(|position| views.get(position))
            .copied()
            .unwrap_or(NO_WORD)
    };
    let word = at(0);
    let previous = at(-1);
    let next = at(1);
    let norm = word.norm;
    let first = if index == 0 { "1" } else { "0" };
    let hashes = [
        FeatureHash::new(0),
        FeatureHash::new(1).text(norm),
        FeatureHash::new(2).text(word.raw),
        FeatureHash::new(3).text(suffix(norm, 1)),
        FeatureHash::new(4).text(suffix(norm, 2)),
        FeatureHash::new(5).text(suffix(norm, 3)),
        FeatureHash::new(6).text(suffix(norm, 4)),
        FeatureHash::new(7).text(prefix(norm, 1)),
        FeatureHash::new(8).text(prefix(norm, 2)),
        FeatureHash::new(9).text(prefix(norm, 3)),
        FeatureHash::new(10).text(word.shape),
        FeatureHash::new(11).text(first).text(word.shape),
        FeatureHash::new(12).text(previous.norm),
        FeatureHash::new(13).text(suffix(previous.norm, 3)),
        FeatureHash::new(14).text(at(-2).norm),
        FeatureHash::new(15).text(next.norm),
        FeatureHash::new(16).text(suffix(next.norm, 3)),
        FeatureHash::new(17).text(at(2).norm),
        FeatureHash::new(18).text(next.shape),
        FeatureHash::new(19).text(previous.norm).text(norm),
        FeatureHash::new(20).text(norm).text(next.norm),
    ];
    hashes.map(|hash| hash.0)
}

/// Number of features [`dynamic_features`] writes.
pub(crate) const DYNAMIC_COUNT: usize = 4;

/// Hashes of the features that depend on the two tags chosen before word `index`.
pub(crate) fn dynamic_features(
    views: &[WordView],
    index: usize,
    previous: Option<Tag>,
    before_previous: Option<Tag>,
) -> [u32; DYNAMIC_COUNT] {
    let norm = views.get(index).map_or("", |view| view.norm);
    [
        FeatureHash::new(30).tag(previous).0,
        FeatureHash::new(31).tag(before_previous).tag(previous).0,
        FeatureHash::new(32).tag(previous).text(norm).0,
        FeatureHash::new(33).tag(previous).text(suffix(norm, 3)).0,
    ]
}

#[cfg(test)]
mod tests {
    use super::{normalise, prefix, shape, suffix};

    #[test]
    fn pieces_of_words_respect_character_boundaries() {
        assert_eq!(suffix("café", 2), "fé");
        assert_eq!(suffix("a", 3), "a");
        assert_eq!(prefix("éa", 1), "é");
        assert_eq!(prefix("", 2), "");
    }

    #[test]
    fn shapes_and_normal_forms_group_alike_words() {
        assert_eq!(shape("Washington"), "Xxx");
        assert_eq!(shape("U.S."), "X.X.");
        assert_eq!(shape("45-second"), "dd-xx");
        assert_eq!(normalise("2019"), "!year");
        assert_eq!(normalise("60,000"), "!num");
        assert_eq!(normalise("\u{201c}"), "``");
        assert_eq!(normalise("Don\u{2019}t"), "don't");
    }
}
