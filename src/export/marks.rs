//! Claims laid over the article text for the reports. Claims nest (a count inside a quote)
//! and may even cross, while markup must nest properly: the HTML report closes and reopens
//! a mark where another one ends inside it, so every claim stays marked over its whole span;
//! the Markdown report, which has no nesting emphasis, marks merged runs of claims once.

use crate::model::{Claim, Status};

/// One step of the article text with its claims laid over it, in order.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Piece<'a> {
    /// Article text.
    Text(&'a str),
    /// A mark for `claim` opens; `first` on its first piece (where its anchor goes).
    Open { claim: &'a Claim, first: bool },
    /// A mark for `claim` closes; `last` at its end (where its tag goes).
    Close { claim: &'a Claim, last: bool },
}

/// A run of text covered by one or more overlapping claims (Markdown report).
#[derive(Debug)]
pub(super) struct Run<'a> {
    /// Byte range of the run.
    pub start: usize,
    /// Byte offset just past the run.
    pub end: usize,
    /// The claims in it, in text order.
    pub claims: Vec<&'a Claim>,
}

/// The glyph that tells statuses apart without colour, in the article and the tables.
pub(super) fn status_glyph(status: Status) -> &'static str {
    match status {
        Status::Sourced => "✔",
        Status::Disputed => "✘",
        Status::Unverified => "?",
    }
}

/// The claims of `claims` that can be shown in `text`, in text order (outer first).
fn markable<'a>(text: &str, claims: &[&'a Claim]) -> Vec<&'a Claim> {
    let mut markable: Vec<&Claim> = claims
        .iter()
        .copied()
        .filter(|claim| super::anchored_span(text, claim).is_some())
        .collect();
    markable.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)).then(a.id.cmp(&b.id)));
    markable
}

/// `text` cut into text and properly nested open/close steps for `claims`. Claims whose
/// span is not their quote in `text` (orphaned) are left out.
pub(super) fn pieces<'a>(text: &'a str, claims: &[&'a Claim]) -> Vec<Piece<'a>> {
    let claims = markable(text, claims);
    let mut positions: Vec<usize> = claims.iter().flat_map(|claim| [claim.start, claim.end]).collect();
    positions.push(0);
    positions.push(text.len());
    positions.sort_unstable();
    positions.dedup();

    let mut out = Vec::new();
    // Open marks, outermost first.
    let mut stack: Vec<&Claim> = Vec::new();
    let mut next_claim = claims.iter().peekable();
    for (index, &at) in positions.iter().enumerate() {
        // Close what ends here; marks above one that ends are closed and reopened.
        if let Some(lowest) = stack.iter().position(|claim| claim.end == at) {
            let above = stack.split_off(lowest);
            for claim in above.iter().rev().copied() {
                out.push(Piece::Close {
                    claim,
                    last: claim.end == at,
                });
            }
            for claim in above.into_iter().filter(|claim| claim.end != at) {
                out.push(Piece::Open { claim, first: false });
                stack.push(claim);
            }
        }
        while let Some(claim) = next_claim.next_if(|claim| claim.start == at) {
            out.push(Piece::Open { claim, first: true });
            stack.push(claim);
        }
        if let Some(&until) = positions.get(index + 1)
            && let Some(run) = text.get(at..until)
            && !run.is_empty()
        {
            out.push(Piece::Text(run));
        }
    }
    out
}

/// Runs of overlapping claims in `text`, in order; claims not anchored in `text` are left out.
pub(super) fn runs<'a>(text: &str, claims: &[&'a Claim]) -> Vec<Run<'a>> {
    let mut out: Vec<Run> = Vec::new();
    for claim in markable(text, claims) {
        match out.last_mut() {
            Some(run) if claim.start < run.end => {
                run.end = run.end.max(claim.end);
                run.claims.push(claim);
            }
            _ => out.push(Run {
                start: claim.start,
                end: claim.end,
                claims: vec![claim],
            }),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ClaimId, Kind};

    fn claim(id: u64, text: &str, quote: &str) -> Claim {
        let start = text.find(quote).unwrap();
        Claim::unreviewed(ClaimId(id), start, quote, Kind::Statement)
    }

    fn render(pieces: &[Piece]) -> String {
        pieces
            .iter()
            .map(|piece| match piece {
                Piece::Text(text) => (*text).to_owned(),
                Piece::Open { claim, first } => format!("<{}{}>", claim.id.0, if *first { "" } else { "'" }),
                Piece::Close { claim, last } => format!("</{}{}>", claim.id.0, if *last { "" } else { "'" }),
            })
            .collect()
    }

    #[test]
    fn nested_and_crossing_claims_nest_properly() {
        let text = "He said “about 10,000 soldiers left” today.";
        let outer = claim(1, text, "“about 10,000 soldiers left”");
        let inner = claim(2, text, "10,000 soldiers");
        let crossing = claim(3, text, "left” today");
        let pieces = pieces(text, &[&inner, &crossing, &outer]);
        assert_eq!(
            render(&pieces),
            "He said <1>“about <2>10,000 soldiers</2> <3>left”</3'></1><3'> today</3>."
        );
        let runs = runs(text, &[&inner, &crossing, &outer]);
        assert_eq!(runs.len(), 1);
        assert_eq!(&text[runs[0].start..runs[0].end], "“about 10,000 soldiers left” today");
    }

    #[test]
    fn orphaned_claims_are_not_marked() {
        let text = "Plain text.";
        let mut stale = claim(1, text, "Plain");
        stale.quote = "Other".into();
        assert_eq!(render(&pieces(text, &[&stale])), "Plain text.");
        assert!(runs(text, &[&stale]).is_empty());
    }
}
