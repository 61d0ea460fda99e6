//! The window. (A minimal viewer until the workbench lands.)

use std::path::PathBuf;

use crate::model::Project;

/// Opens the window on `path` (an article or a project), or on nothing.
pub fn run(path: Option<PathBuf>) -> Result<(), eframe::Error> {
    let project = path
        .and_then(|path| crate::store::load_project(&path).ok())
        .map(|loaded| loaded.project);
    eframe::run_native(
        "claimdesk",
        eframe::NativeOptions::default(),
        Box::new(|_cc| Ok(Box::new(Viewer { project }))),
    )
}

struct Viewer {
    project: Option<Project>,
}

impl eframe::App for Viewer {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        egui::ScrollArea::vertical().show(ui, |ui| {
            if let Some(project) = &self.project {
                ui.heading(&project.article.title);
                ui.label(&project.article.text);
            }
        });
    }
}
