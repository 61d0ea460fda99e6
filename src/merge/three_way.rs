//! `claimdesk merge`: three versions of a project in, one out.

use std::collections::{HashMap, HashSet};

use super::MergeError;
use super::claim_merge::{fresh_base, merge_claim};
use super::lists::pick3;
use crate::model::{Article, Claim, ClaimId, Project, ValidationReport};

/// What [`merge_projects`] made.
#[derive(Clone, Debug)]
pub struct MergeOutcome {
    /// The merged project, valid (see [`Project::validate`]).
    pub project: Project,
    /// Claims with open conflicts, in text order: the merge "failed" (exit 1) when any.
    pub conflicted: Vec<ClaimId>,
    /// Claims added on both sides under one id but over different words: one got a new id.
    pub renumbered: Vec<Renumbered>,
    /// Decisions the merge took that a person may want to look at (a title both sides
    /// changed, a claim one side removed and the other edited), in words.
    pub notices: Vec<String>,
    /// Claims re-anchored or flagged after one side changed the article text.
    pub report: ValidationReport,
}

/// A claim that got a new id in the merge.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Renumbered {
    /// Its id in the side it came from.
    pub from: ClaimId,
    /// Its id in the merged project.
    pub to: ClaimId,
}

/// Merges `ours` and `theirs`, two versions of a review that both started from `base`
/// (`None` when they have no common version: git's add/add case).
///
/// Claims are matched by id. Per claim and field: a change on one side only is taken; the
/// same change on both is taken once; sources and history are joined (history oldest first,
/// no entry twice); a dismissal on one side and work on the other keeps the work and records
/// a conflict; different verdicts, notes or kinds are recorded as conflicts in the claim
/// (both values, who and when) and the field keeps the base value until resolved. Claims
/// added on either side are kept; added on both over the same words, they become one. A
/// claim removed on one side (by hand: claimdesk itself dismisses, never removes) stays
/// removed unless the other side changed it.
///
/// The result does not depend on which side is "ours" beyond the order of sources, the id a
/// renumbered claim gets, and which side a conflict calls ours.
pub fn merge_projects(base: Option<&Project>, ours: &Project, theirs: &Project) -> Result<MergeOutcome, MergeError> {
    let mut notices = Vec::new();
    let article = match base {
        Some(base) => merge_article(&base.article, &ours.article, &theirs.article, &mut notices)?,
        None if ours.article.text == theirs.article.text => {
            merge_article(&ours.article, &ours.article, &theirs.article, &mut notices)?
        }
        None => return Err(MergeError::UnrelatedArticles),
    };
    let verdicts = match base {
        Some(base) => pick3(&base.verdicts, &ours.verdicts, &theirs.verdicts),
        None => (ours.verdicts == theirs.verdicts).then(|| ours.verdicts.clone()),
    }
    .unwrap_or_else(|| {
        notices.push("both sides renamed the published verdicts differently: ours kept".to_owned());
        ours.verdicts.clone()
    });

    let no_claims = Vec::new();
    let base_claims = base.map_or(&no_claims, |base| &base.claims);
    let ours_by_id = by_id(&ours.claims);
    let theirs_by_id = by_id(&theirs.claims);
    let base_ids: HashSet<ClaimId> = base_claims.iter().map(|claim| claim.id).collect();

    let mut claims: Vec<Claim> = Vec::with_capacity(ours.claims.len().max(theirs.claims.len()));
    for base_claim in base_claims {
        match (ours_by_id.get(&base_claim.id), theirs_by_id.get(&base_claim.id)) {
            (Some(ours_claim), Some(theirs_claim)) => claims.push(merge_claim(base_claim, ours_claim, theirs_claim)),
            (Some(kept), None) | (None, Some(kept)) => {
                if *kept != base_claim {
                    notices.push(format!(
                        "claim {} was removed on one side and changed on the other: kept",
                        base_claim.id
                    ));
                    claims.push((*kept).clone());
                }
            }
            (None, None) => {}
        }
    }

    let renumbered = add_new_claims(&mut claims, base_claims, ours, theirs, &base_ids);

    let mut project = Project {
        format: ours.format,
        article,
        claims,
        verdicts,
    };
    let report = project.validate();
    project.format = project.required_format();
    let conflicted = project.conflicted_claims().map(|claim| claim.id).collect();
    Ok(MergeOutcome {
        project,
        conflicted,
        renumbered,
        notices,
        report,
    })
}

fn by_id(claims: &[Claim]) -> HashMap<ClaimId, &Claim> {
    let mut map = HashMap::with_capacity(claims.len());
    for claim in claims {
        // Loading refuses duplicate ids; should one slip through, the first wins.
        map.entry(claim.id).or_insert(claim);
    }
    map
}

/// Adds the claims each side added (not in base); those both added over the same words
/// become one. An id both sides used for different claims, or one already taken, is
/// replaced by a fresh one, so ids stay unique and are never reused.
fn add_new_claims(
    claims: &mut Vec<Claim>,
    base_claims: &[Claim],
    ours: &Project,
    theirs: &Project,
    base_ids: &HashSet<ClaimId>,
) -> Vec<Renumbered> {
    type SpanKey<'a> = (usize, usize, &'a str);
    let span_key = |claim: &Claim| -> (usize, usize, String) { (claim.start, claim.end, claim.quote.clone()) };
    let added = |project: &Project| -> Vec<Claim> {
        project
            .claims
            .iter()
            .filter(|claim| !base_ids.contains(&claim.id))
            .cloned()
            .collect()
    };
    let ours_added = added(ours);
    let theirs_new = added(theirs);
    let mut theirs_added: HashMap<SpanKey<'_>, Vec<&Claim>> = HashMap::new();
    for claim in theirs_new.iter().rev() {
        theirs_added
            .entry((claim.start, claim.end, claim.quote.as_str()))
            .or_default()
            .push(claim);
    }
    let mut new_claims: Vec<Claim> = Vec::with_capacity(ours_added.len() + theirs_new.len());
    for ours_claim in &ours_added {
        let twin = theirs_added
            .get_mut(&(ours_claim.start, ours_claim.end, ours_claim.quote.as_str()))
            .and_then(Vec::pop);
        match twin {
            Some(theirs_claim) => {
                let mut merged = merge_claim(&fresh_base(ours_claim), ours_claim, theirs_claim);
                merged.id = ours_claim.id.min(theirs_claim.id);
                new_claims.push(merged);
            }
            None => new_claims.push(ours_claim.clone()),
        }
    }
    let mut left: Vec<&Claim> = theirs_added.into_values().flatten().collect();
    left.sort_by_key(|claim| claim.id);
    new_claims.extend(left.into_iter().cloned());

    // Deterministic whichever side is ours: by position, then id.
    new_claims.sort_by(|a, b| span_key(a).cmp(&span_key(b)).then(a.id.cmp(&b.id)));
    let mut taken: HashSet<ClaimId> = claims.iter().map(|claim| claim.id).collect();
    let mut next_id = base_claims
        .iter()
        .chain(&ours.claims)
        .chain(&theirs.claims)
        .map(|claim| claim.id.0)
        .max()
        .unwrap_or(0)
        + 1;
    let mut renumbered = Vec::new();
    for mut claim in new_claims {
        if !taken.insert(claim.id) {
            let to = ClaimId(next_id);
            next_id += 1;
            renumbered.push(Renumbered { from: claim.id, to });
            claim.id = to;
            taken.insert(to);
        }
        claims.push(claim);
    }
    renumbered
}

/// The article, field by field. Both sides changing the text differently is an error (no
/// claim could be placed); other fields keep ours with a notice.
fn merge_article(
    base: &Article,
    ours: &Article,
    theirs: &Article,
    notices: &mut Vec<String>,
) -> Result<Article, MergeError> {
    if let Some(same) = pick3(base, ours, theirs) {
        return Ok(same);
    }
    let text = pick3(&base.text, &ours.text, &theirs.text).ok_or(MergeError::ArticleTextDiffers)?;
    let mut field = |name: &str, base: &Option<String>, ours: &Option<String>, theirs: &Option<String>| {
        pick3(base, ours, theirs).unwrap_or_else(|| {
            notices.push(format!(
                "both sides changed the article's {name} differently: ours kept"
            ));
            ours.clone()
        })
    };
    let origin = field("origin", &base.origin, &ours.origin, &theirs.origin);
    let byline = field("byline", &base.byline, &ours.byline, &theirs.byline);
    let published = field("publication date", &base.published, &ours.published, &theirs.published);
    let url = field("URL", &base.url, &ours.url, &theirs.url);
    let title = pick3(&base.title, &ours.title, &theirs.title).unwrap_or_else(|| {
        notices.push(format!(
            "both sides changed the title differently: ours kept (theirs: {:?})",
            theirs.title
        ));
        ours.title.clone()
    });
    Ok(Article {
        title,
        origin,
        byline,
        published,
        url,
        text,
    })
}
