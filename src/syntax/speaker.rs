//! The speaker of a speech verb: the noun phrase that is its subject.
//!
//! Two directions, because news writes both:
//! - [`speaker_before_verb`]: `Tom Reed, head of policy, said` — the subject before the verb;
//!   an apposition or relative clause between commas is stepped over back to the name, and a
//!   fronted clause before the subject stays out because a phrase never crosses a comma.
//! - [`speaker_after_verb`]: `said Rosa Diaz, 52, a teacher` — the inverted subject after the
//!   verb (also the object of "according to": call it with the token after "to").
//!
//! Both take the words and tags of one sentence (or a window wide enough to hold the subject)
//! and return token indices; which verbs are speech verbs is the caller's business.

use super::chunk::{noun_phrase_ending_at, noun_phrase_starting_at};
use super::noun_phrase::{EntityHint, NounPhrase};
use super::tag::Tag;
use super::token_range::TokenRange;

/// The speaker found for a speech verb.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Speaker {
    /// The tokens of the speaker as written ("Rosa Diaz", "the agency", "he").
    pub range: TokenRange,
    /// The head token ("Diaz", "agency", "he").
    pub head: usize,
    /// Person, organisation, pronoun…: for pronoun resolution and for the inspector.
    pub hint: EntityHint,
}

impl Speaker {
    fn from_phrase(phrase: NounPhrase, range: TokenRange, words: &[&str], tags: &[Tag]) -> Speaker {
        Speaker {
            range,
            head: phrase.head,
            hint: phrase.hint(words, tags),
        }
    }
}

/// Most tokens stepped over between the commas of an apposition ("editor at large at the
/// Saudi Gazette"): past that, the comma is more likely a clause boundary.
const MAX_APPOSITION: usize = 12;

fn word_is(words: &[&str], index: usize, wanted: &[&str]) -> bool {
    words
        .get(index)
        .is_some_and(|word| wanted.iter().any(|candidate| word.eq_ignore_ascii_case(candidate)))
}

/// Whether a phrase may be a speaker: not "it" of a clause, not a number alone.
fn can_speak(phrase: NounPhrase, tags: &[Tag]) -> bool {
    tags.get(phrase.head).is_some_and(|tag| *tag != Tag::Cd)
}

/// Extends a subject phrase to the left over "of" and proper-noun coordination: "the head of
/// the agency", "CEO of the Refugee Council Enver Solomon", "Smith and Jones".
fn extend_left(words: &[&str], tags: &[Tag], mut phrase: NounPhrase) -> (NounPhrase, TokenRange) {
    let mut range = phrase.range;
    for _ in 0..3 {
        let Some(joint) = range.start.checked_sub(1) else {
            break;
        };
        // A post-modifier of the head: "the head of the agency", "a spokesman for the Red
        // Cross", "economists at Barclays", "a lawyer from Leeds", "officials on both sides",
        // "a teacher in Leeds".
        let is_of = word_is(words, joint, &["of", "for", "at", "from", "on", "in"]);
        let is_and = tags.get(joint) == Some(&Tag::Cc) && phrase.has_name(tags);
        if !is_of && !is_and {
            break;
        }
        let Some(before) = joint
            .checked_sub(1)
            .and_then(|last| noun_phrase_ending_at(words, tags, last))
        else {
            break;
        };
        if is_and && !before.has_name(tags) {
            break;
        }
        range.start = before.range.start;
        // The head of "the head of the agency" is "head": the phrase before "of" governs.
        if is_of {
            phrase = NounPhrase {
                range,
                head: before.head,
            };
        }
    }
    (phrase, range)
}

/// The speaker of the verb at token `verb`, looking left: the subject of "said", "told",
/// "added", "says". `None` when no noun phrase stands as its subject.
pub fn speaker_before_verb(words: &[&str], tags: &[Tag], verb: usize) -> Option<Speaker> {
    let mut last = verb.checked_sub(1)?;
    // "has said", "also said", "would later tell": step over adverbs and auxiliaries.
    while tags.get(last).is_some_and(|tag| *tag == Tag::Md || tag.is_adverb())
        || word_is(
            words,
            last,
            &["has", "have", "had", "did", "does", "is", "was", "were", "are"],
        )
    {
        last = last.checked_sub(1)?;
    }
    if tags.get(last) == Some(&Tag::Comma) {
        // `Tom Reed, head of policy, said` / `Ed Marsh, 88, said` / `Smith, who led it, said`:
        // the name is the phrase before the opening comma.
        let closing = last;
        let opening = (closing.saturating_sub(MAX_APPOSITION)..closing)
            .rev()
            .find(|index| tags.get(*index) == Some(&Tag::Comma))?;
        let inside = tags.get(opening + 1..closing).unwrap_or_default();
        let is_aside = inside.first().is_some_and(|tag| {
            // A relative clause, an age, a role, or a participle or adverb aside ("Lena Park,
            // speaking in Paris, said", "the report, released Monday, said", "Smith, however,
            // said").
            matches!(
                tag,
                Tag::Wp | Tag::Wdt | Tag::Cd | Tag::Dt | Tag::PrpS | Tag::Vbg | Tag::Vbn | Tag::Rb
            ) || tag.is_noun()
                || tag.is_adjective()
        }) && !inside
            .iter()
            .any(|tag| matches!(tag, Tag::OpenQuote | Tag::CloseQuote | Tag::Period));
        if !is_aside {
            return None;
        }
        let phrase = noun_phrase_ending_at(words, tags, opening.checked_sub(1)?)?;
        if !can_speak(phrase, tags) || phrase.is_pronoun(tags) && inside.first() != Some(&Tag::Wp) {
            return None;
        }
        let (phrase, range) = extend_left(words, tags, phrase);
        return Some(Speaker::from_phrase(phrase, range, words, tags));
    }
    let phrase = noun_phrase_ending_at(words, tags, last)?;
    if !can_speak(phrase, tags) {
        return None;
    }
    let (phrase, range) = extend_left(words, tags, phrase);
    Some(Speaker::from_phrase(phrase, range, words, tags))
}

/// The speaker after an inverted speech verb (`said Rosa Diaz, 52, a teacher`) or after
/// "according to"; `start` is the first token after the verb (or after "to").
///
/// A phrase followed by a verb is the subject of a reported clause ("said the plan would
/// fail"), not the speaker. A description followed by a name between commas gives the name
/// ("said the head of policy, Tom Reed").
pub fn speaker_after_verb(words: &[&str], tags: &[Tag], start: usize) -> Option<Speaker> {
    let phrase = noun_phrase_starting_at(words, tags, start)?;
    if !can_speak(phrase, tags) {
        return None;
    }
    let mut range = phrase.range;
    // "said Matthew Ingram of The Globe", "said the head of the agency", "said a spokesman
    // for the Red Cross".
    if word_is(words, range.end, &["of", "for", "at", "from"])
        && let Some(object) = noun_phrase_starting_at(words, tags, range.end + 1)
    {
        range.end = object.range.end;
    }
    let next = tags.get(range.end).copied();
    if next.is_some_and(|tag| tag.is_verb() || tag == Tag::Md) {
        return None;
    }
    if next == Some(Tag::Comma)
        && !tags
            .get(range.start..range.end)
            .unwrap_or_default()
            .iter()
            .any(|tag| tag.is_proper_noun())
        && let Some(name) = noun_phrase_starting_at(words, tags, range.end + 1)
        && name.is_proper(tags)
        && tags.get(name.range.end).is_none_or(|tag| tag.is_punctuation())
    {
        return Some(Speaker::from_phrase(name, name.range, words, tags));
    }
    Some(Speaker::from_phrase(phrase, range, words, tags))
}

#[cfg(test)]
mod tests {
    use super::*;
    use Tag::*;

    fn words(sentence: &str) -> Vec<&str> {
        sentence.split(' ').collect()
    }

    fn before(sentence: &str, tags: &[Tag], verb: &str) -> Option<String> {
        let words = words(sentence);
        assert_eq!(words.len(), tags.len(), "one tag per word in {sentence:?}");
        let verb = words.iter().position(|word| *word == verb)?;
        speaker_before_verb(&words, tags, verb).map(|speaker| speaker.range.text(&words))
    }

    fn after(sentence: &str, tags: &[Tag], verb: &str) -> Option<String> {
        let words = words(sentence);
        assert_eq!(words.len(), tags.len(), "one tag per word in {sentence:?}");
        let verb = words.iter().position(|word| *word == verb)?;
        speaker_after_verb(&words, tags, verb + 1).map(|speaker| speaker.range.text(&words))
    }

    #[test]
    fn the_subject_before_the_verb_without_appositions_or_fronted_clauses() {
        let cases: &[(&str, &[Tag], Option<&str>)] = &[
            // Apposition of an age between commas.
            (
                "'' Ed Marsh , 88 , said in an interview",
                &[CloseQuote, Nnp, Nnp, Comma, Cd, Comma, Vbd, In, Dt, Nn],
                Some("Ed Marsh"),
            ),
            // A fronted clause, then the name, then its role.
            (
                "In a 2019 interview about the budget the council could back , Tom Reed , head of policy , said",
                &[
                    In, Dt, Cd, Nn, In, Dt, Nn, Dt, Nn, Md, Vb, Comma, Nnp, Nnp, Comma, Nn, In, Nn, Comma, Vbd,
                ],
                Some("Tom Reed"),
            ),
            // A fronted participle clause.
            (
                "Speaking at the hearing , Priya Nair told reporters",
                &[Vbg, In, Dt, Nn, Comma, Nnp, Nnp, Vbd, Nns],
                Some("Priya Nair"),
            ),
            // An organisation.
            (
                "The agency said in a release",
                &[Dt, Nn, Vbd, In, Dt, Nn],
                Some("The agency"),
            ),
            // Auxiliaries and adverbs between subject and verb.
            (
                "The ministry has also said",
                &[Dt, Nn, Vbz, Rb, Vbn],
                Some("The ministry"),
            ),
            // A relative clause between commas.
            (
                "Lena Park , who led the study , said",
                &[Nnp, Nnp, Comma, Wp, Vbd, Dt, Nn, Comma, Vbd],
                Some("Lena Park"),
            ),
            // Titles and "of" phrases stay in the subject.
            (
                "CEO of the Refugee Council Omar Haddad told",
                &[Nnp, In, Dt, Nnp, Nnp, Nnp, Nnp, Vbd],
                Some("CEO of the Refugee Council Omar Haddad"),
            ),
            (
                "Malaysia 's Prime Minister said",
                &[Nnp, Pos, Nnp, Nnp, Vbd],
                Some("Malaysia 's Prime Minister"),
            ),
            // Participle and adverb asides between commas.
            (
                "The minister , speaking in Paris , said",
                &[Dt, Nn, Comma, Vbg, In, Nnp, Comma, Vbd],
                Some("The minister"),
            ),
            (
                "The audit , released on Monday , said",
                &[Dt, Nn, Comma, Vbn, In, Nnp, Comma, Vbd],
                Some("The audit"),
            ),
            (
                "Kofi Mensah , however , said",
                &[Nnp, Nnp, Comma, Rb, Comma, Vbd],
                Some("Kofi Mensah"),
            ),
            // Post-modifiers of the head stay in the subject.
            (
                "a spokesman for the Red Cross said",
                &[Dt, Nn, In, Dt, Nnp, Nnp, Vbd],
                Some("a spokesman for the Red Cross"),
            ),
            (
                "analysts at Nordbank warned",
                &[Nns, In, Nnp, Vbd],
                Some("analysts at Nordbank"),
            ),
            (
                "a farmer from Kent told",
                &[Dt, Nn, In, Nnp, Vbd],
                Some("a farmer from Kent"),
            ),
            (
                "nurses on both wards said",
                &[Nns, In, Dt, Nns, Vbd],
                Some("nurses on both wards"),
            ),
            // A pronoun subject.
            ("Later , she said", &[Rb, Comma, Prp, Vbd], Some("she")),
            // A quote's end with no subject before the verb.
            ("'' , said", &[CloseQuote, Comma, Vbd], None),
        ];
        for (sentence, tags, expected) in cases {
            let verb = ["said", "told", "warned"]
                .iter()
                .find(|verb| sentence.split(' ').any(|word| word == **verb));
            let found = verb.and_then(|verb| before(sentence, tags, verb));
            assert_eq!(found.as_deref(), *expected, "{sentence}");
        }
    }

    #[test]
    fn the_inverted_subject_after_the_verb() {
        let cases: &[(&str, &[Tag], Option<&str>)] = &[
            (
                "said Rosa Diaz , 52 , a teacher .",
                &[Vbd, Nnp, Nnp, Comma, Cd, Comma, Dt, Nn, Period],
                Some("Rosa Diaz"),
            ),
            (
                "said the agency in a statement",
                &[Vbd, Dt, Nn, In, Dt, Nn],
                Some("the agency"),
            ),
            (
                "said Professor Alan Whitby of Leeds University .",
                &[Vbd, Nnp, Nnp, Nnp, In, Nnp, Nnp, Period],
                Some("Professor Alan Whitby of Leeds University"),
            ),
            (
                "said the head of policy , Tom Reed .",
                &[Vbd, Dt, Nn, In, Nn, Comma, Nnp, Nnp, Period],
                Some("Tom Reed"),
            ),
            ("said he .", &[Vbd, Prp, Period], Some("he")),
            // A reported clause, not an inverted subject.
            ("said the plan would fail", &[Vbd, Dt, Nn, Md, Vb], None),
            ("said on Tuesday", &[Vbd, In, Nnp], None),
        ];
        for (sentence, tags, expected) in cases {
            assert_eq!(after(sentence, tags, "said").as_deref(), *expected, "{sentence}");
        }
    }

    #[test]
    fn according_to_takes_its_object() {
        let sentence = "according to the World Health Organization , cases rose";
        let tags = [Vbg, In, Dt, Nnp, Nnp, Nnp, Comma, Nns, Vbd];
        let words = words(sentence);
        let speaker = speaker_after_verb(&words, &tags, 2);
        assert_eq!(
            speaker.map(|speaker| speaker.range.text(&words)).as_deref(),
            Some("the World Health Organization")
        );
        assert_eq!(speaker.map(|speaker| speaker.hint), Some(EntityHint::Organisation));
    }
}

/// The whole path on sentences of our own: the shipped tagger's tags, then the speaker finder.
#[cfg(test)]
mod tagged_tests {
    use super::{speaker_after_verb, speaker_before_verb};
    use crate::syntax::{EntityHint, Tagger};

    /// The speaker of the first speech verb in `sentence`: the subject before it, else the
    /// inverted subject after it (the order the quotes recogniser will use).
    fn speaker(sentence: &str) -> Option<(String, EntityHint)> {
        let tagger = Tagger::shared().expect("the shipped weights load");
        let words: Vec<&str> = sentence.split(' ').collect();
        let tags = tagger.tag(&words);
        let verb = words
            .iter()
            .position(|word| ["said", "told", "added", "say", "says"].contains(word))?;
        speaker_before_verb(&words, &tags, verb)
            .or_else(|| speaker_after_verb(&words, &tags, verb + 1))
            .map(|speaker| (speaker.range.text(&words), speaker.hint))
    }

    #[test]
    fn speakers_of_news_sentences() {
        use EntityHint::*;
        let cases: &[(&str, &str, EntityHint)] = &[
            (
                "“ The water is still rising , ” said Rosa Diaz , 52 , a teacher who lives by the river .",
                "Rosa Diaz",
                Person,
            ),
            (
                "“ We saw nothing , ” Ed Marsh , 88 , said in an interview .",
                "Ed Marsh",
                Person,
            ),
            (
                "In a 2019 interview about the budget plans the council could back , Tom Reed , head of policy , said the cuts were wrong .",
                "Tom Reed",
                Person,
            ),
            (
                "“ No comment , ” the agency said in a statement .",
                "the agency",
                Organisation,
            ),
            (
                "After the meeting ended without a vote , Councillor Jane Whitfield told reporters she was disappointed .",
                "Councillor Jane Whitfield",
                Person,
            ),
            (
                "“ It is a disaster , ” said the union 's general secretary , Paul Greaves .",
                "Paul Greaves",
                Person,
            ),
            (
                "The company , which employs 4,000 people , said profits fell .",
                "The company",
                Organisation,
            ),
            ("“ I will not resign , ” he said .", "he", Pronoun),
            (
                "Speaking to the BBC , the prime minister said the plan would work .",
                "the prime minister",
                Person,
            ),
            ("“ We are ready , ” added Mr Okafor .", "Mr Okafor", Person),
        ];
        for (sentence, expected, hint) in cases {
            assert_eq!(speaker(sentence), Some(((*expected).to_owned(), *hint)), "{sentence}");
        }
    }
}
