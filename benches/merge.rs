//! Merge speed: `cargo bench --bench merge`.
//!
//! Two analysts' versions of a 10,000-claim review, each with a few thousand changes (some
//! on the same claims, some of them conflicting), merged against their common base. Reports
//! the median of several runs of the pure merge, and of the whole file round (parse the
//! three files, merge, write the result) as `claimdesk merge` does it.

use std::hint::black_box;
use std::time::{Duration, Instant};

use claimdesk::merge::merge_projects;
use claimdesk::model::{Article, Detection, Kind, Project, Source, Stamp, Status};
use claimdesk::store::{parse_project, project_to_ron};

const CLAIMS: usize = 10_000;
const RUNS: usize = 11;

fn base() -> Project {
    let mut text = String::new();
    let mut detections = Vec::with_capacity(CLAIMS);
    for n in 0..CLAIMS {
        let sentence = format!("Officials said that {n} soldiers arrived on Thursday. ");
        let offset = sentence.find(&n.to_string()).unwrap_or(0);
        let start = text.len() + offset;
        detections.push(Detection::new(
            start..start + n.to_string().len() + " soldiers".len(),
            Kind::Count,
            text.len()..text.len() + sentence.len(),
        ));
        text.push_str(&sentence);
    }
    Project::from_detections(Article::new("Ten thousand claims", text), detections)
}

fn main() {
    let base = base();
    let mut ours = base.clone();
    let mut theirs = base.clone();
    let ana = Stamp::at_unix(1_795_943_523, "ana");
    let ben = Stamp::at_unix(1_795_950_000, "ben");
    for (n, claim) in ours.claims.iter_mut().enumerate() {
        if n % 2 == 0 {
            claim.set_status(Status::Sourced, &ana);
        }
        if n % 3 == 0 {
            claim.set_note("checked against the ministry's figures", &ana);
        }
    }
    for (n, claim) in theirs.claims.iter_mut().enumerate() {
        if n % 4 == 0 {
            claim.set_status(Status::Disputed, &ben);
        } else if n % 2 == 1 {
            claim.set_status(Status::Sourced, &ben);
        }
        if n % 5 == 0 {
            claim.add_source(
                Source {
                    url: format!("https://example.org/report/{n}"),
                    ..Source::default()
                },
                &ben,
            );
        }
    }
    let mut times: Vec<Duration> = Vec::with_capacity(RUNS);
    let mut conflicted = 0;
    for _ in 0..RUNS {
        let started = Instant::now();
        let outcome = merge_projects(Some(black_box(&base)), black_box(&ours), black_box(&theirs));
        times.push(started.elapsed());
        conflicted = outcome.map_or(0, |outcome| black_box(outcome).conflicted.len());
    }
    report("merge (in memory)", &mut times, conflicted);

    let files: Vec<String> = [&base, &ours, &theirs]
        .iter()
        .map(|project| project_to_ron(project).unwrap_or_default())
        .collect();
    let path = std::path::Path::new("bench.claims.ron");
    let mut times: Vec<Duration> = Vec::with_capacity(RUNS);
    for _ in 0..RUNS {
        let started = Instant::now();
        let parsed: Vec<Project> = files
            .iter()
            .filter_map(|text| parse_project(text, path).ok().map(|loaded| loaded.project))
            .collect();
        if let [b, o, t] = parsed.as_slice()
            && let Ok(outcome) = merge_projects(Some(b), o, t)
        {
            black_box(project_to_ron(&outcome.project).map_or(0, |text| text.len()));
        }
        times.push(started.elapsed());
    }
    let megabytes = files.iter().map(String::len).sum::<usize>() as f64 / 1e6;
    report(
        &format!("parse 3 files ({megabytes:.1} MB) + merge + serialise"),
        &mut times,
        conflicted,
    );
}

fn report(what: &str, times: &mut [Duration], conflicted: usize) {
    times.sort();
    let (Some(median), Some(fastest), Some(slowest)) = (times.get(times.len() / 2), times.first(), times.last()) else {
        return;
    };
    println!(
        "{what}: {CLAIMS} claims, {conflicted} with conflicts: median of {} runs {:.1} ms (min {:.1}, max {:.1})",
        times.len(),
        median.as_secs_f64() * 1e3,
        fastest.as_secs_f64() * 1e3,
        slowest.as_secs_f64() * 1e3,
    );
}
