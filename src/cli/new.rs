use std::path::{Path, PathBuf};

use crate::model::{Article, Project};
use crate::store::{StoreError, project_path_for_article, save_project};

/// Detects the claims of `article` and writes a new project to `output` (default
/// `NAME.claims.ron` beside the article). An existing file is only replaced with `force`.
pub fn new_project(
    article: Article,
    article_path: &Path,
    output: Option<PathBuf>,
    force: bool,
) -> Result<(PathBuf, Project), StoreError> {
    let path = output.unwrap_or_else(|| project_path_for_article(article_path));
    if !force && path.exists() {
        return Err(StoreError::io(
            &path,
            std::io::Error::new(
                std::io::ErrorKind::AlreadyExists,
                "already exists; pass --force to replace it (the old file is kept as .bak)",
            ),
        ));
    }
    let detections = crate::extract::extract(&article.text);
    let project = Project::from_detections(article, detections);
    save_project(&path, &project)?;
    Ok((path, project))
}
