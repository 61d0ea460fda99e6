//! The F1 window: every shortcut, from the command table.

use crate::app::{UiCommand, shortcut_text};

/// Shows the shortcut list while `open` is true (its close button sets it false).
pub fn help_ui(ctx: &egui::Context, open: &mut bool) {
    egui::Window::new("Keyboard shortcuts")
        .open(open)
        .collapsible(false)
        .resizable(false)
        .show(ctx, |ui| {
            egui::Grid::new("shortcuts")
                .striped(true)
                .num_columns(2)
                .show(ui, |ui| {
                    for ui_command in UiCommand::ALL {
                        let keys: Vec<String> = ui_command
                            .shortcuts()
                            .iter()
                            .map(|shortcut| shortcut_text(ctx, shortcut))
                            .collect();
                        if keys.is_empty() {
                            continue;
                        }
                        ui.label(ui_command.text());
                        ui.label(keys.join("  or  "));
                        ui.end_row();
                    }
                    ui.label("Select claim");
                    ui.label("Click a highlight or a row");
                    ui.end_row();
                    ui.label("Status, dismiss, add claim");
                    ui.label("Right-click the article");
                    ui.end_row();
                });
            ui.weak("Single-letter keys do nothing while you type in a field.");
        });
}
