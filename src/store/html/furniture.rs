//! Page furniture: everything on a saved news page that is not the story. Readability's
//! scoring alone keeps share bars, "related" lists and cookie notices whenever they sit
//! inside the article element, so they are dropped first, by what they are (`<nav>`,
//! `role=banner` …) and by the words CMS themes name them with (`share-tools`, `cookie-banner`,
//! `related-links` …).

use dom_query::{Document, NodeRef};

/// Never text for a reader, wherever they are.
const CODE_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed",
];

/// Elements that hold page furniture by definition. `<header>` too: the page header is the
/// site's masthead and an article header holds the headline, byline and date, which are
/// read into the article's fields before this runs.
const FURNITURE_TAGS: &[&str] = &[
    "nav", "aside", "footer", "header", "form", "button", "dialog", "menu", "figure", "input", "select", "textarea",
];

/// ARIA roles of furniture.
const FURNITURE_ROLES: &[&str] = &[
    "navigation",
    "banner",
    "contentinfo",
    "complementary",
    "search",
    "dialog",
    "alertdialog",
    "menu",
    "menubar",
    "toolbar",
    "alert",
];

/// Words in `class` and `id` that CMS themes use for furniture. Matched against whole words
/// of the name split at `-`, `_` and spaces, so `share-bar` matches `share` but `shareholders`
/// does not.
const FURNITURE_WORDS: &[&str] = &[
    "ad",
    "ads",
    "advert",
    "adverts",
    "advertisement",
    "adslot",
    "adunit",
    "sponsor",
    "sponsored",
    "promo",
    "promoted",
    "outbrain",
    "taboola",
    "banner",
    "cookie",
    "cookies",
    "consent",
    "gdpr",
    "newsletter",
    "subscribe",
    "subscription",
    "signup",
    "paywall",
    "share",
    "sharing",
    "sharebar",
    "social",
    "comment",
    "comments",
    "disqus",
    "related",
    "recommended",
    "recirc",
    "trending",
    "popular",
    "mostread",
    "nav",
    "navbar",
    "navigation",
    "menu",
    "breadcrumb",
    "breadcrumbs",
    "footer",
    "sidebar",
    "masthead",
    "modal",
    "popup",
    "overlay",
    "toolbar",
    "byline",
    "author",
    "caption",
    "credit",
    "tags",
    "date",
    "dates",
    "timestamp",
    "kicker",
    "eyebrow",
    "skip",
    "print",
    "widget",
    "rail",
    // The same furniture in the French, German and Spanish themes of regional papers.
    "auteur",
    "autor",
    "pub",
    "publicite",
    "werbung",
    "anzeige",
    "publicidad",
    "partage",
    "teilen",
    "compartir",
    "outils",
    "pied",
    "kommentare",
    "commentaires",
    "comentarios",
];

/// Whole class names of CSS utilities that hide an element on screen (screen-reader text,
/// hidden templates). Matched whole: `hidden-xs` is shown on all but small screens.
const HIDING_CLASSES: &[&str] = &[
    "hidden",
    "is-hidden",
    "u-hidden",
    "d-none",
    "invisible",
    "sr-only",
    "visually-hidden",
    "visuallyhidden",
    "screen-reader-text",
    "screenreader-only",
    "offscreen",
];

/// A candidate is spared if it holds more than this share of the page's text: a wrapper
/// such as `<div class="story has-share-bar">` or `<div class="story-widget">` is the story,
/// not furniture.
const MOST_OF_THE_TEXT: f64 = 0.5;

/// Blocks shorter than this (in characters) that are mostly links are link lists: "Print |
/// Email a friend", "Our standards: the Trust Principles", tag clouds.
const LINK_LIST_MAX_CHARS: usize = 300;

/// The share of a short block's text that must be link text for it to be a link list.
const LINK_LIST_DENSITY: f64 = 0.7;

/// Removes code and furniture from `document`.
pub(super) fn strip_furniture(document: &Document) {
    let page_text = story_text_len(&document.root());
    let elements: Vec<NodeRef> = document.root().descendants_it().filter(NodeRef::is_element).collect();
    for element in elements {
        let Some(name) = element.node_name().map(|name| name.to_ascii_lowercase()) else {
            continue;
        };
        if CODE_TAGS.contains(&name.as_str()) || (name != "html" && name != "body" && is_hidden(&element)) {
            // What the page hides is never the story, however much of the text it holds.
            element.remove_from_parent();
        } else if name != "html" && name != "body" && is_furniture(&element, &name) {
            let holds_the_story =
                page_text > 0 && story_text_len(&element) as f64 > page_text as f64 * MOST_OF_THE_TEXT;
            if !holds_the_story {
                element.remove_from_parent();
            }
        }
    }
}

/// Removes code and what the page hides from a reader, and nothing else: the page as a
/// reader sees it, furniture included, for pages where no story can be told apart.
pub(super) fn strip_hidden(document: &Document) {
    let elements: Vec<NodeRef> = document.root().descendants_it().filter(NodeRef::is_element).collect();
    for element in elements {
        let Some(name) = element.node_name().map(|name| name.to_ascii_lowercase()) else {
            continue;
        };
        if CODE_TAGS.contains(&name.as_str()) || (name != "html" && name != "body" && is_hidden(&element)) {
            element.remove_from_parent();
        }
    }
}

/// Hidden from a reader: the `hidden` attribute, `aria-hidden`, inline `display: none`, and
/// the utility classes of [`HIDING_CLASSES`].
fn is_hidden(element: &NodeRef) -> bool {
    if element.has_attr("hidden") {
        return true;
    }
    if element
        .attr("aria-hidden")
        .is_some_and(|value| value.trim().eq_ignore_ascii_case("true"))
    {
        return true;
    }
    if element.attr("style").is_some_and(|style| {
        let style: String = style
            .to_ascii_lowercase()
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        style.contains("display:none") || style.contains("visibility:hidden")
    }) {
        return true;
    }
    let class = element
        .attr("class")
        .map(|class| class.to_ascii_lowercase())
        .unwrap_or_default();
    class
        .split_whitespace()
        .any(|class_name| HIDING_CLASSES.contains(&class_name))
}

fn is_furniture(element: &NodeRef, name: &str) -> bool {
    if FURNITURE_TAGS.contains(&name) || is_hidden(element) {
        return true;
    }
    if element
        .attr("role")
        .is_some_and(|role| FURNITURE_ROLES.contains(&role.trim().to_ascii_lowercase().as_str()))
    {
        return true;
    }
    if matches!(name, "p" | "div" | "ul" | "ol" | "li" | "section" | "td") && is_link_list(element) {
        return true;
    }
    ["class", "id"].iter().any(|attribute| {
        element.attr(attribute).is_some_and(|value| {
            value
                .to_ascii_lowercase()
                .split(|c: char| !c.is_ascii_alphanumeric())
                .any(|word| FURNITURE_WORDS.contains(&word))
        })
    })
}

fn is_link_list(element: &NodeRef) -> bool {
    let text_len = element.text().trim().chars().count();
    if text_len == 0 || text_len > LINK_LIST_MAX_CHARS {
        return false;
    }
    let link_len: usize = element
        .descendants_it()
        .filter(|descendant| {
            descendant
                .node_name()
                .is_some_and(|name| name.eq_ignore_ascii_case("a"))
        })
        .map(|link| link.text().trim().chars().count())
        .sum();
    link_len as f64 >= text_len as f64 * LINK_LIST_DENSITY
}

/// Characters of a reader's text under `node`: the text of every element, whatever holds it
/// (`<p>`, or the `<div>`s many CMS themes write paragraphs in), except links and code, and
/// white space not counted. Link text is left out because link lists are furniture whatever
/// their length; a story's own links are a small part of it.
fn story_text_len(node: &NodeRef) -> usize {
    // An explicit stack, not recursion: a hostile page can nest elements without end.
    let mut total = 0;
    let mut stack: Vec<NodeRef> = node.children_it(false).collect();
    while let Some(current) = stack.pop() {
        if current.is_text() {
            total += current.text().chars().filter(|c| !c.is_whitespace()).count();
        } else if current.is_element() {
            let name = current
                .node_name()
                .map(|name| name.to_ascii_lowercase())
                .unwrap_or_default();
            if name != "a" && !CODE_TAGS.contains(&name.as_str()) {
                stack.extend(current.children_it(false));
            }
        }
    }
    total
}

#[cfg(test)]
mod tests {
    use dom_query::Document;

    use super::strip_furniture;

    #[test]
    fn furniture_goes_the_story_stays() {
        let document = Document::from(
            "<body><nav>Home</nav><div class='story has-share-bar'><p>The story text, long enough.</p>\
             <div class='share-tools'>Share this</div><div id='cookie_banner'>Cookies</div>\
             <p class='shareholders'>Shareholders met.</p><div role='complementary'>Side</div>\
             <span style='display: none'>hidden</span><span class='sr-only'>Screen reader</span>\
             <div class='hidden-xs'><p>Shown on wide screens.</p></div><p><a href='/print'>Print</a> | <a href='/mail'>Email</a></p>\
             <p>A <a href='https://a.example'>source</a> is linked from this sentence.</p></div><script>alert(1)</script></body>",
        );
        strip_furniture(&document);
        let text = document.root().text().to_string();
        assert!(
            text.contains("The story text") && text.contains("Shareholders met."),
            "{text}"
        );
        assert!(
            text.contains("A source is linked") && text.contains("Shown on wide screens."),
            "{text}"
        );
        for furniture in [
            "Screen reader",
            "Home",
            "Share this",
            "Cookies",
            "Side",
            "hidden",
            "alert",
            "Print",
            "Email",
        ] {
            assert!(!text.contains(furniture), "{furniture} left in {text}");
        }
    }
}
