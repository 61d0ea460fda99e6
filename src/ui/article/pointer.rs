//! The pointer over the article: clicks select claims, drags and double/triple clicks select
//! text, right clicks open the context menu, Ctrl+C copies the selection.

use std::ops::Range;

use egui::{Pos2, Rect, Sense, Ui};

use crate::app::{Command, Workbench};
use crate::model::ClaimId;

use super::ArticleView;
use super::context_menu::{context_menu_ui, status_words};
use super::geometry::{caret_index, char_under};

/// The text the analyst selected with the mouse: byte offsets, `anchor` where the drag began.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct TextSelection {
    pub(super) anchor: usize,
    pub(super) head: usize,
}

impl ArticleView {
    /// Clicks, double clicks, hovers and the context menu over the drawn paragraphs.
    pub(super) fn interact(
        &mut self,
        ui: &Ui,
        workbench: &Workbench,
        hit_rects: &[(usize, Rect)],
        commands: &mut Vec<Command>,
    ) {
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
                    .and_then(|range| workbench.project().article.text.get(range.clone()))
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
                && let Some(word) = self.word_at(paragraph, rect.min, pos, &workbench.project().article.text)
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
                && let Some(claim) = workbench.project().claim(claim_id)
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
    pub(super) fn track_text_selection(&mut self, ui: &Ui, hit_rects: &[(usize, Rect)]) {
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
                        if ui.ctx().layer_id_at(pos) != Some(ui.layer_id()) || !ui.clip_rect().contains(pos) {
                            // Nor on the side panel: "Set as speaker" there uses the selection.
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

    pub(super) fn copy_selection(&self, ui: &Ui, workbench: &Workbench) {
        let Some(range) = self.selection_range() else { return };
        if ui.ctx().text_edit_focused() {
            return;
        }
        let copy = ui.input(|input| input.events.iter().any(|event| matches!(event, egui::Event::Copy)));
        if copy && let Some(text) = workbench.project().article.text.get(range) {
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
            .filter_map(|rects| workbench.project().claims.get(rects.claim_index))
            .filter(|claim| claim.start <= byte && byte < claim.end)
            .min_by_key(|claim| claim.end - claim.start)
            .map(|claim| claim.id)
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
}
