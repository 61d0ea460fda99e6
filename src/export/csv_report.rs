//! The CSV export: one row a claim, RFC 4180 quoting by the `csv` crate, UTF-8. Offsets
//! are the model's UTF-8 byte offsets into the article text.
//!
//! Text cells that a spreadsheet would run as a formula (`=…`, `+…`, `@…`, `-` not starting a
//! number) get a leading `'`, the usual guard against CSV injection: articles and notes are
//! outside text, and a review is opened by editors in spreadsheet programs.

use super::{ExportError, ExportOptions, claim_sentence, lacks_source, reported_claims, verdict_text};
use crate::model::{Project, Source, Value};

/// The columns, in order. `status` and `reviewed` are the project's own fields, for
/// programs; `verdict` says the same for people ("To review", "Sourced (published as
/// Supported)"), `value` is what the detector understood in words, and `flags` what an editor
/// should look at ("no source given", "not found in the text").
pub(super) const HEADER: [&str; 13] = [
    "id", "kind", "text", "sentence", "value", "status", "reviewed", "verdict", "sources", "note", "flags", "start",
    "end",
];

/// The CSV of `project`'s claims, dismissed ones left out.
pub(super) fn render(project: &Project, options: &ExportOptions) -> Result<String, ExportError> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(HEADER)?;
    for claim in reported_claims(project) {
        let sources: Vec<String> = claim.sources.iter().map(source_text).collect();
        let mut flags = Vec::new();
        if lacks_source(claim) {
            flags.push("no source given");
        }
        if claim.orphaned {
            flags.push("not found in the text");
        }
        writer.write_record([
            claim.id.0.to_string(),
            claim.kind.slug().to_owned(),
            inert(&claim.quote),
            inert(&claim_sentence(&project.article.text, claim)),
            inert(&claim.value.as_ref().map(Value::describe).unwrap_or_default()),
            claim.status.slug().to_owned(),
            claim.reviewed.to_string(),
            inert(&verdict_text(claim, &options.verdict_names)),
            // One source a line: spreadsheets show a multi-line cell, and URLs have no newlines.
            inert(&sources.join("\n")),
            inert(&claim.note),
            flags.join("; "),
            claim.start.to_string(),
            claim.end.to_string(),
        ])?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|error| ExportError::Csv(error.to_string()))?;
    String::from_utf8(bytes).map_err(|error| ExportError::Csv(error.to_string()))
}

/// `text`, with a `'` before it if a spreadsheet would take it for a formula.
fn inert(text: &str) -> String {
    let mut chars = text.chars();
    let formula = match chars.next() {
        Some('=' | '+' | '@' | '\t' | '\r') => true,
        Some('-') => !chars.next().is_some_and(|next| next.is_ascii_digit() || next == '.'),
        _ => false,
    };
    if formula { format!("'{text}") } else { text.to_owned() }
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

#[cfg(test)]
mod tests {
    use super::inert;

    #[test]
    fn formulas_are_made_inert_and_numbers_are_left_alone() {
        assert_eq!(inert("=HYPERLINK(\"http://evil\")"), "'=HYPERLINK(\"http://evil\")");
        assert_eq!(inert("+1 555"), "'+1 555");
        assert_eq!(inert("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(inert("-cmd|' /C calc'!A0"), "'-cmd|' /C calc'!A0");
        assert_eq!(inert("-4 degrees"), "-4 degrees");
        assert_eq!(inert("-.5"), "-.5");
        assert_eq!(inert("60,000 soldiers"), "60,000 soldiers");
        assert_eq!(inert(""), "");
    }
}
