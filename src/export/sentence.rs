//! The sentence a claim stands in, for reports and `claimReviewed`. The model does not keep
//! sentence bounds, so they are found again with the detector's own segmenter
//! ([`crate::extract::sentence_around`]): reports, the inspector and detection agree on what
//! a sentence is.

use std::ops::Range;

use crate::model::Claim;

/// The longest `claimReviewed` text: `ClaimReview` consumers show it as a one-line summary.
const MAX_SENTENCE_CHARS: usize = 300;

/// The byte range of the sentence around `start..end` in `text`; see
/// [`crate::extract::sentence_around`].
pub fn sentence_range(text: &str, start: usize, end: usize) -> Range<usize> {
    crate::extract::sentence_around(text, start, end)
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
        let claim = Claim::unreviewed(
            crate::model::ClaimId(1),
            start,
            "50-minute call",
            crate::model::Kind::Measure,
        );
        let sentence = claim_sentence(&text, &claim);
        assert!(sentence.chars().count() <= MAX_SENTENCE_CHARS + 4, "{}", sentence.len());
        assert!(sentence.starts_with('…') && sentence.ends_with('…') && sentence.contains("the 50-minute call word"));
    }
}
