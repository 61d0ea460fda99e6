//! Escaping for the text formats: everything from the project (article, notes, sources) is
//! data and must never become markup.

/// `text` safe in HTML element content and in quoted attribute values.
pub(super) fn html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// `text` as literal Markdown inline text: characters that could start emphasis, links,
/// code, raw HTML, entities or table cells are backslash-escaped, and so are those that
/// would make a line a heading, quote or list item. Line breaks are kept.
pub(super) fn markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    let mut at_line_start = true;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if at_line_start && c.is_ascii_digit() {
            // "1. " or "1) " at a line start would make an ordered list.
            out.push(c);
            while let Some(&digit) = chars.peek().filter(|next| next.is_ascii_digit()) {
                out.push(digit);
                chars.next();
            }
            if let Some(&marker) = chars.peek().filter(|next| matches!(next, '.' | ')')) {
                out.push('\\');
                out.push(marker);
                chars.next();
            }
            at_line_start = false;
            continue;
        }
        let escape = matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '&' | '|' | '~' | '!'
        ) || (at_line_start && matches!(c, '#' | '-' | '+' | '=' | ':'));
        if escape {
            out.push('\\');
        }
        out.push(c);
        if c == '\n' {
            at_line_start = true;
        } else if !(at_line_start && c == ' ') {
            at_line_start = false;
        }
    }
    out
}

/// A Markdown link to `url` showing `label` (escaped) if `url` is http(s); otherwise the
/// label and the URL as plain escaped text, so no other scheme becomes clickable.
pub(super) fn markdown_link(url: &str, label: &str) -> String {
    match crate::model::openable_url(url) {
        // Percent-encoding the three characters that could end or alter an `<…>` link
        // destination leaves the URL meaning the same.
        Some(url) => format!(
            "[{}](<{}>)",
            markdown_cell(label),
            url.replace('\\', "%5C").replace('<', "%3C").replace('>', "%3E")
        ),
        None if url.trim() == label.trim() => markdown_cell(label),
        None => format!("{} ({})", markdown_cell(label), markdown_cell(url)),
    }
}

/// `text` for one Markdown table cell: escaped, line breaks as `<br>`.
pub(super) fn markdown_cell(text: &str) -> String {
    let escaped = markdown(text.trim());
    escaped
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join("<br>")
}

#[cfg(test)]
mod tests {
    use super::{html, markdown, markdown_cell, markdown_link};

    #[test]
    fn html_escapes_markup_and_quotes() {
        assert_eq!(
            html("<script>alert('x')</script> & \"q\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"
        );
    }

    #[test]
    fn markdown_escapes_what_could_become_markup() {
        assert_eq!(
            markdown("# Not a heading *or* [link](x) <b>"),
            "\\# Not a heading \\*or\\* \\[link\\](x) \\<b\\>"
        );
        assert_eq!(
            markdown("1. first\n- item\n50-minute call"),
            "1\\. first\n\\- item\n50-minute call"
        );
        assert_eq!(markdown_cell("a | b\n\nc"), "a \\| b<br>c");
        assert_eq!(
            markdown_link("https://a.example/x_y>", "A_B"),
            "[A\\_B](<https://a.example/x_y%3E>)"
        );
        assert_eq!(markdown_link("javascript:alert(1)", "bad"), "bad (javascript:alert(1))");
    }
}
