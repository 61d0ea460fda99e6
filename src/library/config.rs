//! Which folders make up the library: a small RON file in the data folder
//! (`library-folders.ron`), read and written by pure functions so every rule is testable.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::store::StoreError;
use crate::store::atomic::write_atomic;

/// The configuration file's name inside the data folder.
pub const CONFIG_FILE: &str = "library-folders.ron";

/// The library's folders as the analyst set them up. The data folder itself is always part of
/// the library and is not listed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LibraryConfig {
    /// Folders added on purpose (`claimdesk library add`, Settings ▸ Library folders): a
    /// shared or synced team folder.
    #[serde(default)]
    pub added: Vec<PathBuf>,
    /// Every folder a project was saved to, remembered by [`remember_folder`].
    #[serde(default)]
    pub saved_to: Vec<PathBuf>,
}

impl LibraryConfig {
    /// The folders to index: the data folder, then the added folders, then the remembered
    /// ones, each once.
    pub fn folders(&self, data_dir: &Path) -> Vec<PathBuf> {
        let mut folders: Vec<PathBuf> = Vec::new();
        for folder in std::iter::once(data_dir).chain(self.added.iter().map(PathBuf::as_path)) {
            push_once(&mut folders, folder);
        }
        for folder in &self.saved_to {
            push_once(&mut folders, folder);
        }
        folders
    }

    /// Adds `folder` to the added folders; false if it was there already.
    pub fn add(&mut self, folder: &Path) -> bool {
        if self.added.iter().any(|known| known == folder) {
            return false;
        }
        self.added.push(folder.to_owned());
        true
    }

    /// Remembers that a project was saved in `folder`; false if it was known already.
    pub fn remember(&mut self, folder: &Path) -> bool {
        if self.saved_to.iter().chain(&self.added).any(|known| known == folder) {
            return false;
        }
        self.saved_to.push(folder.to_owned());
        true
    }
}

fn push_once(folders: &mut Vec<PathBuf>, folder: &Path) {
    if !folders.iter().any(|known| known == folder) {
        folders.push(folder.to_owned());
    }
}

/// The configuration file in `data_dir`.
pub fn config_path(data_dir: &Path) -> PathBuf {
    data_dir.join(CONFIG_FILE)
}

/// Reads the configuration; a missing file is the default (no folder beyond the data folder).
/// A file that can't be read or parsed is an error, never silently replaced: it holds the
/// analyst's list of team folders.
pub fn load_config(data_dir: &Path) -> Result<LibraryConfig, StoreError> {
    let path = config_path(data_dir);
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(LibraryConfig::default()),
        Err(source) => return Err(StoreError::io(&path, source)),
    };
    ron::from_str(&text).map_err(|error| StoreError::Parse {
        path: path.clone(),
        line: error.span.start.line,
        column: error.span.start.col,
        message: error.code.to_string(),
    })
}

/// Writes the configuration atomically (the previous one kept as `library-folders.ron.bak`).
pub fn save_config(data_dir: &Path, config: &LibraryConfig) -> Result<(), StoreError> {
    let path = config_path(data_dir);
    let pretty = ron::ser::PrettyConfig::new().indentor("    ").new_line("\n");
    let mut text = ron::ser::to_string_pretty(config, pretty).map_err(|error| StoreError::Serialize {
        path: path.clone(),
        message: error.to_string(),
    })?;
    text.push('\n');
    std::fs::create_dir_all(data_dir).map_err(|source| StoreError::io(data_dir, source))?;
    write_atomic(&path, text.as_bytes(), true).map_err(|source| StoreError::io(&path, source))
}

/// Called after a project is saved at `project_path`: its folder becomes part of the library
/// (written to the configuration only when it is new). Returns whether it was new.
pub fn remember_folder(data_dir: &Path, project_path: &Path) -> Result<bool, StoreError> {
    let folder = project_path
        .parent()
        .filter(|parent| !parent.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let folder = std::fs::canonicalize(folder).unwrap_or_else(|_| folder.to_owned());
    let mut config = load_config(data_dir)?;
    if !config.remember(&folder) {
        return Ok(false);
    }
    save_config(data_dir, &config)?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folders_start_with_the_data_folder_and_repeat_nothing() {
        let mut config = LibraryConfig::default();
        let data = Path::new("/data");
        assert_eq!(config.folders(data), [PathBuf::from("/data")]);
        assert!(config.add(Path::new("/team")));
        assert!(!config.add(Path::new("/team")));
        assert!(config.remember(Path::new("/home/ana/reviews")));
        assert!(
            !config.remember(Path::new("/team")),
            "added folders are not remembered twice"
        );
        assert!(!config.remember(Path::new("/home/ana/reviews")));
        config.saved_to.push("/data".into());
        assert_eq!(
            config.folders(data),
            [
                PathBuf::from("/data"),
                PathBuf::from("/team"),
                PathBuf::from("/home/ana/reviews")
            ]
        );
    }

    #[test]
    fn saving_a_project_remembers_its_folder_once_and_the_file_round_trips() {
        let data = tempfile::tempdir().unwrap();
        let work = tempfile::tempdir().unwrap();
        assert_eq!(load_config(data.path()).unwrap(), LibraryConfig::default());
        let project = work.path().join("call.claims.ron");
        assert!(remember_folder(data.path(), &project).unwrap());
        assert!(!remember_folder(data.path(), &project).unwrap());
        let config = load_config(data.path()).unwrap();
        assert_eq!(config.saved_to, [std::fs::canonicalize(work.path()).unwrap()]);
    }

    #[test]
    fn a_damaged_configuration_is_an_error_and_is_left_alone() {
        let data = tempfile::tempdir().unwrap();
        std::fs::write(config_path(data.path()), "LibraryConfig(added: [").unwrap();
        let error = load_config(data.path()).unwrap_err().to_string();
        assert!(error.contains("library-folders.ron"), "{error}");
        assert!(remember_folder(data.path(), Path::new("/x/p.ron")).is_err());
        assert_eq!(
            std::fs::read_to_string(config_path(data.path())).unwrap(),
            "LibraryConfig(added: ["
        );
    }
}
