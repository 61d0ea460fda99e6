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
    /// Settings ▸ Analyst name, as typed; empty: the operating-system user
    /// ([`crate::store::default_analyst_name`]). Every history entry is signed with it.
    pub analyst_name: String,
    /// View ▸ Show likely claims switched off: claims the detector was unsure of are hidden.
    /// (Stored as "hide" so that files from before this setting show them, the default.)
    pub hide_likely: bool,
}

/// How many recent files File ▸ Open recent lists.
const MAX_RECENT: usize = 10;

impl Settings {
    /// The name history entries are signed with: the one typed in Settings ▸ Analyst name,
    /// else the operating-system user.
    pub fn analyst(&self) -> String {
        let typed = self.analyst_name.trim();
        if typed.is_empty() {
            crate::store::default_analyst_name()
        } else {
            typed.to_owned()
        }
    }

    /// Puts `path` first in the recent list.
    pub fn remember(&mut self, path: PathBuf) {
        self.recent.retain(|known| known != &path);
        self.recent.insert(0, path);
        self.recent.truncate(MAX_RECENT);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recent_files_are_newest_first_without_repeats() {
        let mut settings = Settings::default();
        for name in ["a", "b", "a"] {
            settings.remember(PathBuf::from(name));
        }
        assert_eq!(settings.recent, [PathBuf::from("a"), PathBuf::from("b")]);
        for n in 0..20 {
            settings.remember(PathBuf::from(n.to_string()));
        }
        assert_eq!(settings.recent.len(), MAX_RECENT);
    }

    #[test]
    fn settings_round_trip_and_old_files_still_load() {
        let settings = Settings {
            recent: vec![PathBuf::from("/tmp/x.claims.ron")],
            theme: ThemeChoice::Dark,
            analyst_name: "Ana Lyst".to_owned(),
            hide_likely: true,
        };
        let text = ron::to_string(&settings).unwrap();
        assert_eq!(ron::from_str::<Settings>(&text).unwrap(), settings);
        assert_eq!(ron::from_str::<Settings>("()").unwrap(), Settings::default());
        assert!(!Settings::default().hide_likely, "likely claims are shown by default");
    }

    #[test]
    fn a_typed_analyst_name_wins_over_the_system_user() {
        let mut settings = Settings::default();
        assert_eq!(settings.analyst(), crate::store::default_analyst_name());
        settings.analyst_name = "  Bo Checker ".to_owned();
        assert_eq!(settings.analyst(), "Bo Checker");
        settings.analyst_name = "   ".to_owned();
        assert_eq!(settings.analyst(), crate::store::default_analyst_name());
    }
}
