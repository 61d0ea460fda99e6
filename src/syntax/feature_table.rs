//! Where the weights of a feature are: an open-addressing hash table built when the weights
//! load, and the adding of a word's feature weights to its tag scores.
//!
//! - Each slot holds the feature's key beside where its weights are, so a probe reads one
//!   cache line; the slot of a key is chosen by Fibonacci hashing of all its bits (the keys
//!   are FNV-1a hashes, whose low bits alone cluster under linear probing).
//! - All the first probes of a word are read before any is used, so their cache misses
//!   overlap instead of coming one after another.
//! - Most features have two or three weights, kept as (tag, weight) pairs. The features that
//!   fire on most words (the bias, common suffixes and shapes, the previous tag) have weights
//!   for most tags: those are kept as dense rows of [`TAGS`] weights, added in one vector loop
//!   instead of one scattered add per tag. Integer sums do not depend on the order of adding,
//!   so the scores are the same either way.

/// The most tags a model may have: the width of a dense row and of the score array.
pub(crate) const TAGS: usize = 64;

/// A feature with at least this many weights is stored as a dense row.
const DENSE_FROM: usize = 8;

/// Set in a slot's `packed` word when it points at a dense row.
const DENSE: u32 = 1 << 31;

/// One slot: a feature key and where its weights are. `packed` is `0` for a free slot (every
/// stored feature has at least one weight, so a stored slot never packs to 0), `DENSE | row`
/// for a dense row, or `start << 8 | count` for pairs in the entry list.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Slot {
    key: u32,
    packed: u32,
}

/// The most pairs in all: a start must fit in 23 bits beside the count and the flag.
const MAX_START: u32 = (1 << 23) - 1;
/// The most weights one feature may have in pairs.
const MAX_COUNT: u32 = 0xff;

/// Feature key → its weights, and the adding of them to scores.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct FeatureTable {
    slots: Vec<Slot>,
    /// `32 - log2(slots.len())`: the shift that turns a product into a slot index.
    shift: u32,
    /// The weights of features with fewer than [`DENSE_FROM`], as (tag index, weight) pairs.
    pairs: Vec<(u8, i16)>,
    /// The weights of the others, one row of [`TAGS`] per feature (0 where it has none).
    rows: Vec<[i16; TAGS]>,
}

/// 2^32 / φ, the multiplier of Fibonacci hashing.
const GOLDEN: u32 = 0x9E37_79B9;

impl FeatureTable {
    /// The table of features `keys[i]` whose weights are `entries[starts[i]..starts[i + 1]]`.
    /// Features without weights are left out, and so are weights of a tag index past [`TAGS`]
    /// when scoring (a weights file is checked before it gets here, so that never happens).
    /// At most half the slots are used.
    pub fn new(keys: &[u32], starts: &[u32], entries: &[(u8, i16)]) -> FeatureTable {
        let size = (keys.len() * 2).max(16).next_power_of_two();
        let shift = 32 - size.trailing_zeros();
        let mut table = FeatureTable {
            slots: vec![Slot::default(); size],
            shift,
            pairs: Vec::new(),
            rows: Vec::new(),
        };
        let mask = size - 1;
        for (index, key) in keys.iter().enumerate() {
            let (Some(&start), Some(&end)) = (starts.get(index), starts.get(index + 1)) else {
                continue;
            };
            let weights = entries.get(start as usize..end as usize).unwrap_or_default();
            let packed = if weights.is_empty() {
                continue;
            } else if weights.len() >= DENSE_FROM {
                let Ok(row) = u32::try_from(table.rows.len()) else {
                    continue;
                };
                let mut dense = [0_i16; TAGS];
                for (tag, weight) in weights {
                    if let Some(cell) = dense.get_mut(usize::from(*tag)) {
                        *cell = *weight;
                    }
                }
                table.rows.push(dense);
                DENSE | row
            } else {
                let (Ok(at), Ok(count)) = (u32::try_from(table.pairs.len()), u32::try_from(weights.len())) else {
                    continue;
                };
                if at > MAX_START || count > MAX_COUNT {
                    continue;
                }
                table.pairs.extend_from_slice(weights);
                at << 8 | count
            };
            let mut slot = table.home(*key);
            while table.slots.get(slot).is_some_and(|taken| taken.packed != 0) {
                slot = (slot + 1) & mask;
            }
            if let Some(free) = table.slots.get_mut(slot) {
                *free = Slot { key: *key, packed };
            }
        }
        table
    }

    /// The first slot to try for `key`.
    fn home(&self, key: u32) -> usize {
        key.wrapping_mul(GOLDEN).checked_shr(self.shift).unwrap_or(0) as usize
    }

    /// The (tag, weight) pairs of `key`, by tag.
    #[cfg(test)]
    pub fn get(&self, key: u32) -> Vec<(u8, i16)> {
        let mut scores = [0_i32; TAGS];
        self.add_weights([key], &mut scores);
        (0_u8..)
            .zip(scores)
            .filter(|(_, score)| *score != 0)
            .map(|(tag, score)| (tag, i16::try_from(score).unwrap_or(0)))
            .collect()
    }

    /// Adds the weights of every feature in `keys` to the scores of their tags.
    #[inline]
    pub fn add_weights<const N: usize>(&self, keys: [u32; N], scores: &mut [i32; TAGS]) {
        let mut first = [Slot::default(); N];
        for (slot, key) in first.iter_mut().zip(keys) {
            *slot = self.slots.get(self.home(key)).copied().unwrap_or_default();
        }
        for (slot, key) in first.into_iter().zip(keys) {
            if slot.packed == 0 {
                continue;
            }
            let packed = if slot.key == key {
                slot.packed
            } else {
                self.probe_on(key)
            };
            if packed & DENSE != 0 {
                if let Some(row) = self.rows.get((packed & !DENSE) as usize) {
                    for (score, weight) in scores.iter_mut().zip(row) {
                        *score += i32::from(*weight);
                    }
                }
            } else {
                let start = (packed >> 8) as usize;
                let pairs = self
                    .pairs
                    .get(start..start + (packed & 0xff) as usize)
                    .unwrap_or_default();
                for &(tag, weight) in pairs {
                    if let Some(score) = scores.get_mut(usize::from(tag)) {
                        *score += i32::from(weight);
                    }
                }
            }
        }
    }

    /// The packed word of `key` when its home slot holds another key: linear probing on (0
    /// when the key is absent).
    fn probe_on(&self, key: u32) -> u32 {
        let mask = self.slots.len() - 1;
        let mut slot = self.home(key);
        loop {
            let Some(found) = self.slots.get(slot) else {
                return 0;
            };
            if found.packed == 0 || found.key == key {
                return found.packed;
            }
            slot = (slot + 1) & mask;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{DENSE_FROM, FeatureTable};

    #[test]
    fn finds_every_stored_key_and_no_other() {
        // Keys that share their low bits, the pattern that clusters when indexed by them;
        // features of one, two and many weights (pairs and dense rows), negative ones too.
        let keys: Vec<u32> = (1..=500).map(|n| n << 16).collect();
        let mut starts = vec![0_u32];
        let mut entries = Vec::new();
        for n in 1..=500_i16 {
            let count = [1, 2, DENSE_FROM + 3][usize::try_from(n % 3).unwrap_or(0)];
            for tag in 0..count {
                let tag = u8::try_from(tag * 3 + 1).unwrap_or(0);
                entries.push((tag, if tag % 2 == 0 { n } else { -n }));
            }
            starts.push(u32::try_from(entries.len()).unwrap_or(0));
        }
        let table = FeatureTable::new(&keys, &starts, &entries);
        for (index, key) in keys.iter().enumerate() {
            let expected = &entries[starts[index] as usize..starts[index + 1] as usize];
            assert_eq!(table.get(*key), expected, "key {key}");
        }
        for absent in [0, 1, 7, (501 << 16), u32::MAX] {
            assert_eq!(table.get(absent), [], "key {absent}");
        }
    }

    #[test]
    fn features_without_weights_and_an_empty_table_find_nothing() {
        let table = FeatureTable::new(&[5, 9], &[0, 0, 3], &[(1, 10), (2, -20), (3, 30)]);
        assert_eq!(table.get(5), []);
        assert_eq!(table.get(9), [(1, 10), (2, -20), (3, 30)]);
        assert_eq!(FeatureTable::new(&[], &[0], &[]).get(5), []);
    }
}
