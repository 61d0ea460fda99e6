//! Crash a real claimdesk process in the middle of saving and autosaving — SIGKILL at random
//! moments, and an abort aimed at each step of the atomic writer — and check after each crash
//! that the whole project, its `.bak` and its recovery copy are each a complete version the
//! drill wrote, and that no acknowledged write was lost. A negative control shows that the
//! same checks catch a writer that is not atomic.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "in tests a panic is the failure report"
)]

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use claimdesk::cli::drill_round;
use claimdesk::model::Project;
use claimdesk::store::atomic::{CHUNK, backup_path};
use claimdesk::store::{load_project, recovery, save_project};

/// The highest drill round whose note is in `project`.
fn newest_round(project: &Project) -> Option<u64> {
    project
        .claims
        .iter()
        .filter_map(|claim| claim.note.strip_prefix("drill round "))
        .filter_map(|number| number.parse().ok())
        .max()
}

/// What a drill acknowledged: the newest save and autosave it said were complete.
#[derive(Clone, Copy, Debug, Default)]
struct Acks {
    saved: Option<u64>,
    autosaved: Option<u64>,
    lines: usize,
}

impl Acks {
    fn read(&mut self, line: &str) {
        let (what, round) = line.split_once(' ').unwrap_or_else(|| panic!("drill output {line:?}"));
        let round: u64 = round.parse().unwrap_or_else(|_| panic!("drill output {line:?}"));
        match what {
            "saved" => self.saved = self.saved.max(Some(round)),
            "autosaved" => self.autosaved = self.autosaved.max(Some(round)),
            other => panic!("unexpected drill output {other}"),
        }
        self.lines += 1;
    }
}

/// One drill on `project_path`, rounds from `first_round`, with `extra` arguments.
fn spawn_drill(project_path: &Path, first_round: u64, extra: &[&str]) -> Child {
    Command::new(env!("CARGO_BIN_EXE_claimdesk"))
        .args(["drill", project_path.to_str().unwrap()])
        .args(["--first-round", &first_round.to_string(), "--rounds", "100000"])
        .args(extra)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// `start` with the drill's rounds `first..=last` applied: the whole project a drill that
/// started from `start` holds after round `last`.
fn replay(start: &Project, first: u64, last: Option<u64>) -> Project {
    let mut project = start.clone();
    if let Some(last) = last {
        for round in first..=last {
            drill_round(&mut project, round);
        }
    }
    project
}

/// The newest round in a copy, or `None` for the project the drill started from. A round
/// of an earlier drill (below `first`) means "as it started" too.
fn round_of(project: &Project, first: u64) -> Option<u64> {
    newest_round(project).filter(|round| *round >= first)
}

/// The files as they were before a drill started.
struct Before {
    project: Project,
    bak: Option<Project>,
    recovery: Option<Project>,
}

impl Before {
    fn read(project_path: &Path) -> Self {
        let backup = backup_path(project_path);
        let recovery_path = recovery::recovery_path_for_project(project_path);
        Self {
            project: load_project(project_path).unwrap().project,
            bak: backup.exists().then(|| load_project(&backup).unwrap().project),
            recovery: recovery_path
                .exists()
                .then(|| recovery::read_recovery(&recovery_path).unwrap().project),
        }
    }
}

/// Everything a crash may leave, checked: the project, its `.bak` and its recovery copy each
/// load and are each exactly a version that existed — one the drill (started from `before`
/// at round `first`) had in memory, or the file as it was before — and no acknowledged write
/// is missing. `Err` says what was lost.
fn check_after_crash(project_path: &Path, before: &Before, first: u64, acks: Acks) -> Result<Option<u64>, String> {
    let start = &before.project;
    let loaded = load_project(project_path).map_err(|error| format!("the project does not load: {error}"))?;
    let on_disk = round_of(&loaded.project, first);
    if loaded.project != replay(start, first, on_disk) {
        return Err(format!("the project is not the one written in round {on_disk:?}"));
    }
    if acks.saved > on_disk {
        return Err(format!("save {:?} acknowledged, the file has {on_disk:?}", acks.saved));
    }
    let backup = backup_path(project_path);
    if backup.exists() {
        let bak = load_project(&backup)
            .map_err(|error| format!("the .bak does not load: {error}"))?
            .project;
        let bak_round = round_of(&bak, first);
        let known = Some(&bak) == before.bak.as_ref() || bak == replay(start, first, bak_round);
        if !known {
            return Err(format!("the .bak is no version that was written (round {bak_round:?})"));
        }
        if bak_round > on_disk {
            return Err(format!("the .bak ({bak_round:?}) is newer than the file ({on_disk:?})"));
        }
    } else if before.bak.is_some() {
        return Err("the .bak is gone".to_owned());
    }
    let recovery_path = recovery::recovery_path_for_project(project_path);
    let newest = if recovery_path.exists() {
        let copy = recovery::read_recovery(&recovery_path)
            .map_err(|error| format!("the recovery copy does not load: {error}"))?
            .project;
        let copy_round = round_of(&copy, first);
        let known = Some(&copy) == before.recovery.as_ref()
            || (copy_round.is_some() && copy == replay(start, first, copy_round));
        if !known {
            return Err(format!(
                "the recovery copy is no version that was written (round {copy_round:?})"
            ));
        }
        copy_round.max(on_disk)
    } else {
        // A later save removed the copy; its work must be in the file.
        on_disk
    };
    if acks.autosaved > newest {
        return Err(format!(
            "autosave {:?} acknowledged, the newest copy has {newest:?}",
            acks.autosaved
        ));
    }
    Ok(on_disk)
}

/// Reads every acknowledgement left in the pipe of a drill that has ended.
fn drain(child: &mut Child, acks: &mut Acks) {
    let Some(stdout) = child.stdout.take() else { return };
    for line in BufReader::new(stdout).lines() {
        acks.read(&line.unwrap());
    }
}

fn sample_project_in(dir: &Path) -> PathBuf {
    let project_path = dir.join("drill.claims.ron");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("projects/biden-putin-call.ron"),
        &project_path,
    )
    .unwrap();
    project_path
}

/// The sample review with its article made longer than three write chunks, so that a crash
/// can land between two chunks of one write.
fn large_project_in(dir: &Path) -> PathBuf {
    let project_path = sample_project_in(dir);
    let mut project = load_project(&project_path).unwrap().project;
    let filler = "\n\nThe committee met again on Tuesday and adjourned without a vote.".repeat(3 * CHUNK / 60);
    project.article.text.push_str(&filler);
    save_project(&project_path, &project).unwrap();
    std::fs::remove_file(backup_path(&project_path)).unwrap();
    assert!(std::fs::metadata(&project_path).unwrap().len() > 3 * CHUNK as u64);
    project_path
}

#[test]
fn sigkill_during_saves_never_loses_acknowledged_work() {
    let dir = tempfile::tempdir().unwrap();
    let project_path = sample_project_in(dir.path());

    let mut next_round = 1_u64;
    let mut seed = 0x2545_f491_u64;
    let kills = 120;
    let (mut read_before_kill, mut drained_after_kill) = (0, 0);
    for kill in 0..kills {
        // A different number of acknowledged writes before each kill (xorshift).
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let wait_for = 1 + seed % 12;

        let before = Before::read(&project_path);
        let mut child = spawn_drill(&project_path, next_round, &[]);
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        let mut acks = Acks::default();
        for _ in 0..wait_for {
            acks.read(&lines.next().expect("the drill acknowledges writes").unwrap());
        }
        read_before_kill += acks.lines;
        // Kill it while it goes on writing: somewhere inside a save or an autosave.
        child.kill().unwrap();
        let status = child.wait().unwrap();
        assert!(!status.success(), "round {kill}: the drill was killed, not finished");
        // The newest acknowledgements, written before the kill but not read yet, are the
        // writes most at risk: read them all.
        for line in lines {
            acks.read(&line.unwrap());
        }
        drained_after_kill += acks.lines - usize::try_from(wait_for).unwrap();

        check_after_crash(&project_path, &before, next_round, acks)
            .unwrap_or_else(|lost| panic!("kill {kill}: {lost}"));
        next_round += 100_000;
    }
    eprintln!(
        "crash drill: {kills} kills, {read_before_kill} acknowledgements read before the kill, {drained_after_kill} drained after it"
    );
    // Each drill cleans up what the killed one left; at most the last kill's leftovers remain.
    let leftovers: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(leftovers.len() <= 6, "temporary files pile up: {leftovers:?}");
}

/// Runs a drill that crashes at the `nth` `step` and checks what it left.
fn crash_at(project_path: &Path, first_round: u64, step: &str, nth: u64, extra: &[&str]) -> Result<Acks, String> {
    let before = Before::read(project_path);
    let nth = nth.to_string();
    let mut args = vec!["--crash-at", step, "--crash-after", nth.as_str()];
    args.extend_from_slice(extra);
    let mut child = spawn_drill(project_path, first_round, &args);
    let mut acks = Acks::default();
    drain(&mut child, &mut acks);
    let status = child.wait().unwrap();
    assert!(
        !status.success(),
        "{step} #{nth}: the drill must have crashed ({status}); stderr: {}",
        std::io::read_to_string(child.stderr.take().unwrap()).unwrap_or_default()
    );
    check_after_crash(project_path, &before, first_round, acks)?;
    Ok(acks)
}

/// A crash at each step of the atomic writer (before the write, between two chunks, before
/// the flush, before staging the backup, before the rename, before the backup's rename), in
/// a save and in an autosave, leaves the whole project, its `.bak` and the recovery copy
/// complete, with every acknowledged write in them.
#[test]
fn a_crash_at_every_write_step_loses_nothing() {
    let steps: [(&str, &[u64]); 7] = [
        ("create-temp", &[1, 2, 3]),
        ("write-start", &[1, 2, 3]),
        ("write-middle", &[1, 3, 5]),
        ("sync", &[1, 2, 3]),
        ("backup", &[1, 2]),
        ("rename", &[1, 2, 3]),
        ("backup-rename", &[1, 2]),
    ];
    let mut crashes = 0;
    for (step, occurrences) in steps {
        for &nth in occurrences {
            let dir = tempfile::tempdir().unwrap();
            let project_path = large_project_in(dir.path());
            // A first drill leaves a save, a .bak and a recovery copy (it crashes before its
            // fifth write); the crash aimed at a step comes in the second, over all three.
            let acks = crash_at(&project_path, 1, "create-temp", 5, &[]).unwrap_or_else(|lost| panic!("setup: {lost}"));
            assert_eq!((acks.saved, acks.autosaved), (Some(3), Some(4)), "the setup's writes");
            assert!(backup_path(&project_path).exists());
            assert!(recovery::recovery_path_for_project(&project_path).exists());
            let acks = crash_at(&project_path, 1_000, step, nth, &[])
                .unwrap_or_else(|lost| panic!("crash at {step} #{nth}: {lost}"));
            assert!(
                acks.lines < 6,
                "{step} #{nth}: crashed early, after {} writes",
                acks.lines
            );
            crashes += 1;
        }
    }
    eprintln!("crash drill: {crashes} aimed crashes, nothing lost");
}

/// The negative control: the same drill and checks with a writer that overwrites the file
/// in place. A crash between two of its chunks leaves a torn project, and the checks say so
/// — so a green run of the tests above means something.
#[test]
fn the_checks_catch_a_writer_that_is_not_atomic() {
    let dir = tempfile::tempdir().unwrap();
    let project_path = large_project_in(dir.path());
    let result = crash_at(&project_path, 1, "write-middle", 1, &["--unsafe-direct-writes"]);
    let lost = result.expect_err("a torn write must be caught");
    assert!(lost.contains("the project does not load"), "{lost}");
}
