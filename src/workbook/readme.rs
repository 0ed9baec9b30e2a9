//! The read-me sheet's text, Japanese first, then English: what the
//! workbook is, how its cells are read, which columns are ours, how to add
//! a fiscal year, how to check and publish; and every sheet's columns,
//! written from the layout so it cannot fall behind.

use crate::core::dataset::model::Dataset;
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

/// What a column's cells hold and how an empty one reads, in Japanese.
fn kind_ja(kind: Kind) -> String {
    match kind {
        Kind::Id => "必須（ID）".into(),
        Kind::Parent => "必須（属する行のID）".into(),
        Kind::Text => "文字列（空欄＝空の文字列）".into(),
        Kind::OptText => "文字列（空欄＝なし）".into(),
        Kind::Number => "数値・必須".into(),
        Kind::OptNumber => "数値（空欄＝なし）".into(),
        Kind::Integer => "整数・必須".into(),
        Kind::Choice(values) => format!("選択・必須：{}", values.join(" / ")),
        Kind::OptChoice(values) => format!("選択（空欄＝なし）：{}", values.join(" / ")),
        Kind::OptRef(_) => "府省ID（空欄＝なし）".into(),
        Kind::Ids(Vocabulary::Ministries) => "府省IDの一覧（カンマ区切り）".into(),
        Kind::Ids(Vocabulary::Phases) => "フェーズIDの一覧（カンマ区切り）".into(),
        Kind::Ids(Vocabulary::Programs) => "事業IDの一覧（カンマ区切り）".into(),
        Kind::Bool => "TRUE / FALSE（空欄＝FALSE）".into(),
        Kind::Years => "年度ごとの数値（空欄＝その年度の数値なし）".into(),
    }
}

/// What a column's cells hold and how an empty one reads, in English.
fn kind_en(kind: Kind) -> String {
    match kind {
        Kind::Id => "required (id)".into(),
        Kind::Parent => "required (the id of the row it belongs to)".into(),
        Kind::Text => "text (empty: the empty text)".into(),
        Kind::OptText => "text (empty: null)".into(),
        Kind::Number => "number, required".into(),
        Kind::OptNumber => "number (empty: null)".into(),
        Kind::Integer => "whole number, required".into(),
        Kind::Choice(values) => format!("choice, required: {}", values.join(" / ")),
        Kind::OptChoice(values) => format!("choice (empty: null): {}", values.join(" / ")),
        Kind::OptRef(_) => "ministry id (empty: null)".into(),
        Kind::Ids(Vocabulary::Ministries) => "ministry ids, separated by commas".into(),
        Kind::Ids(Vocabulary::Phases) => "phase ids, separated by commas".into(),
        Kind::Ids(Vocabulary::Programs) => "program ids, separated by commas".into(),
        Kind::Bool => "TRUE / FALSE (empty: FALSE)".into(),
        Kind::Years => "one figure per year (empty: no figure that year)".into(),
    }
}

fn paragraphs(lines: &mut Vec<ReadmeLine>, texts: &[String]) {
    lines.extend(texts.iter().cloned().map(ReadmeLine::Paragraph));
}

/// The sheets that hold data (all but the read-me).
fn data_sheets() -> impl Iterator<Item = &'static Sheet> {
    SHEETS.iter().filter(|s| s.id != SheetId::Readme)
}

/// The read-me sheet of the workbook of `dataset`.
pub(crate) fn readme(dataset: &Dataset) -> Vec<ReadmeLine> {
    let r = &dataset.report;
    let next = r.figures_through + 1;
    let mut lines = vec![
        ReadmeLine::Title(format!("{}：編集用ブック", r.title)),
        ReadmeLine::Paragraph(format!(
            "Shinchoku（進捗ビューア）のデータ「{}」を Excel で編集するためのブックです。編集したら、Shinchoku のデータメニューの「Excel（編集用）を読み込む」で読み込むと、JSON のデータと同じ検査を行い、問題をシートとセル（例：KPI!F12）で示します。詳しくは docs/authoring.md。",
            r.id
        )),
        ReadmeLine::Blank,
        ReadmeLine::Heading("シート".into()),
    ];
    for s in data_sheets() {
        lines.push(ReadmeLine::Columns(vec![s.name.into(), s.about_ja.into()]));
    }
    lines.push(ReadmeLine::Blank);
    lines.push(ReadmeLine::Heading("セルの読み方".into()));
    paragraphs(&mut lines, &[
        "・列は1行目の見出しで探します。見出しは変えないでください。列の順番を入れ替えたり、メモの列を足したりするのはかまいません（知らない見出しの列、見出しのない列は読み込みません）。シート名も変えないでください。".into(),
        "・行の順番がそのままデータの順番です（事業、KPI、段落など）。行どうしはIDで結び付きます（KPI シートの「プロジェクトID」など）。IDは年をまたいで変えないでください（共有リンクが使います）。".into(),
        "・空欄：「なし」（null）の項目と、「空の文字列」の項目があります（下の表の「空欄」）。必須のセルが空欄なら誤りです。任意の文字列に空の文字列は入れられません（空欄は「なし」と読みます）。".into(),
        "・数値は数値のセルに（表示形式「標準」。入力した値がそのまま表示されます）。「12件」のような文字や、日付に変わったセルは誤りです。".into(),
        "・文字列の列は表示形式「文字列」なので、ID、「3-4」、「１，０９９件」、「31%（23/48/41）」も入力したとおりに残ります。セル内の改行（Alt+Enter）は改行として読みます。全角文字もそのまま。".into(),
        "・数式は使わないでください。使った場合は Excel が保存した計算結果を読み、数式は読みません（計算結果の保存されていない数式は誤り）。".into(),
        "・ID の一覧（府省、フェーズ、事業）はカンマ区切りで入れます（「,」「、」「，」や改行でも区切れます）。選択の列にはドロップダウンがあります。".into(),
        "・英訳は 英語名 シートに（対象・ID・項目ごとに1行）。成果事例の ID は「プロジェクトID#番号」。日本語（参照用）の列は読み込みませんが、日本語が書き出した後に変わっていれば警告します。".into(),
    ]);
    lines.push(ReadmeLine::Blank);
    lines.push(ReadmeLine::Heading(
        "見出しの色：どのセルが当方のものか".into(),
    ));
    paragraphs(&mut lines, &[
        "青：報告書に印刷された内容の転記。灰：ID。橙：本ビューア（当方）による読み ―― フェーズの分類とその根拠・理由、当方の注記、予算行の理由と再掲の判断、英訳。報告書の記載ではないので、報告書の文言と取り違えないでください。".into(),
    ]);
    lines.push(ReadmeLine::Blank);
    lines.push(ReadmeLine::Heading(format!("{next}年度を加えるには")));
    paragraphs(&mut lines, &[
        format!("1. 報告書 シート：id（例 fy{next}）、表題、出典を新しい報告書に合わせ、figures_through（数値の対象年度）を {next} に。"),
        format!("2. KPI と 内訳 シート：「{next}年度」の列にその年度だけの数値を入れます（空欄＝その年度の数値なし）。「最新の数値」と「最新の数値（表記）」を新しい値に（件数の KPI では、累計が年度の数値の合計と違うと警告します）。目標が変わればその3列も。"),
        "3. 進捗（A/B）と進捗の詳細、プロジェクトの総合評価、府省の取組、成果事例、予算額、その他の項目の「取組と成果」を新しい報告書に合わせて書き換えます。行の追加・削除も自由です（IDは重複させない）。".into(),
        "4. 計画期間の外の年度を加えるときは、plan_last_year を変え、見出し「2025年度」（FY2025）の列を足します。".into(),
    ]);
    lines.push(ReadmeLine::Blank);
    lines.push(ReadmeLine::Heading("確認と公開".into()));
    paragraphs(&mut lines, &[
        "Shinchoku で読み込むと、問題の一覧（「KPI!F12: 数値ではありません」など）が出ます。誤りが一つでもあれば読み込まれません。警告は確かめたうえで先に進めます。問題がなくなったら、表示を確かめ、データを JSON として保存し、data/ に置いて data/index.json に載せます（docs/authoring.md、docs/deploy.md）。".into(),
    ]);
    lines.push(ReadmeLine::Blank);
    lines.push(ReadmeLine::Heading("各シートの列".into()));
    lines.push(ReadmeLine::Columns(vec![
        "列".into(),
        "空欄".into(),
        "内容".into(),
    ]));
    for s in data_sheets() {
        lines.push(ReadmeLine::Heading(s.name.into()));
        if s.id == SheetId::Report {
            for f in REPORT_FIELDS {
                lines.push(ReadmeLine::Columns(vec![
                    f.key.into(),
                    kind_ja(f.kind),
                    f.ja.into(),
                ]));
            }
            continue;
        }
        for c in s.columns {
            let ours = if c.ours { "【当方】" } else { "" };
            lines.push(ReadmeLine::Columns(vec![
                format!("{}{ours}", c.ja),
                kind_ja(c.kind),
                c.note_ja.into(),
            ]));
        }
    }

    lines.push(ReadmeLine::Blank);
    lines.push(ReadmeLine::Title("English".into()));
    lines.push(ReadmeLine::Paragraph(format!(
        "This workbook holds the Shinchoku dataset \"{}\" for editing in Excel. Once edited, open it in Shinchoku (data menu, \"Open Excel workbook\"): it is checked exactly as a JSON dataset is, and every problem is shown at its sheet and cell (e.g. KPI!F12). See docs/authoring.md.",
        r.id
    )));
    lines.push(ReadmeLine::Blank);
    lines.push(ReadmeLine::Heading("Sheets".into()));
    for s in data_sheets() {
        lines.push(ReadmeLine::Columns(vec![s.name.into(), s.about_en.into()]));
    }
    lines.push(ReadmeLine::Blank);
    lines.push(ReadmeLine::Heading("How cells are read".into()));
    paragraphs(&mut lines, &[
        "• Columns are found by their header in row 1: do not change the headers or the sheet names. Reordering columns or adding a column of your own notes is fine (columns with an unknown header, or none, are not read).".into(),
        "• The order of the rows is the order of the data (programs, KPIs, paragraphs…). Rows are linked by ids (the Project id column of the KPI sheet…). Keep ids from year to year: shared links use them.".into(),
        "• Empty cells: some fields read an empty cell as null, others as the empty text (the \"empty\" column below); a required cell left empty is an error. An optional text cannot be the empty text (empty reads as null).".into(),
        "• Figures go in number cells (format General, which shows the value as entered). Text such as 12件, or a cell Excel turned into a date, is an error.".into(),
        "• Text columns are formatted as Text, so ids, 3-4, １，０９９件 or 31%（23/48/41） stay as typed. Line breaks in a cell (Alt+Enter) are kept; so are full-width characters.".into(),
        "• Do not use formulas. Where there is one, the result Excel stored is read, never the formula; a formula without a stored result is an error.".into(),
        "• Lists of ids (ministries, phases, programs) are separated by commas (, 、 ， or line breaks). Columns with a closed list of values have a drop-down.".into(),
        "• English names are on the English sheet (one row per item and field). A notable result's id is project id#number. The Japanese (for reference) column is not read, but a warning says when the Japanese has changed since the export.".into(),
    ]);
    lines.push(ReadmeLine::Blank);
    lines.push(ReadmeLine::Heading(
        "Header colours: which cells are ours".into(),
    ));
    paragraphs(&mut lines, &[
        "Blue: transcribed from the report. Grey: ids. Orange: our reading, not the report's: the phase classification with its basis and reason, our notes, the budget lines' reasons and repeat judgements, the English translations.".into(),
    ]);
    lines.push(ReadmeLine::Blank);
    lines.push(ReadmeLine::Heading(format!("Adding FY{next}")));
    paragraphs(&mut lines, &[
        format!("1. Report sheet: the id (e.g. fy{next}), title and source of the new report, and figures_through set to {next}."),
        format!("2. KPI and Breakdowns sheets: that year's figures in the column FY{next} (empty: no figure that year); the new Latest and Latest as printed (for counts, a warning says when the cumulative figure is not the sum of the years); the target columns if the target changed."),
        "3. Grades and details, the projects' evaluations, the ministries' actions, notable results, budgets and the initiatives' results as the new report prints them. Add or delete rows freely (ids must stay unique).".into(),
        "4. To add a year beyond the plan, change plan_last_year and add a column headed 2025年度 (FY2025).".into(),
    ]);
    lines.push(ReadmeLine::Blank);
    lines.push(ReadmeLine::Heading("Checking and publishing".into()));
    paragraphs(&mut lines, &[
        "Opening the workbook in Shinchoku lists every problem (KPI!F12: not a number…). Any error keeps it from loading; warnings can be checked and passed. Once clean, check the views, save the data as JSON, put it in data/ and list it in data/index.json (docs/authoring.md, docs/deploy.md).".into(),
    ]);
    lines.push(ReadmeLine::Blank);
    lines.push(ReadmeLine::Heading("Each sheet's columns".into()));
    lines.push(ReadmeLine::Columns(vec![
        "Column".into(),
        "Empty".into(),
        "Holds".into(),
    ]));
    for s in data_sheets() {
        lines.push(ReadmeLine::Heading(s.name.into()));
        if s.id == SheetId::Report {
            for f in REPORT_FIELDS {
                lines.push(ReadmeLine::Columns(vec![
                    f.key.into(),
                    kind_en(f.kind),
                    f.en.into(),
                ]));
            }
            continue;
        }
        for c in s.columns {
            let ours = if c.ours { " [ours]" } else { "" };
            lines.push(ReadmeLine::Columns(vec![
                format!("{}{ours}", c.en),
                kind_en(c.kind),
                c.note_en.into(),
            ]));
        }
    }
    lines
}
