//! The views of the viewer (`?view=`): their ids in URLs and their labels.

/// The views of the viewer (`?view=`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    /// Summary, project cards and charts.
    Overview,
    /// The KPI table.
    Kpis,
    /// One ministry's projects, programs and initiatives.
    Ministry,
    /// The その他 initiatives.
    Initiatives,
    /// How the figures are computed.
    Method,
    /// The budget chart alone (for embedding).
    Budget,
    /// The phase × project matrix alone (for embedding).
    Phases,
    /// One KPI (`&id=`), expanded.
    Kpi,
    /// One project's profile (the first of the project filter, or `&id=`).
    Project,
    /// The report's case studies (研究開発成果事例), one with `&id=`.
    Cases,
    /// What changed: the year in review from this report, and another
    /// report compared with it (`&compare=`).
    Changes,
}

impl View {
    /// The views with a tab, in tab order.
    pub const TABS: [View; 8] = [
        View::Overview,
        View::Kpis,
        View::Changes,
        View::Project,
        View::Ministry,
        View::Cases,
        View::Initiatives,
        View::Method,
    ];

    /// Every view.
    pub const ALL: [View; 11] = [
        View::Overview,
        View::Kpis,
        View::Ministry,
        View::Initiatives,
        View::Method,
        View::Budget,
        View::Phases,
        View::Kpi,
        View::Project,
        View::Cases,
        View::Changes,
    ];

    /// Id in `?view=`.
    pub fn id(self) -> &'static str {
        match self {
            Self::Overview => "overview",
            Self::Kpis => "kpis",
            Self::Ministry => "ministry",
            Self::Initiatives => "initiatives",
            Self::Method => "method",
            Self::Budget => "budget",
            Self::Phases => "phases",
            Self::Kpi => "kpi",
            Self::Project => "project",
            Self::Cases => "cases",
            Self::Changes => "changes",
        }
    }

    /// The view with this id.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.id() == id)
    }
}
