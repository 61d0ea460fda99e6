//! Precision, recall and F1 of the check-worthy class, and thresholds chosen from them.

/// Counts and rates of the positive class at one threshold.
#[derive(Clone, Copy, Debug)]
pub struct Prf {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub true_positives: usize,
    pub predicted: usize,
    pub actual: usize,
}

impl std::fmt::Display for Prf {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "P {:.3} R {:.3} F1 {:.3} ({} of {} predicted are check-worthy, {} check-worthy in all)",
            self.precision, self.recall, self.f1, self.true_positives, self.predicted, self.actual
        )
    }
}

/// Predicted positive = `score >= threshold`.
pub fn prf(scores: &[f32], labels: &[bool], threshold: f32) -> Prf {
    let mut true_positives = 0;
    let mut predicted = 0;
    let mut actual = 0;
    for (&score, &label) in scores.iter().zip(labels) {
        let yes = score >= threshold;
        predicted += usize::from(yes);
        actual += usize::from(label);
        true_positives += usize::from(yes && label);
    }
    let precision = if predicted == 0 {
        0.0
    } else {
        true_positives as f64 / predicted as f64
    };
    let recall = if actual == 0 {
        0.0
    } else {
        true_positives as f64 / actual as f64
    };
    let f1 = if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    };
    Prf {
        precision,
        recall,
        f1,
        true_positives,
        predicted,
        actual,
    }
}

/// The thresholds a constant can take: 0.01 to 0.99 in steps of 0.01, so that the constant in
/// the source is exactly the threshold that was measured.
pub fn grid() -> impl Iterator<Item = f32> {
    (1..100_u8).map(|step| f32::from(step) / 100.0)
}

/// The grid threshold with the highest F1 (the lowest of equals).
pub fn best_f1(scores: &[f32], labels: &[bool]) -> (f32, Prf) {
    let mut best = (0.5, prf(scores, labels, 0.5));
    for threshold in grid() {
        let here = prf(scores, labels, threshold);
        if here.f1 > best.1.f1 {
            best = (threshold, here);
        }
    }
    best
}

/// The lowest grid threshold at which precision reaches `target` with at least `min_predicted`
/// sentences above it.
pub fn lowest_with_precision(scores: &[f32], labels: &[bool], target: f64, min_predicted: usize) -> Option<(f32, Prf)> {
    grid()
        .map(|threshold| (threshold, prf(scores, labels, threshold)))
        .find(|(_, here)| here.precision >= target && here.predicted >= min_predicted)
}

/// Average precision of the ranking (area under the precision-recall curve, step-wise).
pub fn average_precision(scores: &[f32], labels: &[bool]) -> f64 {
    let mut ranked: Vec<(f32, bool)> = scores.iter().copied().zip(labels.iter().copied()).collect();
    ranked.sort_by(|a, b| b.0.total_cmp(&a.0));
    let actual = ranked.iter().filter(|(_, label)| *label).count();
    let mut hits = 0;
    let mut sum = 0.0;
    for (rank, (_, label)) in ranked.iter().enumerate() {
        if *label {
            hits += 1;
            sum += f64::from(hits) / (rank + 1) as f64;
        }
    }
    if actual == 0 { 0.0 } else { sum / actual as f64 }
}
