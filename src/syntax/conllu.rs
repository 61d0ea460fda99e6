//! A reader for CoNLL-U treebank files: words and their PTB tags (the `XPOS` column).
//!
//! Only what training and evaluating the tagger needs: documents, sentences, word forms and
//! tags. Multi-word token lines ("1-2 don't") and empty nodes ("8.1") are skipped: the words
//! they stand for are on their own lines.

use super::tag::Tag;

/// One sentence of words with their gold tags.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TaggedSentence {
    /// The word forms.
    pub words: Vec<String>,
    /// The gold tag of each word.
    pub tags: Vec<Tag>,
}

/// One document (`# newdoc id = …`) of a treebank file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TreebankDocument {
    /// The document's id (`GUM_news_iodine`); empty when the file names none.
    pub id: String,
    /// Its sentences, in order.
    pub sentences: Vec<TaggedSentence>,
    /// Sentences left out because a word had a tag that is not PTB (a treebank error).
    pub skipped_sentences: usize,
}

impl TreebankDocument {
    /// Whether the words are masked (all underscores, as in GUM's reddit documents, whose text
    /// must be restored by a script from reddit): such a document teaches nothing.
    pub fn is_masked(&self) -> bool {
        let mut words = self.sentences.iter().flat_map(|sentence| &sentence.words);
        words.all(|word| word.bytes().all(|byte| byte == b'_'))
    }

    /// Number of words.
    pub fn word_count(&self) -> usize {
        self.sentences.iter().map(|sentence| sentence.words.len()).sum()
    }
}

/// The documents of a CoNLL-U text. Lines that are not well-formed token lines are ignored.
pub fn read_documents(text: &str) -> Vec<TreebankDocument> {
    let mut documents: Vec<TreebankDocument> = Vec::new();
    let mut sentence = TaggedSentence::default();
    let mut bad_sentence = false;
    let finish = |documents: &mut Vec<TreebankDocument>, sentence: &mut TaggedSentence, bad: &mut bool| {
        if documents.is_empty() {
            documents.push(TreebankDocument::default());
        }
        if let Some(document) = documents.last_mut() {
            if *bad {
                document.skipped_sentences += 1;
            } else if !sentence.words.is_empty() {
                document.sentences.push(std::mem::take(sentence));
            }
        }
        *sentence = TaggedSentence::default();
        *bad = false;
    };
    for line in text.lines() {
        let line = line.trim_end_matches('\r');
        if let Some(id) = line.strip_prefix("# newdoc id =") {
            finish(&mut documents, &mut sentence, &mut bad_sentence);
            documents.push(TreebankDocument {
                id: id.trim().to_owned(),
                ..TreebankDocument::default()
            });
            continue;
        }
        if line.is_empty() {
            finish(&mut documents, &mut sentence, &mut bad_sentence);
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        let mut columns = line.split('\t');
        let (Some(id), Some(form), Some(_lemma), Some(_upos), Some(xpos)) = (
            columns.next(),
            columns.next(),
            columns.next(),
            columns.next(),
            columns.next(),
        ) else {
            continue;
        };
        if id.contains(['-', '.']) {
            continue;
        }
        match Tag::from_ptb(xpos) {
            Some(tag) => {
                sentence.words.push(form.to_owned());
                sentence.tags.push(tag);
            }
            None => bad_sentence = true,
        }
    }
    finish(&mut documents, &mut sentence, &mut bad_sentence);
    documents.retain(|document| !document.sentences.is_empty() || document.skipped_sentences > 0);
    documents
}

#[cfg(test)]
mod tests {
    use super::read_documents;
    use crate::syntax::Tag;

    #[test]
    fn reads_words_and_tags_and_skips_multiword_lines() {
        let text = "# newdoc id = doc_a\n# text = I don't.\n1\tI\tI\tPRON\tPRP\t_\n\
                    2-3\tdon't\t_\t_\t_\t_\n2\tdo\tdo\tAUX\tVBP\t_\n3\tn't\tnot\tPART\tRB\t_\n\
                    4\t.\t.\tPUNCT\t.\t_\n\n1\tOdd\todd\tADJ\tVERB\t_\n\n\
                    # newdoc id = doc_b\n1\tHi\thi\tINTJ\tUH\t_\n";
        let documents = read_documents(text);
        assert_eq!(documents.len(), 2);
        let first = &documents[0];
        assert_eq!(first.id, "doc_a");
        assert_eq!(first.sentences[0].words, ["I", "do", "n't", "."]);
        assert_eq!(first.sentences[0].tags, [Tag::Prp, Tag::Vbp, Tag::Rb, Tag::Period]);
        assert_eq!(first.skipped_sentences, 1, "a UPOS tag in XPOS is a bad sentence");
        assert_eq!(documents[1].word_count(), 1);
        assert!(!documents[1].is_masked());
    }
}
