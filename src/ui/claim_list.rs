//! The claim list: progress, filter chips, search, sort, and one row per claim (virtualised).

use egui::{Align2, FontId, Rect, Sense, Ui, vec2};

use crate::app::{Command, Filter, SortKey, Workbench};
use crate::model::ClaimId;

use super::theme;

/// Height of one row of the list.
const ROW_HEIGHT: f32 = 22.0;

/// The list's own state: focus and scrolling (the search text is the workbench's).
#[derive(Default)]
pub struct ClaimListView {
    focus_search: bool,
    scroll_to: Option<ClaimId>,
}

impl ClaimListView {
    /// Moves the keyboard focus to the search field on the next frame.
    pub fn focus_search(&mut self) {
        self.focus_search = true;
    }

    /// Scrolls the row of `claim_id` into view on the next frame.
    pub fn reveal(&mut self, claim_id: ClaimId) {
        self.scroll_to = Some(claim_id);
    }

    /// Empties the search field (another file was opened).
    pub fn reset(&mut self) {
        *self = Self::default();
    }

    /// Shows the list; returns what the analyst asked for.
    pub fn claim_list_ui(&mut self, ui: &mut Ui, workbench: &Workbench) -> Vec<Command> {
        let mut commands = Vec::new();
        self.header_ui(ui, workbench, &mut commands);
        self.rows_ui(ui, workbench, &mut commands);
        commands
    }

    /// Progress, filter chips, search and sort.
    fn header_ui(&mut self, ui: &mut Ui, workbench: &Workbench, commands: &mut Vec<Command>) {
        let counts = workbench.project().counts();
        ui.horizontal(|ui| {
            ui.heading("Claims");
            ui.label(format!("{} of {} reviewed", counts.reviewed, counts.total));
        });
        let fraction = if counts.total == 0 {
            0.0
        } else {
            counts.reviewed as f32 / counts.total as f32
        };
        ui.add(
            egui::ProgressBar::new(fraction)
                .desired_height(6.0)
                .fill(theme::progress_fill(ui.visuals())),
        )
        .on_hover_text(format!("{} of {} claims reviewed", counts.reviewed, counts.total));

        ui.horizontal_wrapped(|ui| {
            // Five chips on one line in the default panel width.
            ui.spacing_mut().button_padding = vec2(5.0, 1.0);
            ui.spacing_mut().item_spacing.x = 4.0;
            for filter in Filter::ALL {
                let count = workbench.filter_count(filter);
                // The Conflicts chip only once a merge left some (or while it is chosen).
                if filter == Filter::Conflicts && count == 0 && workbench.filter() != filter {
                    continue;
                }
                let chip = ui
                    .add(egui::Button::selectable(
                        workbench.filter() == filter,
                        format!("{} {count}", filter.label()),
                    ))
                    .on_hover_text(format!("Show {} claims", filter.label().to_lowercase()));
                if chip.clicked() {
                    commands.push(Command::SetFilter(filter));
                }
            }
        });

        let mut search_text = workbench.search().to_owned();
        let search = ui.add(
            egui::TextEdit::singleline(&mut search_text)
                .hint_text("Search claims, notes, sources")
                .desired_width(f32::INFINITY),
        );
        if std::mem::take(&mut self.focus_search) {
            search.request_focus();
        }
        if search.changed() {
            commands.push(Command::SetSearch(search_text));
        }
        egui::ComboBox::from_label("Sort")
            .selected_text(workbench.sort().label())
            .show_ui(ui, |ui| {
                for sort in SortKey::ALL {
                    if ui.selectable_label(workbench.sort() == sort, sort.label()).clicked() {
                        commands.push(Command::SetSort(sort));
                    }
                }
            });
        ui.separator();
    }

    /// One row per listed claim, only the rows in view built.
    fn rows_ui(&mut self, ui: &mut Ui, workbench: &Workbench, commands: &mut Vec<Command>) {
        let visible = workbench.visible();
        if visible.is_empty() {
            ui.weak(if workbench.project().claims.is_empty() {
                "No claims in this article."
            } else {
                "No claim matches."
            });
            return;
        }
        let mut scroll_area = egui::ScrollArea::vertical().id_salt("claim list").auto_shrink(false);
        if let Some(claim_id) = self.scroll_to.take()
            && let Some(row) = visible.iter().position(|&index| {
                workbench
                    .project()
                    .claims
                    .get(index)
                    .is_some_and(|claim| claim.id == claim_id)
            })
        {
            let state = egui::scroll_area::State::load(ui.ctx(), ui.make_persistent_id("claim list"));
            let offset = state.map_or(0.0, |state| state.clamped_offset().y);
            let height = ui.available_height();
            let row_top = row as f32 * (ROW_HEIGHT + ui.spacing().item_spacing.y);
            if row_top < offset || row_top + ROW_HEIGHT > offset + height {
                scroll_area = scroll_area.vertical_scroll_offset((row_top - height / 3.0).max(0.0));
            }
        }
        scroll_area.show_rows(ui, ROW_HEIGHT, visible.len(), |ui, rows| {
            for row in rows {
                let Some(claim) = visible
                    .get(row)
                    .and_then(|&index| workbench.project().claims.get(index))
                else {
                    continue;
                };
                let selected = workbench.selected() == Some(claim.id);
                let (rect, response) = ui.allocate_exact_size(vec2(ui.available_width(), ROW_HEIGHT), Sense::click());
                response.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, selected, &claim.quote));
                paint_row(ui, rect, &response, claim, selected);
                let response = response.on_hover_text(row_hint(claim));
                if response.clicked() {
                    commands.push(Command::Select(Some(claim.id)));
                }
            }
        });
    }
}

/// A small diamond before the quote: the claim has a merge conflict to resolve (a shape,
/// not a glyph: the bundled font has no warning sign).
fn conflict_marker(painter: &egui::Painter, rect: Rect, color: egui::Color32) {
    let center = rect.left_center() + vec2(22.0, 0.0);
    let r = 3.5;
    painter.add(egui::Shape::convex_polygon(
        vec![
            center + vec2(0.0, -r),
            center + vec2(r, 0.0),
            center + vec2(0.0, r),
            center + vec2(-r, 0.0),
        ],
        color,
        egui::Stroke::NONE,
    ));
}

/// The row's tooltip: its verdict in words (a claim to review has none yet).
fn row_hint(claim: &crate::model::Claim) -> String {
    if !claim.conflicts.is_empty() {
        format!(
            "Merge conflict on {}: pick a side in the inspector",
            claim
                .conflicts
                .iter()
                .map(crate::model::Conflict::field)
                .collect::<Vec<_>>()
                .join(", ")
        )
    } else if !claim.reviewed {
        "To review: no verdict yet".to_owned()
    } else if super::inspector::needs_source(claim) {
        "Sourced, but no source is attached yet".to_owned()
    } else {
        format!("Verdict: {}", claim.status.label())
    }
}

/// The background of a list row: the selection colour, or the hover tint.
pub(super) fn paint_row_background(ui: &Ui, rect: Rect, response: &egui::Response, selected: bool) {
    let visuals = ui.visuals();
    if selected {
        ui.painter_at(rect).rect_filled(rect, 3.0, visuals.selection.bg_fill);
    } else if response.hovered() {
        ui.painter_at(rect)
            .rect_filled(rect, 3.0, visuals.widgets.hovered.weak_bg_fill);
    }
}

fn paint_row(ui: &Ui, rect: Rect, response: &egui::Response, claim: &crate::model::Claim, selected: bool) {
    let visuals = ui.visuals();
    let painter = ui.painter_at(rect);
    paint_row_background(ui, rect, response, selected);
    let text_color = if selected {
        visuals.selection.stroke.color
    } else {
        theme::list_text(claim, visuals.text_color())
    };
    let font = FontId::proportional(13.5);
    let marker_color = if selected {
        text_color
    } else {
        theme::status_text_color(visuals, claim.status, claim.reviewed)
    };
    painter.text(
        rect.left_center() + vec2(6.0, 0.0),
        Align2::LEFT_CENTER,
        theme::status_marker(claim.status, claim.reviewed),
        font.clone(),
        marker_color,
    );
    if super::inspector::needs_source(claim) {
        painter.text(
            rect.left_center() + vec2(16.0, 0.0),
            Align2::LEFT_CENTER,
            "!",
            FontId::proportional(11.0),
            if selected {
                text_color
            } else {
                theme::gentle_warning(visuals)
            },
        );
    }
    if !claim.conflicts.is_empty() {
        conflict_marker(
            &painter,
            rect,
            if selected {
                text_color
            } else {
                theme::conflict_color(visuals)
            },
        );
    }
    let kind_width = 78.0;
    if super::seen_before::is_seen_before(ui.ctx(), claim.id) {
        super::seen_before::paint_marker(&painter, visuals, rect.right_center() - vec2(kind_width - 7.0, 0.0));
    }
    let right = format!("{}", claim.kind);
    painter.text(
        rect.right_center() - vec2(6.0, 0.0),
        Align2::RIGHT_CENTER,
        right,
        FontId::proportional(12.0),
        visuals.weak_text_color(),
    );
    // Room for the status, source and conflict markers before the quote.
    let quote_rect = Rect::from_min_max(rect.min + vec2(30.0, 0.0), rect.max - vec2(kind_width, 0.0));
    let mut quote = claim.quote.replace('\n', " ");
    if claim.dismissed {
        quote = format!("{quote} (dismissed)");
    }
    // One row, cut with an ellipsis: the full quote is in the inspector.
    let mut job = egui::text::LayoutJob::simple_singleline(quote, font, text_color);
    job.wrap = egui::text::TextWrapping {
        max_width: quote_rect.width(),
        max_rows: 1,
        break_anywhere: true,
        overflow_character: Some('…'),
    };
    let galley = ui.fonts_mut(|fonts| fonts.layout_job(job));
    let text_pos = quote_rect.left_center() - vec2(0.0, galley.size().y / 2.0);
    painter.galley(text_pos, galley, text_color);
}
