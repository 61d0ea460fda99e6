//! The command line, run as a user would run it.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "in tests a panic is the failure report"
)]

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

fn claimdesk(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_claimdesk"))
        .args(args)
        .output()
        .expect("claimdesk runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

const SAMPLE_ARTICLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/articles/biden-putin-call.txt");

#[test]
fn new_then_check_then_refuse_to_overwrite() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("call.txt");
    fs::copy(SAMPLE_ARTICLE, &article).unwrap();
    let output = claimdesk(&["new", article.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    let project = dir.path().join("call.claims.ron");
    assert!(stdout(&output).contains("call.claims.ron"));
    let written = fs::read(&project).unwrap();

    let output = claimdesk(&["check", project.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stdout(&output).contains("ok"));
    assert!(stdout(&output).contains("0 reviewed"));

    let output = claimdesk(&["new", article.to_str().unwrap()]);
    assert!(!output.status.success());
    assert!(stderr(&output).contains("--force"), "{}", stderr(&output));
    assert_eq!(fs::read(&project).unwrap(), written, "not overwritten");
}

#[test]
fn check_on_a_truncated_project_fails_with_path_and_position_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("call.txt");
    fs::copy(SAMPLE_ARTICLE, &article).unwrap();
    let project = dir.path().join("p.ron");
    assert!(
        claimdesk(&["new", article.to_str().unwrap(), "-o", project.to_str().unwrap()])
            .status
            .success()
    );
    let full = fs::read(&project).unwrap();
    let truncated = &full[..full.len() * 2 / 3];
    fs::write(&project, truncated).unwrap();

    let output = claimdesk(&["check", project.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let message = stderr(&output);
    assert!(message.contains(&format!("{}:", project.display())), "{message}");
    let position = message.split(&format!("{}:", project.display())).nth(1).unwrap();
    let mut numbers = position.split(':').take(2).map(|part| part.trim().parse::<usize>());
    assert!(
        matches!((numbers.next(), numbers.next()), (Some(Ok(_)), Some(Ok(_)))),
        "line:column in {message}"
    );
    assert_eq!(fs::read(&project).unwrap(), truncated, "the file is unchanged");
}

#[test]
fn check_accepts_the_bundled_sample_project() {
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("projects/biden-putin-call.ron");
    let output = claimdesk(&["check", sample.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    for status in ["sourced", "disputed", "unverified"] {
        let count: usize = text
            .split(&format!(" {status}"))
            .next()
            .and_then(|before| before.rsplit([' ', ',']).find(|word| !word.is_empty()))
            .and_then(|word| word.parse().ok())
            .unwrap_or(0);
        assert!(count > 0, "the sample shows every status; {status} missing in {text}");
    }
}

#[test]
fn extract_prints_json_with_byte_offsets_and_tsv_for_people() {
    let output = claimdesk(&["extract", SAMPLE_ARTICLE, "--format", "json"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let text = fs::read_to_string(SAMPLE_ARTICLE).unwrap();
    let claims = json["claims"].as_array().unwrap();
    assert!(claims.len() >= 15, "the sample has at least the gold's claims");
    for claim in claims {
        let start = usize::try_from(claim["start"].as_u64().unwrap()).unwrap();
        let end = usize::try_from(claim["end"].as_u64().unwrap()).unwrap();
        assert_eq!(
            text.get(start..end),
            claim["text"].as_str(),
            "offsets are bytes into the file"
        );
    }
    let output = claimdesk(&["extract", SAMPLE_ARTICLE]);
    let tsv = stdout(&output);
    assert!(tsv.starts_with("start\tend\tkind\ttext"));
    assert!(
        tsv.lines().any(|line| line.contains("\tmeasure\t50-minute call")),
        "{tsv}"
    );
}

#[test]
fn bad_input_gets_a_message_not_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let binary = dir.path().join("photo.txt");
    fs::write(&binary, b"\xff\xd8\xff\xe0\0\x10JFIF\0").unwrap();
    let output = claimdesk(&["extract", binary.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("binary file"), "{}", stderr(&output));
    let output = claimdesk(&["check", dir.path().join("nope.ron").to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("nope.ron"));
}
