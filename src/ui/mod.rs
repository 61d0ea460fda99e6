//! The views. Each takes the state by `&` (plus its own drafts and caches) and returns the
//! [`Command`](crate::app::Command)s the analyst asked for; none of them touches a file or
//! changes the project.

pub mod article;
pub mod article_info;
pub mod claim_list;
pub mod compare_view;
pub mod confirm;
pub mod conflicts;
pub mod help;
pub mod inspector;
pub mod library_folders;
pub mod library_search;
pub mod menu_bar;
pub mod path_field;
pub mod seen_before;
pub mod settings_menu;
pub mod status_bar;
pub mod theme;
pub mod value_editor;

/// A claim's value as the window shows it: the one place the window formats values, so the
/// model's wording can change (or be swapped for a friendlier display) in one spot.
pub fn value_text(value: &crate::model::Value) -> String {
    value.describe()
}
