//! The sentence a claim stands in, for reports and `claimReviewed`. The detector knows
//! sentence bounds at detection time but the model does not keep them, so they are found
//! again here with a deliberately simple rule: a sentence ends at `.`, `!` or `?` (closing
//! quotes and brackets after it included) followed by white space, or at a line break;
//! initials ("U.S.", "J. Smith") and common abbreviations ("Mr.", "Jan.") do not end one.

use std::ops::Range;

use crate::model::Claim;

/// Words whose trailing full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "col", "lt", "sgt", "capt", "rep", "sen", "gov", "pres",
    "vs", "no", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "approx", "est", "fig", "vol",
];

/// Closing punctuation that belongs to the sentence it follows: `“Yes.”`, `(sic.)`.
const CLOSERS: &[char] = &['"', '\'', '\u{201d}', '\u{2019}', '\u{bb}', ')', ']'];

/// The longest `claimReviewed` text: `ClaimReview` consumers show it as a one-line summary.
const MAX_SENTENCE_CHARS: usize = 300;

/// The byte range of the sentence around `start..end` in `text`, white space trimmed. A
/// range that is out of bounds or off char boundaries is clamped to the nearest valid one;
/// the result always contains the claim when the claim's span is valid.
pub fn sentence_range(text: &str, start: usize, end: usize) -> Range<usize> {
    let start = floor_char_boundary(text, start.min(text.len()));
    let end = floor_char_boundary(text, end.min(text.len())).max(start);
    let before = text.get(..start).unwrap_or_default();
    let after = text.get(end..).unwrap_or_default();

    let mut sentence_start = 0;
    let mut previous: Option<char> = None;
    for (at, c) in before.char_indices().rev() {
        if c == '\n' {
            sentence_start = at + 1;
            break;
        }
        if matches!(c, '.' | '!' | '?') && previous.is_some_and(char::is_whitespace) && ends_sentence(before, at, c) {
            let rest = before.get(at + c.len_utf8()..).unwrap_or_default();
            let closers = rest.len() - rest.trim_start_matches(CLOSERS).len();
            sentence_start = at + c.len_utf8() + closers;
            break;
        }
        // Closers between the stop and the space keep the "followed by white space" state.
        if !CLOSERS.contains(&c) {
            previous = Some(c);
        }
    }

    let mut sentence_end = text.len();
    let mut chars = after.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if c == '\n' {
            sentence_end = end + at;
            break;
        }
        if matches!(c, '.' | '!' | '?') {
            let mut stop = at + c.len_utf8();
            while let Some(&(closer_at, closer)) = chars.peek().filter(|(_, next)| CLOSERS.contains(next)) {
                stop = closer_at + closer.len_utf8();
                chars.next();
            }
            let at_space = chars.peek().is_none_or(|(_, next)| next.is_whitespace());
            if at_space && ends_sentence(text, end + at, c) {
                sentence_end = end + stop;
                break;
            }
        }
    }

    let sentence = text.get(sentence_start..sentence_end).unwrap_or_default();
    let trimmed_start = sentence_start + (sentence.len() - sentence.trim_start().len());
    let trimmed_end = sentence_end - (sentence.len() - sentence.trim_end().len());
    if trimmed_start > start || trimmed_end < end {
        // Only when the claim itself has white space at its ends.
        return sentence_start.min(start)..sentence_end.max(end);
    }
    trimmed_start..trimmed_end
}

/// Whether the stop `c` at byte `at` of `text` ends a sentence (not an initial or an
/// abbreviation's full stop).
fn ends_sentence(text: &str, at: usize, c: char) -> bool {
    if c != '.' {
        return true;
    }
    let before = text.get(..at).unwrap_or_default();
    let word: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic())
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let single_initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    !(single_initial || ABBREVIATIONS.contains(&word.to_lowercase().as_str()))
}

fn floor_char_boundary(text: &str, mut at: usize) -> usize {
    while at > 0 && !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The sentence `claim` stands in, on one line, at most 300 characters: a longer sentence is
/// cut to the words around the claim with "…". An orphaned claim (its span not in the text)
/// gives its quote.
pub fn claim_sentence(text: &str, claim: &Claim) -> String {
    let Some(_) = super::anchored_span(text, claim) else {
        return one_line(&claim.quote);
    };
    let range = sentence_range(text, claim.start, claim.end);
    let sentence = one_line(text.get(range.clone()).unwrap_or(&claim.quote));
    if sentence.chars().count() <= MAX_SENTENCE_CHARS {
        return sentence;
    }
    let raw_before = text.get(range.start..claim.start).unwrap_or_default();
    let raw_after = text.get(claim.end..range.end).unwrap_or_default();
    let (before, after) = (one_line(raw_before), one_line(raw_after));
    let room = MAX_SENTENCE_CHARS.saturating_sub(claim.quote.chars().count()) / 2;
    let mut out = if before.chars().count() > room {
        format!("…{}", last_words(&before, room))
    } else {
        before
    };
    if raw_before.ends_with(char::is_whitespace) && !out.is_empty() {
        out.push(' ');
    }
    out.push_str(&one_line(&claim.quote));
    if raw_after.starts_with(char::is_whitespace) && !after.is_empty() {
        out.push(' ');
    }
    if after.chars().count() > room {
        out.push_str(&first_words(&after, room));
        out.push('…');
    } else {
        out.push_str(&after);
    }
    out
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whole words from the end of `text`, at most `max_chars`.
fn last_words(text: &str, max_chars: usize) -> String {
    let mut words: Vec<&str> = Vec::new();
    let mut count = 0;
    for word in text.split(' ').rev() {
        count += word.chars().count() + 1;
        if count > max_chars {
            break;
        }
        words.push(word);
    }
    words.reverse();
    words.join(" ")
}

/// Whole words from the start of `text`, at most `max_chars`.
fn first_words(text: &str, max_chars: usize) -> String {
    let mut words: Vec<&str> = Vec::new();
    let mut count = 0;
    for word in text.split(' ') {
        count += word.chars().count() + 1;
        if count > max_chars {
            break;
        }
        words.push(word);
    }
    words.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentence_of<'t>(text: &'t str, quote: &str) -> &'t str {
        let start = text.find(quote).unwrap();
        &text[sentence_range(text, start, start + quote.len())]
    }

    #[test]
    fn sentences_end_at_stops_and_line_breaks() {
        let text = "First one. U.S. President Joe Biden spoke for 50 minutes, aides said. “It went well,” he said! Next\nline 2.";
        assert_eq!(
            sentence_of(text, "50 minutes"),
            "U.S. President Joe Biden spoke for 50 minutes, aides said."
        );
        assert_eq!(sentence_of(text, "First"), "First one.");
        assert_eq!(sentence_of(text, "went"), "“It went well,” he said!");
        assert_eq!(sentence_of(text, "Next"), "Next");
        assert_eq!(sentence_of(text, "line"), "line 2.");
        let quoted = "He said “we agreed.” Then Mr. Smith left on Jan. 9 at noon.";
        assert_eq!(sentence_of(quoted, "agreed"), "He said “we agreed.”");
        assert_eq!(sentence_of(quoted, "noon"), "Then Mr. Smith left on Jan. 9 at noon.");
    }

    #[test]
    fn bad_spans_do_not_panic() {
        let text = "Ça va. Très bien.";
        for (start, end) in [(0, 100), (1, 2), (50, 60), (9, 3)] {
            let range = sentence_range(text, start, end);
            assert!(text.get(range).is_some());
        }
    }

    #[test]
    fn long_sentences_are_cut_around_the_claim() {
        let filler = "word ".repeat(100);
        let text = format!("{filler}the 50-minute call {filler}ended.");
        let start = text.find("50-minute").unwrap();
        let claim = Claim {
            id: crate::model::ClaimId(1),
            start,
            end: start + "50-minute call".len(),
            quote: "50-minute call".into(),
            prefix: String::new(),
            suffix: String::new(),
            kind: crate::model::Kind::Measure,
            value: None,
            status: crate::model::Status::Unverified,
            reviewed: false,
            dismissed: false,
            orphaned: false,
            sources: Vec::new(),
            note: String::new(),
            history: Vec::new(),
        };
        let sentence = claim_sentence(&text, &claim);
        assert!(sentence.chars().count() <= MAX_SENTENCE_CHARS + 4, "{}", sentence.len());
        assert!(sentence.starts_with('…') && sentence.ends_with('…') && sentence.contains("the 50-minute call word"));
    }
}
