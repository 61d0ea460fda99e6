//! The workbench window, driven like an analyst would: keys, clicks, drags, files dropped.
//! Headless (`egui_kittest`), files in temporary folders, never a native dialog.

#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, reason = "story helpers: a failure is a failing test")]

mod support;

use claimdesk::app::Command;
use claimdesk::app::files::Opened;
use claimdesk::model::{Kind, Status};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;

use support::{claim_id, click_at, drag, harness, press, press_with, sample_opened, settle};

fn reviewed_label(reviewed: usize, total: usize) -> String {
    format!("{reviewed} of {total} reviewed")
}

#[test]
fn j_then_s_marks_the_first_claim_sourced_and_the_counter_moves() {
    let mut harness = harness(sample_opened());
    let total = support::SAMPLE_CLAIMS.len();
    harness.get_by_label(&reviewed_label(0, total));

    press(&mut harness, Key::J);
    let first = harness
        .state()
        .workbench()
        .selected_claim()
        .expect("J selects a claim")
        .clone();
    assert_eq!(
        first.quote, "Thursday",
        "J with nothing selected selects the first claim"
    );

    press(&mut harness, Key::S);
    let claim = harness.state().workbench().project().claim(first.id).unwrap();
    assert_eq!(claim.status, Status::Sourced);
    assert!(claim.reviewed);
    assert_eq!(claim.history.last().unwrap().what, "status Unverified → Sourced");
    harness.get_by_label(&reviewed_label(1, total));
    assert!(harness.state().title().contains("(unsaved)"));

    press(&mut harness, Key::J);
    press(&mut harness, Key::D);
    let second = harness.state().workbench().selected_claim().unwrap();
    assert_eq!(
        (second.quote.as_str(), second.status),
        ("50-minute call", Status::Disputed)
    );
    press(&mut harness, Key::K);
    assert_eq!(harness.state().workbench().selected(), Some(first.id), "K goes back");
    harness.get_by_label(&reviewed_label(2, total));
}

#[test]
fn clicking_a_highlight_selects_its_claim() {
    let mut harness = harness(sample_opened());
    for quote in ["50-minute call", "January 13th"] {
        let claim_id = claim_id(&harness, quote);
        let rects = harness
            .state()
            .article_view()
            .claim_rects(claim_id, harness.state().workbench());
        let rect = *rects.first().expect("the claim is drawn");
        // Near the right end of the span: a click on the last letters must still hit it.
        click_at(&mut harness, egui::pos2(rect.right() - 2.0, rect.center().y));
        assert_eq!(
            harness.state().workbench().selected(),
            Some(claim_id),
            "clicked {quote:?}"
        );
    }
    // The inspector follows.
    harness.get_by_label("“January 13th”");
}

#[test]
fn clicking_the_inner_of_two_nested_claims_selects_it_and_both_stay_highlighted() {
    let mut harness = harness(sample_opened());
    let outer = claim_id(&harness, "“Joe Biden has taken two avenues,”");
    let inner = claim_id(&harness, "two avenues");
    harness
        .state_mut()
        .apply(&egui::Context::default(), Command::Select(Some(outer)));
    settle(&mut harness);
    let workbench = harness.state().workbench();
    let inner_rect = harness.state().article_view().claim_rects(inner, workbench)[0];
    let outer_rects = harness.state().article_view().claim_rects(outer, workbench);
    assert!(!outer_rects.is_empty(), "the enclosing quote is drawn too");
    click_at(&mut harness, inner_rect.center());
    assert_eq!(harness.state().workbench().selected(), Some(inner));
    let outer_rect = outer_rects[0];
    click_at(&mut harness, egui::pos2(outer_rect.left() + 4.0, outer_rect.center().y));
    assert_eq!(harness.state().workbench().selected(), Some(outer));
}

#[test]
fn clicking_a_row_of_the_list_selects_the_claim() {
    let mut harness = harness(sample_opened());
    harness.get_by_label("January 9-10").click();
    settle(&mut harness);
    let selected = harness.state().workbench().selected_claim().unwrap();
    assert_eq!(selected.quote, "January 9-10");
}

#[test]
fn selecting_words_and_pressing_a_adds_a_claim_of_that_span() {
    let mut harness = harness(sample_opened());
    let text = support::sample_text();
    let words = "exchanged warnings about Ukraine";
    let start = text.find(words).unwrap();
    let end = start + words.len();
    let view = harness.state().article_view();
    let from = view.caret_pos(start).unwrap();
    let to = view.caret_pos(end).unwrap();
    drag(&mut harness, from, to);
    assert_eq!(harness.state().workbench().text_selection(), Some(start..end));

    let before = harness.state().workbench().project().claims.len();
    press(&mut harness, Key::A);
    let workbench = harness.state().workbench();
    assert_eq!(workbench.project().claims.len(), before + 1);
    let added = workbench.selected_claim().expect("the new claim is selected");
    assert_eq!(
        (added.quote.as_str(), added.start, added.end, added.kind),
        (words, start, end, Kind::Statement)
    );
    assert_eq!(harness.state().workbench().text_selection(), None);
    harness.get_by_label(&reviewed_label(0, support::SAMPLE_CLAIMS.len() + 1));

    press_with(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(
        harness.state().workbench().project().claims.len(),
        before,
        "adding is undone like any change"
    );
}

#[test]
fn pressing_a_without_a_selection_says_what_to_do() {
    let mut harness = harness(sample_opened());
    press(&mut harness, Key::A);
    let message = harness.state().message().expect("a message");
    assert!(message.is_error && message.text.contains("Select words"), "{message:?}");
}

#[test]
fn delete_dismisses_and_ctrl_z_brings_the_claim_back() {
    let mut harness = harness(sample_opened());
    press(&mut harness, Key::J);
    let first = harness.state().workbench().selected().unwrap();
    harness.get_by_label("Thursday");

    press(&mut harness, Key::Delete);
    let claim = harness.state().workbench().project().claim(first).unwrap();
    assert!(claim.dismissed, "kept in the project, marked dismissed");
    assert!(harness.query_by_label("Thursday").is_none(), "gone from the list");
    assert_ne!(
        harness.state().workbench().selected(),
        Some(first),
        "selection moved on"
    );
    harness.get_by_label(&reviewed_label(0, support::SAMPLE_CLAIMS.len() - 1));

    press_with(&mut harness, Modifiers::COMMAND, Key::Z);
    assert!(!harness.state().workbench().project().claim(first).unwrap().dismissed);
    harness.get_by_label("Thursday");

    press_with(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    assert!(
        harness.state().workbench().project().claim(first).unwrap().dismissed,
        "and redo dismisses again"
    );
}

#[test]
fn show_dismissed_brings_dismissed_claims_back_into_the_list() {
    let mut harness = harness(sample_opened());
    press(&mut harness, Key::J);
    press(&mut harness, Key::Delete);
    assert!(harness.query_by_label("Thursday").is_none());
    harness
        .state_mut()
        .apply(&egui::Context::default(), Command::ToggleShowDismissed);
    settle(&mut harness);
    harness.get_by_label("Thursday");
}

#[test]
fn the_disputed_filter_shows_only_disputed_claims() {
    let mut harness = harness(sample_opened());
    for key in [Key::J, Key::D, Key::J, Key::S, Key::J, Key::D] {
        press(&mut harness, key);
    }
    harness.get_by_label("Disputed 2").click();
    settle(&mut harness);
    let workbench = harness.state().workbench();
    let shown: Vec<&str> = workbench
        .visible()
        .iter()
        .map(|&index| workbench.project().claims[index].quote.as_str())
        .collect();
    assert_eq!(shown, ["Thursday", "second conversation this month"]);
    assert!(
        harness.query_by_label("50-minute call").is_none(),
        "the sourced claim is not listed"
    );
    harness.get_by_label("second conversation this month");

    harness.get_by_label("All 12").click();
    settle(&mut harness);
    harness.get_by_label("50-minute call");
}

#[test]
fn ctrl_f_searches_claims() {
    let mut harness = harness(sample_opened());
    press_with(&mut harness, Modifiers::COMMAND, Key::F);
    harness.get_by_role(egui::Role::TextInput).type_text("january");
    settle(&mut harness);
    assert_eq!(harness.state().workbench().visible().len(), 3);
    assert!(harness.query_by_label("Thursday").is_none());
}

#[test]
fn ctrl_s_saves_an_article_born_project_beside_the_article_and_it_reopens() {
    let folder = tempfile::tempdir().unwrap();
    let article_path = support::write_sample_article(folder.path());
    let mut project = support::sample_project();
    project.article.origin = Some(article_path.display().to_string());
    let expected = claimdesk::store::project_path_for_article(&article_path);
    let mut harness = harness(Opened::new(project, Some(expected.clone()), false));
    for key in [Key::J, Key::S, Key::J, Key::D, Key::J, Key::U] {
        press(&mut harness, key);
    }
    assert!(harness.state().title().contains("(unsaved)"));
    press_with(&mut harness, Modifiers::COMMAND, Key::S);

    assert_eq!(expected.file_name().unwrap(), "biden-putin-call.claims.ron");
    assert!(expected.exists(), "saved without asking where");
    assert!(
        !harness.state().title().contains("(unsaved)"),
        "title: {}",
        harness.state().title()
    );
    let loaded = claimdesk::store::load_project(&expected).expect("a valid project");
    let report = claimdesk::cli::check(&expected).expect("claimdesk check accepts it");
    assert!(
        report.contains("12 claims: 9 to review; 3 reviewed: 1 sourced, 1 disputed, 1 unverified; 0 dismissed"),
        "{report}"
    );

    let statuses = |project: &claimdesk::model::Project| -> Vec<(String, Status, bool)> {
        project
            .claims
            .iter()
            .map(|claim| (claim.quote.clone(), claim.status, claim.reviewed))
            .collect()
    };
    assert_eq!(
        statuses(&loaded.project),
        statuses(harness.state().workbench().project())
    );

    // Reopen it in a fresh window, through the same command File ▸ Open uses.
    let mut reopened = support::harness(claimdesk::app::files::empty());
    reopened
        .state_mut()
        .apply(&egui::Context::default(), Command::Open(expected.clone()));
    settle(&mut reopened);
    assert_eq!(
        statuses(reopened.state().workbench().project()),
        statuses(&loaded.project)
    );
    reopened.get_by_label(&reviewed_label(3, 12));
    assert!(!reopened.state().workbench().is_unsaved());
}

#[test]
fn closing_with_unsaved_changes_asks_and_does_not_close() {
    let mut harness = harness(sample_opened());
    press(&mut harness, Key::J);
    press(&mut harness, Key::S);
    harness
        .input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    harness.step();
    let cancelled = harness
        .output()
        .viewport_output
        .get(&egui::ViewportId::ROOT)
        .is_some_and(|output| output.commands.contains(&egui::ViewportCommand::CancelClose));
    assert!(cancelled, "the close was cancelled");
    settle(&mut harness);
    assert!(harness.state().is_asking_to_save());
    harness.get_by_label("Save changes?");
    harness.get_by_label("Cancel").click();
    settle(&mut harness);
    assert!(!harness.state().is_asking_to_save());
    assert_eq!(
        harness.state().workbench().selected_claim().unwrap().status,
        Status::Sourced,
        "nothing lost"
    );
}

#[test]
fn opening_another_file_with_unsaved_changes_asks_first() {
    let folder = tempfile::tempdir().unwrap();
    let article_path = support::write_sample_article(folder.path());
    let mut harness = harness(sample_opened());
    press(&mut harness, Key::J);
    press(&mut harness, Key::S);
    harness
        .state_mut()
        .apply(&egui::Context::default(), Command::Open(article_path.clone()));
    settle(&mut harness);
    harness.get_by_label("Save changes?");
    assert_eq!(
        harness.state().workbench().project().claims.len(),
        12,
        "still the old project"
    );
    harness.get_by_label("Discard changes").click();
    settle(&mut harness);
    assert_eq!(
        harness.state().workbench().project().article.origin.as_deref(),
        Some(article_path.display().to_string().as_str())
    );
}

#[derive(Debug)]
struct DroppedPath(std::path::PathBuf);

impl egui::DroppedFile for DroppedPath {
    fn path(&self) -> &std::path::Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|error| error.to_string())
    }
}

#[test]
fn a_dropped_file_opens() {
    let folder = tempfile::tempdir().unwrap();
    let project_path = folder.path().join("dropped.claims.ron");
    let mut project = support::sample_project();
    project.claims[0].set_status(Status::Disputed, &support::stamp());
    claimdesk::store::save_project(&project_path, &project).unwrap();

    let mut harness = harness(claimdesk::app::files::empty());
    harness
        .input_mut()
        .dropped_files
        .push(std::sync::Arc::new(DroppedPath(project_path.clone())));
    settle(&mut harness);
    let workbench = harness.state().workbench();
    assert_eq!(workbench.save_path(), Some(project_path.as_path()));
    assert_eq!(workbench.project().claims[0].status, Status::Disputed);
    harness.get_by_label(&reviewed_label(1, 12));
    assert!(
        harness.state().settings().recent.contains(&project_path),
        "remembered in Open recent"
    );
}

#[test]
fn typing_s_into_the_note_field_does_not_change_the_status() {
    let mut harness = harness(sample_opened());
    press(&mut harness, Key::J);
    let claim = harness.state().workbench().selected().unwrap();
    harness.get_by_label("Note").focus();
    settle(&mut harness);
    assert!(harness.get_by_label("Note").is_focused());
    for letter in ["s", "d"] {
        let key = if letter == "s" { Key::S } else { Key::D };
        harness.key_press(key);
        harness.event(egui::Event::Text(letter.to_owned()));
        settle(&mut harness);
    }
    let status = |harness: &egui_kittest::Harness<'_, claimdesk::app::ClaimdeskApp>| {
        let claim = harness.state().workbench().project().claim(claim).unwrap();
        (claim.status, claim.reviewed)
    };
    assert_eq!(status(&harness), (Status::Unverified, false));
    assert_eq!(harness.get_by_label("Note").value().as_deref(), Some("sd"));

    // Leaving the field keeps the note, as one undoable change.
    press(&mut harness, Key::Escape);
    harness.get_by_label(&reviewed_label(0, 12));
    assert_eq!(harness.state().workbench().project().claim(claim).unwrap().note, "sd");
    press_with(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(harness.state().workbench().project().claim(claim).unwrap().note, "");
}

#[test]
fn sources_can_be_added_and_only_http_links_get_an_open_button() {
    let mut harness = harness(sample_opened());
    press(&mut harness, Key::J);
    for (field, text) in [
        ("New source URL", "https://kremlin.ru/events/president/news/67475"),
        ("New source title", "Kremlin readout"),
    ] {
        harness.get_by_role_and_label(egui::Role::TextInput, field).focus();
        settle(&mut harness);
        harness
            .get_by_role_and_label(egui::Role::TextInput, field)
            .type_text(text);
        settle(&mut harness);
    }
    harness.get_by_label("Add source").scroll_to_me();
    settle(&mut harness);
    harness.get_by_label("Add source").click();
    settle(&mut harness);
    let claim = harness.state().workbench().selected_claim().unwrap();
    assert_eq!(claim.sources[0].url, "https://kremlin.ru/events/president/news/67475");
    harness.get_by_label("Kremlin readout");
    harness.get_by_label("Open").scroll_to_me();
    settle(&mut harness);

    let claim = harness.state().workbench().selected().unwrap();
    let source = claimdesk::model::Source {
        url: "file:///etc/passwd".to_owned(),
        title: "local".to_owned(),
        note: String::new(),
    };
    harness
        .state_mut()
        .apply(&egui::Context::default(), Command::EditSource(claim, 0, source));
    settle(&mut harness);
    assert!(
        harness.query_by_label("Open").is_none(),
        "a file: link is shown as text, never opened"
    );
}

#[test]
fn f1_lists_every_shortcut() {
    let mut harness = harness(sample_opened());
    assert!(harness.query_by_label("Mark disputed").is_none(), "menus are closed");
    press(&mut harness, Key::F1);
    for text in [
        "Mark sourced",
        "Mark disputed",
        "Dismiss claim",
        "Add claim from selection",
        "Undo",
        "Save As…",
    ] {
        assert!(harness.query_all_by_label(text).next().is_some(), "{text} listed");
    }
}

#[test]
fn a_bad_file_shows_an_error_and_is_left_alone() {
    let folder = tempfile::tempdir().unwrap();
    let bad = folder.path().join("broken.claims.ron");
    std::fs::write(&bad, "Project(format: 1, article: Article(title: \"x\"").unwrap();
    let mut harness = harness(sample_opened());
    harness
        .state_mut()
        .apply(&egui::Context::default(), Command::Open(bad.clone()));
    settle(&mut harness);
    let message = harness.state().message().expect("an error").clone();
    assert!(
        message.is_error && message.text.contains("broken.claims.ron"),
        "{message:?}"
    );
    assert_eq!(
        harness.state().workbench().project().claims.len(),
        12,
        "the open project stays"
    );
    assert_eq!(
        std::fs::read_to_string(&bad).unwrap(),
        "Project(format: 1, article: Article(title: \"x\""
    );
    harness.get_by_label_contains("broken.claims.ron");
}

#[test]
fn a_file_that_cannot_be_opened_leaves_a_clear_message_in_an_empty_window() {
    let folder = tempfile::tempdir().unwrap();
    let missing = folder.path().join("nowhere.txt");
    let mut harness = harness(claimdesk::app::files::empty());
    harness
        .state_mut()
        .apply(&egui::Context::default(), Command::Open(missing));
    settle(&mut harness);
    harness.get_by_label("No article open");
    assert!(
        harness.query_all_by_label_contains("nowhere.txt").count() >= 1,
        "the file is named"
    );
}

#[test]
fn the_list_sorts_by_kind_and_status() {
    let mut harness = harness(sample_opened());
    press(&mut harness, Key::J);
    press(&mut harness, Key::D);
    let ctx = egui::Context::default();
    harness
        .state_mut()
        .apply(&ctx, Command::SetSort(claimdesk::app::SortKey::Kind));
    settle(&mut harness);
    let kinds: Vec<Kind> = {
        let workbench = harness.state().workbench();
        workbench
            .visible()
            .iter()
            .map(|&index| workbench.project().claims[index].kind)
            .collect()
    };
    assert!(kinds.is_sorted(), "{kinds:?}");
    harness
        .state_mut()
        .apply(&ctx, Command::SetSort(claimdesk::app::SortKey::Status));
    settle(&mut harness);
    let workbench = harness.state().workbench();
    let last = workbench
        .visible()
        .last()
        .map(|&index| &workbench.project().claims[index])
        .unwrap();
    assert_eq!(
        last.status,
        Status::Disputed,
        "disputed sorts after unverified and sourced"
    );
}

#[test]
fn a_quick_flick_across_words_selects_them_too() {
    let mut harness = harness(sample_opened());
    let text = support::sample_text();
    let words = "officials on both sides";
    let start = text.find(words).unwrap();
    let view = harness.state().article_view();
    let (from, to) = (
        view.caret_pos(start).unwrap(),
        view.caret_pos(start + words.len()).unwrap(),
    );
    support::flick(&mut harness, from, to);
    assert_eq!(
        harness.state().workbench().text_selection(),
        Some(start..start + words.len())
    );
    // The right-click menu offers to add it.
    let middle = from + (to - from) / 2.0;
    harness.event(egui::Event::PointerButton {
        pos: middle,
        button: egui::PointerButton::Secondary,
        pressed: true,
        modifiers: Modifiers::NONE,
    });
    harness.event(egui::Event::PointerButton {
        pos: middle,
        button: egui::PointerButton::Secondary,
        pressed: false,
        modifiers: Modifiers::NONE,
    });
    settle(&mut harness);
    harness.get_by_label("Add claim").click();
    settle(&mut harness);
    assert_eq!(harness.state().workbench().selected_claim().unwrap().quote, words);
}

#[test]
fn selected_text_is_copied_and_a_double_click_selects_a_word() {
    let mut harness = harness(sample_opened());
    let text = support::sample_text();
    let start = text.find("laid the groundwork").unwrap();
    let word = start + "laid the ".len();
    let view = harness.state().article_view();
    let inside_word = view.caret_pos(word + 3).unwrap();
    // Two clicks 0.1 s apart, long after any earlier click.
    for time in [100.0, 100.1] {
        harness.input_mut().time = Some(time);
        harness.event(egui::Event::PointerMoved(inside_word));
        for pressed in [true, false] {
            harness.event(egui::Event::PointerButton {
                pos: inside_word,
                button: egui::PointerButton::Primary,
                pressed,
                modifiers: Modifiers::NONE,
            });
            harness.input_mut().time = Some(time);
            harness.step();
        }
    }
    settle(&mut harness);
    assert_eq!(
        harness.state().workbench().text_selection(),
        Some(word..word + "groundwork".len())
    );

    harness.event(egui::Event::Copy);
    harness.step();
    let copied = harness
        .output()
        .platform_output
        .commands
        .iter()
        .any(|command| matches!(command, egui::OutputCommand::CopyText(copied) if copied == "groundwork"));
    assert!(copied, "{:?}", harness.output().platform_output.commands);
}

fn request_close(harness: &mut egui_kittest::Harness<'static, claimdesk::app::ClaimdeskApp>) {
    harness
        .input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
}

fn sent(
    harness: &egui_kittest::Harness<'static, claimdesk::app::ClaimdeskApp>,
    command: &egui::ViewportCommand,
) -> bool {
    harness
        .output()
        .viewport_output
        .get(&egui::ViewportId::ROOT)
        .is_some_and(|output| output.commands.contains(command))
}

#[test]
fn choosing_save_when_closing_saves_then_closes() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("review.claims.ron");
    let mut harness = harness(Opened::new(support::sample_project(), Some(path.clone()), false));
    press(&mut harness, Key::J);
    press(&mut harness, Key::D);
    request_close(&mut harness);
    harness.step();
    assert!(sent(&harness, &egui::ViewportCommand::CancelClose));
    settle(&mut harness);
    harness.get_by_label("Save").click();
    harness.step();
    assert!(sent(&harness, &egui::ViewportCommand::Close), "closes once saved");
    let saved = claimdesk::store::load_project(&path).unwrap().project;
    assert_eq!(saved.claims[0].status, Status::Disputed);
}

#[test]
fn a_sample_without_a_file_asks_for_one_instead_of_closing() {
    let mut harness = harness(sample_opened());
    press(&mut harness, Key::J);
    press(&mut harness, Key::U);
    press_with(&mut harness, Modifiers::COMMAND, Key::Q);
    harness.get_by_label("Save changes?");
    harness.get_by_label("Save").click();
    harness.step();
    assert!(
        !sent(&harness, &egui::ViewportCommand::Close),
        "not closed: nowhere to save yet"
    );
    settle(&mut harness);
    // No file dialog in a headless window: the built-in path field asks where.
    harness.get_by_label("Save the review as");

    // A path typed there is saved to, and the window then closes as asked.
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("chosen.claims.ron");
    harness
        .state_mut()
        .apply(&egui::Context::default(), Command::TypePath(path.display().to_string()));
    settle(&mut harness);
    harness.get_by_label("Save").click();
    harness.step();
    assert!(path.exists());
    assert!(sent(&harness, &egui::ViewportCommand::Close), "saved, then closed");
    assert_eq!(harness.state().workbench().save_path(), Some(path.as_path()));

    // Saved: quitting again asks nothing.
    press_with(&mut harness, Modifiers::COMMAND, Key::Q);
    assert!(!harness.state().is_asking_to_save());
}

#[test]
fn menus_show_their_shortcuts_and_the_theme_can_be_chosen() {
    use egui_kittest::kittest::NodeT as _;
    let mut harness = harness(sample_opened());
    harness.get_by_label("Review").click();
    settle(&mut harness);
    harness.get_by_label_contains("Mark sourced");
    // The menu entry carries its shortcut: "Dismiss claim" with the Delete key beside it.
    let dismiss = harness.get_by_label_contains("Dismiss claim");
    let shortcut = claimdesk::app::shortcut_text(&harness.ctx, &claimdesk::app::UiCommand::Dismiss.shortcuts()[0]);
    assert!(
        dismiss.accesskit_node().label().unwrap_or_default().contains(&shortcut)
            || harness.query_by_label(&shortcut).is_some(),
        "Dismiss shows its key {shortcut:?}"
    );
    press(&mut harness, Key::Escape);
    harness.get_by_label("View").click();
    settle(&mut harness);
    harness.get_by_label("Dark").click();
    settle(&mut harness);
    assert_eq!(harness.state().settings().theme, claimdesk::app::ThemeChoice::Dark);
    assert_eq!(harness.ctx.theme(), egui::Theme::Dark);
}

/// The sample saved as a project file in `folder`, opened in a window.
fn open_saved_sample(
    folder: &std::path::Path,
) -> (
    std::path::PathBuf,
    egui_kittest::Harness<'static, claimdesk::app::ClaimdeskApp>,
) {
    let path = folder.join("review.claims.ron");
    claimdesk::store::save_project(&path, &support::sample_project()).unwrap();
    let mut harness = harness(claimdesk::app::files::empty());
    harness
        .state_mut()
        .apply(&egui::Context::default(), Command::Open(path.clone()));
    settle(&mut harness);
    (path, harness)
}

#[test]
fn saving_over_a_file_someone_else_changed_asks_first() {
    let folder = tempfile::tempdir().unwrap();
    let (path, mut harness) = open_saved_sample(folder.path());
    press(&mut harness, Key::J);
    press(&mut harness, Key::S);

    let mut theirs = claimdesk::store::load_project(&path).unwrap().project;
    theirs.claims[1].set_status(Status::Disputed, &claimdesk::model::Stamp::at_unix(0, "bo"));
    claimdesk::store::save_project(&path, &theirs).unwrap();
    let their_bytes = std::fs::read(&path).unwrap();

    press_with(&mut harness, Modifiers::COMMAND, Key::S);
    assert!(harness.state().is_asking_to_overwrite());
    harness.get_by_label("File changed by someone else");
    assert_eq!(std::fs::read(&path).unwrap(), their_bytes, "their version is untouched");

    harness.get_by_label("Overwrite").click();
    settle(&mut harness);
    let ours = claimdesk::store::load_project(&path).unwrap().project;
    assert_eq!(
        (ours.claims[0].status, ours.claims[1].status),
        (Status::Sourced, Status::Unverified)
    );
    assert_eq!(
        std::fs::read(claimdesk::store::atomic::backup_path(&path)).unwrap(),
        their_bytes,
        "theirs kept as .bak"
    );
    assert!(!harness.state().workbench().is_unsaved());
}

#[test]
fn unsaved_work_is_kept_in_a_recovery_copy_and_offered_back() {
    let folder = tempfile::tempdir().unwrap();
    let (path, mut crashed) = open_saved_sample(folder.path());
    press(&mut crashed, Key::J);
    press(&mut crashed, Key::D);
    crashed
        .state_mut()
        .autosave(std::time::Instant::now() + std::time::Duration::from_secs(31));
    // The window dies without saving (its lock goes with it when dropped here, which a real
    // crash would leave behind; the store's own tests cover stale locks).
    drop(crashed);

    let mut harness = harness(claimdesk::app::files::empty());
    harness
        .state_mut()
        .apply(&egui::Context::default(), Command::Open(path.clone()));
    settle(&mut harness);
    assert!(harness.state().is_offering_recovery());
    harness.get_by_label("Recover unsaved work?");
    harness.get_by_label("Recover").click();
    settle(&mut harness);
    let workbench = harness.state().workbench();
    assert_eq!(
        workbench.project().claims[0].status,
        Status::Disputed,
        "the lost verdict is back"
    );
    assert!(workbench.is_dirty(), "recovered, not yet saved");

    press_with(&mut harness, Modifiers::COMMAND, Key::S);
    let mut reopened = support::harness(claimdesk::app::files::empty());
    reopened
        .state_mut()
        .apply(&egui::Context::default(), Command::Open(path));
    settle(&mut reopened);
    assert!(!reopened.state().is_offering_recovery(), "saving removed the copy");
}

#[test]
fn the_bundled_sample_opens_and_j_s_reviews_one_more_claim() {
    let mut harness = harness(claimdesk::app::files::open_sample());
    let before = harness.state().workbench().project().counts();
    assert!(before.total > 0, "the sample has claims");
    harness.get_by_label(&reviewed_label(before.reviewed, before.total));
    let open_chip = format!("To review {}", before.total - before.reviewed);
    harness.get_by_label(&open_chip).click();
    settle(&mut harness);
    press(&mut harness, Key::J);
    let claim_id = harness
        .state()
        .workbench()
        .selected()
        .expect("J selects the first open claim");
    press(&mut harness, Key::S);
    let claim = harness.state().workbench().project().claim(claim_id).unwrap();
    assert_eq!((claim.status, claim.reviewed), (Status::Sourced, true));
    harness.get_by_label(&reviewed_label(before.reviewed + 1, before.total));
}

#[test]
fn undoing_back_to_the_saved_state_leaves_no_recovery_copy() {
    let folder = tempfile::tempdir().unwrap();
    let (path, mut harness) = open_saved_sample(folder.path());
    press(&mut harness, Key::J);
    press(&mut harness, Key::D);
    let later = std::time::Instant::now() + std::time::Duration::from_secs(31);
    harness.state_mut().autosave(later);
    let copy = claimdesk::store::recovery::recovery_path_for_project(&path);
    assert!(copy.exists(), "a copy while there are unsaved changes");
    press_with(&mut harness, Modifiers::COMMAND, Key::Z);
    assert!(!harness.state().workbench().is_dirty());
    assert!(!copy.exists(), "back to the file: the copy goes");
    harness.state_mut().autosave(later + std::time::Duration::from_mins(1));
    assert!(!copy.exists());
}
