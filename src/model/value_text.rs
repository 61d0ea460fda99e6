//! Values and time stamps in words, as a person writes them: "60,000 to 90,000 Russian
//! soldiers", "about 3 weeks", "January, year not stated", "the last",
//! "14 March 2024, 09:00 UTC". The inspector, every report and the command line show these;
//! the project file and the JSON formats keep the structured values and ISO time stamps.

use std::fmt::Write as _;

use super::{Approx, DatePoint, DateValue, Ordinal, Quantity, Value};

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl Value {
    /// The value in words, for people: "60,000 to 90,000 Russian soldiers", "about 3 weeks",
    /// "9 to 10 January, year not stated", "the second to last", "said by Jen Psaki".
    pub fn describe(&self) -> String {
        match self {
            Value::Quantity(quantity) => quantity.describe(),
            Value::Date(date) => date.describe(),
            Value::Ordinal(ordinal) => ordinal.describe(),
            Value::Quote(quote) => match &quote.speaker {
                Some(speaker) => match &speaker.refers_to {
                    Some(name) => format!("said by {} ({name})", speaker.name),
                    None => format!("said by {}", speaker.name),
                },
                None => "speaker not named".to_owned(),
            },
            Value::Statement(statement) => {
                format!("check-worthiness {:.2}", statement.checkworthiness)
            }
        }
    }
}

impl std::fmt::Display for Value {
    /// The same words as [`Value::describe`].
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.describe())
    }
}

/// Where a unit goes and how it is written.
enum UnitStyle {
    /// Written before each number: "$45 million", "€3", "INR 3 million".
    Before(String),
    /// Glued after each number: "3.5%", "30°".
    Glued(String),
    /// Once, after the (last) number: "5 to 6 km", "3 weeks"; `plural` for more than one.
    After { singular: String, plural: String },
    /// A kind of quantity rather than a unit ("speed", "energy"): "50 (a speed)".
    Category(String),
}

/// How a time unit is named in the singular and plural.
const TIME_UNITS: [(&str, &str); 11] = [
    ("second", "seconds"),
    ("minute", "minutes"),
    ("hour", "hours"),
    ("day", "days"),
    ("week", "weeks"),
    ("fortnight", "fortnights"),
    ("month", "months"),
    ("year", "years"),
    ("decade", "decades"),
    ("century", "centuries"),
    ("millennium", "millennia"),
];

fn unit_style(unit: &str) -> UnitStyle {
    let before = |symbol: &str| UnitStyle::Before(symbol.to_owned());
    match unit {
        "USD" => before("$"),
        "EUR" => before("€"),
        "GBP" => before("£"),
        "JPY" => before("¥"),
        "%" | "‰" | "°" | "°C" | "°F" | "℃" => UnitStyle::Glued(unit.to_owned()),
        "cent" => UnitStyle::After {
            singular: "cent".to_owned(),
            plural: "cents".to_owned(),
        },
        "times" | "points" => UnitStyle::After {
            singular: unit.trim_end_matches('s').to_owned(),
            plural: unit.to_owned(),
        },
        "speed" | "energy" | "bytes" | "unit" => UnitStyle::Category(unit.to_owned()),
        _ => {
            if let Some((singular, plural)) = TIME_UNITS.iter().find(|(singular, _)| *singular == unit) {
                return UnitStyle::After {
                    singular: (*singular).to_owned(),
                    plural: (*plural).to_owned(),
                };
            }
            // The currency codes the detector writes besides the four with a symbol go
            // before the number, as financial news writes them: "INR 45 million".
            if CURRENCY_CODES.contains(&unit) {
                return UnitStyle::Before(format!("{unit} "));
            }
            UnitStyle::After {
                singular: unit.to_owned(),
                plural: unit.to_owned(),
            }
        }
    }
}

/// Currency codes without a symbol of their own here.
const CURRENCY_CODES: [&str; 12] = [
    "INR", "RUB", "CHF", "CNY", "AUD", "CAD", "HKD", "NZD", "KRW", "BRL", "TRY", "UAH",
];

impl Quantity {
    /// The quantity in words: "about 10,000 soldiers", "60,000 to 90,000 Russian soldiers",
    /// "$45 million", "at least 3.5%", "50 minutes" (never the length in seconds).
    pub fn describe(&self) -> String {
        let mut out = String::new();
        match self.approx {
            Approx::Exact => {}
            Approx::About => out.push_str("about "),
            Approx::AtLeast => out.push_str("at least "),
            Approx::AtMost => out.push_str("at most "),
        }
        let style = match self.unit.as_deref().map(str::trim).filter(|unit| !unit.is_empty()) {
            Some(unit) => unit_style(unit),
            None => UnitStyle::After {
                singular: String::new(),
                plural: String::new(),
            },
        };
        let one = |number: f64, out: &mut String| match &style {
            UnitStyle::Before(symbol) => {
                if number < 0.0 {
                    out.push('-');
                }
                out.push_str(symbol);
                out.push_str(&number_in_words(number.abs()));
            }
            UnitStyle::Glued(symbol) => {
                out.push_str(&number_in_words(number));
                out.push_str(symbol);
            }
            UnitStyle::After { .. } | UnitStyle::Category(_) => out.push_str(&number_in_words(number)),
        };
        one(self.low, &mut out);
        let last = match self.high {
            Some(high) => {
                out.push_str(" to ");
                one(high, &mut out);
                high
            }
            None => self.low,
        };
        match &style {
            UnitStyle::After { singular, plural } if !singular.is_empty() => {
                out.push(' ');
                // "1 hour", "1.5 hours", "2 to 3 hours", "0 days".
                let single = self.high.is_none() && (last.abs() - 1.0).abs() < f64::EPSILON;
                out.push_str(if single { singular } else { plural });
            }
            UnitStyle::Category(category) => {
                let _ = write!(out, " (a measure of {category})");
            }
            _ => {}
        }
        if let Some(counted) = self
            .counted
            .as_deref()
            .map(str::trim)
            .filter(|counted| !counted.is_empty())
        {
            out.push(' ');
            out.push_str(counted);
        }
        out
    }
}

/// A number as a news story writes it: "4,000", "1.2 million", "45 billion", "0.25", with
/// no binary float noise (0.1 × 3 is "0.3").
pub(crate) fn number_in_words(number: f64) -> String {
    if !number.is_finite() {
        return format!("{number}");
    }
    let magnitude = number.abs();
    for (scale, word) in [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")] {
        if magnitude >= scale {
            let mantissa = number / scale;
            // Only when the scale word loses nothing: 1.25 million yes, 1,234,567 no.
            if (mantissa * 1000.0 - (mantissa * 1000.0).round()).abs() < 1e-6 && mantissa.abs() < 1000.0 {
                return format!("{} {word}", plain_number(mantissa));
            }
            break;
        }
    }
    plain_number(number)
}

/// Digits with thousands separators from 1,000 up, and no float noise.
fn plain_number(number: f64) -> String {
    let text = if number.fract() == 0.0 && number.abs() < 1e15 {
        format!("{number:.0}")
    } else {
        // Twelve significant digits hide binary noise (0.1 * 3 = 0.30000000000000004)
        // without losing anything an article states.
        let rounded = format!("{number:.11e}").parse::<f64>().unwrap_or(number);
        format!("{rounded}")
    };
    let (sign, unsigned) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text.as_str()),
    };
    let (whole, fraction) = match unsigned.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (unsigned, None),
    };
    if whole.len() < 4 || !whole.bytes().all(|byte| byte.is_ascii_digit()) {
        return text;
    }
    let mut grouped = String::with_capacity(whole.len() + whole.len() / 3);
    for (index, digit) in whole.chars().enumerate() {
        if index > 0 && (whole.len() - index) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    match fraction {
        Some(fraction) => format!("{sign}{grouped}.{fraction}"),
        None => format!("{sign}{grouped}"),
    }
}

impl DateValue {
    /// The date in words: "Thursday", "9 to 10 January 2022", "January, year not stated",
    /// "the 1990s", "earlier this week (relative to the article's date)".
    pub fn describe(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        let start = DatePoint {
            year: self.year,
            month: self.month,
            day: self.day,
        };
        let calendar = match &self.until {
            Some(until) => range_text(&start, until),
            None => point_text(&start),
        };
        let mut lead = String::new();
        if let Some(weekday) = self.weekday.as_deref().map(str::trim).filter(|day| !day.is_empty()) {
            lead.push_str(weekday);
        }
        if !calendar.is_empty() {
            if !lead.is_empty() {
                lead.push_str(", ");
            }
            lead.push_str(&calendar);
        }
        if let Some(decade) = self.decade {
            if !lead.is_empty() {
                lead.push_str(", ");
            }
            let _ = write!(lead, "the {decade}s");
        }
        if let Some(time) = self.time.as_deref().map(str::trim).filter(|time| !time.is_empty()) {
            if lead.is_empty() {
                lead.push_str(time);
            } else {
                let _ = write!(lead, " at {time}");
            }
        }
        if !lead.is_empty() {
            parts.push(lead);
        }
        let stated_year = self.year.is_some() || self.until.as_ref().is_some_and(|until| until.year.is_some());
        let stated_month = self.month.is_some() || self.until.as_ref().is_some_and(|until| until.month.is_some());
        let stated_day = self.day.is_some() || self.until.as_ref().is_some_and(|until| until.day.is_some());
        if stated_day && !stated_month && self.weekday.is_none() {
            parts.push("month not stated".to_owned());
        }
        if (stated_month || stated_day) && !stated_year && self.decade.is_none() {
            parts.push("year not stated".to_owned());
        }
        if let Some(relative) = self
            .relative
            .as_deref()
            .map(str::trim)
            .filter(|words| !words.is_empty())
        {
            parts.push(format!("{relative} (relative to the article's date)"));
        }
        if parts.is_empty() {
            return "a date".to_owned();
        }
        parts.join(", ")
    }
}

fn month_name(month: u8) -> Option<&'static str> {
    MONTHS.get(usize::from(month).checked_sub(1)?).copied()
}

/// "9 January 2022", "January 2022", "9 January", "2022", "the 9th"; empty when nothing is
/// known. A month outside 1–12 (a hand-edited file) is written as a number.
fn point_text(point: &DatePoint) -> String {
    let mut words: Vec<String> = Vec::new();
    match (point.day, point.month) {
        (Some(day), Some(month)) => words.push(format!("{day} {}", month_text(month))),
        (None, Some(month)) => words.push(month_text(month)),
        (Some(day), None) => words.push(format!("the {}", ordinal_number(u32::from(day)))),
        (None, None) => {}
    }
    if let Some(year) = point.year {
        words.push(year_text(year));
    }
    words.join(" ")
}

fn month_text(month: u8) -> String {
    month_name(month).map_or_else(|| format!("month {month}"), str::to_owned)
}

fn year_text(year: i32) -> String {
    if year < 0 {
        format!("{} BC", year.unsigned_abs())
    } else {
        year.to_string()
    }
}

/// A range, with what the end leaves unsaid taken from the start: "9 to 10 January 2022",
/// "9 January to 3 February", "2010 to 2014".
fn range_text(start: &DatePoint, until: &DatePoint) -> String {
    let end = DatePoint {
        year: until.year.or(start.year),
        month: until.month.or(start.month),
        day: until.day,
    };
    let same_year = start.year == end.year;
    let same_month = same_year && start.month == end.month;
    let from = if same_month && start.day.is_some() && end.day.is_some() {
        start.day.map(|day| day.to_string()).unwrap_or_default()
    } else if same_year && start.year.is_some() {
        point_text(&DatePoint {
            year: None,
            ..start.clone()
        })
    } else {
        point_text(start)
    };
    let to = point_text(&end);
    match (from.is_empty(), to.is_empty()) {
        (true, true) => String::new(),
        (false, true) => from,
        (true, false) => format!("until {to}"),
        (false, false) => format!("{from} to {to}"),
    }
}

/// "1st", "2nd", "3rd", "4th", "11th", "21st".
fn ordinal_number(number: u32) -> String {
    let suffix = match (number % 10, number % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{number}{suffix}")
}

/// "first" … "tenth", then "11th", "21st".
fn ordinal_word(rank: u32) -> String {
    const WORDS: [&str; 10] = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    ];
    rank.checked_sub(1)
        .and_then(|index| WORDS.get(usize::try_from(index).ok()?))
        .map_or_else(|| ordinal_number(rank), |word| (*word).to_owned())
}

impl Ordinal {
    /// The rank in words: "the first", "the 21st", "the last", "the second to last".
    pub fn describe(&self) -> String {
        match (self.from_end, self.rank) {
            (true, 0 | 1) => "the last".to_owned(),
            (true, rank) => format!("the {} to last", ordinal_word(rank)),
            (false, 0) => "rank 0".to_owned(),
            (false, rank) => format!("the {}", ordinal_word(rank)),
        }
    }
}

/// A time stamp as a person writes it: RFC 3339 "2024-03-14T09:00:00Z" becomes
/// "14 March 2024, 09:00 UTC", "2022-01-20T06:00:00+01:00" "20 January 2022, 06:00 UTC+01:00",
/// and a plain "2022-01-13" "13 January 2022". Anything else (a page's own "Jan 13, 2022")
/// is returned as it is, trimmed: it is already words.
pub fn describe_timestamp(stamp: &str) -> String {
    let stamp = stamp.trim();
    parse_timestamp(stamp).unwrap_or_else(|| stamp.to_owned())
}

fn parse_timestamp(stamp: &str) -> Option<String> {
    let digits = |text: &str| -> Option<u32> {
        (!text.is_empty() && text.bytes().all(|byte| byte.is_ascii_digit()))
            .then(|| text.parse().ok())
            .flatten()
    };
    let (date, time) = match stamp.split_once(['T', 't', ' ']) {
        Some((date, time)) => (date, Some(time)),
        None => (stamp, None),
    };
    let mut fields = date.split('-');
    let (year, month, day) = (fields.next()?, fields.next()?, fields.next()?);
    if fields.next().is_some() || year.len() != 4 || month.len() != 2 || day.len() != 2 {
        return None;
    }
    let (year, month, day) = (digits(year)?, digits(month)?, digits(day)?);
    let month_name = month_name(u8::try_from(month).ok()?)?;
    if !(1..=31).contains(&day) {
        return None;
    }
    let mut out = format!("{day} {month_name} {year}");
    let Some(time) = time else {
        return Some(out);
    };
    // "09:00:00Z", "09:00:00.123+01:00", "09:00".
    let zone_at = time.find(['Z', 'z', '+', '-']).unwrap_or(time.len());
    let (clock, zone) = time.split_at(zone_at);
    let mut clock_fields = clock.split(':');
    let (hour, minute) = (clock_fields.next()?, clock_fields.next()?);
    if hour.len() != 2 || minute.len() != 2 || digits(hour)? > 23 || digits(minute)? > 59 {
        return None;
    }
    let zone = match zone {
        "" => String::new(),
        "Z" | "z" | "+00:00" | "-00:00" => " UTC".to_owned(),
        offset if offset.len() == 6 && offset.as_bytes().get(3) == Some(&b':') => format!(" UTC{offset}"),
        _ => return None,
    };
    let _ = write!(out, ", {hour}:{minute}{zone}");
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{QuoteValue, Speaker};

    fn quantity(low: f64, high: Option<f64>, unit: Option<&str>, counted: Option<&str>, approx: Approx) -> Quantity {
        Quantity {
            low,
            high,
            unit: unit.map(str::to_owned),
            counted: counted.map(str::to_owned),
            approx,
            duration_secs: None,
        }
    }

    #[test]
    fn quantities_read_as_a_story_writes_them() {
        let cases: &[(Quantity, &str)] = &[
            (
                quantity(60_000.0, Some(90_000.0), None, Some("Russian soldiers"), Approx::Exact),
                "60,000 to 90,000 Russian soldiers",
            ),
            (
                quantity(10_000.0, None, None, Some("soldiers"), Approx::About),
                "about 10,000 soldiers",
            ),
            (
                Quantity {
                    duration_secs: Some(1_814_400.0),
                    ..quantity(3.0, None, Some("week"), None, Approx::About)
                },
                "about 3 weeks",
            ),
            (quantity(50.0, None, Some("minute"), None, Approx::Exact), "50 minutes"),
            (quantity(1.0, None, Some("hour"), None, Approx::Exact), "1 hour"),
            (
                quantity(2.0, Some(3.0), Some("century"), None, Approx::Exact),
                "2 to 3 centuries",
            ),
            (quantity(45e6, None, Some("USD"), None, Approx::Exact), "$45 million"),
            (
                quantity(1.25e9, None, Some("EUR"), None, Approx::AtLeast),
                "at least €1.25 billion",
            ),
            (
                quantity(1_234_567.0, None, Some("GBP"), None, Approx::Exact),
                "£1,234,567",
            ),
            (quantity(3e6, None, Some("INR"), None, Approx::Exact), "INR 3 million"),
            (
                quantity(0.1 * 3.0, Some(1.229), Some("%"), None, Approx::Exact),
                "0.3% to 1.229%",
            ),
            (
                quantity(2.5e-7, None, Some("M"), None, Approx::AtMost),
                "at most 0.00000025 M",
            ),
            (quantity(5.0, Some(6.0), Some("km"), None, Approx::Exact), "5 to 6 km"),
            (quantity(-4.0, None, Some("°"), None, Approx::Exact), "-4°"),
            (quantity(50.0, None, Some("cent"), None, Approx::Exact), "50 cents"),
            (quantity(3.0, None, Some("times"), None, Approx::Exact), "3 times"),
            (
                quantity(90.0, None, Some("speed"), None, Approx::Exact),
                "90 (a measure of speed)",
            ),
            (quantity(2.0, None, Some("XYZ"), None, Approx::Exact), "2 XYZ"),
            (quantity(f64::NAN, None, None, None, Approx::Exact), "NaN"),
        ];
        for (value, expected) in cases {
            assert_eq!(value.describe(), *expected, "{value:?}");
        }
    }

    #[test]
    fn dates_say_what_the_text_left_unstated() {
        let date = |year, month, day| DateValue {
            year,
            month,
            day,
            ..DateValue::default()
        };
        let cases: &[(DateValue, &str)] = &[
            (date(None, Some(1), None), "January, year not stated"),
            (date(Some(2014), None, None), "2014"),
            (date(Some(2022), Some(1), Some(13)), "13 January 2022"),
            (date(None, Some(12), Some(7)), "7 December, year not stated"),
            (date(None, None, Some(9)), "the 9th, month not stated, year not stated"),
            (
                DateValue {
                    until: Some(DatePoint {
                        day: Some(10),
                        ..DatePoint::default()
                    }),
                    ..date(None, Some(1), Some(9))
                },
                "9 to 10 January, year not stated",
            ),
            (
                DateValue {
                    until: Some(DatePoint {
                        year: Some(2014),
                        ..DatePoint::default()
                    }),
                    ..date(Some(2010), None, None)
                },
                "2010 to 2014",
            ),
            (
                DateValue {
                    until: Some(DatePoint {
                        month: Some(2),
                        day: Some(3),
                        year: None,
                    }),
                    ..date(Some(2021), Some(12), Some(30))
                },
                "30 December to 3 February 2021",
            ),
            (
                DateValue {
                    weekday: Some("Thursday".into()),
                    ..DateValue::default()
                },
                "Thursday",
            ),
            (
                DateValue {
                    weekday: Some("Monday".into()),
                    time: Some("3 p.m.".into()),
                    ..date(Some(2026), Some(11), Some(2))
                },
                "Monday, 2 November 2026 at 3 p.m.",
            ),
            (
                DateValue {
                    decade: Some(1990),
                    ..DateValue::default()
                },
                "the 1990s",
            ),
            (
                DateValue {
                    relative: Some("earlier this week".into()),
                    ..DateValue::default()
                },
                "earlier this week (relative to the article's date)",
            ),
            (date(None, Some(13), None), "month 13, year not stated"),
            (DateValue::default(), "a date"),
        ];
        for (value, expected) in cases {
            assert_eq!(value.describe(), *expected, "{value:?}");
        }
    }

    #[test]
    fn ranks_read_as_words() {
        let cases = [
            (1, false, "the first"),
            (2, false, "the second"),
            (10, false, "the tenth"),
            (11, false, "the 11th"),
            (22, false, "the 22nd"),
            (1, true, "the last"),
            (2, true, "the second to last"),
            (3, true, "the third to last"),
        ];
        for (rank, from_end, expected) in cases {
            assert_eq!(Ordinal { rank, from_end }.describe(), expected);
            assert_eq!(Value::Ordinal(Ordinal { rank, from_end }).to_string(), expected);
        }
    }

    #[test]
    fn quotes_name_their_speaker() {
        let named = Value::Quote(QuoteValue {
            speaker: Some(Speaker {
                name: "Jen Psaki".into(),
                start: 0,
                end: 9,
                refers_to: None,
            }),
        });
        assert_eq!(named.describe(), "said by Jen Psaki");
        let pronoun = Value::Quote(QuoteValue {
            speaker: Some(Speaker {
                name: "he".into(),
                start: 40,
                end: 42,
                refers_to: Some("Ed Marsh".into()),
            }),
        });
        assert_eq!(pronoun.describe(), "said by he (Ed Marsh)");
        let statement = Value::Statement(crate::model::StatementValue { checkworthiness: 0.873 });
        assert_eq!(statement.describe(), "check-worthiness 0.87");
        assert_eq!(Value::Quote(QuoteValue::default()).describe(), "speaker not named");
    }

    #[test]
    fn time_stamps_read_as_words() {
        let cases = [
            ("2024-03-14T09:00:00Z", "14 March 2024, 09:00 UTC"),
            ("2021-12-31T07:42:00+00:00", "31 December 2021, 07:42 UTC"),
            ("2022-01-20T06:00:00+01:00", "20 January 2022, 06:00 UTC+01:00"),
            ("2026-11-29T09:12:03.250Z", "29 November 2026, 09:12 UTC"),
            ("2022-01-13", "13 January 2022"),
            (" 2022-01-13 ", "13 January 2022"),
            ("2022-01-13 14:05", "13 January 2022, 14:05"),
            ("Jan 13, 2022", "Jan 13, 2022"),
            ("2022-13-01", "2022-13-01"),
            ("2022-01-13T25:00:00Z", "2022-01-13T25:00:00Z"),
            ("", ""),
        ];
        for (stamp, expected) in cases {
            assert_eq!(describe_timestamp(stamp), expected, "{stamp:?}");
        }
    }

    #[test]
    fn numbers_have_separators_and_no_float_noise() {
        let cases = [
            (4000.0, "4,000"),
            (999.0, "999"),
            (1_500_000.0, "1.5 million"),
            (1_234_567.0, "1,234,567"),
            (0.1 + 0.2, "0.3"),
            (-12_500.5, "-12,500.5"),
            (3e12, "3 trillion"),
        ];
        for (number, expected) in cases {
            assert_eq!(number_in_words(number), expected);
        }
    }
}
