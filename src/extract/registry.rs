//! The recognisers, in the order they are tried. This list is the only place that order is
//! written.
//!
//! Anchored recognisers are tried at each token from the top; the first one that matches
//! takes the tokens, so the order settles every overlap:
//!
//! 1. **periods** before dates: "the fourth quarter", "fiscal 2023", "the 2019 period" hold an
//!    ordinal or a bare year that the later recognisers would take alone.
//! 2. **dates** before quantities: "January 12", "in 2014" and "two years ago" hold numbers
//!    that are no amount.
//! 3. **tallies** before quantities: "voted 7-2" is one score, not the range "7-2".
//! 4. **proportions** before quantities: "a fifth of the $2 billion" is a share of an
//!    amount; the amount inside is still found, because a proportion ends before it.
//! 5. **quantities** before ordinals: "a 45-second spot" is a duration, not the rank
//!    "second".
//! 6. **ordinals** last: what is left of "first", "3rd", "last" is a rank.
//!
//! Text-wide recognisers run after the walk, each over the whole text; their claims may hold
//! anchored ones:
//!
//! 7. **quotes**: quotation marks paired per paragraph, then their speakers.
//! 8. **statements** last: every sentence scored for check-worthiness; a statement holds the
//!    claims found inside it, so it comes after all of them and takes nothing from them.

use super::cursor::Cursor;
use super::dates::Dates;
use super::ordinals::Ordinals;
use super::periods::Periods;
use super::proportions::Proportions;
use super::quantity::Quantities;
use super::quotes::Quotes;
use super::recognizer::{Hit, Recognizer, Scope};
use super::statements::Statements;
use super::tallies::Tallies;

/// Writes the list once and makes from it both [`REGISTRY`] and [`first_anchored`], which
/// calls the anchored recognisers of the same list directly, in the same order.
macro_rules! registry {
    ($($recognizer:ident),* $(,)?) => {
        /// Every recogniser, in order (see the module docs for why this order).
        pub(crate) static REGISTRY: &[&dyn Recognizer] = &[$(&$recognizer),*];

        /// The hit of the first anchored recogniser of [`REGISTRY`] that matches at token
        /// `index`. One direct call per recogniser instead of one through `dyn` at each of
        /// the walk's anchors: the compiler sees each `at` (and drops the text-wide ones,
        /// whose `at` finds nothing).
        #[inline]
        pub(crate) fn first_anchored(cursor: Cursor<'_>, index: usize, floor: usize) -> Option<Hit> {
            $(
                if $recognizer.scope() == Scope::Anchored
                    && let Some(hit) = $recognizer.at(cursor, index, floor)
                {
                    return Some(hit);
                }
            )*
            None
        }
    };
}

registry![
    Periods,
    Dates,
    Tallies,
    Proportions,
    Quantities,
    Ordinals,
    Quotes,
    Statements
];

#[cfg(test)]
mod tests {
    use super::REGISTRY;
    use crate::extract::recognizer::Scope;

    #[test]
    fn names_are_unique_and_text_wide_recognisers_come_last() {
        let names: Vec<&str> = REGISTRY.iter().map(|r| r.name()).collect();
        let mut unique = names.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), names.len(), "{names:?}");
        let first_text = REGISTRY
            .iter()
            .position(|r| r.scope() == Scope::Text)
            .unwrap_or(REGISTRY.len());
        assert!(
            REGISTRY.iter().skip(first_text).all(|r| r.scope() == Scope::Text),
            "{names:?}"
        );
        assert_eq!(
            names,
            [
                "periods",
                "dates",
                "tallies",
                "proportions",
                "quantities",
                "ordinals",
                "quotes",
                "statements"
            ]
        );
    }
}
