use std::path::{Path, PathBuf};

/// The extension of project files.
pub const PROJECT_EXTENSION: &str = "ron";

/// Where the review of an article is saved by default: `NAME.claims.ron` beside `NAME.txt`.
pub fn project_path_for_article(article_path: &Path) -> PathBuf {
    let stem = super::file_stem(article_path);
    article_path.with_file_name(format!("{stem}.claims.{PROJECT_EXTENSION}"))
}

/// Whether `path` names a project file rather than an article.
pub fn is_project_path(path: &Path) -> bool {
    path.extension()
        .is_some_and(|extension| extension.eq_ignore_ascii_case(PROJECT_EXTENSION))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_projects_sit_beside_the_article() {
        assert_eq!(
            project_path_for_article(Path::new("/news/call.txt")),
            Path::new("/news/call.claims.ron")
        );
        assert!(is_project_path(Path::new("a.claims.RON")));
        assert!(!is_project_path(Path::new("a.txt")));
    }
}
