//! The "Check-worthy first" order of the claim list.
//!
//! A statement claim has its own score (the check-worthiness model's, in its value). Any other
//! claim — a number, a date, a quote — takes the score of the statement claim whose words
//! enclose it (the sentence it sits in), so it is listed right after its sentence: that is
//! what makes it worth checking. A claim in no scored sentence comes after every scored one,
//! in text order. Equal scores keep text order (the sort is stable), so a sentence is listed
//! before the numbers inside it.

use crate::model::{Claim, Value};

/// The check-worthiness the list sorts each claim by (see the module documentation), by index
/// into `claims`, which are in text order. One pass with a stack of the statements still open,
/// so a 10,000-claim article sorts in a frame.
pub fn sort_scores(claims: &[Claim]) -> Vec<Option<f32>> {
    let mut open: Vec<(usize, f32)> = Vec::new();
    claims
        .iter()
        .map(|claim| {
            open.retain(|&(end, _)| end > claim.start);
            let enclosing = open
                .iter()
                .rev()
                .find(|&&(end, _)| end >= claim.end)
                .map(|&(_, score)| score);
            let own = own_score(claim);
            if let Some(score) = own.filter(|_| !claim.dismissed) {
                open.push((claim.end, score));
            }
            own.or(enclosing)
        })
        .collect()
}

/// A statement claim's own score.
pub fn own_score(claim: &Claim) -> Option<f32> {
    claim.value.as_ref().and_then(Value::checkworthiness)
}

/// Orders `visible` (indices into `claims`, in text order) highest score first; unscored
/// claims last, each group in text order.
pub fn sort_checkworthy_first(claims: &[Claim], visible: &mut [usize]) {
    let scores = sort_scores(claims);
    let mut keyed: Vec<(Option<f32>, usize)> = visible
        .iter()
        .map(|&index| (scores.get(index).copied().flatten(), index))
        .collect();
    // Stable: equal scores keep the order they came in (text order).
    keyed.sort_by(|(a, _), (b, _)| match (a, b) {
        (Some(a), Some(b)) => b.total_cmp(a),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    });
    for (slot, (_, index)) in visible.iter_mut().zip(keyed) {
        *slot = index;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Article, Detection, Kind, Project, StatementValue};

    /// "A. B 12. C 30." with statements over sentences A and B-with-12, and counts 12 and 30.
    fn project() -> Project {
        let text = "Nothing to see. Prices rose 12 percent. Then 30 people came.";
        let at = |words: &str| text.find(words).unwrap();
        let span = |words: &str| at(words)..at(words) + words.len();
        let statement = |words: &str, score: f32| Detection {
            value: Some(Value::Statement(StatementValue { checkworthiness: score })),
            ..Detection::new(span(words), Kind::Statement, span(words))
        };
        let count = |words: &str| Detection::new(span(words), Kind::Count, span(words));
        Project::from_detections(
            Article::new("t", text),
            vec![
                statement("Nothing to see.", 0.40),
                statement("Prices rose 12 percent.", 0.90),
                count("12 percent"),
                count("30 people"),
            ],
        )
    }

    #[test]
    fn highest_statement_first_numbers_follow_their_sentence_unscored_last() {
        let project = project();
        let mut visible: Vec<usize> = (0..project.claims.len()).collect();
        sort_checkworthy_first(&project.claims, &mut visible);
        let quotes: Vec<&str> = visible.iter().map(|&i| project.claims[i].quote.as_str()).collect();
        assert_eq!(
            quotes,
            ["Prices rose 12 percent.", "12 percent", "Nothing to see.", "30 people"]
        );
    }

    #[test]
    fn a_number_takes_its_sentence_score_and_a_lone_one_none() {
        let project = project();
        let scores = sort_scores(&project.claims);
        let score = |quote: &str| scores[project.claims.iter().position(|c| c.quote == quote).unwrap()];
        assert_eq!(score("12 percent"), Some(0.90));
        assert_eq!(score("30 people"), None);
        assert_eq!(score("Nothing to see."), Some(0.40));
    }
}
