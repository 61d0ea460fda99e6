//! "Seen before": the inspector's list of the library's earlier claims that say what the
//! selected claim says, and the marker on such claims in the list and the article.
//!
//! The app publishes what the library answered ([`LibraryView`]) in the egui context once per
//! frame; the list, the article and the inspector read it from there, so none of their
//! signatures had to change.

use std::sync::Arc;

use egui::{RichText, Ui};

use crate::app::{Command, LibraryView};
use crate::library::LibraryMatch;
use crate::model::{Claim, ClaimId};

use super::theme;

fn view_id() -> egui::Id {
    egui::Id::unique("claimdesk library view")
}

/// Makes `view` what the views draw this frame (the app calls it before drawing).
pub fn publish(ctx: &egui::Context, view: Arc<LibraryView>) {
    ctx.data_mut(|data| data.insert_temp(view_id(), view));
}

/// What the app published (nothing seen before when it published nothing).
pub fn published(ctx: &egui::Context) -> Arc<LibraryView> {
    ctx.data(|data| data.get_temp::<Arc<LibraryView>>(view_id()))
        .unwrap_or_default()
}

/// Whether `claim_id` was seen before (for the list's and the article's marker).
pub fn is_seen_before(ctx: &egui::Context, claim_id: ClaimId) -> bool {
    ctx.data(|data| {
        data.get_temp::<Arc<LibraryView>>(view_id())
            .is_some_and(|view| view.seen_before(claim_id).is_some())
    })
}

/// Paints the marker of a claim seen before: a small dot, centred at `center`.
pub fn paint_marker(painter: &egui::Painter, visuals: &egui::Visuals, center: egui::Pos2) {
    painter.circle_filled(center, 3.0, theme::seen_before(visuals));
}

/// The inspector's "Seen before (N)" section for `claim`.
pub fn seen_before_ui(ui: &mut Ui, claim: &Claim) -> Vec<Command> {
    let mut commands = Vec::new();
    let view = published(ui.ctx());
    let Some(found) = view.seen_before(claim.id) else {
        if let Some(status) = &view.status {
            ui.separator();
            if view.unavailable {
                ui.colored_label(theme::error_color(ui.visuals()), status);
            } else {
                ui.weak(status);
            }
        }
        return commands;
    };
    ui.separator();
    egui::CollapsingHeader::new(RichText::new(format!("Seen before ({})", found.total)).strong())
        .id_salt("seen before")
        .default_open(true)
        .show(ui, |ui| {
            for (index, earlier) in found.matches.iter().enumerate() {
                ui.push_id(index, |ui| match_ui(ui, claim, earlier, &mut commands));
            }
            if found.total > found.matches.len() {
                ui.weak(format!(
                    "… and {} more claims saying the same",
                    found.total - found.matches.len()
                ));
            }
        });
    commands
}

fn match_ui(ui: &mut Ui, claim: &Claim, earlier: &LibraryMatch, commands: &mut Vec<Command>) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(RichText::new(&earlier.title).strong());
        let mut line = Vec::new();
        if let Some(date) = &earlier.date {
            line.push(date.clone());
        }
        if let Some(analyst) = &earlier.analyst {
            line.push(analyst.clone());
        }
        line.push(format!("match {:.0}%", earlier.score * 100.0));
        ui.weak(line.join(" · "));
        let verdict = if earlier.reviewed {
            format!(
                "{} Verdict: {}",
                theme::status_marker(earlier.status, true),
                earlier.status.label()
            )
        } else {
            "Not reviewed there".to_owned()
        };
        ui.label(RichText::new(verdict).color(theme::status_text_color(
            ui.visuals(),
            earlier.status,
            earlier.reviewed,
        )));
        for source in &earlier.sources {
            let title = if source.title.is_empty() {
                source.url.clone()
            } else {
                format!("{} ({})", source.title, source.url)
            };
            ui.label(RichText::new(format!("Source: {title}")).small());
        }
        if !earlier.note.is_empty() {
            ui.label(format!("Note: {}", earlier.note));
        }
        ui.label(RichText::new(&earlier.sentence).italics().weak());
        ui.horizontal_wrapped(|ui| {
            let can_copy = earlier.reviewed || !earlier.sources.is_empty();
            if ui
                .add_enabled(can_copy, egui::Button::new("Copy verdict and sources"))
                .on_hover_text("Give this claim the same verdict and sources (one undo step)")
                .clicked()
            {
                commands.push(Command::CopyFromLibrary(claim.id, Box::new(earlier.clone())));
            }
            if ui
                .button("Open that review")
                .on_hover_text(earlier.project.display().to_string())
                .clicked()
            {
                commands.push(Command::OpenAtClaim(earlier.project.clone(), earlier.claim_id));
            }
        });
    });
}
