//! The KPI table's sort orders. Numeric columns put KPIs without a value
//! last in both directions; ties keep the order of the rows given (the
//! dataset's order, in the viewer). And the one sort every list of the
//! viewer is sorted with ([`sort_indices`]).

use std::cmp::Ordering;

use crate::core::dataset::model::Dataset;
use crate::core::select::catalog::Catalog;

/// A sortable column of the KPI table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    /// KPI name.
    Name,
    /// Computed status.
    Status,
    /// Computed achievement.
    Achievement,
    /// Latest figure.
    Latest,
    /// Projected end-of-plan figure.
    Projection,
    /// The report's grade.
    Grade,
}

impl Column {
    /// Every column, in table order (status first after the name).
    pub const ALL: [Column; 6] = [
        Column::Name,
        Column::Status,
        Column::Achievement,
        Column::Latest,
        Column::Projection,
        Column::Grade,
    ];

    /// Stable id (`data-sort`, CSS class).
    pub fn id(self) -> &'static str {
        match self {
            Self::Name => "name",
            Self::Status => "status",
            Self::Achievement => "achievement",
            Self::Latest => "latest",
            Self::Projection => "projection",
            Self::Grade => "grade",
        }
    }

    /// Compares catalog KPIs `a` and `b` by this column in the given
    /// direction; a KPI without the value comes after one with it either way.
    pub fn compare(
        self,
        d: &Dataset,
        c: &Catalog,
        a: usize,
        b: usize,
        ascending: bool,
    ) -> Ordering {
        let direct = |o: Ordering| if ascending { o } else { o.reverse() };
        let num = |x: Option<f64>, y: Option<f64>| match (x, y) {
            (Some(x), Some(y)) => direct(x.total_cmp(&y)),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        };
        let ((_, ka), (_, kb)) = (c.kpi(d, a), c.kpi(d, b));
        let (ga, gb) = (&c.kpis[a].progress, &c.kpis[b].progress);
        match self {
            Self::Name => direct(ka.name.cmp(&kb.name)),
            Self::Latest => num(ka.latest, kb.latest),
            Self::Achievement => num(ga.achievement, gb.achievement),
            Self::Projection => num(ga.projection, gb.projection),
            Self::Status => direct(ga.status.cmp(&gb.status)),
            Self::Grade => direct(ka.grade.index().cmp(&kb.grade.index())),
        }
    }
}

/// Sorts catalog KPI indices by `column` (stable: ties keep their order).
pub fn sort_kpis(rows: &mut [usize], d: &Dataset, c: &Catalog, column: Column, ascending: bool) {
    sort_indices(rows, &|a, b| column.compare(d, c, a, b, ascending));
}

/// Sorts `rows`, indices into a list, by `compare` (stable: ties keep
/// their order). Every sort of the viewer comes here, so the wasm carries
/// the standard library's sort once: it is compiled anew, about 4 KB, for
/// each closure given to `sort_by`.
pub fn sort_indices(rows: &mut [usize], compare: &dyn Fn(usize, usize) -> Ordering) {
    rows.sort_by(|&a, &b| compare(a, b));
}

/// `items` sorted by `compare` (stable), by [`sort_indices`].
pub fn sorted<T>(items: Vec<T>, compare: &dyn Fn(&T, &T) -> Ordering) -> Vec<T> {
    let mut order: Vec<usize> = (0..items.len()).collect();
    sort_indices(&mut order, &|a, b| compare(&items[a], &items[b]));
    let mut items: Vec<Option<T>> = items.into_iter().map(Some).collect();
    order.into_iter().filter_map(|i| items[i].take()).collect()
}
