//! The read-me sheet's text, Japanese first, then English: what the
//! workbook is, how its cells are read, which columns are ours, how to add
//! a fiscal year, how to check and publish; and every sheet's columns,
//! written from the layout so it cannot fall behind. Both languages are
//! written from the same sections, each text beside its translation.

use crate::core::dataset::model::Dataset;
use crate::core::text::lang::{fy, Lang};
use crate::workbook::sheets::{Kind, Sheet, SheetId, Vocabulary, REPORT_FIELDS, SHEETS};

/// One line of the read-me sheet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum ReadmeLine {
    /// The sheet's title.
    Title(String),
    /// A section heading.
    Heading(String),
    /// A paragraph across the sheet's width.
    Paragraph(String),
    /// A row of short cells (a table row).
    Columns(Vec<String>),
    /// An empty row.
    Blank,
}

/// A text in Japanese and in English.
type Both = (&'static str, &'static str);

/// A section of the read-me: a heading and its paragraphs. In their text
/// `{next}` stands for the fiscal year to add (`2025`) and `{year}` for
/// its heading (`2025年度`, `FY2025`).
struct Section {
    heading: Both,
    paragraphs: &'static [Both],
}

/// The sections between the list of sheets and the sheets' columns.
const SECTIONS: &[Section] = &[
    Section {
        heading: ("セルの読み方", "How cells are read"),
        paragraphs: &[
            (
                "・列は1行目の見出しで探します。見出しは変えないでください。列の順番を入れ替えたり、メモの列を足したりするのはかまいません（知らない見出しの列、見出しのない列は読み込みません）。シート名も変えないでください。",
                "• Columns are found by their header in row 1: do not change the headers or the sheet names. Reordering columns or adding a column of your own notes is fine (columns with an unknown header, or none, are not read).",
            ),
            (
                "・行の順番がそのままデータの順番です（事業、KPI、段落など）。行どうしはIDで結び付きます（KPI シートの「プロジェクトID」など）。IDは年をまたいで変えないでください（共有リンクが使います）。",
                "• The order of the rows is the order of the data (programs, KPIs, paragraphs…). Rows are linked by ids (the Project id column of the KPI sheet…). Keep ids from year to year: shared links use them.",
            ),
            (
                "・空欄：「なし」（null）の項目と、「空の文字列」の項目があります（下の表の「空欄」）。必須のセルが空欄なら誤りです。任意の文字列に空の文字列は入れられません（空欄は「なし」と読みます）。",
                "• Empty cells: some fields read an empty cell as null, others as the empty text (the \"empty\" column below); a required cell left empty is an error. An optional text cannot be the empty text (empty reads as null).",
            ),
            (
                "・数値は数値のセルに（表示形式「標準」。入力した値がそのまま表示されます）。「12件」のような文字や、日付に変わったセルは誤りです。",
                "• Figures go in number cells (format General, which shows the value as entered). Text such as 12件, or a cell Excel turned into a date, is an error.",
            ),
            (
                "・文字列の列は表示形式「文字列」なので、ID、「3-4」、「１，０９９件」、「31%（23/48/41）」も入力したとおりに残ります。セル内の改行（Alt+Enter）は改行として読みます。全角文字もそのまま。",
                "• Text columns are formatted as Text, so ids, 3-4, １，０９９件 or 31%（23/48/41） stay as typed. Line breaks in a cell (Alt+Enter) are kept; so are full-width characters.",
            ),
            (
                "・数式は使わないでください。使った場合は Excel が保存した計算結果を読み、数式は読みません（計算結果の保存されていない数式は誤り）。",
                "• Do not use formulas. Where there is one, the result Excel stored is read, never the formula; a formula without a stored result is an error.",
            ),
            (
                "・ID の一覧（府省、フェーズ、事業）はカンマ区切りで入れます（「,」「、」「，」や改行でも区切れます）。選択の列にはドロップダウンがあります。",
                "• Lists of ids (ministries, phases, programs) are separated by commas (, 、 ， or line breaks). Columns with a closed list of values have a drop-down.",
            ),
            (
                "・英訳は 英語名 シートに（対象・ID・項目ごとに1行）。成果事例の ID は「プロジェクトID#番号」。日本語（参照用）の列は読み込みませんが、日本語が書き出した後に変わっていれば警告します。",
                "• English names are on the English sheet (one row per item and field). A notable result's id is project id#number. The Japanese (for reference) column is not read, but a warning says when the Japanese has changed since the export.",
            ),
        ],
    },
    Section {
        heading: ("見出しの色：どのセルが当方のものか", "Header colours: which cells are ours"),
        paragraphs: &[
            (
                "青：報告書に印刷された内容の転記。灰：ID。橙：本ビューア（当方）による読み ―― フェーズの分類とその根拠・理由、当方の注記、予算行の理由と再掲の判断、英訳。報告書の記載ではないので、報告書の文言と取り違えないでください。",
                "Blue: transcribed from the report. Grey: ids. Orange: our reading, not the report's: the phase classification with its basis and reason, our notes, the budget lines' reasons and repeat judgements, the English translations.",
            ),
        ],
    },
    Section {
        heading: ("{year}を加えるには", "Adding {year}"),
        paragraphs: &[
            (
                "1. 報告書 シート：id（例 fy{next}）、表題、出典を新しい報告書に合わせ、figures_through（数値の対象年度）を {next} に。",
                "1. Report sheet: the id (e.g. fy{next}), title and source of the new report, and figures_through set to {next}.",
            ),
            (
                "2. KPI と 内訳 シート：「{year}」の列にその年度だけの数値を入れます（空欄＝その年度の数値なし）。「最新の数値」と「最新の数値（表記）」を新しい値に（件数の KPI では、累計が年度の数値の合計と違うと警告します）。目標が変わればその3列も。",
                "2. KPI and Breakdowns sheets: that year's figures in the column {year} (empty: no figure that year); the new Latest and Latest as printed (for counts, a warning says when the cumulative figure is not the sum of the years); the target columns if the target changed.",
            ),
            (
                "3. 進捗（A/B）と進捗の詳細、プロジェクトの総合評価、府省の取組、成果事例、予算額、その他の項目の「取組と成果」を新しい報告書に合わせて書き換えます。行の追加・削除も自由です（IDは重複させない）。",
                "3. Grades and details, the projects' evaluations, the ministries' actions, notable results, budgets and the initiatives' results as the new report prints them. Add or delete rows freely (ids must stay unique).",
            ),
            (
                "4. 計画期間の外の年度を加えるときは、plan_last_year を変え、見出し「2025年度」（FY2025）の列を足します。",
                "4. To add a year beyond the plan, change plan_last_year and add a column headed 2025年度 (FY2025).",
            ),
        ],
    },
    Section {
        heading: ("確認と公開", "Checking and publishing"),
        paragraphs: &[
            (
                "Shinchoku で読み込むと、問題の一覧（「KPI!F12: 数値ではありません」など）が出ます。誤りが一つでもあれば読み込まれません。警告は確かめたうえで先に進めます。問題がなくなったら、表示を確かめ、データを JSON として保存し、data/ に置いて data/index.json に載せます（docs/authoring.md、docs/deploy.md）。",
                "Opening the workbook in Shinchoku lists every problem (KPI!F12: not a number…). Any error keeps it from loading; warnings can be checked and passed. Once clean, check the views, save the data as JSON, put it in data/ and list it in data/index.json (docs/authoring.md, docs/deploy.md).",
            ),
        ],
    },
];

/// What a column's cells hold and how an empty one reads.
fn kind_words(kind: Kind, lang: Lang) -> String {
    let l = |ja: &str, en: &str| lang.pick(ja, en).to_string();
    match kind {
        Kind::Id => l("必須（ID）", "required (id)"),
        Kind::Parent => l(
            "必須（属する行のID）",
            "required (the id of the row it belongs to)",
        ),
        Kind::Text => l("文字列（空欄＝空の文字列）", "text (empty: the empty text)"),
        Kind::OptText => l("文字列（空欄＝なし）", "text (empty: null)"),
        Kind::Number => l("数値・必須", "number, required"),
        Kind::OptNumber => l("数値（空欄＝なし）", "number (empty: null)"),
        Kind::Integer => l("整数・必須", "whole number, required"),
        Kind::Choice(values) => l("選択・必須：", "choice, required: ") + &values.join(" / "),
        Kind::OptChoice(values) => {
            l("選択（空欄＝なし）：", "choice (empty: null): ") + &values.join(" / ")
        }
        Kind::OptRef(_) => l("府省ID（空欄＝なし）", "ministry id (empty: null)"),
        Kind::Ids(Vocabulary::Ministries) => l(
            "府省IDの一覧（カンマ区切り）",
            "ministry ids, separated by commas",
        ),
        Kind::Ids(Vocabulary::Phases) => l(
            "フェーズIDの一覧（カンマ区切り）",
            "phase ids, separated by commas",
        ),
        Kind::Ids(Vocabulary::Programs) => l(
            "事業IDの一覧（カンマ区切り）",
            "program ids, separated by commas",
        ),
        Kind::Bool => l("TRUE / FALSE（空欄＝FALSE）", "TRUE / FALSE (empty: FALSE)"),
        Kind::Years => l(
            "年度ごとの数値（空欄＝その年度の数値なし）",
            "one figure per year (empty: no figure that year)",
        ),
    }
}

/// The sheets that hold data (all but the read-me).
fn data_sheets() -> impl Iterator<Item = &'static Sheet> {
    SHEETS.iter().filter(|s| s.id != SheetId::Readme)
}

/// The read-me sheet of the workbook of `dataset`.
pub(crate) fn readme(dataset: &Dataset) -> Vec<ReadmeLine> {
    let mut lines = part(dataset, Lang::Ja);
    lines.push(ReadmeLine::Blank);
    lines.extend(part(dataset, Lang::En));
    lines
}

/// The read-me in one language.
fn part(dataset: &Dataset, lang: Lang) -> Vec<ReadmeLine> {
    let r = &dataset.report;
    let next = r.figures_through + 1;
    let l = |(ja, en): Both| lang.pick(ja, en).to_string();
    let text = |both: Both| {
        l(both)
            .replace("{next}", &next.to_string())
            .replace("{year}", &fy(next, lang))
    };
    let (title, about) = match lang {
        Lang::Ja => (
            format!("{}：編集用ブック", r.title),
            format!(
                "Shinchoku（進捗ビューア）のデータ「{}」を Excel で編集するためのブックです。編集したら、Shinchoku のデータメニューの「Excel（編集用）を読み込む」で読み込むと、JSON のデータと同じ検査を行い、問題をシートとセル（例：KPI!F12）で示します。詳しくは docs/authoring.md。",
                r.id
            ),
        ),
        Lang::En => (
            "English".to_string(),
            format!(
                "This workbook holds the Shinchoku dataset \"{}\" for editing in Excel. Once edited, open it in Shinchoku (data menu, \"Open Excel workbook\"): it is checked exactly as a JSON dataset is, and every problem is shown at its sheet and cell (e.g. KPI!F12). See docs/authoring.md.",
                r.id
            ),
        ),
    };
    let mut lines = vec![
        ReadmeLine::Title(title),
        ReadmeLine::Paragraph(about),
        ReadmeLine::Blank,
        ReadmeLine::Heading(l(("シート", "Sheets"))),
    ];
    for s in data_sheets() {
        lines.push(ReadmeLine::Columns(vec![
            s.name.into(),
            s.about(lang).into(),
        ]));
    }
    for section in SECTIONS {
        lines.push(ReadmeLine::Blank);
        lines.push(ReadmeLine::Heading(text(section.heading)));
        lines.extend(
            section
                .paragraphs
                .iter()
                .map(|p| ReadmeLine::Paragraph(text(*p))),
        );
    }
    lines.push(ReadmeLine::Blank);
    lines.push(ReadmeLine::Heading(l((
        "各シートの列",
        "Each sheet's columns",
    ))));
    lines.push(ReadmeLine::Columns(vec![
        l(("列", "Column")),
        l(("空欄", "Empty")),
        l(("内容", "Holds")),
    ]));
    for s in data_sheets() {
        lines.push(ReadmeLine::Heading(s.name.into()));
        if s.id == SheetId::Report {
            for f in REPORT_FIELDS {
                lines.push(ReadmeLine::Columns(vec![
                    f.key.into(),
                    kind_words(f.kind, lang),
                    f.name(lang).into(),
                ]));
            }
            continue;
        }
        for c in s.columns {
            let ours = if c.ours {
                l(("【当方】", " [ours]"))
            } else {
                String::new()
            };
            lines.push(ReadmeLine::Columns(vec![
                format!("{}{ours}", c.header(lang)),
                kind_words(c.kind, lang),
                c.note(lang).into(),
            ]));
        }
    }
    lines
}
