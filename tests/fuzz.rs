//! Fuzzing without a nightly toolchain: proptest generators driven for a fixed time.
//!
//! In `cargo test` each target runs for a moment (`FUZZ_SECONDS` unset: 2 s). For a real
//! campaign: `FUZZ_SECONDS=600 cargo test --release --test fuzz -- --test-threads 1 --nocapture`.
//! A failure is shrunk with proptest's own value trees (simplify while it still fails,
//! complicate when it stops failing) and the smallest failing input is printed; add it to the
//! regression tests of the module it broke. Every target starts from the project's fixtures
//! (projects, saved pages, Markdown, plain-text articles), where parsers hide their bugs,
//! not only from random noise.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "in tests a panic is the failure report"
)]

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, TestRunner};

use claimdesk::model::{Article, Kind, Project, Stamp, Status};
use claimdesk::store::{DecodeError, StoreError, decode_text, parse_project_bytes, project_to_ron};

fn budget() -> Duration {
    let seconds = std::env::var("FUZZ_SECONDS")
        .ok()
        .and_then(|value| value.parse().ok())
        .unwrap_or(2);
    Duration::from_secs(seconds)
}

/// The outcome of one check: `Err` names the property that broke.
type Checked = Result<(), String>;

/// Runs `check` on one value; a panic counts as a failure, with its message.
fn run_one<T>(check: &impl Fn(T) -> Checked, value: T) -> Checked {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| check(value))) {
        Ok(result) => result,
        Err(panic) => Err(format!(
            "panicked: {}",
            panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|text| (*text).to_owned()))
                .unwrap_or_default()
        )),
    }
}

/// Runs `check` on values from `strategy` until the time budget is spent and returns how
/// many ran. On a failure the input is shrunk — `simplify` while the smaller value still
/// fails, `complicate` when it no longer does, proptest's own search — and the test fails
/// with the smallest failing input and what broke.
fn fuzz<S: Strategy>(name: &str, strategy: S, check: impl Fn(S::Value) -> Checked) -> u64
where
    S::Value: std::fmt::Debug + Clone,
{
    let mut runner = TestRunner::new(Config::default());
    let deadline = Instant::now() + budget();
    let mut cases = 0_u64;
    // Shrinking runs the check many times on purpose; its panics are expected, not news.
    let quiet = |on: bool| {
        if on {
            std::panic::set_hook(Box::new(|_| {}));
        } else {
            let _ = std::panic::take_hook();
        }
    };
    quiet(true);
    // At least a few hundred cases, however slow the machine: a budget spent before the
    // first case would prove nothing.
    while cases < 300 || Instant::now() < deadline {
        let mut tree = strategy.new_tree(&mut runner).unwrap();
        cases += 1;
        let Err(first) = run_one(&check, tree.current()) else {
            continue;
        };
        let (mut smallest, mut why) = (tree.current(), first);
        let mut steps = 0;
        if tree.simplify() {
            loop {
                steps += 1;
                let failed = run_one(&check, tree.current());
                let moved = match failed {
                    Err(reason) => {
                        smallest = tree.current();
                        why = reason;
                        tree.simplify()
                    }
                    Ok(()) => tree.complicate(),
                };
                if !moved || steps > 10_000 {
                    break;
                }
            }
        }
        quiet(false);
        panic!("{name}: {why}\nsmallest failing input after {steps} shrink steps:\n{smallest:#?}");
    }
    quiet(false);
    eprintln!("fuzz {name}: {cases} cases in {:?}", budget());
    cases
}

fn manifest(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// Every file in `dir` whose name ends with one of `extensions`, sorted.
fn fixtures(dir: &str, extensions: &[&str]) -> Vec<Vec<u8>> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(manifest(dir))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| {
            let name = path.to_string_lossy();
            extensions.iter().any(|extension| name.ends_with(extension))
        })
        .collect();
    paths.sort();
    paths.iter().map(|path| std::fs::read(path).unwrap()).collect()
}

/// The project files to mutate: the bundled sample review, the test fixture, and a small
/// generated one with a quote, nested claims and a verdict.
fn project_seeds() -> Vec<String> {
    let text = "Kyiv — “Über 60,000 soldiers” near the border on Thursday.\n\nA 50-minute call.";
    let detections = claimdesk::extract::extract(text);
    let mut project = Project::from_detections(Article::new("Seed", text), detections);
    if let Ok(claim_id) = project.add_claim(0, 4, Kind::Statement, &Stamp::at_unix(0, "f")) {
        project
            .claim_mut(claim_id)
            .unwrap()
            .set_status(Status::Disputed, &Stamp::at_unix(0, "f"));
    }
    let mut seeds = vec![project_to_ron(&project).unwrap()];
    for bytes in fixtures("projects", &[".ron"])
        .into_iter()
        .chain(fixtures("tests/fixtures", &[".ron"]))
    {
        seeds.push(String::from_utf8(bytes).unwrap());
    }
    assert!(seeds.len() >= 3, "the sample project and the fixture are seeds");
    seeds
}

/// Every article fixture: saved pages, Markdown, plain text (and the sample article).
fn article_seeds() -> Vec<Vec<u8>> {
    let mut seeds = fixtures("tests/fixtures/import", &[".html", ".md"]);
    seeds.extend(fixtures("tests/fixtures/extract", &[".txt"]));
    seeds.extend(fixtures("assets/articles", &[".txt"]));
    assert!(seeds.len() >= 10, "every fixture is a seed");
    seeds
}

/// A byte-level change.
#[derive(Clone, Debug)]
enum ByteMutation {
    Truncate(usize),
    Flip(usize, u8),
    Insert(usize, String),
    Delete(usize, usize),
}

fn byte_mutations() -> impl Strategy<Value = Vec<ByteMutation>> {
    prop::collection::vec(
        prop_oneof![
            any::<usize>().prop_map(ByteMutation::Truncate),
            (any::<usize>(), any::<u8>()).prop_map(|(at, byte)| ByteMutation::Flip(at, byte)),
            (any::<usize>(), "[\\[\\](){}:,\"r#0-9a-zA-Z <>/=\\\\u{}é“\\x00\\r]{1,8}")
                .prop_map(|(at, text)| ByteMutation::Insert(at, text)),
            (any::<usize>(), 1..40_usize).prop_map(|(at, len)| ByteMutation::Delete(at, len)),
        ],
        1..6,
    )
}

fn apply_bytes(mut bytes: Vec<u8>, mutations: &[ByteMutation]) -> Vec<u8> {
    for mutation in mutations {
        let len = bytes.len().max(1);
        match mutation {
            ByteMutation::Truncate(at) => bytes.truncate(at % len),
            ByteMutation::Flip(at, byte) => {
                if let Some(slot) = bytes.get_mut(at % len) {
                    *slot = *byte;
                }
            }
            ByteMutation::Insert(at, text) => {
                let at = (at % len).min(bytes.len());
                bytes.splice(at..at, text.bytes());
            }
            ByteMutation::Delete(at, count) => {
                let at = (at % len).min(bytes.len());
                let end = (at + count).min(bytes.len());
                bytes.drain(at..end);
            }
        }
    }
    bytes
}

/// What a RON value token is, so that a replacement of the same kind keeps the file
/// loadable more often than not, with wrong contents: the case the validator must catch.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum TokenKind {
    Number,
    Text,
    Name,
}

/// The value tokens of a RON text (numbers, strings, identifiers), as byte ranges.
fn value_tokens(ron: &str) -> Vec<(std::ops::Range<usize>, TokenKind)> {
    let bytes = ron.as_bytes();
    let mut tokens = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        let byte = bytes[at];
        if byte == b'r' && matches!(bytes.get(at + 1), Some(b'#' | b'"')) {
            // A raw string r#"…"#: it ends at a quote followed by as many hashes.
            let hashes = bytes[at + 1..].iter().take_while(|&&b| b == b'#').count();
            let open = at + 1 + hashes;
            let close = format!("\"{}", "#".repeat(hashes));
            if let Some(end) = ron.get(open + 1..).and_then(|rest| rest.find(&close)) {
                let end = open + 1 + end + close.len();
                tokens.push((at..end, TokenKind::Text));
                at = end;
                continue;
            }
        }
        if byte == b'"' {
            let mut end = at + 1;
            while end < bytes.len() && !(bytes[end] == b'"' && bytes[end - 1] != b'\\') {
                end += 1;
            }
            tokens.push((at..(end + 1).min(bytes.len()), TokenKind::Text));
            at = end + 1;
        } else if byte.is_ascii_digit() || (byte == b'-' && bytes.get(at + 1).is_some_and(u8::is_ascii_digit)) {
            let end = at
                + 1
                + bytes[at + 1..]
                    .iter()
                    .take_while(|b| b.is_ascii_digit() || **b == b'.' || **b == b'e')
                    .count();
            tokens.push((at..end, TokenKind::Number));
            at = end;
        } else if byte.is_ascii_alphabetic() || byte == b'_' {
            let end = at
                + bytes[at..]
                    .iter()
                    .take_while(|b| b.is_ascii_alphanumeric() || **b == b'_')
                    .count();
            // Field names (followed by ':') stay: renaming them mostly makes RON errors.
            let is_field = ron.get(end..).is_some_and(|rest| rest.trim_start().starts_with(':'));
            if !is_field {
                tokens.push((at..end, TokenKind::Name));
            }
            at = end;
        } else {
            at += ron
                .get(at..)
                .and_then(|rest| rest.chars().next())
                .map_or(1, char::len_utf8);
        }
    }
    tokens
}

const NUMBERS: &[&str] = &[
    "0",
    "1",
    "2",
    "3",
    "7",
    "-1",
    "255",
    "256",
    "65536",
    "4294967295",
    "4294967296",
    "18446744073709551615",
    "18446744073709551616",
    "9007199254740993",
    "1e308",
    "-0.0",
    "0.5",
    "3.0",
    "100000000",
];
const TEXTS: &[&str] = &[
    "\"\"",
    "\" \"",
    "\"Thursday\"",
    "\"50-minute call\"",
    "\"é\"",
    "\"🇷🇺\"",
    "\"\\u{0}\"",
    "\"\\\"\"",
    "\"a\\nb\"",
    "\"https://example.org\"",
    "\"javascript:alert(1)\"",
    "r#\"x\"y\"#",
];
const NAMES: &[&str] = &[
    "Count",
    "Measure",
    "Date",
    "Ordinal",
    "Quote",
    "Statement",
    "Sourced",
    "Disputed",
    "Unverified",
    "Exact",
    "About",
    "AtLeast",
    "AtMost",
    "Quantity",
    "DateValue",
    "Some",
    "None",
    "true",
    "false",
    "Project",
    "Claim",
    "Nonsense",
];

/// Replacing value tokens: (which token, which replacement) pairs, applied together.
fn value_mutations() -> impl Strategy<Value = Vec<(usize, usize)>> {
    prop::collection::vec((any::<usize>(), any::<usize>()), 1..5)
}

fn apply_values(ron: &str, tokens: &[(std::ops::Range<usize>, TokenKind)], swaps: &[(usize, usize)]) -> String {
    if tokens.is_empty() {
        return ron.to_owned();
    }
    let mut chosen: Vec<(std::ops::Range<usize>, &str)> = swaps
        .iter()
        .map(|&(token, replacement)| {
            let (range, kind) = &tokens[token % tokens.len()];
            let pool = match kind {
                TokenKind::Number => NUMBERS,
                TokenKind::Text => TEXTS,
                TokenKind::Name => NAMES,
            };
            (range.clone(), pool[replacement % pool.len()])
        })
        .collect();
    chosen.sort_by_key(|(range, _)| std::cmp::Reverse(range.start));
    chosen.dedup_by_key(|(range, _)| range.start);
    let mut out = ron.to_owned();
    for (range, replacement) in chosen {
        out.replace_range(range, replacement);
    }
    out
}

/// A project mutant: which seed, then value swaps (the common, loadable case) or byte
/// changes (broken RON, binary, truncated).
#[derive(Clone, Debug)]
enum ProjectMutant {
    Values(usize, Vec<(usize, usize)>),
    Bytes(usize, Vec<ByteMutation>),
}

/// How many project mutants ran, loaded, and loaded with something repaired.
static PROJECTS_RUN: AtomicU64 = AtomicU64::new(0);
static PROJECTS_LOADED: AtomicU64 = AtomicU64::new(0);
static PROJECTS_REPAIRED: AtomicU64 = AtomicU64::new(0);

#[test]
fn project_loading_never_panics_and_what_loads_is_valid() {
    let seeds = project_seeds();
    let tokens: Vec<_> = seeds.iter().map(|seed| value_tokens(seed)).collect();
    let strategy = prop_oneof![
        3 => (0..seeds.len(), value_mutations()).prop_map(|(seed, swaps)| ProjectMutant::Values(seed, swaps)),
        1 => (0..seeds.len(), byte_mutations()).prop_map(|(seed, changes)| ProjectMutant::Bytes(seed, changes)),
    ];
    fuzz("project", strategy, |mutant| {
        let bytes = match &mutant {
            ProjectMutant::Values(seed, swaps) => apply_values(&seeds[*seed], &tokens[*seed], swaps).into_bytes(),
            ProjectMutant::Bytes(seed, changes) => apply_bytes(seeds[*seed].clone().into_bytes(), changes),
        };
        PROJECTS_RUN.fetch_add(1, Ordering::Relaxed);
        // The loader's own checks see every mutant, binary and non-UTF-8 ones included.
        let loaded = match parse_project_bytes(&bytes, Path::new("fuzz.ron")) {
            Ok(loaded) => loaded,
            Err(error) => {
                let message = error.to_string();
                if !message.starts_with("fuzz.ron") {
                    return Err(format!("the error does not name the file: {message}"));
                }
                let binary = bytes.contains(&0) || std::str::from_utf8(&bytes).is_err();
                if binary != matches!(error, StoreError::Binary { .. }) {
                    return Err(format!("binary is {binary} but the loader said {message}"));
                }
                return Ok(());
            }
        };
        PROJECTS_LOADED.fetch_add(1, Ordering::Relaxed);
        if !loaded.report.reanchored.is_empty() || !loaded.report.orphaned.is_empty() {
            PROJECTS_REPAIRED.fetch_add(1, Ordering::Relaxed);
        }
        let project = &loaded.project;
        for claim in project.claims.iter().filter(|claim| !claim.orphaned) {
            if project.article.text.get(claim.start..claim.end) != Some(claim.quote.as_str()) {
                return Err(format!("claim {} loaded with a span that is not its quote", claim.id));
            }
        }
        if project.duplicate_claim_id().is_some() {
            return Err("duplicate ids loaded".into());
        }
        // What loads, saves and loads again the same.
        let ron = project_to_ron(project).map_err(|error| format!("cannot save what loaded: {error}"))?;
        let again = parse_project_bytes(ron.as_bytes(), Path::new("fuzz.ron"))
            .map_err(|error| format!("what was saved does not load: {error}"))?;
        if &again.project != project {
            return Err("a saved project loads differently".into());
        }
        Ok(())
    });
    let (run, loaded, repaired) = (
        PROJECTS_RUN.load(Ordering::Relaxed),
        PROJECTS_LOADED.load(Ordering::Relaxed),
        PROJECTS_REPAIRED.load(Ordering::Relaxed),
    );
    eprintln!(
        "fuzz project: {loaded} of {run} mutants loaded ({:.0}%), {repaired} of them with claims re-anchored or flagged",
        loaded as f64 * 100.0 / run.max(1) as f64
    );
    assert!(
        loaded * 10 >= run,
        "value mutants must load often, so the round-trip check really runs: {loaded} of {run}"
    );
    assert!(repaired > 0, "some mutants must exercise re-anchoring: {repaired}");
}

/// Offsets into `text` that an importer's output must respect, and the claims found there.
fn check_text(what: &str, text: &str) -> Checked {
    if text.contains('\r') {
        return Err(format!("{what}: a carriage return is left in the text"));
    }
    for detection in claimdesk::extract::extract(text) {
        if detection.start >= detection.end || text.get(detection.start..detection.end).is_none() {
            return Err(format!(
                "{what}: claim span {}..{} is not valid",
                detection.start, detection.end
            ));
        }
    }
    Ok(())
}

#[derive(Clone, Debug)]
enum ArticleInput {
    Seeded(usize, Vec<ByteMutation>),
    Random(Vec<u8>),
}

#[test]
fn article_import_never_panics_and_gives_valid_text_or_a_clear_error() {
    let seeds = article_seeds();
    let strategy = prop_oneof![
        3 => (0..seeds.len(), byte_mutations()).prop_map(|(seed, changes)| ArticleInput::Seeded(seed, changes)),
        1 => prop::collection::vec(any::<u8>(), 0..2048).prop_map(ArticleInput::Random),
    ];
    fuzz("article bytes", strategy, |input| {
        let bytes = match input {
            ArticleInput::Seeded(seed, changes) => apply_bytes(seeds[seed].clone(), &changes),
            ArticleInput::Random(bytes) => bytes,
        };
        match decode_text(&bytes) {
            Ok(decoded) => {
                let text = claimdesk::store::normalise_newlines(&decoded.text);
                let article = claimdesk::store::article_from_text(text.clone(), "fuzz");
                if article.text != text {
                    return Err("plain text changed on import".into());
                }
                if article.title != "fuzz" && !text.lines().any(|line| line.trim() == article.title) {
                    return Err(format!("the title {:?} is no line of the text", article.title));
                }
                check_text("plain text", &article.text)?;
            }
            Err(DecodeError::Empty) if !bytes.is_empty() => return Err("non-empty bytes called empty".into()),
            Err(DecodeError::Binary(reason)) if reason.is_empty() => return Err("binary without a reason".into()),
            Err(_) => {}
        }
        match claimdesk::store::html::article_from_html(&bytes, None) {
            Ok(article) => {
                if article.text.trim().is_empty() {
                    return Err("an HTML article without text".into());
                }
                check_text("html", &article.text)?;
            }
            Err(error) if error.to_string().is_empty() => return Err("an HTML error without words".into()),
            Err(_) => {}
        }
        let article = claimdesk::store::markdown::article_from_markdown(&String::from_utf8_lossy(&bytes), None);
        if article.title.contains('\n') {
            return Err(format!("a Markdown title over lines: {:?}", article.title));
        }
        check_text("markdown", &article.text)
    });
}

#[test]
fn extraction_never_panics_and_spans_are_valid() {
    let seeds: Vec<String> = article_seeds()
        .into_iter()
        .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
        .collect();
    let words = prop::collection::vec(
        prop_oneof![
            "[0-9]{1,7}([.,][0-9]{1,3})?",
            "(January|Jan\\.|Monday|in|about|to|between|and|said|million|%|per cent|\\$|€|km|first|last|the)",
            "[“”\"‘’'«»—–\\-.,;:!? \\n]{1,3}",
            "[A-Z][a-z]{0,8}",
            "\\PC{1,4}",
        ],
        0..120,
    )
    .prop_map(|parts| parts.join(" "));
    // A window of a fixture article (cut anywhere, even inside a character) with generated
    // words spliced in.
    let seeded = (0..seeds.len(), any::<usize>(), 0..600_usize, words.clone());
    let strategy = prop_oneof![
        1 => words.prop_map(|text| (None, text)),
        1 => seeded.prop_map(|(seed, at, len, text)| (Some((seed, at, len)), text)),
    ];
    fuzz("extract", strategy, |(window, generated)| {
        let text = match window {
            None => generated,
            Some((seed, at, len)) => {
                let source = seeds[seed].as_bytes();
                let at = at % source.len().max(1);
                let end = (at + len).min(source.len());
                let mut text = String::from_utf8_lossy(&source[at..end]).into_owned();
                let middle = text.len() / 2;
                let middle = (0..=middle).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
                text.insert_str(middle, &generated);
                text
            }
        };
        let detections = claimdesk::extract::extract(&text);
        for pair in detections.windows(2) {
            if pair[0].start > pair[1].start {
                return Err("detections out of order".into());
            }
        }
        for detection in &detections {
            if detection.start >= detection.end {
                return Err(format!("empty claim at {}", detection.start));
            }
            if text.get(detection.start..detection.end).is_none() {
                return Err(format!(
                    "claim {}..{} off a char boundary",
                    detection.start, detection.end
                ));
            }
            let sentence = claimdesk::extract::sentence_around(&text, detection.start, detection.end);
            if !(sentence.start <= detection.start && detection.end <= sentence.end) {
                return Err("the sentence does not hold the claim".into());
            }
            if text.get(sentence).is_none() {
                return Err("sentence off a char boundary".into());
            }
        }
        Ok(())
    });
}

/// The shrinker really shrinks: a property that fails on any list with a number above 100
/// ends on the smallest such list, one element.
#[test]
fn failures_are_shrunk_to_a_small_input() {
    let result = std::panic::catch_unwind(|| {
        fuzz("shrink demo", prop::collection::vec(0..1000_u32, 0..50), |numbers| {
            if numbers.iter().any(|&number| number > 100) {
                Err("a number above 100".into())
            } else {
                Ok(())
            }
        })
    });
    let message = *result.unwrap_err().downcast::<String>().unwrap();
    assert!(message.contains("a number above 100"), "{message}");
    assert!(
        message.contains("[\n    101,\n]"),
        "shrunk to one element, 101: {message}"
    );
}
