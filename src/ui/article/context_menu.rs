//! The right-click menu over the article.

use egui::Ui;

use crate::app::{Command, Workbench};
use crate::model::{ClaimId, Kind, Status};

pub(super) fn status_words(status: Status, reviewed: bool) -> &'static str {
    if reviewed {
        status.label()
    } else {
        "to review (no verdict yet)"
    }
}

/// The right-click menu over the article.
pub(super) fn context_menu_ui(
    ui: &mut Ui,
    claim_id: Option<ClaimId>,
    has_selection: bool,
    workbench: &Workbench,
    commands: &mut Vec<Command>,
) {
    if has_selection && ui.button("Add claim").clicked() {
        commands.push(Command::AddClaimFromSelection(Kind::Statement));
        ui.close();
    }
    if has_selection {
        ui.menu_button("Add claim as", |ui| {
            for kind in Kind::ALL {
                if ui.button(kind.label()).clicked() {
                    commands.push(Command::AddClaimFromSelection(kind));
                    ui.close();
                }
            }
        });
    }
    let Some(claim) = claim_id.and_then(|claim_id| workbench.project().claim(claim_id)) else {
        if !has_selection {
            ui.label("Select words to add a claim");
        }
        return;
    };
    if has_selection {
        ui.separator();
    }
    for status in Status::ALL {
        if ui.button(status.label()).clicked() {
            commands.push(Command::SetStatusOf(claim.id, status));
            ui.close();
        }
    }
    ui.separator();
    if claim.dismissed {
        if ui.button("Restore claim").clicked() {
            commands.push(Command::Restore(claim.id));
            ui.close();
        }
    } else if ui.button("Dismiss (not a claim)").clicked() {
        commands.push(Command::Dismiss(claim.id));
        ui.close();
    }
}
