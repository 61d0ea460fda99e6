//! The window's side of the library: the background [`LibraryHandle`], what it answered for
//! the open project (matches per claim) and for the library search, and the folders the
//! library is made of. The window polls once per frame and never waits for the worker.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::library::{
    ClaimMatches, LibraryConfig, LibraryEvent, LibraryHandle, Progress, RequestId, SearchHit, index_path, load_config,
    remember_folder, save_config,
};
use crate::model::{ClaimId, Project};

/// How many hits the library search lists.
pub const SEARCH_LIMIT: usize = 50;

/// What the views draw of the library: shared, read-only, replaced whenever an answer comes.
#[derive(Clone, Debug, Default)]
pub struct LibraryView {
    /// The open project's claims seen before (only claims with at least one match).
    pub matches: HashMap<ClaimId, ClaimMatches>,
    /// Why there is no answer yet, or none at all, in words ("Indexing the library: 120 of
    /// 1,000 reviews", "Library unavailable: …"); `None` when the answers are current.
    pub status: Option<String>,
    /// Whether the library could not be opened at all.
    pub unavailable: bool,
}

impl LibraryView {
    /// The matches of `claim_id`, if it was seen before.
    pub fn seen_before(&self, claim_id: ClaimId) -> Option<&ClaimMatches> {
        self.matches.get(&claim_id)
    }
}

/// The library search window (Ctrl+Shift+F).
#[derive(Clone, Debug, Default)]
pub struct LibrarySearch {
    /// Whether the window is open.
    pub open: bool,
    /// What was typed.
    pub query: String,
    /// The hits for `query`, best first.
    pub hits: Vec<SearchHit>,
    /// Whether an answer for `query` is still awaited.
    pub waiting: bool,
}

/// The library as the window keeps it.
#[derive(Debug, Default)]
pub struct LibraryState {
    handle: Option<LibraryHandle>,
    data_dir: Option<PathBuf>,
    config: LibraryConfig,
    view: Arc<LibraryView>,
    progress: Option<Progress>,
    failure: Option<String>,
    /// The match request whose answer is awaited; older answers are dropped.
    pending_matches: Option<RequestId>,
    /// The open project changed since matches were last asked for.
    needs_matches: bool,
    /// The workbench's span version when matches were last asked for: claims added, removed
    /// or moved since then are matched again (the shown matches stay until the new answer).
    matched_spans: Option<u64>,
    pending_search: Option<RequestId>,
    search: LibrarySearch,
    /// Settings ▸ Library folders is open.
    folders_open: bool,
    /// Open at this claim once this file is opened (a match or a search hit).
    select_after_open: Option<(PathBuf, ClaimId)>,
    /// Frames drawn since the library was started (the responsiveness story counts them).
    frames: u64,
    /// Looks at the folders finished since the library was started.
    refreshes: usize,
}

impl LibraryState {
    /// Starts the worker on the library configured in `data_dir`: its index, its folders.
    /// Returns a sentence for the status bar if it could not start; the window goes on
    /// without a library.
    pub fn start(&mut self, data_dir: PathBuf) -> Result<(), String> {
        self.config = load_config(&data_dir)
            .map_err(|error| format!("Library unavailable: its folder list could not be read ({error})"))?;
        let folders = self.config.folders(&data_dir);
        let handle = LibraryHandle::start(index_path(&data_dir), folders)
            .map_err(|error| format!("Library unavailable: its worker could not start ({error})"))?;
        self.handle = Some(handle);
        self.data_dir = Some(data_dir);
        self.needs_matches = true;
        self.refresh_view();
        Ok(())
    }

    /// Whether a library is running.
    pub fn is_running(&self) -> bool {
        self.handle.is_some() && self.failure.is_none()
    }

    /// What the views draw.
    pub fn view(&self) -> Arc<LibraryView> {
        Arc::clone(&self.view)
    }

    /// The search window's state.
    pub fn search(&self) -> &LibrarySearch {
        &self.search
    }

    /// Whether Settings ▸ Library folders is open.
    pub fn folders_open(&self) -> bool {
        self.folders_open
    }

    /// Opens or closes Settings ▸ Library folders.
    pub fn set_folders_open(&mut self, open: bool) {
        self.folders_open = open;
    }

    /// The data folder (always part of the library), if there is a library.
    pub fn data_dir(&self) -> Option<&Path> {
        self.data_dir.as_deref()
    }

    /// The folders as configured.
    pub fn config(&self) -> &LibraryConfig {
        &self.config
    }

    /// Frames drawn while the library runs.
    pub fn frames(&self) -> u64 {
        self.frames
    }

    /// How many looks at the folders have finished.
    pub fn refreshes(&self) -> usize {
        self.refreshes
    }

    /// How far indexing has come, while it runs.
    pub fn progress(&self) -> Option<Progress> {
        self.progress
    }

    /// Whether an answer is awaited (the window then wakes itself to poll).
    pub fn is_waiting(&self) -> bool {
        self.is_running()
            && (self.pending_matches.is_some() || self.pending_search.is_some() || self.progress.is_some())
    }

    /// Another project was opened: its matches are asked for at the next poll.
    pub fn project_changed(&mut self) {
        self.needs_matches = true;
        self.pending_matches = None;
        if !self.view.matches.is_empty() {
            self.view = Arc::new(LibraryView {
                matches: HashMap::new(),
                ..(*self.view).clone()
            });
        }
    }

    /// Remembers to select `claim_id` once `path` is opened.
    pub fn open_at(&mut self, path: PathBuf, claim_id: ClaimId) {
        self.select_after_open = Some((path, claim_id));
    }

    /// The claim to select now that `path` was opened, if one was asked for.
    pub fn take_select_after_open(&mut self, path: &Path) -> Option<ClaimId> {
        let (wanted, claim_id) = self.select_after_open.take()?;
        (wanted == path).then_some(claim_id)
    }

    /// Opens or closes the search window.
    pub fn set_search_open(&mut self, open: bool) {
        self.search.open = open;
    }

    /// Searches the library for `query` (the answer comes in a later frame).
    pub fn set_query(&mut self, query: String) {
        self.search.query = query;
        match &mut self.handle {
            Some(handle) if !self.search.query.trim().is_empty() => {
                self.pending_search = Some(handle.request_search(self.search.query.clone(), SEARCH_LIMIT));
                self.search.waiting = true;
            }
            _ => {
                self.pending_search = None;
                self.search.hits.clear();
                self.search.waiting = false;
            }
        }
    }

    /// A project was saved at `path`: its folder joins the library and the file is indexed
    /// again in the background. Returns a sentence if the folder list could not be written.
    pub fn saved(&mut self, path: &Path) -> Result<(), String> {
        let (Some(handle), Some(data_dir)) = (&self.handle, &self.data_dir) else {
            return Ok(());
        };
        handle.reindex(path.to_owned());
        let added = remember_folder(data_dir, path)
            .map_err(|error| format!("Saved, but its folder was not added to the library: {error}"))?;
        if added {
            self.config = load_config(data_dir).unwrap_or_else(|_| self.config.clone());
            handle.refresh(self.config.folders(data_dir));
        }
        Ok(())
    }

    /// Adds `folder` to the library (Settings ▸ Library folders ▸ Add).
    pub fn add_folder(&mut self, folder: &Path) -> Result<bool, String> {
        let mut config = self.config.clone();
        if !config.add(folder) {
            return Ok(false);
        }
        self.write_config(config)?;
        Ok(true)
    }

    /// Takes `folder` out of the library (added or remembered); its reviews leave the index.
    pub fn remove_folder(&mut self, folder: &Path) -> Result<bool, String> {
        let mut config = self.config.clone();
        let before = config.added.len() + config.saved_to.len();
        config.added.retain(|known| known != folder);
        config.saved_to.retain(|known| known != folder);
        if config.added.len() + config.saved_to.len() == before {
            return Ok(false);
        }
        self.write_config(config)?;
        Ok(true)
    }

    fn write_config(&mut self, config: LibraryConfig) -> Result<(), String> {
        let Some(data_dir) = &self.data_dir else {
            return Err("There is no library in this window (no data folder)".to_owned());
        };
        save_config(data_dir, &config).map_err(|error| format!("Library folders not saved: {error}"))?;
        if let Some(handle) = &self.handle {
            handle.refresh(config.folders(data_dir));
        }
        self.config = config;
        self.needs_matches = true;
        Ok(())
    }

    /// Takes the worker's answers and asks for the open project's matches when they are
    /// due. Returns sentences for the status bar (notices, and the one failure). Never waits.
    pub fn poll(&mut self, project: &Project, own_file: Option<&Path>, spans_version: u64) -> Vec<String> {
        self.frames += 1;
        let mut said = Vec::new();
        let Some(handle) = &mut self.handle else {
            return said;
        };
        let mut changed = false;
        for event in handle.poll() {
            match event {
                LibraryEvent::Progress(progress) => {
                    self.progress = (progress.done < progress.total).then_some(progress);
                    changed = true;
                }
                LibraryEvent::Refreshed(_) => {
                    self.progress = None;
                    self.refreshes += 1;
                    // The first answers may have come while the index was still filling.
                    self.needs_matches = true;
                    changed = true;
                }
                LibraryEvent::Notice(notice) => said.push(format!("Library: {notice}")),
                LibraryEvent::Matches { request, matches } => {
                    if self.pending_matches == Some(request) {
                        self.pending_matches = None;
                        let matches = matches
                            .into_iter()
                            .filter(|claim| !claim.matches.is_empty())
                            .map(|claim| (claim.claim_id, claim))
                            .collect();
                        self.view = Arc::new(LibraryView {
                            matches,
                            ..(*self.view).clone()
                        });
                        changed = true;
                    }
                }
                LibraryEvent::SearchResults { request, hits } => {
                    if self.pending_search == Some(request) {
                        self.pending_search = None;
                        self.search.hits = hits;
                        self.search.waiting = false;
                    }
                }
                LibraryEvent::Failed(error) => {
                    // Said once; the window goes on without a library.
                    if self.failure.is_none() {
                        said.push(format!("Library unavailable: {error}"));
                    }
                    self.failure = Some(error);
                    self.pending_matches = None;
                    self.pending_search = None;
                    self.search.waiting = false;
                    self.progress = None;
                    changed = true;
                }
            }
        }
        if self.matched_spans.is_some_and(|matched| matched != spans_version) {
            self.needs_matches = true;
        }
        if self.needs_matches && self.failure.is_none() {
            self.needs_matches = false;
            self.matched_spans = Some(spans_version);
            self.pending_matches = Some(handle.request_matches(project.clone(), own_file.map(Path::to_path_buf)));
        }
        if changed {
            self.refresh_view();
        }
        said
    }

    fn refresh_view(&mut self) {
        let status = if let Some(failure) = &self.failure {
            Some(format!("Library unavailable: {failure}"))
        } else if let Some(progress) = self.progress {
            Some(format!(
                "Indexing the library: {} of {} reviews looked at",
                progress.done, progress.total
            ))
        } else if self.handle.is_none() {
            Some("No library in this window".to_owned())
        } else {
            None
        };
        self.view = Arc::new(LibraryView {
            status,
            unavailable: self.failure.is_some(),
            matches: std::mem::take(&mut Arc::make_mut(&mut self.view).matches),
        });
    }
}

/// A folder from the system's dialog (`None`: cancelled or no dialog).
pub fn pick_folder() -> Option<PathBuf> {
    rfd::FileDialog::new()
        .set_title("Add a folder to the library")
        .pick_folder()
}
