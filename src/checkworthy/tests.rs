use super::model::SHIPPED;
use super::*;

fn shipped() -> &'static CheckWorthiness {
    match CheckWorthiness::shared() {
        Ok(model) => model,
        Err(err) => panic!("the shipped model does not load: {err}"),
    }
}

#[test]
fn the_shipped_model_loads_and_fits_the_size_limit() {
    let model = shipped();
    assert!(SHIPPED.len() <= 2_000_000, "{} bytes", SHIPPED.len());
    assert_eq!(model.to_bytes(), SHIPPED, "reading and writing the model changes it");
}

#[test]
fn scores_are_probabilities_for_any_text() {
    let model = shipped();
    let long = "word ".repeat(100_000);
    for text in [
        "",
        " ",
        "?",
        "🙂🙂🙂",
        "Ünïcödé ‘quotes’ and “more”",
        "0000000000",
        long.as_str(),
    ] {
        let score = model.score(text);
        assert!((0.0..=1.0).contains(&score), "{text:.20?}: {score}");
    }
}

#[test]
fn factual_claims_outrank_opinions_and_greetings() {
    let model = shipped();
    // Our own sentences: claims a fact-checker would check …
    let claims = [
        "Unemployment fell to 3.9 percent last year, the lowest rate in two decades.",
        "The state spent $4 billion on prisons in 2019, twice what it spent on universities.",
        "Crime in our cities has gone up by 40 percent since the law was passed.",
    ];
    // … and sentences that state nothing checkable.
    let others = [
        "Thank you all so much for having me here tonight.",
        "I think we can do better, and I believe in this country.",
        "Good evening, and welcome.",
    ];
    let lowest_claim = claims.iter().map(|s| model.score(s)).fold(f32::INFINITY, f32::min);
    let highest_other = others.iter().map(|s| model.score(s)).fold(0.0, f32::max);
    assert!(
        lowest_claim > highest_other,
        "claims from {lowest_claim}, others up to {highest_other}"
    );
    assert!(
        lowest_claim >= THRESHOLD,
        "a plain statistical claim scores {lowest_claim}"
    );
    assert!(
        highest_other < THRESHOLD,
        "a greeting or opinion scores {highest_other}"
    );
}

#[test]
fn thresholds_are_ordered() {
    const { assert!(0.0 < THRESHOLD && THRESHOLD < SURE_THRESHOLD && SURE_THRESHOLD < 1.0) };
}

#[test]
fn a_damaged_model_is_an_error_not_a_panic() {
    let good = SHIPPED.to_vec();
    let mut flipped = good.clone();
    if let Some(byte) = flipped.get_mut(good.len() / 2) {
        *byte ^= 0x40;
    }
    assert_eq!(CheckWorthiness::from_bytes(&flipped), Err(ModelError::Checksum));

    let cut = good.get(..good.len() - 1).unwrap_or_default();
    assert!(matches!(
        CheckWorthiness::from_bytes(cut),
        Err(ModelError::WrongLength { .. })
    ));
    assert_eq!(CheckWorthiness::from_bytes(b"CWLR"), Err(ModelError::Truncated(4)));
    assert_eq!(CheckWorthiness::from_bytes(&[]), Err(ModelError::Truncated(0)));

    let mut magic = good.clone();
    if let Some(byte) = magic.first_mut() {
        *byte = b'X';
    }
    assert_eq!(CheckWorthiness::from_bytes(&magic), Err(ModelError::BadMagic));

    let mut version = good.clone();
    if let Some(byte) = version.get_mut(4) {
        *byte = 9;
    }
    assert_eq!(
        CheckWorthiness::from_bytes(&version),
        Err(ModelError::UnsupportedVersion(9))
    );

    let mut bits = good;
    if let Some(byte) = bits.get_mut(6) {
        *byte = 40;
    }
    assert_eq!(CheckWorthiness::from_bytes(&bits), Err(ModelError::BadConfig));
}

#[test]
fn a_model_survives_writing_and_reading() {
    let config = FeatureConfig {
        bits: 8,
        bigrams: true,
        char_min: 3,
        char_max: 5,
    };
    let weights: Vec<f32> = (0..256_u16).map(|i| f32::from(i) / 256.0 - 0.5).collect();
    let model = CheckWorthiness::from_weights(config, -1.25, &weights);
    let read = CheckWorthiness::from_bytes(&model.to_bytes());
    assert_eq!(read.as_ref(), Ok(&model));
    assert_eq!(read.map(|m| m.config()), Ok(config));
    let score = model.score("Taxes rose by 5 percent.");
    assert!((0.0..=1.0).contains(&score));
}
