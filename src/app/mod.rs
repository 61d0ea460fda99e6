//! The window: owns the state, turns keys and clicks into [`Command`]s and applies them in
//! one place ([`ClaimdeskApp::apply`]), which records undo steps, marks the project unsaved,
//! shows errors once in the status bar, and is the only code that opens dialogs or files.

mod command;
pub mod files;
mod settings;
mod ui_command;
mod undo;
mod view_options;
mod workbench;

use std::path::PathBuf;
use std::time::{Duration, Instant};

pub use command::{Answer, Command, OnDiskAnswer, ReplaceAnswer};
pub use settings::Settings;
pub use ui_command::{UiCommand, shortcut_text};
pub use undo::UndoStack;
pub use view_options::{Filter, SortKey, ThemeChoice};
pub use workbench::Workbench;

use crate::model::{ClaimId, Stamp};
use crate::store::{FileSession, RecoveryOffer, SaveOutcome};
use crate::ui::article::ArticleView;
use crate::ui::claim_list::ClaimListView;
use crate::ui::inspector::InspectorView;
use crate::ui::status_bar::Message;
use crate::ui::{confirm, help, menu_bar, status_bar, theme};

use files::Opened;

/// Opens the window on `path` (an article or a project), or on the bundled sample.
pub fn run(path: Option<PathBuf>) -> Result<(), eframe::Error> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("claimdesk")
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([640.0, 400.0])
            .with_drag_and_drop(true),
        ..eframe::NativeOptions::default()
    };
    eframe::run_native(
        "claimdesk",
        options,
        Box::new(move |cc| Ok(Box::new(ClaimdeskApp::new(cc, path)))),
    )
}

/// How long a clipboard request waits for the window system's answer.
const PASTE_REQUEST_TIMEOUT: Duration = Duration::from_secs(2);

/// What waits for the answer to "save your changes?".
#[derive(Clone, Debug, PartialEq, Eq)]
enum Pending {
    Close,
    Open(PathBuf),
    OpenDialog,
    NewFromText(String),
}

/// The workbench window.
pub struct ClaimdeskApp {
    workbench: Workbench,
    settings: Settings,
    article: ArticleView,
    list: ClaimListView,
    inspector: InspectorView,
    message: Option<Message>,
    pending: Option<Pending>,
    show_help: bool,
    allow_close: bool,
    title: String,
    stamp: Option<Stamp>,
    dialogs: bool,
    /// The file behind the project: saving, the lock, recovery copies.
    session: FileSession,
    /// Where recovery copies of never-saved projects go (`None` in tests: no copies).
    data_dir: Option<PathBuf>,
    /// A recovery copy found when the project was opened, waiting for an answer.
    recovery: Option<RecoveryOffer>,
    /// The file someone else changed since we read it, waiting for "overwrite?".
    changed_on_disk: Option<PathBuf>,
    /// A file the save would replace that this window did not load, waiting for "replace?",
    /// with what it holds in words.
    replace_existing: Option<(PathBuf, String)>,
    /// What to carry on with once the overwrite question is answered.
    after_overwrite: Option<Pending>,
    /// The edit generation the autosave timer last saw.
    seen_generation: u64,
    /// No recovery copy attempts before this (one failed).
    autosave_retry_at: Option<Instant>,
    /// When Edit ▸ New from clipboard asked the system for its text; a paste soon after makes
    /// a review. (An empty clipboard sends no paste, so the request expires.)
    paste_requested_at: Option<Instant>,
}

impl ClaimdeskApp {
    /// The app as eframe starts it: settings from eframe's storage, `path` or the sample opened.
    /// `CLAIMDESK_THEME=light|dark|system` overrides the remembered theme for this run (used
    /// for screenshots).
    pub fn new(cc: &eframe::CreationContext<'_>, path: Option<PathBuf>) -> Self {
        let settings: Settings = cc
            .storage
            .and_then(|storage| eframe::get_value(storage, eframe::APP_KEY))
            .unwrap_or_default();
        let mut app = Self::with_opened(files::empty(), settings);
        app.allow_dialogs();
        app.data_dir = crate::store::recovery::data_dir();
        match path {
            Some(path) => app.open_now(path),
            None => app.load(files::open_sample()),
        }
        app.offer_unsaved_recovery();
        let theme = std::env::var("CLAIMDESK_THEME")
            .ok()
            .and_then(|name| ThemeChoice::from_name(&name))
            .unwrap_or(app.settings.theme);
        cc.egui_ctx.set_theme(theme.preference());
        app
    }

    /// The app on an opened file, with the given settings; no dialogs are ever shown until
    /// [`Self::allow_dialogs`] (tests and benches must never block on one).
    pub fn with_opened(opened: Opened, settings: Settings) -> Self {
        let mut app = Self {
            // Replaced by `load` below; empty so that opening a big file copies nothing.
            workbench: Workbench::new(files::empty().project, None, true),
            settings,
            article: ArticleView::default(),
            list: ClaimListView::default(),
            inspector: InspectorView::default(),
            message: None,
            pending: None,
            show_help: false,
            allow_close: false,
            title: String::new(),
            stamp: None,
            dialogs: false,
            session: FileSession::default(),
            data_dir: None,
            recovery: None,
            changed_on_disk: None,
            replace_existing: None,
            after_overwrite: None,
            seen_generation: 0,
            autosave_retry_at: None,
            paste_requested_at: None,
        };
        app.load(opened);
        app
    }

    /// Keeps recovery copies of never-saved projects in `data_dir` (tests use a temporary one).
    pub fn set_data_dir(&mut self, data_dir: Option<PathBuf>) {
        if self.session.path().is_none() {
            // A project with no file keeps its copies in the data folder: tell its session.
            self.session = FileSession::unsaved(data_dir.clone());
        }
        self.data_dir = data_dir;
    }

    /// Whether a recovery copy is being offered.
    pub fn is_offering_recovery(&self) -> bool {
        self.recovery.is_some()
    }

    /// Whether "someone else changed the file: overwrite?" is being asked.
    pub fn is_asking_to_overwrite(&self) -> bool {
        self.changed_on_disk.is_some()
    }

    /// Whether "replace a file this window did not load?" is being asked.
    pub fn is_asking_to_replace(&self) -> bool {
        self.replace_existing.is_some()
    }

    /// Writes a recovery copy if the project has changes and one is due at `now` (every 30 s
    /// while there are unsaved changes). Runs every frame; tests call it with a later `now`.
    pub fn autosave(&mut self, now: Instant) {
        let generation = self.workbench.generation();
        if generation != self.seen_generation {
            self.seen_generation = generation;
            if self.workbench.is_dirty() {
                self.session.changed(now);
            } else if let Err(error) = self.session.discard_recovery(&self.workbench.project) {
                // Undone back to what is saved: no copy needed, and the timer stops.
                self.error(format!("Recovery copy not removed: {error}"));
            }
        }
        let retry_ok = self.autosave_retry_at.is_none_or(|at| now >= at);
        if self.workbench.is_dirty() && retry_ok && self.session.autosave_due(now) {
            match self.session.write_recovery(&self.workbench.project, &self.stamp().at) {
                Ok(_) => self.autosave_retry_at = None,
                Err(error) => {
                    // Said once, retried a while later rather than every frame.
                    self.autosave_retry_at = Some(now + Duration::from_secs(30));
                    self.error(format!("Recovery copy not written: {error}"));
                }
            }
        }
    }

    /// Lets File ▸ Open… and Save As… show the system's file dialogs.
    pub fn allow_dialogs(&mut self) {
        self.dialogs = true;
    }

    /// Records history under this stamp instead of the clock and `$USER` (tests).
    pub fn set_stamp(&mut self, stamp: Stamp) {
        self.stamp = Some(stamp);
    }

    /// The open review.
    pub fn workbench(&self) -> &Workbench {
        &self.workbench
    }

    /// The article view (where claims were drawn last frame).
    pub fn article_view(&self) -> &ArticleView {
        &self.article
    }

    /// The status bar's message.
    pub fn message(&self) -> Option<&Message> {
        self.message.as_ref()
    }

    /// Whether "save your changes?" is being asked.
    pub fn is_asking_to_save(&self) -> bool {
        self.pending.is_some()
    }

    /// The remembered settings.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    fn stamp(&self) -> Stamp {
        self.stamp.clone().unwrap_or_else(Stamp::now)
    }

    fn note(&mut self, text: impl Into<String>) {
        self.message = Some(Message {
            text: text.into(),
            is_error: false,
        });
    }

    fn error(&mut self, text: impl Into<String>) {
        let text = text.into();
        // Also on stderr, for someone running from a terminal; the window shows it once.
        eprintln!("claimdesk: {text}");
        self.message = Some(Message { text, is_error: true });
    }

    fn load(&mut self, opened: Opened) {
        let Opened {
            project,
            save_path,
            on_disk,
            mut notices,
            fingerprint,
        } = opened;
        self.session = match (&save_path, on_disk) {
            (Some(path), true) => FileSession::opened(path.clone(), fingerprint, self.data_dir.clone()),
            _ => FileSession::unsaved(self.data_dir.clone()),
        };
        if let Some(owner) = self.session.held_by() {
            notices.push(format!(
                "also open in another claimdesk ({owner}): changes there and here may clash"
            ));
        }
        self.recovery = match self.session.recovery_offer(&project) {
            Ok(offer) => offer,
            Err(error) => {
                notices.push(format!("a recovery copy could not be read: {error}"));
                None
            }
        };
        self.workbench = Workbench::new(project, save_path, on_disk);
        self.seen_generation = self.workbench.generation();
        self.changed_on_disk = None;
        self.replace_existing = None;
        self.after_overwrite = None;
        self.article.reset();
        self.list.reset();
        self.inspector.reset();
        self.message = None;
        if !notices.is_empty() {
            self.note(notices.join("; "));
        }
    }

    /// Opens `path` now, unsaved work or not.
    #[expect(clippy::needless_pass_by_value, reason = "the path is kept in the recent list")]
    fn open_now(&mut self, path: PathBuf) {
        match files::open_file(&path) {
            Ok(opened) => {
                let claims = opened.project.claims.len();
                self.load(opened);
                self.settings.remember(path.clone());
                if self.message.is_none() {
                    self.note(format!("Opened {} · {claims} claims", path.display()));
                }
            }
            Err(error) => self.error(error),
        }
    }

    /// Takes back the work in a recovery copy as an ordinary undoable change, unsaved until the
    /// analyst saves. A copy of another article (found at start, its review never saved) opens
    /// that article first, as opening it would.
    fn recover(&mut self, offer: RecoveryOffer) {
        let RecoveryOffer {
            project,
            changed_claims,
            ..
        } = offer;
        if project.article.text != self.workbench.project.article.text {
            let save_path = project
                .article
                .origin
                .as_deref()
                .map(|origin| crate::store::project_path_for_article(std::path::Path::new(origin)));
            let fresh = files::project_from_article(project.article.clone());
            self.load(Opened::new(fresh, save_path, false));
            // The copy stays on disk until this work is saved; don't offer it twice.
            self.recovery = None;
        }
        let claims = project.claims;
        match self.workbench.edit(|current| {
            current.claims = claims;
            Ok(())
        }) {
            Ok(()) => self.note(format!(
                "Recovered unsaved work: {changed_claims} claims differ from the file"
            )),
            Err(error) => self.error(error.to_string()),
        }
    }

    /// At start, the newest recovery copy of a review that was never saved (its window died
    /// before a first save), if the project just opened has none of its own to offer.
    pub fn offer_unsaved_recovery(&mut self) {
        if self.recovery.is_some() {
            return;
        }
        let Some(data_dir) = self.data_dir.clone() else {
            return;
        };
        for path in crate::store::recovery::unsaved_recoveries(&data_dir) {
            match crate::store::recovery::read_recovery(&path) {
                Ok(recovery) => {
                    let reviewed = recovery
                        .project
                        .claims
                        .iter()
                        .filter(|claim| !claim.history.is_empty())
                        .count();
                    self.recovery = Some(RecoveryOffer {
                        path,
                        saved_at: recovery.saved_at,
                        changed_claims: reviewed,
                        project: recovery.project,
                    });
                    return;
                }
                Err(error) => self.error(format!("A recovery copy could not be read (kept): {error}")),
            }
        }
    }

    /// Loads the project file as someone else left it, after putting our version in its
    /// recovery copy: the reload then offers ours back, so both exist until the analyst
    /// chooses. If ours cannot be kept, nothing is reloaded.
    fn reload_keeping_ours(&mut self) {
        let Some(path) = self.session.path().map(std::path::Path::to_path_buf) else {
            return;
        };
        match self.session.write_recovery(&self.workbench.project, &self.stamp().at) {
            Ok(_) => self.open_now(path),
            Err(error) => self.error(format!("Not reloaded, your version could not be kept: {error}")),
        }
    }

    /// Saves (to `save_as`, else the project's file; an article's review goes beside the
    /// article); false if it failed (error shown), was cancelled, or waits for "overwrite?" or
    /// "replace?". `confirmed`: the analyst already agreed to replace what the target holds.
    fn save(&mut self, ctx: &egui::Context, save_as: Option<PathBuf>, confirmed: bool) -> bool {
        let overwrite_changed = confirmed;
        if let Some(command) = self.inspector.pending_note(&self.workbench) {
            self.apply(ctx, command);
        }
        // A project from an article has no file yet, but a default place for one.
        let target = save_as.or_else(|| {
            self.session
                .path()
                .is_none()
                .then(|| self.workbench.save_path.clone())
                .flatten()
        });
        // A file this window did not load may hold someone's review (of this very article,
        // opened before it was saved, or whose file could not be read): never replace it
        // without asking.
        if !confirmed
            && let Some(path) = &target
            && self.session.path() != Some(path.as_path())
            && path.exists()
        {
            let holds = describe_existing(path, &self.workbench.project.article.text);
            self.replace_existing = Some((path.clone(), holds));
            return false;
        }
        match self.session.save(&self.workbench.project, target, overwrite_changed) {
            Ok(SaveOutcome::Saved(path)) => {
                self.workbench.mark_saved(path.clone());
                self.note(format!("Saved {}", path.display()));
                self.settings.remember(path);
                true
            }
            Ok(SaveOutcome::NeedsPath) => match self.pick_save() {
                Some(path) => self.save(ctx, Some(path), overwrite_changed),
                None => false,
            },
            Ok(SaveOutcome::ChangedOnDisk(path)) => {
                self.changed_on_disk = Some(path);
                false
            }
            Err(error) => {
                self.error(format!("Not saved: {error}"));
                false
            }
        }
    }

    fn pick_save(&mut self) -> Option<PathBuf> {
        if !self.dialogs {
            self.error("No file to save to: use Save As");
            return None;
        }
        files::pick_save(self.workbench.save_path())
    }

    fn pick_open(&mut self) -> Option<PathBuf> {
        if !self.dialogs {
            return None;
        }
        files::pick_open()
    }

    /// Carries out `pending`, the unsaved work dealt with.
    fn proceed(&mut self, ctx: &egui::Context, pending: Pending) {
        match pending {
            Pending::Close => {
                self.allow_close = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
            Pending::Open(path) => self.open_now(path),
            Pending::NewFromText(text) => match files::open_text(&text) {
                Ok(opened) => {
                    let claims = opened.project.claims.len();
                    self.load(opened);
                    self.note(format!("New review of pasted text · {claims} claims"));
                }
                Err(error) => self.error(error),
            },
            Pending::OpenDialog => {
                if let Some(path) = self.pick_open() {
                    self.open_now(path);
                }
            }
        }
    }

    /// Runs `pending` now if nothing would be lost, else asks first.
    fn guard(&mut self, ctx: &egui::Context, pending: Pending) {
        if let Some(command) = self.inspector.pending_note(&self.workbench) {
            self.apply(ctx, command);
        }
        if self.workbench.is_dirty() {
            self.pending = Some(pending);
        } else {
            self.proceed(ctx, pending);
        }
    }

    fn select(&mut self, claim_id: Option<ClaimId>) {
        if self.workbench.selected != claim_id {
            self.workbench.selected = claim_id;
            if let Some(claim_id) = claim_id {
                self.article.reveal(claim_id);
                self.list.reveal(claim_id);
            }
        }
    }

    /// Applies one command: the single place where state changes.
    #[expect(
        clippy::too_many_lines,
        reason = "one short arm per command; splitting would scatter the one place changes happen"
    )]
    pub fn apply(&mut self, ctx: &egui::Context, command: Command) {
        let stamp = self.stamp();
        let selected_before = self.workbench.selected;
        let result: Result<(), String> = match command {
            Command::Select(claim_id) => {
                self.select(claim_id);
                Ok(())
            }
            Command::SelectNext | Command::SelectPrevious => {
                let step = if command == Command::SelectNext { 1 } else { -1 };
                self.workbench.select_step(step);
                let selected = self.workbench.selected;
                self.workbench.selected = selected_before;
                self.select(selected);
                Ok(())
            }
            Command::SetStatus(status) => match self.workbench.selected {
                Some(claim_id) => self
                    .workbench
                    .set_status(claim_id, status, &stamp)
                    .map_err(|error| error.to_string()),
                None => Err("Select a claim first (J selects the first)".to_owned()),
            },
            Command::SetStatusOf(claim_id, status) => {
                self.select(Some(claim_id));
                self.workbench
                    .set_status(claim_id, status, &stamp)
                    .map_err(|error| error.to_string())
            }
            Command::Dismiss(claim_id) => self
                .workbench
                .set_dismissed(claim_id, true, &stamp)
                .map_err(|error| error.to_string()),
            Command::DismissSelected => match self.workbench.selected {
                Some(claim_id) => self
                    .workbench
                    .set_dismissed(claim_id, true, &stamp)
                    .map_err(|error| error.to_string()),
                None => Err("Select a claim to dismiss".to_owned()),
            },
            Command::Restore(claim_id) => self
                .workbench
                .set_dismissed(claim_id, false, &stamp)
                .map_err(|error| error.to_string()),
            Command::AddClaim { start, end, kind } => self
                .workbench
                .add_claim(start, end, kind, &stamp)
                .map(|_| self.article.clear_selection())
                .map_err(|error| format!("Claim not added: {error}")),
            Command::AddClaimFromSelection(kind) => match self.article.selection_range() {
                Some(range) => self
                    .workbench
                    .add_claim(range.start, range.end, kind, &stamp)
                    .map(|_| self.article.clear_selection())
                    .map_err(|error| format!("Claim not added: {error}")),
                None => Err("Select words in the article first, then press A".to_owned()),
            },
            Command::SetKind(claim_id, kind) => self
                .workbench
                .edit_claim(claim_id, |claim| {
                    claim.set_kind(kind, &stamp);
                    Ok(())
                })
                .map_err(|error| error.to_string()),
            Command::SetNote(claim_id, note) => self
                .workbench
                .edit_claim(claim_id, |claim| {
                    claim.set_note(&note, &stamp);
                    Ok(())
                })
                .map_err(|error| error.to_string()),
            Command::AddSource(claim_id, source) => self
                .workbench
                .edit_claim(claim_id, |claim| {
                    claim.add_source(source, &stamp);
                    Ok(())
                })
                .map_err(|error| error.to_string()),
            Command::EditSource(claim_id, index, source) => self
                .workbench
                .edit_claim(claim_id, |claim| {
                    if claim.edit_source(index, source, &stamp) {
                        Ok(())
                    } else {
                        Err(crate::model::ModelError::NoSuchSource { claim_id, index })
                    }
                })
                .map_err(|error| error.to_string()),
            Command::RemoveSource(claim_id, index) => self
                .workbench
                .edit_claim(claim_id, |claim| {
                    if claim.remove_source(index, &stamp) {
                        Ok(())
                    } else {
                        Err(crate::model::ModelError::NoSuchSource { claim_id, index })
                    }
                })
                .map_err(|error| error.to_string()),
            Command::OpenUrl(url) => match crate::model::openable_url(&url) {
                Some(url) => {
                    ctx.open_url(egui::OpenUrl::new_tab(url));
                    Ok(())
                }
                None => Err(format!("Not opened: {url} is not an http(s) link")),
            },
            Command::Undo => {
                if self.workbench.undo() {
                    self.note("Undone");
                    Ok(())
                } else {
                    Err("Nothing to undo".to_owned())
                }
            }
            Command::Redo => {
                if self.workbench.redo() {
                    self.note("Redone");
                    Ok(())
                } else {
                    Err("Nothing to redo".to_owned())
                }
            }
            Command::Open(path) => {
                self.guard(ctx, Pending::Open(path));
                Ok(())
            }
            Command::OpenDialog => {
                self.guard(ctx, Pending::OpenDialog);
                Ok(())
            }
            Command::Save => {
                self.save(ctx, None, false);
                Ok(())
            }
            Command::SaveAsDialog => {
                if let Some(path) = self.pick_save() {
                    self.save(ctx, Some(path), false);
                }
                Ok(())
            }
            Command::SaveAs(path) => {
                self.save(ctx, Some(path), false);
                Ok(())
            }
            Command::OnDisk(answer) => {
                self.changed_on_disk = None;
                let after = self.after_overwrite.take();
                let saved = match answer {
                    OnDiskAnswer::Overwrite => self.save(ctx, None, true),
                    OnDiskAnswer::SaveAs => match self.pick_save() {
                        Some(path) => self.save(ctx, Some(path), false),
                        None => false,
                    },
                    OnDiskAnswer::Reload => {
                        self.reload_keeping_ours();
                        false
                    }
                    OnDiskAnswer::Cancel => false,
                };
                if saved && let Some(pending) = after {
                    self.proceed(ctx, pending);
                }
                Ok(())
            }
            Command::Replace(answer) => {
                let after = self.after_overwrite.take();
                let saved = match (self.replace_existing.take(), answer) {
                    (Some((path, _)), ReplaceAnswer::Replace) => self.save(ctx, Some(path), true),
                    (Some(_), ReplaceAnswer::SaveAs) => match self.pick_save() {
                        Some(path) => self.save(ctx, Some(path), false),
                        None => false,
                    },
                    _ => false,
                };
                if saved && let Some(pending) = after {
                    self.proceed(ctx, pending);
                } else if self.is_asking_to_replace() || self.is_asking_to_overwrite() {
                    self.after_overwrite = after;
                }
                Ok(())
            }
            Command::Recover(accept) => {
                if let Some(offer) = self.recovery.take() {
                    if accept {
                        self.recover(offer);
                    } else if let Err(error) = crate::store::recovery::discard_recovery(&offer.path) {
                        self.error(format!("Recovery copy not removed: {error}"));
                    }
                }
                Ok(())
            }
            Command::Quit => {
                self.guard(ctx, Pending::Close);
                Ok(())
            }
            Command::ExportDialog(format) => {
                if self.dialogs
                    && let Some(path) = files::pick_export(format, self.workbench.save_path())
                {
                    self.apply(ctx, Command::Export(format, path));
                }
                Ok(())
            }
            Command::Export(format, path) => {
                let reviewer = self.stamp().by;
                let date = self.stamp().at;
                files::export_report(&self.workbench.project, format, &path, reviewer, date).map(|()| {
                    self.note(format!("Exported {} to {}", format.label(), path.display()));
                })
            }
            Command::RequestPaste => {
                self.paste_requested_at = Some(Instant::now());
                ctx.send_viewport_cmd(egui::ViewportCommand::RequestPaste);
                Ok(())
            }
            Command::NewFromText(text) => {
                self.guard(ctx, Pending::NewFromText(text));
                Ok(())
            }
            Command::Answer(answer) => {
                if let Some(pending) = self.pending.take() {
                    match answer {
                        Answer::Save => {
                            if self.save(ctx, None, false) {
                                self.proceed(ctx, pending);
                            } else if self.changed_on_disk.is_some() || self.replace_existing.is_some() {
                                self.after_overwrite = Some(pending);
                            }
                        }
                        Answer::Discard => {
                            // The changes are thrown away on purpose: no recovery copy for them.
                            if let Err(error) = self.session.discard_recovery(&self.workbench.project) {
                                self.error(format!("Recovery copy not removed: {error}"));
                            }
                            self.proceed(ctx, pending);
                        }
                        Answer::Cancel => {}
                    }
                }
                Ok(())
            }
            Command::SetFilter(filter) => {
                self.workbench.filter = filter;
                self.workbench.refresh();
                Ok(())
            }
            Command::SetSort(sort) => {
                self.workbench.sort = sort;
                self.workbench.refresh();
                Ok(())
            }
            Command::SetSearch(search) => {
                self.workbench.search = search;
                self.workbench.refresh();
                Ok(())
            }
            Command::FocusSearch => {
                self.list.focus_search();
                Ok(())
            }
            Command::ToggleShowDismissed => {
                self.workbench.toggle_show_dismissed();
                Ok(())
            }
            Command::SetTheme(theme) => {
                self.settings.theme = theme;
                ctx.set_theme(theme.preference());
                Ok(())
            }
            Command::ToggleHelp => {
                self.show_help = !self.show_help;
                Ok(())
            }
        };
        if let Err(error) = result {
            self.error(error);
        }
        // A selection that no longer exists (undo of an add) or is hidden is dropped.
        if let Some(claim) = self.workbench.selected_claim()
            && claim.dismissed
            && !self.workbench.show_dismissed
        {
            self.workbench.selected = None;
        } else if self.workbench.selected.is_some() && self.workbench.selected_claim().is_none() {
            self.workbench.selected = None;
        }
        if self.workbench.selected != selected_before
            && let Some(claim_id) = self.workbench.selected
        {
            self.article.reveal(claim_id);
            self.list.reveal(claim_id);
        }
    }

    /// One frame of the whole window (what `eframe::App::ui` runs; benches call it directly).
    pub fn workbench_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        let mut commands = Vec::new();

        if ctx.input(|input| input.viewport().close_requested()) && self.workbench.is_dirty() && !self.allow_close {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            if let Some(command) = self.inspector.pending_note(&self.workbench) {
                commands.push(command);
            }
            self.pending = Some(Pending::Close);
        }
        if let Some(path) = dropped_file(&ctx) {
            commands.push(Command::Open(path));
        }
        if let Some(text) = self.pasted_article(&ctx) {
            commands.push(Command::NewFromText(text));
        }
        if self.pending.is_none()
            && self.recovery.is_none()
            && self.changed_on_disk.is_none()
            && self.replace_existing.is_none()
        {
            commands.extend(UiCommand::consume_pressed(&ctx));
        }

        egui::Panel::top("menu bar").show(ui, |ui| {
            commands.extend(menu_bar::menu_bar_ui(ui, &self.workbench, &self.settings));
        });
        egui::Panel::bottom("status bar").show(ui, |ui| {
            status_bar::status_bar_ui(ui, &self.workbench, self.message.as_ref());
        });
        egui::Panel::right("side panel")
            .resizable(true)
            .default_size(440.0)
            .size_range(300.0..=900.0)
            .show(ui, |ui| {
                let side_height = ui.available_height();
                egui::Panel::bottom("inspector")
                    .resizable(true)
                    .default_size(side_height * 0.55)
                    .size_range((side_height * 0.5).max(160.0)..=(side_height * 0.8).max(200.0))
                    .show(ui, |ui| {
                        ui.add_space(4.0);
                        commands.extend(self.inspector.inspector_ui(ui, &self.workbench));
                    });
                egui::CentralPanel::default().show(ui, |ui| {
                    commands.extend(self.list.claim_list_ui(ui, &self.workbench));
                });
            });
        egui::CentralPanel::default()
            .frame(egui::Frame::central_panel(ui.style()).inner_margin(0.0))
            .show(ui, |ui| {
                if self.workbench.project.article.text.is_empty() {
                    commands.extend(empty_state_ui(ui, self.message.as_ref()));
                } else {
                    if crate::ui::article_info::has_info(&self.workbench.project.article) {
                        egui::Frame::new()
                            .inner_margin(egui::Margin::symmetric(16, 6))
                            .show(ui, |ui| {
                                commands.extend(crate::ui::article_info::article_info_ui(
                                    ui,
                                    &self.workbench.project.article,
                                ));
                            });
                    }
                    commands.extend(self.article.article_ui(ui, &self.workbench));
                }
            });

        help::help_ui(&ctx, &mut self.show_help);
        if let Some(offer) = &self.recovery {
            commands.extend(confirm::recovery_ui(&ctx, offer, &self.workbench.project.article.text));
        } else if let Some(path) = &self.changed_on_disk {
            commands.extend(confirm::changed_on_disk_ui(&ctx, path));
        } else if let Some((path, holds)) = &self.replace_existing {
            commands.extend(confirm::replace_existing_ui(&ctx, path, holds));
        } else if let Some(pending) = &self.pending {
            let doing = match pending {
                Pending::Close => "closing",
                Pending::Open(_) | Pending::OpenDialog => "opening another file",
                Pending::NewFromText(_) => "starting a review of the pasted text",
            };
            if let Some(command) = confirm::confirm_ui(&ctx, &self.workbench.display_name(), doing) {
                commands.push(command);
            }
        }
        drop_overlay(&ctx);

        for command in commands {
            self.apply(&ctx, command);
        }
        let now = Instant::now();
        self.autosave(now);
        if self.workbench.is_dirty()
            && let Some(remaining) = self.session.autosave_remaining(now)
        {
            // Wake up for the copy even if the analyst is idle.
            ctx.request_repaint_after(remaining.max(Duration::from_millis(100)));
        }
        self.update_title(&ctx);
    }

    /// Text pasted as a new article: Edit ▸ New from clipboard and Ctrl+Shift+V ask the window
    /// system for the clipboard ([`Command::RequestPaste`]), which answers with a paste event
    /// in a later frame. Any other paste is left to the text fields.
    fn pasted_article(&mut self, ctx: &egui::Context) -> Option<String> {
        let requested_at = self.paste_requested_at?;
        if requested_at.elapsed() > PASTE_REQUEST_TIMEOUT {
            self.paste_requested_at = None;
            return None;
        }
        let text = ctx.input(|input| {
            input.events.iter().find_map(|event| match event {
                egui::Event::Paste(text) => Some(text.clone()),
                _ => None,
            })
        })?;
        self.paste_requested_at = None;
        Some(text)
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let unsaved = if self.workbench.is_unsaved() { " (unsaved)" } else { "" };
        let title = format!(
            "{}{unsaved} — {} — claimdesk",
            self.workbench.display_name(),
            self.workbench.project.article.title
        );
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }

    /// The window title as last sent.
    pub fn title(&self) -> &str {
        &self.title
    }
}

/// What the file at `path` holds, in words, for "replace it?".
fn describe_existing(path: &std::path::Path, our_text: &str) -> String {
    match crate::store::load_project(path) {
        Ok(loaded) => {
            let counts = loaded.project.counts();
            let of = if loaded.project.article.text == our_text {
                "this same article".to_owned()
            } else {
                format!("“{}”", loaded.project.article.title)
            };
            format!(
                "a review of {of} that this window did not open ({} of {} claims reviewed)",
                counts.reviewed, counts.total
            )
        }
        Err(_) => "a file that this window did not open (claimdesk cannot read it as a review)".to_owned(),
    }
}

/// What the article area shows when no article is open (nothing given, or it failed to open).
fn empty_state_ui(ui: &mut egui::Ui, message: Option<&Message>) -> Vec<Command> {
    let mut commands = Vec::new();
    ui.vertical_centered(|ui| {
        ui.add_space(ui.available_height() / 3.0);
        ui.heading("No article open");
        if let Some(message) = message.filter(|message| message.is_error) {
            ui.colored_label(theme::error_color(ui.visuals()), &message.text);
        }
        ui.label("Open an article (.txt) or a review project (.ron), or drop one onto this window.");
        if ui.button(UiCommand::Open.text()).clicked() {
            commands.push(UiCommand::Open.command());
        }
    });
    commands
}

/// The first file dropped on the window this frame.
fn dropped_file(ctx: &egui::Context) -> Option<PathBuf> {
    ctx.input(|input| input.raw.dropped_files.first().map(|file| file.path().to_owned()))
}

/// Dims the window while a file is dragged over it.
fn drop_overlay(ctx: &egui::Context) {
    if ctx.input(|input| input.raw.hovered_files.is_empty()) {
        return;
    }
    let painter = ctx.layer_painter(egui::LayerId::new(
        egui::Order::Foreground,
        egui::Id::unique("file drop target"),
    ));
    let rect = ctx.content_rect();
    painter.rect_filled(rect, 0.0, theme::drop_overlay());
    painter.text(
        rect.center(),
        egui::Align2::CENTER_CENTER,
        "Drop an article or a project to open it",
        egui::FontId::proportional(22.0),
        theme::drop_overlay_text(),
    );
}

impl eframe::App for ClaimdeskApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.workbench_ui(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, eframe::APP_KEY, &self.settings);
    }
}
