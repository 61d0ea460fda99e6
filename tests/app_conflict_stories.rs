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
    let shown = &harness.state().workbench().project;
    assert_eq!(
        (shown.claims[0].status, shown.claims[1].status),
        (Status::Unverified, Status::Disputed)
    );

    // …and ours comes back on request, unsaved, ready to be merged by hand or saved.
    harness.get_by_label("Recover").click();
    settle(&mut harness);
    let workbench = harness.state().workbench();
    assert_eq!(workbench.project.claims[0].status, Status::Sourced);
    assert!(workbench.is_dirty());
    assert_eq!(std::fs::read(&path).unwrap(), their_bytes, "still nothing written");
}
