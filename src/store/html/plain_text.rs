//! The plain-text writer both article importers share (Markdown borrows it from here): it
//! is what makes "one blank line between blocks, no stray white space" hold for every format.

/// Plain text built block by block: at most one blank line between blocks, none at the
/// ends, single spaces between words and no white space at the end of a line.
#[derive(Debug, Default)]
pub(in crate::store) struct PlainText {
    out: String,
    /// Line breaks owed before the next words: 1 for a line break, 2 for a new block.
    pending_breaks: usize,
    /// A space is owed before the next words (collapsed white space between inline runs).
    pending_space: bool,
}

impl PlainText {
    /// Whether nothing has been written yet.
    pub(in crate::store) fn is_empty(&self) -> bool {
        self.out.is_empty()
    }

    /// A block (paragraph, heading, list …) starts or ends: the next words go after a blank
    /// line.
    pub(in crate::store) fn block_break(&mut self) {
        self.pending_breaks = 2;
    }

    /// The next words go on a new line (unless a blank line is already owed).
    pub(in crate::store) fn line_break(&mut self) {
        self.pending_breaks = self.pending_breaks.max(1);
    }

    /// Words from HTML-like inline text: every run of white space, line breaks included,
    /// counts as one space.
    pub(in crate::store) fn push_words(&mut self, text: &str) {
        let mut words = text.split_whitespace().peekable();
        if text.starts_with(char::is_whitespace) {
            self.pending_space = true;
        }
        while let Some(word) = words.next() {
            self.push_run(word);
            if words.peek().is_some() {
                self.pending_space = true;
            }
        }
        if text.ends_with(char::is_whitespace) && !text.trim().is_empty() {
            self.pending_space = true;
        }
    }

    /// Text whose line breaks mean something (preformatted text, Markdown text): each `\n`
    /// is a line break, spaces inside a line are kept. A carriage return (from a `&#13;`
    /// entity, which newline normalisation never sees) breaks the line too, so the text
    /// keeps its one kind of line end.
    pub(in crate::store) fn push_lines(&mut self, text: &str) {
        for (index, line) in text.split(['\n', '\r']).enumerate() {
            if index > 0 {
                self.line_break();
            }
            if !line.trim().is_empty() {
                self.push_run(line);
            }
        }
    }

    /// A separator between table cells.
    pub(in crate::store) fn cell_break(&mut self) {
        if self.pending_breaks == 0 && !self.out.is_empty() && !self.out.ends_with('\t') {
            self.out.push('\t');
            self.pending_space = false;
        }
    }

    fn push_run(&mut self, run: &str) {
        if self.out.is_empty() {
            self.out.push_str(run.trim_start());
        } else if self.pending_breaks > 0 {
            let kept = self.out.trim_end_matches([' ', '\t']).len();
            self.out.truncate(kept);
            for _ in 0..self.pending_breaks {
                self.out.push('\n');
            }
            self.out.push_str(run.trim_start());
        } else {
            if self.pending_space && !self.out.ends_with([' ', '\t', '\n']) {
                self.out.push(' ');
            }
            self.out.push_str(run);
        }
        self.pending_breaks = 0;
        self.pending_space = false;
    }

    /// The text, trimmed, every line's end trimmed.
    pub(in crate::store) fn finish(self) -> String {
        self.out
            .lines()
            .map(str::trim_end)
            .collect::<Vec<_>>()
            .join("\n")
            .trim()
            .to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::PlainText;

    #[test]
    fn blocks_lines_and_words() {
        let mut text = PlainText::default();
        text.block_break();
        text.push_words("  One \n  two ");
        text.push_words("three");
        text.push_words(" ");
        text.push_words("four");
        text.block_break();
        text.block_break();
        text.push_words("Next");
        text.line_break();
        text.push_lines("a  b\n\nc");
        assert_eq!(text.finish(), "One two three four\n\nNext\na  b\nc");
    }
}
