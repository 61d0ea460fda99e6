//! The library at the size of a busy desk: `cargo bench --bench library`.
//!
//! Builds 10,000 projects (≈300k claims) from the bundled and fixture articles' sentences,
//! recombined into new articles and run through the real extractor, with a third of the claims
//! reviewed (status, note, a source). Then times: indexing all of them into a new index, re-
//! indexing one saved project, matching a 100-claim article, and library searches.
//! `LIBRARY_BENCH_PROJECTS=N` makes a smaller library for a quick look.

#![expect(clippy::expect_used, reason = "a benchmark that can't set up has nothing to report")]

use std::hint::black_box;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use claimdesk::library::Library;
use claimdesk::model::{Article, Project, Source, Stamp, Status};
use claimdesk::store::save_project;

const RUNS: usize = 11;
const CLAIMS_PER_PROJECT: usize = 30;

/// A small deterministic generator: the same library every run.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        usize::try_from((self.0 >> 33) % below.max(1) as u64).unwrap_or(0)
    }
}

/// Sentences of the real articles with how many claims each holds.
fn sentences() -> Vec<(String, usize)> {
    let dir: PathBuf = [env!("CARGO_MANIFEST_DIR"), "tests", "fixtures", "extract"]
        .iter()
        .collect();
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("fixture articles")
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "txt"))
        .collect();
    paths.push(
        [env!("CARGO_MANIFEST_DIR"), "assets", "articles", "biden-putin-call.txt"]
            .iter()
            .collect(),
    );
    paths.sort();
    let mut out = Vec::new();
    for path in paths {
        let text = std::fs::read_to_string(&path).expect("article");
        for line in text.lines() {
            for detection_sentence in sentence_texts(line) {
                let claims = claimdesk::extract::extract(&detection_sentence).len();
                out.push((detection_sentence, claims));
            }
        }
    }
    out
}

fn sentence_texts(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut at = 0;
    while at < line.len() {
        let range = claimdesk::extract::sentence_around(line, at, at + 1);
        if range.end <= at {
            break;
        }
        if let Some(sentence) = line.get(range.clone()) {
            let sentence = sentence.trim();
            if sentence.len() > 20 {
                out.push(sentence.to_owned());
            }
        }
        at = range.end + 1;
        while at < line.len() && !line.is_char_boundary(at) {
            at += 1;
        }
    }
    out
}

/// A new article of about `claims` claims: real sentences in a new order, three a paragraph.
fn article(random: &mut Lcg, sentences: &[(String, usize)], claims: usize, title: &str) -> String {
    let mut text = format!("{title}\n");
    let (mut found, mut in_paragraph) = (0, 0);
    while found < claims {
        let Some((sentence, count)) = sentences.get(random.next(sentences.len())) else {
            break;
        };
        if *count == 0 && random.next(3) != 0 {
            continue;
        }
        text.push_str(sentence);
        found += count;
        in_paragraph += 1;
        text.push(if in_paragraph % 3 == 0 { '\n' } else { ' ' });
    }
    text.push('\n');
    text
}

fn review(random: &mut Lcg, project: &mut Project, stamp: &Stamp) {
    for claim in &mut project.claims {
        match random.next(9) {
            0 => claim.set_status(Status::Sourced, stamp),
            1 => claim.set_status(Status::Disputed, stamp),
            2 => {
                claim.set_status(Status::Unverified, stamp);
                claim.set_note("Asked the ministry for the underlying figures; no answer yet.", stamp);
            }
            _ => continue,
        }
        claim.add_source(
            Source {
                url: format!("https://example.org/evidence/{}", random.next(100_000)),
                title: "Official statement".into(),
                note: "Gives the figure as stated.".into(),
            },
            stamp,
        );
    }
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times.get(times.len() / 2).copied().unwrap_or_default()
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1e3
}

#[expect(
    clippy::too_many_lines,
    reason = "the bench reads top to bottom: build, index, measure each target"
)]
fn main() {
    let projects: usize = std::env::var("LIBRARY_BENCH_PROJECTS")
        .ok()
        .and_then(|value| value.parse().ok())
        .unwrap_or(10_000);
    let sentences = sentences();
    // Plain std (no tempfile): the bench also runs as a bin without dev-dependencies.
    // LIBRARY_BENCH_DIR keeps the generated projects there and reuses them on the next run
    // (generating 10,000 takes two minutes); the index is always built anew.
    let kept = std::env::var_os("LIBRARY_BENCH_DIR").map(PathBuf::from);
    let work = kept
        .clone()
        .unwrap_or_else(|| std::env::temp_dir().join(format!("claimdesk-library-bench-{}", std::process::id())));
    let folder = work.join("reviews");
    std::fs::create_dir_all(&folder).expect("folder");
    let reuse = kept.is_some() && folder.join(format!("review-{:05}.claims.ron", projects - 1)).exists();
    let stamp = Stamp::at_unix(1_795_943_523, "ana");
    let mut random = Lcg(12_345);
    let started = Instant::now();
    let mut claims = 0;
    let mut bytes = 0;
    for n in 0..projects {
        if reuse {
            break;
        }
        let title = format!("Review {n}");
        let text = article(&mut random, &sentences, CLAIMS_PER_PROJECT, &title);
        let mut project =
            Project::from_detections(Article::new(&title, text.as_str()), claimdesk::extract::extract(&text));
        review(&mut random, &mut project, &stamp);
        claims += project.claims.len();
        let path = folder.join(format!("review-{n:05}.claims.ron"));
        save_project(&path, &project).expect("save");
        bytes += std::fs::metadata(&path).map_or(0, |metadata| metadata.len());
    }
    if reuse {
        println!("library: {projects} projects reused from {}", folder.display());
    } else {
        println!(
            "library: {projects} projects, {claims} claims, {:.0} MB of project files from {} real sentences (generated in {:.1} s)",
            bytes as f64 / 1e6,
            sentences.len(),
            started.elapsed().as_secs_f64()
        );
    }

    let index = work.join("index.sqlite");
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", index.display()));
    }
    let folders = [folder.clone()];
    let started = Instant::now();
    let (mut library, _) = Library::open(&index).expect("index");
    let report = library.refresh(&folders).expect("refresh");
    let indexing = started.elapsed();
    let index_bytes: u64 = ["", "-wal"]
        .iter()
        .map(|suffix| std::fs::metadata(format!("{}{suffix}", index.display())).map_or(0, |m| m.len()))
        .sum();
    println!(
        "index {} projects: {:.1} s ({} indexed, index {:.0} MB)",
        report.files,
        indexing.as_secs_f64(),
        report.indexed,
        index_bytes as f64 / 1e6
    );

    let started = Instant::now();
    let again = library.refresh(&folders).expect("refresh");
    println!(
        "look again, nothing changed: {:.0} ms ({} indexed)",
        ms(started.elapsed()),
        again.indexed
    );

    let path = folder.join("review-00042.claims.ron");
    let mut times = Vec::new();
    for run in 0..RUNS {
        let mut project = claimdesk::store::load_project(&path).expect("load").project;
        if let Some(claim) = project.claims.first_mut() {
            claim.set_note(&format!("checked again, round {run}"), &stamp);
        }
        save_project(&path, &project).expect("save");
        let started = Instant::now();
        black_box(library.reindex_file(&path).expect("reindex"));
        times.push(started.elapsed());
    }
    println!(
        "re-index one saved project: median of {RUNS} {:.1} ms",
        ms(median(times))
    );

    let text = article(&mut Lcg(99), &sentences, 100, "Next week");
    let next = Project::from_detections(
        Article::new("Next week", text.as_str()),
        claimdesk::extract::extract(&text),
    );
    let mut times = Vec::new();
    let mut found = (0, 0);
    for _ in 0..RUNS {
        let started = Instant::now();
        let matches = black_box(library.matches_for(&next, None).expect("matches"));
        times.push(started.elapsed());
        found = (
            matches.iter().filter(|claim| claim.total > 0).count(),
            matches.iter().map(|claim| claim.total).sum::<usize>(),
        );
    }
    if let Ok(path) = std::env::var("LIBRARY_BENCH_ANSWERS") {
        // Every field of every match: two versions of the code must write the same file.
        let matches = library.matches_for(&next, None).expect("matches");
        std::fs::write(&path, format!("{matches:#?}")).expect("answers");
    }
    println!(
        "match a {}-claim article: median of {RUNS} {:.1} ms ({} claims seen before, {} matches in all)",
        next.claims.len(),
        ms(median(times)),
        found.0,
        found.1
    );

    for query in [
        "Granqvist",
        "Russian soldiers",
        "asylum claims",
        "ministry figures",
        "shell",
    ] {
        let mut times = Vec::new();
        let mut hits = 0;
        for _ in 0..RUNS {
            let started = Instant::now();
            hits = black_box(library.search(query, 50).expect("search")).len();
            times.push(started.elapsed());
        }
        println!(
            "search {query:?}: median of {RUNS} {:.1} ms ({hits} hits)",
            ms(median(times))
        );
    }
    drop(library);
    if kept.is_none() {
        let _ = std::fs::remove_dir_all(&work);
    }
}
