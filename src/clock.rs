//! The clock and the user's name: read here, once per action, and passed into the model as a
//! [`Stamp`]. The model never reads them itself, so its history is testable with a fixed
//! stamp (clippy's `disallowed-methods` keeps `SystemTime::now` out of everywhere else).

use crate::model::Stamp;

/// Now, by the user the process runs as (`$USER`, `$USERNAME`, else "analyst").
pub fn stamp_now() -> Stamp {
    #[expect(clippy::disallowed_methods, reason = "the one place the wall clock is read")]
    let now = std::time::SystemTime::now();
    let unix_secs = now
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |elapsed| i64::try_from(elapsed.as_secs()).unwrap_or(i64::MAX));
    Stamp::at_unix(unix_secs, user_name())
}

/// The analyst's name for history entries.
pub fn user_name() -> String {
    std::env::var("USER")
        .or_else(|_| std::env::var("USERNAME"))
        .ok()
        .filter(|name| !name.trim().is_empty())
        .unwrap_or_else(|| "analyst".to_owned())
}
