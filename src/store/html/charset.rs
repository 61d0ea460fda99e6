//! Bytes of a saved page to text, the way a browser picks the encoding: a byte-order mark
//! first, then the page's own `<meta charset>` (or `http-equiv` content type), then UTF-8 if
//! the bytes are valid UTF-8, else Windows-1252 — the web's legacy default, and what an old
//! page without a declaration most likely is.

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

/// How far into the page a `<meta charset>` is looked for. Browsers stop at 1024 bytes; CMS
/// pages with long `<head>`s put it later, so look a little further.
const PRESCAN_BYTES: usize = 4096;

/// The page's text, decoded. Malformed sequences become U+FFFD, as in a browser.
pub(super) fn decode_page(bytes: &[u8]) -> String {
    let encoding = if Encoding::for_bom(bytes).is_some() {
        // `decode` below sniffs the BOM itself and it wins over any declaration.
        UTF_8
    } else if let Some(declared) = declared_encoding(bytes) {
        declared
    } else if std::str::from_utf8(bytes).is_ok() {
        UTF_8
    } else {
        WINDOWS_1252
    };
    let (text, _, _) = encoding.decode(bytes);
    text.into_owned()
}

/// The encoding named by a `<meta>` tag near the top of the page, if any names one that
/// exists. UTF-16 declarations mean UTF-8 (a page that really were UTF-16 would have a BOM,
/// and the declaration could not have been read as ASCII otherwise), as the HTML standard
/// says.
fn declared_encoding(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = bytes.get(..PRESCAN_BYTES).unwrap_or(bytes);
    let lower: Vec<u8> = head.to_ascii_lowercase();
    let mut from = 0;
    while let Some(found) = find(lower.get(from..)?, b"<meta") {
        let tag_start = from + found;
        let rest = lower.get(tag_start..)?;
        let tag_end = rest.iter().position(|&byte| byte == b'>').unwrap_or(rest.len());
        let tag = rest.get(..tag_end)?;
        if let Some(encoding) = charset_label(tag).and_then(Encoding::for_label) {
            let encoding = if encoding == encoding_rs::UTF_16LE || encoding == encoding_rs::UTF_16BE {
                UTF_8
            } else if encoding == encoding_rs::X_USER_DEFINED {
                WINDOWS_1252
            } else {
                encoding
            };
            return Some(encoding);
        }
        from = tag_start + 5;
    }
    None
}

/// The value after `charset=` in a (lower-cased) meta tag, quotes and spaces removed.
fn charset_label(tag: &[u8]) -> Option<&[u8]> {
    let at = find(tag, b"charset")?;
    let rest = tag.get(at + "charset".len()..)?;
    let rest = trim_start(rest);
    let rest = trim_start(rest.strip_prefix(b"=")?);
    let rest = rest
        .strip_prefix(b"\"")
        .or_else(|| rest.strip_prefix(b"'"))
        .unwrap_or(rest);
    let end = rest
        .iter()
        .position(|&byte| matches!(byte, b'"' | b'\'' | b';' | b'/' | b'>') || byte.is_ascii_whitespace())
        .unwrap_or(rest.len());
    let label = rest.get(..end)?;
    (!label.is_empty()).then_some(label)
}

fn trim_start(bytes: &[u8]) -> &[u8] {
    let skip = bytes.iter().take_while(|byte| byte.is_ascii_whitespace()).count();
    bytes.get(skip..).unwrap_or_default()
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|window| window == needle)
}

#[cfg(test)]
mod tests {
    use super::decode_page;

    #[test]
    fn meta_charset_is_honoured() {
        let page = b"<html><head><meta charset=\"windows-1252\"></head><body>\x93Caf\xe9\x94</body></html>";
        assert!(decode_page(page).contains("\u{201c}Café\u{201d}"));
        let page = b"<meta http-equiv=Content-Type content='text/html; charset=ISO-8859-1'>\xe9";
        assert!(decode_page(page).ends_with('é'));
    }

    #[test]
    fn undeclared_pages_are_utf8_if_they_can_be_else_1252() {
        assert!(decode_page("<p>Café</p>".as_bytes()).contains("Café"));
        assert!(decode_page(b"<p>Caf\xe9</p>").contains("Café"));
        let bom = b"\xef\xbb\xbf<meta charset=windows-1252><p>\xc3\xa9</p>";
        assert!(decode_page(bom).contains("<p>é</p>"));
    }

    #[test]
    fn utf16_declarations_mean_utf8_and_unknown_labels_are_ignored() {
        assert!(decode_page("<meta charset=utf-16><p>é</p>".as_bytes()).contains("<p>é</p>"));
        assert!(decode_page("<meta charset=klingon><p>é</p>".as_bytes()).contains("<p>é</p>"));
    }
}
