//! Markdown articles: the markup is stripped with a `CommonMark` parser and the words kept,
//! one blank line between blocks, so claim offsets point into plain prose.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::html::plain_text::PlainText;
use crate::model::Article;

/// The article in Markdown `text`, markup stripped.
///
/// The title is the first heading, or `title:` in a YAML front-matter block; when the
/// document opens with its title heading, that heading is left out of the text (it is in
/// `Article::title`, as a web page's headline is). With no heading the title is left empty
/// for the caller to fill in (from the file name, say). Never fails: any string is Markdown.
pub fn article_from_markdown(text: &str, origin: Option<String>) -> Article {
    let normalised = super::normalise_newlines(text);
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS;
    let mut writer = PlainText::default();
    let mut title: Option<String> = None;
    let mut front_matter_title: Option<String> = None;
    // While inside the first heading its words are collected for the title; a heading that
    // opens the document is the headline and is kept out of the text.
    let mut capturing_title = false;
    let mut headline_only = false;
    let mut heading_text = String::new();
    let mut in_metadata = false;
    // Alt text of images is not the article's words.
    let mut image_depth = 0usize;
    for event in Parser::new_ext(&normalised, options) {
        match event {
            Event::Start(Tag::MetadataBlock(_)) => in_metadata = true,
            Event::End(TagEnd::MetadataBlock(_)) => in_metadata = false,
            Event::Text(words) if in_metadata => {
                front_matter_title = front_matter_title.or_else(|| title_from_front_matter(&words));
            }
            Event::Start(Tag::Heading { .. }) => {
                capturing_title = title.is_none();
                headline_only = capturing_title && writer.is_empty();
                heading_text.clear();
                if !headline_only {
                    writer.block_break();
                }
            }
            Event::End(TagEnd::Heading(_)) => {
                if capturing_title {
                    title = Some(collapse_spaces(&heading_text)).filter(|heading| !heading.is_empty());
                }
                capturing_title = false;
                if !headline_only {
                    writer.block_break();
                }
                headline_only = false;
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
                if !headline_only {
                    writer.push_lines(&words);
                }
            }
            Event::SoftBreak => {
                if capturing_title {
                    heading_text.push(' ');
                }
                if !headline_only {
                    // A soft break is source wrapping, not a break the author meant.
                    writer.push_words(" ");
                }
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
    Article {
        title: title.or(front_matter_title).unwrap_or_default(),
        origin,
        text: writer.finish(),
        ..Article::default()
    }
}

/// `title: …` from a front-matter block, quotes removed.
fn title_from_front_matter(block: &str) -> Option<String> {
    block.lines().find_map(|line| {
        let (key, value) = line.split_once([':', '='])?;
        if key.trim() != "title" {
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
            "The call lasted 50 minutes, said aides.\n\nNext\n\none\ntwo\n\nquoted code"
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
    }

    #[test]
    fn a_later_heading_stays_in_the_text() {
        let article = article_from_markdown("Intro.\n\n# Heading\n\nBody.", None);
        assert_eq!(article.title, "Heading");
        assert_eq!(article.text, "Intro.\n\nHeading\n\nBody.");
    }
}
