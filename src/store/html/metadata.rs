//! What a news page says about itself: headline, standfirst, byline, publication date,
//! canonical URL.

use dom_query::Document;
use dom_smoothie::Readability;

/// The article fields a page fills in besides its text.
#[derive(Debug, Default)]
pub(super) struct PageMetadata {
    /// Headline; empty if the page has none.
    pub title: String,
    /// The standfirst (dek) under the headline, as shown on the page, when it has one.
    pub dek: Option<String>,
    /// Author(s) as the page names them, without a leading "By".
    pub byline: Option<String>,
    /// Publication date as the page gives it (usually ISO 8601).
    pub published: Option<String>,
    /// Canonical URL.
    pub url: Option<String>,
}

/// Reads the metadata from the page before its furniture (where bylines and dates often sit)
/// is dropped. Explicit tags win; readability's wider search (JSON-LD, Dublin Core, parsely …)
/// fills the gaps.
pub(super) fn read_metadata(readability: &Readability) -> PageMetadata {
    let document = &readability.doc;
    let general = readability.get_article_metadata(readability.parse_json_ld());
    let title = meta_content(document, "meta[property='og:title'], meta[name='og:title']")
        .or_else(|| headline_in_title(document))
        .or_else(|| non_empty(&readability.get_article_title()))
        .or_else(|| element_text(document, "h1"))
        .or_else(|| non_empty(&general.title))
        .unwrap_or_default();
    let byline = general
        .byline
        .as_deref()
        .and_then(non_empty)
        .filter(|name| !looks_like_url(name))
        .or_else(|| element_text(document, "[rel~='author'], [itemprop~='author']"))
        .or_else(|| element_text(document, "[class*='byline']"))
        .map(|name| clean_byline(&name))
        .filter(|name| !name.is_empty());
    let published = meta_content(
        document,
        "meta[property='article:published_time'], meta[name='article:published_time']",
    )
    .or_else(|| general.published_time.as_deref().and_then(non_empty))
    .or_else(|| attribute(document, "time[datetime]", "datetime"))
    .or_else(|| attribute(document, "[itemprop~='datePublished']", "content"));
    let url = attribute(document, "link[rel~='canonical']", "href")
        .or_else(|| meta_content(document, "meta[property='og:url'], meta[name='og:url']"))
        .or_else(|| general.url.as_deref().and_then(non_empty));
    PageMetadata {
        title,
        dek: standfirst(document),
        byline,
        published,
        url,
    }
}

/// Words in a `class` that CMS themes give the standfirst under a headline (`story__dek`,
/// `article-standfirst`, `sub-headline`, the French `chapo`). Matched against whole words
/// of the name split at non-alphanumerics, as furniture words are.
const DEK_WORDS: &[&str] = &[
    "dek",
    "deck",
    "standfirst",
    "subtitle",
    "subheadline",
    "subhead",
    "strapline",
    "chapo",
    "chapeau",
];

/// A standfirst is a sentence or two: longer text under such a class is the story itself.
const DEK_MAX_CHARS: usize = 400;

/// The first element whose class names it a standfirst, else `itemprop=description`
/// on an element of the page (not a `<meta>`: a summary written for search engines is not
/// text the reader saw). Its text with white space collapsed.
fn standfirst(document: &Document) -> Option<String> {
    let classed = document
        .root()
        .descendants_it()
        .filter(dom_query::NodeRef::is_element)
        .find_map(|node| {
            let class = node.attr("class")?.to_ascii_lowercase();
            let named = class
                .split(|c: char| !c.is_ascii_alphanumeric())
                .any(|word| DEK_WORDS.contains(&word));
            named
                .then(|| non_empty(&node.text()))
                .flatten()
                .filter(|text| text.chars().count() <= DEK_MAX_CHARS)
        });
    classed.or_else(|| {
        document
            .try_select("[itemprop~='description']")?
            .nodes()
            .iter()
            .filter(|node| !node.node_name().is_some_and(|name| name.eq_ignore_ascii_case("meta")))
            .find_map(|node| non_empty(&node.text()))
            .filter(|text| text.chars().count() <= DEK_MAX_CHARS)
    })
}

/// The `<h1>` whose words the `<title>` contains: `<title>` is usually the headline plus the
/// site's name, on either side, and the `<h1>` is the headline alone.
fn headline_in_title(document: &Document) -> Option<String> {
    let title = element_text(document, "title")?;
    document
        .try_select("h1")?
        .nodes()
        .iter()
        .filter_map(|heading| non_empty(&heading.text()))
        .find(|heading| title.contains(heading.as_str()))
}

fn non_empty(text: &str) -> Option<String> {
    let collapsed = text.split_whitespace().collect::<Vec<_>>().join(" ");
    (!collapsed.is_empty()).then_some(collapsed)
}

fn meta_content(document: &Document, selector: &str) -> Option<String> {
    attribute(document, selector, "content")
}

fn attribute(document: &Document, selector: &str, name: &str) -> Option<String> {
    document
        .try_select(selector)?
        .nodes()
        .iter()
        .find_map(|node| node.attr(name).as_deref().and_then(non_empty))
}

fn element_text(document: &Document, selector: &str) -> Option<String> {
    document
        .try_select(selector)?
        .nodes()
        .iter()
        .find_map(|node| non_empty(&node.text()))
}

fn looks_like_url(text: &str) -> bool {
    text.starts_with("http://") || text.starts_with("https://")
}

/// "By Jane Doe and John Roe" → "Jane Doe and John Roe"; an over-long "byline" (a whole
/// author box) is cut at its first line's worth.
fn clean_byline(byline: &str) -> String {
    let trimmed = byline.trim();
    let without_by = match trimmed.get(..3) {
        Some(by) if by.eq_ignore_ascii_case("by ") => trimmed.get(3..).unwrap_or_default(),
        _ => trimmed,
    };
    let mut name = without_by
        .trim()
        .trim_end_matches([',', '|', '-', '–', '—'])
        .trim()
        .to_owned();
    if name.chars().count() > 120 {
        name = name.chars().take(120).collect::<String>().trim_end().to_owned() + "…";
    }
    name
}

#[cfg(test)]
mod tests {
    use dom_smoothie::Readability;

    use super::{clean_byline, read_metadata};

    #[test]
    fn explicit_tags_win() {
        let page = "<html><head><title>Talks end | Daily Planet</title>\
            <meta property='og:title' content='Talks end &amp; begin'>\
            <meta name='author' content='Lois Lane'>\
            <meta property='article:published_time' content='2022-01-13T09:00:00Z'>\
            <link rel='canonical' href='https://planet.example/talks'></head>\
            <body><h1>Other</h1><time datetime='2000-01-01'>old</time></body></html>";
        let readability = Readability::new(page, None, None).unwrap();
        let metadata = read_metadata(&readability);
        assert_eq!(metadata.title, "Talks end & begin");
        assert_eq!(metadata.byline.as_deref(), Some("Lois Lane"));
        assert_eq!(metadata.published.as_deref(), Some("2022-01-13T09:00:00Z"));
        assert_eq!(metadata.url.as_deref(), Some("https://planet.example/talks"));
    }

    #[test]
    fn fallbacks_from_the_page_body() {
        let page = "<html><head><title>Talks end without a deal - Daily Planet</title>\
            <meta property='og:url' content='https://planet.example/t'></head>\
            <body><h1>Talks end without a deal</h1><p class='byline'>By Clark Kent</p>\
            <time datetime='2022-01-13'>13 Jan</time></body></html>";
        let readability = Readability::new(page, None, None).unwrap();
        let metadata = read_metadata(&readability);
        assert_eq!(metadata.title, "Talks end without a deal");
        assert_eq!(metadata.byline.as_deref(), Some("Clark Kent"));
        assert_eq!(metadata.published.as_deref(), Some("2022-01-13"));
        assert_eq!(metadata.url.as_deref(), Some("https://planet.example/t"));
    }

    #[test]
    fn bylines_lose_their_by() {
        assert_eq!(clean_byline("  BY Jane Doe, "), "Jane Doe");
        assert_eq!(clean_byline("Jane Doe"), "Jane Doe");
    }
}
