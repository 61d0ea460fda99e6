//! Fuzzing without a nightly toolchain: proptest generators driven for a fixed time.
//!
//! In `cargo test` each target runs for a moment (`FUZZ_SECONDS` unset: 2 s). For a real
//! campaign: `FUZZ_SECONDS=600 cargo test --release --test fuzz -- --test-threads 1`.
//! Every failure proptest finds is shrunk and printed; add it to the regression tests of the
//! module it broke.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "in tests a panic is the failure report"
)]

use std::path::Path;
use std::time::{Duration, Instant};

use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, TestRunner};

use claimdesk::model::{Article, Kind, Project, Stamp, Status};
use claimdesk::store::{decode_text, parse_project, project_to_ron};

fn budget() -> Duration {
    let seconds = std::env::var("FUZZ_SECONDS")
        .ok()
        .and_then(|value| value.parse().ok())
        .unwrap_or(2);
    Duration::from_secs(seconds)
}

/// Runs `check` on values from `strategy` until the time budget is spent; returns how many.
fn fuzz<S: Strategy>(name: &str, strategy: S, check: impl Fn(S::Value)) -> u64
where
    S::Value: std::fmt::Debug + Clone,
{
    let mut runner = TestRunner::new(Config::default());
    let deadline = Instant::now() + budget();
    let mut cases = 0_u64;
    while Instant::now() < deadline {
        let value = strategy.new_tree(&mut runner).unwrap().current();
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| check(value.clone())));
        assert!(result.is_ok(), "{name}: panicked on input {value:?}");
        cases += 1;
    }
    eprintln!("fuzz {name}: {cases} cases in {:?}", budget());
    cases
}

/// A valid project file to mutate: the fuzzer starts near real input, where parsers hide
/// their bugs, not only in random noise.
fn seed_ron() -> String {
    let text = "Kyiv — “Über 60,000 soldiers” near the border on Thursday.\n\nA 50-minute call.";
    let detections = claimdesk::extract::extract(text);
    let mut project = Project::from_detections(Article::new("Seed", text), detections);
    if let Ok(claim_id) = project.add_claim(0, 4, Kind::Statement, &Stamp::at_unix(0, "f")) {
        project
            .claim_mut(claim_id)
            .unwrap()
            .set_status(Status::Disputed, &Stamp::at_unix(0, "f"));
    }
    project_to_ron(&project).unwrap()
}

#[derive(Clone, Debug)]
enum Mutation {
    Truncate(usize),
    Flip(usize, u8),
    Insert(usize, String),
    Delete(usize, usize),
}

fn mutations() -> impl Strategy<Value = Vec<Mutation>> {
    prop::collection::vec(
        prop_oneof![
            any::<usize>().prop_map(Mutation::Truncate),
            (any::<usize>(), any::<u8>()).prop_map(|(at, byte)| Mutation::Flip(at, byte)),
            (any::<usize>(), "[\\[\\](){}:,\"r#0-9a-zA-Z \\\\u{}é“]{1,8}")
                .prop_map(|(at, text)| Mutation::Insert(at, text)),
            (any::<usize>(), 1..40_usize).prop_map(|(at, len)| Mutation::Delete(at, len)),
        ],
        1..6,
    )
}

fn apply(mut bytes: Vec<u8>, mutations: &[Mutation]) -> Vec<u8> {
    for mutation in mutations {
        let len = bytes.len().max(1);
        match mutation {
            Mutation::Truncate(at) => bytes.truncate(at % len),
            Mutation::Flip(at, byte) => {
                if let Some(slot) = bytes.get_mut(at % len) {
                    *slot = *byte;
                }
            }
            Mutation::Insert(at, text) => {
                let at = (at % len).min(bytes.len());
                bytes.splice(at..at, text.bytes());
            }
            Mutation::Delete(at, count) => {
                let at = (at % len).min(bytes.len());
                let end = (at + count).min(bytes.len());
                bytes.drain(at..end);
            }
        }
    }
    bytes
}

#[test]
fn project_loading_never_panics_and_what_loads_is_valid() {
    let seed = seed_ron();
    fuzz("project", mutations(), |mutations| {
        let bytes = apply(seed.clone().into_bytes(), &mutations);
        let Ok(text) = String::from_utf8(bytes) else { return };
        if let Ok(loaded) = parse_project(&text, Path::new("fuzz.ron")) {
            let project = &loaded.project;
            for claim in project.claims.iter().filter(|claim| !claim.orphaned) {
                assert_eq!(
                    project.article.text.get(claim.start..claim.end),
                    Some(claim.quote.as_str())
                );
            }
            // What loads, saves and loads again the same.
            let again = parse_project(&project_to_ron(project).unwrap(), Path::new("fuzz.ron")).unwrap();
            assert_eq!(&again.project, project);
        }
    });
}

#[test]
fn article_import_never_panics() {
    fuzz("article bytes", prop::collection::vec(any::<u8>(), 0..2048), |bytes| {
        if let Ok(decoded) = decode_text(&bytes) {
            let text = claimdesk::store::normalise_newlines(&decoded.text);
            let _ = claimdesk::store::article_from_text(text, "fuzz");
        }
        let _ = claimdesk::store::html::article_from_html(&bytes, None);
        let _ = claimdesk::store::markdown::article_from_markdown(&String::from_utf8_lossy(&bytes), None);
    });
}

#[test]
fn extraction_never_panics_and_spans_are_valid() {
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
    fuzz("extract", words, |text| {
        let detections = claimdesk::extract::extract(&text);
        for pair in detections.windows(2) {
            assert!(pair[0].start <= pair[1].start, "sorted");
        }
        for detection in &detections {
            assert!(detection.start < detection.end, "non-empty");
            assert!(text.get(detection.start..detection.end).is_some(), "on char boundaries");
            let sentence = claimdesk::extract::sentence_around(&text, detection.start, detection.end);
            assert!(
                sentence.start <= detection.start && detection.end <= sentence.end,
                "the sentence holds the claim"
            );
            assert!(text.get(sentence).is_some(), "sentence on char boundaries");
        }
    });
}
