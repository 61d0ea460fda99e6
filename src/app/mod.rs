//! The window: owns the state, turns keys and clicks into [`Command`]s, queues them, and
//! drains the queue once per frame through one function (`ClaimdeskApp::run`), which records
//! undo steps, marks the project unsaved, and is the only code that opens dialogs or files.
//! A command that leads to another pushes it on the queue; nothing calls back into `run`.
//! Errors come back from `run` as [`AppError`] and are shown once, by the drain loop.

mod checkworthy_order;
mod command;
mod compare;
mod error;
pub mod files;
mod library_state;
mod modal;
mod settings;
mod ui_command;
mod undo;
mod view_options;
mod workbench;

use std::collections::VecDeque;
use std::path::PathBuf;
use std::time::{Duration, Instant};

pub use checkworthy_order::own_score;
pub use command::{Answer, Command, OnDiskAnswer, ReplaceAnswer};
pub use compare::CompareMode;
pub use error::AppError;
pub use library_state::{LibrarySearch, LibraryState, LibraryView};
pub use modal::{Modal, PathPurpose, Pending};
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

/// How many completions the built-in path field lists.
const MAX_COMPLETIONS: usize = 8;

/// How long a clipboard request waits for the window system's answer.
const PASTE_REQUEST_TIMEOUT: Duration = Duration::from_secs(2);

/// The workbench window.
#[expect(
    clippy::struct_excessive_bools,
    reason = "independent switches of the window (dialogs allowed, close allowed, …), not a state machine"
)]
pub struct ClaimdeskApp {
    workbench: Workbench,
    settings: Settings,
    article: ArticleView,
    list: ClaimListView,
    inspector: InspectorView,
    message: Option<Message>,
    /// The one question being asked, if any.
    modal: Modal,
    /// Commands waiting to run, oldest first; drained once per frame.
    queue: VecDeque<Command>,
    /// What the drained commands ask of the window (close, cancel a close, title), sent
    /// once the queue is empty.
    viewport_commands: Vec<egui::ViewportCommand>,
    show_help: bool,
    allow_close: bool,
    /// Whether the window was checked against the screen size (once, on the first frame).
    fitted: bool,
    title: String,
    stamp: Option<Stamp>,
    dialogs: bool,
    /// The file behind the project: saving, the lock, recovery copies.
    session: FileSession,
    /// Where recovery copies of never-saved projects go (`None` in tests: no copies).
    data_dir: Option<PathBuf>,
    /// The edit generation the autosave timer last saw.
    seen_generation: u64,
    /// No recovery copy attempts before this (one failed).
    autosave_retry_at: Option<Instant>,
    /// When Edit ▸ New from clipboard asked the system for its text; a paste soon after makes
    /// a review. (An empty clipboard sends no paste, so the request expires.)
    paste_requested_at: Option<Instant>,
    /// The library of past reviews (matches, search, folders), on its own thread.
    library: LibraryState,
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
        if let Some(data_dir) = app.data_dir.clone() {
            app.use_library(data_dir);
        }
        match path {
            Some(path) => {
                if let Err(error) = app.open_now(path) {
                    app.error(&error);
                }
            }
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
            modal: Modal::None,
            queue: VecDeque::new(),
            viewport_commands: Vec::new(),
            show_help: false,
            allow_close: false,
            fitted: false,
            title: String::new(),
            stamp: None,
            dialogs: false,
            session: FileSession::default(),
            data_dir: None,
            seen_generation: 0,
            autosave_retry_at: None,
            paste_requested_at: None,
            library: LibraryState::default(),
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

    /// Matches the open project against the library configured in `data_dir` (its index and
    /// folder list live there), on a background thread; the window starts it with the data
    /// folder, tests with a temporary one. A library that cannot start says so once.
    pub fn use_library(&mut self, data_dir: PathBuf) {
        if let Err(text) = self.library.start(data_dir) {
            self.error(&AppError::Library(text));
        }
    }

    /// The library as the window keeps it.
    pub fn library(&self) -> &LibraryState {
        &self.library
    }

    /// Whether a recovery copy is being offered.
    pub fn is_offering_recovery(&self) -> bool {
        matches!(self.modal, Modal::Recovery(_))
    }

    /// Whether "someone else changed the file: overwrite?" is being asked.
    pub fn is_asking_to_overwrite(&self) -> bool {
        matches!(self.modal, Modal::ChangedOnDisk { .. })
    }

    /// Whether "replace a file this window did not load?" is being asked.
    pub fn is_asking_to_replace(&self) -> bool {
        matches!(self.modal, Modal::ReplaceExisting { .. })
    }

    /// The question being asked, if any.
    pub fn modal(&self) -> &Modal {
        &self.modal
    }

    /// Writes a recovery copy if the project has changes and one is due at `now` (every 30 s
    /// while there are unsaved changes). Runs every frame; tests call it with a later `now`.
    pub fn autosave(&mut self, now: Instant) {
        let generation = self.workbench.generation();
        if generation != self.seen_generation {
            self.seen_generation = generation;
            if self.workbench.is_dirty() {
                self.session.changed(now);
            } else if let Err(source) = self.session.discard_recovery(self.workbench.project()) {
                // Undone back to what is saved: no copy needed, and the timer stops.
                self.error(&AppError::Recovery {
                    doing: "not removed",
                    source,
                });
            }
        }
        let retry_ok = self.autosave_retry_at.is_none_or(|at| now >= at);
        if self.workbench.is_dirty() && retry_ok && self.session.autosave_due(now) {
            match self.session.write_recovery(self.workbench.project(), &self.stamp().at) {
                Ok(_) => self.autosave_retry_at = None,
                Err(source) => {
                    // Said once, retried a while later rather than every frame.
                    self.autosave_retry_at = Some(now + Duration::from_secs(30));
                    self.error(&AppError::Recovery {
                        doing: "not written",
                        source,
                    });
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
        matches!(self.modal, Modal::SaveChanges(_))
    }

    /// The remembered settings.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    fn stamp(&self) -> Stamp {
        let mut stamp = self.stamp.clone().unwrap_or_else(crate::clock::stamp_now);
        // Settings ▸ Analyst name signs every change from now on (a fixed test clock too).
        if !self.settings.analyst_name.trim().is_empty() {
            stamp.by = self.settings.analyst();
        }
        stamp
    }

    fn note(&mut self, text: impl Into<String>) {
        self.message = Some(Message {
            text: text.into(),
            is_error: false,
        });
    }

    /// Shows `error` in the status bar: the one place errors are reported.
    fn error(&mut self, error: &AppError) {
        let text = error.to_string();
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
        // Whatever was being asked was about the project this one replaces.
        self.modal = match self.session.recovery_offer(&project) {
            Ok(Some(offer)) => Modal::Recovery(offer),
            Ok(None) => Modal::None,
            Err(error) => {
                notices.push(format!("a recovery copy could not be read: {error}"));
                Modal::None
            }
        };
        let conflicted = project
            .claims
            .iter()
            .filter(|claim| !claim.conflicts.is_empty())
            .count();
        if conflicted > 0 {
            notices.push(format!(
                "{conflicted} {} merge conflicts: the Conflicts chip lists them, the inspector shows both sides",
                if conflicted == 1 { "claim has" } else { "claims have" }
            ));
        }
        self.workbench = Workbench::new(project, save_path, on_disk);
        self.workbench.set_show_likely(!self.settings.hide_likely);
        self.library.project_changed();
        self.seen_generation = self.workbench.generation();
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
    fn open_now(&mut self, path: PathBuf) -> Result<(), AppError> {
        let opened = files::open_file(&path)?;
        let claims = opened.project.claims.len();
        self.load(opened);
        self.settings.remember(path.clone());
        if self.message.is_none() {
            self.note(format!("Opened {} · {claims} claims", path.display()));
        }
        if let Some(claim_id) = self.library.take_select_after_open(&path) {
            self.select(Some(claim_id));
        }
        Ok(())
    }

    /// Takes back the work in a recovery copy as an ordinary undoable change, unsaved until the
    /// analyst saves. A copy of another article (found at start, its review never saved) opens
    /// that article first, as opening it would.
    fn recover(&mut self, offer: RecoveryOffer) -> Result<(), AppError> {
        let RecoveryOffer {
            project,
            changed_claims,
            ..
        } = offer;
        if project.article.text != self.workbench.project().article.text {
            let save_path = project
                .article
                .origin
                .as_deref()
                .map(|origin| crate::store::project_path_for_article(std::path::Path::new(origin)));
            let fresh = files::project_from_article(project.article.clone());
            self.load(Opened::new(fresh, save_path, false));
            // The copy stays on disk until this work is saved; don't offer it twice.
            self.modal = Modal::None;
        }
        let claims = project.claims;
        self.workbench.edit(|current| {
            current.claims = claims;
            Ok(())
        })?;
        self.note(format!(
            "Recovered unsaved work: {changed_claims} claims differ from the file"
        ));
        Ok(())
    }

    /// At start, the newest recovery copy of a review that was never saved (its window died
    /// before a first save), if the project just opened has none of its own to offer.
    pub fn offer_unsaved_recovery(&mut self) {
        if self.modal.is_open() {
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
                    self.modal = Modal::Recovery(RecoveryOffer {
                        path,
                        saved_at: recovery.saved_at,
                        changed_claims: reviewed,
                        project: recovery.project,
                    });
                    return;
                }
                Err(source) => self.error(&AppError::Recovery {
                    doing: "could not be read (kept)",
                    source,
                }),
            }
        }
    }

    /// Loads the project file as someone else left it, after putting our version in its
    /// recovery copy: the reload then offers ours back, so both exist until the analyst
    /// chooses. If ours cannot be kept, nothing is reloaded.
    fn reload_keeping_ours(&mut self) -> Result<(), AppError> {
        let Some(path) = self.session.path().map(std::path::Path::to_path_buf) else {
            return Ok(());
        };
        match self.session.write_recovery(self.workbench.project(), &self.stamp().at) {
            Ok(_) => self.open_now(path),
            Err(error) => Err(AppError::refused(format!(
                "Not reloaded, your version could not be kept: {error}"
            ))),
        }
    }

    /// Saves (to `save_as`, else the project's file; an article's review goes beside the
    /// article). `Ok(false)`: not saved yet, waiting for an answer (where to, "overwrite?",
    /// "replace?"), and then `then` is carried on with once it is saved. `confirmed`: the
    /// analyst already agreed to replace what the target holds.
    fn save(&mut self, save_as: Option<PathBuf>, confirmed: bool, then: Option<Pending>) -> Result<bool, AppError> {
        self.flush_note()?;
        // A project from an article has no file yet, but a default place for one.
        let target = save_as.or_else(|| {
            self.session
                .path()
                .is_none()
                .then(|| self.workbench.save_path().map(std::path::Path::to_path_buf))
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
            let holds = describe_existing(path, &self.workbench.project().article.text);
            self.modal = Modal::ReplaceExisting {
                path: path.clone(),
                holds,
                then,
            };
            return Ok(false);
        }
        match self
            .session
            .save(self.workbench.project(), target, confirmed)
            .map_err(AppError::NotSaved)?
        {
            SaveOutcome::Saved(path) => {
                self.workbench.mark_saved(path.clone());
                self.note(format!("Saved {}", path.display()));
                if let Err(text) = self.library.saved(&path) {
                    self.error(&AppError::Library(text));
                }
                self.settings.remember(path);
                if let Some(then) = then {
                    self.proceed(then)?;
                }
                Ok(true)
            }
            SaveOutcome::NeedsPath => match self.pick_save(then.clone()) {
                Some(path) => self.save(Some(path), confirmed, then),
                None => Ok(false),
            },
            SaveOutcome::ChangedOnDisk(path) => {
                self.modal = Modal::ChangedOnDisk { path, then };
                Ok(false)
            }
        }
    }

    /// Where to save, from the system's dialog; `None` if the analyst cancelled, or if there
    /// is no dialog: then the built-in path field asks, and carries on with `then`.
    fn pick_save(&mut self, then: Option<Pending>) -> Option<PathBuf> {
        let current = self.workbench.save_path().map(std::path::Path::to_path_buf);
        self.pick(PathPurpose::SaveAs, then, || files::pick_save(current.as_deref()))
    }

    /// A path from the system's dialog (`None`: cancelled). Where none can be shown (no
    /// portal or zenity on this desktop; tests and benches never show one) the status bar
    /// says so and the built-in path field opens instead.
    fn pick(
        &mut self,
        purpose: PathPurpose,
        then: Option<Pending>,
        dialog: impl FnOnce() -> Option<PathBuf>,
    ) -> Option<PathBuf> {
        let picked = if self.dialogs {
            files::timed_pick(dialog)
        } else {
            files::Picked::Unavailable
        };
        match picked {
            files::Picked::Path(path) => Some(path),
            files::Picked::Cancelled => None,
            files::Picked::Unavailable => {
                if self.dialogs {
                    self.note("No file dialog on this desktop: type the path (Tab completes)");
                }
                self.ask_for_path(purpose, then);
                None
            }
        }
    }

    /// Opens the built-in path field, starting from the project's folder (or the current one).
    fn ask_for_path(&mut self, purpose: PathPurpose, then: Option<Pending>) {
        let base = self
            .workbench
            .save_path()
            .and_then(std::path::Path::parent)
            .filter(|folder| !folder.as_os_str().is_empty())
            .map(std::path::Path::to_path_buf)
            .or_else(|| std::env::current_dir().ok())
            .unwrap_or_default();
        let typed = match purpose {
            PathPurpose::SaveAs => self
                .workbench
                .save_path()
                .and_then(std::path::Path::file_name)
                .map_or_else(
                    || "review.claims.ron".to_owned(),
                    |name| name.to_string_lossy().into_owned(),
                ),
            PathPurpose::Export(format) => format!("review.report.{}", format.extension()),
            PathPurpose::Open | PathPurpose::Compare | PathPurpose::LibraryFolder => String::new(),
        };
        let completions = files::complete_path(&typed, &base, MAX_COMPLETIONS);
        self.modal = Modal::TypePath {
            purpose,
            typed,
            base,
            completions,
            then,
        };
    }

    /// Carries out `pending`, the unsaved work dealt with.
    fn proceed(&mut self, pending: Pending) -> Result<(), AppError> {
        match pending {
            Pending::Close => {
                self.allow_close = true;
                self.viewport_commands.push(egui::ViewportCommand::Close);
                Ok(())
            }
            Pending::Open(path) => self.open_now(path),
            Pending::NewFromText(text) => {
                let opened = files::open_text(&text)?;
                let claims = opened.project.claims.len();
                self.load(opened);
                self.note(format!("New review of pasted text · {claims} claims"));
                Ok(())
            }
            Pending::OpenDialog => match self.pick(PathPurpose::Open, None, files::pick_open) {
                Some(path) => self.open_now(path),
                None => Ok(()),
            },
        }
    }

    /// Runs `pending` now if nothing would be lost, else asks first.
    fn guard(&mut self, pending: Pending) -> Result<(), AppError> {
        self.flush_note()?;
        if self.workbench.is_dirty() {
            self.modal = Modal::SaveChanges(pending);
            Ok(())
        } else {
            self.proceed(pending)
        }
    }

    /// Keeps the note being typed (its field may still have the focus) before the project is
    /// saved or replaced: one undoable change, as leaving the field would make.
    fn flush_note(&mut self) -> Result<(), AppError> {
        let Some((claim_id, note)) = self.workbench.take_note_draft() else {
            return Ok(());
        };
        let stamp = self.stamp();
        self.workbench.edit_claim(claim_id, |claim| {
            claim.set_note(&note, &stamp);
            Ok(())
        })?;
        Ok(())
    }

    fn select(&mut self, claim_id: Option<ClaimId>) {
        if self.workbench.selected() != claim_id {
            self.workbench.select(claim_id);
            if let Some(claim_id) = claim_id {
                self.article.reveal(claim_id);
                self.list.reveal(claim_id);
            }
        }
    }

    /// Carries out `command` now, and whatever it leads to (tests and benches; the window
    /// queues its commands and drains them once per frame).
    pub fn apply(&mut self, ctx: &egui::Context, command: Command) {
        self.queue.push_back(command);
        self.drain(ctx);
    }

    /// Runs the queued commands in order, follow-ups included; each error is shown once.
    fn drain(&mut self, ctx: &egui::Context) {
        while let Some(command) = self.queue.pop_front() {
            let selected_before = self.workbench.selected();
            if let Err(error) = self.run(ctx, command) {
                self.error(&error);
            }
            self.after_command(selected_before);
        }
        for command in self.viewport_commands.drain(..) {
            ctx.send_viewport_cmd(command);
        }
    }

    /// Keeps the selection valid after a command: a claim that no longer exists (undo of an
    /// add) or is now hidden is dropped; a new selection is scrolled into view.
    fn after_command(&mut self, selected_before: Option<ClaimId>) {
        if let Some(claim) = self.workbench.selected_claim()
            && claim.dismissed
            && !self.workbench.show_dismissed()
        {
            self.workbench.select(None);
        } else if self.workbench.selected().is_some() && self.workbench.selected_claim().is_none() {
            self.workbench.select(None);
        }
        if self.workbench.selected() != selected_before
            && let Some(claim_id) = self.workbench.selected()
        {
            self.article.reveal(claim_id);
            self.list.reveal(claim_id);
        }
    }

    /// Carries out one command: the single place where state changes. Follow-ups go on the
    /// queue; errors are returned, for the drain loop to show.
    #[expect(
        clippy::too_many_lines,
        reason = "one short arm per command; splitting would scatter the one place changes happen"
    )]
    fn run(&mut self, ctx: &egui::Context, command: Command) -> Result<(), AppError> {
        let stamp = self.stamp();
        match command {
            Command::Select(claim_id) => self.select(claim_id),
            Command::SelectNext | Command::SelectPrevious => {
                let step = if command == Command::SelectNext { 1 } else { -1 };
                let target = self.workbench.step_target(step);
                self.select(target);
            }
            Command::SetStatus(status) => {
                let claim_id = self
                    .workbench
                    .selected()
                    .ok_or_else(|| AppError::refused("Select a claim first (J selects the first)"))?;
                self.workbench.set_status(claim_id, status, &stamp)?;
            }
            Command::SetStatusOf(claim_id, status) => {
                self.select(Some(claim_id));
                self.workbench.set_status(claim_id, status, &stamp)?;
            }
            Command::Dismiss(claim_id) => self.workbench.set_dismissed(claim_id, true, &stamp)?,
            Command::DismissSelected => {
                let claim_id = self
                    .workbench
                    .selected()
                    .ok_or_else(|| AppError::refused("Select a claim to dismiss"))?;
                self.workbench.set_dismissed(claim_id, true, &stamp)?;
            }
            Command::Restore(claim_id) => self.workbench.set_dismissed(claim_id, false, &stamp)?,
            Command::AddClaim { start, end, kind } => {
                self.workbench
                    .add_claim(start, end, kind, &stamp)
                    .map_err(AppError::NotAdded)?;
                self.workbench.set_text_selection(None);
            }
            Command::AddClaimFromSelection(kind) => {
                let range = self
                    .workbench
                    .text_selection()
                    .ok_or_else(|| AppError::refused("Select words in the article first, then press A"))?;
                self.workbench
                    .add_claim(range.start, range.end, kind, &stamp)
                    .map_err(AppError::NotAdded)?;
                self.workbench.set_text_selection(None);
            }
            Command::SetKind(claim_id, kind) => self.workbench.edit_claim(claim_id, |claim| {
                claim.set_kind(kind, &stamp);
                Ok(())
            })?,
            Command::SetValue(claim_id, value) => self.workbench.edit_claim(claim_id, |claim| {
                claim.set_value(value, &stamp);
                Ok(())
            })?,
            Command::SetSpeakerName(claim_id, name) => {
                let name = name.trim();
                // A typed name keeps the span of the words it replaces (where the article
                // names the speaker), or none: typed, not selected.
                let at = self.workbench.project().claim(claim_id).map_or(0, |claim| claim.start);
                let span = self
                    .workbench
                    .project()
                    .claim(claim_id)
                    .and_then(|claim| claim.value.as_ref())
                    .and_then(crate::model::Value::speaker)
                    .map_or(at..at, |speaker| speaker.start..speaker.end);
                let speaker = (!name.is_empty()).then(|| crate::model::Speaker {
                    name: name.to_owned(),
                    start: span.start,
                    end: span.end,
                    refers_to: None,
                });
                self.workbench
                    .edit_claim(claim_id, |claim| claim.set_speaker(speaker, &stamp))?;
            }
            Command::SetSpeakerFromSelection(claim_id) => {
                let range = self.workbench.text_selection().ok_or_else(|| {
                    AppError::refused("Select the speaker's words in the article first, then press Set as speaker")
                })?;
                let words = self.workbench.project().check_span(range.start, range.end)?.to_owned();
                let trimmed_start = range.start + (words.len() - words.trim_start().len());
                let speaker = crate::model::Speaker {
                    name: words.trim().to_owned(),
                    start: trimmed_start,
                    end: trimmed_start + words.trim().len(),
                    refers_to: None,
                };
                self.workbench
                    .edit_claim(claim_id, |claim| claim.set_speaker(Some(speaker), &stamp))?;
                self.workbench.set_text_selection(None);
                self.note(format!("Speaker set: {}", words.trim()));
            }
            Command::SelectText(range) => self.workbench.set_text_selection(range),
            Command::DraftNote(claim_id, text) => self.workbench.set_note_draft(claim_id, text),
            Command::SetNote(claim_id, note) => {
                // The draft is this note now (or stale): drop it.
                let _ = self.workbench.take_note_draft();
                self.workbench.edit_claim(claim_id, |claim| {
                    claim.set_note(&note, &stamp);
                    Ok(())
                })?;
            }
            Command::AddSource(claim_id, source) => self.workbench.edit_claim(claim_id, |claim| {
                claim.add_source(source, &stamp);
                Ok(())
            })?,
            Command::EditSource(claim_id, index, source) => self.workbench.edit_claim(claim_id, |claim| {
                if claim.edit_source(index, source, &stamp) {
                    Ok(())
                } else {
                    Err(crate::model::ModelError::NoSuchSource { claim_id, index })
                }
            })?,
            Command::RemoveSource(claim_id, index) => self.workbench.edit_claim(claim_id, |claim| {
                if claim.remove_source(index, &stamp) {
                    Ok(())
                } else {
                    Err(crate::model::ModelError::NoSuchSource { claim_id, index })
                }
            })?,
            Command::OpenUrl(url) => {
                let url = crate::model::openable_url(&url)
                    .ok_or_else(|| AppError::refused(format!("Not opened: {url} is not an http(s) link")))?;
                ctx.open_url(egui::OpenUrl::new_tab(url));
            }
            Command::Undo => {
                if !self.workbench.undo() {
                    return Err(AppError::refused("Nothing to undo"));
                }
                self.note("Undone");
            }
            Command::Redo => {
                if !self.workbench.redo() {
                    return Err(AppError::refused("Nothing to redo"));
                }
                self.note("Redone");
            }
            Command::Open(path) => self.guard(Pending::Open(path))?,
            Command::OpenDialog => self.guard(Pending::OpenDialog)?,
            Command::Save => {
                self.save(None, false, None)?;
            }
            Command::SaveAsDialog => {
                if let Some(path) = self.pick_save(None) {
                    self.queue.push_front(Command::SaveAs(path));
                }
            }
            Command::SaveAs(path) => {
                self.save(Some(path), false, None)?;
            }
            Command::OnDisk(answer) => {
                let Modal::ChangedOnDisk { then, .. } = std::mem::take(&mut self.modal) else {
                    return Ok(());
                };
                match answer {
                    OnDiskAnswer::Overwrite => {
                        self.save(None, true, then)?;
                    }
                    OnDiskAnswer::SaveAs => {
                        if let Some(path) = self.pick_save(then.clone()) {
                            self.save(Some(path), false, then)?;
                        }
                    }
                    OnDiskAnswer::Reload => self.reload_keeping_ours()?,
                    OnDiskAnswer::Cancel => {}
                }
            }
            Command::Replace(answer) => {
                let Modal::ReplaceExisting { path, then, .. } = std::mem::take(&mut self.modal) else {
                    return Ok(());
                };
                match answer {
                    ReplaceAnswer::Replace => {
                        self.save(Some(path), true, then)?;
                    }
                    ReplaceAnswer::SaveAs => {
                        if let Some(path) = self.pick_save(then.clone()) {
                            self.save(Some(path), false, then)?;
                        }
                    }
                    ReplaceAnswer::Cancel => {}
                }
            }
            Command::Recover(accept) => {
                let Modal::Recovery(offer) = std::mem::take(&mut self.modal) else {
                    return Ok(());
                };
                if accept {
                    self.recover(offer)?;
                } else {
                    crate::store::recovery::discard_recovery(&offer.path).map_err(|source| AppError::Recovery {
                        doing: "not removed",
                        source,
                    })?;
                }
            }
            Command::Quit => self.guard(Pending::Close)?,
            Command::ExportDialog(format) => {
                let current = self.workbench.save_path().map(std::path::Path::to_path_buf);
                if let Some(path) = self.pick(PathPurpose::Export(format), None, || {
                    files::pick_export(format, current.as_deref())
                }) {
                    self.queue.push_front(Command::Export(format, path));
                }
            }
            Command::TypePath(text) => {
                if let Modal::TypePath {
                    typed,
                    base,
                    completions,
                    ..
                } = &mut self.modal
                {
                    *completions = files::complete_path(&text, base, MAX_COMPLETIONS);
                    *typed = text;
                }
            }
            Command::CancelPath => {
                if matches!(self.modal, Modal::TypePath { .. }) {
                    self.modal = Modal::None;
                }
            }
            Command::ChoosePath => {
                let Modal::TypePath {
                    purpose,
                    typed,
                    base,
                    then,
                    ..
                } = std::mem::take(&mut self.modal)
                else {
                    return Ok(());
                };
                let typed = typed.trim();
                if typed.is_empty() || (typed.ends_with('/') && purpose != PathPurpose::LibraryFolder) {
                    let completions = files::complete_path(typed, &base, MAX_COMPLETIONS);
                    self.modal = Modal::TypePath {
                        purpose,
                        typed: typed.to_owned(),
                        base,
                        completions,
                        then,
                    };
                    return Err(AppError::refused("Type a file name"));
                }
                let path = base.join(typed);
                match purpose {
                    PathPurpose::Open => self.open_now(path)?,
                    PathPurpose::SaveAs => {
                        self.save(Some(path), false, then)?;
                    }
                    PathPurpose::Export(format) => self.queue.push_front(Command::Export(format, path)),
                    PathPurpose::Compare => self.queue.push_front(Command::Compare(path)),
                    PathPurpose::LibraryFolder => self.queue.push_front(Command::AddLibraryFolder(path)),
                }
            }
            Command::Export(format, path) => {
                files::export_report(self.workbench.project(), format, &path, stamp.by, stamp.at)?;
                self.note(format!("Exported {} to {}", format.label(), path.display()));
            }
            Command::RequestPaste => {
                self.paste_requested_at = Some(Instant::now());
                ctx.send_viewport_cmd(egui::ViewportCommand::RequestPaste);
            }
            Command::NewFromText(text) => {
                self.paste_requested_at = None;
                self.guard(Pending::NewFromText(text))?;
            }
            Command::PasteTimedOut => {
                self.paste_requested_at = None;
                return Err(AppError::refused(
                    "The clipboard holds no text to review: copy the article's text first",
                ));
            }
            Command::Answer(answer) => {
                let Modal::SaveChanges(pending) = std::mem::take(&mut self.modal) else {
                    return Ok(());
                };
                match answer {
                    Answer::Save => {
                        self.save(None, false, Some(pending))?;
                    }
                    Answer::Discard => {
                        // The changes are thrown away on purpose: no recovery copy for them.
                        self.session
                            .discard_recovery(self.workbench.project())
                            .map_err(|source| AppError::Recovery {
                                doing: "not removed",
                                source,
                            })?;
                        self.proceed(pending)?;
                    }
                    Answer::Cancel => {}
                }
            }
            Command::CloseRequested => {
                if self.workbench.is_dirty() && !self.allow_close {
                    self.viewport_commands.push(egui::ViewportCommand::CancelClose);
                    self.flush_note()?;
                    self.modal = Modal::SaveChanges(Pending::Close);
                }
            }
            Command::SetFilter(filter) => {
                self.workbench.set_filter(filter);
            }
            Command::SetSort(sort) => {
                self.workbench.set_sort(sort);
            }
            Command::SetSearch(search) => {
                self.workbench.set_search(search);
            }
            Command::FocusSearch => self.list.focus_search(),
            Command::ToggleShowDismissed => self.workbench.toggle_show_dismissed(),
            Command::ToggleShowLikely => {
                let show = !self.workbench.show_likely();
                self.workbench.set_show_likely(show);
                self.settings.hide_likely = !show;
                if let Some(claim) = self.workbench.selected_claim()
                    && !self.workbench.shows_in_article(claim)
                    && !claim.orphaned
                {
                    // The selected claim was just hidden: the inspector would show a ghost.
                    self.workbench.select(None);
                }
            }
            Command::ResolveConflict(claim_id, index, pick) => {
                self.select(Some(claim_id));
                self.workbench
                    .edit_claim(claim_id, |claim| claim.resolve_conflict(index, pick, &stamp))?;
                let left = self.workbench.filter_count(Filter::Conflicts);
                self.note(if left == 0 {
                    "Conflict resolved: no conflicts left".to_owned()
                } else {
                    format!("Conflict resolved: {left} claims still have conflicts")
                });
            }
            Command::SetAnalystName(name) => self.settings.analyst_name = name,
            Command::CompareDialog => {
                let current = self.workbench.save_path().map(std::path::Path::to_path_buf);
                if let Some(path) = self.pick(PathPurpose::Compare, None, || files::pick_compare(current.as_deref())) {
                    self.queue.push_front(Command::Compare(path));
                }
            }
            Command::Compare(path) => {
                let mode = CompareMode::open(self.workbench.project(), &path)?;
                let mut said = format!(
                    "Comparing with {}: {} claims decided differently",
                    path.display(),
                    mode.comparison().disagreements()
                );
                if mode.texts_differ() {
                    said.push_str(" (the article texts differ: claims matched by their words and context)");
                }
                self.workbench.set_compare(Some(mode));
                self.note(said);
            }
            Command::LeaveCompare => {
                self.workbench.set_compare(None);
                self.note("Back to your review");
            }
            Command::SetCompareOnlyDisagreements(only) => self.workbench.set_compare_only_disagreements(only),
            Command::SetTheme(theme) => {
                self.settings.theme = theme;
                ctx.set_theme(theme.preference());
            }
            Command::ToggleHelp => self.show_help = !self.show_help,
            Command::Autosave(now) => self.autosave(now),
            Command::UpdateTitle => self.update_title(),
            Command::FitToScreen(monitor) => {
                let inner = ctx.input(|input| input.viewport().inner_rect);
                if let Some(inner) = inner
                    && (inner.width() > monitor.x || inner.height() > monitor.y)
                {
                    // A remembered or default size larger than this screen: shrink to fit.
                    let size = egui::vec2(inner.width().min(monitor.x), inner.height().min(monitor.y)) * 0.92;
                    self.viewport_commands.push(egui::ViewportCommand::InnerSize(size));
                }
            }
            library_command @ (Command::PollLibrary
            | Command::CopyFromLibrary(..)
            | Command::OpenAtClaim(..)
            | Command::ShowLibrarySearch
            | Command::CloseLibrarySearch
            | Command::SearchLibrary(_)
            | Command::ShowLibraryFolders
            | Command::CloseLibraryFolders
            | Command::AddLibraryFolderDialog
            | Command::AddLibraryFolder(_)
            | Command::RemoveLibraryFolder(_)) => self.run_library(library_command, &stamp)?,
        }
        Ok(())
    }

    /// The library's commands (matches, search, folders).
    fn run_library(&mut self, command: Command, stamp: &Stamp) -> Result<(), AppError> {
        match command {
            Command::PollLibrary => {
                let own_file = self.session.path().map(std::path::Path::to_path_buf);
                let spans_version = self.workbench.spans_version();
                for said in self
                    .library
                    .poll(self.workbench.project(), own_file.as_deref(), spans_version)
                {
                    if said.starts_with("Library unavailable") {
                        self.error(&AppError::Library(said));
                    } else {
                        self.note(said);
                    }
                }
            }
            Command::CopyFromLibrary(claim_id, earlier) => {
                let copied = self.workbench.edit_claim(claim_id, |claim| {
                    if earlier.reviewed {
                        claim.set_status(earlier.status, stamp);
                    }
                    let mut copied = 0;
                    for source in &earlier.sources {
                        if !claim.sources.iter().any(|known| known.url == source.url) {
                            claim.add_source(source.clone(), stamp);
                            copied += 1;
                        }
                    }
                    Ok(copied)
                })?;
                self.note(format!(
                    "Copied the verdict ({}) and {copied} sources from “{}” (Ctrl+Z undoes it)",
                    earlier.status.label(),
                    earlier.title
                ));
            }
            Command::OpenAtClaim(path, claim_id) => {
                if self.session.path() == Some(path.as_path()) {
                    self.select(Some(claim_id));
                } else {
                    self.library.open_at(path.clone(), claim_id);
                    self.queue.push_front(Command::Open(path));
                }
            }
            Command::ShowLibrarySearch => self.library.set_search_open(true),
            Command::CloseLibrarySearch => self.library.set_search_open(false),
            Command::SearchLibrary(query) => self.library.set_query(query),
            Command::ShowLibraryFolders => self.library.set_folders_open(true),
            Command::CloseLibraryFolders => self.library.set_folders_open(false),
            Command::AddLibraryFolderDialog => {
                if let Some(folder) = self.pick(PathPurpose::LibraryFolder, None, library_state::pick_folder) {
                    self.queue.push_front(Command::AddLibraryFolder(folder));
                }
            }
            Command::AddLibraryFolder(folder) => {
                if !folder.is_dir() {
                    return Err(AppError::refused(format!("{} is not a folder", folder.display())));
                }
                let folder = std::fs::canonicalize(&folder).unwrap_or(folder);
                if self.library.add_folder(&folder).map_err(AppError::Library)? {
                    self.note(format!(
                        "Added {} to the library: indexing its reviews",
                        folder.display()
                    ));
                } else {
                    self.note(format!("{} is already in the library", folder.display()));
                }
            }
            Command::RemoveLibraryFolder(folder) => {
                if self.library.remove_folder(&folder).map_err(AppError::Library)? {
                    self.note(format!("Took {} out of the library", folder.display()));
                }
            }
            other => return Err(AppError::refused(format!("Not a library command: {other:?}"))),
        }
        Ok(())
    }

    /// One frame of the whole window (what `eframe::App::ui` runs; benches call it directly).
    pub fn workbench_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        let mut commands = vec![Command::PollLibrary];
        crate::ui::seen_before::publish(&ctx, self.library.view());

        if !self.fitted
            && let Some(monitor) = ctx.input(|input| input.viewport().monitor_size)
        {
            self.fitted = true;
            commands.push(Command::FitToScreen(monitor));
        }
        if ctx.input(|input| input.viewport().close_requested()) {
            commands.push(Command::CloseRequested);
        }
        if let Some(path) = dropped_file(&ctx) {
            commands.push(Command::Open(path));
        }
        if let Some(command) = self.pasted_article(&ctx) {
            commands.push(command);
        }
        if !self.modal.is_open() {
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
                // List above, inspector below, one draggable split between them (egui keeps
                // its place between runs); the inspector scrolls with a visible bar.
                let side_height = ui.available_height();
                egui::Panel::bottom("inspector")
                    .resizable(true)
                    .default_size(side_height * 0.5)
                    .size_range((side_height * 0.2).max(120.0)..=(side_height * 0.85).max(160.0))
                    .show(ui, |ui| {
                        // Fill the panel's height: egui stores the size the content took, and
                        // a short first frame (no claim selected yet) would otherwise shrink
                        // the inspector to its minimum for good.
                        ui.set_min_height(ui.available_height());
                        ui.add_space(4.0);
                        commands.extend(self.inspector.inspector_ui(ui, &self.workbench));
                    });
                egui::CentralPanel::default().show(ui, |ui| {
                    if let Some(mode) = self.workbench.compare() {
                        commands.extend(crate::ui::compare_view::compare_ui(ui, &self.workbench, mode));
                    } else {
                        commands.extend(self.list.claim_list_ui(ui, &self.workbench));
                    }
                });
            });
        egui::CentralPanel::default()
            .frame(egui::Frame::central_panel(ui.style()).inner_margin(0.0))
            .show(ui, |ui| {
                if self.workbench.project().article.text.is_empty() {
                    commands.extend(empty_state_ui(ui, self.message.as_ref()));
                } else {
                    if crate::ui::article_info::has_info(&self.workbench.project().article) {
                        egui::Frame::new()
                            .inner_margin(egui::Margin::symmetric(16, 6))
                            .show(ui, |ui| {
                                commands.extend(crate::ui::article_info::article_info_ui(
                                    ui,
                                    &self.workbench.project().article,
                                ));
                            });
                    }
                    commands.extend(self.article.article_ui(ui, &self.workbench));
                }
            });

        help::help_ui(&ctx, &mut self.show_help);
        if self.library.search().open {
            let status = self.library.view().status.clone();
            commands.extend(crate::ui::library_search::library_search_ui(
                &ctx,
                self.library.search(),
                status.as_deref(),
            ));
        }
        if self.library.folders_open() {
            commands.extend(crate::ui::library_folders::library_folders_ui(
                &ctx,
                self.library.data_dir(),
                self.library.config(),
            ));
        }
        commands.extend(modal_ui(&ctx, &self.modal, &self.workbench));
        drop_overlay(&ctx);

        let now = Instant::now();
        commands.push(Command::Autosave(now));
        commands.push(Command::UpdateTitle);
        self.queue.extend(commands);
        self.drain(&ctx);
        if self.workbench.is_dirty()
            && let Some(remaining) = self.session.autosave_remaining(now)
        {
            // Wake up for the copy even if the analyst is idle.
            ctx.request_repaint_after(remaining.max(Duration::from_millis(100)));
        }
        if self.library.is_waiting() {
            // Poll the worker again soon; never wait for it.
            ctx.request_repaint_after(Duration::from_millis(50));
        }
    }

    /// Text pasted as a new article: Edit ▸ New from clipboard and Ctrl+Shift+V ask the window
    /// system for the clipboard ([`Command::RequestPaste`]), which answers with a paste event
    /// in a later frame. Any other paste is left to the text fields.
    fn pasted_article(&self, ctx: &egui::Context) -> Option<Command> {
        let requested_at = self.paste_requested_at?;
        if requested_at.elapsed() > PASTE_REQUEST_TIMEOUT {
            // An empty clipboard (or one holding no text) sends no paste at all.
            return Some(Command::PasteTimedOut);
        }
        ctx.input(|input| {
            input.events.iter().find_map(|event| match event {
                egui::Event::Paste(text) => Some(Command::NewFromText(text.clone())),
                _ => None,
            })
        })
    }

    fn update_title(&mut self) {
        let unsaved = if self.workbench.is_unsaved() { " (unsaved)" } else { "" };
        let title = format!(
            "{}{unsaved} — {} — claimdesk",
            self.workbench.display_name(),
            self.workbench.project().article.title
        );
        if title != self.title {
            self.viewport_commands.push(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }

    /// The window title as last sent.
    pub fn title(&self) -> &str {
        &self.title
    }
}

/// The question being asked, drawn; its answer as a command.
fn modal_ui(ctx: &egui::Context, modal: &Modal, workbench: &Workbench) -> Option<Command> {
    match modal {
        Modal::None => None,
        Modal::Recovery(offer) => confirm::recovery_ui(ctx, offer, &workbench.project().article.text),
        Modal::SaveChanges(pending) => confirm::confirm_ui(ctx, &workbench.display_name(), pending.doing()),
        Modal::ChangedOnDisk { path, .. } => confirm::changed_on_disk_ui(ctx, path),
        Modal::ReplaceExisting { path, holds, .. } => confirm::replace_existing_ui(ctx, path, holds),
        Modal::TypePath {
            purpose,
            typed,
            base,
            completions,
            ..
        } => crate::ui::path_field::path_field_ui(ctx, *purpose, typed, base, completions),
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
