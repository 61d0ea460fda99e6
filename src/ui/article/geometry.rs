//! Between the model's byte offsets, the galley's char indices and screen positions.

use std::ops::Range;

use egui::{Galley, Rect, Vec2, pos2};

use super::layout::Laid;

/// One rectangle per galley row covered by the byte range (clipped to the paragraph).
pub(super) fn byte_range_rects(laid: &Laid, range: Range<usize>) -> Vec<Rect> {
    let first_char = laid.char_bytes.partition_point(|&byte| byte < range.start);
    let end_char = laid.char_bytes.partition_point(|&byte| byte < range.end);
    let mut rects = Vec::new();
    let mut row_start = 0;
    for placed in &laid.galley.rows {
        let count = placed.row.glyphs.len();
        let from = first_char.max(row_start);
        let to = end_char.min(row_start + count);
        if from < to
            && let (Some(first), Some(last)) = (
                placed.row.glyphs.get(from - row_start),
                placed.row.glyphs.get(to - 1 - row_start),
            )
        {
            let left = placed.pos.x + first.pos.x;
            let right = placed.pos.x + last.max_x();
            // The text sits centred in its taller line: cover the letters, not the spacing.
            let top = placed.pos.y + (placed.row.size.y - first.font_height) / 2.0 - 1.0;
            rects.push(Rect::from_min_max(
                pos2(left, top),
                pos2(right, top + first.font_height + 2.0),
            ));
        }
        row_start += count;
    }
    rects
}

/// Rectangle of the char at `char_index` (the caret before it); `prefer_next_row` places a char
/// right after a soft wrap at the start of the next row.
pub(super) fn char_rect(galley: &Galley, char_index: usize, prefer_next_row: bool) -> Rect {
    let cursor = egui::text::CCursor {
        index: char_index.into(),
        prefer_next_row,
    };
    galley.pos_from_cursor(cursor)
}

/// The char whose glyph is under `pos` (galley coordinates), if any; none in the blank after
/// a row's end.
pub(super) fn char_under(galley: &Galley, pos: Vec2) -> Option<usize> {
    let mut row_start = 0;
    for placed in &galley.rows {
        let count = placed.row.glyphs.len();
        let top = placed.pos.y;
        if pos.y >= top && pos.y < top + placed.row.size.y {
            let x = pos.x - placed.pos.x;
            return placed
                .row
                .glyphs
                .iter()
                .position(|glyph| x >= glyph.pos.x && x < glyph.max_x())
                .map(|column| row_start + column);
        }
        row_start += count;
    }
    None
}

/// The caret (between chars) nearest `pos` in galley coordinates.
pub(super) fn caret_index(galley: &Galley, pos: Vec2) -> usize {
    let mut row_start = 0;
    let last_row = galley.rows.len().saturating_sub(1);
    for (row_number, placed) in galley.rows.iter().enumerate() {
        let count = placed.row.glyphs.len();
        if pos.y < placed.pos.y + placed.row.size.y || row_number == last_row {
            if pos.y < placed.pos.y && row_number == 0 {
                return 0;
            }
            return row_start + placed.row.char_at(pos.x - placed.pos.x).0;
        }
        row_start += count;
    }
    row_start
}

#[cfg(test)]
mod tests {
    use egui::{Color32, FontId};
    #[test]
    fn wrapped_rows_hold_every_char_once() {
        let ctx = egui::Context::default();
        let text = "In a 50-minute call, their second conversation this month, Biden said he had to see Russia downsize its military near Ukraine, «Ça va» dit-il.";
        let mut rows_chars = 0;
        let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
            let job =
                egui::text::LayoutJob::simple(text.to_owned(), FontId::proportional(16.0), Color32::PLACEHOLDER, 150.0);
            let galley = ui.fonts_mut(|fonts| fonts.layout_job(job));
            assert!(galley.rows.len() > 3);
            rows_chars = galley.rows.iter().map(|row| row.row.glyphs.len()).sum();
        });
        // Dropping undelivered texture updates panics in debug builds.
        output.textures_delta.clear();
        assert_eq!(rows_chars, text.chars().count());
    }
}
