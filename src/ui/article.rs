//! The article, wrapped, with every claim highlighted; click to select, drag to select text.
//!
//! Positions come in as UTF-8 byte offsets (the model's unit) and are converted to char
//! indices here only, per paragraph, through a table cached with the paragraph's layout.
//!
//! A 1 MB article cannot be one galley: any change would lay out all of it again. So the text
//! is cut into paragraphs (at `\n`), each laid out on its own, cached by (paragraph, width),
//! and only the paragraphs in view are laid out and drawn. Highlights are painted under the
//! galley rather than baked into it, so a status change re-lays out nothing.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;

use egui::{Color32, FontId, Galley, Pos2, Rect, Sense, Shape, Stroke, Ui, Vec2, pos2, vec2};

use crate::app::{Command, Workbench};
use crate::model::{ClaimId, Kind, Status};

use super::theme::{self, UnderlineStyle};

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

/// One paragraph laid out at one width, with its claims' positions in the galley.
struct Laid {
    galley: Arc<Galley>,
    /// Byte offset (into the article) of each char of the paragraph, then of its end.
    char_bytes: Vec<usize>,
    /// Per claim shown in the paragraph: its index in `project.claims`, how many claims enclose
    /// it, and its rectangles (one per row) relative to the galley.
    claims: Vec<ClaimRects>,
    /// The `spans_version` `claims` was computed for.
    spans_version: u64,
}

struct ClaimRects {
    claim_index: usize,
    depth: usize,
    rects: Vec<Rect>,
}

/// The text the analyst selected with the mouse: byte offsets, `anchor` where the drag began.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct TextSelection {
    anchor: usize,
    head: usize,
}

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
    pub fn selection_range(&self) -> Option<Range<usize>> {
        let selection = self.selection?;
        let range = selection.anchor.min(selection.head)..selection.anchor.max(selection.head);
        (!range.is_empty()).then_some(range)
    }

    /// Drops the text selection.
    pub fn clear_selection(&mut self) {
        self.selection = None;
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
                    .project
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

    fn gap_after(&self, paragraph: usize) -> f32 {
        if self.continued.get(paragraph).copied().unwrap_or(false) {
            0.0
        } else {
            PARAGRAPH_GAP
        }
    }

    fn rebuild_index(&mut self, workbench: &Workbench) {
        let text = &workbench.project.article.text;
        if self.text_len != text.len() || self.paragraphs.is_empty() {
            (self.paragraphs, self.continued) = paragraph_ranges(text);
            self.text_len = text.len();
            self.cache.clear();
            self.heights.clear();
        }
        let mut paragraph_claims = vec![Vec::new(); self.paragraphs.len()];
        for (claim_index, claim) in workbench.project.claims.iter().enumerate() {
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

    fn ensure_heights(&mut self, width: f32, row_height: f32) {
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
    fn laid(&mut self, ui: &Ui, paragraph: usize, workbench: &Workbench) -> Option<&Laid> {
        let spans_version = workbench.spans_version();
        if !self.cache.contains_key(&paragraph) {
            if self.cache.len() > MAX_CACHED {
                self.cache.clear();
            }
            let range = self.paragraphs.get(paragraph)?.clone();
            let text = workbench.project.article.text.get(range.clone())?;
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

    /// Shows the article; returns what the analyst asked for.
    pub fn article_ui(&mut self, ui: &mut Ui, workbench: &Workbench) -> Vec<Command> {
        let mut commands = Vec::new();
        if self.spans_version != Some(workbench.spans_version())
            || self.text_len != workbench.project.article.text.len()
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
        commands
    }

    /// The scroll offset that brings a claim asked for by `reveal` into view, if it is not.
    fn scroll_target(&mut self, ui: &Ui, workbench: &Workbench) -> Option<f32> {
        let claim_id = self.scroll_to.take()?;
        let claim_index = workbench.project.claims.iter().position(|claim| claim.id == claim_id)?;
        let claim = workbench.project.claims.get(claim_index)?;
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
        let hit_rects = self.paint(ui, workbench);
        self.track_text_selection(ui, &hit_rects);
        self.interact(ui, workbench, &hit_rects, commands);
    }

    /// Paints the drawn paragraphs (selection, highlights, text, underlines, outline) and
    /// returns the area each covers.
    fn paint(&self, ui: &Ui, workbench: &Workbench) -> Vec<(usize, Rect)> {
        let visuals = ui.visuals().clone();
        let painter = ui.painter().clone();
        let selection = self.selection_range();
        let selected = workbench.selected;
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
                let Some(claim) = workbench.project.claims.get(claim_rects.claim_index) else {
                    continue;
                };
                let look = theme::look_of(&visuals, claim);
                for rect in &claim_rects.rects {
                    painter.rect_filled(rect.translate(offset), 2.0, look.background);
                }
            }
            painter.galley(origin, laid.galley.clone(), text_color);
            for claim_rects in &laid.claims {
                let Some(claim) = workbench.project.claims.get(claim_rects.claim_index) else {
                    continue;
                };
                let look = theme::look_of(&visuals, claim);
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

    /// Clicks, double clicks, hovers and the context menu over the drawn paragraphs.
    fn interact(&mut self, ui: &Ui, workbench: &Workbench, hit_rects: &[(usize, Rect)], commands: &mut Vec<Command>) {
        for &(paragraph, rect) in hit_rects {
            let response = ui.interact(
                rect,
                ui.make_persistent_id(("paragraph", paragraph)),
                Sense::click_and_drag(),
            );
            response.widget_info(|| {
                let text = self
                    .paragraphs
                    .get(paragraph)
                    .and_then(|range| workbench.project.article.text.get(range.clone()))
                    .unwrap_or("");
                egui::WidgetInfo::labeled(egui::Role::Label, true, text.chars().take(200).collect::<String>())
            });
            let response = response.on_hover_cursor(egui::CursorIcon::Text);
            if response.clicked()
                && self.selection_range().is_none()
                && let Some(pos) = response.interact_pointer_pos()
                && let Some(claim_id) = self.claim_under(paragraph, rect.min, pos, workbench)
            {
                commands.push(Command::Select(Some(claim_id)));
            }
            if response.double_clicked()
                && let Some(pos) = response.interact_pointer_pos()
                && let Some(word) = self.word_at(paragraph, rect.min, pos, &workbench.project.article.text)
            {
                self.selection = Some(TextSelection {
                    anchor: word.start,
                    head: word.end,
                });
            }
            if response.triple_clicked()
                && let Some(range) = self.paragraphs.get(paragraph)
            {
                self.selection = Some(TextSelection {
                    anchor: range.start,
                    head: range.end,
                });
            }
            if response.secondary_clicked() {
                self.context_claim = response
                    .interact_pointer_pos()
                    .and_then(|pos| self.claim_under(paragraph, rect.min, pos, workbench));
                if let Some(claim_id) = self.context_claim {
                    commands.push(Command::Select(Some(claim_id)));
                }
            }
            if let Some(pos) = response.hover_pos()
                && let Some(claim_id) = self.claim_under(paragraph, rect.min, pos, workbench)
                && let Some(claim) = workbench.project.claim(claim_id)
            {
                let mut tip = format!("{} · {}", claim.kind, status_words(claim.status, claim.reviewed));
                if claim.dismissed {
                    tip.push_str(" · dismissed");
                }
                response.clone().on_hover_text_at_pointer(tip);
            }
            let context_claim = self.context_claim;
            let has_selection = self.selection_range().is_some();
            response.context_menu(|ui| {
                context_menu_ui(ui, context_claim, has_selection, workbench, commands);
            });
        }
    }

    /// Follows the primary button through the raw pointer events rather than egui's drag
    /// detection: a quick flick (press, move and release within one frame, as scripted input
    /// and fast hands produce) must select too, and egui forgets the press origin by the end of
    /// such a frame.
    fn track_text_selection(&mut self, ui: &Ui, hit_rects: &[(usize, Rect)]) {
        let events = ui.input(|input| input.events.clone());
        for event in events {
            match event {
                egui::Event::PointerButton {
                    pos,
                    button: egui::PointerButton::Primary,
                    pressed,
                    ..
                } => {
                    if pressed {
                        // Only a press on the article itself, not on a menu or popup above it:
                        // choosing "Add claim" from the context menu must find the selection.
                        if ui.ctx().layer_id_at(pos) != Some(ui.layer_id()) {
                            continue;
                        }
                        self.selection = None;
                        self.dragging = false;
                        if let Some(&(paragraph, rect)) = hit_rects.iter().find(|(_, rect)| rect.contains(pos))
                            && let Some(offset) = self.caret_at(paragraph, rect.min, pos)
                        {
                            self.selection = Some(TextSelection {
                                anchor: offset,
                                head: offset,
                            });
                            self.dragging = true;
                        }
                    } else if self.dragging {
                        self.extend_selection(pos);
                        self.dragging = false;
                    }
                }
                egui::Event::PointerMoved(pos) if self.dragging => self.extend_selection(pos),
                _ => {}
            }
        }
    }

    fn extend_selection(&mut self, pos: Pos2) {
        if let Some(offset) = self.caret_anywhere(pos)
            && let Some(selection) = &mut self.selection
        {
            selection.head = offset;
        }
    }

    fn copy_selection(&self, ui: &Ui, workbench: &Workbench) {
        let Some(range) = self.selection_range() else { return };
        if ui.ctx().text_edit_focused() {
            return;
        }
        let copy = ui.input(|input| input.events.iter().any(|event| matches!(event, egui::Event::Copy)));
        if copy && let Some(text) = workbench.project.article.text.get(range) {
            ui.ctx().copy_text(text.to_owned());
        }
    }

    /// The byte offset of the caret nearest `pos` in `paragraph` drawn at `origin`.
    fn caret_at(&self, paragraph: usize, origin: Pos2, pos: Pos2) -> Option<usize> {
        let laid = self.cache.get(&paragraph)?;
        let char_index = caret_index(&laid.galley, pos - origin);
        laid.char_bytes.get(char_index).copied()
    }

    /// The caret nearest `pos` in whichever drawn paragraph is at that height.
    fn caret_anywhere(&self, pos: Pos2) -> Option<usize> {
        let (paragraph, origin) = self
            .drawn
            .iter()
            .rev()
            .find(|(_, origin)| origin.y <= pos.y)
            .or_else(|| self.drawn.first())
            .copied()?;
        self.caret_at(paragraph, origin, pos)
    }

    /// The word under `pos` (letters, digits and the joiners of "50-minute", "60,000",
    /// "wasn’t"), as a byte range: a double click selects it.
    fn word_at(&self, paragraph: usize, origin: Pos2, pos: Pos2, text: &str) -> Option<Range<usize>> {
        let laid = self.cache.get(&paragraph)?;
        let char_index = char_under(&laid.galley, pos - origin)?;
        let byte = *laid.char_bytes.get(char_index)?;
        let range = self.paragraphs.get(paragraph)?.clone();
        word_around(text, range, byte)
    }

    /// The innermost claim under `pos` in `paragraph` drawn at `origin`.
    fn claim_under(&self, paragraph: usize, origin: Pos2, pos: Pos2, workbench: &Workbench) -> Option<ClaimId> {
        let laid = self.cache.get(&paragraph)?;
        let char_index = char_under(&laid.galley, pos - origin)?;
        let byte = *laid.char_bytes.get(char_index)?;
        laid.claims
            .iter()
            .filter_map(|rects| workbench.project.claims.get(rects.claim_index))
            .filter(|claim| claim.start <= byte && byte < claim.end)
            .min_by_key(|claim| claim.end - claim.start)
            .map(|claim| claim.id)
    }
}

fn status_words(status: Status, reviewed: bool) -> &'static str {
    if reviewed {
        status.label()
    } else {
        "open (not reviewed)"
    }
}

/// The right-click menu over the article.
fn context_menu_ui(
    ui: &mut Ui,
    claim_id: Option<ClaimId>,
    has_selection: bool,
    workbench: &Workbench,
    commands: &mut Vec<Command>,
) {
    if has_selection && ui.button("Add claim").clicked() {
        commands.push(Command::AddClaimFromSelection(Kind::Statement));
        ui.close();
    }
    if has_selection {
        ui.menu_button("Add claim as", |ui| {
            for kind in Kind::ALL {
                if ui.button(kind.label()).clicked() {
                    commands.push(Command::AddClaimFromSelection(kind));
                    ui.close();
                }
            }
        });
    }
    let Some(claim) = claim_id.and_then(|claim_id| workbench.project.claim(claim_id)) else {
        if !has_selection {
            ui.label("Select words to add a claim");
        }
        return;
    };
    if has_selection {
        ui.separator();
    }
    for status in Status::ALL {
        if ui.button(status.label()).clicked() {
            commands.push(Command::SetStatusOf(claim.id, status));
            ui.close();
        }
    }
    ui.separator();
    if claim.dismissed {
        if ui.button("Restore claim").clicked() {
            commands.push(Command::Restore(claim.id));
            ui.close();
        }
    } else if ui.button("Dismiss (not a claim)").clicked() {
        commands.push(Command::Dismiss(claim.id));
        ui.close();
    }
}

/// The word around byte `at` within `bounds`: letters and digits, joined by `-`, `,`, `.`,
/// `'` or `’` when a letter or digit follows.
fn word_around(text: &str, bounds: Range<usize>, at: usize) -> Option<Range<usize>> {
    let inside = |chr: char| chr.is_alphanumeric();
    let joiner = |chr: char| matches!(chr, '-' | ',' | '.' | '\'' | '’');
    let paragraph = text.get(bounds.clone())?;
    let offset = at.checked_sub(bounds.start)?;
    if !paragraph.get(offset..)?.chars().next().is_some_and(inside) {
        return None;
    }
    let chars: Vec<(usize, char)> = paragraph.char_indices().collect();
    let here = chars.iter().position(|&(byte, _)| byte == offset)?;
    let is_word = |index: usize| {
        chars.get(index).is_some_and(|&(_, chr)| {
            inside(chr)
                || (joiner(chr)
                    && index > 0
                    && chars.get(index - 1).is_some_and(|&(_, before)| inside(before))
                    && chars.get(index + 1).is_some_and(|&(_, after)| inside(after)))
        })
    };
    let mut first = here;
    while first > 0 && is_word(first - 1) {
        first -= 1;
    }
    let mut last = here;
    while is_word(last + 1) {
        last += 1;
    }
    let start = chars.get(first)?.0;
    let (end_byte, end_char) = *chars.get(last)?;
    Some(bounds.start + start..bounds.start + end_byte + end_char.len_utf8())
}

/// Byte ranges of the pieces laid out one by one: the text between newlines (newlines left
/// out), long lines cut into pieces of about [`MAX_PIECE_BYTES`]; and for each piece whether
/// the next one continues its line.
fn paragraph_ranges(text: &str) -> (Vec<Range<usize>>, Vec<bool>) {
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
    let claims = &workbench.project.claims;
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

/// One rectangle per galley row covered by the byte range (clipped to the paragraph).
fn byte_range_rects(laid: &Laid, range: Range<usize>) -> Vec<Rect> {
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
fn char_rect(galley: &Galley, char_index: usize, prefer_next_row: bool) -> Rect {
    let cursor = egui::text::CCursor {
        index: char_index.into(),
        prefer_next_row,
    };
    galley.pos_from_cursor(cursor)
}

/// The char whose glyph is under `pos` (galley coordinates), if any; none in the blank after
/// a row's end.
fn char_under(galley: &Galley, pos: Vec2) -> Option<usize> {
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
fn caret_index(galley: &Galley, pos: Vec2) -> usize {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_is_letters_and_digits_with_their_joiners() {
        let text = "x\nabout 60,000 soldiers, a 50-minute call; wasn’t it.";
        let bounds = 2..text.len();
        let word = |needle: &str| {
            let at = text.find(needle).unwrap();
            word_around(text, bounds.clone(), at).map(|range| &text[range])
        };
        assert_eq!(word("000"), Some("60,000"));
        assert_eq!(word("soldiers"), Some("soldiers"));
        assert_eq!(word("minute"), Some("50-minute"));
        assert_eq!(word("sn"), Some("wasn’t"));
        assert_eq!(word("it."), Some("it"));
        assert_eq!(word(";"), None);
    }

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
