/// Why a sentence gets no statement claim whatever its score: news pages carry text that is
/// not the article's prose, and the model, trained on debate speech, has never seen it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Skip {
    /// Too few words to state anything checkable ("Thank you.", "Updated").
    Fragment,
    /// Who wrote or edited the piece ("By Jane Doe and John Roe", "Editing by …").
    Byline,
    /// Page furniture: sharing and subscription prompts, image captions and credits,
    /// copyright lines, links.
    Furniture,
    /// A line with no full stop and no verb: a headline, a dateline, a section title
    /// ("Biden-Putin call: what we know", "Friday, July 21, 2017").
    VerblessLine,
}

impl Skip {
    /// A short lower-case name for logs and tests.
    pub fn slug(self) -> &'static str {
        match self {
            Skip::Fragment => "fragment",
            Skip::Byline => "byline",
            Skip::Furniture => "furniture",
            Skip::VerblessLine => "verbless-line",
        }
    }
}
