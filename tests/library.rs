//! The library of past reviews: indexing project folders, matching a new article's claims
//! against them, and keeping the index a faithful cache of the files.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "in tests a panic is the failure report"
)]

use std::fs;
use std::path::Path;
use std::time::{Duration, Instant};

use claimdesk::library::{ClaimMatches, Library, LibraryEvent, LibraryHandle, SEEN_BEFORE};
use claimdesk::model::{Article, Project, Source, Stamp, Status};
use claimdesk::store::{load_project, save_project};

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
const SAMPLE_PROJECT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/projects/biden-putin-call.ron");

fn stamp() -> Stamp {
    Stamp::at_unix(1_795_943_523, "ana")
}

fn project_of(title: &str, text: &str) -> Project {
    Project::from_detections(Article::new(title, text), claimdesk::extract::extract(text))
}

/// A library folder of real-shaped reviews: the bundled sample review (real verdicts, notes
/// and sources), every GUM test article as a fresh review, and a sports story whose crowd is
/// "about 10,000 fans" — the same figure as the sample's soldiers, another claim.
fn library_folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::copy(SAMPLE_PROJECT, dir.path().join("biden-putin-call.claims.ron")).unwrap();
    for entry in fs::read_dir(format!("{FIXTURES}/extract")).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name.starts_with("GUM_news_") && path.extension().is_some_and(|ext| ext == "txt") {
            let text = fs::read_to_string(&path).unwrap();
            let stem = name.trim_end_matches(".txt");
            save_project(&dir.path().join(format!("{stem}.claims.ron")), &project_of(stem, &text)).unwrap();
        }
    }
    let mut fans = project_of(
        "Cup final",
        "Cup final ends in a draw\nAbout 10,000 fans watched the final in the rain, and the match ended goalless.\n",
    );
    let claim = fans
        .claims
        .iter_mut()
        .find(|claim| claim.quote.contains("10,000"))
        .unwrap();
    claim.set_status(Status::Sourced, &stamp());
    save_project(&dir.path().join("cup-final.claims.ron"), &fans).unwrap();
    dir
}

/// The claim of `words` itself: the shortest claim holding them (a statement claim spans the
/// whole sentence around a figure, and the figure is the claim meant here).
fn matches_of<'a>(all: &'a [ClaimMatches], words: &str) -> &'a ClaimMatches {
    all.iter()
        .filter(|claim| claim.text.contains(words))
        .min_by_key(|claim| claim.text.len())
        .unwrap_or_else(|| {
            panic!(
                "no claim with {words:?} in {:?}",
                all.iter().map(|c| &c.text).collect::<Vec<_>>()
            )
        })
}

/// An article a fact-checker would meet next week: the sample's figures again, in new words.
const NEXT_WEEK: &str = "Troops still on the border\n\
Russia would withdraw about 10,000 soldiers, a weekend report said, but Washington saw little evidence of a reduction.\n\
Leaders in Kiev still worry about the 60,000 to 90,000 Russian soldiers gathered in the north, east and south.\n";

#[test]
fn a_repeated_claim_is_matched_with_its_verdict_and_another_meaning_ranks_below() {
    let folder = library_folder();
    let mut library = Library::open_in_memory().unwrap();
    let report = library.refresh(&[folder.path().to_owned()]).unwrap();
    assert_eq!(report.files, 8, "{report:?}");
    assert!(report.notices.is_empty(), "{:?}", report.notices);

    let all = library.matches_for(&project_of("next", NEXT_WEEK), None).unwrap();
    let range = matches_of(&all, "60,000 to 90,000");
    let best = range.matches.first().expect("the range was seen before");
    assert!(best.project.ends_with("biden-putin-call.claims.ron"));
    assert!(best.reviewed, "the sample reviewed it");
    assert!(best.score >= SEEN_BEFORE);

    let soldiers = matches_of(&all, "10,000 soldiers");
    let best = soldiers.matches.first().expect("the 10,000 soldiers were seen before");
    assert!(best.project.ends_with("biden-putin-call.claims.ron"), "{best:?}");
    let sample = load_project(Path::new(SAMPLE_PROJECT)).unwrap().project;
    let reviewed = sample.claim(best.claim_id).unwrap();
    assert_eq!(best.status, reviewed.status, "the verdict comes from the file");
    assert_eq!(best.sources, reviewed.sources);
    assert_eq!(best.note, reviewed.note);
    if let Some(fans) = soldiers
        .matches
        .iter()
        .find(|m| m.project.ends_with("cup-final.claims.ron"))
    {
        assert!(fans.score < best.score, "10,000 fans rank below 10,000 soldiers");
    }

    // And the other way round: a crowd of 10,000 fans is not the soldiers' claim.
    let crowd = project_of(
        "derby",
        "About 10,000 fans sang through the rain as the derby ended goalless.\n",
    );
    let all = library.matches_for(&crowd, None).unwrap();
    let fans = matches_of(&all, "10,000");
    assert_eq!(
        fans.matches
            .first()
            .map(|m| m.project.ends_with("cup-final.claims.ron")),
        Some(true),
        "{fans:?}"
    );
    assert!(
        fans.matches
            .iter()
            .all(|m| !m.project.ends_with("biden-putin-call.claims.ron")),
        "soldiers are not fans: {fans:?}"
    );
}

#[test]
fn a_project_is_not_matched_against_itself() {
    let folder = library_folder();
    let mut library = Library::open_in_memory().unwrap();
    library.refresh(&[folder.path().to_owned()]).unwrap();
    let own = folder.path().join("biden-putin-call.claims.ron");
    let project = load_project(&own).unwrap().project;
    let all = library.matches_for(&project, Some(&own)).unwrap();
    assert!(
        all.iter()
            .flat_map(|claim| &claim.matches)
            .all(|m| !m.project.ends_with("biden-putin-call.claims.ron"))
    );
}

/// Per claim: its text and the (project, claim id, verdict) of each match.
type Answers = Vec<(String, Vec<(String, u64, Status)>)>;

fn answers(library: &Library) -> Answers {
    library
        .matches_for(&project_of("next", NEXT_WEEK), None)
        .unwrap()
        .into_iter()
        .map(|claim| {
            let matches = claim
                .matches
                .iter()
                .map(|m| {
                    (
                        m.project.file_name().unwrap().to_string_lossy().into_owned(),
                        m.claim_id.0,
                        m.status,
                    )
                })
                .collect();
            (claim.text, matches)
        })
        .collect()
}

#[test]
fn a_deleted_index_is_rebuilt_with_the_same_answers() {
    let folder = library_folder();
    let data = tempfile::tempdir().unwrap();
    let index = data.path().join("library/index.sqlite");
    let folders = [folder.path().to_owned()];
    let (mut library, notices) = Library::open(&index).unwrap();
    assert!(notices.is_empty());
    library.refresh(&folders).unwrap();
    let before = answers(&library);
    assert!(before.iter().any(|(_, matches)| !matches.is_empty()));
    drop(library);

    for suffix in ["", "-wal", "-shm"] {
        let _ = fs::remove_file(format!("{}{suffix}", index.display()));
    }
    let (mut library, notices) = Library::open(&index).unwrap();
    assert!(notices.is_empty(), "a missing index is simply built: {notices:?}");
    let report = library.refresh(&folders).unwrap();
    assert_eq!(report.indexed, 8);
    assert_eq!(answers(&library), before);

    // A second look reads nothing: sizes and mtimes are unchanged.
    assert_eq!(library.refresh(&folders).unwrap().indexed, 0);
}

#[test]
fn a_corrupt_or_outdated_index_is_rebuilt_with_a_notice() {
    let folder = library_folder();
    let data = tempfile::tempdir().unwrap();
    let index = data.path().join("index.sqlite");
    let folders = [folder.path().to_owned()];
    let (mut library, _) = Library::open(&index).unwrap();
    library.refresh(&folders).unwrap();
    let before = answers(&library);
    drop(library);

    // Garbage over the SQLite header.
    let mut bytes = fs::read(&index).unwrap();
    for byte in bytes.iter_mut().take(4096) {
        *byte = 0x5a;
    }
    fs::write(&index, &bytes).unwrap();
    let (mut library, notices) = Library::open(&index).unwrap();
    assert_eq!(notices.len(), 1, "{notices:?}");
    assert!(notices[0].contains("rebuilding"), "{notices:?}");
    library.refresh(&folders).unwrap();
    assert_eq!(answers(&library), before);
    drop(library);

    // An index of another schema version.
    let connection = rusqlite::Connection::open(&index).unwrap();
    connection.execute_batch("PRAGMA user_version = 999").unwrap();
    drop(connection);
    let (mut library, notices) = Library::open(&index).unwrap();
    assert!(notices.iter().any(|n| n.contains("schema version 999")), "{notices:?}");
    library.refresh(&folders).unwrap();
    assert_eq!(answers(&library), before);
}

#[test]
fn a_project_edited_or_removed_on_disk_shows_on_the_next_look() {
    let folder = library_folder();
    let folders = [folder.path().to_owned()];
    let mut library = Library::open_in_memory().unwrap();
    library.refresh(&folders).unwrap();
    let next = project_of("next", NEXT_WEEK);
    let soldiers_match = |library: &Library| {
        let all = library.matches_for(&next, None).unwrap();
        matches_of(&all, "10,000 soldiers").matches.first().cloned().unwrap()
    };
    let before = soldiers_match(&library);
    assert_ne!(before.status, Status::Disputed);

    // Another analyst disputes the claim and saves (same size is possible; mtime changes).
    let path = folder.path().join("biden-putin-call.claims.ron");
    let mut project = load_project(&path).unwrap().project;
    let claim = project.claim_mut(before.claim_id).unwrap();
    claim.set_status(Status::Disputed, &stamp());
    claim.add_source(
        Source {
            url: "https://example.org/withdrawal".into(),
            ..Source::default()
        },
        &stamp(),
    );
    save_project(&path, &project).unwrap();
    let report = library.refresh(&folders).unwrap();
    assert_eq!(report.indexed, 1, "{report:?}");
    let after = soldiers_match(&library);
    assert_eq!(after.status, Status::Disputed);
    assert!(after.sources.iter().any(|s| s.url == "https://example.org/withdrawal"));

    // Removed: its claims are gone from the answers.
    fs::remove_file(&path).unwrap();
    let report = library.refresh(&folders).unwrap();
    assert_eq!(report.removed, 1);
    let all = library.matches_for(&next, None).unwrap();
    assert!(
        all.iter()
            .flat_map(|c| &c.matches)
            .all(|m| !m.project.ends_with("biden-putin-call.claims.ron"))
    );
}

#[test]
fn a_bad_project_file_is_skipped_with_a_notice_and_retried_when_it_changes() {
    let folder = library_folder();
    let bad = folder.path().join("broken.claims.ron");
    fs::write(&bad, "Project(format: 1, article: (title: \"x\"").unwrap();
    fs::write(folder.path().join("newer.ron"), "Project(format: 99)").unwrap();
    let folders = [folder.path().to_owned()];
    let mut library = Library::open_in_memory().unwrap();
    let report = library.refresh(&folders).unwrap();
    assert_eq!(report.notices.len(), 2, "{:?}", report.notices);
    assert!(report.notices.iter().any(|n| n.contains("broken.claims.ron")));
    assert!(report.notices.iter().any(|n| n.contains("newer.ron")));
    assert_eq!(
        library.refresh(&folders).unwrap().notices.len(),
        0,
        "not re-read while unchanged"
    );

    save_project(&bad, &project_of("fixed", "They counted 36 shells on Tuesday.\n")).unwrap();
    let report = library.refresh(&folders).unwrap();
    assert_eq!(report.indexed, 1);
    assert!(report.notices.is_empty());
}

#[test]
fn search_finds_claims_by_their_words_notes_and_sources() {
    let folder = library_folder();
    let mut library = Library::open_in_memory().unwrap();
    library.refresh(&[folder.path().to_owned()]).unwrap();
    let sample = load_project(Path::new(SAMPLE_PROJECT)).unwrap().project;
    let noted = sample.claims.iter().find(|claim| !claim.note.is_empty()).unwrap();
    let word = noted
        .note
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| word.len() > 6)
        .max_by_key(|word| word.len())
        .unwrap();
    let hits = library.search(word, 20).unwrap();
    assert!(
        hits.iter()
            .any(|hit| hit.claim_id == noted.id && hit.note == noted.note),
        "{word}: {hits:?}"
    );
    let hits = library.search("Yeoncheon", 20).unwrap();
    assert!(!hits.is_empty());
    assert!(hits.iter().all(|hit| hit.sentence.contains("Yeoncheon")));
    assert!(hits.iter().any(|hit| hit.text.contains("80 people")));
    // FTS5 syntax typed by an analyst is taken as words: no error, no operator.
    let hits = library.search("\" OR NEAR(", 5).unwrap();
    assert!(
        hits.iter().all(|hit| hit.sentence.to_lowercase().contains("near")),
        "{hits:?}"
    );
    assert!(library.search("zzqxv", 5).unwrap().is_empty());
    assert!(library.search("   ", 5).unwrap().is_empty());
}

/// Sentences of the bundled and test articles, to build many small real-shaped projects.
fn real_sentences() -> Vec<String> {
    let mut texts = vec![fs::read_to_string(format!("{FIXTURES}/extract/biden-putin-call.txt")).unwrap()];
    for entry in fs::read_dir(format!("{FIXTURES}/extract")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt") {
            texts.push(fs::read_to_string(path).unwrap());
        }
    }
    texts
        .iter()
        .flat_map(|text| {
            text.split(". ")
                .map(str::trim)
                .filter(|s| s.len() > 40)
                .map(|s| format!("{s}."))
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn indexing_a_thousand_projects_in_the_background_never_blocks_the_caller() {
    let folder = tempfile::tempdir().unwrap();
    let sentences = real_sentences();
    for n in 0..1000 {
        let text: Vec<&str> = (0..6)
            .map(|k| sentences[(n * 7 + k * 13) % sentences.len()].as_str())
            .collect();
        save_project(
            &folder.path().join(format!("p{n:04}.claims.ron")),
            &project_of(&format!("p{n}"), &text.join(" ")),
        )
        .unwrap();
    }
    let data = tempfile::tempdir().unwrap();
    let started = Instant::now();
    let mut handle = LibraryHandle::start(data.path().join("index.sqlite"), vec![folder.path().to_owned()]).unwrap();
    let mut longest = Duration::ZERO;
    let mut progress = Vec::new();
    let mut asked = None;
    let mut answered_while_indexing = false;
    let mut refreshed = None;
    while refreshed.is_none() {
        assert!(started.elapsed() < Duration::from_mins(5), "indexing never finished");
        // One frame: poll, maybe ask, measure how long the caller was held.
        let frame = Instant::now();
        let events = handle.poll();
        if asked.is_none() && progress.len() >= 2 {
            asked = Some(handle.request_matches(project_of("next", NEXT_WEEK), None));
        }
        longest = longest.max(frame.elapsed());
        for event in events {
            match event {
                LibraryEvent::Progress(now) => progress.push(now),
                LibraryEvent::Matches { request, .. } => {
                    assert_eq!(Some(request), asked);
                    answered_while_indexing = refreshed.is_none();
                }
                LibraryEvent::Refreshed(report) => refreshed = Some(report),
                LibraryEvent::Failed(error) => panic!("{error}"),
                LibraryEvent::Notice(_) | LibraryEvent::SearchResults { .. } => {}
            }
        }
        std::thread::sleep(Duration::from_millis(16));
    }
    let report = refreshed.unwrap();
    assert_eq!((report.files, report.indexed), (1000, 1000), "{report:?}");
    assert!(longest < Duration::from_millis(5), "the caller was held {longest:?}");
    assert!(progress.len() >= 3, "progress was reported along the way: {progress:?}");
    assert!(progress.windows(2).all(|pair| pair[0].done <= pair[1].done));
    assert_eq!(progress.last().map(|p| (p.done, p.total)), Some((1000, 1000)));
    assert!(answered_while_indexing, "a request was answered before indexing ended");

    // After indexing, a search comes back too.
    let asked = handle.request_search("Yeoncheon".into(), 5);
    let deadline = Instant::now() + Duration::from_secs(30);
    let hits = loop {
        assert!(Instant::now() < deadline);
        if let Some(hits) = handle.poll().into_iter().find_map(|event| match event {
            LibraryEvent::SearchResults { request, hits } if request == asked => Some(hits),
            _ => None,
        }) {
            break hits;
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    assert!(!hits.is_empty() && hits.len() <= 5, "{hits:?}");
    assert!(hits.iter().all(|hit| hit.sentence.contains("Yeoncheon")));
}

/// One labelled pair of `tests/fixtures/library/pairs.tsv`.
#[derive(Clone)]
struct Pair {
    same: bool,
    earlier_value: String,
    new_value: String,
    earlier: String,
    new: String,
}

fn pairs() -> Vec<Pair> {
    fs::read_to_string(format!("{FIXTURES}/library/pairs.tsv"))
        .unwrap()
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            assert_eq!(fields.len(), 4, "{line}");
            let (earlier_value, new_value) = fields[1].split_once('|').unwrap_or((fields[1], fields[1]));
            Pair {
                same: match fields[0] {
                    "same" => true,
                    "different" => false,
                    other => panic!("label {other}"),
                },
                earlier_value: earlier_value.into(),
                new_value: new_value.into(),
                earlier: fields[2].into(),
                new: fields[3].into(),
            }
        })
        .collect()
}

/// The best score with which the new sentence's claim holding `new_value` matches its pair's
/// earlier claim, if they share a value at all.
fn pair_scores(pairs: &[Pair]) -> Vec<Option<f64>> {
    let folder = tempfile::tempdir().unwrap();
    for (n, pair) in pairs.iter().enumerate() {
        save_project(
            &folder.path().join(format!("pair{n:03}.claims.ron")),
            &project_of("earlier", &pair.earlier),
        )
        .unwrap();
    }
    let mut library = Library::open_in_memory().unwrap();
    library.refresh(&[folder.path().to_owned()]).unwrap();
    pairs
        .iter()
        .enumerate()
        .map(|(n, pair)| {
            let own = format!("pair{n:03}.claims.ron");
            let all = library.matches_above(&project_of("new", &pair.new), None, 0.0).unwrap();
            all.iter()
                .filter(|claim| claim.text.contains(&pair.new_value))
                .flat_map(|claim| &claim.matches)
                .filter(|m| m.project.ends_with(&own) && m.text.contains(&pair.earlier_value))
                .map(|m| m.score)
                .reduce(f64::max)
        })
        .collect()
}

#[test]
fn seen_before_is_precise_and_finds_most_repeats_on_the_labelled_pairs() {
    let pairs = pairs();
    assert!(pairs.len() >= 60);
    let scores = pair_scores(&pairs);
    // The sweep the threshold was chosen from (run with --nocapture to see it).
    for step in 0..=10 {
        let threshold = f64::from(step) / 20.0;
        let (p, r) = precision_recall(&pairs, &scores, threshold);
        eprintln!("threshold {threshold:.2}: precision {p:.3} recall {r:.3}");
    }
    let (precision, recall) = precision_recall(&pairs, &scores, SEEN_BEFORE);
    for (pair, score) in pairs.iter().zip(&scores) {
        let seen = score.is_some_and(|score| score >= SEEN_BEFORE);
        if pair.same != seen {
            eprintln!(
                "{} {score:?}: {} | {}",
                if seen { "false match" } else { "missed" },
                pair.earlier,
                pair.new
            );
        }
    }
    eprintln!(
        "seen before at {SEEN_BEFORE}: {} pairs ({} same), precision {precision:.3} recall {recall:.3}",
        pairs.len(),
        pairs.iter().filter(|pair| pair.same).count()
    );
    // The threshold was chosen on the whole set; each half (odd and even pairs) should hold
    // up on its own too.
    for half in 0..2 {
        let (half_pairs, half_scores): (Vec<&Pair>, Vec<Option<f64>>) = pairs
            .iter()
            .zip(&scores)
            .enumerate()
            .filter(|(n, _)| n % 2 == half)
            .map(|(_, (pair, score))| (pair, *score))
            .unzip();
        let owned: Vec<Pair> = half_pairs.into_iter().cloned().collect();
        let (p, r) = precision_recall(&owned, &half_scores, SEEN_BEFORE);
        eprintln!("half {half}: precision {p:.3} recall {r:.3}");
        assert!(p >= 0.85 && r >= 0.85, "half {half}: precision {p:.3} recall {r:.3}");
    }
    assert!(precision >= 0.95, "precision {precision:.3}");
    assert!(recall >= 0.95, "recall {recall:.3}");
}

fn precision_recall(pairs: &[Pair], scores: &[Option<f64>], threshold: f64) -> (f64, f64) {
    let (mut true_positive, mut false_positive, mut false_negative) = (0u32, 0u32, 0u32);
    for (pair, score) in pairs.iter().zip(scores) {
        let seen = score.is_some_and(|score| score >= threshold);
        match (pair.same, seen) {
            (true, true) => true_positive += 1,
            (false, true) => false_positive += 1,
            (true, false) => false_negative += 1,
            (false, false) => {}
        }
    }
    let precision = f64::from(true_positive) / f64::from(true_positive + false_positive).max(1.0);
    let recall = f64::from(true_positive) / f64::from(true_positive + false_negative).max(1.0);
    (precision, recall)
}
