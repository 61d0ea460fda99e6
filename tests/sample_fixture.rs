//! `tests/fixtures/biden-putin-call.claims.ron`: the sample with hand-made claims and a few
//! verdicts, for screenshots and manual checks (`claimdesk tests/fixtures/…`). Regenerate with
//! `UPDATE_FIXTURES=1 cargo test --test sample_fixture`.

#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, reason = "fixture building: a failure is a failing test")]

mod support;

use claimdesk::model::{Source, Status};

fn reviewed_sample() -> claimdesk::model::Project {
    let mut project = support::sample_project();
    let stamp = support::stamp();
    for (quote, status) in [
        ("50-minute call", Status::Sourced),
        ("Thursday", Status::Sourced),
        ("about 10,000 soldiers", Status::Disputed),
        ("January 9-10", Status::Unverified),
    ] {
        let claim = project.claims.iter_mut().find(|claim| claim.quote == quote).unwrap();
        claim.set_status(status, &stamp);
    }
    let call = project
        .claims
        .iter_mut()
        .find(|claim| claim.quote == "50-minute call")
        .unwrap();
    call.add_source(
        Source {
            url: "https://www.whitehouse.gov/briefing-room/statements-releases/2021/12/30/readout-of-president-joseph-r-biden-jr-call-with-president-vladimir-putin-of-russia-2/".to_owned(),
            title: "White House readout, 30 Dec 2021".to_owned(),
            note: "Call began 3:35 pm, ended 4:25 pm".to_owned(),
        },
        &stamp,
    );
    call.set_note("Readout times give 50 minutes.", &stamp);
    project
}

#[test]
fn the_sample_fixture_is_current_and_loads() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/biden-putin-call.claims.ron");
    let expected = claimdesk::store::project_to_ron(&reviewed_sample()).unwrap();
    if std::env::var_os("UPDATE_FIXTURES").is_some() {
        std::fs::write(&path, &expected).unwrap();
    }
    let on_disk = std::fs::read_to_string(&path).expect("run with UPDATE_FIXTURES=1 to create it");
    assert_eq!(on_disk, expected, "stale fixture: run with UPDATE_FIXTURES=1");
    let loaded = claimdesk::store::load_project(&path).unwrap();
    assert_eq!(loaded.project.counts().reviewed, 4);
}
