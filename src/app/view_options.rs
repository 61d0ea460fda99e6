//! Small choices about what the list shows and how the window looks.

use serde::{Deserialize, Serialize};

use crate::model::{Claim, Status};

/// Which claims the list shows (the filter chips).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Filter {
    /// Every claim.
    #[default]
    All,
    /// Claims nobody has reviewed yet ("To review"), whatever their status field says.
    ToReview,
    /// Sourced claims.
    Sourced,
    /// Disputed claims.
    Disputed,
    /// Claims reviewed and given the verdict Unverified.
    Unverified,
    /// Claims with a merge conflict still to resolve (`claimdesk merge` recorded both sides).
    Conflicts,
}

impl Filter {
    /// Every filter, in chip order.
    pub const ALL: [Filter; 6] = [
        Filter::All,
        Filter::ToReview,
        Filter::Sourced,
        Filter::Disputed,
        Filter::Unverified,
        Filter::Conflicts,
    ];

    /// The chip text.
    pub fn label(self) -> &'static str {
        match self {
            Filter::All => "All",
            Filter::ToReview => "To review",
            Filter::Sourced => "Sourced",
            Filter::Disputed => "Disputed",
            Filter::Unverified => "Unverified",
            Filter::Conflicts => "Conflicts",
        }
    }

    /// Whether `claim` passes.
    pub fn admits(self, claim: &Claim) -> bool {
        match self {
            Filter::All => true,
            Filter::ToReview => !claim.reviewed,
            // The verdicts count only claims someone reviewed: a fresh article has none.
            Filter::Sourced => claim.reviewed && claim.status == Status::Sourced,
            Filter::Disputed => claim.reviewed && claim.status == Status::Disputed,
            Filter::Unverified => claim.reviewed && claim.status == Status::Unverified,
            Filter::Conflicts => !claim.conflicts.is_empty(),
        }
    }
}

/// The order of the claim list.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum SortKey {
    /// Where the claim stands in the article.
    #[default]
    Position,
    /// By kind, then position.
    Kind,
    /// By status, then position.
    Status,
    /// By check-worthiness, highest first (see `app::checkworthy_order`).
    Checkworthy,
}

impl SortKey {
    /// Every order.
    pub const ALL: [SortKey; 4] = [SortKey::Position, SortKey::Kind, SortKey::Status, SortKey::Checkworthy];

    /// The name shown in the sort menu.
    pub fn label(self) -> &'static str {
        match self {
            SortKey::Position => "Position",
            SortKey::Kind => "Kind",
            SortKey::Status => "Status",
            SortKey::Checkworthy => "Check-worthy first",
        }
    }
}

/// The theme the analyst chose (remembered between runs).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ThemeChoice {
    /// Follow the system.
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl ThemeChoice {
    /// Every choice, in menu order.
    pub const ALL: [ThemeChoice; 3] = [ThemeChoice::System, ThemeChoice::Light, ThemeChoice::Dark];

    /// Menu text.
    pub fn label(self) -> &'static str {
        match self {
            ThemeChoice::System => "Follow system",
            ThemeChoice::Light => "Light",
            ThemeChoice::Dark => "Dark",
        }
    }

    /// As egui's preference.
    pub fn preference(self) -> egui::ThemePreference {
        match self {
            ThemeChoice::System => egui::ThemePreference::System,
            ThemeChoice::Light => egui::ThemePreference::Light,
            ThemeChoice::Dark => egui::ThemePreference::Dark,
        }
    }

    /// Parses `CLAIMDESK_THEME` (`light`, `dark`, `system`).
    pub fn from_name(name: &str) -> Option<Self> {
        match name.trim().to_ascii_lowercase().as_str() {
            "light" => Some(ThemeChoice::Light),
            "dark" => Some(ThemeChoice::Dark),
            "system" => Some(ThemeChoice::System),
            _ => None,
        }
    }
}
