use std::cell::RefCell;
use std::sync::OnceLock;

use super::features::{self, Scratch};
use super::{FeatureConfig, ModelError};

/// The model claimdesk ships, trained by `train-checkworthy` (see the module docs).
pub(super) const SHIPPED: &[u8] = include_bytes!("../../assets/models/checkworthy.bin");

const MAGIC: &[u8; 4] = b"CWLR";
const VERSION: u16 = 1;
/// Magic, version, four feature bytes, bias, scale.
const HEADER_BYTES: usize = 4 + 2 + 4 + 4 + 4;
const CHECKSUM_BYTES: usize = 8;
/// Bucket counts a model may have: small enough to be shipped, large enough to be useful.
const BITS: std::ops::RangeInclusive<u8> = 8..=22;
/// The longest character n-gram a model may ask for.
const MAX_CHAR_N: u8 = 8;

/// A logistic-regression check-worthiness scorer over hashed word and character n-grams.
///
/// `score` = sigmoid(bias + Σ weight\[feature\] / √features), the weights stored as `i16`
/// times one scale (half the size of `f32`, no loss that the scores show at two decimals).
///
/// The file format (all numbers little-endian): `CWLR`, version `u16` = 1, `bits` `u8`,
/// `bigrams` `u8` (0 or 1), `char_min` `u8`, `char_max` `u8`, bias `f32`, scale `f32`,
/// `1 << bits` weights `i16`, then the FNV-1a 64 of everything before it.
#[derive(Clone, Debug, PartialEq)]
pub struct CheckWorthiness {
    config: FeatureConfig,
    bias: f32,
    scale: f32,
    weights: Vec<i16>,
}

thread_local! {
    /// Per-thread buffers so that scoring sentence after sentence does not allocate.
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

impl CheckWorthiness {
    /// The shipped model, read once on first use. A damaged asset is an error (the same one on
    /// every call), never a panic: extraction can go on without statement claims.
    pub fn shared() -> Result<&'static CheckWorthiness, ModelError> {
        static SHARED: OnceLock<Result<CheckWorthiness, ModelError>> = OnceLock::new();
        SHARED
            .get_or_init(|| CheckWorthiness::from_bytes(SHIPPED))
            .as_ref()
            .map_err(Clone::clone)
    }

    /// Reads a model in the format described on the type.
    pub fn from_bytes(bytes: &[u8]) -> Result<CheckWorthiness, ModelError> {
        if bytes.len() < HEADER_BYTES + CHECKSUM_BYTES {
            return Err(ModelError::Truncated(bytes.len()));
        }
        let (body, checksum) = bytes.split_at(bytes.len() - CHECKSUM_BYTES);
        let mut reader = Reader { bytes: body };
        if reader.take::<4>() != Some(*MAGIC) {
            return Err(ModelError::BadMagic);
        }
        let version = reader.take::<2>().map_or(0, u16::from_le_bytes);
        if version != VERSION {
            return Err(ModelError::UnsupportedVersion(version));
        }
        let [bucket_bits, bigrams, char_min, char_max] = reader.take::<4>().unwrap_or_default();
        let config_ok = BITS.contains(&bucket_bits) && bigrams <= 1 && char_min <= char_max && char_max <= MAX_CHAR_N;
        if !config_ok {
            return Err(ModelError::BadConfig);
        }
        let expected = HEADER_BYTES + (2 << bucket_bits) + CHECKSUM_BYTES;
        if bytes.len() != expected {
            return Err(ModelError::WrongLength {
                expected,
                found: bytes.len(),
            });
        }
        if checksum != crate::hash::fnv1a(body).to_le_bytes() {
            return Err(ModelError::Checksum);
        }
        let bias = reader.take::<4>().map_or(f32::NAN, f32::from_le_bytes);
        let scale = reader.take::<4>().map_or(f32::NAN, f32::from_le_bytes);
        if !bias.is_finite() || !scale.is_finite() {
            return Err(ModelError::NonFinite);
        }
        let weights = reader
            .bytes
            .chunks_exact(2)
            .map(|pair| i16::from_le_bytes([pair.first().copied().unwrap_or(0), pair.get(1).copied().unwrap_or(0)]))
            .collect();
        Ok(CheckWorthiness {
            config: FeatureConfig {
                bits: bucket_bits,
                bigrams: bigrams == 1,
                char_min,
                char_max,
            },
            bias,
            scale,
            weights,
        })
    }

    /// A model from trained `f32` weights (one per bucket), quantised to `i16`. Used by the
    /// training command; `weights` shorter than the bucket count are padded with zeros.
    pub fn from_weights(config: FeatureConfig, bias: f32, weights: &[f32]) -> CheckWorthiness {
        let buckets = 1_usize << config.bits;
        let largest = weights.iter().fold(0.0_f32, |max, weight| max.max(weight.abs()));
        let scale = if largest > 0.0 {
            largest / f32::from(i16::MAX)
        } else {
            1.0
        };
        let quantised = (0..buckets)
            .map(|index| {
                let weight = weights.get(index).copied().unwrap_or(0.0);
                // Rounded and clamped into i16 range first, so the cast is exact.
                #[expect(clippy::cast_possible_truncation, reason = "clamped to the i16 range")]
                let level = (weight / scale).round().clamp(f32::from(i16::MIN), f32::from(i16::MAX)) as i16;
                level
            })
            .collect();
        CheckWorthiness {
            config,
            bias,
            scale,
            weights: quantised,
        }
    }

    /// The model in the file format described on the type.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut bytes = Vec::with_capacity(HEADER_BYTES + 2 * self.weights.len() + CHECKSUM_BYTES);
        bytes.extend_from_slice(MAGIC);
        bytes.extend_from_slice(&VERSION.to_le_bytes());
        bytes.extend_from_slice(&[
            self.config.bits,
            u8::from(self.config.bigrams),
            self.config.char_min,
            self.config.char_max,
        ]);
        bytes.extend_from_slice(&self.bias.to_le_bytes());
        bytes.extend_from_slice(&self.scale.to_le_bytes());
        for weight in &self.weights {
            bytes.extend_from_slice(&weight.to_le_bytes());
        }
        let checksum = crate::hash::fnv1a(&bytes);
        bytes.extend_from_slice(&checksum.to_le_bytes());
        bytes
    }

    /// The feature settings the model was trained with.
    pub fn config(&self) -> FeatureConfig {
        self.config
    }

    /// How check-worthy `sentence` is, in `0.0..=1.0`: the model's probability that a
    /// `ClaimBuster` coder would call it a check-worthy factual sentence.
    pub fn score(&self, sentence: &str) -> f32 {
        SCRATCH.with(|cell| match cell.try_borrow_mut() {
            Ok(mut scratch) => self.score_with(sentence, &mut scratch),
            // Only reachable if scoring re-entered itself on this thread; fresh buffers do.
            Err(_) => self.score_with(sentence, &mut Scratch::default()),
        })
    }

    fn score_with(&self, sentence: &str, scratch: &mut Scratch) -> f32 {
        let buckets = features::buckets(sentence, self.config, scratch);
        let sum: i64 = buckets
            .iter()
            .map(|&index| i64::from(self.weights.get(index as usize).copied().unwrap_or(0)))
            .sum();
        let count = buckets.len();
        let norm = (count.max(1) as f32).sqrt();
        let logit = self.bias + self.scale * (sum as f32) / norm;
        1.0 / (1.0 + (-logit).exp())
    }
}

/// Reads fixed-size fields off the front of a byte slice.
struct Reader<'a> {
    bytes: &'a [u8],
}

impl Reader<'_> {
    fn take<const N: usize>(&mut self) -> Option<[u8; N]> {
        let (head, rest) = self.bytes.split_first_chunk::<N>()?;
        self.bytes = rest;
        Some(*head)
    }
}
