//! Properties of the three-way merge on reviews built from random analyst actions:
//! merge(B, X, B) = X, merge(B, B, X) = X, and merge(B, X, Y) holds the same claims and the
//! same conflicts as merge(B, Y, X).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "in tests a panic is the failure report"
)]

use claimdesk::merge::merge_projects;
use claimdesk::model::{Article, Claim, Detection, Kind, Project, Source, Stamp, Status};
use proptest::prelude::*;

const TEXT: &str = "Biden and Putin spoke for 50 minutes on Thursday, their second call this month. \
About 100,000 soldiers stand near the border, officials said in 2021. \
“We are ready,” Ushakov said on Friday after the 3 p.m. briefing.";

const WORDS: [&str; 9] = [
    "50 minutes",
    "Thursday",
    "second",
    "About 100,000 soldiers",
    "100,000 soldiers",
    "2021",
    "“We are ready,”",
    "Friday",
    "3 p.m.",
];

fn base() -> Project {
    let detections = WORDS
        .iter()
        .map(|words| {
            let start = TEXT.find(words).unwrap();
            Detection::new(start..start + words.len(), Kind::Count, 0..TEXT.len())
        })
        .collect();
    Project::from_detections(Article::new("Call", TEXT), detections)
}

/// One thing an analyst does.
#[derive(Clone, Debug)]
enum Action {
    Status(usize, Status),
    Note(usize, usize),
    AddSource(usize, usize),
    RemoveSource(usize),
    Dismiss(usize, bool),
    Kind(usize, Kind),
    /// Add a claim by hand over one of a few spans.
    Add(usize),
}

fn action() -> impl Strategy<Value = Action> {
    let claim = 0..WORDS.len();
    let status = prop::sample::select(Status::ALL.to_vec());
    let kind = prop::sample::select(Kind::ALL.to_vec());
    prop_oneof![
        (claim.clone(), status).prop_map(|(c, s)| Action::Status(c, s)),
        (claim.clone(), 0..3usize).prop_map(|(c, n)| Action::Note(c, n)),
        (claim.clone(), 0..3usize).prop_map(|(c, n)| Action::AddSource(c, n)),
        claim.clone().prop_map(Action::RemoveSource),
        (claim.clone(), any::<bool>()).prop_map(|(c, d)| Action::Dismiss(c, d)),
        (claim, kind).prop_map(|(c, k)| Action::Kind(c, k)),
        (0..3usize).prop_map(Action::Add),
    ]
}

const NOTES: [&str; 3] = ["per the readout", "unconfirmed", "Kremlin says 50"];
const URLS: [&str; 3] = ["https://a.example/1", "https://b.example/2", "https://c.example/3"];
const ADDED: [&str; 3] = ["Biden and Putin", "officials said", "briefing"];

/// `base` after `actions` by `who`, one second apart from `clock`.
fn review(actions: &[Action], who: &str, clock: i64) -> Project {
    let mut project = base();
    for (tick, action) in (clock..).zip(actions) {
        let stamp = Stamp::at_unix(tick, who);
        let count = project.claims.len();
        let index = |n: usize| n % count;
        match action {
            Action::Status(n, status) => project.claims[index(*n)].set_status(*status, &stamp),
            Action::Note(n, note) => project.claims[index(*n)].set_note(NOTES[*note], &stamp),
            Action::AddSource(n, url) => project.claims[index(*n)].add_source(
                Source {
                    url: URLS[*url].into(),
                    ..Source::default()
                },
                &stamp,
            ),
            Action::RemoveSource(n) => {
                project.claims[index(*n)].remove_source(0, &stamp);
            }
            Action::Dismiss(n, dismissed) => project.claims[index(*n)].set_dismissed(*dismissed, &stamp),
            Action::Kind(n, kind) => project.claims[index(*n)].set_kind(*kind, &stamp),
            Action::Add(n) => {
                let start = TEXT.find(ADDED[*n]).unwrap();
                if !project.claims.iter().any(|claim| claim.start == start) {
                    project
                        .add_claim(start, start + ADDED[*n].len(), Kind::Statement, &stamp)
                        .unwrap();
                }
            }
        }
    }
    project
}

/// A claim with what may legitimately depend on which side is "ours" put in one order:
/// sources sorted, conflicts seen from one side.
fn normalised(claim: &Claim, swap: bool) -> Claim {
    let mut claim = claim.clone();
    claim.sources.sort_by(|a, b| a.url.cmp(&b.url));
    if swap {
        claim.conflicts = claim
            .conflicts
            .into_iter()
            .map(claimdesk::model::Conflict::swapped)
            .collect();
    }
    claim
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn merging_with_an_unchanged_side_gives_the_other(actions in prop::collection::vec(action(), 0..12)) {
        let base = base();
        let changed = review(&actions, "ana", 1_795_943_523);
        let outcome = merge_projects(Some(&base), &changed, &base).unwrap();
        prop_assert_eq!(&outcome.project, &changed);
        prop_assert!(outcome.conflicted.is_empty());
        let outcome = merge_projects(Some(&base), &base, &changed).unwrap();
        prop_assert_eq!(&outcome.project, &changed);
        prop_assert!(outcome.conflicted.is_empty());
    }

    #[test]
    fn merge_does_not_depend_on_which_side_is_ours(
        ours_actions in prop::collection::vec(action(), 0..12),
        theirs_actions in prop::collection::vec(action(), 0..12),
    ) {
        let base = base();
        let x = review(&ours_actions, "ana", 1_795_943_523);
        let y = review(&theirs_actions, "ben", 1_795_943_530);
        let xy = merge_projects(Some(&base), &x, &y).unwrap();
        let yx = merge_projects(Some(&base), &y, &x).unwrap();
        let ids = |project: &Project| project.claims.iter().map(|claim| claim.id).collect::<Vec<_>>();
        prop_assert_eq!(ids(&xy.project), ids(&yx.project));
        prop_assert_eq!(&xy.conflicted, &yx.conflicted);
        for (a, b) in xy.project.claims.iter().zip(&yx.project.claims) {
            prop_assert_eq!(normalised(a, false), normalised(b, true));
        }
        // Nothing either side did is lost: every history entry of both is in the result.
        for side in [&x, &y] {
            for claim in &side.claims {
                let merged = xy.project.claims.iter().find(|m| m.start == claim.start && m.end == claim.end).unwrap();
                for change in &claim.history {
                    prop_assert!(merged.history.contains(change), "{:?} lost", change);
                }
            }
        }
        for claim in &xy.project.claims {
            prop_assert!(claim.history.windows(2).all(|pair| pair[0].at <= pair[1].at), "history oldest first");
        }
    }
}
