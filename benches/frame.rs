//! Frame times of the workbench on a 1 MB article with ~10,000 claims, headless.
//!
//! `cargo bench --bench frame` prints medians for: opening (project built from detections →
//! app → first frame), opening the same review from a project file, an idle frame, the frame
//! right after a status change, the frame after the edits that change the highlighted spans
//! (dismiss, add a claim, undo), and the frame after jumping to a claim far down.
//! Targets (issues #4, #15): idle ≤ 4 ms, after any change ≤ 16 ms, opening ≤ 300 ms.

#![allow(
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "a benchmark: failing to set up should stop it loudly"
)]

use std::fmt::Write as _;
use std::time::{Duration, Instant};

use claimdesk::app::files::Opened;
use claimdesk::app::{ClaimdeskApp, Command, Settings};
use claimdesk::model::{Article, Detection, Kind, Project, Status};

const COPIES: usize = 400;

fn big_article() -> String {
    let sample = claimdesk::store::normalise_newlines(include_str!("../assets/articles/biden-putin-call.txt"));
    let mut text = String::with_capacity(sample.len() * COPIES);
    for copy in 0..COPIES {
        let _ = writeln!(text, "Part {copy}");
        text.push_str(&sample);
        text.push('\n');
    }
    text
}

/// A fixed rule instead of the detector, so frame numbers don't move when detection changes:
/// every third number or capitalised word is a claim; ~10,000 on the big article.
fn detections(text: &str) -> Vec<Detection> {
    let mut out = Vec::new();
    let mut start = None;
    let mut candidates = 0usize;
    for (at, chr) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        let word_char = chr.is_alphanumeric() || chr == ',' && start.is_some();
        match (start, word_char) {
            (None, true) => start = Some(at),
            (Some(from), false) => {
                let word = text[from..at].trim_end_matches(',');
                let first = word.chars().next().unwrap_or(' ');
                let candidate = first.is_ascii_digit() || first.is_uppercase();
                candidates += usize::from(candidate);
                if candidate && candidates.is_multiple_of(3) {
                    let kind = if first.is_ascii_digit() {
                        Kind::Count
                    } else {
                        Kind::Statement
                    };
                    out.push(Detection::new(from..from + word.len(), kind, from..from + word.len()));
                }
                start = None;
            }
            _ => {}
        }
    }
    out
}

struct Window {
    ctx: egui::Context,
    app: ClaimdeskApp,
}

impl Window {
    fn input() -> egui::RawInput {
        egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1280.0, 800.0))),
            ..egui::RawInput::default()
        }
    }

    /// One whole frame as eframe runs it: the UI pass and tessellation.
    fn frame(&mut self) -> Duration {
        let started = Instant::now();
        let mut output = self.ctx.run_ui(Self::input(), |ui| self.app.workbench_ui(ui));
        let primitives = self
            .ctx
            .tessellate(std::mem::take(&mut output.shapes), output.pixels_per_point);
        std::hint::black_box(primitives);
        output.textures_delta.clear();
        started.elapsed()
    }
}

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn ms(duration: Duration) -> String {
    format!("{:.2} ms", duration.as_secs_f64() * 1000.0)
}

fn open(project: Project) -> (Window, Duration) {
    let started = Instant::now();
    let opened = Opened::new(project, None, false);
    let mut window = Window {
        ctx: egui::Context::default(),
        app: ClaimdeskApp::with_opened(opened, Settings::default()),
    };
    window.frame();
    (window, started.elapsed())
}

/// Opening from files: an article through the real detector, and a saved project.
fn open_files_bench(text: &str, folder: &std::path::Path, project: &Project) {
    // The article as a file, opened the way `claimdesk ARTICLE` does: read, the real
    // detector, the window.
    let project_path = folder.join("big.claims.ron");
    let article_path = folder.join("big.txt");
    std::fs::write(&article_path, text).expect("article written");
    let mut article_times = Vec::new();
    let mut detected = 0;
    for _ in 0..3 {
        let started = Instant::now();
        let opened = claimdesk::app::files::open_file(&article_path).expect("opens");
        detected = opened.project.claims.len();
        let mut article_window = Window {
            ctx: egui::Context::default(),
            app: ClaimdeskApp::with_opened(opened, Settings::default()),
        };
        article_window.frame();
        article_times.push(started.elapsed());
    }
    println!(
        "open article file (read + extract, {detected} claims detected + first frame): {}",
        ms(median(article_times))
    );

    claimdesk::store::save_project(&project_path, project).expect("saved");
    let mut file_times = Vec::new();
    for _ in 0..3 {
        let started = Instant::now();
        let opened = claimdesk::app::files::open_file(&project_path).expect("opens");
        let mut file_window = Window {
            ctx: egui::Context::default(),
            app: ClaimdeskApp::with_opened(opened, Settings::default()),
        };
        file_window.frame();
        file_times.push(started.elapsed());
    }
    println!(
        "open project file ({:.1} MB .ron, parse + validate + first frame): {}",
        std::fs::metadata(&project_path).map_or(0.0, |meta| meta.len() as f64 / 1e6),
        ms(median(file_times))
    );
}

/// Frames on the open window: idle, right after a status change, after jumping far.
fn frames_bench(window: &mut Window) {
    // Idle with a claim selected, so the inspector is showing too.
    let ctx = window.ctx.clone();
    window.app.apply(&ctx, Command::SelectNext);
    for _ in 0..5 {
        window.frame();
    }
    let idle: Vec<Duration> = (0..200).map(|_| window.frame()).collect();
    println!(
        "idle frame: {} (max {})",
        ms(median(idle.clone())),
        ms(idle.iter().max().copied().unwrap_or_default())
    );

    let mut after_status = Vec::new();
    let mut apply_only = Vec::new();
    for round in 0..60 {
        let status = [Status::Sourced, Status::Disputed, Status::Unverified][round % 3];
        let started = Instant::now();
        window.app.apply(&ctx, Command::SetStatus(status));
        apply_only.push(started.elapsed());
        window.frame();
        after_status.push(started.elapsed());
        window.frame();
    }
    println!(
        "status change + next frame: {} (max {}; applying the change alone {})",
        ms(median(after_status.clone())),
        ms(after_status.iter().max().copied().unwrap_or_default()),
        ms(median(apply_only))
    );

    layout_edits_bench(window);

    let mut jumps = Vec::new();
    let far = window
        .app
        .workbench()
        .project()
        .claims
        .iter()
        .step_by(997)
        .map(|claim| claim.id)
        .collect::<Vec<_>>();
    for claim_id in far {
        let started = Instant::now();
        window.app.apply(&ctx, Command::Select(Some(claim_id)));
        window.frame();
        jumps.push(started.elapsed());
        window.frame();
    }
    println!(
        "jump to a far claim (scroll, lay out new paragraphs): {}",
        ms(median(jumps))
    );
}

/// The edits that change which spans are highlighted (so the span index is rebuilt and the
/// claim list recomputed): dismiss, add a claim, undo. Each timed from the command to the end
/// of the next frame. Target (issue #15): ≤ 16 ms each.
fn layout_edits_bench(window: &mut Window) {
    let ctx = window.ctx.clone();
    let mut dismiss = Vec::new();
    let mut undo = Vec::new();
    for _ in 0..20 {
        let started = Instant::now();
        window.app.apply(&ctx, Command::DismissSelected);
        window.frame();
        dismiss.push(started.elapsed());
        window.frame();
        let started = Instant::now();
        window.app.apply(&ctx, Command::Undo);
        window.frame();
        undo.push(started.elapsed());
        window.frame();
    }
    let text = window.app.workbench().project().article.text.clone();
    let mut add = Vec::new();
    for (start, word) in text.match_indices("exchanged").step_by(17).take(20) {
        let started = Instant::now();
        window.app.apply(
            &ctx,
            Command::AddClaim {
                start,
                end: start + word.len(),
                kind: Kind::Statement,
            },
        );
        window.frame();
        add.push(started.elapsed());
        window.frame();
        let started = Instant::now();
        window.app.apply(&ctx, Command::Undo);
        window.frame();
        undo.push(started.elapsed());
        window.frame();
    }
    let added = add.len();
    for (name, samples) in [("dismiss", dismiss), ("add a claim", add), ("undo", undo)] {
        println!(
            "{name} + next frame: {} (max {}; target ≤ 16 ms)",
            ms(median(samples.clone())),
            ms(samples.iter().max().copied().unwrap_or_default())
        );
    }
    assert!(added > 0, "the article has words to add claims on");
}

fn main() {
    let text = big_article();
    let found = detections(&text);
    println!(
        "article: {:.2} MB, {} claims ({} paragraphs)",
        text.len() as f64 / 1e6,
        found.len(),
        text.lines().count()
    );
    let folder = std::env::temp_dir().join(format!("claimdesk-bench-{}", std::process::id()));
    std::fs::create_dir_all(&folder).expect("temp folder");

    // Opening: claims in → window showing them (median of 5; the first frame includes
    // laying out the visible paragraphs and building the span index).
    let mut open_times = Vec::new();
    let mut window = None;
    for _ in 0..5 {
        let article = Article::new("Big", text.clone());
        let started = Instant::now();
        let project = Project::from_detections(article, found.clone());
        let built = started.elapsed();
        let (opened_window, frame_time) = open(project);
        open_times.push(built + frame_time);
        window = Some(opened_window);
    }
    let mut window = window.expect("opened");
    println!("open (detections → project → first frame): {}", ms(median(open_times)));

    open_files_bench(&text, &folder, window.app.workbench().project());
    frames_bench(&mut window);

    // The same megabyte with no line breaks at all (some exports look like that).
    let one_line = text.replace('\n', " ");
    let (mut flat, open_time) = open(Project::from_detections(
        Article::new("One line", one_line),
        found.clone(),
    ));
    for _ in 0..5 {
        flat.frame();
    }
    let idle: Vec<Duration> = (0..100).map(|_| flat.frame()).collect();
    println!("one 1 MB line: open {}, idle frame {}", ms(open_time), ms(median(idle)));
    let _ = std::fs::remove_dir_all(&folder);
}
