//! The UI language. Data text stays as printed; UI text comes in both
//! languages side by side at the call site (`lang.pick("府省", "Ministry")`).

/// A UI language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
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
}
