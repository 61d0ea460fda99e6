use serde::{Deserialize, Serialize};

/// What sort of fact a claim states (SPEC §3).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Kind {
    /// A number of things: "60,000 to 90,000 Russian soldiers".
    Count,
    /// An amount with a unit: durations, money, percentages, distances.
    Measure,
    /// A point or range in time, absolute or relative.
    Date,
    /// First, second, last … stated as a fact.
    Ordinal,
    /// Words put in someone's mouth.
    Quote,
    /// A whole sentence marked as a claim.
    Statement,
}

impl Kind {
    /// Every kind, in the order menus and filters show them.
    pub const ALL: [Kind; 6] = [
        Kind::Count,
        Kind::Measure,
        Kind::Date,
        Kind::Ordinal,
        Kind::Quote,
        Kind::Statement,
    ];

    /// The lower-case name used on the command line and in JSON (`count`, `measure`, …).
    pub fn slug(self) -> &'static str {
        match self {
            Kind::Count => "count",
            Kind::Measure => "measure",
            Kind::Date => "date",
            Kind::Ordinal => "ordinal",
            Kind::Quote => "quote",
            Kind::Statement => "statement",
        }
    }

    /// The name shown to people.
    pub fn label(self) -> &'static str {
        match self {
            Kind::Count => "Count",
            Kind::Measure => "Measure",
            Kind::Date => "Date",
            Kind::Ordinal => "Ordinal",
            Kind::Quote => "Quote",
            Kind::Statement => "Statement",
        }
    }
}

impl std::fmt::Display for Kind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.label())
    }
}
