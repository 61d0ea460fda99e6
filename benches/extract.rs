//! Extraction throughput: `cargo bench --bench extract`.
//!
//! No criterion, to keep dependencies lean: the fixture articles are repeated into a corpus of
//! at least 5 MB, `extract` runs over it several times, and the median run is reported in MB/s.

use std::hint::black_box;
use std::path::PathBuf;
use std::time::{Duration, Instant};

const CORPUS_BYTES: usize = 5 << 20;
const RUNS: usize = 7;

fn main() {
    let dir: PathBuf = [env!("CARGO_MANIFEST_DIR"), "tests", "fixtures", "extract"]
        .iter()
        .collect();
    let mut articles: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|err| panic!("{}: {err}", dir.display()))
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "txt"))
        .filter_map(|path| std::fs::read_to_string(path).ok())
        .collect();
    articles.sort();
    assert!(!articles.is_empty(), "no articles in {}", dir.display());
    // Articles are extracted one by one, as the app does: one huge string would hide the
    // per-call setup cost.
    let mut corpus: Vec<&str> = Vec::new();
    let mut bytes = 0;
    while bytes < CORPUS_BYTES {
        for article in &articles {
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
            claims += black_box(claimdesk::extract::extract(black_box(article))).len();
        }
        times.push(started.elapsed());
    }
    times.sort();
    let (Some(&median), Some(&fastest), Some(&slowest)) = (times.get(RUNS / 2), times.first(), times.last()) else {
        return;
    };
    let megabytes = bytes as f64 / 1e6;
    println!(
        "extract: {megabytes:.1} MB ({} articles, {claims} claims) median of {RUNS} runs {:.1} ms = {:.1} MB/s (min {:.1}, max {:.1} MB/s)",
        corpus.len(),
        median.as_secs_f64() * 1e3,
        megabytes / median.as_secs_f64(),
        megabytes / slowest.as_secs_f64(),
        megabytes / fastest.as_secs_f64(),
    );
}
