//! The viewer's vocabulary: every label that is shown in more than one
//! place (a heading, a column, a filter, an export, a printout), in both
//! languages, typed once here. Views, exports and prints take their words
//! from these, so a label cannot read one way in the table and another in
//! the CSV. Sentences said in one place only stay where they are said.

use crate::core::dataset::model::{Grade, KpiKind, Report, Unit};
use crate::core::engine::progress::Status;
use crate::core::select::view::View;
use crate::core::text::lang::{fy, Lang};

/// A label in both languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Words {
    /// Japanese.
    pub ja: &'static str,
    /// English.
    pub en: &'static str,
}

impl Words {
    /// The label in `lang`.
    pub fn get(self, lang: Lang) -> &'static str {
        lang.pick(self.ja, self.en)
    }
}

/// A label in both languages, for a table of labels.
pub const fn words(ja: &'static str, en: &'static str) -> Words {
    Words { ja, en }
}

/// The site's title, in the browser's tab and its bookmarks (index.html
/// carries the Japanese; the prerender and the app give each page its
/// language's, after the view's name: `page_title`).
pub const PAGE_TITLE: Words = words(
    "Shinchoku 進捗 — 医療分野研究開発推進計画 進捗ビューア",
    "Shinchoku — Medical R&D Promotion Plan progress viewer",
);
/// The page's description, for search engines and link previews (written
/// by the prerender, like the title).
pub const PAGE_DESCRIPTION: Words = words(
    "医療分野研究開発推進計画（第2期）の進捗状況を、ブラウザだけで探索するビューア",
    "A viewer to explore the progress of Japan's Medical R&D Promotion Plan (2nd period), in the browser alone",
);
/// A key performance indicator.
pub const KPI: Words = words("KPI", "KPI");
/// Nothing of the kind.
pub const NONE: Words = words("なし", "None");
/// An amount the report does not print.
pub const NOT_PRINTED: Words = words("記載なし", "not printed");
/// The report, as where a fact comes from.
pub const REPORT: Words = words("報告書", "report");
/// The report's evaluation of a project.
pub const EVALUATION: Words = words("評価", "Evaluation");
/// Said while the Excel workbook module loads, to export or open a workbook.
pub const LOADING_WORKBOOK_MODULE: Words = words(
    "Excel用の機能を読み込んでいます…",
    "Loading the Excel module…",
);
/// A text copied to the clipboard.
pub const COPIED: Words = words("コピーしました", "Copied");
/// Between names in a short list.
pub const LIST_DOT: Words = words("・", ", ");
/// A KPI of outputs.
pub const OUTPUT: Words = words("アウトプット", "Output");
/// A KPI of outcomes.
pub const OUTCOME: Words = words("アウトカム", "Outcome");
/// Funds through AMED (日本医療研究開発機構対象経費).
pub const AMED_FUNDS: Words = words("AMED対象経費", "AMED");
/// In-house research institutes' funds.
pub const INHOUSE_FUNDS: Words = words("インハウス研究機関経費", "In-house");
/// The viewer's status of a KPI, computed from the report's figures.
pub const COMPUTED_STATUS: Words = words("計算上の見通し", "Computed status");
/// The report's own A/B grade.
pub const REPORTS_GRADE: Words = words("報告書の評価", "Report's grade");
/// The achievement column.
pub const ACHIEVEMENT: Words = words("達成率", "Achievement");
/// A KPI's unit, as a column's header.
pub const UNIT: Words = words("単位", "Unit");
/// The latest figure, as a column's header.
pub const LATEST: Words = words("最新の数値", "Latest");
/// The latest figure against the target.
pub const LATEST_TARGET: Words = words("最新値／目標", "Latest / target");
/// The target, before its figure.
pub const TARGET: Words = words("目標", "target");
/// An integrated project.
pub const PROJECT: Words = words("プロジェクト", "Project");
/// A project's id, as a column's header (the CSV, the workbook).
pub const PROJECT_ID: Words = words("プロジェクトID", "Project id");
/// The integrated projects, as a group.
pub const PROJECTS: Words = words("統合プロジェクト", "Projects");
/// A ministry or office.
pub const MINISTRY: Words = words("府省", "Ministry");
/// A program (事業).
pub const PROGRAM: Words = words("事業", "Program");
/// The phases, as a view and a word.
pub const PHASES: Words = words("フェーズ", "Phases");
/// The overview: a view, and the workbook's word for a result's summary.
pub const OVERVIEW: Words = words("概要", "Overview");
/// A budget.
pub const BUDGET: Words = words("予算", "Budget");
/// The KPI kind (output or outcome).
pub const KIND: Words = words("種類", "Kind");
/// The search box.
pub const SEARCH: Words = words("検索", "Search");
/// The filter panel.
pub const FILTERS: Words = words("絞り込み", "Filters");
/// The lead ministries (◎).
pub const LEAD: Words = words("主担当（◎）", "Lead (◎)");
/// The participating ministries.
pub const PARTICIPATING: Words = words("参画", "Participating");
/// The その他 initiatives.
pub const OTHER_INITIATIVES: Words = words("その他の取組", "Other initiatives");
/// The report's case studies (研究開発成果事例).
pub const CASES: Words = words("研究開発成果事例", "Case studies");
/// The ministries' main actions of a project (（１）関係府省の主な取組).
pub const MINISTRY_ACTIONS: Words = words("関係府省の主な取組", "Ministries' main actions");
/// The share panel and its button.
pub const SHARE: Words = words("共有・埋め込み", "Share / embed");
/// The budget chart's series (and legend entry) for what no ministry can
/// be given.
pub const NOT_ATTRIBUTABLE: Words = words("府省に帰属できない額", "Not attributable to a ministry");
/// The print button.
pub const PRINT: Words = words("印刷", "Print");
/// Before the print date in the print footer.
pub const PRINTED: Words = words(PRINT.ja, "Printed");
/// A chart's data as a table.
pub const DATA_TABLE: Words = words("データ表", "Data table");
/// Closes a panel or notice.
pub const DISMISS: Words = words("閉じる", "Dismiss");
/// The report as the source of what is shown.
pub const SOURCE: Words = words("出典: ", "Source: ");
/// Phases, always named as our classification.
pub const PHASE_OURS: Words = words(
    "フェーズ（本ビューアによる分類）",
    "Phase (our classification)",
);
/// The note that phases are ours, where phases are counted.
pub const PHASES_ARE_OURS: Words = words(
    "※フェーズは本ビューアによる分類です。",
    "※ Phases are our classification.",
);
/// Shown beside a printed Japanese text that has no English version.
pub const JAPANESE_ONLY: &str = "Japanese only";
/// The brand.
pub const BRAND: &str = "Shinchoku";
/// Progress (進捗): the report's word for a KPI's graded progress.
pub const PROGRESS: Words = words("進捗", "Progress");
/// The brand's Japanese word: progress.
pub const BRAND_JA: &str = PROGRESS.ja;

/// A computed status in words.
pub fn status(status: Status, lang: Lang) -> &'static str {
    let (ja, en) = match status {
        Status::Achieved => ("達成済み", "Achieved"),
        Status::OnTrack => ("達成見込み", "On track"),
        Status::AtRisk => ("要注意", "At risk"),
        Status::OffTrack => ("未達見込み", "Off track"),
        Status::NoTarget => ("目標なし", "No target"),
        Status::NoData => ("数値なし", "No figures"),
    };
    lang.pick(ja, en)
}

/// A KPI kind's name (アウトプット, Output).
pub fn kind(kind: KpiKind, lang: Lang) -> &'static str {
    match kind {
        KpiKind::Output => OUTPUT.get(lang),
        KpiKind::Outcome => OUTCOME.get(lang),
    }
}

/// A view's tab label.
pub fn view(view: View, lang: Lang) -> &'static str {
    match view {
        View::Overview => OVERVIEW.get(lang),
        View::Kpis => lang.pick("KPI一覧", "KPIs"),
        View::Ministry => lang.pick("府省別", "Ministries"),
        // Short in English, so the eight tabs share one row at 1280 px.
        View::Initiatives => lang.pick(OTHER_INITIATIVES.ja, "Initiatives"),
        View::Method => lang.pick("計算方法", "Method"),
        View::Budget => BUDGET.get(lang),
        View::Phases => PHASES.get(lang),
        View::Kpi => "KPI",
        View::Project => lang.pick("プロジェクト別", "Projects"),
        View::Cases => CASES.get(lang),
        View::Changes => lang.pick("変化", "What changed"),
    }
}

/// The page's title on `view`: the view's name before the site's, so that a
/// tab, a bookmark and a printed page say which view they hold; the site's
/// alone on the overview, the default page.
pub fn page_title(on: View, lang: Lang) -> String {
    match on {
        View::Overview => PAGE_TITLE.get(lang).to_string(),
        _ => format!("{} | {}", view(on, lang), PAGE_TITLE.get(lang)),
    }
}

/// The grade with its meaning, as a label: 報告書の評価 A「順調に進捗している」.
pub fn grade_label(report: &Report, grade: Grade, lang: Lang) -> String {
    let meaning = report.grade_meaning(grade, lang);
    match lang {
        Lang::Ja => format!("{} {}「{meaning}」", REPORTS_GRADE.ja, grade.id()),
        Lang::En => format!("{} {} ({meaning})", REPORTS_GRADE.en, grade.id()),
    }
}

/// The unit written after a count (件 in Japanese, nothing in English) or
/// a percentage.
pub fn unit(unit: Unit, lang: Lang) -> &'static str {
    match unit {
        Unit::Count => lang.pick("件", ""),
        Unit::Percent => "%",
    }
}

/// The end-of-plan projection's heading: 2024年度末の見通し / Projected FY2024.
pub fn projected(last_year: i32, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!("{}末の見通し", fy(last_year, lang)),
        Lang::En => format!("Projected {}", fy(last_year, lang)),
    }
}

/// A target's heading: 2024年度目標 / FY2024 target.
pub fn target_for(last_year: i32, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!("{}目標", fy(last_year, lang)),
        Lang::En => format!("{} target", fy(last_year, lang)),
    }
}
