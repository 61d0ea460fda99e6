//! Reading `ClaimBuster`'s CSVs, pinned by SHA-256 so a training run always sees the same data.

use std::path::Path;

use super::sha256::sha256_hex;

/// The public repository holding a byte-identical copy of `ClaimBuster`'s CSVs, and the commit
/// the hashes below were taken at. Bring it with the session's `fetch` tool, or clone it, then
/// `git show COMMIT:data/ClaimBuster/datasets/crowdsourced.csv > DATA_DIR/crowdsourced.csv`.
pub const SOURCE_REPOSITORY: &str = "https://github.com/matsbratvold/Checkworthiness-Detection-with-Open-Source-LLMs";
/// The commit of [`SOURCE_REPOSITORY`] the CSVs were read from.
pub const SOURCE_COMMIT: &str = "66964b538b06fe1728b0d48897a635727f6bbc57";
/// Where in that repository.
pub const SOURCE_PATH: &str = "data/ClaimBuster/datasets";

/// A data file and its pinned hash.
pub struct Pinned {
    /// File name inside the data directory.
    pub name: &'static str,
    /// SHA-256 of the file, lower-case hex.
    pub sha256: &'static str,
}

/// 22,501 debate sentences labelled by crowd coders: the training data.
pub const CROWDSOURCED: Pinned = Pinned {
    name: "crowdsourced.csv",
    sha256: "11026f911d96476daed6c9a83ba0fbf3555598c04ef9b7fa567eeadee8693843",
};

/// 1,032 sentences labelled by the dataset's authors: for the thresholds.
pub const GROUNDTRUTH: Pinned = Pinned {
    name: "groundtruth.csv",
    sha256: "64890c51e1092fec0d361ca770b3efccc0c889dd569b46b35922d94c44fa99ea",
};

/// One labelled sentence.
pub struct Example {
    /// `ClaimBuster`'s `Sentence_id`.
    pub id: u64,
    /// The sentence.
    pub text: String,
    /// Verdict 1: a check-worthy factual sentence (CFS). 0 and −1 are the negatives.
    pub positive: bool,
    /// The debate transcript it comes from (`File_id`), for splitting by debate.
    pub debate: String,
}

/// Reads `dir/pinned.name` after checking its SHA-256.
pub fn load(dir: &Path, pinned: &Pinned) -> Result<Vec<Example>, String> {
    let path = dir.join(pinned.name);
    let bytes = std::fs::read(&path).map_err(|err| format!("{}: {err}", path.display()))?;
    let found = sha256_hex(&bytes);
    if found != pinned.sha256 {
        return Err(format!(
            "{}: SHA-256 is {found}, expected {} (the file of {SOURCE_REPOSITORY} at commit {SOURCE_COMMIT}, {SOURCE_PATH}/{})",
            path.display(),
            pinned.sha256,
            pinned.name
        ));
    }
    println!("{}: {} bytes, sha256 {found} (pinned: ok)", path.display(), bytes.len());
    let mut reader = csv::Reader::from_reader(bytes.as_slice());
    let headers = reader
        .headers()
        .map_err(|err| format!("{}: {err}", path.display()))?
        .clone();
    let column = |name: &str| {
        headers
            .iter()
            .position(|header| header == name)
            .ok_or_else(|| format!("{}: no column {name}", path.display()))
    };
    let (id_at, text_at, verdict_at, debate_at) = (
        column("Sentence_id")?,
        column("Text")?,
        column("Verdict")?,
        column("File_id")?,
    );
    let mut examples = Vec::new();
    for (line, record) in reader.records().enumerate() {
        let record = record.map_err(|err| format!("{}: {err}", path.display()))?;
        let field = |at: usize| record.get(at).unwrap_or_default();
        let verdict: i32 = field(verdict_at)
            .trim()
            .parse()
            .map_err(|err| format!("{}: record {}: verdict: {err}", path.display(), line + 1))?;
        examples.push(Example {
            id: field(id_at).trim().parse().unwrap_or(0),
            text: field(text_at).to_owned(),
            positive: verdict == 1,
            debate: field(debate_at).to_owned(),
        });
    }
    Ok(examples)
}
