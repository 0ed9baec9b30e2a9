//! Lists that grow with the data are drawn only up to [`DRAW_LIMIT`]
//! items; what is left out is counted in one note, worded the same
//! everywhere, that says where the rest can be seen.

use crate::core::text::lang::Lang;

/// At most this many project cards, matrix rows, chart bars, budget
/// projects, and KPIs, programs and initiatives in each of the ministry
/// profile's lists are drawn (synthetic datasets have thousands).
pub const DRAW_LIMIT: usize = 60;

/// Where the items a capped list leaves out can be seen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rest {
    /// KPIs: every one is in the KPI table.
    InKpiTable,
    /// Only by narrowing the filters.
    ByFiltering,
    /// Nowhere else: the list is only this long here.
    Nowhere,
}

/// A capped list's note: how many are shown of how many.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotDrawn {
    /// Items drawn.
    pub shown: usize,
    /// Items in all.
    pub total: usize,
    /// Where the others are.
    pub rest: Rest,
}

impl NotDrawn {
    /// The note for a list of `total` items of which `shown` are drawn;
    /// `None` when every item is.
    pub fn of(total: usize, shown: usize, rest: Rest) -> Option<Self> {
        (total > shown).then_some(Self { shown, total, rest })
    }

    /// The note for a list of `total` items drawn up to [`DRAW_LIMIT`].
    pub fn capped(total: usize, rest: Rest) -> Option<Self> {
        Self::of(total, total.min(DRAW_LIMIT), rest)
    }

    /// The note in `lang`: 先頭の60件のみ表示（全120件。残りは絞り込むと表示できます）.
    pub fn text(&self, lang: Lang) -> String {
        let Self { shown, total, rest } = *self;
        match (lang, rest) {
            (Lang::Ja, Rest::InKpiTable) => {
                format!("先頭の{shown}件のみ表示（全{total}件。残りはKPI一覧で表示できます）")
            }
            (Lang::Ja, Rest::ByFiltering) => {
                format!("先頭の{shown}件のみ表示（全{total}件。残りは絞り込むと表示できます）")
            }
            (Lang::Ja, Rest::Nowhere) => format!("先頭の{shown}件のみ表示（全{total}件）"),
            (Lang::En, Rest::InKpiTable) => {
                format!(
                    "Only the first {shown} of {total} are shown (the rest are in the KPI table)"
                )
            }
            (Lang::En, Rest::ByFiltering) => format!(
                "Only the first {shown} of {total} are shown (narrow the filters to see the rest)"
            ),
            (Lang::En, Rest::Nowhere) => format!("Only the first {shown} of {total} are shown"),
        }
    }
}
