//! Counts and measures: a number or a range, with what makes it approximate before it and its
//! unit or the thing counted after it. "about 10,000 soldiers", "60,000 to 90,000 Russian
//! soldiers", "$5bn", "between 20 and 60 g", "over the past two months", "50-minute call".
//!
//! # How the rules are laid out
//!
//! [`quantity_at`] picks the anchor's rule: digits and number words are read by
//! [`numbers`](super::numbers) and built into a claim by [`build`], whose list of steps
//! (`build::STEPS`) names the class each step reads — a sign, a currency, a glued scale, a
//! unit ([`units`]), a range ([`range`]), an approximation ([`prefixes`]), what is counted
//! ([`counted`]). [`references`] says which numbers are no amount at all (codes, labels,
//! citations); [`durations`] holds the durations no number starts ("for decades", "an hour").
//! A new class of unit is a function in `units.rs`; a new thing around a number is a step.

mod build;
mod counted;
mod durations;
mod prefixes;
mod range;
mod references;
mod units;

pub(crate) use counted::{countable_word, is_plural};
pub(crate) use prefixes::approx_before;

use super::cursor::Cursor;
use super::lexicon::{Lex, ONE_IDIOM_NOUNS, ONE_PRONOUN_AFTER, ONE_PRONOUN_BEFORE, ORDINAL_SUFFIXES};
use super::numbers::number_at;
use super::recognizer::{Hit, Recognizer, Scope};
use super::token::TokKind;
use crate::model::{Kind, Quantity, Value};

/// The count or measure anchored at token `index`: a number, a number word, a plural unit of
/// time ("for decades"), "half an hour", "an hour".
pub(crate) fn quantity_at(cur: Cursor<'_>, index: usize, floor: usize) -> Option<Hit> {
    let token = cur.tok(index)?;
    match (token.kind, token.lex) {
        (TokKind::Word, Lex::TimeUnit(_)) => durations::bare_duration(cur, index, floor),
        (TokKind::Num, _) => digits(cur, index, floor),
        (TokKind::Word, Lex::Multiplier(times)) => Some(multiplier(cur, index, floor, times)),
        (TokKind::Word, _) => durations::half_unit(cur, index, floor)
            .or_else(|| durations::one_unit(cur, index, floor))
            .or_else(|| number_word(cur, index, floor)),
        _ => None,
    }
}

/// A multiplier in one word: "grew tenfold", "nearly threefold", "a hundredfold rise", with
/// the approximation before it. The value is the factor, in the unit "times" (as "three-fold"
/// and "3x" have it).
fn multiplier(cur: Cursor<'_>, index: usize, floor: usize, times: u16) -> Hit {
    let (first, approx) = approx_before(cur, index, floor);
    let value = Quantity {
        low: f64::from(times),
        unit: Some("times".to_owned()),
        approx,
        ..Quantity::default()
    };
    Hit::new(first, index + 1, Kind::Measure, Some(Value::Quantity(value)))
}

/// A number in digits, unless it is a code, a label or a rank ("3rd" is the ordinals').
fn digits(cur: Cursor<'_>, index: usize, floor: usize) -> Option<Hit> {
    let rank = cur.glued(index + 1) && ORDINAL_SUFFIXES.contains(&cur.word(index + 1));
    if references::is_not_an_amount(cur, index) || rank {
        return None;
    }
    build::build(cur, &number_at(cur, index)?, floor)
}

/// A number in words ("three engineers", "a dozen reporters", "hundreds of residents"), unless
/// it is "half" of something that is no unit of time or "one" as a pronoun.
fn number_word(cur: Cursor<'_>, index: usize, floor: usize) -> Option<Hit> {
    if cur.is(index, "half") || one_is_no_number(cur, index) {
        return None;
    }
    build::build(cur, &number_at(cur, index)?, floor)
}

/// "one" as a pronoun ("no one", "one of the", "one another", "one's") or as the determiner
/// of an idiom ("at one point", "on one hand"); "less than one day" still measures.
fn one_is_no_number(cur: Cursor<'_>, index: usize) -> bool {
    if !cur.is(index, "one") {
        return false;
    }
    let measured = cur
        .before(index)
        .is_some_and(|p| matches!(p.lex, Lex::Approx) || p.is(cur.text, "than"));
    cur.is_any(index.wrapping_sub(1), ONE_PRONOUN_BEFORE)
        || cur.kind_is(index + 1, TokKind::Poss)
        || cur.is_any(index + 1, ONE_PRONOUN_AFTER)
        || cur.is_any(index + 1, ONE_IDIOM_NOUNS) && !measured
}

/// Counts and measures (see the module docs): anchored on numbers, number words and units of time.
pub(crate) struct Quantities;

impl Recognizer for Quantities {
    fn name(&self) -> &'static str {
        "quantities"
    }

    fn scope(&self) -> Scope {
        Scope::Anchored
    }

    fn at(&self, cursor: Cursor<'_>, index: usize, floor: usize) -> Option<Hit> {
        quantity_at(cursor, index, floor)
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::cases::{Case, check, likely, no, valued, yes};
    use crate::model::Kind::{Count, Date, Measure};

    /// Sentences written for these rules, except the rows marked as regressions from the
    /// project's sample article.
    const CASES: &[Case] = &[
        // Numbers in names and addresses.
        no("The Apollo 11 crew returned.", "11 crew", Count),
        no("A Boeing 737 jet landed.", "737 jet", Count),
        no("The Route 66 diner closed.", "66 diner", Count),
        yes("The US gave the Kurds 300 rifles.", "300 rifles", Count),
        yes("Officials gave Ukraine 40 jets.", "40 jets", Count),
        no("He lives at 10 Downing Street.", "10", Count),
        no("Crowds filled 1600 Pennsylvania Avenue.", "1600", Count),
        yes("Police closed 12 streets downtown.", "12 streets", Count),
        // Multipliers in one word.
        yes("Exports grew tenfold in a decade.", "tenfold", Measure),
        yes("The cost rose nearly threefold.", "nearly threefold", Measure),
        yes("A hundredfold rise in cases was seen.", "hundredfold", Measure),
        // Rates: the amount and what it is per.
        yes("The train reached 120 miles an hour.", "120 miles an hour", Measure),
        yes("Porters are paid $12 an hour.", "$12 an hour", Measure),
        yes("Hospitals saw 300 cases a week in May.", "300 cases a week", Count),
        yes("Diesel sold at $4 a gallon.", "$4 a gallon", Measure),
        yes("The grant is $200 per pupil.", "$200 per pupil", Measure),
        yes("Rents rose 5% a year since 2015.", "5% a year", Measure),
        yes("Staff work 10 hours a day.", "10 hours", Measure),
        yes("She paid $500 a month earlier.", "$500", Measure),
        yes("The club signed 3 players a few weeks ago.", "3 players", Count),
        // Counts and what is counted.
        valued(
            "Police said about 2,500 protesters marched.",
            "about 2,500 protesters",
            Count,
            "about 2,500 protesters",
        ),
        valued(
            "Between 40 and 60 families were moved.",
            "Between 40 and 60 families",
            Count,
            "40 to 60 families",
        ),
        yes("The firm hired three engineers in May.", "three engineers", Count),
        yes("Only 12 schools stayed open.", "Only 12 schools", Count),
        valued(
            "More than 1.4 million Canadians voted early.",
            "More than 1.4 million Canadians",
            Count,
            "at least 1.4 million Canadians",
        ),
        yes(
            "At least 40 Democrats signed the letter.",
            "At least 40 Democrats",
            Count,
        ),
        yes("Hundreds of residents left the valley.", "Hundreds of residents", Count),
        yes("A dozen reporters waited outside.", "A dozen reporters", Count),
        yes("Twenty-one miners were rescued.", "Twenty-one miners", Count),
        // Money, percentages and units.
        valued(
            "The deal is worth $6billion, analysts say.",
            "$6billion",
            Measure,
            "$6 billion",
        ),
        valued(
            "It raised $3.1million in a week.",
            "$3.1million",
            Measure,
            "$3.1 million",
        ),
        valued("The fund lost €450m last year.", "€450m", Measure, "€450 million"),
        valued("Inflation eased to 2.4% in May.", "2.4%", Measure, "2.4%"),
        valued("Tickets cost 15 pounds each.", "15 pounds", Measure, "£15"),
        yes("The tower is 328 metres tall.", "328 metres", Measure),
        yes("Temperatures fell to −12°C overnight.", "−12°C", Measure),
        yes("Doses range from 5 to 10 mg daily.", "from 5 to 10 mg", Measure),
        yes(
            "Lead levels reached 3.2, 4.8 and 7.1 ppm.",
            "3.2, 4.8 and 7.1 ppm",
            Measure,
        ),
        valued(
            "A 6.4-magnitude earthquake hit the coast.",
            "6.4-magnitude",
            Measure,
            "6.4 magnitude",
        ),
        yes(
            "The rate fell 3 percentage points to 38%.",
            "3 percentage points",
            Measure,
        ),
        // Durations.
        valued(
            "She ran a 45-second spot on radio.",
            "45-second spot",
            Measure,
            "45 seconds",
        ),
        valued(
            "A 90-minute debate followed.",
            "90-minute debate",
            Measure,
            "90 minutes",
        ),
        yes("Repairs took nearly half an hour.", "nearly half an hour", Measure),
        yes("Crews worked for the next 72 hours.", "for the next 72 hours", Measure),
        yes("He waited within ten working days.", "within ten working days", Measure),
        likely("The families have waited for years.", "for years", Measure),
        likely("Talks could take several weeks.", "several weeks", Measure),
        yes("They met two weeks ago.", "two weeks ago", Date),
        // Not amounts: pronouns, idioms, names and codes.
        no("At one point the crowd went quiet.", "one", Count),
        no("On one hand the plan is cheap.", "one", Count),
        no("No one saw one of the guards.", "one", Count),
        no("The motel sits on Route 66 near town.", "66", Count),
        no("He flew a Boeing 737 to Lima, then drove Highway 401.", "401", Count),
        no("It runs Windows 11 and sits at the G20 summit.", "11", Count),
        no("See Figure 4 and Table 2 in section 3.", "4", Count),
        no("Call 555-0199 for the iPhone 15.", "555-0199", Count),
        no("The 4K screen and the F-35 jet.", "4K", Count),
        no("Amy Lee, 29, said she was fine.", "29", Count),
        // build::sign.
        valued("The low was -7 overnight.", "-7", Count, ""),
        yes("Readings fell to −40 °C at the pole.", "−40 °C", Measure),
        yes("Net flows hit -3.5% in May.", "-3.5%", Measure),
        // build::currency_prefix and currency_unit.
        valued("The bill came to US$ 20,000 in all.", "US$ 20,000", Measure, "$20,000"),
        valued("Fares rose to £3 this week.", "£3", Measure, "£3"),
        valued("Each seat costs €75 now.", "€75", Measure, "€75"),
        // build::glued_scale.
        valued("Towns of 1.2m people lost power.", "1.2m people", Count, ""),
        valued("The club paid $40bn for it.", "$40bn", Measure, "$40 billion"),
        yes("The fund raised £2.5million from donors.", "£2.5million", Measure),
        // build::shared_unit.
        yes("Samples held 2, 4 and 9 mg of salt.", "2, 4 and 9 mg", Measure),
        yes("Depths were 1.5, 2.0, and 3.5 m here.", "1.5, 2.0, and 3.5 m", Measure),
        yes("Doses of 10 or 20 ml were given.", "10 or 20 ml", Measure),
        // range::range.
        yes("Between 5 and 8 ships docked.", "Between 5 and 8 ships", Count),
        // A range of rates: the rate takes in both ends.
        yes("Rents rose 1.4%–3.1% a year.", "1.4%–3.1% a year", Measure),
        yes("Tickets cost $5 to $10 each.", "$5 to $10", Measure),
        yes("Six or seven boats sank.", "Six or seven boats", Count),
        no("The line was 0161 - 0199 in the book.", "0161 - 0199", Measure),
        no("Call 555-0143 today.", "555-0143", Count),
        // build::uncertainty.
        yes("The rocks are 93.90 ± 0.15 Ma old.", "93.90 ± 0.15 Ma", Measure),
        yes("Yield was 5.2±1.1% in the trial.", "5.2±1.1%", Measure),
        yes("Mass was 12 ± 2 kg on average.", "12 ± 2 kg", Measure),
        // build::vague_needs_time.
        likely("It took a few days to fix.", "a few days", Measure),
        no("Several firms bid for the deal.", "Several firms", Count),
        no("A few people stayed.", "A few people", Count),
        // build::prefixes.
        valued(
            "Nearly 300 homes flooded.",
            "Nearly 300 homes",
            Count,
            "about 300 homes",
        ),
        yes("It lasted just over 24 hours.", "just over 24 hours", Measure),
        yes(
            "Prices rose over the past three years.",
            "over the past three years",
            Measure,
        ),
        valued("Thousands of fans sang.", "Thousands of fans", Count, ""),
        // build::duration_tail.
        yes("They held a 3-hour meeting.", "3-hour meeting", Measure),
        yes("Her 2-year-old son slept.", "2-year-old", Measure),
        yes("The law passed five years later.", "five years later", Date),
        // build::counted_noun.
        yes(
            "The vote drew 40 pro-Russian separatists.",
            "40 pro-Russian separatists",
            Count,
        ),
        yes("A five-member team arrived.", "five-member team", Count),
        yes(
            "Officials found three screening cycles.",
            "three screening cycles",
            Count,
        ),
        // counted::counted_after: a verb after a number word counts nothing.
        no("Later the three said they would stay.", "three said", Count),
        no("After the talks the two agreed to meet again.", "two agreed", Count),
        no("By noon the four remaining left.", "four remaining", Count),
        // build::name_number.
        no("The FTSE 100 index fell.", "100", Count),
        no("The probe Voyager 1 left the system.", "1", Count),
        no("The laptop runs Windows 10 only.", "10", Count),
        // durations::half_unit and one_unit.
        yes("Lunch took half a day.", "half a day", Measure),
        yes("The drive takes an hour.", "an hour", Measure),
        yes("She left a decade ago.", "a decade ago", Date),
        no("He eats twice a day.", "a day", Measure),
        // durations::bare_duration.
        likely("Repairs will take months and even years.", "months", Measure),
        likely("The case dragged on for decades.", "for decades", Measure),
        likely("Years later, she returned.", "Years", Measure),
        // units: symbols, degrees, temperatures, words.
        yes("Tax is 7 per cent on food.", "7 per cent", Measure),
        yes("The site lies at 54 °N.", "54 °N", Measure),
        yes("It was 15C in the shade.", "15C", Measure),
        yes("The speed limit is 50 km/h there.", "50 km/h", Measure),
        yes("Costs grew 3× since then.", "3×", Measure),
        no("He earned grade 5 C in maths.", "5 C", Measure),
        // references: figure panels in a list after a label word.
        no("Cells grew (Figures 3I and 3J) in culture.", "3J", Measure),
        no("Both layers (Figures 2A and 2C) were thin.", "2C", Measure),
        no("Uptake rose (Figures 4E, 4H, and 5B).", "4H", Measure),
        yes("The plate was kept at 37C overnight.", "37C", Measure),
        // Regressions from the sample article (dev gold).
        yes(
            "the 60,000 to 90,000 Russian soldiers who",
            "60,000 to 90,000 Russian soldiers",
            Count,
        ),
        yes("In a 50-minute call, their", "50-minute call", Measure),
        yes(
            "deployments over the past two months alarmed",
            "over the past two months",
            Measure,
        ),
    ];

    #[test]
    fn cases() {
        check(CASES);
    }
}
