//! Reading an article from a file: detecting its encoding, refusing what is not text, and
//! normalising it to the text every claim offset points into.

use std::path::Path;

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, WINDOWS_1252};

use super::StoreError;
use super::read::read_limited;
use crate::model::Article;

/// The largest article claimdesk reads (SPEC §6: "unreasonably large" is refused).
pub const MAX_ARTICLE_BYTES: u64 = 20 * 1024 * 1024;

/// A first line at most this many characters long is taken as the title.
const MAX_TITLE_CHARS: usize = 160;

/// An article read from a file, with anything the analyst should know about how.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportedArticle {
    /// The article.
    pub article: Article,
    /// Things done to the text that the analyst should know: "decoded from Windows-1252".
    pub notices: Vec<String>,
}

/// Text decoded from bytes, and how.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    /// The text, line endings not yet normalised.
    pub text: String,
    /// How it was decoded, when it was not plain UTF-8.
    pub notice: Option<String>,
}

/// Why bytes are not article text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// No text at all.
    Empty,
    /// Binary data; the string says what gave it away.
    Binary(String),
}

/// Reads an article, choosing the importer by the file's extension: `.html`/`.htm` (a saved
/// web page: body text only), `.md`/`.markdown` (markup stripped), anything else plain text.
pub fn read_article(path: &Path) -> Result<ImportedArticle, StoreError> {
    let extension = path
        .extension()
        .map(|extension| extension.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    match extension.as_str() {
        "html" | "htm" | "xhtml" => read_html_article(path),
        "md" | "markdown" => read_markdown_article(path),
        _ => read_text_article(path),
    }
}

fn read_html_article(path: &Path) -> Result<ImportedArticle, StoreError> {
    let bytes = read_limited(path, MAX_ARTICLE_BYTES)?;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(StoreError::Empty { path: path.into() });
    }
    let page =
        super::html::import_html(&bytes, Some(path.display().to_string())).map_err(|error| StoreError::Import {
            path: path.into(),
            message: error.to_string(),
        })?;
    let mut article = page.article;
    if article.title.trim().is_empty() {
        article.title = file_stem(path);
    }
    let notice = if page.whole_page {
        "saved web page: no article body could be told from the page around it, so all the text the page shows is kept — dismiss what is not the story"
    } else {
        "saved web page: article text kept, page furniture dropped"
    };
    Ok(ImportedArticle {
        article,
        notices: vec![notice.to_owned()],
    })
}

fn read_markdown_article(path: &Path) -> Result<ImportedArticle, StoreError> {
    let imported = read_text_article(path)?;
    let mut article = super::markdown::article_from_markdown(&imported.article.text, imported.article.origin);
    if article.text.trim().is_empty() {
        return Err(StoreError::Empty { path: path.into() });
    }
    if article.title.trim().is_empty() {
        article.title = article_from_text(article.text.clone(), &file_stem(path)).title;
    }
    Ok(ImportedArticle {
        article,
        notices: imported.notices,
    })
}

/// Reads a plain-text article.
pub fn read_text_article(path: &Path) -> Result<ImportedArticle, StoreError> {
    let bytes = read_limited(path, MAX_ARTICLE_BYTES)?;
    let decoded = decode_text(&bytes).map_err(|error| match error {
        DecodeError::Empty => StoreError::Empty { path: path.into() },
        DecodeError::Binary(reason) => StoreError::Binary {
            path: path.into(),
            reason,
        },
    })?;
    let text = normalise_newlines(&decoded.text);
    if text.trim().is_empty() {
        return Err(StoreError::Empty { path: path.into() });
    }
    let article = Article {
        origin: Some(path.display().to_string()),
        ..article_from_text(text, &file_stem(path))
    };
    Ok(ImportedArticle {
        article,
        notices: decoded.notice.into_iter().collect(),
    })
}

/// The file name without its extension(s) — "biden-putin-call" for `biden-putin-call.txt`.
pub fn file_stem(path: &Path) -> String {
    path.file_stem()
        .map_or_else(|| "Untitled".to_owned(), |stem| stem.to_string_lossy().into_owned())
}

/// An article whose title is its first line when that is short, else `fallback_title`.
/// The title line stays part of the text: it is part of what the article claims.
pub fn article_from_text(text: String, fallback_title: &str) -> Article {
    let first_line = text.lines().find(|line| !line.trim().is_empty()).unwrap_or("").trim();
    let title = if !first_line.is_empty() && first_line.chars().count() <= MAX_TITLE_CHARS {
        first_line.to_owned()
    } else {
        fallback_title.to_owned()
    };
    Article::new(title, text)
}

/// Decodes article bytes: UTF-8 (BOM dropped), UTF-16 with a BOM (or recognisable without
/// one), else Windows-1252 — the encoding of most legacy Western news text. NUL bytes in
/// anything but UTF-16 mean binary data.
pub fn decode_text(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    if bytes.is_empty() {
        return Err(DecodeError::Empty);
    }
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let body = bytes.get(bom_len..).unwrap_or_default();
        if encoding == encoding_rs::UTF_8 {
            return decode_utf8(body);
        }
        return decode_with(
            encoding,
            body,
            format!("decoded from {} (byte-order mark)", encoding.name()),
        );
    }
    if let Some(encoding) = sniff_utf16(bytes) {
        return decode_with(
            encoding,
            bytes,
            format!("decoded from {} (no byte-order mark)", encoding.name()),
        );
    }
    decode_utf8(bytes)
}

fn decode_utf8(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    reject_binary(bytes)?;
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(Decoded {
            text: text.to_owned(),
            notice: None,
        }),
        Err(_) => decode_with(WINDOWS_1252, bytes, "not UTF-8: decoded as Windows-1252".to_owned()),
    }
}

fn decode_with(encoding: &'static Encoding, bytes: &[u8], notice: String) -> Result<Decoded, DecodeError> {
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    if text.contains('\0') {
        return Err(DecodeError::Binary("NUL character in the text".into()));
    }
    let notice = if had_errors {
        format!("{notice}; some bytes could not be decoded and show as �")
    } else {
        notice
    };
    Ok(Decoded {
        text: text.into_owned(),
        notice: Some(notice),
    })
}

fn reject_binary(bytes: &[u8]) -> Result<(), DecodeError> {
    match bytes.iter().position(|&byte| byte == 0) {
        Some(at) => Err(DecodeError::Binary(format!("NUL byte at offset {at}"))),
        None => Ok(()),
    }
}

/// UTF-16 without a BOM: in Western text, one byte of most pairs is zero, always the same one.
fn sniff_utf16(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = bytes.get(..bytes.len().min(4096) & !1)?;
    let pairs = sample.len() / 2;
    if pairs < 4 {
        return None;
    }
    let (mut zero_even, mut zero_odd) = (0, 0);
    for pair in sample.chunks_exact(2) {
        if let [even, odd] = pair {
            zero_even += usize::from(*even == 0);
            zero_odd += usize::from(*odd == 0);
        }
    }
    let mostly = |count: usize| count * 10 >= pairs * 7;
    let rarely = |count: usize| count * 20 <= pairs;
    if mostly(zero_odd) && rarely(zero_even) {
        Some(UTF_16LE)
    } else if mostly(zero_even) && rarely(zero_odd) {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// CRLF and lone CR become LF, so offsets mean the same on every platform.
pub fn normalise_newlines(text: &str) -> String {
    if !text.contains('\r') {
        return text.to_owned();
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_bom_loses_the_bom() {
        let decoded = decode_text("\u{feff}Héllo".as_bytes()).unwrap();
        assert_eq!(decoded.text, "Héllo");
        assert_eq!(decoded.notice, None);
    }

    #[test]
    fn utf16_with_and_without_bom() {
        let mut le = vec![0xFF, 0xFE];
        for unit in "Zürich, 3 p.m.".encode_utf16() {
            le.extend_from_slice(&unit.to_le_bytes());
        }
        let decoded = decode_text(&le).unwrap();
        assert_eq!(decoded.text, "Zürich, 3 p.m.");
        assert!(decoded.notice.unwrap().contains("UTF-16LE"));

        let be: Vec<u8> = "Plain words here".encode_utf16().flat_map(u16::to_be_bytes).collect();
        let decoded = decode_text(&be).unwrap();
        assert_eq!(decoded.text, "Plain words here");
        assert!(decoded.notice.unwrap().contains("UTF-16BE"));
    }

    #[test]
    fn windows_1252_is_decoded_with_a_notice() {
        let bytes = b"\x93Serious\x94 talk, caf\xe9 \x8030m";
        let decoded = decode_text(bytes).unwrap();
        assert_eq!(decoded.text, "“Serious” talk, café €30m");
        assert!(decoded.notice.unwrap().contains("Windows-1252"));
    }

    #[test]
    fn binary_and_empty_are_refused() {
        assert_eq!(decode_text(b""), Err(DecodeError::Empty));
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
        assert!(matches!(decode_text(png), Err(DecodeError::Binary(reason)) if reason.contains("offset 8")));
    }

    #[test]
    fn newlines_are_normalised() {
        assert_eq!(normalise_newlines("a\r\nb\rc\n"), "a\nb\nc\n");
    }

    #[test]
    fn title_is_the_first_short_line() {
        assert_eq!(
            article_from_text("\n  Headline \n\nBody.".into(), "file").title,
            "Headline"
        );
        let long = format!("{}\nBody", "word ".repeat(60));
        assert_eq!(article_from_text(long, "file").title, "file");
    }
}
