//! Every word list and phrase table of the extractor, each with the class of words it covers.
//! Rules never carry inline lists: a new word goes into the table of its class here.
//!
//! Every word of the article is classified once, when it is tokenised, by packing it
//! lower-cased into an integer and looking that up in a table built once from [`WORDS`]: no
//! allocation, no string compared. Recognisers then look at the class.

use crate::model::Approx;

/// The class of a word, as far as claim detection cares.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Lex {
    /// Nothing special.
    Other,
    /// A cardinal number word: "two", "twenty", "eleven".
    Number(u8),
    /// A multiplier: "hundred", "thousand", "million", "bn", "dozen" (see [`scale_value`]).
    Scale(u8),
    /// A vague plural multiplier: "hundreds", "thousands", "dozens", "millions".
    ScalePlural(u8),
    /// An ordinal word: "first" is 1.
    Ordinal(u16),
    /// A month name or abbreviation, 1–12.
    Month(u8),
    /// A day of the week, 1 (Monday) – 7.
    Weekday(u8),
    /// A unit of time (see [`time_secs`]).
    TimeUnit(u8),
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
    /// A word that names an accounting or calendar period with a year: "fiscal", "FY".
    Calendar,
    /// The name of a holiday or feast that is a date by itself: "Christmas", "Ramadan".
    Holiday,
    /// A multiplier written as one word: "tenfold" is 10.
    Multiplier(u16),
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
    classify_bytes(word.as_bytes())
}

/// The class of a word given as bytes (case-insensitive).
fn classify_bytes(bytes: &[u8]) -> Lex {
    if bytes.len() > LONGEST {
        return Lex::Other;
    }
    packed_lower(bytes).map_or(Lex::Other, |key| lookup(key, bytes.len()))
}

/// `word` lower-cased (ASCII) and packed little-endian, zero-padded, into a `u128`, as the
/// lexicon's tables hold words: two words are equal ignoring ASCII case exactly when their
/// keys are. `None` when the word is empty or longer than sixteen bytes.
pub(crate) fn packed_lower(word: &[u8]) -> Option<u128> {
    if word.is_empty() || word.len() > 16 {
        return None;
    }
    let mut packed = [0u8; 16];
    for (dst, src) in packed.iter_mut().zip(word) {
        *dst = src.to_ascii_lowercase();
    }
    Some(u128::from_le_bytes(packed))
}

/// The class of the word `text[start..end]`, which the caller knows is ASCII letters only
/// (the tokeniser's common case): the word is lower-cased by one OR over the sixteen bytes
/// read at once, with no loop over its letters.
#[inline]
pub(crate) fn classify_letters(text: &[u8], start: usize, end: usize) -> Lex {
    let len = end.wrapping_sub(start);
    if !(1..=LONGEST).contains(&len) {
        return Lex::Other;
    }
    let raw = if let Some(sixteen) = text
        .get(start..start + 16)
        .and_then(|sixteen| <[u8; 16]>::try_from(sixteen).ok())
    {
        u128::from_le_bytes(sixteen)
    } else {
        // Near the end of the text: copy what is left.
        let mut sixteen = [0u8; 16];
        for (dst, src) in sixteen.iter_mut().zip(text.get(start..end).unwrap_or(&[])) {
            *dst = *src;
        }
        u128::from_le_bytes(sixteen)
    };
    // `len` is 1..=13, so the shift is 24..=120. For ASCII letters `| 0x20` is lower-casing.
    let mask = u128::MAX >> (128 - 8 * len);
    lookup((raw | 0x2020_2020_2020_2020_2020_2020_2020_2020) & mask, len)
}

/// The class of the word of `len` (1 to 8) ASCII letters in the low bytes of `head` (read
/// little-endian from the text; the bytes past the word are ignored).
#[inline]
pub(crate) fn classify_head(head: u64, len: usize) -> Lex {
    if !(1..=8).contains(&len) {
        return Lex::Other;
    }
    // `len` is 1..=8, so the shift is 0..=56. For ASCII letters `| 0x20` is lower-casing.
    let mask = u64::MAX >> (64 - 8 * len);
    lexicon().short.get((head | 0x2020_2020_2020_2020) & mask)
}

/// The class of the lower-case word packed in `key` (little-endian, zero-padded), `len` bytes.
#[inline]
fn lookup(key: u128, len: usize) -> Lex {
    let lexicon = lexicon();
    if len <= 8 {
        // The high half is zero for a word of up to eight bytes.
        #[expect(clippy::cast_possible_truncation, reason = "the high half is zero")]
        lexicon.short.get(key as u64)
    } else {
        lexicon.long.get(key)
    }
}

const MINUTE: f64 = 60.0;
const HOUR: f64 = 3600.0;
const DAY: f64 = 86_400.0;
const WEEK: f64 = 7.0 * DAY;
/// A Gregorian year on average, so that durations in months and years add up.
const YEAR: f64 = 365.2425 * DAY;
const MONTH: f64 = YEAR / 12.0;

/// The value of a `Lex::Scale` code: 0 is a dozen, `n` is 10^n. Codes keep `Lex` (and so
/// every token) small.
pub(crate) fn scale_value(code: u8) -> f64 {
    if code == 0 { 12.0 } else { 10f64.powi(i32::from(code)) }
}

/// Seconds in each `Lex::TimeUnit` code: second, minute, hour, day, week, fortnight, month,
/// year, decade, century, millennium.
const TIME_SECS: [f64; 11] = [
    1.0,
    MINUTE,
    HOUR,
    DAY,
    WEEK,
    2.0 * WEEK,
    MONTH,
    YEAR,
    10.0 * YEAR,
    100.0 * YEAR,
    1000.0 * YEAR,
];

/// The length in seconds of a `Lex::TimeUnit` code.
pub(crate) fn time_secs(code: u8) -> f64 {
    TIME_SECS.get(usize::from(code)).copied().unwrap_or(YEAR)
}

/// Every word with a class other than [`Lex::Other`], lower-case.
const WORDS: &[(&str, Lex)] = &[
    ("zero", Lex::Number(0)),
    ("nil", Lex::Number(0)),
    ("one", Lex::Number(1)),
    ("two", Lex::Number(2)),
    ("three", Lex::Number(3)),
    ("four", Lex::Number(4)),
    ("five", Lex::Number(5)),
    ("six", Lex::Number(6)),
    ("seven", Lex::Number(7)),
    ("eight", Lex::Number(8)),
    ("nine", Lex::Number(9)),
    ("ten", Lex::Number(10)),
    ("eleven", Lex::Number(11)),
    ("twelve", Lex::Number(12)),
    ("thirteen", Lex::Number(13)),
    ("fourteen", Lex::Number(14)),
    ("fifteen", Lex::Number(15)),
    ("sixteen", Lex::Number(16)),
    ("seventeen", Lex::Number(17)),
    ("eighteen", Lex::Number(18)),
    ("nineteen", Lex::Number(19)),
    ("twenty", Lex::Number(20)),
    ("thirty", Lex::Number(30)),
    ("forty", Lex::Number(40)),
    ("fourty", Lex::Number(40)),
    ("fifty", Lex::Number(50)),
    ("sixty", Lex::Number(60)),
    ("seventy", Lex::Number(70)),
    ("eighty", Lex::Number(80)),
    ("ninety", Lex::Number(90)),
    ("hundred", Lex::Scale(2)),
    ("thousand", Lex::Scale(3)),
    ("million", Lex::Scale(6)),
    ("mln", Lex::Scale(6)),
    ("mn", Lex::Scale(6)),
    ("billion", Lex::Scale(9)),
    ("bn", Lex::Scale(9)),
    ("bln", Lex::Scale(9)),
    ("trillion", Lex::Scale(12)),
    ("tn", Lex::Scale(12)),
    ("trn", Lex::Scale(12)),
    ("dozen", Lex::Scale(0)),
    // Multipliers in one word: "grew tenfold" (hyphenated, "three-fold" is a number and the
    // unit "fold").
    ("twofold", Lex::Multiplier(2)),
    ("threefold", Lex::Multiplier(3)),
    ("fourfold", Lex::Multiplier(4)),
    ("fivefold", Lex::Multiplier(5)),
    ("sixfold", Lex::Multiplier(6)),
    ("sevenfold", Lex::Multiplier(7)),
    ("eightfold", Lex::Multiplier(8)),
    ("ninefold", Lex::Multiplier(9)),
    ("tenfold", Lex::Multiplier(10)),
    ("twelvefold", Lex::Multiplier(12)),
    ("twentyfold", Lex::Multiplier(20)),
    ("fiftyfold", Lex::Multiplier(50)),
    ("hundredfold", Lex::Multiplier(100)),
    ("thousandfold", Lex::Multiplier(1000)),
    ("hundreds", Lex::ScalePlural(2)),
    ("thousands", Lex::ScalePlural(3)),
    ("millions", Lex::ScalePlural(6)),
    ("billions", Lex::ScalePlural(9)),
    ("dozens", Lex::ScalePlural(0)),
    ("tens", Lex::ScalePlural(1)),
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
    ("seconds", Lex::TimeUnit(0)),
    ("sec", Lex::TimeUnit(0)),
    ("secs", Lex::TimeUnit(0)),
    ("minute", Lex::TimeUnit(1)),
    ("minutes", Lex::TimeUnit(1)),
    ("min", Lex::TimeUnit(1)),
    ("mins", Lex::TimeUnit(1)),
    ("hour", Lex::TimeUnit(2)),
    ("hours", Lex::TimeUnit(2)),
    ("hr", Lex::TimeUnit(2)),
    ("hrs", Lex::TimeUnit(2)),
    ("h", Lex::TimeUnit(2)),
    ("day", Lex::TimeUnit(3)),
    ("days", Lex::TimeUnit(3)),
    ("week", Lex::TimeUnit(4)),
    ("weeks", Lex::TimeUnit(4)),
    ("wk", Lex::TimeUnit(4)),
    ("wks", Lex::TimeUnit(4)),
    ("fortnight", Lex::TimeUnit(5)),
    ("fortnights", Lex::TimeUnit(5)),
    ("month", Lex::TimeUnit(6)),
    ("months", Lex::TimeUnit(6)),
    ("mo", Lex::TimeUnit(6)),
    ("mos", Lex::TimeUnit(6)),
    ("year", Lex::TimeUnit(7)),
    ("years", Lex::TimeUnit(7)),
    ("yr", Lex::TimeUnit(7)),
    ("yrs", Lex::TimeUnit(7)),
    ("decade", Lex::TimeUnit(8)),
    ("decades", Lex::TimeUnit(8)),
    ("century", Lex::TimeUnit(9)),
    ("centuries", Lex::TimeUnit(9)),
    ("millennium", Lex::TimeUnit(10)),
    ("millennia", Lex::TimeUnit(10)),
    ("millenniums", Lex::TimeUnit(10)),
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
    // Calendar periods named by their accounting year.
    ("fiscal", Lex::Calendar),
    ("financial", Lex::Calendar),
    ("fy", Lex::Calendar),
    // Holidays and feasts that are dates on their own (capitalised only; "Day" holidays are
    // found from their "Day").
    ("christmas", Lex::Holiday),
    ("easter", Lex::Holiday),
    ("thanksgiving", Lex::Holiday),
    ("halloween", Lex::Holiday),
    ("hanukkah", Lex::Holiday),
    ("chanukah", Lex::Holiday),
    ("ramadan", Lex::Holiday),
    ("diwali", Lex::Holiday),
    ("passover", Lex::Holiday),
    ("eid", Lex::Holiday),
    ("kwanzaa", Lex::Holiday),
    ("pentecost", Lex::Holiday),
    ("hogmanay", Lex::Holiday),
    ("nowruz", Lex::Holiday),
    // "Eve" ends a holiday's name ("New Year's Eve"); alone it is a first name, so the
    // periods recogniser takes it only after a holiday's name.
    ("eve", Lex::Holiday),
];

pub(crate) const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Words after which a bare year or a month is a date: "in 2014", "since May".
pub(crate) const DATE_PREPOSITIONS: &[&str] = &[
    "in",
    "since",
    "until",
    "till",
    "by",
    "from",
    "before",
    "after",
    "during",
    "early",
    "late",
    "mid",
    "of",
    "through",
    "throughout",
    "to",
    "between",
    "circa",
    "around",
    "last",
    "next",
    "this",
    "on",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "year",
    "end",
    "start",
    "beginning",
    "and",
    "or",
    "as",
    "ca",
    "c",
    "at",
    "for",
    "into",
    "every",
    "each",
    "past",
    "same",
    "early-",
    "Since",
    "In",
];

/// Words before a word ordinal that make it a rank of something: "the second", "its first".
pub(crate) const RANK_DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "that", "whose",
];

/// Words that make the following number approximate, longest first; the approximation each
/// stands for.
pub(crate) const APPROX_PHRASES: &[(&[&str], Approx)] = &[
    (&["more", "than"], Approx::AtLeast),
    (&["greater", "than"], Approx::AtLeast),
    (&["higher", "than"], Approx::AtLeast),
    (&["larger", "than"], Approx::AtLeast),
    (&["in", "excess", "of"], Approx::AtLeast),
    (&["upwards", "of"], Approx::AtLeast),
    (&["at", "least"], Approx::AtLeast),
    (&["no", "fewer", "than"], Approx::AtLeast),
    (&["no", "less", "than"], Approx::AtLeast),
    (&["as", "many", "as"], Approx::AtMost),
    (&["as", "much", "as"], Approx::AtMost),
    (&["as", "high", "as"], Approx::AtMost),
    (&["as", "few", "as"], Approx::AtLeast),
    (&["as", "little", "as"], Approx::AtLeast),
    (&["as", "low", "as"], Approx::AtLeast),
    (&["less", "than"], Approx::AtMost),
    (&["fewer", "than"], Approx::AtMost),
    (&["lower", "than"], Approx::AtMost),
    (&["smaller", "than"], Approx::AtMost),
    (&["at", "most"], Approx::AtMost),
    (&["up", "to"], Approx::AtMost),
    (&["no", "more", "than"], Approx::AtMost),
    (&["close", "to"], Approx::About),
    (&["just", "over"], Approx::AtLeast),
    (&["well", "over"], Approx::AtLeast),
    (&["just", "under"], Approx::AtMost),
    (&["an", "estimated"], Approx::About),
    (&["on", "average"], Approx::About),
    (&["an", "average", "of"], Approx::About),
    (&["a", "total", "of"], Approx::Exact),
    (&["about"], Approx::About),
    (&["around"], Approx::About),
    (&["approximately"], Approx::About),
    (&["approx"], Approx::About),
    (&["roughly"], Approx::About),
    (&["nearly"], Approx::About),
    (&["almost"], Approx::About),
    (&["some"], Approx::About),
    (&["circa"], Approx::About),
    (&["estimated"], Approx::About),
    (&["over"], Approx::AtLeast),
    (&["above"], Approx::AtLeast),
    (&["exceeding"], Approx::AtLeast),
    (&["under"], Approx::AtMost),
    (&["below"], Approx::AtMost),
    (&["within"], Approx::AtMost),
    (&["only"], Approx::Exact),
    (&["just"], Approx::Exact),
    (&["exactly"], Approx::Exact),
    (&["precisely"], Approx::Exact),
    (&["every"], Approx::Exact),
    (&["each"], Approx::Exact),
    (&["another"], Approx::Exact),
];

/// Nouns other than units of time that name a stretch a modifier can point at: "this weekend", "last summer".
pub(crate) const PERIOD_WORDS: &[&str] = &[
    "weekend", "weekends", "summer", "winter", "spring", "autumn", "quarter", "season", "semester", "term", "session",
    "half",
];

/// Adverbs that open a date and belong to it: "earlier this week", "late 2019".
pub(crate) const DATE_ADVERBS: &[&str] = &["earlier", "later", "early", "late", "mid", "since"];

/// Words before a weekday that make it relative: "last Tuesday", "the following Monday".
pub(crate) const WEEKDAY_MODIFIERS: &[&str] = &["last", "next", "this", "past", "coming", "previous", "following"];

/// Nouns for the edge or part of a period before "of": "the end of the year", "the turn of the century".
pub(crate) const PERIOD_BOUNDARIES: &[&str] = &["end", "start", "beginning", "middle", "rest", "turn"];

/// Decades written as words: "the sixties".
pub(crate) const DECADE_WORDS: &[&str] = &[
    "sixties",
    "seventies",
    "eighties",
    "nineties",
    "fifties",
    "forties",
    "thirties",
    "twenties",
];

/// Units a date can be counted back or on from: "the year before", "the week after".
pub(crate) const RELATIVE_UNITS: &[&str] = &["year", "week", "month", "decade"];

/// Words after "the year" that make it relative to a date just told: "the year before".
pub(crate) const BEFORE_AFTER: &[&str] = &["before", "after", "earlier", "later", "prior"];

/// Nouns that name one day or moment after "the": "the weekend", "the day".
pub(crate) const DAY_NOUNS: &[&str] = &["weekend", "weekends", "day", "moment"];

/// Nouns that name a stretch of another date when "of" and that date follow: a season ("the
/// summer of 1969"), a part of the day ("the night of July 4"), a week or a month ("the week
/// of June 3", "the month of May"), a part ("the early part of 2018").
pub(crate) const STRETCH_NOUNS: &[&str] = &[
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "morning",
    "afternoon",
    "evening",
    "night",
    "day",
    "week",
    "weekend",
    "month",
    "part",
];

/// Periods other than units of time that recur as a frequency after "each" or "every": "each
/// spring", "every weekend".
pub(crate) const RECURRING_PERIODS: &[&str] = &["spring", "summer", "autumn", "fall", "winter", "weekend"];

/// Units of time that make one hyphenated date with a boundary: "year-end", "month-to-date".
pub(crate) const COMPOUND_UNITS: &[&str] = &["year", "month", "week"];

/// A unit of time glued to one of these by hyphens is a date: "year-end", "month-end",
/// "week-start"; "year-to-date" is spelt out in [`super::dates`].
pub(crate) const UNIT_BOUNDARIES: &[&str] = &["end", "start"];

/// Words between "the" and a stretch noun that say which one: "the last week of March", "the
/// early part of 2018" (ordinal words are taken by their word class: "the first week of").
pub(crate) const STRETCH_MODIFIERS: &[&str] = &["early", "late", "later", "latter", "last", "final"];

/// Prepositions that frame a span and stay with it: "over the weekend".
pub(crate) const THROUGHOUT_WORDS: &[&str] = &["over", "during", "throughout"];

/// Modifiers that may take a plural period: "the coming days", "the past weeks".
pub(crate) const PLURAL_PERIOD_MODIFIERS: &[&str] = &["coming", "past", "next", "following", "last"];

/// Modifiers after "the" that place a period in a sequence: "the next day", "the same week".
pub(crate) const SEQUENCE_MODIFIERS: &[&str] = &["next", "following", "previous", "same", "past", "coming", "last"];

/// Prepositions that frame a plural span and stay with it: "in the coming days".
pub(crate) const SPAN_PREPOSITIONS: &[&str] = &["in", "over", "during", "for", "within"];

/// Prepositions that make "that time" a date: "at that time", "since that time".
pub(crate) const THAT_TIME_PREPOSITIONS: &[&str] = &["at", "by", "since", "until"];

/// Words before a period noun that make a relative date: "this week", "recent years".
pub(crate) const PERIOD_MODIFIERS: &[&str] = &[
    "this", "last", "next", "past", "coming", "current", "every", "each", "recent",
];

/// Nouns other than units of time that an ordinal ranks as a date: "the 20th century", "the first half".
pub(crate) const RANKED_PERIODS: &[&str] = &["half", "quarter", "century", "anniversary", "millennium"];

/// Prefixes glued by a hyphen to a year or decade that keep it a date: "mid-1990s", "pre-2008".
pub(crate) const DATE_PREFIXES: &[&str] = &["mid", "pre", "post", "early", "late"];

/// Words before a clock time that make it one: "at 22:30", "until 9".
pub(crate) const TIME_PREPOSITIONS: &[&str] = &[
    "at", "by", "until", "till", "from", "before", "after", "around", "about", "since", "to", "and", "of",
];

/// Times of day named by one word, dates without an article: "at noon", "until midnight".
pub(crate) const CLOCK_WORDS: &[&str] = &["noon", "midnight", "midday"];

/// Letters glued to digits that make them an ordinal: "3rd", "21st".
pub(crate) const ORDINAL_SUFFIXES: &[&str] = &["st", "nd", "rd", "th"];

/// Words after "the day" that place it next to a date just told: "the day before".
pub(crate) const DAY_BEFORE_AFTER: &[&str] = &["before", "after"];

/// Modifiers of a frequency rather than of one period: "every year", "each month".
pub(crate) const EVERY_WORDS: &[&str] = &["every", "each"];

/// Period nouns that say nothing after "this" or "last" alone: "this half", "last term".
pub(crate) const VAGUE_PERIOD_NOUNS: &[&str] = &["half", "term", "session"];

/// Words before a year that make it name a thing of that year, still a date: "the 2019
/// budget", "its 2020 report".
pub(crate) const YEAR_DETERMINERS: &[&str] = &["the", "its", "their"];

/// Period modifiers that take a singular or a plural period: "last year", "the past months".
pub(crate) const ANY_NUMBER_MODIFIERS: &[&str] = &["last", "past"];

/// Words after a duration that tell it from now or from a date, making it a date: "two years
/// ago", "a week later".
pub(crate) const FROM_NOW_WORDS: &[&str] = &["ago", "earlier", "later"];

/// Words that make an amount a rate when a unit follows them: "60 miles an hour", "$15 a
/// day", "$50 per person".
pub(crate) const RATE_LINKS: &[&str] = &["a", "an", "per"];

/// Determiners before a name that holds a number: "the Apollo 11 crew", "a Boeing 737 jet".
pub(crate) const NAME_DETERMINERS: &[&str] = &["the", "a", "an", "its", "their", "his", "her", "our", "this", "that"];

/// The last word of a street's name: a number before "Downing Street" is a house number.
pub(crate) const STREET_WORDS: &[&str] = &[
    "Street",
    "St",
    "Avenue",
    "Ave",
    "Road",
    "Rd",
    "Boulevard",
    "Blvd",
    "Lane",
    "Drive",
    "Square",
    "Place",
];

/// Acronyms of statistics whose numbers are values, not part of a name: "95% CI 1.11–1.62",
/// "OR 2.3" (as written, upper case).
pub(crate) const STATISTIC_ACRONYMS: &[&str] = &["CI", "OR", "HR", "RR", "SD", "SE", "IQR", "SEM", "AOR"];

/// Time-zone abbreviations written after a clock time: "15:11 GMT", "8 p.m. EST" (case as
/// written: "et" in running text is no zone).
pub(crate) const TIME_ZONES: &[&str] = &[
    "GMT", "UTC", "BST", "CET", "CEST", "EET", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "ET", "PT",
    "CT", "MSK", "IST", "JST", "KST", "AEST", "AEDT", "HKT", "SGT",
];

/// Whether `word` is a time zone of [`TIME_ZONES`].
pub(crate) fn is_time_zone(word: &str) -> bool {
    TIME_ZONES.contains(&word)
}

/// The half of the day after an hour: "3 pm", "6:00am", "9 a.m." (any case).
pub(crate) const MERIDIEMS: &[&str] = &["am", "pm", "a.m.", "p.m.", "a.m", "p.m"];

/// Whether `word` is one of [`MERIDIEMS`].
pub(crate) fn is_meridiem(word: &str) -> bool {
    MERIDIEMS.iter().any(|m| word.eq_ignore_ascii_case(m))
}

/// Words before a decade that belong to it: "the 1990s", "the early 1990s".
pub(crate) const DECADE_OPENERS: &[&str] = &["the", "early", "mid", "late"];

/// Parts of a decade or year: "early", "mid", "late".
pub(crate) const PART_OF_DECADE: &[&str] = &["mid", "early", "late"];

/// Temperature scales spelled out after "degrees": "40 degrees Celsius".
pub(crate) const TEMPERATURE_SCALES: &[&str] = &["fahrenheit", "celsius", "centigrade", "kelvin"];

/// Adjectives between a number and its unit of time: "twenty working days", "three straight years".
pub(crate) const DURATION_ADJECTIVES: &[&str] = &[
    "working",
    "business",
    "full",
    "whole",
    "consecutive",
    "straight",
    "more",
    "additional",
    "extra",
    "calendar",
    "solid",
    "long",
    "short",
];

/// Words before a duration that frame it: "the past two months", "the next 30 hours".
pub(crate) const DURATION_FRAMES: &[&str] = &[
    "past",
    "last",
    "next",
    "previous",
    "coming",
    "following",
    "first",
    "final",
    "recent",
];

/// Prepositions before a framed duration that stay with it: "over the past two months".
pub(crate) const DURATION_PREPOSITIONS: &[&str] = &["over", "in", "for", "during", "within", "throughout"];

/// Words before "a day", "a year" that make a rate, not a duration: "twice a day".
pub(crate) const RATE_WORDS: &[&str] = &["twice", "once", "times", "per", "thrice"];

/// Words before a bare plural unit of time that make it a duration: "for decades", "took months".
pub(crate) const DURATION_VERBS: &[&str] = &["for", "over", "within", "lasting", "took", "takes", "spent", "waited"];

/// Lower-case words a title in quotes may hold: "Cowboys and Indians".
pub(crate) const TITLE_SMALL_WORDS: &[&str] = &[
    "of", "the", "and", "a", "an", "in", "on", "for", "to", "vs", "at", "or", "with", "by", "from", "into", "over",
];

/// Words before a quotation that introduce a name or a term, not speech: "called “X”".
pub(crate) const NAMING_WORDS: &[&str] = &[
    "called",
    "named",
    "dubbed",
    "titled",
    "entitled",
    "nicknamed",
    "word",
    "term",
    "phrase",
    "label",
    "labelled",
    "labeled",
    "branded",
    "so-called",
    "headlined",
    "reading",
    "marked",
];

/// Words that open a clause and so end a speaker walked back from its verb.
pub(crate) const CLAUSE_WORDS: &[&str] = &[
    "that", "and", "but", "because", "while", "when", "as", "after", "before", "which", "who", "if", "so", "though",
    "although", "where", "then", "whether",
];

/// Words that end a speaker phrase read forward from its verb: "said X in a statement".
pub(crate) const SPEAKER_ENDINGS: &[&str] = &[
    "in",
    "on",
    "at",
    "to",
    "during",
    "after",
    "before",
    "when",
    "while",
    "who",
    "which",
    "that",
    "as",
    "because",
    "adding",
    "according",
    "and",
    "but",
    "with",
    "from",
    "last",
    "this",
    "yesterday",
    "today",
    "on",
    "via",
    "told",
    "said",
    "says",
    "earlier",
    "later",
    "recently",
    "previously",
    "also",
];

/// Titles and abbreviations that may stand before a speaker's name: "Dr", "Gen".
pub(crate) const TITLES: &[&str] = &[
    "Dr", "Mr", "Mrs", "Ms", "Prof", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Capt", "Sgt", "St", "Rev", "Hon", "Maj",
    "Adm", "Supt", "Insp", "Det",
];

/// Personal pronouns that may speak alone: "he said", "said she".
pub(crate) const PERSONAL_PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i", "you"];

/// Forms of "be" that make a past participle after them passive: "was told", "been asked".
/// The subject of a passive speech verb is the one spoken to, never the speaker.
pub(crate) const PASSIVE_AUXILIARIES: &[&str] = &["be", "is", "are", "was", "were", "been", "being"];

/// Words that open a direct question about someone ("Why did she …?"): the quote answering
/// it is theirs (speakers.rs, `attribution_question`).
pub(crate) const QUESTION_WORDS: &[&str] = &["why", "what", "how", "when", "where", "who"];

/// Auxiliaries inverted before the subject of a direct question: "did she", "was he".
pub(crate) const QUESTION_AUXILIARIES: &[&str] = &[
    "did", "does", "do", "is", "was", "were", "are", "has", "have", "had", "would", "will", "can", "could", "should",
];

/// Pronouns that never speak an answer: "Why is it late?" is no one's question to answer.
pub(crate) const NON_SPEAKER_PRONOUNS: &[&str] = &["it", "this", "that", "there"];

/// Words between a subject and its speech verb: "has said", "also told".
pub(crate) const AUXILIARIES: &[&str] = &[
    "has",
    "had",
    "have",
    "was",
    "is",
    "also",
    "later",
    "then",
    "previously",
    "earlier",
    "once",
    "reportedly",
    "further",
    "repeatedly",
    "publicly",
    "recently",
    "had",
    "would",
    "will",
    "did",
    "once",
    "subsequently",
    "simply",
    "just",
    "again",
];

/// Forms of "be": the subject of a speech verb never runs back over one ("what they got
/// was a note saying …": the note speaks).
pub(crate) const COPULAS: &[&str] = &["is", "was", "are", "were", "be", "been", "being"];

/// Words after a holiday's name that are part of the date: "Christmas Eve", "Easter Sunday",
/// "Thanksgiving weekend", "the Christmas period", "the Easter break".
pub(crate) const HOLIDAY_TAILS: &[&str] = &[
    "Day", "Eve", "weekend", "week", "holiday", "holidays", "morning", "night", "period", "season", "break",
];

/// Part-of-year nouns an ordinal divides a year into, with how many make a year: "the fourth
/// quarter", "the first half of 2023".
pub(crate) const YEAR_PARTS: &[(&str, u8)] = &[("quarter", 4), ("half", 2), ("trimester", 3), ("semester", 2)];

/// Nouns after a year that make the pair one named period: "the 2019 period", "the 2022-23
/// season", "the 2024 fiscal year", "the 2020 school year".
pub(crate) const YEAR_PERIOD_NOUNS: &[&str] = &[
    "period", "season", "year", "quarter", "half", "term", "session", "window", "cycle",
];

/// Words between a year and "year" that name the kind of year: "the 2024 fiscal year".
pub(crate) const YEAR_KINDS: &[&str] = &[
    "fiscal",
    "financial",
    "academic",
    "school",
    "tax",
    "calendar",
    "budget",
    "model",
    "marketing",
];

/// Words before a period noun that point at one period: "the", "this", "last", "its".
pub(crate) const PERIOD_DETERMINERS: &[&str] = &[
    "the", "this", "last", "next", "previous", "current", "coming", "same", "its", "their", "our",
];

/// Words just before a score or a vote tally that make "7-2" one: "voted 7-2", "won 3-1".
pub(crate) const TALLY_BEFORE: &[&str] = &[
    "voted",
    "vote",
    "votes",
    "won",
    "win",
    "wins",
    "winning",
    "lost",
    "lose",
    "loses",
    "losing",
    "beat",
    "beats",
    "beating",
    "defeated",
    "defeat",
    "defeats",
    "drew",
    "draw",
    "tied",
    "leads",
    "led",
    "lead",
    "leading",
    "trail",
    "trails",
    "trailed",
    "trailing",
    "score",
    "scored",
    "margin",
    "passed",
    "approved",
    "rejected",
    "ruled",
    "edged",
    "routed",
    "thrashed",
    "upheld",
    "overturned",
    "finished",
    "ended",
    "split",
];

/// Nouns just after a tally that make it one: "a 5-4 decision", "a 52-48 majority".
pub(crate) const TALLY_AFTER: &[&str] = &[
    "vote",
    "votes",
    "decision",
    "ruling",
    "majority",
    "margin",
    "win",
    "victory",
    "defeat",
    "loss",
    "draw",
    "verdict",
    "split",
    "scoreline",
    "lead",
    "result",
    "tally",
    "count",
    "home",
    "away",
    "aggregate",
];

/// Fraction words and the denominator they stand for: "a fifth of", "two-thirds of",
/// "half of". Ordinal words stand for fractions only in this role.
pub(crate) const FRACTIONS: &[(&str, u8)] = &[
    ("half", 2),
    ("halves", 2),
    ("third", 3),
    ("thirds", 3),
    ("quarter", 4),
    ("quarters", 4),
    ("fourth", 4),
    ("fourths", 4),
    ("fifth", 5),
    ("fifths", 5),
    ("sixth", 6),
    ("sixths", 6),
    ("seventh", 7),
    ("sevenths", 7),
    ("eighth", 8),
    ("eighths", 8),
    ("ninth", 9),
    ("ninths", 9),
    ("tenth", 10),
    ("tenths", 10),
];

/// Determiners and pronouns that may follow "of" in a proportion: "a fifth of the $2
/// billion", "half of all voters", "a third of them".
pub(crate) const SHARE_DETERMINERS: &[&str] = &[
    "the", "all", "its", "their", "his", "her", "our", "my", "your", "these", "those", "this", "that", "a", "an",
];

/// Pronouns that end a proportion on their own: "a third of them".
pub(crate) const SHARE_PRONOUNS: &[&str] = &["them", "us", "those", "it", "you", "these"];

/// Nouns after which "one" is a determiner of an idiom, not a count: "at one point", "on one
/// hand", "for one thing".
pub(crate) const ONE_IDIOM_NOUNS: &[&str] = &[
    "point",
    "time",
    "stage",
    "hand",
    "side",
    "thing",
    "moment",
    "way",
    "another",
    "day",
    "night",
    "morning",
    "afternoon",
    "evening",
    "occasion",
    "instance",
    "end",
];

/// Words before "one" that make it a pronoun: "no one", "the one", "which one".
pub(crate) const ONE_PRONOUN_BEFORE: &[&str] = &[
    "no", "any", "every", "some", "each", "the", "this", "that", "which", "anyone", "someone", "everyone",
];

/// Words after "one" that make it a pronoun: "one of the", "one who", "one another".
pub(crate) const ONE_PRONOUN_AFTER: &[&str] =
    &["of", "another", "who", "that", "which", "-", "in", "thing", "or", "and"];

/// Possessive determiners: before "last" they make it mean most recent ("her last
/// campaign"), not a rank.
pub(crate) const POSSESSIVES: &[&str] = &["his", "her", "its", "their", "our", "my", "your", "whose"];

/// Scale words that may be glued to a number: "$6billion", "3.1million", "40thousand".
pub(crate) const GLUED_SCALES: &[(&str, f64)] = &[
    ("thousand", 1e3),
    ("million", 1e6),
    ("millions", 1e6),
    ("billion", 1e9),
    ("billions", 1e9),
    ("trillion", 1e12),
];

/// Every word of [`WORDS`] packed into an integer (lower-case, little-endian, zero-padded),
/// in two cuckoo tables: words of up to eight bytes, most of any text, in `u64` keys, the
/// longer ones in `u128`. A lookup reads the key's two slots and picks the class with no
/// branch on whether the word is listed, which no predictor can guess word after word.
struct Lexicon {
    short: Table<u64, Lex, SHORT_SLOTS>,
    long: Table<u128, Lex, LONG_SLOTS>,
}

/// Both tables stay at most a fifth full, so every word finds one of its two slots free.
const SHORT_SLOTS: usize = 1 << 11;
const LONG_SLOTS: usize = 1 << 8;

/// A key of a [`Table`]; zero is the empty slot (no word packs to zero).
trait Key: Copy + Eq + Default {
    /// The key's two slots in a table of `1 << bits`: the top bits of two multiplicative
    /// hashes.
    fn slots(self, bits: u32) -> (usize, usize);
}

impl Key for u64 {
    fn slots(self, bits: u32) -> (usize, usize) {
        let top = |hash: u64| usize::try_from(hash >> (64 - bits)).unwrap_or(0);
        (
            top(self.wrapping_mul(0x9E37_79B9_7F4A_7C15)),
            top(self.wrapping_mul(0xC2B2_AE3D_27D4_EB4F)),
        )
    }
}

impl Key for u128 {
    fn slots(self, bits: u32) -> (usize, usize) {
        #[expect(clippy::cast_possible_truncation, reason = "folding the key into 64 bits")]
        let folded = (self as u64) ^ ((self >> 64) as u64).rotate_left(29);
        folded.slots(bits)
    }
}

/// A cuckoo table of `N` (a power of two) slots: every key sits in one of its two slots.
struct Table<K, V, const N: usize> {
    keys: Box<[K; N]>,
    /// `N + 1` values: the last is `none`, what a lookup that finds nothing reads.
    lex: Box<[V]>,
    none: V,
    /// Keys that found no slot; a test keeps this empty for [`WORDS`].
    overflow: Vec<(K, V)>,
}

impl<K: Key, V: Copy, const N: usize> Table<K, V, N> {
    const BITS: u32 = N.trailing_zeros();
    /// How many keys one insertion may move before it gives up.
    const MAX_MOVES: usize = 64;

    /// An empty table whose lookups find `none`.
    fn new(none: V) -> Self {
        Self {
            keys: Box::new([K::default(); N]),
            lex: vec![none; N + 1].into_boxed_slice(),
            none,
            overflow: Vec::new(),
        }
    }

    fn set(&mut self, slot: usize, key: K, lex: V) {
        if let (Some(k), Some(l)) = (self.keys.get_mut(slot), self.lex.get_mut(slot)) {
            *k = key;
            *l = lex;
        }
    }

    fn key_at(&self, slot: usize) -> K {
        self.keys.get(slot).copied().unwrap_or_default()
    }

    /// Adds `key`, or gives it a new class when it is there already (a later row wins).
    fn insert(&mut self, key: K, lex: V) {
        let (first, second) = key.slots(Self::BITS);
        for slot in [first, second] {
            if self.key_at(slot) == key || self.key_at(slot) == K::default() {
                self.set(slot, key, lex);
                return;
            }
        }
        // Both taken: move the occupant of one slot to its other slot, and so on.
        let (mut key, mut lex, mut slot) = (key, lex, first);
        for _ in 0..Self::MAX_MOVES {
            let evicted = (self.key_at(slot), self.lex.get(slot).copied().unwrap_or(self.none));
            self.set(slot, key, lex);
            (key, lex) = evicted;
            let (a, b) = key.slots(Self::BITS);
            slot = if slot == a { b } else { a };
            if self.key_at(slot) == K::default() {
                self.set(slot, key, lex);
                return;
            }
        }
        self.overflow.push((key, lex));
    }

    #[inline]
    fn get(&self, key: K) -> V {
        let (first, second) = key.slots(Self::BITS);
        // Arithmetic, not `if`: the compiler keeps a chain of ifs as branches.
        let in_first = usize::from(self.key_at(first) == key);
        let in_second = usize::from(self.key_at(second) == key) * (1 - in_first);
        let slot = in_first * first + in_second * second + (1 - in_first - in_second) * N;
        let lex = self.lex.get(slot).copied().unwrap_or(self.none);
        if self.overflow.is_empty() {
            return lex;
        }
        self.overflow
            .iter()
            .find(|(k, _)| *k == key)
            .map_or(lex, |&(_, class)| class)
    }
}

/// The words of a table as packed keys (see [`packed_lower`]) in a cuckoo table built on
/// first use: for a table asked at many tokens, two probes and no branch on the answer instead
/// of a compare per row.
pub(crate) struct WordKeys {
    keys: std::sync::OnceLock<Table<u128, usize, WORD_KEY_SLOTS>>,
    /// The word of row `n` of the table, `None` past its end.
    row: fn(usize) -> Option<&'static str>,
}

/// Slots of a [`WordKeys`] table: the tables it serves have a few dozen words.
const WORD_KEY_SLOTS: usize = 1 << 8;

impl WordKeys {
    /// Keys for the table whose rows `row` reads.
    pub(crate) const fn new(row: fn(usize) -> Option<&'static str>) -> Self {
        Self {
            keys: std::sync::OnceLock::new(),
            row,
        }
    }

    /// The first row whose word is `word` (ignoring ASCII case), as a `find` over the table
    /// would give it.
    pub(crate) fn first_row(&self, word: &[u8]) -> Option<usize> {
        let keys = self.keys.get_or_init(|| {
            let rows: Vec<(u128, usize)> = (0..)
                .map_while(|at| (self.row)(at).map(|word| (word, at)))
                .filter_map(|(word, at)| Some((packed_lower(word.as_bytes())?, at)))
                .collect();
            let mut keys = Table::new(usize::MAX);
            // Last row first: a later insert of the same key wins, so the first row stays.
            for &(key, at) in rows.iter().rev() {
                keys.insert(key, at);
            }
            keys
        });
        let at = keys.get(packed_lower(word)?);
        (at != usize::MAX).then_some(at)
    }
}

/// No listed word is longer (and so every one packs into a `u128`).
const LONGEST: usize = 13;

fn lexicon() -> &'static Lexicon {
    static LEXICON: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
    LEXICON.get_or_init(|| {
        let mut lexicon = Lexicon {
            short: Table::new(Lex::Other),
            long: Table::new(Lex::Other),
        };
        for (word, lex) in WORDS {
            let bytes = word.as_bytes();
            if bytes.is_empty() || bytes.len() > LONGEST {
                continue;
            }
            let mut packed = [0u8; 16];
            for (dst, src) in packed.iter_mut().zip(bytes) {
                *dst = *src;
            }
            let key = u128::from_le_bytes(packed);
            if bytes.len() <= 8 {
                #[expect(clippy::cast_possible_truncation, reason = "the high half is zero")]
                lexicon.short.insert(key as u64, *lex);
            } else {
                lexicon.long.insert(key, *lex);
            }
        }
        lexicon
    })
}

fn classify_lower(w: &[u8]) -> Lex {
    classify_bytes(w)
}

/// A word that introduces reported speech: "said", "told", "according".
#[expect(clippy::too_many_lines, reason = "one flat list of verbs")]
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
            // Participles of speech verbs, which attribute in absolute and reduced clauses:
            // "with the paper reporting that …", "the ministry recommending …".
            | b"reporting"
            | b"warning"
            | b"noting"
            | b"arguing"
            | b"claiming"
            | b"insisting"
            | b"telling"
            // Verbs of advising.
            | b"recommended"
            | b"recommends"
            | b"recommending"
            | b"advised"
            | b"advises"
            // Verbs of citing: their object is the source ("quoting the agency").
            | b"quoting"
            | b"citing"
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
        // Earthquake magnitudes: "a 6.4-magnitude quake" measures, it counts nothing.
        b"magnitude" => "magnitude",
        b"bytes" | b"kb" | b"mb" | b"gb" | b"tb" | b"megabytes" | b"gigabytes" => "bytes",
        b"votes" | b"seats" => return None,
        _ => {
            return match classify_lower(w) {
                Lex::TimeUnit(code) => Some(Unit {
                    name: time_name(time_secs(code)),
                    secs: Some(time_secs(code)),
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
    #[expect(clippy::float_cmp, reason = "the values come from the same constants")]
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
            | b"folk"
            | b"infantry"
    )
}

/// Words before a number that make it a label, not an amount: "Figure 2", "No. 5".
#[expect(clippy::too_many_lines, reason = "one flat list of label words")]
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
            | b"sample"
            | b"lines"
            | b"complex"
            | b"algorithm"
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
        assert_eq!(classify("Twenty"), Lex::Number(20));
        assert_eq!(classify("JANUARY"), Lex::Month(1));
        assert_eq!(classify("Thursday"), Lex::Weekday(4));
        assert_eq!(classify("second"), Lex::Ordinal(2));
        assert_eq!(classify("a-very-long-word-that-does-not-fit"), Lex::Other);
    }

    #[test]
    fn every_listed_word_is_found_in_its_two_slots() {
        let lexicon = lexicon();
        assert!(lexicon.short.overflow.is_empty() && lexicon.long.overflow.is_empty());
        let mut last_row = std::collections::HashMap::new();
        for (word, lex) in WORDS {
            assert!(word.len() <= LONGEST, "{word} is longer than LONGEST");
            last_row.insert(*word, *lex);
        }
        for (word, lex) in last_row {
            let upper = word.to_ascii_uppercase();
            assert_eq!(classify(word), lex, "{word}");
            assert_eq!(classify(&upper), lex, "{upper}");
            if word.bytes().all(|b| b.is_ascii_alphabetic()) {
                let padded = format!("{upper} and more text after it");
                assert_eq!(
                    classify_letters(padded.as_bytes(), 0, word.len()),
                    lex,
                    "{word} in text"
                );
                assert_eq!(
                    classify_letters(upper.as_bytes(), 0, word.len()),
                    lex,
                    "{word} at the end"
                );
                if let Some(eight) = padded.as_bytes().get(..8).and_then(|b| <[u8; 8]>::try_from(b).ok())
                    && word.len() <= 8
                {
                    assert_eq!(classify_head(u64::from_le_bytes(eight), word.len()), lex, "{word} head");
                }
            }
        }
        assert_eq!(classify("thee"), Lex::Other);
        assert_eq!(classify_letters(b"xthex", 1, 4), Lex::Frame);
    }

    #[test]
    fn word_keys_give_the_first_row_of_a_word() {
        const TABLE: &[&str] = &["end", "Start", "end", "rest"];
        static KEYS: WordKeys = WordKeys::new(|at| TABLE.get(at).copied());
        assert_eq!(KEYS.first_row(b"END"), Some(0));
        assert_eq!(KEYS.first_row(b"start"), Some(1));
        assert_eq!(KEYS.first_row(b"rest"), Some(3));
        assert_eq!(KEYS.first_row(b"ends"), None);
        assert_eq!(KEYS.first_row(b""), None);
        for (at, word) in FRACTIONS.iter().map(|(word, _)| *word).enumerate() {
            static FRACTION_KEYS: WordKeys = WordKeys::new(|at| FRACTIONS.get(at).map(|(word, _)| *word));
            assert_eq!(FRACTION_KEYS.first_row(word.as_bytes()), Some(at), "{word}");
        }
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
