//! Settings ▸ Analyst name: who signs the history entries from now on.

use egui::Ui;

use crate::app::{Command, Settings};

/// The analyst-name field of the Settings menu; sends the name as it is typed (a setting,
/// remembered between runs, not an undoable edit of the review).
pub fn analyst_name_ui(ui: &mut Ui, settings: &Settings) -> Vec<Command> {
    let mut commands = Vec::new();
    let label = ui.label("Analyst name");
    let mut name = settings.analyst_name.clone();
    let field = ui
        .add(
            egui::TextEdit::singleline(&mut name)
                .hint_text(crate::store::default_analyst_name())
                .desired_width(200.0),
        )
        .labelled_by(label.id)
        .on_hover_text("Signs every change you make from now on (empty: your system user name)");
    if field.changed() {
        commands.push(Command::SetAnalystName(name));
    }
    ui.weak(format!("History is signed “{}”", settings.analyst()));
    commands
}
