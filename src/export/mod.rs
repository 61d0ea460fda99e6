//! Reports and interchange formats: a [`Project`] to text, no egui, no I/O.
//!
//! Every format leaves dismissed claims out ("not a claim"). All output is a pure function of
//! the project and the [`ExportOptions`] (the date is passed in), so the same review always
//! exports to the same bytes.
//!
//! Positions: the model's UTF-8 byte offsets appear as they are in CSV; the W3C Web
//! Annotation export converts them to Unicode code points, as its `TextPositionSelector`
//! is defined.

mod annotations;
mod claim_review;
mod csv_report;
mod escape;
mod export_error;
mod export_options;
mod html_report;
mod ids;
mod markdown_report;
mod marks;
mod report_format;
mod review_counts;
mod sentence;
mod verdict_text;

pub use export_error::ExportError;
pub use export_options::ExportOptions;
pub use report_format::ReportFormat;
pub use review_counts::{ReviewCounts, lacks_source};
pub use sentence::{claim_sentence, sentence_range};
pub use verdict_text::{TO_REVIEW, status_text, verdict_text};

pub use crate::model::VerdictNames;
use crate::model::{Claim, Project, describe_timestamp};

/// The project as a report or interchange file in `format`.
pub fn render(project: &Project, format: ReportFormat, options: &ExportOptions) -> Result<String, ExportError> {
    match format {
        ReportFormat::Markdown => Ok(markdown_report::render(project, options)),
        ReportFormat::Html => Ok(html_report::render(project, options)),
        ReportFormat::Csv => csv_report::render(project, options),
        ReportFormat::ClaimReview => claim_review::render(project, options),
        ReportFormat::Annotations => annotations::render(project, options),
    }
}

/// A report's title: the article's, or "Untitled article".
fn report_title(project: &Project) -> &str {
    let title = project.article.title.trim();
    if title.is_empty() { "Untitled article" } else { title }
}

/// The article's source (URL, else where it was read from), if known.
fn report_source(project: &Project) -> Option<&str> {
    let article = &project.article;
    article
        .url
        .as_deref()
        .or(article.origin.as_deref())
        .map(str::trim)
        .filter(|source| !source.is_empty())
}

/// The labelled facts under a report's title after the source: byline, publication date,
/// reviewer, report date — only those known, time stamps in words ("14 March 2024, 09:00 UTC").
fn report_facts(project: &Project, options: &ExportOptions) -> Vec<(&'static str, String)> {
    let article = &project.article;
    let stamp = |text: Option<&str>| text.map(describe_timestamp);
    [
        ("Byline", article.byline.clone()),
        ("Published", stamp(article.published.as_deref())),
        ("Reviewed by", options.reviewer_name().map(str::to_owned)),
        ("Report date", stamp(Some(options.date.as_str()))),
    ]
    .into_iter()
    .filter_map(|(label, value)| {
        let value = value?.trim().to_owned();
        (!value.is_empty()).then_some((label, value))
    })
    .collect()
}

/// The claims a report shows: all but the dismissed, in text order; orphaned claims (whose
/// offsets mean nothing any more) last.
fn reported_claims(project: &Project) -> Vec<&Claim> {
    let mut claims: Vec<&Claim> = project.claims.iter().filter(|claim| !claim.dismissed).collect();
    claims.sort_by(|a, b| {
        a.orphaned
            .cmp(&b.orphaned)
            .then(a.start.cmp(&b.start))
            .then(b.end.cmp(&a.end))
            .then(a.id.cmp(&b.id))
    });
    claims
}

/// `claim`'s span if it really is its quote in `text` (orphaned or stale claims are not).
fn anchored_span<'t>(text: &'t str, claim: &Claim) -> Option<&'t str> {
    if claim.orphaned || claim.start >= claim.end {
        return None;
    }
    text.get(claim.start..claim.end).filter(|span| *span == claim.quote)
}
