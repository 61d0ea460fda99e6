//! The article's metadata above its text: byline, publication date, canonical URL — what an
//! imported web page said about itself, so the analyst can cite it.

use crate::app::Command;
use crate::model::{Article, openable_url};

/// Whether `article` has anything for [`article_info_ui`] to show.
pub fn has_info(article: &Article) -> bool {
    article.byline.is_some() || article.published.is_some() || article.url.is_some()
}

/// One line of metadata; the URL opens in the browser on click when it is an http(s) link,
/// and is plain text otherwise.
pub fn article_info_ui(ui: &mut egui::Ui, article: &Article) -> Option<Command> {
    let mut command = None;
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = 6.0;
        let mut first = true;
        let mut separator = |ui: &mut egui::Ui| {
            if !std::mem::take(&mut first) {
                ui.weak("·");
            }
        };
        if let Some(byline) = &article.byline {
            separator(ui);
            ui.weak(format!("By {byline}"));
        }
        if let Some(published) = &article.published {
            separator(ui);
            ui.weak(published);
        }
        if let Some(url) = &article.url {
            separator(ui);
            match openable_url(url) {
                Some(link) => {
                    if ui.link(url).on_hover_text("Open the original in the browser").clicked() {
                        command = Some(Command::OpenUrl(link.to_owned()));
                    }
                }
                None => {
                    ui.weak(url);
                }
            }
        }
    });
    command
}
