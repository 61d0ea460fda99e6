/// Why an export could not be produced. Exports are pure functions of the project, so these
/// are failures of the serialisers themselves, not of user data.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The CSV writer failed.
    #[error("could not write the CSV: {0}")]
    Csv(String),
    /// The JSON serialiser failed.
    #[error("could not write the JSON: {0}")]
    Json(String),
}

impl From<csv::Error> for ExportError {
    fn from(error: csv::Error) -> Self {
        Self::Csv(error.to_string())
    }
}

impl From<serde_json::Error> for ExportError {
    fn from(error: serde_json::Error) -> Self {
        Self::Json(error.to_string())
    }
}
