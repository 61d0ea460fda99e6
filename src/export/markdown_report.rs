//! The Markdown report: header, counts, the article with claims in bold followed by their
//! status glyphs and numbers, then a table of claims.

use std::fmt::Write as _;

use super::escape::{markdown, markdown_cell, markdown_link};
use super::marks::{runs, status_glyph};
use super::verdict_text::{TO_REVIEW, TO_REVIEW_GLYPH, claim_glyph, status_text, verdict_text};
use super::{
    ExportOptions, ReviewCounts, claim_sentence, lacks_source, report_facts, report_source, report_title,
    reported_claims,
};
use crate::model::{Claim, Project, Status, Value};

/// The Markdown report of `project`.
pub(super) fn render(project: &Project, options: &ExportOptions) -> String {
    let article = &project.article;
    let claims = reported_claims(project);
    let names = &options.verdict_names;
    let mut out = String::new();

    let title = report_title(project);
    let _ = writeln!(out, "# Fact-check review: {}\n", markdown(title));
    if let Some(source) = report_source(project) {
        let _ = writeln!(out, "- **Source:** {}", markdown_link(source, source));
    }
    for (label, value) in report_facts(project, options) {
        let _ = writeln!(out, "- **{label}:** {}", markdown(&value));
    }
    let counts = ReviewCounts::of(project);
    let per_status: Vec<String> = Status::ALL
        .iter()
        .map(|&status| {
            format!(
                "{} {} {}",
                status_glyph(status),
                counts.of_status(status),
                markdown(&status_text(status, names))
            )
        })
        .collect();
    let _ = writeln!(
        out,
        "- **Claims:** {}: {TO_REVIEW_GLYPH} {} to review; {} reviewed ({})",
        counts.total,
        counts.to_review,
        counts.reviewed,
        per_status.join(", "),
    );
    if !counts.sourced_without_source.is_empty() {
        let numbers: Vec<String> = counts.sourced_without_source.iter().map(ToString::to_string).collect();
        let _ = writeln!(
            out,
            "- **Sourced without a source:** {} ({})",
            numbers.len(),
            numbers.join(", ")
        );
    }
    out.push('\n');
    let mut legend: Vec<String> = Status::ALL
        .iter()
        .map(|&status| format!("{} {}", status_glyph(status), markdown(&status_text(status, names))))
        .collect();
    legend.push(format!("{TO_REVIEW_GLYPH} {TO_REVIEW}"));
    let _ = writeln!(
        out,
        "Claims are in **bold**, followed by their verdict and number: {}.\n",
        legend.join(", ")
    );

    out.push_str("## Article\n\n");
    out.push_str(&marked_article(&article.text, &claims));
    out.push_str("\n\n## Claims\n\n");
    if claims.is_empty() {
        out.push_str("No claims.\n");
    } else {
        out.push_str("| # | Claim | Kind | Value | Verdict | Sources | Note |\n|---|---|---|---|---|---|---|\n");
        for claim in &claims {
            out.push_str(&table_row(project, options, claim));
        }
    }
    out
}

/// The article, escaped, with each run of claims in bold and tagged `(✔ 3; ? 4)`. Lines
/// inside a paragraph end in a hard break so the article's line structure survives.
fn marked_article(text: &str, claims: &[&Claim]) -> String {
    let mut out = String::with_capacity(text.len() * 5 / 4);
    let mut at = 0;
    for run in runs(text, claims) {
        out.push_str(&markdown(text.get(at..run.start).unwrap_or_default()));
        let covered = text.get(run.start..run.end).unwrap_or_default();
        // Emphasis cannot span a blank line: bold each paragraph of a run on its own.
        let parts: Vec<String> = covered
            .split("\n\n")
            .map(|part| {
                let inner = part.trim();
                if inner.is_empty() {
                    part.to_owned()
                } else {
                    let lead = part.get(..part.len() - part.trim_start().len()).unwrap_or_default();
                    let trail = part.get(part.trim_end().len()..).unwrap_or_default();
                    format!("{lead}**{}**{trail}", markdown(inner))
                }
            })
            .collect();
        out.push_str(&parts.join("\n\n"));
        let tags: Vec<String> = run
            .claims
            .iter()
            .map(|claim| format!("{} {}", claim_glyph(claim), claim.id.0))
            .collect();
        let _ = write!(out, " ({})", tags.join("; "));
        at = run.end;
    }
    out.push_str(&markdown(text.get(at..).unwrap_or_default()));
    hard_breaks(&out)
}

/// Single line breaks inside paragraphs become Markdown hard breaks (a trailing backslash).
fn hard_breaks(text: &str) -> String {
    let lines: Vec<&str> = text.trim_end().split('\n').collect();
    let mut out = String::with_capacity(text.len());
    for (index, line) in lines.iter().enumerate() {
        out.push_str(line);
        let next_is_text = lines.get(index + 1).is_some_and(|next| !next.trim().is_empty());
        if !line.trim().is_empty() && next_is_text {
            out.push('\\');
        }
        if index + 1 < lines.len() {
            out.push('\n');
        }
    }
    out
}

fn table_row(project: &Project, options: &ExportOptions, claim: &Claim) -> String {
    let sentence = claim_sentence(&project.article.text, claim);
    let mut claim_cell = format!("**{}**", markdown_cell(&claim.quote));
    if sentence != claim.quote.trim() {
        let _ = write!(claim_cell, "<br>{}", markdown_cell(&sentence));
    }
    if claim.orphaned {
        claim_cell.push_str("<br>(not found in the text)");
    }
    let value = claim.value.as_ref().map(Value::describe).unwrap_or_default();
    let mut verdict = format!(
        "{} {}",
        claim_glyph(claim),
        markdown_cell(&verdict_text(claim, &options.verdict_names))
    );
    if lacks_source(claim) {
        verdict.push_str("<br>(no source given)");
    }
    let sources: Vec<String> = claim
        .sources
        .iter()
        .map(|source| {
            let label = if source.title.trim().is_empty() {
                source.url.trim()
            } else {
                source.title.trim()
            };
            let mut cell = markdown_link(&source.url, label);
            if !source.note.trim().is_empty() {
                let _ = write!(cell, ": {}", markdown_cell(&source.note));
            }
            cell
        })
        .collect();
    format!(
        "| {} | {} | {} | {} | {} | {} | {} |\n",
        claim.id.0,
        claim_cell,
        claim.kind.label(),
        markdown_cell(&value),
        verdict,
        sources.join("<br>"),
        markdown_cell(&claim.note)
    )
}

#[cfg(test)]
mod tests {
    use super::hard_breaks;

    #[test]
    fn line_breaks_inside_paragraphs_are_kept() {
        assert_eq!(hard_breaks("a\nb\n\nc\n"), "a\\\nb\n\nc");
    }
}
