//! The line at the bottom: file, unsaved marker, counts per status, and the last message.

use egui::Ui;

use crate::app::{Filter, Workbench};
use crate::model::Status;

use super::theme;

/// A message for the status bar, an error or a note.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    /// The words.
    pub text: String,
    /// Shown in the error colour.
    pub is_error: bool,
}

/// Shows the status bar.
pub fn status_bar_ui(ui: &mut Ui, workbench: &Workbench, message: Option<&Message>) {
    ui.horizontal(|ui| {
        let counts = workbench.project().counts();
        let dirty = if workbench.is_dirty() {
            " • unsaved changes"
        } else if workbench.is_unsaved() {
            " • new, not saved yet"
        } else {
            " • saved"
        };
        ui.label(format!("{}{dirty}", workbench.display_name()))
            .on_hover_text(workbench.save_path().map_or_else(
                || "Not saved to a file yet".to_owned(),
                |path| path.display().to_string(),
            ));
        ui.separator();
        ui.label(format!("{} claims:", counts.total));
        // Not reviewed yet and the verdict Unverified are different things: say each.
        ui.colored_label(
            theme::status_text_color(ui.visuals(), Status::Unverified, false),
            format!(
                "{} {} to review",
                theme::status_marker(Status::Unverified, false),
                workbench.filter_count(Filter::ToReview)
            ),
        );
        for (status, filter) in [
            (Status::Sourced, Filter::Sourced),
            (Status::Disputed, Filter::Disputed),
            (Status::Unverified, Filter::Unverified),
        ] {
            ui.colored_label(
                theme::status_text_color(ui.visuals(), status, true),
                format!(
                    "{} {} {}",
                    theme::status_marker(status, true),
                    workbench.filter_count(filter),
                    status.slug()
                ),
            );
        }
        if counts.dismissed > 0 {
            ui.weak(format!("({} dismissed)", counts.dismissed));
        }
        if let Some(message) = message {
            ui.separator();
            if message.is_error {
                ui.colored_label(theme::error_color(ui.visuals()), &message.text);
            } else {
                ui.label(&message.text);
            }
        }
    });
}
