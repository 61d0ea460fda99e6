//! Ctrl+Shift+F: search every review of the library (claim words, sentences, notes,
//! sources); a hit opens its review at the claim.

use egui::RichText;

use crate::app::{Command, LibrarySearch};

use super::theme;

/// The search window, while open; returns what the analyst asked for.
pub fn library_search_ui(ctx: &egui::Context, search: &LibrarySearch, status: Option<&str>) -> Vec<Command> {
    let mut commands = Vec::new();
    let mut open = true;
    egui::Window::new("Search the library")
        .open(&mut open)
        .collapsible(false)
        .default_width(620.0)
        .default_height(420.0)
        .show(ctx, |ui| {
            let label = ui.label("Words in earlier reviews (claims, sentences, notes, sources):");
            let mut query = search.query.clone();
            let field = ui
                .add(
                    egui::TextEdit::singleline(&mut query)
                        .hint_text("e.g. Russian soldiers")
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(label.id);
            if ui.memory(|memory| memory.focused().is_none()) {
                field.request_focus();
            }
            if field.changed() {
                commands.push(Command::SearchLibrary(query));
            }
            if let Some(status) = status {
                ui.weak(status);
            }
            if search.waiting {
                ui.weak("Searching…");
            } else if !search.query.trim().is_empty() && search.hits.is_empty() {
                ui.label("No claim of the library holds these words.");
            }
            egui::ScrollArea::vertical()
                .id_salt("library hits")
                .auto_shrink(false)
                .show(ui, |ui| {
                    for (index, hit) in search.hits.iter().enumerate() {
                        ui.push_id(index, |ui| {
                            ui.horizontal_wrapped(|ui| {
                                if ui
                                    .button(&hit.text)
                                    .on_hover_text(format!("Open {} at this claim", hit.project.display()))
                                    .clicked()
                                {
                                    commands.push(Command::OpenAtClaim(hit.project.clone(), hit.claim_id));
                                    commands.push(Command::CloseLibrarySearch);
                                }
                                ui.label(RichText::new(hit.status.label()).color(theme::status_text_color(
                                    ui.visuals(),
                                    hit.status,
                                    true,
                                )));
                                ui.weak(&hit.title);
                            });
                            ui.label(RichText::new(&hit.sentence).italics().small());
                            if !hit.note.is_empty() {
                                ui.label(RichText::new(format!("Note: {}", hit.note)).small());
                            }
                            ui.separator();
                        });
                    }
                });
        });
    if !open || ctx.input(|input| input.key_pressed(egui::Key::Escape)) {
        commands.push(Command::CloseLibrarySearch);
    }
    commands
}
