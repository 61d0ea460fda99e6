//! The analyst's second day: reopening an article carries on with its saved review, and a
//! review this window did not load is never replaced without asking. Real files in a
//! temporary folder, the real extractor, headless windows.

#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, reason = "story helpers: a failure is a failing test")]

mod support;

use claimdesk::app::Command;
use claimdesk::app::files::empty;
use claimdesk::model::{Source, Status};
use claimdesk::store::{atomic::backup_path, load_project, project_path_for_article};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use support::{harness, press, press_with, settle};

type Window = Harness<'static, claimdesk::app::ClaimdeskApp>;

/// A window that opened `path` the way `claimdesk PATH` and File ▸ Open do.
fn window_on(path: &std::path::Path) -> Window {
    let mut window = harness(empty());
    window
        .state_mut()
        .apply(&egui::Context::default(), Command::Open(path.to_owned()));
    settle(&mut window);
    window
}

fn source() -> Source {
    Source {
        url: "https://www.whitehouse.gov/briefing-room/readout".to_owned(),
        title: "White House readout".to_owned(),
        note: "confirms the call".to_owned(),
    }
}

#[test]
fn reopening_an_article_opens_its_saved_review_and_saving_again_loses_nothing() {
    let folder = tempfile::tempdir().unwrap();
    let article = support::write_sample_article(folder.path());
    let review = project_path_for_article(&article);

    // Day one: review one claim with a note and a source, save.
    let mut day_one = window_on(&article);
    press(&mut day_one, Key::J);
    press(&mut day_one, Key::S);
    let first = day_one.state().workbench().selected().unwrap();
    for command in [
        Command::SetNote(first, "Both readouts agree".to_owned()),
        Command::AddSource(first, source()),
    ] {
        day_one.state_mut().apply(&egui::Context::default(), command);
    }
    press_with(&mut day_one, Modifiers::COMMAND, Key::S);
    assert!(review.exists(), "saved beside the article");
    let total = day_one.state().workbench().project().counts().total;
    drop(day_one);

    // Day two: the same article opens the saved review, and says so.
    let mut day_two = window_on(&article);
    day_two.get_by_label_contains("Opened your saved review biden-putin-call.claims.ron");
    day_two.get_by_label(&format!("1 of {total} reviewed"));
    assert!(!day_two.state().workbench().is_unsaved(), "nothing to save yet");
    let claim = day_two.state().workbench().project().claim(first).unwrap();
    assert_eq!(
        (claim.status, claim.note.as_str(), claim.sources.clone()),
        (Status::Sourced, "Both readouts agree", vec![source()])
    );

    // Review one more, save over the file this window loaded: no question, nothing lost.
    press(&mut day_two, Key::J);
    press(&mut day_two, Key::J);
    press(&mut day_two, Key::D);
    let second = day_two.state().workbench().selected().unwrap();
    assert_ne!(second, first);
    press_with(&mut day_two, Modifiers::COMMAND, Key::S);
    assert!(!day_two.state().is_asking_to_replace());
    day_two.get_by_label(&format!("2 of {total} reviewed"));

    let saved = load_project(&review).unwrap().project;
    let kept = saved.claim(first).unwrap();
    assert_eq!(
        (kept.status, kept.note.as_str(), kept.sources.clone()),
        (Status::Sourced, "Both readouts agree", vec![source()])
    );
    assert_eq!(saved.claim(second).unwrap().status, Status::Disputed);
    let backup = load_project(&backup_path(&review)).unwrap().project;
    let in_backup = backup.claim(first).unwrap();
    assert_eq!(
        (in_backup.status, in_backup.note.as_str(), in_backup.sources.clone()),
        (Status::Sourced, "Both readouts agree", vec![source()]),
        "the .bak holds day one's review, not a fresh one"
    );
}

#[test]
fn a_review_saved_by_another_window_is_not_replaced_without_asking() {
    let folder = tempfile::tempdir().unwrap();
    let article = support::write_sample_article(folder.path());
    let review = project_path_for_article(&article);

    // Window A opens the article before any review exists; window B reviews and saves.
    let mut window_a = window_on(&article);
    let mut window_b = window_on(&article);
    press(&mut window_b, Key::J);
    press(&mut window_b, Key::S);
    press_with(&mut window_b, Modifiers::COMMAND, Key::S);
    let theirs = std::fs::read(&review).unwrap();

    press(&mut window_a, Key::J);
    press(&mut window_a, Key::D);
    press_with(&mut window_a, Modifiers::COMMAND, Key::S);
    assert!(window_a.state().is_asking_to_replace());
    window_a.get_by_label("Replace an existing review?");
    window_a.get_by_label_contains("a review of this same article that this window did not open (1 of");
    assert_eq!(std::fs::read(&review).unwrap(), theirs, "untouched while asking");

    window_a.get_by_label("Don't save").click();
    settle(&mut window_a);
    assert_eq!(std::fs::read(&review).unwrap(), theirs, "untouched when declined");
    assert!(window_a.state().workbench().is_dirty(), "our changes are still here");

    press_with(&mut window_a, Modifiers::COMMAND, Key::S);
    window_a.get_by_label("Replace").click();
    settle(&mut window_a);
    let ours = load_project(&review).unwrap().project;
    assert_eq!(ours.claims[0].status, Status::Disputed);
    assert_eq!(
        std::fs::read(backup_path(&review)).unwrap(),
        theirs,
        "theirs kept as .bak"
    );
    assert!(!window_a.state().workbench().is_dirty());
}

#[test]
fn an_unreadable_review_beside_the_article_is_kept_and_not_replaced_without_asking() {
    let folder = tempfile::tempdir().unwrap();
    let article = support::write_sample_article(folder.path());
    let review = project_path_for_article(&article);
    std::fs::write(&review, "(format: 1, this is not finished").unwrap();

    let mut window = window_on(&article);
    window.get_by_label_contains("biden-putin-call.claims.ron exists but could not be read");
    press(&mut window, Key::J);
    press(&mut window, Key::S);
    press_with(&mut window, Modifiers::COMMAND, Key::S);
    window.get_by_label_contains("a file that this window did not open");
    window.get_by_label("Don't save").click();
    settle(&mut window);
    assert_eq!(
        std::fs::read_to_string(&review).unwrap(),
        "(format: 1, this is not finished",
        "the damaged file is left for the analyst to rescue"
    );
}

#[test]
fn closing_asks_to_save_and_a_review_saved_elsewhere_still_asks_before_it_is_replaced() {
    let folder = tempfile::tempdir().unwrap();
    let article = support::write_sample_article(folder.path());
    let review = project_path_for_article(&article);
    let mut window = window_on(&article);
    std::fs::copy(support::sample_project_file(folder.path()), &review).unwrap();
    let theirs = std::fs::read(&review).unwrap();
    press(&mut window, Key::J);
    press(&mut window, Key::S);
    press_with(&mut window, Modifiers::COMMAND, Key::Q);
    window.get_by_label("Save").click();
    settle(&mut window);
    window.get_by_label("Replace an existing review?");
    window.get_by_label("Don't save").click();
    settle(&mut window);
    assert_eq!(std::fs::read(&review).unwrap(), theirs);
    assert!(window.state().workbench().is_dirty(), "not closed, nothing lost");
}
