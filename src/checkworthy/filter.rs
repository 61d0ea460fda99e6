//! "News is not debate": which sentences of an article get no statement claim, whatever the
//! model says. The model learnt from transcribed speech, where every line is a sentence
//! someone said; a news page also holds headlines, datelines, bylines, captions and sharing
//! prompts. Each rule below names the class of text it removes.

use std::collections::HashSet;
use std::sync::OnceLock;

use super::Skip;
use super::lexicon::{
    AUXILIARIES, BYLINE_GLUE, BYLINE_OPENINGS, CAPTION_LABELS, CAPTION_PHRASES, FURNITURE_PHRASES, VERB_FORMS,
};

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

/// Why `sentence` should get no statement claim, or `None` if it reads as prose. `sentence` is
/// the text of one sentence as the segmenter cut it (a line break always ends one).
pub fn skip_reason(sentence: &str) -> Option<Skip> {
    // Every sentence of every article passes here, so ordinary prose is decided by byte scans
    // and a lower-cased head; whole-sentence work is kept for short or unpunctuated lines.
    let sentence = sentence.trim();
    let word_count = count_words(sentence);
    let head = lowercase_head(sentence);

    // Class: captions and credits, marked by a label anywhere ("… Image: Reuters.").
    if has_caption_marker(sentence) {
        return Some(Skip::Furniture);
    }
    // Class: sharing, subscription and navigation prompts, copyright lines. Single words like
    // "subscribe" only count in short sentences: prose may mention them.
    let opens_with_furniture = FURNITURE_PHRASES
        .iter()
        .any(|phrase| phrase.contains(' ') && starts_with_phrase(&head, phrase));
    let short_with_furniture = word_count <= SHORT_FURNITURE_WORDS && {
        let lower = sentence.to_lowercase();
        FURNITURE_PHRASES.iter().any(|phrase| contains_phrase(&lower, phrase))
    };
    if opens_with_furniture || short_with_furniture || sentence.contains('©') || is_link(sentence) {
        return Some(Skip::Furniture);
    }
    // Class: bylines and production credits: an opening like "By" or "Editing by", then only
    // capitalised names and a few glue words.
    if word_count <= MAX_BYLINE_WORDS && is_byline(&head, &words(sentence)) {
        return Some(Skip::Byline);
    }
    // Class: fragments too short to state a checkable fact.
    if word_count < MIN_WORDS {
        return Some(Skip::Fragment);
    }
    // Class: headlines, datelines, section titles: a line with no full stop and no verb.
    // A headline with a verb ("Minister denies signing the order") states a claim: kept.
    let punctuated = ends_like_a_sentence(sentence);
    if !punctuated && !words(sentence).iter().any(|word| is_verb(word)) {
        return Some(Skip::VerblessLine);
    }
    // Class: short unpunctuated labels that happen to hold a verb ("Voting has ended").
    if !punctuated && word_count < MIN_WORDS_UNPUNCTUATED {
        return Some(Skip::Fragment);
    }
    None
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'
}

/// `words(sentence).len()` without building the list.
fn count_words(sentence: &str) -> usize {
    let mut count = 0;
    let mut in_word = false;
    let mut has_alphanumeric = false;
    for c in sentence.chars() {
        if is_word_char(c) {
            in_word = true;
            has_alphanumeric |= c.is_alphanumeric();
        } else if in_word {
            count += usize::from(has_alphanumeric);
            in_word = false;
            has_alphanumeric = false;
        }
    }
    count + usize::from(in_word && has_alphanumeric)
}

/// The first [`HEAD_BYTES`] (or a few more, to a char boundary) of the sentence, lower case.
fn lowercase_head(sentence: &str) -> String {
    let mut end = HEAD_BYTES.min(sentence.len());
    while !sentence.is_char_boundary(end) {
        end += 1;
    }
    sentence.get(..end).unwrap_or(sentence).to_lowercase()
}

/// A caption label before a colon ("Image:", "Photo:") or a caption phrase anywhere.
fn has_caption_marker(sentence: &str) -> bool {
    let bytes = sentence.as_bytes();
    let labelled = bytes
        .iter()
        .enumerate()
        .filter(|&(_, &byte)| byte == b':')
        .any(|(colon, _)| {
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
    labelled
        || CAPTION_PHRASES
            .iter()
            .any(|phrase| contains_ignoring_ascii_case(bytes, phrase.as_bytes()))
}

/// Whether `needle` (lower case) occurs in `haystack`, ASCII case ignored. Only positions
/// whose first byte matches are compared: this runs on every sentence.
fn contains_ignoring_ascii_case(haystack: &[u8], needle: &[u8]) -> bool {
    let Some(&first) = needle.first() else {
        return true;
    };
    haystack.iter().enumerate().any(|(at, byte)| {
        byte.to_ascii_lowercase() == first
            && haystack
                .get(at..at + needle.len())
                .is_some_and(|window| window.eq_ignore_ascii_case(needle))
    })
}

/// The words of a sentence: runs of letters and digits, with inner apostrophes and hyphens.
fn words(sentence: &str) -> Vec<&str> {
    sentence
        .split(|c: char| !is_word_char(c))
        .map(|word| word.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|word| !word.is_empty())
        .collect()
}

/// Ends with `.`, `!`, `?`, `…` or `:`, possibly followed by closing quotes or brackets.
fn ends_like_a_sentence(sentence: &str) -> bool {
    let trimmed =
        sentence.trim_end_matches(|c: char| matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '»') || c.is_whitespace());
    trimmed.ends_with(['.', '!', '?', '…', ':', ';'])
}

/// Whether `phrase` occurs in `lower` at word boundaries.
fn contains_phrase(lower: &str, phrase: &str) -> bool {
    lower.match_indices(phrase).any(|(at, _)| {
        let before_ok = lower
            .get(..at)
            .and_then(|before| before.chars().next_back())
            .is_none_or(|c| !c.is_alphanumeric());
        let after_ok = phrase.ends_with(|c: char| !c.is_alphanumeric())
            || lower
                .get(at + phrase.len()..)
                .and_then(|after| after.chars().next())
                .is_none_or(|c| !c.is_alphanumeric());
        before_ok && after_ok
    })
}

fn starts_with_phrase(lower: &str, phrase: &str) -> bool {
    let lower = lower.trim_start_matches(|c: char| !c.is_alphanumeric());
    lower.starts_with(phrase)
        && (phrase.ends_with(|c: char| !c.is_alphanumeric())
            || lower
                .get(phrase.len()..)
                .and_then(|after| after.chars().next())
                .is_none_or(|c| !c.is_alphanumeric()))
}

/// A bare address: one token that is a URL or an e-mail address.
fn is_link(sentence: &str) -> bool {
    let mut tokens = sentence.split_whitespace();
    let (Some(only), None) = (tokens.next(), tokens.next()) else {
        return false;
    };
    let lower = only.to_ascii_lowercase();
    lower.starts_with("http://")
        || lower.starts_with("https://")
        || lower.starts_with("www.")
        || (lower.contains('@') && lower.contains('.'))
}

fn is_byline(lower: &str, words: &[&str]) -> bool {
    let Some(opening_words) = BYLINE_OPENINGS
        .iter()
        .filter(|opening| starts_with_phrase(lower, opening))
        .map(|opening| opening.split(' ').count())
        .max()
    else {
        return false;
    };
    let rest = words.get(opening_words..).unwrap_or_default();
    !rest.is_empty()
        && words.len() <= MAX_BYLINE_WORDS
        && rest.iter().all(|word| {
            word.chars().next().is_some_and(char::is_uppercase)
                || BYLINE_GLUE.iter().any(|glue| word.eq_ignore_ascii_case(glue))
        })
}

/// Whether a word is (very likely) a verb: an auxiliary, a listed verb form, or a regular
/// past ("honored", "killed"). Plain "-s" and "-ing" forms are not taken: too many nouns and
/// adjectives end that way ("talks", "rising tensions").
fn is_verb(word: &str) -> bool {
    // "May" with a capital is the month in a dateline ("Monday, May 18, 2015").
    if word == "May" {
        return false;
    }
    let lower = word.to_lowercase().replace('’', "'");
    if known_verb_forms().contains(lower.as_str()) {
        return true;
    }
    // Regular pasts; "-eed" words (speed, need, agreed) and short "-ed" words (red, bed) are
    // too often not verbs to count.
    lower.len() >= 5 && lower.ends_with("ed") && !lower.ends_with("eed") && lower.chars().all(char::is_alphabetic)
}

/// The auxiliaries and verb forms of the lexicon as one set: every word of every unpunctuated
/// line is looked up here, and a scan of the ~1,000 listed forms was a sixth of extraction time.
fn known_verb_forms() -> &'static HashSet<&'static str> {
    static FORMS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    FORMS.get_or_init(|| AUXILIARIES.iter().chain(VERB_FORMS).copied().collect())
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
    fn counting_words_agrees_with_listing_them() {
        for (sentence, _) in CASES {
            assert_eq!(count_words(sentence), words(sentence).len(), "{sentence:?}");
        }
        for text in ["", "- -", "a-b c'd ’e’", "«Oui», dit-il."] {
            assert_eq!(count_words(text), words(text).len(), "{text:?}");
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
