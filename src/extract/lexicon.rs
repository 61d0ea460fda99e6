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
    let mut buf = [0u8; 24];
    let Some(w) = lower(word, &mut buf) else {
        return Lex::Other;
    };
    classify_lower(w)
}

const MINUTE: f64 = 60.0;
const HOUR: f64 = 3600.0;
const DAY: f64 = 86_400.0;
const WEEK: f64 = 7.0 * DAY;
/// A Gregorian year on average, so that durations in months and years add up.
const YEAR: f64 = 365.2425 * DAY;
const MONTH: f64 = YEAR / 12.0;

#[allow(clippy::too_many_lines, reason = "one flat table reads better than several")]
fn classify_lower(w: &[u8]) -> Lex {
    match w {
        b"zero" | b"nil" => Lex::Number(0.0),
        b"one" => Lex::Number(1.0),
        b"two" => Lex::Number(2.0),
        b"three" => Lex::Number(3.0),
        b"four" => Lex::Number(4.0),
        b"five" => Lex::Number(5.0),
        b"six" => Lex::Number(6.0),
        b"seven" => Lex::Number(7.0),
        b"eight" => Lex::Number(8.0),
        b"nine" => Lex::Number(9.0),
        b"ten" => Lex::Number(10.0),
        b"eleven" => Lex::Number(11.0),
        b"twelve" => Lex::Number(12.0),
        b"thirteen" => Lex::Number(13.0),
        b"fourteen" => Lex::Number(14.0),
        b"fifteen" => Lex::Number(15.0),
        b"sixteen" => Lex::Number(16.0),
        b"seventeen" => Lex::Number(17.0),
        b"eighteen" => Lex::Number(18.0),
        b"nineteen" => Lex::Number(19.0),
        b"twenty" => Lex::Number(20.0),
        b"thirty" => Lex::Number(30.0),
        b"forty" | b"fourty" => Lex::Number(40.0),
        b"fifty" => Lex::Number(50.0),
        b"sixty" => Lex::Number(60.0),
        b"seventy" => Lex::Number(70.0),
        b"eighty" => Lex::Number(80.0),
        b"ninety" => Lex::Number(90.0),
        b"hundred" => Lex::Scale(100.0),
        b"thousand" => Lex::Scale(1e3),
        b"million" | b"mln" | b"mn" => Lex::Scale(1e6),
        b"billion" | b"bn" | b"bln" => Lex::Scale(1e9),
        b"trillion" | b"tn" | b"trn" => Lex::Scale(1e12),
        b"dozen" => Lex::Scale(12.0),
        b"hundreds" => Lex::ScalePlural(100.0),
        b"thousands" => Lex::ScalePlural(1e3),
        b"millions" => Lex::ScalePlural(1e6),
        b"billions" => Lex::ScalePlural(1e9),
        b"dozens" => Lex::ScalePlural(12.0),
        b"tens" => Lex::ScalePlural(10.0),
        b"first" => Lex::Ordinal(1),
        b"second" => Lex::Ordinal(2),
        b"third" => Lex::Ordinal(3),
        b"fourth" => Lex::Ordinal(4),
        b"fifth" => Lex::Ordinal(5),
        b"sixth" => Lex::Ordinal(6),
        b"seventh" => Lex::Ordinal(7),
        b"eighth" => Lex::Ordinal(8),
        b"ninth" => Lex::Ordinal(9),
        b"tenth" => Lex::Ordinal(10),
        b"eleventh" => Lex::Ordinal(11),
        b"twelfth" => Lex::Ordinal(12),
        b"thirteenth" => Lex::Ordinal(13),
        b"fourteenth" => Lex::Ordinal(14),
        b"fifteenth" => Lex::Ordinal(15),
        b"sixteenth" => Lex::Ordinal(16),
        b"seventeenth" => Lex::Ordinal(17),
        b"eighteenth" => Lex::Ordinal(18),
        b"nineteenth" => Lex::Ordinal(19),
        b"twentieth" => Lex::Ordinal(20),
        b"thirtieth" => Lex::Ordinal(30),
        b"fortieth" => Lex::Ordinal(40),
        b"fiftieth" => Lex::Ordinal(50),
        b"hundredth" => Lex::Ordinal(100),
        b"thousandth" => Lex::Ordinal(1000),
        b"january" | b"jan" => Lex::Month(1),
        b"february" | b"feb" => Lex::Month(2),
        b"march" | b"mar" => Lex::Month(3),
        b"april" | b"apr" => Lex::Month(4),
        b"may" => Lex::Month(5),
        b"june" | b"jun" => Lex::Month(6),
        b"july" | b"jul" => Lex::Month(7),
        b"august" | b"aug" => Lex::Month(8),
        b"september" | b"sep" | b"sept" => Lex::Month(9),
        b"october" | b"oct" => Lex::Month(10),
        b"november" | b"nov" => Lex::Month(11),
        b"december" | b"dec" => Lex::Month(12),
        b"monday" => Lex::Weekday(1),
        b"tuesday" => Lex::Weekday(2),
        b"wednesday" => Lex::Weekday(3),
        b"thursday" => Lex::Weekday(4),
        b"friday" => Lex::Weekday(5),
        b"saturday" => Lex::Weekday(6),
        b"sunday" => Lex::Weekday(7),
        b"seconds" | b"sec" | b"secs" => Lex::TimeUnit(1.0),
        b"minute" | b"minutes" | b"min" | b"mins" => Lex::TimeUnit(MINUTE),
        b"hour" | b"hours" | b"hr" | b"hrs" | b"h" => Lex::TimeUnit(HOUR),
        b"day" | b"days" => Lex::TimeUnit(DAY),
        b"week" | b"weeks" | b"wk" | b"wks" => Lex::TimeUnit(WEEK),
        b"fortnight" | b"fortnights" => Lex::TimeUnit(2.0 * WEEK),
        b"month" | b"months" | b"mo" | b"mos" => Lex::TimeUnit(MONTH),
        b"year" | b"years" | b"yr" | b"yrs" => Lex::TimeUnit(YEAR),
        b"decade" | b"decades" => Lex::TimeUnit(10.0 * YEAR),
        b"century" | b"centuries" => Lex::TimeUnit(100.0 * YEAR),
        b"millennium" | b"millennia" | b"millenniums" => Lex::TimeUnit(1000.0 * YEAR),
        b"morning" | b"afternoon" | b"evening" | b"night" | b"noon" | b"midday" | b"midnight"
        | b"mornings" | b"afternoons" | b"evenings" | b"nights" | b"overnight" => Lex::DayPart,
        b"yesterday" | b"today" | b"tomorrow" | b"tonight" => Lex::RelDay,
        b"about" | b"around" | b"approximately" | b"roughly" | b"nearly" | b"almost"
        | b"circa" | b"approx" | b"some" | b"estimated" | b"only" | b"just" | b"exactly"
        | b"precisely" | b"within" | b"over" | b"under" | b"below" | b"above" | b"upwards"
        | b"averaging" | b"maximum" | b"minimum" | b"max" | b"min." | b"nearer" => Lex::Approx,
        b"the" | b"a" | b"an" | b"of" | b"to" | b"in" | b"on" | b"at" | b"by" | b"for"
        | b"from" | b"with" | b"and" | b"or" | b"but" | b"nor" | b"as" | b"than" | b"that"
        | b"which" | b"who" | b"whom" | b"whose" | b"what" | b"when" | b"where" | b"while"
        | b"if" | b"is" | b"are" | b"was" | b"were" | b"be" | b"been" | b"being" | b"am"
        | b"has" | b"have" | b"had" | b"do" | b"does" | b"did" | b"will" | b"would"
        | b"shall" | b"should" | b"can" | b"could" | b"might" | b"must" | b"this"
        | b"these" | b"those" | b"it" | b"its" | b"he" | b"she" | b"they" | b"them" | b"we"
        | b"us" | b"you" | b"i" | b"his" | b"her" | b"their" | b"our" | b"your" | b"my"
        | b"not" | b"no" | b"more" | b"less" | b"fewer" | b"most" | b"least" | b"each"
        | b"every" | b"per" | b"into" | b"onto" | b"out" | b"up" | b"down" | b"off"
        | b"after" | b"before" | b"since" | b"until" | b"till" | b"during" | b"including"
        | b"between" | b"among" | b"against" | b"through" | b"across" | b"than." | b"so"
        | b"such" | b"also" | b"then" | b"there" | b"here" | b"all" | b"both" | b"other"
        | b"another" | b"said" | b"says" | b"say" | b"told" | b"ago" | b"later"
        | b"earlier" | b"apart" | b"away" | b"times" | b"again" | b"too" | b"very"
        | b"because" | b"whether" | b"like" | b"via" | b"toward" | b"towards" | b"along"
        | b"behind" | b"beyond" | b"near" | b"inside" | b"outside" | b"without" | b"upon"
        | b"respectively" | b"each." | b"alone" | b"total" | b"altogether" | b"ahead"
        | b"long" | b"old" | b"high" | b"wide" | b"deep" | b"tall" | b"away." | b"late"
        | b"early" | b"left" | b"remaining" | b"instead" | b"either" | b"neither" => {
            Lex::Stop
        }
        _ => Lex::Other,
    }
}

/// A word that introduces reported speech: "said", "told", "according".
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

const fn unit(name: &'static str) -> Option<Unit> {
    Some(Unit { name, secs: None })
}

/// A unit written after a number, case-sensitive first (SI symbols: "M" molar is not "m"),
/// then case-insensitive for words.
#[allow(clippy::too_many_lines, reason = "one flat table reads better than several")]
pub(crate) fn unit_after(word: &str) -> Option<Unit> {
    let exact = match word {
        "%" | "‰" | "‱" => return unit(if word == "%" { "%" } else { "‰" }),
        "m" | "km" | "cm" | "mm" | "μm" | "µm" | "nm" | "pm" | "Å" => Some(word),
        "g" | "kg" | "mg" | "μg" | "µg" | "ng" | "t" | "Mt" | "Gt" | "kt" => Some(word),
        "L" | "l" | "mL" | "ml" | "μL" | "µL" | "μl" | "dL" | "cc" => Some(word),
        "M" | "mM" | "μM" | "µM" | "nM" | "pM" | "mol" | "mmol" | "μmol" | "N" | "kN" => {
            Some(word)
        }
        "K" | "°C" | "°F" | "°" | "ºC" | "℃" | "oC" => Some(word),
        "W" | "kW" | "MW" | "GW" | "TW" | "mW" | "Wh" | "kWh" | "MWh" | "GWh" | "TWh" => {
            Some(word)
        }
        "V" | "kV" | "mV" | "A" | "mA" | "Ω" | "Hz" | "kHz" | "MHz" | "GHz" | "J" | "kJ"
        | "MJ" | "GJ" | "eV" | "keV" | "MeV" | "GeV" | "TeV" | "Pa" | "kPa" | "MPa"
        | "GPa" | "hPa" | "bar" | "mbar" | "atm" | "dB" | "Gy" | "Sv" | "mSv" | "Bq" => Some(word),
        "Ma" | "ka" | "Ga" | "kyr" | "Myr" | "Gyr" | "BP" => Some(word),
        "ppm" | "ppb" | "ppt" | "ppq" | "ppmv" | "pH" | "wt" | "vol" => Some(word),
        "s" | "ms" | "μs" | "µs" | "ns" => {
            let secs = match word {
                "s" => 1.0,
                "ms" => 1e-3,
                "ns" => 1e-9,
                _ => 1e-6,
            };
            return Some(Unit { name: "s", secs: Some(secs) });
        }
        _ => None,
    };
    if let Some(name) = exact {
        return Some(Unit { name: static_name(name), secs: None });
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
                Lex::TimeUnit(secs) => Some(Unit { name: time_name(secs), secs: Some(secs) }),
                _ => None,
            };
        }
    };
    Some(Unit { name, secs: None })
}

fn static_name(word: &str) -> &'static str {
    // Only called with the literals matched above; map back to a 'static str.
    const NAMES: &[&str] = &[
        "m", "km", "cm", "mm", "μm", "µm", "nm", "pm", "Å", "g", "kg", "mg", "μg", "µg", "ng",
        "t", "Mt", "Gt", "kt", "L", "l", "mL", "ml", "μL", "µL", "μl", "dL", "cc", "M", "mM",
        "μM", "µM", "nM", "pM", "mol", "mmol", "μmol", "N", "kN", "K", "°C", "°F", "°", "ºC",
        "℃", "oC", "W", "kW", "MW", "GW", "TW", "mW", "Wh", "kWh", "MWh", "GWh", "TWh", "V",
        "kV", "mV", "A", "mA", "Ω", "Hz", "kHz", "MHz", "GHz", "J", "kJ", "MJ", "GJ", "eV",
        "keV", "MeV", "GeV", "TeV", "Pa", "kPa", "MPa", "GPa", "hPa", "bar", "mbar", "atm",
        "dB", "Gy", "Sv", "mSv", "Bq", "Ma", "ka", "Ga", "kyr", "Myr", "Gyr", "BP", "ppm", "ppb",
        "ppt", "ppq", "ppmv", "pH", "wt", "vol",
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
            | b"number"
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
            | b"stage"
            | b"type"
            | b"class"
            | b"group"
            | b"part"
            | b"item"
            | b"ref"
            | b"refs"
            | b"line"
            | b"lines"
            | b"box"
            | b"exhibit"
            | b"episode"
            | b"season"
            | b"round"
            | b"act"
            | b"scene"
            | b"case"
            | b"model"
            | b"series"
            | b"lot"
            | b"block"
            | b"unit"
            | b"suite"
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
            | b"protocol"
            | b"scheme"
            | b"experiment"
            | b"study"
            | b"sample"
            | b"site"
            | b"zone"
            | b"area"
            | b"sector"
            | b"district"
            | b"ward"
            | b"region"
            | b"world"
            | b"war"
            | b"posts"
            | b"post"
            | b"supplementary"
            | b"s"
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
