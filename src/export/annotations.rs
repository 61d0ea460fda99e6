//! W3C Web Annotation JSON-LD (<https://www.w3.org/TR/annotation-model/>): an
//! `AnnotationCollection` with one `Annotation` per claim. Each targets the article with a
//! `TextQuoteSelector` (exact, prefix, suffix — enough to find the claim again in another
//! copy of the text) and a `TextPositionSelector`, whose `start`/`end` count Unicode code
//! points of the article text, as the W3C model defines them (the model's byte offsets are
//! converted here). Its bodies carry the verdict (a claim not reviewed yet is highlighted and
//! tagged "To review", never assessed), the kind, the value in words, the note and the sources.

use serde_json::{Value as Json, json};

use super::claim_review::object;
use super::ids::{article_iri, article_urn, claim_urn};
use super::{ExportError, ExportOptions, TO_REVIEW, anchored_span, reported_claims};
use crate::model::{Claim, Project, Source, openable_url};

/// The collection of annotations for `project`'s claims (dismissed ones left out).
pub(super) fn render(project: &Project, options: &ExportOptions) -> Result<String, ExportError> {
    let article = &project.article;
    let items: Vec<Json> = reported_claims(project)
        .into_iter()
        .map(|claim| annotation(project, options, claim))
        .collect();
    let title = article.title.trim();
    let collection = object(vec![
        ("@context", Some(json!("http://www.w3.org/ns/anno.jsonld"))),
        ("id", Some(json!(format!("{}:annotations", article_urn(article))))),
        ("type", Some(json!("AnnotationCollection"))),
        (
            "label",
            Some(json!(if title.is_empty() {
                "Claims".to_owned()
            } else {
                format!("Claims in “{title}”")
            })),
        ),
        ("total", Some(json!(items.len()))),
        (
            "first",
            Some(json!({
                "type": "AnnotationPage",
                "startIndex": 0,
                "items": items,
            })),
        ),
    ]);
    let mut out = serde_json::to_string_pretty(&collection)?;
    out.push('\n');
    Ok(out)
}

/// Code points in `text` before byte `offset` (which must be a char boundary).
fn code_points_before(text: &str, offset: usize) -> Option<usize> {
    text.get(..offset).map(|before| before.chars().count())
}

fn annotation(project: &Project, options: &ExportOptions, claim: &Claim) -> Json {
    let article = &project.article;
    let text = &article.text;
    let quote_selector = object(vec![
        ("type", Some(json!("TextQuoteSelector"))),
        ("exact", Some(json!(claim.quote))),
        ("prefix", (!claim.prefix.is_empty()).then(|| json!(claim.prefix))),
        ("suffix", (!claim.suffix.is_empty()).then(|| json!(claim.suffix))),
    ]);
    let mut selectors = vec![quote_selector];
    // An orphaned claim's offsets point at other words: give only the quote to search for.
    if anchored_span(text, claim).is_some()
        && let (Some(start), Some(end)) = (
            code_points_before(text, claim.start),
            code_points_before(text, claim.end),
        )
    {
        selectors.push(json!({ "type": "TextPositionSelector", "start": start, "end": end }));
    }

    // A claim no analyst has judged yet is highlighted and tagged "To review", never
    // published as assessed "Unverified".
    let verdict = if claim.reviewed {
        json!({
            "type": "TextualBody",
            "purpose": "assessing",
            "value": options.verdict_names.name(claim.status),
            "format": "text/plain",
        })
    } else {
        json!({ "type": "TextualBody", "purpose": "tagging", "value": TO_REVIEW, "format": "text/plain" })
    };
    let mut bodies = vec![
        verdict,
        json!({ "type": "TextualBody", "purpose": "classifying", "value": claim.kind.slug(), "format": "text/plain" }),
    ];
    if let Some(value) = &claim.value {
        bodies.push(json!({ "type": "TextualBody", "purpose": "describing", "value": value.describe(), "format": "text/plain" }));
    }
    if !claim.note.trim().is_empty() {
        bodies.push(json!({ "type": "TextualBody", "purpose": "commenting", "value": claim.note.trim(), "format": "text/plain" }));
    }
    bodies.extend(claim.sources.iter().map(source_body));

    let history_time = |change: Option<&crate::model::Change>| change.map(|change| json!(change.at));
    object(vec![
        ("id", Some(json!(claim_urn(article, claim.id)))),
        ("type", Some(json!("Annotation"))),
        (
            "motivation",
            Some(json!(if claim.reviewed { "assessing" } else { "highlighting" })),
        ),
        (
            "creator",
            options
                .reviewer_name()
                .map(|name| json!({ "type": "Person", "name": name })),
        ),
        ("created", history_time(claim.history.first())),
        ("modified", history_time(claim.history.last())),
        ("generator", Some(json!({ "type": "Software", "name": "claimdesk" }))),
        ("generated", (!options.date.is_empty()).then(|| json!(options.date))),
        ("body", Some(Json::Array(bodies))),
        (
            "target",
            Some(json!({ "source": article_iri(article), "selector": selectors })),
        ),
    ])
}

/// A source as a linking body: the web page itself when its URL is http(s), else its words.
fn source_body(source: &Source) -> Json {
    let describe = [source.title.trim(), source.note.trim()]
        .into_iter()
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(": ");
    if let Some(url) = openable_url(&source.url) {
        let label = (!describe.is_empty()).then(|| json!(describe));
        object(vec![
            ("type", Some(json!("SpecificResource"))),
            ("purpose", Some(json!("linking"))),
            ("source", Some(object(vec![("id", Some(json!(url))), ("label", label)]))),
        ])
    } else {
        let words = [source.url.trim(), describe.as_str()]
            .into_iter()
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join(" — ");
        json!({ "type": "TextualBody", "purpose": "linking", "value": words, "format": "text/plain" })
    }
}

#[cfg(test)]
mod tests {
    use super::code_points_before;

    #[test]
    fn positions_count_code_points() {
        let text = "Ça «va» 🎉 50";
        assert_eq!(code_points_before(text, text.find("50").unwrap()), Some(10));
        assert_eq!(code_points_before(text, 1), None);
    }
}
