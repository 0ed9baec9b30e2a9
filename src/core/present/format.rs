//! A dataset's figures in the reader's language: KPI figures with their
//! unit, targets and latest figures as printed, budgets in 億円 or yen.

use crate::core::dataset::model::{Comparator, Target, Unit};
use crate::core::present::vocab;
use crate::core::text::lang::Lang;
use crate::core::text::number::{fixed, number};

/// A KPI figure with its unit: `1,099件` (ja) or `1,099` (en) for counts,
/// `81.0%` for percentages (one decimal, rounded as every figure is:
/// [`fixed`]).
pub fn figure(value: f64, unit: Unit, lang: Lang) -> String {
    match unit {
        Unit::Count => format!("{}{}", number(value), vocab::unit(unit, lang)),
        Unit::Percent if value.is_finite() => format!("{}%", fixed(value, 1)),
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

/// A budget given in 億円, never written as zero when it is not: `326億円`
/// (ja), `¥32.6bn` (en) from ¥1bn (10億円) on, `¥40m` below it (0.4億円:
/// `¥0bn` would say nothing was spent); in either language an amount too
/// small for one decimal of its unit drops to yen (0.04億円: `400万円`,
/// 0.00001億円: `¥1,000`), and one too small for a tenth of a yen is
/// `<¥0.1` (`0.1円未満`).
pub fn oku_yen(value: f64, lang: Lang) -> String {
    let shows = |amount: f64| (number(amount) != "0").then(|| number(amount));
    let yen = value * 1e8;
    let small = || match lang {
        Lang::Ja => shows(yen).map_or("0.1円未満".into(), |y| format!("{y}円")),
        Lang::En => shows(yen).map_or("<¥0.1".into(), |y| format!("¥{y}")),
    };
    if value == 0.0 || !value.is_finite() {
        return match lang {
            Lang::Ja => format!("{}億円", number(value)),
            Lang::En => format!("¥{}bn", number(value)),
        };
    }
    match lang {
        Lang::Ja => shows(value)
            .map(|oku| format!("{oku}億円"))
            .or_else(|| shows(value * 1e4).map(|man| format!("{man}万円")))
            .unwrap_or_else(small),
        Lang::En if value.abs() >= 10.0 => format!("¥{}bn", number(value / 10.0)),
        Lang::En => shows(value * 100.0)
            .map(|m| format!("¥{m}m"))
            .unwrap_or_else(small),
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
    fn figures_and_budgets() {
        assert_eq!(figure(1099.0, Unit::Count, Lang::Ja), "1,099件");
        assert_eq!(figure(1099.0, Unit::Count, Lang::En), "1,099");
        assert_eq!(figure(81.0, Unit::Percent, Lang::Ja), "81.0%");
        assert_eq!(oku_yen(326.0, Lang::Ja), "326億円");
        assert_eq!(oku_yen(326.0, Lang::En), "¥32.6bn");
        assert_eq!(oku_yen(16.8, Lang::Ja), "16.8億円");
    }
}
