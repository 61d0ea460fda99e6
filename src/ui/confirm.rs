//! "Save your changes?" before unsaved work would be lost.

use std::path::Path;

use crate::app::{Answer, Command, OnDiskAnswer, ReplaceAnswer};
use crate::store::RecoveryOffer;

/// Questions wrap at this width rather than stretching across the window.
const MODAL_WIDTH: f32 = 420.0;

/// Asks whether to save `name` before `doing` ("closing", "opening another file"); returns the
/// answer once given.
pub fn confirm_ui(ctx: &egui::Context, name: &str, doing: &str) -> Option<Command> {
    let mut answer = None;
    let modal = egui::Modal::new(egui::Id::unique("save changes?")).show(ctx, |ui| {
        ui.set_max_width(MODAL_WIDTH);
        ui.heading("Save changes?");
        ui.label(format!(
            "“{name}” has changes that are not saved. Save them before {doing}?"
        ));
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

/// Offers a recovery copy: of the project just opened, or (`current_text` differs) of a
/// review that was never saved, found at start.
pub fn recovery_ui(ctx: &egui::Context, offer: &RecoveryOffer, current_text: &str) -> Option<Command> {
    let mut answer = None;
    egui::Modal::new(egui::Id::unique("recover?")).show(ctx, |ui| {
        ui.set_max_width(MODAL_WIDTH);
        ui.heading("Recover unsaved work?");
        if offer.project.article.text == current_text {
            ui.label(format!(
                "claimdesk kept a copy of changes that were never saved (written {}): {} claims differ from the file.",
                offer.saved_at, offer.changed_claims
            ));
        } else {
            ui.label(format!(
                "claimdesk kept a copy of “{}”, a review that was never saved (written {}): {} claims have changes. Recovering opens it.",
                offer.project.article.title, offer.saved_at, offer.changed_claims
            ));
        }
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button("Recover").clicked() {
                answer = Some(Command::Recover(true));
            }
            if ui.button("Discard the copy").clicked() {
                answer = Some(Command::Recover(false));
            }
        });
    });
    answer
}

/// Asks before saving over a file someone else changed since it was read.
pub fn changed_on_disk_ui(ctx: &egui::Context, path: &Path) -> Option<Command> {
    let mut answer = None;
    let modal = egui::Modal::new(egui::Id::unique("overwrite?")).show(ctx, |ui| {
        ui.set_max_width(MODAL_WIDTH);
        ui.heading("File changed by someone else");
        ui.label(format!(
            "{} was changed since you opened it. Overwrite it with your version (theirs is kept as a .bak), save yours elsewhere, or load theirs (yours is kept and offered back)?",
            path.display()
        ));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button("Overwrite").clicked() {
                answer = Some(OnDiskAnswer::Overwrite);
            }
            if ui.button("Save As…").clicked() {
                answer = Some(OnDiskAnswer::SaveAs);
            }
            if ui.button("Load theirs").clicked() {
                answer = Some(OnDiskAnswer::Reload);
            }
            if ui.button("Don't save").clicked() {
                answer = Some(OnDiskAnswer::Cancel);
            }
        });
    });
    if modal.should_close() && answer.is_none() {
        answer = Some(OnDiskAnswer::Cancel);
    }
    answer.map(Command::OnDisk)
}

/// Asks before saving over `path`, which holds `holds` (in words) and was not loaded here.
pub fn replace_existing_ui(ctx: &egui::Context, path: &Path, holds: &str) -> Option<Command> {
    let mut answer = None;
    let modal = egui::Modal::new(egui::Id::unique("replace?")).show(ctx, |ui| {
        ui.set_max_width(MODAL_WIDTH);
        ui.heading("Replace an existing review?");
        ui.label(format!(
            "{} already exists: {holds}. Replace it with this review (the old one is kept as a .bak), save this one elsewhere, or don't save?",
            path.display()
        ));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button("Replace").clicked() {
                answer = Some(ReplaceAnswer::Replace);
            }
            if ui.button("Save As…").clicked() {
                answer = Some(ReplaceAnswer::SaveAs);
            }
            if ui.button("Don't save").clicked() {
                answer = Some(ReplaceAnswer::Cancel);
            }
        });
    });
    if modal.should_close() && answer.is_none() {
        answer = Some(ReplaceAnswer::Cancel);
    }
    answer.map(Command::Replace)
}
