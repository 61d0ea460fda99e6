//! Ordinals stated as facts: "their second conversation this month", "for the first time",
//! "the 3rd".

use super::Found;
use super::lexicon::Lex;
use super::token::{TokKind, Token};
use crate::model::{Kind, Ordinal, Value};

fn tok(tokens: &[Token], index: usize) -> Option<&Token> {
    tokens.get(index)
}

fn is_any(text: &str, tokens: &[Token], index: usize, words: &[&str]) -> bool {
    tokens.get(index).is_some_and(|t| words.iter().any(|w| t.is(text, w)))
}

/// Words before a word ordinal that make it a rank of something: "the second", "its first".
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "that", "whose",
];

/// The rank at token `index` and the token after it.
fn rank_at(text: &str, tokens: &[Token], index: usize) -> Option<(u32, usize, bool)> {
    let token = tok(tokens, index)?;
    if let Lex::Ordinal(rank) = token.lex {
        return Some((rank, index + 1, false));
    }
    if token.kind == TokKind::Num {
        let suffix = tok(tokens, index + 1)?;
        if suffix.space_before || !matches!(suffix.text(text), "st" | "nd" | "rd" | "th") {
            return None;
        }
        // Digits glued to a word before are a code: "A3rd" is not a rank.
        if !token.space_before
            && !token.break_before
            && index
                .checked_sub(1)
                .and_then(|i| tok(tokens, i))
                .is_some_and(|p| p.kind != TokKind::Punct)
        {
            return None;
        }
        let raw = token.text(text);
        if raw.len() > 6 || !raw.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let rank = raw.parse::<u32>().ok()?;
        return Some((rank, index + 2, true));
    }
    None
}

fn noun_word(text: &str, token: &Token) -> bool {
    token.kind == TokKind::Word
        && !token.break_before
        && matches!(token.lex, Lex::Other | Lex::TimeUnit(_) | Lex::DayPart)
        && !token.is_capitalised(text)
        && !super::lexicon::is_speech_verb(token.text(text))
        && !token.text(text).ends_with("ly")
}

/// The ordinal claim at token `index`, if any.
pub(crate) fn ordinal_at(text: &str, tokens: &[Token], index: usize, floor: usize) -> Option<(Found, usize)> {
    let (rank, after, digits) = rank_at(text, tokens, index)?;
    let token = tok(tokens, index)?;
    let prev = index.checked_sub(1).filter(|&p| p >= floor);
    let prev_token = prev.and_then(|p| tok(tokens, p));
    if !digits {
        // "First, …", "at first", "first of all", "a second" (of time), "he first met":
        // a word ordinal is a rank only after a determiner or a possessive.
        let determined = prev_token.is_some_and(|p| {
            !token.break_before && (p.kind == TokKind::Poss || DETERMINERS.iter().any(|d| p.is(text, d)))
        });
        if !determined {
            return None;
        }
        // "the First Lady", "the Second World War": part of a name.
        if token.is_capitalised(text)
            && tok(tokens, after).is_some_and(|n| n.kind == TokKind::Word && n.is_capitalised(text))
        {
            return None;
        }
        // "a third of voters", "one fifth of": a fraction, not a rank.
        let fraction = prev_token.is_some_and(|p| p.is(text, "a") || p.is(text, "one"))
            && tok(tokens, after).is_some_and(|n| n.is(text, "of"));
        if fraction {
            return None;
        }
        if rank == 2 && prev_token.is_some_and(|p| p.is(text, "a") || p.is(text, "per")) {
            return None;
        }
        if is_any(text, tokens, after, &["of"]) && is_any(text, tokens, after + 1, &["all"]) {
            return None;
        }
    }
    let mut first = index;
    let mut end = after;
    // The thing ranked: up to two words of a noun phrase.
    let mut words = 0;
    while words < 2 {
        let Some(next) = tok(tokens, end) else { break };
        if !noun_word(text, next) {
            break;
        }
        end += 1;
        words += 1;
    }
    if words > 0 {
        // "for the first time": the idiom keeps its preposition.
        if tok(tokens, end - 1).is_some_and(|t| t.is(text, "time"))
            && let Some(p) = prev
            && prev_token.is_some_and(|t| t.is(text, "the"))
            && p.checked_sub(1)
                .is_some_and(|f| f >= floor && is_any(text, tokens, f, &["for"]))
        {
            first = p - 1;
        }
        // "second conversation this month": the time frame that makes the rank checkable.
        if is_any(text, tokens, end, &["this", "last", "next"])
            && let Some(period) = tok(tokens, end + 1)
        {
            let is_period =
                matches!(period.lex, Lex::TimeUnit(_)) || period.is(text, "weekend") || period.is(text, "season");
            if is_period && !period.break_before {
                end += 2;
            }
        }
    }
    let start = tok(tokens, first)?.start;
    let stop = tok(tokens, end.checked_sub(1)?)?.end;
    let value = Value::Ordinal(Ordinal { rank, from_end: false });
    Some((
        Found {
            start,
            end: stop,
            kind: Kind::Ordinal,
            value: Some(value),
        },
        end,
    ))
}

#[cfg(test)]
mod tests {
    use crate::extract::extract;
    use crate::model::{Kind, Value};

    fn ordinals(text: &str) -> Vec<String> {
        extract(text)
            .into_iter()
            .filter(|d| d.kind == Kind::Ordinal)
            .map(|d| text[d.start..d.end].to_owned())
            .collect()
    }

    #[test]
    fn ranks_with_their_noun() {
        assert_eq!(
            ordinals("In a call, their second conversation this month, Biden"),
            ["second conversation this month"]
        );
        assert_eq!(ordinals("Airspace for the first time earlier"), ["for the first time"]);
        assert_eq!(ordinals("finished the 3rd."), ["3rd"]);
        let rank = extract("their second conversation")
            .into_iter()
            .find_map(|d| match d.value {
                Some(Value::Ordinal(o)) => Some(o.rank),
                _ => None,
            });
        assert_eq!(rank, Some(2));
    }

    #[test]
    fn adverbs_are_not_ranks() {
        assert!(ordinals("First, we ate. At first it rained. He first met her. Wait a second.").is_empty());
        assert!(ordinals("About a third of voters agreed.").is_empty());
    }
}
