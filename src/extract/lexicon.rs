//! Word lists: number words, months, weekdays, time units, measurement units, function words.
//!
//! Every word of the article is classified once, when it is tokenised, by lower-casing it into
//! a small stack buffer and matching the bytes: no allocation, and the compiler turns the
//! match into a length switch plus a few compares. Recognisers then look at the class.

/// The class of a word, as far as claim detection cares.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Lex {
    /// Nothing special.
    Other,
    /// A cardinal number word: "two", "twenty", "eleven".
    Number(f64),
    /// A multiplier: "hundred", "thousand", "million", "bn", "dozen".
    Scale(f64),
    /// A vague plural multiplier: "hundreds", "thousands", "dozens", "millions".
    ScalePlural(f64),
    /// An ordinal word: "first" is 1.
    Ordinal(u32),
    /// A month name or abbreviation, 1–12.
    Month(u8),
    /// A day of the week, 1 (Monday) – 7.
    Weekday(u8),
    /// A unit of time, with its length in seconds (months and years averaged).
    TimeUnit(f64),
    /// Part of a day: "morning", "night".
    DayPart,
    /// A day named relative to today: "yesterday", "today", "tomorrow", "tonight".
    RelDay,
    /// A word that makes the following number approximate: "about", "nearly".
    Approx,
    /// A function word that cannot be part of a counted noun phrase.
    Stop,
    /// A word that can open a date or a duration: "the", "this", "last", "a", "several".
    Frame,
}

/// Lower-cases `word` into `buf` when it fits; longer words are never in a list.
pub(crate) fn lower<'b>(word: &str, buf: &'b mut [u8; 24]) -> Option<&'b [u8]> {
    let bytes = word.as_bytes();
    if bytes.len() > buf.len() {
        return None;
    }
    for (dst, src) in buf.iter_mut().zip(bytes) {
        *dst = src.to_ascii_lowercase();
    }
    buf.get(..bytes.len())
}

/// The class of a word (case-insensitive).
pub(crate) fn classify(word: &str) -> Lex {
    let bytes = word.as_bytes();
    if bytes.len() > 8 {
        let mut buf = [0u8; 24];
        return lower(word, &mut buf).map_or(Lex::Other, classify_lower);
    }
    // Short words, most of any text: lower-case and pack in registers, no buffer.
    let (Some(first), Some(last)) = (bytes.first(), bytes.last()) else {
        return Lex::Other;
    };
    let lexicon = lexicon();
    let bit =
        (bytes.len() * 27 + letter_slot(first.to_ascii_lowercase())) * 27 + letter_slot(last.to_ascii_lowercase());
    if lexicon
        .shapes
        .get(bit / 64)
        .is_none_or(|slot| slot & (1 << (bit % 64)) == 0)
    {
        return Lex::Other;
    }
    let key = bytes
        .iter()
        .fold(0u64, |key, byte| (key << 8) | u64::from(byte.to_ascii_lowercase()))
        << (8 * (8 - bytes.len()));
    lookup_packed(lexicon, key)
}

fn lookup_packed(lexicon: &Lexicon, key: u64) -> Lex {
    let mut slot = packed_slot(key);
    // The table is at most a fifth full, so an empty slot always ends the probe.
    while let Some((k, lex)) = lexicon.packed.get(slot) {
        if *k == key {
            return *lex;
        }
        if *k == 0 {
            return Lex::Other;
        }
        slot = (slot + 1) % lexicon.packed.len();
    }
    Lex::Other
}

const MINUTE: f64 = 60.0;
const HOUR: f64 = 3600.0;
const DAY: f64 = 86_400.0;
const WEEK: f64 = 7.0 * DAY;
/// A Gregorian year on average, so that durations in months and years add up.
const YEAR: f64 = 365.2425 * DAY;
const MONTH: f64 = YEAR / 12.0;

/// Every word with a class other than [`Lex::Other`], lower-case.
const WORDS: &[(&str, Lex)] = &[
    ("zero", Lex::Number(0.0)),
    ("nil", Lex::Number(0.0)),
    ("one", Lex::Number(1.0)),
    ("two", Lex::Number(2.0)),
    ("three", Lex::Number(3.0)),
    ("four", Lex::Number(4.0)),
    ("five", Lex::Number(5.0)),
    ("six", Lex::Number(6.0)),
    ("seven", Lex::Number(7.0)),
    ("eight", Lex::Number(8.0)),
    ("nine", Lex::Number(9.0)),
    ("ten", Lex::Number(10.0)),
    ("eleven", Lex::Number(11.0)),
    ("twelve", Lex::Number(12.0)),
    ("thirteen", Lex::Number(13.0)),
    ("fourteen", Lex::Number(14.0)),
    ("fifteen", Lex::Number(15.0)),
    ("sixteen", Lex::Number(16.0)),
    ("seventeen", Lex::Number(17.0)),
    ("eighteen", Lex::Number(18.0)),
    ("nineteen", Lex::Number(19.0)),
    ("twenty", Lex::Number(20.0)),
    ("thirty", Lex::Number(30.0)),
    ("forty", Lex::Number(40.0)),
    ("fourty", Lex::Number(40.0)),
    ("fifty", Lex::Number(50.0)),
    ("sixty", Lex::Number(60.0)),
    ("seventy", Lex::Number(70.0)),
    ("eighty", Lex::Number(80.0)),
    ("ninety", Lex::Number(90.0)),
    ("hundred", Lex::Scale(100.0)),
    ("thousand", Lex::Scale(1e3)),
    ("million", Lex::Scale(1e6)),
    ("mln", Lex::Scale(1e6)),
    ("mn", Lex::Scale(1e6)),
    ("billion", Lex::Scale(1e9)),
    ("bn", Lex::Scale(1e9)),
    ("bln", Lex::Scale(1e9)),
    ("trillion", Lex::Scale(1e12)),
    ("tn", Lex::Scale(1e12)),
    ("trn", Lex::Scale(1e12)),
    ("dozen", Lex::Scale(12.0)),
    ("hundreds", Lex::ScalePlural(100.0)),
    ("thousands", Lex::ScalePlural(1e3)),
    ("millions", Lex::ScalePlural(1e6)),
    ("billions", Lex::ScalePlural(1e9)),
    ("dozens", Lex::ScalePlural(12.0)),
    ("tens", Lex::ScalePlural(10.0)),
    ("first", Lex::Ordinal(1)),
    ("second", Lex::Ordinal(2)),
    ("third", Lex::Ordinal(3)),
    ("fourth", Lex::Ordinal(4)),
    ("fifth", Lex::Ordinal(5)),
    ("sixth", Lex::Ordinal(6)),
    ("seventh", Lex::Ordinal(7)),
    ("eighth", Lex::Ordinal(8)),
    ("ninth", Lex::Ordinal(9)),
    ("tenth", Lex::Ordinal(10)),
    ("eleventh", Lex::Ordinal(11)),
    ("twelfth", Lex::Ordinal(12)),
    ("thirteenth", Lex::Ordinal(13)),
    ("fourteenth", Lex::Ordinal(14)),
    ("fifteenth", Lex::Ordinal(15)),
    ("sixteenth", Lex::Ordinal(16)),
    ("seventeenth", Lex::Ordinal(17)),
    ("eighteenth", Lex::Ordinal(18)),
    ("nineteenth", Lex::Ordinal(19)),
    ("twentieth", Lex::Ordinal(20)),
    ("thirtieth", Lex::Ordinal(30)),
    ("fortieth", Lex::Ordinal(40)),
    ("fiftieth", Lex::Ordinal(50)),
    ("hundredth", Lex::Ordinal(100)),
    ("thousandth", Lex::Ordinal(1000)),
    ("january", Lex::Month(1)),
    ("jan", Lex::Month(1)),
    ("february", Lex::Month(2)),
    ("feb", Lex::Month(2)),
    ("march", Lex::Month(3)),
    ("mar", Lex::Month(3)),
    ("april", Lex::Month(4)),
    ("apr", Lex::Month(4)),
    ("may", Lex::Month(5)),
    ("june", Lex::Month(6)),
    ("jun", Lex::Month(6)),
    ("july", Lex::Month(7)),
    ("jul", Lex::Month(7)),
    ("august", Lex::Month(8)),
    ("aug", Lex::Month(8)),
    ("september", Lex::Month(9)),
    ("sep", Lex::Month(9)),
    ("sept", Lex::Month(9)),
    ("october", Lex::Month(10)),
    ("oct", Lex::Month(10)),
    ("november", Lex::Month(11)),
    ("nov", Lex::Month(11)),
    ("december", Lex::Month(12)),
    ("dec", Lex::Month(12)),
    ("monday", Lex::Weekday(1)),
    ("tuesday", Lex::Weekday(2)),
    ("wednesday", Lex::Weekday(3)),
    ("thursday", Lex::Weekday(4)),
    ("friday", Lex::Weekday(5)),
    ("saturday", Lex::Weekday(6)),
    ("sunday", Lex::Weekday(7)),
    ("seconds", Lex::TimeUnit(1.0)),
    ("sec", Lex::TimeUnit(1.0)),
    ("secs", Lex::TimeUnit(1.0)),
    ("minute", Lex::TimeUnit(MINUTE)),
    ("minutes", Lex::TimeUnit(MINUTE)),
    ("min", Lex::TimeUnit(MINUTE)),
    ("mins", Lex::TimeUnit(MINUTE)),
    ("hour", Lex::TimeUnit(HOUR)),
    ("hours", Lex::TimeUnit(HOUR)),
    ("hr", Lex::TimeUnit(HOUR)),
    ("hrs", Lex::TimeUnit(HOUR)),
    ("h", Lex::TimeUnit(HOUR)),
    ("day", Lex::TimeUnit(DAY)),
    ("days", Lex::TimeUnit(DAY)),
    ("week", Lex::TimeUnit(WEEK)),
    ("weeks", Lex::TimeUnit(WEEK)),
    ("wk", Lex::TimeUnit(WEEK)),
    ("wks", Lex::TimeUnit(WEEK)),
    ("fortnight", Lex::TimeUnit(2.0 * WEEK)),
    ("fortnights", Lex::TimeUnit(2.0 * WEEK)),
    ("month", Lex::TimeUnit(MONTH)),
    ("months", Lex::TimeUnit(MONTH)),
    ("mo", Lex::TimeUnit(MONTH)),
    ("mos", Lex::TimeUnit(MONTH)),
    ("year", Lex::TimeUnit(YEAR)),
    ("years", Lex::TimeUnit(YEAR)),
    ("yr", Lex::TimeUnit(YEAR)),
    ("yrs", Lex::TimeUnit(YEAR)),
    ("decade", Lex::TimeUnit(10.0 * YEAR)),
    ("decades", Lex::TimeUnit(10.0 * YEAR)),
    ("century", Lex::TimeUnit(100.0 * YEAR)),
    ("centuries", Lex::TimeUnit(100.0 * YEAR)),
    ("millennium", Lex::TimeUnit(1000.0 * YEAR)),
    ("millennia", Lex::TimeUnit(1000.0 * YEAR)),
    ("millenniums", Lex::TimeUnit(1000.0 * YEAR)),
    ("morning", Lex::DayPart),
    ("afternoon", Lex::DayPart),
    ("evening", Lex::DayPart),
    ("night", Lex::DayPart),
    ("noon", Lex::DayPart),
    ("midday", Lex::DayPart),
    ("midnight", Lex::DayPart),
    ("mornings", Lex::DayPart),
    ("afternoons", Lex::DayPart),
    ("evenings", Lex::DayPart),
    ("nights", Lex::DayPart),
    ("overnight", Lex::DayPart),
    ("yesterday", Lex::RelDay),
    ("today", Lex::RelDay),
    ("tomorrow", Lex::RelDay),
    ("tonight", Lex::RelDay),
    ("the", Lex::Frame),
    ("a", Lex::Frame),
    ("an", Lex::Frame),
    ("that", Lex::Frame),
    ("this", Lex::Frame),
    ("last", Lex::Frame),
    ("next", Lex::Frame),
    ("past", Lex::Frame),
    ("coming", Lex::Frame),
    ("current", Lex::Frame),
    ("every", Lex::Frame),
    ("each", Lex::Frame),
    ("recent", Lex::Frame),
    ("half", Lex::Frame),
    ("several", Lex::Frame),
    ("many", Lex::Frame),
    ("few", Lex::Frame),
    ("about", Lex::Approx),
    ("around", Lex::Approx),
    ("approximately", Lex::Approx),
    ("roughly", Lex::Approx),
    ("nearly", Lex::Approx),
    ("almost", Lex::Approx),
    ("circa", Lex::Approx),
    ("approx", Lex::Approx),
    ("some", Lex::Approx),
    ("estimated", Lex::Approx),
    ("only", Lex::Approx),
    ("just", Lex::Approx),
    ("exactly", Lex::Approx),
    ("precisely", Lex::Approx),
    ("within", Lex::Approx),
    ("over", Lex::Approx),
    ("under", Lex::Approx),
    ("below", Lex::Approx),
    ("above", Lex::Approx),
    ("upwards", Lex::Approx),
    ("averaging", Lex::Approx),
    ("maximum", Lex::Approx),
    ("minimum", Lex::Approx),
    ("max", Lex::Approx),
    ("nearer", Lex::Approx),
    ("of", Lex::Stop),
    ("to", Lex::Stop),
    ("in", Lex::Stop),
    ("on", Lex::Stop),
    ("at", Lex::Stop),
    ("by", Lex::Stop),
    ("for", Lex::Stop),
    ("from", Lex::Stop),
    ("with", Lex::Stop),
    ("and", Lex::Stop),
    ("or", Lex::Stop),
    ("but", Lex::Stop),
    ("nor", Lex::Stop),
    ("as", Lex::Stop),
    ("than", Lex::Stop),
    ("which", Lex::Stop),
    ("who", Lex::Stop),
    ("whom", Lex::Stop),
    ("whose", Lex::Stop),
    ("what", Lex::Stop),
    ("when", Lex::Stop),
    ("where", Lex::Stop),
    ("while", Lex::Stop),
    ("if", Lex::Stop),
    ("is", Lex::Stop),
    ("are", Lex::Stop),
    ("was", Lex::Stop),
    ("were", Lex::Stop),
    ("be", Lex::Stop),
    ("been", Lex::Stop),
    ("being", Lex::Stop),
    ("am", Lex::Stop),
    ("has", Lex::Stop),
    ("have", Lex::Stop),
    ("had", Lex::Stop),
    ("do", Lex::Stop),
    ("does", Lex::Stop),
    ("did", Lex::Stop),
    ("will", Lex::Stop),
    ("would", Lex::Stop),
    ("shall", Lex::Stop),
    ("should", Lex::Stop),
    ("can", Lex::Stop),
    ("could", Lex::Stop),
    ("might", Lex::Stop),
    ("must", Lex::Stop),
    ("these", Lex::Stop),
    ("those", Lex::Stop),
    ("it", Lex::Stop),
    ("its", Lex::Stop),
    ("he", Lex::Stop),
    ("she", Lex::Stop),
    ("they", Lex::Stop),
    ("them", Lex::Stop),
    ("we", Lex::Stop),
    ("us", Lex::Stop),
    ("you", Lex::Stop),
    ("i", Lex::Stop),
    ("his", Lex::Stop),
    ("her", Lex::Stop),
    ("their", Lex::Stop),
    ("our", Lex::Stop),
    ("your", Lex::Stop),
    ("my", Lex::Stop),
    ("not", Lex::Stop),
    ("no", Lex::Stop),
    ("more", Lex::Stop),
    ("less", Lex::Stop),
    ("fewer", Lex::Stop),
    ("most", Lex::Stop),
    ("least", Lex::Stop),
    ("per", Lex::Stop),
    ("into", Lex::Stop),
    ("onto", Lex::Stop),
    ("out", Lex::Stop),
    ("up", Lex::Stop),
    ("down", Lex::Stop),
    ("off", Lex::Stop),
    ("after", Lex::Stop),
    ("before", Lex::Stop),
    ("since", Lex::Stop),
    ("until", Lex::Stop),
    ("till", Lex::Stop),
    ("during", Lex::Stop),
    ("including", Lex::Stop),
    ("between", Lex::Stop),
    ("among", Lex::Stop),
    ("against", Lex::Stop),
    ("through", Lex::Stop),
    ("across", Lex::Stop),
    ("so", Lex::Stop),
    ("such", Lex::Stop),
    ("also", Lex::Stop),
    ("then", Lex::Stop),
    ("there", Lex::Stop),
    ("here", Lex::Stop),
    ("all", Lex::Stop),
    ("both", Lex::Stop),
    ("other", Lex::Stop),
    ("another", Lex::Stop),
    ("said", Lex::Stop),
    ("says", Lex::Stop),
    ("say", Lex::Stop),
    ("told", Lex::Stop),
    ("ago", Lex::Stop),
    ("later", Lex::Stop),
    ("earlier", Lex::Stop),
    ("apart", Lex::Stop),
    ("away", Lex::Stop),
    ("times", Lex::Stop),
    ("again", Lex::Stop),
    ("too", Lex::Stop),
    ("very", Lex::Stop),
    ("because", Lex::Stop),
    ("whether", Lex::Stop),
    ("like", Lex::Stop),
    ("via", Lex::Stop),
    ("toward", Lex::Stop),
    ("towards", Lex::Stop),
    ("along", Lex::Stop),
    ("behind", Lex::Stop),
    ("beyond", Lex::Stop),
    ("near", Lex::Stop),
    ("inside", Lex::Stop),
    ("outside", Lex::Stop),
    ("without", Lex::Stop),
    ("upon", Lex::Stop),
    ("respectively", Lex::Stop),
    ("now", Lex::Stop),
    ("still", Lex::Stop),
    ("already", Lex::Stop),
    ("even", Lex::Stop),
    ("ever", Lex::Stop),
    ("never", Lex::Stop),
    ("often", Lex::Stop),
    ("yet", Lex::Stop),
    ("soon", Lex::Stop),
    ("alone", Lex::Stop),
    ("total", Lex::Stop),
    ("altogether", Lex::Stop),
    ("ahead", Lex::Stop),
    ("long", Lex::Stop),
    ("old", Lex::Stop),
    ("high", Lex::Stop),
    ("wide", Lex::Stop),
    ("deep", Lex::Stop),
    ("tall", Lex::Stop),
    ("late", Lex::Stop),
    ("early", Lex::Stop),
    ("left", Lex::Stop),
    ("remaining", Lex::Stop),
    ("instead", Lex::Stop),
    ("either", Lex::Stop),
    ("neither", Lex::Stop),
];

/// A multiplicative hash for short ASCII keys: the word table is fixed and not attacker-chosen,
/// and `SipHash` would cost more than the rest of tokenising a word.
#[derive(Default)]
struct WordHasher(u64);

impl std::hash::Hasher for WordHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 = (self.0.rotate_left(5) ^ u64::from(byte)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
}

type WordMap = std::collections::HashMap<&'static [u8], Lex, std::hash::BuildHasherDefault<WordHasher>>;

/// The table, plus a bit per (length, first letter, last letter) that says whether any listed
/// word has that shape: nearly every word of a text is rejected by one bit test.
struct Lexicon {
    map: WordMap,
    /// Words of up to eight bytes packed into a `u64`, in an open-addressing table: one
    /// multiply and usually one compare for the short function words that make up half of
    /// any text.
    packed: Vec<(u64, Lex)>,
    shapes: Vec<u64>,
}

const PACKED_BITS: u32 = 11;

fn packed_slot(key: u64) -> usize {
    // The top bits of a multiplicative hash; `PACKED_BITS` < 64 so the shift is in range.
    usize::try_from(key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - PACKED_BITS)).unwrap_or(0)
}

fn pack(word: &[u8]) -> Option<u64> {
    if word.len() > 8 {
        return None;
    }
    let mut bytes = [0u8; 8];
    for (dst, src) in bytes.iter_mut().zip(word) {
        *dst = *src;
    }
    Some(u64::from_be_bytes(bytes))
}

const LONGEST: usize = 13;

fn letter_slot(byte: u8) -> usize {
    if byte.is_ascii_lowercase() {
        usize::from(byte - b'a')
    } else {
        26
    }
}

fn shape(word: &[u8]) -> Option<usize> {
    let first = letter_slot(*word.first()?);
    let last = letter_slot(*word.last()?);
    Some((word.len() * 27 + first) * 27 + last)
}

fn lexicon() -> &'static Lexicon {
    static LEXICON: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
    LEXICON.get_or_init(|| {
        let map: WordMap = WORDS.iter().map(|(word, lex)| (word.as_bytes(), *lex)).collect();
        let mut shapes = vec![0u64; ((LONGEST + 1) * 27 * 27).div_ceil(64)];
        for word in map.keys() {
            if let Some(bit) = shape(word)
                && let Some(slot) = shapes.get_mut(bit / 64)
            {
                *slot |= 1 << (bit % 64);
            }
        }
        let mut packed = vec![(0u64, Lex::Other); 1 << PACKED_BITS];
        let mut keys: Vec<(u64, Lex)> = map.iter().filter_map(|(word, lex)| Some((pack(word)?, *lex))).collect();
        // Insertion order decides probe chains: sort so the table is the same on every run.
        keys.sort_by_key(|(key, _)| *key);
        for (key, lex) in keys {
            let mut slot = packed_slot(key);
            while packed.get(slot).is_some_and(|(k, _)| *k != 0) {
                slot = (slot + 1) % packed.len();
            }
            if let Some(entry) = packed.get_mut(slot) {
                *entry = (key, lex);
            }
        }
        Lexicon { map, packed, shapes }
    })
}

fn classify_lower(w: &[u8]) -> Lex {
    if w.len() > LONGEST {
        return Lex::Other;
    }
    let lexicon = lexicon();
    let Some(bit) = shape(w) else {
        return Lex::Other;
    };
    if lexicon
        .shapes
        .get(bit / 64)
        .is_none_or(|slot| slot & (1 << (bit % 64)) == 0)
    {
        return Lex::Other;
    }
    if let Some(key) = pack(w) {
        return lookup_packed(lexicon, key);
    }
    lexicon.map.get(w).copied().unwrap_or(Lex::Other)
}

/// A word that introduces reported speech: "said", "told", "according".
#[allow(clippy::too_many_lines, reason = "one flat list of verbs")]
pub(crate) fn is_speech_verb(word: &str) -> bool {
    let mut buf = [0u8; 24];
    let Some(w) = lower(word, &mut buf) else {
        return false;
    };
    matches!(
        w,
        b"said"
            | b"says"
            | b"say"
            | b"saying"
            | b"told"
            | b"tells"
            | b"tell"
            | b"added"
            | b"adds"
            | b"stated"
            | b"states"
            | b"wrote"
            | b"writes"
            | b"asked"
            | b"asks"
            | b"explained"
            | b"explains"
            | b"noted"
            | b"notes"
            | b"argued"
            | b"argues"
            | b"claimed"
            | b"insisted"
            | b"insists"
            | b"described"
            | b"describes"
            | b"warned"
            | b"warns"
            | b"declared"
            | b"declares"
            | b"announced"
            | b"continued"
            | b"continues"
            | b"replied"
            | b"replies"
            | b"responded"
            | b"commented"
            | b"remarked"
            | b"observed"
            | b"admitted"
            | b"acknowledged"
            | b"recalled"
            | b"recalls"
            | b"concluded"
            | b"tweeted"
            | b"posted"
            | b"urged"
            | b"predicted"
            | b"promised"
            | b"emphasised"
            | b"emphasized"
            | b"stressed"
            | b"confirmed"
            | b"testified"
            | b"shouted"
            | b"quipped"
            | b"joked"
            | b"reads"
            | b"read"
            | b"stating"
            | b"called"
            | b"calls"
            | b"dubbed"
            | b"according"
            | b"reported"
            | b"reports"
            | b"believes"
            | b"suggested"
            | b"suggests"
            | b"cautioned"
            | b"vowed"
            | b"demanded"
            | b"complained"
            | b"explaining"
            | b"adding"
            | b"writing"
            | b"pointed"
            | b"accused"
            | b"criticised"
            | b"criticized"
            | b"mentioned"
            | b"reasoned"
            | b"asserted"
            | b"asserts"
            | b"maintained"
            | b"maintains"
            | b"reiterated"
            | b"countered"
            | b"conceded"
            | b"alleged"
            | b"alleges"
            | b"revealed"
            | b"wondered"
            | b"proclaimed"
            | b"recounted"
            | b"lamented"
            | b"boasted"
            | b"theorized"
            | b"theorised"
            | b"speculated"
            | b"disclosed"
            | b"pleaded"
            | b"elaborated"
            | b"clarified"
            | b"summarized"
            | b"summarised"
            | b"answered"
            | b"agreed"
            | b"denied"
            | b"exclaimed"
            | b"whispered"
            | b"cried"
            | b"characterized"
            | b"characterised"
            | b"termed"
    )
}

/// What a unit after a number says: its normal name and whether it is money or time.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Unit {
    /// Normalised name: "%", "USD", "km".
    pub name: &'static str,
    /// Length in seconds, for units of time.
    pub secs: Option<f64>,
}

/// A unit written after a number, case-sensitive first (SI symbols: "M" molar is not "m"),
/// then case-insensitive for words.
#[allow(clippy::too_many_lines, reason = "one flat table reads better than several")]
pub(crate) fn unit_after(word: &str) -> Option<Unit> {
    let exact = match word {
        "%" | "‰" | "‱" => {
            return Some(Unit {
                name: if word == "%" { "%" } else { "‰" },
                secs: None,
            });
        }
        "m" | "km" | "cm" | "mm" | "μm" | "µm" | "nm" | "pm" | "Å" | "g" | "kg" | "mg" | "μg" | "µg" | "ng" | "t"
        | "Mt" | "Gt" | "kt" | "L" | "l" | "mL" | "ml" | "μL" | "µL" | "μl" | "dL" | "cc" | "M" | "mM" | "μM"
        | "µM" | "nM" | "pM" | "mol" | "mmol" | "μmol" | "N" | "kN" | "K" | "°C" | "°F" | "°" | "ºC" | "℃" | "oC"
        | "W" | "kW" | "MW" | "GW" | "TW" | "mW" | "Wh" | "kWh" | "MWh" | "GWh" | "TWh" | "V" | "kV" | "mV" | "A"
        | "mA" | "Ω" | "Hz" | "kHz" | "MHz" | "GHz" | "J" | "kJ" | "MJ" | "GJ" | "eV" | "keV" | "MeV" | "GeV"
        | "TeV" | "Pa" | "kPa" | "MPa" | "GPa" | "hPa" | "bar" | "mbar" | "atm" | "dB" | "Gy" | "Sv" | "mSv" | "Bq"
        | "Ma" | "ka" | "Ga" | "kyr" | "Myr" | "Gyr" | "BP" | "ppm" | "ppb" | "ppt" | "ppq" | "ppmv" | "pH" | "wt"
        | "vol" => Some(word),
        "s" | "ms" | "μs" | "µs" | "ns" => {
            let secs = match word {
                "s" => 1.0,
                "ms" => 1e-3,
                "ns" => 1e-9,
                _ => 1e-6,
            };
            return Some(Unit {
                name: "s",
                secs: Some(secs),
            });
        }
        _ => None,
    };
    if let Some(name) = exact {
        return Some(Unit {
            name: static_name(name),
            secs: None,
        });
    }
    let mut buf = [0u8; 24];
    let w = lower(word, &mut buf)?;
    let name = match w {
        b"percent" | b"pct" | b"percentage" => "%",
        b"dollars" | b"dollar" | b"usd" => "USD",
        b"euros" | b"euro" | b"eur" => "EUR",
        b"pounds" | b"pound" | b"gbp" | b"quid" => "GBP",
        b"yen" | b"jpy" => "JPY",
        b"yuan" | b"renminbi" | b"cny" | b"rmb" => "CNY",
        b"rupees" | b"rupee" | b"inr" => "INR",
        b"roubles" | b"rubles" | b"rouble" | b"ruble" => "RUB",
        b"francs" | b"franc" | b"chf" => "CHF",
        b"cents" | b"cent" | b"pence" | b"p" => "cent",
        b"km" | b"kilometres" | b"kilometers" | b"kilometre" | b"kilometer" => "km",
        b"metres" | b"meters" | b"metre" | b"meter" => "m",
        b"centimetres" | b"centimeters" | b"centimetre" | b"centimeter" => "cm",
        b"millimetres" | b"millimeters" | b"millimetre" | b"millimeter" => "mm",
        b"miles" | b"mile" | b"mi" => "mi",
        b"feet" | b"foot" | b"ft" => "ft",
        b"inches" | b"inch" => "in",
        b"yards" | b"yard" | b"yd" => "yd",
        b"kilograms" | b"kilogram" | b"kilos" | b"kilo" | b"kgs" => "kg",
        b"grams" | b"gram" | b"grammes" => "g",
        b"milligrams" | b"milligram" => "mg",
        b"tonnes" | b"tonne" | b"tons" | b"ton" => "t",
        b"lb" | b"lbs" => "lb",
        b"ounces" | b"ounce" | b"oz" => "oz",
        b"litres" | b"liters" | b"litre" | b"liter" => "L",
        b"millilitres" | b"milliliters" => "mL",
        b"gallons" | b"gallon" | b"barrels" | b"barrel" | b"bbl" => "gal",
        b"acres" | b"acre" | b"hectares" | b"hectare" | b"ha" => "ha",
        b"degrees" | b"degree" | b"celsius" | b"fahrenheit" => "°",
        b"mph" | b"kph" | b"km/h" | b"knots" => "speed",
        b"watts" | b"kilowatts" | b"megawatts" | b"gigawatts" => "W",
        b"volts" | b"calories" | b"kcal" | b"joules" | b"hertz" => "energy",
        b"times" | b"fold" | b"x" => "times",
        b"points" | b"basis" => "points",
        b"bytes" | b"kb" | b"mb" | b"gb" | b"tb" | b"megabytes" | b"gigabytes" => "bytes",
        b"votes" | b"seats" => return None,
        _ => {
            return match classify_lower(w) {
                Lex::TimeUnit(secs) => Some(Unit {
                    name: time_name(secs),
                    secs: Some(secs),
                }),
                _ => None,
            };
        }
    };
    Some(Unit { name, secs: None })
}

fn static_name(word: &str) -> &'static str {
    // Only called with the literals matched above; map back to a 'static str.
    const NAMES: &[&str] = &[
        "m", "km", "cm", "mm", "μm", "µm", "nm", "pm", "Å", "g", "kg", "mg", "μg", "µg", "ng", "t", "Mt", "Gt", "kt",
        "L", "l", "mL", "ml", "μL", "µL", "μl", "dL", "cc", "M", "mM", "μM", "µM", "nM", "pM", "mol", "mmol", "μmol",
        "N", "kN", "K", "°C", "°F", "°", "ºC", "℃", "oC", "W", "kW", "MW", "GW", "TW", "mW", "Wh", "kWh", "MWh", "GWh",
        "TWh", "V", "kV", "mV", "A", "mA", "Ω", "Hz", "kHz", "MHz", "GHz", "J", "kJ", "MJ", "GJ", "eV", "keV", "MeV",
        "GeV", "TeV", "Pa", "kPa", "MPa", "GPa", "hPa", "bar", "mbar", "atm", "dB", "Gy", "Sv", "mSv", "Bq", "Ma",
        "ka", "Ga", "kyr", "Myr", "Gyr", "BP", "ppm", "ppb", "ppt", "ppq", "ppmv", "pH", "wt", "vol",
    ];
    NAMES.iter().copied().find(|name| *name == word).unwrap_or("unit")
}

fn time_name(secs: f64) -> &'static str {
    // Compare against the table's own constants: exact equality is intended.
    #[allow(clippy::float_cmp, reason = "the values come from the same constants")]
    let name = if secs == 1.0 {
        "second"
    } else if secs == MINUTE {
        "minute"
    } else if secs == HOUR {
        "hour"
    } else if secs == DAY {
        "day"
    } else if secs == WEEK {
        "week"
    } else if secs == 2.0 * WEEK {
        "fortnight"
    } else if secs == MONTH {
        "month"
    } else if secs == YEAR {
        "year"
    } else if secs == 10.0 * YEAR {
        "decade"
    } else if secs == 100.0 * YEAR {
        "century"
    } else {
        "millennium"
    };
    name
}

/// Currency written before a number: "$", "€", "US$", "USD".
pub(crate) fn currency_before(word: &str) -> Option<&'static str> {
    Some(match word {
        "$" | "US$" | "USD" | "US" => "USD",
        "€" | "EUR" => "EUR",
        "£" | "GBP" => "GBP",
        "¥" | "JPY" => "JPY",
        "₹" | "Rs" | "INR" => "INR",
        "₽" | "RUB" => "RUB",
        "A$" | "AU$" | "AUD" => "AUD",
        "C$" | "CA$" | "CAD" => "CAD",
        "HK$" | "HKD" => "HKD",
        "NZ$" | "NZD" => "NZD",
        "CHF" => "CHF",
        "₩" | "KRW" => "KRW",
        "R$" | "BRL" => "BRL",
        "₺" => "TRY",
        "₴" | "UAH" => "UAH",
        _ => return None,
    })
}

/// Nouns whose plural does not end in -s: a counted phrase may end on them.
pub(crate) fn is_irregular_plural(word: &str) -> bool {
    let mut buf = [0u8; 24];
    let Some(w) = lower(word, &mut buf) else {
        return false;
    };
    matches!(
        w,
        b"people"
            | b"men"
            | b"women"
            | b"children"
            | b"police"
            | b"staff"
            | b"personnel"
            | b"feet"
            | b"teeth"
            | b"mice"
            | b"geese"
            | b"cattle"
            | b"sheep"
            | b"fish"
            | b"deer"
            | b"livestock"
            | b"crew"
            | b"data"
            | b"media"
            | b"youth"
            | b"aircraft"
            | b"troops"
            | b"offspring"
            | b"criteria"
            | b"phenomena"
            | b"personnel."
            | b"folk"
            | b"infantry"
    )
}

/// Words before a number that make it a label, not an amount: "Figure 2", "No. 5".
#[allow(clippy::too_many_lines, reason = "one flat list of label words")]
pub(crate) fn is_label_word(word: &str) -> bool {
    let mut buf = [0u8; 24];
    let Some(w) = lower(word, &mut buf) else {
        return false;
    };
    matches!(
        w,
        b"fig"
            | b"figs"
            | b"figure"
            | b"figures"
            | b"table"
            | b"tables"
            | b"eq"
            | b"eqs"
            | b"equation"
            | b"equations"
            | b"section"
            | b"sections"
            | b"chapter"
            | b"chapters"
            | b"page"
            | b"pages"
            | b"p"
            | b"pp"
            | b"vol"
            | b"volume"
            | b"no"
            | b"nos"
            | b"article"
            | b"articles"
            | b"appendix"
            | b"route"
            | b"flight"
            | b"highway"
            | b"room"
            | b"level"
            | b"grade"
            | b"version"
            | b"v"
            | b"step"
            | b"phase"
            | b"fraction"
            | b"fractions"
            | b"samples"
            | b"sample"
            | b"lines"
            | b"clone"
            | b"clones"
            | b"complex"
            | b"algorithm"
            | b"bed"
            | b"beds"
            | b"site"
            | b"sites"
            | b"case"
            | b"cases"
            | b"numbered"
            | b"lane"
            | b"lanes"
            | b"patient"
            | b"month"
            | b"months"
            | b"day"
            | b"days"
            | b"week"
            | b"weeks"
            | b"cluster"
            | b"column"
            | b"columns"
            | b"row"
            | b"rows"
            | b"core"
            | b"borehole"
            | b"hole"
            | b"well"
            | b"compound"
            | b"compounds"
            | b"mutant"
            | b"strain"
            | b"strains"
            | b"phases"
            | b"stages"
            | b"steps"
            | b"levels"
            | b"grades"
            | b"types"
            | b"rounds"
            | b"waves"
            | b"axis"
            | b"axes"
            | b"code"
            | b"codes"
            | b"supplement"
            | b"visit"
            | b"wave"
            | b"stage"
            | b"type"
            | b"class"
            | b"group"
            | b"part"
            | b"item"
            | b"ref"
            | b"refs"
            | b"line"
            | b"box"
            | b"exhibit"
            | b"episode"
            | b"season"
            | b"round"
            | b"act"
            | b"scene"
            | b"apt"
            | b"platform"
            | b"gate"
            | b"terminal"
            | b"channel"
            | b"iso"
            | b"rule"
            | b"resolution"
            | b"amendment"
            | b"paragraph"
            | b"clause"
            | b"supplementary"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_case_insensitively() {
        assert_eq!(classify("Twenty"), Lex::Number(20.0));
        assert_eq!(classify("JANUARY"), Lex::Month(1));
        assert_eq!(classify("Thursday"), Lex::Weekday(4));
        assert_eq!(classify("second"), Lex::Ordinal(2));
        assert_eq!(classify("a-very-long-word-that-does-not-fit"), Lex::Other);
    }

    #[test]
    fn units_are_case_sensitive_for_symbols() {
        assert_eq!(unit_after("M").map(|u| u.name), Some("M"));
        assert_eq!(unit_after("m").map(|u| u.name), Some("m"));
        assert_eq!(unit_after("Percent").map(|u| u.name), Some("%"));
        assert_eq!(unit_after("minutes").and_then(|u| u.secs), Some(60.0));
        assert_eq!(unit_after("soldiers"), None);
    }
}
