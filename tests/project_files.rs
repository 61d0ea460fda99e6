//! Project files on disk: round trips, every validation error, and that a bad file is
//! reported with its path and position and never changed.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "in tests a panic is the failure report"
)]

use std::fs;
use std::path::Path;

use claimdesk::model::{Article, ClaimId, Detection, Kind, Project, Source, Stamp, Status};
use claimdesk::store::{StoreError, load_project, parse_project, project_to_ron, save_project};

fn stamp() -> Stamp {
    Stamp::at_unix(1_795_943_523, "ana")
}

fn detection(text: &str, needle: &str, kind: Kind) -> Detection {
    let start = text.find(needle).unwrap();
    Detection::new(start..start + needle.len(), kind, 0..text.len())
}

fn sample_project() -> Project {
    let text =
        "Kyiv — “Über 60,000 soldiers” are near the border, officials said on Thursday.\n\nA 50-minute call followed.";
    let detections = vec![
        detection(text, "Thursday", Kind::Date),
        detection(text, "Über 60,000 soldiers", Kind::Quote),
        detection(text, "60,000 soldiers", Kind::Count),
        detection(text, "50-minute call", Kind::Measure),
    ];
    let mut project = Project::from_detections(Article::new("Border", text), detections);
    let thursday = project
        .claims
        .iter()
        .find(|claim| claim.quote == "Thursday")
        .unwrap()
        .id;
    let claim = project.claim_mut(thursday).unwrap();
    claim.set_status(Status::Disputed, &stamp());
    claim.add_source(
        Source {
            url: "https://example.org/readout".into(),
            title: "Readout".into(),
            note: "says 40,000".into(),
        },
        &stamp(),
    );
    claim.set_note("Figure differs from the ministry's.", &stamp());
    project
}

fn write(dir: &Path, name: &str, text: &str) -> std::path::PathBuf {
    let path = dir.join(name);
    fs::write(&path, text).unwrap();
    path
}

#[test]
fn save_then_load_gives_the_same_project_and_the_same_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("border.claims.ron");
    let project = sample_project();
    save_project(&path, &project).unwrap();
    let first_bytes = fs::read(&path).unwrap();
    let loaded = load_project(&path).unwrap();
    assert_eq!(loaded.project, project);
    assert!(loaded.report.reanchored.is_empty() && loaded.report.orphaned.is_empty());
    save_project(&path, &loaded.project).unwrap();
    assert_eq!(
        fs::read(&path).unwrap(),
        first_bytes,
        "saving twice gives identical bytes"
    );
    assert_eq!(fs::read(dir.path().join("border.claims.ron.bak")).unwrap(), first_bytes);
}

#[test]
fn the_file_reads_like_the_spec() {
    let text = project_to_ron(&sample_project()).unwrap();
    assert!(
        text.starts_with("Project(\n    format: 1,\n    article: Article(\n"),
        "{text}"
    );
    assert!(text.contains("kind: Quote,"));
    assert!(text.contains("status: Disputed,"));
    assert!(text.contains("what: \"status Unverified → Disputed\""));
    // Claims in text order: the quote encloses the count and starts first.
    let quote_at = text.find("kind: Quote").unwrap();
    let count_at = text.find("kind: Count").unwrap();
    assert!(quote_at < count_at);
}

fn spliced(from: &str, to: &str) -> String {
    let text = project_to_ron(&sample_project()).unwrap();
    assert!(text.contains(from), "fixture must contain {from:?}");
    text.replacen(from, to, 1)
}

#[test]
fn a_span_out_of_bounds_is_reanchored_by_its_quote() {
    let project = sample_project();
    let call = project
        .claims
        .iter()
        .find(|claim| claim.quote == "50-minute call")
        .unwrap();
    let ron = spliced(
        &format!("start: {},", call.start),
        &format!("start: {},", call.start + 9000),
    )
    .replacen(&format!("end: {},", call.end), &format!("end: {},", call.end + 9000), 1);
    let loaded = parse_project(&ron, Path::new("p.ron")).unwrap();
    let claim = loaded
        .project
        .claims
        .iter()
        .find(|claim| claim.quote == "50-minute call")
        .unwrap();
    assert_eq!(loaded.report.reanchored, vec![claim.id]);
    assert_eq!(&loaded.project.article.text[claim.byte_range()], "50-minute call");
}

#[test]
fn a_span_off_a_char_boundary_is_reanchored() {
    // "Über" starts with a two-byte char; point the quote claim one byte into it.
    let project = sample_project();
    let quote_claim = project.claims.iter().find(|claim| claim.kind == Kind::Quote).unwrap();
    let ron = spliced(
        &format!("start: {},", quote_claim.start),
        &format!("start: {},", quote_claim.start + 1),
    );
    let loaded = parse_project(&ron, Path::new("p.ron")).unwrap();
    assert_eq!(loaded.report.reanchored, vec![quote_claim.id]);
    assert_eq!(loaded.project.claim(quote_claim.id).unwrap().start, quote_claim.start);
}

#[test]
fn a_quote_that_no_longer_matches_its_span_is_found_elsewhere_or_flagged() {
    let ron = spliced("quote: \"Thursday\"", "quote: \"Monday\"");
    let loaded = parse_project(&ron, Path::new("p.ron")).unwrap();
    assert_eq!(loaded.report.orphaned.len(), 1);
    let orphan = loaded.project.claim(loaded.report.orphaned[0]).unwrap();
    assert!(orphan.orphaned);
    assert_eq!(orphan.status, Status::Disputed, "an orphaned claim keeps its review");
    assert_eq!(loaded.project.claims.len(), 4, "never dropped");
    // Saved and reloaded, the flag and the review survive.
    let again = parse_project(&project_to_ron(&loaded.project).unwrap(), Path::new("p.ron")).unwrap();
    assert_eq!(again.report.orphaned, loaded.report.orphaned);
}

#[test]
fn a_newer_format_is_refused_with_a_clear_message() {
    let dir = tempfile::tempdir().unwrap();
    let ron = spliced("format: 1,", "format: 7,").replacen("claims: [", "claims_v7: [", 1);
    let path = write(dir.path(), "future.ron", &ron);
    let error = load_project(&path).unwrap_err();
    assert!(matches!(
        error,
        StoreError::NewerFormat {
            found: 7,
            supported: claimdesk::model::FORMAT_VERSION,
            ..
        }
    ));
    let message = error.to_string();
    assert!(
        message.contains("future.ron") && message.contains("newer claimdesk"),
        "{message}"
    );
    assert_eq!(fs::read_to_string(&path).unwrap(), ron, "untouched");
}

#[test]
fn a_truncated_file_names_the_file_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let full = project_to_ron(&sample_project()).unwrap();
    let cut = &full[..full.len() / 2];
    let path = write(dir.path(), "cut.ron", cut);
    let error = load_project(&path).unwrap_err();
    let StoreError::Parse { line, column, .. } = &error else {
        panic!("expected a parse error, got {error}");
    };
    assert!(*line > 1 && *column >= 1);
    assert!(
        error.to_string().contains(&format!("cut.ron:{line}:{column}:")),
        "{error}"
    );
    assert_eq!(fs::read_to_string(&path).unwrap(), cut);
}

#[test]
fn other_ron_binary_empty_folders_and_duplicates_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let other = write(dir.path(), "settings.ron", "Settings(theme: Dark, recent: [])");
    assert!(matches!(load_project(&other).unwrap_err(), StoreError::Parse { .. }));

    let binary = dir.path().join("image.ron");
    fs::write(&binary, b"\x89PNG\r\n\x1a\n\0\0").unwrap();
    assert!(load_project(&binary).unwrap_err().to_string().contains("binary file"));

    let empty = write(dir.path(), "empty.ron", "  \n");
    assert!(matches!(load_project(&empty).unwrap_err(), StoreError::Empty { .. }));

    assert!(matches!(
        load_project(dir.path()).unwrap_err(),
        StoreError::NotAFile { .. }
    ));

    let project = sample_project();
    let second = project.claims[1].id;
    let ron = spliced(
        &format!("id: {},", second.0),
        &format!("id: {},", project.claims[0].id.0),
    );
    let duplicate = write(dir.path(), "dup.ron", &ron);
    let error = load_project(&duplicate).unwrap_err();
    assert!(
        matches!(
            error,
            StoreError::DuplicateClaimId {
                claim_id: ClaimId(_),
                ..
            }
        ),
        "{error}"
    );
}

#[test]
fn absurd_nesting_is_refused_not_a_stack_overflow() {
    let deep = format!(
        "Project(format: 1, article: {}{})",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    let error = parse_project(&deep, Path::new("deep.ron")).unwrap_err();
    assert!(error.to_string().contains("deep.ron:"), "{error}");
}

mod any_text {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        /// Whatever the article holds — quotes, backslashes, hashes, control characters,
        /// any Unicode — the project file reads back exactly.
        #[test]
        fn any_article_round_trips(text in "(\\PC|[\"#\\\\\\n\\t\\r\\u{0}-\\u{1f}]){0,200}", note in "\\PC{0,40}") {
            let mut project = Project::from_detections(Article::new("t\"#", text.clone()), Vec::new());
            if !text.trim().is_empty() {
                let end = text.char_indices().nth(1).map_or(text.len(), |(at, _)| at);
                if let Ok(claim_id) = project.add_claim(0, end, Kind::Statement, &stamp()) {
                    project.claim_mut(claim_id).unwrap().set_note(&note, &stamp());
                }
            }
            let ron = project_to_ron(&project).unwrap();
            let loaded = parse_project(&ron, Path::new("p.ron")).unwrap();
            prop_assert_eq!(&loaded.project, &project);
            prop_assert_eq!(project_to_ron(&loaded.project).unwrap(), ron);
        }
    }
}

#[test]
fn the_bundled_sample_is_valid_and_in_canonical_form() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("projects/biden-putin-call.ron");
    let loaded = load_project(&path).unwrap();
    assert!(loaded.report.reanchored.is_empty() && loaded.report.orphaned.is_empty());
    assert_eq!(
        project_to_ron(&loaded.project).unwrap(),
        fs::read_to_string(&path).unwrap()
    );
    let article =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/articles/biden-putin-call.txt")).unwrap();
    assert_eq!(
        loaded.project.article.text, article,
        "the sample reviews the bundled article"
    );
}
