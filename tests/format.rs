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

#[test]
fn figures_round_as_written_half_away_from_zero() {
    use shinchoku::core::text::number::{fixed, round_to};
    // The doubles nearest 12.25 and 50.05 are 12.25 and 50.0499…: rounded
    // as written, both go up.
    assert_eq!(fixed(12.25, 1), "12.3");
    assert_eq!(fixed(50.05, 1), "50.1");
    assert_eq!(fixed(1.005, 2), "1.01");
    assert_eq!(fixed(-0.05, 1), "-0.1");
    assert_eq!(fixed(-0.04, 1), "0.0");
    assert_eq!(fixed(9.96, 1), "10.0");
    assert_eq!(fixed(99.5, 0), "100");
    assert_eq!(round_to(50.05, 1), 50.1);
    assert_eq!(number(50.05), "50.1");
    assert_eq!(figure(12.25, Unit::Percent, Lang::En), "12.3%");
    assert_eq!(figure(50.05, Unit::Percent, Lang::Ja), "50.1%");
    assert_eq!(percent(0.125), "13%");
}

#[test]
fn the_table_the_explanation_and_the_csv_round_a_figure_alike() {
    use shinchoku::core::dataset::parse::parse_dataset;
    use shinchoku::core::present::export::kpis_csv;
    use shinchoku::core::present::kpi_row::{KpiDetail, KpiRow};
    use shinchoku::core::select::catalog::Catalog;
    use shinchoku::core::select::filter::Filter;
    let mut d = parse_dataset(include_str!("fixtures/mini.json")).unwrap();
    let kpi = &mut d.projects[0].kpis[1];
    assert_eq!(kpi.unit, Unit::Percent);
    kpi.latest = Some(12.25);
    kpi.latest_text = None;
    let target = kpi.target.as_mut().unwrap();
    target.value = 50.05;
    target.text = "50.05%".into();
    let c = Catalog::new(&d);
    let index = (0..c.kpis.len())
        .find(|&i| c.kpi(&d, i).1.id == "alpha-percent")
        .unwrap();
    let row = KpiRow::build(&d, &c, index, Lang::En);
    assert_eq!(row.cells.latest, "12.3%");
    assert_eq!(row.cells.target.as_deref(), Some("target 50.1%"));
    let (project, kpi) = c.kpi(&d, index);
    let detail = KpiDetail::build(project, kpi, &c.kpis[index].progress, &c.clock, Lang::En);
    assert!(
        detail
            .explanation
            .contains("12.3% against the FY2024 target of 50.1%"),
        "{}",
        detail.explanation
    );
    let csv = kpis_csv(&d, &c, &Filter::default(), Lang::En);
    let line = csv.lines().find(|l| l.contains("alpha-percent")).unwrap();
    assert!(line.contains(",50.1,") && line.contains(",12.3,"), "{line}");
}

#[test]
fn an_amount_that_is_not_zero_is_never_written_as_zero() {
    use shinchoku::core::dataset::parse::parse_dataset;
    use shinchoku::core::present::ministry::MinistryHoldings;
    use shinchoku::core::select::catalog::Catalog;
    assert_eq!(oku_yen(0.4, Lang::En), "¥40m");
    assert_eq!(oku_yen(9.96, Lang::En), "¥996m");
    assert_eq!(oku_yen(10.0, Lang::En), "¥1bn");
    assert_eq!(oku_yen(326.0, Lang::En), "¥32.6bn");
    assert_eq!(oku_yen(0.004, Lang::En), "¥0.4m");
    assert_eq!(oku_yen(0.000_01, Lang::En), "¥1,000");
    assert_eq!(oku_yen(1e-12, Lang::En), "<¥0.1");
    assert_eq!(oku_yen(0.0, Lang::En), "¥0bn");
    assert_eq!(oku_yen(0.4, Lang::Ja), "0.4億円");
    assert_eq!(oku_yen(0.04, Lang::Ja), "400万円");
    assert_eq!(oku_yen(0.000_001, Lang::Ja), "100円");
    assert_eq!(oku_yen(1e-12, Lang::Ja), "0.1円未満");
    // MHLW's profile: the lifestyle-diseases devices program, 0.4億円.
    let d = parse_dataset(include_str!("../data/fy2022.json")).unwrap();
    let c = Catalog::new(&d);
    let mhlw = MinistryHoldings::build(&d, &c, "mhlw", Lang::En);
    let budgets: Vec<&str> = mhlw.programs.iter().map(|g| g.budget.as_str()).collect();
    assert!(budgets.contains(&"¥40m"), "{budgets:?}");
    assert!(
        !budgets.iter().any(|b| b.starts_with("¥0bn")),
        "{budgets:?}"
    );
}
