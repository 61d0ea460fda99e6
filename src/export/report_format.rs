/// The formats a review can be exported in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ReportFormat {
    /// A Markdown report for editors: the article with claims marked, then a table.
    Markdown,
    /// The same report as one self-contained, printable HTML page.
    Html,
    /// One row a claim, for spreadsheets.
    Csv,
    /// schema.org `ClaimReview` JSON-LD, one per reviewed claim, for publishing.
    ClaimReview,
    /// W3C Web Annotation JSON-LD, one annotation per claim.
    Annotations,
}

impl ReportFormat {
    /// Every format, in the order menus show them.
    pub const ALL: [ReportFormat; 5] = [
        ReportFormat::Markdown,
        ReportFormat::Html,
        ReportFormat::Csv,
        ReportFormat::ClaimReview,
        ReportFormat::Annotations,
    ];

    /// The format named on the command line: `md`, `html`, `csv`, `claimreview`,
    /// `annotations` (and a few spellings people type: `markdown`, `htm`, `claim-review`,
    /// `jsonld`, `w3c`), case ignored.
    pub fn from_slug(slug: &str) -> Option<Self> {
        match slug.trim().to_ascii_lowercase().as_str() {
            "md" | "markdown" => Some(Self::Markdown),
            "html" | "htm" => Some(Self::Html),
            "csv" => Some(Self::Csv),
            "claimreview" | "claim-review" | "jsonld" => Some(Self::ClaimReview),
            "annotations" | "annotation" | "w3c" | "webannotation" => Some(Self::Annotations),
            _ => None,
        }
    }

    /// The name used on the command line.
    pub fn slug(self) -> &'static str {
        match self {
            Self::Markdown => "md",
            Self::Html => "html",
            Self::Csv => "csv",
            Self::ClaimReview => "claimreview",
            Self::Annotations => "annotations",
        }
    }

    /// The file name extension, without the dot. Both JSON-LD formats are `jsonld`; name
    /// the files apart if both are written.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Markdown => "md",
            Self::Html => "html",
            Self::Csv => "csv",
            Self::ClaimReview | Self::Annotations => "jsonld",
        }
    }

    /// The name shown to people: "Markdown report", "`ClaimReview` JSON-LD" ….
    pub fn label(self) -> &'static str {
        match self {
            Self::Markdown => "Markdown report",
            Self::Html => "HTML report",
            Self::Csv => "CSV (spreadsheet)",
            Self::ClaimReview => "ClaimReview JSON-LD",
            Self::Annotations => "W3C Web Annotations",
        }
    }
}

impl std::fmt::Display for ReportFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.slug())
    }
}

#[cfg(test)]
mod tests {
    use super::ReportFormat;

    #[test]
    fn slugs_round_trip() {
        for format in ReportFormat::ALL {
            assert_eq!(ReportFormat::from_slug(format.slug()), Some(format));
        }
        assert_eq!(ReportFormat::from_slug(" Markdown "), Some(ReportFormat::Markdown));
        assert_eq!(ReportFormat::from_slug("pdf"), None);
    }
}
