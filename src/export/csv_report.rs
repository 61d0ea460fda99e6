//! The CSV export: one row a claim, RFC 4180 quoting by the `csv` crate, UTF-8. Offsets
//! are the model's UTF-8 byte offsets into the article text.

use super::{ExportError, claim_sentence, reported_claims};
use crate::model::{Project, Source};

/// The columns, in order.
pub(super) const HEADER: [&str; 10] = [
    "id", "kind", "text", "sentence", "status", "reviewed", "sources", "note", "start", "end",
];

/// The CSV of `project`'s claims, dismissed ones left out.
pub(super) fn render(project: &Project) -> Result<String, ExportError> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(HEADER)?;
    for claim in reported_claims(project) {
        let sources: Vec<String> = claim.sources.iter().map(source_text).collect();
        writer.write_record([
            claim.id.0.to_string(),
            claim.kind.slug().to_owned(),
            claim.quote.clone(),
            claim_sentence(&project.article.text, claim),
            claim.status.slug().to_owned(),
            claim.reviewed.to_string(),
            // One source a line: spreadsheets show a multi-line cell, and URLs have no newlines.
            sources.join("\n"),
            claim.note.clone(),
            claim.start.to_string(),
            claim.end.to_string(),
        ])?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|error| ExportError::Csv(error.to_string()))?;
    String::from_utf8(bytes).map_err(|error| ExportError::Csv(error.to_string()))
}

/// "url", "url (title)", "url (title): note".
fn source_text(source: &Source) -> String {
    let mut text = source.url.trim().to_owned();
    if !source.title.trim().is_empty() {
        text = format!("{text} ({})", source.title.trim());
    }
    if !source.note.trim().is_empty() {
        text = format!("{text}: {}", source.note.trim());
    }
    text
}
