//! The n-gram SVM baseline, rebuilt here so its figure comes from the same data and split as
//! ours: `ClaimBuster`'s SVM (Hassan et al. 2017, Meng et al. 2020) is a linear SVM over TF-IDF
//! word unigrams (plus POS tags, entity types, sentiment and length, which we leave out).
//! Here: scikit-learn's `TfidfVectorizer` defaults (lower case, words of 2+ letters or digits,
//! smooth idf, L2-normalised rows) and `LinearSVC` defaults (squared hinge, C = 1).

use std::collections::HashMap;

use super::data::Example;
use super::optimise::{Loss, Rows, fit};

fn tokens(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|token| token.chars().count() >= 2)
        .map(str::to_lowercase)
}

/// Trains on `train`, returns the SVM's decision value (≥ 0: check-worthy) for each of `test`.
pub fn tfidf_svm(train: &[Example], test: &[Example]) -> Vec<f32> {
    let mut vocabulary: HashMap<String, u32> = HashMap::new();
    let mut document_frequency: Vec<f64> = Vec::new();
    for example in train {
        let mut seen: Vec<u32> = tokens(&example.text)
            .map(|token| {
                let next = u32::try_from(vocabulary.len()).unwrap_or(u32::MAX);
                *vocabulary.entry(token).or_insert(next)
            })
            .collect();
        seen.sort_unstable();
        seen.dedup();
        for index in seen {
            let index = index as usize;
            if document_frequency.len() <= index {
                document_frequency.resize(index + 1, 0.0);
            }
            if let Some(df) = document_frequency.get_mut(index) {
                *df += 1.0;
            }
        }
    }
    let documents = train.len() as f64;
    let idf: Vec<f64> = document_frequency
        .iter()
        .map(|df| ((1.0 + documents) / (1.0 + df)).ln() + 1.0)
        .collect();
    let vectorise = |text: &str| -> Vec<(u32, f32)> {
        let mut counts: HashMap<u32, f64> = HashMap::new();
        for token in tokens(text) {
            if let Some(&index) = vocabulary.get(&token) {
                *counts.entry(index).or_insert(0.0) += 1.0;
            }
        }
        let mut row: Vec<(u32, f64)> = counts
            .into_iter()
            .map(|(index, count)| (index, count * idf.get(index as usize).copied().unwrap_or(1.0)))
            .collect();
        row.sort_by_key(|&(index, _)| index);
        let norm = row
            .iter()
            .map(|(_, value)| value * value)
            .sum::<f64>()
            .sqrt()
            .max(1e-12);
        #[expect(clippy::cast_possible_truncation, reason = "tf-idf values of a unit vector")]
        let row = row
            .into_iter()
            .map(|(index, value)| (index, (value / norm) as f32))
            .collect();
        row
    };
    let mut rows = Rows::new(vocabulary.len());
    for example in train {
        rows.push(&vectorise(&example.text), example.positive);
    }
    let (weights, bias) = fit(&rows, Loss::SquaredHinge { c: 1.0 }, 1000);
    let mut test_rows = Rows::new(vocabulary.len());
    for example in test {
        test_rows.push(&vectorise(&example.text), example.positive);
    }
    #[expect(clippy::cast_possible_truncation, reason = "a decision value, compared with 0")]
    let scores = (0..test_rows.len())
        .map(|at| test_rows.margin(at, &weights, bias) as f32)
        .collect();
    scores
}
