//! The weights file: a compact binary form of a trained [`Tagger`].
//!
//! Layout (all integers little-endian):
//!
//! ```text
//! b"CDPOSTG1"
//! u8 tag count, then each tag's PTB spelling as u8 length + bytes   (index i = model tag i)
//! u32 dictionary size, then each entry as u8 length + word bytes + u8 tag index
//! u32 feature count n
//! n × u32 feature hashes, strictly ascending                       (hashed into a table when loading)
//! n × u8 number of non-zero weights of each feature
//! Σ × (u8 tag index, i16 weight)                                   (averaged, quantised weights)
//! u64 FNV-1a of every byte before it
//! ```
//!
//! Weights are quantised to i16 after averaging and the smallest are dropped, which is what
//! keeps the file small; tagging only compares sums, so the scale needs no storing.

use super::model_error::ModelError;
use super::tag::Tag;
use super::tagger::Tagger;
use std::collections::HashMap;

const MAGIC: &[u8; 8] = b"CDPOSTG1";

/// The bytes of `tagger`'s weights file.
pub(crate) fn encode(tagger: &Tagger) -> Vec<u8> {
    let mut out = Vec::new();
    out.extend_from_slice(MAGIC);
    out.push(u8::try_from(tagger.tags.len()).unwrap_or(u8::MAX));
    for tag in &tagger.tags {
        let text = tag.as_str();
        out.push(u8::try_from(text.len()).unwrap_or(0));
        out.extend_from_slice(text.as_bytes());
    }
    // Sorted so that the same model always gives the same bytes.
    let mut dictionary: Vec<(&String, &Tag)> = tagger
        .dictionary
        .iter()
        .filter(|(word, _)| u8::try_from(word.len()).is_ok())
        .collect();
    dictionary.sort();
    push_u32(&mut out, dictionary.len());
    for (word, tag) in dictionary {
        out.push(u8::try_from(word.len()).unwrap_or(0));
        out.extend_from_slice(word.as_bytes());
        out.push(tagger.model_index(*tag));
    }
    push_u32(&mut out, tagger.keys.len());
    for key in &tagger.keys {
        out.extend_from_slice(&key.to_le_bytes());
    }
    for window in tagger.starts.windows(2) {
        if let [start, end] = window {
            out.push(u8::try_from(end - start).unwrap_or(u8::MAX));
        }
    }
    for (tag, weight) in &tagger.entries {
        out.push(*tag);
        out.extend_from_slice(&weight.to_le_bytes());
    }
    let checksum = crate::hash::fnv1a(&out);
    out.extend_from_slice(&checksum.to_le_bytes());
    out
}

fn push_u32(out: &mut Vec<u8>, value: usize) {
    out.extend_from_slice(&u32::try_from(value).unwrap_or(u32::MAX).to_le_bytes());
}

/// Reads the bytes in order; every read says which part it was for, for the error.
struct Reader<'b> {
    bytes: &'b [u8],
}

impl<'b> Reader<'b> {
    fn take(&mut self, count: usize, part: &'static str) -> Result<&'b [u8], ModelError> {
        if count > self.bytes.len() {
            return Err(ModelError::Truncated(part));
        }
        let (head, rest) = self.bytes.split_at(count);
        self.bytes = rest;
        Ok(head)
    }

    fn u8(&mut self, part: &'static str) -> Result<u8, ModelError> {
        self.take(1, part)?.first().copied().ok_or(ModelError::Truncated(part))
    }

    fn u32(&mut self, part: &'static str) -> Result<usize, ModelError> {
        let bytes: [u8; 4] = self
            .take(4, part)?
            .try_into()
            .map_err(|_| ModelError::Truncated(part))?;
        usize::try_from(u32::from_le_bytes(bytes)).map_err(|_| ModelError::Malformed(part))
    }
}

/// The tagger in a weights file.
pub(crate) fn decode(bytes: &[u8]) -> Result<Tagger, ModelError> {
    if bytes.len() < MAGIC.len() || bytes.get(..MAGIC.len()) != Some(MAGIC.as_slice()) {
        return Err(ModelError::NotAModel);
    }
    let body_len = bytes.len().checked_sub(8).ok_or(ModelError::Truncated("checksum"))?;
    let (body, checksum) = bytes.split_at(body_len);
    let expected: [u8; 8] = checksum.try_into().map_err(|_| ModelError::Truncated("checksum"))?;
    if crate::hash::fnv1a(body) != u64::from_le_bytes(expected) {
        return Err(ModelError::Checksum);
    }
    let mut reader = Reader {
        bytes: body.get(MAGIC.len()..).unwrap_or_default(),
    };

    let tag_count = usize::from(reader.u8("tag list")?);
    if tag_count > super::feature_table::TAGS {
        return Err(ModelError::Malformed("more tags than the tagger scores"));
    }
    let mut tags = Vec::with_capacity(tag_count);
    for _ in 0..tag_count {
        let length = usize::from(reader.u8("tag list")?);
        let text = std::str::from_utf8(reader.take(length, "tag list")?)
            .map_err(|_| ModelError::Malformed("a tag is not UTF-8"))?;
        tags.push(Tag::from_ptb(text).ok_or_else(|| ModelError::UnknownTag(text.to_owned()))?);
    }
    let tag_at = |index: u8| -> Result<Tag, ModelError> {
        tags.get(usize::from(index))
            .copied()
            .ok_or(ModelError::Malformed("a tag index is out of range"))
    };

    let dictionary_size = reader.u32("dictionary")?;
    // Each entry takes at least 2 bytes: a size past that is a corrupt count, not a big file.
    if dictionary_size > reader.bytes.len() / 2 {
        return Err(ModelError::Truncated("dictionary"));
    }
    let mut dictionary = HashMap::with_capacity_and_hasher(dictionary_size, crate::hash::FnvBuild::default());
    for _ in 0..dictionary_size {
        let length = usize::from(reader.u8("dictionary")?);
        let word = std::str::from_utf8(reader.take(length, "dictionary")?)
            .map_err(|_| ModelError::Malformed("a dictionary word is not UTF-8"))?;
        let tag = tag_at(reader.u8("dictionary")?)?;
        dictionary.insert(word.to_owned(), tag);
    }

    let feature_count = reader.u32("feature table")?;
    if feature_count > reader.bytes.len() / 5 {
        return Err(ModelError::Truncated("feature table"));
    }
    let key_bytes = reader.take(feature_count * 4, "feature table")?;
    let keys: Vec<u32> = key_bytes
        .chunks_exact(4)
        .filter_map(|chunk| <[u8; 4]>::try_from(chunk).ok().map(u32::from_le_bytes))
        .collect();
    if keys.windows(2).any(|pair| matches!(pair, [low, high] if low >= high)) {
        return Err(ModelError::Malformed("the feature table is not sorted"));
    }
    let counts = reader.take(feature_count, "weight counts")?;
    let mut starts = Vec::with_capacity(feature_count + 1);
    let mut total = 0_usize;
    starts.push(0_u32);
    for &count in counts {
        total += usize::from(count);
        starts.push(u32::try_from(total).map_err(|_| ModelError::Malformed("too many weights"))?);
    }
    let weight_bytes = reader.take(total * 3, "weights")?;
    let mut entries = Vec::with_capacity(total);
    for chunk in weight_bytes.chunks_exact(3) {
        if let [tag, low, high] = *chunk {
            tag_at(tag)?;
            entries.push((tag, i16::from_le_bytes([low, high])));
        }
    }
    if !reader.bytes.is_empty() {
        return Err(ModelError::Malformed("bytes left over after the weights"));
    }
    let table = super::feature_table::FeatureTable::new(&keys, &starts, &entries);
    Ok(Tagger {
        tags,
        dictionary,
        keys,
        starts,
        entries,
        table,
    })
}
