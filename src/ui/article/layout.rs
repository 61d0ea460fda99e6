//! Paragraphs: the text cut at line breaks (long lines into pieces), each laid out on its
//! own and cached by paragraph and width, with its claims' rectangles.

use std::ops::Range;
use std::sync::Arc;

use egui::{Color32, FontId, Galley, Rect, Ui};

use crate::app::Workbench;

use super::geometry::byte_range_rects;
use super::{ArticleView, FONT_SIZE, LINE_HEIGHT, MAX_CACHED, MAX_PIECE_BYTES, PARAGRAPH_GAP};

/// One paragraph laid out at one width, with its claims' positions in the galley.
pub(super) struct Laid {
    pub(super) galley: Arc<Galley>,
    /// Byte offset (into the article) of each char of the paragraph, then of its end.
    pub(super) char_bytes: Vec<usize>,
    /// Per claim shown in the paragraph: its index in `project.claims`, how many claims enclose
    /// it, and its rectangles (one per row) relative to the galley.
    pub(super) claims: Vec<ClaimRects>,
    /// The `spans_version` `claims` was computed for.
    pub(super) spans_version: u64,
}

pub(super) struct ClaimRects {
    pub(super) claim_index: usize,
    pub(super) depth: usize,
    pub(super) rects: Vec<Rect>,
}

impl ArticleView {
    pub(super) fn gap_after(&self, paragraph: usize) -> f32 {
        if self.continued.get(paragraph).copied().unwrap_or(false) {
            0.0
        } else {
            PARAGRAPH_GAP
        }
    }

    pub(super) fn rebuild_index(&mut self, workbench: &Workbench) {
        let text = &workbench.project().article.text;
        if self.text_len != text.len() || self.paragraphs.is_empty() {
            (self.paragraphs, self.continued) = paragraph_ranges(text);
            self.text_len = text.len();
            self.cache.clear();
            self.heights.clear();
        }
        let mut paragraph_claims = vec![Vec::new(); self.paragraphs.len()];
        for (claim_index, claim) in workbench.project().claims.iter().enumerate() {
            if !workbench.shows_in_article(claim) {
                continue;
            }
            let first = self.paragraphs.partition_point(|range| range.end <= claim.start);
            for (paragraph, range) in self.paragraphs.iter().enumerate().skip(first) {
                if range.start >= claim.end {
                    break;
                }
                if let Some(list) = paragraph_claims.get_mut(paragraph) {
                    list.push(claim_index);
                }
            }
        }
        self.paragraph_claims = paragraph_claims;
        self.spans_version = Some(workbench.spans_version());
    }

    pub(super) fn ensure_heights(&mut self, width: f32, row_height: f32) {
        if (self.width - width).abs() > 0.5 || self.heights.len() != self.paragraphs.len() {
            self.width = width;
            self.cache.clear();
            let chars_per_row = (width / (FONT_SIZE * 0.48)).max(1.0);
            self.heights = self
                .paragraphs
                .iter()
                .enumerate()
                .map(|(paragraph, range)| {
                    let rows = ((range.len() as f32) / chars_per_row).ceil().max(1.0);
                    rows * row_height + self.gap_after(paragraph)
                })
                .collect();
            self.tops_dirty = true;
        }
        if self.tops_dirty {
            self.tops.clear();
            self.tops.reserve(self.heights.len() + 1);
            let mut top = 0.0;
            self.tops.push(top);
            for height in &self.heights {
                top += height;
                self.tops.push(top);
            }
            self.tops_dirty = false;
        }
    }

    /// Lays out `paragraph` (or takes it from the cache) and brings its claim rects up to date.
    pub(super) fn laid(&mut self, ui: &Ui, paragraph: usize, workbench: &Workbench) -> Option<&Laid> {
        let spans_version = workbench.spans_version();
        if !self.cache.contains_key(&paragraph) {
            if self.cache.len() > MAX_CACHED {
                self.cache.clear();
            }
            let range = self.paragraphs.get(paragraph)?.clone();
            let text = workbench.project().article.text.get(range.clone())?;
            let format = egui::TextFormat {
                font_id: FontId::proportional(FONT_SIZE),
                // Coloured at paint time, so one layout serves both themes.
                color: Color32::PLACEHOLDER,
                line_height: Some(LINE_HEIGHT),
                ..egui::TextFormat::default()
            };
            let mut job = egui::text::LayoutJob::single_section(text.to_owned(), format);
            job.wrap.max_width = self.width;
            let galley = ui.fonts_mut(|fonts| fonts.layout_job(job));
            let mut char_bytes: Vec<usize> = text.char_indices().map(|(byte, _)| range.start + byte).collect();
            char_bytes.push(range.end);
            let height = galley.rect.height().max(FONT_SIZE * 0.6) + self.gap_after(paragraph);
            if let Some(slot) = self.heights.get_mut(paragraph)
                && (*slot - height).abs() > 0.1
            {
                *slot = height;
                self.tops_dirty = true;
            }
            self.cache.insert(
                paragraph,
                Laid {
                    galley,
                    char_bytes,
                    claims: Vec::new(),
                    spans_version: spans_version.wrapping_add(1),
                },
            );
        }
        let claim_indices = self.paragraph_claims.get(paragraph)?;
        let laid = self.cache.get_mut(&paragraph)?;
        if laid.spans_version != spans_version {
            laid.claims = claim_rects_in(laid, claim_indices, workbench);
            laid.spans_version = spans_version;
        }
        Some(laid)
    }
}

/// Byte ranges of the pieces laid out one by one: the text between newlines (newlines left
/// out), long lines cut into pieces of about [`MAX_PIECE_BYTES`]; and for each piece whether
/// the next one continues its line.
pub(super) fn paragraph_ranges(text: &str) -> (Vec<Range<usize>>, Vec<bool>) {
    let mut ranges = Vec::new();
    let mut continued = Vec::new();
    let mut start = 0;
    for line_end in text
        .match_indices('\n')
        .map(|(at, _)| at)
        .chain(std::iter::once(text.len()))
    {
        while line_end - start > MAX_PIECE_BYTES {
            let cut = piece_end(text, start, start + MAX_PIECE_BYTES);
            ranges.push(start..cut);
            continued.push(true);
            start = cut;
        }
        ranges.push(start..line_end);
        continued.push(false);
        start = line_end + 1;
    }
    (ranges, continued)
}

/// Where to end a piece that starts at `start` and should end by `limit`: after the last
/// sentence end, else the last space, else at the last char boundary.
fn piece_end(text: &str, start: usize, limit: usize) -> usize {
    let mut limit = limit;
    while limit > start && !text.is_char_boundary(limit) {
        limit -= 1;
    }
    let window = text.get(start..limit).unwrap_or("");
    let after = |at: usize, len: usize| start + at + len;
    let cut = window
        .rfind(". ")
        .map(|at| after(at, 2))
        .or_else(|| window.rfind(' ').map(|at| after(at, 1)))
        .filter(|&cut| cut > start)
        .unwrap_or(limit);
    if cut > start { cut } else { text.len().min(start + 1) }
}

fn claim_rects_in(laid: &Laid, claim_indices: &[usize], workbench: &Workbench) -> Vec<ClaimRects> {
    let claims = &workbench.project().claims;
    claim_indices
        .iter()
        .filter_map(|&claim_index| {
            let claim = claims.get(claim_index)?;
            let depth = claim_indices
                .iter()
                .filter(|&&other| other != claim_index)
                .filter_map(|&other| claims.get(other))
                .filter(|other| {
                    other.start <= claim.start
                        && other.end >= claim.end
                        && (other.start, other.end) != (claim.start, claim.end)
                })
                .count();
            Some(ClaimRects {
                claim_index,
                depth,
                rects: byte_range_rects(laid, claim.start..claim.end),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_leave_newlines_out() {
        assert_eq!(paragraph_ranges("ab\n\ncd").0, vec![0..2, 3..3, 4..6]);
        assert_eq!(paragraph_ranges("").0, vec![0..0]);
    }

    #[test]
    fn a_very_long_line_is_cut_after_sentences_on_char_boundaries() {
        let sentence = "Ça coûte 60,000 roubles. ";
        let text = sentence.repeat(2000);
        let (ranges, continued) = paragraph_ranges(&text);
        assert!(ranges.len() > 10);
        assert_eq!(ranges.first().map(|range| range.start), Some(0));
        assert_eq!(ranges.last().map(|range| range.end), Some(text.len()));
        for pair in ranges.windows(2) {
            assert_eq!(pair[0].end, pair[1].start, "pieces of one line are contiguous");
            assert!(text[pair[0].clone()].ends_with(". "));
        }
        assert!(ranges.iter().all(|range| range.len() <= MAX_PIECE_BYTES));
        assert_eq!(continued.iter().filter(|&&more| !more).count(), 1);
        let spaceless = "é".repeat(5000);
        let (ranges, _) = paragraph_ranges(&spaceless);
        assert!(
            ranges
                .iter()
                .all(|range| spaceless.is_char_boundary(range.start) && spaceless.is_char_boundary(range.end))
        );
    }
}
