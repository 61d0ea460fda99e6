//! The HTML report: one self-contained page (inline CSS, no scripts, no external assets)
//! that reads on screen and prints. Every piece of project text is HTML-escaped; only
//! http/https source links become links.

use std::fmt::Write as _;

use super::escape::html;
use super::marks::{Piece, pieces, status_glyph};
use super::verdict_text::{
    TO_REVIEW, TO_REVIEW_GLYPH, TO_REVIEW_SLUG, claim_glyph, claim_slug, status_text, verdict_text,
};
use super::{
    ExportOptions, ReviewCounts, claim_sentence, lacks_source, report_facts, report_source, report_title,
    reported_claims,
};
use crate::model::{Claim, Project, Source, Status, Value, openable_url};

/// Colours and the non-colour cues (underline style, glyph) per status. The palette keeps
/// body text at WCAG AA contrast on the highlight backgrounds and in print.
const STYLE: &str = r#"
:root { --ink: #1d2125; --muted: #5b636b; --rule: #d5d9de; --paper: #ffffff;
  --sourced: #1a7f37; --sourced-bg: rgba(46, 160, 67, 0.18);
  --disputed: #c4231b; --disputed-bg: rgba(225, 60, 50, 0.18);
  --unverified: #9a6700; --unverified-bg: rgba(212, 167, 44, 0.24);
  --to-review: #5b636b; --to-review-bg: rgba(91, 99, 107, 0.12); }
* { box-sizing: border-box; }
body { margin: 0; background: var(--paper); color: var(--ink);
  font: 16px/1.6 Georgia, "DejaVu Serif", "Times New Roman", serif; }
main { max-width: 60rem; margin: 0 auto; padding: 2rem 2.5rem 3rem; }
h1, h2, .meta, .counts, .legend, table, .kicker, footer { font-family: system-ui, "DejaVu Sans", Arial, sans-serif; }
.kicker { margin: 0; color: var(--muted); text-transform: uppercase; letter-spacing: .08em; font-size: .8rem; }
h1 { font-size: 1.9rem; line-height: 1.25; margin: .2rem 0 1rem; }
h2 { font-size: 1.25rem; margin: 2.2rem 0 .8rem; padding-bottom: .3rem; border-bottom: 2px solid var(--rule); }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0 0 1rem; font-size: .92rem; }
.meta dt { color: var(--muted); }
.meta dd { margin: 0; overflow-wrap: anywhere; }
.counts { display: flex; flex-wrap: wrap; gap: .5rem; list-style: none; padding: 0; margin: 0 0 1rem; font-size: .92rem; }
.counts li { border: 1px solid var(--rule); border-radius: 1rem; padding: .15rem .75rem; }
.legend { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: baseline; font-size: .92rem;
  border: 1px solid var(--rule); border-radius: .4rem; padding: .6rem .9rem; }
.legend strong { margin-right: .25rem; }
.article { white-space: pre-wrap; overflow-wrap: break-word; font-size: 1.02rem; }
mark.claim { color: inherit; border-radius: 2px; padding: 0 1px;
  text-decoration-line: underline; text-decoration-thickness: 2px; text-underline-offset: 3px;
  -webkit-box-decoration-break: clone; box-decoration-break: clone; }
mark.claim mark.claim { text-underline-offset: 6px; }
.s-sourced { background: var(--sourced-bg); text-decoration-color: var(--sourced); text-decoration-style: solid; }
.s-disputed { background: var(--disputed-bg); text-decoration-color: var(--disputed); text-decoration-style: wavy; }
.s-unverified { background: var(--unverified-bg); text-decoration-color: var(--unverified); text-decoration-style: dotted; }
.s-to-review { background: var(--to-review-bg); text-decoration-color: var(--to-review); text-decoration-style: dashed; }
sup.tag { font: 600 .68rem/1 system-ui, "DejaVu Sans", Arial, sans-serif; margin-left: 1px; white-space: nowrap; }
sup.tag a { color: inherit; text-decoration: none; }
.g-sourced { color: var(--sourced); } .g-disputed { color: var(--disputed); } .g-unverified { color: var(--unverified); }
.g-to-review { color: var(--to-review); }
.counts li.warn, .flag { color: var(--disputed); }
table { width: 100%; border-collapse: collapse; font-size: .86rem; line-height: 1.45; }
th, td { text-align: left; vertical-align: top; padding: .45rem .5rem; border-bottom: 1px solid var(--rule); }
thead th { border-bottom: 2px solid var(--ink); white-space: nowrap; }
td.num { white-space: nowrap; font-variant-numeric: tabular-nums; }
td.kind, td.verdict-cell { white-space: nowrap; }
td.sources, td.note { overflow-wrap: anywhere; }
.quote { font-weight: 600; }
.sentence, .small { display: block; color: var(--muted); font-size: .8rem; margin-top: .2rem; }
.verdict { white-space: nowrap; font-weight: 600; }
ul.sources { margin: 0; padding-left: 1rem; }
.note { white-space: pre-wrap; }
a { color: #0b5cad; }
footer { margin-top: 2.5rem; color: var(--muted); font-size: .8rem; }
@page { margin: 16mm 14mm; }
@media print {
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  mark.claim, .legend mark, .counts li { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  tr, .legend { break-inside: avoid; }
  thead { display: table-header-group; }
  h2 { break-after: avoid; }
  a { color: inherit; }
}
"#;

/// The HTML report of `project`.
pub(super) fn render(project: &Project, options: &ExportOptions) -> String {
    let article = &project.article;
    let claims = reported_claims(project);
    let title = report_title(project);
    let mut out = String::with_capacity(article.text.len() * 2 + 8192);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"claimdesk\">\n<title>Fact-check review: {}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n",
        html(title)
    );
    header(&mut out, project, options, title);
    legend(&mut out, options);
    out.push_str("<section aria-labelledby=\"article-heading\">\n<h2 id=\"article-heading\">Article</h2>\n<div class=\"article\">");
    marked_article(&mut out, &article.text, &claims, options);
    out.push_str("</div>\n</section>\n");
    claims_table(&mut out, project, &claims, options);
    let date = options.date.trim();
    let on_date = if date.is_empty() {
        String::new()
    } else {
        format!(" on {}", html(date))
    };
    let _ = write!(
        out,
        "<footer>Report generated by claimdesk{on_date}.</footer>\n</main>\n</body>\n</html>\n"
    );
    out
}

fn header(out: &mut String, project: &Project, options: &ExportOptions, title: &str) {
    let _ = write!(
        out,
        "<header>\n<p class=\"kicker\">Fact-check review</p>\n<h1>{}</h1>\n<dl class=\"meta\">\n",
        html(title)
    );
    if let Some(source) = report_source(project) {
        let _ = writeln!(out, "<dt>Source</dt><dd>{}</dd>", link_or_text(source, source));
    }
    for (label, value) in report_facts(project, options) {
        let _ = writeln!(out, "<dt>{label}</dt><dd>{}</dd>", html(&value));
    }
    out.push_str("</dl>\n<ul class=\"counts\" aria-label=\"Claims per verdict\">\n");
    let counts = ReviewCounts::of(project);
    let _ = writeln!(out, "<li><strong>{}</strong> claims</li>", counts.total);
    let _ = writeln!(
        out,
        "<li class=\"s-{TO_REVIEW_SLUG}\"><span class=\"g-{TO_REVIEW_SLUG}\" aria-hidden=\"true\">{TO_REVIEW_GLYPH}</span> <strong>{}</strong> to review</li>",
        counts.to_review
    );
    for status in Status::ALL {
        let _ = writeln!(
            out,
            "<li class=\"s-{slug}\"><span class=\"g-{slug}\" aria-hidden=\"true\">{glyph}</span> <strong>{count}</strong> {name}</li>",
            slug = status.slug(),
            glyph = status_glyph(status),
            count = counts.of_status(status),
            name = html(&status_text(status, &options.verdict_names)),
        );
    }
    let _ = writeln!(
        out,
        "<li><strong>{}</strong> of {} reviewed</li>",
        counts.reviewed, counts.total
    );
    if !counts.sourced_without_source.is_empty() {
        let numbers: Vec<String> = counts.sourced_without_source.iter().map(ToString::to_string).collect();
        let _ = writeln!(
            out,
            "<li class=\"warn\"><strong>{}</strong> sourced without a source ({})</li>",
            numbers.len(),
            numbers.join(", ")
        );
    }
    out.push_str("</ul>\n</header>\n");
}

fn legend(out: &mut String, options: &ExportOptions) {
    out.push_str("<section class=\"legend\" aria-label=\"Legend\"><strong>Legend</strong>\n");
    let entries = [
        (
            Status::Sourced.slug(),
            status_text(Status::Sourced, &options.verdict_names),
            status_glyph(Status::Sourced),
            "solid underline",
        ),
        (
            Status::Disputed.slug(),
            status_text(Status::Disputed, &options.verdict_names),
            status_glyph(Status::Disputed),
            "wavy underline",
        ),
        (
            Status::Unverified.slug(),
            status_text(Status::Unverified, &options.verdict_names),
            status_glyph(Status::Unverified),
            "dotted underline",
        ),
        (
            TO_REVIEW_SLUG,
            TO_REVIEW.to_owned(),
            TO_REVIEW_GLYPH,
            "dashed underline, no verdict yet",
        ),
    ];
    for (slug, name, glyph, cue) in entries {
        let _ = writeln!(
            out,
            "<span><mark class=\"claim s-{slug}\">{name}</mark><sup class=\"tag g-{slug}\">{glyph}</sup> {cue}</span>",
            name = html(&name),
        );
    }
    out.push_str("<span>Numbers after a claim refer to the table below.</span>\n</section>\n");
}

fn marked_article(out: &mut String, text: &str, claims: &[&Claim], options: &ExportOptions) {
    for piece in pieces(text, claims) {
        match piece {
            Piece::Text(run) => out.push_str(&html(run)),
            Piece::Open { claim, first } => {
                let id = if first {
                    format!(" id=\"claim-{}\"", claim.id.0)
                } else {
                    String::new()
                };
                let _ = write!(
                    out,
                    "<mark class=\"claim s-{}\"{id} title=\"#{} {} · {}\">",
                    claim_slug(claim),
                    claim.id.0,
                    claim.kind.label(),
                    html(&verdict_text(claim, &options.verdict_names)),
                );
            }
            Piece::Close { claim, last } => {
                if last {
                    let _ = write!(
                        out,
                        "<sup class=\"tag g-{slug}\"><a href=\"#row-{id}\">{glyph}{id}</a></sup>",
                        slug = claim_slug(claim),
                        glyph = claim_glyph(claim),
                        id = claim.id.0,
                    );
                }
                out.push_str("</mark>");
            }
        }
    }
}

fn claims_table(out: &mut String, project: &Project, claims: &[&Claim], options: &ExportOptions) {
    out.push_str("<section aria-labelledby=\"claims-heading\">\n<h2 id=\"claims-heading\">Claims</h2>\n");
    if claims.is_empty() {
        out.push_str("<p>No claims.</p>\n</section>\n");
        return;
    }
    out.push_str(
        "<table>\n<thead><tr><th>#</th><th>Claim</th><th>Kind</th><th>Value</th><th>Verdict</th><th>Sources</th><th>Note</th></tr></thead>\n<tbody>\n",
    );
    for claim in claims {
        let sentence = claim_sentence(&project.article.text, claim);
        let _ = write!(
            out,
            "<tr id=\"row-{id}\"><td class=\"num\"><a href=\"#claim-{id}\">{id}</a></td><td><span class=\"quote\">{quote}</span>",
            id = claim.id.0,
            quote = html(&claim.quote),
        );
        if sentence != claim.quote.trim() {
            let _ = write!(out, "<span class=\"sentence\">{}</span>", html(&sentence));
        }
        if claim.orphaned {
            out.push_str("<span class=\"small\">Not found in the article text.</span>");
        }
        let value = claim.value.as_ref().map(Value::describe).unwrap_or_default();
        let _ = write!(
            out,
            "</td><td class=\"kind\">{kind}</td><td>{value}</td><td class=\"verdict-cell\"><span class=\"verdict\"><span class=\"g-{slug}\" aria-hidden=\"true\">{glyph}</span> {name}</span>",
            kind = claim.kind.label(),
            value = html(&value),
            slug = claim_slug(claim),
            glyph = claim_glyph(claim),
            name = html(&verdict_text(claim, &options.verdict_names)),
        );
        if lacks_source(claim) {
            out.push_str("<span class=\"small flag\">No source given.</span>");
        }
        out.push_str("</td><td class=\"sources\">");
        sources_cell(out, &claim.sources);
        let _ = writeln!(out, "</td><td class=\"note\">{}</td></tr>", html(claim.note.trim()));
    }
    out.push_str("</tbody>\n</table>\n</section>\n");
}

fn sources_cell(out: &mut String, sources: &[Source]) {
    if sources.is_empty() {
        return;
    }
    out.push_str("<ul class=\"sources\">");
    for source in sources {
        let label = if source.title.trim().is_empty() {
            source.url.trim()
        } else {
            source.title.trim()
        };
        out.push_str("<li>");
        out.push_str(&link_or_text(&source.url, label));
        if !source.title.trim().is_empty() && openable_url(&source.url).is_none() && !source.url.trim().is_empty() {
            let _ = write!(out, " ({})", html(source.url.trim()));
        }
        if !source.note.trim().is_empty() {
            let _ = write!(out, ": {}", html(source.note.trim()));
        }
        out.push_str("</li>");
    }
    out.push_str("</ul>");
}

/// A link to `url` showing `label` if `url` is http(s); otherwise just the label as text, so
/// a `javascript:` or `file:` "source" can never run or open anything from the report.
fn link_or_text(url: &str, label: &str) -> String {
    match openable_url(url) {
        Some(url) => format!(
            "<a href=\"{}\" rel=\"noopener noreferrer\">{}</a>",
            html(url),
            html(label)
        ),
        None => html(label),
    }
}
