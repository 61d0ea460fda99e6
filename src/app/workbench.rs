use std::path::{Path, PathBuf};

use crate::model::{Claim, ClaimId, Kind, ModelError, Project, Stamp, Status};

use super::{CompareMode, Filter, SortKey, UndoStack};

/// The open review: the project, where it is saved, what is selected and shown, and its undo
/// history. Holds no egui state, so the same operations serve the window, tests and benches.
#[derive(Debug)]
pub struct Workbench {
    /// The project under review.
    project: Project,
    /// Where Save writes; `None` until the analyst picks a file (the bundled sample).
    save_path: Option<PathBuf>,
    /// Whether `save_path` already holds this project (false for an article just opened).
    on_disk: bool,
    /// The selected claim.
    selected: Option<ClaimId>,
    /// Which claims the list shows.
    filter: Filter,
    /// The list order.
    sort: SortKey,
    /// The search text, as typed.
    search: String,
    /// Whether dismissed claims are listed and highlighted.
    show_dismissed: bool,
    generation: u64,
    last_generation: u64,
    saved_generation: u64,
    undo: UndoStack,
    visible: Vec<usize>,
    /// The note being typed, for the claim it belongs to: kept here, not in the view, so a
    /// save or a switch of file can keep it without asking the view.
    note_draft: Option<(ClaimId, String)>,
    /// The words the analyst selected in the article (bytes), for "add claim" and "set as
    /// speaker".
    text_selection: Option<std::ops::Range<usize>>,
    filter_counts: [usize; Filter::ALL.len()],
    spans_version: u64,
    /// Whether claims the detector was unsure of (`Confidence::Likely`) are listed and
    /// highlighted (View ▸ Show likely claims; remembered in the settings).
    show_likely: bool,
    /// File ▸ Compare with…: the other review, while comparing.
    compare: Option<CompareMode>,
}

impl Workbench {
    /// A workbench on `project`, saved to `save_path`; `on_disk` says whether that file already
    /// holds exactly this project.
    pub fn new(project: Project, save_path: Option<PathBuf>, on_disk: bool) -> Self {
        let mut workbench = Self {
            project,
            save_path,
            on_disk,
            selected: None,
            filter: Filter::All,
            sort: SortKey::Position,
            search: String::new(),
            show_dismissed: false,
            generation: 0,
            last_generation: 0,
            saved_generation: 0,
            undo: UndoStack::default(),
            visible: Vec::new(),
            note_draft: None,
            text_selection: None,
            filter_counts: [0; Filter::ALL.len()],
            spans_version: 0,
            show_likely: true,
            compare: None,
        };
        workbench.refresh();
        workbench
    }

    /// The project under review.
    pub fn project(&self) -> &Project {
        &self.project
    }

    /// The selected claim's id.
    pub fn selected(&self) -> Option<ClaimId> {
        self.selected
    }

    /// Selects `claim_id` (or nothing).
    pub fn select(&mut self, claim_id: Option<ClaimId>) {
        self.selected = claim_id;
    }

    /// The words selected in the article, as a byte range.
    pub fn text_selection(&self) -> Option<std::ops::Range<usize>> {
        self.text_selection.clone()
    }

    /// Selects words of the article (or nothing); an empty range selects nothing.
    pub fn set_text_selection(&mut self, range: Option<std::ops::Range<usize>>) {
        self.text_selection = range.filter(|range| !range.is_empty() && range.end <= self.project.article.text.len());
    }

    /// The note of `claim` as the inspector shows it: the draft being typed, else the note.
    pub fn note_text<'a>(&'a self, claim: &'a Claim) -> &'a str {
        match &self.note_draft {
            Some((claim_id, draft)) if *claim_id == claim.id => draft,
            _ => &claim.note,
        }
    }

    /// Records what is being typed into `claim_id`'s note (not yet a change).
    pub fn set_note_draft(&mut self, claim_id: ClaimId, text: String) {
        self.note_draft = Some((claim_id, text));
    }

    /// Takes the note being typed, if it differs from the claim's note.
    pub fn take_note_draft(&mut self) -> Option<(ClaimId, String)> {
        let (claim_id, draft) = self.note_draft.take()?;
        let claim = self.project.claim(claim_id)?;
        (claim.note != draft).then_some((claim_id, draft))
    }

    /// Which claims the list shows.
    pub fn filter(&self) -> Filter {
        self.filter
    }

    /// Shows only the claims `filter` admits.
    pub fn set_filter(&mut self, filter: Filter) {
        self.filter = filter;
        self.refresh();
    }

    /// The list order.
    pub fn sort(&self) -> SortKey {
        self.sort
    }

    /// Orders the list by `sort`.
    pub fn set_sort(&mut self, sort: SortKey) {
        self.sort = sort;
        self.refresh();
    }

    /// The search text, as typed.
    pub fn search(&self) -> &str {
        &self.search
    }

    /// Lists only claims whose text, note or sources hold `search`.
    pub fn set_search(&mut self, search: String) {
        self.search = search;
        self.refresh();
    }

    /// Whether dismissed claims are listed and highlighted.
    pub fn show_dismissed(&self) -> bool {
        self.show_dismissed
    }

    /// Counts edits; undo returns to earlier values, so equal means "same state".
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// Whether the analyst changed anything since the project was opened or saved: what
    /// closing or opening another file would lose, so what we ask about.
    pub fn is_dirty(&self) -> bool {
        self.generation != self.saved_generation
    }

    /// Whether the project is not (exactly) in a file: changed, or an article just opened
    /// whose detected claims were never saved. Shown as "unsaved"; only changes are asked about,
    /// since detection can always be run again.
    pub fn is_unsaved(&self) -> bool {
        self.is_dirty() || !self.on_disk
    }

    /// Records that the project as it is now was written to `path`.
    pub fn mark_saved(&mut self, path: PathBuf) {
        self.save_path = Some(path);
        self.on_disk = true;
        self.saved_generation = self.generation;
    }

    /// A short name for the title and status bar.
    pub fn display_name(&self) -> String {
        match &self.save_path {
            Some(path) => path.file_name().map_or_else(
                || path.display().to_string(),
                |name| name.to_string_lossy().into_owned(),
            ),
            None => "untitled project".to_owned(),
        }
    }

    /// Bumped whenever the set or extent of highlighted spans may have changed, so the article
    /// view knows when to rebuild its span index (status changes don't bump it).
    pub fn spans_version(&self) -> u64 {
        self.spans_version
    }

    /// Indices into `project.claims` of the claims the list shows, in list order.
    pub fn visible(&self) -> &[usize] {
        &self.visible
    }

    /// The selected claim.
    pub fn selected_claim(&self) -> Option<&Claim> {
        self.selected.and_then(|claim_id| self.project.claim(claim_id))
    }

    /// Whether the article shows `claim` highlighted.
    pub fn shows_in_article(&self, claim: &Claim) -> bool {
        !claim.orphaned && (self.show_dismissed || !claim.dismissed) && self.shows_likely_of(claim)
    }

    /// False for a likely claim while likely claims are hidden.
    fn shows_likely_of(&self, claim: &Claim) -> bool {
        self.show_likely || claim.confidence != crate::model::Confidence::Likely
    }

    /// Whether claims the detector was unsure of are listed and highlighted.
    pub fn show_likely(&self) -> bool {
        self.show_likely
    }

    /// Shows or hides claims the detector was unsure of, in the list and the article.
    pub fn set_show_likely(&mut self, show: bool) {
        if self.show_likely != show {
            self.show_likely = show;
            self.spans_changed();
            self.refresh();
        }
    }

    /// The other review, while comparing (File ▸ Compare with…).
    pub fn compare(&self) -> Option<&CompareMode> {
        self.compare.as_ref()
    }

    /// Starts (or, with `None`, leaves) comparing with another review.
    pub fn set_compare(&mut self, compare: Option<CompareMode>) {
        self.compare = compare;
    }

    /// Lists only the claims the two reviews decided differently (or every claim).
    pub fn set_compare_only_disagreements(&mut self, only: bool) {
        if let Some(compare) = &mut self.compare {
            compare.set_only_disagreements(only);
        }
    }

    /// How many claims (dismissed ones left out) each filter chip would show.
    pub fn filter_count(&self, filter: Filter) -> usize {
        Filter::ALL
            .iter()
            .position(|&known| known == filter)
            .and_then(|index| self.filter_counts.get(index))
            .copied()
            .unwrap_or(0)
    }

    /// Recomputes the list and the chip counts; every method that may change them calls it.
    fn refresh(&mut self) {
        let mut filter_counts = [0; Filter::ALL.len()];
        for claim in self
            .project
            .claims
            .iter()
            .filter(|claim| !claim.dismissed && self.shows_likely_of(claim))
        {
            for (count, filter) in filter_counts.iter_mut().zip(Filter::ALL) {
                *count += usize::from(filter.admits(claim));
            }
        }
        self.filter_counts = filter_counts;
        let needle = self.search.trim().to_lowercase();
        let mut visible: Vec<usize> = self
            .project
            .claims
            .iter()
            .enumerate()
            .filter(|(_, claim)| {
                (self.show_dismissed || !claim.dismissed)
                    && self.shows_likely_of(claim)
                    && self.filter.admits(claim)
                    && claim.matches_search(&needle)
            })
            .map(|(index, _)| index)
            .collect();
        let claims = &self.project.claims;
        match self.sort {
            // Claims are kept in text order, so the indices already are.
            SortKey::Position => {}
            SortKey::Kind => visible.sort_by_key(|&index| claims.get(index).map(|claim| claim.kind)),
            SortKey::Status => {
                visible.sort_by_key(|&index| claims.get(index).map(|claim| (claim.status, claim.reviewed)));
            }
            SortKey::Checkworthy => super::checkworthy_order::sort_checkworthy_first(claims, &mut visible),
        }
        self.visible = visible;
    }

    /// Shows or hides dismissed claims in the list and the article.
    pub fn toggle_show_dismissed(&mut self) {
        self.show_dismissed = !self.show_dismissed;
        self.spans_changed();
        self.refresh();
    }

    fn spans_changed(&mut self) {
        self.spans_version += 1;
    }

    /// Runs `change` on the project as one undoable step. The change reports whether it did
    /// anything; a refused or empty change leaves no undo step.
    pub fn edit<T>(&mut self, change: impl FnOnce(&mut Project) -> Result<T, ModelError>) -> Result<T, ModelError> {
        let before = self.project.claims.clone();
        match change(&mut self.project) {
            Ok(value) => {
                if before != self.project.claims {
                    self.undo.record_all(self.generation, before);
                    self.changed(true);
                }
                Ok(value)
            }
            Err(error) => {
                self.project.claims = before;
                Err(error)
            }
        }
    }

    /// Runs `change` on one claim as one undoable step, copying only that claim for undo.
    pub fn edit_claim<T>(
        &mut self,
        claim_id: ClaimId,
        change: impl FnOnce(&mut Claim) -> Result<T, ModelError>,
    ) -> Result<T, ModelError> {
        let claim = self.project.claim_mut(claim_id)?;
        let before = claim.clone();
        match change(claim) {
            Ok(value) => {
                if *claim != before {
                    // Only a dismissal changes which spans the article highlights.
                    let spans = claim.dismissed != before.dismissed;
                    self.undo.record_one(self.generation, before);
                    self.changed(spans);
                }
                Ok(value)
            }
            Err(error) => {
                *claim = before;
                Err(error)
            }
        }
    }

    fn changed(&mut self, spans: bool) {
        self.last_generation += 1;
        self.generation = self.last_generation;
        if spans {
            self.spans_changed();
        }
        self.refresh();
        self.refresh_compare();
    }

    /// Compares again: the open review changed while comparing.
    fn refresh_compare(&mut self) {
        if let Some(compare) = &mut self.compare {
            compare.refresh(&self.project);
        }
    }

    /// Sets the status of `claim_id`.
    pub fn set_status(&mut self, claim_id: ClaimId, status: Status, stamp: &Stamp) -> Result<(), ModelError> {
        self.edit_claim(claim_id, |claim| {
            claim.set_status(status, stamp);
            Ok(())
        })
    }

    /// Dismisses (or restores) `claim_id`; a dismissed selection moves to the next claim.
    pub fn set_dismissed(&mut self, claim_id: ClaimId, dismissed: bool, stamp: &Stamp) -> Result<(), ModelError> {
        let next = self.neighbour(claim_id, 1).or_else(|| self.neighbour(claim_id, -1));
        self.edit_claim(claim_id, |claim| {
            claim.set_dismissed(dismissed, stamp);
            Ok(())
        })?;
        if dismissed && !self.show_dismissed && self.selected == Some(claim_id) {
            self.selected = next;
        }
        Ok(())
    }

    /// Adds a claim by hand over `start..end` and selects it.
    pub fn add_claim(&mut self, start: usize, end: usize, kind: Kind, stamp: &Stamp) -> Result<ClaimId, ModelError> {
        let claim_id = self.edit(|project| project.add_claim(start, end, kind, stamp))?;
        self.selected = Some(claim_id);
        Ok(claim_id)
    }

    /// Undoes the last change; false if there was none.
    pub fn undo(&mut self) -> bool {
        let done = self.undo.undo(&mut self.generation, &mut self.project.claims);
        if done {
            self.after_history_step();
        }
        done
    }

    /// Redoes the last undone change; false if there was none.
    pub fn redo(&mut self) -> bool {
        let done = self.undo.redo(&mut self.generation, &mut self.project.claims);
        if done {
            self.after_history_step();
        }
        done
    }

    fn after_history_step(&mut self) {
        self.spans_changed();
        self.refresh();
        self.refresh_compare();
    }

    /// Whether Undo would do something.
    pub fn can_undo(&self) -> bool {
        self.undo.can_undo()
    }

    /// Whether Redo would do something.
    pub fn can_redo(&self) -> bool {
        self.undo.can_redo()
    }

    /// The claim `step` places after (or before, negative) `claim_id` in the list.
    fn neighbour(&self, claim_id: ClaimId, step: isize) -> Option<ClaimId> {
        let position = self
            .visible
            .iter()
            .position(|&index| self.project.claims.get(index).is_some_and(|claim| claim.id == claim_id))?;
        let target = position.checked_add_signed(step)?;
        self.visible
            .get(target)
            .and_then(|&index| self.project.claims.get(index))
            .map(|claim| claim.id)
    }

    /// The claim `step` 1 (next) or -1 (previous) moves the selection to; with nothing
    /// selected, the first (or last). Stays put at either end.
    pub fn step_target(&self, step: isize) -> Option<ClaimId> {
        let first_or_last = || {
            let index = if step > 0 {
                self.visible.first()
            } else {
                self.visible.last()
            };
            index
                .and_then(|&index| self.project.claims.get(index))
                .map(|claim| claim.id)
        };
        match self.selected {
            Some(claim_id)
                if self
                    .visible
                    .iter()
                    .any(|&index| self.project.claims.get(index).is_some_and(|claim| claim.id == claim_id)) =>
            {
                self.neighbour(claim_id, step).or(Some(claim_id))
            }
            _ => first_or_last(),
        }
    }

    /// Text of the sentence around `claim` (between the nearest sentence ends), for context.
    pub fn sentence_of(&self, claim: &Claim) -> &str {
        sentence_around(&self.project.article.text, claim.start, claim.end)
    }

    /// The path of the file the project would be saved to, to show it.
    pub fn save_path(&self) -> Option<&Path> {
        self.save_path.as_deref()
    }
}

/// The sentence containing `start..end`, as the detector's segmenter cuts it, trimmed.
fn sentence_around(text: &str, start: usize, end: usize) -> &str {
    text.get(crate::extract::sentence_around(text, start, end))
        .map_or("", str::trim)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentence_is_cut_at_sentence_ends() {
        let text = "First one. In a 50-minute call, they spoke. Last";
        let start = text.find("50").unwrap();
        assert_eq!(
            sentence_around(text, start, start + 9),
            "In a 50-minute call, they spoke."
        );
        assert_eq!(sentence_around(text, 0, 5), "First one.");
        assert_eq!(sentence_around(text, text.len() - 4, text.len()), "Last");
        let text = "Intro. U.S. President Joe Biden spoke on Thursday. Mr. Putin too.";
        let at = text.find("Thursday").unwrap();
        assert_eq!(
            sentence_around(text, at, at + 8),
            "U.S. President Joe Biden spoke on Thursday."
        );
        let at = text.find("Putin").unwrap();
        assert_eq!(sentence_around(text, at, at + 5), "Mr. Putin too.");
    }
}
