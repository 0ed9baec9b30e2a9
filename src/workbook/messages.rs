//! What the reader says about a workbook, in Japanese and English: one
//! variant per kind of mistake, and the validator's English messages
//! rendered in Japanese where their wording is known.

use crate::core::dataset::bounds::MAX_TEXT_CHARS;
use crate::core::present::vocab;
use crate::core::text::fold::visible;
use crate::core::text::number::number;
use crate::workbook::sheets::{BREAKDOWN, TARGET_KIND, TARGET_VALUE};

/// A cell's text as quoted in a message: invisible characters shown, long
/// texts cut.
fn quoted(text: &str) -> String {
    visible(text, 40)
}

/// One thing the reader found, in both languages.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Message {
    /// The file is larger than a workbook may be.
    FileTooLarge { bytes: u64, max: u64 },
    /// The file is not a zip archive (nor an .xlsx).
    NotAZip { detail: String },
    /// The archive has too many entries.
    TooManyEntries { entries: usize, max: usize },
    /// The archive's entries would unpack to more than allowed.
    TooLargeUnpacked { bytes: u64, max: u64 },
    /// calamine could not read the workbook.
    NotAWorkbook { detail: String },
    /// The workbook holds more filled cells than allowed.
    TooManyCells { max: usize },
    /// A sheet the layout needs is missing.
    MissingSheet,
    /// A sheet that is not ours (ignored).
    UnknownSheet,
    /// A column the layout needs has no header.
    MissingColumn { header: String },
    /// Two columns have the same header.
    DuplicateColumn { header: String },
    /// A column with a header that is not ours (ignored).
    UnknownColumn { header: String },
    /// A filled cell in a column without a header (ignored).
    NoHeader,
    /// A required cell is empty.
    Required,
    /// Text where a number belongs.
    NotANumber { text: String },
    /// A date where a number belongs.
    DateForNumber,
    /// A date where a text belongs (Excel turned what was typed into a date).
    DateForText,
    /// `TRUE`/`FALSE` where a number or text belongs.
    BoolNotAllowed,
    /// A number with a fraction, or out of range, where a whole number belongs.
    NotAWholeNumber { value: f64 },
    /// Not `TRUE` or `FALSE`.
    NotABool { text: String },
    /// An Excel error value (`#N/A`).
    ExcelError { code: String },
    /// A formula whose result Excel did not store.
    FormulaWithoutValue { formula: String },
    /// A formula whose stored result was read (the formula is not kept).
    FormulaValueRead,
    /// A value outside a closed list.
    NotInList { value: String, allowed: String },
    /// A text longer than the dataset allows.
    TextTooLong { chars: usize },
    /// A parent id that no row of the parent sheet has.
    UnknownParent { id: String, sheet: &'static str },
    /// A key (report field, English row, result number) given twice.
    DuplicateKey { key: String },
    /// A report sheet key that is not a field.
    UnknownKey { key: String },
    /// A report field without its row.
    MissingKey { key: String },
    /// An English field that the table does not have.
    NoSuchField { table: String, field: String },
    /// An English row whose item does not exist.
    UnknownItem { table: String, id: String },
    /// The Japanese beside an English name has changed since export.
    StaleTranslation,
    /// Only part of a target is given.
    PartialTarget,
    /// The validator's message: its English, and Japanese where known.
    Validator { en: String, ja: Option<String> },
}

impl Message {
    /// The message in Japanese.
    pub(crate) fn ja(&self) -> String {
        match self {
            Self::FileTooLarge { bytes, max } => format!(
                "ファイルが大きすぎます（{} バイト。上限 {} バイト）",
                number(*bytes as f64),
                number(*max as f64)
            ),
            Self::NotAZip { detail } => format!(
                "Excelのブック（.xlsx）ではありません（zip として読めません：{detail}）"
            ),
            Self::TooManyEntries { entries, max } => format!(
                "ブック内のファイルが多すぎます（{} 個。上限 {} 個）：読み込みません",
                number(*entries as f64),
                number(*max as f64)
            ),
            Self::TooLargeUnpacked { bytes, max } => format!(
                "展開後の大きさが上限を超えます（{} バイト。上限 {} バイト）：読み込みません",
                number(*bytes as f64),
                number(*max as f64)
            ),
            Self::NotAWorkbook { detail } => {
                format!("Excelのブック（.xlsx）として読めません（{detail}）")
            }
            Self::TooManyCells { max } => format!(
                "値の入ったセルが多すぎます（上限 {} 個）：ここで読むのをやめました",
                number(*max as f64)
            ),
            Self::MissingSheet => {
                "このシートがありません（書き出したブックのシート名を変えないでください）".into()
            }
            Self::UnknownSheet => "このシートは読み込みません".into(),
            Self::MissingColumn { header } => format!(
                "列「{}」がありません（1行目の見出しで列を探します）",
                quoted(header)
            ),
            Self::DuplicateColumn { header } => {
                format!("列「{}」が2つあります", quoted(header))
            }
            Self::UnknownColumn { header } => {
                format!("列「{}」は読み込みません", quoted(header))
            }
            Self::NoHeader => "見出しのない列です：この列は読み込みません".into(),
            Self::Required => "必須のセルが空欄です".into(),
            Self::NotANumber { text } => format!("数値ではありません（\"{}\"）", quoted(text)),
            Self::DateForNumber => {
                "日付になっています：数値を入れてください（セルの表示形式を「標準」に）".into()
            }
            Self::DateForText => {
                "日付に変換されています：文字列として入れ直してください（先頭に ' を付けるか、表示形式を「文字列」に）".into()
            }
            Self::BoolNotAllowed => "TRUE / FALSE は入れられません".into(),
            Self::NotAWholeNumber { value } => {
                format!("整数ではありません（{value}）")
            }
            Self::NotABool { text } => {
                format!("TRUE か FALSE を入れてください（\"{}\"）", quoted(text))
            }
            Self::ExcelError { code } => format!("Excelのエラー値です（{code}）"),
            Self::FormulaWithoutValue { formula } => format!(
                "数式に計算結果が保存されていません（={}）：Excelで開いて保存し直すか、値を入れてください",
                quoted(formula)
            ),
            Self::FormulaValueRead => {
                "数式の計算結果を読みました（数式そのものは保存されません）".into()
            }
            Self::NotInList { value, allowed } => format!(
                "「{}」は選べる値ではありません（{allowed}）",
                quoted(value)
            ),
            Self::TextTooLong { chars } => format!(
                "文字数が多すぎます（{} 文字。上限 {} 文字）",
                number(*chars as f64),
                number(MAX_TEXT_CHARS as f64)
            ),
            Self::UnknownParent { id, sheet } => format!(
                "ID「{}」は「{sheet}」シートにありません",
                quoted(id)
            ),
            Self::DuplicateKey { key } => format!("「{}」が2回あります", quoted(key)),
            Self::UnknownKey { key } => {
                format!("キー「{}」は報告書の項目ではありません：読み込みません", quoted(key))
            }
            Self::MissingKey { key } => format!("キー「{key}」の行がありません"),
            Self::NoSuchField { table, field } => format!(
                "「{}」には項目「{}」がありません",
                quoted(table),
                quoted(field)
            ),
            Self::UnknownItem { table, id } => format!(
                "{} のID「{}」が見つかりません",
                quoted(table),
                quoted(id)
            ),
            Self::StaleTranslation => {
                "書き出した後に日本語が変わっています：英訳を確認してください".into()
            }
            Self::PartialTarget => format!(
                "目標は「{}」と「{}」をそろえて入れてください（目標がなければ3列とも空欄）",
                TARGET_VALUE.ja, TARGET_KIND.ja
            ),
            Self::Validator { en, ja } => match ja {
                Some(ja) => ja.clone(),
                None => format!("検証エラー: {en}"),
            },
        }
    }

    /// The message in English.
    pub(crate) fn en(&self) -> String {
        match self {
            Self::FileTooLarge { bytes, max } => format!(
                "the file is too large ({} bytes; at most {})",
                number(*bytes as f64),
                number(*max as f64)
            ),
            Self::NotAZip { detail } => {
                format!("not an Excel workbook (.xlsx): it cannot be read as a zip ({detail})")
            }
            Self::TooManyEntries { entries, max } => format!(
                "the workbook holds too many files ({} ; at most {}): not read",
                number(*entries as f64),
                number(*max as f64)
            ),
            Self::TooLargeUnpacked { bytes, max } => format!(
                "the workbook would unpack to too much ({} bytes; at most {}): not read",
                number(*bytes as f64),
                number(*max as f64)
            ),
            Self::NotAWorkbook { detail } => {
                format!("cannot be read as an Excel workbook (.xlsx) ({detail})")
            }
            Self::TooManyCells { max } => format!(
                "too many filled cells (at most {}): reading stopped here",
                number(*max as f64)
            ),
            Self::MissingSheet => {
                "this sheet is missing (keep the sheet names of the exported workbook)".into()
            }
            Self::UnknownSheet => "this sheet is not read".into(),
            Self::MissingColumn { header } => format!(
                "no column \"{}\" (columns are found by their header in row 1)",
                quoted(header)
            ),
            Self::DuplicateColumn { header } => {
                format!("two columns are headed \"{}\"", quoted(header))
            }
            Self::UnknownColumn { header } => {
                format!("the column \"{}\" is not read", quoted(header))
            }
            Self::NoHeader => "a column without a header: it is not read".into(),
            Self::Required => "a required cell is empty".into(),
            Self::NotANumber { text } => format!("not a number (\"{}\")", quoted(text)),
            Self::DateForNumber => {
                "a date where a number belongs: enter a number (cell format General)".into()
            }
            Self::DateForText => {
                "Excel turned this into a date: enter it again as text (start with ' or use the Text format)".into()
            }
            Self::BoolNotAllowed => "TRUE / FALSE cannot go here".into(),
            Self::NotAWholeNumber { value } => format!("not a whole number ({value})"),
            Self::NotABool { text } => format!("enter TRUE or FALSE (\"{}\")", quoted(text)),
            Self::ExcelError { code } => format!("an Excel error value ({code})"),
            Self::FormulaWithoutValue { formula } => format!(
                "a formula without a stored result (={}): open and save the file in Excel, or enter the value",
                quoted(formula)
            ),
            Self::FormulaValueRead => {
                "the formula's stored result was read (the formula itself is not kept)".into()
            }
            Self::NotInList { value, allowed } => {
                format!("\"{}\" is not one of {allowed}", quoted(value))
            }
            Self::TextTooLong { chars } => format!(
                "a text of {} characters; at most {}",
                number(*chars as f64),
                number(MAX_TEXT_CHARS as f64)
            ),
            Self::UnknownParent { id, sheet } => {
                format!("no row of the sheet \"{sheet}\" has the id \"{}\"", quoted(id))
            }
            Self::DuplicateKey { key } => format!("\"{}\" appears twice", quoted(key)),
            Self::UnknownKey { key } => {
                format!("\"{}\" is not a field of the report: not read", quoted(key))
            }
            Self::MissingKey { key } => format!("no row for the key \"{key}\""),
            Self::NoSuchField { table, field } => format!(
                "a {} has no field \"{}\"",
                quoted(table),
                quoted(field)
            ),
            Self::UnknownItem { table, id } => {
                format!("no {} has the id \"{}\"", quoted(table), quoted(id))
            }
            Self::StaleTranslation => {
                "the Japanese has changed since the export: check the English".into()
            }
            Self::PartialTarget => {
                "give a target's value and kind together (all three target columns empty for none)"
                    .into()
            }
            Self::Validator { en, .. } => en.clone(),
        }
    }

    /// A validator problem's message, with its Japanese where the wording
    /// is known.
    pub(crate) fn validator(en: &str) -> Self {
        Self::Validator {
            en: en.to_string(),
            ja: validator_ja(en),
        }
    }
}

/// The validator's English message (`crate::core::dataset::validate`) in
/// Japanese, for the wordings known here; `None` for any other (it is then
/// shown in English after 「検証エラー:」).
fn validator_ja(en: &str) -> Option<String> {
    let nouns = [
        ("ministry", vocab::MINISTRY.ja),
        ("phase", vocab::PHASES.ja),
        ("project", vocab::PROJECT.ja),
        ("program of this project", "このプロジェクトの事業"),
        ("program", vocab::PROGRAM.ja),
        ("KPI", vocab::KPI.ja),
        ("breakdown", BREAKDOWN),
        ("initiative", "その他の項目"),
    ];
    let outside_plan = |year: &str, plan: &str| format!("{year}年度は計画期間（{plan}）の外です");
    let noun_ja = |noun: &str| nouns.iter().find(|(en, _)| *en == noun).map(|(_, ja)| *ja);
    if let Some(rest) = en.strip_prefix("duplicate ") {
        let (noun, id) = rest.split_once(" id ")?;
        return Some(format!("{}ID {id} が重複しています", noun_ja(noun)?));
    }
    if let Some(rest) = en.strip_prefix("unknown ") {
        let (noun, id) = rest.split_once(" id ")?;
        return Some(format!("{}ID {id} は定義されていません", noun_ja(noun)?));
    }
    if let Some(rest) = en.strip_prefix("schema version ") {
        let (version, known) =
            rest.split_once(" is not one this viewer reads; it reads version ")?;
        return Some(format!(
            "形式のバージョン {version} はこのビューアでは読めません（読めるのはバージョン {known}）"
        ));
    }
    if let Some(rest) = en.strip_prefix("the project id ") {
        let id = rest.strip_suffix(" is reserved: the project filter uses it for the cross-cutting initiatives; give the project another id")?;
        return Some(format!(
            "プロジェクトID {id} は予約されています（絞り込みではその他の項目を指します）：別のIDにしてください"
        ));
    }
    if en == "\"institute\" is a basis for a program's ministry only, not for phases" {
        return Some(
            "「institute」は事業の府省の根拠にだけ使えます（フェーズには使えません）".into(),
        );
    }
    if let Some(rest) = en.strip_prefix("a percentage of ") {
        if let Some(v) = rest.strip_suffix(" is over 100") {
            return Some(format!("割合 {v} が100を超えています"));
        }
        let v = rest.strip_suffix(" is negative")?;
        return Some(format!("割合 {v} が負の値です"));
    }
    if let Some(rest) = en.strip_prefix("a count of ") {
        let v = rest.strip_suffix(" is negative")?;
        return Some(format!("件数 {v} が負の値です"));
    }
    if let Some(rest) = en.strip_prefix("a budget of ") {
        let v = rest.strip_suffix(" is negative")?;
        return Some(format!("予算額 {v} が負の値です"));
    }
    if let Some(rest) = en.strip_prefix("fiscal year ") {
        if let Some((year, plan)) = rest.split_once(" is outside the plan period ") {
            return Some(outside_plan(year, plan));
        }
        let year = rest.strip_suffix(" appears twice")?;
        return Some(format!("{year}年度が2回あります"));
    }
    if let Some(rest) = en.strip_prefix("the cumulative figure ") {
        let (latest, sum) = rest.split_once(" differs from the sum of the yearly figures, ")?;
        return Some(format!(
            "累計 {latest} が年度の数値の合計 {sum} と一致しません"
        ));
    }
    if let Some(rest) = en.strip_prefix("the text ") {
        let (text, rest) = rest.split_once(" gives ")?;
        let (printed, rest) = rest.split_once(", but ")?;
        let (field, value) = rest.split_once(" is ")?;
        return Some(format!(
            "表記 {text} は {printed} ですが、{field} は {value} です"
        ));
    }
    if let Some(rest) = en.strip_prefix("a text of ") {
        let (chars, max) = rest.split_once(" characters; at most ")?;
        return Some(format!(
            "文字数が多すぎます（{chars} 文字。上限 {max} 文字）"
        ));
    }
    if let Some(rest) = en.strip_prefix("no meaning is given for grade ") {
        let grade = rest.split(':').next()?;
        return Some(format!(
            "評価 {grade} の意味がありません（文字だけが表示されます）"
        ));
    }
    if let Some(rest) = en.strip_prefix("the printed amounts, each counted once, add up to ") {
        let (counted, rest) = rest.split_once(", more than the printed total of ")?;
        let (printed, rest) = rest.split_once(" and its rounding (")?;
        let tolerance = rest.split(')').next()?;
        return Some(format!(
            "印刷された金額を1回ずつ数えると {counted} になり、印刷された合計 {printed} と丸め（{tolerance}）を超えます：二重に数えている金額はありませんか"
        ));
    }
    if let Some(rest) = en.strip_prefix("a plan of ") {
        let (years, max) = rest.split_once(" years; at most ")?;
        return Some(format!("計画が {years} 年あります（上限 {max} 年）"));
    }
    if let Some((year, plan)) = en.split_once(" is outside the plan period ") {
        return Some(outside_plan(year, plan));
    }
    if let Some((year, range)) = en.split_once(" is outside the years a plan may cover, ") {
        return Some(format!("{year}年は計画に使える年（{range}）の外です"));
    }
    if let Some(rest) = en.strip_prefix("the plan starts in ") {
        let (first, last) = rest.split_once(" but ends in ")?;
        return Some(format!("計画が{first}年度に始まり{last}年度に終わります"));
    }
    if let Some((shown, max)) = en.split_once(" beyond the largest figure a dataset may hold, ") {
        let shown = shown.strip_suffix(" is").unwrap_or(shown);
        return Some(format!("{shown} は扱える最大の数値（{max}）を超えます"));
    }
    if let Some((figures, plan)) = en.split_once(" yearly figures, more than the ") {
        let years = plan.strip_suffix(" years of the plan")?;
        return Some(format!(
            "年度の数値が {figures} 個あり、計画の {years} 年より多くなっています"
        ));
    }
    if let Some((run, max)) = en.split_once(" combining marks in a row on one character; at most ")
    {
        return Some(format!(
            "1文字に結合文字が {run} 個続いています（上限 {max} 個）"
        ));
    }
    if let Some((count, max)) = en.split_once("; at most ") {
        let (n, noun) = count.split_once(' ')?;
        return Some(format!("{noun} が {n} 個あります（上限 {max}）"));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every wording of `validate` known here has its Japanese; others keep
    /// the English after a Japanese prefix.
    #[test]
    fn validator_messages_in_japanese() {
        for (en, ja) in [
            ("duplicate KPI id \"a\"", "KPIID \"a\" が重複しています"),
            (
                "unknown phase id \"x\"",
                "フェーズID \"x\" は定義されていません",
            ),
            (
                "a percentage of 120 is over 100",
                "割合 120 が100を超えています",
            ),
            ("a count of -1 is negative", "件数 -1 が負の値です"),
            ("a budget of -2 is negative", "予算額 -2 が負の値です"),
            (
                "fiscal year 2030 is outside the plan period 2020–2024",
                "2030年度は計画期間（2020–2024）の外です",
            ),
            ("fiscal year 2021 appears twice", "2021年度が2回あります"),
            (
                "the cumulative figure 10 differs from the sum of the yearly figures, 9",
                "累計 10 が年度の数値の合計 9 と一致しません",
            ),
            (
                "the text \"5件\" gives 5, but latest is 6",
                "表記 \"5件\" は 5 ですが、latest は 6 です",
            ),
            (
                "a text of 20,001 characters; at most 20,000",
                "文字数が多すぎます（20,001 文字。上限 20,000 文字）",
            ),
            (
                "no meaning is given for grade B: the viewer shows the bare letter",
                "評価 B の意味がありません（文字だけが表示されます）",
            ),
            (
                "2025 is outside the plan period 2020–2024",
                "2025年度は計画期間（2020–2024）の外です",
            ),
            (
                "1800 is outside the years a plan may cover, 1900–2200",
                "1800年は計画に使える年（1900–2200）の外です",
            ),
            (
                "20,000 combining marks in a row on one character; at most 32",
                "1文字に結合文字が 20,000 個続いています（上限 32 個）",
            ),
            (
                "the project id \"other\" is reserved: the project filter uses it for the cross-cutting initiatives; give the project another id",
                "プロジェクトID \"other\" は予約されています（絞り込みではその他の項目を指します）：別のIDにしてください",
            ),
            (
                "schema version 999 is not one this viewer reads; it reads version 1",
                "形式のバージョン 999 はこのビューアでは読めません（読めるのはバージョン 1）",
            ),
            (
                "a plan of 60 years; at most 51",
                "計画が 60 年あります（上限 51 年）",
            ),
            (
                "the plan starts in 2024 but ends in 2020",
                "計画が2024年度に始まり2020年度に終わります",
            ),
            (
                "6 yearly figures, more than the 5 years of the plan",
                "年度の数値が 6 個あり、計画の 5 年より多くなっています",
            ),
            (
                "\"institute\" is a basis for a program's ministry only, not for phases",
                "「institute」は事業の府省の根拠にだけ使えます（フェーズには使えません）",
            ),
        ] {
            assert_eq!(Message::validator(en).ja(), ja, "{en}");
            assert_eq!(Message::validator(en).en(), en);
        }
        assert_eq!(
            Message::validator("something new").ja(),
            "検証エラー: something new"
        );
    }
}
