//! Stable identifiers for the JSON-LD exports. A project has no published URL of its own, so
//! ids are URNs made from a fingerprint of the article text: the same article always gets the
//! same ids, different articles different ones, and a claim's id never changes (claim ids
//! are never reused).

use crate::model::{Article, ClaimId};

/// The article text's hash (see [`crate::hash`]).
fn fingerprint(text: &str) -> u64 {
    crate::hash::fnv1a(text.as_bytes())
}

/// `urn:claimdesk:article:<fingerprint>`: the article, when it has no URL.
pub(super) fn article_urn(article: &Article) -> String {
    format!("urn:claimdesk:article:{:016x}", fingerprint(&article.text))
}

/// The article's canonical URL if it has an http(s) one, else its URN.
pub(super) fn article_iri(article: &Article) -> String {
    article
        .url
        .as_deref()
        .and_then(crate::model::openable_url)
        .map_or_else(|| article_urn(article), str::to_owned)
}

/// `urn:claimdesk:article:<fingerprint>:claim:<n>`.
pub(super) fn claim_urn(article: &Article, claim_id: ClaimId) -> String {
    format!("{}:claim:{}", article_urn(article), claim_id.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_claim_gets_the_same_id_in_every_run() {
        // Written down once: an id published in a ClaimReview must never change between
        // runs, builds or machines, so this is a fixed value, not one computed here.
        let article = Article::new("A", "text one");
        assert_eq!(
            claim_urn(&article, ClaimId(3)),
            "urn:claimdesk:article:82e634ad837ef922:claim:3"
        );
        assert_eq!(article_urn(&article), "urn:claimdesk:article:82e634ad837ef922");
        // The title, origin and metadata are not part of it: renaming keeps the ids.
        let mut renamed = Article::new("B", "text one");
        renamed.origin = Some("elsewhere.txt".into());
        assert_eq!(claim_urn(&renamed, ClaimId(3)), claim_urn(&article, ClaimId(3)));
    }

    #[test]
    fn different_claims_get_different_ids() {
        let one = Article::new("A", "text one");
        let two = Article::new("A", "text two");
        assert_eq!(
            claim_urn(&two, ClaimId(3)),
            "urn:claimdesk:article:493ffbad63afcc98:claim:3"
        );
        let mut ids: Vec<String> = [&one, &two]
            .into_iter()
            .flat_map(|article| (1..=50).map(|n| claim_urn(article, ClaimId(n))))
            .collect();
        let count = ids.len();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), count, "100 claims of two articles, 100 ids");
        // An id is never a prefix of another's (claim 1 vs claim 10 of the same article).
        assert!(!claim_urn(&one, ClaimId(10)).starts_with(&format!("{}:", claim_urn(&one, ClaimId(1)))));
    }

    #[test]
    fn an_article_with_a_link_is_named_by_it() {
        let mut article = Article::new("A", "text one");
        assert_eq!(article_iri(&article), article_urn(&article));
        article.url = Some("https://news.example/a".into());
        assert_eq!(article_iri(&article), "https://news.example/a");
        article.url = Some("javascript:alert(1)".into());
        assert_eq!(
            article_iri(&article),
            article_urn(&article),
            "only an http(s) link names it"
        );
    }
}
