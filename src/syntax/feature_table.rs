//! Where the weights of a feature are: an open-addressing hash table built when the weights
//! load, so that each of the ~25 features of a word costs one or two probes.
//!
//! Each slot holds the feature's key beside its weight range, so a probe reads one cache line
//! (the key is never looked up in a second array), and the slot of a key is chosen by
//! Fibonacci hashing of all its bits (the keys are FNV-1a hashes, whose low bits alone cluster
//! under linear probing).

use std::ops::Range;

/// Where a feature's weights are in the tagger's entry list (empty: the feature has none).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Span {
    start: u32,
    end: u32,
}

impl Span {
    /// As an index range.
    pub fn range(self) -> Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// One slot: a feature key and where its weights are, packed as `start << 8 | count`; `0`
/// marks a free slot (every stored feature has at least one weight, so a stored slot never
/// packs to 0). Eight bytes a slot keeps the whole table in a core's L2 cache.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Slot {
    key: u32,
    packed: u32,
}

impl Slot {
    fn range(self) -> Span {
        let start = self.packed >> 8;
        Span {
            start,
            end: start + (self.packed & 0xff),
        }
    }
}

/// The most weights a feature may have (one per tag; the tag set has fewer than this).
const MAX_COUNT: u32 = 0xff;
/// The most weights in all: starts must fit in 24 bits.
const MAX_START: u32 = (1 << 24) - 1;

/// Feature key → range of its weights in the tagger's entry list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct FeatureTable {
    slots: Vec<Slot>,
    /// `32 - log2(slots.len())`: the shift that turns a product into a slot index.
    shift: u32,
}

/// 2^32 / φ, the multiplier of Fibonacci hashing.
const GOLDEN: u32 = 0x9E37_79B9;

impl FeatureTable {
    /// The table of features `keys[i]` whose weights are `starts[i]..starts[i + 1]`. Features
    /// without weights are left out. At most half the slots are used.
    pub fn new(keys: &[u32], starts: &[u32]) -> FeatureTable {
        let size = (keys.len() * 2).max(16).next_power_of_two();
        let shift = 32 - size.trailing_zeros();
        let mut table = FeatureTable {
            slots: vec![Slot::default(); size],
            shift,
        };
        let mask = size - 1;
        for (index, key) in keys.iter().enumerate() {
            let (Some(&start), Some(&end)) = (starts.get(index), starts.get(index + 1)) else {
                continue;
            };
            // A weights file is checked before it gets here (counts are one byte, so a range
            // always fits); a range that does not is left out rather than stored wrong.
            if end <= start || end - start > MAX_COUNT || start > MAX_START {
                continue;
            }
            let mut slot = table.home(*key);
            while table.slots.get(slot).is_some_and(|taken| taken.packed != 0) {
                slot = (slot + 1) & mask;
            }
            if let Some(free) = table.slots.get_mut(slot) {
                *free = Slot {
                    key: *key,
                    packed: start << 8 | (end - start),
                };
            }
        }
        table
    }

    /// The first slot to try for `key`.
    fn home(&self, key: u32) -> usize {
        key.wrapping_mul(GOLDEN).checked_shr(self.shift).unwrap_or(0) as usize
    }

    /// The range of `key`'s weights, if it has any.
    #[cfg(test)]
    pub fn get(&self, key: u32) -> Option<Range<usize>> {
        let [span] = self.get_all([key]);
        let range = span.range();
        (!range.is_empty()).then_some(range)
    }

    /// The ranges of the weights of all `keys` (empty for a key without weights). All the
    /// first probes are read before any is looked at, so their cache misses overlap instead
    /// of coming one after another.
    #[inline]
    pub fn get_all<const N: usize>(&self, keys: [u32; N]) -> [Span; N] {
        let mut first = [Slot::default(); N];
        for (slot, key) in first.iter_mut().zip(keys) {
            *slot = self.slots.get(self.home(key)).copied().unwrap_or_default();
        }
        let mut ranges = [Span::default(); N];
        for ((range, slot), key) in ranges.iter_mut().zip(first).zip(keys) {
            if slot.packed == 0 {
                continue;
            }
            *range = if slot.key == key {
                slot.range()
            } else {
                self.probe_on(key)
            };
        }
        ranges
    }

    /// The range of `key`'s weights when its home slot holds another key: linear probing on.
    fn probe_on(&self, key: u32) -> Span {
        let mask = self.slots.len() - 1;
        let mut slot = self.home(key);
        loop {
            let Some(found) = self.slots.get(slot) else {
                return Span::default();
            };
            if found.packed == 0 {
                return Span::default();
            }
            if found.key == key {
                return found.range();
            }
            slot = (slot + 1) & mask;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::FeatureTable;

    #[test]
    fn finds_every_stored_key_and_no_other() {
        // Keys that share their low bits, the pattern that clusters when indexed by them.
        let keys: Vec<u32> = (1..=500).map(|n| n << 16).collect();
        let starts: Vec<u32> = (0..=500).map(|n| n * 2).collect();
        let table = FeatureTable::new(&keys, &starts);
        for (index, key) in keys.iter().enumerate() {
            let start = index * 2;
            assert_eq!(table.get(*key), Some(start..start + 2), "key {key}");
        }
        for absent in [0, 1, 7, (501 << 16), u32::MAX] {
            assert_eq!(table.get(absent), None, "key {absent}");
        }
    }

    #[test]
    fn features_without_weights_and_an_empty_table_find_nothing() {
        let table = FeatureTable::new(&[5, 9], &[0, 0, 3]);
        assert_eq!(table.get(5), None);
        assert_eq!(table.get(9), Some(0..3));
        assert_eq!(FeatureTable::new(&[], &[0]).get(5), None);
    }
}
