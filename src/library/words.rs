//! The words of a sentence that carry its meaning, and how close two sentences are.
//!
//! Matching compares the sentences of two claims that share a value: the same figure in the
//! same context is the same claim; the same figure among other words is probably another.

/// Function words and reporting verbs: present in nearly every news sentence, so they say
/// nothing about which claim a sentence makes.
const STOP_WORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "according",
    "after",
    "again",
    "against",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "down",
    "during",
    "each",
    "few",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "him",
    "his",
    "how",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "me",
    "more",
    "most",
    "my",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "out",
    "over",
    "own",
    "said",
    "same",
    "say",
    "says",
    "she",
    "should",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "told",
    "too",
    "under",
    "until",
    "up",
    "very",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "why",
    "will",
    "with",
    "would",
    "you",
    "your",
];

/// The content words of `text`: lower case, stop words dropped, plural and possessive endings
/// folded ("soldiers", "soldier's" → "soldier"), sorted and without repeats. Digits stay, with
/// thousands separators dropped so "60,000" is the one word "60000".
pub fn content_words(text: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_alphanumeric() {
            current.extend(c.to_lowercase());
            continue;
        }
        let inside_number = matches!(c, ',' | '.')
            && current.chars().last().is_some_and(|last| last.is_ascii_digit())
            && chars.peek().is_some_and(char::is_ascii_digit);
        if inside_number {
            // "60,000" is one number; "3.5" keeps its point so it never equals 35.
            if c == '.' {
                current.push('.');
            }
            continue;
        }
        flush(&mut current, &mut words);
    }
    flush(&mut current, &mut words);
    words.sort_unstable();
    words.dedup();
    words
}

fn flush(current: &mut String, words: &mut Vec<String>) {
    if current.is_empty() {
        return;
    }
    let word = std::mem::take(current);
    let lone_letter = word.chars().count() == 1 && !word.chars().all(|c| c.is_ascii_digit());
    if !lone_letter && !STOP_WORDS.contains(&word.as_str()) {
        words.push(fold(&word));
    }
}

/// Folds the endings that don't change what a word names: plurals and the possessive "s"
/// (an apostrophe already split it off as a one-letter word, dropped in [`flush`]).
pub fn fold(word: &str) -> String {
    if word.chars().count() <= 3 || word.chars().all(|c| c.is_ascii_digit()) {
        return word.to_owned();
    }
    if let Some(stem) = word.strip_suffix("ies") {
        return format!("{stem}y");
    }
    if word.ends_with("ss") || word.ends_with("us") || word.ends_with("is") {
        return word.to_owned();
    }
    word.strip_suffix('s').unwrap_or(word).to_owned()
}

/// The words a claim is compared by. For a quotation, its own words (who said it is its
/// speaker key). For any other claim, its sentence's words without the claim's own: those are
/// the shared value itself, so counting them would make any two short sentences with the same
/// figure look alike ("closes on August 10" and "began on August 10").
pub fn context_words(sentence: &str, quote: &str, is_quotation: bool) -> Vec<String> {
    let own = content_words(quote);
    if is_quotation {
        return own;
    }
    let mut words = content_words(sentence);
    words.retain(|word| own.binary_search(word).is_err());
    words
}

/// Cosine similarity of two sorted, repeat-free word lists taken as sets: shared words over
/// the geometric mean of their sizes, 0 when either is empty, 1 when they are the same.
pub fn cosine(a: &[String], b: &[String]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let (mut i, mut j, mut shared) = (0, 0, 0usize);
    while let (Some(x), Some(y)) = (a.get(i), b.get(j)) {
        match x.cmp(y) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    shared as f64 / ((a.len() * b.len()) as f64).sqrt()
}

/// [`cosine`] against words stored as one space-separated sorted list (the index's form),
/// without building a list of them: matching scores thousands of stored sentences.
pub fn cosine_with_text(a: &[String], b: &str) -> f64 {
    let mut theirs = b.split(' ').filter(|word| !word.is_empty());
    let count = theirs.clone().count();
    if a.is_empty() || count == 0 {
        return 0.0;
    }
    let (mut i, mut shared) = (0, 0usize);
    let mut y = theirs.next();
    while let (Some(x), Some(word)) = (a.get(i), y) {
        match x.as_str().cmp(word) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => y = theirs.next(),
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                y = theirs.next();
            }
        }
    }
    shared as f64 / ((a.len() * count) as f64).sqrt()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cosine_with_text_agrees_with_cosine() {
        let list =
            |text: &str| -> Vec<String> { text.split(' ').filter(|w| !w.is_empty()).map(str::to_owned).collect() };
        for (a, b) in [
            ("60000 90000 russian soldier", "60000 90000 official russian soldier"),
            ("a b c", "d e"),
            ("", "a"),
            ("a", ""),
            ("border build soldier", "border soldier"),
        ] {
            assert_eq!(
                cosine(&list(a), &list(b)).to_bits(),
                cosine_with_text(&list(a), b).to_bits(),
                "{a:?} {b:?}"
            );
        }
    }

    #[test]
    fn content_words_fold_plurals_numbers_and_drop_function_words() {
        assert_eq!(
            content_words("Some 60,000 to 90,000 Russian soldiers, the officials said."),
            ["60000", "90000", "official", "russian", "soldier"]
        );
        assert_eq!(
            content_words("The company's 3.5 billion"),
            ["3.5", "billion", "company"]
        );
        assert_eq!(content_words("Cities and parties."), ["city", "party"]);
        assert_eq!(content_words("The virus, the press and this"), ["press", "virus"]);
        assert!(content_words(" — , . ").is_empty());
    }

    #[test]
    fn cosine_is_one_for_the_same_words_and_zero_for_none_shared() {
        let a = content_words("Russia massed 100,000 troops near the border");
        let b = content_words("Near the border Russia massed 100,000 troops");
        let c = content_words("A crowd of 100,000 fans filled the stadium");
        assert!((cosine(&a, &b) - 1.0).abs() < 1e-9);
        assert!(cosine(&a, &c) < 0.3);
        assert!(cosine(&a, &[]).abs() < 1e-9);
    }

    #[test]
    fn context_leaves_out_the_claims_own_words_except_for_quotations() {
        assert_eq!(
            context_words("The broadcasts began on August 10.", "August 10", false),
            ["began", "broadcast"]
        );
        assert_eq!(
            context_words("\"Never surrender,\" said Ana.", "\"Never surrender,\"", true),
            ["never", "surrender"]
        );
    }
}
