//! The inspector's merge conflicts: both sides of each (value, who, when) and a button to keep
//! one. Keeping a side is a command like any edit: undoable, and recorded in the history.

use egui::{RichText, Ui};

use crate::app::Command;
use crate::model::{Claim, Pick};

use super::theme;

/// Shows `claim`'s open conflicts, if any; returns the side the analyst picked.
pub fn conflicts_ui(ui: &mut Ui, claim: &Claim) -> Vec<Command> {
    let mut commands = Vec::new();
    if claim.conflicts.is_empty() {
        return commands;
    }
    let frame = egui::Frame::group(ui.style()).stroke(egui::Stroke::new(1.0, theme::conflict_color(ui.visuals())));
    frame.show(ui, |ui| {
        ui.set_width(ui.available_width());
        let count = claim.conflicts.len();
        ui.label(
            RichText::new(if count == 1 {
                "Merge conflict: two reviews differ".to_owned()
            } else {
                format!("{count} merge conflicts: two reviews differ")
            })
            .strong()
            .color(theme::conflict_color(ui.visuals())),
        );
        ui.weak("Until you pick, the claim keeps the value both started from.");
        for (index, conflict) in claim.conflicts.iter().enumerate() {
            let (ours, theirs) = conflict.describe_sides();
            ui.label(RichText::new(format!("Different {}:", conflict.field())).strong());
            // One button per side; with several conflicts their labels name the field too, so
            // each button is told apart (by people and by screen readers).
            let suffix = if count == 1 {
                String::new()
            } else {
                format!(" {}", conflict.field())
            };
            for (side, words, pick) in [("Ours", ours, Pick::Ours), ("Theirs", theirs, Pick::Theirs)] {
                ui.horizontal_wrapped(|ui| {
                    let button = ui
                        .button(format!("Keep {}{suffix}", side.to_lowercase()))
                        .on_hover_text(format!(
                            "Keep this {} (Ctrl+Z brings the conflict back)",
                            conflict.field()
                        ));
                    if button.clicked() {
                        commands.push(Command::ResolveConflict(claim.id, index, pick));
                    }
                    ui.label(format!("{side}: {}", clean(&words)));
                });
            }
        }
    });
    ui.add_space(4.0);
    commands
}

/// The bundled font has no arrow glyph (history texts carry the model's "→").
fn clean(words: &str) -> String {
    words.replace('→', "->")
}
