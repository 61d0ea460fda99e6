//! Two analysts, one article, in the window: a merge conflict resolved with a button (and
//! brought back with Ctrl+Z), File ▸ Compare with… another review with its agreement, and
//! the analyst's name in the history.

#![cfg(feature = "gui")]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "in tests a panic is the failure report"
)]

mod support;

use std::path::Path;

use claimdesk::app::{ClaimdeskApp, Command};
use claimdesk::model::{ClaimId, Project, Stamp, Status};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use support::{harness, press, press_with, sample_project, settle};

/// Opens `path` as the analyst would (File ▸ Open, through the command queue).
fn open(harness: &mut Harness<'static, ClaimdeskApp>, path: &Path) {
    harness
        .state_mut()
        .apply(&egui::Context::default(), Command::Open(path.to_path_buf()));
    settle(harness);
}

fn id_of(project: &Project, quote: &str) -> ClaimId {
    project.claims.iter().find(|claim| claim.quote == quote).unwrap().id
}

/// Base, ours and theirs of the sample where ana and bo gave "50-minute call" different
/// verdicts, merged as `claimdesk merge` does, saved in `folder`.
fn conflicted_review(folder: &Path) -> std::path::PathBuf {
    let base = sample_project();
    let claim = id_of(&base, "50-minute call");
    let mut ours = base.clone();
    ours.claim_mut(claim)
        .unwrap()
        .set_status(Status::Sourced, &Stamp::at_unix(1_795_900_000, "ana"));
    let mut theirs = base.clone();
    theirs
        .claim_mut(claim)
        .unwrap()
        .set_status(Status::Disputed, &Stamp::at_unix(1_795_900_100, "bo"));
    // Something both agree on, which is merged cleanly.
    let thursday = id_of(&base, "Thursday");
    theirs
        .claim_mut(thursday)
        .unwrap()
        .set_status(Status::Sourced, &Stamp::at_unix(1_795_900_200, "bo"));
    let outcome = claimdesk::merge::merge_projects(Some(&base), &ours, &theirs).unwrap();
    assert_eq!(outcome.conflicted, [claim]);
    let path = folder.join("merged.claims.ron");
    claimdesk::store::save_project(&path, &outcome.project).unwrap();
    path
}

#[test]
fn a_merge_conflict_is_shown_resolved_with_a_button_and_brought_back_with_undo() {
    let folder = tempfile::tempdir().unwrap();
    let path = conflicted_review(folder.path());
    let mut harness = harness(claimdesk::app::files::empty());
    open(&mut harness, &path);

    // Opening says so, and a chip lists the conflicted claim only.
    let message = harness.state().message().unwrap().text.clone();
    assert!(message.contains("1 claim has merge conflicts"), "{message}");
    harness.get_by_label("Conflicts 1").click();
    settle(&mut harness);
    let workbench = harness.state().workbench();
    assert_eq!(workbench.visible().len(), 1);
    assert_eq!(
        workbench.project().claims[workbench.visible()[0]].quote,
        "50-minute call"
    );
    assert!(
        harness
            .query_by_role_and_label(egui::accesskit::Role::Button, "Thursday")
            .is_none()
    );

    // The inspector shows both sides, who and when, and a button for each.
    press(&mut harness, Key::J);
    harness.get_by_label("Merge conflict: two reviews differ");
    harness.get_by_label("Ours: Sourced (ana, 2026-11-28T21:06:40Z)");
    harness.get_by_label("Theirs: Disputed (bo, 2026-11-28T21:08:20Z)");
    let claim_id = harness.state().workbench().selected().unwrap();
    let before = harness.state().workbench().project().claim(claim_id).unwrap().clone();
    assert!(
        !before.reviewed,
        "until someone picks, the claim keeps the merge base's verdict"
    );

    harness.get_by_label("Keep theirs").click();
    settle(&mut harness);
    let claim = harness.state().workbench().project().claim(claim_id).unwrap().clone();
    assert!(claim.conflicts.is_empty());
    assert_eq!((claim.status, claim.reviewed), (Status::Disputed, true));
    assert_eq!(
        claim.history.last().map(|change| change.what.as_str()),
        Some("merge conflict on verdict resolved: kept theirs")
    );
    assert!(harness.query_by_label("Keep theirs").is_none());
    assert_eq!(
        harness
            .state()
            .workbench()
            .filter_count(claimdesk::app::Filter::Conflicts),
        0
    );
    assert!(harness.state().workbench().is_dirty());

    // Ctrl+Z brings the conflict back, both sides and all.
    press_with(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(harness.state().workbench().project().claim(claim_id).unwrap(), &before);
    harness.get_by_label("Keep ours").click();
    settle(&mut harness);
    let claim = harness.state().workbench().project().claim(claim_id).unwrap();
    assert_eq!((claim.status, claim.conflicts.len()), (Status::Sourced, 0));

    // Saved, the file holds the decision and no conflict.
    press_with(&mut harness, Modifiers::COMMAND, Key::S);
    let saved = claimdesk::store::load_project(&path).unwrap().project;
    let claim = saved.claim(claim_id).unwrap();
    assert_eq!((claim.status, claim.conflicts.len()), (Status::Sourced, 0));
}

/// Two reviews of the sample: ours and theirs decide four claims alike or not (worked out by
/// hand below), and each decides one the other left to review.
fn two_reviews(folder: &Path) -> (Project, std::path::PathBuf) {
    let ana = Stamp::at_unix(1_795_900_000, "ana");
    let bo = Stamp::at_unix(1_795_900_000, "bo");
    let mut ours = sample_project();
    let mut theirs = sample_project();
    let decide = |project: &mut Project, quote: &str, status: Status, stamp: &Stamp| {
        let claim_id = id_of(project, quote);
        project.claim_mut(claim_id).unwrap().set_status(status, stamp);
    };
    for (quote, our_verdict, their_verdict) in [
        ("Thursday", Status::Sourced, Status::Sourced),
        ("50-minute call", Status::Sourced, Status::Disputed),
        ("January 12", Status::Disputed, Status::Disputed),
        ("in 2014", Status::Unverified, Status::Unverified),
    ] {
        decide(&mut ours, quote, our_verdict, &ana);
        decide(&mut theirs, quote, their_verdict, &bo);
    }
    decide(&mut ours, "January 13th", Status::Sourced, &ana);
    decide(&mut theirs, "two avenues", Status::Disputed, &bo);
    let path = folder.join("bo.claims.ron");
    claimdesk::store::save_project(&path, &theirs).unwrap();
    (ours, path)
}

/// File ▸ Compare with…; no dialog in tests, so the built-in path field asks.
fn compare_with(harness: &mut Harness<'static, ClaimdeskApp>, path: &Path) {
    harness.get_by_label("File").click();
    settle(harness);
    harness.get_by_label("Compare with…").click();
    settle(harness);
    harness.get_by_label("Compare with the review in");
    harness.get_by_label("Path").type_text(&path.display().to_string());
    settle(harness);
    harness.get_by_label("Compare").click();
    settle(harness);
}

#[test]
fn comparing_two_reviews_lists_disagreements_first_with_the_agreement_and_changes_nothing() {
    let folder = tempfile::tempdir().unwrap();
    let (ours, theirs_path) = two_reviews(folder.path());
    let ours_path = folder.path().join("ana.claims.ron");
    claimdesk::store::save_project(&ours_path, &ours).unwrap();
    let mut harness = harness(claimdesk::app::files::empty());
    open(&mut harness, &ours_path);
    let before = harness.state().workbench().project().clone();

    compare_with(&mut harness, &theirs_path);
    let mode = harness.state().workbench().compare().expect("compare mode");
    // Four claims decided by both: 3 alike, raw 3/4. Ours S S D U, theirs S D D U:
    // chance = (2·1 + 1·2 + 1·1) / 16 = 5/16, κ = (12/16 − 5/16) / (11/16) = 7/11.
    assert_eq!(mode.agreement().items, 4);
    assert!((mode.agreement().raw.unwrap() - 0.75).abs() < 1e-9);
    assert!((mode.agreement().cohen_kappa.unwrap() - 7.0 / 11.0).abs() < 1e-9);
    harness.get_by_label("Agreement on 4 claims both decided: 75 % raw, Cohen's κ 0.64");
    // Disagreements first.
    harness.get_by_label("50-minute call: yours Sourced, theirs Disputed");
    assert_eq!(mode.comparison().pairs[0].quote, "50-minute call");

    // The chip shows exactly the claims decided differently (not those one side left open).
    harness.get_by_label("Disagree 1").click();
    settle(&mut harness);
    let shown: Vec<String> = harness
        .state()
        .workbench()
        .compare()
        .unwrap()
        .shown()
        .map(|pair| pair.quote.clone())
        .collect();
    assert_eq!(shown, ["50-minute call"]);
    harness.get_by_label("50-minute call: yours Sourced, theirs Disputed");
    for other in [
        "Thursday: yours Sourced, theirs Sourced",
        "January 13th: yours Sourced, theirs to review",
        "two avenues: yours to review, theirs Disputed",
    ] {
        assert!(harness.query_by_label(other).is_none(), "{other} is not a disagreement");
    }
    harness.get_by_label("All 12").click();
    settle(&mut harness);
    harness.get_by_label("January 13th: yours Sourced, theirs to review");

    // A row selects the claim in our review; the panel says what they decided.
    harness
        .get_by_label("50-minute call: yours Sourced, theirs Disputed")
        .click();
    settle(&mut harness);
    assert_eq!(
        harness.state().workbench().selected_claim().unwrap().quote,
        "50-minute call"
    );
    harness.get_by_label("Theirs: Disputed");

    // Deciding while comparing updates the figures (our review is the one edited).
    press(&mut harness, Key::D);
    harness.get_by_label("Agreement on 4 claims both decided: 100 % raw, Cohen's κ 1.00");
    press_with(&mut harness, Modifiers::COMMAND, Key::Z);
    harness.get_by_label("Agreement on 4 claims both decided: 75 % raw, Cohen's κ 0.64");

    // Leaving returns to the ordinary list; comparing changed nothing of the open review.
    harness.get_by_label("Leave compare").click();
    settle(&mut harness);
    assert!(harness.state().workbench().compare().is_none());
    harness.get_by_label("Claims");
    assert_eq!(harness.state().workbench().project(), &before);
    assert!(!harness.state().workbench().is_dirty());
}

#[test]
fn comparing_with_another_article_or_a_broken_file_says_why_and_stays_in_review() {
    let folder = tempfile::tempdir().unwrap();
    let ours_path = folder.path().join("ana.claims.ron");
    claimdesk::store::save_project(&ours_path, &sample_project()).unwrap();
    let other_article = folder.path().join("other.claims.ron");
    let mut other = support::bare_project("Rates", "The bank raised rates by 0.25 points on Tuesday.");
    other
        .add_claim(25, 36, claimdesk::model::Kind::Measure, &support::stamp())
        .unwrap();
    claimdesk::store::save_project(&other_article, &other).unwrap();
    let broken = folder.path().join("broken.claims.ron");
    std::fs::write(&broken, "Project(format: 1, article: Article(title: \"x\"").unwrap();

    let mut harness = harness(claimdesk::app::files::empty());
    open(&mut harness, &ours_path);
    for (path, says) in [
        (&other_article, "is a review of another article (“Rates”)"),
        (&broken, "could not be read as a review"),
        (
            &folder.path().join("missing.claims.ron"),
            "could not be read as a review",
        ),
    ] {
        compare_with(&mut harness, path);
        let message = harness.state().message().unwrap();
        assert!(message.is_error, "{}", message.text);
        assert!(message.text.contains(says), "{}", message.text);
        assert!(message.text.contains(&path.display().to_string()), "names the file");
        assert!(harness.state().workbench().compare().is_none());
        harness.get_by_label("Claims");
    }
}

#[test]
fn the_analyst_name_from_settings_signs_the_next_history_entry() {
    let mut harness = harness(support::sample_opened());
    press(&mut harness, Key::J);
    press(&mut harness, Key::S);

    harness.get_by_label("Settings").click();
    settle(&mut harness);
    harness.get_by_label("Analyst name").focus();
    settle(&mut harness);
    harness.get_by_label("Analyst name").type_text("Bo Checker");
    settle(&mut harness);
    harness.get_by_label("History is signed “Bo Checker”");
    press(&mut harness, Key::Escape);
    assert_eq!(harness.state().settings().analyst_name, "Bo Checker");

    press(&mut harness, Key::J);
    press(&mut harness, Key::D);
    let project = harness.state().workbench().project();
    let by: Vec<&str> = project
        .claims
        .iter()
        .flat_map(|claim| claim.history.iter())
        .map(|change| change.by.as_str())
        .collect();
    assert_eq!(by, ["ana", "Bo Checker"], "the earlier entry keeps its name");
}

#[test]
fn a_review_of_an_edited_copy_of_the_article_is_compared_by_the_claims_words() {
    let folder = tempfile::tempdir().unwrap();
    let (ours, theirs_path) = two_reviews(folder.path());
    // Their copy of the article had a sentence fixed after ours was taken: claims move.
    let mut theirs = claimdesk::store::load_project(&theirs_path).unwrap().project;
    let edited = theirs
        .article
        .text
        .replacen("exchanged warnings", "traded stern warnings", 1);
    let shift = edited.len() - theirs.article.text.len();
    theirs.article.text = edited;
    for claim in &mut theirs.claims {
        claim.start += shift;
        claim.end += shift;
    }
    claimdesk::store::save_project(&theirs_path, &theirs).unwrap();
    let ours_path = folder.path().join("ana.claims.ron");
    claimdesk::store::save_project(&ours_path, &ours).unwrap();

    let mut harness = harness(claimdesk::app::files::empty());
    open(&mut harness, &ours_path);
    compare_with(&mut harness, &theirs_path);
    let message = harness.state().message().unwrap();
    assert!(!message.is_error, "{}", message.text);
    assert!(message.text.contains("the article texts differ"), "{}", message.text);
    harness.get_by_label("Agreement on 4 claims both decided: 75 % raw, Cohen's κ 0.64");
    harness.get_by_label("Disagree 1");
}
