//! The index itself: an `SQLite` file holding what the library's project files say.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OptionalExtension, params};

use super::scan::{FoundFile, mtime_ns, scan};
use super::schema::{CREATE, SCHEMA_VERSION, TABLES};
use super::value_key::{ValueKey, value_keys};
use super::words::{context_words, cosine_with_text};
use super::{ClaimMatches, LibraryError, LibraryMatch, SearchHit};
use crate::model::{Claim, ClaimId, Project, Source, Status};
use crate::store::load_project;

/// A match's score at or above which the claim counts as "seen before". Chosen on the
/// labelled pairs of `tests/fixtures/library/pairs.tsv` (see `tests/library.rs`).
pub const SEEN_BEFORE: f64 = 0.35;

/// How much a match's score is multiplied by when both claims count something and the nouns
/// differ ("10,000 fans" against "10,000 soldiers"): kept, ranked below, mostly under the line.
pub const OTHER_NOUN_FACTOR: f64 = 0.4;

/// The most matches listed per claim ([`ClaimMatches::total`] still counts them all).
pub const MAX_MATCHES: usize = 20;

/// The most hits of a search that are ranked (the newest claims'); see [`Library::search`].
const RANKED_HITS: usize = 2000;

/// Projects indexed per transaction: big enough that commits cost little, small enough that
/// a reader waits little.
const BATCH: usize = 200;

/// What a look at the folders found and did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RefreshReport {
    /// Project files in the folders.
    pub files: usize,
    /// Of those, read and indexed (new or changed).
    pub indexed: usize,
    /// Files gone from disk, dropped from the index.
    pub removed: usize,
    /// Files skipped (unreadable projects, unreadable folders), one sentence each.
    pub notices: Vec<String>,
}

/// How far a look at the folders has come.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    /// Files looked at.
    pub done: usize,
    /// Files to look at.
    pub total: usize,
}

/// The work a look at the folders has to do, worked through with [`Library::refresh_step`].
#[derive(Debug, Default)]
pub struct RefreshPlan {
    files: Vec<FoundFile>,
    known: HashMap<String, Known>,
    next: usize,
    in_batch: usize,
    report: RefreshReport,
}

impl RefreshPlan {
    /// How far it has come.
    pub fn progress(&self) -> Progress {
        Progress {
            done: self.next,
            total: self.files.len(),
        }
    }

    /// Whether every file was looked at.
    pub fn is_done(&self) -> bool {
        self.next >= self.files.len()
    }
}

#[derive(Clone, Debug)]
struct Known {
    id: i64,
    size: i64,
    mtime_ns: Option<i64>,
    hash: i64,
}

/// A claim of the library that shares a value with the claim being matched.
#[derive(Clone, Copy, Debug)]
struct Candidate {
    score: f64,
    reviewed: bool,
}

/// Claims of the index that share a key, a compared sentence and a noun: they all score the
/// same against a claim, so each group is scored once.
#[derive(Clone, Debug)]
struct Group {
    sentence_id: i64,
    noun: Option<String>,
    /// How many claims (outside the open project).
    claims: i64,
    /// The compared words of the sentence, space-separated, sorted.
    words: String,
}

/// A group's key: value key, sentence id, noun.
type GroupKey = (String, i64, Option<String>);

/// A claim's row of the word index, waiting for the commit.
#[derive(Debug)]
struct WordsRow {
    claim_row: i64,
    quote: String,
    sentence: String,
    note: String,
    sources: String,
}

/// A project of the index, for listings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IndexedProject {
    /// The project file.
    pub path: PathBuf,
    /// Its article title.
    pub title: String,
    /// Claims indexed (not dismissed).
    pub claims: usize,
    /// Why it could not be read, if it couldn't.
    pub error: Option<String>,
}

/// The library's index: an `SQLite` database, a cache of what the project files say.
pub struct Library {
    connection: Connection,
    /// Rows for the word index, written just before each commit. `FTS5` writes its pending
    /// words out at every statement savepoint; interleaved with the other inserts that made
    /// indexing ~5x slower, so its rows go in one run at the end of a batch.
    pending_words: std::cell::RefCell<Vec<WordsRow>>,
    /// Claims added to each value group since the last write-out: one upsert per group and
    /// batch instead of one per claim.
    pending_groups: std::cell::RefCell<HashMap<GroupKey, (i64, String)>>,
    path: PathBuf,
}

impl std::fmt::Debug for Library {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Library")
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

impl Library {
    /// Opens the index at `path`, creating it if needed. An index that is damaged, not an
    /// `SQLite` file, or of another schema version is deleted and created anew — it is a cache —
    /// and the returned notices say so.
    pub fn open(path: &Path) -> Result<(Self, Vec<String>), LibraryError> {
        if let Some(folder) = path.parent().filter(|folder| !folder.as_os_str().is_empty()) {
            std::fs::create_dir_all(folder).map_err(|source| LibraryError::Io {
                path: folder.to_owned(),
                source,
            })?;
        }
        let mut notices = Vec::new();
        match Self::open_existing(path) {
            Ok(Some(library)) => return Ok((library, notices)),
            Ok(None) => {}
            Err(why) => {
                notices.push(format!(
                    "library index {} was {why}; rebuilding it from the project files",
                    path.display()
                ));
                remove_index_files(path)?;
            }
        }
        let library = Self::create(path)?;
        Ok((library, notices))
    }

    /// An index in memory, gone when dropped (tests, `--library` runs that keep nothing).
    pub fn open_in_memory() -> Result<Self, LibraryError> {
        Self::create(Path::new(":memory:"))
    }

    /// `Ok(None)` when there is no index yet; `Err(why)` when there is one that can't be used.
    fn open_existing(path: &Path) -> Result<Option<Self>, String> {
        if !path.exists() {
            return Ok(None);
        }
        let connection = Connection::open(path).map_err(|error| format!("unreadable ({error})"))?;
        let version: i64 = connection
            .query_row("PRAGMA user_version", [], |row| row.get(0))
            .map_err(|error| format!("damaged ({error})"))?;
        if version != SCHEMA_VERSION {
            return Err(format!(
                "of schema version {version}, this claimdesk uses {SCHEMA_VERSION}"
            ));
        }
        let check: String = connection
            .query_row("PRAGMA quick_check(1)", [], |row| row.get(0))
            .map_err(|error| format!("damaged ({error})"))?;
        if check != "ok" {
            return Err(format!("damaged ({check})"));
        }
        for table in TABLES {
            let present: Option<i64> = connection
                .query_row("SELECT 1 FROM sqlite_master WHERE name = ?1", [table], |row| row.get(0))
                .optional()
                .map_err(|error| format!("damaged ({error})"))?;
            if present.is_none() {
                return Err(format!("missing its table {table}"));
            }
        }
        let library = Self {
            connection,
            pending_words: std::cell::RefCell::default(),
            pending_groups: std::cell::RefCell::default(),
            path: path.to_owned(),
        };
        library.tune().map_err(|error| format!("unusable ({error})"))?;
        Ok(Some(library))
    }

    fn create(path: &Path) -> Result<Self, LibraryError> {
        let connection = Connection::open(path).map_err(|source| database(path, source))?;
        let library = Self {
            connection,
            pending_words: std::cell::RefCell::default(),
            pending_groups: std::cell::RefCell::default(),
            path: path.to_owned(),
        };
        library.tune()?;
        library
            .connection
            .execute_batch(&format!(
                "BEGIN; {CREATE} PRAGMA user_version = {SCHEMA_VERSION}; COMMIT;"
            ))
            .map_err(|source| database(path, source))?;
        Ok(library)
    }

    fn tune(&self) -> Result<(), LibraryError> {
        // WAL: the window reads while the command line indexes, and the other way round.
        // synchronous = NORMAL: a power cut can lose the last commits of a cache, nothing more.
        self.connection
            // A 64 MiB page cache: the default 2 MiB made indexing 10,000 projects (a 320 MB
            // index, five B-trees written in key order each) read and write pages over and over.
            .execute_batch(
                "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000;
                 PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY;",
            )
            .map_err(|source| self.error(source))?;
        // Every statement of indexing and matching stays prepared.
        self.connection.set_prepared_statement_cache_capacity(64);
        Ok(()).map_err(|source| self.error(source))
    }

    fn error(&self, source: rusqlite::Error) -> LibraryError {
        database(&self.path, source)
    }

    /// Where the index lives (`:memory:` for one in memory).
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Brings the index up to date with `folders` in one go; see [`Library::plan_refresh`]
    /// and [`Library::refresh_step`] to do it in steps (the background worker does).
    pub fn refresh(&mut self, folders: &[PathBuf]) -> Result<RefreshReport, LibraryError> {
        let mut plan = self.plan_refresh(folders)?;
        while !plan.is_done() {
            self.refresh_step(&mut plan, usize::MAX)?;
        }
        self.finish_refresh(plan)
    }

    /// Looks at the folders: which files are new, changed (size or mtime differ) or gone.
    /// Gone files are dropped from the index at once; the rest is left to
    /// [`Library::refresh_step`]. Projects outside `folders` are dropped too: the index
    /// mirrors exactly the folders it was last given.
    pub fn plan_refresh(&mut self, folders: &[PathBuf]) -> Result<RefreshPlan, LibraryError> {
        let (files, notices) = scan(folders);
        let mut known = self.known()?;
        let on_disk: std::collections::HashSet<String> = files.iter().map(|file| path_key(&file.path)).collect();
        let gone: Vec<i64> = known
            .iter()
            .filter(|(path, _)| !on_disk.contains(*path))
            .map(|(_, known)| known.id)
            .collect();
        known.retain(|path, _| on_disk.contains(path));
        self.begin()?;
        for id in &gone {
            self.delete_project(*id)?;
        }
        self.commit()?;
        Ok(RefreshPlan {
            report: RefreshReport {
                files: files.len(),
                removed: gone.len(),
                notices,
                ..RefreshReport::default()
            },
            files,
            known,
            next: 0,
            in_batch: 0,
        })
    }

    /// Looks at up to `count` more files of `plan`, indexing those that changed. Work is
    /// committed every few hundred projects and when the plan is done.
    pub fn refresh_step(&mut self, plan: &mut RefreshPlan, count: usize) -> Result<(), LibraryError> {
        let end = plan.next.saturating_add(count).min(plan.files.len());
        self.begin()?;
        while plan.next < end {
            let Some(file) = plan.files.get(plan.next) else { break };
            let file = file.clone();
            plan.next += 1;
            let known = plan.known.get(&path_key(&file.path)).cloned();
            let unchanged = known.as_ref().is_some_and(|known| {
                i64::try_from(file.size).ok() == Some(known.size) && file.mtime_ns == known.mtime_ns
            });
            if unchanged {
                continue;
            }
            if self.index_file(&file.path, known.as_ref(), &mut plan.report.notices)? {
                plan.report.indexed += 1;
            }
            plan.in_batch += 1;
            if plan.in_batch >= BATCH {
                plan.in_batch = 0;
                self.commit()?;
                self.begin()?;
            }
        }
        self.commit()
    }

    /// The report of a finished plan.
    pub fn finish_refresh(&mut self, plan: RefreshPlan) -> Result<RefreshReport, LibraryError> {
        Ok(plan.report)
    }

    /// Re-indexes one project file now (after the window saved it): reads it whatever its
    /// size and mtime say. Returns a notice if it could not be read (it is then dropped from
    /// the index).
    pub fn reindex_file(&mut self, path: &Path) -> Result<Option<String>, LibraryError> {
        let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned());
        let known = self.known_one(&path_key(&path))?;
        let mut notices = Vec::new();
        self.begin()?;
        let forced = known.map(|known| Known {
            hash: !known.hash,
            ..known
        });
        let result = self.index_file(&path, forced.as_ref(), &mut notices);
        self.finish(result)?;
        Ok(notices.pop())
    }

    fn finish<T>(&self, result: Result<T, LibraryError>) -> Result<T, LibraryError> {
        match result {
            Ok(value) => {
                self.commit()?;
                Ok(value)
            }
            Err(error) => {
                self.pending_words.borrow_mut().clear();
                self.pending_groups.borrow_mut().clear();
                let _ = self.connection.execute_batch("ROLLBACK");
                Err(error)
            }
        }
    }

    fn begin(&self) -> Result<(), LibraryError> {
        self.connection
            .execute_batch("BEGIN")
            .map_err(|source| self.error(source))
    }

    /// Writes the pending group counts out (before a commit, and before a delete reads them).
    fn flush_groups(&self) -> Result<(), LibraryError> {
        let pending = std::mem::take(&mut *self.pending_groups.borrow_mut());
        if pending.is_empty() {
            return Ok(());
        }
        let mut count_group = self
            .connection
            .prepare_cached(
                "INSERT INTO value_groups (key, sentence_id, noun, claims, words) VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (key, sentence_id, noun) DO UPDATE SET claims = claims + excluded.claims",
            )
            .map_err(|source| self.error(source))?;
        for ((key, sentence_id, noun), (claims, words)) in pending {
            count_group
                .execute(params![key, sentence_id, noun.unwrap_or_default(), claims, words])
                .map_err(|source| self.error(source))?;
        }
        Ok(())
    }

    fn commit(&self) -> Result<(), LibraryError> {
        self.flush_groups()?;
        let pending = std::mem::take(&mut *self.pending_words.borrow_mut());
        if !pending.is_empty() {
            let mut insert = self
                .connection
                .prepare_cached(
                    "INSERT INTO claim_words (rowid, quote, sentence, note, sources) VALUES (?1, ?2, ?3, ?4, ?5)",
                )
                .map_err(|source| self.error(source))?;
            for row in pending {
                insert
                    .execute(params![row.claim_row, row.quote, row.sentence, row.note, row.sources])
                    .map_err(|source| self.error(source))?;
            }
        }
        self.connection
            .execute_batch("COMMIT")
            .map_err(|source| self.error(source))
    }

    fn known(&self) -> Result<HashMap<String, Known>, LibraryError> {
        let mut statement = self
            .connection
            .prepare("SELECT path, id, size, mtime_ns, hash FROM projects")
            .map_err(|source| self.error(source))?;
        let rows = statement
            .query_map([], |row| {
                Ok((
                    row.get::<_, String>(0)?,
                    Known {
                        id: row.get(1)?,
                        size: row.get(2)?,
                        mtime_ns: row.get(3)?,
                        hash: row.get(4)?,
                    },
                ))
            })
            .map_err(|source| self.error(source))?;
        rows.collect::<Result<HashMap<_, _>, _>>()
            .map_err(|source| self.error(source))
    }

    fn known_one(&self, path: &str) -> Result<Option<Known>, LibraryError> {
        self.connection
            .query_row(
                "SELECT id, size, mtime_ns, hash FROM projects WHERE path = ?1",
                [path],
                |row| {
                    Ok(Known {
                        id: row.get(0)?,
                        size: row.get(1)?,
                        mtime_ns: row.get(2)?,
                        hash: row.get(3)?,
                    })
                },
            )
            .optional()
            .map_err(|source| self.error(source))
    }

    /// Reads one file with claimdesk's own loader and replaces what the index holds for it.
    /// Returns whether its claims were (re)indexed; a file whose bytes did not change only
    /// gets its new mtime, a bad file a notice.
    fn index_file(&self, path: &Path, known: Option<&Known>, notices: &mut Vec<String>) -> Result<bool, LibraryError> {
        let key = path_key(path);
        match load_project(path) {
            Ok(loaded) => {
                let (size, modified, hash) = loaded.fingerprint.as_ref().map_or((0, None, 0), |fingerprint| {
                    (fingerprint.len, fingerprint.modified, fingerprint.hash)
                });
                let size = i64::try_from(size).unwrap_or(i64::MAX);
                let mtime = modified.and_then(mtime_ns);
                // The hash is stored as `SQLite`'s signed 64-bit integer: same bits.
                let hash = i64::from_ne_bytes(hash.to_ne_bytes());
                if let Some(known) = known
                    && known.hash == hash
                {
                    self.connection
                        .execute(
                            "UPDATE projects SET size = ?2, mtime_ns = ?3 WHERE id = ?1",
                            params![known.id, size, mtime],
                        )
                        .map_err(|source| self.error(source))?;
                    return Ok(false);
                }
                if let Some(known) = known {
                    self.delete_project(known.id)?;
                }
                self.insert_project(&key, size, mtime, hash, &loaded.project)?;
                Ok(true)
            }
            Err(error) => {
                // The store's error names the file (and the line:column for a parse error).
                notices.push(format!("skipped {error}"));
                if let Some(known) = known {
                    self.delete_project(known.id)?;
                }
                let (size, mtime) = std::fs::metadata(path).map_or((0, None), |metadata| {
                    (
                        i64::try_from(metadata.len()).unwrap_or(i64::MAX),
                        metadata.modified().ok().and_then(mtime_ns),
                    )
                });
                self.connection
                    .execute(
                        "INSERT INTO projects (path, size, mtime_ns, hash, title, error) VALUES (?1, ?2, ?3, 0, '', ?4)",
                        params![key, size, mtime, error.to_string()],
                    )
                    .map_err(|source| self.error(source))?;
                Ok(false)
            }
        }
    }

    fn delete_project(&self, id: i64) -> Result<(), LibraryError> {
        // The counts it subtracts from must hold what was added in this batch.
        self.flush_groups()?;
        for sql in [
            // The project's claims leave their groups before their rows go.
            "INSERT INTO value_groups (key, sentence_id, noun, claims, words)
             SELECT key, sentence_id, COALESCE(noun, ''), -COUNT(*), '' FROM claim_values
             WHERE claim_row IN (SELECT id FROM claims WHERE project_id = ?1) GROUP BY 1, 2, 3
             ON CONFLICT (key, sentence_id, noun) DO UPDATE SET claims = claims + excluded.claims",
            "DELETE FROM claim_words WHERE rowid IN (SELECT id FROM claims WHERE project_id = ?1)",
            "DELETE FROM claim_values WHERE claim_row IN (SELECT id FROM claims WHERE project_id = ?1)",
            "DELETE FROM sources WHERE claim_row IN (SELECT id FROM claims WHERE project_id = ?1)",
            "DELETE FROM claims WHERE project_id = ?1",
            "DELETE FROM projects WHERE id = ?1",
        ] {
            self.connection
                .prepare_cached(sql)
                .and_then(|mut statement| statement.execute([id]))
                .map_err(|source| self.error(source))?;
        }
        // Groups left empty (a few thousand rows in all: the scan is cheap).
        self.connection
            .prepare_cached("DELETE FROM value_groups WHERE claims <= 0")
            .and_then(|mut statement| statement.execute([]))
            .map_err(|source| self.error(source))?;
        Ok(())
    }

    fn insert_project(
        &self,
        key: &str,
        size: i64,
        mtime: Option<i64>,
        hash: i64,
        project: &Project,
    ) -> Result<(), LibraryError> {
        let last_change = project
            .claims
            .iter()
            .flat_map(|claim| &claim.history)
            .max_by(|a, b| a.at.cmp(&b.at));
        let project_id: i64 = self
            .connection
            .prepare_cached(
                "INSERT INTO projects (path, size, mtime_ns, hash, title, published, analyst, reviewed_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) RETURNING id",
            )
            .and_then(|mut statement| {
                statement.query_row(
                    params![
                        key,
                        size,
                        mtime,
                        hash,
                        project.article.title,
                        project.article.published,
                        last_change.map(|change| &change.by),
                        last_change.map(|change| &change.at),
                    ],
                    |row| row.get(0),
                )
            })
            .map_err(|source| self.error(source))?;
        let text = &project.article.text;
        for claim in project.claims.iter().filter(|claim| !claim.dismissed) {
            let sentence = sentence_of(text, claim);
            let words = words_of(sentence, claim).join(" ");
            self.insert_claim(project_id, claim, sentence, &words)?;
        }
        Ok(())
    }

    fn insert_claim(&self, project_id: i64, claim: &Claim, sentence: &str, words: &str) -> Result<(), LibraryError> {
        let sql_error = |source: rusqlite::Error| self.error(source);
        let known: Option<i64> = self
            .connection
            .prepare_cached("SELECT id FROM sentences WHERE words = ?1")
            .and_then(|mut statement| statement.query_row([words], |row| row.get(0)).optional())
            .map_err(sql_error)?;
        let sentence_id: i64 = match known {
            Some(sentence_id) => sentence_id,
            None => self
                .connection
                .prepare_cached("INSERT INTO sentences (words) VALUES (?1) RETURNING id")
                .and_then(|mut statement| statement.query_row([words], |row| row.get(0)))
                .map_err(sql_error)?,
        };
        let claim_row: i64 = self
            .connection
            .prepare_cached(
                "INSERT INTO claims (project_id, claim_id, start, end, kind, quote, sentence, sentence_id, status, reviewed, note)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) RETURNING id",
            )
            .and_then(|mut statement| {
                statement.query_row(
                    params![
                        project_id,
                        i64::try_from(claim.id.0).unwrap_or(i64::MAX),
                        i64::try_from(claim.start).unwrap_or(i64::MAX),
                        i64::try_from(claim.end).unwrap_or(i64::MAX),
                        claim.kind.slug(),
                        claim.quote,
                        sentence,
                        sentence_id,
                        claim.status.slug(),
                        claim.reviewed,
                        claim.note,
                    ],
                    |row| row.get(0),
                )
            })
            .map_err(sql_error)?;
        let mut insert_value = self
            .connection
            .prepare_cached(
                "INSERT INTO claim_values (claim_row, key, noun, sentence_id, reviewed, project_id)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )
            .map_err(sql_error)?;
        for ValueKey { key, noun } in value_keys(claim) {
            insert_value
                .execute(params![claim_row, key, noun, sentence_id, claim.reviewed, project_id])
                .map_err(sql_error)?;
            self.pending_groups
                .borrow_mut()
                .entry((key, sentence_id, noun))
                .or_insert_with(|| (0, words.to_owned()))
                .0 += 1;
        }
        let mut insert_source = self
            .connection
            .prepare_cached("INSERT INTO sources (claim_row, position, url, title, note) VALUES (?1, ?2, ?3, ?4, ?5)")
            .map_err(sql_error)?;
        let mut source_words = String::new();
        for (position, source) in (0i64..).zip(&claim.sources) {
            insert_source
                .execute(params![claim_row, position, source.url, source.title, source.note])
                .map_err(sql_error)?;
            for part in [&source.url, &source.title, &source.note] {
                source_words.push_str(part);
                source_words.push(' ');
            }
        }
        self.pending_words.borrow_mut().push(WordsRow {
            claim_row,
            quote: claim.quote.clone(),
            sentence: sentence.to_owned(),
            note: claim.note.clone(),
            sources: source_words,
        });
        Ok(())
    }

    /// For each claim of `project` (dismissed ones left out), the library's earlier claims
    /// with the same value, best first, scored; `exclude` names the project's own file so it
    /// does not match itself. Claims without a value get an empty list.
    pub fn matches_for(&self, project: &Project, exclude: Option<&Path>) -> Result<Vec<ClaimMatches>, LibraryError> {
        self.matches_above(project, exclude, SEEN_BEFORE)
    }

    /// [`Library::matches_for`] with another threshold: every candidate scoring at least
    /// `floor` (0 lists every claim sharing a value; the labelled-pairs test measures with it).
    ///
    /// A handful of queries per article, not per claim: the groups of claims sharing each of
    /// the article's keys come from `value_groups` in one query, the compared sentences in
    /// one, and the shown matches with their projects and sources in two more. Only the few
    /// rows of each group that can be shown are read one group at a time.
    pub fn matches_above(
        &self,
        project: &Project,
        exclude: Option<&Path>,
        floor: f64,
    ) -> Result<Vec<ClaimMatches>, LibraryError> {
        let own_project: Option<i64> = match exclude {
            Some(path) => {
                let key = path_key(&std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned()));
                self.known_one(&key)?.map(|known| known.id)
            }
            None => None,
        };
        let claims: Vec<(&Claim, Vec<String>, Vec<ValueKey>)> = project
            .claims
            .iter()
            .filter(|claim| !claim.dismissed)
            .map(|claim| {
                let words = words_of(sentence_of(&project.article.text, claim), claim);
                (claim, words, value_keys(claim))
            })
            .collect();
        let keys: Vec<&str> = claims
            .iter()
            .flat_map(|(_, _, keys)| keys.iter().map(|key| key.key.as_str()))
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        let groups = self.groups_of(&keys, own_project)?;
        let mut group_rows: HashMap<GroupKey, Vec<(i64, bool)>> = HashMap::new();
        let mut chosen: Vec<(Vec<(i64, f64)>, usize)> = Vec::with_capacity(claims.len());
        for (_, words, claim_keys) in &claims {
            chosen.push(self.best_for_claim(words, claim_keys, &groups, &mut group_rows, (floor, own_project))?);
        }
        let rows: Vec<i64> = chosen
            .iter()
            .flat_map(|(best, _)| best.iter().map(|(claim_row, _)| *claim_row))
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        let found = self.library_matches(&rows)?;
        let mut out = Vec::with_capacity(claims.len());
        for ((claim, _, _), (best, total)) in claims.iter().zip(chosen) {
            let matches: Vec<LibraryMatch> = best
                .into_iter()
                .filter_map(|(claim_row, score)| {
                    found
                        .get(&claim_row)
                        .map(|found| LibraryMatch { score, ..found.clone() })
                })
                .collect();
            out.push(ClaimMatches {
                claim_id: claim.id,
                start: claim.start,
                end: claim.end,
                text: claim.quote.clone(),
                kind: claim.kind.slug(),
                total: total.max(matches.len()),
                matches,
            });
        }
        Ok(out)
    }

    /// The best [`MAX_MATCHES`] claims of the index for one claim (its compared `words` and
    /// keys), scored, and how many claims matched in all. Each group of claims sharing a key,
    /// sentence and noun is scored once and its rows read once per article (`group_rows`).
    fn best_for_claim(
        &self,
        words: &[String],
        claim_keys: &[ValueKey],
        groups: &HashMap<String, Vec<Group>>,
        group_rows: &mut HashMap<GroupKey, Vec<(i64, bool)>>,
        (floor, own_project): (f64, Option<i64>),
    ) -> Result<(Vec<(i64, f64)>, usize), LibraryError> {
        // Every group that passes, scored; all of a group's claims score the same.
        let mut passing: Vec<(f64, &str, &Group)> = Vec::new();
        let mut total = 0;
        for key in claim_keys {
            // The same quotation of several words is the same claim, whatever surrounds it.
            let same_quotation = key.key.starts_with("t:");
            for group in groups.get(&key.key).into_iter().flatten() {
                let mut score = if same_quotation {
                    1.0
                } else {
                    cosine_with_text(words, &group.words)
                };
                if let (Some(ours), Some(theirs)) = (&key.noun, &group.noun)
                    && ours != theirs
                {
                    score *= OTHER_NOUN_FACTOR;
                }
                if score < floor {
                    continue;
                }
                total += usize::try_from(group.claims).unwrap_or(0);
                passing.push((score, key.key.as_str(), group));
            }
        }
        // Best groups first; once MAX_MATCHES claims score more than every group left, the
        // rest cannot be shown and their rows are never read (at 10,000 projects a figure has
        // hundreds of groups).
        passing.sort_by(|a, b| b.0.total_cmp(&a.0));
        let mut candidates: HashMap<i64, Candidate> = HashMap::new();
        for (score, key, group) in passing {
            if candidates.len() >= MAX_MATCHES {
                let mut scores: Vec<f64> = candidates.values().map(|candidate| candidate.score).collect();
                scores.sort_by(|a, b| b.total_cmp(a));
                if scores.get(MAX_MATCHES - 1).is_some_and(|&last| score < last) {
                    break;
                }
            }
            let cache_key = (key.to_owned(), group.sentence_id, group.noun.clone());
            let rows = match group_rows.entry(cache_key) {
                std::collections::hash_map::Entry::Occupied(entry) => entry.into_mut(),
                std::collections::hash_map::Entry::Vacant(entry) => {
                    let rows = self.group_rows(key, group, own_project)?;
                    entry.insert(rows)
                }
            };
            for &(claim_row, reviewed) in rows.iter() {
                let candidate = candidates.entry(claim_row).or_insert(Candidate { score, reviewed });
                candidate.score = candidate.score.max(score);
            }
        }
        let mut best: Vec<(i64, Candidate)> = candidates.into_iter().collect();
        best.sort_by(|(a_row, a), (b_row, b)| {
            b.score
                .total_cmp(&a.score)
                .then(b.reviewed.cmp(&a.reviewed))
                .then(b_row.cmp(a_row))
        });
        best.truncate(MAX_MATCHES);
        Ok((
            best.into_iter()
                .map(|(claim_row, candidate)| (claim_row, candidate.score))
                .collect(),
            total,
        ))
    }

    /// The groups of claims (same key, compared words and noun) under each of `keys`, with how
    /// many claims outside `own_project` each holds; empty groups left out.
    fn groups_of(&self, keys: &[&str], own_project: Option<i64>) -> Result<HashMap<String, Vec<Group>>, LibraryError> {
        let sql_error = |source: rusqlite::Error| self.error(source);
        let keys_json = serde_json::to_string(keys).unwrap_or_else(|_| "[]".to_owned());
        let mut groups: HashMap<String, Vec<Group>> = HashMap::new();
        let mut statement = self
            .connection
            .prepare_cached(
                "SELECT key, sentence_id, noun, claims, words FROM value_groups
                 WHERE key IN (SELECT value FROM json_each(?1)) AND claims > 0",
            )
            .map_err(sql_error)?;
        let rows = statement
            .query_map([&keys_json], |row| {
                Ok((
                    row.get::<_, String>(0)?,
                    Group {
                        sentence_id: row.get(1)?,
                        noun: Some(row.get::<_, String>(2)?).filter(|noun| !noun.is_empty()),
                        claims: row.get(3)?,
                        words: row.get(4)?,
                    },
                ))
            })
            .map_err(sql_error)?;
        for row in rows {
            let (key, group) = row.map_err(sql_error)?;
            groups.entry(key).or_default().push(group);
        }
        if let Some(own_project) = own_project {
            // The open project's own claims are in the counts: take them out.
            let mut statement = self
                .connection
                .prepare_cached(
                    "SELECT key, sentence_id, noun, COUNT(*) FROM claim_values
                     WHERE claim_row IN (SELECT id FROM claims WHERE project_id = ?1) GROUP BY 1, 2, 3",
                )
                .map_err(sql_error)?;
            let rows = statement
                .query_map([own_project], |row| {
                    Ok((
                        row.get::<_, String>(0)?,
                        row.get::<_, i64>(1)?,
                        row.get::<_, Option<String>>(2)?,
                        row.get::<_, i64>(3)?,
                    ))
                })
                .map_err(sql_error)?;
            for row in rows {
                let (key, sentence_id, noun, own) = row.map_err(sql_error)?;
                if let Some(group) = groups.get_mut(&key).and_then(|groups| {
                    groups
                        .iter_mut()
                        .find(|g| g.sentence_id == sentence_id && g.noun == noun)
                }) {
                    group.claims -= own;
                }
            }
            for list in groups.values_mut() {
                list.retain(|group| group.claims > 0);
            }
        }
        Ok(groups)
    }

    /// The claims of one group that can be shown: reviewed first, newest first, at most
    /// [`MAX_MATCHES`], none of `own_project`.
    fn group_rows(&self, key: &str, group: &Group, own_project: Option<i64>) -> Result<Vec<(i64, bool)>, LibraryError> {
        let sql_error = |source: rusqlite::Error| self.error(source);
        let mut statement = self
            .connection
            .prepare_cached(
                "SELECT claim_row, reviewed FROM claim_values
                 WHERE key = ?1 AND sentence_id = ?2 AND noun IS ?3 AND project_id IS NOT ?4
                 ORDER BY reviewed DESC, claim_row DESC LIMIT ?5",
            )
            .map_err(sql_error)?;
        statement
            .query_map(
                params![
                    key,
                    group.sentence_id,
                    group.noun,
                    own_project,
                    i64::try_from(MAX_MATCHES).unwrap_or(i64::MAX)
                ],
                |row| Ok((row.get::<_, i64>(0)?, row.get::<_, bool>(1)?)),
            )
            .map_err(sql_error)?
            .collect::<Result<Vec<_>, _>>()
            .map_err(sql_error)
    }

    /// The claims of the index in `rows` as matches (score 0, set by the caller), with their
    /// projects and sources: two queries however many.
    fn library_matches(&self, rows: &[i64]) -> Result<HashMap<i64, LibraryMatch>, LibraryError> {
        let sql_error = |source: rusqlite::Error| self.error(source);
        let mut out = HashMap::with_capacity(rows.len());
        if rows.is_empty() {
            return Ok(out);
        }
        let rows_json = serde_json::to_string(rows).unwrap_or_else(|_| "[]".to_owned());
        let mut statement = self
            .connection
            .prepare_cached(
                "SELECT c.id, p.path, p.title, COALESCE(p.published, p.reviewed_at), p.analyst, c.claim_id, c.quote,
                        c.sentence, c.status, c.reviewed, c.note
                 FROM claims c JOIN projects p ON p.id = c.project_id
                 WHERE c.id IN (SELECT value FROM json_each(?1))",
            )
            .map_err(sql_error)?;
        let found = statement
            .query_map([&rows_json], |row| {
                Ok((
                    row.get::<_, i64>(0)?,
                    LibraryMatch {
                        project: PathBuf::from(row.get::<_, String>(1)?),
                        title: row.get(2)?,
                        date: row.get(3)?,
                        analyst: row.get(4)?,
                        claim_id: ClaimId(u64::try_from(row.get::<_, i64>(5)?).unwrap_or(0)),
                        text: row.get(6)?,
                        sentence: row.get(7)?,
                        status: status_from_slug(&row.get::<_, String>(8)?),
                        reviewed: row.get(9)?,
                        sources: Vec::new(),
                        note: row.get(10)?,
                        score: 0.0,
                    },
                ))
            })
            .map_err(sql_error)?;
        for row in found {
            let (claim_row, found) = row.map_err(sql_error)?;
            out.insert(claim_row, found);
        }
        let mut statement = self
            .connection
            .prepare_cached(
                "SELECT claim_row, url, title, note FROM sources
                 WHERE claim_row IN (SELECT value FROM json_each(?1)) ORDER BY claim_row, position",
            )
            .map_err(sql_error)?;
        let sources = statement
            .query_map([&rows_json], |row| {
                Ok((
                    row.get::<_, i64>(0)?,
                    Source {
                        url: row.get(1)?,
                        title: row.get(2)?,
                        note: row.get(3)?,
                    },
                ))
            })
            .map_err(sql_error)?;
        for row in sources {
            let (claim_row, source) = row.map_err(sql_error)?;
            if let Some(found) = out.get_mut(&claim_row) {
                found.sources.push(source);
            }
        }
        Ok(out)
    }

    /// Claims whose words, sentence, note or sources hold every word of `query` (the last one
    /// as a prefix: results come while typing), best first, at most `limit`.
    pub fn search(&self, query: &str, limit: usize) -> Result<Vec<SearchHit>, LibraryError> {
        let Some(expression) = fts_query(query) else {
            return Ok(Vec::new());
        };
        let sql_error = |source: rusqlite::Error| self.error(source);
        // Ranked among the newest RANKED_HITS hits only: a word in a note repeated on thousands
        // of claims would otherwise be ranked (bm25) and joined thousands of times for 50
        // lines that read the same. A search with fewer hits is ranked in full.
        let mut statement = self
            .connection
            .prepare_cached(
                "SELECT rowid, rank FROM claim_words WHERE claim_words MATCH ?1 ORDER BY rowid DESC LIMIT ?2",
            )
            .map_err(sql_error)?;
        let mut ranked: Vec<(i64, f64)> = statement
            .query_map(
                params![expression, i64::try_from(RANKED_HITS).unwrap_or(i64::MAX)],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .map_err(sql_error)?
            .collect::<Result<Vec<_>, _>>()
            .map_err(sql_error)?;
        ranked.sort_by(|(a_row, a), (b_row, b)| a.total_cmp(b).then(b_row.cmp(a_row)));
        ranked.truncate(limit);
        let rows: Vec<i64> = ranked.iter().map(|(claim_row, _)| *claim_row).collect();
        let rows_json = serde_json::to_string(&rows).unwrap_or_else(|_| "[]".to_owned());
        let mut statement = self
            .connection
            .prepare_cached(
                "SELECT c.id, p.path, p.title, c.claim_id, c.quote, c.sentence, c.status, c.note
                 FROM claims c JOIN projects p ON p.id = c.project_id
                 WHERE c.id IN (SELECT value FROM json_each(?1))",
            )
            .map_err(sql_error)?;
        let mut found: HashMap<i64, SearchHit> = statement
            .query_map([&rows_json], |row| {
                Ok((
                    row.get::<_, i64>(0)?,
                    SearchHit {
                        project: PathBuf::from(row.get::<_, String>(1)?),
                        title: row.get(2)?,
                        claim_id: ClaimId(u64::try_from(row.get::<_, i64>(3)?).unwrap_or(0)),
                        text: row.get(4)?,
                        sentence: row.get(5)?,
                        status: status_from_slug(&row.get::<_, String>(6)?),
                        note: row.get(7)?,
                        rank: 0.0,
                    },
                ))
            })
            .map_err(sql_error)?
            .collect::<Result<HashMap<_, _>, _>>()
            .map_err(sql_error)?;
        Ok(ranked
            .into_iter()
            .filter_map(|(claim_row, rank)| found.remove(&claim_row).map(|hit| SearchHit { rank, ..hit }))
            .collect())
    }

    /// Every project of the index, by path.
    pub fn projects(&self) -> Result<Vec<IndexedProject>, LibraryError> {
        let sql_error = |source: rusqlite::Error| self.error(source);
        let mut statement = self
            .connection
            .prepare(
                "SELECT p.path, p.title, (SELECT COUNT(*) FROM claims c WHERE c.project_id = p.id), p.error
                 FROM projects p ORDER BY p.path",
            )
            .map_err(sql_error)?;
        statement
            .query_map([], |row| {
                Ok(IndexedProject {
                    path: PathBuf::from(row.get::<_, String>(0)?),
                    title: row.get(1)?,
                    claims: usize::try_from(row.get::<_, i64>(2)?).unwrap_or(0),
                    error: row.get(3)?,
                })
            })
            .map_err(sql_error)?
            .collect::<Result<Vec<_>, _>>()
            .map_err(sql_error)
    }
}

fn database(path: &Path, source: rusqlite::Error) -> LibraryError {
    LibraryError::Database {
        path: path.to_owned(),
        source,
    }
}

/// Deletes the index and `SQLite`'s companion files.
fn remove_index_files(path: &Path) -> Result<(), LibraryError> {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        let file = PathBuf::from(name);
        match std::fs::remove_file(&file) {
            Ok(()) => {}
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {}
            Err(source) => return Err(LibraryError::Io { path: file, source }),
        }
    }
    Ok(())
}

/// How a path is stored: as text (a path that is not UTF-8 is stored lossily and still
/// matched, since the same lossy text comes back each time).
fn path_key(path: &Path) -> String {
    path.to_string_lossy().into_owned()
}

/// The sentence a claim stands in (the claim itself when its span no longer fits the text).
fn sentence_of<'a>(text: &'a str, claim: &'a Claim) -> &'a str {
    if claim.orphaned {
        return &claim.quote;
    }
    let range = crate::extract::sentence_around(text, claim.start, claim.end);
    text.get(range).map_or(claim.quote.as_str(), str::trim)
}

fn words_of(sentence: &str, claim: &Claim) -> Vec<String> {
    context_words(sentence, &claim.quote, claim.kind == crate::model::Kind::Quote)
}

fn status_from_slug(slug: &str) -> Status {
    Status::ALL
        .into_iter()
        .find(|status| status.slug() == slug)
        .unwrap_or_default()
}

/// The FTS5 expression for what an analyst typed: each word quoted (so no word is read as
/// an operator), all required, the last one a prefix. `None` when no word is left.
fn fts_query(query: &str) -> Option<String> {
    let words: Vec<String> = query
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(|word| format!("\"{word}\""))
        .collect();
    let (last, rest) = words.split_last()?;
    let mut expression = rest.join(" ");
    if !expression.is_empty() {
        expression.push(' ');
    }
    expression.push_str(last);
    expression.push('*');
    Some(expression)
}
