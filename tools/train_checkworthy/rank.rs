//! `train-checkworthy --rank FILE…`: every sentence of each article with its score and the
//! filter's verdict, highest first, to judge the shipped model on news by eye.

use claimdesk::checkworthy::{CheckWorthiness, SURE_THRESHOLD, THRESHOLD, skip_reason};

/// The sentences of `text` as the extractor cuts them (`extract::sentence_around`).
pub fn sentences(text: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut at = 0;
    while at < text.len() {
        let Some(rest) = text.get(at..) else { break };
        let skipped = rest.len() - rest.trim_start().len();
        at += skipped;
        if at >= text.len() {
            break;
        }
        let range = claimdesk::extract::sentence_around(text, at, at + 1);
        let end = range.end.max(at + 1);
        let mut end = end.min(text.len());
        while !text.is_char_boundary(end) {
            end += 1;
        }
        if let Some(sentence) = text.get(range.start.min(at)..end) {
            let sentence = sentence.trim();
            if !sentence.is_empty() {
                found.push(sentence);
            }
        }
        at = end;
    }
    found
}

pub fn rank(files: impl Iterator<Item = String>) -> Result<(), String> {
    let model = CheckWorthiness::shared().map_err(|err| err.to_string())?;
    for file in files {
        let text = std::fs::read_to_string(&file).map_err(|err| format!("{file}: {err}"))?;
        let mut scored: Vec<(f32, &str)> = sentences(&text).into_iter().map(|s| (model.score(s), s)).collect();
        scored.sort_by(|a, b| b.0.total_cmp(&a.0));
        println!(
            "== {file}: {} sentences (statement >= {THRESHOLD}, sure >= {SURE_THRESHOLD})",
            scored.len()
        );
        for (score, sentence) in scored {
            let verdict = match skip_reason(sentence) {
                Some(skip) => skip.slug(),
                None if score >= SURE_THRESHOLD => "SURE",
                None if score >= THRESHOLD => "likely",
                None => "",
            };
            println!("{score:.3} {verdict:<13} {sentence}");
        }
    }
    Ok(())
}

/// `train-checkworthy --speed FILE…`: the sentences of the files, repeated to at least 5 MB,
/// filtered and scored 11 times; prints the median in MB of sentence text per second. (A
/// release build without dev-dependencies; `cargo bench --bench extract` measures the whole
/// extractor once the scorer is registered in it.)
pub fn speed(files: impl Iterator<Item = String>) -> Result<(), String> {
    const CORPUS_BYTES: usize = 5 << 20;
    const RUNS: usize = 11;
    let model = CheckWorthiness::shared().map_err(|err| err.to_string())?;
    let texts: Vec<String> = files
        .map(|file| std::fs::read_to_string(&file).map_err(|err| format!("{file}: {err}")))
        .collect::<Result<_, _>>()?;
    let article_sentences: Vec<&str> = texts.iter().flat_map(|text| sentences(text)).collect();
    if article_sentences.is_empty() {
        return Err("no sentences to score".to_owned());
    }
    let mut corpus: Vec<&str> = Vec::new();
    let mut bytes = 0;
    while bytes < CORPUS_BYTES {
        for sentence in &article_sentences {
            corpus.push(sentence);
            bytes += sentence.len();
        }
    }
    let mut times = Vec::with_capacity(RUNS);
    let mut kept = 0;
    for _ in 0..RUNS {
        let started = std::time::Instant::now();
        kept = 0;
        for sentence in &corpus {
            if std::hint::black_box(skip_reason(std::hint::black_box(sentence))).is_none() {
                kept += 1;
            }
            std::hint::black_box(model.score(std::hint::black_box(sentence)));
        }
        times.push(started.elapsed());
    }
    times.sort();
    let started = std::time::Instant::now();
    for sentence in &corpus {
        std::hint::black_box(skip_reason(std::hint::black_box(sentence)));
    }
    let filter_secs = started.elapsed().as_secs_f64();
    let started = std::time::Instant::now();
    for sentence in &corpus {
        std::hint::black_box(model.score(std::hint::black_box(sentence)));
    }
    let score_secs = started.elapsed().as_secs_f64();
    let started = std::time::Instant::now();
    let mut extracted = 0;
    for _ in 0..(bytes / texts.iter().map(String::len).sum::<usize>().max(1)).max(1) {
        for text in &texts {
            extracted += text.len();
            std::hint::black_box(claimdesk::extract::extract(std::hint::black_box(text)));
        }
    }
    println!(
        "for comparison, on this machine now: extract alone {:.1} MB/s",
        extracted as f64 / 1e6 / started.elapsed().as_secs_f64()
    );
    println!(
        "one run: filter alone {:.1} MB/s, score alone {:.1} MB/s",
        bytes as f64 / 1e6 / filter_secs,
        bytes as f64 / 1e6 / score_secs
    );
    let median = times.get(RUNS / 2).copied().unwrap_or_default().as_secs_f64();
    let fastest = times.first().copied().unwrap_or_default().as_secs_f64();
    let megabytes = bytes as f64 / 1e6;
    println!(
        "filter + score: {megabytes:.1} MB ({} sentences, {kept} kept by the filter), median of {RUNS} runs {:.1} ms = {:.1} MB/s (fastest {:.1} MB/s)",
        corpus.len(),
        median * 1e3,
        megabytes / median.max(1e-9),
        megabytes / fastest.max(1e-9)
    );
    Ok(())
}
