use crate::extract::cases::{Case, check, likely, no, valued, yes};
use crate::model::Kind::{Date, Measure};

/// Sentences written for these rules, one group per rule, except the three marked as
/// regressions from the project's sample article.
const CASES: &[Case] = &[
    // calendar::month_first — month first, with day ranges and years.
    valued(
        "The summit runs March 3-5, 2026 in Oslo.",
        "March 3-5, 2026",
        Date,
        "3 to 5 March 2026",
    ),
    valued(
        "Filing closes Oct. 31 at noon.",
        "Oct. 31",
        Date,
        "31 October, year not stated",
    ),
    yes(
        "The law took effect in September 2010 after a vote.",
        "September 2010",
        Date,
    ),
    valued(
        "Shares fell on Monday, June 2, 2025.",
        "June 2, 2025",
        Date,
        "2 June 2025",
    ),
    yes(
        "The harvest ended early December, growers said.",
        "early December",
        Date,
    ),
    yes("Crews return in May of 2027 to finish.", "May of 2027", Date),
    no("You may leave. Troops march at dawn.", "may", Date),
    no("Jan Smit and April Ross spoke.", "Jan", Date),
    no("Ask April Ross about the vote.", "April", Date),
    // calendar::day_month — day first.
    yes("They met on 4th July 1998, she said.", "4th July 1998", Date),
    yes("Ballots are due by the 15th of May.", "the 15th of May", Date),
    valued(
        "Doors open 2 February at the hall.",
        "2 February",
        Date,
        "2 February, year not stated",
    ),
    no("She was 9 in March.", "9 in", Date),
    // calendar::weekday.
    yes("The strike began last Tuesday morning.", "last Tuesday morning", Date),
    yes("Voting closes Thursday night in most states.", "Thursday night", Date),
    yes("They left for Rome the following Monday.", "the following Monday", Date),
    no("He read the sunday papers at home.", "sunday", Date),
    // clock::clock_time.
    yes("The polls close at 8 p.m. EST tonight.", "8 p.m. EST", Date),
    yes("Trading halted at 14:45 on the day.", "14:45", Date),
    yes("The ferry leaves at 6:00am daily.", "6:00am", Date),
    yes("Power failed at 3pm across the city.", "3pm", Date),
    no("The team lost by a 3:7 margin.", "3:7", Date),
    // The veto: a clock reading that is no time is no day either.
    no("The ratio was 12:31 in the sample.", "12", Date),
    // clock::military_time.
    yes("The ceasefire began at 1600 GMT on Sunday.", "1600 GMT", Date),
    yes("Flights resume from 0930 UTC.", "0930 UTC", Date),
    no("The plant employs 1600 staff.", "1600", Date),
    // clock::clock_word.
    yes("The crew worked until midnight.", "midnight", Date),
    yes("Results are due by noon, aides said.", "noon", Date),
    yes("The market shut at midday.", "midday", Date),
    // decades::decade_digits, apostrophe_decade, decade_word.
    yes("Rents soared in the late 1980s.", "the late 1980s", Date),
    yes("Crime fell through the mid-1990s, data show.", "mid-1990s", Date),
    yes("Most 1960s cars lacked belts.", "1960s", Date),
    yes("The style of the '70s returned.", "the '70s", Date),
    yes("Hits of ’80s pop filled the hall.", "’80s", Date),
    yes("A song of the '60s played on.", "the '60s", Date),
    yes("Her parents met in the sixties.", "the sixties", Date),
    yes("Cars from the seventies still run.", "the seventies", Date),
    yes("Fashion of the nineties came back.", "the nineties", Date),
    // ranked::ranked_digits and ranked_word.
    yes("By the 19th century the town had grown.", "the 19th century", Date),
    yes("He scored in the 62nd minute.", "the 62nd minute", Date),
    yes("Rain fell for the 3rd or 4th day.", "the 3rd or 4th day", Date),
    yes(
        "The shelter opened on the fourth or fifth day.",
        "the fourth or fifth day",
        Date,
    ),
    yes("Students in their second year pay less.", "second year", Date),
    yes(
        "Fans marked the tenth anniversary of the flood.",
        "the tenth anniversary",
        Date,
    ),
    no("He came 3rd in the race.", "3rd", Date),
    // A part of a year with no year is only likely a date (see the module docs).
    likely("Sales rose in the first half, the firm said.", "the first half", Date),
    likely("Both goals came in the second half.", "the second half", Date),
    likely("Growth slowed in the third quarter.", "the third quarter", Date),
    likely("Profits doubled in first half trading.", "first half", Date),
    // years::year.
    yes("Prices have doubled since 1975.", "1975", Date),
    yes("The ban ends by 2030, the minister said.", "2030", Date),
    yes("It was built in 1889 for the fair.", "in 1889", Date),
    yes("Output fell between 2008 and 2010.", "2008", Date),
    yes("Work began early 2019 on the bridge.", "early 2019", Date),
    yes("Its 2020 report was late.", "2020", Date),
    valued("Cases rose in 2019-2021.", "in 2019-2021", Date, "2019 to 2021"),
    valued("The survey ran 2010–14 in ten towns.", "2010–14", Date, "2010 to 2014"),
    no("The ship carried 1500 sailors.", "1500", Date),
    no("Call 2000 m below the surface.", "2000", Date),
    no("The fee rose 2000% overnight.", "2000", Date),
    // A year range or an early "year" before a unit or a lower-case word is an amount.
    no("The gas is cooler by 1000–2000 K at noon.", "1000–2000", Date),
    no("Levels ranged from 1200-1500 m in the valley.", "1200-1500", Date),
    no("Divers reached 1012 mbsl at the site.", "1012", Date),
    no("Tests failed in 1500 trials.", "1500", Date),
    yes("The abbey was founded in 1066 by monks.", "in 1066", Date),
    yes("Work ran from 1990-1995 in the city.", "1990-1995", Date),
    // The veto: digits glued to a code or a sign are no date.
    no("The A2019 chip and the $2020 fee.", "2019", Date),
    no("The A2019 chip and the $2020 fee.", "2020", Date),
    no("Flight BA2012 landed late.", "2012", Date),
    // relative::named_day.
    yes("Talks resume tomorrow afternoon.", "tomorrow afternoon", Date),
    yes("The bill passed yesterday.", "yesterday", Date),
    yes("Prices rose earlier today, traders said.", "earlier today", Date),
    yes("Storms hit the coast yesterday night.", "yesterday night", Date),
    // relative::part_of_period.
    yes("Officials met at the start of April.", "the start of April", Date),
    yes(
        "The plan was dropped at the end of the week.",
        "the end of the week",
        Date,
    ),
    yes("Rates stay high for the rest of 2025.", "the rest of 2025", Date),
    yes("Shops shut at the end of the year.", "the end of the year", Date),
    no("At the end of the road stood a mill.", "the end of the road", Date),
    // relative::unit_compound.
    yes("The bank expects a deal by year-end.", "year-end", Date),
    yes("Shares are up 12% year-to-date.", "year-to-date", Date),
    yes("Funds report month-end figures.", "month-end", Date),
    yes("Sales were flat month-to-date.", "month-to-date", Date),
    no("The year-long trial ended.", "year-long", Date),
    // relative::modified_period, recurring seasons.
    yes("The birds return each spring.", "each spring", Date),
    yes("The river floods every winter.", "every winter", Date),
    yes("Stalls open every weekend in town.", "every weekend", Date),
    no("Each summer camp had a nurse.", "Each summer", Date),
    // relative::stretch_of_date.
    yes("The dam burst in the summer of 1911.", "the summer of 1911", Date),
    yes(
        "Snow closed roads in the winter of 2009-10.",
        "the winter of 2009-10",
        Date,
    ),
    yes("Shots were heard on the night of May 2.", "the night of May 2", Date),
    yes("The fair opens the week of August 12.", "the week of August 12", Date),
    yes(
        "Voting ends the last week of November.",
        "the last week of November",
        Date,
    ),
    yes(
        "Repairs start the second week of January.",
        "the second week of January",
        Date,
    ),
    yes(
        "The mill shut in the early part of 1931.",
        "the early part of 1931",
        Date,
    ),
    yes("Rain is rare in the month of July.", "the month of July", Date),
    no("The fall of Rome took centuries.", "The fall of Rome", Date),
    no("The summer of love left its mark.", "The summer of love", Date),
    no(
        "He spoke for the best part of an hour.",
        "the best part of an hour",
        Date,
    ),
    // relative::unit_before_after.
    yes("Profit was lower the year before.", "the year before", Date),
    yes("Sales had jumped the month earlier.", "the month earlier", Date),
    yes(
        "A second fire broke out the week after, police said.",
        "the week after",
        Date,
    ),
    no("Fans queued the week before the final.", "the week before", Date),
    // relative::the_day_noun.
    yes("a report over the weekend that", "over the weekend", Date),
    yes("Crowds grew throughout the day.", "throughout the day", Date),
    yes("She had called him the day before.", "the day before", Date),
    yes("Firms were calm at the moment.", "the moment", Date),
    // relative::sequence_period.
    yes("Water returned the following day.", "the following day", Date),
    yes("Firms cut jobs in the coming weeks.", "in the coming weeks", Date),
    yes("Both teams lost the same day.", "the same day", Date),
    yes("Costs rose over the past decade.", "the past decade", Date),
    yes("Rain fell over the past weeks.", "over the past weeks", Date),
    // relative::that_time.
    yes("He was mayor at that time.", "that time", Date),
    yes("By that time the shop had closed.", "that time", Date),
    yes("Nobody has seen him since that time.", "that time", Date),
    no("That time of day is busy.", "That time", Date),
    // relative::modified_period.
    yes("Sales slowed earlier this month.", "earlier this month", Date),
    yes("The pact expires next year.", "next year", Date),
    yes("Tax returns are due each year.", "each year", Date),
    yes("She trained hard this morning.", "this morning", Date),
    likely("Rents have climbed in recent years.", "recent years", Date),
    likely("Crime has fallen in recent months.", "recent months", Date),
    no("The club won this half easily.", "this half", Date),
    no("It was his every day routine.", "every day", Date),
    // Durations told from now are dates ("ago"), durations alone are measures.
    yes("Pay rose a year earlier than planned.", "a year earlier", Date),
    yes("The loan was repaid three months ago.", "three months ago", Date),
    yes("The flight took six hours.", "six hours", Measure),
    // Regressions from the sample article (dev gold).
    yes("a meeting in January 9-10, followed by", "January 9-10", Date),
    yes("first time earlier this week, although", "earlier this week", Date),
];

#[test]
fn cases() {
    check(CASES);
}
