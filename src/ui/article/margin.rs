//! The faint score bar in the left margin: beside every sentence the check-worthiness model
//! scored (a statement claim), a thin bar whose strength is the score, so the analyst sees at
//! a glance where the checkable prose is.

use egui::{Rect, Ui, vec2};

use crate::app::{Workbench, own_score};

use super::ArticleView;
use crate::ui::theme;

/// Width of the bar.
const BAR_WIDTH: f32 = 3.0;
/// Gap between the bar and the text.
const BAR_GAP: f32 = 6.0;

impl ArticleView {
    /// Paints the score bars of the drawn paragraphs.
    pub(super) fn paint_margin(&self, ui: &Ui, workbench: &Workbench) {
        let visuals = ui.visuals();
        let painter = ui.painter();
        for &(paragraph, origin) in &self.drawn {
            let Some(laid) = self.cache.get(&paragraph) else {
                continue;
            };
            for claim_rects in &laid.claims {
                let Some(score) = workbench
                    .project()
                    .claims
                    .get(claim_rects.claim_index)
                    .filter(|claim| !claim.dismissed)
                    .and_then(own_score)
                else {
                    continue;
                };
                let color = theme::score_bar(visuals, score);
                for rect in &claim_rects.rects {
                    // One bar per row, the full line height, so the rows of a sentence join up.
                    let top = origin.y + rect.top() - 2.0;
                    let bottom = origin.y + rect.bottom() + 2.0;
                    let left = origin.x - BAR_GAP - BAR_WIDTH;
                    painter.rect_filled(
                        Rect::from_min_max(egui::pos2(left, top), egui::pos2(left, bottom) + vec2(BAR_WIDTH, 0.0)),
                        1.0,
                        color,
                    );
                }
            }
        }
    }
}
