//! The workbook's layout: its sheets, in order, and the columns of each,
//! with their headers, what a cell holds and whether it is ours. The writer
//! and the reader both work from these tables, so they cannot drift; the
//! read-me sheet is written from them too.

use crate::core::present::vocab::{self, words, Words};
use crate::core::text::lang::{fy, Lang};

/// What a column's cells hold, and how an empty cell reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// An id: text, required.
    Id,
    /// The id of the row this row belongs to, in another sheet: required.
    Parent,
    /// Text; an empty cell is the empty text.
    Text,
    /// Text; an empty cell is `null`.
    OptText,
    /// A number, required.
    Number,
    /// A number; an empty cell is `null`.
    OptNumber,
    /// A whole number, required.
    Integer,
    /// One of a closed list of values, required (a drop-down list).
    Choice(&'static [&'static str]),
    /// One of a closed list of values; an empty cell is `null`.
    OptChoice(&'static [&'static str]),
    /// One id of the dataset's own list; an empty cell is `null` (a
    /// drop-down list of that sheet's ids).
    OptRef(Vocabulary),
    /// Ids of the dataset's own list, separated by commas; an empty cell is
    /// the empty list.
    Ids(Vocabulary),
    /// `TRUE` or `FALSE`; an empty cell is `FALSE`.
    Bool,
    /// One column per fiscal year of the plan, headed `2020年度` (`FY2020`):
    /// the figure of that year alone; an empty cell is no figure.
    Years,
}

/// A list of ids the dataset defines in a sheet of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Vocabulary {
    /// `ministries[].id`.
    Ministries,
    /// `phases[].id`.
    Phases,
    /// The ids of the programs of the same project.
    Programs,
}

/// Values of `phase_basis`.
pub(crate) const PHASE_BASES: &[&str] = &["source", "reference", "classified"];
/// Values of `ministry_basis`.
pub(crate) const MINISTRY_BASES: &[&str] = &["source", "reference", "classified", "institute"];
/// The parts of a project's lists of paragraphs.
pub(crate) const PROJECT_PARTS: &[&str] = &["ministry_actions", "overview_notes"];
/// Values of `funding`.
pub(crate) const FUNDINGS: &[&str] = &["amed", "inhouse"];
/// Values of `kind`.
pub(crate) const KINDS: &[&str] = &["output", "outcome"];
/// Values of `unit`.
pub(crate) const UNITS: &[&str] = &["count", "percent"];
/// Values of `grade`.
pub(crate) const GRADES: &[&str] = &["A", "B"];
/// Values of `target.comparator`.
pub(crate) const COMPARATORS: &[&str] = &["reach", "at_least"];
/// The two parts of an initiative's text (`plan`, `results`).
pub(crate) const INITIATIVE_PARTS: &[&str] = &["plan", "results"];
/// What an English name belongs to, in the English sheet.
pub(crate) const ENGLISH_TABLES: &[&str] = &[
    "project",
    "notable_result",
    "program",
    "kpi",
    "breakdown",
    "initiative",
];
/// The English fields, in the English sheet.
pub(crate) const ENGLISH_FIELDS: &[&str] = &[
    "aim_en",
    "title_en",
    "name_en",
    "description_en",
    "label_en",
    "section_title_en",
    "heading_en",
];

/// One column of a sheet.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Column {
    /// The JSON field it holds, relative to the row's object (`target.value`).
    pub key: &'static str,
    /// Japanese header.
    pub ja: &'static str,
    /// English header.
    pub en: &'static str,
    /// What its cells hold.
    pub kind: Kind,
    /// Our reading, not the report's (phases, our notes, translations).
    pub ours: bool,
    /// Width in characters.
    pub width: f64,
    /// What it holds, for the read-me (Japanese).
    pub note_ja: &'static str,
    /// What it holds, for the read-me (English).
    pub note_en: &'static str,
}

const fn col(
    key: &'static str,
    ja: &'static str,
    en: &'static str,
    kind: Kind,
    width: f64,
    note_ja: &'static str,
    note_en: &'static str,
) -> Column {
    Column {
        key,
        ja,
        en,
        kind,
        ours: false,
        width,
        note_ja,
        note_en,
    }
}

const fn ours(column: Column) -> Column {
    Column {
        ours: true,
        ..column
    }
}

/// Whether a column's text is long enough to wrap.
pub(crate) const WRAP_WIDTH: f64 = 30.0;

/// The sheets, identified.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum SheetId {
    /// The read-me (not read back).
    Readme,
    /// `report`: one field per row.
    Report,
    /// `projects[]`.
    Projects,
    /// `projects[].kpis[]`.
    Kpis,
    /// `projects[].kpis[].breakdowns[]`.
    Breakdowns,
    /// `projects[].programs[]`.
    Programs,
    /// `projects[].programs[].notes[]`.
    ProgramNotes,
    /// `projects[].budget_lines[]`.
    BudgetLines,
    /// `projects[].notable_results[]`.
    Results,
    /// `projects[].ministry_actions[]` and `.overview_notes[]`.
    ProjectTexts,
    /// `initiatives[]`.
    Initiatives,
    /// `initiatives[].plan[]` and `.results[]`.
    InitiativeTexts,
    /// `initiative_notes[]`.
    InitiativeNotes,
    /// Every optional `*_en` field.
    English,
    /// `ministries[]`.
    Ministries,
    /// `phases[]`.
    Phases,
    /// `report.grades[]`.
    Grades,
}

/// A sheet: its name, columns and what it holds.
#[derive(Debug)]
pub(crate) struct Sheet {
    /// Which sheet.
    pub id: SheetId,
    /// Its tab name (bilingual, at most 31 characters).
    pub name: &'static str,
    /// Its columns, left to right.
    pub columns: &'static [Column],
    /// Leading columns kept in view (ids) besides the header row.
    pub frozen_columns: u16,
    /// What it holds (Japanese).
    pub about_ja: &'static str,
    /// What it holds (English).
    pub about_en: &'static str,
}

impl Sheet {
    /// The column holding `key`.
    pub(crate) fn column(&self, key: &str) -> Option<&'static Column> {
        self.columns.iter().find(|c| c.key == key)
    }

    /// What it holds, in `lang`.
    pub(crate) fn about(&self, lang: Lang) -> &'static str {
        lang.pick(self.about_ja, self.about_en)
    }
}

impl Column {
    /// Its header in `lang`.
    pub(crate) fn header(&self, lang: Lang) -> &'static str {
        lang.pick(self.ja, self.en)
    }

    /// What it holds, for the read-me, in `lang`.
    pub(crate) fn note(&self, lang: Lang) -> &'static str {
        lang.pick(self.note_ja, self.note_en)
    }
}

/// The columns of `groups`, one after another.
const fn join<const N: usize>(groups: &[&[Column]]) -> [Column; N] {
    let mut out = [groups[0][0]; N];
    let (mut g, mut n) = (0, 0);
    while g < groups.len() {
        let mut i = 0;
        while i < groups[g].len() {
            out[n] = groups[g][i];
            i += 1;
            n += 1;
        }
        g += 1;
    }
    assert!(n == N, "join: N is the number of columns");
    out
}

/// How many columns `groups` hold together.
const fn count(groups: &[&[Column]]) -> usize {
    let (mut g, mut n) = (0, 0);
    while g < groups.len() {
        n += groups[g].len();
        g += 1;
    }
    n
}

/// A sheet's columns made of groups, some shared with other sheets:
/// `columns![&[col(…), …], FIGURE_COLUMNS]`.
macro_rules! columns {
    ($($group:expr),+ $(,)?) => {{
        const GROUPS: &[&[Column]] = &[$($group),+];
        const COLUMNS: [Column; count(GROUPS)] = join(GROUPS);
        &COLUMNS
    }};
}

// Headers that more than one column has: an id and the columns that refer
// to it, the same field in several sheets.
const PROGRAM_ID: Words = words("事業ID", "Program id");
const KPI_ID: Words = words("KPI ID", "KPI id");
const INITIATIVE_ID: Words = words("項目ID", "Initiative id");
const NAME: Words = words("名称", "Name");
const ENGLISH_NAME: Words = words("英語名", "English name");
const NUMBER: Words = words("番号", "Number");
const FIELD: Words = words("項目", "Field");
const VALUE: Words = words("値", "Value");
/// A KPI's breakdown (［うち…］): the Breakdowns sheet's label, and the
/// reader's word for a breakdown.
pub(crate) const BREAKDOWN: &str = "内訳";

/// The column of the row's own id (`id`).
const fn id_column(header: Words, width: f64) -> Column {
    col(
        "id",
        header.ja,
        header.en,
        Kind::Id,
        width,
        "ID（半角英小文字・数字・ハイフン）。年をまたいで変えない",
        "Id (lowercase ASCII, digits, hyphens); kept from year to year",
    )
}

/// The column of the project a row belongs to (`project`).
const PROJECT_PARENT: Column = col(
    "project",
    vocab::PROJECT_ID.ja,
    vocab::PROJECT_ID.en,
    Kind::Parent,
    12.0,
    "属するプロジェクトのID",
    "The project's id",
);

/// A name in Japanese (`name_ja`).
const fn name_ja(width: f64, note_ja: &'static str, note_en: &'static str) -> Column {
    col(
        "name_ja",
        NAME.ja,
        NAME.en,
        Kind::Text,
        width,
        note_ja,
        note_en,
    )
}

/// A name in English (`name_en`).
const fn name_en(width: f64, note_en: &'static str) -> Column {
    col(
        "name_en",
        ENGLISH_NAME.ja,
        ENGLISH_NAME.en,
        Kind::Text,
        width,
        ENGLISH_NAME.ja,
        note_en,
    )
}

/// The lead ministries' ids (`ministries.lead`).
const fn lead_ministries(note_ja: &'static str, note_en: &'static str) -> Column {
    col(
        "ministries.lead",
        "主担当府省（◎）",
        "Lead ministries (◎)",
        Kind::Ids(Vocabulary::Ministries),
        14.0,
        note_ja,
        note_en,
    )
}

/// The other ministries' ids (`ministries.participating`).
const fn participating_ministries(
    width: f64,
    note_ja: &'static str,
    note_en: &'static str,
) -> Column {
    col(
        "ministries.participating",
        "参加府省",
        "Participating ministries",
        Kind::Ids(Vocabulary::Ministries),
        width,
        note_ja,
        note_en,
    )
}

/// Which list of its parent a paragraph belongs to (`part`).
const fn part(
    values: &'static [&'static str],
    width: f64,
    note_ja: &'static str,
    note_en: &'static str,
) -> Column {
    col(
        "part",
        "区分",
        "Part",
        Kind::Choice(values),
        width,
        note_ja,
        note_en,
    )
}

/// A paragraph or note (`text`).
const fn text(note_ja: &'static str, note_en: &'static str) -> Column {
    col("text", "本文", "Text", Kind::Text, 90.0, note_ja, note_en)
}

/// The figures of a KPI or a breakdown: its target, latest figure and
/// yearly figures.
const FIGURE_COLUMNS: &[Column] = &[
    TARGET_VALUE,
    col(
        "target.text",
        "目標（表記）",
        "Target as printed",
        Kind::Text,
        14.0,
        "報告書に印刷された目標（「２件以上」など）",
        "The target as printed (２件以上 …)",
    ),
    TARGET_KIND,
    col(
        "latest",
        vocab::LATEST.ja,
        vocab::LATEST.en,
        Kind::OptNumber,
        10.0,
        "最新の数値：件数は計画開始からの累計、割合は全体の率。「-」なら空欄",
        "The latest figure: cumulative for counts, the overall ratio for percentages; empty for “-”",
    ),
    col(
        "latest_text",
        "最新の数値（表記）",
        "Latest as printed",
        Kind::OptText,
        14.0,
        "報告書に印刷された最新の数値（「１，０９９件」など）",
        "The latest figure as printed (１，０９９件 …)",
    ),
    YEARS,
];

/// A target's figure (named by the reader when a target is incomplete).
pub(crate) const TARGET_VALUE: Column = col(
    "target.value",
    "目標値",
    "Target",
    Kind::OptNumber,
    10.0,
    "2024年度末までの達成目標の数値。目標がなければ目標の3列とも空欄",
    "The target figure for the end of the plan; all three target columns empty where there is none",
);

/// A target's comparator (named by the reader when a target is incomplete).
pub(crate) const TARGET_KIND: Column = col(
    "target.comparator",
    "目標の種類",
    "Target kind",
    Kind::OptChoice(COMPARATORS),
    11.0,
    "reach（その値に到達）/ at_least（以上）",
    "reach (reach the figure) / at_least (以上, at least)",
);

/// One column per fiscal year of the plan, each headed with the year and
/// these words: `2020年度` over `FY2020` ([`year_header`]).
const YEARS: Column = col(
    "yearly",
    "年度",
    "FY",
    Kind::Years,
    9.0,
    "計画の各年度に1列：その年度だけの数値（件数は年度ごと、割合はその年度の率）。空欄はその年度の数値なし",
    "One column per fiscal year of the plan: that year's figure alone (counts per year, ratios for the year). Empty: no figure for that year",
);

/// Our phases of a KPI or a program, their basis and the reason.
const PHASE_COLUMNS: &[Column] = &[
    ours(col(
        "phases",
        "フェーズ（当方の分類）",
        "Phases (ours)",
        Kind::Ids(Vocabulary::Phases),
        18.0,
        "フェーズID（フェーズ シート）をカンマ区切りで。本ビューアによる分類（報告書の記載ではない）",
        "Phase ids (Phases sheet), separated by commas. Our classification, not the report's",
    )),
    ours(col(
        "phase_basis",
        "フェーズの根拠（当方）",
        "Phase basis (ours)",
        Kind::Choice(PHASE_BASES),
        12.0,
        "source（報告書に記載）/ reference（外部の公開資料）/ classified（当方の分類）",
        "source (the report says so) / reference (a public source outside the report) / classified (our reading)",
    )),
    ours(col(
        "phase_reason",
        "フェーズの理由（当方）",
        "Phase reason (ours)",
        Kind::Text,
        40.0,
        "フェーズを選んだ理由（当方の判断。報告書の文言は「…」で引用）",
        "Why these phases (our reading; the report's words quoted in 「…」)",
    )),
];

/// The report sheet's columns: one field of `report` per row.
pub(crate) const REPORT_COLUMNS: &[Column] = &[
    col(
        "label",
        FIELD.ja,
        FIELD.en,
        Kind::Text,
        30.0,
        "項目の名前（読み込みません）",
        "The field's name (not read)",
    ),
    col(
        "key",
        "キー",
        "Key",
        Kind::Id,
        20.0,
        "項目のキー。変えないでください",
        "The field's key: do not change it",
    ),
    col(
        "value",
        VALUE.ja,
        VALUE.en,
        Kind::Text,
        70.0,
        VALUE.ja,
        "The value",
    ),
];

/// One field of the report sheet.
#[derive(Debug)]
pub(crate) struct ReportField {
    /// Its key (`plan_first_year`), also its JSON path under `report`.
    pub key: &'static str,
    /// Japanese name.
    pub ja: &'static str,
    /// English name.
    pub en: &'static str,
    /// What its value holds (`Text`, `OptText` or `Integer`).
    pub kind: Kind,
    /// Whether the key may appear on several rows, one entry each.
    pub repeated: bool,
}

impl ReportField {
    /// Its name in `lang`.
    pub(crate) fn name(&self, lang: Lang) -> &'static str {
        lang.pick(self.ja, self.en)
    }
}

const fn field(key: &'static str, ja: &'static str, en: &'static str, kind: Kind) -> ReportField {
    ReportField {
        key,
        ja,
        en,
        kind,
        repeated: false,
    }
}

/// The key of the dataset's format version, on the report sheet.
pub(crate) const SCHEMA_VERSION: &str = "schema_version";

/// The report sheet's rows, in order.
pub(crate) const REPORT_FIELDS: &[ReportField] = &[
    field(
        SCHEMA_VERSION,
        "データ形式の版",
        "Format version",
        Kind::Integer,
    ),
    field("id", "報告書ID", "Report id", Kind::Id),
    field("title", "表題", "Title", Kind::Text),
    field("title_en", "表題（英語）", "Title in English", Kind::Text),
    field(
        "plan_first_year",
        "計画の初年度",
        "First fiscal year of the plan",
        Kind::Integer,
    ),
    field(
        "plan_last_year",
        "計画の最終年度",
        "Last fiscal year of the plan",
        Kind::Integer,
    ),
    field(
        "figures_through",
        "数値の対象年度（この年度末まで）",
        "Figures run through fiscal year",
        Kind::Integer,
    ),
    field("source.citation", "出典", "Source", Kind::Text),
    field(
        "source.citation_en",
        "出典（英語）",
        "Source in English",
        Kind::Text,
    ),
    field(
        "source.url",
        "報告書の掲載先（URL）",
        "Where the report is published (URL)",
        Kind::OptText,
    ),
    field(
        "figures_note",
        "KPI表の数値についての報告書の注記",
        "The report's note on its KPI tables' figures",
        Kind::OptText,
    ),
    field(
        "names_en_note",
        "英語名についての注記",
        "Note on the English names",
        Kind::OptText,
    ),
    ReportField {
        key: "source.notes",
        ja: "出典についての注記（1行に1つ）",
        en: "Note on the source (one per row)",
        kind: Kind::Text,
        repeated: true,
    },
];

/// The workbook's sheets, in the order of their tabs.
pub(crate) const SHEETS: &[Sheet] = &[
    Sheet {
        id: SheetId::Readme,
        name: "はじめに README",
        columns: &[],
        frozen_columns: 0,
        about_ja: "この説明（読み込みません）",
        about_en: "This read-me (not read)",
    },
    Sheet {
        id: SheetId::Report,
        name: "報告書 Report",
        columns: REPORT_COLUMNS,
        frozen_columns: 1,
        about_ja: "報告書の表題・計画期間・数値の対象年度・出典（1行に1項目）",
        about_en: "The report's title, plan period, figures' year and source (one field per row)",
    },
    Sheet {
        id: SheetId::Projects,
        name: "プロジェクト Projects",
        columns: &[
            id_column(vocab::PROJECT_ID, 14.0),
            col(
                "number",
                NUMBER.ja,
                NUMBER.en,
                Kind::Integer,
                6.0,
                "報告書の番号（１．医薬品プロジェクト → 1）",
                "The printed number",
            ),
            name_ja(24.0, NAME.ja, "Name in Japanese"),
            name_en(24.0, "Name in English"),
            col(
                "aim",
                "目的",
                "Aim",
                Kind::Text,
                50.0,
                "概要ページ冒頭の文",
                "The sentence at the top of the overview page",
            ),
            col(
                "budget.amed",
                "AMED対象経費（億円）",
                "AMED budget (100M yen)",
                Kind::OptNumber,
                12.0,
                "日本医療研究開発機構対象経費（億円）",
                "AMED budget, in 億円",
            ),
            col(
                "budget.inhouse",
                "インハウス研究機関経費（億円）",
                "In-house budget (100M yen)",
                Kind::OptNumber,
                12.0,
                "インハウス研究機関経費（億円）。記載がなければ空欄",
                "In-house research budget, in 億円; empty where none is printed",
            ),
            lead_ministries(
                "◎の府省ID（府省 シート）。カンマ区切り",
                "Ministry ids marked ◎ (Ministries sheet), separated by commas",
            ),
            participating_ministries(
                22.0,
                "ほかの府省ID。印刷順にカンマ区切り",
                "The other ministry ids, in printed order, separated by commas",
            ),
            col(
                "evaluation",
                "総合評価",
                "Evaluation",
                Kind::Text,
                60.0,
                "KPI表の下の総合評価（段落は改行で）",
                "The evaluation under the KPI table (paragraphs on new lines)",
            ),
            ours(col(
                "evaluation_note",
                "総合評価についての当方の注記",
                "Our note on the evaluation",
                Kind::OptText,
                30.0,
                "総合評価の転記について当方の注記（報告書にない）",
                "Our note on how the evaluation was transcribed, not printed in the report",
            )),
        ],
        frozen_columns: 1,
        about_ja: "統合プロジェクト（1行に1つ）",
        about_en: "The integrated projects (one per row)",
    },
    Sheet {
        id: SheetId::Kpis,
        name: "KPI",
        columns: columns![
            &[
            PROJECT_PARENT,
            id_column(KPI_ID, 26.0),
            col(
                "kind",
                "種別",
                "Kind",
                Kind::Choice(KINDS),
                9.0,
                "output（アウトプット）/ outcome（アウトカム）",
                "output / outcome",
            ),
            col(
                "name",
                "KPI",
                "KPI name",
                Kind::Text,
                40.0,
                "KPIの記載（印刷どおり）",
                "The KPI as printed",
            ),
            col(
                "unit",
                vocab::UNIT.ja,
                vocab::UNIT.en,
                Kind::Choice(UNITS),
                9.0,
                "count（件：年度の数値を合計すると累計）/ percent（％：年度ごとの率）",
                "count (件: yearly figures add up) / percent (%: a ratio per year)",
            ),
        ],
        FIGURE_COLUMNS,
        &[
            col(
                "grade",
                vocab::PROGRESS.ja,
                "Grade",
                Kind::Choice(GRADES),
                7.0,
                "報告書の評価（A / B）",
                "The report's grade (A / B)",
            ),
            col(
                "detail",
                "進捗の詳細",
                "Detail",
                Kind::Text,
                60.0,
                "進捗の詳細（印刷どおり）",
                "The detail paragraph, as printed",
            ),
            col(
                "footnote",
                "脚注",
                "Footnote",
                Kind::OptText,
                24.0,
                "表の下の脚注（＊…）",
                "A footnote (＊…)",
            ),
            col(
                "source_note",
                "数値の注記",
                "Note on the figures",
                Kind::OptText,
                24.0,
                "数値についてのそのほかの注記",
                "Any other printed note on the figures",
            ),
        ],
        PHASE_COLUMNS,
        ],
        frozen_columns: 2,
        about_ja: "KPI（1行に1つ）。年度の数値は年度ごとの列に",
        about_en: "The KPIs (one per row), with one column per fiscal year",
    },
    Sheet {
        id: SheetId::Breakdowns,
        name: "内訳 Breakdowns",
        columns: columns![
            &[
            col(
                "kpi",
                KPI_ID.ja,
                KPI_ID.en,
                Kind::Parent,
                26.0,
                "属するKPIのID",
                "The KPI's id",
            ),
            id_column(words("内訳ID", "Breakdown id"), 30.0),
            col(
                "label",
                BREAKDOWN,
                "Label",
                Kind::Text,
                24.0,
                "［うち…］の記載（印刷どおり）",
                "The ［うち…］ label, as printed",
            ),
        ],
        FIGURE_COLUMNS,
        ],
        frozen_columns: 2,
        about_ja: "KPIの［うち…］の内訳（1行に1つ、KPIの順に）",
        about_en: "The ［うち…］ parts of KPIs (one per row, in order)",
    },
    Sheet {
        id: SheetId::Programs,
        name: "事業 Programs",
        columns: columns![
            &[
            PROJECT_PARENT,
            id_column(PROGRAM_ID, 28.0),
            col(
                "name",
                "事業名",
                "Name",
                Kind::Text,
                30.0,
                "●の項目の「：」の前",
                "The ● item before the ：",
            ),
            col(
                "description",
                "説明",
                "Description",
                Kind::Text,
                44.0,
                "●の項目の「：」の後",
                "The ● item after the ：",
            ),
            col(
                "budget",
                "予算額（億円）",
                "Budget (100M yen)",
                Kind::OptNumber,
                10.0,
                "この事業だけの予算額が印刷されている場合だけ（億円）。ほかは空欄",
                "In 億円, only where printed for this program alone; else empty",
            ),
            col(
                "budget_text",
                "予算額（表記）",
                "Budget as printed",
                Kind::OptText,
                16.0,
                "事業の横に印刷された予算の記載",
                "The budget text printed beside it",
            ),
            col(
                "funding",
                "経費区分",
                "Funding",
                Kind::Choice(FUNDINGS),
                9.0,
                "amed（AMED対象経費）/ inhouse（インハウス研究機関経費）",
                "amed / inhouse",
            ),
            col(
                "ministry",
                vocab::MINISTRY.ja,
                vocab::MINISTRY.en,
                Kind::OptRef(Vocabulary::Ministries),
                10.0,
                "所管府省のID（府省 シート）。不明なら空欄",
                "The funding ministry's id (Ministries sheet); empty if unknown",
            ),
            col(
                "ministry_basis",
                "府省の根拠",
                "Ministry basis",
                Kind::OptChoice(MINISTRY_BASES),
                11.0,
                "source（報告書に記載）/ reference（AMEDの事業一覧）/ institute（事業を行うインハウス研究機関の所管府省。当方の注記に記載）",
                "source (printed in the report) / reference (AMED's program list) / institute (the ministry overseeing the in-house institutes running it; our note says so)",
            ),
            ours(col(
                "editorial_note",
                "当方の注記",
                "Our note",
                Kind::OptText,
                30.0,
                "当方の注記（報告書にない、転記の仕方や外部の事実）",
                "Our own note, not printed in the report",
            )),
        ],
        PHASE_COLUMNS,
        ],
        frozen_columns: 2,
        about_ja: "各プロジェクトの事業（●の項目、1行に1つ、印刷順に）",
        about_en: "Each project's programs (the ● items, one per row, in printed order)",
    },
    Sheet {
        id: SheetId::ProgramNotes,
        name: "事業の注記 ProgramNotes",
        columns: &[
            col(
                "program",
                PROGRAM_ID.ja,
                PROGRAM_ID.en,
                Kind::Parent,
                28.0,
                "属する事業のID",
                "The program's id",
            ),
            col(
                "text",
                "注記",
                "Note",
                Kind::Text,
                50.0,
                "事業に印刷された注記（再掲、…億円の内数、※…）。1行に1つ",
                "A note printed with the program (再掲, …億円の内数, ※…); one per row",
            ),
        ],
        frozen_columns: 1,
        about_ja: "事業とともに印刷された注記（1行に1つ、印刷順に）",
        about_en: "Notes printed with programs (one per row, in printed order)",
    },
    Sheet {
        id: SheetId::BudgetLines,
        name: "予算行 BudgetLines",
        columns: &[
            PROJECT_PARENT,
            col(
                "amount",
                "金額（億円）",
                "Amount (100M yen)",
                Kind::Number,
                10.0,
                "印刷された金額（億円）",
                "The printed amount, in 億円",
            ),
            col(
                "text",
                "表記",
                "As printed",
                Kind::Text,
                18.0,
                "印刷された記載",
                "The amount as printed",
            ),
            col(
                "programs",
                "候補の事業",
                "Candidate programs",
                Kind::Ids(Vocabulary::Programs),
                40.0,
                "この金額が属しうる、同じプロジェクトの事業ID（カンマ区切り）",
                "Ids of the project's programs it could belong to, separated by commas",
            ),
            ours(col(
                "note",
                "理由（当方）",
                "Why (ours)",
                Kind::Text,
                40.0,
                "一つの事業に帰属できない理由",
                "Why it cannot be attributed to one program",
            )),
            ours(col(
                "repeat",
                "再掲の重複（当方）",
                "Repeat (ours)",
                Kind::Bool,
                10.0,
                "TRUE：すでに数えた金額の再掲（合計に加えない）",
                "TRUE: the amount repeats one already counted (not added to totals)",
            )),
        ],
        frozen_columns: 1,
        about_ja: "一つの事業に帰属できない予算額（1行に1つ）",
        about_en: "Budget amounts that cannot be attributed to one program (one per row)",
    },
    Sheet {
        id: SheetId::Results,
        name: "成果事例 Results",
        columns: &[
            PROJECT_PARENT,
            col(
                "number",
                NUMBER.ja,
                "No.",
                Kind::Integer,
                6.0,
                "プロジェクト内の番号（英語名 シートで使う。重複不可）",
                "Its number within the project (used by the English sheet; unique)",
            ),
            col(
                "title",
                "タイトル",
                "Title",
                Kind::Text,
                40.0,
                "成果のタイトル（印刷どおり）",
                "The result's title, as printed",
            ),
            col(
                "program",
                vocab::PROGRAM.ja,
                vocab::PROGRAM.en,
                Kind::OptText,
                24.0,
                "成果の出た事業名（印刷どおり）。なければ空欄",
                "The program it came from, as printed; empty if none",
            ),
            col(
                "summary",
                vocab::OVERVIEW.ja,
                "Summary",
                Kind::Text,
                60.0,
                "成果の記載（段落は続けて）",
                "The result's text (paragraphs run together)",
            ),
        ],
        frozen_columns: 2,
        about_ja: "顕著な研究開発成果事例（1行に1つ、印刷順に）",
        about_en: "Notable research results (one per row, in printed order)",
    },
    Sheet {
        id: SheetId::ProjectTexts,
        name: "プロジェクトの記載 ProjectTexts",
        columns: &[
            PROJECT_PARENT,
            part(
                PROJECT_PARTS,
                16.0,
                "ministry_actions（（１）関係府省の主な取組）/ overview_notes（概要ページの、どの事業にも属さない注記）",
                "ministry_actions (the ministries' main actions) / overview_notes (notes of the overview page tied to no program)",
            ),
            text(
                "段落または箇条1つ（記号「•」「・」「※」も印刷どおり）",
                "One paragraph, bullet or note (marks as printed)",
            ),
        ],
        frozen_columns: 1,
        about_ja: "（１）関係府省の主な取組と概要ページの注記（1行に1段落、印刷順に）",
        about_en: "The ministries' main actions and the overview page's notes (one paragraph per row, in printed order)",
    },
    Sheet {
        id: SheetId::Initiatives,
        name: "その他 Initiatives",
        columns: &[
            id_column(INITIATIVE_ID, 30.0),
            col(
                "section",
                "節",
                "Section",
                Kind::Text,
                6.0,
                "節の番号（3.3 など）",
                "Section number (3.3 …)",
            ),
            col(
                "section_title",
                "節の表題",
                "Section title",
                Kind::Text,
                30.0,
                "節の表題（印刷どおり）",
                "The section's title, as printed",
            ),
            col(
                "heading",
                "見出し",
                "Heading",
                Kind::Text,
                30.0,
                "項目の見出し（印刷どおり）",
                "The item's heading, as printed",
            ),
            col(
                "number",
                "番号（ｎ）",
                "Number",
                Kind::OptText,
                8.0,
                "3.1の（ｎ）の番号。なければ空欄",
                "The （ｎ） label in 3.1; empty if none",
            ),
            lead_ministries(
                "◎の府省ID。カンマ区切り",
                "Ministry ids marked ◎, separated by commas",
            ),
            participating_ministries(
                20.0,
                "ほかの府省ID。カンマ区切り",
                "The other ministry ids, separated by commas",
            ),
            col(
                "ministries_text",
                "府省（表記）",
                "Ministries as printed",
                Kind::Text,
                18.0,
                "印刷された府省の記載（（文、◎厚）など）",
                "The ministry marker as printed",
            ),
        ],
        frozen_columns: 1,
        about_ja: "その他の項目（3.1〜3.6、1行に1つ）",
        about_en: "The plan items of the その他 section (one per row)",
    },
    Sheet {
        id: SheetId::InitiativeTexts,
        name: "その他の記載 InitiativeTexts",
        columns: &[
            col(
                "initiative",
                INITIATIVE_ID.ja,
                INITIATIVE_ID.en,
                Kind::Parent,
                30.0,
                "属する項目のID",
                "The initiative's id",
            ),
            part(
                INITIATIVE_PARTS,
                9.0,
                "plan（計画上の記載）/ results（取組と成果）",
                "plan (the plan's text) / results (the year's actions and results)",
            ),
            text(
                "1段落または箇条1つ（記号も印刷どおり）",
                "One paragraph or bullet (marks as printed)",
            ),
        ],
        frozen_columns: 1,
        about_ja: "その他の項目の「計画上の記載」と「取組と成果」（1行に1段落、印刷順に）",
        about_en:
            "The initiatives' plan text and results (one paragraph per row, in printed order)",
    },
    Sheet {
        id: SheetId::InitiativeNotes,
        name: "その他の囲み InitiativeNotes",
        columns: &[
            col(
                "after",
                "直前の項目ID",
                "After initiative",
                Kind::Text,
                30.0,
                "この囲みの直前の項目のID",
                "The id of the initiative it follows",
            ),
            text(
                "囲みの本文（印刷どおり）",
                "The box's text, as printed",
            ),
        ],
        frozen_columns: 1,
        about_ja: "その他の節の、どの項目にも属さない囲み",
        about_en: "Boxes of the その他 section that belong to no single item",
    },
    Sheet {
        id: SheetId::English,
        name: "英語名 English",
        columns: &[
            col(
                "table",
                "対象",
                "Table",
                Kind::Choice(ENGLISH_TABLES),
                14.0,
                "project / notable_result / program / kpi / breakdown / initiative",
                "project / notable_result / program / kpi / breakdown / initiative",
            ),
            col(
                "id",
                "ID",
                "Id",
                Kind::Id,
                30.0,
                "対象のID（成果事例は「プロジェクトID#番号」）",
                "The item's id (a notable result: project id#number)",
            ),
            col(
                "field",
                FIELD.ja,
                FIELD.en,
                Kind::Choice(ENGLISH_FIELDS),
                14.0,
                "英語名の項目（name_en など）",
                "The English field (name_en …)",
            ),
            col(
                "ja",
                "日本語（参照用）",
                "Japanese (for reference)",
                Kind::Text,
                40.0,
                "書き出した時の日本語。読み込みません（日本語が変わっていれば警告）",
                "The Japanese when exported; not read (a warning when the Japanese has changed)",
            ),
            ours(col(
                "en",
                "英語",
                "English",
                Kind::OptText,
                40.0,
                "当方の英訳。空欄なら英訳なし",
                "Our translation; empty for none",
            )),
        ],
        frozen_columns: 3,
        about_ja: "名称などの英訳（当方の翻訳、1行に1つ）",
        about_en: "English versions of names (our translation, one per row)",
    },
    Sheet {
        id: SheetId::Ministries,
        name: "府省 Ministries",
        columns: &[
            id_column(words("府省ID", "Ministry id"), 18.0),
            col(
                "abbr",
                "略称",
                "Abbreviation",
                Kind::Text,
                12.0,
                "（◎…）の中の略称（厚 など）",
                "The abbreviation in the （◎…） markers (厚 …)",
            ),
            name_ja(30.0, "正式名称", "Full Japanese name"),
            name_en(50.0, "English name"),
        ],
        frozen_columns: 1,
        about_ja: "府省（ドロップダウンの選択肢）",
        about_en: "The ministries (the drop-down lists' choices)",
    },
    Sheet {
        id: SheetId::Phases,
        name: "フェーズ Phases",
        columns: &[
            id_column(words("フェーズID", "Phase id"), 14.0),
            name_ja(16.0, NAME.ja, "Japanese name"),
            name_en(20.0, "English name"),
        ],
        frozen_columns: 1,
        about_ja: "研究フェーズ（基礎研究から実用化まで、この順に）",
        about_en: "The research phases, in order",
    },
    Sheet {
        id: SheetId::Grades,
        name: "評価の意味 Grades",
        columns: &[
            col(
                "grade",
                vocab::EVALUATION.ja,
                "Grade",
                Kind::Choice(GRADES),
                7.0,
                "A / B",
                "A / B",
            ),
            col(
                "ja",
                "意味",
                "Meaning",
                Kind::Text,
                24.0,
                "報告書に書かれた意味",
                "The meaning as printed",
            ),
            col(
                "en",
                "意味（英語）",
                "Meaning in English",
                Kind::Text,
                30.0,
                "英語の意味",
                "The meaning in English",
            ),
        ],
        frozen_columns: 1,
        about_ja: "進捗の評価（A / B）の意味",
        about_en: "What the grades (A / B) mean",
    },
];

/// The sheet `id`.
pub(crate) fn sheet(id: SheetId) -> &'static Sheet {
    SHEETS
        .iter()
        .find(|s| s.id == id)
        .expect("every sheet id has a sheet")
}

/// The header of a fiscal year's column: `2020年度` over `FY2020`.
pub(crate) fn year_header(year: i32) -> (String, String) {
    (fy(year, Lang::Ja), fy(year, Lang::En))
}

/// The fiscal year a header names (`2020年度` or `FY2020`: the year with
/// the words of [`YEARS`]), if it names one.
pub(crate) fn header_year(line: &str) -> Option<i32> {
    let digits = line
        .strip_suffix(YEARS.ja)
        .or_else(|| line.strip_prefix(YEARS.en))?;
    if digits.len() == 4 && digits.bytes().all(|b| b.is_ascii_digit()) {
        digits.parse().ok()
    } else {
        None
    }
}

/// The id of a notable result in the English sheet: `drugs#2`, its
/// project's id and its number (the Results sheet's 番号 column).
pub(crate) fn result_key(project_id: &str, number: i64) -> String {
    format!("{project_id}#{number}")
}

/// The project id and number of a notable result's id (`drugs#2`).
pub(crate) fn split_result_key(key: &str) -> Option<(&str, i64)> {
    let (project, number) = key.rsplit_once('#')?;
    Some((project, number.trim().parse().ok()?))
}

/// The id a closed vocabulary's value has in the dataset's JSON
/// (`Basis::Classified` → `classified`), as it is written in a cell.
pub(crate) fn vocabulary_id<T: serde::Serialize>(value: T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(id)) => id,
        other => unreachable!("a closed vocabulary serialises as a string, not {other:?}"),
    }
}

/// The value of a closed vocabulary with the JSON id `id`.
pub(crate) fn from_vocabulary_id<T: serde::de::DeserializeOwned>(id: &str) -> Option<T> {
    serde_json::from_value(serde_json::Value::String(id.to_string())).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::dataset::model::{Basis, Comparator, Funding, Grade, KpiKind, Unit};

    /// Every value a drop-down offers is an id of its type, and back.
    #[test]
    fn drop_down_values_are_the_json_ids() {
        fn check<T: serde::Serialize + serde::de::DeserializeOwned>(values: &[&str]) {
            for v in values {
                let value: T = from_vocabulary_id(v).unwrap_or_else(|| panic!("{v}"));
                assert_eq!(vocabulary_id(value), *v);
            }
        }
        check::<Basis>(PHASE_BASES);
        check::<Basis>(MINISTRY_BASES);
        check::<Funding>(FUNDINGS);
        check::<KpiKind>(KINDS);
        check::<Unit>(UNITS);
        check::<Grade>(GRADES);
        check::<Comparator>(COMPARATORS);
    }

    /// A year column's header names its year, in either language.
    #[test]
    fn year_headers_name_their_year() {
        for year in [2020, 2024, 2199] {
            let (ja, en) = year_header(year);
            assert_eq!(header_year(&ja), Some(year), "{ja}");
            assert_eq!(header_year(&en), Some(year), "{en}");
        }
        assert_eq!(header_year("年度"), None);
        assert_eq!(header_year("FY24"), None);
    }
}
