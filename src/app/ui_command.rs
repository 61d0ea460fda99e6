use egui::{Key, KeyboardShortcut, Modifiers};

use crate::model::{Kind, Status};

use super::Command;

/// Every command that has a menu entry or a shortcut: the single source of its menu text and
/// its keys, so menus, the F1 help and the keyboard handler cannot disagree.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UiCommand {
    /// File ▸ Open…
    Open,
    /// File ▸ Save
    Save,
    /// File ▸ Save As…
    SaveAs,
    /// File ▸ Quit
    Quit,
    /// Edit ▸ New from clipboard
    NewFromClipboard,
    /// Edit ▸ Undo
    Undo,
    /// Edit ▸ Redo
    Redo,
    /// Edit ▸ Find
    Find,
    /// Edit ▸ Search the library
    SearchLibrary,
    /// Settings ▸ Library folders
    LibraryFolders,
    /// Review ▸ Next claim
    NextClaim,
    /// Review ▸ Previous claim
    PreviousClaim,
    /// Review ▸ Sourced
    MarkSourced,
    /// Review ▸ Disputed
    MarkDisputed,
    /// Review ▸ Unverified
    MarkUnverified,
    /// Review ▸ Add claim from selection
    AddClaim,
    /// Review ▸ Dismiss claim
    Dismiss,
    /// View ▸ Show dismissed
    ShowDismissed,
    /// View ▸ Show likely claims
    ShowLikely,
    /// File ▸ Compare with…
    CompareWith,
    /// Help ▸ Keyboard shortcuts
    Help,
}

const fn key(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::NONE, key)
}

const fn command(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND, key)
}

const fn command_shift(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), key)
}

impl UiCommand {
    /// Every command, in the order the help lists them.
    pub const ALL: [UiCommand; 21] = [
        UiCommand::Open,
        UiCommand::Save,
        UiCommand::SaveAs,
        UiCommand::Quit,
        UiCommand::NewFromClipboard,
        UiCommand::Undo,
        UiCommand::Redo,
        UiCommand::Find,
        UiCommand::SearchLibrary,
        UiCommand::LibraryFolders,
        UiCommand::NextClaim,
        UiCommand::PreviousClaim,
        UiCommand::MarkSourced,
        UiCommand::MarkDisputed,
        UiCommand::MarkUnverified,
        UiCommand::AddClaim,
        UiCommand::Dismiss,
        UiCommand::ShowDismissed,
        UiCommand::ShowLikely,
        UiCommand::CompareWith,
        UiCommand::Help,
    ];

    /// The menu text.
    pub fn text(self) -> &'static str {
        match self {
            UiCommand::Open => "Open…",
            UiCommand::Save => "Save",
            UiCommand::SaveAs => "Save As…",
            UiCommand::Quit => "Quit",
            UiCommand::NewFromClipboard => "New from clipboard",
            UiCommand::Undo => "Undo",
            UiCommand::Redo => "Redo",
            UiCommand::Find => "Find claims",
            UiCommand::SearchLibrary => "Search the library…",
            UiCommand::LibraryFolders => "Library folders…",
            UiCommand::NextClaim => "Next claim",
            UiCommand::PreviousClaim => "Previous claim",
            UiCommand::MarkSourced => "Mark sourced",
            UiCommand::MarkDisputed => "Mark disputed",
            UiCommand::MarkUnverified => "Mark unverified",
            UiCommand::AddClaim => "Add claim from selection",
            UiCommand::Dismiss => "Dismiss claim",
            UiCommand::ShowDismissed => "Show dismissed claims",
            UiCommand::ShowLikely => "Show likely claims",
            UiCommand::CompareWith => "Compare with…",
            UiCommand::Help => "Keyboard shortcuts",
        }
    }

    /// The keys, the one shown in menus first.
    pub fn shortcuts(self) -> Vec<KeyboardShortcut> {
        match self {
            UiCommand::Open => vec![command(Key::O)],
            UiCommand::Save => vec![command(Key::S)],
            UiCommand::SaveAs => vec![command_shift(Key::S)],
            UiCommand::Quit => vec![command(Key::Q)],
            UiCommand::NewFromClipboard => vec![command_shift(Key::V)],
            UiCommand::Undo => vec![command(Key::Z)],
            UiCommand::Redo => vec![command_shift(Key::Z), command(Key::Y)],
            UiCommand::Find => vec![command(Key::F)],
            UiCommand::SearchLibrary => vec![command_shift(Key::F)],
            UiCommand::NextClaim => vec![key(Key::J), key(Key::ArrowDown)],
            UiCommand::PreviousClaim => vec![key(Key::K), key(Key::ArrowUp)],
            UiCommand::MarkSourced => vec![key(Key::S)],
            UiCommand::MarkDisputed => vec![key(Key::D)],
            UiCommand::MarkUnverified => vec![key(Key::U)],
            UiCommand::AddClaim => vec![key(Key::A)],
            UiCommand::Dismiss => vec![key(Key::Delete), key(Key::Backspace)],
            UiCommand::ShowDismissed | UiCommand::ShowLikely | UiCommand::CompareWith | UiCommand::LibraryFolders => {
                vec![]
            }
            UiCommand::Help => vec![key(Key::F1)],
        }
    }

    /// The first shortcut, for menus.
    pub fn shortcut(self) -> Option<KeyboardShortcut> {
        self.shortcuts().first().copied()
    }

    /// Whether the keys must be left to a focused text field: single keys would type into it,
    /// and undo there means undoing typing.
    pub fn yields_to_text_field(self) -> bool {
        !matches!(
            self,
            UiCommand::Open
                | UiCommand::Save
                | UiCommand::SaveAs
                | UiCommand::Quit
                | UiCommand::Find
                | UiCommand::SearchLibrary
                | UiCommand::Help
        )
    }

    /// What it does.
    pub fn command(self) -> Command {
        match self {
            UiCommand::Open => Command::OpenDialog,
            UiCommand::Save => Command::Save,
            UiCommand::SaveAs => Command::SaveAsDialog,
            UiCommand::Quit => Command::Quit,
            UiCommand::NewFromClipboard => Command::RequestPaste,
            UiCommand::Undo => Command::Undo,
            UiCommand::Redo => Command::Redo,
            UiCommand::Find => Command::FocusSearch,
            UiCommand::SearchLibrary => Command::ShowLibrarySearch,
            UiCommand::LibraryFolders => Command::ShowLibraryFolders,
            UiCommand::NextClaim => Command::SelectNext,
            UiCommand::PreviousClaim => Command::SelectPrevious,
            UiCommand::MarkSourced => Command::SetStatus(Status::Sourced),
            UiCommand::MarkDisputed => Command::SetStatus(Status::Disputed),
            UiCommand::MarkUnverified => Command::SetStatus(Status::Unverified),
            UiCommand::AddClaim => Command::AddClaimFromSelection(Kind::Statement),
            UiCommand::Dismiss => Command::DismissSelected,
            UiCommand::ShowDismissed => Command::ToggleShowDismissed,
            UiCommand::ShowLikely => Command::ToggleShowLikely,
            UiCommand::CompareWith => Command::CompareDialog,
            UiCommand::Help => Command::ToggleHelp,
        }
    }

    /// The commands whose keys were pressed this frame, the keys consumed. Shortcuts with more
    /// modifiers are tried first: egui ignores extra Shift, so Ctrl+S would otherwise also
    /// match Ctrl+Shift+S.
    pub fn consume_pressed(ctx: &egui::Context) -> Vec<Command> {
        let text_focused = ctx.text_edit_focused();
        let mut table: Vec<(UiCommand, KeyboardShortcut)> = Self::ALL
            .iter()
            .filter(|ui_command| !(text_focused && ui_command.yields_to_text_field()))
            .flat_map(|ui_command| {
                ui_command
                    .shortcuts()
                    .into_iter()
                    .map(|shortcut| (*ui_command, shortcut))
            })
            .collect();
        table.sort_by_key(|(_, shortcut)| std::cmp::Reverse(modifier_count(shortcut.modifiers)));
        let mut commands = Vec::new();
        ctx.input_mut(|input| {
            for (ui_command, shortcut) in &table {
                while input.consume_shortcut(shortcut) {
                    commands.push(ui_command.command());
                }
            }
        });
        commands
    }
}

/// How a shortcut is written in menus and help. Arrow keys by name: egui's arrow symbols are
/// not in the bundled font.
pub fn shortcut_text(ctx: &egui::Context, shortcut: &KeyboardShortcut) -> String {
    match shortcut.logical_key {
        Key::ArrowDown | Key::ArrowUp | Key::ArrowLeft | Key::ArrowRight if shortcut.modifiers.is_none() => {
            format!("{} arrow", shortcut.logical_key.name())
        }
        _ => ctx.format_shortcut(shortcut),
    }
}

fn modifier_count(modifiers: Modifiers) -> u8 {
    u8::from(modifiers.shift)
        + u8::from(modifiers.alt)
        + u8::from(modifiers.command || modifiers.ctrl || modifiers.mac_cmd)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shortcuts_do_not_clash() {
        let mut seen = std::collections::HashMap::new();
        for ui_command in UiCommand::ALL {
            for shortcut in ui_command.shortcuts() {
                if let Some(other) = seen.insert((shortcut.modifiers, shortcut.logical_key), ui_command) {
                    panic!("{ui_command:?} and {other:?} both use {shortcut:?}");
                }
            }
        }
    }

    #[test]
    fn every_command_is_listed_once() {
        let unique: std::collections::HashSet<_> = UiCommand::ALL.iter().collect();
        assert_eq!(unique.len(), UiCommand::ALL.len());
        assert!(UiCommand::ALL.iter().all(|ui_command| !ui_command.text().is_empty()));
    }
}
