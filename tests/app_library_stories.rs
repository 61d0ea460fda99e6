//! The library in the window: an analyst opens next week's article and the claims already
//! checked in earlier reviews are marked, their verdicts one click away; Ctrl+Shift+F finds
//! any past note; a big team folder is indexed while the window keeps drawing.
//!
//! Each story builds its library in a temporary data folder from real-shaped projects: the
//! bundled article and GUM news articles run through the real extractor and reviewed.

#![cfg(feature = "gui")]
#![expect(clippy::unwrap_used, reason = "tests")]

mod support;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use claimdesk::app::{ClaimdeskApp, Settings};
use claimdesk::library::{LibraryConfig, save_config};
use claimdesk::model::{Article, Project, Source, Stamp, Status};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use support::{claim_id, press, press_with, settle, stamp};

/// Next week's article: the soldiers figure again, in a new sentence, and the number of the
/// sample's "about 10,000 soldiers" with another meaning.
const NEXT_WEEK: &str = "Border build-up continues\n\n\
    Leaders in Kiev still worry about the 60,000 to 90,000 Russian soldiers who have gathered in the \
    north, east and south, officials said on Monday.\n\n\
    At the stadium, a crowd of 10,000 fans watched the match.\n";

const SOLDIERS: &str = "60,000 to 90,000 Russian soldiers";
const FANS: &str = "10,000 fans";
const NOTE: &str = "Unnamed officials' estimate; the Pentagon briefing gives no range.";

fn review_stamp() -> Stamp {
    Stamp::at_unix(1_795_000_000, "bea")
}

fn extracted(title: &str, text: &str) -> Project {
    let text = claimdesk::store::normalise_newlines(text);
    Project::from_detections(Article::new(title, text.as_str()), claimdesk::extract::extract(&text))
}

/// The team folder: the bundled article reviewed (the soldiers figure disputed, with a source
/// and a note) and two GUM news articles with a few verdicts.
fn team_folder(root: &Path) -> (PathBuf, PathBuf) {
    let team = root.join("team");
    std::fs::create_dir_all(&team).unwrap();
    let stamp = review_stamp();
    let mut call = extracted(
        "Biden and Putin talk",
        include_str!("../assets/articles/biden-putin-call.txt"),
    );
    for claim in &mut call.claims {
        if claim.quote == SOLDIERS {
            claim.set_status(Status::Disputed, &stamp);
            claim.add_source(
                Source {
                    url: "https://example.org/pentagon-briefing".into(),
                    title: "Pentagon briefing".into(),
                    note: String::new(),
                },
                &stamp,
            );
            claim.set_note(NOTE, &stamp);
        } else if claim.quote.contains("10,000 soldiers") {
            claim.set_status(Status::Sourced, &stamp);
        }
    }
    assert!(
        call.claims.iter().any(|claim| claim.quote == SOLDIERS),
        "the extractor finds the figure"
    );
    let call_path = team.join("biden-putin-call.claims.ron");
    claimdesk::store::save_project(&call_path, &call).unwrap();
    for name in ["GUM_news_korea", "GUM_news_hackers"] {
        let text = std::fs::read_to_string(format!("tests/fixtures/extract/{name}.txt")).unwrap();
        let mut project = extracted(name, &text);
        for claim in project.claims.iter_mut().step_by(3) {
            claim.set_status(Status::Sourced, &stamp);
        }
        claimdesk::store::save_project(&team.join(format!("{name}.claims.ron")), &project).unwrap();
    }
    (team, call_path)
}

/// A data folder whose library is `folders`.
fn data_folder(root: &Path, folders: &[PathBuf]) -> PathBuf {
    let data = root.join("data");
    std::fs::create_dir_all(&data).unwrap();
    let config = LibraryConfig {
        added: folders
            .iter()
            .map(|folder| std::fs::canonicalize(folder).unwrap())
            .collect(),
        saved_to: Vec::new(),
    };
    save_config(&data, &config).unwrap();
    data
}

/// The window on `article`, its library in `data`.
fn window(article: &Path, data: PathBuf) -> Harness<'static, ClaimdeskApp> {
    let opened = claimdesk::app::files::open_file(article).unwrap();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .with_max_steps(24)
        .build_eframe(move |_cc| {
            let mut app = ClaimdeskApp::with_opened(opened, Settings::default());
            app.set_stamp(stamp());
            app.use_library(data);
            app
        });
    settle(&mut harness);
    harness
}

/// Draws frames (never waiting inside one) until `done`, at most a minute.
fn frames_until(harness: &mut Harness<'static, ClaimdeskApp>, what: &str, done: impl Fn(&ClaimdeskApp) -> bool) {
    let started = Instant::now();
    while !done(harness.state()) {
        assert!(started.elapsed() < Duration::from_mins(1), "waited a minute for {what}");
        harness.step();
        std::thread::sleep(Duration::from_millis(5));
    }
    settle(harness);
}

fn next_week(root: &Path) -> PathBuf {
    let path = root.join("next-week.txt");
    std::fs::write(&path, NEXT_WEEK).unwrap();
    path
}

/// The window on next week's article, its matches arrived.
fn matched_window(root: &Path) -> (Harness<'static, ClaimdeskApp>, PathBuf) {
    let (team, call_path) = team_folder(root);
    let data = data_folder(root, &[team]);
    let mut harness = window(&next_week(root), data);
    frames_until(&mut harness, "the matches", |app| {
        app.library().refreshes() > 0 && !app.library().view().matches.is_empty()
    });
    (harness, std::fs::canonicalize(call_path).unwrap())
}

#[test]
fn a_repeated_figure_is_marked_seen_before_and_the_same_number_meaning_fans_is_not() {
    let root = tempfile::tempdir().unwrap();
    let (mut harness, call_path) = matched_window(root.path());
    let soldiers = claim_id(&harness, SOLDIERS);
    let fans = claim_id(&harness, FANS);

    // The marker (list and article) is drawn from what the window published.
    assert!(claimdesk::ui::seen_before::is_seen_before(&harness.ctx, soldiers));
    assert!(!claimdesk::ui::seen_before::is_seen_before(&harness.ctx, fans));

    harness.get_by_label(SOLDIERS).click();
    settle(&mut harness);
    assert_eq!(harness.state().workbench().selected(), Some(soldiers));
    harness.get_by_label("Seen before (1)");
    let view = harness.state().library().view();
    let earlier = &view.seen_before(soldiers).unwrap().matches;
    assert_eq!(earlier.len(), 1);
    assert_eq!(earlier[0].project, call_path);
    assert_eq!(earlier[0].status, Status::Disputed);
    assert_eq!(earlier[0].note, NOTE);
    assert_eq!(earlier[0].analyst.as_deref(), Some("bea"));
    assert!(
        earlier[0].sentence.contains("leaders worry about"),
        "{}",
        earlier[0].sentence
    );
    harness.get_by_label(&format!("Note: {NOTE}"));

    harness.get_by_label(FANS).click();
    settle(&mut harness);
    assert_eq!(harness.state().workbench().selected(), Some(fans));
    assert!(harness.query_by_label("Seen before (1)").is_none());
    assert!(view.seen_before(fans).is_none(), "10,000 fans are not 10,000 soldiers");
}

#[test]
fn copying_a_verdict_and_its_sources_is_one_step_that_ctrl_z_takes_back() {
    let root = tempfile::tempdir().unwrap();
    let (mut harness, _) = matched_window(root.path());
    let soldiers = claim_id(&harness, SOLDIERS);
    harness.get_by_label(SOLDIERS).click();
    settle(&mut harness);

    harness.get_by_label("Copy verdict and sources").click();
    settle(&mut harness);
    let claim = harness.state().workbench().project().claim(soldiers).unwrap().clone();
    assert!(claim.reviewed);
    assert_eq!(claim.status, Status::Disputed);
    assert_eq!(claim.sources.len(), 1);
    assert_eq!(claim.sources[0].url, "https://example.org/pentagon-briefing");
    assert!(claim.history.len() >= 2, "verdict and source are in the history");
    assert!(harness.state().workbench().is_dirty());

    press_with(&mut harness, egui::Modifiers::COMMAND, egui::Key::Z);
    let claim = harness.state().workbench().project().claim(soldiers).unwrap().clone();
    assert!(!claim.reviewed, "one Ctrl+Z takes back the verdict");
    assert!(claim.sources.is_empty(), "and the source, in the same step");
    assert!(claim.history.is_empty());
    assert!(!harness.state().workbench().can_undo());
}

#[test]
fn ctrl_shift_f_finds_a_past_note_and_opens_that_review_at_the_claim_asking_about_unsaved_work() {
    let root = tempfile::tempdir().unwrap();
    let (mut harness, call_path) = matched_window(root.path());
    // Unsaved work in next week's article: opening another review must ask first.
    harness.get_by_label(FANS).click();
    settle(&mut harness);
    press(&mut harness, egui::Key::S);
    assert!(harness.state().workbench().is_dirty());

    press_with(
        &mut harness,
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::F,
    );
    assert!(harness.state().library().search().open);
    harness
        .get_by_label("Words in earlier reviews (claims, sentences, notes, sources):")
        .type_text("pentagon briefing gives");
    settle(&mut harness);
    frames_until(&mut harness, "the search hits", |app| {
        !app.library().search().waiting && !app.library().search().hits.is_empty()
    });
    let hits = harness.state().library().search().hits.clone();
    assert_eq!(hits.len(), 1, "{hits:?}");
    assert_eq!(hits[0].note, NOTE);

    // Two controls carry the claim's words now: the list row and the hit's button.
    let buttons = harness.get_all_by_label(SOLDIERS).count();
    assert!(buttons >= 2);
    harness.get_all_by_label(SOLDIERS).last().unwrap().click();
    settle(&mut harness);
    assert!(harness.state().is_asking_to_save(), "unsaved work is asked about first");
    harness.get_by_label("Discard changes").click();
    settle(&mut harness);

    let workbench = harness.state().workbench();
    assert_eq!(workbench.save_path(), Some(call_path.as_path()));
    let selected = workbench.selected_claim().unwrap();
    assert_eq!(selected.quote, SOLDIERS);
    assert_eq!(selected.note, NOTE);
    assert!(!harness.state().library().search().open);
}

/// Reviews of real sentences, recombined: what a team folder of a thousand looks like.
fn thousand_projects(folder: &Path) {
    std::fs::create_dir_all(folder).unwrap();
    let text = std::fs::read_to_string("tests/fixtures/extract/GUM_news_korea.txt").unwrap();
    let sentences: Vec<&str> = text.split(". ").filter(|sentence| sentence.len() > 30).collect();
    let stamp = review_stamp();
    for n in 0..1000 {
        let body: Vec<&str> = (0..4)
            .filter_map(|k| sentences.get((n * 7 + k * 13) % sentences.len()).copied())
            .collect();
        let text = format!("Review {n}\n\n{}.\n", body.join(". "));
        let mut project = extracted(&format!("Review {n}"), &text);
        if let Some(claim) = project.claims.first_mut() {
            claim.set_status(Status::Sourced, &stamp);
        }
        claimdesk::store::save_project(&folder.join(format!("review-{n:04}.claims.ron")), &project).unwrap();
    }
}

#[test]
fn a_folder_of_a_thousand_reviews_is_indexed_while_the_window_keeps_drawing() {
    let root = tempfile::tempdir().unwrap();
    let big = root.path().join("big");
    thousand_projects(&big);
    let data = data_folder(root.path(), &[big]);
    let mut harness = window(&next_week(root.path()), data);

    let started = Instant::now();
    let mut longest = Duration::ZERO;
    let mut frames_while_indexing = 0;
    let mut progress_seen = false;
    while harness.state().library().refreshes() == 0 {
        assert!(
            started.elapsed() < Duration::from_mins(2),
            "indexing took over two minutes"
        );
        let frame = Instant::now();
        harness.step();
        longest = longest.max(frame.elapsed());
        frames_while_indexing += 1;
        if let Some(progress) = harness.state().library().progress() {
            progress_seen = true;
            assert!(progress.total >= 1000, "{progress:?}");
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    let indexing = started.elapsed();
    println!(
        "indexed 1000 reviews in {:.1} s while drawing {frames_while_indexing} frames, the longest {:.0} ms",
        indexing.as_secs_f64(),
        longest.as_secs_f64() * 1e3
    );
    assert!(progress_seen, "the window showed how far indexing had come");
    // A frame never waits for the worker: it stays a frame (an unoptimised build draws one in
    // tens of milliseconds), while indexing takes seconds.
    assert!(longest < Duration::from_millis(500), "a frame took {longest:?}");
    assert!(
        frames_while_indexing >= 20,
        "only {frames_while_indexing} frames in {indexing:?}"
    );
    frames_until(&mut harness, "the matches after indexing", |app| {
        app.library().view().status.is_none()
    });
}

#[test]
fn a_library_that_cannot_be_opened_is_said_once_and_the_window_works_on() {
    let root = tempfile::tempdir().unwrap();
    let data = data_folder(root.path(), &[]);
    // Where the index should be, a folder that is not empty: it can be neither opened nor
    // replaced.
    std::fs::create_dir_all(data.join("library").join("index.sqlite").join("something")).unwrap();
    let mut harness = window(&next_week(root.path()), data);
    frames_until(&mut harness, "the library's failure", |app| {
        app.library().view().unavailable
    });
    let message = harness.state().message().unwrap();
    assert!(message.is_error);
    assert!(message.text.starts_with("Library unavailable"), "{}", message.text);
    assert!(
        message.text.contains("index.sqlite"),
        "names the index: {}",
        message.text
    );

    // The review goes on: J selects, S marks; the inspector says why nothing is matched.
    press(&mut harness, egui::Key::J);
    press(&mut harness, egui::Key::S);
    let claim = harness.state().workbench().selected_claim().unwrap();
    assert_eq!(claim.status, Status::Sourced);
    let said = harness.get_all_by_label_contains("Library unavailable").count();
    assert_eq!(said, 2, "in the status bar and in the inspector");
}

#[test]
fn settings_add_and_remove_a_team_folder_and_a_saved_review_joins_the_library() {
    let root = tempfile::tempdir().unwrap();
    let (team, _) = team_folder(root.path());
    let team = std::fs::canonicalize(team).unwrap();
    let data = data_folder(root.path(), &[]);
    let article = next_week(root.path());
    let mut harness = window(&article, data.clone());
    frames_until(&mut harness, "a first look", |app| app.library().refreshes() > 0);
    let soldiers = claim_id(&harness, SOLDIERS);
    assert!(harness.state().library().view().seen_before(soldiers).is_none());

    // Settings ▸ Library folders ▸ Add folder…: no file dialog here, so the path field asks.
    harness.get_by_label("Settings").click();
    settle(&mut harness);
    harness.get_by_label("Library folders…").click();
    settle(&mut harness);
    harness.get_by_label("Add folder…").click();
    settle(&mut harness);
    harness.get_by_label("Path").type_text(&team.to_string_lossy());
    settle(&mut harness);
    harness.get_by_label("Add").click();
    settle(&mut harness);
    assert_eq!(harness.state().library().config().added, std::slice::from_ref(&team));
    assert_eq!(
        claimdesk::library::load_config(&data).unwrap().added,
        std::slice::from_ref(&team)
    );
    frames_until(&mut harness, "the team's matches", |app| {
        app.library().view().seen_before(soldiers).is_some()
    });

    // Remove: its reviews leave the index, the marker goes.
    let looks = harness.state().library().refreshes();
    harness.get_by_label("Remove").click();
    settle(&mut harness);
    assert!(harness.state().library().config().added.is_empty());
    frames_until(&mut harness, "the look without the team folder", |app| {
        app.library().refreshes() > looks && app.library().view().matches.is_empty()
    });

    // Ctrl+S: the review's folder is remembered and the saved file indexed.
    harness.get_by_label("Close").click();
    press(&mut harness, egui::Key::J);
    press(&mut harness, egui::Key::D);
    let looks = harness.state().library().refreshes();
    press_with(&mut harness, egui::Modifiers::COMMAND, egui::Key::S);
    let saved = std::fs::canonicalize(article.with_file_name("next-week.claims.ron")).unwrap();
    let folder = std::fs::canonicalize(root.path()).unwrap();
    assert_eq!(harness.state().library().config().saved_to, [folder]);
    frames_until(&mut harness, "the look at the new folder", |app| {
        app.library().refreshes() > looks
    });
    let (index, _) = claimdesk::library::Library::open(&claimdesk::library::index_path(&data)).unwrap();
    let indexed: Vec<PathBuf> = index
        .projects()
        .unwrap()
        .into_iter()
        .map(|project| project.path)
        .collect();
    assert!(indexed.contains(&saved), "{indexed:?}");
}
