//! The Penn Treebank part-of-speech tags, as GUM's `XPOS` column writes them.
//!
//! PTB rather than Universal POS because the distinctions the speaker finder and the counted-noun
//! logic need are PTB's: a proper noun (`NNP`) against a common one (`NN`), a past tense (`VBD`,
//! "said") against a participle (`VBN`, "was said"), a possessive ending (`POS`), an ordinal-like
//! adjective (`JJ`) against a cardinal (`CD`). UPOS folds several of these together.

macro_rules! tags {
    ($($variant:ident => $text:literal, $doc:literal;)*) => {
        /// One Penn Treebank tag (with GUM's additions `HYPH`, `NFP`, `ADD`, `AFX`, `GW`, `XX`).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Tag {
            $(#[doc = $doc] $variant,)*
        }

        impl Tag {
            /// Every tag, in a fixed order: the index of a tag here is its number in the weights file.
            pub const ALL: &'static [Tag] = &[$(Tag::$variant,)*];

            /// The tag as the treebank writes it: `"NNP"`, `"PRP$"`, `"-LRB-"`.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Tag::$variant => $text,)*
                }
            }

            /// The tag for the treebank's spelling, or `None` for a spelling that is not a PTB tag.
            pub fn from_ptb(text: &str) -> Option<Tag> {
                match text {
                    $($text => Some(Tag::$variant),)*
                    _ => None,
                }
            }
        }
    };
}

tags! {
    Cc => "CC", "Coordinating conjunction: and, or, but.";
    Cd => "CD", "Cardinal number: 3, 60,000, three.";
    Dt => "DT", "Determiner: the, a, this, no.";
    Ex => "EX", "Existential there.";
    Fw => "FW", "Foreign word.";
    In => "IN", "Preposition or subordinating conjunction: of, in, because.";
    Jj => "JJ", "Adjective: big, second (in 45-second).";
    Jjr => "JJR", "Comparative adjective: bigger.";
    Jjs => "JJS", "Superlative adjective: biggest.";
    Ls => "LS", "List item marker.";
    Md => "MD", "Modal: will, could.";
    Nn => "NN", "Common noun, singular or mass.";
    Nns => "NNS", "Common noun, plural.";
    Nnp => "NNP", "Proper noun, singular.";
    Nnps => "NNPS", "Proper noun, plural.";
    Pdt => "PDT", "Predeterminer: all (the), half (the).";
    Pos => "POS", "Possessive ending: 's.";
    Prp => "PRP", "Personal pronoun: he, she, they.";
    PrpS => "PRP$", "Possessive pronoun: his, their.";
    Rb => "RB", "Adverb.";
    Rbr => "RBR", "Comparative adverb.";
    Rbs => "RBS", "Superlative adverb.";
    Rp => "RP", "Particle: (give) up.";
    Sym => "SYM", "Symbol.";
    To => "TO", "to.";
    Uh => "UH", "Interjection.";
    Vb => "VB", "Verb, base form.";
    Vbd => "VBD", "Verb, past tense: said.";
    Vbg => "VBG", "Verb, gerund or present participle: saying.";
    Vbn => "VBN", "Verb, past participle: (was) said.";
    Vbp => "VBP", "Verb, non-third-person present: say.";
    Vbz => "VBZ", "Verb, third-person present: says.";
    Wdt => "WDT", "Wh-determiner: which, that.";
    Wp => "WP", "Wh-pronoun: who, what.";
    WpS => "WP$", "Possessive wh-pronoun: whose.";
    Wrb => "WRB", "Wh-adverb: when, where.";
    Comma => ",", "Comma.";
    Period => ".", "Sentence-final punctuation.";
    Colon => ":", "Colon, semicolon, dash, ellipsis.";
    OpenQuote => "``", "Opening quotation mark.";
    CloseQuote => "''", "Closing quotation mark.";
    LeftBracket => "-LRB-", "Opening bracket.";
    RightBracket => "-RRB-", "Closing bracket.";
    Dollar => "$", "Currency sign.";
    Hash => "#", "Pound sign.";
    Hyph => "HYPH", "Hyphen inside a compound.";
    Nfp => "NFP", "Superfluous punctuation.";
    Add => "ADD", "E-mail or web address.";
    Afx => "AFX", "Affix written apart.";
    Gw => "GW", "Goes-with: the second piece of a word split in two.";
    Xx => "XX", "Unknown.";
}

impl Tag {
    /// A noun of any kind (common or proper, singular or plural).
    pub fn is_noun(self) -> bool {
        matches!(self, Tag::Nn | Tag::Nns | Tag::Nnp | Tag::Nnps)
    }

    /// A proper noun (`NNP`, `NNPS`).
    pub fn is_proper_noun(self) -> bool {
        matches!(self, Tag::Nnp | Tag::Nnps)
    }

    /// An adjective of any degree.
    pub fn is_adjective(self) -> bool {
        matches!(self, Tag::Jj | Tag::Jjr | Tag::Jjs)
    }

    /// A verb of any form (not the modal).
    pub fn is_verb(self) -> bool {
        matches!(self, Tag::Vb | Tag::Vbd | Tag::Vbg | Tag::Vbn | Tag::Vbp | Tag::Vbz)
    }

    /// An adverb of any degree.
    pub fn is_adverb(self) -> bool {
        matches!(self, Tag::Rb | Tag::Rbr | Tag::Rbs)
    }

    /// Punctuation, quotation marks and brackets.
    pub fn is_punctuation(self) -> bool {
        matches!(
            self,
            Tag::Comma
                | Tag::Period
                | Tag::Colon
                | Tag::OpenQuote
                | Tag::CloseQuote
                | Tag::LeftBracket
                | Tag::RightBracket
                | Tag::Hyph
                | Tag::Nfp
        )
    }

    /// The tag's number in [`Tag::ALL`] (and in the weights file).
    pub fn index(self) -> usize {
        self as usize
    }
}

impl std::fmt::Display for Tag {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::Tag;

    #[test]
    fn every_tag_round_trips_through_its_spelling_and_index() {
        for (index, tag) in Tag::ALL.iter().enumerate() {
            assert_eq!(Tag::from_ptb(tag.as_str()), Some(*tag));
            assert_eq!(tag.index(), index);
        }
        assert_eq!(Tag::from_ptb("PRP$"), Some(Tag::PrpS));
        assert_eq!(Tag::from_ptb("VERB"), None, "a UPOS tag is not a PTB tag");
    }
}
