//! The KPI table's sort orders. Numeric columns put KPIs without a value
//! last in both directions; ties keep document order.

use std::cmp::Ordering;

use super::catalog::Catalog;
use super::i18n::Lang;
use super::model::{Dataset, Grade};

/// A sortable column of the KPI table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    /// Project number.
    Project,
    /// Output or outcome.
    Kind,
    /// KPI name.
    Name,
    /// Target value.
    Target,
    /// Latest figure.
    Latest,
    /// Computed achievement.
    Achievement,
    /// Projected end-of-plan figure.
    Projection,
    /// Computed status.
    Status,
    /// The report's grade.
    Grade,
}

impl Column {
    /// Every column, in table order.
    pub const ALL: [Column; 9] = [
        Column::Project,
        Column::Kind,
        Column::Name,
        Column::Target,
        Column::Latest,
        Column::Achievement,
        Column::Projection,
        Column::Status,
        Column::Grade,
    ];

    /// Column heading.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Self::Project => lang.pick("プロジェクト", "Project"),
            Self::Kind => lang.pick("種類", "Kind"),
            Self::Name => lang.pick("KPI", "KPI"),
            Self::Target => lang.pick("2024年度目標", "FY2024 target"),
            Self::Latest => lang.pick("最新の数値", "Latest"),
            Self::Achievement => lang.pick("達成率", "Achievement"),
            Self::Projection => lang.pick("2024年度末の見通し", "Projection FY2024"),
            Self::Status => lang.pick("計算上の見通し", "Computed status"),
            Self::Grade => lang.pick("報告書の評価", "Report's grade"),
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
        let ((pa, ka), (pb, kb)) = (c.kpi(d, a), c.kpi(d, b));
        let (ga, gb) = (&c.kpis[a].progress, &c.kpis[b].progress);
        match self {
            Self::Project => direct(pa.number.cmp(&pb.number)),
            Self::Kind => direct(ka.kind.id().cmp(kb.kind.id())),
            Self::Name => direct(ka.name.cmp(&kb.name)),
            Self::Target => num(
                ka.target.as_ref().map(|t| t.value),
                kb.target.as_ref().map(|t| t.value),
            ),
            Self::Latest => num(ka.latest, kb.latest),
            Self::Achievement => num(ga.achievement, gb.achievement),
            Self::Projection => num(ga.projection, gb.projection),
            Self::Status => direct(ga.status.cmp(&gb.status)),
            Self::Grade => direct((ka.grade == Grade::B).cmp(&(kb.grade == Grade::B))),
        }
    }
}

/// Sorts catalog KPI indices by `column` (stable: ties keep their order).
pub fn sort_kpis(rows: &mut [usize], d: &Dataset, c: &Catalog, column: Column, ascending: bool) {
    rows.sort_by(|&a, &b| column.compare(d, c, a, b, ascending));
}
