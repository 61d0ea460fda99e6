//! The shared runner for each recogniser's table of cases.
//!
//! A row says: in this sentence, this span is a claim of this kind whose value reads like
//! this (`Value::describe`; "" when the value is not the point of the row). A row with kind
//! `None` says the span must *not* be found as a claim of any kind, nor overlap one of the
//! kind groups the recogniser produces. Adding a pattern means adding rows.

use crate::model::{Confidence, Kind};

/// One row: `text`, the claim `span` in it, its `kind`, the `value` it should describe to
/// ("" for any) and its confidence; or, when `absent`, that no claim of `kind` overlaps `span`.
pub(crate) struct Case {
    pub text: &'static str,
    pub span: &'static str,
    pub kind: Kind,
    pub absent: bool,
    pub value: &'static str,
    pub confidence: Confidence,
}

/// A sure claim of `kind` over `span` in `text`, with any value.
pub(crate) const fn yes(text: &'static str, span: &'static str, kind: Kind) -> Case {
    Case {
        text,
        span,
        kind,
        absent: false,
        value: "",
        confidence: Confidence::Sure,
    }
}

/// A sure claim whose value describes as `value`.
pub(crate) const fn valued(text: &'static str, span: &'static str, kind: Kind, value: &'static str) -> Case {
    Case {
        text,
        span,
        kind,
        absent: false,
        value,
        confidence: Confidence::Sure,
    }
}

/// A likely (vague) claim of `kind` over `span`.
pub(crate) const fn likely(text: &'static str, span: &'static str, kind: Kind) -> Case {
    Case {
        text,
        span,
        kind,
        absent: false,
        value: "",
        confidence: Confidence::Likely,
    }
}

/// No claim of `kind` may overlap `span` in `text`.
pub(crate) const fn no(text: &'static str, span: &'static str, kind: Kind) -> Case {
    Case {
        text,
        span,
        kind,
        absent: true,
        value: "",
        confidence: Confidence::Sure,
    }
}

/// Runs every row and reports all failures at once, each with its sentence.
pub(crate) fn check(cases: &[Case]) {
    let mut failures = Vec::new();
    for case in cases {
        let detections = super::extract(case.text);
        let Some(at) = case.text.find(case.span) else {
            failures.push(format!("{:?}: span {:?} is not in the text", case.text, case.span));
            continue;
        };
        let (start, end) = (at, at + case.span.len());
        let found: Vec<String> = detections
            .iter()
            .map(|d| format!("{} {:?}", d.kind.slug(), &case.text[d.start..d.end]))
            .collect();
        let kind = case.kind;
        if case.absent {
            if let Some(d) = detections
                .iter()
                .find(|d| d.kind == kind && d.start < end && start < d.end)
            {
                failures.push(format!(
                    "{:?}: no {} expected over {:?}, found {:?}",
                    case.text,
                    kind.slug(),
                    case.span,
                    &case.text[d.start..d.end]
                ));
            }
            continue;
        }
        {
            {
                let hit = detections
                    .iter()
                    .find(|d| d.start == start && d.end == end && d.kind == kind);
                match hit {
                    None => failures.push(format!(
                        "{:?}: expected {} {:?}, found {found:?}",
                        case.text,
                        kind.slug(),
                        case.span
                    )),
                    Some(d) => {
                        let described = d.value.as_ref().map(crate::model::Value::describe).unwrap_or_default();
                        if !case.value.is_empty() && described != case.value {
                            failures.push(format!(
                                "{:?}: {:?} has value {described:?}, expected {:?}",
                                case.text, case.span, case.value
                            ));
                        }
                        if d.confidence != case.confidence {
                            failures.push(format!(
                                "{:?}: {:?} is {}, expected {}",
                                case.text,
                                case.span,
                                d.confidence.slug(),
                                case.confidence.slug()
                            ));
                        }
                    }
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
