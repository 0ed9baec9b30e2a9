//! The KPI table's sort: every column, both directions; KPIs without a
//! value sort last whichever way the column is sorted.

use shinchoku::core::catalog::Catalog;
use shinchoku::core::model::Dataset;
use shinchoku::core::parse::parse_dataset;
use shinchoku::core::sort::{sort_kpis, Column};

fn mini() -> Dataset {
    parse_dataset(include_str!("fixtures/mini.json")).unwrap()
}

fn sorted(d: &Dataset, column: Column, ascending: bool) -> Vec<String> {
    let c = Catalog::new(d);
    let mut rows: Vec<usize> = (0..c.kpis.len()).collect();
    sort_kpis(&mut rows, d, &c, column, ascending);
    rows.iter().map(|&i| c.kpi(d, i).1.id.clone()).collect()
}

#[test]
fn missing_values_sort_last_in_both_directions() {
    let d = mini();
    // latest: alpha-count 12, alpha-percent 31, beta-slow 1, beta-none none.
    assert_eq!(
        sorted(&d, Column::Latest, true),
        ["beta-slow", "alpha-count", "alpha-percent", "beta-none"]
    );
    assert_eq!(
        sorted(&d, Column::Latest, false),
        ["alpha-percent", "alpha-count", "beta-slow", "beta-none"]
    );
    for column in [Column::Achievement, Column::Projection] {
        for ascending in [true, false] {
            assert_eq!(
                sorted(&d, column, ascending).last().map(String::as_str),
                Some("beta-none"),
                "{column:?} ascending={ascending}"
            );
        }
    }
}

#[test]
fn ties_keep_document_order_and_every_column_sorts() {
    let d = mini();
    assert_eq!(
        sorted(&d, Column::Grade, true),
        ["alpha-count", "alpha-percent", "beta-none", "beta-slow"]
    );
    for column in Column::ALL {
        let up = sorted(&d, column, true);
        let mut ids = up.clone();
        ids.sort();
        let mut all: Vec<String> = ["alpha-count", "alpha-percent", "beta-slow", "beta-none"]
            .map(String::from)
            .to_vec();
        all.sort();
        assert_eq!(ids, all, "{column:?}");
        assert!(!column.id().is_empty());
    }
}
