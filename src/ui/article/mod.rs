//! The article, wrapped, with every claim highlighted; click to select, drag to select text.
//!
//! Positions come in as UTF-8 byte offsets (the model's unit) and are converted to char
//! indices here only, per paragraph, through a table cached with the paragraph's layout.
//!
//! A 1 MB article cannot be one galley: any change would lay out all of it again. So the text
//! is cut into paragraphs (at `\n`), each laid out on its own, cached by (paragraph, width),
//! and only the paragraphs in view are laid out and drawn. Highlights are painted under the
//! galley rather than baked into it, so a status change re-lays out nothing.
//!
//! The view is split by concern: [`layout`] cuts the text into paragraphs and lays them out
//! (cached), [`geometry`] maps between bytes, chars and galley positions, [`paint`] draws
//! highlights and text, [`pointer`] turns clicks and drags into selections and commands,
//! [`context_menu`] is the right-click menu.

mod context_menu;
mod geometry;
mod layout;
mod margin;
mod paint;
mod pointer;

use std::collections::HashMap;
use std::ops::Range;

use egui::{Pos2, Rect, Ui, Vec2, pos2, vec2};

use crate::app::{Command, Workbench};
use crate::model::ClaimId;

use geometry::char_rect;
use layout::Laid;
use pointer::TextSelection;

/// Widest the text runs, for readable lines on a wide window.
const MAX_TEXT_WIDTH: f32 = 760.0;
/// Space after each paragraph.
const PARAGRAPH_GAP: f32 = 6.0;
/// Longest piece of text laid out as one galley: a megabyte on one line (some exports have no
/// line breaks) is cut after a sentence or a space near this many bytes.
const MAX_PIECE_BYTES: usize = 4096;
/// Space around the text.
const MARGIN: f32 = 16.0;
/// Reading size of the article text.
const FONT_SIZE: f32 = 16.0;
/// Line spacing: airier than egui's default, for reading and so that the highlights of two
/// lines don't touch.
const LINE_HEIGHT: f32 = FONT_SIZE * 1.5;
/// How many paragraph layouts are kept before the cache is emptied.
const MAX_CACHED: usize = 3000;

/// The article view and what it caches between frames.
#[derive(Default)]
pub struct ArticleView {
    paragraphs: Vec<Range<usize>>,
    /// Whether the piece after each one continues the same paragraph (no gap between them).
    continued: Vec<bool>,
    paragraph_claims: Vec<Vec<usize>>,
    spans_version: Option<u64>,
    text_len: usize,
    width: f32,
    heights: Vec<f32>,
    tops: Vec<f32>,
    tops_dirty: bool,
    cache: HashMap<usize, Laid>,
    /// The text selection this frame: the workbench's, or the one being dragged (the drag's
    /// anchor is the view's own; the range goes to the workbench as a command).
    selection: Option<TextSelection>,
    /// The primary button went down on the article and is still held.
    dragging: bool,
    scroll_to: Option<ClaimId>,
    context_claim: Option<ClaimId>,
    /// Paragraphs drawn last frame and where.
    drawn: Vec<(usize, Pos2)>,
    viewport: Option<Rect>,
}

impl ArticleView {
    /// Forgets everything about the previous article (another file was opened).
    pub fn reset(&mut self) {
        *self = Self::default();
    }

    /// Scrolls `claim_id` into view on the next frame (if it isn't already).
    pub fn reveal(&mut self, claim_id: ClaimId) {
        self.scroll_to = Some(claim_id);
    }

    /// The selected text as a byte range of the article, if any.
    fn selection_range(&self) -> Option<Range<usize>> {
        let selection = self.selection?;
        let range = selection.anchor.min(selection.head)..selection.anchor.max(selection.head);
        (!range.is_empty()).then_some(range)
    }

    /// Screen rectangles (one per row) of the claim `claim_id` as drawn last frame; empty when
    /// it was not in view. Tests click claims through it.
    pub fn claim_rects(&self, claim_id: ClaimId, workbench: &Workbench) -> Vec<Rect> {
        let mut out = Vec::new();
        for &(paragraph, origin) in &self.drawn {
            let Some(laid) = self.cache.get(&paragraph) else {
                continue;
            };
            for claim in &laid.claims {
                if workbench
                    .project()
                    .claims
                    .get(claim.claim_index)
                    .is_some_and(|found| found.id == claim_id)
                {
                    out.extend(claim.rects.iter().map(|rect| rect.translate(origin.to_vec2())));
                }
            }
        }
        out
    }

    /// The screen position of the caret before byte `offset`, as drawn last frame (for tests
    /// that drag across words).
    pub fn caret_pos(&self, offset: usize) -> Option<Pos2> {
        self.drawn.iter().find_map(|&(paragraph, origin)| {
            let range = self.paragraphs.get(paragraph)?;
            if offset < range.start || offset > range.end {
                return None;
            }
            let laid = self.cache.get(&paragraph)?;
            let char_index = laid.char_bytes.partition_point(|&byte| byte < offset);
            let rect = char_rect(&laid.galley, char_index, true);
            Some(origin + vec2(rect.min.x, rect.center().y))
        })
    }

    /// Shows the article; returns what the analyst asked for.
    pub fn article_ui(&mut self, ui: &mut Ui, workbench: &Workbench) -> Vec<Command> {
        let mut commands = Vec::new();
        if !self.dragging {
            // The app owns the selection (a claim added from it clears it): follow it.
            self.selection = workbench.text_selection().map(|range| TextSelection {
                anchor: range.start,
                head: range.end,
            });
        }
        if self.spans_version != Some(workbench.spans_version())
            || self.text_len != workbench.project().article.text.len()
        {
            self.rebuild_index(workbench);
        }
        let row_height = LINE_HEIGHT;
        let width = (ui.available_width() - 2.0 * MARGIN - ui.spacing().scroll.bar_width).clamp(120.0, MAX_TEXT_WIDTH);
        self.ensure_heights(width, row_height);

        let mut scroll_area = egui::ScrollArea::vertical().id_salt("article").auto_shrink(false);
        if let Some(offset) = self.scroll_target(ui, workbench) {
            scroll_area = scroll_area.vertical_scroll_offset(offset);
        }
        scroll_area.show_viewport(ui, |ui, viewport| {
            self.viewport = Some(viewport);
            self.ensure_heights(width, row_height);
            let total = self.tops.last().copied().unwrap_or(0.0) + 2.0 * MARGIN;
            let content_left =
                ui.max_rect().left() + MARGIN + ((ui.available_width() - 2.0 * MARGIN - width) / 2.0).max(0.0);
            let content_top = ui.max_rect().top() + MARGIN;
            ui.set_min_height(total);
            ui.set_min_width(width + 2.0 * MARGIN);

            let first = self
                .tops
                .partition_point(|&top| top <= viewport.min.y - MARGIN)
                .saturating_sub(1);
            self.drawn.clear();
            let mut paragraph = first;
            while paragraph < self.paragraphs.len() {
                let Some(&top) = self.tops.get(paragraph) else { break };
                if top > viewport.max.y {
                    break;
                }
                let origin = pos2(content_left, content_top + top);
                if self.laid(ui, paragraph, workbench).is_some() {
                    self.drawn.push((paragraph, origin));
                }
                paragraph += 1;
            }
            // Layouts above may have changed heights; positions settle next frame.
            if self.tops_dirty {
                ui.ctx().request_repaint();
            }
            self.paint_and_interact(ui, workbench, &mut commands);
        });
        self.copy_selection(ui, workbench);
        let range = self.selection_range();
        if range != workbench.text_selection() {
            commands.push(Command::SelectText(range));
        }
        commands
    }

    /// The scroll offset that brings a claim asked for by `reveal` into view, if it is not.
    fn scroll_target(&mut self, ui: &Ui, workbench: &Workbench) -> Option<f32> {
        let claim_id = self.scroll_to.take()?;
        let claim_index = workbench
            .project()
            .claims
            .iter()
            .position(|claim| claim.id == claim_id)?;
        let claim = workbench.project().claims.get(claim_index)?;
        let paragraph = self.paragraphs.partition_point(|range| range.end <= claim.start);
        let top = *self.tops.get(paragraph)?;
        let in_galley = self
            .laid(ui, paragraph, workbench)
            .and_then(|laid| laid.claims.iter().find(|rects| rects.claim_index == claim_index))
            .and_then(|rects| rects.rects.first().copied())
            .unwrap_or(Rect::from_min_size(Pos2::ZERO, Vec2::splat(FONT_SIZE)));
        let claim_top = MARGIN + top + in_galley.min.y;
        let claim_bottom = MARGIN + top + in_galley.max.y;
        let viewport = self.viewport.unwrap_or(Rect::NOTHING);
        let visible = viewport.height() > 0.0 && claim_top >= viewport.min.y && claim_bottom <= viewport.max.y;
        if visible {
            return None;
        }
        let height = if viewport.height() > 0.0 {
            viewport.height()
        } else {
            ui.available_height()
        };
        Some((claim_top - height / 3.0).max(0.0))
    }

    fn paint_and_interact(&mut self, ui: &mut Ui, workbench: &Workbench, commands: &mut Vec<Command>) {
        self.paint_margin(ui, workbench);
        let hit_rects = self.paint(ui, workbench);
        self.track_text_selection(ui, &hit_rects);
        self.interact(ui, workbench, &hit_rects, commands);
    }
}
