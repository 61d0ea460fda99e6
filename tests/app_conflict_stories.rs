//! Two analysts, one file: loading "theirs" keeps "ours" until the analyst chooses.

#![cfg(feature = "gui")]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "in tests a panic is the failure report"
)]

mod support;

use claimdesk::app::Command;
use claimdesk::model::{Stamp, Status};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;

use support::{harness, press, press_with, settle};

#[test]
fn loading_their_version_keeps_ours_and_offers_it_back() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("review.claims.ron");
    claimdesk::store::save_project(&path, &support::sample_project()).unwrap();
    let mut harness = harness(claimdesk::app::files::empty());
    harness
        .state_mut()
        .apply(&egui::Context::default(), Command::Open(path.clone()));
    settle(&mut harness);
    press(&mut harness, Key::J);
    press(&mut harness, Key::S);

    let mut theirs = claimdesk::store::load_project(&path).unwrap().project;
    theirs.claims[1].set_status(Status::Disputed, &Stamp::at_unix(0, "bo"));
    claimdesk::store::save_project(&path, &theirs).unwrap();
    let their_bytes = std::fs::read(&path).unwrap();

    press_with(&mut harness, Modifiers::COMMAND, Key::S);
    harness.get_by_label("File changed by someone else");
    harness.get_by_label("Load theirs").click();
    settle(&mut harness);

    // Theirs is loaded and the file is untouched…
    assert_eq!(std::fs::read(&path).unwrap(), their_bytes);
    assert!(harness.state().is_offering_recovery(), "ours is offered back");
    harness.get_by_label("Recover unsaved work?");
    let shown = &harness.state().workbench().project();
    assert_eq!(
        (shown.claims[0].status, shown.claims[1].status),
        (Status::Unverified, Status::Disputed)
    );

    // …and ours comes back on request, unsaved, ready to be merged by hand or saved.
    harness.get_by_label("Recover").click();
    settle(&mut harness);
    let workbench = harness.state().workbench();
    assert_eq!(workbench.project().claims[0].status, Status::Sourced);
    assert!(workbench.is_dirty());
    assert_eq!(std::fs::read(&path).unwrap(), their_bytes, "still nothing written");
}

#[test]
fn a_review_that_was_never_saved_is_offered_back_at_the_next_start() {
    let data = tempfile::tempdir().unwrap();
    let mut crashed = harness(support::sample_opened());
    crashed.state_mut().set_data_dir(Some(data.path().to_path_buf()));
    press(&mut crashed, Key::J);
    press(&mut crashed, Key::D);
    crashed
        .state_mut()
        .autosave(std::time::Instant::now() + std::time::Duration::from_secs(31));
    drop(crashed); // the window dies before a first save

    // The next start opens something else (the sample, say) and finds the copy.
    let mut harness = harness(claimdesk::app::files::Opened::new(
        support::bare_project("Other", "Another article."),
        None,
        true,
    ));
    harness.state_mut().set_data_dir(Some(data.path().to_path_buf()));
    harness.state_mut().offer_unsaved_recovery();
    settle(&mut harness);
    assert!(harness.state().is_offering_recovery());
    harness.get_by_label("Recover unsaved work?");
    harness.get_by_label("Recover").click();
    settle(&mut harness);

    let workbench = harness.state().workbench();
    assert_eq!(workbench.project().article.text, support::sample_text());
    assert_eq!(
        workbench.project().claims[0].status,
        Status::Disputed,
        "the lost verdict is back"
    );
    assert!(workbench.is_dirty(), "recovered, not yet saved");
    assert!(
        !claimdesk::store::recovery::unsaved_recoveries(data.path()).is_empty(),
        "the copy stays until the work is saved"
    );
}
