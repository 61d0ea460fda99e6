//! Ordinals stated as facts: "their second conversation this month", "for the first time",
//! "the 3rd".

use super::cursor::Cursor;
use super::lexicon::{Lex, POSSESSIVES, RANK_DETERMINERS};
use super::recognizer::{Hit, Recognizer, Scope};
use super::token::{TokKind, Token};
use crate::model::{Kind, Ordinal, Value};

/// The rank at token `index` and the token after it.
fn rank_at(cur: Cursor<'_>, index: usize) -> Option<(u32, usize, bool)> {
    let token = cur.tok(index)?;
    if let Lex::Ordinal(rank) = token.lex {
        return Some((u32::from(rank), index + 1, false));
    }
    // "the last": rank 1 from the end (rank 0 marks it for the caller).
    if token.is(cur.text, "last") {
        return Some((0, index + 1, false));
    }
    if token.kind == TokKind::Num {
        let suffix = cur.tok(index + 1)?;
        if suffix.space_before || !matches!(suffix.text(cur.text), "st" | "nd" | "rd" | "th") {
            return None;
        }
        // Digits glued to a word before are a code: "A3rd" is not a rank.
        if !token.space_before
            && !token.break_before
            && index
                .checked_sub(1)
                .and_then(|i| cur.tok(i))
                .is_some_and(|p| p.kind != TokKind::Punct)
        {
            return None;
        }
        let raw = token.text(cur.text);
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
pub(crate) fn ordinal_at(cur: Cursor<'_>, index: usize, floor: usize) -> Option<Hit> {
    let (rank, after, digits) = rank_at(cur, index)?;
    let token = cur.tok(index)?;
    let prev = index.checked_sub(1).filter(|&p| p >= floor);
    let prev_token = prev.and_then(|p| cur.tok(p));
    if !digits {
        // "First, …", "at first", "first of all", "a second" (of time), "he first met":
        // a word ordinal is a rank only after a determiner or a possessive.
        let determined = prev_token.is_some_and(|p| {
            !token.break_before && (p.kind == TokKind::Poss || RANK_DETERMINERS.iter().any(|d| p.is(cur.text, d)))
        });
        if !determined {
            return None;
        }
        // "the First Lady", "the Second World War": part of a name.
        if token.is_capitalised(cur.text)
            && cur
                .tok(after)
                .is_some_and(|n| n.kind == TokKind::Word && n.is_capitalised(cur.text))
        {
            return None;
        }
        // "a third of voters", "one fifth of": a fraction, not a rank.
        let fraction = prev_token.is_some_and(|p| p.is(cur.text, "a") || p.is(cur.text, "one"))
            && cur.tok(after).is_some_and(|n| n.is(cur.text, "of"));
        if fraction {
            return None;
        }
        if rank == 2 && prev_token.is_some_and(|p| p.is(cur.text, "a") || p.is(cur.text, "per")) {
            return None;
        }
        if cur.is_any(after, &["of"]) && cur.is_any(after + 1, &["all"]) {
            return None;
        }
    }
    let mut first = index;
    let mut end = after;
    // The thing ranked: up to two words of a noun phrase.
    let mut words = 0;
    while words < 2 {
        let Some(next) = cur.tok(end) else { break };
        if !noun_word(cur.text, next) {
            break;
        }
        end += 1;
        words += 1;
    }
    // "the last" alone is a pronoun ("the last of them"); "the last soldiers" ranks.
    if rank == 0 && words == 0 {
        return None;
    }
    // "her last campaign", "the company's last report": after a possessive "last" means the
    // most recent, which ranks nothing.
    if rank == 0 && prev_token.is_some_and(|p| p.kind == TokKind::Poss || POSSESSIVES.iter().any(|w| p.is(cur.text, w)))
    {
        return None;
    }
    if words > 0 {
        // "for the first time": the idiom keeps its preposition.
        if cur.tok(end - 1).is_some_and(|t| t.is(cur.text, "time"))
            && let Some(p) = prev
            && prev_token.is_some_and(|t| t.is(cur.text, "the"))
            && p.checked_sub(1).is_some_and(|f| f >= floor && cur.is_any(f, &["for"]))
        {
            first = p - 1;
        }
        // "second conversation this month": the time frame that makes the rank checkable.
        if cur.is_any(end, &["this", "last", "next"])
            && let Some(period) = cur.tok(end + 1)
        {
            let is_period = matches!(period.lex, Lex::TimeUnit(_))
                || period.is(cur.text, "weekend")
                || period.is(cur.text, "season");
            if is_period && !period.break_before {
                end += 2;
            }
        }
    }
    let from_end = rank == 0;
    let value = Value::Ordinal(Ordinal {
        rank: rank.max(1),
        from_end,
    });
    (first < end).then(|| Hit::new(first, end, Kind::Ordinal, Some(value)))
}

/// Ranks (see the module docs): anchored on ordinal words, "last" and digits with st/nd/rd/th.
pub(crate) struct Ordinals;

impl Recognizer for Ordinals {
    fn name(&self) -> &'static str {
        "ordinals"
    }

    fn scope(&self) -> Scope {
        Scope::Anchored
    }

    fn at(&self, cursor: Cursor<'_>, index: usize, floor: usize) -> Option<Hit> {
        ordinal_at(cursor, index, floor)
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::cases::{Case, check, no, yes};
    use crate::extract::extract;
    use crate::model::Kind::{Measure, Ordinal};
    use crate::model::Value;

    /// Sentences written for these rules, except the rows marked as regressions from the
    /// project's sample article.
    const CASES: &[Case] = &[
        yes(
            "It was the company's third recall this year.",
            "third recall this year",
            Ordinal,
        ),
        yes("She won for the second time in Paris.", "for the second time", Ordinal),
        yes("The team finished 4th in the league.", "4th", Ordinal),
        yes("He was the last player to leave.", "last player", Ordinal),
        yes("Their fifth album was a hit.", "fifth album", Ordinal),
        yes("The 21st edition is here.", "21st edition", Ordinal),
        // Adverbs, names, fractions and durations are not ranks.
        no("First, the council met.", "First", Ordinal),
        no("At first the plan worked.", "first", Ordinal),
        no("The Second World War ended in 1945.", "Second", Ordinal),
        no("About a third of voters agreed.", "third", Ordinal),
        no("Wait a second, he said.", "second", Ordinal),
        no("She ran a 45-second spot.", "second", Ordinal),
        yes("She ran a 45-second spot.", "45-second spot", Measure),
        // "last" after a possessive means most recent.
        no("Her last campaign ended badly.", "last", Ordinal),
        no("The firm's last report was late.", "last", Ordinal),
        no("In their last meeting they agreed.", "last", Ordinal),
        // Regressions from the sample article (dev gold).
        yes(
            "In a call, their second conversation this month, Biden",
            "second conversation this month",
            Ordinal,
        ),
        yes("Airspace for the first time earlier", "for the first time", Ordinal),
    ];

    #[test]
    fn cases() {
        check(CASES);
    }

    #[test]
    fn ranks_count_from_the_start_or_the_end() {
        let rank = |text: &str| {
            extract(text).into_iter().find_map(|d| match d.value {
                Some(Value::Ordinal(o)) => Some((o.rank, o.from_end)),
                _ => None,
            })
        };
        assert_eq!(rank("their fourth meeting"), Some((4, false)));
        assert_eq!(rank("the last soldiers"), Some((1, true)));
    }
}
