//! Team review as a desk does it: project files in a real git repository, two analysts on
//! two branches, `git merge` with claimdesk as the merge driver; plus the file format that
//! carries recorded conflicts, `diff` and `agreement` on the command line.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "in tests a panic is the failure report"
)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use claimdesk::model::{ClaimId, Conflict, Pick, Project, Stamp, Status};
use claimdesk::store::{StoreError, load_project, save_project};

const EXE: &str = env!("CARGO_BIN_EXE_claimdesk");
const SAMPLE_ARTICLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/articles/biden-putin-call.txt");
const PROJECT: &str = "call.claims.ron";

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A git repository in a temporary folder, isolated from the user's own git configuration.
struct Repo {
    dir: tempfile::TempDir,
}

impl Repo {
    fn new() -> Self {
        let repo = Self {
            dir: tempfile::tempdir().unwrap(),
        };
        repo.git(&["init", "-q", "-b", "main"]);
        repo.git(&["config", "user.name", "Test Desk"]);
        repo.git(&["config", "user.email", "desk@example.org"]);
        repo
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn project_path(&self) -> PathBuf {
        self.path().join(PROJECT)
    }

    fn run(&self, program: &str, args: &[&str]) -> Output {
        Command::new(program)
            .args(args)
            .current_dir(self.path())
            .env("HOME", self.path())
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_AUTHOR_DATE", "2026-12-01T10:00:00Z")
            .env("GIT_COMMITTER_DATE", "2026-12-01T10:00:00Z")
            .output()
            .unwrap()
    }

    fn git(&self, args: &[&str]) -> Output {
        let output = self.run("git", args);
        assert!(output.status.success(), "git {args:?}: {}", text(&output.stderr));
        output
    }

    fn claimdesk(&self, args: &[&str]) -> Output {
        self.run(EXE, args)
    }

    fn commit_all(&self, message: &str) {
        self.git(&["add", "-A"]);
        self.git(&["commit", "-q", "-m", message]);
    }

    /// Loads the project, lets `edit` change it, saves it, commits.
    fn review(&self, message: &str, edit: impl FnOnce(&mut Project)) {
        let mut project = load_project(&self.project_path()).unwrap().project;
        edit(&mut project);
        save_project(&self.project_path(), &project).unwrap();
        fs::remove_file(self.path().join(format!("{PROJECT}.bak"))).ok();
        self.commit_all(message);
    }
}

/// main: a fresh project of the sample article, claimdesk registered as merge driver.
fn desk() -> (Repo, Vec<ClaimId>) {
    let repo = Repo::new();
    fs::copy(SAMPLE_ARTICLE, repo.path().join("call.txt")).unwrap();
    let output = repo.claimdesk(&["new", "call.txt", "-o", PROJECT]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let output = repo.claimdesk(&["git-setup", "--program", EXE]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(text(&output.stdout).contains("added"), "{}", text(&output.stdout));
    repo.commit_all("detected claims");
    let ids = load_project(&repo.project_path())
        .unwrap()
        .project
        .claims
        .iter()
        .map(|claim| claim.id)
        .collect();
    (repo, ids)
}

fn ana() -> Stamp {
    Stamp::at_unix(1_795_943_523, "ana")
}

fn ben() -> Stamp {
    Stamp::at_unix(1_795_950_000, "ben")
}

#[test]
fn git_setup_is_idempotent_and_keeps_what_is_there() {
    let repo = Repo::new();
    fs::write(repo.path().join(".gitattributes"), "*.png binary\n").unwrap();
    let first = repo.claimdesk(&["git-setup"]);
    assert!(first.status.success(), "{}", text(&first.stderr));
    let second = repo.claimdesk(&["git-setup"]);
    assert!(second.status.success());
    assert!(text(&second.stdout).contains("already"), "{}", text(&second.stdout));
    assert_eq!(
        fs::read_to_string(repo.path().join(".gitattributes")).unwrap(),
        "*.png binary\n*.claims.ron merge=claimdesk\n"
    );
    let driver = repo.git(&["config", "--get", "merge.claimdesk.driver"]);
    assert_eq!(text(&driver.stdout).trim(), "claimdesk merge %O %A %B");

    // Someone's own driver setting is left alone.
    repo.git(&["config", "merge.claimdesk.driver", "my-merge %O %A %B"]);
    let third = repo.claimdesk(&["git-setup"]);
    assert!(text(&third.stdout).contains("left alone"), "{}", text(&third.stdout));
    let driver = repo.git(&["config", "--get", "merge.claimdesk.driver"]);
    assert_eq!(text(&driver.stdout).trim(), "my-merge %O %A %B");

    let outside = tempfile::tempdir().unwrap();
    let output = Command::new(EXE)
        .arg("git-setup")
        .current_dir(outside.path())
        .env("GIT_CEILING_DIRECTORIES", outside.path().parent().unwrap())
        .output()
        .unwrap();
    assert!(!output.status.success());
    assert!(
        text(&output.stderr).contains("not inside a git repository"),
        "{}",
        text(&output.stderr)
    );
}

#[test]
fn two_analysts_review_different_claims_and_git_merges_both() {
    let (repo, ids) = desk();
    let (first, second, third) = (ids[0], ids[1], ids[2]);
    repo.git(&["checkout", "-q", "-b", "ben"]);
    repo.review("ben reviews", |project| {
        let claim = project.claim_mut(second).unwrap();
        claim.set_status(Status::Disputed, &ben());
        claim.set_note("the readout says otherwise", &ben());
    });
    repo.git(&["checkout", "-q", "main"]);
    repo.review("ana reviews", |project| {
        project.claim_mut(first).unwrap().set_status(Status::Sourced, &ana());
        project.claim_mut(third).unwrap().set_dismissed(true, &ana());
    });

    let merge = repo.run("git", &["merge", "-q", "--no-edit", "ben"]);
    assert!(merge.status.success(), "{}{}", text(&merge.stdout), text(&merge.stderr));
    let bytes = fs::read_to_string(repo.project_path()).unwrap();
    assert!(
        !bytes.contains("<<<<<<<") && !bytes.contains(">>>>>>>"),
        "no conflict markers"
    );
    let project = load_project(&repo.project_path()).unwrap().project;
    assert_eq!(project.claim(first).unwrap().status, Status::Sourced);
    assert!(project.claim(third).unwrap().dismissed);
    let disputed = project.claim(second).unwrap();
    assert_eq!(
        (disputed.status, disputed.note.as_str()),
        (Status::Disputed, "the readout says otherwise")
    );
    assert_eq!(project.conflicted_claims().count(), 0);
    assert_eq!(project.format, 1, "nothing unresolved: a file every claimdesk reads");
    let check = repo.claimdesk(&["check", PROJECT]);
    assert!(check.status.success());
    assert!(!text(&check.stdout).contains("conflict"), "{}", text(&check.stdout));
    let status = repo.git(&["status", "--porcelain"]);
    assert_eq!(text(&status.stdout), "", "merged and committed, no stray files");
}

#[test]
fn both_change_one_verdict_the_conflict_is_recorded_checked_and_resolved() {
    let (repo, ids) = desk();
    let contested = ids[0];
    repo.git(&["checkout", "-q", "-b", "ben"]);
    repo.review("ben: disputed", |project| {
        project
            .claim_mut(contested)
            .unwrap()
            .set_status(Status::Disputed, &ben());
    });
    repo.git(&["checkout", "-q", "main"]);
    repo.review("ana: sourced", |project| {
        project
            .claim_mut(contested)
            .unwrap()
            .set_status(Status::Sourced, &ana());
    });

    // The driver itself, on git's three stages: exit status 1.
    let stage = |n: u8| {
        let path = repo.path().join(format!("stage{n}.ron"));
        fs::write(
            &path,
            &repo
                .git(&[
                    "show",
                    &format!("{}:{PROJECT}", ["HEAD~1", "HEAD", "ben"][usize::from(n)]),
                ])
                .stdout,
        )
        .unwrap();
        path
    };
    let (base, ours, theirs) = (stage(0), stage(1), stage(2));
    let out = repo.path().join("out.ron");
    let driver = repo.claimdesk(&[
        "merge",
        base.to_str().unwrap(),
        ours.to_str().unwrap(),
        theirs.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(driver.status.code(), Some(1), "{}", text(&driver.stderr));
    assert!(text(&driver.stderr).contains(&contested.to_string()));
    for path in [&base, &ours, &theirs, &out] {
        fs::remove_file(path).unwrap();
    }

    let merge = repo.run("git", &["merge", "-q", "--no-edit", "ben"]);
    assert!(!merge.status.success(), "git reports the conflict");
    let bytes = fs::read_to_string(repo.project_path()).unwrap();
    assert!(!bytes.contains("<<<<<<<"), "recorded in the file, not as markers");
    assert!(
        bytes.starts_with("Project(\n    format: 2,"),
        "older claimdesk builds refuse it"
    );
    let project = load_project(&repo.project_path()).unwrap().project;
    let claim = project.claim(contested).unwrap();
    let [Conflict::Verdict { ours, theirs }] = claim.conflicts.as_slice() else {
        panic!("one verdict conflict: {:?}", claim.conflicts);
    };
    assert_eq!((ours.value, ours.by.as_str()), (Status::Sourced, "ana"));
    assert_eq!((theirs.value, theirs.by.as_str()), (Status::Disputed, "ben"));
    assert!(!claim.reviewed, "an open conflict is not a verdict");

    let check = repo.claimdesk(&["check", PROJECT]);
    assert!(check.status.success());
    let report = text(&check.stdout);
    assert!(report.contains("1 merge conflicts open in 1 claims"), "{report}");
    assert!(
        report.contains(&format!("{contested} “")) && report.contains("verdict: ours Sourced (ana"),
        "{report}"
    );

    // The window's operation: pick theirs, save; the file is ordinary again.
    let mut project = project;
    project.resolve_conflict(contested, 0, Pick::Theirs, &ana()).unwrap();
    save_project(&repo.project_path(), &project).unwrap();
    let reloaded = load_project(&repo.project_path()).unwrap().project;
    let claim = reloaded.claim(contested).unwrap();
    assert_eq!((claim.status, claim.reviewed), (Status::Disputed, true));
    assert!(claim.conflicts.is_empty());
    assert_eq!(reloaded.format, 1);
    assert!(
        fs::read_to_string(repo.project_path())
            .unwrap()
            .starts_with("Project(\n    format: 1,")
    );
}

#[test]
fn bad_input_exits_2_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("call.txt");
    fs::copy(SAMPLE_ARTICLE, &article).unwrap();
    let ours = dir.path().join("ours.ron");
    let output = Command::new(EXE)
        .args(["new", article.to_str().unwrap(), "-o", ours.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(output.status.success());
    let before = fs::read(&ours).unwrap();
    let broken = dir.path().join("theirs.ron");
    fs::write(&broken, "Project(format: 1, article: Article(title: \"x\"").unwrap();
    let output = Command::new(EXE)
        .args([
            "merge",
            ours.to_str().unwrap(),
            ours.to_str().unwrap(),
            broken.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).contains("theirs.ron"), "{}", text(&output.stderr));
    assert_eq!(fs::read(&ours).unwrap(), before);
    let names: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|entry| entry.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 3, "no temporary or backup file left: {names:?}");

    // An empty ancestor (git's add/add) is no error: both sides' claims become one each.
    let empty = dir.path().join("empty.ron");
    fs::write(&empty, "").unwrap();
    let out = dir.path().join("out.ron");
    let output = Command::new(EXE)
        .args([
            "merge",
            empty.to_str().unwrap(),
            ours.to_str().unwrap(),
            ours.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let merged = load_project(&out).unwrap().project;
    assert_eq!(merged.claims.len(), load_project(&ours).unwrap().project.claims.len());
}

#[test]
fn format_1_files_load_and_a_format_3_file_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let fixture = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/biden-putin-call.claims.ron"
    );
    let old = fs::read_to_string(fixture).unwrap();
    assert!(old.contains("format: 1,"));
    let path = dir.path().join("old.claims.ron");
    fs::write(&path, &old).unwrap();
    let loaded = load_project(&path).unwrap().project;
    assert!(loaded.claims.iter().all(|claim| claim.conflicts.is_empty()));
    assert!(!loaded.claims.is_empty());

    let newer = dir.path().join("newer.claims.ron");
    let text3 = old.replacen("format: 1,", "format: 3,", 1);
    fs::write(&newer, &text3).unwrap();
    let error = load_project(&newer).unwrap_err();
    assert!(
        matches!(
            error,
            StoreError::NewerFormat {
                found: 3,
                supported: 2,
                ..
            }
        ),
        "{error}"
    );
    let output = Command::new(EXE)
        .args(["check", newer.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(!output.status.success());
    assert!(
        text(&output.stderr).contains("newer claimdesk"),
        "{}",
        text(&output.stderr)
    );
    assert_eq!(fs::read_to_string(&newer).unwrap(), text3, "untouched");
    let merge = Command::new(EXE)
        .args([
            "merge",
            path.to_str().unwrap(),
            path.to_str().unwrap(),
            newer.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(merge.status.code(), Some(2));
    assert_eq!(fs::read_to_string(&path).unwrap(), old, "nothing written");
}

#[test]
fn diff_and_agreement_on_two_reviews() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("call.txt");
    fs::copy(SAMPLE_ARTICLE, &article).unwrap();
    let a = dir.path().join("a.claims.ron");
    let output = Command::new(EXE)
        .args(["new", article.to_str().unwrap(), "-o", a.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(output.status.success());
    let mut ana_review = load_project(&a).unwrap().project;
    let mut ben_review = ana_review.clone();
    let ids: Vec<ClaimId> = ana_review.claims.iter().map(|claim| claim.id).take(4).collect();
    for (n, id) in ids.iter().enumerate() {
        ana_review.claim_mut(*id).unwrap().set_status(Status::Sourced, &ana());
        let theirs = if n == 3 { Status::Disputed } else { Status::Sourced };
        ben_review.claim_mut(*id).unwrap().set_status(theirs, &ben());
    }
    save_project(&a, &ana_review).unwrap();
    let b = dir.path().join("b.claims.ron");
    save_project(&b, &ben_review).unwrap();

    let output = Command::new(EXE)
        .args(["diff", a.to_str().unwrap(), b.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1), "they differ");
    let report = text(&output.stdout);
    assert!(report.contains("1 with different verdicts"), "{report}");
    assert!(report.contains("verdict: Sourced → Disputed"), "{report}");
    let same = Command::new(EXE)
        .args(["diff", a.to_str().unwrap(), a.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(same.status.code(), Some(0));

    let output = Command::new(EXE)
        .args(["agreement", a.to_str().unwrap(), b.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", text(&output.stderr));
    let report = text(&output.stdout);
    // 4 claims both decided, 3 alike: raw 75%; all of A's are Sourced, so p_e = 1·(3/4) and
    // κ = (0.75 − 0.75) / 0.25 = 0.
    assert!(
        report.contains("all claims: 4 claims decided by at least two; raw agreement 75.0%; Cohen's κ 0.000"),
        "{report}"
    );
    assert!(report.contains("review 1 (rows) × review 2 (columns)"), "{report}");

    let three = Command::new(EXE)
        .args([
            "agreement",
            a.to_str().unwrap(),
            b.to_str().unwrap(),
            a.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(text(&three.stdout).contains("Fleiss' κ"), "{}", text(&three.stdout));
}
