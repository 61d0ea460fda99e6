//! The few word lists the noun-phrase helpers need: titles, organisation words, words for
//! people. General English, nothing from any gold text. Compared lower-cased.

/// Titles before a name. "Mr" and friends also tell the person's gender.
const MALE_TITLES: &[&str] = &["mr", "mr.", "sir", "lord", "king", "prince", "father", "brother"];
const FEMALE_TITLES: &[&str] = &[
    "mrs", "mrs.", "ms", "ms.", "miss", "madam", "dame", "lady", "queen", "princess", "sister",
];
const TITLES: &[&str] = &[
    "dr",
    "dr.",
    "prof",
    "prof.",
    "professor",
    "president",
    "minister",
    "senator",
    "sen.",
    "rep.",
    "representative",
    "governor",
    "gov.",
    "mayor",
    "judge",
    "justice",
    "general",
    "gen.",
    "colonel",
    "col.",
    "captain",
    "capt.",
    "sergeant",
    "sgt.",
    "officer",
    "detective",
    "chancellor",
    "secretary",
    "ambassador",
    "commissioner",
    "chairman",
    "chairwoman",
    "chair",
    "director",
    "chief",
    "ceo",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "councillor",
    "councilor",
    "inspector",
    "reverend",
    "rev.",
    "rabbi",
    "bishop",
    "pope",
    "premier",
    "deputy",
    "superintendent",
];

/// Words that make a noun phrase an organisation: "the agency", "the Home Office", "NASA".
const ORGANISATION_WORDS: &[&str] = &[
    "agency",
    "ministry",
    "department",
    "council",
    "committee",
    "government",
    "police",
    "company",
    "union",
    "association",
    "office",
    "bank",
    "university",
    "college",
    "court",
    "commission",
    "party",
    "board",
    "authority",
    "institute",
    "organisation",
    "organization",
    "corporation",
    "corp",
    "corp.",
    "inc",
    "inc.",
    "ltd",
    "ltd.",
    "group",
    "foundation",
    "times",
    "news",
    "post",
    "press",
    "army",
    "military",
    "service",
    "administration",
    "network",
    "club",
    "team",
    "federation",
    "league",
    "senate",
    "parliament",
    "congress",
    "assembly",
    "firm",
    "center",
    "centre",
    "church",
    "school",
    "hospital",
    "airline",
    "station",
    "newspaper",
    "magazine",
    "journal",
    "broadcaster",
    "channel",
    "network",
    "tribunal",
    "cabinet",
    "embassy",
    "regime",
    "navy",
    "forces",
    "bureau",
    "society",
    "trust",
    "fund",
    "programme",
    "program",
    "campaign",
    "coalition",
    "alliance",
    "movement",
    "website",
    "site",
    "report",
    "statement",
    "study",
    "survey",
    "letter",
    "guardian",
    "herald",
    "tribune",
    "telegraph",
    "gazette",
    "daily",
];

/// Common nouns for people: a phrase headed by one of these is a person (or people).
const PERSON_NOUNS: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "official",
    "officials",
    "teacher",
    "doctor",
    "nurse",
    "resident",
    "residents",
    "witness",
    "witnesses",
    "man",
    "woman",
    "men",
    "women",
    "boy",
    "girl",
    "student",
    "students",
    "worker",
    "workers",
    "expert",
    "experts",
    "analyst",
    "analysts",
    "lawyer",
    "attorney",
    "leader",
    "leaders",
    "member",
    "members",
    "owner",
    "manager",
    "director",
    "minister",
    "president",
    "mayor",
    "chief",
    "head",
    "officer",
    "researcher",
    "researchers",
    "scientist",
    "scientists",
    "author",
    "writer",
    "poster",
    "blogger",
    "user",
    "users",
    "voter",
    "voters",
    "campaigner",
    "activist",
    "activists",
    "critic",
    "critics",
    "editor",
    "reporter",
    "candidate",
    "victim",
    "father",
    "mother",
    "parent",
    "parents",
    "son",
    "daughter",
    "wife",
    "husband",
    "friend",
    "neighbour",
    "neighbor",
    "professor",
    "judge",
    "senator",
    "governor",
    "secretary",
    "ambassador",
    "chairman",
    "executive",
    "founder",
    "player",
    "coach",
    "fan",
    "fans",
    "protester",
    "protesters",
    "people",
    "person",
    "farmer",
    "farmers",
    "soldier",
    "soldiers",
    "pilot",
    "driver",
];

/// Calls `find` with `word` lower-cased, as the lists spell their words: in a buffer on the
/// stack for an ASCII word (most calls, and none of them allocates), through
/// `str::to_lowercase` for any other (which knows a final sigma and the Kelvin sign).
fn with_lower<R>(word: &str, find: impl FnOnce(&str) -> R) -> R {
    let mut buffer = [0_u8; 24];
    if word.is_ascii()
        && let Some(lower) = buffer.get_mut(..word.len())
    {
        for (slot, byte) in lower.iter_mut().zip(word.bytes()) {
            *slot = byte.to_ascii_lowercase();
        }
        if let Ok(lower) = std::str::from_utf8(lower) {
            return find(lower);
        }
    }
    find(&word.to_lowercase())
}

fn holds(list: &[&str], word: &str) -> bool {
    with_lower(word, |lower| list.contains(&lower))
}

/// Whether `word` is a title that can stand before a name ("Dr", "President", "Ms").
pub(crate) fn is_title(word: &str) -> bool {
    with_lower(word, |lower| {
        [TITLES, MALE_TITLES, FEMALE_TITLES]
            .iter()
            .any(|list| list.contains(&lower))
    })
}

/// The gender a title or person noun tells, if any.
pub(crate) fn gender_of(word: &str) -> Option<super::Gender> {
    with_lower(word, |lower| {
        if MALE_TITLES.contains(&lower)
            || matches!(
                lower,
                "spokesman" | "chairman" | "man" | "boy" | "husband" | "son" | "father"
            )
        {
            Some(super::Gender::Male)
        } else if FEMALE_TITLES.contains(&lower)
            || matches!(
                lower,
                "spokeswoman" | "chairwoman" | "woman" | "girl" | "wife" | "daughter" | "mother"
            )
        {
            Some(super::Gender::Female)
        } else {
            None
        }
    })
}

/// Whether `word` marks an organisation.
pub(crate) fn is_organisation_word(word: &str) -> bool {
    holds(ORGANISATION_WORDS, word)
}

/// Whether `word` is a common noun for a person or people.
pub(crate) fn is_person_noun(word: &str) -> bool {
    holds(PERSON_NOUNS, word)
}

#[cfg(test)]
mod tests {
    use super::{gender_of, is_organisation_word, is_title};
    use crate::syntax::Gender;

    #[test]
    fn lists_are_read_case_insensitively_whatever_the_script() {
        assert!(is_title("MINISTER") && is_title("Dr.") && is_title("ms"));
        assert!(!is_title("Ministers") && !is_title("") && !is_title(&"x".repeat(40)));
        assert!(is_organisation_word("Agency"));
        // Non-ASCII words are lower-cased by Unicode's rules: the Kelvin sign is a "k".
        assert!(is_title("\u{212a}ing"));
        assert!(!is_title("Mínister"));
        assert_eq!(gender_of("Spokeswoman"), Some(Gender::Female));
        assert_eq!(gender_of("MR."), Some(Gender::Male));
        assert_eq!(gender_of("teacher"), None);
    }
}
