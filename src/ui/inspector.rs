//! The selected claim in full: text, kind, value, sentence, verdict, sources, note, history.

use egui::{RichText, Ui};

use crate::app::{Command, Workbench};
use crate::model::{Claim, ClaimId, Kind, Source, Status, openable_url};

use super::theme;

/// What is being typed in the inspector's fields, per claim.
#[derive(Default)]
pub struct InspectorView {
    claim_id: Option<ClaimId>,
    new_url: String,
    new_title: String,
    editing: Option<(usize, Source)>,
    values: super::value_editor::ValueEditor,
}

impl InspectorView {
    /// Forgets the drafts (another file was opened).
    pub fn reset(&mut self) {
        *self = Self::default();
    }

    /// Shows the selected claim; returns what the analyst asked for.
    pub fn inspector_ui(&mut self, ui: &mut Ui, workbench: &Workbench) -> Vec<Command> {
        let mut commands = Vec::new();
        let Some(claim) = workbench.selected_claim() else {
            self.claim_id = None;
            ui.weak("No claim selected. Press J for the first claim, or click a highlight.");
            return commands;
        };
        if self.claim_id != Some(claim.id) {
            *self = Self {
                claim_id: Some(claim.id),
                ..Self::default()
            };
        }
        egui::ScrollArea::vertical()
            .id_salt("inspector")
            .auto_shrink(false)
            // A bar that shows there is more below (the note field, the history).
            .scroll_bar_visibility(egui::scroll_area::ScrollBarVisibility::AlwaysVisible)
            .show(ui, |ui| {
                self.claim_ui(ui, workbench, claim, &mut commands);
            });
        commands
    }

    fn claim_ui(&mut self, ui: &mut Ui, workbench: &Workbench, claim: &Claim, commands: &mut Vec<Command>) {
        let quoted = if claim.quote.starts_with(['“', '"', '‘', '«']) {
            claim.quote.clone()
        } else {
            format!("“{}”", claim.quote)
        };
        ui.label(RichText::new(quoted).size(17.0).strong());
        commands.extend(super::conflicts::conflicts_ui(ui, claim));
        ui.horizontal_wrapped(|ui| {
            let mut kind = claim.kind;
            egui::ComboBox::from_id_salt("claim kind")
                .selected_text(RichText::new(kind.label()).strong())
                .show_ui(ui, |ui| {
                    for choice in Kind::ALL {
                        ui.selectable_value(&mut kind, choice, choice.label());
                    }
                })
                .response
                .widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, "Kind"));
            if kind != claim.kind {
                commands.push(Command::SetKind(claim.id, kind));
            }
            if let Some(value) = &claim.value {
                ui.label(format!("· {}", super::value_text(value)));
            }
            ui.weak(format!("· {}", claim.id));
            if claim.orphaned {
                ui.colored_label(theme::error_color(ui.visuals()), "· not found in the text");
            }
        });
        self.values.value_ui(ui, claim, commands);
        let sentence = workbench.sentence_of(claim);
        if !sentence.is_empty() && sentence != claim.quote {
            ui.label(RichText::new(sentence).italics().weak());
        }
        ui.add_space(6.0);

        ui.horizontal(|ui| {
            for status in Status::ALL {
                let current = claim.reviewed && claim.status == status;
                let text = RichText::new(format!("{} {}", theme::status_marker(status, true), status.label()))
                    .color(theme::status_text_color(ui.visuals(), status, true));
                let button = ui.add(egui::Button::selectable(current, text));
                button.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, current, status.label()));
                if button.clicked() {
                    commands.push(Command::SetStatusOf(claim.id, status));
                }
            }
        });
        if claim.reviewed {
            ui.label(format!("Verdict: {}", claim.status.label()));
        } else {
            ui.label(RichText::new("To review: no verdict yet").strong());
        }
        ui.horizontal(|ui| {
            if claim.dismissed {
                ui.weak("Dismissed as not a claim.");
                if ui.button("Restore").clicked() {
                    commands.push(Command::Restore(claim.id));
                }
            } else if ui.button("Dismiss").on_hover_text("Not a claim (Delete)").clicked() {
                commands.push(Command::Dismiss(claim.id));
            }
        });
        commands.extend(super::seen_before::seen_before_ui(ui, claim));
        ui.separator();
        self.sources_ui(ui, claim, commands);
        ui.separator();

        // The draft lives in the workbench: typing sends it there, leaving the field makes it
        // the claim's note (one undoable change).
        let note_label = ui.label(RichText::new("Note").strong());
        let mut note_text = workbench.note_text(claim).to_owned();
        let note = ui
            .add(
                egui::TextEdit::multiline(&mut note_text)
                    .hint_text("What you found, and where")
                    .desired_rows(3)
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(note_label.id);
        if note.lost_focus() && note_text != claim.note {
            commands.push(Command::SetNote(claim.id, note_text));
        } else if note.changed() {
            commands.push(Command::DraftNote(claim.id, note_text));
        }

        if !claim.history.is_empty() {
            egui::CollapsingHeader::new(format!("History ({})", claim.history.len()))
                .id_salt("history")
                .show(ui, |ui| {
                    for change in claim.history.iter().rev() {
                        // The bundled font has no arrow glyph; the file keeps the model's words.
                        let what = change.what.replace('→', "->");
                        ui.label(RichText::new(format!("{} · {} · {what}", change.at, change.by)).small());
                    }
                });
        }
    }

    fn sources_ui(&mut self, ui: &mut Ui, claim: &Claim, commands: &mut Vec<Command>) {
        ui.label(RichText::new(format!("Sources ({})", claim.sources.len())).strong());
        if needs_source(claim) {
            // A reminder, not an error: the analyst may add the source later.
            ui.colored_label(
                theme::gentle_warning(ui.visuals()),
                "Marked Sourced, but no source is attached yet: add it below.",
            );
        }
        for (index, source) in claim.sources.iter().enumerate() {
            if let Some((editing_index, draft)) = &mut self.editing
                && *editing_index == index
            {
                labelled_field_ui(ui, "Source URL", &mut draft.url, "https://…");
                labelled_field_ui(ui, "Source title", &mut draft.title, "");
                let mut done = false;
                ui.horizontal(|ui| {
                    if ui.button("Save source").clicked() {
                        commands.push(Command::EditSource(claim.id, index, draft.clone()));
                        done = true;
                    }
                    if ui.button("Cancel").clicked() {
                        done = true;
                    }
                });
                if done {
                    self.editing = None;
                }
                continue;
            }
            ui.horizontal_wrapped(|ui| {
                let title = if source.title.is_empty() {
                    source.url.as_str()
                } else {
                    source.title.as_str()
                };
                ui.label(title).on_hover_text(&source.url);
                if let Some(url) = openable_url(&source.url) {
                    if ui
                        .small_button("Open")
                        .on_hover_text(format!("Open {url} in the browser"))
                        .clicked()
                    {
                        commands.push(Command::OpenUrl(url.to_owned()));
                    }
                } else {
                    ui.weak(format!("({} — not an http link, not opened)", source.url));
                }
                if ui.small_button("Edit").on_hover_text("Edit this source").clicked() {
                    self.editing = Some((index, source.clone()));
                }
                if ui.small_button("Remove").on_hover_text("Remove this source").clicked() {
                    commands.push(Command::RemoveSource(claim.id, index));
                }
            });
        }
        let url = labelled_field_ui(ui, "New source URL", &mut self.new_url, "https://…");
        let title = labelled_field_ui(
            ui,
            "New source title",
            &mut self.new_title,
            "What it is: agency report, ministry statement…",
        );
        let can_add = !self.new_url.trim().is_empty();
        let enter = (url.lost_focus() || title.lost_focus()) && ui.input(|input| input.key_pressed(egui::Key::Enter));
        if ui.add_enabled(can_add, egui::Button::new("Add source")).clicked() || (can_add && enter) {
            commands.push(Command::AddSource(
                claim.id,
                Source {
                    url: self.new_url.trim().to_owned(),
                    title: self.new_title.trim().to_owned(),
                    note: String::new(),
                },
            ));
            self.new_url.clear();
            self.new_title.clear();
        }
    }
}

/// Whether `claim` is marked Sourced with no source attached (shown gently, list and inspector).
pub fn needs_source(claim: &Claim) -> bool {
    claim.reviewed && claim.status == Status::Sourced && claim.sources.is_empty() && !claim.dismissed
}

/// A one-line text field with its name above it (the name is its accessible label).
fn labelled_field_ui(ui: &mut Ui, name: &str, text: &mut String, hint: &str) -> egui::Response {
    ui.horizontal(|ui| {
        let label = ui.add_sized(
            [110.0, ui.spacing().interact_size.y],
            egui::Label::new(RichText::new(name).small()),
        );
        ui.add(
            egui::TextEdit::singleline(text)
                .hint_text(hint)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id)
    })
    .inner
}
