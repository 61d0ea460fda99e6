//! Trains claimdesk's part-of-speech tagger on GUM and writes `assets/models/pos-tagger.bin`.
//!
//! ```text
//! cargo run --release --no-default-features --features train --bin train-tagger -- PATH_TO_GUM
//! ```
//!
//! `PATH_TO_GUM` is a checkout of <https://github.com/amir-zeldes/gum> (the shipped model was
//! trained at commit 72ce5ac14978a324c2fd18d49484e65292cbe316, GUM v11): the command reads
//! `splits.md` and `dep/*.conllu` there.
//!
//! What it does, in order:
//! 1. The train split is every document `splits.md` lists under `## train`, less the documents
//!    whose words are masked (GUM's reddit texts, `_` in the repository) and less the GUM news
//!    documents claimdesk's gold sets (`shared/gold/gum-news-dev`, `gum-quotes-dev`) are made
//!    from, so that the extractor's scores there are not flattered by a tagger that saw those
//!    very sentences. Each sentence with a split contraction ("was n't") is added a second
//!    time with it joined ("wasn't"), as claimdesk's tokeniser writes it.
//! 2. Every tenth train document is held out to choose the number of passes (the only setting
//!    chosen from data); GUM dev is never used for a choice.
//! 3. The tagger is trained on the whole train split with that number of passes; its accuracy
//!    on GUM dev (the quantised, pruned model that ships) is printed, and the weights written.
//!
//! Options: `--out FILE` (default `assets/models/pos-tagger.bin`), `--passes N` (skip step 2).

use claimdesk::syntax::{self, TaggedSentence, TrainOptions, TreebankDocument};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

/// GUM documents claimdesk's gold sets are built from: left out of training (see step 1).
const GOLD_SET_DOCUMENTS: &[&str] = &[
    "GUM_news_afghan",
    "GUM_news_asylum",
    "GUM_news_clock",
    "GUM_news_crane",
    "GUM_news_defector",
    "GUM_news_election",
    "GUM_news_expo",
    "GUM_news_flag",
    "GUM_news_hackers",
    "GUM_news_ie9",
    "GUM_news_imprisoned",
    "GUM_news_korea",
    "GUM_news_lanterns",
    "GUM_news_questionnaire",
    "GUM_news_soccer",
    "GUM_news_stampede",
    "GUM_news_taxes",
    "GUM_news_warhol",
    "GUM_news_warming",
    "GUM_news_worship",
];

/// Most passes tried when choosing the number of passes.
const MAX_PASSES: usize = 12;

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("train-tagger: {message}");
            ExitCode::FAILURE
        }
    }
}

/// The document names listed under `## {section}` in GUM's splits.md.
fn split(splits: &str, section: &str) -> Vec<String> {
    let heading = format!("## {section}");
    splits
        .lines()
        .skip_while(|line| line.trim() != heading)
        .skip(1)
        .take_while(|line| !line.starts_with("## "))
        .filter_map(|line| line.trim().strip_prefix("* "))
        .map(|name| name.trim().to_owned())
        .collect()
}

fn load(gum: &Path, names: &[String]) -> Result<Vec<TreebankDocument>, String> {
    let mut documents = Vec::new();
    for name in names {
        let path = gum.join("dep").join(format!("{name}.conllu"));
        let text =
            std::fs::read_to_string(&path).map_err(|error| format!("cannot read {}: {error}", path.display()))?;
        documents.extend(syntax::read_documents(&text));
    }
    Ok(documents)
}

fn sentences(documents: &[TreebankDocument]) -> Vec<TaggedSentence> {
    documents
        .iter()
        .flat_map(|document| document.sentences.iter().cloned())
        .collect()
}

/// The sentences plus a copy of each with its contractions joined (see
/// `syntax::with_joined_contractions`): claimdesk's tokeniser keeps "wasn't" whole.
fn with_contractions(mut sentences: Vec<TaggedSentence>) -> Vec<TaggedSentence> {
    let joined: Vec<TaggedSentence> = sentences.iter().filter_map(syntax::with_joined_contractions).collect();
    sentences.extend(joined);
    sentences
}

fn percent((right, total): (usize, usize)) -> String {
    format!("{:.2}% ({right}/{total})", 100.0 * right as f64 / total.max(1) as f64)
}

#[expect(
    clippy::too_many_lines,
    reason = "one straight script: read, choose the passes, train, report, write"
)]
fn run() -> Result<(), String> {
    let mut arguments = std::env::args().skip(1);
    let mut gum = None;
    let mut out = PathBuf::from("assets/models/pos-tagger.bin");
    let mut passes = None;
    while let Some(argument) = arguments.next() {
        match argument.as_str() {
            "--out" => out = arguments.next().ok_or("--out needs a file")?.into(),
            "--passes" => {
                let value = arguments.next().ok_or("--passes needs a number")?;
                passes = Some(value.parse::<usize>().map_err(|error| format!("--passes: {error}"))?);
            }
            _ if gum.is_none() => gum = Some(PathBuf::from(argument)),
            _ => return Err(format!("unexpected argument {argument:?}")),
        }
    }
    let gum = gum.ok_or("usage: train-tagger PATH_TO_GUM [--out FILE] [--passes N]")?;
    let splits_path = gum.join("splits.md");
    let splits = std::fs::read_to_string(&splits_path)
        .map_err(|error| format!("cannot read {}: {error}", splits_path.display()))?;

    let train_names: Vec<String> = split(&splits, "train")
        .into_iter()
        .filter(|name| !GOLD_SET_DOCUMENTS.contains(&name.as_str()))
        .collect();
    let mut train_documents = load(&gum, &train_names)?;
    let masked = train_documents.iter().filter(|document| document.is_masked()).count();
    train_documents.retain(|document| !document.is_masked());
    let dev_documents: Vec<TreebankDocument> = load(&gum, &split(&splits, "dev"))?
        .into_iter()
        .filter(|document| !document.is_masked())
        .collect();
    let skipped: usize = train_documents.iter().map(|document| document.skipped_sentences).sum();
    let word_count =
        |documents: &[TreebankDocument]| -> usize { documents.iter().map(TreebankDocument::word_count).sum() };
    println!(
        "train: {} documents, {} words ({masked} masked documents and {} gold-set documents left out, {skipped} sentences with a non-PTB tag skipped)",
        train_documents.len(),
        word_count(&train_documents),
        GOLD_SET_DOCUMENTS.len(),
    );
    println!(
        "dev:   {} documents, {} words (not used for any choice)",
        dev_documents.len(),
        word_count(&dev_documents)
    );

    let options = TrainOptions::default();
    let passes = if let Some(passes) = passes {
        passes
    } else {
        let (fit, held_out): (Vec<_>, Vec<_>) = train_documents
            .iter()
            .enumerate()
            .partition(|(index, _)| index % 10 != 9);
        let fit: Vec<TreebankDocument> = fit.into_iter().map(|(_, document)| document.clone()).collect();
        let held_out: Vec<TreebankDocument> = held_out.into_iter().map(|(_, document)| document.clone()).collect();
        let held_out_sentences = sentences(&held_out);
        let mut best = (0, 0_usize);
        let tuning = TrainOptions {
            iterations: MAX_PASSES,
            ..options
        };
        syntax::train(&with_contractions(sentences(&fit)), tuning, |pass, tagger| {
            let score = syntax::accuracy(tagger, &held_out_sentences);
            println!("  held-out train documents after pass {pass:2}: {}", percent(score));
            if score.0 > best.1 {
                best = (pass, score.0);
            }
        });
        println!("passes chosen on held-out train documents: {}", best.0);
        best.0.max(1)
    };

    let started = Instant::now();
    let tagger = syntax::train(
        &with_contractions(sentences(&train_documents)),
        TrainOptions {
            iterations: passes,
            ..options
        },
        |_, _| {},
    );
    println!("trained in {:.1} s", started.elapsed().as_secs_f64());
    let dev_sentences = sentences(&dev_documents);
    let started = Instant::now();
    let score = syntax::accuracy(&tagger, &dev_sentences);
    let seconds = started.elapsed().as_secs_f64();
    println!("GUM dev accuracy: {}", percent(score));
    println!(
        "tagging speed on GUM dev: {:.0} words/s",
        score.1 as f64 / seconds.max(1e-9)
    );
    let bytes = tagger.to_bytes();
    let reread = syntax::Tagger::from_bytes(&bytes).map_err(|error| error.to_string())?;
    if syntax::accuracy(&reread, &dev_sentences) != score {
        return Err("the written weights do not tag as the trained model does".into());
    }
    std::fs::write(&out, &bytes).map_err(|error| format!("cannot write {}: {error}", out.display()))?;
    println!(
        "wrote {} ({} bytes, {} features)",
        out.display(),
        bytes.len(),
        tagger.feature_count()
    );
    Ok(())
}
