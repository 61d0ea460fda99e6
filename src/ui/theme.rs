//! Every colour the workbench paints, and the non-colour cue that goes with each status.
//!
//! Colours live here and nowhere else so that light and dark themes, and colour-blind
//! analysts, are served from one place.

#![expect(
    clippy::disallowed_methods,
    reason = "the theme is the one place colours are made (clippy.toml forbids it elsewhere)"
)]

use egui::{Color32, Stroke, Visuals};

use crate::model::{Claim, Status};

/// How a claim's status is told apart without colour: its underline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnderlineStyle {
    /// A solid line: sourced.
    Solid,
    /// A zig-zag line, like a spelling mark: disputed.
    Wavy,
    /// A dotted line: the verdict Unverified (and dismissed claims, greyed).
    Dotted,
    /// No line, only the background: not reviewed yet ("To review").
    None,
}

/// What a claim looks like in a given theme.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ClaimLook {
    /// Translucent background behind the claim's text.
    pub background: Color32,
    /// Colour of the underline.
    pub line: Color32,
    /// The non-colour cue.
    pub underline: UnderlineStyle,
}

/// The look of a claim with `status`; `reviewed` is false for claims nobody has decided yet.
pub fn claim_look(visuals: &Visuals, status: Status, reviewed: bool) -> ClaimLook {
    let dark = visuals.dark_mode;
    let (background, line, underline) = match (status, reviewed) {
        (Status::Sourced, _) => (
            if dark {
                Color32::from_rgba_unmultiplied(60, 170, 90, 70)
            } else {
                Color32::from_rgba_unmultiplied(70, 190, 100, 70)
            },
            if dark {
                Color32::from_rgb(110, 210, 130)
            } else {
                Color32::from_rgb(20, 120, 50)
            },
            UnderlineStyle::Solid,
        ),
        (Status::Disputed, _) => (
            if dark {
                Color32::from_rgba_unmultiplied(220, 70, 70, 80)
            } else {
                Color32::from_rgba_unmultiplied(235, 80, 80, 60)
            },
            if dark {
                Color32::from_rgb(255, 120, 120)
            } else {
                Color32::from_rgb(180, 30, 30)
            },
            UnderlineStyle::Wavy,
        ),
        (Status::Unverified, true) => (
            if dark {
                Color32::from_rgba_unmultiplied(120, 140, 200, 70)
            } else {
                Color32::from_rgba_unmultiplied(120, 140, 220, 55)
            },
            if dark {
                Color32::from_rgb(160, 175, 235)
            } else {
                Color32::from_rgb(60, 80, 170)
            },
            UnderlineStyle::Dotted,
        ),
        (Status::Unverified, false) => (
            if dark {
                Color32::from_rgba_unmultiplied(220, 180, 60, 60)
            } else {
                Color32::from_rgba_unmultiplied(250, 200, 60, 80)
            },
            if dark {
                Color32::from_rgb(230, 190, 90)
            } else {
                Color32::from_rgb(150, 105, 0)
            },
            UnderlineStyle::None,
        ),
    };
    ClaimLook {
        background,
        line,
        underline,
    }
}

/// The look of `claim`, dismissed claims (shown only on request) greyed out. A statement
/// claim covers a whole sentence and the numbers in it are claims of their own: its
/// background is fainter, so the nested claims stand out on it. A claim the detector was
/// unsure of (`Confidence::Likely`) is dimmed.
pub fn look_of(visuals: &Visuals, claim: &Claim) -> ClaimLook {
    let look = claim_look(visuals, claim.status, claim.reviewed);
    if claim.dismissed {
        return ClaimLook {
            background: Color32::TRANSPARENT,
            line: visuals.weak_text_color(),
            underline: UnderlineStyle::Dotted,
        };
    }
    let mut background = look.background;
    let mut line = look.line;
    if claim.kind == crate::model::Kind::Statement {
        background = background.gamma_multiply(STATEMENT_BACKGROUND);
    }
    if claim.confidence == crate::model::Confidence::Likely {
        background = background.gamma_multiply(LIKELY_DIM);
        line = line.gamma_multiply(LIKELY_DIM);
    }
    ClaimLook {
        background,
        line,
        underline: look.underline,
    }
}

/// How much of a status background a statement (sentence) claim keeps.
const STATEMENT_BACKGROUND: f32 = 0.4;
/// How much of its colour a likely claim keeps, in the article and the list.
const LIKELY_DIM: f32 = 0.55;

/// The list's text colour for `claim`: dimmed when the detector was unsure of it.
pub fn list_text(claim: &Claim, normal: Color32) -> Color32 {
    if claim.confidence == crate::model::Confidence::Likely {
        normal.gamma_multiply(LIKELY_DIM)
    } else {
        normal
    }
}

/// The marker and frame of a merge conflict (list and inspector): the theme's warning colour,
/// with a shape of its own in the list so it reads without colour.
pub fn conflict_color(visuals: &Visuals) -> Color32 {
    visuals.warn_fg_color
}

/// The margin bar beside a sentence the check-worthiness model scored: one hue, more opaque
/// the higher the score, faint even at the top so it never competes with the highlights.
pub fn score_bar(visuals: &Visuals, score: f32) -> Color32 {
    let base = if visuals.dark_mode {
        Color32::from_rgb(150, 170, 255)
    } else {
        Color32::from_rgb(40, 70, 190)
    };
    base.gamma_multiply(0.12 + 0.5 * score.clamp(0.0, 1.0))
}

/// A one-character marker shown in the claim list beside each claim, so statuses read
/// without colour. Only characters the bundled font (Ubuntu Light) has: no ✔ or ○ there.
/// A claim to review gets a small dot; a verdict a sign of its own.
pub fn status_marker(status: Status, reviewed: bool) -> &'static str {
    match (status, reviewed) {
        (Status::Sourced, _) => "√",
        (Status::Disputed, _) => "×",
        (Status::Unverified, true) => "?",
        (Status::Unverified, false) => "•",
    }
}

/// The colour of a status marker or label.
pub fn status_text_color(visuals: &Visuals, status: Status, reviewed: bool) -> Color32 {
    claim_look(visuals, status, reviewed).line
}

/// The article's text: darker (lighter) than egui's default grey, for long reading.
pub fn article_text(visuals: &Visuals) -> Color32 {
    if visuals.dark_mode {
        Color32::from_gray(215)
    } else {
        Color32::from_gray(25)
    }
}

/// The outline drawn around the selected claim.
pub fn selected_outline(visuals: &Visuals) -> Stroke {
    Stroke::new(2.0, visuals.selection.stroke.color)
}

/// Background of text the analyst has selected with the mouse.
pub fn text_selection(visuals: &Visuals) -> Color32 {
    visuals.selection.bg_fill.gamma_multiply(0.6)
}

/// Colour of gentle reminders (a Sourced claim with no source yet): the theme's warning colour.
pub fn gentle_warning(visuals: &Visuals) -> Color32 {
    visuals.warn_fg_color
}

/// Colour for error messages in the status bar.
pub fn error_color(visuals: &Visuals) -> Color32 {
    visuals.error_fg_color
}

/// The fill of the "reviewed" progress bar.
pub fn progress_fill(visuals: &Visuals) -> Color32 {
    claim_look(visuals, Status::Sourced, true).line
}

/// The dimmed overlay shown while a file is dragged over the window.
pub fn drop_overlay() -> Color32 {
    Color32::from_black_alpha(180)
}

/// Text drawn on the drop overlay.
pub fn drop_overlay_text() -> Color32 {
    Color32::WHITE
}

/// The "seen before" marker (a claim of the open article already checked in the library):
/// the theme's hyperlink colour, which reads in both themes and differs from every verdict's.
pub fn seen_before(visuals: &Visuals) -> Color32 {
    visuals.hyperlink_color
}
