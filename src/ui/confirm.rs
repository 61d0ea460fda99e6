//! "Save your changes?" before unsaved work would be lost.

use crate::app::{Answer, Command};

/// Asks whether to save `name` before `doing` ("closing", "opening another file"); returns the
/// answer once given.
pub fn confirm_ui(ctx: &egui::Context, name: &str, doing: &str) -> Option<Command> {
    let mut answer = None;
    let modal = egui::Modal::new(egui::Id::unique("save changes?")).show(ctx, |ui| {
        ui.heading("Save changes?");
        ui.label(format!("“{name}” has changes that are not saved. Save them before {doing}?"));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button("Save").clicked() {
                answer = Some(Answer::Save);
            }
            if ui.button("Discard changes").clicked() {
                answer = Some(Answer::Discard);
            }
            if ui.button("Cancel").clicked() {
                answer = Some(Answer::Cancel);
            }
        });
    });
    if modal.should_close() && answer.is_none() {
        answer = Some(Answer::Cancel);
    }
    answer.map(Command::Answer)
}
