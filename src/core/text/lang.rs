//! The UI language. UI text comes in both languages side by side at the
//! call site (`lang.pick("府省", "Ministry")`); dataset text is printed
//! Japanese with an optional English version of ours ([`Lang::local`]); years
//! are written from the dataset's own years ([`fiscal_year`]).

/// A UI language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// Japanese, the default.
    #[default]
    Ja,
    /// English.
    En,
}

impl Lang {
    /// The language of a `?lang=` value; anything but `en` is Japanese.
    pub fn from_query(value: Option<&str>) -> Self {
        match value {
            Some("en") => Self::En,
            _ => Self::Ja,
        }
    }

    /// BCP 47 tag for `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Self::Ja => "ja",
            Self::En => "en",
        }
    }

    /// Picks the text for this language.
    pub fn pick<'a>(self, ja: &'a str, en: &'a str) -> &'a str {
        match self {
            Self::Ja => ja,
            Self::En => en,
        }
    }

    /// Dataset text in this language: the English version in English mode
    /// where there is one, else the printed Japanese (see [`Lang::falls_back`]).
    pub fn local<'a>(self, ja: &'a str, en: Option<&'a str>) -> &'a str {
        match (self, en) {
            (Self::En, Some(en)) if !en.is_empty() => en,
            _ => ja,
        }
    }

    /// Whether [`Lang::local`] gives Japanese text in English mode (the UI
    /// then marks it `lang="ja"`).
    pub fn falls_back(self, en: Option<&str>) -> bool {
        self == Self::En && en.is_none_or(str::is_empty)
    }
}

/// The Reiwa era year of a fiscal year (令和1年度 = FY2019).
pub fn reiwa(year: i32) -> i32 {
    year - 2018
}

/// A fiscal year as readers write it: `2024年度（令和6年度）` or `FY2024`.
pub fn fiscal_year(year: i32, lang: Lang) -> String {
    match lang {
        Lang::Ja if reiwa(year) >= 1 => format!("{}（令和{}年度）", fy(year, lang), reiwa(year)),
        Lang::Ja | Lang::En => fy(year, lang),
    }
}

/// A fiscal year, short: `2024年度` or `FY2024`.
pub fn fy(year: i32, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!("{year}年度"),
        Lang::En => format!("FY{year}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_follow_the_dataset() {
        assert_eq!(fiscal_year(2024, Lang::Ja), "2024年度（令和6年度）");
        assert_eq!(fiscal_year(2025, Lang::Ja), "2025年度（令和7年度）");
        assert_eq!(fiscal_year(2024, Lang::En), "FY2024");
        assert_eq!(fy(2022, Lang::Ja), "2022年度");
    }

    #[test]
    fn local_text_falls_back_to_japanese() {
        assert_eq!(Lang::En.local("件数", Some("Count")), "Count");
        assert_eq!(Lang::Ja.local("件数", Some("Count")), "件数");
        assert_eq!(Lang::En.local("件数", None), "件数");
        assert!(Lang::En.falls_back(None));
        assert!(Lang::En.falls_back(Some("")));
        assert!(!Lang::Ja.falls_back(None));
        assert!(!Lang::En.falls_back(Some("Count")));
    }
}
