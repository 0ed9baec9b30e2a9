//! The KPI table's sort: every column, both directions; KPIs without a
//! value sort last whichever way the column is sorted; ties keep the
//! dataset's order. The one sort every list goes through is stable.

use shinchoku::core::dataset::model::Dataset;
use shinchoku::core::dataset::parse::parse_dataset;
use shinchoku::core::engine::progress::Status;
use shinchoku::core::select::catalog::Catalog;
use shinchoku::core::select::sort::{sort_kpis, Column};

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
fn ties_keep_the_datasets_order_and_every_column_sorts() {
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
    }
    // The ids are the table's `data-sort` hooks and CSS classes.
    assert_eq!(
        Column::ALL.map(Column::id),
        [
            "name",
            "status",
            "achievement",
            "latest",
            "projection",
            "grade"
        ]
    );
}

/// A column's value for one KPI, as the table shows it: `None` when the KPI
/// has none. Text and ranks compare as strings and whole numbers.
#[derive(Debug, Clone, PartialEq, PartialOrd)]
enum Key {
    Number(f64),
    Text(String),
}

fn key(d: &Dataset, c: &Catalog, i: usize, column: Column) -> Option<Key> {
    let (_, kpi) = c.kpi(d, i);
    let progress = &c.kpis[i].progress;
    match column {
        Column::Name => Some(Key::Text(kpi.name.clone())),
        Column::Status => {
            let rank = Status::ALL.iter().position(|s| *s == progress.status);
            rank.map(|r| Key::Number(r as f64))
        }
        Column::Achievement => progress.achievement.map(Key::Number),
        Column::Latest => kpi.latest.map(Key::Number),
        Column::Projection => progress.projection.map(Key::Number),
        Column::Grade => Some(Key::Text(kpi.grade.id().to_string())),
    }
}

/// Every column, both directions, on the real report: the values run in
/// order (status in the order of `Status::ALL`, grade A before B), KPIs
/// without one come last, and equal values keep the dataset's order.
#[test]
fn every_column_orders_by_its_values_in_both_directions() {
    let d = parse_dataset(include_str!("../data/fy2022.json")).unwrap();
    let c = Catalog::new(&d);
    for column in Column::ALL {
        for ascending in [true, false] {
            let mut rows: Vec<usize> = (0..c.kpis.len()).collect();
            sort_kpis(&mut rows, &d, &c, column, ascending);
            let keys: Vec<Option<Key>> = rows.iter().map(|&i| key(&d, &c, i, column)).collect();
            let at = format!("{column:?} ascending={ascending}");
            let with = keys.iter().take_while(|k| k.is_some()).count();
            assert!(
                keys[with..].iter().all(Option::is_none),
                "{at}: a value after a missing one"
            );
            for n in 1..rows.len() {
                let (a, b) = (&keys[n - 1], &keys[n]);
                if let (Some(a), Some(b)) = (a, b) {
                    let in_order = if ascending { a <= b } else { a >= b };
                    assert!(in_order, "{at}: {a:?} before {b:?}");
                }
                if a == b {
                    assert!(
                        rows[n - 1] < rows[n],
                        "{at}: a tie left the dataset's order"
                    );
                }
            }
            // The report has several values in each column, so order matters.
            let distinct = keys.windows(2).filter(|w| w[0] != w[1]).count();
            assert!(distinct >= 1, "{at}: only one value");
        }
    }
}

#[test]
fn the_one_sort_is_stable() {
    use shinchoku::core::select::sort::{sort_indices, sorted};
    let words = vec!["b1", "a1", "b2", "a2", "c1", "a3"];
    let by_letter = sorted(words, &|x, y| x[..1].cmp(&y[..1]));
    assert_eq!(by_letter, ["a1", "a2", "a3", "b1", "b2", "c1"]);
    let keys = [3, 1, 3, 2, 1];
    let mut rows = vec![0, 1, 2, 3, 4];
    sort_indices(&mut rows, &|a, b| keys[a].cmp(&keys[b]));
    assert_eq!(rows, [1, 4, 3, 0, 2]);
}
