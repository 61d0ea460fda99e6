//! File, Edit, Review, View and Help menus.

use egui::Ui;

use crate::app::{Command, Settings, ThemeChoice, UiCommand, Workbench, shortcut_text};
use crate::export::ReportFormat;

/// One menu entry built from the command table: its text and its shortcut side by side.
fn item_ui(ui: &mut Ui, ui_command: UiCommand, enabled: bool, commands: &mut Vec<Command>) {
    let mut button = egui::Button::new(ui_command.text());
    if let Some(shortcut) = ui_command.shortcut() {
        button = button.shortcut_text(shortcut_text(ui.ctx(), &shortcut));
    }
    if ui.add_enabled(enabled, button).clicked() {
        commands.push(ui_command.command());
        ui.close();
    }
}

/// The menu bar; returns what the analyst picked.
pub fn menu_bar_ui(ui: &mut Ui, workbench: &Workbench, settings: &Settings) -> Vec<Command> {
    let mut commands = Vec::new();
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button("File", |ui| {
            item_ui(ui, UiCommand::Open, true, &mut commands);
            ui.menu_button("Open recent", |ui| {
                if settings.recent.is_empty() {
                    ui.weak("Nothing yet");
                }
                for path in &settings.recent {
                    if ui.button(path.display().to_string()).clicked() {
                        commands.push(Command::Open(path.clone()));
                        ui.close();
                    }
                }
            });
            ui.separator();
            item_ui(ui, UiCommand::Save, true, &mut commands);
            item_ui(ui, UiCommand::SaveAs, true, &mut commands);
            ui.menu_button("Export", |ui| {
                for format in ReportFormat::ALL {
                    if ui.button(format!("{}…", format.label())).clicked() {
                        commands.push(Command::ExportDialog(format));
                        ui.close();
                    }
                }
            });
            ui.separator();
            item_ui(ui, UiCommand::CompareWith, true, &mut commands);
            if workbench.compare().is_some() && ui.button("Leave compare").clicked() {
                commands.push(Command::LeaveCompare);
                ui.close();
            }
            ui.separator();
            item_ui(ui, UiCommand::Quit, true, &mut commands);
        });
        ui.menu_button("Edit", |ui| {
            item_ui(ui, UiCommand::Undo, workbench.can_undo(), &mut commands);
            item_ui(ui, UiCommand::Redo, workbench.can_redo(), &mut commands);
            ui.separator();
            item_ui(ui, UiCommand::NewFromClipboard, true, &mut commands);
            ui.separator();
            item_ui(ui, UiCommand::Find, true, &mut commands);
            item_ui(ui, UiCommand::SearchLibrary, true, &mut commands);
        });
        ui.menu_button("Review", |ui| {
            let has_claims = !workbench.visible().is_empty();
            let has_selection = workbench.selected().is_some();
            item_ui(ui, UiCommand::NextClaim, has_claims, &mut commands);
            item_ui(ui, UiCommand::PreviousClaim, has_claims, &mut commands);
            ui.separator();
            item_ui(ui, UiCommand::MarkSourced, has_selection, &mut commands);
            item_ui(ui, UiCommand::MarkDisputed, has_selection, &mut commands);
            item_ui(ui, UiCommand::MarkUnverified, has_selection, &mut commands);
            ui.separator();
            item_ui(ui, UiCommand::AddClaim, true, &mut commands);
            item_ui(ui, UiCommand::Dismiss, has_selection, &mut commands);
        });
        ui.menu_button("View", |ui| {
            let mut show_dismissed = workbench.show_dismissed();
            if ui
                .checkbox(&mut show_dismissed, UiCommand::ShowDismissed.text())
                .clicked()
            {
                commands.push(Command::ToggleShowDismissed);
                ui.close();
            }
            let mut show_likely = workbench.show_likely();
            if ui
                .checkbox(&mut show_likely, UiCommand::ShowLikely.text())
                .on_hover_text("Claims the detector was unsure of (shown dimmed)")
                .clicked()
            {
                commands.push(Command::ToggleShowLikely);
                ui.close();
            }
            ui.separator();
            ui.label("Theme");
            for theme in ThemeChoice::ALL {
                if ui.radio(settings.theme == theme, theme.label()).clicked() {
                    commands.push(Command::SetTheme(theme));
                    ui.close();
                }
            }
        });
        ui.menu_button("Settings", |ui| {
            item_ui(ui, UiCommand::LibraryFolders, true, &mut commands);
            commands.extend(super::settings_menu::analyst_name_ui(ui, settings));
        });
        ui.menu_button("Help", |ui| {
            item_ui(ui, UiCommand::Help, true, &mut commands);
        });
    });
    commands
}
