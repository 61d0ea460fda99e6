//! Trains claimdesk's check-worthiness model: one reproducible command.
//!
//! ```text
//! cargo run --release --no-default-features --features train --bin train-checkworthy -- DATA_DIR [--out FILE]
//! ```
//!
//! `DATA_DIR` holds `ClaimBuster`'s `crowdsourced.csv` and `groundtruth.csv` (pinned by SHA-256;
//! see [`data`] for where to get them). The run
//! 1. holds out every debate whose name hashes to 0 mod 6 from `crowdsourced.csv` and picks
//!    the feature set and L2 strength with the best F1 on those held-out debates,
//! 2. trains that on all of `crowdsourced.csv` and writes `assets/models/checkworthy.bin`,
//! 3. scores `groundtruth.csv` with the written model (read back, as claimdesk reads it) and
//!    prints precision, recall and F1 of the check-worthy class at the thresholds it chooses
//!    there, an estimate of F1 on unseen sentences (threshold chosen on one half of
//!    `groundtruth.csv`, measured on the other), and the n-gram SVM baseline on the same data,
//! 4. prints the weights' size.
//!
//! Deterministic: no randomness anywhere, so the same data gives the same bytes.

mod baseline;
mod data;
mod metrics;
mod optimise;
mod rank;
mod sha256;

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use claimdesk::checkworthy::features::{Scratch, for_each_feature};
use claimdesk::checkworthy::{CheckWorthiness, FeatureConfig, SURE_THRESHOLD, THRESHOLD};

use data::Example;
use metrics::Prf;
use optimise::{Loss, Rows, fit};

/// The feature sets tried on the held-out debates. 2^19 buckets of i16 is 1 MiB.
///
/// Character 3–5-grams were tried too (held-out F1 0.715 against 0.705 for words alone, at
/// λ = 3e-6) but emit ten times as many features, and the scorer then ran at about a tenth
/// of the speed the extractor needs (≥ 30 MB/s with the model on): words alone it is.
const CONFIGS: &[(&str, FeatureConfig)] = &[(
    "words 1-2",
    FeatureConfig {
        bits: 19,
        bigrams: true,
        char_min: 0,
        char_max: 0,
    },
)];

/// L2 strengths tried (per example: the loss is a mean).
const LAMBDAS: &[f64] = &[1e-6, 3e-6, 1e-5];

const MAX_ITERATIONS: usize = 400;

/// Precision a "sure" statement claim must have on `groundtruth.csv`.
const SURE_PRECISION: f64 = 0.95;

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("train-checkworthy: {message}");
            ExitCode::FAILURE
        }
    }
}

#[expect(
    clippy::too_many_lines,
    reason = "the training run reads top to bottom as the steps the module docs list"
)]
fn run() -> Result<(), String> {
    let started = Instant::now();
    let mut args = std::env::args().skip(1);
    let mut data_dir = None;
    let mut out: PathBuf = [env!("CARGO_MANIFEST_DIR"), "assets", "models", "checkworthy.bin"]
        .iter()
        .collect();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--out" => out = args.next().map(PathBuf::from).ok_or("--out needs a file")?,
            "-h" | "--help" => {
                println!(
                    "usage: train-checkworthy DATA_DIR [--out FILE]\n       train-checkworthy --rank TEXT_FILE...\n       train-checkworthy --speed TEXT_FILE..."
                );
                return Ok(());
            }
            "--rank" => return rank::rank(args),
            "--speed" => return rank::speed(args),
            _ if data_dir.is_none() => data_dir = Some(PathBuf::from(arg)),
            _ => return Err(format!("unexpected argument {arg:?}")),
        }
    }
    let data_dir = data_dir.ok_or("usage: train-checkworthy DATA_DIR [--out FILE]")?;
    println!(
        "data: ClaimBuster (Arslan et al., ICWSM 2020, CC BY 4.0, doi 10.5281/zenodo.3609356), copy at {} commit {}",
        data::SOURCE_REPOSITORY,
        data::SOURCE_COMMIT
    );
    let crowdsourced = data::load(&data_dir, &data::CROWDSOURCED)?;
    let groundtruth = data::load(&data_dir, &data::GROUNDTRUTH)?;
    println!(
        "crowdsourced: {} sentences, {} check-worthy; groundtruth: {} sentences, {} check-worthy",
        crowdsourced.len(),
        crowdsourced.iter().filter(|e| e.positive).count(),
        groundtruth.len(),
        groundtruth.iter().filter(|e| e.positive).count()
    );

    // 1. Choose features and regularisation on held-out debates (whole debates, so that a
    //    speaker's repeated lines do not leak between the parts).
    let held_out = |example: &Example| claimdesk::hash::fnv1a(example.debate.as_bytes()).is_multiple_of(6);
    let (tune_train, tune_held): (Vec<&Example>, Vec<&Example>) = crowdsourced.iter().partition(|e| !held_out(e));
    let mut held_debates: Vec<&str> = tune_held.iter().map(|e| e.debate.as_str()).collect();
    held_debates.sort_unstable();
    held_debates.dedup();
    println!(
        "\nchoosing on held-out debates of crowdsourced.csv: train {} sentences, held out {} ({} debates: {})",
        tune_train.len(),
        tune_held.len(),
        held_debates.len(),
        held_debates.join(" ")
    );
    let held_labels: Vec<bool> = tune_held.iter().map(|e| e.positive).collect();
    let mut best: Option<(f64, f64, usize, f64)> = None;
    for (config_at, (name, config)) in CONFIGS.iter().enumerate() {
        let rows = featurise(&tune_train, *config);
        for &lambda in LAMBDAS {
            let (weights, bias) = fit(&rows, Loss::Logistic { lambda }, MAX_ITERATIONS);
            let model = to_model(*config, &weights, bias);
            let scores: Vec<f32> = tune_held.iter().map(|e| model.score(&e.text)).collect();
            let (threshold, here) = metrics::best_f1(&scores, &held_labels);
            let ap = metrics::average_precision(&scores, &held_labels);
            println!(
                "  {name:<22} lambda {lambda:<7} held-out best F1 {:.3} at {threshold:.2}, AP {ap:.3}",
                here.f1
            );
            if best.is_none_or(|(f1, best_ap, _, _)| here.f1 > f1 || (here.f1 >= f1 && ap > best_ap)) {
                best = Some((here.f1, ap, config_at, lambda));
            }
        }
    }
    let (_, _, config_at, lambda) = best.ok_or("no configuration was tried")?;
    let (name, config) = CONFIGS.get(config_at).copied().ok_or("no configuration was tried")?;
    println!("chosen: {name}, lambda {lambda}");

    // 2. Train on all of crowdsourced.csv, write, read back.
    let all: Vec<&Example> = crowdsourced.iter().collect();
    let rows = featurise(&all, config);
    let (weights, bias) = fit(&rows, Loss::Logistic { lambda }, MAX_ITERATIONS);
    let bytes = to_model(config, &weights, bias).to_bytes();
    if let Some(dir) = out.parent() {
        std::fs::create_dir_all(dir).map_err(|err| format!("{}: {err}", dir.display()))?;
    }
    std::fs::write(&out, &bytes).map_err(|err| format!("{}: {err}", out.display()))?;
    let written = std::fs::read(&out).map_err(|err| format!("{}: {err}", out.display()))?;
    let model = CheckWorthiness::from_bytes(&written).map_err(|err| format!("{}: {err}", out.display()))?;
    println!(
        "\nwrote {} ({} bytes = {:.2} MB, {} weights of 2 bytes)",
        out.display(),
        written.len(),
        written.len() as f64 / 1e6,
        1_usize << config.bits
    );

    // 3. Thresholds and figures on groundtruth.csv.
    let labels: Vec<bool> = groundtruth.iter().map(|e| e.positive).collect();
    let scores: Vec<f32> = groundtruth.iter().map(|e| model.score(&e.text)).collect();
    println!("\ngroundtruth.csv, check-worthy class (Verdict 1) against the rest:");
    println!(
        "  average precision of the ranking: {:.3}",
        metrics::average_precision(&scores, &labels)
    );
    let (threshold, at_threshold) = metrics::best_f1(&scores, &labels);
    println!("  THRESHOLD = {threshold:.2} (best F1 here): {at_threshold}");
    match metrics::lowest_with_precision(&scores, &labels, SURE_PRECISION, 10) {
        Some((sure, at_sure)) => {
            println!("  SURE_THRESHOLD = {sure:.2} (lowest with precision >= {SURE_PRECISION}): {at_sure}");
        }
        None => println!("  no threshold reaches precision {SURE_PRECISION}"),
    }
    println!(
        "  at the constants in src/checkworthy/mod.rs (THRESHOLD {THRESHOLD}, SURE_THRESHOLD {SURE_THRESHOLD}): {} / sure {}",
        metrics::prf(&scores, &labels, THRESHOLD),
        metrics::prf(&scores, &labels, SURE_THRESHOLD)
    );
    let split = split_estimate(&groundtruth, &scores);
    println!("  unseen-sentence estimate (threshold chosen on odd ids, measured on even, and back): {split}");
    let at_half = metrics::prf(&scores, &labels, 0.5);
    println!("  at 0.5 (no tuning on groundtruth at all): {at_half}");

    let train_set: Vec<Example> = crowdsourced;
    let svm_scores = baseline::tfidf_svm(&train_set, &groundtruth);
    let svm = metrics::prf(&svm_scores, &labels, 0.0);
    println!("\nbaseline, TF-IDF word-unigram linear SVM (LinearSVC defaults), same training data, decision >= 0:");
    println!("  {svm}");
    let (svm_threshold, svm_best) = best_threshold_of_margins(&svm_scores, &labels);
    println!("  with its threshold tuned on groundtruth too ({svm_threshold:.2}): {svm_best}");

    println!(
        "\nweights: {} bytes ({:.2} MB); took {:.1} s",
        written.len(),
        written.len() as f64 / 1e6,
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// Sparse rows of the hashed features, valued as the scorer values them: count / √(all
/// features of the sentence).
fn featurise(examples: &[&Example], config: FeatureConfig) -> Rows {
    let mut rows = Rows::new(1 << config.bits);
    let mut scratch = Scratch::default();
    let mut indices: Vec<u32> = Vec::new();
    let mut row: Vec<(u32, f32)> = Vec::new();
    for example in examples {
        indices.clear();
        let count = for_each_feature(&example.text, config, &mut scratch, |index| indices.push(index));
        indices.sort_unstable();
        let norm = (count.max(1) as f32).sqrt();
        row.clear();
        for &index in &indices {
            match row.last_mut() {
                Some((last, value)) if *last == index => *value += 1.0 / norm,
                _ => row.push((index, 1.0 / norm)),
            }
        }
        rows.push(&row, example.positive);
    }
    rows
}

#[expect(
    clippy::cast_possible_truncation,
    reason = "weights are small; f32 is what the model stores"
)]
fn to_model(config: FeatureConfig, weights: &[f64], bias: f64) -> CheckWorthiness {
    let weights: Vec<f32> = weights.iter().map(|&w| w as f32).collect();
    CheckWorthiness::from_weights(config, bias as f32, &weights)
}

/// F1 on sentences whose threshold was not chosen on them: the threshold is chosen on the
/// odd `Sentence_id`s and applied to the even ones, then the other way round, and the two
/// halves' predictions are counted together.
fn split_estimate(examples: &[Example], scores: &[f32]) -> Prf {
    let part = |odd: bool| -> (Vec<f32>, Vec<bool>) {
        examples
            .iter()
            .zip(scores)
            .filter(|(e, _)| (e.id % 2 == 1) == odd)
            .map(|(e, &score)| (score, e.positive))
            .unzip()
    };
    let (odd_scores, odd_labels) = part(true);
    let (even_scores, even_labels) = part(false);
    let (odd_threshold, _) = metrics::best_f1(&odd_scores, &odd_labels);
    let (even_threshold, _) = metrics::best_f1(&even_scores, &even_labels);
    let mut predictions: Vec<f32> = Vec::new();
    let mut labels: Vec<bool> = Vec::new();
    for (score, label) in even_scores.iter().zip(&even_labels) {
        predictions.push(if *score >= odd_threshold { 1.0 } else { 0.0 });
        labels.push(*label);
    }
    for (score, label) in odd_scores.iter().zip(&odd_labels) {
        predictions.push(if *score >= even_threshold { 1.0 } else { 0.0 });
        labels.push(*label);
    }
    metrics::prf(&predictions, &labels, 0.5)
}

/// The best-F1 threshold of SVM margins, searched from −1 to 1 in steps of 0.01.
fn best_threshold_of_margins(margins: &[f32], labels: &[bool]) -> (f32, Prf) {
    let mut best = (0.0, metrics::prf(margins, labels, 0.0));
    for step in -100_i16..=100 {
        let threshold = f32::from(step) / 100.0;
        let here = metrics::prf(margins, labels, threshold);
        if here.f1 > best.1.f1 {
            best = (threshold, here);
        }
    }
    best
}
