//! "News is not debate": which sentences of an article get no statement claim, whatever the
//! model says. The model learnt from transcribed speech, where every line is a sentence
//! someone said; a news page also holds headlines, datelines, bylines, captions and sharing
//! prompts. Each rule below names the class of text it removes.

use std::cell::RefCell;
use std::sync::OnceLock;

use super::Skip;
use super::lexicon::{BYLINE_GLUE, BYLINE_OPENINGS, CAPTION_LABELS, CAPTION_PHRASES, FURNITURE_PHRASES};
use super::phrase_table::PhraseTable;
use super::verb_forms::VerbForms;

/// Sentences with fewer words are fragments however they end.
const MIN_WORDS: usize = 3;
/// A line without a full stop needs at least this many words to be taken as prose.
const MIN_WORDS_UNPUNCTUATED: usize = 5;
/// A sentence this short that holds a furniture phrase anywhere is furniture.
const SHORT_FURNITURE_WORDS: usize = 10;
/// The most words a byline has ("By Jane Doe and John Roe in Kyiv").
const MAX_BYLINE_WORDS: usize = 12;
/// How much of a sentence's start is lower-cased to look for openings ("Reporting by", "Read
/// more"): longer than any opening in the lexicon.
const HEAD_BYTES: usize = 64;

/// Lower-cased text, kept from sentence to sentence so that the filter does not allocate.
#[derive(Default)]
struct Buffers {
    head: String,
    sentence: String,
    word: String,
}

thread_local! {
    static BUFFERS: RefCell<Buffers> = RefCell::new(Buffers::default());
}

/// Why `sentence` should get no statement claim, or `None` if it reads as prose. `sentence` is
/// the text of one sentence as the segmenter cut it (a line break always ends one).
pub fn skip_reason(sentence: &str) -> Option<Skip> {
    BUFFERS.with(|cell| match cell.try_borrow_mut() {
        Ok(mut buffers) => skip_reason_with(sentence, &mut buffers),
        // Only reachable if the filter re-entered itself on this thread; fresh buffers do.
        Err(_) => skip_reason_with(sentence, &mut Buffers::default()),
    })
}

fn skip_reason_with(sentence: &str, buffers: &mut Buffers) -> Option<Skip> {
    // Every sentence of every article passes here, so ordinary prose is decided by byte scans
    // and a lower-cased head; whole-sentence work is kept for short or unpunctuated lines.
    let sentence = sentence.trim();
    // Every rule below asks only whether a sentence has at most a dozen words, so counting
    // stops past that: a long sentence is not read to its end.
    let word_count = count_words(sentence, MAX_BYLINE_WORDS);

    // Class: captions and credits, marked by a label anywhere ("… Image: Reuters.").
    if has_caption_marker(sentence) {
        return Some(Skip::Furniture);
    }
    // Class: sharing, subscription and navigation prompts, copyright lines. Single words like
    // "subscribe" only count in short sentences: prose may mention them.
    let head = lowercase_into(head_of(sentence), &mut buffers.head);
    let head = head.trim_start_matches(|c: char| !c.is_alphanumeric());
    let opens_with_furniture = furniture_openings().at(head, 0).next().is_some();
    let short_with_furniture = word_count <= SHORT_FURNITURE_WORDS
        && furniture_phrases().holds_as_words(lowercase_into(sentence, &mut buffers.sentence));
    if opens_with_furniture || short_with_furniture || sentence.contains('©') || is_link(sentence) {
        return Some(Skip::Furniture);
    }
    // Class: bylines and production credits: an opening like "By" or "Editing by", then only
    // capitalised names and a few glue words.
    if word_count <= MAX_BYLINE_WORDS && is_byline(head, sentence) {
        return Some(Skip::Byline);
    }
    // Class: fragments too short to state a checkable fact.
    if word_count < MIN_WORDS {
        return Some(Skip::Fragment);
    }
    // Class: headlines, datelines, section titles: a line with no full stop and no verb.
    // A headline with a verb ("Minister denies signing the order") states a claim: kept.
    let punctuated = ends_like_a_sentence(sentence);
    if !punctuated && !words(sentence).any(|word| is_verb(word, &mut buffers.word)) {
        return Some(Skip::VerblessLine);
    }
    // Class: short unpunctuated labels that happen to hold a verb ("Voting has ended").
    if !punctuated && word_count < MIN_WORDS_UNPUNCTUATED {
        return Some(Skip::Fragment);
    }
    None
}

/// `text` lower-cased into `out`. Character by character, which differs from
/// `str::to_lowercase` only in giving a final capital sigma "σ", not "ς": both are letters of
/// the same length, which is all the rules ask of non-ASCII text.
fn lowercase_into<'b>(text: &str, out: &'b mut String) -> &'b str {
    out.clear();
    if text.is_ascii() {
        out.push_str(text);
        out.make_ascii_lowercase();
    } else {
        for c in text.chars() {
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            } else {
                out.extend(c.to_lowercase());
            }
        }
    }
    out
}

/// A word's character: a letter or digit, or an apostrophe or hyphen inside a word.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'
}

/// Bit 0: an ASCII letter or digit; bit 1: an ASCII word character (see [`is_word_char`]).
#[expect(clippy::indexing_slicing, reason = "filled in a loop over the table's own length")]
const ASCII_CLASSES: [u8; 128] = {
    let mut table = [0_u8; 128];
    let mut byte = 0;
    while byte < 128 {
        #[expect(clippy::cast_possible_truncation, reason = "byte < 128")]
        let value = byte as u8;
        table[byte] = match value {
            b'0'..=b'9' | b'A'..=b'Z' | b'a'..=b'z' => 0b11,
            b'\'' | b'-' => 0b10,
            _ => 0,
        };
        byte += 1;
    }
    table
};

/// The character at byte `at` of `sentence` (a char boundary): whether it is a letter or
/// digit, whether it is a word character, and its length. ASCII, most of any text, is one
/// lookup without decoding.
#[inline]
fn class_at(sentence: &str, at: usize) -> Option<(bool, bool, usize)> {
    let &byte = sentence.as_bytes().get(at)?;
    match ASCII_CLASSES.get(usize::from(byte)) {
        Some(&class) => Some((class & 1 != 0, class != 0, 1)),
        None => non_ascii_class_at(sentence, at),
    }
}

/// [`class_at`] for a character that is not ASCII.
fn non_ascii_class_at(sentence: &str, at: usize) -> Option<(bool, bool, usize)> {
    let c = sentence.get(at..)?.chars().next()?;
    Some((c.is_alphanumeric(), is_word_char(c), c.len_utf8()))
}

/// The words of a sentence: runs of letters and digits, with inner apostrophes and hyphens
/// (apostrophes and hyphens at either end are not part of the word).
fn words(sentence: &str) -> impl Iterator<Item = &str> {
    let mut at = 0;
    std::iter::from_fn(move || {
        // The first and last letter or digit of the run of word characters being read.
        let mut span: Option<(usize, usize)> = None;
        while let Some((alphanumeric, word_char, width)) = class_at(sentence, at) {
            if alphanumeric {
                span = Some((span.map_or(at, |(start, _)| start), at + width));
            } else if !word_char && span.is_some() {
                break;
            }
            at += width;
        }
        span.and_then(|(start, end)| sentence.get(start..end))
    })
}

/// `words(sentence).count()`, or any number above `limit` once it is clear there are more:
/// every sentence is counted, so this builds no word and has no branch per word.
fn count_words(sentence: &str, limit: usize) -> usize {
    let bytes = sentence.as_bytes();
    let mut count = 0;
    // 1 once the run of word characters being read has had a letter or digit (and so has
    // been counted), else 0.
    let mut counted = 0_u8;
    let mut at = 0;
    while let Some(&byte) = bytes.get(at) {
        let class = if let Some(&class) = ASCII_CLASSES.get(usize::from(byte)) {
            at += 1;
            class
        } else {
            let Some((alphanumeric, word_char, width)) = non_ascii_class_at(sentence, at) else {
                break;
            };
            at += width;
            u8::from(alphanumeric) | u8::from(word_char) << 1
        };
        // In bits: bit 0 a letter or digit, bit 1 a word character.
        count += usize::from(class & !counted & 1);
        counted = (counted | class) & (class >> 1) & 1;
        if count > limit {
            break;
        }
    }
    count
}

/// The first [`HEAD_BYTES`] (or a few more, to a char boundary) of the sentence.
fn head_of(sentence: &str) -> &str {
    let mut end = HEAD_BYTES.min(sentence.len());
    while !sentence.is_char_boundary(end) {
        end += 1;
    }
    sentence.get(..end).unwrap_or(sentence)
}

/// A caption label before a colon ("Image:", "Photo:") or a caption phrase anywhere.
fn has_caption_marker(sentence: &str) -> bool {
    let bytes = sentence.as_bytes();
    let labelled = sentence.match_indices(':').any(|(colon, _)| {
        let before = bytes.get(..colon).unwrap_or_default();
        let start = before
            .iter()
            .rposition(|byte| !byte.is_ascii_alphabetic())
            .map_or(0, |at| at + 1);
        let label = before.get(start..).unwrap_or_default();
        CAPTION_LABELS
            .iter()
            .any(|known| label.eq_ignore_ascii_case(known.as_bytes()))
    });
    labelled || caption_phrases().occurs_ignoring_ascii_case(bytes)
}

/// Ends with `.`, `!`, `?`, `…` or `:`, possibly followed by closing quotes or brackets.
fn ends_like_a_sentence(sentence: &str) -> bool {
    let trimmed =
        sentence.trim_end_matches(|c: char| matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '»') || c.is_whitespace());
    trimmed.ends_with(['.', '!', '?', '…', ':', ';'])
}

/// A bare address: one token that is a URL or an e-mail address.
fn is_link(sentence: &str) -> bool {
    let mut tokens = sentence.split_whitespace();
    let (Some(only), None) = (tokens.next(), tokens.next()) else {
        return false;
    };
    let starts_with = |prefix: &str| {
        only.as_bytes()
            .get(..prefix.len())
            .is_some_and(|start| start.eq_ignore_ascii_case(prefix.as_bytes()))
    };
    starts_with("http://")
        || starts_with("https://")
        || starts_with("www.")
        || (only.contains('@') && only.contains('.'))
}

/// Whether the sentence, whose lower-cased head without leading punctuation is `head`, opens
/// like a byline and goes on with names only.
fn is_byline(head: &str, sentence: &str) -> bool {
    let Some(opening_words) = byline_openings()
        .at(head, 0)
        .map(|opening| opening.split(' ').count())
        .max()
    else {
        return false;
    };
    let mut rest = words(sentence).skip(opening_words).peekable();
    rest.peek().is_some()
        && rest.all(|word| {
            word.chars().next().is_some_and(char::is_uppercase)
                || BYLINE_GLUE.iter().any(|glue| word.eq_ignore_ascii_case(glue))
        })
}

/// Whether a word is (very likely) a verb: an auxiliary, a listed verb form, or a regular
/// past ("honored", "killed"). Plain "-s" and "-ing" forms are not taken: too many nouns and
/// adjectives end that way ("talks", "rising tensions"). `lower` is a buffer.
fn is_verb(word: &str, lower: &mut String) -> bool {
    // "May" with a capital is the month in a dateline ("Monday, May 18, 2015").
    if word == "May" {
        return false;
    }
    // No listed form has a digit (a test checks) and a regular past is all letters: numbers,
    // most of the words of a table row, are decided without a lookup.
    if word.bytes().any(|byte| byte.is_ascii_digit()) {
        return false;
    }
    // Lower case with apostrophes straight, as the lexicon spells them.
    lower.clear();
    if word.is_ascii() {
        lower.push_str(word);
        lower.make_ascii_lowercase();
    } else {
        for c in word.chars() {
            if c == '’' {
                lower.push('\'');
            } else {
                lower.extend(c.to_lowercase());
            }
        }
    }
    let lower = lower.as_str();
    if VerbForms::shared().contains(lower) {
        return true;
    }
    // Regular pasts; "-eed" words (speed, need, agreed) and short "-ed" words (red, bed) are
    // too often not verbs to count.
    lower.len() >= 5 && lower.ends_with("ed") && !lower.ends_with("eed") && lower.chars().all(char::is_alphabetic)
}

/// The furniture phrases, looked for as whole words in short sentences.
fn furniture_phrases() -> &'static PhraseTable {
    static TABLE: OnceLock<PhraseTable> = OnceLock::new();
    TABLE.get_or_init(|| PhraseTable::new(FURNITURE_PHRASES.iter().copied()))
}

/// The furniture phrases of several words, looked for at the start of every sentence.
fn furniture_openings() -> &'static PhraseTable {
    static TABLE: OnceLock<PhraseTable> = OnceLock::new();
    TABLE.get_or_init(|| PhraseTable::new(FURNITURE_PHRASES.iter().copied().filter(|phrase| phrase.contains(' '))))
}

fn byline_openings() -> &'static PhraseTable {
    static TABLE: OnceLock<PhraseTable> = OnceLock::new();
    TABLE.get_or_init(|| PhraseTable::new(BYLINE_OPENINGS.iter().copied()))
}

fn caption_phrases() -> &'static PhraseTable {
    static TABLE: OnceLock<PhraseTable> = OnceLock::new();
    TABLE.get_or_init(|| PhraseTable::new(CAPTION_PHRASES.iter().copied()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Sentences of our own, one or more per class, and prose that must be kept.
    const CASES: &[(&str, Option<Skip>)] = &[
        // Furniture: prompts, captions, credits, copyright, links.
        ("Share This Story", Some(Skip::Furniture)),
        ("Read more: the budget in charts", Some(Skip::Furniture)),
        ("Sign up for our morning newsletter.", Some(Skip::Furniture)),
        ("Advertisement", Some(Skip::Furniture)),
        (
            "The mayor speaks at the opening of the bridge. Photo: City Hall.",
            Some(Skip::Furniture),
        ),
        (
            "Firefighters at the scene on Monday. Image: Fire Service",
            Some(Skip::Furniture),
        ),
        (
            "© 2024 Example Media Group. All rights reserved.",
            Some(Skip::Furniture),
        ),
        ("https://example.com/news/2024/budget", Some(Skip::Furniture)),
        ("Follow us on social media for updates", Some(Skip::Furniture)),
        // Bylines and credits.
        ("By Maria Lopez and Tom Becker", Some(Skip::Byline)),
        ("By MARIA LOPEZ", Some(Skip::Byline)),
        (
            "Reporting by Anna Kovacs in Budapest; Editing by Peter Grant",
            Some(Skip::Byline),
        ),
        ("Editing by Sam Holt.", Some(Skip::Byline)),
        // Fragments.
        ("Thank you.", Some(Skip::Fragment)),
        ("Updated", Some(Skip::Fragment)),
        ("Week three", Some(Skip::Fragment)),
        ("Part Two: Aftermath", Some(Skip::VerblessLine)),
        ("Voting has ended", Some(Skip::Fragment)),
        // Verbless lines: headlines, datelines, section titles.
        ("Monday, March 4, 2024", Some(Skip::VerblessLine)),
        ("Thursday, May 2, 2024", Some(Skip::VerblessLine)),
        ("The harbour at dawn; from file, 2019.", Some(Skip::Furniture)),
        (
            "Rising prices and empty shelves across the region",
            Some(Skip::VerblessLine),
        ),
        (
            "Storm damage in the northern valleys: a timeline",
            Some(Skip::VerblessLine),
        ),
        ("The long road to a peace deal in the east", Some(Skip::VerblessLine)),
        // Prose and headlines with a verb: kept for the model to score.
        ("The council approved the budget on Tuesday.", None),
        (
            "Unemployment fell to 4.1 percent in March, the lowest rate since 2019.",
            None,
        ),
        ("Minister denies signing the order", None),
        ("Three people were injured when the roof collapsed", None),
        ("Prices rose sharply.", None),
        ("By the end of the year, the company had cut 2,000 jobs.", None),
        (
            "Subscribers to the service rose by 12 percent last year, the company said.",
            None,
        ),
        (
            "Cookie sales doubled after the bakery opened a second shop in the town centre.",
            None,
        ),
        ("She said the agency had never received the report.", None),
    ];

    #[test]
    fn each_class_is_skipped_and_prose_is_kept() {
        let wrong: Vec<String> = CASES
            .iter()
            .filter(|(sentence, expected)| skip_reason(sentence) != *expected)
            .map(|(sentence, expected)| format!("{sentence:?}: expected {expected:?}, got {:?}", skip_reason(sentence)))
            .collect();
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    #[test]
    fn words_keep_inner_apostrophes_and_hyphens() {
        fn listed(text: &str) -> Vec<&str> {
            words(text).collect()
        }
        assert_eq!(listed("a-b c'd ’e’ -f- 'g"), ["a-b", "c'd", "e", "f", "g"]);
        assert_eq!(listed("«Oui», dit-il."), ["Oui", "dit-il"]);
        assert_eq!(listed("By MARIA LOPEZ, 2024"), ["By", "MARIA", "LOPEZ", "2024"]);
        assert!(listed("- ’ -- ").is_empty());
        assert!(listed("").is_empty());
    }

    #[test]
    fn counting_words_agrees_with_listing_them() {
        let texts = [
            "",
            "- -",
            "a-b c'd ’e’",
            "«Oui», dit-il.",
            "one two three four five six seven",
        ];
        for text in CASES.iter().map(|(sentence, _)| *sentence).chain(texts) {
            let listed = words(text).count();
            assert_eq!(count_words(text, 100), listed, "{text:?}");
            assert_eq!(count_words(text, 3), listed.min(4), "{text:?}");
        }
    }

    /// The phrase tables are matched against lower-cased text: a phrase with a capital, or an
    /// empty one, would silently never (or always) match.
    #[test]
    fn lexicon_phrases_are_lower_case_and_not_empty() {
        for phrase in FURNITURE_PHRASES
            .iter()
            .chain(BYLINE_OPENINGS)
            .chain(CAPTION_PHRASES)
            .chain(CAPTION_LABELS)
        {
            assert!(!phrase.is_empty() && phrase.to_lowercase() == *phrase, "{phrase:?}");
        }
    }

    #[test]
    fn odd_text_never_panics() {
        for text in [
            "",
            " ",
            "©",
            "…",
            "’’’",
            "By",
            "by by by",
            "ÉTÉ",
            "a\u{0}b",
            "http://",
            "@.",
        ] {
            let _ = skip_reason(text);
        }
    }
}
