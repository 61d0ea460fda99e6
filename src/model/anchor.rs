//! Finding a claim again when its offsets no longer fit the text (W3C Web Annotation's
//! `TextQuoteSelector` idea: the quoted words plus a little context on each side).
//!
//! All positions are UTF-8 byte offsets into the article text.

/// How much context is kept on each side of a claim, in bytes (rounded to char boundaries).
pub const CONTEXT_BYTES: usize = 32;

/// The text just before `start` (at most [`CONTEXT_BYTES`], on a char boundary).
pub fn prefix_before(text: &str, start: usize) -> &str {
    let mut from = start.saturating_sub(CONTEXT_BYTES);
    while from < start && !text.is_char_boundary(from) {
        from += 1;
    }
    text.get(from..start).unwrap_or("")
}

/// The text just after `end` (at most [`CONTEXT_BYTES`], on a char boundary).
pub fn suffix_after(text: &str, end: usize) -> &str {
    let mut to = end.saturating_add(CONTEXT_BYTES).min(text.len());
    while to > end && !text.is_char_boundary(to) {
        to -= 1;
    }
    text.get(end..to).unwrap_or("")
}

/// Where `quote` stands in `text`, choosing among its occurrences the one whose
/// surroundings best match `prefix`/`suffix`, then the one nearest to `hint` (the old start).
/// `None` if the quote is empty or does not occur.
pub fn find_anchor(text: &str, quote: &str, prefix: &str, suffix: &str, hint: usize) -> Option<usize> {
    if quote.is_empty() {
        return None;
    }
    text.match_indices(quote)
        .map(|(at, _)| {
            let before = prefix_before(text, at);
            let after = suffix_after(text, at + quote.len());
            let score = common_suffix_len(before, prefix) + common_prefix_len(after, suffix);
            (at, score)
        })
        .max_by(|(at_a, score_a), (at_b, score_b)| {
            score_a
                .cmp(score_b)
                .then_with(|| at_b.abs_diff(hint).cmp(&at_a.abs_diff(hint)))
        })
        .map(|(at, _)| at)
}

fn common_prefix_len(a: &str, b: &str) -> usize {
    a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count()
}

fn common_suffix_len(a: &str, b: &str) -> usize {
    a.bytes().rev().zip(b.bytes().rev()).take_while(|(x, y)| x == y).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn context_stays_on_char_boundaries() {
        let text = "ééééééééééééééééééééééééé claim ééééééééééééééééééééé";
        let start = text.find("claim").unwrap_or(0);
        assert!(prefix_before(text, start).len() <= CONTEXT_BYTES);
        assert!(suffix_after(text, start + 5).ends_with('é'));
    }

    #[test]
    fn picks_the_occurrence_with_matching_context() {
        let text = "He said two. Later she said two. Then two.";
        let at = find_anchor(text, "two", "she said ", ". Then", 0);
        assert_eq!(at, Some(28));
        assert_eq!(find_anchor(text, "three", "", "", 0), None);
        // Without context the nearest occurrence to the hint wins.
        assert_eq!(find_anchor(text, "two", "", "", 40), Some(38));
    }
}
