//! Number formatting shared by explanations and the UI: no NaN, no
//! scientific notation, thousands separated as the report prints them.

use super::i18n::Lang;
use super::model::{Comparator, Target, Unit};

/// A figure with thousands separators and at most one decimal:
/// `1099.0` → `1,099`, `81.04` → `81`, `16.85` → `16.9`. Every finite
/// value keeps all its digits (`1e20` → `100,000,000,000,000,000,000`); a
/// value that is not finite is `–`.
pub fn number(value: f64) -> String {
    if !value.is_finite() {
        return "–".to_string();
    }
    // ×10 overflows only where a value has no decimals left to round.
    let tenths = value * 10.0;
    let rounded = if tenths.is_finite() {
        tenths.round() / 10.0
    } else {
        value
    };
    let digits = format!("{:.1}", rounded.abs());
    let (whole, tenth) = digits.split_once('.').unwrap_or((&digits, "0"));
    let mut grouped = String::with_capacity(whole.len() + whole.len() / 3);
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(c);
    }
    let sign = if rounded < 0.0 && digits != "0.0" {
        "-"
    } else {
        ""
    };
    if tenth == "0" {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}.{tenth}")
    }
}

/// A ratio as a whole percentage: `5.12` → `512%`.
pub fn percent(ratio: f64) -> String {
    if !ratio.is_finite() {
        return "–".to_string();
    }
    format!("{}%", number((ratio * 100.0).round()))
}

/// A KPI figure with its unit: `1,099件` (ja) or `1,099` (en) for counts,
/// `81.0%` for percentages.
pub fn figure(value: f64, unit: Unit, lang: Lang) -> String {
    match unit {
        Unit::Count => format!("{}{}", number(value), lang.pick("件", "")),
        Unit::Percent if value.is_finite() => format!("{value:.1}%"),
        Unit::Percent => "–".to_string(),
    }
}

/// A target as the reader's language writes it: the printed text (２件以上)
/// in Japanese, `≥ 2` / `25` / `30.0%` in English.
pub fn target(target: &Target, unit: Unit, lang: Lang) -> String {
    match (lang, target.comparator) {
        (Lang::Ja, _) => target.text.clone(),
        (Lang::En, Comparator::AtLeast) => format!("≥ {}", figure(target.value, unit, lang)),
        (Lang::En, Comparator::Reach) => figure(target.value, unit, lang),
    }
}

/// A latest figure: the printed text in Japanese, the value with its unit in
/// English, `–` where there is none.
pub fn latest(value: Option<f64>, text: Option<&str>, unit: Unit, lang: Lang) -> String {
    match (lang, text, value) {
        (Lang::Ja, Some(text), _) => text.to_string(),
        (_, _, Some(v)) => figure(v, unit, lang),
        _ => "–".to_string(),
    }
}

/// A budget given in 億円: `326億円` (ja) or `¥32.6bn` (en).
pub fn oku_yen(value: f64, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!("{}億円", number(value)),
        Lang::En => format!("¥{}bn", number(value / 10.0)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_and_latest_in_each_language() {
        let two = Target {
            value: 2.0,
            text: "２件以上".into(),
            comparator: Comparator::AtLeast,
        };
        assert_eq!(target(&two, Unit::Count, Lang::Ja), "２件以上");
        assert_eq!(target(&two, Unit::Count, Lang::En), "≥ 2");
        let rate = Target {
            value: 30.0,
            text: "30%".into(),
            comparator: Comparator::Reach,
        };
        assert_eq!(target(&rate, Unit::Percent, Lang::En), "30.0%");
        assert_eq!(
            latest(Some(128.0), Some("128件"), Unit::Count, Lang::Ja),
            "128件"
        );
        assert_eq!(
            latest(Some(128.0), Some("128件"), Unit::Count, Lang::En),
            "128"
        );
        assert_eq!(latest(None, None, Unit::Count, Lang::En), "–");
    }

    #[test]
    fn numbers() {
        assert_eq!(number(1099.0), "1,099");
        assert_eq!(number(1234567.0), "1,234,567");
        assert_eq!(number(81.0), "81");
        assert_eq!(number(16.85), "16.9");
        assert_eq!(number(0.04), "0");
        assert_eq!(number(-2.5), "-2.5");
        assert_eq!(number(f64::NAN), "–");
        assert_eq!(number(999.96), "1,000");
    }

    #[test]
    fn figures_and_budgets() {
        assert_eq!(figure(1099.0, Unit::Count, Lang::Ja), "1,099件");
        assert_eq!(figure(1099.0, Unit::Count, Lang::En), "1,099");
        assert_eq!(figure(81.0, Unit::Percent, Lang::Ja), "81.0%");
        assert_eq!(oku_yen(326.0, Lang::Ja), "326億円");
        assert_eq!(oku_yen(326.0, Lang::En), "¥32.6bn");
        assert_eq!(oku_yen(16.8, Lang::Ja), "16.8億円");
    }

    #[test]
    fn percents() {
        assert_eq!(percent(5.12), "512%");
        assert_eq!(percent(0.6), "60%");
        assert_eq!(percent(f64::INFINITY), "–");
    }
}
