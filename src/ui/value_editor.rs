//! The inspector's editor for what was understood of a claim: a quote's speaker (typed, or
//! the words selected in the article), a number's value, range and unit, a date's year,
//! month and day, a rank. Edits are drafts until the field is left, then one command: one
//! undoable change, recorded in the claim's history.

use egui::{RichText, Ui};

use crate::app::Command;
use crate::model::{Claim, DateValue, Kind, Ordinal, Quantity, Value};

/// What is being typed or dragged, for the claim it belongs to.
#[derive(Default)]
pub struct ValueEditor {
    /// The speaker's name as typed.
    speaker: String,
    /// The value being changed.
    value: Option<Value>,
    /// The claim's value when the draft was taken: a change from outside (undo) starts over.
    base: Option<Value>,
    /// The claim the drafts belong to.
    claim_id: Option<crate::model::ClaimId>,
}

impl ValueEditor {
    /// Starts over on `claim` (another claim was selected, or it changed from outside).
    pub fn load(&mut self, claim: &Claim) {
        self.speaker = speaker_name(claim);
        self.value.clone_from(&claim.value);
        self.base.clone_from(&claim.value);
        self.claim_id = Some(claim.id);
    }

    /// The editor for `claim`'s kind; the commands the analyst's edits make.
    pub fn value_ui(&mut self, ui: &mut Ui, claim: &Claim, commands: &mut Vec<Command>) {
        if self.claim_id != Some(claim.id) || self.base != claim.value {
            let speaker = std::mem::take(&mut self.speaker);
            let same_claim = self.claim_id == Some(claim.id);
            self.load(claim);
            if same_claim && claim.kind == Kind::Quote && ui.ctx().text_edit_focused() {
                // Still typing the speaker: keep the draft.
                self.speaker = speaker;
            }
        }
        if claim.kind == Kind::Quote {
            self.speaker_ui(ui, claim, commands);
            return;
        }
        let mut busy = false;
        let value = self.value.get_or_insert_with(|| blank_value(claim.kind));
        // Folded by default: the verdict buttons stay in view on a small screen.
        egui::CollapsingHeader::new("Correct the value")
            .id_salt("value fields")
            .show(ui, |ui| {
                egui::Grid::new("value fields")
                    .num_columns(2)
                    .show(ui, |ui| match value {
                        Value::Quantity(quantity) => busy = quantity_ui(ui, quantity),
                        Value::Date(date) => busy = date_ui(ui, date),
                        Value::Ordinal(ordinal) => busy = ordinal_ui(ui, ordinal),
                        Value::Quote(_) | Value::Statement(_) => {}
                    });
            });
        // Dragging a number or typing in it is one change, committed when let go.
        if !busy && self.value != claim.value && !is_blank(self.value.as_ref()) {
            commands.push(Command::SetValue(claim.id, self.value.clone()));
        }
    }

    fn speaker_ui(&mut self, ui: &mut Ui, claim: &Claim, commands: &mut Vec<Command>) {
        ui.horizontal(|ui| {
            let label = ui.label(RichText::new("Speaker").small());
            let field = ui
                .add(
                    egui::TextEdit::singleline(&mut self.speaker)
                        .hint_text("Who said it")
                        .desired_width(180.0),
                )
                .labelled_by(label.id);
            let typed = field.lost_focus() && self.speaker.trim() != speaker_name(claim);
            if typed {
                commands.push(Command::SetSpeakerName(claim.id, self.speaker.trim().to_owned()));
            } else if !field.has_focus() && self.speaker != speaker_name(claim) {
                // Changed from outside (undo, the article selection): show the claim's.
                self.speaker = speaker_name(claim);
            }
            if ui
                .button("Set as speaker")
                .on_hover_text("Use the words selected in the article as the speaker")
                .clicked()
            {
                commands.push(Command::SetSpeakerFromSelection(claim.id));
            }
        });
    }
}

fn speaker_name(claim: &Claim) -> String {
    claim
        .value
        .as_ref()
        .and_then(Value::speaker)
        .map(|speaker| speaker.name.clone())
        .unwrap_or_default()
}

/// The value a claim of `kind` gets when the analyst first fills one in.
fn blank_value(kind: Kind) -> Value {
    match kind {
        Kind::Date => Value::Date(DateValue::default()),
        Kind::Ordinal => Value::Ordinal(Ordinal::default()),
        Kind::Quote => Value::Quote(crate::model::QuoteValue::default()),
        Kind::Count | Kind::Measure | Kind::Statement => Value::Quantity(Quantity::default()),
    }
}

/// A value nobody filled in: not worth a change in the history.
fn is_blank(value: Option<&Value>) -> bool {
    match value {
        None => true,
        Some(Value::Quantity(quantity)) => *quantity == Quantity::default(),
        Some(Value::Date(date)) => *date == DateValue::default(),
        Some(Value::Ordinal(ordinal)) => ordinal.rank == 0,
        Some(Value::Quote(_) | Value::Statement(_)) => false,
    }
}

/// A named number field; true while it is being dragged or typed in.
fn number_ui<N: egui::emath::Numeric>(ui: &mut Ui, name: &str, number: &mut N) -> bool {
    let label = ui.label(RichText::new(name).small());
    let response = ui.add(egui::DragValue::new(number).speed(0.1)).labelled_by(label.id);
    ui.end_row();
    response.dragged() || response.has_focus()
}

/// An optional number: a box to say it is stated, then its field.
fn optional_number_ui<N: egui::emath::Numeric + Default>(ui: &mut Ui, name: &str, number: &mut Option<N>) -> bool {
    let label = ui.label(RichText::new(name).small());
    let mut busy = false;
    ui.horizontal(|ui| {
        let mut stated = number.is_some();
        if ui
            .checkbox(&mut stated, "")
            .labelled_by(label.id)
            .on_hover_text("Stated in the text")
            .changed()
        {
            *number = stated.then(N::default);
        }
        if let Some(value) = number {
            let response = ui.add(egui::DragValue::new(value)).labelled_by(label.id);
            busy = response.dragged() || response.has_focus();
        }
    });
    ui.end_row();
    busy
}

fn quantity_ui(ui: &mut Ui, quantity: &mut Quantity) -> bool {
    let mut busy = number_ui(ui, "Number", &mut quantity.low);
    busy |= optional_number_ui(ui, "Up to", &mut quantity.high);
    let label = ui.label(RichText::new("Unit").small());
    let mut unit = quantity.unit.clone().unwrap_or_default();
    let response = ui
        .add(egui::TextEdit::singleline(&mut unit).desired_width(120.0))
        .labelled_by(label.id);
    ui.end_row();
    if response.has_focus() {
        busy = true;
    }
    let unit = unit.trim();
    quantity.unit = (!unit.is_empty()).then(|| unit.to_owned());
    busy
}

fn date_ui(ui: &mut Ui, date: &mut DateValue) -> bool {
    let mut busy = optional_number_ui(ui, "Year", &mut date.year);
    busy |= optional_number_ui(ui, "Month", &mut date.month);
    busy |= optional_number_ui(ui, "Day", &mut date.day);
    date.month = date.month.map(|month| month.clamp(1, 12));
    date.day = date.day.map(|day| day.clamp(1, 31));
    busy
}

fn ordinal_ui(ui: &mut Ui, ordinal: &mut Ordinal) -> bool {
    let busy = number_ui(ui, "Rank", &mut ordinal.rank);
    let label = ui.label(RichText::new("From the end").small());
    ui.checkbox(&mut ordinal.from_end, "").labelled_by(label.id);
    ui.end_row();
    busy
}
