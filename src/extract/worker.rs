//! A second thread for text-wide scans, so that one article's extraction uses two cores: the
//! scans whose recognisers say [`Recognizer::off_thread`] (the quotation scan, which tags the
//! words around every quote) run there while the caller's thread walks the anchored
//! recognisers and runs the other scans.
//!
//! - **One worker, started on first use, kept for the process.** Starting a thread costs tens
//!   of microseconds (75–90 µs measured on the 2-core machine the bench runs on), as much as a
//!   short article's whole extraction; handing a job to a waiting thread costs about 6 µs.
//! - **Never waited for.** A caller takes the worker only if it is idle (`try_lock`); when two
//!   threads extract at once, the second runs everything itself, exactly as without a worker.
//!   So the worker never serialises callers, and a machine with one core never starts it.
//! - **Safe Rust, no shared borrows.** The worker owns what it reads: the text is copied (a
//!   memcpy, small beside tokenising it) and the tokens and sentences are shared in an [`Arc`].
//! - **The same claims.** The scan is the same function on the same input; its hits join the
//!   others in registry order, so the output does not depend on which thread ran what. If the
//!   worker died (a panic in the scan), the caller runs the scan itself and meets the same
//!   panic there, as it would without a worker.

use super::cursor::Cursor;
use super::recognizer::{Hit, Recognizer, Scope};
use super::registry::REGISTRY;
use super::segment::Sentence;
use super::token::Token;
use std::sync::mpsc::{Receiver, Sender};
use std::sync::{Arc, Mutex, OnceLock, mpsc};

/// Texts shorter than this are extracted on the caller's thread alone: their whole extraction
/// takes a few handoffs' time.
pub(crate) const WORTH_IT: usize = 1024;

/// What a scan reads, owned so that another thread can read it.
pub(crate) struct ScanInput {
    pub text: String,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
}

impl ScanInput {
    /// The cursor over this input.
    pub fn cursor(&self) -> Cursor<'_> {
        Cursor::new(&self.text, &self.tokens)
    }
}

/// The text-wide recognisers whose scans run on the worker (`true`) or on the caller's thread
/// (`false`), in registry order.
pub(crate) fn scans(off_thread: bool) -> impl Iterator<Item = &'static dyn Recognizer> {
    REGISTRY
        .iter()
        .copied()
        .filter(move |recognizer| recognizer.scope() == Scope::Text && recognizer.off_thread() == off_thread)
}

/// Every off-thread scan of `input`, in registry order.
fn scan_off_thread(input: &ScanInput) -> Vec<Hit> {
    let mut hits = Vec::new();
    for recognizer in scans(true) {
        recognizer.scan(input.cursor(), &input.sentences, &mut hits);
    }
    hits
}

/// The caller's ends of the worker's two channels.
pub(crate) struct Worker {
    jobs: Sender<Arc<ScanInput>>,
    results: Receiver<Vec<Hit>>,
}

/// The process's worker: `None` where a second thread would not help (one core) or could not
/// be started.
fn shared() -> Option<&'static Mutex<Worker>> {
    static WORKER: OnceLock<Option<Mutex<Worker>>> = OnceLock::new();
    WORKER.get_or_init(start).as_ref()
}

fn start() -> Option<Mutex<Worker>> {
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    if cores < 2 {
        return None;
    }
    let (jobs, job_receiver) = mpsc::channel::<Arc<ScanInput>>();
    let (result_sender, results) = mpsc::channel::<Vec<Hit>>();
    std::thread::Builder::new()
        .name("claimdesk-extract".to_owned())
        .spawn(move || {
            for input in job_receiver {
                if result_sender.send(scan_off_thread(&input)).is_err() {
                    return;
                }
            }
        })
        .ok()?;
    Some(Mutex::new(Worker { jobs, results }))
}

/// Runs the off-thread scans of `input` on the worker while `here` runs on this thread, and
/// returns both results. The scans run here too, after `here`, when the worker is busy with
/// another caller's text, absent or dead.
pub(crate) fn scan_beside<R>(input: &Arc<ScanInput>, here: impl FnOnce() -> R) -> (Vec<Hit>, R) {
    let taken = shared().and_then(|worker| worker.try_lock().ok());
    let Some(worker) = taken.filter(|worker| worker.jobs.send(Arc::clone(input)).is_ok()) else {
        let result = here();
        return (scan_off_thread(input), result);
    };
    let result = here();
    // The worker sends exactly one result per job; an error means it died in this scan.
    let hits = worker.results.recv().unwrap_or_else(|_| scan_off_thread(input));
    (hits, result)
}
