//! Compare mode's list (File ▸ Compare with…): each claim with both reviews' verdicts,
//! disagreements first, a chip for the disagreements only, and the agreement figures. Takes
//! the place of the claim list until the analyst leaves compare mode; the inspector below
//! still edits the open review.

use egui::{Align2, FontId, Rect, RichText, Sense, Ui, vec2};

use crate::app::{Command, CompareMode, Workbench};
use crate::merge::{ClaimPair, Verdict};

use super::theme;

/// Height of one row.
const ROW_HEIGHT: f32 = 22.0;

/// Shows the comparison; returns what the analyst asked for.
pub fn compare_ui(ui: &mut Ui, workbench: &Workbench, mode: &CompareMode) -> Vec<Command> {
    let mut commands = Vec::new();
    ui.horizontal(|ui| {
        ui.heading("Compare");
        if ui
            .button("Leave compare")
            .on_hover_text("Back to your review (nothing of it was changed by comparing)")
            .clicked()
        {
            commands.push(Command::LeaveCompare);
        }
    });
    let name = mode.path().file_name().map_or_else(
        || mode.path().display().to_string(),
        |name| name.to_string_lossy().into_owned(),
    );
    ui.label(format!("Yours beside {name}"))
        .on_hover_text(mode.path().display().to_string());
    if mode.texts_differ() {
        ui.weak("The article texts differ: claims matched by their words and context.");
    }
    ui.label(RichText::new(mode.agreement_text()).strong());

    ui.horizontal(|ui| {
        let comparison = mode.comparison();
        let only = mode.only_disagreements();
        if ui
            .add(egui::Button::selectable(
                !only,
                format!("All {}", comparison.pairs.len()),
            ))
            .on_hover_text("Every claim of either review")
            .clicked()
        {
            commands.push(Command::SetCompareOnlyDisagreements(false));
        }
        if ui
            .add(egui::Button::selectable(
                only,
                format!("Disagree {}", comparison.disagreements()),
            ))
            .on_hover_text("Only claims both decided, differently")
            .clicked()
        {
            commands.push(Command::SetCompareOnlyDisagreements(true));
        }
    });
    // Always one line here, so the list below does not jump when a claim is selected.
    match workbench
        .selected_claim()
        .and_then(|claim| mode.comparison().pairs.iter().find(|pair| pair.left == Some(claim.id)))
    {
        Some(pair) => other_side_ui(ui, mode, pair),
        None => {
            ui.weak("Select a claim to see what the other review decided.");
        }
    }
    ui.separator();
    let header_size = vec2(ui.available_width(), ui.text_style_height(&egui::TextStyle::Body));
    ui.allocate_ui_with_layout(header_size, egui::Layout::right_to_left(egui::Align::Center), |ui| {
        ui.add_space(6.0);
        ui.weak("yours / theirs");
    });
    rows_ui(ui, workbench, mode, &mut commands);
    commands
}

/// What the other review says of the selected claim.
fn other_side_ui(ui: &mut Ui, mode: &CompareMode, pair: &ClaimPair) {
    let Some(theirs) = pair.right.and_then(|claim_id| mode.other().claim(claim_id)) else {
        ui.weak("The other review does not have the selected claim.");
        return;
    };
    let mut words = vec![format!("Theirs: {}", verdict_text(pair.right_verdict))];
    if !theirs.note.is_empty() {
        words.push(format!("note: {}", theirs.note.replace('\n', " ")));
    }
    if !theirs.sources.is_empty() {
        words.push(format!("{} sources", theirs.sources.len()));
    }
    let words = words.join(" · ");
    ui.label(words);
}

/// A verdict in words; a claim nobody decided is "to review".
fn verdict_text(verdict: Option<Verdict>) -> &'static str {
    verdict.map_or("to review", Verdict::label)
}

/// One row per shown pair: quote, then yours / theirs.
fn rows_ui(ui: &mut Ui, workbench: &Workbench, mode: &CompareMode, commands: &mut Vec<Command>) {
    let shown: Vec<&ClaimPair> = mode.shown().collect();
    if shown.is_empty() {
        ui.weak(if mode.only_disagreements() {
            "No disagreements: where both decided, they decided alike."
        } else {
            "Neither review has claims."
        });
        return;
    }
    egui::ScrollArea::vertical()
        .id_salt("compare list")
        .auto_shrink(false)
        .show_rows(ui, ROW_HEIGHT, shown.len(), |ui, rows| {
            for row in rows {
                let Some(pair) = shown.get(row) else { continue };
                let selected = pair.left.is_some() && workbench.selected() == pair.left;
                let (rect, response) = ui.allocate_exact_size(vec2(ui.available_width(), ROW_HEIGHT), Sense::click());
                let label = format!(
                    "{}: yours {}, theirs {}",
                    pair.quote.replace('\n', " "),
                    verdict_text(pair.left_verdict),
                    verdict_text(pair.right_verdict)
                );
                response.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, selected, &label));
                paint_pair(ui, rect, &response, pair, selected);
                let response = response.on_hover_text(&label);
                if response.clicked()
                    && let Some(claim_id) = pair.left
                {
                    commands.push(Command::Select(Some(claim_id)));
                }
            }
        });
}

fn paint_pair(ui: &Ui, rect: Rect, response: &egui::Response, pair: &ClaimPair, selected: bool) {
    let visuals = ui.visuals();
    let painter = ui.painter_at(rect);
    super::claim_list::paint_row_background(ui, rect, response, selected);
    let text_color = if selected {
        visuals.selection.stroke.color
    } else {
        visuals.text_color()
    };
    let verdicts = format!(
        "{} / {}",
        verdict_text(pair.left_verdict),
        verdict_text(pair.right_verdict)
    );
    let verdict_color = if selected {
        text_color
    } else if pair.disagrees() {
        theme::conflict_color(visuals)
    } else {
        visuals.weak_text_color()
    };
    let verdict_galley = painter.layout_no_wrap(verdicts, FontId::proportional(12.0), verdict_color);
    let verdict_width = verdict_galley.size().x;
    painter.galley(
        rect.right_center() - vec2(6.0 + verdict_width, verdict_galley.size().y / 2.0),
        verdict_galley,
        verdict_color,
    );
    if pair.disagrees() {
        painter.text(
            rect.left_center() + vec2(6.0, 0.0),
            Align2::LEFT_CENTER,
            "≠",
            FontId::proportional(13.5),
            verdict_color,
        );
    }
    let quote_rect = Rect::from_min_max(rect.min + vec2(20.0, 0.0), rect.max - vec2(verdict_width + 14.0, 0.0));
    let mut job =
        egui::text::LayoutJob::simple_singleline(pair.quote.replace('\n', " "), FontId::proportional(13.5), text_color);
    job.wrap = egui::text::TextWrapping {
        max_width: quote_rect.width().max(10.0),
        max_rows: 1,
        break_anywhere: true,
        overflow_character: Some('…'),
    };
    let galley = ui.fonts_mut(|fonts| fonts.layout_job(job));
    let text_pos = quote_rect.left_center() - vec2(0.0, galley.size().y / 2.0);
    painter.galley(text_pos, galley, text_color);
}
