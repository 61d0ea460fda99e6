//! Extraction throughput: `cargo bench --bench extract`.
//!
//! No criterion, to keep dependencies lean. Two corpora of at least 5 MB each, extracted
//! article by article as the app does (one huge string would hide the per-call setup cost):
//!
//! - **news**: the fixture articles (the sample and six GUM news articles), repeated;
//! - **varied**: text written for this bench — dense tables of numbers, long quotes, short
//!   one-line paragraphs (`tests/fixtures/extract/bench/varied.txt`) — plus generated tables
//!   of figures, so that number-heavy text, where most tokens are anchors, is measured too.
//!
//! Each corpus runs several times and the median run is reported in MB/s. The news corpus is
//! also run with the model layers left out ([`Layers`]): the rules alone, then with the
//! tagger's speakers, so that the cost of each layer is read off one run.

use claimdesk::extract::Layers;
use std::fmt::Write as _;
use std::hint::black_box;
use std::path::PathBuf;
use std::time::{Duration, Instant};

const CORPUS_BYTES: usize = 5 << 20;
const RUNS: usize = 11;
/// How many times one timed run of the tagger bench tags the news words.
const TAGGER_PASSES: u32 = 40;

fn fixtures() -> PathBuf {
    [env!("CARGO_MANIFEST_DIR"), "tests", "fixtures", "extract"]
        .iter()
        .collect()
}

fn news_articles() -> Vec<String> {
    let dir = fixtures();
    let mut articles: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|err| panic!("{}: {err}", dir.display()))
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "txt"))
        .filter_map(|path| std::fs::read_to_string(path).ok())
        .collect();
    articles.sort();
    assert!(!articles.is_empty(), "no articles in {}", dir.display());
    articles
}

/// A table of `rows` lines of figures, amounts, percentages, dates and tallies, from a fixed
/// seed so every run measures the same text.
fn generated_table(seed: u64, rows: usize) -> String {
    let mut state = seed;
    let mut next = move |modulo: u64| {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (state >> 33) % modulo
    };
    let mut out = String::from("Item | Q1 | Q2 | Q3 | Q4 | share | vote\n");
    for row in 0..rows {
        let _ = writeln!(
            out,
            "Line {row} | ${}.{}m | {},{:03} | {}% | {} kg | a {} of the total | {}-{} on March {}, {}",
            next(900),
            next(10),
            next(90) + 1,
            next(1000),
            next(100),
            next(5000),
            ["third", "quarter", "fifth", "half"]
                .get(usize::try_from(next(4)).unwrap_or(0))
                .unwrap_or(&"half"),
            next(12),
            next(12),
            next(28) + 1,
            1990 + next(35),
        );
    }
    out
}

fn varied_articles() -> Vec<String> {
    let path = fixtures().join("bench").join("varied.txt");
    let written = std::fs::read_to_string(&path).unwrap_or_else(|err| panic!("{}: {err}", path.display()));
    let mut articles = vec![written];
    for seed in 1..=4 {
        articles.push(generated_table(seed, 60));
    }
    // Long quotes: one paragraph-long speech of many sentences.
    let speech = "“We will build it, we will pay for it, and we will finish it by 2030,” she said. ".repeat(40);
    articles.push(speech);
    // Short paragraphs: one line each.
    articles.push("Rain at 6 a.m.\nTwo hurt.\nFares up 4%.\n“Yes,” he said.\nClosed on Friday.\n".repeat(60));
    articles
}

fn bench(name: &str, articles: &[String], layers: Layers) {
    let mut corpus: Vec<&str> = Vec::new();
    let mut bytes = 0;
    while bytes < CORPUS_BYTES {
        for article in articles {
            corpus.push(article);
            bytes += article.len();
        }
    }
    let mut times: Vec<Duration> = Vec::with_capacity(RUNS);
    let mut claims = 0;
    for _ in 0..RUNS {
        let started = Instant::now();
        claims = 0;
        for article in &corpus {
            claims += black_box(claimdesk::extract::extract_with(black_box(article), layers)).len();
        }
        times.push(started.elapsed());
    }
    times.sort();
    let (Some(&median), Some(&fastest), Some(&slowest)) = (times.get(RUNS / 2), times.first(), times.last()) else {
        return;
    };
    let megabytes = bytes as f64 / 1e6;
    println!(
        "extract {name}: {megabytes:.1} MB ({} articles, {claims} claims) median of {RUNS} runs {:.1} ms = {:.1} MB/s (min {:.1}, max {:.1} MB/s)",
        corpus.len(),
        median.as_secs_f64() * 1e3,
        megabytes / median.as_secs_f64(),
        megabytes / slowest.as_secs_f64(),
        megabytes / fastest.as_secs_f64(),
    );
}

/// The part-of-speech tagger alone over the news words, in sentence-sized windows of 25
/// words (the speaker finder tags windows of up to 48): words per second and MB/s of text.
/// Each run tags the words [`TAGGER_PASSES`] times, so that a run lasts long enough to time.
fn tagger_speed(articles: &[String]) {
    let Ok(tagger) = claimdesk::syntax::Tagger::shared() else {
        println!("tagger: the shipped weights did not load");
        return;
    };
    let words: Vec<&str> = articles.iter().flat_map(|a| a.split_whitespace()).collect();
    let bytes: usize = articles.iter().map(String::len).sum();
    let mut times: Vec<Duration> = Vec::new();
    for _ in 0..5 {
        let started = Instant::now();
        for _ in 0..TAGGER_PASSES {
            for window in words.chunks(25) {
                black_box(tagger.tag(black_box(window)));
            }
        }
        times.push(started.elapsed() / TAGGER_PASSES);
    }
    times.sort();
    let Some(&median) = times.get(times.len() / 2) else {
        return;
    };
    println!(
        "tagger: {} words ({:.2} MB) median of 5 runs, per pass {:.2} ms = {:.0} words/s = {:.1} MB/s",
        words.len(),
        bytes as f64 / 1e6,
        median.as_secs_f64() * 1e3,
        words.len() as f64 / median.as_secs_f64(),
        bytes as f64 / 1e6 / median.as_secs_f64(),
    );
}

/// Twenty passes over the news articles, after one pass that loads the models:
/// for instruction counts, which do not depend on the machine's load.
/// `valgrind --tool=callgrind --toggle-collect=extract::counted_passes target/release/deps/extract-… instructions`
#[inline(never)]
fn counted_passes(articles: &[String]) -> usize {
    let mut claims = 0;
    for _ in 0..20 {
        for article in articles {
            claims += black_box(claimdesk::extract::extract(black_box(article))).len();
        }
    }
    claims
}

/// `cargo bench --bench extract -- news` runs only the parts whose name contains "news" (to
/// profile one corpus); without an argument all of them run.
fn main() {
    let filters: Vec<String> = std::env::args().skip(1).filter(|arg| !arg.starts_with('-')).collect();
    let wanted = |name: &str| filters.is_empty() || filters.iter().any(|filter| name.contains(filter.as_str()));
    // Only when asked for by name.
    if filters.iter().any(|filter| filter == "instructions") {
        let articles = news_articles();
        for article in &articles {
            black_box(claimdesk::extract::extract(article));
        }
        println!("instructions: {} claims in 20 passes", counted_passes(&articles));
        return;
    }
    if wanted("tagger") {
        tagger_speed(&news_articles());
    }
    if wanted("news") {
        bench("news", &news_articles(), Layers::ALL);
    }
    if wanted("varied") {
        bench("varied", &varied_articles(), Layers::ALL);
    }
    // The layers: what the rules cost alone (no model read), and with the tagger's speakers.
    if wanted("news-rules") {
        bench(
            "news-rules (no tagger, no check-worthiness)",
            &news_articles(),
            Layers::RULES,
        );
    }
    if wanted("news-tagger") {
        let layers = Layers {
            statements: false,
            ..Layers::ALL
        };
        bench(
            "news-tagger (rules and tagger, no check-worthiness)",
            &news_articles(),
            layers,
        );
    }
}
