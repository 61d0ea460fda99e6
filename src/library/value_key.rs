//! The structured value of a claim as a short text key: two claims can be the same claim only
//! if they share a key (the same figure, the same date, the same quote or speaker).

use std::fmt::Write as _;

use crate::model::{Claim, DateValue, Quantity, Value};

use super::words::{content_words, fold};

/// One key a claim is found by, and for counts the noun that says what is counted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValueKey {
    /// `n:60000-90000`, `n:5:%`, `d:2021-12-07`, `t:we will respond`, `s:jen psaki`, `o:2`.
    pub key: String,
    /// For quantities, the head noun of what is counted ("soldier" for "Russian soldiers"),
    /// folded to the singular; two claims whose nouns differ count different things.
    pub noun: Option<String>,
}

/// Pronouns a quote can be attributed to: the same "he" in two articles is rarely the same
/// person, so they make no speaker key.
const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i", "you", "who"];

/// The keys of `claim`, from its detected value; a claim without one (a statement, a relative
/// date such as "last week") has none and is never matched.
pub fn value_keys(claim: &Claim) -> Vec<ValueKey> {
    let Some(value) = &claim.value else {
        return Vec::new();
    };
    match value {
        Value::Quantity(quantity) => vec![quantity_key(quantity)],
        Value::Date(date) => date_key(date).into_iter().collect(),
        Value::Ordinal(ordinal) => vec![ValueKey {
            key: format!("o:{}{}", ordinal.rank, if ordinal.from_end { ":end" } else { "" }),
            noun: None,
        }],
        // A statement has no value to share: its sentence's words match it.
        Value::Statement(_) => Vec::new(),
        Value::Quote(quote) => {
            let mut keys = Vec::new();
            let text = quote_text(&claim.quote);
            // Short quotes ("no", "we'll see") are said by everyone: only their speaker keys them.
            if text.split(' ').count() >= DISTINCTIVE_QUOTE_WORDS {
                keys.push(ValueKey {
                    key: format!("t:{text}"),
                    noun: None,
                });
            }
            if let Some(speaker) = &quote.speaker {
                let name = speaker.name.trim().to_lowercase();
                if !name.is_empty() && !PRONOUNS.contains(&name.as_str()) {
                    keys.push(ValueKey {
                        key: format!("s:{name}"),
                        noun: None,
                    });
                }
            }
            keys
        }
    }
}

/// The words of a quotation, lower case, separated by single spaces: the same quote with other
/// quote marks, dashes or capitals gives the same text.
pub fn quote_text(quote: &str) -> String {
    quote
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|word| !word.is_empty())
        .map(|word| word.replace('’', "'").to_lowercase())
        .collect::<Vec<_>>()
        .join(" ")
}

/// How many words a quotation needs to be keyed (and matched) by its words alone.
pub const DISTINCTIVE_QUOTE_WORDS: usize = 4;

fn quantity_key(quantity: &Quantity) -> ValueKey {
    let mut key = format!("n:{}", number(quantity.low));
    if let Some(high) = quantity.high {
        key.push('-');
        key.push_str(&number(high));
    }
    if let Some(unit) = &quantity.unit {
        key.push(':');
        key.push_str(&unit.to_lowercase());
    }
    let noun = quantity
        .counted
        .as_deref()
        .and_then(|counted| counted.split_whitespace().last())
        .map(|head| fold(&head.to_lowercase()))
        .filter(|head| !content_words(head).is_empty());
    ValueKey { key, noun }
}

/// A number as a key: integers without a point, others to six significant digits so that
/// binary noise (0.1 × 3) never splits one figure into two keys.
fn number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        return format!("{value:.0}");
    }
    let rounded = format!("{value:.5e}").parse::<f64>().unwrap_or(value);
    format!("{rounded}")
}

fn date_key(date: &DateValue) -> Option<ValueKey> {
    let part = |value: Option<i64>| value.map_or_else(|| "?".to_owned(), |value| value.to_string());
    let mut key = if date.year.is_some() || date.month.is_some() || date.day.is_some() {
        format!(
            "d:{}-{}-{}",
            part(date.year.map(i64::from)),
            part(date.month.map(i64::from)),
            part(date.day.map(i64::from))
        )
    } else if let Some(decade) = date.decade {
        format!("d:{decade}s")
    } else if let Some(weekday) = &date.weekday {
        format!("d:{}", weekday.to_lowercase())
    } else {
        // "earlier this week", "two years ago": a different day in every article.
        return None;
    };
    if let Some(until) = &date.until {
        let _ = write!(
            key,
            "..{}-{}-{}",
            part(until.year.map(i64::from)),
            part(until.month.map(i64::from)),
            part(until.day.map(i64::from))
        );
    }
    Some(ValueKey { key, noun: None })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Article, Project};

    fn keys_of(text: &str) -> Vec<(String, Option<String>)> {
        let project = Project::from_detections(Article::new("t", text), crate::extract::extract(text));
        project
            .claims
            .iter()
            .flat_map(value_keys)
            .map(|key| (key.key, key.noun))
            .collect()
    }

    #[test]
    fn counts_carry_their_noun_and_ranges_both_ends() {
        assert_eq!(
            keys_of("Up to 60,000 to 90,000 Russian soldiers massed there."),
            [("n:60000-90000".to_owned(), Some("soldier".to_owned()))]
        );
        let fans = keys_of("A crowd of 10,000 fans cheered.");
        let soldiers = keys_of("He sent 10,000 soldiers.");
        assert_eq!(fans.first().map(|k| &k.0), soldiers.first().map(|k| &k.0));
        assert_ne!(fans.first().map(|k| &k.1), soldiers.first().map(|k| &k.1));
    }

    #[test]
    fn dates_key_on_what_is_stated_and_relative_dates_have_none() {
        assert_eq!(
            keys_of("They met on December 7, 2021."),
            [("d:2021-12-7".to_owned(), None)]
        );
        assert!(keys_of("They met earlier this week.").is_empty());
        assert_eq!(keys_of("It started in 2014."), [("d:2014-?-?".to_owned(), None)]);
    }

    #[test]
    fn quotes_key_on_their_words_and_named_speaker() {
        let keys = keys_of("\"We will respond decisively,\" said Jen Psaki.");
        let names: Vec<&str> = keys.iter().map(|k| k.0.as_str()).collect();
        assert!(names.contains(&"t:we will respond decisively"), "{names:?}");
        assert!(names.contains(&"s:jen psaki"), "{names:?}");
        assert_eq!(quote_text("“We’ll see — maybe.”"), "we'll see maybe");
    }
}
