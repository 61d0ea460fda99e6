//! The noun-phrase chunker: base noun phrases from the tags.
//!
//! A phrase is `(PDT)? (DT | PRP$ | WP$)? modifier* head`, where modifiers are adjectives,
//! numbers, nouns, hyphens, participles before a noun ("the leaked letter") and adverbs before
//! an adjective ("very large"); the head is the last noun or number. A possessive ending
//! continues the phrase ("Malaysia 's Prime Minister"), and an organisation or title word
//! takes an "of" name ("the Department of Justice", "Secretary of State"). A personal pronoun
//! is a phrase alone. Commas, verbs and prepositions end a phrase, which is what keeps a
//! fronted clause out of the subject after it.

use super::lexicon;
use super::noun_phrase::NounPhrase;
use super::tag::Tag;
use super::token_range::TokenRange;

fn tag_at(tags: &[Tag], index: usize) -> Option<Tag> {
    tags.get(index).copied()
}

fn is_head(tag: Tag) -> bool {
    tag.is_noun() || tag == Tag::Cd
}

/// Whether a modifier at `index` can be part of a phrase (before its head).
fn is_modifier(tags: &[Tag], index: usize) -> bool {
    let Some(tag) = tag_at(tags, index) else {
        return false;
    };
    let next = tag_at(tags, index + 1);
    match tag {
        Tag::Jj | Tag::Jjr | Tag::Jjs | Tag::Hyph | Tag::Afx | Tag::Gw => true,
        _ if is_head(tag) => true,
        // Participles and adverbs only when what follows belongs too.
        Tag::Vbn | Tag::Vbg => next.is_some_and(|next| next.is_noun() || next.is_adjective()),
        Tag::Rb | Tag::Rbs | Tag::Rbr => next.is_some_and(Tag::is_adjective),
        _ => false,
    }
}

/// The noun phrase that starts at token `start`, if one does.
pub fn noun_phrase_starting_at(words: &[&str], tags: &[Tag], start: usize) -> Option<NounPhrase> {
    let first = tag_at(tags, start)?;
    if first == Tag::Prp {
        return Some(NounPhrase {
            range: TokenRange::new(start, start + 1),
            head: start,
        });
    }
    let mut index = start;
    if first == Tag::Pdt {
        index += 1;
    }
    if matches!(tag_at(tags, index), Some(Tag::Dt | Tag::PrpS | Tag::WpS)) {
        index += 1;
    }
    let mut head: Option<usize> = None;
    let mut end = start;
    // The head of the first part: "Minister" in "Malaysia's Prime Minister" is found by
    // letting the possessive restart the search and keeping the last head.
    loop {
        while is_modifier(tags, index) {
            if tag_at(tags, index).is_some_and(is_head) {
                head = Some(index);
                end = index + 1;
            }
            index += 1;
        }
        if head.is_some() && tag_at(tags, index) == Some(Tag::Pos) {
            end = index + 1;
            index += 1;
            continue;
        }
        break;
    }
    let head = head?;
    // "the Department of Justice": an organisation or title word takes an "of" name.
    let head_word = words.get(head).copied().unwrap_or("");
    let takes_of_name = tag_at(tags, head).is_some_and(Tag::is_proper_noun)
        && (lexicon::is_organisation_word(head_word) || lexicon::is_title(head_word));
    if takes_of_name && end == head + 1 && words.get(end).is_some_and(|word| word.eq_ignore_ascii_case("of")) {
        let mut after = end + 1;
        if tag_at(tags, after) == Some(Tag::Dt) {
            after += 1;
        }
        let name_start = after;
        while tag_at(tags, after).is_some_and(Tag::is_proper_noun) {
            after += 1;
        }
        if after > name_start {
            end = after;
        }
    }
    Some(NounPhrase {
        range: TokenRange::new(start, end),
        head,
    })
}

/// All base noun phrases of a tagged sentence, left to right, none overlapping.
pub fn noun_phrases(words: &[&str], tags: &[Tag]) -> Vec<NounPhrase> {
    phrases(words, tags).collect()
}

/// The chunker's cut of a tagged sentence, phrase by phrase from the left: each phrase starts
/// at the first token after the one before that starts a phrase.
pub(super) fn phrases<'a>(words: &'a [&'a str], tags: &'a [Tag]) -> impl Iterator<Item = NounPhrase> + 'a {
    let mut index = 0;
    std::iter::from_fn(move || {
        while index < tags.len() {
            match noun_phrase_starting_at(words, tags, index) {
                Some(phrase) if phrase.range.end > index => {
                    index = phrase.range.end;
                    return Some(phrase);
                }
                _ => index += 1,
            }
        }
        None
    })
}

/// The noun phrase whose last token is `last`, as the chunker cuts the sentence. The cut is
/// made from the left only as far as `last`: no phrase after it can end there.
pub fn noun_phrase_ending_at(words: &[&str], tags: &[Tag], last: usize) -> Option<NounPhrase> {
    phrases(words, tags)
        .take_while(|phrase| phrase.range.start <= last)
        .find(|phrase| phrase.range.end == last + 1)
}

/// What the number at token `number` counts: the noun phrase it sits in, when that phrase's
/// head comes after the number ("three men", "a 45 - second spot"). A range shares the second
/// number's noun: "60,000 to 90,000 Russian soldiers" counts "soldiers" for both. `None` when
/// the token is not a cardinal (`CD`) or nothing is counted ("one of them", "in 2019").
pub fn counted_noun(words: &[&str], tags: &[Tag], number: usize) -> Option<NounPhrase> {
    if tag_at(tags, number) != Some(Tag::Cd) {
        return None;
    }
    let phrases = noun_phrases(words, tags);
    let phrase = phrases.iter().find(|phrase| phrase.range.contains(number)).copied()?;
    if phrase.head > number && tag_at(tags, phrase.head).is_some_and(Tag::is_noun) {
        return Some(phrase);
    }
    let joint = phrase.range.end;
    let is_range_word = words.get(joint).is_some_and(|word| {
        ["to", "-", "–", "and", "or"]
            .iter()
            .any(|range| word.eq_ignore_ascii_case(range))
    });
    if phrase.head == number && phrase.range.end == number + 1 && is_range_word {
        let second = phrases.iter().find(|second| second.range.start == joint + 1).copied()?;
        let starts_with_number = tag_at(tags, second.range.start) == Some(Tag::Cd);
        if starts_with_number && second.head > second.range.start {
            return Some(second);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use Tag::*;

    fn chunks(sentence: &str, tags: &[Tag]) -> Vec<String> {
        let words: Vec<&str> = sentence.split(' ').collect();
        assert_eq!(words.len(), tags.len(), "one tag per word in {sentence:?}");
        noun_phrases(&words, tags)
            .into_iter()
            .map(|phrase| phrase.range.text(&words))
            .collect()
    }

    #[test]
    fn phrases_stop_at_commas_verbs_and_prepositions() {
        let cases: &[(&str, &[Tag], &[&str])] = &[
            (
                "In a 2019 interview , Tom Reed said",
                &[In, Dt, Cd, Nn, Comma, Nnp, Nnp, Vbd],
                &["a 2019 interview", "Tom Reed"],
            ),
            (
                "Malaysia 's Prime Minister spoke",
                &[Nnp, Pos, Nnp, Nnp, Vbd],
                &["Malaysia 's Prime Minister"],
            ),
            (
                "the leaked letter seen by Sky News",
                &[Dt, Vbn, Nn, Vbn, In, Nnp, Nnp],
                &["the leaked letter", "Sky News"],
            ),
            (
                "a very large 45 - second spot",
                &[Dt, Rb, Jj, Cd, Hyph, Jj, Nn],
                &["a very large 45 - second spot"],
            ),
            (
                "the Department of Justice said he left",
                &[Dt, Nnp, In, Nnp, Vbd, Prp, Vbd],
                &["the Department of Justice", "he"],
            ),
            (
                "all the old barns burned",
                &[Pdt, Dt, Jj, Nns, Vbd],
                &["all the old barns"],
            ),
        ];
        for (sentence, tags, expected) in cases {
            assert_eq!(chunks(sentence, tags), *expected, "{sentence}");
        }
    }

    #[test]
    fn the_counted_noun_is_the_head_after_the_number() {
        let cases: &[(&str, &[Tag], &str, Option<&str>)] = &[
            (
                "60,000 to 90,000 Russian soldiers crossed",
                &[Cd, In, Cd, Jj, Nns, Vbd],
                "60,000",
                Some("soldiers"),
            ),
            (
                "60,000 to 90,000 Russian soldiers crossed",
                &[Cd, In, Cd, Jj, Nns, Vbd],
                "90,000",
                Some("soldiers"),
            ),
            ("police arrested three men", &[Nn, Vbd, Cd, Nns], "three", Some("men")),
            ("a 45 - second spot", &[Dt, Cd, Hyph, Nn, Nn], "45", Some("spot")),
            ("one of them left", &[Cd, In, Prp, Vbd], "one", None),
            ("in 2019 , prices fell", &[In, Cd, Comma, Nns, Vbd], "2019", None),
            ("the one regular reader", &[Dt, Nn, Jj, Nn], "one", None),
        ];
        for (sentence, tags, number, expected) in cases {
            let words: Vec<&str> = sentence.split(' ').collect();
            let index = words.iter().position(|word| word == number).unwrap();
            let head = counted_noun(&words, tags, index).map(|phrase| words[phrase.head]);
            assert_eq!(head, *expected, "{number} in {sentence}");
        }
    }

    #[test]
    fn the_head_is_the_last_noun_of_the_first_part() {
        let words = ["the", "agency", "'s", "chief", "economist"];
        let tags = [Dt, Nn, Pos, Nn, Nn];
        let phrase = noun_phrase_starting_at(&words, &tags, 0).map(|phrase| phrase.head);
        assert_eq!(phrase, Some(4));
        let ending = noun_phrase_ending_at(&words, &tags, 4).map(|phrase| phrase.range);
        assert_eq!(ending, Some(TokenRange::new(0, 5)));
        assert_eq!(noun_phrase_ending_at(&words, &tags, 1), None, "not a phrase end");
    }
}
