//! Statement claims (sentences the check-worthiness model scored) in the window: the
//! "Check-worthy first" sort, reviewing a statement like any claim, and likely claims dimmed
//! and hidden on request.

#![cfg(feature = "gui")]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "in tests a panic is the failure report"
)]

mod support;

use claimdesk::app::files::Opened;
use claimdesk::model::{Confidence, Kind, Status};
use egui::Key;
use egui_kittest::kittest::Queryable;

use support::{click_at, harness, press, sample_sentence, settle, statement_project};

fn opened() -> Opened {
    Opened::new(statement_project(), None, false)
}

/// Picks "Check-worthy first" in the list's Sort box, as the analyst would.
fn sort_checkworthy_first(harness: &mut egui_kittest::Harness<'static, claimdesk::app::ClaimdeskApp>) {
    harness.get_by_label("Sort").click();
    settle(harness);
    harness.get_by_label("Check-worthy first").click();
    settle(harness);
}

fn listed_quotes(harness: &egui_kittest::Harness<'static, claimdesk::app::ClaimdeskApp>) -> Vec<String> {
    let workbench = harness.state().workbench();
    workbench
        .visible()
        .iter()
        .map(|&index| workbench.project().claims[index].quote.clone())
        .collect()
}

#[test]
fn check_worthy_first_lists_the_highest_scored_statement_first_and_its_numbers_after_it() {
    let mut harness = harness(opened());
    sort_checkworthy_first(&mut harness);

    let moscow = sample_sentence("Moscow’s troop deployments", "as it chooses.");
    let call = sample_sentence("In a 50-minute call", "break in relations.");
    let kiev = sample_sentence("In Kiev, leaders worry", "north, east and south.");
    let quotes = listed_quotes(&harness);
    // 0.936, then the date inside it; 0.894 and its two claims; 0.842 and its count.
    assert_eq!(
        quotes[..6],
        [
            moscow.as_str(),
            "in 2014",
            call.as_str(),
            "50-minute call",
            "second conversation this month",
            kiev.as_str(),
        ]
    );
    // Claims in no scored sentence come last, in text order.
    assert_eq!(quotes.last().map(String::as_str), Some("two avenues"));

    // J selects the first claim of the list: the most check-worthy sentence.
    press(&mut harness, Key::J);
    let selected = harness.state().workbench().selected_claim().unwrap();
    assert_eq!(selected.quote, moscow);
    assert_eq!(selected.kind, Kind::Statement);
    harness.get_by_label("Sort").click();
    settle(&mut harness);
    harness.get_by_label("Position").click();
    settle(&mut harness);
    assert_eq!(listed_quotes(&harness)[0], "Thursday", "back to text order");
}

#[test]
fn a_statement_is_reviewed_like_any_claim_and_the_number_inside_it_stays_its_own_claim() {
    let mut harness = harness(opened());
    let kiev = sample_sentence("In Kiev, leaders worry", "north, east and south.");
    let statement_id = support::claim_id(&harness, &kiev);
    let count_id = support::claim_id(&harness, "60,000 to 90,000 Russian soldiers");
    harness.state_mut().apply(
        &egui::Context::default(),
        claimdesk::app::Command::Select(Some(statement_id)),
    );
    settle(&mut harness);

    // A click on the words of the sentence before the number selects the sentence; a click on
    // the number selects the number (the innermost claim).
    let count_rect = harness
        .state()
        .article_view()
        .claim_rects(count_id, harness.state().workbench())[0];
    let statement_rect = harness
        .state()
        .article_view()
        .claim_rects(statement_id, harness.state().workbench())[0];
    click_at(&mut harness, count_rect.center());
    assert_eq!(harness.state().workbench().selected(), Some(count_id));
    click_at(&mut harness, statement_rect.left_center() + egui::vec2(4.0, 0.0));
    assert_eq!(harness.state().workbench().selected(), Some(statement_id));
    // The inspector says what the model scored it.
    harness.get_by_label("· check-worthiness 0.84");

    // Verdict, source and note, as for a number.
    press(&mut harness, Key::S);
    harness.get_by_label("New source URL").click();
    harness
        .get_by_label("New source URL")
        .type_text("https://example.org/osint-troop-estimates");
    harness.get_by_label("Add source").click();
    settle(&mut harness);
    harness.get_by_label("Note").focus();
    settle(&mut harness);
    harness
        .get_by_label("Note")
        .type_text("Estimates from two OSINT groups");
    settle(&mut harness);
    // Leaving the field makes the draft the note.
    press(&mut harness, Key::Escape);

    let project = harness.state().workbench().project();
    let statement = project.claim(statement_id).unwrap();
    assert_eq!((statement.status, statement.reviewed), (Status::Sourced, true));
    assert_eq!(statement.sources[0].url, "https://example.org/osint-troop-estimates");
    assert_eq!(statement.note, "Estimates from two OSINT groups");
    assert_eq!(
        statement
            .history
            .iter()
            .map(|change| change.what.as_str())
            .collect::<Vec<_>>(),
        [
            "status Unverified → Sourced",
            "source added: https://example.org/osint-troop-estimates",
            "note edited"
        ]
    );
    let count = project.claim(count_id).unwrap();
    assert!(!count.reviewed, "the number inside keeps its own review");

    // And undone like any edit.
    support::press_with(&mut harness, egui::Modifiers::COMMAND, Key::Z);
    assert_eq!(
        harness.state().workbench().project().claim(statement_id).unwrap().note,
        ""
    );
}

#[test]
fn hiding_likely_claims_takes_them_out_of_the_list_and_the_article_and_brings_them_back() {
    let mut harness = harness(opened());
    let likely: Vec<String> = harness
        .state()
        .workbench()
        .project()
        .claims
        .iter()
        .filter(|claim| claim.confidence == Confidence::Likely)
        .map(|claim| claim.quote.clone())
        .collect();
    assert_eq!(likely.len(), 2);
    let total = listed_quotes(&harness).len();
    let tone_id = support::claim_id(&harness, &likely[0]);
    assert!(listed_quotes(&harness).contains(&likely[0]));
    let row = |harness: &egui_kittest::Harness<'static, claimdesk::app::ClaimdeskApp>, quote: &str| {
        harness
            .query_by_role_and_label(egui::accesskit::Role::Button, quote)
            .is_some()
    };
    assert!(row(&harness, &likely[0]), "listed");
    assert!(
        !harness
            .state()
            .article_view()
            .claim_rects(tone_id, harness.state().workbench())
            .is_empty()
    );

    let toggle = |harness: &mut egui_kittest::Harness<'static, claimdesk::app::ClaimdeskApp>| {
        harness.get_by_label("View").click();
        settle(harness);
        harness.get_by_label("Show likely claims").click();
        settle(harness);
    };
    harness.state_mut().apply(
        &egui::Context::default(),
        claimdesk::app::Command::Select(Some(tone_id)),
    );
    settle(&mut harness);
    toggle(&mut harness);
    assert_eq!(
        harness.state().workbench().selected(),
        None,
        "a hidden claim is not left selected"
    );
    let quotes = listed_quotes(&harness);
    assert_eq!(quotes.len(), total - 2);
    assert!(likely.iter().all(|quote| !quotes.contains(quote)));
    assert!(!row(&harness, &likely[0]), "no row for it");
    assert!(
        harness
            .state()
            .article_view()
            .claim_rects(tone_id, harness.state().workbench())
            .is_empty(),
        "no highlight for it"
    );
    assert!(harness.state().settings().hide_likely, "remembered with the settings");
    // The chips count what is listed.
    harness.get_by_label(&format!("All {}", total - 2));

    toggle(&mut harness);
    assert_eq!(listed_quotes(&harness).len(), total);
    let row = |harness: &egui_kittest::Harness<'static, claimdesk::app::ClaimdeskApp>, quote: &str| {
        harness
            .query_by_role_and_label(egui::accesskit::Role::Button, quote)
            .is_some()
    };
    assert!(row(&harness, &likely[0]), "listed");
    assert!(!harness.state().settings().hide_likely);
}

/// eframe's storage kept in memory, as the window's settings file would be.
#[derive(Default)]
struct MemoryStorage(std::collections::HashMap<String, String>);

impl eframe::Storage for MemoryStorage {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }
    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_owned(), value);
    }
    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }
    fn flush(&mut self) {}
}

#[test]
fn hidden_likely_claims_and_the_analyst_name_are_remembered_at_the_next_start() {
    let mut harness = harness(opened());
    let ctx = egui::Context::default();
    harness
        .state_mut()
        .apply(&ctx, claimdesk::app::Command::ToggleShowLikely);
    harness
        .state_mut()
        .apply(&ctx, claimdesk::app::Command::SetAnalystName("Bo Checker".to_owned()));
    let mut storage = MemoryStorage::default();
    eframe::App::save(harness.state_mut(), &mut storage);

    // The next start reads the settings back (as `ClaimdeskApp::new` does from eframe).
    let settings: claimdesk::app::Settings = eframe::get_value(&storage, eframe::APP_KEY).unwrap();
    let mut restarted = egui_kittest::Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_eframe(move |_cc| {
            let mut app = claimdesk::app::ClaimdeskApp::with_opened(opened(), settings);
            app.set_stamp(support::stamp());
            app
        });
    settle(&mut restarted);
    let workbench = restarted.state().workbench();
    assert!(!workbench.show_likely());
    assert!(
        workbench
            .visible()
            .iter()
            .all(|&index| workbench.project().claims[index].confidence == Confidence::Sure)
    );
    press(&mut restarted, Key::J);
    press(&mut restarted, Key::S);
    let claim = restarted.state().workbench().selected_claim().unwrap();
    assert_eq!(claim.history.last().unwrap().by, "Bo Checker");
}
