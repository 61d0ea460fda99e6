//! Settings ▸ Library folders: the folders whose reviews make up the library.

use std::path::Path;

use crate::app::Command;
use crate::library::LibraryConfig;

/// The folders window, while open; returns what the analyst asked for.
pub fn library_folders_ui(ctx: &egui::Context, data_dir: Option<&Path>, config: &LibraryConfig) -> Vec<Command> {
    let mut commands = Vec::new();
    let mut open = true;
    egui::Window::new("Library folders")
        .open(&mut open)
        .collapsible(false)
        .default_width(560.0)
        .show(ctx, |ui| {
            ui.label(
                "Every review saved in these folders is part of the library: each article you open is \
                 matched against them. Add a shared or synced team folder to see your colleagues' reviews.",
            );
            ui.add_space(6.0);
            match data_dir {
                Some(data_dir) => {
                    ui.label(format!("{} (always: claimdesk's data folder)", data_dir.display()));
                }
                None => {
                    ui.weak("No data folder: this window has no library.");
                }
            }
            folder_rows_ui(ui, "Added", &config.added, &mut commands);
            folder_rows_ui(ui, "Where you saved reviews", &config.saved_to, &mut commands);
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                if ui
                    .add_enabled(data_dir.is_some(), egui::Button::new("Add folder…"))
                    .clicked()
                {
                    commands.push(Command::AddLibraryFolderDialog);
                }
                if ui.button("Close").clicked() {
                    commands.push(Command::CloseLibraryFolders);
                }
            });
        });
    if !open {
        commands.push(Command::CloseLibraryFolders);
    }
    commands
}

fn folder_rows_ui(ui: &mut egui::Ui, heading: &str, folders: &[std::path::PathBuf], commands: &mut Vec<Command>) {
    if folders.is_empty() {
        return;
    }
    ui.add_space(4.0);
    ui.strong(heading);
    for folder in folders {
        ui.horizontal(|ui| {
            ui.label(folder.display().to_string());
            if ui
                .small_button("Remove")
                .on_hover_text("Take this folder's reviews out of the library (the files stay)")
                .clicked()
            {
                commands.push(Command::RemoveLibraryFolder(folder.clone()));
            }
        });
    }
}
