//! The window's way in and out for issue-6 work: a review exported from File ▸ Export, pasted
//! text becoming a new review, and a web page's metadata shown above its text.

#![cfg(feature = "gui")]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "in tests a panic is the failure report"
)]

mod support;

use claimdesk::app::Command;
use claimdesk::app::files::Opened;
use claimdesk::export::ReportFormat;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;

use support::{harness, press, sample_opened, settle};

/// How often `word` appears in `text`, ignoring case.
fn mentions(text: &str, word: &str) -> usize {
    text.to_lowercase().matches(&word.to_lowercase()).count()
}

#[test]
fn exporting_writes_each_format_with_the_verdicts_of_the_window() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = harness(sample_opened());
    let export = |harness: &mut egui_kittest::Harness<'static, claimdesk::app::ClaimdeskApp>,
                  format: ReportFormat,
                  name: &str| {
        let path = folder.path().join(format!("{name}.{}", format.extension()));
        harness
            .state_mut()
            .apply(&egui::Context::default(), Command::Export(format, path.clone()));
        settle(harness);
        let message = harness.state().message().unwrap();
        assert!(
            !message.is_error && message.text.contains("Exported"),
            "{}",
            message.text
        );
        std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{format:?}: {error}"))
    };
    // The same review exported with "Thursday" disputed, then with it sourced: each format
    // must carry the verdict the window shows, so the two exports differ just there.
    press(&mut harness, Key::J);
    press(&mut harness, Key::D);
    let disputed: Vec<String> = ReportFormat::ALL
        .iter()
        .map(|&format| export(&mut harness, format, "disputed"))
        .collect();
    press(&mut harness, Key::S);
    let sourced: Vec<String> = ReportFormat::ALL
        .iter()
        .map(|&format| export(&mut harness, format, "sourced"))
        .collect();
    let names = harness.state().workbench().project().verdicts.clone();
    for ((format, disputed), sourced) in ReportFormat::ALL.iter().zip(&disputed).zip(&sourced) {
        let disputed_word = names.name(claimdesk::model::Status::Disputed);
        let sourced_word = names.name(claimdesk::model::Status::Sourced);
        assert!(
            mentions(disputed, disputed_word) > mentions(sourced, disputed_word),
            "{format:?}: the disputed claim is exported as {disputed_word:?}\n{disputed}"
        );
        assert!(
            mentions(sourced, sourced_word) + mentions(sourced, "sourced")
                > mentions(disputed, sourced_word) + mentions(disputed, "sourced"),
            "{format:?}: the sourced claim is exported as {sourced_word:?} or Sourced\n{sourced}"
        );
    }
    let csv = std::fs::read_to_string(folder.path().join("disputed.csv")).unwrap();
    assert!(
        csv.lines()
            .any(|line| line.contains("Thursday") && line.contains("disputed")),
        "{csv}"
    );
}

#[test]
fn exporting_into_a_missing_folder_says_so() {
    let mut harness = harness(sample_opened());
    let path = std::path::PathBuf::from("/nonexistent-folder/report.html");
    harness
        .state_mut()
        .apply(&egui::Context::default(), Command::Export(ReportFormat::Html, path));
    settle(&mut harness);
    let message = harness.state().message().unwrap();
    assert!(
        message.is_error && message.text.contains("/nonexistent-folder/report.html"),
        "{}",
        message.text
    );
}

#[test]
fn ctrl_shift_v_reviews_the_pasted_text_as_a_new_article() {
    let mut harness = harness(Opened::new(support::bare_project("Old", "Nothing to see."), None, true));
    let pasted = "Flood warning\r\n\r\nAbout 3,000 people left their homes on Tuesday, officials said.";
    // Ctrl+Shift+V asks the window system for the clipboard; its answer is a paste event.
    support::press_with(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::V);
    harness.event(egui::Event::Paste(pasted.to_owned()));
    settle(&mut harness);

    let project = &harness.state().workbench().project();
    assert_eq!(project.article.title, "Flood warning");
    assert_eq!(
        project.article.text,
        "Flood warning\n\nAbout 3,000 people left their homes on Tuesday, officials said."
    );
    let quotes: Vec<&str> = project.claims.iter().map(|claim| claim.quote.as_str()).collect();
    assert!(quotes.iter().any(|quote| quote.contains("3,000")), "{quotes:?}");
    assert!(quotes.contains(&"Tuesday"), "{quotes:?}");
    assert!(harness.state().workbench().is_unsaved(), "a new review is unsaved");
}

#[test]
fn an_ordinary_paste_changes_nothing() {
    let mut harness = harness(sample_opened());
    let before = harness.state().workbench().project().article.title.clone();
    harness.event(egui::Event::Paste("Some other text".to_owned()));
    settle(&mut harness);
    assert_eq!(harness.state().workbench().project().article.title, before);
}

#[test]
fn a_web_page_shows_its_byline_date_and_link() {
    let mut project = support::bare_project("Storm", "Storm\n\nThe storm hit on Monday.");
    project.article.byline = Some("Ana Ruiz".to_owned());
    project.article.published = Some("2026-11-02".to_owned());
    project.article.url = Some("https://news.example/storm".to_owned());
    let harness = harness(Opened::new(project, None, true));
    harness.get_by_label("By Ana Ruiz");
    harness.get_by_label("2026-11-02");
    harness.get_by_label("https://news.example/storm");
}
