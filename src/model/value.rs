use std::fmt::Write as _;

use serde::{Deserialize, Serialize};

/// What the detector understood of a claim, beyond its span.
///
/// Every field that the text did not state is `None`, so a reader can tell "unknown" from
/// "zero". Offsets inside values are UTF-8 byte offsets into the article text, like spans.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Value {
    /// A count or a measure: "60,000 to 90,000 Russian soldiers", "$5bn", "50-minute".
    Quantity(Quantity),
    /// A point or range in time: "January 9-10", "in 2014", "earlier this week".
    Date(DateValue),
    /// A rank: "second" is 2, "first" is 1; `from_end` for "last", "second-to-last".
    Ordinal(Ordinal),
    /// A quotation and who said it.
    Quote(QuoteValue),
}

/// How exact a quantity is said to be.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Approx {
    /// Stated as exact: "50-minute call".
    #[default]
    Exact,
    /// "about", "around", "nearly", "roughly", "some", "~", "≈".
    About,
    /// "at least", "more than", "over", "upwards of", ">", "≥".
    AtLeast,
    /// "at most", "less than", "under", "up to", "<", "≤".
    AtMost,
}

/// A number or range of numbers and what it measures or counts.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    /// The value, or the low end of a range, with scale words applied (1.2m → 1 200 000).
    pub low: f64,
    /// The high end of a range; `None` for a single value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub high: Option<f64>,
    /// The unit as written or normalised: "%", "USD", "km", "minute".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// For counts, the thing counted: "Russian soldiers".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub counted: Option<String>,
    /// How exact the text says the number is.
    #[serde(default)]
    pub approx: Approx,
    /// For durations with a fixed length, the length in seconds (low end of a range).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_secs: Option<f64>,
}

/// What is known of a date, a time or a span of them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateValue {
    /// Calendar year, when stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
    /// Month 1–12, when stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub month: Option<u8>,
    /// Day of the month 1–31, when stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day: Option<u8>,
    /// For a range ("January 9-10", "2010–2014"), its last day or year, as far as stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<DatePoint>,
    /// A decade such as "the 1990s" (1990).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decade: Option<i32>,
    /// Day of the week, when named: "Thursday".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weekday: Option<String>,
    /// Time of day as written: "3 p.m.", "14:30".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<String>,
    /// For relative dates, the anchor as words: "earlier this week", "two years ago".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relative: Option<String>,
}

/// The end of a date range.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DatePoint {
    /// Calendar year, when stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
    /// Month 1–12, when stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub month: Option<u8>,
    /// Day of the month, when stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day: Option<u8>,
}

/// A rank in some order.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ordinal {
    /// 1 for "first"/"1st", 2 for "second" …; for "last" 1 with `from_end`.
    pub rank: u32,
    /// Counted from the end: "last" (1), "second-to-last" (2).
    #[serde(default)]
    pub from_end: bool,
}

/// A quotation's attribution.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuoteValue {
    /// Who said it, when the text says so.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<Speaker>,
}

/// The person (or body) a quote is attributed to, and where the article names them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Speaker {
    /// The name as written: "White House press secretary Jen Psaki" may give "Jen Psaki".
    pub name: String,
    /// Byte offset of the name in the article text.
    pub start: usize,
    /// Byte offset just past the name.
    pub end: usize,
}

impl Value {
    /// A short human description: "60000–90000 Russian soldiers", "2014-01-09 … 10".
    pub fn describe(&self) -> String {
        match self {
            Value::Quantity(quantity) => quantity.describe(),
            Value::Date(date) => date.describe(),
            Value::Ordinal(ordinal) => {
                if ordinal.from_end {
                    format!("rank {} from the end", ordinal.rank)
                } else {
                    format!("rank {}", ordinal.rank)
                }
            }
            Value::Quote(quote) => match &quote.speaker {
                Some(speaker) => format!("said by {}", speaker.name),
                None => "speaker not named".to_owned(),
            },
        }
    }

    /// The speaker, for quotes.
    pub fn speaker(&self) -> Option<&Speaker> {
        match self {
            Value::Quote(quote) => quote.speaker.as_ref(),
            _ => None,
        }
    }
}

fn format_number(number: f64) -> String {
    if number.fract() == 0.0 && number.abs() < 1e15 {
        return format!("{number:.0}");
    }
    // Twelve significant digits hide binary noise (0.1 * 3 = 0.30000000000000004) without
    // losing anything an article states.
    let rounded = format!("{number:.11e}").parse::<f64>().unwrap_or(number);
    format!("{rounded}")
}

impl Quantity {
    /// "about 10000 soldiers", "60000–90000 Russian soldiers", "50 minute (3000 s)".
    pub fn describe(&self) -> String {
        let mut out = String::new();
        match self.approx {
            Approx::Exact => {}
            Approx::About => out.push_str("about "),
            Approx::AtLeast => out.push_str("at least "),
            Approx::AtMost => out.push_str("at most "),
        }
        out.push_str(&format_number(self.low));
        if let Some(high) = self.high {
            out.push('–');
            out.push_str(&format_number(high));
        }
        for word in [&self.unit, &self.counted].into_iter().flatten() {
            if word != "%" {
                out.push(' ');
            }
            out.push_str(word);
        }
        if let Some(secs) = self.duration_secs {
            let _ = write!(out, " ({} s)", format_number(secs));
        }
        out
    }
}

impl DateValue {
    /// "2022-01-09 … 01-10", "Thursday", "relative: earlier this week".
    pub fn describe(&self) -> String {
        let mut parts = Vec::new();
        let point = point_text(self.year, self.month, self.day);
        if !point.is_empty() {
            parts.push(point);
        }
        if let Some(until) = &self.until {
            parts.push(format!("until {}", point_text(until.year, until.month, until.day)));
        }
        if let Some(decade) = self.decade {
            parts.push(format!("the {decade}s"));
        }
        if let Some(weekday) = &self.weekday {
            parts.push(weekday.clone());
        }
        if let Some(time) = &self.time {
            parts.push(format!("at {time}"));
        }
        if let Some(relative) = &self.relative {
            parts.push(format!("relative: {relative}"));
        }
        parts.join(", ")
    }
}

fn point_text(year: Option<i32>, month: Option<u8>, day: Option<u8>) -> String {
    let mut out = String::new();
    if let Some(year) = year {
        let _ = write!(out, "{year:04}");
    } else if month.is_some() {
        out.push_str("????");
    }
    if let Some(month) = month {
        let _ = write!(out, "-{month:02}");
    }
    if let Some(day) = day {
        if out.is_empty() {
            let _ = write!(out, "day {day}");
        } else {
            let _ = write!(out, "-{day:02}");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn descriptions_hide_float_noise() {
        let quantity = Quantity {
            low: 0.1 * 3.0,
            high: Some(1.229),
            unit: Some("%".into()),
            ..Quantity::default()
        };
        assert_eq!(quantity.describe(), "0.3–1.229%");
        let tiny = Quantity {
            low: 2.5e-7,
            unit: Some("M".into()),
            ..Quantity::default()
        };
        assert_eq!(tiny.describe(), "0.00000025 M");
    }
}
