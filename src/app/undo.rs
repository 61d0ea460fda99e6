use crate::model::Claim;

/// What an undo step puts back.
#[derive(Debug)]
enum Snapshot {
    /// Every claim (a claim was added, or the list otherwise reshaped).
    All(Vec<Claim>),
    /// One claim as it was (a status, note, source or dismissal changed): cheap on a project
    /// with thousands of claims, where copying them all would cost a frame.
    One(Box<Claim>),
}

/// Explicit undo points over the claims (the article text never changes, so it is not copied).
///
/// Not `egui::util::undoer::Undoer`: its `add_undo` keeps the redo stack, so after
/// undo → new change a redo would bring back a state from the abandoned branch, and it copies
/// the whole state per step. Each entry also carries the edit generation, so undoing back to
/// the saved state shows the project as saved.
#[derive(Debug, Default)]
pub struct UndoStack {
    undos: Vec<(u64, Snapshot)>,
    redos: Vec<(u64, Snapshot)>,
}

/// How many changes can be undone.
const MAX_UNDOS: usize = 500;

impl UndoStack {
    /// Remembers all claims `before` a change (at `generation`); forgets the redo branch.
    pub fn record_all(&mut self, generation: u64, before: Vec<Claim>) {
        self.push(generation, Snapshot::All(before));
    }

    /// Remembers one claim as it was `before` a change to it alone.
    pub fn record_one(&mut self, generation: u64, before: Claim) {
        self.push(generation, Snapshot::One(Box::new(before)));
    }

    fn push(&mut self, generation: u64, snapshot: Snapshot) {
        self.undos.push((generation, snapshot));
        if self.undos.len() > MAX_UNDOS {
            self.undos.remove(0);
        }
        self.redos.clear();
    }

    /// Puts back the state before the last change; false if there is none.
    pub fn undo(&mut self, generation: &mut u64, current: &mut Vec<Claim>) -> bool {
        let Some(step) = self.undos.pop() else {
            return false;
        };
        let back = swap(step, generation, current);
        self.redos.push(back);
        true
    }

    /// Puts back the state the last undo left; false if there is none.
    pub fn redo(&mut self, generation: &mut u64, current: &mut Vec<Claim>) -> bool {
        let Some(step) = self.redos.pop() else {
            return false;
        };
        let back = swap(step, generation, current);
        self.undos.push(back);
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
}

/// Installs `step` and returns what it replaced, as the step that reverses it.
fn swap(
    (step_generation, snapshot): (u64, Snapshot),
    generation: &mut u64,
    current: &mut Vec<Claim>,
) -> (u64, Snapshot) {
    let replaced_generation = std::mem::replace(generation, step_generation);
    let replaced = match snapshot {
        Snapshot::All(claims) => Snapshot::All(std::mem::replace(current, claims)),
        Snapshot::One(claim) => {
            if let Some(slot) = current.iter_mut().find(|slot| slot.id == claim.id) {
                Snapshot::One(Box::new(std::mem::replace(slot, *claim)))
            } else {
                // Cannot happen (claims are only removed through whole-list steps, undone
                // first); keep the claim rather than lose it.
                let kept = claim.clone();
                current.push(*claim);
                Snapshot::One(kept)
            }
        }
    };
    (replaced_generation, replaced)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Stamp, Status};

    fn claims(n: usize) -> Vec<Claim> {
        let text = "abcdefghij";
        let detections = (0..n)
            .map(|i| crate::model::Detection::new(i..i + 1, crate::model::Kind::Count, 0..text.len()))
            .collect();
        crate::model::Project::from_detections(crate::model::Article::new("t", text), detections).claims
    }

    #[test]
    fn undo_redo_and_a_new_change_drops_the_redo_branch() {
        let mut stack = UndoStack::default();
        let mut generation = 0;
        let mut current = claims(1);
        stack.record_all(generation, current.clone());
        current = claims(2);
        generation = 1;
        assert!(stack.undo(&mut generation, &mut current));
        assert_eq!((generation, current.len()), (0, 1));
        assert!(stack.redo(&mut generation, &mut current));
        assert_eq!((generation, current.len()), (1, 2));
        assert!(stack.undo(&mut generation, &mut current));
        stack.record_all(generation, current.clone());
        current = claims(3);
        generation = 2;
        assert!(!stack.can_redo());
        assert!(!stack.redo(&mut generation, &mut current));
        assert!(stack.undo(&mut generation, &mut current));
        assert_eq!(current.len(), 1);
        assert!(!stack.undo(&mut generation, &mut current));
    }

    #[test]
    fn one_claim_steps_restore_that_claim_only() {
        let mut stack = UndoStack::default();
        let mut generation = 0;
        let mut current = claims(3);
        let stamp = Stamp::at_unix(0, "ana");
        stack.record_one(generation, current[1].clone());
        current[1].set_status(Status::Disputed, &stamp);
        generation = 1;
        assert!(stack.undo(&mut generation, &mut current));
        assert_eq!(
            (generation, current[1].status, current[1].reviewed),
            (0, Status::Unverified, false)
        );
        assert!(stack.redo(&mut generation, &mut current));
        assert_eq!((generation, current[1].status), (1, Status::Disputed));
        assert_eq!(current.len(), 3);
    }
}
