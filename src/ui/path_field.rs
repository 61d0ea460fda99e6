//! The built-in path field: where the system's file dialog cannot be shown, the analyst types
//! the path, with completions from the folder typed so far (Tab takes the common part).

use std::path::Path;

use egui::{Key, Modifiers};

use crate::app::{Command, PathPurpose};

/// Shows the field for `purpose` with `typed` in it; returns what the analyst did.
pub fn path_field_ui(
    ctx: &egui::Context,
    purpose: PathPurpose,
    typed: &str,
    base: &Path,
    completions: &[String],
) -> Option<Command> {
    let mut command = None;
    let modal = egui::Modal::new(egui::Id::unique("type a path")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        ui.heading(purpose.heading());
        ui.label(format!("Relative paths start from {}", base.display()));
        // Tab completes instead of moving the focus out of the field.
        if ui.input_mut(|input| input.consume_key(Modifiers::NONE, Key::Tab))
            && let Some(completed) = common_completion(typed, completions)
        {
            command = Some(Command::TypePath(completed));
        }
        let mut text = typed.to_owned();
        let label = ui.label("Path");
        let field = ui
            .add(egui::TextEdit::singleline(&mut text).desired_width(f32::INFINITY))
            .labelled_by(label.id);
        if !field.has_focus() && command.is_none() {
            field.request_focus();
        }
        if field.changed() {
            command = Some(Command::TypePath(text.clone()));
        }
        if field.lost_focus() && ui.input(|input| input.key_pressed(Key::Enter)) {
            command = Some(Command::ChoosePath);
        }
        if !completions.is_empty() {
            ui.horizontal_wrapped(|ui| {
                for completion in completions {
                    if ui.small_button(completion).clicked() {
                        command = Some(Command::TypePath(completion.clone()));
                    }
                }
            });
        }
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(purpose.action()).clicked() {
                command = Some(Command::ChoosePath);
            }
            if ui.button("Cancel").clicked() {
                command = Some(Command::CancelPath);
            }
        });
    });
    if modal.should_close() && command.is_none() {
        command = Some(Command::CancelPath);
    }
    command
}

/// What Tab completes `typed` to: the part every completion shares, if longer than `typed`.
fn common_completion(typed: &str, completions: &[String]) -> Option<String> {
    let first = completions.first()?;
    let mut common = first.as_str();
    for other in completions {
        while !other.starts_with(common) {
            let mut cut = common.len().saturating_sub(1);
            while !common.is_char_boundary(cut) {
                cut -= 1;
            }
            common = common.get(..cut).unwrap_or("");
        }
    }
    (common.len() > typed.len()).then(|| common.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tab_takes_the_part_all_completions_share() {
        let completions = ["call.claims.ron".to_owned(), "call.txt".to_owned()];
        assert_eq!(common_completion("c", &completions).as_deref(), Some("call."));
        assert_eq!(common_completion("call.", &completions), None);
        assert_eq!(common_completion("é", &["éte/".to_owned()]).as_deref(), Some("éte/"));
        assert_eq!(common_completion("x", &[]), None);
        assert_eq!(
            common_completion("", &["été".to_owned(), "éta".to_owned()]).as_deref(),
            Some("ét")
        );
    }
}
