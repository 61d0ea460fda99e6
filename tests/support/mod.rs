//! Shared fixtures for the window stories: the sample article with hand-made claims (the
//! detector is developed elsewhere), a harness around the whole app, and pointer helpers.

#![allow(dead_code, reason = "each test file uses a different part")]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "fixtures: a failure here is a failing test"
)]

use std::path::{Path, PathBuf};

use claimdesk::app::files::Opened;
use claimdesk::app::{ClaimdeskApp, Settings};
use claimdesk::model::{Article, Detection, Kind, Project, Stamp};
use egui_kittest::Harness;

/// The sample article's text as the store reads it.
pub fn sample_text() -> String {
    claimdesk::store::normalise_newlines(include_str!("../../assets/articles/biden-putin-call.txt"))
}

/// The claims a good detector finds in the sample, by their words, with one nested pair.
pub const SAMPLE_CLAIMS: [(&str, Kind); 12] = [
    ("Thursday", Kind::Date),
    ("50-minute call", Kind::Measure),
    ("second conversation this month", Kind::Ordinal),
    ("“a good background”", Kind::Quote),
    ("January 9-10", Kind::Date),
    ("January 12", Kind::Date),
    ("January 13th", Kind::Date),
    ("60,000 to 90,000 Russian soldiers", Kind::Count),
    ("about 10,000 soldiers", Kind::Count),
    ("“Joe Biden has taken two avenues,”", Kind::Quote),
    ("two avenues", Kind::Count),
    ("in 2014", Kind::Date),
];

/// Hand-made detections over `text` for [`SAMPLE_CLAIMS`].
pub fn sample_detections(text: &str) -> Vec<Detection> {
    SAMPLE_CLAIMS
        .iter()
        .map(|(words, kind)| {
            let start = text.find(words).unwrap_or_else(|| panic!("{words:?} is in the sample"));
            Detection::new(start..start + words.len(), *kind, start..start + words.len())
        })
        .collect()
}

/// The sample as a new project, as if the article had just been opened.
pub fn sample_project() -> Project {
    let text = sample_text();
    let detections = sample_detections(&text);
    let mut article = claimdesk::store::article_from_text(text, "biden-putin-call");
    article.origin = Some("assets/articles/biden-putin-call.txt".to_owned());
    Project::from_detections(article, detections)
}

/// A project of `text` with no claims.
pub fn bare_project(title: &str, text: &str) -> Project {
    Project::from_detections(Article::new(title, text), Vec::new())
}

/// The sample opened as an unsaved project.
pub fn sample_opened() -> Opened {
    Opened::new(sample_project(), None, false)
}

/// A fixed stamp, so history is the same on every run.
pub fn stamp() -> Stamp {
    Stamp::at_unix(1_795_943_523, "ana")
}

/// The whole window around `opened`, headless, accessibility checks on.
pub fn harness(opened: Opened) -> Harness<'static, ClaimdeskApp> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .with_max_steps(24)
        .build_eframe(move |_cc| {
            let mut app = ClaimdeskApp::with_opened(opened, Settings::default());
            app.set_stamp(stamp());
            app
        });
    settle(&mut harness);
    harness
}

/// Runs frames until the window stops asking for more (layouts settle over a frame or two,
/// scrolling to a claim animates).
pub fn settle(harness: &mut Harness<'static, ClaimdeskApp>) {
    harness.run_steps(4);
    harness.run();
}

/// Presses a single key (no modifiers) and lets the window react.
pub fn press(harness: &mut Harness<'static, ClaimdeskApp>, key: egui::Key) {
    harness.key_press(key);
    settle(harness);
}

/// Presses a key with modifiers and lets the window react.
pub fn press_with(harness: &mut Harness<'static, ClaimdeskApp>, modifiers: egui::Modifiers, key: egui::Key) {
    harness.key_press_modifiers(modifiers, key);
    settle(harness);
}

/// A plain left click at `pos`.
pub fn click_at(harness: &mut Harness<'static, ClaimdeskApp>, pos: egui::Pos2) {
    harness.hover_at(pos);
    harness.step();
    for pressed in [true, false] {
        harness.event(egui::Event::PointerButton {
            pos,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: egui::Modifiers::NONE,
        });
        harness.step();
    }
    settle(harness);
}

/// Drags the mouse from `from` to `to` with the left button, as when selecting words.
pub fn drag(harness: &mut Harness<'static, ClaimdeskApp>, from: egui::Pos2, to: egui::Pos2) {
    harness.hover_at(from);
    harness.step();
    harness.drag_at(from);
    harness.step();
    for step in 1..=5 {
        let t = step as f32 / 5.0;
        harness.hover_at(from + (to - from) * t);
        harness.step();
    }
    harness.drop_at(to);
    settle(harness);
}

/// The claim of the current project whose words are `quote`.
pub fn claim_id(harness: &Harness<'static, ClaimdeskApp>, quote: &str) -> claimdesk::model::ClaimId {
    harness
        .state()
        .workbench()
        .project()
        .claims
        .iter()
        .find(|claim| claim.quote == quote)
        .unwrap_or_else(|| panic!("a claim {quote:?}"))
        .id
}

/// Writes the sample article into `folder` and returns its path.
pub fn write_sample_article(folder: &Path) -> PathBuf {
    let path = folder.join("biden-putin-call.txt");
    std::fs::write(&path, sample_text()).unwrap();
    path
}

/// Press, move and release within a single frame: how scripted input (xdotool) and very fast
/// hands drag.
pub fn flick(harness: &mut Harness<'static, ClaimdeskApp>, from: egui::Pos2, to: egui::Pos2) {
    harness.hover_at(from);
    harness.step();
    for (pos, pressed) in [(from, true), (to, false)] {
        harness.event(egui::Event::PointerMoved(pos));
        harness.event(egui::Event::PointerButton {
            pos,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: egui::Modifiers::NONE,
        });
    }
    settle(harness);
}

/// The hand-made sample project saved as `other.claims.ron` in `folder`; returns its path.
pub fn sample_project_file(folder: &Path) -> PathBuf {
    let path = folder.join("other.claims.ron");
    claimdesk::store::save_project(&path, &sample_project()).unwrap();
    path
}

/// The whole window around `opened` at `size` (points), headless.
pub fn harness_sized(opened: Opened, size: egui::Vec2) -> Harness<'static, ClaimdeskApp> {
    let mut harness = Harness::builder()
        .with_size(size)
        .with_max_steps(24)
        .build_eframe(move |_cc| {
            let mut app = ClaimdeskApp::with_opened(opened, Settings::default());
            app.set_stamp(stamp());
            app
        });
    settle(&mut harness);
    harness
}

/// Sentences of the sample scored as statements (check-worthiness, whether the detector was
/// only fairly sure), by their first and last words; the numbers in them stay claims too.
pub const SAMPLE_STATEMENTS: [(&str, &str, f32, bool); 6] = [
    ("In a 50-minute call", "break in relations.", 0.894, false),
    ("Despite talks about diplomacy", "as “serious”.", 0.40, true),
    ("And none of the countries", "outline of an agreement.", 0.55, true),
    ("In Kiev, leaders worry", "north, east and south.", 0.842, false),
    ("Washington wasn’t convinced", "evidence of a reduction.", 0.768, false),
    ("Moscow’s troop deployments", "as it chooses.", 0.936, false),
];

/// The sentence of the sample from `first` to `last`, as text.
pub fn sample_sentence(first: &str, last: &str) -> String {
    let text = sample_text();
    let start = text.find(first).unwrap_or_else(|| panic!("{first:?} is in the sample"));
    let end = start + text[start..].find(last).unwrap_or_else(|| panic!("{last:?} follows")) + last.len();
    text[start..end].to_owned()
}

/// The sample with [`SAMPLE_CLAIMS`] and the statement claims of [`SAMPLE_STATEMENTS`], as a
/// detector that scores sentences would give it (statements nest around the numbers).
pub fn statement_project() -> Project {
    let text = sample_text();
    let mut detections = sample_detections(&text);
    for (first, last, score, likely) in SAMPLE_STATEMENTS {
        let sentence = sample_sentence(first, last);
        let start = text.find(&sentence).unwrap();
        let span = start..start + sentence.len();
        detections.push(Detection {
            value: Some(claimdesk::model::Value::Statement(claimdesk::model::StatementValue {
                checkworthiness: score,
            })),
            confidence: if likely {
                claimdesk::model::Confidence::Likely
            } else {
                claimdesk::model::Confidence::Sure
            },
            ..Detection::new(span.clone(), Kind::Statement, span)
        });
    }
    let mut article = claimdesk::store::article_from_text(text, "biden-putin-call");
    article.origin = Some("assets/articles/biden-putin-call.txt".to_owned());
    Project::from_detections(article, detections)
}
