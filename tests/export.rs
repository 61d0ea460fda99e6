//! Reviews out: every export format of one small review with nested, dismissed and orphaned
//! claims, non-ASCII text before claims, and hostile notes.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "test helpers build fixtures; a panic there is a test failure"
)]

use claimdesk::export::{ExportOptions, ReportFormat, render};
use claimdesk::model::{
    Approx, Article, ClaimId, Kind, Project, Quantity, QuoteValue, Source, Speaker, Stamp, Status, Value,
};
use serde_json::Value as Json;

const TEXT: &str = "Kremlin aide Yuri Ushakov — speaking in Moscow — said the «serious» 50-minute call on Thursday \
was their second conversation this month. 🇷🇺 Officials said “about 10,000 soldiers have left the border”, Ushakov said.\n\n\
Western estimates put the force at 60,000 to 90,000 Russian soldiers.";

const HOSTILE_NOTE: &str = "Readout says 50 <script>alert(\"x\")</script>, \"not\" 60;\nsecond line";

fn stamp() -> Stamp {
    Stamp::at_unix(1_795_943_523, "ana")
}

fn add(project: &mut Project, quote: &str, kind: Kind) -> ClaimId {
    let start = TEXT.find(quote).unwrap();
    project.add_claim(start, start + quote.len(), kind, &stamp()).unwrap()
}

/// The review: 7 claims, 1 dismissed, 1 orphaned, 1 nested in a quote; 4 reviewed.
fn project() -> Project {
    let mut article = Article::new("Biden–Putin call <b>“serious”</b>", TEXT);
    article.url = Some("https://news.example/biden-putin".into());
    article.byline = Some("Jane Roe".into());
    article.published = Some("2021-12-31".into());
    let mut project = Project::from_detections(article, Vec::new());
    project.verdicts.sourced = "True".into();

    let call = add(&mut project, "50-minute call", Kind::Measure);
    let thursday = add(&mut project, "Thursday", Kind::Date);
    let quote = add(
        &mut project,
        "“about 10,000 soldiers have left the border”",
        Kind::Quote,
    );
    let soldiers = add(&mut project, "10,000 soldiers", Kind::Count);
    add(&mut project, "60,000 to 90,000 Russian soldiers", Kind::Count);
    let second = add(&mut project, "second conversation", Kind::Ordinal);
    let orphan = add(&mut project, "Moscow", Kind::Statement);

    let claim = project.claim_mut(call).unwrap();
    claim.set_status(Status::Sourced, &stamp());
    claim.set_note(HOSTILE_NOTE, &stamp());
    claim.value = Some(Value::Quantity(Quantity {
        low: 50.0,
        unit: Some("minute".into()),
        approx: Approx::Exact,
        duration_secs: Some(3000.0),
        ..Quantity::default()
    }));
    claim.add_source(
        Source {
            url: "https://kremlin.example/events/1".into(),
            title: "Kremlin readout".into(),
            note: "says 50 min".into(),
        },
        &stamp(),
    );
    claim.add_source(
        Source {
            url: "javascript:alert(1)".into(),
            title: "bad link".into(),
            note: String::new(),
        },
        &stamp(),
    );
    project
        .claim_mut(thursday)
        .unwrap()
        .set_status(Status::Disputed, &stamp());
    let claim = project.claim_mut(quote).unwrap();
    claim.set_status(Status::Unverified, &stamp());
    claim.value = Some(Value::Quote(QuoteValue {
        speaker: Some(Speaker {
            name: "Yuri Ushakov".into(),
            start: 13,
            end: 25,
            refers_to: None,
        }),
    }));
    project
        .claim_mut(soldiers)
        .unwrap()
        .set_status(Status::Sourced, &stamp());
    project.claim_mut(second).unwrap().set_dismissed(true, &stamp());
    let claim = project.claim_mut(orphan).unwrap();
    claim.quote = "Minsk".into();
    claim.orphaned = true;
    project
}

fn options(project: &Project) -> ExportOptions {
    ExportOptions::for_project(project, Some("Ana Analyst".into()), "2026-11-29")
}

fn export(format: ReportFormat) -> String {
    let project = project();
    render(&project, format, &options(&project)).unwrap()
}

/// Claims a report must show: all but the dismissed one.
fn shown_quotes() -> Vec<String> {
    project()
        .claims
        .iter()
        .filter(|claim| !claim.dismissed)
        .map(|claim| claim.quote.clone())
        .collect()
}

#[test]
fn claimreview_is_schema_org_json_ld_for_reviewed_claims() {
    let json: Json = serde_json::from_str(&export(ReportFormat::ClaimReview)).unwrap();
    let reviews = json.as_array().unwrap();
    assert_eq!(reviews.len(), 4, "reviewed, not dismissed");
    for review in reviews {
        assert_eq!(review["@context"], "https://schema.org");
        assert_eq!(review["@type"], "ClaimReview");
        assert_eq!(review["datePublished"], "2026-11-29");
        assert!(review["url"].as_str().is_some_and(|url| !url.is_empty()));
        assert_eq!(review["author"]["@type"], "Person");
        assert_eq!(review["author"]["name"], "Ana Analyst");
        let rating = &review["reviewRating"];
        assert_eq!(rating["@type"], "Rating");
        let value = rating["ratingValue"].as_u64().unwrap();
        assert!((rating["worstRating"].as_u64().unwrap()..=rating["bestRating"].as_u64().unwrap()).contains(&value));
        let item = &review["itemReviewed"];
        assert_eq!(item["@type"], "Claim");
        assert_eq!(item["appearance"]["@type"], "CreativeWork");
        assert_eq!(item["appearance"]["url"], "https://news.example/biden-putin");
        let sentence = review["claimReviewed"].as_str().unwrap();
        assert!(!sentence.is_empty() && !sentence.contains('\n'));
    }
    let call = reviews
        .iter()
        .find(|review| review["claimReviewed"].as_str().unwrap().contains("50-minute call"))
        .unwrap();
    assert_eq!(
        call["claimReviewed"],
        "Kremlin aide Yuri Ushakov — speaking in Moscow — said the «serious» 50-minute call on Thursday was their second conversation this month."
    );
    assert_eq!(
        call["reviewRating"]["alternateName"], "True",
        "the project's verdict name"
    );
    assert_eq!(call["reviewRating"]["ratingValue"], 3);
    assert_eq!(
        call["citation"].as_array().unwrap().len(),
        1,
        "only the http(s) source is cited"
    );
    let names: Vec<&str> = reviews
        .iter()
        .map(|review| review["reviewRating"]["alternateName"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["True", "Disputed", "Unverified", "True"]);
    let quote = &reviews[2];
    assert_eq!(
        quote["itemReviewed"]["author"]["name"], "Yuri Ushakov",
        "a quote's claimant is its speaker"
    );
    assert_eq!(
        reviews[1]["itemReviewed"]["author"]["name"], "Jane Roe",
        "other claims are the byline's"
    );
}

#[test]
fn web_annotation_positions_select_the_claim_as_code_points() {
    let project = project();
    let json: Json = serde_json::from_str(&export(ReportFormat::Annotations)).unwrap();
    assert_eq!(json["@context"], "http://www.w3.org/ns/anno.jsonld");
    assert_eq!(json["type"], "AnnotationCollection");
    let items = json["first"]["items"].as_array().unwrap();
    assert_eq!(json["total"], items.len());
    assert_eq!(
        items.len(),
        shown_quotes().len(),
        "one annotation per claim, dismissed left out"
    );
    let code_points: Vec<char> = project.article.text.chars().collect();
    let mut positioned = 0;
    for item in items {
        assert_eq!(item["type"], "Annotation");
        assert!(item["id"].as_str().is_some_and(|id| id.contains(':')), "an IRI");
        assert_eq!(item["creator"]["name"], "Ana Analyst");
        assert_eq!(item["target"]["source"], "https://news.example/biden-putin");
        let selectors = item["target"]["selector"].as_array().unwrap();
        let quote = selectors
            .iter()
            .find(|selector| selector["type"] == "TextQuoteSelector")
            .unwrap();
        let exact = quote["exact"].as_str().unwrap();
        assert!(quote["prefix"].is_string() && quote["suffix"].is_string());
        let bodies = item["body"].as_array().unwrap();
        let claim = project.claims.iter().find(|claim| claim.quote == exact).unwrap();
        if claim.reviewed {
            assert_eq!(item["motivation"], "assessing");
            assert!(
                bodies
                    .iter()
                    .any(|body| body["purpose"] == "assessing" && body["type"] == "TextualBody"),
                "{exact}: a reviewed claim carries its verdict"
            );
        } else {
            assert_eq!(item["motivation"], "highlighting", "{exact}: not assessed yet");
            assert!(
                bodies.iter().all(|body| body["purpose"] != "assessing")
                    && bodies
                        .iter()
                        .any(|body| body["purpose"] == "tagging" && body["value"] == "To review"),
                "{exact}: to review, never published as Unverified: {bodies:?}"
            );
        }
        let Some(position) = selectors
            .iter()
            .find(|selector| selector["type"] == "TextPositionSelector")
        else {
            assert_eq!(exact, "Minsk", "only the orphaned claim has no position");
            continue;
        };
        let start = usize::try_from(position["start"].as_u64().unwrap()).unwrap();
        let end = usize::try_from(position["end"].as_u64().unwrap()).unwrap();
        let selected: String = code_points[start..end].iter().collect();
        assert_eq!(selected, exact);
        positioned += 1;
    }
    assert_eq!(positioned, 5);
    let call = items
        .iter()
        .find(|item| item["target"]["selector"][0]["exact"] == "50-minute call")
        .unwrap();
    let bodies = call["body"].as_array().unwrap();
    assert!(
        bodies
            .iter()
            .any(|body| body["purpose"] == "commenting" && body["value"] == HOSTILE_NOTE.trim())
    );
    assert!(
        bodies
            .iter()
            .any(|body| body["purpose"] == "linking" && body["source"]["id"] == "https://kremlin.example/events/1")
    );
    assert!(
        bodies
            .iter()
            .any(|body| body["purpose"] == "assessing" && body["value"] == "True")
    );
    assert!(
        bodies
            .iter()
            .any(|body| body["purpose"] == "describing" && body["value"] == "50 minutes"),
        "the value in words: {bodies:?}"
    );
}

#[test]
fn csv_round_trips_through_a_csv_reader() {
    let project = project();
    let csv_text = export(ReportFormat::Csv);
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(str::to_owned).collect();
    assert_eq!(
        header,
        [
            "id", "kind", "text", "sentence", "value", "status", "reviewed", "verdict", "sources", "note", "flags",
            "start", "end"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), shown_quotes().len());
    for row in &rows {
        let claim = project.claim(ClaimId(row[0].parse().unwrap())).unwrap();
        assert!(!claim.dismissed);
        assert_eq!(&row[1], claim.kind.slug());
        assert_eq!(&row[2], claim.quote);
        assert_eq!(&row[5], claim.status.slug());
        assert_eq!(&row[6], claim.reviewed.to_string());
        if !claim.reviewed {
            assert_eq!(&row[7], "To review", "to review is not a verdict");
        }
        assert_eq!(&row[9], claim.note);
        let (start, end): (usize, usize) = (row[11].parse().unwrap(), row[12].parse().unwrap());
        if !claim.orphaned {
            assert_eq!(&project.article.text[start..end], claim.quote);
            assert!(row[3].contains(claim.quote.as_str()));
        }
    }
    let call = rows.iter().find(|row| &row[2] == "50-minute call").unwrap();
    assert_eq!(&call[9], HOSTILE_NOTE, "commas, quotes and newlines survive");
    assert_eq!(
        &call[8],
        "https://kremlin.example/events/1 (Kremlin readout): says 50 min\njavascript:alert(1) (bad link)"
    );
    assert_eq!(&call[4], "50 minutes", "the value in words, not seconds");
    assert_eq!(
        &call[7], "Sourced (published as True)",
        "the export name beside the verdict"
    );
    let verdicts: Vec<&str> = rows.iter().map(|row| &row[7]).collect();
    assert!(
        verdicts.contains(&"Unverified") && verdicts.contains(&"Disputed"),
        "{verdicts:?}"
    );
    let soldiers = rows.iter().find(|row| &row[2] == "10,000 soldiers").unwrap();
    assert_eq!(&soldiers[10], "no source given", "sourced without a source is flagged");
    let orphan = rows.iter().find(|row| &row[2] == "Minsk").unwrap();
    assert_eq!(&orphan[10], "not found in the text");
}

/// Checks that tags nest: every opened element is closed in order (void elements aside).
fn assert_well_formed(html: &str) {
    const VOID: &[&str] = &["meta", "br", "link", "img", "hr", "input", "!doctype"];
    let mut stack: Vec<String> = Vec::new();
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        rest = &rest[open + 1..];
        let close = rest.find('>').expect("unclosed tag");
        let tag = &rest[..close];
        rest = &rest[close + 1..];
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| !c.is_whitespace())
            .collect::<String>()
            .to_lowercase();
        if tag.starts_with('/') {
            assert_eq!(
                stack.pop().as_deref(),
                Some(name.as_str()),
                "</{name}> closes the wrong element"
            );
        } else if !VOID.contains(&name.as_str()) {
            stack.push(name);
        }
    }
    assert!(stack.is_empty(), "left open: {stack:?}");
}

#[test]
fn html_report_is_self_contained_well_formed_and_escaped() {
    let html = export(ReportFormat::Html);
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert_well_formed(&html);
    for quote in shown_quotes() {
        let escaped = quote.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
        assert!(
            html.contains(&format!("<span class=\"quote\">{escaped}</span>")),
            "{quote} not in the table"
        );
    }
    for claim in project()
        .claims
        .iter()
        .filter(|claim| !claim.dismissed && !claim.orphaned)
    {
        assert!(
            html.contains(&format!("id=\"claim-{}\"", claim.id.0)),
            "claim {} not marked",
            claim.id
        );
    }
    let dismissed = project().claims.iter().find(|claim| claim.dismissed).unwrap().id;
    assert!(
        !html.contains(&format!("id=\"claim-{}\"", dismissed.0))
            && !html.contains(&format!("id=\"row-{}\"", dismissed.0))
    );
    assert!(!html.contains("<script"), "no scripts, and the note's <script> is text");
    assert!(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"));
    assert!(
        html.contains("Biden–Putin call &lt;b&gt;“serious”&lt;/b&gt;"),
        "the title is escaped"
    );
    assert!(!html.contains("href=\"javascript:"), "only http(s) sources are links");
    assert!(!html.contains("src=") && !html.contains("<link"), "no external assets");
    assert!(html.contains("@media print"));
    // The count inside the quote is marked inside the quote's mark.
    let quote_mark = html.find("“about <mark").unwrap();
    assert!(html[quote_mark..].starts_with("“about <mark class=\"claim s-sourced\""));
    for (name, glyph) in [
        ("Sourced (published as True)", "✔"),
        ("Disputed", "✘"),
        ("Unverified", "?"),
        ("To review", "•"),
    ] {
        assert!(html.contains(name) && html.contains(glyph), "{name}");
    }
    assert!(
        html.contains("<strong>2</strong> to review</li>") && html.contains("<strong>1</strong> Unverified</li>"),
        "to review and unverified counted apart"
    );
    assert!(html.contains("<strong>1</strong> sourced without a source (#4)</li>"));
    assert!(html.contains("No source given."));
    assert!(html.contains("<dd>31 December 2021</dd>"), "dates in words");
    assert!(html.contains("<td>50 minutes</td>"), "values in words");
    assert!(!html.contains("3000 s"));
    let unreviewed = html.find("60,000 to 90,000 Russian soldiers<sup").unwrap();
    let mark = html[..unreviewed].rfind("<mark").unwrap();
    assert!(
        html[mark..].starts_with("<mark class=\"claim s-to-review\""),
        "a claim to review is marked as such"
    );
}

#[test]
fn markdown_report_has_the_article_marked_and_a_table() {
    let markdown = export(ReportFormat::Markdown);
    assert!(markdown.starts_with("# Fact-check review: Biden–Putin call \\<b\\>“serious”\\</b\\>\n"));
    assert!(markdown.contains("- **Reviewed by:** Ana Analyst"));
    assert!(
        markdown.contains(
            "- **Claims:** 6: • 2 to review; 4 reviewed (✔ 2 Sourced (published as True), ✘ 1 Disputed, ? 1 Unverified)"
        ),
        "{markdown}"
    );
    assert!(
        markdown.contains("- **Sourced without a source:** 1 (#4)"),
        "{markdown}"
    );
    assert!(markdown.contains("- **Published:** 31 December 2021"), "{markdown}");
    assert!(markdown.contains("- **Report date:** 29 November 2026"), "{markdown}");
    assert!(
        markdown.contains("| 50 minutes | ✔ Sourced (published as True) |"),
        "{markdown}"
    );
    assert!(
        markdown.contains("**60,000 to 90,000 Russian soldiers** (• 5)"),
        "{markdown}"
    );
    assert!(markdown.contains("**50-minute call** (✔ 1)"));
    assert!(
        markdown.contains("**“about 10,000 soldiers have left the border”** (? 3; ✔ 4)"),
        "nested claims tagged on the outer run"
    );
    assert!(
        !markdown.replace("\\<", "").contains("<script"),
        "raw HTML in: {markdown}"
    );
    assert!(markdown.contains("\\<script\\>"));
    assert!(markdown.contains(
        "[Kremlin readout](<https://kremlin.example/events/1>): says 50 min<br>bad link (javascript:alert(1))"
    ));
    assert!(markdown.contains("- **Source:** [https://news.example/biden-putin](<https://news.example/biden-putin>)"));
    let rows = markdown
        .lines()
        .filter(|line| line.starts_with("| ") && !line.starts_with("| #"))
        .count();
    assert_eq!(rows, shown_quotes().len());
    assert!(!markdown.contains("| 6 |"), "the dismissed claim is left out");
}

#[test]
fn exports_are_deterministic_and_handle_an_empty_review() {
    let empty = Project::from_detections(Article::new("", ""), Vec::new());
    let options = ExportOptions::default();
    for format in ReportFormat::ALL {
        assert_eq!(export(format), export(format), "{format} differs between runs");
        let output = render(&empty, format, &options).unwrap();
        assert!(!output.is_empty(), "{format}");
        if format.extension() == "jsonld" {
            serde_json::from_str::<Json>(&output).unwrap();
        }
    }
}

#[test]
fn verdict_names_live_in_the_project_file_only_when_renamed() {
    let renamed = project();
    let text = ron::to_string(&renamed).unwrap();
    assert!(text.contains("verdicts"));
    let back: Project = ron::from_str(&text).unwrap();
    assert_eq!(back.verdicts.name(Status::Sourced), "True");
    let plain = Project::from_detections(Article::new("t", "x"), Vec::new());
    assert!(!ron::to_string(&plain).unwrap().contains("verdicts"));
}

mod never_panics {
    use claimdesk::export::{ExportOptions, ReportFormat, render};
    use claimdesk::model::{Article, Claim, ClaimId, Kind, Project, Status};
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// Any text with any claims — nested, crossing, stale, off char boundaries — exports in
        /// every format without a panic, and the HTML report stays well formed.
        #[test]
        fn any_review_exports(text in "[a-zé«» .!?\n🎉<>&\"]{0,80}", spans in prop::collection::vec((0usize..90, 0usize..90, any::<bool>()), 0..6)) {
            let mut project = Project::from_detections(Article::new("t", text.clone()), Vec::new());
            for (n, (start, end, reviewed)) in (1u64..).zip(spans) {
                let quote = text.get(start..end).map_or_else(|| "stale".to_owned(), str::to_owned);
                // `end` is set apart from the quote: a stale claim's quote no longer fits its span.
                project.claims.push(Claim {
                    end, status: Status::Disputed, reviewed, note: "<i>".into(),
                    ..Claim::unreviewed(ClaimId(n), start, &quote, Kind::Statement)
                });
            }
            for format in ReportFormat::ALL {
                let output = render(&project, format, &ExportOptions::default()).unwrap();
                if format == ReportFormat::Html {
                    super::assert_well_formed(&output);
                }
            }
        }
    }
}
