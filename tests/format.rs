//! Number formatting never saturates and never prints "inf" or "NaN".

use shinchoku::core::dataset::model::Unit;
use shinchoku::core::present::format::{figure, oku_yen};
use shinchoku::core::text::lang::Lang;
use shinchoku::core::text::number::{number, percent};

#[test]
fn huge_numbers_keep_every_digit() {
    assert_eq!(number(1e20), "100,000,000,000,000,000,000");
    assert_eq!(number(-1e20), "-100,000,000,000,000,000,000");
    assert_eq!(number(3.6893488147419103e19), "36,893,488,147,419,103,232");
    assert_eq!(number(1e15), "1,000,000,000,000,000");
    assert_eq!(number(123456789012.25), "123,456,789,012.3");
    assert_eq!(
        figure(1e20, Unit::Count, Lang::Ja),
        "100,000,000,000,000,000,000件"
    );
    assert_eq!(oku_yen(2e19, Lang::En), "¥2,000,000,000,000,000,000bn");
    let max = number(f64::MAX);
    assert_eq!(max.replace(',', "").len(), 309, "{max}");
    assert!(max.starts_with("179,769,313,486,231,570,"), "{max}");
}

#[test]
fn small_and_negative_numbers() {
    assert_eq!(number(-0.04), "0");
    assert_eq!(number(-0.0), "0");
    assert_eq!(number(-0.06), "-0.1");
    assert_eq!(number(0.25), "0.3");
    assert_eq!(number(16.85), "16.9");
    assert_eq!(number(999.96), "1,000");
    assert_eq!(number(f64::MIN_POSITIVE), "0");
}

#[test]
fn nothing_prints_inf_or_nan() {
    for v in [
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::NAN,
        f64::MAX,
        f64::MIN,
        1e308,
    ] {
        for text in [
            number(v),
            percent(v),
            figure(v, Unit::Count, Lang::Ja),
            figure(v, Unit::Percent, Lang::En),
            oku_yen(v, Lang::Ja),
            oku_yen(v, Lang::En),
        ] {
            let lower = text.to_lowercase();
            assert!(
                !lower.contains("inf") && !lower.contains("nan"),
                "{v}: {text}"
            );
        }
    }
}

#[test]
fn ellipsize_cuts_to_the_length_asked_with_the_mark() {
    use shinchoku::core::text::fold::ellipsize;
    assert_eq!(ellipsize("医療機器", 4), "医療機器");
    assert_eq!(ellipsize("医療機器開発", 4), "医療機…");
    assert_eq!(ellipsize("医療機器開発", 4).chars().count(), 4);
}
