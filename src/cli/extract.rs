use std::fmt::Write as _;

use clap::ValueEnum;
use serde::Serialize;

use crate::model::{Detection, Value};

/// How `claimdesk extract` prints claims.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ExtractFormat {
    /// `{"claims": [{"start", "end", "text", "kind", …}]}` (SPEC §5).
    Json,
    /// One claim a line: start, end, kind, text, value, confidence — for people and `cut`.
    Tsv,
}

#[derive(Serialize)]
struct JsonClaims<'a> {
    claims: Vec<JsonClaim<'a>>,
}

#[derive(Serialize)]
struct JsonClaim<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    kind: &'static str,
    /// "sure" or "likely" (vague findings such as "for years").
    confidence: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    speaker: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    speaker_start: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    speaker_end: Option<usize>,
    /// Who a pronoun speaker ("he") refers to; `speaker` stays the words as written.
    #[serde(skip_serializing_if = "Option::is_none")]
    speaker_refers_to: Option<&'a str>,
    /// A statement's check-worthiness score, 0 to 1.
    #[serde(skip_serializing_if = "Option::is_none")]
    checkworthiness: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    value: Option<&'a Value>,
    sentence_start: usize,
    sentence_end: usize,
}

/// The detections of `text` in `format`; offsets are UTF-8 bytes into `text`.
pub fn extract(text: &str, detections: &[Detection], format: ExtractFormat) -> String {
    match format {
        ExtractFormat::Json => {
            let claims = detections
                .iter()
                .map(|detection| {
                    let speaker = detection.value.as_ref().and_then(Value::speaker);
                    JsonClaim {
                        start: detection.start,
                        end: detection.end,
                        text: text.get(detection.start..detection.end).unwrap_or(""),
                        kind: detection.kind.slug(),
                        confidence: detection.confidence.slug(),
                        speaker: speaker.map(|speaker| speaker.name.as_str()),
                        speaker_start: speaker.map(|speaker| speaker.start),
                        speaker_end: speaker.map(|speaker| speaker.end),
                        speaker_refers_to: speaker.and_then(|speaker| speaker.refers_to.as_deref()),
                        // Three decimals: the f32 score printed as f64 would show noise digits.
                        checkworthiness: detection
                            .value
                            .as_ref()
                            .and_then(Value::checkworthiness)
                            .map(|score| (f64::from(score) * 1000.0).round() / 1000.0),
                        value: detection.value.as_ref(),
                        sentence_start: detection.sentence_start,
                        sentence_end: detection.sentence_end,
                    }
                })
                .collect();
            let mut out = serde_json::to_string_pretty(&JsonClaims { claims }).unwrap_or_else(|error| {
                // Serialising plain structs of strings and numbers cannot fail; say so if it does.
                format!("{{\"error\": \"{error}\"}}")
            });
            out.push('\n');
            out
        }
        ExtractFormat::Tsv => {
            // Confidence last, so scripts that `cut` the first five columns keep working.
            let mut out = String::from("start\tend\tkind\ttext\tvalue\tconfidence\n");
            for detection in detections {
                let quote = text.get(detection.start..detection.end).unwrap_or("");
                let value = detection.value.as_ref().map(Value::describe).unwrap_or_default();
                let _ = writeln!(
                    out,
                    "{}\t{}\t{}\t{}\t{}\t{}",
                    detection.start,
                    detection.end,
                    detection.kind.slug(),
                    one_line(quote),
                    one_line(&value),
                    detection.confidence.slug()
                );
            }
            out
        }
    }
}

/// Tabs and line breaks inside a field would break the TSV columns.
fn one_line(text: &str) -> String {
    text.split(['\t', '\n', '\r']).collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Confidence, Kind, QuoteValue, Speaker};

    fn detections() -> Vec<Detection> {
        vec![Detection {
            start: 0,
            end: 9,
            kind: Kind::Quote,
            value: Some(Value::Quote(QuoteValue {
                speaker: Some(Speaker {
                    name: "Ann".into(),
                    start: 17,
                    end: 20,
                    refers_to: None,
                }),
            })),
            sentence_start: 0,
            sentence_end: 20,
            confidence: Confidence::Likely,
        }]
    }

    #[test]
    fn json_has_the_fields_score_claims_reads() {
        let text = "“Go\tnow” said Ann";
        let out = extract(text, &detections(), ExtractFormat::Json);
        let json: serde_json::Value = serde_json::from_str(&out).unwrap();
        let claim = &json["claims"][0];
        assert_eq!(claim["kind"], "quote");
        assert_eq!(claim["text"], "“Go\tnow");
        assert_eq!(claim["speaker"], "Ann");
        assert_eq!(claim["start"], 0);
        assert_eq!(claim["confidence"], "likely");
        assert!(claim.get("speaker_refers_to").is_none());
        assert!(claim.get("checkworthiness").is_none());
    }

    #[test]
    fn json_keeps_a_pronoun_as_written_and_adds_who_it_is() {
        let text = "“Go now,” he said. Ed Marsh left.";
        let mut claims = detections();
        if let Some(Value::Quote(quote)) = claims[0].value.as_mut() {
            quote.speaker = Some(Speaker {
                name: "he".into(),
                start: 13,
                end: 15,
                refers_to: Some("Ed Marsh".into()),
            });
        }
        let out = extract(text, &claims, ExtractFormat::Json);
        let json: serde_json::Value = serde_json::from_str(&out).unwrap();
        let claim = &json["claims"][0];
        assert_eq!(claim["speaker"], "he");
        assert_eq!(claim["speaker_start"], 13);
        assert_eq!(claim["speaker_end"], 15);
        assert_eq!(claim["speaker_refers_to"], "Ed Marsh");
    }

    #[test]
    fn json_prints_a_statements_checkworthiness() {
        let text = "Unemployment fell to 4% last year.";
        let claims = vec![Detection {
            value: Some(Value::Statement(crate::model::StatementValue { checkworthiness: 0.87 })),
            ..Detection::new(0..text.len(), Kind::Statement, 0..text.len())
        }];
        let out = extract(text, &claims, ExtractFormat::Json);
        let json: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(json["claims"][0]["checkworthiness"], 0.87);
        assert_eq!(json["claims"][0]["kind"], "statement");
    }

    #[test]
    fn tsv_keeps_one_claim_per_line() {
        let text = "“Go\tnow” said Ann";
        let out = extract(text, &detections(), ExtractFormat::Tsv);
        assert_eq!(out.lines().nth(1), Some("0\t9\tquote\t“Go now\tsaid by Ann\tlikely"));
    }
}
