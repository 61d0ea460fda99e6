//! Correcting the detector in the inspector: a claim's kind.

#![cfg(feature = "gui")]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "in tests a panic is the failure report"
)]

mod support;

use claimdesk::model::Kind;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;

use support::{harness, press, press_with, sample_opened, settle};

#[test]
fn the_kind_of_a_claim_can_be_corrected_and_undone() {
    let mut harness = harness(sample_opened());
    press(&mut harness, Key::J);
    let claim_id = harness.state().workbench().selected().unwrap();
    assert_eq!(
        harness.state().workbench().project().claim(claim_id).unwrap().kind,
        Kind::Date
    );

    harness.get_by_label("Kind").click();
    settle(&mut harness);
    harness.get_by_label("Statement").click();
    settle(&mut harness);
    let claim = harness.state().workbench().project().claim(claim_id).unwrap();
    assert_eq!(claim.kind, Kind::Statement);
    assert_eq!(claim.history.last().unwrap().what, "kind Date → Statement");
    assert!(harness.state().workbench().is_dirty());

    press_with(&mut harness, Modifiers::COMMAND, Key::Z);
    let claim = harness.state().workbench().project().claim(claim_id).unwrap();
    assert_eq!(claim.kind, Kind::Date, "undone");
}
