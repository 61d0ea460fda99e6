//! schema.org `ClaimReview` JSON-LD, one per reviewed claim, as fact-checkers publish them
//! for search engines and the Duke Reporters' Lab / Google Fact Check tools.
//!
//! The verdict is a `Rating` whose `alternateName` is the project's verdict name; the numeric
//! scale is Disputed 1 < Unverified 2 < Supported 3. A project has no published page of its
//! own, so `url` is the claim's stable URN — replace it with the review's page when
//! publishing.

use serde_json::{Value as Json, json};

use super::ids::{article_iri, claim_urn};
use super::{ExportError, ExportOptions, claim_sentence, reported_claims};
use crate::model::{Claim, Project, Status};

/// The best and worst `ratingValue`.
const BEST_RATING: u8 = 3;
const WORST_RATING: u8 = 1;

fn rating_value(status: Status) -> u8 {
    match status {
        Status::Sourced => BEST_RATING,
        Status::Unverified => 2,
        Status::Disputed => WORST_RATING,
    }
}

/// A JSON array of `ClaimReview`s, one per reviewed claim that is not dismissed, each with its
/// own `@context` so any one of them can be embedded on its own.
pub(super) fn render(project: &Project, options: &ExportOptions) -> Result<String, ExportError> {
    let reviews: Vec<Json> = reported_claims(project)
        .into_iter()
        .filter(|claim| claim.reviewed)
        .map(|claim| claim_review(project, options, claim))
        .collect();
    let mut out = serde_json::to_string_pretty(&reviews)?;
    out.push('\n');
    Ok(out)
}

fn person(name: &str) -> Json {
    json!({ "@type": "Person", "name": name })
}

/// A JSON object of the fields that have a value (`None`s are left out).
pub(super) fn object(fields: Vec<(&str, Option<Json>)>) -> Json {
    Json::Object(
        fields
            .into_iter()
            .filter_map(|(key, value)| Some((key.to_owned(), value?)))
            .collect(),
    )
}

fn claim_review(project: &Project, options: &ExportOptions, claim: &Claim) -> Json {
    let article = &project.article;
    let non_empty = |text: Option<&str>| text.map(str::trim).filter(|text| !text.is_empty()).map(str::to_owned);
    let article_url = article.url.as_deref().and_then(crate::model::openable_url);
    let published = non_empty(article.published.as_deref());
    let byline = non_empty(article.byline.as_deref());

    let appearance = object(vec![
        ("@type", Some(json!("CreativeWork"))),
        ("@id", article_url.is_none().then(|| json!(article_iri(article)))),
        ("url", article_url.map(|url| json!(url))),
        ("headline", non_empty(Some(&article.title)).map(Json::from)),
        ("datePublished", published.clone().map(Json::from)),
        ("author", byline.as_deref().map(person)),
    ]);
    // A quote's claimant is its speaker; anything else the article asserts is its author's.
    let speaker = claim
        .value
        .as_ref()
        .and_then(crate::model::Value::speaker)
        .map(|speaker| speaker.name.as_str());
    let claimant = non_empty(speaker).or(byline);
    let item_reviewed = object(vec![
        ("@type", Some(json!("Claim"))),
        ("appearance", Some(appearance)),
        ("author", claimant.as_deref().map(person)),
        ("datePublished", published.map(Json::from)),
    ]);
    let rating = json!({
        "@type": "Rating",
        "ratingValue": rating_value(claim.status),
        "bestRating": BEST_RATING,
        "worstRating": WORST_RATING,
        "alternateName": options.verdict_names.name(claim.status),
    });
    let citations: Vec<Json> = claim
        .sources
        .iter()
        .filter_map(|source| {
            let url = crate::model::openable_url(&source.url)?;
            Some(object(vec![
                ("@type", Some(json!("CreativeWork"))),
                ("url", Some(json!(url))),
                ("name", non_empty(Some(&source.title)).map(Json::from)),
            ]))
        })
        .collect();
    object(vec![
        ("@context", Some(json!("https://schema.org"))),
        ("@type", Some(json!("ClaimReview"))),
        ("url", Some(json!(claim_urn(article, claim.id)))),
        ("claimReviewed", Some(json!(claim_sentence(&article.text, claim)))),
        ("datePublished", non_empty(Some(&options.date)).map(Json::from)),
        ("author", options.reviewer_name().map(person)),
        ("itemReviewed", Some(item_reviewed)),
        ("reviewRating", Some(rating)),
        ("reviewBody", non_empty(Some(&claim.note)).map(Json::from)),
        ("citation", (!citations.is_empty()).then_some(Json::Array(citations))),
    ])
}
