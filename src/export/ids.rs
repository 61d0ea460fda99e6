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
    fn ids_are_stable_and_distinct() {
        let a = Article::new("A", "text one");
        let b = Article::new("A", "text two");
        assert_eq!(claim_urn(&a, ClaimId(3)), claim_urn(&a.clone(), ClaimId(3)));
        assert_ne!(claim_urn(&a, ClaimId(3)), claim_urn(&b, ClaimId(3)));
        assert_eq!(fingerprint(""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fingerprint("a"), 0xaf63_dc4c_8601_ec8c);
    }
}
