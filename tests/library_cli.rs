//! `claimdesk library …` and `claimdesk matches …`, run as an analyst would run them.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "in tests a panic is the failure report"
)]

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

const SAMPLE_PROJECT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/projects/biden-putin-call.ron");

fn claimdesk(data_dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_claimdesk"))
        .args(args)
        .env("CLAIMDESK_DATA_DIR", data_dir)
        .output()
        .expect("claimdesk runs")
}

fn ok(output: &Output) -> String {
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8_lossy(&output.stdout).into_owned()
}

const NEXT_WEEK: &str = "Troops still on the border\n\
Russia would withdraw about 10,000 soldiers, a weekend report said, but Washington saw little evidence of a reduction.\n\
About 10,000 fans watched the final in the rain.\n";

#[test]
fn add_a_team_folder_list_it_search_it_and_match_an_article_against_it() {
    let data = tempfile::tempdir().unwrap();
    let team = tempfile::tempdir().unwrap();
    fs::copy(SAMPLE_PROJECT, team.path().join("call.claims.ron")).unwrap();
    fs::write(team.path().join("broken.claims.ron"), "Project(").unwrap();
    let team_path = team.path().to_str().unwrap();

    let added = ok(&claimdesk(data.path(), &["library", "add", team_path]));
    assert!(added.starts_with("added "), "{added}");
    assert!(ok(&claimdesk(data.path(), &["library", "add", team_path])).contains("already"));
    let missing = claimdesk(data.path(), &["library", "add", "/no/such/folder"]);
    assert!(!missing.status.success());

    let output = claimdesk(data.path(), &["library", "list"]);
    let listed = ok(&output);
    assert!(listed.contains("(data folder)\t0 projects"), "{listed}");
    let team_line = listed.lines().find(|line| !line.contains("(data folder)")).unwrap();
    assert!(team_line.contains("\t1 projects\t"), "{listed}");
    assert!(team_line.contains("1 unreadable"), "{listed}");
    let notices = String::from_utf8_lossy(&output.stderr);
    assert!(notices.contains("broken.claims.ron"), "a bad file is named: {notices}");

    let found = ok(&claimdesk(data.path(), &["library", "search", "Russian soldiers"]));
    assert!(found.lines().count() >= 1, "{found}");
    assert!(found.lines().all(|line| line.contains("call.claims.ron")));
    let json: serde_json::Value = serde_json::from_str(&ok(&claimdesk(
        data.path(),
        &["library", "search", "soldiers", "--format", "json"],
    )))
    .unwrap();
    assert!(!json["results"].as_array().unwrap().is_empty());

    let article = data.path().join("next.txt");
    fs::write(&article, NEXT_WEEK).unwrap();
    let json: serde_json::Value =
        serde_json::from_str(&ok(&claimdesk(data.path(), &["matches", article.to_str().unwrap()]))).unwrap();
    let claims = json["claims"].as_array().unwrap();
    let soldiers = claims
        .iter()
        // The figure's own claim, not the statement that spans its sentence.
        .filter(|c| c["text"].as_str().unwrap().contains("10,000 soldiers"))
        .min_by_key(|c| c["text"].as_str().unwrap().len())
        .unwrap();
    for key in ["start", "end", "text", "kind", "matches"] {
        assert!(soldiers.get(key).is_some(), "{key} in {soldiers}");
    }
    let best = &soldiers["matches"][0];
    let mut keys: Vec<&str> = best.as_object().unwrap().keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        [
            "claim_id", "note", "project", "reviewed", "score", "sources", "status", "text"
        ]
    );
    assert!(best["project"].as_str().unwrap().ends_with("call.claims.ron"));
    let fans = claims
        .iter()
        // The figure's own claim, not the statement that spans its sentence.
        .filter(|c| c["text"].as_str().unwrap().contains("10,000 fans"))
        .min_by_key(|c| c["text"].as_str().unwrap().len())
        .unwrap();
    assert!(
        fans["matches"].as_array().unwrap().is_empty(),
        "fans are not soldiers: {fans}"
    );

    let tsv = ok(&claimdesk(
        data.path(),
        &["matches", article.to_str().unwrap(), "--format", "tsv"],
    ));
    assert!(
        tsv.lines()
            .any(|line| line.contains("10,000 soldiers") && line.contains("call.claims.ron")),
        "{tsv}"
    );
}

#[test]
fn matches_with_library_folders_for_one_run_leaves_the_configuration_alone() {
    let data = tempfile::tempdir().unwrap();
    let other = tempfile::tempdir().unwrap();
    fs::copy(SAMPLE_PROJECT, other.path().join("call.claims.ron")).unwrap();
    let article = data.path().join("next.txt");
    fs::write(&article, NEXT_WEEK).unwrap();

    let configured: serde_json::Value =
        serde_json::from_str(&ok(&claimdesk(data.path(), &["matches", article.to_str().unwrap()]))).unwrap();
    let any = |json: &serde_json::Value| {
        json["claims"]
            .as_array()
            .unwrap()
            .iter()
            .any(|claim| !claim["matches"].as_array().unwrap().is_empty())
    };
    assert!(!any(&configured), "nothing in the (empty) configured library");

    let one_run: serde_json::Value = serde_json::from_str(&ok(&claimdesk(
        data.path(),
        &[
            "matches",
            article.to_str().unwrap(),
            "--library",
            other.path().to_str().unwrap(),
        ],
    )))
    .unwrap();
    assert!(any(&one_run));
    assert!(
        !data.path().join("library-folders.ron").exists(),
        "--library is not remembered"
    );

    // A project matched against a library holding its own file does not match itself.
    let own = other.path().join("call.claims.ron");
    let json: serde_json::Value = serde_json::from_str(&ok(&claimdesk(
        data.path(),
        &[
            "matches",
            own.to_str().unwrap(),
            "--library",
            other.path().to_str().unwrap(),
        ],
    )))
    .unwrap();
    assert!(!any(&json));
}
