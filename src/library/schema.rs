//! The index's tables. Bump [`SCHEMA_VERSION`] with any change: an index of another version
//! is rebuilt from the project files, never migrated (it is a cache).

/// Stored in `SQLite`'s `user_version`.
pub const SCHEMA_VERSION: i64 = 3;

/// Creates every table of an empty index.
pub const CREATE: &str = "
CREATE TABLE projects (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    size INTEGER NOT NULL,
    mtime_ns INTEGER,
    hash INTEGER NOT NULL,
    title TEXT NOT NULL,
    published TEXT,
    analyst TEXT,
    reviewed_at TEXT,
    -- why the file could not be read, when it couldn't: it is not read again until it changes
    error TEXT
);
-- The words each claim is compared by (words::context_words), each distinct list once, so
-- a sentence repeated in many projects is compared once.
CREATE TABLE sentences (
    id INTEGER PRIMARY KEY,
    words TEXT NOT NULL UNIQUE
);
-- One row per claim not dismissed; its verdict (status, reviewed) and note are columns, as
-- each claim has exactly one.
CREATE TABLE claims (
    id INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL,
    claim_id INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    kind TEXT NOT NULL,
    quote TEXT NOT NULL,
    sentence TEXT NOT NULL,
    sentence_id INTEGER NOT NULL,
    status TEXT NOT NULL,
    reviewed INTEGER NOT NULL,
    note TEXT NOT NULL
);
CREATE INDEX claims_by_project ON claims(project_id);
-- One row per key of a claim; reviewed and project_id are copies from claims so that
-- matching reads only this index (covering) until it knows which claims to show.
CREATE TABLE claim_values (
    claim_row INTEGER NOT NULL,
    key TEXT NOT NULL,
    noun TEXT,
    sentence_id INTEGER NOT NULL,
    reviewed INTEGER NOT NULL,
    project_id INTEGER NOT NULL
);
CREATE INDEX values_by_key ON claim_values(key, sentence_id, noun, reviewed, claim_row, project_id);
CREATE INDEX values_by_claim ON claim_values(claim_row);
-- How many claims each (key, sentence, noun) group holds, kept with every insert and delete:
-- matching reads the groups of an article's keys here in one query instead of counting
-- thousands of claim_values rows per key. noun is '' for none (NULLs would not conflict).
CREATE TABLE value_groups (
    key TEXT NOT NULL,
    sentence_id INTEGER NOT NULL,
    noun TEXT NOT NULL,
    claims INTEGER NOT NULL,
    -- the sentence's compared words (a copy of sentences.words): scoring a group needs no
    -- second lookup
    words TEXT NOT NULL,
    PRIMARY KEY (key, sentence_id, noun)
) WITHOUT ROWID;
CREATE TABLE sources (
    claim_row INTEGER NOT NULL,
    position INTEGER NOT NULL,
    url TEXT NOT NULL,
    title TEXT NOT NULL,
    note TEXT NOT NULL
);
CREATE INDEX sources_by_claim ON sources(claim_row);
-- Words for the library search; rowid = claims.id.
CREATE VIRTUAL TABLE claim_words USING fts5(quote, sentence, note, sources, tokenize = 'unicode61 remove_diacritics 2');
";

/// Tables a usable index has; one missing means the file is not (or no longer) ours.
pub const TABLES: &[&str] = &[
    "projects",
    "sentences",
    "claims",
    "claim_values",
    "value_groups",
    "sources",
    "claim_words",
];
