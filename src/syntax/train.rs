//! Training the tagger: the averaged perceptron (Collins 2002), greedy decoding with the tags
//! it predicted itself as history, so that training sees the errors tagging will make.

use super::conllu::TaggedSentence;
use super::features::{self, WordViews};
use super::tag::Tag;
use super::tagger::Tagger;
use std::collections::{BTreeMap, HashMap};

/// The settings of one training run. None is tuned on the evaluation split.
#[derive(Clone, Copy, Debug)]
pub struct TrainOptions {
    /// Passes over the training sentences.
    pub iterations: usize,
    /// Seed of the shuffle before each pass (the run is reproducible).
    pub seed: u64,
    /// Averaged weights whose size is below this are dropped (the file's size lever).
    pub prune_below: f64,
}

impl Default for TrainOptions {
    fn default() -> TrainOptions {
        TrainOptions {
            iterations: 8,
            seed: 0x5eed,
            prune_below: 0.1,
        }
    }
}

/// One weight with what averaging needs: the running total and when it last changed.
#[derive(Clone, Copy)]
struct Param {
    tag: u8,
    weight: i32,
    total: i64,
    stamp: u64,
}

#[derive(Default)]
struct Perceptron {
    weights: HashMap<u32, Vec<Param>>,
    instances: u64,
}

impl Perceptron {
    fn score(&self, features: &[u32], scores: &mut [i64]) {
        scores.fill(0);
        for feature in features {
            for param in self.weights.get(feature).into_iter().flatten() {
                if let Some(score) = scores.get_mut(usize::from(param.tag)) {
                    *score += i64::from(param.weight);
                }
            }
        }
    }

    fn update(&mut self, features: &[u32], gold: u8, guess: u8) {
        let now = self.instances;
        for feature in features {
            let params = self.weights.entry(*feature).or_default();
            for (tag, change) in [(gold, 1), (guess, -1)] {
                let index = params.iter().position(|param| param.tag == tag).unwrap_or_else(|| {
                    params.push(Param {
                        tag,
                        weight: 0,
                        total: 0,
                        stamp: now,
                    });
                    params.len() - 1
                });
                if let Some(param) = params.get_mut(index) {
                    param.total += i64::from(param.weight) * i64::try_from(now - param.stamp).unwrap_or(0);
                    param.stamp = now;
                    param.weight += change;
                }
            }
        }
    }

    /// The averaged weights, quantised to i16 with the smallest dropped.
    fn averaged(&self, prune_below: f64) -> BTreeMap<u32, Vec<(u8, i16)>> {
        let now = self.instances.max(1);
        let average = |param: &Param| {
            let total = param.total + i64::from(param.weight) * i64::try_from(now - param.stamp).unwrap_or(0);
            total as f64 / now as f64
        };
        let largest = self
            .weights
            .values()
            .flatten()
            .map(|param| average(param).abs())
            .fold(0.0_f64, f64::max)
            .max(f64::MIN_POSITIVE);
        let scale = f64::from(i16::MAX) / largest;
        let mut out = BTreeMap::new();
        for (feature, params) in &self.weights {
            let mut kept: Vec<(u8, i16)> = params
                .iter()
                .filter_map(|param| {
                    let value = average(param);
                    #[expect(clippy::cast_possible_truncation, reason = "scaled into i16's range above")]
                    let quantised = (value * scale).round() as i16;
                    (value.abs() >= prune_below && quantised != 0).then_some((param.tag, quantised))
                })
                .collect();
            if !kept.is_empty() {
                kept.sort_unstable();
                out.insert(*feature, kept);
            }
        }
        out
    }
}

/// A small deterministic generator for the shuffle (xorshift64*); no dependency for this.
struct Shuffle(u64);

impl Shuffle {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn shuffle<T>(&mut self, items: &mut [T]) {
        for index in (1..items.len()).rev() {
            let other = usize::try_from(self.next() % (index as u64 + 1)).unwrap_or(0);
            items.swap(index, other);
        }
    }
}

/// Words seen often that take one tag almost always: tagged by look-up (faster, and the
/// perceptron then spends its weights on the ambiguous words).
fn build_dictionary(sentences: &[TaggedSentence]) -> HashMap<String, Tag> {
    let mut counts: HashMap<String, HashMap<Tag, usize>> = HashMap::new();
    for sentence in sentences {
        for (word, tag) in sentence.words.iter().zip(&sentence.tags) {
            *counts
                .entry(features::normalise(word))
                .or_default()
                .entry(*tag)
                .or_default() += 1;
        }
    }
    let mut dictionary = HashMap::new();
    for (word, tags) in counts {
        let total: usize = tags.values().sum();
        if let Some((tag, count)) = tags.into_iter().max_by_key(|(tag, count)| (*count, *tag))
            && total >= 20
            && count as f64 / total as f64 >= 0.99
        {
            dictionary.insert(word, tag);
        }
    }
    dictionary
}

/// Trains a tagger on `sentences`. `after_pass` is called after each pass with the number of
/// passes done and the tagger as it would be if training stopped there (for choosing the
/// number of passes on held-out sentences).
pub fn train(
    sentences: &[TaggedSentence],
    options: TrainOptions,
    mut after_pass: impl FnMut(usize, &Tagger),
) -> Tagger {
    let tags: Vec<Tag> = Tag::ALL.to_vec();
    let dictionary = build_dictionary(sentences);
    let mut model = Perceptron::default();
    let mut order: Vec<usize> = (0..sentences.len()).collect();
    let mut shuffle = Shuffle(options.seed | 1);
    let mut scores = vec![0_i64; tags.len()];
    let mut tagger = Tagger::from_parts(tags.clone(), dictionary.clone(), &BTreeMap::new());
    for pass in 1..=options.iterations {
        shuffle.shuffle(&mut order);
        for &sentence_index in &order {
            let Some(sentence) = sentences.get(sentence_index) else {
                continue;
            };
            let words: Vec<&str> = sentence.words.iter().map(String::as_str).collect();
            let arena = WordViews::new(&words);
            let views = arena.views(&words);
            let mut history: Vec<Tag> = Vec::with_capacity(views.len());
            for (index, gold) in sentence.tags.iter().enumerate() {
                let known = views.get(index).and_then(|view| dictionary.get(view.norm));
                if let Some(tag) = known {
                    history.push(*tag);
                    continue;
                }
                let previous = index.checked_sub(1).and_then(|at| history.get(at)).copied();
                let before = index.checked_sub(2).and_then(|at| history.get(at)).copied();
                let mut feature_list = features::static_features(&views, index).to_vec();
                feature_list.extend(features::dynamic_features(&views, index, previous, before));
                model.score(&feature_list, &mut scores);
                let mut guess = 0_usize;
                for (tag_index, score) in scores.iter().enumerate() {
                    if scores.get(guess).is_some_and(|best| score > best) {
                        guess = tag_index;
                    }
                }
                let guess_tag = tags.get(guess).copied().unwrap_or(Tag::Nn);
                model.instances += 1;
                if guess_tag != *gold {
                    let gold_index = u8::try_from(gold.index()).unwrap_or(0);
                    let guess_index = u8::try_from(guess).unwrap_or(0);
                    model.update(&feature_list, gold_index, guess_index);
                }
                history.push(guess_tag);
            }
        }
        tagger = Tagger::from_parts(tags.clone(), dictionary.clone(), &model.averaged(options.prune_below));
        after_pass(pass, &tagger);
    }
    tagger
}

/// Words tagged right and words in all, over `sentences`.
pub fn accuracy(tagger: &Tagger, sentences: &[TaggedSentence]) -> (usize, usize) {
    let mut right = 0;
    let mut total = 0;
    for sentence in sentences {
        let words: Vec<&str> = sentence.words.iter().map(String::as_str).collect();
        let predicted = tagger.tag(&words);
        right += predicted
            .iter()
            .zip(&sentence.tags)
            .filter(|(guess, gold)| guess == gold)
            .count();
        total += sentence.tags.len();
    }
    (right, total)
}

/// Contractions the treebank splits off their word ("do n't", "they 're") and a tokeniser that
/// keeps inner apostrophes does not ("don't", "they're").
const CONTRACTIONS: &[&str] = &[
    "n't", "n’t", "'re", "’re", "'m", "’m", "'ve", "’ve", "'ll", "’ll", "'d", "’d",
];

/// A copy of `sentence` with every split-off contraction joined to the word before it, tagged
/// as that word ("was n't" → "wasn't" VBD, "they 're" → "they're" PRP); `None` when it has
/// none. Training on both spellings lets claimdesk's tokens (which keep "wasn't" whole) be
/// tagged as well as the treebank's.
pub fn with_joined_contractions(sentence: &TaggedSentence) -> Option<TaggedSentence> {
    let mut joined = TaggedSentence::default();
    let mut changed = false;
    for (word, tag) in sentence.words.iter().zip(&sentence.tags) {
        let is_contraction = CONTRACTIONS.iter().any(|ending| word.eq_ignore_ascii_case(ending));
        if is_contraction && let Some(previous) = joined.words.last_mut() {
            previous.push_str(word);
            changed = true;
            continue;
        }
        joined.words.push(word.clone());
        joined.tags.push(*tag);
    }
    changed.then_some(joined)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentence(words: &[&str], tags: &[Tag]) -> TaggedSentence {
        TaggedSentence {
            words: words.iter().map(|word| (*word).to_owned()).collect(),
            tags: tags.to_vec(),
        }
    }

    #[test]
    fn contractions_join_the_word_before_and_keep_its_tag() {
        let split = sentence(
            &["They", "'re", "sure", "it", "was", "n't"],
            &[Tag::Prp, Tag::Vbp, Tag::Jj, Tag::Prp, Tag::Vbd, Tag::Rb],
        );
        let joined = with_joined_contractions(&split);
        assert_eq!(
            joined,
            Some(sentence(
                &["They're", "sure", "it", "wasn't"],
                &[Tag::Prp, Tag::Jj, Tag::Prp, Tag::Vbd]
            ))
        );
        assert_eq!(
            with_joined_contractions(&sentence(&["No", "."], &[Tag::Dt, Tag::Period])),
            None
        );
    }

    #[test]
    fn a_tiny_corpus_is_learnt_and_survives_the_weights_file() {
        let corpus: Vec<TaggedSentence> = (0..30)
            .map(|_| {
                sentence(
                    &["the", "dog", "barks", "."],
                    &[Tag::Dt, Tag::Nn, Tag::Vbz, Tag::Period],
                )
            })
            .chain((0..30).map(|_| sentence(&["dogs", "bark", "loudly"], &[Tag::Nns, Tag::Vbp, Tag::Rb])))
            .collect();
        let options = TrainOptions {
            iterations: 3,
            prune_below: 0.0,
            ..TrainOptions::default()
        };
        let mut passes = 0;
        let tagger = train(&corpus, options, |_, _| passes += 1);
        assert_eq!(passes, 3);
        assert_eq!(accuracy(&tagger, &corpus), (210, 210));
        let reread = Tagger::from_bytes(&tagger.to_bytes());
        assert!(reread.is_ok_and(|reread| accuracy(&reread, &corpus) == (210, 210)));
    }
}
