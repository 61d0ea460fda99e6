//! Prints the claims of an article as JSON, the format `score-claims` reads:
//! `cargo run --no-default-features --example extract_json -- ARTICLE`.

use std::process::ExitCode;

use claimdesk::extract::extract;
use claimdesk::model::Value;

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: extract_json ARTICLE");
        return ExitCode::FAILURE;
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(err) => {
            eprintln!("{path}: {err}");
            return ExitCode::FAILURE;
        }
    };
    let claims: Vec<serde_json::Value> = extract(&text)
        .iter()
        .map(|detection| {
            let mut claim = serde_json::json!({
                "start": detection.start,
                "end": detection.end,
                "text": text.get(detection.start..detection.end).unwrap_or(""),
                "kind": detection.kind.slug(),
            });
            if let (Some(Value::Quote(quote)), Some(object)) = (&detection.value, claim.as_object_mut())
                && let Some(speaker) = &quote.speaker
            {
                object.insert("speaker".into(), speaker.name.clone().into());
                object.insert("speaker_start".into(), speaker.start.into());
                object.insert("speaker_end".into(), speaker.end.into());
            }
            claim
        })
        .collect();
    println!("{}", serde_json::json!({ "claims": claims }));
    ExitCode::SUCCESS
}
