//! How often reviewers agree on verdicts: `claimdesk agreement` and the compare view.
//!
//! An item is a claim (aligned across reviews, see [`align`](super::align())) that at least
//! two reviews decided; the categories are the four [`Verdict`]s (dismissal counts: "not a
//! claim" is a judgement two analysts can disagree on). Claims still to review are left out.
#![expect(
    clippy::doc_markdown,
    reason = "the formulas are written as the literature writes them (p_o, P_e, D_o), not as code"
)]

use super::align::align;
use super::diff::Verdict;
use crate::model::{Kind, Project};

/// Agreement over one set of claims.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AgreementStats {
    /// Claims at least two reviews decided: what the statistics are computed over.
    pub items: usize,
    /// Of those, claims every review decided (Fleiss' κ needs every rater on every item).
    pub complete_items: usize,
    /// Share of pairs of decisions on the same claim that agree (for two reviews: the share of
    /// claims both decided alike). `None` with no items.
    pub raw: Option<f64>,
    /// Cohen's κ, for exactly two reviews. `None` when undefined (no items, or chance
    /// agreement is total: every decision the same).
    pub cohen_kappa: Option<f64>,
    /// Fleiss' κ over the complete items, for three or more reviews.
    pub fleiss_kappa: Option<f64>,
    /// Krippendorff's α (nominal) over all items; uses every decision even where some
    /// reviews did not decide.
    pub krippendorff_alpha: Option<f64>,
}

/// How two reviews' decisions line up: `matrix[i][j]` counts claims review `left` decided
/// `Verdict::ALL[i]` and review `right` decided `Verdict::ALL[j]`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PairConfusion {
    /// Index of the first review.
    pub left: usize,
    /// Index of the second review.
    pub right: usize,
    /// Rows: the first review's verdict; columns: the second's (order of [`Verdict::ALL`]).
    pub matrix: [[usize; 4]; 4],
}

/// Agreement of several reviews of one article.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AgreementReport {
    /// How many reviews were compared.
    pub reviews: usize,
    /// Over every claim.
    pub overall: AgreementStats,
    /// Per claim kind (the first review's kind for the claim), kinds with no items left out.
    pub per_kind: Vec<(Kind, AgreementStats)>,
    /// One matrix for each pair of reviews, in order (0,1), (0,2), … (1,2), …
    pub confusion: Vec<PairConfusion>,
}

/// Measures the agreement of `reviews` (claims aligned as [`align`](super::align()) does).
pub fn agreement(reviews: &[&Project]) -> AgreementReport {
    let rows: Vec<(Kind, Vec<Option<usize>>)> = align(reviews)
        .into_iter()
        .filter_map(|aligned| {
            let claims: Vec<_> = reviews
                .iter()
                .zip(&aligned.claims)
                .map(|(review, index)| index.and_then(|index| review.claims.get(index)))
                .collect();
            let kind = claims.iter().flatten().next()?.kind;
            let decisions = claims
                .iter()
                .map(|claim| claim.and_then(Verdict::of).map(Verdict::index))
                .collect();
            Some((kind, decisions))
        })
        .collect();
    let all: Vec<&Vec<Option<usize>>> = rows.iter().map(|(_, decisions)| decisions).collect();
    let overall = stats(&all, reviews.len());
    let per_kind = Kind::ALL
        .iter()
        .filter_map(|&kind| {
            let of_kind: Vec<_> = rows.iter().filter(|(k, _)| *k == kind).map(|(_, d)| d).collect();
            let kind_stats = stats(&of_kind, reviews.len());
            (kind_stats.items > 0).then_some((kind, kind_stats))
        })
        .collect();
    let mut confusion = Vec::new();
    for left in 0..reviews.len() {
        for right in left + 1..reviews.len() {
            confusion.push(PairConfusion {
                left,
                right,
                matrix: pair_matrix(&all, left, right),
            });
        }
    }
    AgreementReport {
        reviews: reviews.len(),
        overall,
        per_kind,
        confusion,
    }
}

fn pair_matrix(rows: &[&Vec<Option<usize>>], left: usize, right: usize) -> [[usize; 4]; 4] {
    let mut matrix = [[0; 4]; 4];
    for row in rows {
        if let (Some(Some(a)), Some(Some(b))) = (row.get(left), row.get(right))
            && let Some(cell) = matrix.get_mut(*a).and_then(|line| line.get_mut(*b))
        {
            *cell += 1;
        }
    }
    matrix
}

fn stats(rows: &[&Vec<Option<usize>>], reviews: usize) -> AgreementStats {
    let units: Vec<Vec<usize>> = rows
        .iter()
        .map(|row| row.iter().flatten().copied().collect::<Vec<usize>>())
        .filter(|values| values.len() >= 2)
        .collect();
    let complete: Vec<Vec<usize>> = units
        .iter()
        .filter(|values| values.len() == reviews)
        .map(|values| category_counts(values))
        .collect();
    let (agreeing, pairs) = units.iter().fold((0usize, 0usize), |(agreeing, pairs), values| {
        let counts = category_counts(values);
        let same: usize = counts.iter().map(|&n| n * n.saturating_sub(1)).sum();
        (agreeing + same, pairs + values.len() * (values.len() - 1))
    });
    AgreementStats {
        items: units.len(),
        complete_items: complete.len(),
        raw: (pairs > 0).then(|| agreeing as f64 / pairs as f64),
        cohen_kappa: if reviews == 2 {
            let matrix = pair_matrix(rows, 0, 1);
            let matrix: Vec<Vec<usize>> = matrix.iter().map(|line| line.to_vec()).collect();
            cohen_kappa(&matrix)
        } else {
            None
        },
        fleiss_kappa: if reviews >= 3 { fleiss_kappa(&complete) } else { None },
        krippendorff_alpha: krippendorff_alpha_nominal(&units),
    }
}

fn category_counts(values: &[usize]) -> Vec<usize> {
    let mut counts = vec![0; Verdict::ALL.len()];
    for &value in values {
        if let Some(count) = counts.get_mut(value) {
            *count += 1;
        }
    }
    counts
}

/// Cohen's κ of a square confusion matrix (`matrix[i][j]`: items rater 1 put in category `i`
/// and rater 2 in `j`): (p_o − p_e) / (1 − p_e), with p_o the observed agreement and p_e the
/// agreement expected from each rater's category shares. `None` for no items, a matrix that
/// is not square, or p_e = 1 (every rating the same category: κ is 0/0).
pub fn cohen_kappa(matrix: &[Vec<usize>]) -> Option<f64> {
    let size = matrix.len();
    if matrix.iter().any(|line| line.len() != size) {
        return None;
    }
    let total: usize = matrix.iter().flatten().sum();
    if total == 0 {
        return None;
    }
    let n = total as f64;
    let diagonal: usize = matrix.iter().enumerate().filter_map(|(i, line)| line.get(i)).sum();
    let observed = diagonal as f64 / n;
    let expected: f64 = (0..size)
        .map(|k| {
            let row: usize = matrix.get(k).map_or(0, |line| line.iter().sum());
            let column: usize = matrix.iter().filter_map(|line| line.get(k)).sum();
            (row as f64 / n) * (column as f64 / n)
        })
        .sum();
    kappa(observed, expected)
}

/// Fleiss' κ of `counts[item][category]` (how many raters put each item in each category;
/// every item rated by the same number of raters, at least two). `None` when there are no
/// items, the rater numbers differ, or chance agreement is total.
pub fn fleiss_kappa(counts: &[Vec<usize>]) -> Option<f64> {
    let raters: usize = counts.first()?.iter().sum();
    if raters < 2 || counts.iter().any(|item| item.iter().sum::<usize>() != raters) {
        return None;
    }
    let items = counts.len() as f64;
    let n = raters as f64;
    let mean_agreement = counts
        .iter()
        .map(|item| {
            let squares: f64 = item.iter().map(|&c| (c * c) as f64).sum();
            (squares - n) / (n * (n - 1.0))
        })
        .sum::<f64>()
        / items;
    let categories = counts.iter().map(Vec::len).max().unwrap_or(0);
    let expected: f64 = (0..categories)
        .map(|j| {
            let share = counts.iter().filter_map(|item| item.get(j)).sum::<usize>() as f64 / (items * n);
            share * share
        })
        .sum();
    kappa(mean_agreement, expected)
}

/// Krippendorff's α for nominal data. `units[u]` holds the category of every rating unit `u`
/// got (any number of raters, missing ratings simply absent); units with fewer than two
/// ratings cannot be paired and are skipped. α = 1 − D_o / D_e from the coincidence matrix
/// (Krippendorff, "Computing Krippendorff's Alpha-Reliability", 2011). `None` when fewer
/// than two pairable ratings, or no variation at all (D_e = 0).
pub fn krippendorff_alpha_nominal(units: &[Vec<usize>]) -> Option<f64> {
    let categories = units.iter().flatten().max().map_or(0, |max| max + 1);
    let mut totals = vec![0.0_f64; categories];
    let mut agreeing = 0.0_f64;
    for unit in units.iter().filter(|unit| unit.len() >= 2) {
        let pairable = (unit.len() - 1) as f64;
        let mut counts = vec![0usize; categories];
        for &value in unit {
            if let Some(count) = counts.get_mut(value) {
                *count += 1;
            }
        }
        for (total, &count) in totals.iter_mut().zip(&counts) {
            *total += count as f64;
        }
        agreeing += counts.iter().map(|&c| (c * c.saturating_sub(1)) as f64).sum::<f64>() / pairable;
    }
    let n: f64 = totals.iter().sum();
    let expected_disagreement = n * n - totals.iter().map(|t| t * t).sum::<f64>();
    if n < 2.0 || expected_disagreement <= 0.0 {
        return None;
    }
    Some(1.0 - (n - 1.0) * (n - agreeing) / expected_disagreement)
}

fn kappa(observed: f64, expected: f64) -> Option<f64> {
    // Chance agreement of (nearly) 1 leaves nothing to measure; 0/0 is not a number to print.
    (expected < 1.0 - 1e-12).then(|| (observed - expected) / (1.0 - expected))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Article, Detection, Stamp, Status};

    fn close(actual: Option<f64>, expected: f64, tolerance: f64) {
        let actual = actual.unwrap_or(f64::NAN);
        assert!(
            (actual - expected).abs() <= tolerance,
            "{actual} is not {expected} ± {tolerance}"
        );
    }

    /// Wikipedia, "Cohen's kappa", worked example (two readers, 50 grant proposals):
    /// yes/yes 20, yes/no 5, no/yes 10, no/no 15 → p_o = 0.7, p_e = 0.5, κ = 0.4.
    #[test]
    fn cohen_matches_the_textbook_example() {
        close(cohen_kappa(&[vec![20, 5], vec![10, 15]]), 0.4, 1e-12);
    }

    /// Hand-computed: 10 items, rater 1: 6 A 4 B; rater 2: 5 A 5 B; agree on 5 A + 4 B, one A/B.
    /// p_o = 0.9, p_e = 0.6·0.5 + 0.4·0.5 = 0.5, κ = 0.8. Perfect agreement gives 1; a single
    /// category everywhere is undefined; systematic disagreement goes negative.
    #[test]
    fn cohen_hand_computed_cases() {
        close(cohen_kappa(&[vec![5, 1], vec![0, 4]]), 0.8, 1e-12);
        close(cohen_kappa(&[vec![3, 0, 0], vec![0, 2, 0], vec![0, 0, 5]]), 1.0, 1e-12);
        assert_eq!(cohen_kappa(&[vec![7, 0], vec![0, 0]]), None);
        close(cohen_kappa(&[vec![0, 5], vec![5, 0]]), -1.0, 1e-12);
        assert_eq!(cohen_kappa(&[]), None);
        assert_eq!(cohen_kappa(&[vec![1, 2]]), None, "not square");
    }

    /// Wikipedia, "Fleiss' kappa", worked example: 14 raters, 10 subjects, 5 categories;
    /// P̄ = 0.378, P_e = 0.213, κ = 0.210 (published to three places).
    #[test]
    fn fleiss_matches_the_textbook_example() {
        let counts = [
            vec![0, 0, 0, 0, 14],
            vec![0, 2, 6, 4, 2],
            vec![0, 0, 3, 5, 6],
            vec![0, 3, 9, 2, 0],
            vec![2, 2, 8, 1, 1],
            vec![7, 7, 0, 0, 0],
            vec![3, 2, 6, 3, 0],
            vec![2, 5, 3, 2, 2],
            vec![6, 5, 2, 1, 0],
            vec![0, 2, 2, 3, 7],
        ];
        close(fleiss_kappa(&counts), 0.210, 0.0005);
    }

    /// Hand-computed: 3 raters, 2 items; item 1 all A (P = 1), item 2 two A one B (P = 1/3);
    /// P̄ = 2/3; shares A 5/6, B 1/6 → P_e = 26/36; κ = (2/3 − 26/36) / (10/36) = −0.2.
    #[test]
    fn fleiss_hand_computed_and_refusals() {
        close(fleiss_kappa(&[vec![3, 0], vec![2, 1]]), -0.2, 1e-12);
        assert_eq!(fleiss_kappa(&[vec![3, 0], vec![1, 1]]), None, "raters differ");
        assert_eq!(fleiss_kappa(&[]), None);
    }

    /// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", the example of 4
    /// observers, 12 units with missing values: nominal α = 0.743.
    #[test]
    fn krippendorff_matches_the_published_example() {
        let units = [
            vec![1, 1, 1],
            vec![2, 2, 3, 2],
            vec![3, 3, 3, 3],
            vec![3, 3, 3, 3],
            vec![2, 2, 2, 2],
            vec![1, 2, 3, 4],
            vec![4, 4, 4, 4],
            vec![1, 1, 2, 1],
            vec![2, 2, 2, 2],
            vec![5, 5, 5],
            vec![1, 1],
            vec![3],
        ];
        close(krippendorff_alpha_nominal(&units), 0.743, 0.0005);
    }

    /// Hand-computed: two raters, items (A,A) (A,B) (B,B): coincidences o_AA = 2, o_AB = o_BA
    /// = 1, o_BB = 2; n = 6, n_A = n_B = 3; α = 1 − 5·2 / (36 − 18) = 4/9.
    #[test]
    fn krippendorff_hand_computed() {
        close(
            krippendorff_alpha_nominal(&[vec![0, 0], vec![0, 1], vec![1, 1]]),
            4.0 / 9.0,
            1e-12,
        );
        assert_eq!(
            krippendorff_alpha_nominal(&[vec![0, 0], vec![0, 0]]),
            None,
            "no variation"
        );
        assert_eq!(krippendorff_alpha_nominal(&[vec![0]]), None);
    }

    fn review(verdicts: &[Option<Status>]) -> Project {
        let text = "one two three four five six seven eight";
        let detections = text
            .split(' ')
            .take(verdicts.len())
            .map(|word| {
                let start = text.find(word).unwrap();
                let kind = if word.len() == 3 { Kind::Count } else { Kind::Date };
                Detection::new(start..start + word.len(), kind, 0..text.len())
            })
            .collect();
        let mut project = Project::from_detections(Article::new("t", text), detections);
        let stamp = Stamp::at_unix(0, "ana");
        for (claim, verdict) in project.claims.iter_mut().zip(verdicts) {
            if let Some(status) = verdict {
                claim.set_status(*status, &stamp);
            }
        }
        project
    }

    #[test]
    fn two_reviews_agreement_overall_and_per_kind() {
        use Status::{Disputed as D, Sourced as S};
        let a = review(&[Some(S), Some(S), Some(D), Some(S), None]);
        let b = review(&[Some(S), Some(D), Some(D), Some(S), Some(S)]);
        let report = agreement(&[&a, &b]);
        // Four claims both decided: S/S, S/D, D/D, S/S → p_o = 3/4; shares A: S 3/4 D 1/4,
        // B: S 1/2 D 1/2 → p_e = 3/8 + 1/8 = 1/2; κ = 0.5.
        assert_eq!(report.overall.items, 4);
        close(report.overall.raw, 0.75, 1e-12);
        close(report.overall.cohen_kappa, 0.5, 1e-12);
        assert_eq!(report.overall.fleiss_kappa, None);
        assert_eq!(report.confusion.len(), 1);
        assert_eq!(report.confusion[0].matrix[0], [2, 1, 0, 0]);
        // one, two, six: Count ("one", "two" decided); three, four, five: Date.
        let kinds: Vec<_> = report
            .per_kind
            .iter()
            .map(|(kind, stats)| (*kind, stats.items))
            .collect();
        assert_eq!(kinds, [(Kind::Count, 2), (Kind::Date, 2)]);
    }

    #[test]
    fn three_reviews_get_fleiss_and_alpha() {
        use Status::{Disputed as D, Sourced as S};
        let a = review(&[Some(S), Some(S), Some(D)]);
        let b = review(&[Some(S), Some(S), Some(D)]);
        let c = review(&[Some(S), Some(D), Some(D)]);
        let report = agreement(&[&a, &b, &c]);
        assert_eq!((report.overall.items, report.overall.complete_items), (3, 3));
        assert!(report.overall.fleiss_kappa.is_some() && report.overall.krippendorff_alpha.is_some());
        assert_eq!(report.confusion.len(), 3);
        // Pairs: item 1 all agree (3 of 3), item 2 one of 3, item 3 all: 7/9.
        close(report.overall.raw, 7.0 / 9.0, 1e-12);
    }
}
