//! Painting a paragraph: the text selection, claim backgrounds, the text, underlines in each
//! status's style, the selected claim's outline. Colours come from the theme.

use egui::{Color32, Rect, Shape, Stroke, Ui, pos2, vec2};

use crate::app::Workbench;

use super::ArticleView;
use super::geometry::byte_range_rects;
use crate::ui::theme::{self, UnderlineStyle};

impl ArticleView {
    /// Paints the drawn paragraphs (selection, highlights, text, underlines, outline) and
    /// returns the area each covers.
    pub(super) fn paint(&self, ui: &Ui, workbench: &Workbench) -> Vec<(usize, Rect)> {
        let visuals = ui.visuals().clone();
        let painter = ui.painter().clone();
        let selection = self.selection_range();
        let selected = workbench.selected();
        let text_color = theme::article_text(&visuals);
        let mut hit_rects: Vec<(usize, Rect)> = Vec::with_capacity(self.drawn.len());
        for &(paragraph, origin) in &self.drawn {
            let Some(laid) = self.cache.get(&paragraph) else {
                continue;
            };
            let offset = origin.to_vec2();
            if let Some(selection) = &selection {
                for rect in byte_range_rects(laid, selection.clone()) {
                    painter.rect_filled(rect.translate(offset), 2.0, theme::text_selection(&visuals));
                }
            }
            for claim_rects in &laid.claims {
                let Some(claim) = workbench.project().claims.get(claim_rects.claim_index) else {
                    continue;
                };
                let look = theme::look_of(&visuals, claim);
                for rect in &claim_rects.rects {
                    painter.rect_filled(rect.translate(offset), 2.0, look.background);
                }
            }
            painter.galley(origin, laid.galley.clone(), text_color);
            for claim_rects in &laid.claims {
                let Some(claim) = workbench.project().claims.get(claim_rects.claim_index) else {
                    continue;
                };
                let look = theme::look_of(&visuals, claim);
                if let Some(last) = claim_rects.rects.last()
                    && crate::ui::seen_before::is_seen_before(ui.ctx(), claim.id)
                {
                    crate::ui::seen_before::paint_marker(&painter, &visuals, last.translate(offset).right_top());
                }
                let drop = 1.0 + 3.0 * claim_rects.depth as f32;
                for rect in &claim_rects.rects {
                    let rect = rect.translate(offset);
                    underline(
                        &painter,
                        rect.left(),
                        rect.right(),
                        rect.bottom() - 1.0 + drop - 2.0,
                        look.underline,
                        look.line,
                    );
                    if selected == Some(claim.id) {
                        painter.rect_stroke(
                            rect.expand(1.5),
                            3.0,
                            theme::selected_outline(&visuals),
                            egui::StrokeKind::Outside,
                        );
                    }
                }
            }
            let size = laid.galley.rect.size();
            hit_rects.push((
                paragraph,
                Rect::from_min_size(origin, vec2(self.width.max(size.x), size.y + self.gap_after(paragraph))),
            ));
        }
        hit_rects
    }
}

/// Draws a claim's underline in its status style.
fn underline(painter: &egui::Painter, left: f32, right: f32, y: f32, style: UnderlineStyle, color: Color32) {
    let stroke = Stroke::new(1.5, color);
    match style {
        UnderlineStyle::Solid => {
            painter.line_segment([pos2(left, y), pos2(right, y)], stroke);
        }
        UnderlineStyle::Dotted => {
            painter.extend(Shape::dashed_line(&[pos2(left, y), pos2(right, y)], stroke, 2.0, 2.0));
        }
        UnderlineStyle::None => {}
        UnderlineStyle::Wavy => {
            let mut points = Vec::new();
            let mut x = left;
            let mut up = true;
            while x < right {
                points.push(pos2(x, if up { y - 1.5 } else { y + 1.0 }));
                x += 2.5;
                up = !up;
            }
            points.push(pos2(right, y));
            painter.add(Shape::line(points, stroke));
        }
    }
}
