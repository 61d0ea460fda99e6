//! Issue 10 in the window: verdicts told apart from claims still to review, a Sourced claim
//! with no source, the side panel at a small size, editing a quote's speaker, the built-in
//! path field where there is no file dialog, and an empty clipboard.

#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, reason = "story helpers: a failure is a failing test")]

mod support;

use claimdesk::app::{Command, Modal, PathPurpose};
use claimdesk::model::{Kind, Status};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;

use support::{claim_id, drag, harness, press, press_with, sample_opened, settle};

#[test]
fn claims_to_review_and_the_verdict_unverified_are_told_apart_everywhere() {
    let mut harness = harness(sample_opened());
    let total = support::SAMPLE_CLAIMS.len();
    // A fresh article: everything is to review, nothing is "unverified" yet.
    harness.get_by_label(&format!("• {total} to review"));
    harness.get_by_label("? 0 unverified");
    harness.get_by_label(&format!("To review {total}"));
    harness.get_by_label("Unverified 0");
    press(&mut harness, Key::J);
    harness.get_by_label("To review: no verdict yet");

    press(&mut harness, Key::U);
    harness.get_by_label(&format!("• {} to review", total - 1));
    harness.get_by_label("? 1 unverified");
    harness.get_by_label("Unverified 1");
    harness.get_by_label("Verdict: Unverified");
    assert!(harness.query_by_label("To review: no verdict yet").is_none());

    // The "Unverified" chip lists the one reviewed as unverified, not the ones to review.
    harness.get_by_label("Unverified 1").click();
    settle(&mut harness);
    assert_eq!(harness.state().workbench().visible().len(), 1);
    harness.get_by_label(&format!("To review {}", total - 1)).click();
    settle(&mut harness);
    assert_eq!(harness.state().workbench().visible().len(), total - 1);
}

#[test]
fn a_sourced_claim_with_no_source_is_pointed_out_gently_until_one_is_added() {
    let mut harness = harness(sample_opened());
    press(&mut harness, Key::J);
    press(&mut harness, Key::S);
    let reminder = "Marked Sourced, but no source is attached yet: add it below.";
    harness.get_by_label(reminder);
    let message = harness.state().message();
    assert!(
        message.is_none_or(|message| !message.is_error),
        "a reminder, not an error"
    );

    // The list row says it too, on hover.
    harness.get_by_role_and_label(egui::Role::Button, "Thursday").hover();
    settle(&mut harness);
    harness.get_by_label("Sourced, but no source is attached yet");

    let claim = harness.state().workbench().selected().unwrap();
    let source = claimdesk::model::Source {
        url: "https://example.org/readout".to_owned(),
        title: "Readout".to_owned(),
        note: String::new(),
    };
    harness
        .state_mut()
        .apply(&egui::Context::default(), Command::AddSource(claim, source));
    settle(&mut harness);
    assert!(harness.query_by_label(reminder).is_none());
}

#[test]
fn at_1024_by_640_the_list_shows_every_claim_and_the_note_field_is_reachable() {
    let mut harness = support::harness_sized(sample_opened(), egui::vec2(1024.0, 640.0));
    press(&mut harness, Key::J);
    // Every row of the 12-claim sample is on screen above the inspector.
    let screen = harness.ctx.content_rect();
    for (words, _) in support::SAMPLE_CLAIMS.iter().take(8) {
        let row = harness.get_by_role_and_label(egui::Role::Button, words);
        assert!(screen.contains_rect(row.rect()), "{words:?} row at {:?}", row.rect());
    }
    // The inspector scrolls: its note field comes into view.
    harness.get_by_label("Note").scroll_to_me();
    settle(&mut harness);
    let note = harness.get_by_label("Note").rect();
    assert!(screen.contains_rect(note), "note field at {note:?}");
}

#[test]
fn a_quotes_speaker_is_set_from_words_selected_in_the_article_typed_and_undone() {
    let mut harness = harness(sample_opened());
    let quote = claim_id(&harness, "“a good background”");
    harness
        .state_mut()
        .apply(&egui::Context::default(), Command::Select(Some(quote)));
    settle(&mut harness);
    let speaker = |harness: &egui_kittest::Harness<'static, claimdesk::app::ClaimdeskApp>| {
        let claim = harness.state().workbench().project().claim(quote).unwrap();
        claim
            .value
            .as_ref()
            .and_then(claimdesk::model::Value::speaker)
            .map(|speaker| (speaker.name.clone(), speaker.start, speaker.end))
    };
    assert_eq!(speaker(&harness), None);

    // Select "Yuri Ushakov" in the article, then "Set as speaker".
    let text = support::sample_text();
    let words = "Yuri Ushakov";
    let start = text.find(words).unwrap();
    let view = harness.state().article_view();
    let (from, to) = (
        view.caret_pos(start).unwrap(),
        view.caret_pos(start + words.len()).unwrap(),
    );
    drag(&mut harness, from, to);
    harness.get_by_label("Set as speaker").click();
    settle(&mut harness);
    assert_eq!(speaker(&harness), Some((words.to_owned(), start, start + words.len())));
    let claim = harness.state().workbench().project().claim(quote).unwrap();
    assert_eq!(claim.history.last().unwrap().what, "speaker none → Yuri Ushakov");
    assert_eq!(
        harness.get_by_label("Speaker").value().as_deref(),
        Some(words),
        "the field shows the new speaker"
    );

    // Typed: the name changes, the place in the article stays.
    harness.get_by_label("Speaker").focus();
    settle(&mut harness);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_label("Speaker")
        .type_text("Kremlin adviser Yuri Ushakov");
    settle(&mut harness);
    press(&mut harness, Key::Enter);
    assert_eq!(
        speaker(&harness).map(|(name, ..)| name).as_deref(),
        Some("Kremlin adviser Yuri Ushakov")
    );

    press_with(&mut harness, Modifiers::COMMAND, Key::Z);
    press_with(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(speaker(&harness), None, "both undone");
}

#[test]
fn a_claim_that_is_not_a_quote_gets_no_speaker_and_its_kind_can_become_quote() {
    let mut harness = harness(sample_opened());
    let date = claim_id(&harness, "Thursday");
    harness.state_mut().apply(
        &egui::Context::default(),
        Command::SetSpeakerName(date, "Psaki".to_owned()),
    );
    settle(&mut harness);
    let message = harness.state().message().unwrap();
    assert!(message.is_error && message.text.contains("not a quote"), "{message:?}");
    harness
        .state_mut()
        .apply(&egui::Context::default(), Command::SetKind(date, Kind::Quote));
    harness.state_mut().apply(
        &egui::Context::default(),
        Command::SetSpeakerName(date, "Psaki".to_owned()),
    );
    let claim = harness.state().workbench().project().claim(date).unwrap();
    assert_eq!(
        claim
            .value
            .as_ref()
            .and_then(claimdesk::model::Value::speaker)
            .map(|s| s.name.as_str()),
        Some("Psaki")
    );
}

#[test]
fn without_a_file_dialog_save_as_offers_a_path_field_with_completion() {
    let folder = tempfile::tempdir().unwrap();
    std::fs::write(folder.path().join("call-notes.txt"), "x").unwrap();
    let mut harness = harness(claimdesk::app::files::Opened::new(
        support::sample_project(),
        Some(folder.path().join("draft.claims.ron")),
        false,
    ));
    press(&mut harness, Key::J);
    press(&mut harness, Key::S);
    press_with(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    harness.get_by_label("Save the review as");
    assert!(matches!(
        harness.state().modal(),
        Modal::TypePath {
            purpose: PathPurpose::SaveAs,
            ..
        }
    ));

    // Typing "call" and Tab completes from the project's folder.
    harness
        .state_mut()
        .apply(&egui::Context::default(), Command::TypePath("call".to_owned()));
    settle(&mut harness);
    harness.get_by_label("call-notes.txt");
    press(&mut harness, Key::Tab);
    assert_eq!(harness.get_by_label("Path").value().as_deref(), Some("call-notes.txt"));

    harness.state_mut().apply(
        &egui::Context::default(),
        Command::TypePath("mine.claims.ron".to_owned()),
    );
    settle(&mut harness);
    harness.get_by_label("Save").click();
    settle(&mut harness);
    let saved = folder.path().join("mine.claims.ron");
    let project = claimdesk::store::load_project(&saved).unwrap().project;
    assert_eq!(project.claims[0].status, Status::Sourced);
    assert_eq!(harness.state().workbench().save_path(), Some(saved.as_path()));
    assert!(!harness.state().modal().is_open());
}

#[test]
fn without_a_file_dialog_open_takes_a_typed_path() {
    let folder = tempfile::tempdir().unwrap();
    let article = support::write_sample_article(folder.path());
    let mut harness = harness(claimdesk::app::files::empty());
    press_with(&mut harness, Modifiers::COMMAND, Key::O);
    harness.get_by_label("Open a file");
    harness.state_mut().apply(
        &egui::Context::default(),
        Command::TypePath(article.display().to_string()),
    );
    settle(&mut harness);
    harness.get_by_role_and_label(egui::Role::Button, "Open").click();
    settle(&mut harness);
    assert_eq!(
        harness.state().workbench().project().article.origin.as_deref(),
        Some(article.display().to_string().as_str())
    );
}

#[test]
fn new_from_clipboard_with_an_empty_clipboard_says_so() {
    let mut harness = harness(sample_opened());
    let before = harness.state().workbench().project().article.title.clone();
    press_with(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::V);
    // No paste event ever comes: the request expires and the status bar says why.
    std::thread::sleep(std::time::Duration::from_millis(2100));
    harness.step();
    settle(&mut harness);
    let message = harness.state().message().unwrap();
    assert!(
        message.is_error && message.text.contains("clipboard holds no text"),
        "{message:?}"
    );
    assert_eq!(harness.state().workbench().project().article.title, before);
}
