//! Dumps what the check-worthiness code decides for a large, fixed set of sentences, so that a
//! change meant to be behaviour-preserving (a faster feature hasher, a faster filter) can be
//! proven so: the dump before and after must be byte-identical.
//!
//! `cargo run --release --example checkworthy_dump -- OUT [TEXT…]`
//!
//! For each sentence: its text, the shipped model's score as f32 bits, the skip reason, and
//! for several feature settings (including character n-grams, which training can ask for) the
//! count and a hash of the sorted feature buckets. The sentences are every line of every
//! TEXT, those lines cut at sentence ends, and about 120,000 generated ones mixing ASCII,
//! digits, curly quotes, non-Latin letters (with the case-mapping oddities: Kelvin sign, dotted
//! capital I, final sigma), very long lines, headline-like lines and page furniture. Each TEXT
//! is also run through the extractor, and its statement claims (span and score bits) dumped.

use std::fmt::Write as _;
use std::process::ExitCode;

use claimdesk::checkworthy::features::{Scratch, for_each_feature};
use claimdesk::checkworthy::{CheckWorthiness, FeatureConfig, skip_reason};
use claimdesk::model::Value;

const CONFIGS: &[FeatureConfig] = &[
    FeatureConfig {
        bits: 8,
        bigrams: false,
        char_min: 0,
        char_max: 0,
    },
    FeatureConfig {
        bits: 10,
        bigrams: true,
        char_min: 0,
        char_max: 4,
    },
    FeatureConfig {
        bits: 22,
        bigrams: true,
        char_min: 3,
        char_max: 5,
    },
    FeatureConfig {
        bits: 16,
        bigrams: true,
        char_min: 1,
        char_max: 8,
    },
    FeatureConfig {
        bits: 12,
        bigrams: false,
        char_min: 2,
        char_max: 2,
    },
];

fn fnv(hash: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(hash, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

fn dump_sentence(out: &mut String, model: &CheckWorthiness, scratch: &mut Scratch, sentence: &str) {
    let score = model.score(sentence);
    let skip = skip_reason(sentence).map_or("-", |skip| skip.slug());
    let _ = write!(out, "{:08x} {skip}", score.to_bits());
    let mut found = Vec::new();
    for &config in CONFIGS {
        found.clear();
        let count = for_each_feature(sentence, config, scratch, |index| found.push(index));
        found.sort_unstable();
        let hash = found
            .iter()
            .fold(0xcbf2_9ce4_8422_2325, |hash, index| fnv(hash, &index.to_le_bytes()));
        let _ = write!(out, " {count}:{hash:016x}");
    }
    let _ = writeln!(out, " {sentence:?}");
}

/// A line cut where a sentence ends: after `.`, `!`, `?` (and closing quotes) before a space.
fn naive_sentences(line: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut start = 0;
    let bytes = line.as_bytes();
    for (at, c) in line.char_indices() {
        let end = at + c.len_utf8();
        if matches!(c, '.' | '!' | '?' | '”' | '"') && bytes.get(end) == Some(&b' ') {
            if let Some(piece) = line.get(start..end) {
                found.push(piece);
            }
            start = end + 1;
        }
    }
    if let Some(piece) = line.get(start..) {
        found.push(piece);
    }
    found
}

struct Rng(u64);

impl Rng {
    fn next(&mut self, modulo: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        usize::try_from((self.0 >> 33) % (modulo.max(1) as u64)).unwrap_or(0)
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items.get(self.next(items.len())).copied().unwrap_or("")
    }
}

/// Every double-quoted string of the lexicon source: verb forms, furniture phrases, bylines.
fn lexicon_words() -> Vec<String> {
    let source =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/checkworthy/lexicon.rs")).unwrap_or_default();
    source
        .split('"')
        .skip(1)
        .step_by(2)
        .filter(|word| !word.is_empty() && word.len() < 40)
        .map(str::to_owned)
        .collect()
}

const PLAIN: &[&str] = &[
    "the",
    "of",
    "and",
    "to",
    "in",
    "a",
    "is",
    "was",
    "said",
    "percent",
    "million",
    "government",
    "The",
    "In",
    "He",
    "She",
    "They",
    "It",
    "officials",
    "report",
    "budget",
    "year",
    "last",
    "more",
    "than",
    "about",
    "people",
    "city",
    "Minister",
    "denies",
    "signing",
    "order",
    "May",
    "honored",
    "killed",
    "needed",
    "red",
    "bed",
    "speed",
    "agreed",
    "don't",
    "we’ve",
    "it’s",
    "rock'n'roll",
    "U.S.",
    "E.U.",
    "dit-il",
    "well-known",
    "-dash-",
    "'quoted'",
    "‘single’",
    "“double”",
    "\"straight\"",
    "O'Brien",
    "O’Brien",
    "BY",
    "By",
    "photo",
    "Getty",
    "Images",
    "file",
    "(c)",
    "@handle",
    "#tag",
];

/// Marks of page furniture, rare in the generated text so that most of it is judged as prose.
const FURNITURE: &[&str] = &[
    "Photo:",
    "Image:",
    "IMAGE:",
    "GETTY IMAGES",
    "FILE PHOTO",
    "Credit:",
    "©",
    "http://example.com/a",
    "https://x.org",
    "www.site.com",
    "me@mail.com",
];

const DIGITS: &[&str] = &[
    "0",
    "7",
    "42",
    "2024",
    "1,000",
    "3.5",
    "45%",
    "$45",
    "$1.2bn",
    "9/11",
    "10:30",
    "1990s",
    "12th",
    "0.001",
    "100,000,000",
    "-5",
    "+3",
    "½",
    "٣",
    "१२",
];

const FOREIGN: &[&str] = &[
    "Привет",
    "мир",
    "ПРАВИТЕЛЬСТВО",
    "Ελλάδα",
    "ΟΔΟΣ",
    "ΣΟΦΟΣ",
    "σοφός",
    "日本",
    "政府は",
    "경제",
    "مرحبا",
    "שלום",
    "café",
    "ÉTÉ",
    "naïve",
    "Straße",
    "STRASSE",
    "ẞ",
    "İstanbul",
    "İ",
    "ı",
    "\u{212A}illed",
    "\u{212A}ILLED",
    "\u{212A}",
    "\u{212B}ngstr",
    "ǅ",
    "ǈ",
    "ﬁnal",
    "Ⅻ",
    "ⓐ",
    "🙂",
    "👍🏽",
    "e\u{301}",
    "\u{0}",
    "\u{200B}",
    "\u{00A0}",
    "\u{2028}",
    "—",
    "–",
    "…",
    "€",
    "\u{2018}",
    "\u{2019}",
    "\u{201C}",
    "\u{201D}",
    "\u{201A}",
    "\u{2039}",
    "«",
    "»",
    "„",
    "\u{E2}",
    "â€™",
    "S\u{2019}",
    "’’’",
    "’s",
    "’ve",
    "‘",
    "’",
];

const PUNCT: &[&str] = &[
    ".", ",", ";", ":", "?", "!", "%", "$", "\"", "'", "(", ")", "[", "]", "-", "--", "/", "&", "*", "…", "—", "!?",
    "...", "\t", "  ",
];

/// One generated sentence of a given shape.
fn generated(rng: &mut Rng, lexicon: &[&str]) -> String {
    let shape = rng.next(10);
    let words = match shape {
        0 => 1 + rng.next(3),
        1 => 3 + rng.next(8),
        // Very long: past the featuriser's cap, with multi-byte text across it.
        2 if rng.next(20) == 0 => 300 + rng.next(700),
        _ => 5 + rng.next(30),
    };
    let mut out = String::new();
    if shape == 3 {
        let opening = rng.pick(&[
            "By ",
            "Reporting by ",
            "Editing by ",
            "Read more: ",
            "Share ",
            "Photo: ",
            "  ",
            "“",
            "- ",
        ]);
        out.push_str(opening);
    }
    for index in 0..words {
        if index > 0 {
            let gap = if rng.next(15) == 0 { rng.pick(PUNCT) } else { " " };
            out.push_str(gap);
            if rng.next(12) == 0 {
                out.push(' ');
            }
        }
        let word = match rng.next(16) {
            5..=6 => rng.pick(lexicon).to_owned(),
            8 => rng.pick(DIGITS).to_owned(),
            9 => rng.pick(FOREIGN).to_owned(),
            10 => rng.pick(PUNCT).to_owned(),
            11 => {
                // A word glued from pieces: curly quotes and non-Latin inside words.
                let mut glued = String::new();
                for _ in 0..=rng.next(4) {
                    let piece = match rng.next(4) {
                        0 => rng.pick(PLAIN),
                        1 => rng.pick(FOREIGN),
                        2 => rng.pick(DIGITS),
                        _ => rng.pick(PUNCT),
                    };
                    glued.push_str(piece);
                }
                glued
            }
            12 => {
                let word = rng.pick(lexicon);
                match rng.next(3) {
                    0 => word.to_uppercase(),
                    1 => {
                        let mut chars = word.chars();
                        chars
                            .next()
                            .map(|first| first.to_uppercase().chain(chars).collect())
                            .unwrap_or_default()
                    }
                    _ => word.replace('\'', "’"),
                }
            }
            13 => rng.pick(PLAIN).to_uppercase(),
            14 if rng.next(20) == 0 => rng.pick(FURNITURE).to_owned(),
            // 0..=4, 7, 15 and 14 mostly: a plain word.
            _ => rng.pick(PLAIN).to_owned(),
        };
        out.push_str(&word);
    }
    if rng.next(8) <= 3 {
        let end = rng.pick(&[".", "?", "!", ".”", ".\"", "…", ":", ";", "’", ".)", " .", ". "]);
        out.push_str(end);
    }
    if rng.next(30) == 0 {
        out = format!("  {out}\t ");
    }
    out
}

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(out_path) = args.next() else {
        eprintln!("usage: checkworthy_dump OUT [TEXT…]");
        return ExitCode::FAILURE;
    };
    let model = match CheckWorthiness::shared() {
        Ok(model) => model,
        Err(err) => {
            eprintln!("{err}");
            return ExitCode::FAILURE;
        }
    };
    let mut scratch = Scratch::default();
    let mut out = String::new();
    for path in args {
        let Ok(text) = std::fs::read_to_string(&path) else {
            eprintln!("{path}: unreadable");
            return ExitCode::FAILURE;
        };
        let _ = writeln!(out, "== {path}");
        for detection in claimdesk::extract::extract(&text) {
            if let Some(Value::Statement(value)) = &detection.value {
                let _ = writeln!(
                    out,
                    "statement {}..{} {:08x} {:?}",
                    detection.start,
                    detection.end,
                    value.checkworthiness.to_bits(),
                    detection.confidence
                );
            }
        }
        for line in text.lines() {
            dump_sentence(&mut out, model, &mut scratch, line);
            for sentence in naive_sentences(line) {
                dump_sentence(&mut out, model, &mut scratch, sentence);
            }
        }
    }
    let lexicon_owned = lexicon_words();
    let lexicon: Vec<&str> = lexicon_owned.iter().map(String::as_str).collect();
    let _ = writeln!(out, "== generated ({} lexicon words)", lexicon.len());
    let mut rng = Rng(0x5eed);
    for _ in 0..120_000 {
        let sentence = generated(&mut rng, &lexicon);
        dump_sentence(&mut out, model, &mut scratch, &sentence);
    }
    // Every single character of interest alone and doubled, and text cut at every byte
    // around the featuriser's cap.
    for piece in PLAIN.iter().chain(DIGITS).chain(FOREIGN).chain(PUNCT).chain(&lexicon) {
        dump_sentence(&mut out, model, &mut scratch, piece);
        dump_sentence(&mut out, model, &mut scratch, &format!("{piece}{piece} {piece}"));
    }
    let long = "We’ve said “it” 50 times: ünï—cödé Σοφός \u{212A}illed. ".repeat(60);
    for cut in 2000..2100 {
        if let Some(piece) = long.get(..cut) {
            dump_sentence(&mut out, model, &mut scratch, piece);
        }
    }
    // Every character of the repeated text, in turn, straddling the cap.
    for shift in 0..70 {
        let shifted = format!("{}{long}", "x".repeat(shift));
        dump_sentence(&mut out, model, &mut scratch, &shifted);
        dump_sentence(&mut out, model, &mut scratch, &format!("{} {long}", "x".repeat(shift)));
    }
    if let Err(err) = std::fs::write(&out_path, out) {
        eprintln!("{out_path}: {err}");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
