//! Articles in: saved news pages of different layouts and a Markdown post, as publishers'
//! systems write them, must come through as the story's text and metadata with none of the
//! page furniture.

use std::path::Path;

use claimdesk::store::html::{ImportError, article_from_html, import_html};
use claimdesk::store::markdown::article_from_markdown;
use claimdesk::store::read_article;

fn fixture(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/import")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

/// Every paragraph is in the text, and each is a paragraph of its own (blank lines around).
fn assert_paragraphs(text: &str, paragraphs: &[&str]) {
    let blocks: Vec<&str> = text.split("\n\n").collect();
    for paragraph in paragraphs {
        assert!(
            blocks.contains(paragraph),
            "paragraph missing or merged: {paragraph:?}\n--- text ---\n{text}"
        );
    }
}

fn assert_no_furniture(text: &str, furniture: &[&str]) {
    for piece in furniture {
        assert!(!text.contains(piece), "furniture {piece:?} in the text:\n{text}");
    }
}

#[test]
fn wordpress_style_page_keeps_the_story_and_drops_the_furniture() {
    let article = article_from_html(&fixture("daily-courier.html"), Some("daily-courier.html".into())).unwrap();
    assert_eq!(article.title, "Biden and Putin hold ‘serious’ 50-minute call");
    assert_eq!(article.byline.as_deref(), Some("Margaret Okafor"));
    assert_eq!(article.published.as_deref(), Some("2021-12-31T07:42:00+00:00"));
    assert_eq!(
        article.url.as_deref(),
        Some("https://dailycourier.example/world/2021/12/31/biden-putin-call/")
    );
    assert_eq!(article.origin.as_deref(), Some("daily-courier.html"));
    assert_paragraphs(
        &article.text,
        &[
            "Biden and Putin hold ‘serious’ 50-minute call",
            "U.S. President Joe Biden and Russian President Vladimir Putin held a “serious and substantive” 50-minute call on Thursday, their second conversation this month, as tens of thousands of Russian troops remained massed near Ukraine’s border.",
            "Talks set for January",
            "Kremlin foreign policy aide Yuri Ushakov said the conversation created “a good background” for talks between Russian and U.S. officials in Geneva on January 9-10.",
            "Western officials estimate that between 60,000 and 90,000 Russian soldiers are deployed within striking distance of the border — figures Moscow disputes.",
            "“We will continue to seek diplomacy,” White House press secretary Jen Psaki said in a statement.",
            "The two leaders last spoke on December 7 in a two-hour video call.",
        ],
    );
    assert!(
        article
            .text
            .starts_with("Biden and Putin hold ‘serious’ 50-minute call\n\nU.S. President Joe Biden"),
        "the headline opens the text, the story follows: {}",
        article.text
    );
    assert_no_furniture(
        &article.text,
        &[
            "cookies",
            "Accept all",
            "Skip to content",
            "Politics",
            "Search the Courier",
            "Advertisement",
            "Home",
            "By Margaret",
            "December 31, 2021",
            "Share on",
            "Email this",
            "Related",
            "Ukraine crisis: what we know",
            "Tagged",
            "comments",
            "Wake me up",
            "Post comment",
            "Most read",
            "Storm warning",
            "newsletter",
            "About us",
            "All rights reserved",
            "dataLayer",
            "addEventListener",
            "{",
            "<",
        ],
    );
}

#[test]
fn div_soup_wire_page_keeps_the_story_and_drops_the_furniture() {
    let article = article_from_html(&fixture("wire-service.html"), None).unwrap();
    assert_eq!(
        article.title,
        "Russia says security talks with West have hit a dead end"
    );
    assert_eq!(article.byline.as_deref(), Some("Tom Balmforth and Andrew Osborn"));
    assert_eq!(article.published.as_deref(), Some("2022-01-13T14:05:00Z"));
    assert_eq!(
        article.url.as_deref(),
        Some("https://worldwire.example/world/europe/russia-talks-dead-end-2022-01-13/")
    );
    assert!(
        article
            .text
            .starts_with("Russia says security talks with West have hit a dead end\n\nMOSCOW"),
        "{}",
        article.text
    );
    assert_paragraphs(
        &article.text,
        &[
            "MOSCOW, Jan 13 (World Wire) - Russia said on Thursday that security talks with the West had hit a \"dead end\" and warned it could deploy forces to Cuba and Venezuela if tensions over Ukraine were not resolved.",
            "Deputy Foreign Minister Sergei Ryabkov said there were no grounds to hold a new round of talks in the coming days after a week of meetings in Geneva, Brussels and Vienna failed to narrow the gap.",
            "The United States and NATO rejected Moscow's demand to bar Ukraine from ever joining the alliance, but offered talks on arms control and confidence-building measures.",
            "\"There is a risk of confrontation,\" Ryabkov told RTVi television, adding that about 10,000 troops had ended drills near the border in 2021 but that the overall force remained in place.",
        ],
    );
    assert_no_furniture(
        &article.text,
        &[
            "Markets",
            "Sign In",
            "Register",
            "cookies",
            "I understand",
            "Europe\n",
            "Updated 3 hours",
            "Share on",
            "Copy link",
            "Advertisement",
            "Related Coverage",
            "NATO says ready",
            "Our Standards",
            "Daily Briefing",
            "Sign up",
            "Trending",
            "Oil prices",
            "Careers",
            "All quotes delayed",
            "NOT THE ARTICLE",
            "createElement",
            "By Tom",
        ],
    );
}

#[test]
fn longform_magazine_page_keeps_headings_and_drops_the_furniture() {
    let article = article_from_html(&fixture("longread-magazine.html"), None).unwrap();
    assert_eq!(article.title, "The winter of waiting: inside Europe's gas crunch");
    assert_eq!(article.byline.as_deref(), Some("Inès Duval"));
    assert_eq!(article.published.as_deref(), Some("2022-01-20T06:00:00+01:00"));
    assert_eq!(
        article.url.as_deref(),
        Some("https://meridian.example/features/europe-gas-crunch")
    );
    assert!(
        article.text.starts_with(
            "The winter of waiting: inside Europe's gas crunch\n\nAs storage runs low, utilities and households brace for months of high prices.\n\nIn the control room"
        ),
        "headline, then standfirst, then the story: {}",
        article.text
    );
    assert_paragraphs(
        &article.text,
        &[
            "In the control room of a storage site in northern Germany, the screens tell a simple story: the caverns that should be three-quarters full in January are barely half full.",
            "Europe entered the winter with its gas stores at their lowest level in a decade, and wholesale prices have risen more than 400% over the past year, according to figures from the continent’s largest exchange.",
            "A market with no slack",
            "“We are flying on sight,” said Katrin Weber, who runs trading at a municipal utility in Bavaria. Her company has already raised tariffs twice since September.",
            "Households feel it first",
            "Consumer groups estimate that about 1.5 million households in France alone have fallen behind on energy bills, a figure the government says it cannot confirm.",
            "For now, officials are counting on a mild February.",
        ],
    );
    // The pull quote repeats the story's words; the story's sentence must be there once.
    assert_eq!(
        article.text.matches("We are flying on sight").count(),
        1,
        "{}",
        article.text
    );
    assert_no_furniture(
        &article.text,
        &[
            "privacy choices",
            "842 partners",
            "Agree and close",
            "Culture",
            "Subscribe",
            "Photo: Meridian",
            "Card template",
            "free articles",
            "Facebook",
            "LinkedIn",
            "Recommended for you",
            "heat pumps",
            "32 comments",
            "Imprint",
            "Independent journalism",
            "__INITIAL_STATE__",
            "By Inès",
            "20 January 2022",
            "Energy\n",
        ],
    );
}

#[test]
fn windows_1252_page_is_decoded_by_its_meta_charset() {
    let bytes = fixture("regional-cp1252.html");
    assert!(
        std::str::from_utf8(&bytes).is_err(),
        "the fixture must really be cp1252 bytes"
    );
    assert!(bytes.contains(&0x93) && bytes.contains(&0x94) && bytes.contains(&0xe9));
    let article = article_from_html(&bytes, None).unwrap();
    assert_eq!(article.title, "Café owners protest new tax");
    assert_eq!(article.byline.as_deref(), Some("René Lefèvre"));
    assert_paragraphs(
        &article.text,
        &[
            "About 200 café owners gathered outside the town hall on Friday to protest a new terrace tax, which they say will cost each business “two months of profit” a year.",
            "The tax, approved by the council in December, charges €45 per square metre of terrace – three times the previous rate, according to the owners’ association.",
            "“We survived the lockdowns; we will not be finished off by the mayor,” said André Duchêne, who has run the Café de la Gare since 1994.",
        ],
    );
    assert!(
        article
            .text
            .starts_with("Café owners protest new tax\n\nAbout 200 café owners"),
        "{}",
        article.text
    );
    assert!(!article.text.contains('\u{fffd}'), "{}", article.text);
    assert_no_furniture(
        &article.text,
        &[
            "Accueil",
            "Petites annonces",
            "Garage Martin",
            "Imprimer",
            "Envoyer",
            "Tous droits",
            "Visiteurs",
            "popup",
        ],
    );
}

#[test]
fn pages_with_no_text_are_refused_and_pages_of_furniture_are_read_whole() {
    assert_eq!(article_from_html(b"", None), Err(ImportError::NoArticleText));
    assert_eq!(
        article_from_html(
            b"<html><body><script>render()</script><div hidden>x</div></body></html>",
            None
        ),
        Err(ImportError::NoArticleText)
    );
    assert_eq!(ImportError::NoArticleText.to_string(), "no article text found");
    let furniture_only = b"<html><head><title>Home</title></head><body><nav><a href='/'>Home</a></nav>\
        <div class='cookie-banner'>We use cookies.</div><footer>(c) 2022</footer></body></html>";
    // The cookie notice holds most of this page's text, so it is kept as the "story".
    let page = import_html(furniture_only, None).unwrap();
    // The page's title opens the text; the same word as the first link is taken for it. The
    // footer is dropped with the rest of the furniture (known weak: such a page would be better
    // read whole, with the notice).
    assert_eq!(page.article.text, "Home\n\nWe use cookies.");
}

/// A story wrapper whose class holds a furniture word ("widget", "rail") and whose
/// paragraphs are `<div>`s is the story: it must not be stripped as furniture.
#[test]
fn a_story_in_a_widget_with_div_paragraphs_is_kept() {
    let page = import_html(&fixture("harbour-gazette-widget.html"), None).unwrap();
    assert!(!page.whole_page, "the story was found");
    let article = page.article;
    assert_eq!(article.title, "Port authority approves $45 million dredging plan");
    assert!(
        article.text.starts_with(
            "Port authority approves $45 million dredging plan\n\nThe work will deepen the main channel by 2 metres over three years.\n\nThe harbour's"
        ),
        "{}",
        article.text
    );
    assert_paragraphs(
        &article.text,
        &[
            "The harbour's port authority on Wednesday approved a $45 million plan to dredge the main shipping channel, ending a dispute that had delayed the project for almost two years.",
            "Board members voted 7 to 2 in favour after a four-hour meeting, the authority said in a statement. About 1.2 million cubic metres of silt will be removed.",
            "\"Without a deeper channel the largest container ships will simply go elsewhere,\" said chief executive Maria Castellanos, who has led the authority since 2019.",
            "Fishing groups opposed the plan, saying the work would disturb spawning grounds during the spring season, and have asked for dredging to pause between March and May.",
            "The first phase is due to start in September and will be paid for by a 3% rise in harbour dues, the statement said.",
        ],
    );
    assert_eq!(
        article.text.matches("$45 million dredging plan").count(),
        1,
        "the headline once"
    );
    assert_no_furniture(
        &article.text,
        &[
            "Most read",
            "Ferry timetable",
            "Subscribe",
            "About us",
            "Copyright",
            "Weather",
            "__CMS__",
        ],
    );
}

#[test]
fn a_story_column_called_a_rail_with_div_paragraphs_is_kept() {
    let article = article_from_html(&fixture("valley-times-rail.html"), None).unwrap();
    assert_eq!(article.title, "School roof repairs to cost twice the estimate");
    assert_paragraphs(
        &article.text,
        &[
            "School roof repairs to cost twice the estimate",
            "Repairs to the leaking roof of Northfield Primary will cost £1.8 million, twice what the county estimated in June, according to a report to councillors published on Tuesday.",
            "The report says asbestos found in the roof space in October added 14 weeks to the work.\nPupils in six classrooms have been taught in portable cabins since the start of term.",
            "The committee will decide next month whether to borrow the extra £900,000 or delay two other school projects.",
        ],
    );
    assert_no_furniture(&article.text, &["Jobs", "Advertise", "sales team"]);
}

/// A photo essay tells its story in captions, all inside `<figure>`s: no body can be found,
/// so the page's visible text is imported (with a notice), not refused.
#[test]
fn a_page_with_no_story_body_is_imported_whole_with_a_notice() {
    let page = import_html(&fixture("coastline-photo-essay.html"), None).unwrap();
    assert!(page.whole_page);
    assert_paragraphs(
        &page.article.text,
        &[
            "In pictures: the winter storms that reshaped the coast",
            "Waves of up to 9 metres struck the harbour wall at Porthleven on 2 January, the highest recorded there since 2014.",
            "Volunteers filled more than 2,000 sandbags in two days, said the town's flood warden, Peter Hale.",
        ],
    );
    assert_no_furniture(
        &page.article.text,
        &["tracking pixel", "NOT THE ARTICLE", "display:grid"],
    );

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("essay.html");
    std::fs::write(&path, fixture("coastline-photo-essay.html")).unwrap();
    let imported = read_article(&path).unwrap();
    assert_eq!(imported.notices.len(), 1);
    assert!(
        imported.notices[0].contains("all the text the page shows"),
        "{:?}",
        imported.notices
    );
    let path = dir.path().join("widget.html");
    std::fs::write(&path, fixture("harbour-gazette-widget.html")).unwrap();
    let imported = read_article(&path).unwrap();
    assert!(
        imported.notices[0].contains("page furniture dropped"),
        "{:?}",
        imported.notices
    );
}

/// Every importer puts the headline (and a standfirst) into the reviewable text, where the
/// detector finds its claims; the fields shown above the article (byline, date, link) are not
/// repeated in the text.
#[test]
fn claims_in_the_headline_are_detected_for_every_importer() {
    let dir = tempfile::tempdir().unwrap();
    let plain = dir.path().join("port.txt");
    std::fs::write(
        &plain,
        "Port authority approves $45 million dredging plan\n\nThe vote was 7 to 2 on Wednesday.\n",
    )
    .unwrap();
    let markdown = dir.path().join("port.md");
    std::fs::write(
        &markdown,
        "---\nsubtitle: Work starts in September.\n---\n\n# Port authority approves $45 million dredging plan\n\nThe vote was 7 to 2 on Wednesday.\n",
    )
    .unwrap();
    let html = dir.path().join("port.html");
    std::fs::write(&html, fixture("harbour-gazette-widget.html")).unwrap();
    for path in [&plain, &markdown, &html] {
        let imported = read_article(path).unwrap();
        let article = &imported.article;
        let headline = "Port authority approves $45 million dredging plan";
        assert_eq!(article.title, headline, "{}", path.display());
        assert!(
            article.text.starts_with(headline),
            "{}: {}",
            path.display(),
            article.text
        );
        assert_eq!(article.text.matches(headline).count(), 1, "{}", path.display());
        let detections = claimdesk::extract::extract(&article.text);
        assert!(
            detections.iter().any(|detection| detection.end <= headline.len()
                && article.text[detection.start..detection.end].contains("$45 million")),
            "{}: the headline's amount is a claim: {:?}",
            path.display(),
            detections
        );
        for shown_above in [&article.byline, &article.published, &article.url]
            .into_iter()
            .flatten()
        {
            assert!(
                !article.text.contains(shown_above.as_str()),
                "{shown_above} repeated in the text"
            );
        }
    }
    let markdown = read_article(&markdown).unwrap().article;
    assert!(
        markdown.text.contains("\n\nWork starts in September.\n\n"),
        "{}",
        markdown.text
    );
}

#[test]
fn markdown_post_is_plain_text_with_its_heading_as_title() {
    let markdown = String::from_utf8(fixture("blog-post.md")).unwrap();
    let article = article_from_markdown(&markdown, Some("blog-post.md".into()));
    assert_eq!(article.title, "Geneva talks open with no breakthrough");
    assert_eq!(
        article.text,
        "Geneva talks open with no breakthrough\n\n\
         Russian and U.S. officials met in Geneva on January 10 for talks that lasted nearly eight hours, according to Russian state media.\n\n\
         What each side asked for\n\n\
         Moscow wants guarantees that NATO will not expand further east:\n\n\
         a ban on Ukraine joining the alliance;\n\
         limits on troops in ex-Soviet states.\n\n\
         “We have no intention to invade Ukraine,” Deputy Foreign Minister Sergei Ryabkov told reporters.\n\n\
         The next round is set for Brussels on January 12, followed by the OSCE in Vienna on January 13th.\n\n\
         Corrections: an earlier version misstated the length of the talks."
    );
    assert_no_furniture(
        &article.text,
        &[
            "*",
            "#",
            "](",
            "<!--",
            "editor: check",
            "Delegations",
            "front matter",
            "tags:",
            "`",
        ],
    );
}

mod never_panics {
    use claimdesk::store::html::article_from_html;
    use claimdesk::store::markdown::article_from_markdown;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// Arbitrary bytes and tag soup never crash the importers.
        #[test]
        fn any_page_imports_or_fails_cleanly(bytes in prop::collection::vec(any::<u8>(), 0..400), soup in "(<(p|div|nav|meta charset=|h1|script|/p|/div)>|[a-z .é]{1,12}){0,40}") {
            for page in [bytes.as_slice(), soup.as_bytes()] {
                match article_from_html(page, None) {
                    Ok(article) => prop_assert!(!article.text.trim().is_empty(), "an article has text"),
                    Err(error) => prop_assert_eq!(error.to_string(), "no article text found"),
                }
            }
            let article = article_from_markdown(&String::from_utf8_lossy(&bytes), None);
            prop_assert!(!article.text.contains('\r'), "newlines normalised");
        }
    }
}
