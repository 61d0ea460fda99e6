//! Check-worthy statements: each sentence scored by the check-worthiness model
//! ([`crate::checkworthy`]); a sentence at or above [`THRESHOLD`] that reads as prose becomes
//! a claim of kind `Statement` spanning the sentence, `Likely` below [`SURE_THRESHOLD`].
//!
//! Text-wide and last in the registry: a statement holds the dates, numbers and quotes found
//! inside it, which stay claims of their own (the engine drops only exact duplicates of one
//! kind). The model learnt from debate speech, so news furniture is filtered by
//! [`skip_reason`] — called only for sentences above the threshold, because most sentences
//! are not and the filter costs about as much as scoring.

use super::cursor::Cursor;
use super::recognizer::{Hit, Recognizer, Scope};
use super::segment::Sentence;
use super::token::TokKind;
use crate::checkworthy::{CheckWorthiness, SURE_THRESHOLD, THRESHOLD, skip_reason};
use crate::model::{Kind, StatementValue, Value};

/// Check-worthy sentences (see the module docs).
pub(crate) struct Statements;

impl Recognizer for Statements {
    fn name(&self) -> &'static str {
        "statements"
    }

    fn scope(&self) -> Scope {
        Scope::Text
    }

    fn scan(&self, cursor: Cursor<'_>, sentences: &[Sentence], out: &mut Vec<Hit>) {
        // With the layer off, or without the model (weights failed to load), there are no
        // statements; the other claims are unaffected.
        if !cursor.layers.statements {
            return;
        }
        let Ok(model) = CheckWorthiness::shared() else {
            return;
        };
        let mut index = 0;
        while let Some(sentence) = sentences.get(index) {
            // Class: a sentence cut after an abbreviation ("… enter the U.S. and criticism
            // for …"): a piece that starts lower-case on the same line continues the one
            // before, and is scored with it, never alone.
            let mut last = sentence;
            index += 1;
            while let Some(next) = sentences.get(index)
                && continues(cursor, next)
            {
                last = next;
                index += 1;
            }
            let Some(text) = cursor.text.get(sentence.start..last.end) else {
                continue;
            };
            let score = model.score(text);
            if score < THRESHOLD || skip_reason(text).is_some() {
                continue;
            }
            let value = Value::Statement(StatementValue { checkworthiness: score });
            let hit = Hit::new(sentence.first_token, last.end_token, Kind::Statement, Some(value));
            out.push(if score < SURE_THRESHOLD { hit.likely() } else { hit });
        }
    }
}

/// Whether `sentence` goes on from the one before it: it starts with a lower-case word on
/// the same line.
fn continues(cursor: Cursor<'_>, sentence: &Sentence) -> bool {
    cursor.tok(sentence.first_token).is_some_and(|token| {
        !token.break_before
            && token.kind == TokKind::Word
            && token.text(cursor.text).chars().next().is_some_and(char::is_lowercase)
    })
}

#[cfg(test)]
mod tests {
    use crate::extract::cases::{Case, check, no, yes};
    use crate::extract::extract;
    use crate::model::Kind::{self, Statement};

    /// Sentences of our own: factual claims with figures are statements; opinions, greetings,
    /// page furniture and verbless headlines are not.
    const CASES: &[Case] = &[
        yes(
            "Unemployment in the region fell from 9 percent in 2019 to 4 percent last year.",
            "Unemployment in the region fell from 9 percent in 2019 to 4 percent last year.",
            Statement,
        ),
        yes(
            "The city spent $45 million on new buses in 2022, twice its budget.",
            "The city spent $45 million on new buses in 2022, twice its budget.",
            Statement,
        ),
        yes(
            "More than 3,000 troops were moved to the border in January.",
            "More than 3,000 troops were moved to the border in January.",
            Statement,
        ),
        no(
            "Thank you all for coming tonight.",
            "Thank you all for coming tonight.",
            Statement,
        ),
        no("Share This Post", "Share This Post", Statement),
        no(
            "Harbour town budget 2024: what we know",
            "Harbour town budget 2024",
            Statement,
        ),
        no(
            "I think we should all be kind.",
            "I think we should all be kind.",
            Statement,
        ),
        // A sentence cut after an abbreviation is one statement with the piece after it.
        yes(
            "The firm moved 2,000 jobs to the U.S. and cut 500 more in Mexico in 2021.",
            "The firm moved 2,000 jobs to the U.S. and cut 500 more in Mexico in 2021.",
            Statement,
        ),
        yes(
            "Exports to the U.K. fell by 12 percent in 2020, the ministry said.",
            "Exports to the U.K. fell by 12 percent in 2020, the ministry said.",
            Statement,
        ),
        yes(
            "Prices in the E.U. rose 8 percent in 2022 while wages rose 3 percent.",
            "Prices in the E.U. rose 8 percent in 2022 while wages rose 3 percent.",
            Statement,
        ),
    ];

    #[test]
    fn cases() {
        check(CASES);
    }

    /// A middling score is a likely statement; what scores so depends on the model, so the
    /// row is checked through the score, not a fixed sentence.
    #[test]
    fn a_statement_below_the_sure_threshold_is_likely() {
        let text = "The council said the new road could cut journeys by a few minutes.";
        for d in extract(text).into_iter().filter(|d| d.kind == Kind::Statement) {
            let Some(crate::model::Value::Statement(value)) = &d.value else {
                panic!("a statement carries its score");
            };
            assert!(value.checkworthiness >= crate::checkworthy::THRESHOLD);
            let sure = value.checkworthiness >= crate::checkworthy::SURE_THRESHOLD;
            assert_eq!(d.confidence == crate::model::Confidence::Sure, sure);
        }
    }

    #[test]
    fn statements_nest_around_the_claims_inside_them() {
        let text = "About 10,000 soldiers crossed the border on January 9, officials said.";
        let found = extract(text);
        let statement = found.iter().find(|d| d.kind == Kind::Statement);
        assert!(statement.is_some(), "{found:?}");
        let statement = statement.map_or(0..0, |d| d.start..d.end);
        let inside: Vec<Kind> = found
            .iter()
            .filter(|d| d.kind != Kind::Statement && statement.contains(&d.start))
            .map(|d| d.kind)
            .collect();
        assert!(inside.contains(&Kind::Date), "{found:?}");
        assert!(inside.len() >= 2, "the count and the date stay claims: {found:?}");
    }
}
