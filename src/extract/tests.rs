//! Whole-extractor tests: gold articles, properties on arbitrary text, linear cost.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use proptest::prelude::*;

use super::extract;
use crate::model::{Detection, Kind, Value};

// Gates on the six GUM fixture articles (`gum_articles_keep_their_precision_recall_and_speakers`),
// set a little under the figures measured when they were written (in each comment). Before,
// the only gates were date recall ≥ 0.6 and quote recall ≥ 0.8, with no precision and no
// speaker check.
/// Date recall (measured: 0.913 (105 of 115)).
const DATE_RECALL: f64 = 0.88;
/// Date precision (measured: 0.989 (94 of 95)).
const DATE_PRECISION: f64 = 0.95;
/// Quote recall (measured: 0.982 (54 of 55)).
const QUOTE_RECALL: f64 = 0.95;
/// Quote precision (measured: 0.982 (55 of 56)).
const QUOTE_PRECISION: f64 = 0.95;
/// Share of gold speakers found (measured: 0.807 (46 of 57)).
const SPEAKERS: f64 = 0.75;

/// One row of a gold TSV: which kinds may match it, its byte span, its speaker.
#[derive(Debug)]
struct GoldClaim {
    kinds: &'static [Kind],
    start: usize,
    end: usize,
    text: String,
    speaker: Option<String>,
    optional: bool,
}

fn fixture(name: &str) -> String {
    let path: PathBuf = [env!("CARGO_MANIFEST_DIR"), "tests", "fixtures", "extract", name]
        .iter()
        .collect();
    std::fs::read_to_string(&path).unwrap_or_else(|err| panic!("{}: {err}", path.display()))
}

fn char_to_byte(text: &str, char_index: usize) -> usize {
    text.char_indices().nth(char_index).map_or(text.len(), |(byte, _)| byte)
}

/// Finds the `occurrence`-th match of `needle` where any run of white space matches any run.
fn find_flexible(text: &str, needle: &str, occurrence: usize) -> Option<(usize, usize)> {
    let words: Vec<&str> = needle.split_whitespace().collect();
    let first = words.first()?;
    let mut seen = 0;
    for (start, _) in text.match_indices(first) {
        let mut pos = start + first.len();
        let mut ok = true;
        for word in words.iter().skip(1) {
            let rest = text.get(pos..).unwrap_or("");
            let trimmed = rest.trim_start_matches(|c: char| c.is_whitespace());
            if trimmed.len() == rest.len() || !trimmed.starts_with(word) {
                ok = false;
                break;
            }
            pos += rest.len() - trimmed.len() + word.len();
        }
        if ok {
            seen += 1;
            if seen == occurrence {
                return Some((start, pos));
            }
        }
    }
    None
}

/// Parses the gold format of `score-claims`: `kind <TAB> text <TAB> where [<TAB> speaker]`.
fn parse_gold(text: &str, tsv: &str) -> Vec<GoldClaim> {
    let mut gold = Vec::new();
    for line in tsv.lines() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let kind = cols[0];
        let needle = cols[1];
        let place = cols.get(2).copied().unwrap_or("");
        let (start, end) = if let Some(offset) = place.strip_prefix('@') {
            let start = char_to_byte(text, offset.parse().unwrap());
            (start, start + needle.len())
        } else {
            let occurrence = if place.is_empty() { 1 } else { place.parse().unwrap() };
            find_flexible(text, needle, occurrence).unwrap_or_else(|| panic!("{needle:?} not found"))
        };
        assert_eq!(
            &text[start..end].split_whitespace().collect::<Vec<_>>(),
            &needle.split_whitespace().collect::<Vec<_>>()
        );
        let speaker = cols.get(3).filter(|s| !s.is_empty()).map(|s| {
            if let Some(span) = s.strip_prefix('@') {
                let (a, b) = span.split_once('-').unwrap();
                let (a, b) = (
                    char_to_byte(text, a.parse().unwrap()),
                    char_to_byte(text, b.parse().unwrap()),
                );
                text[a..b].to_owned()
            } else {
                (*s).to_owned()
            }
        });
        let kinds: &'static [Kind] = match kind.trim_start_matches('?') {
            "number" | "count" | "measure" => &[Kind::Count, Kind::Measure, Kind::Date],
            "date" | "time" | "duration" => &[Kind::Date, Kind::Measure, Kind::Count],
            "ordinal" => &[Kind::Ordinal],
            "quote" => &[Kind::Quote],
            other => panic!("unknown gold kind {other}"),
        };
        gold.push(GoldClaim {
            kinds,
            start,
            end,
            text: needle.to_owned(),
            speaker,
            optional: kind.starts_with('?'),
        });
    }
    gold
}

fn overlaps(gold: &GoldClaim, detection: &Detection) -> bool {
    gold.kinds.contains(&detection.kind) && detection.start < gold.end && gold.start < detection.end
}

/// Gold claims no detection overlaps.
fn misses<'g>(gold: &'g [GoldClaim], detections: &[Detection]) -> Vec<&'g GoldClaim> {
    gold.iter()
        .filter(|g| !g.optional && !detections.iter().any(|d| overlaps(g, d)))
        .collect()
}

#[test]
fn sample_article_yields_every_gold_claim() {
    let text = fixture("biden-putin-call.txt");
    let gold = parse_gold(&text, &fixture("biden-putin-call.tsv"));
    assert_eq!(gold.len(), 24);
    let detections = extract(&text);
    let missed = misses(&gold, &detections);
    assert!(missed.is_empty(), "missed: {missed:#?}");
    // Every detection is a gold claim (the sample has no false alarms). Statements are the
    // check-worthiness model's sentences, which the gold does not annotate (their ranking is
    // tested in statements.rs).
    for detection in detections.iter().filter(|d| d.kind != Kind::Statement) {
        assert!(
            gold.iter().any(|g| overlaps(g, detection)),
            "false alarm: {:?}",
            &text[detection.start..detection.end]
        );
    }
    // Speakers: the gold name's words appear in the detected speaker.
    for g in gold.iter().filter(|g| g.speaker.is_some()) {
        let found = detections
            .iter()
            .find(|d| overlaps(g, d))
            .and_then(|d| d.value.as_ref())
            .and_then(Value::speaker);
        let expected = g.speaker.as_deref().unwrap();
        let name = found.map(|s| s.name.as_str()).unwrap_or_default();
        assert!(
            expected.split_whitespace().any(|w| w.len() > 3 && name.contains(w)),
            "{:?}: speaker {name:?}, gold {expected:?}",
            g.text
        );
        let span = found.unwrap();
        assert_eq!(&text[span.start..span.end], span.name);
    }
}

#[test]
fn sample_article_spans_are_exact() {
    let text = fixture("biden-putin-call.txt");
    let detections = extract(&text);
    let spans: Vec<&str> = detections
        .iter()
        .filter(|d| d.kind != Kind::Quote && d.kind != Kind::Statement)
        .map(|d| &text[d.start..d.end])
        .collect();
    assert_eq!(
        spans,
        [
            "Thursday",
            "January",
            "50-minute call",
            "second conversation this month",
            "January 9-10",
            "January 12",
            "January 13th",
            "60,000 to 90,000 Russian soldiers",
            "over the weekend",
            "about 10,000 soldiers",
            "for the first time",
            "earlier this week",
            "two avenues",
            "over the past two months",
            "in 2014",
        ]
    );
}

/// Precision, recall and speaker hits of one group over the GUM fixture articles.
#[derive(Debug, Default)]
struct Tally {
    gold: usize,
    found_gold: usize,
    detections: usize,
    true_detections: usize,
    speakers: usize,
    speakers_right: usize,
}

impl Tally {
    fn recall(&self) -> f64 {
        self.found_gold as f64 / self.gold.max(1) as f64
    }

    fn precision(&self) -> f64 {
        self.true_detections as f64 / self.detections.max(1) as f64
    }
}

/// Whether a detected speaker names the gold speaker: they share a word of four letters or
/// more ("Gen. Carter Ham" and "Carter Ham"), or are the same short word ("he").
fn same_speaker(found: &str, gold: &str) -> bool {
    found == gold
        || gold
            .split_whitespace()
            .any(|w| w.len() > 3 && found.split_whitespace().any(|f| f == w))
}

fn tally(suffix: &str, kinds: &[Kind]) -> Tally {
    let mut total = Tally::default();
    for name in ["soccer", "korea", "warhol", "hackers", "questionnaire", "crane"] {
        let text = fixture(&format!("GUM_news_{name}.txt"));
        let detections = extract(&text);
        let gold = parse_gold(&text, &fixture(&format!("GUM_news_{name}.{suffix}.tsv")));
        total.gold += gold.iter().filter(|g| !g.optional).count();
        total.found_gold += gold.len() - gold.iter().filter(|g| g.optional).count() - misses(&gold, &detections).len();
        for detection in detections.iter().filter(|d| kinds.contains(&d.kind)) {
            total.detections += 1;
            if gold.iter().any(|g| overlaps(g, detection)) {
                total.true_detections += 1;
            }
        }
        for g in gold.iter().filter(|g| g.speaker.is_some()) {
            total.speakers += 1;
            let found = detections
                .iter()
                .find(|d| overlaps(g, d))
                .and_then(|d| d.value.as_ref())
                .and_then(Value::speaker);
            if found.is_some_and(|s| same_speaker(&s.name, g.speaker.as_deref().unwrap_or_default())) {
                total.speakers_right += 1;
            }
        }
    }
    total
}

/// Gates a little under today's figures on six GUM news articles (see the numbers in each
/// assertion), so that a rule that loses dates, quotes or speakers fails here first.
#[test]
fn gum_articles_keep_their_precision_recall_and_speakers() {
    let dates = tally("dates", &[Kind::Date]);
    assert!(
        dates.recall() >= DATE_RECALL,
        "date recall {:.3} < {DATE_RECALL}: {dates:?}",
        dates.recall()
    );
    assert!(
        dates.precision() >= DATE_PRECISION,
        "date precision {:.3} < {DATE_PRECISION}: {dates:?}",
        dates.precision()
    );
    let quotes = tally("quotes", &[Kind::Quote]);
    assert!(
        quotes.recall() >= QUOTE_RECALL,
        "quote recall {:.3} < {QUOTE_RECALL}: {quotes:?}",
        quotes.recall()
    );
    assert!(
        quotes.precision() >= QUOTE_PRECISION,
        "quote precision {:.3} < {QUOTE_PRECISION}: {quotes:?}",
        quotes.precision()
    );
    let speakers = quotes.speakers_right as f64 / quotes.speakers.max(1) as f64;
    assert!(speakers >= SPEAKERS, "speakers {speakers:.3} < {SPEAKERS}: {quotes:?}");
}

fn check_invariants(text: &str) {
    let detections = extract(text);
    for pair in detections.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        assert!(
            a.start < b.start || (a.start == b.start && a.end >= b.end),
            "not sorted: {a:?} {b:?}"
        );
    }
    for d in &detections {
        assert!(d.start < d.end && d.end <= text.len(), "bad span {d:?}");
        assert!(
            text.is_char_boundary(d.start) && text.is_char_boundary(d.end),
            "off a char boundary: {d:?}"
        );
        assert!(
            d.sentence_start <= d.start && d.end <= d.sentence_end && d.sentence_end <= text.len(),
            "bad sentence {d:?}"
        );
        assert!(text.is_char_boundary(d.sentence_start) && text.is_char_boundary(d.sentence_end));
        if let Some(speaker) = d.value.as_ref().and_then(Value::speaker) {
            assert_eq!(text.get(speaker.start..speaker.end), Some(speaker.name.as_str()));
        }
    }
    assert_eq!(detections, extract(text), "not deterministic");
}

/// Pieces that make the recognisers work hard: quote marks, digits, months, units.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("“".to_owned()),
        Just("”".to_owned()),
        Just("\"".to_owned()),
        Just("'".to_owned()),
        Just("’s".to_owned()),
        Just(" ".to_owned()),
        Just("\n".to_owned()),
        Just(". ".to_owned()),
        Just(",".to_owned()),
        Just("-".to_owned()),
        Just("–".to_owned()),
        Just("−".to_owned()),
        Just("$".to_owned()),
        Just("%".to_owned()),
        Just("°".to_owned()),
        Just("∼".to_owned()),
        Just("said".to_owned()),
        Just("January".to_owned()),
        Just("May".to_owned()),
        Just("Thursday".to_owned()),
        Just("the".to_owned()),
        Just("first".to_owned()),
        Just("two".to_owned()),
        Just("hundred".to_owned()),
        Just("years".to_owned()),
        Just("ago".to_owned()),
        Just("km".to_owned()),
        Just("U.S.".to_owned()),
        Just("Mr.".to_owned()),
        "[0-9]{1,5}",
        "[0-9]{1,3}(,[0-9]{3})?(\\.[0-9]{1,2})?",
        any::<char>().prop_map(String::from),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn any_unicode_never_panics(chars in proptest::collection::vec(any::<char>(), 0..300)) {
        let text: String = chars.into_iter().collect();
        check_invariants(&text);
    }

    #[test]
    fn claim_like_text_keeps_invariants(pieces in proptest::collection::vec(piece(), 0..120)) {
        let text = pieces.join(" ");
        check_invariants(&text);
        let glued = pieces.concat();
        check_invariants(&glued);
    }

    #[test]
    fn long_lines_keep_invariants(piece in "[a-z0-9 ,.“”\"-]{1,20}", times in 1usize..400) {
        check_invariants(&piece.repeat(times));
    }
}

/// Runs `extract` on a 1 MB text and checks it stays fast (generous for debug builds).
fn assert_linear(unit: &str) {
    let text = unit.repeat((1 << 20) / unit.len().max(1));
    let started = Instant::now();
    let detections = extract(&text);
    let elapsed = started.elapsed();
    // Quadratic work on 1 MB takes minutes; these bounds only catch that. An unoptimised
    // build runs the recognisers ~20x slower than `cargo bench`, hence its wider bound.
    let bound = Duration::from_secs(if cfg!(debug_assertions) { 10 } else { 1 });
    assert!(
        elapsed < bound,
        "{:?}…: {elapsed:?} for 1 MB ({} claims)",
        &unit[..unit.len().min(10)],
        detections.len()
    );
}

#[test]
fn one_megabyte_of_quote_marks_is_fast() {
    assert_linear("“");
    assert_linear("\"");
    assert_linear("” “");
}

#[test]
fn one_megabyte_of_digits_is_fast() {
    assert_linear("7");
    assert_linear("1,000 ");
    assert_linear("3-");
}

#[test]
fn one_unbroken_word_is_fast() {
    assert_linear("a");
    assert_linear("é");
    assert_linear("a.");
}

#[test]
fn one_giant_sentence_is_fast() {
    assert_linear("the 5 soldiers said “that” about 10 km on January 9, ");
}

#[test]
fn nested_phrases_do_not_recurse_down_the_text() {
    assert_linear("the end of ");
    assert_linear("X said and said and ");
    assert_linear("“a” said b, and ");
}

#[test]
fn one_giant_paragraph_of_quotes_is_fast() {
    assert_linear("“Yes,” he said. ");
}

#[test]
fn page_furniture_and_empty_text_give_nothing() {
    assert!(extract("").is_empty());
    assert!(extract(" \n\t\u{a0}\n").is_empty());
    assert!(extract("Share This Post\nRelated Topics\nRead more").is_empty());
    assert!(extract("Contact press@example.org or visit https://example.org/2024/05/story-123.").is_empty());
}

#[test]
fn the_sentence_around_a_claim_skips_abbreviations_and_stops_at_lines() {
    let text = "Intro line\nU.S. President Joe Biden spoke on Thursday with Mr. Putin. He left at 3 p.m. today.\nNext";
    let at = text.find("Thursday").unwrap_or(0);
    let range = super::sentence_around(text, at, at + "Thursday".len());
    assert_eq!(
        &text[range],
        "U.S. President Joe Biden spoke on Thursday with Mr. Putin."
    );
    let at = text.find("3 p.m.").unwrap_or(0);
    assert_eq!(
        &text[super::sentence_around(text, at, at + 6)],
        "He left at 3 p.m. today."
    );
    // A claim over two sentences gets both; nonsense offsets give an empty range.
    let from = text.find("Putin").unwrap_or(0);
    let to = text.find("left").unwrap_or(0);
    assert_eq!(
        &text[super::sentence_around(text, from, to)],
        "U.S. President Joe Biden spoke on Thursday with Mr. Putin. He left at 3 p.m. today."
    );
    assert!(super::sentence_around(text, 5000, 6000).is_empty());
    // A 10 MB line is only looked at near the claim.
    let long = "word ".repeat(2_000_000);
    let started = std::time::Instant::now();
    let range = super::sentence_around(&long, 5_000_000, 5_000_004);
    assert!(range.len() <= 2 * 4096 + 4 && started.elapsed().as_millis() < 200);
}

/// The model layers change only what they own: without them the anchored rules find the same
/// claims, quotes are still found (their speakers by the word walks), and no sentence becomes
/// a statement; with every layer on, `extract_with` is `extract`.
#[test]
fn layers_left_out_change_only_their_own_claims() {
    use super::{Layers, extract_with};
    for name in ["biden-putin-call.txt", "GUM_news_korea.txt", "GUM_news_warhol.txt"] {
        let text = fixture(name);
        let all = extract(&text);
        assert_eq!(extract_with(&text, Layers::ALL), all, "{name}");
        let anchored = |detections: &[Detection]| -> Vec<(usize, usize, Kind)> {
            detections
                .iter()
                .filter(|d| !matches!(d.kind, Kind::Quote | Kind::Statement))
                .map(|d| (d.start, d.end, d.kind))
                .collect()
        };
        let quotes = |detections: &[Detection]| -> Vec<(usize, usize)> {
            detections
                .iter()
                .filter(|d| d.kind == Kind::Quote)
                .map(|d| (d.start, d.end))
                .collect()
        };
        for layers in [
            Layers::RULES,
            Layers {
                statements: false,
                ..Layers::ALL
            },
            Layers {
                tagger: false,
                ..Layers::ALL
            },
        ] {
            let some = extract_with(&text, layers);
            assert_eq!(anchored(&some), anchored(&all), "{name} {layers:?}");
            assert_eq!(quotes(&some), quotes(&all), "{name} {layers:?}");
            let statements = some.iter().filter(|d| d.kind == Kind::Statement).count();
            assert_eq!(statements > 0, layers.statements, "{name} {layers:?}");
        }
        assert!(!quotes(&all).is_empty(), "{name} has quotes");
    }
}
