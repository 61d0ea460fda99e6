//! Markdown articles: the markup is stripped with a `CommonMark` parser and the words kept,
//! one blank line between blocks, so claim offsets point into plain prose.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::html::plain_text::PlainText;
use crate::model::Article;

/// The article in Markdown `text`, markup stripped.
///
/// The title is the heading the document opens with, else `title:` in a YAML front-matter
/// block, else the first heading anywhere. The headline and a front-matter `subtitle:`
/// (`dek:`, `standfirst:`) are the first paragraphs of the text, so their claims can be
/// reviewed: a front-matter title the document does not open with is written there. With no
/// title at all it is left empty for the caller to fill in (from the file name, say). Never
/// fails: any string is Markdown.
#[expect(
    clippy::too_many_lines,
    reason = "one pass over the Markdown events, one arm per kind of block"
)]
pub fn article_from_markdown(text: &str, origin: Option<String>) -> Article {
    let normalised = super::normalise_newlines(text);
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS;
    let mut writer = PlainText::default();
    let mut title: Option<String> = None;
    let mut opens_with_heading = false;
    let mut front_matter_title: Option<String> = None;
    let mut front_matter_dek: Option<String> = None;
    // While inside the first heading its words are collected for the title.
    let mut capturing_title = false;
    let mut heading_at_start = false;
    let mut heading_text = String::new();
    let mut in_metadata = false;
    // Alt text of images is not the article's words.
    let mut image_depth = 0usize;
    for event in Parser::new_ext(&normalised, options) {
        match event {
            Event::Start(Tag::MetadataBlock(_)) => in_metadata = true,
            Event::End(TagEnd::MetadataBlock(_)) => in_metadata = false,
            Event::Text(words) if in_metadata => {
                front_matter_title = front_matter_title.or_else(|| front_matter_field(&words, &["title"]));
                front_matter_dek =
                    front_matter_dek.or_else(|| front_matter_field(&words, &["subtitle", "dek", "standfirst"]));
            }
            Event::Start(Tag::Heading { .. }) => {
                capturing_title = title.is_none();
                heading_at_start = capturing_title && writer.is_empty();
                heading_text.clear();
                writer.block_break();
            }
            Event::End(TagEnd::Heading(_)) => {
                if capturing_title {
                    title = Some(collapse_spaces(&heading_text)).filter(|heading| !heading.is_empty());
                    opens_with_heading = heading_at_start && title.is_some();
                }
                capturing_title = false;
                writer.block_break();
            }
            Event::Start(Tag::Image { .. }) => image_depth += 1,
            Event::End(TagEnd::Image) => image_depth = image_depth.saturating_sub(1),
            Event::Text(words) | Event::Code(words) | Event::InlineMath(words) | Event::DisplayMath(words) => {
                if image_depth > 0 {
                    continue;
                }
                if capturing_title {
                    heading_text.push_str(&words);
                }
                writer.push_lines(&words);
            }
            Event::SoftBreak => {
                if capturing_title {
                    heading_text.push(' ');
                }
                // A soft break is source wrapping, not a break the author meant.
                writer.push_words(" ");
            }
            Event::HardBreak => writer.line_break(),
            Event::Start(
                Tag::Paragraph
                | Tag::BlockQuote(_)
                | Tag::CodeBlock(_)
                | Tag::List(_)
                | Tag::Table(_)
                | Tag::FootnoteDefinition(_)
                | Tag::DefinitionList,
            )
            | Event::End(
                TagEnd::Paragraph
                | TagEnd::BlockQuote(_)
                | TagEnd::CodeBlock
                | TagEnd::List(_)
                | TagEnd::Table
                | TagEnd::FootnoteDefinition
                | TagEnd::DefinitionList,
            )
            | Event::Rule => writer.block_break(),
            Event::End(
                TagEnd::Item
                | TagEnd::TableHead
                | TagEnd::TableRow
                | TagEnd::DefinitionListTitle
                | TagEnd::DefinitionListDefinition,
            ) => {
                writer.line_break();
            }
            Event::End(TagEnd::TableCell) => writer.cell_break(),
            _ => {}
        }
    }
    let (title, text) = headline_first(
        writer.finish(),
        opens_with_heading,
        title,
        front_matter_title,
        front_matter_dek,
    );
    Article {
        title,
        origin,
        text,
        ..Article::default()
    }
}

/// The title and the text with the headline, then the standfirst, then the rest: where the
/// document opens with its heading the standfirst goes under it, else a front-matter title
/// opens the text (and is the title: the document's first heading is then a section's).
fn headline_first(
    body: String,
    opens_with_heading: bool,
    first_heading: Option<String>,
    front_matter_title: Option<String>,
    dek: Option<String>,
) -> (String, String) {
    let (headline, rest, title) = if opens_with_heading {
        let (heading, rest) = body.split_once("\n\n").unwrap_or((body.as_str(), ""));
        (Some(heading.to_owned()), rest.to_owned(), first_heading)
    } else if let Some(front) = front_matter_title {
        (Some(front.clone()), body, Some(front))
    } else {
        (None, body, first_heading)
    };
    let text = [headline, dek, Some(rest)]
        .into_iter()
        .flatten()
        .filter(|block| !block.trim().is_empty())
        .collect::<Vec<_>>()
        .join("\n\n");
    (title.unwrap_or_default(), text)
}

/// The first of `keys` (`title: …`) in a front-matter block, quotes removed.
fn front_matter_field(block: &str, keys: &[&str]) -> Option<String> {
    block.lines().find_map(|line| {
        let (key, value) = line.split_once([':', '='])?;
        if !keys.contains(&key.trim()) {
            return None;
        }
        let value = value.trim().trim_matches(['"', '\'']).trim();
        (!value.is_empty()).then(|| value.to_owned())
    })
}

fn collapse_spaces(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_goes_words_stay() {
        let article = article_from_markdown(
            "# Talks *end*\n\nThe call lasted **50 minutes**,\nsaid [aides](https://x.example).\n\n## Next\n\n- one\n- two\n\n![a chart](c.png)\n\n> quoted `code`\n",
            Some("a.md".into()),
        );
        assert_eq!(article.title, "Talks end");
        assert_eq!(
            article.text,
            "Talks end\n\nThe call lasted 50 minutes, said aides.\n\nNext\n\none\ntwo\n\nquoted code"
        );
        assert_eq!(article.origin.as_deref(), Some("a.md"));
    }

    #[test]
    fn no_heading_no_title_and_front_matter_is_not_text() {
        let article = article_from_markdown("---\nlayout: post\n---\n\nJust text.\r\nMore.", None);
        assert_eq!(article.title, "");
        assert_eq!(article.text, "Just text. More.");
        let article = article_from_markdown("---\ntitle: \"From front matter\"\n---\n\nBody.", None);
        assert_eq!(article.title, "From front matter");
        assert_eq!(
            article.text, "From front matter\n\nBody.",
            "the headline opens the text"
        );
    }

    #[test]
    fn the_headline_and_standfirst_open_the_text() {
        let article = article_from_markdown(
            "---\ntitle: Fallback\nsubtitle: 'About 300 homes lost power on Monday.'\n---\n\n# Storm hits $45 million port\n\nBody.",
            None,
        );
        assert_eq!(article.title, "Storm hits $45 million port");
        assert_eq!(
            article.text,
            "Storm hits $45 million port\n\nAbout 300 homes lost power on Monday.\n\nBody."
        );
        let article = article_from_markdown(
            "---\ntitle: Port deal\ndek: Signed on Friday.\n---\n\nBody.\n\n## Later\n\nMore.",
            None,
        );
        assert_eq!(article.title, "Port deal", "a front-matter title beats a later heading");
        assert_eq!(
            article.text,
            "Port deal\n\nSigned on Friday.\n\nBody.\n\nLater\n\nMore."
        );
    }

    #[test]
    fn a_later_heading_stays_in_the_text() {
        let article = article_from_markdown("Intro.\n\n# Heading\n\nBody.", None);
        assert_eq!(article.title, "Heading");
        assert_eq!(article.text, "Intro.\n\nHeading\n\nBody.");
    }
}
