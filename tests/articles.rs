//! Article files in: every encoding and every kind of bad input, through `read_article`.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "in tests a panic is the failure report"
)]

use std::fs;

use claimdesk::store::{MAX_ARTICLE_BYTES, StoreError, read_article};

fn read(bytes: &[u8], name: &str) -> Result<claimdesk::store::ImportedArticle, StoreError> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    fs::write(&path, bytes).unwrap();
    read_article(&path)
}

#[test]
fn utf8_lf_text_is_taken_verbatim() {
    let text = "Headline here\n\nOn Thursday, 60,000 soldiers… “quoted”.\n";
    let imported = read(text.as_bytes(), "a.txt").unwrap();
    assert_eq!(imported.article.text, text);
    assert_eq!(imported.article.title, "Headline here");
    assert!(imported.notices.is_empty());
    assert!(imported.article.origin.unwrap().ends_with("a.txt"));
}

#[test]
fn crlf_becomes_lf() {
    let imported = read(b"Title\r\n\r\nBody line.\r\nNext.\r", "crlf.txt").unwrap();
    assert_eq!(imported.article.text, "Title\n\nBody line.\nNext.\n");
}

#[test]
fn utf16_is_decoded_with_a_notice() {
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend("Título\r\n\r\nEl 3 de enero.".encode_utf16().flat_map(u16::to_le_bytes));
    let imported = read(&bytes, "utf16.txt").unwrap();
    assert_eq!(imported.article.text, "Título\n\nEl 3 de enero.");
    assert_eq!(imported.notices.len(), 1);
    assert!(imported.notices[0].contains("UTF-16LE"));
}

#[test]
fn windows_1252_is_decoded_with_a_notice() {
    let imported = read(b"Caf\xe9 owners say \x93no\x94 to \x8020 fee", "cp1252.txt").unwrap();
    assert_eq!(imported.article.text, "Café owners say “no” to €20 fee");
    assert!(imported.notices[0].contains("Windows-1252"));
}

#[test]
fn binary_empty_and_oversize_are_refused_with_the_file_name() {
    let error = read(b"\x7fELF\x02\x01\x01\0\0\0", "program.txt").unwrap_err();
    let message = error.to_string();
    assert!(
        message.contains("program.txt") && message.contains("binary file"),
        "{message}"
    );

    let error = read(b"", "empty.txt").unwrap_err();
    assert!(matches!(error, StoreError::Empty { .. }), "{error}");
    let error = read(b" \n\r\n\t ", "blank.txt").unwrap_err();
    assert!(matches!(error, StoreError::Empty { .. }), "{error}");

    let dir = tempfile::tempdir().unwrap();
    let huge = dir.path().join("huge.txt");
    // A sparse file: refused from its size, before a byte is read.
    fs::File::create(&huge).unwrap().set_len(MAX_ARTICLE_BYTES + 1).unwrap();
    let error = read_article(&huge).unwrap_err();
    assert!(matches!(error, StoreError::TooLarge { .. }), "{error}");
    assert!(error.to_string().contains("too large"));

    let error = read_article(dir.path()).unwrap_err();
    assert!(matches!(error, StoreError::NotAFile { .. }), "{error}");
    let error = read_article(&dir.path().join("missing.txt")).unwrap_err();
    assert!(error.to_string().contains("missing.txt"), "{error}");
}

#[test]
fn one_ten_megabyte_line_is_read() {
    let line = "word ".repeat(2 * 1024 * 1024);
    let imported = read(line.as_bytes(), "long.txt").unwrap();
    assert_eq!(imported.article.text.len(), line.len());
    assert_eq!(imported.article.title, "long", "a long first line is no title");
}
