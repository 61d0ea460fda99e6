//! The library on a background thread, for the window: indexing never blocks a frame.
//!
//! The window keeps one [`LibraryHandle`], calls [`LibraryHandle::poll`] once per frame (it
//! never waits) and sends requests whose answers come back as [`LibraryEvent`]s. The worker
//! indexes a few projects at a time and answers requests in between, so a match asked for
//! during a long first indexing comes back within one step.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, Sender, TryRecvError, channel};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use super::{ClaimMatches, Library, Progress, RefreshPlan, RefreshReport, SearchHit};
use crate::model::Project;

/// Projects looked at between two checks for requests.
const STEP: usize = 8;

/// The longest between two progress events while indexing.
const PROGRESS_EVERY: Duration = Duration::from_millis(100);

/// A request's number, to pair an answer with its question (the window drops answers to
/// questions it no longer asks).
pub type RequestId = u64;

/// What the worker reports.
#[derive(Clone, Debug, PartialEq)]
pub enum LibraryEvent {
    /// Indexing has come this far.
    Progress(Progress),
    /// A look at the folders is over.
    Refreshed(RefreshReport),
    /// Something the analyst should read in the status line: an index rebuilt, a file skipped.
    Notice(String),
    /// The answer to [`LibraryHandle::request_matches`].
    Matches {
        /// The request.
        request: RequestId,
        /// Per claim of the project, its matches.
        matches: Vec<ClaimMatches>,
    },
    /// The answer to [`LibraryHandle::request_search`].
    SearchResults {
        /// The request.
        request: RequestId,
        /// The claims found, best first.
        hits: Vec<SearchHit>,
    },
    /// A request failed (the message names the index).
    Failed(String),
}

enum Request {
    Refresh(Vec<PathBuf>),
    Reindex(PathBuf),
    Matches {
        request: RequestId,
        project: Box<Project>,
        exclude: Option<PathBuf>,
    },
    Search {
        request: RequestId,
        query: String,
        limit: usize,
    },
}

/// The library running on its own thread. Dropping it stops the worker after its current
/// step.
#[derive(Debug)]
pub struct LibraryHandle {
    requests: Option<Sender<Request>>,
    events: Receiver<LibraryEvent>,
    next_request: RequestId,
    worker: Option<JoinHandle<()>>,
}

impl LibraryHandle {
    /// Starts the worker on the index at `index_path` (see [`Library::open`]) and a first look
    /// at `folders`. Returns at once.
    pub fn start(index_path: PathBuf, folders: Vec<PathBuf>) -> std::io::Result<Self> {
        let (request_sender, request_receiver) = channel();
        let (event_sender, event_receiver) = channel();
        let worker = std::thread::Builder::new()
            .name("claimdesk-library".into())
            .spawn(move || run(&index_path, &request_receiver, &event_sender))?;
        let handle = Self {
            requests: Some(request_sender),
            events: event_receiver,
            next_request: 1,
            worker: Some(worker),
        };
        handle.send(Request::Refresh(folders));
        Ok(handle)
    }

    fn send(&self, request: Request) {
        // A worker that died has said why in a Failed event; nothing more to do here.
        if let Some(requests) = &self.requests {
            let _ = requests.send(request);
        }
    }

    fn next_id(&mut self) -> RequestId {
        let request = self.next_request;
        self.next_request += 1;
        request
    }

    /// Looks at `folders` again (Settings changed them, or the window regained focus).
    pub fn refresh(&self, folders: Vec<PathBuf>) {
        self.send(Request::Refresh(folders));
    }

    /// Re-indexes one project just saved.
    pub fn reindex(&self, project_path: PathBuf) {
        self.send(Request::Reindex(project_path));
    }

    /// Asks for the matches of every claim of `project`; `exclude` is its own file.
    pub fn request_matches(&mut self, project: Project, exclude: Option<PathBuf>) -> RequestId {
        let request = self.next_id();
        self.send(Request::Matches {
            request,
            project: Box::new(project),
            exclude,
        });
        request
    }

    /// Asks for a library search.
    pub fn request_search(&mut self, query: String, limit: usize) -> RequestId {
        let request = self.next_id();
        self.send(Request::Search { request, query, limit });
        request
    }

    /// Every event since the last call. Never waits.
    pub fn poll(&self) -> Vec<LibraryEvent> {
        let mut events = Vec::new();
        loop {
            match self.events.try_recv() {
                Ok(event) => events.push(event),
                Err(TryRecvError::Empty | TryRecvError::Disconnected) => return events,
            }
        }
    }
}

impl Drop for LibraryHandle {
    fn drop(&mut self) {
        // Closing the channel tells the worker to stop; it does so between two steps.
        self.requests = None;
        if let Some(worker) = self.worker.take() {
            let _ = worker.join();
        }
    }
}

fn run(index_path: &std::path::Path, requests: &Receiver<Request>, events: &Sender<LibraryEvent>) {
    let mut library = match Library::open(index_path) {
        Ok((library, notices)) => {
            for notice in notices {
                let _ = events.send(LibraryEvent::Notice(notice));
            }
            library
        }
        Err(error) => {
            let _ = events.send(LibraryEvent::Failed(error.to_string()));
            return;
        }
    };
    let mut plan: Option<RefreshPlan> = None;
    let mut last_progress = Instant::now();
    loop {
        // While indexing, only look for requests; when idle, wait for one.
        let request = if plan.is_some() {
            match requests.try_recv() {
                Ok(request) => Some(request),
                Err(TryRecvError::Empty) => None,
                Err(TryRecvError::Disconnected) => return,
            }
        } else {
            match requests.recv() {
                Ok(request) => Some(request),
                Err(_) => return,
            }
        };
        if let Some(request) = request {
            handle(&mut library, request, &mut plan, events);
            continue;
        }
        let Some(current) = plan.as_mut() else { continue };
        if let Err(error) = library.refresh_step(current, STEP) {
            let _ = events.send(LibraryEvent::Failed(error.to_string()));
            plan = None;
            continue;
        }
        if current.is_done() {
            if let Some(done) = plan.take() {
                let _ = events.send(LibraryEvent::Progress(done.progress()));
                match library.finish_refresh(done) {
                    Ok(report) => {
                        for notice in &report.notices {
                            let _ = events.send(LibraryEvent::Notice(notice.clone()));
                        }
                        let _ = events.send(LibraryEvent::Refreshed(report));
                    }
                    Err(error) => {
                        let _ = events.send(LibraryEvent::Failed(error.to_string()));
                    }
                }
            }
        } else if last_progress.elapsed() >= PROGRESS_EVERY {
            last_progress = Instant::now();
            let _ = events.send(LibraryEvent::Progress(current.progress()));
        }
    }
}

fn handle(library: &mut Library, request: Request, plan: &mut Option<RefreshPlan>, events: &Sender<LibraryEvent>) {
    let event = match request {
        Request::Refresh(folders) => match library.plan_refresh(&folders) {
            Ok(new_plan) => {
                let _ = events.send(LibraryEvent::Progress(new_plan.progress()));
                // A newer look replaces one under way: it covers the same files.
                *plan = Some(new_plan);
                return;
            }
            Err(error) => LibraryEvent::Failed(error.to_string()),
        },
        Request::Reindex(path) => match library.reindex_file(&path) {
            Ok(Some(notice)) => LibraryEvent::Notice(notice),
            Ok(None) => return,
            Err(error) => LibraryEvent::Failed(error.to_string()),
        },
        Request::Matches {
            request,
            project,
            exclude,
        } => match library.matches_for(&project, exclude.as_deref()) {
            Ok(matches) => LibraryEvent::Matches { request, matches },
            Err(error) => LibraryEvent::Failed(error.to_string()),
        },
        Request::Search { request, query, limit } => match library.search(&query, limit) {
            Ok(hits) => LibraryEvent::SearchResults { request, hits },
            Err(error) => LibraryEvent::Failed(error.to_string()),
        },
    };
    let _ = events.send(event);
}
