use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::ThemeChoice;

/// What the window remembers between runs (through eframe's storage): settings, never the
/// project itself — that is the analyst's own file.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Recently opened files, newest first.
    pub recent: Vec<PathBuf>,
    /// Light, dark or follow the system.
    pub theme: ThemeChoice,
}

/// How many recent files File ▸ Open recent lists.
const MAX_RECENT: usize = 10;

impl Settings {
    /// Puts `path` first in the recent list.
    pub fn remember(&mut self, path: PathBuf) {
        self.recent.retain(|known| known != &path);
        self.recent.insert(0, path);
        self.recent.truncate(MAX_RECENT);
    }
}
