use crate::model::Claim;

/// Explicit undo points over the claims (the article text never changes, so it is not copied).
///
/// Not `egui::util::undoer::Undoer`: its `add_undo` keeps the redo stack, so after
/// undo → new change a redo would bring back a state from the abandoned branch. Each entry also
/// carries the edit generation, so undoing back to the saved state shows the project as saved.
#[derive(Debug, Default)]
pub struct UndoStack {
    undos: Vec<(u64, Vec<Claim>)>,
    redos: Vec<(u64, Vec<Claim>)>,
}

/// How many changes can be undone.
const MAX_UNDOS: usize = 200;

impl UndoStack {
    /// Remembers `before` (at `generation`) as the state the next undo returns to, and forgets
    /// the redo branch.
    pub fn record(&mut self, generation: u64, before: Vec<Claim>) {
        self.undos.push((generation, before));
        if self.undos.len() > MAX_UNDOS {
            self.undos.remove(0);
        }
        self.redos.clear();
    }

    /// Swaps `current` for the state before the last change; false if there is none.
    pub fn undo(&mut self, generation: &mut u64, current: &mut Vec<Claim>) -> bool {
        let Some((old_generation, old)) = self.undos.pop() else {
            return false;
        };
        self.redos.push((*generation, std::mem::replace(current, old)));
        *generation = old_generation;
        true
    }

    /// Swaps `current` for the state the last undo left; false if there is none.
    pub fn redo(&mut self, generation: &mut u64, current: &mut Vec<Claim>) -> bool {
        let Some((new_generation, new)) = self.redos.pop() else {
            return false;
        };
        self.undos.push((*generation, std::mem::replace(current, new)));
        *generation = new_generation;
        true
    }

    /// Whether there is something to undo.
    pub fn can_undo(&self) -> bool {
        !self.undos.is_empty()
    }

    /// Whether there is something to redo.
    pub fn can_redo(&self) -> bool {
        !self.redos.is_empty()
    }

    /// Forgets everything (another file was opened).
    pub fn clear(&mut self) {
        self.undos.clear();
        self.redos.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claims(n: usize) -> Vec<Claim> {
        let text = "abcdefghij";
        let detections = (0..n)
            .map(|i| crate::model::Detection {
                start: i,
                end: i + 1,
                kind: crate::model::Kind::Count,
                value: None,
                sentence_start: 0,
                sentence_end: text.len(),
            })
            .collect();
        crate::model::Project::from_detections(crate::model::Article::new("t", text), detections).claims
    }

    #[test]
    fn undo_redo_and_a_new_change_drops_the_redo_branch() {
        let mut stack = UndoStack::default();
        let mut generation = 0;
        let mut current = claims(1);
        stack.record(generation, current.clone());
        current = claims(2);
        generation = 1;
        assert!(stack.undo(&mut generation, &mut current));
        assert_eq!((generation, current.len()), (0, 1));
        assert!(stack.redo(&mut generation, &mut current));
        assert_eq!((generation, current.len()), (1, 2));
        assert!(stack.undo(&mut generation, &mut current));
        stack.record(generation, current.clone());
        current = claims(3);
        generation = 2;
        assert!(!stack.can_redo());
        assert!(!stack.redo(&mut generation, &mut current));
        assert!(stack.undo(&mut generation, &mut current));
        assert_eq!(current.len(), 1);
        assert!(!stack.undo(&mut generation, &mut current));
    }
}
