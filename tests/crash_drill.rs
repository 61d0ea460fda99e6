//! Kill a real claimdesk process (SIGKILL) in the middle of saving and autosaving, over and
//! over, and check after each kill that the project and its recovery copy both load and that
//! no acknowledged write was lost.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "in tests a panic is the failure report"
)]

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};

use claimdesk::model::Project;
use claimdesk::store::{load_project, recovery};

/// The highest drill round whose note is in `project`.
fn newest_round(project: &Project) -> Option<u64> {
    project
        .claims
        .iter()
        .filter_map(|claim| claim.note.strip_prefix("drill round "))
        .filter_map(|number| number.parse().ok())
        .max()
}

#[test]
fn sigkill_during_saves_never_loses_acknowledged_work() {
    let dir = tempfile::tempdir().unwrap();
    let project_path = dir.path().join("drill.claims.ron");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("projects/biden-putin-call.ron"),
        &project_path,
    )
    .unwrap();
    let recovery_path = recovery::recovery_path_for_project(&project_path);

    let mut next_round = 1_u64;
    let mut seed = 0x2545_f491_u64;
    let kills = 120;
    for kill in 0..kills {
        // A different number of acknowledged writes before each kill (xorshift).
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let wait_for = 1 + seed % 12;

        let mut child = Command::new(env!("CARGO_BIN_EXE_claimdesk"))
            .args(["drill", project_path.to_str().unwrap()])
            .args(["--first-round", &next_round.to_string(), "--rounds", "100000"])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        let (mut last_saved, mut last_autosaved) = (None, None);
        for _ in 0..wait_for {
            let line = lines.next().expect("the drill acknowledges writes").unwrap();
            let (what, round) = line.split_once(' ').unwrap();
            let round: u64 = round.parse().unwrap();
            match what {
                "saved" => last_saved = Some(round),
                "autosaved" => last_autosaved = Some(round),
                other => panic!("unexpected drill output {other}"),
            }
        }
        // Kill it while it goes on writing: somewhere inside a save or an autosave.
        child.kill().unwrap();
        let status = child.wait().unwrap();
        assert!(!status.success(), "round {kill}: the drill was killed, not finished");

        let loaded = load_project(&project_path)
            .unwrap_or_else(|error| panic!("kill {kill}: the project must always load: {error}"));
        let on_disk = newest_round(&loaded.project);
        if let Some(saved) = last_saved {
            assert!(
                on_disk >= Some(saved),
                "kill {kill}: save {saved} acknowledged, file has {on_disk:?}"
            );
        }
        if recovery_path.exists() {
            let copy = recovery::read_recovery(&recovery_path)
                .unwrap_or_else(|error| panic!("kill {kill}: the recovery copy must always load: {error}"));
            if let Some(autosaved) = last_autosaved {
                let newest = newest_round(&copy.project).max(on_disk);
                assert!(
                    newest >= Some(autosaved),
                    "kill {kill}: autosave {autosaved} acknowledged, newest is {newest:?}"
                );
            }
        } else if let Some(autosaved) = last_autosaved {
            // A later save removed the copy; its work must be in the file.
            assert!(on_disk >= Some(autosaved), "kill {kill}: autosave {autosaved} lost");
        }
        next_round += 100_000;
    }
    // Each drill cleans up what the killed one left; at most the last kill's leftovers remain.
    let leftovers: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(leftovers.len() <= 6, "temporary files pile up: {leftovers:?}");
}
