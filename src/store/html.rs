//! HTML articles: a saved news page to the story's text and metadata.
//!
//! The page is decoded as a browser would ([`charset`]), parsed with html5ever (through
//! `dom_query`), its metadata read, its furniture dropped ([`furniture`]), and the story
//! found with `dom_smoothie`, a port of Mozilla's readability.js (Firefox's Reader View).
//! Nothing is fetched and no script runs: the parser only builds a tree.

mod block_text;
mod charset;
mod furniture;
mod import_error;
mod metadata;
pub(super) mod plain_text;

use dom_query::Document;
use dom_smoothie::{Config, Readability};

pub use import_error::ImportError;

use crate::model::Article;

/// Stories shorter than this (in characters) make readability look harder before it settles
/// on a candidate; news briefs can be short, so ask for less than its default of 500.
const MIN_STORY_CHARS: usize = 250;

/// A saved web page read as an article, and how its text was found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportedPage {
    /// The article.
    pub article: Article,
    /// No story could be told apart from the page furniture, so the text is everything the
    /// page shows a reader; the analyst should know.
    pub whole_page: bool,
}

/// The article in a saved web page.
///
/// `bytes` is the file as saved: its encoding is found from a byte-order mark or the page's
/// `<meta charset>`, else UTF-8, else Windows-1252. The text opens with the headline and the
/// standfirst (when the page has one) as its first paragraphs, so claims in them can be
/// reviewed like any other; headings stay in the text as their own paragraphs, paragraphs are
/// separated by one blank line. Title, byline, publication date and canonical URL also go to
/// the [`Article`] fields; the title may be empty if the page has none, for the caller to
/// fill in (the text then opens with the story).
///
/// Fails with [`ImportError::NoArticleText`] only when the page shows a reader no text at all.
pub fn article_from_html(bytes: &[u8], origin: Option<String>) -> Result<Article, ImportError> {
    import_html(bytes, origin).map(|page| page.article)
}

/// [`article_from_html`], saying whether the story was found or the whole page was taken.
pub fn import_html(bytes: &[u8], origin: Option<String>) -> Result<ImportedPage, ImportError> {
    let page = charset::decode_page(bytes);
    let config = Config {
        char_threshold: MIN_STORY_CHARS,
        ..Config::default()
    };
    // One parse serves both: metadata is read first, while bylines and dates are still in the
    // page header, then the same tree is stripped of furniture.
    let (page_metadata, document) =
        match Readability::with_document(Document::from(page.as_str()), None, Some(config.clone())) {
            Ok(reader) => (metadata::read_metadata(&reader), reader.doc),
            // Only a bad document URL is refused, and none is given.
            Err(_) => (metadata::PageMetadata::default(), Document::from(page.as_str())),
        };
    furniture::strip_furniture(&document);
    let story = Readability::with_document(document, None, Some(config))
        .ok()
        .and_then(|mut readability| readability.parse().ok())
        .map(|found| block_text::block_text(&Document::fragment(found.content).root()))
        .filter(|text| !text.trim().is_empty());
    // Readability gives up on pages with little text; the furniture-free page is the next
    // best, and a page that is all "furniture" to us is still better read than refused.
    let (story, whole_page) = match story.or_else(|| Some(story_of_page(&page)).filter(|text| !text.trim().is_empty()))
    {
        Some(text) => (text, false),
        None => (visible_text(&page), true),
    };
    if story.trim().is_empty() {
        return Err(ImportError::NoArticleText);
    }
    let title = page_metadata.title.trim();
    let story = drop_leading_title(story, title);
    let dek = page_metadata
        .dek
        .as_deref()
        .map(str::trim)
        .filter(|dek| !dek.is_empty() && *dek != title);
    let (story, dek) = match dek {
        // A standfirst the story already holds (readability kept it) is not repeated: at the
        // story's top it moves under the headline, elsewhere it stays where it is.
        Some(dek) if story.split("\n\n").any(|block| block.trim() == dek) => {
            let first_block = story.split("\n\n").next().unwrap_or_default().trim() == dek;
            if first_block {
                (drop_leading_block(story, dek), Some(dek))
            } else {
                (story, None)
            }
        }
        other => (story, other),
    };
    let mut text = String::with_capacity(title.len() + story.len() + 256);
    for block in [Some(title), dek, Some(story.as_str())].into_iter().flatten() {
        if block.trim().is_empty() {
            continue;
        }
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        text.push_str(block);
    }
    Ok(ImportedPage {
        article: Article {
            title: page_metadata.title,
            origin,
            byline: page_metadata.byline,
            published: page_metadata.published,
            url: page_metadata.url,
            text,
        },
        whole_page,
    })
}

/// Everything the page shows a reader, furniture included (code and hidden elements left
/// out): for pages where no story can be told from the rest.
fn visible_text(page: &str) -> String {
    let document = Document::from(page);
    furniture::strip_hidden(&document);
    document
        .try_select("body")
        .and_then(|body| body.nodes().first().map(block_text::block_text))
        .filter(|text| !text.trim().is_empty())
        .unwrap_or_else(|| block_text::block_text(&document.root()))
}

/// `text` without its first block if that block is `block` (a standfirst the story repeats
/// at its top); the standfirst then stands where it belongs, under the headline.
fn drop_leading_block(text: String, block: &str) -> String {
    match text.split_once("\n\n") {
        Some((first, rest)) if first.trim() == block => rest.to_owned(),
        None if text.trim() == block => String::new(),
        _ => text,
    }
}

/// The text of the `<article>`, else `<main>`, else `<body>` of the page, furniture dropped.
fn story_of_page(page: &str) -> String {
    let document = Document::from(page);
    furniture::strip_furniture(&document);
    ["article", "main", "body"]
        .iter()
        .filter_map(|selector| document.try_select(selector))
        .find_map(|selection| {
            selection
                .nodes()
                .first()
                .map(block_text::block_text)
                .filter(|text| !text.is_empty())
        })
        .unwrap_or_default()
}

/// Blocks before the headline shorter than this are a section label or kicker ("Économie").
const KICKER_MAX_CHARS: usize = 40;

/// The headline opens the text (see [`article_from_html`]); when the story text opens with it
/// again (readability keeps an `<h1>` that differs from `<title>` in punctuation, old table
/// layouts have no `<header>`), that copy is dropped, with any short section label above it.
fn drop_leading_title(text: String, title: &str) -> String {
    let title = title.trim();
    if title.is_empty() {
        return text;
    }
    let blocks: Vec<&str> = text.split("\n\n").collect();
    let headline_at = blocks.iter().take(3).position(|block| block.trim() == title);
    match headline_at {
        Some(at)
            if blocks
                .iter()
                .take(at)
                .all(|block| block.chars().count() < KICKER_MAX_CHARS) =>
        {
            blocks.get(at + 1..).unwrap_or_default().join("\n\n")
        }
        _ => text,
    }
}

#[cfg(test)]
mod tests {
    use super::{ImportError, article_from_html, drop_leading_title};

    #[test]
    fn a_page_with_no_text_has_no_article() {
        assert_eq!(article_from_html(b"", None), Err(ImportError::NoArticleText));
        assert_eq!(
            article_from_html(
                b"<html><body><script>x()</script><p style='display:none'>hidden</p></body></html>",
                None
            ),
            Err(ImportError::NoArticleText)
        );
        // Only furniture, but text a reader sees: read rather than refused.
        let page = super::import_html(b"<html><body><nav>Home</nav><script>x()</script></body></html>", None).unwrap();
        assert_eq!(page.article.text, "Home");
    }

    #[test]
    fn the_headline_and_its_kicker_leave_the_text() {
        assert_eq!(
            drop_leading_title("Economy\n\nTax row\n\nBody.".into(), "Tax row"),
            "Body."
        );
        let story = "The council voted on Friday to triple the terrace tax.\n\nTax row";
        assert_eq!(drop_leading_title(story.into(), "Tax row"), story);
        assert_eq!(
            drop_leading_title(
                "A long first paragraph of the story itself.\n\nTax row\n\nBody.".into(),
                "Tax row"
            )
            .len(),
            59
        );
    }

    #[test]
    fn a_short_page_still_gives_its_text() {
        let article = article_from_html(
            b"<title>Brief</title><p>Biden spoke for 50 minutes.</p>",
            Some("b.html".into()),
        )
        .unwrap();
        assert_eq!(
            article.text, "Brief\n\nBiden spoke for 50 minutes.",
            "the headline opens the text"
        );
        assert_eq!(article.title, "Brief");
        assert_eq!(article.origin.as_deref(), Some("b.html"));
    }
}
