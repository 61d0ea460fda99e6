//! An element's text as the reader sees it: paragraphs and headings as blocks with a blank
//! line between, list items and `<br>` on their own lines, white space collapsed.

use dom_query::NodeRef;

use super::plain_text::PlainText;

/// Elements that start a new block (a blank line before and after).
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "dd",
    "details",
    "div",
    "dl",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "ul",
];

/// Elements that start a new line.
const LINES: &[&str] = &["br", "dt", "li", "tr", "caption"];

/// Elements whose content is never text for a reader: code, pictures, form fields.
const SILENT: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "embed", "video", "audio",
    "select", "option", "textarea", "button", "input", "head", "title", "meta", "link",
];

/// The text of `node` and everything in it.
pub(super) fn block_text(node: &NodeRef) -> String {
    let mut writer = PlainText::default();
    walk(node, &mut writer, false);
    writer.finish()
}

fn walk(node: &NodeRef, writer: &mut PlainText, preformatted: bool) {
    for child in node.children_it(false) {
        if child.is_text() {
            let text = child.text();
            if preformatted {
                writer.push_lines(&text);
            } else {
                writer.push_words(&text);
            }
            continue;
        }
        if !child.is_element() {
            continue;
        }
        let name = child
            .node_name()
            .map(|name| name.to_ascii_lowercase())
            .unwrap_or_default();
        let name = name.as_str();
        if SILENT.contains(&name) {
            continue;
        }
        let is_block = BLOCKS.contains(&name);
        let is_line = LINES.contains(&name);
        if is_block {
            writer.block_break();
        } else if is_line {
            writer.line_break();
        }
        walk(&child, writer, preformatted || name == "pre");
        if is_block {
            writer.block_break();
        } else if is_line {
            writer.line_break();
        } else if matches!(name, "td" | "th") {
            writer.cell_break();
        }
    }
}

#[cfg(test)]
mod tests {
    use dom_query::Document;

    use super::block_text;

    fn text_of(html: &str) -> String {
        let document = Document::fragment(html);
        block_text(&document.root())
    }

    #[test]
    fn paragraphs_headings_lists_and_breaks() {
        let html = "<div>Intro <b>bold</b>,<p>First\n   para.</p><h2>Head</h2><ul><li>one</li><li>two</li></ul>a<br>b<pre>x  y\nz</pre></div>";
        assert_eq!(
            text_of(html),
            "Intro bold,\n\nFirst para.\n\nHead\n\none\ntwo\n\na\nb\n\nx  y\nz"
        );
    }

    #[test]
    fn entities_are_decoded_and_code_is_silent() {
        assert_eq!(
            text_of("<p>Tom &amp; Jerry&nbsp;&#8220;hi&#8221;<script>var x = 1;</script></p>"),
            "Tom & Jerry \u{201c}hi\u{201d}"
        );
    }
}
