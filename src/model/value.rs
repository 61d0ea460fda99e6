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
    /// A sentence worth checking as a whole ("The minister never signed the order"): how
    /// check-worthy the model judged it.
    Statement(StatementValue),
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
    /// Who a pronoun mention ("he", "she", "they") refers to, resolved from the sentences
    /// before it: the span above stays the mention as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refers_to: Option<String>,
}

/// What the check-worthiness model said of a statement claim.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct StatementValue {
    /// The model's score, 0 to 1: the probability that a fact-checker would check the sentence.
    pub checkworthiness: f32,
}

impl Value {
    /// The speaker, for quotes.
    pub fn speaker(&self) -> Option<&Speaker> {
        match self {
            Value::Quote(quote) => quote.speaker.as_ref(),
            _ => None,
        }
    }

    /// The check-worthiness score, for statements (a score that is not a number counts as none).
    pub fn checkworthiness(&self) -> Option<f32> {
        match self {
            Value::Statement(statement) if statement.checkworthiness.is_finite() => Some(statement.checkworthiness),
            _ => None,
        }
    }
}
