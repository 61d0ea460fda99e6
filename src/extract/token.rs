//! One pass over the bytes that cuts the text into words, numbers and punctuation.
//!
//! Recognisers work on tokens, never on the raw text, so that every rule sees the same word
//! boundaries and the text is scanned once. Tokens keep byte offsets into the text.

use super::lexicon::{self, Lex};

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TokKind {
    /// Letters, with inner apostrophes ("wasn’t") and inner dots ("U.S.").
    Word,
    /// Digits with inner thousands separators and a decimal point: "60,000", "3.5", ".05".
    Num,
    /// One character that is neither: ",", "“", "%", "–".
    Punct,
    /// A possessive ending split off its word: "’s".
    Poss,
    /// A URL, an e-mail address or a similar blob that holds no claims.
    Code,
}

/// One token: its byte range, kind, word class and the white space before it.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Token {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset just past the token.
    pub end: usize,
    /// What it is.
    pub kind: TokKind,
    /// The word class, for words; `Lex::Other` otherwise.
    pub lex: Lex,
    /// Any white space between the previous token and this one.
    pub space_before: bool,
    /// A line break between the previous token and this one: a paragraph boundary.
    pub break_before: bool,
}

impl Token {
    /// The token's text.
    #[inline]
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// Whether the token is the word `word` (ASCII case-insensitive).
    #[inline]
    pub fn is(&self, text: &str, word: &str) -> bool {
        // Length first: most calls compare against a word of another length.
        self.end.wrapping_sub(self.start) == word.len()
            && text
                .as_bytes()
                .get(self.start..self.end)
                .is_some_and(|bytes| bytes.eq_ignore_ascii_case(word.as_bytes()))
    }

    /// Whether the token starts with an upper-case letter.
    #[inline]
    pub fn is_capitalised(&self, text: &str) -> bool {
        self.text(text).chars().next().is_some_and(char::is_uppercase)
    }
}

fn is_word_byte(byte: u8) -> bool {
    byte.is_ascii_alphabetic()
}

/// Whether the char starting at `pos` is a letter (ASCII or not), and its length.
fn letter_at(text: &str, pos: usize) -> Option<usize> {
    let byte = *text.as_bytes().get(pos)?;
    if byte.is_ascii() {
        return is_word_byte(byte).then_some(1);
    }
    let ch = text.get(pos..)?.chars().next()?;
    ch.is_alphabetic().then(|| ch.len_utf8())
}

fn char_len_at(text: &str, pos: usize) -> usize {
    text.get(pos..)
        .and_then(|rest| rest.chars().next())
        .map_or(1, char::len_utf8)
}

/// Whether the non-blank run starting at `pos` is a URL or an e-mail address; returns its end.
fn code_run(bytes: &[u8], pos: usize) -> Option<usize> {
    let mut end = pos;
    let mut suspicious = false;
    while let Some(&byte) = bytes.get(end) {
        if byte.is_ascii_whitespace() {
            break;
        }
        // Only runs with these can be addresses; most words have none of them.
        suspicious |= matches!(byte, b':' | b'@' | b'.');
        end += 1;
    }
    if !suspicious {
        return None;
    }
    let run = bytes.get(pos..end)?;
    let has = |needle: &[u8]| run.windows(needle.len()).any(|w| w.eq_ignore_ascii_case(needle));
    let at_inside = run
        .iter()
        .enumerate()
        .any(|(i, &b)| b == b'@' && i > 0 && run.get(i + 1).is_some_and(u8::is_ascii_alphanumeric));
    if has(b"://") || has(b"www.") || at_inside || (has(b".com") && !run.starts_with(b"\"")) {
        // Trailing sentence punctuation belongs to the sentence, not the address.
        while end > pos
            && bytes
                .get(end - 1)
                .is_some_and(|b| matches!(b, b'.' | b',' | b';' | b':' | b')' | b'"' | b'!' | b'?'))
        {
            end -= 1;
        }
        return Some(end);
    }
    None
}

/// Whether the byte at `pos` may make its run an address: "://", "x@y", "www.", ".com".
fn looks_like_address(bytes: &[u8], pos: usize, run_begin: usize) -> bool {
    let at = |offset: usize| bytes.get(pos + offset).copied().unwrap_or(b' ');
    match at(0) {
        b':' => at(1) == b'/' && at(2) == b'/',
        b'@' => pos > run_begin && at(1).is_ascii_alphanumeric(),
        b'.' => {
            at(1).eq_ignore_ascii_case(&b'c')
                && at(2).eq_ignore_ascii_case(&b'o')
                && at(3).eq_ignore_ascii_case(&b'm')
                && !at(4).is_ascii_alphanumeric()
        }
        b'w' | b'W' => {
            pos == run_begin && at(1).eq_ignore_ascii_case(&b'w') && at(2).eq_ignore_ascii_case(&b'w') && at(3) == b'.'
        }
        _ => false,
    }
}

/// Where a possessive ending starts in `word`, if it has one: "today’s" splits at 5.
fn possessive_split(word: &str) -> Option<usize> {
    ["'s", "’s", "'S", "’S"]
        .iter()
        .find(|ending| word.len() > ending.len() && word.ends_with(*ending))
        .map(|ending| word.len() - ending.len())
}

/// Cuts `text` into tokens.
#[expect(
    clippy::too_many_lines,
    reason = "the fast path for ASCII words and the general path share one loop's state"
)]
pub(crate) fn tokenize(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    // Articles run about five bytes a token; a quarter leaves room, so the vector is not copied
    // while it grows.
    let mut tokens: Vec<Token> = Vec::with_capacity(text.len() / 4 + 1);
    let mut pos = 0;
    let mut space_before = false;
    let mut break_before = true;
    // Where the current run of non-blank characters began, to turn it into one `Code` token
    // when it proves to be a URL or an address (decided lazily, at the ':', '@' or '.').
    let mut run_begin = 0;
    let mut run_tokens = 0;
    let mut run_space = false;
    let mut run_break = true;
    let mut run_start = true;
    while let Some(&byte) = bytes.get(pos) {
        if byte.is_ascii_whitespace() {
            space_before = true;
            if byte == b'\n' {
                break_before = true;
            }
            run_start = true;
            pos += 1;
            continue;
        }
        if byte == 0xC2 && bytes.get(pos + 1) == Some(&0xA0) {
            // NBSP counts as a space.
            space_before = true;
            run_start = true;
            pos += 2;
            continue;
        }
        if run_start {
            run_start = false;
            run_begin = pos;
            run_tokens = tokens.len();
            run_space = space_before;
            run_break = break_before;
        }
        // Most tokens: a word of ASCII letters that nothing glued after it can continue
        // (`scan_word`) or make a possessive, and that is no address ("www.…").
        if byte.is_ascii_alphabetic() {
            let (end, head) = ascii_word(bytes, pos);
            if ends_plain_word(bytes, end) && !((byte | 0x20) == b'w' && looks_like_address(bytes, pos, run_begin)) {
                let lex = match head {
                    Some(head) if end - pos <= 8 => lexicon::classify_head(head, end - pos),
                    _ => lexicon::classify_letters(bytes, pos, end),
                };
                tokens.push(Token {
                    start: pos,
                    end,
                    kind: TokKind::Word,
                    lex,
                    space_before,
                    break_before,
                });
                space_before = false;
                break_before = false;
                pos = end;
                continue;
            }
        }
        if matches!(byte, b':' | b'@' | b'.' | b'w' | b'W')
            && looks_like_address(bytes, pos, run_begin)
            && let Some(end) = code_run(bytes, run_begin).filter(|&end| end > pos)
        {
            tokens.truncate(run_tokens);
            push(&mut tokens, text, run_begin, end, TokKind::Code, run_space, run_break);
            space_before = false;
            break_before = false;
            pos = end;
            continue;
        }
        let start = pos;
        let mut kind = TokKind::Punct;
        if byte.is_ascii_digit()
            || (byte == b'.'
                && bytes.get(pos + 1).is_some_and(u8::is_ascii_digit)
                && !tokens.last().is_some_and(|t| t.end == pos && t.kind == TokKind::Num))
        {
            pos = scan_number(bytes, pos);
            kind = TokKind::Num;
        } else if let Some(len) = letter_at(text, pos) {
            pos = scan_word(text, pos + len);
            kind = TokKind::Word;
            // Split a possessive "’s" / "'s" off its word.
            if let Some(split) = possessive_split(text.get(start..pos).unwrap_or("")) {
                let split = start + split;
                push(
                    &mut tokens,
                    text,
                    start,
                    split,
                    TokKind::Word,
                    space_before,
                    break_before,
                );
                push(&mut tokens, text, split, pos, TokKind::Poss, false, false);
                space_before = false;
                break_before = false;
                continue;
            }
        } else if matches!(byte, b'`' | b'\'') && bytes.get(pos + 1) == Some(&byte) {
            // PTB-style quotes: "``" opens and "''" closes, each one mark.
            pos += 2;
        } else {
            pos += char_len_at(text, pos);
        }
        push(&mut tokens, text, start, pos, kind, space_before, break_before);
        space_before = false;
        break_before = false;
    }
    tokens
}

/// Where the run of ASCII letters from `pos` (a letter) ends, and the eight bytes from `pos`
/// when the text has them: for a word of up to eight letters, all of it, ready for
/// [`lexicon::classify_head`] with no second read.
#[inline]
fn ascii_word(bytes: &[u8], pos: usize) -> (usize, Option<u64>) {
    let Some(head) = bytes
        .get(pos..pos + 8)
        .and_then(|eight| <[u8; 8]>::try_from(eight).ok())
        .map(u64::from_le_bytes)
    else {
        return (ascii_letters_end(bytes, pos), None);
    };
    let others = non_letters(head);
    if others == 0 {
        return (ascii_letters_end(bytes, pos + 8), Some(head));
    }
    (pos + (others.trailing_zeros() / 8) as usize, Some(head))
}

/// Where the run of ASCII letters from `pos` ends. Eight bytes at a time: a word is one or
/// two steps instead of a loop with a branch per letter.
#[inline]
fn ascii_letters_end(bytes: &[u8], mut pos: usize) -> usize {
    while let Some(eight) = bytes
        .get(pos..pos + 8)
        .and_then(|eight| <[u8; 8]>::try_from(eight).ok())
    {
        let others = non_letters(u64::from_le_bytes(eight));
        if others != 0 {
            // The lowest flagged byte is the first that is no letter (little-endian).
            return pos + (others.trailing_zeros() / 8) as usize;
        }
        pos += 8;
    }
    while bytes.get(pos).is_some_and(u8::is_ascii_alphabetic) {
        pos += 1;
    }
    pos
}

/// Whether a run of ASCII letters ending at `end` is a whole word that [`scan_word`] would not
/// continue: what follows is no letter, or an apostrophe or dot with no letter after it (the
/// word before a full stop or a closing quote, most sentence ends), or a curly quote, a dash
/// or an ellipsis. Anything else (a letter outside ASCII, "U.S.", "wasn't") is left to
/// `scan_word`.
#[inline]
fn ends_plain_word(bytes: &[u8], end: usize) -> bool {
    let no_letter_at = |at: usize| bytes.get(at).is_none_or(|b| b.is_ascii() && !b.is_ascii_alphabetic());
    match bytes.get(end) {
        None => true,
        Some(b'\'' | b'.') => no_letter_at(end + 1),
        // U+2019 ’ (an apostrophe when a letter follows), U+2013 –, U+2014 —, U+201C “,
        // U+201D ”, U+2026 …: none of them a letter.
        Some(0xE2) if bytes.get(end + 1) == Some(&0x80) => match bytes.get(end + 2) {
            Some(0x99) => no_letter_at(end + 3),
            Some(0x93 | 0x94 | 0x9C | 0x9D | 0xA6) => true,
            _ => false,
        },
        Some(next) => next.is_ascii(),
    }
}

/// The high bit of every byte of `word` that is no ASCII letter. Per byte: fold to lower case
/// and drop the high bit, then two additions that carry into the high bit when the byte is at
/// least 'a' and more than 'z' (no carry crosses into the next byte: 0x7F + 0x1F < 0x100).
#[inline]
const fn non_letters(word: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let folded = (word | (0x20 * ONES)) & !HIGH;
    let from_a = folded + (0x80 - 0x61) * ONES;
    let past_z = folded + (0x80 - 0x7B) * ONES;
    let letters = from_a & !past_z & !word & HIGH;
    !letters & HIGH
}

fn push(
    tokens: &mut Vec<Token>,
    text: &str,
    start: usize,
    end: usize,
    kind: TokKind,
    space_before: bool,
    break_before: bool,
) {
    let lex = if kind == TokKind::Word {
        lexicon::classify(text.get(start..end).unwrap_or(""))
    } else {
        Lex::Other
    };
    tokens.push(Token {
        start,
        end,
        kind,
        lex,
        space_before,
        break_before,
    });
}

fn scan_number(bytes: &[u8], mut pos: usize) -> usize {
    let digit = |p: usize| bytes.get(p).is_some_and(u8::is_ascii_digit);
    if bytes.get(pos) == Some(&b'.') {
        pos += 1;
    }
    let mut seen_point = false;
    loop {
        while digit(pos) {
            pos += 1;
        }
        match bytes.get(pos) {
            // Thousands separator: exactly three digits follow.
            Some(b',') if digit(pos + 1) && digit(pos + 2) && digit(pos + 3) && !digit(pos + 4) && !seen_point => {
                pos += 4;
            }
            Some(b'.') if digit(pos + 1) && !seen_point => {
                seen_point = true;
                pos += 1;
            }
            _ => return pos,
        }
    }
}

fn scan_word(text: &str, mut pos: usize) -> usize {
    let bytes = text.as_bytes();
    let mut dotted = false;
    loop {
        // ASCII letters first, in a tight loop: they are nearly all of any English text.
        while bytes.get(pos).is_some_and(u8::is_ascii_alphabetic) {
            pos += 1;
        }
        if let Some(len) = letter_at(text, pos) {
            pos += len;
            continue;
        }
        match bytes.get(pos) {
            // Inner apostrophe: "wasn't", "O'Brien".
            Some(b'\'') if letter_at(text, pos + 1).is_some() => pos += 1,
            Some(0xE2)
                if bytes.get(pos + 1) == Some(&0x80)
                    && bytes.get(pos + 2) == Some(&0x99)
                    && letter_at(text, pos + 3).is_some() =>
            {
                pos += 3;
            }
            // Inner dot of an abbreviation: "U.S.", "p.m.", "e.g.".
            Some(b'.')
                if letter_at(text, pos + 1).is_some()
                    && !letter_at(text, pos + 2).is_some_and(|_| {
                        // "end.Start" with a long word after is a missing space, not an abbreviation.
                        bytes.get(pos + 2).is_some_and(u8::is_ascii_lowercase)
                            && bytes.get(pos + 3).is_some_and(u8::is_ascii_lowercase)
                    }) =>
            {
                dotted = true;
                pos += 1;
            }
            _ => break,
        }
    }
    if dotted && bytes.get(pos) == Some(&b'.') {
        pos += 1;
    }
    pos
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn numbers_words_and_punctuation() {
        assert_eq!(texts("60,000 to 3.5m"), ["60,000", "to", "3.5", "m"]);
        assert_eq!(texts("the U.S. wasn’t"), ["the", "U.S.", "wasn’t"]);
        assert_eq!(texts("today's game."), ["today", "'s", "game", "."]);
        assert_eq!(texts("“a good”"), ["“", "a", "good", "”"]);
        assert_eq!(texts("p < .001"), ["p", "<", ".001"]);
        assert_eq!(texts("1,2 and 1,234,567"), ["1", ",", "2", "and", "1,234,567"]);
    }

    #[test]
    fn letter_runs_end_where_a_byte_is_no_ascii_letter() {
        for byte in 0..=255u8 {
            let mut text = *b"abcdefghijklmnop";
            for at in [0, 3, 7, 8, 12, 15] {
                let mut probe = text;
                if let Some(slot) = probe.get_mut(at) {
                    *slot = byte;
                }
                let expected = if byte.is_ascii_alphabetic() { 16 } else { at };
                assert_eq!(ascii_letters_end(&probe, 0), expected, "byte {byte:#x} at {at}");
            }
            text[0] = b'Z';
            assert_eq!(ascii_letters_end(&text, 1), 16);
            for at in [1, 3, 7, 8, 12] {
                let mut probe = text;
                if let Some(slot) = probe.get_mut(at) {
                    *slot = byte;
                }
                let expected = if byte.is_ascii_alphabetic() { 16 } else { at };
                assert_eq!(ascii_word(&probe, 0).0, expected, "byte {byte:#x} at {at}");
            }
        }
    }

    #[test]
    fn words_before_stops_quotes_and_dashes_are_whole() {
        assert_eq!(texts("end. Next"), ["end", ".", "Next"]);
        assert_eq!(texts("the U.S. and e.g. this"), ["the", "U.S.", "and", "e.g.", "this"]);
        assert_eq!(
            texts("dogs' bones, wasn't it"),
            ["dogs", "'", "bones", ",", "wasn't", "it"]
        );
        assert_eq!(
            texts("“Yes,” he—she… Tom’s"),
            ["“", "Yes", ",", "”", "he", "—", "she", "…", "Tom", "’s"]
        );
        assert_eq!(texts("rock’n’roll café end."), ["rock’n’roll", "café", "end", "."]);
    }

    #[test]
    fn urls_and_mail_are_one_code_token() {
        let toks = tokenize("see https://x.org/a1/2020 or me@x.org.");
        let kinds: Vec<_> = toks.iter().map(|t| t.kind).collect();
        assert_eq!(
            kinds,
            [
                TokKind::Word,
                TokKind::Code,
                TokKind::Word,
                TokKind::Code,
                TokKind::Punct
            ]
        );
    }
}
